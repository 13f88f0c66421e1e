"""Edit one of the project's editable lists (stakeholder groups, relation kinds, raters)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.vocabulary import add_entry, delete_entries, recolour, update_entry
from lk40_desktop.services.vocabulary import VocabularyKind, entries
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table


class VocabularyDialog(QDialog):
    """Name and colour of each entry; add, recolour, delete — all undoable."""

    def __init__(
        self,
        controller: DocumentController,
        kind: VocabularyKind,
        title: str,
        new_name: str,
        parent: QWidget | None = None,
        *,
        with_color: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(420, 420)
        self.controller, self.kind, self.new_name = controller, kind, new_name
        columns = [Column("name", self.tr("Name"))]
        if with_color:
            columns.append(Column("color", self.tr("Farbe"), kind="color"))
        self.model = EntityTableModel(
            kind,
            columns,
            lambda session: entries(session, kind),
            lambda session, entry_id, values: update_entry(session, kind, entry_id, values),
            parent=self,
        )
        self.model.set_controller(controller)
        self.view = record_table(self.model)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Hinzufügen"))
        color = QPushButton(self.tr("&Farbe…"))
        delete = QPushButton(self.tr("&Löschen"))
        add.clicked.connect(self.add)
        color.clicked.connect(self.choose_color)
        delete.clicked.connect(self.delete)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        color.setVisible(with_color)
        for button in (add, color, delete):
            button.setEnabled(not controller.read_only)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addWidget(close)

    def _selected(self) -> list[str]:
        return [
            self.model.id_at(index.row()) for index in self.view.selectionModel().selectedRows()
        ]

    def add(self) -> None:
        """Add an entry and start typing its name."""
        edit = self.controller.perform(
            self.windowTitle(), lambda session: add_entry(session, self.kind, self.new_name)
        )
        if edit is not None:
            edit_new_row(self.view, edit.created[0])

    def choose_color(self) -> None:
        """Recolour the selected entries."""
        selected = self._selected()
        if not selected:
            return
        color = QColorDialog.getColor(
            QColor(self.model.value(self.model.row_of(selected[0]), "color")), self
        )
        if color.isValid():
            self.controller.perform(
                self.windowTitle(),
                lambda session: recolour(session, self.kind, selected, color.name()),
            )

    def delete(self) -> None:
        """Delete the selected entries (undoable; stakeholders keep their data)."""
        selected = self._selected()
        if selected:
            self.controller.perform(
                self.windowTitle(), lambda session: delete_entries(session, self.kind, selected)
            )
