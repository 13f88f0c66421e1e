"""The tables that stand beside a chapter's text: the key figures of the Ausgangslage and the
goals of an action field. Both are typed in place like the workshop table (Tab from cell to
cell, the row stays under its editor) and each change is one undoable step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.edit import Edit, EditRefusedError, Refusal
from lk40_desktop.operations.strategy import (
    add_goal,
    add_key_figure,
    delete_goals,
    delete_key_figures,
    update_goal,
    update_key_figure,
)
from lk40_desktop.services.strategy import goals, key_figures
from lk40_desktop.store.document import ReadSession
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel, Index, Role
from lk40_desktop.ui.widgets.table_layout import wrap_headers
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table

YEAR = "target_year"


class KeyFigureModel(EntityTableModel):
    """The key figures in their order: what, how much, source, as of."""

    def __init__(self) -> None:
        super().__init__(
            "key_figure",
            [
                Column("label", self.tr("Kennzahl")),
                Column("value", self.tr("Wert")),
                Column("source", self.tr("Quelle")),
                Column("as_of", self.tr("Stand"), kind="date"),
            ],
            key_figures,
            update_key_figure,
        )


def _with_year(values: dict[str, Any]) -> dict[str, Any]:
    """A typed target year as stored: digits as a number, nothing as no year; anything else
    is refused with the year the user typed (inside the edit, so the refusal is shown)."""
    if YEAR not in values:
        return values
    typed = str(values[YEAR]).strip()
    if typed and not typed.isdigit():
        raise EditRefusedError(Refusal.BAD_YEAR, typed)
    return {**values, YEAR: int(typed) if typed else None}


def _update_goal(session: ReadSession, goal_id: str, values: dict[str, Any]) -> Edit:
    return update_goal(session, goal_id, _with_year(values))


class GoalModel(EntityTableModel):
    """The goals of one action field: goal, indicator, target value, target year."""

    def __init__(self) -> None:
        self.field_id: str | None = None
        super().__init__(
            "field_goal",
            [
                Column("text", self.tr("Ziel")),
                Column("indicator", self.tr("Indikator")),
                Column("target_value", self.tr("Zielwert")),
                Column(YEAR, self.tr("Zieljahr")),
            ],
            self._goals,
            _update_goal,
        )

    def _goals(self, session: ReadSession) -> Sequence[Any]:
        return [] if self.field_id is None else goals(session, self.field_id)

    def show_field(self, field_id: str | None) -> None:
        """Show the goals of another action field."""
        self.field_id = field_id
        self.reload()

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if index.isValid() and self.columns[index.column()].field == YEAR:
            year = self.rows[index.row()][YEAR]
            if role in (Role.DisplayRole, Role.EditRole):
                return "" if year is None else str(year)  # typed as text, never a spin box
            return None
        return super().data(index, role)


class RowsSection(QGroupBox):
    """A table typed in place, with a button that adds a row and starts typing its first
    cell and one that deletes the selected rows (undo brings them back). The first column
    (what the row is) takes what the others' ``widths`` leave."""

    def __init__(
        self,
        title: str,
        model: EntityTableModel,
        *,
        widths: tuple[int, ...],
        buttons: tuple[str, str],
        add: Callable[[ReadSession], Edit],
        delete: Callable[[ReadSession, list[str]], Edit],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.controller: DocumentController | None = None
        self.model = model
        self._add, self._delete = add, delete
        self.view = record_table(model, model.kind + "View")
        self.view.setAccessibleName(title)
        self.view.setWordWrap(False)
        header = wrap_headers(self.view)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(widths, start=1):
            self.view.setColumnWidth(column, width)
        self.add_button = QPushButton(buttons[0])
        self.delete_button = QPushButton(buttons[1])
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self._update_buttons()

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the rows of another document (or none)."""
        self.controller = controller
        self.model.set_controller(controller)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.controller is not None and not self.controller.read_only
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self.view.selectionModel().hasSelection())

    def add_row(self) -> None:
        """Add a row and start typing its first cell."""
        if self.controller is None:
            return
        edit = self.controller.perform(self.add_button.text().replace("&", ""), self._add)
        if edit is not None:
            edit_new_row(self.view, edit.created[0])

    def delete_selected(self) -> None:
        """Delete the selected rows (an undoable edit, so no question first)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if self.controller is None or not rows:
            return
        ids = [self.model.id_at(row) for row in rows]
        self.controller.perform(
            self.delete_button.text().replace("&", ""), lambda s: self._delete(s, ids)
        )


class KeyFigureSection(RowsSection):
    """The key figures of the Ausgangslage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        new = {"label": self.tr("Neue Kennzahl")}
        super().__init__(
            self.tr("Kennzahlen"),
            KeyFigureModel(),
            widths=(130, 220, 100),  # value, source, as of
            buttons=(self.tr("&Kennzahl hinzufügen"), self.tr("Kennzahl &löschen")),
            add=lambda session: add_key_figure(session, new),
            delete=delete_key_figures,
            parent=parent,
        )


class GoalSection(RowsSection):
    """The goals of the shown action field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.goals = GoalModel()
        super().__init__(
            self.tr("Ziele"),
            self.goals,
            widths=(240, 120, 90),  # indicator, target value, year
            buttons=(self.tr("&Ziel hinzufügen"), self.tr("Ziel entfe&rnen")),
            add=self._new_goal,
            delete=delete_goals,
            parent=parent,
        )

    def show_field(self, field_id: str) -> None:
        """Show and add to the goals of another action field."""
        self.goals.show_field(field_id)

    def _new_goal(self, session: ReadSession) -> Edit:
        field_id = self.goals.field_id or ""
        return add_goal(session, field_id, {"text": self.tr("Neues Ziel")})
