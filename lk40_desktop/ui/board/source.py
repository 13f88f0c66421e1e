"""The board data of the open document, reloaded when an edit concerns it, and the one way the
board's widgets ask for an edit (``perform``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from lk40_desktop.operations.edit import Edit
from lk40_desktop.services.board.data import (
    PARTIAL_KINDS,
    PROMOTION_KINDS,
    BoardData,
    first_field_id,
    load_board,
    read_cards,
    read_clusters,
    refresh_board,
    refresh_promoted,
)
from lk40_desktop.services.board.rounds import load_rounds, shown_round
from lk40_desktop.services.project import current_workshop
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import ReadSession
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.ui.document import DocumentController, follow_changes

KINDS: tuple[EntityKind, ...] = (
    "idea",
    "cluster",
    "vote",
    "vote_round",
    "action_field",
    "workshop",
    "setting",
)


class BoardSource(QObject):
    """Holds the BoardData of the chosen field (None: all fields) with the dots of the chosen
    voting round; board, list and filters read it, so the store is read once per edit."""

    updated = Signal(object)
    """The ChangeSet that caused the reload (ChangeSet.reload() for a new document)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.field_id: str | None = None
        self.round_id: str | None = None
        """The round chosen in the voting bar (None: the one ``shown_round`` picks)."""
        self.data = BoardData([], [], [], [], [])
        self.touched: tuple[set[str], set[str]] | None = None
        """(card ids, cluster ids) the last update changed; None after a full reload."""

    def set_controller(self, controller: DocumentController | None) -> None:
        """Follow another document (or none); it opens on its first action field."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.field_id = self.round_id = None
        if controller is not None:
            with controller.document.reading() as session:
                self.field_id = first_field_id(session)
        self.reload(ChangeSet.reload())

    def set_field(self, field_id: str | None) -> None:
        """Show another action field's board (None: the overview of all fields)."""
        self.field_id = field_id
        self.reload(ChangeSet.reload())

    def set_round(self, round_id: str | None) -> None:
        """Show another voting round's dots."""
        self.round_id = round_id
        self.reload(ChangeSet.reload())

    def _on_changed(self, changes: ChangeSet) -> None:
        if not changes.touches(*KINDS):
            if self.controller is not None and changes.touches(*PROMOTION_KINDS):
                with self.controller.document.reading() as session:
                    self.data, cards = refresh_promoted(session, self.data, self.field_id)
                self.touched = (cards, set())
                self.updated.emit(changes)
            return
        if self.controller is not None and changes.only(PARTIAL_KINDS):
            with self.controller.document.reading() as session:
                self.data, cards, clusters = refresh_board(
                    session, self.data, self.field_id, changes.ids_by_kind
                )
            self.touched = (cards, clusters)
            self.updated.emit(changes)
            return
        self.reload(changes)

    def reload(self, changes: ChangeSet) -> None:
        """Read the board again and tell the views."""
        self.touched = None
        if self.controller is None:
            self.data = BoardData([], [], [], [], [])
        else:
            with self.controller.document.reading() as session:
                self.round_id = shown_round(
                    load_rounds(session), self.round_id, current_workshop(session)
                )
                self.data = load_board(session, self.field_id, self.round_id)
                if self.field_id is not None and self.data.field(self.field_id) is None:
                    self.field_id = None  # the field was deleted (or undone): show all
                    self.data = load_board(session, None, self.round_id)
        self.updated.emit(changes)

    def field_of(self, card_ids: Iterable[str], cluster_ids: Iterable[str]) -> str | None:
        """The action field of the first of these cards or frames that still exists (they
        may lie on another field's board than the one shown)."""
        if self.controller is None:
            return None
        with self.controller.document.reading() as session:
            cards = read_cards(session, sorted(card_ids))
            frames = [] if cards else read_clusters(session, sorted(cluster_ids))
        return cards[0].field_id if cards else frames[0].field_id if frames else None

    @property
    def writable(self) -> bool:
        """Whether edits are possible."""
        return self.controller is not None and not self.controller.read_only

    def perform(
        self, text: str, build: Callable[[ReadSession], Edit], *, merge: bool = False
    ) -> Edit | None:
        """Apply an operation as one undo step named ``text`` (``merge``: joined with the step
        before it where the edits allow, a board's tally); the edit, or None when there is no
        writable document, the rules refused it or it changed nothing."""
        if not self.writable:
            return None
        assert self.controller is not None
        return self.controller.perform(text, build, merge=merge)
