"""The change record every edit returns (STYLE.md, "operations return their changes").

Views receive one of these through the document's single ``changed`` signal and decide
from the entity kinds and ids whether they must refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class ChangeSet:
    """Which rows of which entity kinds an edit created, modified or deleted."""

    ids_by_kind: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: str, ids: Iterable[str]) -> ChangeSet:
        """A change record for some rows of one kind."""
        return cls({kind: set(ids)})

    def add(self, kind: str, ids: Iterable[str]) -> None:
        """Record more changed rows."""
        self.ids_by_kind.setdefault(kind, set()).update(ids)

    def merge(self, other: ChangeSet) -> ChangeSet:
        """Fold another record into this one (for edits made of several steps)."""
        for kind, ids in other.ids_by_kind.items():
            self.add(kind, ids)
        return self

    def touches(self, *kinds: str) -> bool:
        """Whether any of the given entity kinds changed."""
        return self.everything or any(kind in self.ids_by_kind for kind in kinds)

    def ids(self, kind: str) -> set[str]:
        """The changed ids of one kind (empty when that kind did not change)."""
        return self.ids_by_kind.get(kind, set())

    @property
    def everything(self) -> bool:
        """Whether the record stands for a complete reload (a new document was opened)."""
        return "*" in self.ids_by_kind

    @classmethod
    def reload(cls) -> ChangeSet:
        """A record that tells every view to reload all it shows."""
        return cls({"*": set()})

    def __bool__(self) -> bool:
        return bool(self.ids_by_kind)
