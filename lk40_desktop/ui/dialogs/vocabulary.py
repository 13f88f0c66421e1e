"""Edit one of the project's editable lists (stakeholder groups, relation kinds)."""

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
from sqlalchemy.orm import Session

from lk40_desktop.operations.rows import model_of
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import Base, new_id
from lk40_desktop.store.queries import live, next_position
from lk40_desktop.ui.commands import create_command, delete_command, set_fields_command
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table


class VocabularyDialog(QDialog):
    """Name and colour of each entry; add, recolour, delete — all undoable."""

    def __init__(
        self,
        controller: DocumentController,
        kind: EntityKind,
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
        model_class = model_of(kind)

        def load(session: Session) -> list[Base]:
            column = model_class.__table__.c.position
            return list(session.scalars(live(model_class).order_by(column)))

        columns = [Column("name", self.tr("Name"))]
        if with_color:
            columns.append(Column("color", self.tr("Farbe"), kind="color"))
        self.model = EntityTableModel(kind, columns, load, parent=self)
        self.model.set_controller(controller)
        self.view = record_table(self.model)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Hinzufügen"))
        color = QPushButton(self.tr("&Farbe…"))
        delete = QPushButton(self.tr("&Löschen"))
        add.clicked.connect(self.add)
        color.clicked.connect(self.choose_color)
        delete.clicked.connect(self.delete)
        for button in (add, color, delete):
            button.setEnabled(not controller.read_only)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        color.setVisible(with_color)
        for button in (add, color, delete):
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
        with self.controller.document.reading() as session:
            position = next_position(session, model_of(self.kind))
        entity_id = new_id()
        self.controller.push(
            create_command(
                self.controller,
                self.kind,
                {entity_id: {"name": self.new_name, "position": position}},
                self.windowTitle(),
            )
        )
        edit_new_row(self.view, self.model, entity_id)

    def choose_color(self) -> None:
        """Recolour the selected entries."""
        selected = self._selected()
        if not selected:
            return
        color = QColorDialog.getColor(
            QColor(self.model.value(self.model.row_of(selected[0]), "color")), self
        )
        if color.isValid():
            self.controller.push(
                set_fields_command(
                    self.controller,
                    self.kind,
                    {key: {"color": color.name()} for key in selected},
                    self.windowTitle(),
                )
            )

    def delete(self) -> None:
        """Delete the selected entries (undoable; stakeholders keep their data)."""
        selected = self._selected()
        if selected:
            self.controller.push(
                delete_command(self.controller, self.kind, selected, self.windowTitle())
            )
