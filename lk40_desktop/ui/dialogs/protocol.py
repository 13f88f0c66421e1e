"""File › Protokoll exportieren…: the results protocol of one workshop as a Word file. The
dialog asks which workshop (the current one first), in which language and on which template;
then where to save it. Only participants who agreed to be named are named in it."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.ui.widgets.display import shown

if TYPE_CHECKING:
    from lk40_desktop.ui.main_window import MainWindow


class ProtocolDialog(QDialog):
    """Workshop, language and template of a protocol."""

    def __init__(
        self,
        workshops: list[tuple[str, str]],
        current: str | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protokoll exportieren"))
        self.workshop = QComboBox()
        for workshop_id, title in workshops:
            self.workshop.addItem(shown(title), workshop_id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(current)))
        self.language = QComboBox()
        self.language.addItem(self.tr("Deutsch"), "de")
        self.language.addItem(self.tr("Englisch"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("Standardvorlage"))
        self.template.setAccessibleName(self.tr("Word-Vorlage"))
        browse = QPushButton(self.tr("&Durchsuchen…"))
        browse.setAutoDefault(False)  # Enter in the dialog saves; it never opens a browser
        browse.clicked.connect(self._browse)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(
            self.tr("&Speichern unter…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Workshop:"), self.workshop)
        form.addRow(self.tr("S&prache:"), self.language)
        template_label = QLabel(self.tr("Word-&Vorlage:"))
        template_label.setBuddy(self.template)  # a row of two widgets gets no buddy by itself
        form.addRow(template_label, template_row)
        hint = QLabel(self.tr("Namentlich genannt werden nur Teilnehmende, die zugestimmt haben."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Word-Vorlage wählen"), "", self.tr("Word-Vorlage (*.docx)")
        )
        if name:
            self.template.setText(name)

    def chosen_template(self) -> Path | None:
        """The template typed or chosen; None for the shipped one."""
        text = self.template.text().strip()
        return Path(text) if text else None


def export_protocol(window: MainWindow) -> Path | None:
    """Ask for a workshop and a target, write its protocol; returns the file written."""
    from lk40_desktop.services.project import current_workshop, get_project, workshops

    controller = window.controller
    if controller is None:
        return None
    with controller.document.reading() as session:
        choices = [(w.id, w.title) for w in workshops(session)]
        current = current_workshop(session)
        language = get_project(session).language
    if not choices:
        QMessageBox.information(
            window,
            PRODUCT_NAME,
            QCoreApplication.translate(
                "ProtocolExport", "Das Projekt hat noch keine Workshops (Übersicht › Workshops)."
            ),
        )
        return None
    dialog = ProtocolDialog(choices, current, language, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return _write(window, dialog)


def _write(window: MainWindow, dialog: ProtocolDialog) -> Path | None:
    """Read the chosen workshop's protocol, ask where to save it and write it."""
    from lk40_desktop.export.atomic import ExportTargetError
    from lk40_desktop.export.protocol_docx import protocol_file_name, write_protocol
    from lk40_desktop.i18n import describe_failure
    from lk40_desktop.services.protocol import load_protocol

    controller = window.controller
    assert controller is not None
    template = dialog.chosen_template()
    if template is not None and not _usable(template):
        QMessageBox.warning(
            window,
            PRODUCT_NAME,
            QCoreApplication.translate(
                "ProtocolExport",
                "„{name}“ ist keine Word-Vorlage, die sich verwenden lässt. Es wurde nichts "
                "gespeichert.",
            ).format(name=shown(template.name)),
        )
        return None
    with controller.document.reading() as session:
        protocol = load_protocol(
            session, dialog.workshop.currentData(), dialog.language.currentData()
        )
    if protocol.photos and protocol.not_photographed:
        with_photos = _ask_photos(window, protocol.not_photographed)
        if with_photos is None:
            return None
        if not with_photos:
            protocol = dataclasses.replace(protocol, photos=[])
    suggested = controller.document.path.parent / protocol_file_name(protocol)
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ProtocolExport", "Protokoll speichern"),
        str(suggested),
        QCoreApplication.translate("ProtocolExport", "Word-Dokument (*.docx)"),
    )
    if not name:
        return None
    target = Path(name) if name.lower().endswith(".docx") else Path(f"{name}.docx")
    try:
        write_protocol(protocol, target, template)
    except ExportTargetError as error:
        QMessageBox.critical(window, PRODUCT_NAME, describe_failure(error))
        return None
    window.statusBar().showMessage(
        QCoreApplication.translate("ProtocolExport", "Protokoll gespeichert: {path}").format(
            path=target
        ),
        8000,
    )
    return target


def _usable(template: Path) -> bool:
    """Whether a chosen template is a Word document the protocol can be written on."""
    from lk40_desktop.export.word_template import TemplateError, check_template

    try:
        check_template(template)
    except (TemplateError, OSError):
        return False
    return True


def _ask_photos(window: MainWindow, people: int) -> bool | None:
    """Some listed participants did not agree to be photographed: the protocol goes with its
    photos (True) once the user has checked them, without (False), or not at all (None)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        PRODUCT_NAME,
        QCoreApplication.translate(
            "ProtocolExport",
            "{count} der erfassten Teilnehmenden haben nicht zugestimmt, fotografiert zu werden. "
            "Zeigen die Fotos sie nicht, kann das Protokoll sie enthalten.",
        ).format(count=people),
        parent=window,
    )
    keep = box.addButton(
        QCoreApplication.translate("ProtocolExport", "&Mit Fotos"), QMessageBox.ButtonRole.YesRole
    )
    leave = box.addButton(
        QCoreApplication.translate("ProtocolExport", "&Ohne Fotos"), QMessageBox.ButtonRole.NoRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(leave)
    box.exec()
    clicked = box.clickedButton()
    return True if clicked is keep else False if clicked is leave else None
