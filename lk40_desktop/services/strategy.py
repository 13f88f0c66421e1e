"""The strategy the county writes itself: the chapters of the paper and their order, the key
figures of the Ausgangslage, the goals per action field, and the measure numbers ("BB-03").

A chapter is a row once it was touched (text, signer, included, place); until then it is
included, empty and in its default place, so a new project needs no rows and an old file's
paper reads as before. The project's outline mixes the chapters the county writes with the
ones the app writes from the data (summary, method …): the outline orders both, the export
chooses which of the generated ones go in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.store.models import (
    ActionField,
    FieldGoal,
    KeyFigure,
    Proposal,
    ProposalGoal,
    StrategyChapter,
)
from lk40_desktop.store.queries import live_columns

WRITTEN_CHAPTERS = (
    "foreword",
    "status_quo",
    "vision",
    "embedding",
    "governance",
    "monitoring",
    "financing",
    "resolution",
    "glossary",
)
"""The project's chapters the county writes (Vorwort … Glossar)."""
GENERATED_CHAPTERS = (
    "summary",
    "method",
    "stakeholders",
    "fields",
    "prioritisation",
    "roadmap",
    "appendix",
    "boards",
)
"""The chapters the app writes from the data (``export.docx_paper.CHAPTERS``)."""
DEFAULT_OUTLINE = (
    "foreword",
    "summary",
    "status_quo",
    "vision",
    "method",
    "stakeholders",
    "fields",
    "prioritisation",
    "roadmap",
    "embedding",
    "governance",
    "monitoring",
    "financing",
    "resolution",
    "glossary",
    "appendix",
    "boards",
)
"""Where every chapter stands until the editor moves one: as the county strategies of the
"Toolset Landkreise" read, foreword first, the resolution and glossary before the appendix."""
FIELD_CHAPTERS = ("field_intro", "field_status_quo", "field_goals")
"""The chapters of each action field the county writes: introduction, Ausgangslage, Ziele."""
FIELD_PREFIXES = {
    "electromobility": "EM",
    "broadband": "BB",
    "environment_climate": "UK",
    "tourism": "TO",
    "energy": "EN",
    "industry": "IN",
    "small_business": "KU",
    "mid_sized": "MS",
    "social_network": "SN",
}
"""Measure-number prefixes of the starter action fields (German initials, as the county's
papers print them in either language: a number never changes with the reader)."""
NUMBER = re.compile(r"^(.+)-(\d+)$")


@dataclass(frozen=True)
class Chapter:
    """A chapter of the outline or of an action field as the page and the paper take it."""

    key: str
    field_id: str | None
    included: bool
    text: str
    """Markdown ("" for a generated chapter or one not written yet)."""
    signer: str
    row_id: str | None
    """Its row, None while it was never touched."""

    @property
    def generated(self) -> bool:
        """Whether the app writes it from the data (it has no text of the county's)."""
        return self.key in GENERATED_CHAPTERS

    @property
    def empty(self) -> bool:
        """A written chapter without text (the paper leaves it out)."""
        return not self.generated and not self.text.strip()


@dataclass(frozen=True)
class KeyFigureRow:
    """A figure of the Ausgangslage: what, how much, from where, as of when."""

    id: str
    label: str
    value: str
    source: str
    as_of: date | None


@dataclass(frozen=True)
class GoalRow:
    """A goal of an action field with its indicator and target."""

    id: str
    field_id: str
    text: str
    indicator: str
    target_value: str
    target_year: int | None


_CHAPTER_COLUMNS = (
    StrategyChapter.key,
    StrategyChapter.action_field_id,
    StrategyChapter.included,
    StrategyChapter.text,
    StrategyChapter.signer,
    StrategyChapter.id,
    StrategyChapter.position,
)


_Row = tuple[str, str | None, bool, str, str, str, int]
"""A chapter's stored columns, in ``_CHAPTER_COLUMNS`` order."""


def _rows(
    session: Session, field_ids: Collection[str | None]
) -> dict[tuple[str, str | None], _Row]:
    """The live chapter rows of the project (None) or of some fields by (key, field); the
    oldest wins should two laptops have made the same chapter (a later merge)."""
    query = live_columns(StrategyChapter, *_CHAPTER_COLUMNS).order_by(StrategyChapter.created_at)
    rows: dict[tuple[str, str | None], _Row] = {}
    for row in session.execute(query):
        if row.action_field_id in field_ids:
            rows.setdefault((row.key, row.action_field_id), tuple(row))
    return rows


def _chapter(key: str, field_id: str | None, row: _Row | None) -> Chapter:
    if row is None:
        return Chapter(key, field_id, True, "", "", None)
    return Chapter(key, field_id, bool(row[2]), row[3], row[4], row[5])


def outline(session: Session) -> list[Chapter]:
    """The project's chapters in the paper's order: by stored place, untouched chapters at
    their default place (a stored place counts in the default's steps)."""
    rows = _rows(session, {None})
    default = {key: index for index, key in enumerate(DEFAULT_OUTLINE)}

    def place(key: str) -> tuple[int, int]:
        row = rows.get((key, None))
        return (int(row[6]) if row is not None else default[key], default[key])

    return [
        _chapter(key, None, rows.get((key, None))) for key in sorted(DEFAULT_OUTLINE, key=place)
    ]


