"""Helpers for table views over EntityTableModels."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from lk40_desktop.ui.widgets.entity_model import EntityTableModel


def keep_current_on_reset(view: QTableView, model: EntityTableModel) -> None:
    """Keep the current row (by entity id) and column when the model is reset.

    A reset happens when rows are added, removed or reordered; without this the keyboard
    cursor would jump to nowhere after every such edit.
    """
    remembered: dict[str, object] = {}

    def remember() -> None:
        current = view.currentIndex()
        remembered.clear()
        if current.isValid() and current.row() < model.rowCount():
            remembered["id"] = model.id_at(current.row())
            remembered["column"] = current.column()

    def restore() -> None:
        if "id" not in remembered:
            return
        row = model.row_of(str(remembered["id"]))
        if row >= 0:
            column = remembered["column"]
            assert isinstance(column, int)
            view.setCurrentIndex(model.index(row, column))

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)


def record_table(model: EntityTableModel, name: str = "") -> QTableView:
    """A table of store records: whole rows are selected (several with Shift/Ctrl), a cell is
    edited by double-click, F2 or simply typing, and there are no row numbers. The current
    row survives model resets."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.verticalHeader().hide()
    keep_current_on_reset(view, model)
    return view


def edit_new_row(view: QTableView, model: EntityTableModel, entity_id: str) -> None:
    """Select a just-created record and start typing its name (first column)."""
    row = model.row_of(entity_id)
    if row >= 0:
        index = model.index(row, 0)
        view.setCurrentIndex(index)
        view.edit(index)
