"""The paper's options on the export page that belong to the project: whether the paper is
final (no "Entwurf – Stand …" on its title page) and its logo (the county's coat of arms),
both stored in the file and undoable like every edit, and how the roadmap is sorted."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lk40_desktop.operations.overview import update_project
from lk40_desktop.operations.settings import set_setting
from lk40_desktop.services import project as project_service
from lk40_desktop.services.logo import LogoError, LogoProblem, prepared_logo
from lk40_desktop.services.report import FINAL_KEY, paper_is_final
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController, follow_changes

log = logging.getLogger(__name__)


class PaperOptionsBox(QGroupBox):
    """Final or draft, the logo, the roadmap's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Strategiepapier"), parent)
        self.controller: DocumentController | None = None
        self.final = QCheckBox(self.tr("Als Endfassun&g kennzeichnen (ohne „Entwurf“)"))
        self.final.setToolTip(
            self.tr("Bis dahin steht auf dem Titelblatt „Entwurf – Stand TT.MM.JJJJ“.")
        )
        self.final.clicked.connect(self._final_clicked)
        self.roadmap_order = QComboBox()
        self.roadmap_order.addItem(self.tr("Beginn, dann Rang"), "start")
        self.roadmap_order.addItem(self.tr("Rang"), "rank")
        self.roadmap_order.setAccessibleName(self.tr("Roadmap sortiert nach"))
        order_label = QLabel(self.tr("Roadmap sortiert &nach:"))
        order_label.setBuddy(self.roadmap_order)
        self.logo_state = QLabel()
        self.choose_logo = QPushButton(self.tr("&Wappen wählen…"))
        self.choose_logo.setAccessibleName(self.tr("Wappen oder Logo wählen"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Wappen entfe&rnen"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_state, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        form = QFormLayout(self)
        form.addRow(self.final)
        form.addRow(order_label, self.roadmap_order)
        form.addRow(self.tr("Wappen:"), logo_row)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the options of another document (or none)."""
        follow_changes(self.controller, controller, self._changed)
        self.controller = controller
        self._show()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches("setting", "project"):
            self._show()

    def _show(self) -> None:
        """The stored state: final or not, a logo or none."""
        enabled = self.controller is not None and not self.controller.read_only
        for widget in (self.final, self.choose_logo, self.remove_logo):
            widget.setEnabled(enabled)
        if self.controller is None:
            return
        with self.controller.document.reading() as session:
            final = paper_is_final(session)
            logo = project_service.get_project(session).logo_png
        self.final.setChecked(final)
        self.logo_state.setText(
            self.tr("im Projekt gespeichert (Titelblatt und Kopfzeile)")
            if logo
            else self.tr("keines")
        )
        self.remove_logo.setEnabled(enabled and bool(logo))

    def _final_clicked(self, checked: bool) -> None:
        if self.controller is None:
            return
        text = self.tr("Papier als Endfassung") if checked else self.tr("Papier als Entwurf")
        value = "1" if checked else ""
        self.controller.perform(text, lambda session: set_setting(session, FINAL_KEY, value))
        self._show()  # a refused or failed edit shows the stored state again

    def _choose_logo(self) -> None:
        if self.controller is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Wappen oder Logo wählen"),
            str(self.controller.document.path.parent),
            self.tr("Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)"),
        )
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> bool:
        """Store the picture at ``path`` as the project's logo; explain a refusal."""
        try:
            logo = prepared_logo(path.read_bytes())
        except (OSError, LogoError) as error:
            log.info("logo refused: %s", error)
            reasons = {
                LogoProblem.NOT_A_PICTURE: self.tr("die Datei ist kein lesbares Bild"),
                LogoProblem.TOO_LARGE: self.tr(
                    "das Bild ist viel größer, als ein Wappen sein muss"
                ),
            }
            reason = (
                reasons[error.problem] if isinstance(error, LogoError) else error.strerror or ""
            )
            QMessageBox.warning(
                self,
                self.tr("Wappen nicht übernommen"),
                self.tr("„{name}“ wird nicht übernommen: {reason}.").format(
                    name=path.name, reason=reason
                ),
            )
            return False
        self.set_logo(logo)
        return True

    def set_logo(self, logo: bytes | None) -> None:
        """Store (or with None remove) the project's logo, as one undoable edit."""
        if self.controller is None:
            return
        text = self.tr("Wappen gesetzt") if logo else self.tr("Wappen entfernt")
        self.controller.perform(text, lambda session: update_project(session, {"logo_png": logo}))
        self._show()
