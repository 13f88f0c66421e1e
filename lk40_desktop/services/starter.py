"""The starter vocabulary: the action fields, stakeholder groups, relation kinds and criteria a
project starts with, each under a built-in key and named in every language of the app.

A row made from it carries its key (``builtin_key``) until the user renames it. Until then
every read names it in the reader's language — the UI's on screen, the export's in the paper
and the workbook — so an English facilitator sees "Crafts" where the file says "Handwerk". A
renamed row is the user's text and is never translated. The file keeps the German name in
``name`` as well, so older versions and other tools read sensible text.

These names are data like ``export.vocabulary``, not UI strings: the same table serves the
screen (in the UI language) and the exports (in theirs), which Qt's translator could not.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.store.document import LANGUAGE_INFO
from lk40_desktop.store.models import ENTITY_KINDS

StarterKind = Literal["action_field", "stakeholder_group", "relation_kind", "criterion"]
"""The entity kinds whose rows may carry a built-in key."""
STARTER_KINDS: tuple[StarterKind, ...] = (
    "action_field",
    "stakeholder_group",
    "relation_kind",
    "criterion",
)
LANGUAGES = ("de", "en")
FALLBACK = "de"
"""The file's own language: names read without a language, and keys without a translation."""

NAMES: dict[StarterKind, dict[str, dict[str, str]]] = {
    "action_field": {
        "electromobility": {"de": "Elektromobilität", "en": "Electromobility"},
        "broadband": {"de": "Breitband", "en": "Broadband"},
        "environment_climate": {"de": "Umwelt und Klima", "en": "Environment and climate"},
        "tourism": {"de": "Tourismus", "en": "Tourism"},
        "energy": {"de": "Energie", "en": "Energy"},
        "industry": {"de": "Industrie", "en": "Industry"},
        "small_business": {"de": "Kleinunternehmer", "en": "Small business owners"},
        "mid_sized": {"de": "Mittelstand", "en": "Mid-sized companies"},
        "social_network": {"de": "Soziales Netzwerk Landkreis", "en": "County social network"},
    },
    "stakeholder_group": {
        "citizens": {"de": "Bürgerinnen und Bürger", "en": "Citizens"},
        "crafts": {"de": "Handwerk", "en": "Crafts"},
        "education": {"de": "Schulen und Bildung", "en": "Schools and education"},
        "volunteers": {"de": "Ehrenamt und Vereine", "en": "Volunteers and clubs"},
        "small_business": {"de": "Kleinunternehmen", "en": "Small businesses"},
        "mid_sized": {"de": "Mittelstand", "en": "Mid-sized companies"},
        "industry": {"de": "Industrie", "en": "Industry"},
        "administration": {"de": "Verwaltung", "en": "Administration"},
        "politics": {"de": "Politik", "en": "Politics"},
        "institutions": {"de": "Institutionen", "en": "Institutions"},
        "other": {"de": "Sonstige", "en": "Other"},
    },
    "relation_kind": {
        "cooperation": {"de": "Kooperation", "en": "Cooperation"},
        "conflict": {"de": "Konflikt", "en": "Conflict"},
        "dependency": {"de": "Abhängigkeit", "en": "Dependency"},
    },
    "criterion": {
        "citizen_benefit": {"de": "Nutzen für Bürger", "en": "Benefit for citizens"},
        "economic_impact": {"de": "Wirtschaftliche Wirkung", "en": "Economic impact"},
        "climate": {"de": "Beitrag zu Klimazielen", "en": "Contribution to climate goals"},
        "feasibility": {"de": "Umsetzbarkeit", "en": "Feasibility"},
        "cost": {"de": "Kosten", "en": "Cost"},
        "time_to_impact": {"de": "Zeit bis zur Wirkung", "en": "Time to impact"},
    },
}
"""Kind → built-in key → language → name. Keys are stored in files: never rename one."""


def german(kind: StarterKind, key: str) -> str:
    """The name a starter row is stored under (its ``name`` column)."""
    return NAMES[kind][key][FALLBACK]


def starter_name(kind: StarterKind, key: str | None, language: str) -> str | None:
    """The name of a built-in key in ``language`` (German where a language lacks it); None
    for no key or a key this version does not know (a newer version's): the stored name then
    stands."""
    names = NAMES[kind].get(key or "")
    if names is None:
        return None
    return names.get(language) or names[FALLBACK]


def language_of(session: Session) -> str:
    """The language a read block names starter rows in (``WorkshopDocument.reading``)."""
    return str(session.info.get(LANGUAGE_INFO) or FALLBACK)


def shown_name(session: Session, kind: StarterKind, name: str, key: str | None) -> str:
    """A row's name as this read shows it: a built-in row in the read's language, any other
    row as the user wrote it."""
    return starter_name(kind, key, language_of(session)) or name


@contextlib.contextmanager
def names_in(session: Session, language: str) -> Iterator[None]:
    """Read the starter rows in ``language`` within the block (an export in its own
    language, whatever the UI's)."""
    before = session.info.get(LANGUAGE_INFO)
    session.info[LANGUAGE_INFO] = language
    try:
        yield
    finally:
        session.info[LANGUAGE_INFO] = before


def builtin_key(session: Session, kind: StarterKind, entity_id: str) -> str | None:
    """The built-in key a row carries (None: the user's own row, or renamed)."""
    table = ENTITY_KINDS[kind].__table__
    query = select(table.c.builtin_key).where(table.c.id == entity_id)
    return session.execute(query).scalar_one_or_none()
