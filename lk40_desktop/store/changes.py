"""The change record every edit returns (operations return their changes, as in Anki's
``OpChanges``).

Views receive one of these through the document's single ``changed`` signal and decide
from the entity kinds and ids whether they must refresh; the initiator lets the view that
made an edit skip refreshing what it already shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lk40_desktop.store.kinds import EntityKind


@dataclass
class ChangeSet:
    """Which rows of which entity kinds an edit created, modified or deleted."""

    ids_by_kind: dict[EntityKind, set[str]] = field(default_factory=dict)
    everything: bool = False
    """The record stands for a complete reload (a new document was opened)."""
    initiator: object | None = None
    """The view whose gesture made the edit (None for reloads; for undo and redo, the GUI's
    record of which step was undone or redone)."""

    @classmethod
    def of(cls, kind: EntityKind, ids: Iterable[str]) -> ChangeSet:
        """A change record for some rows of one kind."""
        return cls({kind: set(ids)})

    def add(self, kind: EntityKind, ids: Iterable[str]) -> None:
        """Record more changed rows."""
        self.ids_by_kind.setdefault(kind, set()).update(ids)

    def merge(self, other: ChangeSet) -> ChangeSet:
        """Fold another record into this one (for edits made of several steps)."""
        for kind, ids in other.ids_by_kind.items():
            self.add(kind, ids)
        self.everything = self.everything or other.everything
        return self

    def touches(self, *kinds: EntityKind) -> bool:
        """Whether any of the given entity kinds changed."""
        return self.everything or any(kind in self.ids_by_kind for kind in kinds)

    def only(self, kinds: Iterable[EntityKind]) -> bool:
        """Whether nothing but rows of these kinds changed (never for a reload)."""
        return not self.everything and set(self.ids_by_kind) <= set(kinds)

    def ids(self, kind: EntityKind) -> set[str]:
        """The changed ids of one kind (empty when that kind did not change)."""
        return self.ids_by_kind.get(kind, set())

    @classmethod
    def reload(cls) -> ChangeSet:
        """A record that tells every view to reload all it shows."""
        return cls(everything=True)

    def __bool__(self) -> bool:
        return self.everything or bool(self.ids_by_kind)
