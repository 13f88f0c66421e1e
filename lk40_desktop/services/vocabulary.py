"""The project's editable lists (stakeholder groups, relation kinds, raters), read alike.

Facilitators adapt these lists to their county; one dialog edits all three, so it reads them
through one function that hides which table a list lives in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from lk40_desktop.services.starter import shown_name
from lk40_desktop.store.models import ENTITY_KINDS
from lk40_desktop.store.queries import live_columns

VocabularyKind = Literal["stakeholder_group", "relation_kind", "rater"]
"""The entity kinds that are editable lists of names."""

COLOURED: frozenset[VocabularyKind] = frozenset({"stakeholder_group", "relation_kind"})
"""The lists whose entries have a colour (raters have none)."""


@dataclass(frozen=True)
class Entry:
    """One entry of an editable list."""

    id: str
    name: str
    position: int
    color: str = ""
    """Empty for lists without colours."""


def entries(session: Session, kind: VocabularyKind) -> list[Entry]:
    """The live entries of a list in their order; built-in entries are named in the read's
    language (``services.starter``)."""
    model = ENTITY_KINDS[kind]
    table = model.__table__
    order = (table.c.position, table.c.created_at)
    columns = [table.c.id, table.c.name, table.c.position]
    if kind in COLOURED:
        columns.append(table.c.color)
    if kind == "rater":  # raters are the project's own, never from the starter vocabulary
        return [
            Entry(*row) for row in session.execute(live_columns(model, *columns).order_by(*order))
        ]
    query = live_columns(model, *columns, table.c.builtin_key).order_by(*order)
    return [
        Entry(row[0], shown_name(session, kind, row[1], row[-1]), *row[2:-1])
        for row in session.execute(query)
    ]
