"""The action-field list: add, rename, reorder (drag and keyboard), recolour, archive."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QColorDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.overview import (
    add_action_field,
    reorder_action_fields,
    set_action_field_color,
    set_archived,
    update_action_field,
)
from lk40_desktop.services import project as project_service
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.entity_model import Column
from lk40_desktop.ui.widgets.reorder import (
    ReorderableModel,
    make_reorderable,
    move_selection,
    reselect,
    selected_ids,
)
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table

NEW_FIELD_COLOR = "#4472c4"
Index = QModelIndex | QPersistentModelIndex


class ActionFieldModel(ReorderableModel):
    """Action fields in their order; rows can be dragged to a new place."""

    mime_type = "application/x-lk40-action-field-ids"

    def __init__(self) -> None:
        super().__init__(
            "action_field",
            [
                Column("name", self.tr("Handlungsfeld")),
                Column("color", self.tr("Farbe"), kind="color"),
                Column("archived", self.tr("Archiviert"), kind="bool"),
            ],
            project_service.action_fields,
            update_action_field,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.value(index.row(), "archived"):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self.value(index.row(), "archived"):
            return QColor("#808080")
        return super().data(index, role)

    def edit_text(self, column: Column, value: Any) -> str:
        if column.field == "archived":
            return (
                self.tr("Handlungsfeld archivieren")
                if value
                else self.tr("Handlungsfeld reaktivieren")
            )
        if column.field == "name":
            return self.tr("Handlungsfeld umbenennen")
        return super().edit_text(column, value)

    def move(self, moving: Sequence[str], before_row: int) -> None:
        """Move action fields in front of ``before_row`` (an undoable reorder)."""
        if self.controller is None:
            return
        order = project_service.moved(self.ids(), moving, before_row)
        self.controller.perform(
            self.tr("Handlungsfelder umsortieren"),
            lambda session: reorder_action_fields(session, order),
        )


class ActionFieldsSection(QGroupBox):
    """The action-field list with its buttons and keyboard shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Handlungsfelder"), parent)
        self.controller: DocumentController | None = None
        self.model = ActionFieldModel()
        self.view = record_table(self.model, "actionFieldView")
        make_reorderable(self.view, self.move_selected)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(self._double_clicked)

        self.add_button = QPushButton(self.tr("Hin&zufügen"))
        self.up_button = QPushButton(self.tr("Nach &oben"))
        self.down_button = QPushButton(self.tr("Nach &unten"))
        self.color_button = QPushButton(self.tr("&Farbe…"))
        self.archive_button = QPushButton(self.tr("Archi&vieren"))
        self.add_button.clicked.connect(self.add_field)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.color_button.clicked.connect(self.choose_color)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.up_button,
            self.down_button,
            self.color_button,
            self.archive_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the action fields of another document (or none)."""
        self.controller = controller
        self.model.set_controller(controller)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        """The ids of the selected fields, in display order."""
        return selected_ids(self.view, self.model)

    def _update_buttons(self) -> None:
        writable = self.controller is not None and not self.controller.read_only
        selected = self.selected_ids()
        self.add_button.setEnabled(writable)
        for button in (self.up_button, self.down_button, self.color_button, self.archive_button):
            button.setEnabled(writable and bool(selected))
        if selected:
            archived = self.model.value(self.model.row_of(selected[0]), "archived")
            self.archive_button.setText(
                self.tr("Reakti&vieren") if archived else self.tr("Archi&vieren")
            )

    def add_field(self) -> None:
        """Add a field at the end and start typing its name."""
        if self.controller is None:
            return
        name = self.tr("Neues Handlungsfeld")
        edit = self.controller.perform(
            self.tr("Handlungsfeld hinzufügen"),
            lambda session: add_action_field(session, name, NEW_FIELD_COLOR),
        )
        if edit is not None:
            edit_new_row(self.view, edit.created[0])

    def move_selected(self, step: int) -> None:
        """Move the selected fields one place up (-1) or down (+1)."""
        move_selection(self.view, self.model, step)

    def choose_color(self) -> None:
        """Pick a colour for the selected fields."""
        selected = self.selected_ids()
        if self.controller is None or not selected:
            return
        current = QColor(self.model.value(self.model.row_of(selected[0]), "color"))
        color = QColorDialog.getColor(current, self, self.tr("Farbe des Handlungsfelds"))
        if color.isValid():
            self.set_color(selected, color.name())

    def set_color(self, ids: Sequence[str], color: str) -> None:
        """Give fields a colour (an undoable edit)."""
        if self.controller is not None:
            self.controller.perform(
                self.tr("Farbe ändern"),
                lambda session: set_action_field_color(session, ids, color),
            )

    def toggle_archived(self) -> None:
        """Archive the selected fields, or bring archived ones back."""
        selected = self.selected_ids()
        if self.controller is None or not selected:
            return
        archive = not self.model.value(self.model.row_of(selected[0]), "archived")
        self.controller.perform(
            self.tr("Handlungsfeld archivieren")
            if archive
            else self.tr("Handlungsfeld reaktivieren"),
            lambda session: set_archived(session, selected, archive),
        )
        reselect(self.view, self.model, selected)
        self._update_buttons()

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.columns[index.column()].kind == "color":
            self.view.selectRow(index.row())
            self.choose_color()
