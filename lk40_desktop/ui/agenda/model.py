"""The agenda table: start (computed), point, minutes, where it is worked on, notes; the
point running now in bold with a mark; rows dragged or moved with Alt+Up/Down."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor, QFont

from lk40_desktop.operations.agenda import move_items, update_item
from lk40_desktop.operations.edit import Edit
from lk40_desktop.services.agenda import AgendaEntry, agenda, current_item, split_place
from lk40_desktop.services.project import action_fields
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import ReadSession
from lk40_desktop.ui.page_index import PAGE_ROWS, page_titles
from lk40_desktop.ui.widgets.entity_model import Column, Role
from lk40_desktop.ui.widgets.reorder import ReorderableModel

Index = QModelIndex | QPersistentModelIndex
START, TITLE, MINUTES, PLACE, NOTES = range(5)
RUNNING_MARK = "▶ "
RUNNING_BACKGROUND = "#fff2cc"
"""The running point's row: a light yellow that keeps black text readable (and is not the
selection's blue)."""


def _update(session: ReadSession, item_id: str, values: dict[str, Any]) -> Edit:
    """A cell's value as the operation takes it: a place key becomes page and action field."""
    if "place" in values:
        page, field_id = split_place(str(values.pop("place")))
        values = {**values, "page": page, "action_field_id": field_id}
    return update_item(session, item_id, values)


class AgendaModel(ReorderableModel):
    """The points of one workshop in their order."""

    mime_type = "application/x-lk40-agenda-ids"

    def __init__(self) -> None:
        self.workshop_id: str | None = None
        self.running: str | None = None
        """The point running now (of any workshop: only this one's is marked)."""
        super().__init__(
            "agenda_item",
            [
                Column("start", self.tr("Beginn"), editable=False),
                Column("title", self.tr("Programmpunkt")),
                Column("minutes", self.tr("Min."), kind="int"),
                Column("place", self.tr("Wo"), kind="choice"),
                Column("notes", self.tr("Notizen")),
            ],
            self._load,
            _update,
        )

    def show_workshop(self, workshop_id: str | None) -> None:
        """Show the agenda of another workshop (or none)."""
        self.workshop_id = workshop_id
        self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        # start times follow the workshop's start, the mark the setting, the places the fields
        if changes.touches("agenda_item", "workshop", "setting", "action_field"):
            self.reload()

    def _load(self, session: ReadSession) -> Sequence[AgendaEntry]:
        self.running = current_item(session)
        titles = page_titles()
        places: list[tuple[str, str]] = [("", self.tr("—"))]
        for key, row in PAGE_ROWS.items():
            if key == "boards":
                places += [
                    (f"boards:{field.id}", self.tr("Board: {field}").format(field=field.name))
                    for field in action_fields(session)
                    if not field.archived
                ]
            else:
                places.append((key, titles[row]))
        self.columns[PLACE] = replace(self.columns[PLACE], choices=tuple(places))
        return agenda(session, self.workshop_id)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        running = self.id_at(index.row()) == self.running
        if running and role == Role.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if running and role == Role.BackgroundRole:
            return QBrush(QColor(RUNNING_BACKGROUND))
        if running and role == Role.ForegroundRole:
            return QBrush(QColor("#000000"))
        if index.column() == START and role == Role.DisplayRole:
            start = str(self.value(index.row(), "start"))
            return RUNNING_MARK + start if running else start
        if index.column() == START and role == Role.ToolTipRole and running:
            return self.tr("Läuft jetzt")
        if index.column() == PLACE and role == Role.DisplayRole:
            place = self.value(index.row(), "place")
            return dict(self.columns[PLACE].choices).get(place, self.tr("Board"))
        return super().data(index, role)

    def edit_text(self, column: Column, value: Any) -> str:
        del value
        return self.tr("Programmpunkt ändern: {column}").format(column=column.header)

    def move(self, moving: Sequence[str], before_row: int) -> None:
        """Move points in front of ``before_row`` (an undoable reorder; later starts follow)."""
        if self.controller is None or self.workshop_id is None:
            return
        workshop_id = self.workshop_id
        self.controller.perform(
            self.tr("Programmpunkte umsortieren"),
            lambda session: move_items(session, workshop_id, moving, before_row),
        )
