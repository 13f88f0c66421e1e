"""The cards of a board as a table: for keyboard work and for screen readers.

It shows the same ``BoardData`` and the same filter as the canvas; an edited cell runs
``operations.board.update_card``, one undo step like every other edit. It sorts itself (a sort
proxy would ask ``data`` a hundred thousand times for 5,000 cards) and refreshes only while it
is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCollator, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QWidget

from lk40_desktop.operations.board import update_card
from lk40_desktop.services.board.data import CardRow
from lk40_desktop.services.board.filters import CardFilter
from lk40_desktop.services.board.standings import Standing, card_standings
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.widgets.display import shown, tooltip
from lk40_desktop.ui.widgets.entity_model import Index, Role
from lk40_desktop.ui.widgets.snapshot_model import SnapshotModel
from lk40_desktop.ui.widgets.table_view import RecordTable

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT, DETAILS, VOTES, PLACE, CLUSTER, FIELD, AUTHOR, WORKSHOP, TAGS, PROPOSAL, ORIGIN = range(11)
EDITABLE = {TEXT: "text", DETAILS: "details", AUTHOR: "author_group", TAGS: "tags"}


class CardListModel(SnapshotModel):
    """One row per card that passes the filter."""

    def __init__(self, source: BoardSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.card_filter = CardFilter()
        self.rows: list[CardRow] = []
        self.headers = [
            self.tr("Karte"),
            self.tr("Details"),
            self.tr("Punkte"),
            self.tr("Platz"),
            self.tr("Cluster"),
            self.tr("Handlungsfeld"),
            self.tr("Autorengruppe"),
            self.tr("Workshop"),
            self.tr("Schlagworte"),
            self.tr("Projektvorschlag"),
            self.tr("Herkunft"),
        ]
        self.active = False
        self._stale = True
        self._sort = (VOTES, Qt.SortOrder.DescendingOrder)
        self._clusters: dict[str, str] = {}
        self._fields: dict[str, str] = {}
        self._workshops: dict[str, str] = {}
        self._places: dict[str, Standing] = {}
        source.updated.connect(self._source_updated)

    def _source_updated(self, _changes: object) -> None:
        self._stale = True
        if self.active:
            self.refresh()

    def set_active(self, active: bool) -> None:
        """The list is shown (refresh now if the board changed meanwhile) or hidden."""
        self.active = active
        if active and self._stale:
            self.refresh()

    def set_filter(self, card_filter: CardFilter) -> None:
        """Show only the cards that pass."""
        self.card_filter = card_filter
        self._stale = True
        if self.active:
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.replace_rows(self._sorted(self.rows))  # the selection moves with its cards

    def _sorted(self, rows: list[CardRow]) -> list[CardRow]:
        column, order = self._sort
        if column in (VOTES, PLACE):
            if self.source.data.hides_counts:  # a blind round: the order would tell
                return rows
            most_first = (order == Qt.SortOrder.DescendingOrder) == (column == VOTES)
            return sorted(rows, key=lambda c: c.votes, reverse=most_first)
        collator = QCollator()
        collator.setNumericMode(True)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        keys = {c.id: collator.sortKey(str(self._value(c, column))) for c in rows}
        return sorted(rows, key=lambda c: keys[c.id], reverse=order == Qt.SortOrder.DescendingOrder)

    def refresh(self) -> None:
        """Take the source's cards again. While a cell is edited the shown cards stay, even
        one whose new text no longer passes the search: it leaves when editing ends."""
        self._stale = False
        data = self.source.data
        self._clusters = {c.id: c.name for c in data.clusters}
        self._fields = {f.id: f.name for f in data.fields}
        self._workshops = dict(data.workshops)
        self._places = card_standings(data.cards)
        shown = set(self.ids()) if self.held else set()
        self.replace_rows(
            self._sorted([c for c in data.cards if c.id in shown or self.card_filter.matches(c)])
        )

    def hold(self, on: bool) -> None:
        super().hold(on)
        if not on and self.active:
            self.refresh()  # cards kept for the editor that no longer pass the filter go

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and self.source.writable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return card.id
        if role == Role.DecorationRole and column == TEXT:
            return QColor(card.color)
        if role == Role.ToolTipRole and column in (TEXT, DETAILS):
            return tooltip(card.text if column == TEXT else card.details) or None
        if role not in (Role.DisplayRole, Role.EditRole):
            return None
        value = self._value(card, column)
        if role == Role.DisplayRole and isinstance(value, str):
            return shown(value).replace("\n", " ⏎ ")  # one line per row; the editor keeps them
        return value

    def _value(self, card: CardRow, column: int) -> Any:
        hidden = self.source.data.hides_counts
        values: dict[int, Any] = {
            TEXT: card.text,
            DETAILS: card.details,
            VOTES: "–" if hidden else card.votes,
            PLACE: "–" if hidden else self._place(card),
            CLUSTER: self._clusters.get(card.cluster_id or "", ""),
            FIELD: self._fields.get(card.field_id, ""),
            AUTHOR: card.author_group,
            WORKSHOP: self._workshops.get(card.workshop_id or "", ""),
            TAGS: card.tags,
            PROPOSAL: ", ".join(self.source.data.promoted.get(card.id, ())),
            ORIGIN: card.origin,
        }
        return values[column]

    def _place(self, card: CardRow) -> str:
        """ "3." on its board, or "" for a card without dots."""
        standing = self._places.get(card.id)
        return f"{standing.place}." if standing is not None and standing.dots else ""

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        field = EDITABLE.get(index.column())
        if not index.isValid() or role != Role.EditRole or field is None:
            return False
        card = self.rows[index.row()]
        text = self.tr("Karte „{card}“ ändern").format(card=card.text[:40])
        edit = self.source.perform(
            text, lambda session: update_card(session, card.id, {field: str(value)})
        )
        return edit is not None  # refused (an empty text) or unchanged


class CardListView(RecordTable):
    """The card list as a table: most dots first, one line per card."""

    WIDTHS = (320, 160, 60, 50, 160, 150, 120, 160, 140, 200)

    def __init__(self, model: CardListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardList")
        self.setAccessibleName(self.tr("Karten als Liste"))
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(VOTES, Qt.SortOrder.DescendingOrder)
        # Typing searches the list (Qt's keyboard search) rather than overwriting a card.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        for column, width in enumerate(self.WIDTHS):
            self.setColumnWidth(column, width)

    def selected_ids(self) -> list[str]:
        """The cards of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.model().index(row, TEXT).data(ID_ROLE) for row in rows]

    def current_card(self) -> str | None:
        """The card of the current cell, unless that cell is one to edit (which double-click
        opens)."""
        index = self.currentIndex()
        if not index.isValid() or index.column() in EDITABLE:
            return None
        card_id: str = index.siblingAtColumn(TEXT).data(ID_ROLE)
        return card_id
