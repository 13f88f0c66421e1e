"""The question before an export overwrites a file someone edited after the last export (in
Word, say): the app is the source and Word the last step, so the default is a new file."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from lk40_desktop.export.job import ExportJob
from lk40_desktop.services.export_log import LoggedExport, edited_after_export, free_name


def kept_edits(
    parent: QWidget, job: ExportJob, log: dict[str, LoggedExport], edits: dict[str, QLineEdit]
) -> ExportJob | None:
    """``job`` with a new file name for each target the user keeps (the line edit of the
    target, ``edits["paper"]`` / ``edits["workbook"]``, shows it), as it was where the user
    overwrites; None when the user cancels."""
    for field in ("paper", "workbook"):
        target = job.paper if field == "paper" else job.workbook
        if target is None or not edited_after_export(log, target):
            continue
        other = free_name(target)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Overwrite", "Datei wurde geändert"),
            QCoreApplication.translate(
                "Overwrite",
                "„{name}“ wurde nach dem letzten Export geändert oder nicht von diesem Projekt "
                "geschrieben. Überschreiben verliert diese Änderungen – die Projektdatei ist "
                "die Quelle, Word der letzte Schritt.",
            ).format(name=target.name),
            parent=parent,
        )
        new_file = box.addButton(
            QCoreApplication.translate("Overwrite", "Als „{name}“ speichern").format(
                name=other.name
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        overwrite = box.addButton(
            QCoreApplication.translate("Overwrite", "Überschreiben"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(new_file)
        box.exec()
        if box.clickedButton() is new_file:
            edits[field].setText(str(other))
            job = (
                dataclasses.replace(job, paper=other)
                if field == "paper"
                else dataclasses.replace(job, workbook=other)
            )
        elif box.clickedButton() is not overwrite:
            return None
    return job