def positions(session: Session) -> dict[str, tuple[str | None, int]]:
    """Chapter key → (row id or None, stored or default place) of the project's outline."""
    rows = _rows(session, {None})
    return {
        key: (rows[(key, None)][5], int(rows[(key, None)][6]))
        if (key, None) in rows
        else (None, index)
        for index, key in enumerate(DEFAULT_OUTLINE)
    }


def field_chapters(session: Session, field_ids: Sequence[str]) -> dict[str, list[Chapter]]:
    """Each action field's introduction, Ausgangslage and Ziele, in that order."""
    rows = _rows(session, set(field_ids))
    return {
        field_id: [_chapter(key, field_id, rows.get((key, field_id))) for key in FIELD_CHAPTERS]
        for field_id in field_ids
    }


def chapter(session: Session, key: str, field_id: str | None) -> Chapter:
    """One chapter, of the project (``field_id`` None) or of an action field."""
    return _chapter(key, field_id, _rows(session, {field_id}).get((key, field_id)))


def key_figures(session: Session) -> list[KeyFigureRow]:
    """The Ausgangslage's figures in their order."""
    query = live_columns(
        KeyFigure, KeyFigure.id, KeyFigure.label, KeyFigure.value, KeyFigure.source, KeyFigure.as_of
    ).order_by(KeyFigure.position, KeyFigure.created_at)
    return [KeyFigureRow(*row) for row in session.execute(query)]


def goals(session: Session, field_id: str | None = None) -> list[GoalRow]:
    """The goals of one action field (of all with None), in their order."""
    query = live_columns(
        FieldGoal,
        FieldGoal.id,
        FieldGoal.action_field_id,
        FieldGoal.text,
        FieldGoal.indicator,
        FieldGoal.target_value,
        FieldGoal.target_year,
    ).order_by(FieldGoal.position, FieldGoal.created_at)
    if field_id is not None:
        query = query.where(FieldGoal.action_field_id == field_id)
    return [GoalRow(*row) for row in session.execute(query)]


def goal_links(
    session: Session, *, proposal_ids: Collection[str] = (), goal_ids: Collection[str] = ()
) -> list[tuple[str, str, str]]:
    """(link id, proposal id, goal id) of the live links of some proposals or goals."""
    query = live_columns(
        ProposalGoal, ProposalGoal.id, ProposalGoal.proposal_id, ProposalGoal.goal_id
    )
    if proposal_ids:
        query = query.where(ProposalGoal.proposal_id.in_(list(proposal_ids)))
    if goal_ids:
        query = query.where(ProposalGoal.goal_id.in_(list(goal_ids)))
    return [(row[0], row[1], row[2]) for row in session.execute(query)]


def field_prefix(name: str, key: str | None) -> str:
    """The prefix of a field's measure numbers: the starter field's, else the initials of
    its first two words (one word: its first two letters), in capitals."""
    if key in FIELD_PREFIXES:
        return FIELD_PREFIXES[key]
    words = [w for w in re.split(r"[^\w]+", name) if w]
    if not words:
        return "M"
    letters = "".join(w[0] for w in words[:2]) if len(words) > 1 else words[0][:2]
    return letters.upper()


def number_of(session: Session, proposal_id: str) -> str:
    """A proposal's measure number ("" for none yet or an unknown proposal)."""
    query = live_columns(Proposal, Proposal.number).where(Proposal.id == proposal_id)
    return session.scalar(query) or ""


def unnumbered(session: Session) -> list[tuple[str, str | None]]:
    """(id, action field) of the live proposals without a measure number, in their order."""
    query = (
        live_columns(Proposal, Proposal.id, Proposal.action_field_id)
        .where(Proposal.number == "")
        .order_by(Proposal.position, Proposal.created_at)
    )
    return [(row[0], row[1]) for row in session.execute(query)]


def next_numbers(session: Session, wanted: Sequence[tuple[str, str | None]]) -> dict[str, str]:
    """Numbers for the proposals ``wanted`` ((id, action field), in order; one without a
    field gets none): the field's prefix and one more than the highest number of that prefix
    (of any proposal, deleted ones too, so a number is never given twice)."""
    fields = {
        row[0]: field_prefix(row[1], row[2])
        for row in session.execute(
            select(ActionField.id, ActionField.name, ActionField.builtin_key)
        )
    }
    highest: dict[str, int] = {}
    for (number,) in session.execute(select(Proposal.number)):
        if match := NUMBER.match(number or ""):
            prefix, count = match.group(1), int(match.group(2))
            highest[prefix] = max(highest.get(prefix, 0), count)
    given: dict[str, str] = {}
    for proposal_id, field_id in wanted:
        if field_id not in fields:
            continue
        prefix = fields[field_id]
        highest[prefix] = highest.get(prefix, 0) + 1
        given[proposal_id] = f"{prefix}-{highest[prefix]:02d}"
    return given
