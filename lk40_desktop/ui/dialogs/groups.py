"""Breakout groups in the window: "Gruppendatei erstellen…" hands a copy out to a group's
laptop, "Gruppendatei zusammenführen…" brings it back — conflicts decided in a dialog, a
backup taken, the merge one undo step, its report shown."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop import FILE_SUFFIX, PRODUCT_NAME
from lk40_desktop.i18n import describe_error, describe_failure
from lk40_desktop.operations.groups import backup_before_merge, hand_out, prepare_merge
from lk40_desktop.paths import as_project_file
from lk40_desktop.services.merge.files import MergeRefusal, MergeRefusedError
from lk40_desktop.services.merge.matching import Duplicate
from lk40_desktop.services.merge.plan import Conflict, Side
from lk40_desktop.store.errors import DocumentError
from lk40_desktop.ui.dialogs.conflicts import ConflictDialog
from lk40_desktop.ui.dialogs.merge_words import report_lines

if TYPE_CHECKING:
    from lk40_desktop.ui.main_window import MainWindow


class HandOutDialog(QDialog):
    """The group's name and whether the contact details stay at home."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gruppendatei erstellen"))
        intro = QLabel(
            self.tr(
                "Eine Kopie des Projekts für den Laptop einer Arbeitsgruppe. Die Gruppe arbeitet "
                "darin ohne Netz; danach führt „Gruppendatei zusammenführen…“ ihre Karten, "
                "Punkte und Änderungen hier wieder ein."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self.tr("Gruppe A"))
        self.name.setAccessibleName(self.tr("Name der Gruppe"))
        self.without_contacts = QCheckBox(
            self.tr("&Ohne Kontaktdaten (Ansprechpersonen, Kontakte und Notizen der Stakeholder)")
        )
        self.without_contacts.setChecked(True)
        form = QFormLayout()
        label = QLabel(self.tr("&Gruppe:"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Speichern unter…"))
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.without_contacts)
        layout.addWidget(box)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()
        else:
            self.name.setFocus()


def _target(window: MainWindow, title: str, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        window,
        title,
        str(suggested),
        QCoreApplication.translate("GroupFiles", "LK40-Projekte (*.lk40)"),
    )
    if not name:
        return None
    return as_project_file(Path(name))


def hand_out_group(window: MainWindow) -> None:
    """Ask for the group and the file, then write the group file."""
    controller = window.controller
    if controller is None:
        return
    dialog = HandOutDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    group = dialog.name.text().strip()
    path = controller.document.path
    suggested = path.with_name(f"{path.stem} – {group}{FILE_SUFFIX}")
    target = _target(window, dialog.windowTitle(), suggested)
    if target is None:
        return
    try:
        hand_out(
            controller.document, target, group, without_contacts=dialog.without_contacts.isChecked()
        )
    except (DocumentError, OSError) as error:
        QMessageBox.critical(window, PRODUCT_NAME, describe_failure(error))
        return
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "GroupFiles", "Gruppendatei für „{group}“ gespeichert: {path}"
        ).format(group=group, path=target),
        8000,
    )


def refusal_text(error: MergeRefusedError) -> str:
    """Why a file was not merged, and what to do instead."""
    texts = {
        MergeRefusal.SAME_FILE: QCoreApplication.translate(
            "GroupFiles", "Das ist die geöffnete Projektdatei selbst."
        ),
        MergeRefusal.OTHER_PROJECT: QCoreApplication.translate(
            "GroupFiles", "„{name}“ gehört zu einem anderen Projekt."
        ),
        MergeRefusal.NO_SHARED_BASE: QCoreApplication.translate(
            "GroupFiles",
            "„{name}“ ist keine Gruppendatei dieses Projekts (eine mit „Kopie speichern“ "
            "gespeicherte Kopie ist keine). Geben Sie Gruppendateien mit „Gruppendatei "
            "erstellen…“ aus.",
        ),
    }
    return (
        texts[error.refusal].format(name=error.path.name)
        + " "
        + QCoreApplication.translate("GroupFiles", "Es wurde nichts zusammengeführt.")
    )


def merge_group(window: MainWindow, source: Path | None = None) -> bool:
    """Merge a group file (asked for when not given) into the open project: True when merged."""
    controller = window.controller
    if controller is None or controller.read_only:
        return False
    if source is None:
        name, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("GroupFiles", "Gruppendatei zusammenführen"),
            str(controller.document.path.parent),
            QCoreApplication.translate("GroupFiles", "LK40-Projekte (*.lk40)"),
        )
        if not name:
            return False
        source = Path(name)
    try:
        prepared = prepare_merge(controller.document, source)
    except MergeRefusedError as error:
        QMessageBox.warning(window, PRODUCT_NAME, refusal_text(error))
        return False
    except DocumentError as error:
        QMessageBox.warning(window, PRODUCT_NAME, describe_error(error))
        return False
    sides: dict[Conflict, Side] = {}
    same: list[Duplicate] = []
    if prepared.plan.conflicts or prepared.plan.duplicates:
        dialog = ConflictDialog(prepared, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        sides, same = dialog.sides(), dialog.same()
    moment = datetime.now(UTC)
    try:
        backup_before_merge(controller.document, moment)
    except (DocumentError, OSError) as error:
        QMessageBox.critical(window, PRODUCT_NAME, describe_failure(error))
        return False
    group = prepared.group or source.stem
    edit = controller.perform(
        QCoreApplication.translate("GroupFiles", "Gruppendatei „{group}“ zusammenführen").format(
            group=group
        ),
        lambda session: prepared.edit(session, sides, moment, same),
    )
    if edit is None:
        return False
    lines = report_lines(prepared.report(sides, moment, same))
    QMessageBox.information(
        window,
        QCoreApplication.translate("GroupFiles", "Zusammengeführt: {group}").format(group=group),
        "\n".join(
            [
                *lines,
                "",
                QCoreApplication.translate(
                    "GroupFiles", "Mit Rückgängig (Strg+Z) lässt sich das zurücknehmen."
                ),
            ]
        ),
    )
    return True
