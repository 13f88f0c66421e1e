"""Tables whose rows have an order the user sets (action fields, agenda points): rows are
dragged to a new place or moved with Alt+Up and Alt+Down, and each move is one undoable
reorder that the subclass names. The rows stay selected where they went, so a second
Alt+Down moves them on."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

from lk40_desktop.ui.widgets.entity_model import EntityTableModel

Index = QModelIndex | QPersistentModelIndex


class ReorderableModel(EntityTableModel):
    """An entity table whose rows are dragged within it; ``move`` performs the reorder."""

    mime_type = "application/x-lk40-row-ids"
    """The drag's data type: a subclass names its own, so rows never drop into another list."""

    def move(self, moving: Sequence[str], before_row: int) -> None:
        """Move the rows ``moving`` in front of ``before_row`` (as one undoable edit)."""
        raise NotImplementedError

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
        return [self.mime_type]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes})
        data = QMimeData()
        data.setData(self.mime_type, QByteArray("\n".join(map(self.id_at, rows)).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        del column
        if action != Qt.DropAction.MoveAction or not data.hasFormat(self.mime_type):
            return False
        moving = bytes(data.data(self.mime_type).data()).decode().split("\n")
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        self.move(moving, row)
        return True


def make_reorderable(view: QTableView, moved: Callable[[int], None]) -> None:
    """Let ``view``'s rows be dragged, and Alt+Up / Alt+Down call ``moved(-1)`` / ``moved(1)``."""
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDragEnabled(True)
    view.setDropIndicatorShown(True)
    for text, shortcut, step in (
        (QCoreApplication.translate("Reorder", "Nach oben"), "Alt+Up", -1),
        (QCoreApplication.translate("Reorder", "Nach unten"), "Alt+Down", +1),
    ):
        action = QAction(text, view)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False, s=step: moved(s))
        view.addAction(action)


def selected_ids(view: QTableView, model: EntityTableModel) -> list[str]:
    """The ids of the rows selected in ``view``, in display order."""
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [model.id_at(row) for row in rows]


def move_selection(view: QTableView, model: ReorderableModel, step: int) -> None:
    """Move the selected rows one place up (-1) or down (+1) and keep them selected."""
    selected = selected_ids(view, model)
    if not selected:
        return
    rows = [model.row_of(entity_id) for entity_id in selected]
    target = min(rows) - 1 if step < 0 else max(rows) + 2
    if target < 0 or target > model.rowCount():
        return
    model.move(selected, target)
    reselect(view, model, selected)


def reselect(view: QTableView, model: EntityTableModel, ids: Sequence[str]) -> None:
    """Select the rows of ``ids`` (after a reload moved them), the first one current."""
    selection = view.selectionModel()
    selection.clearSelection()
    rows = [row for row in map(model.row_of, ids) if row >= 0]
    if rows:  # current without selecting: setCurrentIndex alone would drop the other rows
        selection.setCurrentIndex(model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)
    for row in rows:
        selection.select(
            model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )
