"""The table view every list of store records is edited in (``RecordTable``).

Editing a cell stores it at once, and the stored edit reloads the table. Sorted by name or
date, or filtered by a search, that reload would move the edited row away from its editor
(or hide it), and Tab would carry the next value into another record. So while an editor is
open — and while Tab or Enter moves it on through the rows — the view holds its model still:
the ``SnapshotModel`` keeps its order, a sort/filter proxy stops sorting and filtering. When
editing ends, the rows take their true order and filter, the edited record stays the current
row and is scrolled into view.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from lk40_desktop.ui.widgets.display import CELL_EDITORS
from lk40_desktop.ui.widgets.entity_model import EntityTableModel
from lk40_desktop.ui.widgets.record_delegate import RecordDelegate
from lk40_desktop.ui.widgets.snapshot_model import SnapshotModel

Index = QModelIndex | QPersistentModelIndex


class RecordTable(QTableView):
    """Whole rows are selected (several with Shift/Ctrl), a cell is edited by double-click, F2
    or simply typing, there are no row numbers, and rows hold still while being edited. The
    current record survives the model's resets (rows added or removed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().hide()
        self.setItemDelegate(self.itemDelegate())
        self._holding = False
        self._current_id: tuple[str, int] | None = None
        """(entity id, column) of the current cell across a model reset."""

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        """Every delegate of a record table makes its text editors with ``CELL_EDITORS``, so
        no cell cuts a long text short."""
        if isinstance(delegate, QStyledItemDelegate):
            delegate.setItemEditorFactory(CELL_EDITORS)
        super().setItemDelegate(delegate)

    # -- the model and its proxy --------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._remember_current)
            old.modelReset.disconnect(self._restore_current)
        super().setModel(model)
        if model is not None:  # a proxy resets when its source does
            model.modelAboutToBeReset.connect(self._remember_current)
            model.modelReset.connect(self._restore_current)

    def _chain(self) -> list[QAbstractItemModel]:
        """The view's model and, behind a proxy, its source."""
        model = self.model()
        if model is None:
            return []
        if isinstance(model, QSortFilterProxyModel):
            return [model, model.sourceModel()]
        return [model]

    def snapshot(self) -> SnapshotModel | None:
        """The store rows behind the view (behind its proxy, if any)."""
        return next((m for m in self._chain() if isinstance(m, SnapshotModel)), None)

    def _source_row(self, index: Index) -> int:
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            return model.mapToSource(index).row()
        return index.row()

    def view_index(self, entity_id: str, column: int = 0) -> QModelIndex:
        """Where a record is shown (invalid when it is filtered out or gone)."""
        rows = self.snapshot()
        row = rows.row_of(entity_id) if rows is not None else -1
        if rows is None or row < 0:
            return QModelIndex()
        index = rows.index(row, column)
        model = self.model()
        return model.mapFromSource(index) if isinstance(model, QSortFilterProxyModel) else index

    def select_ids(self, ids: Iterable[str]) -> bool:
        """Select the rows of these records (those shown), the first one current and in
        view; whether any is shown."""
        indexes = [index for index in map(self.view_index, ids) if index.isValid()]
        selection = QItemSelection()
        for index in indexes:
            selection.select(index, index.siblingAtColumn(self.model().columnCount() - 1))
        self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if indexes:
            first = min(indexes, key=lambda index: index.row())
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)
        return bool(indexes)

    # -- holding still while editing ----------------------------------------------------------

    def edit(self, index: Index, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        """Open an editor (Qt's virtual, and the public slot without ``trigger``); the model
        holds still from now on."""
        if trigger is None:
            trigger = QAbstractItemView.EditTrigger.AllEditTriggers
        opened = super().edit(index, trigger, event)
        if opened and not self._holding:
            self._hold(True)
        return opened

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab (Shift+Tab) goes on to the next (previous) cell that can be edited, over
        counts, check boxes and colours, into the next row after the last cell; the model
        holds still until no editor is open any more."""
        moves = {
            QAbstractItemDelegate.EndEditHint.EditNextItem: 1,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem: -1,
        }
        step = moves.get(hint)
        if step is None:
            super().closeEditor(editor, hint)
        else:
            target = self._editable_after(self.currentIndex(), step)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if target.isValid():
                self.setCurrentIndex(target)
                self.edit(target)
        self._release_when_idle()

    def _editable_after(self, index: QModelIndex, step: int) -> QModelIndex:
        """The next editable cell from ``index`` in reading order (``step`` -1: backwards),
        over the shown columns in their shown order; invalid at the end of the table."""
        model = self.model()
        header = self.horizontalHeader()
        columns = [
            column
            for column in map(header.logicalIndex, range(header.count()))
            if not self.isColumnHidden(column)
        ]
        if model is None or not index.isValid() or index.column() not in columns:
            return QModelIndex()
        row, position = index.row(), columns.index(index.column())
        while True:
            position += step
            if position in (-1, len(columns)):
                row += step
                position %= len(columns)
            if not 0 <= row < model.rowCount():
                return QModelIndex()
            candidate = model.index(row, columns[position])
            if candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate

    def _release_when_idle(self) -> None:
        if self._holding and self.state() != QAbstractItemView.State.EditingState:
            self._hold(False)
            current = self.currentIndex()
            if current.isValid():
                self.scrollTo(current)

    def _hold(self, on: bool) -> None:
        self._holding = on
        model = self.model()
        rows = self.snapshot()
        if rows is not None:
            rows.hold(on)
        if isinstance(model, QSortFilterProxyModel):
            model.setDynamicSortFilter(not on)
            if not on:
                model.invalidate()  # sorts and filters again; current and selection follow

    # -- keeping the current record across resets ---------------------------------------------

    def _remember_current(self) -> None:
        current = self.currentIndex()
        rows = self.snapshot()
        self._current_id = None
        if rows is not None and current.isValid():
            row = self._source_row(current)
            if 0 <= row < rows.rowCount():
                self._current_id = (rows.id_at(row), current.column())

    def _restore_current(self) -> None:
        # A reset closes every editor without closeEditor: end the hold once it has settled.
        QTimer.singleShot(0, self, self._release_when_idle)
        if self._current_id is None:
            return
        entity_id, column = self._current_id
        index = self.view_index(entity_id, column)
        if index.isValid():
            self.setCurrentIndex(index)


def record_table(model: QAbstractItemModel, name: str = "") -> RecordTable:
    """A RecordTable showing ``model``; the cells of an EntityTableModel get its editors
    (``RecordDelegate``: combo boxes for choices, the app's date field for dates)."""
    view = RecordTable()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    if isinstance(model, EntityTableModel):
        view.setItemDelegate(RecordDelegate(model, view))
    return view


def edit_new_row(view: RecordTable, entity_id: str, column: int = 0) -> None:
    """Select a just-created record and start typing its name (the first column, or the
    ``column`` that holds it)."""
    index = view.view_index(entity_id, column)
    if index.isValid():
        view.setCurrentIndex(index)
        view.edit(index)
