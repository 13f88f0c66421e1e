"""The base of the app's table models: rows snapshotted from the store, replaced as a whole
after every edit, that stay where they are while a cell is being edited.

Every edit reloads the rows of its kind, and the store returns them in their order (by name,
by date …). Were the new order shown at once, the row under an open editor would move away —
typing a stakeholder's name and pressing Tab re-sorted the table, the next cell's editor landed
on another stakeholder, and the organisation typed next overwrote *that* one's name. So while
the view holds the model (``hold``: an editor is open, or Tab is moving through a row) a
reload keeps the rows in the order shown and only refreshes their values; when editing ends
the true order is taken as a layout change, which carries the view's current row and
selection along, so the edited row stays selected wherever it lands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject


class SnapshotModel(QAbstractTableModel):
    """Rows of plain values keyed by entity id; subclasses say how a row names its id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._held = False
        self._latest: list[Any] | None = None
        """The rows as the store last ordered them, while held."""

    def row_key(self, row: Any) -> str:
        """The entity id of a row (an ``id`` attribute unless a subclass says otherwise)."""
        return str(row.id)

    # -- access ---------------------------------------------------------------------------

    def id_at(self, row: int) -> str:
        """The entity id of a row."""
        return self.row_key(self.rows[row])

    def row_of(self, entity_id: str) -> int:
        """The row of an entity id, or -1."""
        return next(
            (row for row, values in enumerate(self.rows) if self.row_key(values) == entity_id), -1
        )

    def ids(self) -> list[str]:
        """All ids in display order."""
        return [self.row_key(row) for row in self.rows]

    # -- holding still under an editor ----------------------------------------------------

    @property
    def held(self) -> bool:
        """Whether a view is editing a cell (the rows keep their order meanwhile)."""
        return self._held

    def hold(self, on: bool) -> None:
        """Keep the shown order (``on``), or take the order the store gave since then."""
        self._held = on
        if not on and self._latest is not None:
            latest, self._latest = self._latest, None
            self.replace_rows(latest)

    def replace_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows: only their values when the same ids come in the same order (or
        while held, in any order); a layout change when the same ids come reordered (views
        keep their current row and selection); a reset when rows came or went."""
        new = list(rows)
        keys = [self.row_key(row) for row in new]
        shown = self.ids()
        if self._held:
            self._latest = new
            if set(keys) == set(shown) and len(keys) == len(shown):
                by_key = dict(zip(keys, new, strict=True))
                new, keys = [by_key[key] for key in shown], shown
        if keys == shown and new:
            self.rows = new
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(new) - 1, self.columnCount() - 1)
            )
        elif sorted(keys) == sorted(shown) and new:
            self._reorder(new, keys)
        else:
            self.beginResetModel()
            self.rows = new
            self.endResetModel()

    def _reorder(self, rows: list[Any], keys: list[str]) -> None:
        """The same rows in another order, with the views' persistent indexes moved along."""
        self.layoutAboutToBeChanged.emit()
        position = {key: row for row, key in enumerate(keys)}
        old_keys = self.ids()
        persistent = self.persistentIndexList()
        moved = [
            self.index(position[old_keys[index.row()]], index.column())
            if index.isValid()
            else QModelIndex()
            for index in persistent
        ]
        self.rows = rows
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
