"""The rows of a list as the values of new stakeholders or cards: texts joined as the
mapping says, numbers read the German way ("3,5"), a stakeholder's attitude and levels read
from words ("Befürworter", "hoch"). A row without the required field is skipped with its
reason; a value that is no valid number or attitude is left out (the field keeps its
default) and noted — never guessed. Text stays as typed: formula text ("=cmd|…") and
control characters are plain text here, the exports clean what their formats cannot hold,
and a text beyond ``store.limits.TEXT_LIMIT`` is cut by the edit (and counted)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import repeat
from typing import Any

from lk40_desktop.services.bulk import bulk
from lk40_desktop.services.imports.mapping import JOINERS, REQUIRED, ColumnMapping, Kind
from lk40_desktop.services.imports.table import Table
from lk40_desktop.services.stakeholders.grid import SCALE_MAX, SCALE_MIN
from lk40_desktop.store.models import Attitude

LEVELS = {
    "sehr hoch": 5.0,
    "hoch": 4.0,
    "mittel": 3.0,
    "gering": 2.0,
    "niedrig": 2.0,
    "sehr gering": 1.0,
    "sehr niedrig": 1.0,
    "very high": 5.0,
    "high": 4.0,
    "medium": 3.0,
    "low": 2.0,
    "very low": 1.0,
}
"""Levels as words, on the map's scale from 1 to 5."""
ATTITUDES = {
    **dict.fromkeys(
        ("unterstützer", "unterstützerin", "befürworter", "befürworterin", "positiv", "pro", "+"),
        Attitude.SUPPORTER,
    ),
    **dict.fromkeys(("supporter", "supportive", "positive"), Attitude.SUPPORTER),
    **dict.fromkeys(("neutral", "unentschieden", "0", "o"), Attitude.NEUTRAL),
    **dict.fromkeys(
        ("kritiker", "kritikerin", "gegner", "gegnerin", "kritisch", "negativ", "contra", "-"),
        Attitude.CRITIC,
    ),
    **dict.fromkeys(("critic", "critical", "negative", "opponent"), Attitude.CRITIC),
}
"""Attitudes as lists write them."""
LEVEL_FIELDS = ("influence", "interest")
CHECKED = frozenset({*LEVEL_FIELDS, "attitude"})
"""Fields whose text must be one of a few values; the others take the text as it is."""


class Skip(StrEnum):
    """Why a row of the list was not imported."""

    MISSING = "missing"
    """The required field (a stakeholder's name, a card's text) is empty."""
    DUPLICATE = "duplicate"
    """Names one the project has (``detail``: its name), and the user chose to skip it."""
    REPEATED = "repeated"
    """Repeats an earlier row of the list (``detail``: its number), skipped by choice."""


class Note(StrEnum):
    """A value of an imported row that was left out."""

    NOT_A_LEVEL = "not_a_level"
    """Influence or interest that is no number from 1 to 5 nor a level word."""
    UNKNOWN_ATTITUDE = "unknown_attitude"


@dataclass(frozen=True)
class Record:
    """One row of the list as field values (only the fields it fills)."""

    number: int
    values: dict[str, Any]


@dataclass(frozen=True)
class Skipped:
    """A row that was not imported, and why."""

    number: int
    reason: Skip
    detail: str = ""


@dataclass(frozen=True)
class Noted:
    """A value of an imported row that was left out: ``field`` keeps its default."""

    number: int
    note: Note
    field: str
    value: str


def level(text: str) -> float | None:
    """Influence or interest from a cell: "4", "3,5", "hoch" (None: none of these, or off
    the scale)."""
    cleaned = " ".join(text.split()).casefold()
    if cleaned in LEVELS:
        return LEVELS[cleaned]
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        return None
    return value if SCALE_MIN <= value <= SCALE_MAX else None


def _texts(rows: list[list[str]], columns: dict[str, list[int]]) -> dict[str, list[str]]:
    """Each field's texts, row by row: its column's, or its columns' joined (empty parts left
    out). Column by column, each cell stripped once: row by row, field by field, this took
    longer than reading the file."""
    stripped: dict[int, list[str]] = {}

    def column(index: int) -> list[str]:
        if index not in stripped:
            stripped[index] = [row[index].strip() for row in rows]
        return stripped[index]

    texts: dict[str, list[str]] = {}
    for field, cols in columns.items():
        if len(cols) == 1:
            texts[field] = column(cols[0])
        else:
            joiner = JOINERS.get(field, " ")
            parts = zip(*(column(index) for index in cols), strict=True)
            texts[field] = [joiner.join(filter(None, cells)) for cells in parts]
    return texts


def _checked(field: str, text: str) -> Any:
    """The value of a level or attitude cell (None: not one)."""
    if field in LEVEL_FIELDS:
        return level(text)
    attitude = ATTITUDES.get(" ".join(text.split()).casefold())
    return None if attitude is None else attitude.value


@bulk()
def records(
    kind: Kind, table: Table, mapping: ColumnMapping
) -> tuple[list[Record], list[Skipped], list[Noted]]:
    """The rows of ``table`` as records, the rows skipped for a missing required field, and
    the values left out."""
    columns: dict[str, list[int]] = {}
    for index, field in enumerate(mapping):
        if field is not None:
            columns.setdefault(field, []).append(index)
    found: list[Record] = []
    skipped: list[Skipped] = []
    noted: list[Noted] = []
    texts = _texts(table.rows, columns)
    plain = [field for field in texts if field not in CHECKED]
    checked = [(field, texts[field]) for field in texts if field in CHECKED]
    plain_rows = zip(*(texts[field] for field in plain), strict=True) if plain else repeat(())
    wanted = texts.get(REQUIRED[kind], [""] * len(table.rows))
    known: dict[tuple[str, str], Any] = {}  # a list repeats its few levels and attitudes
    for index, (number, row) in enumerate(zip(table.numbers, plain_rows, strict=False)):
        if not wanted[index]:
            skipped.append(Skipped(number, Skip.MISSING))
            continue
        values: dict[str, Any] = dict(zip(plain, row, strict=True))
        for field, cells in checked:
            text = cells[index]
            if not text:
                continue
            if (field, text) not in known:
                known[field, text] = _checked(field, text)
            value = known[field, text]
            if value is None:
                note = Note.NOT_A_LEVEL if field in LEVEL_FIELDS else Note.UNKNOWN_ATTITUDE
                noted.append(Noted(number, note, field, text))
            else:
                values[field] = value
        found.append(Record(number, values))
    return found, skipped, noted
