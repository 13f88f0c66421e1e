"""The action-field list: add, rename, reorder (drag and keyboard), recolour, archive."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table

MIME_TYPE = "application/x-lk40-action-field-ids"
NEW_FIELD_COLOR = "#4472c4"
Index = QModelIndex | QPersistentModelIndex


class ActionFieldModel(EntityTableModel):
    """Action fields in their order; rows can be dragged to a new place."""

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

    # -- reordering -------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.controller is not None and not self.controller.read_only:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.isValid():
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({index.row() for index in indexes})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray("\n".join(self.id_at(row) for row in ids).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        del column
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        moving = bytes(data.data(MIME_TYPE).data()).decode().split("\n")
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.move(moving, row)
        return True

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
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setDropIndicatorShown(True)
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
        for text, shortcut, slot in (
            (self.tr("Nach oben"), "Alt+Up", lambda: self.move_selected(-1)),
            (self.tr("Nach unten"), "Alt+Down", lambda: self.move_selected(+1)),
        ):
            action = QAction(text, self.view)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
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
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

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
        selected = self.selected_ids()
        if not selected:
            return
        rows = [self.model.row_of(entity_id) for entity_id in selected]
        target = min(rows) - 1 if step < 0 else max(rows) + 2
        if target < 0 or target > self.model.rowCount():
            return
        self.model.move(selected, target)
        self._reselect(selected)

    def _reselect(self, ids: Sequence[str]) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for entity_id in ids:
            row = self.model.row_of(entity_id)
            selection.select(
                self.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
        self.view.setCurrentIndex(self.model.index(self.model.row_of(ids[0]), 0))

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
        self._reselect(selected)
        self._update_buttons()

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.columns[index.column()].kind == "color":
            self.view.selectRow(index.row())
            self.choose_color()
