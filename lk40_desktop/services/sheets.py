"""What the printed sheets of a workshop show, read from the file without Qt: the cards of a
board to cut out, vote and tally on paper; a rater's scoring sheet; a workshop's sign-in list
and agenda; the stakeholder map as a poster.

A sign-in list carries no names: it is filled in by hand in the room, and a participant who
did not agree to be named must not find their name printed on a sheet others sign. The
privacy notice names the county (the project's client, else its county) as controller and the
contact the project keeps for data-protection questions (``PRIVACY_CONTACT_KEY``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.services.agenda import AgendaEntry, agenda, end_time
from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.board.rounds import DEFAULT_DOTS
from lk40_desktop.services.project import action_fields, get_project, named_by, workshops
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.services.scoring.evaluation import raters
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.services.starter import names_in
from lk40_desktop.services.strategy import number_of
from lk40_desktop.store.models import Proposal
from lk40_desktop.store.queries import live_columns, setting_value

PRIVACY_CONTACT_KEY = "privacy.contact"
"""The setting with whom participants ask about their data (the county's data-protection
office, an e-mail address); printed in the sign-in list's notice."""
SIGN_IN_ROWS = 20
"""Lines of a sign-in list when nothing else is asked for: a breakout group's room."""
ALL_RATERS = "*"
"""The rater choice that prints one scoring sheet per rater, one after the other."""


class SheetKind(StrEnum):
    """The kinds of printed sheets (``lk40 print PROJECT KIND``)."""

    CARDS = "cards"
    VOTING = "voting"
    TALLY = "tally"
    SCORING = "scoring"
    SIGN_IN = "sign-in"
    POSTER = "poster"
    AGENDA = "agenda"


class SheetChoiceError(ValueError):
    """A board, workshop or rater asked for that the project does not have (``what`` names
    which, ``given`` what was asked for)."""

    def __init__(self, what: str, given: str) -> None:
        super().__init__(f"no {what} {given!r}")
        self.what = what
        self.given = given


@dataclass(frozen=True)
class SheetCard:
    """One card as a sheet prints it."""

    id: str
    text: str
    cluster: str


@dataclass(frozen=True)
class BoardSheet:
    """The cards of one board (an action field), in reading order: by cluster, then place."""

    project: str
    field: str
    color: str
    cards: list[SheetCard]
    dots: int
    """Dots per person of the board's open round (the voting sheet's "up to …")."""


@dataclass(frozen=True)
class ScoringCriterion:
    """A criterion as the scoring sheet heads its column."""

    name: str
    low: int
    high: int
    higher_is_better: bool


@dataclass(frozen=True)
class ScoringSheet:
    """A rater's sheet: the proposals to score against each criterion."""

    project: str
    rater: str
    criteria: list[ScoringCriterion]
    proposals: list[tuple[str, str, str]]
    """(measure number, title, action field) in the matrix's order."""


@dataclass(frozen=True)
class WorkshopSheet:
    """A workshop's head: what the sign-in list and the agenda print above their tables."""

    project: str
    title: str
    date: str
    """ISO date or ""."""
    place: str
    start: str
    """The clock time it starts ("18:00") or ""."""
    controller: str
    contact: str
    entries: list[AgendaEntry]
    rows: int = SIGN_IN_ROWS

    @property
    def end(self) -> str:
        """When the agenda ends ("" without a start time or points)."""
        if not self.start or not self.entries:
            return ""
        return end_time(self.start, [entry.minutes for entry in self.entries])


def privacy_contact(session: Session) -> str:
    """Whom participants ask about their data ("" while the project names no one)."""
    return setting_value(session, PRIVACY_CONTACT_KEY) or ""


def _pick(choices: list[tuple[str, str]], given: str | None, what: str) -> tuple[str, str]:
    """The (id, name) chosen by id or by name (``project.named_by``; the first of several of
    one name); the first with None."""
    if not choices:
        raise SheetChoiceError(what, given or "")
    if given is None:
        return choices[0]
    found = named_by(choices, given)
    if not found:
        raise SheetChoiceError(what, given)
    return next(choice for choice in choices if choice[0] == found[0])


def _project_name(session: Session) -> str:
    project = get_project(session)
    return " – ".join(part for part in (project.county, project.title) if part)


def board_sheet(
    session: Session, field: str | None = None, cluster: str | None = None
) -> BoardSheet:
    """The cards of a board chosen by its id or name (the first board with None), or only
    those of one of its clusters (by id or name)."""
    fields = action_fields(session, include_archived=False)
    field_id, name = _pick([(f.id, f.name) for f in fields], field, "board")
    color = next(f.color for f in fields if f.id == field_id)
    data = load_board(session, field_id)
    clusters = {c.id: c for c in data.clusters}
    shown = data.cards
    if cluster is not None:
        cluster_id = _pick([(c.id, c.name) for c in data.clusters], cluster, "cluster")[0]
        shown = [c for c in shown if c.cluster_id == cluster_id]
    order = sorted(
        shown,
        key=lambda c: (
            c.cluster_id is None,
            (clusters[c.cluster_id].y, clusters[c.cluster_id].x)
            if c.cluster_id in clusters
            else (0, 0),
            c.y,
            c.x,
        ),
    )
    cards = [
        SheetCard(c.id, c.text, clusters[c.cluster_id].name if c.cluster_id in clusters else "")
        for c in order
    ]
    open_rounds = [r for r in data.rounds if r.open]
    dots = open_rounds[-1].dots_per_person if open_rounds else DEFAULT_DOTS
    return BoardSheet(_project_name(session), name, color, cards, dots)


def scoring_sheet(session: Session, rater: str | None = None) -> ScoringSheet:
    """A rater's scoring sheet (chosen by id or name; a blank name line with None)."""
    name = _pick(raters(session), rater, "rater")[1] if rater is not None else ""
    criteria = [
        ScoringCriterion(c.name, c.scale_min, c.scale_max, c.direction != "cost")
        for c in load_criteria(session)
    ]
    fields = {f.id: f.name for f in action_fields(session)}
    query = live_columns(Proposal, Proposal.id, Proposal.title, Proposal.action_field_id)
    rows = session.execute(query.order_by(Proposal.position, Proposal.title))
    proposals = [
        (number_of(session, key), title, fields.get(field_id or "", ""))
        for key, title, field_id in rows
    ]
    return ScoringSheet(_project_name(session), name, criteria, proposals)


def workshop_sheet(
    session: Session, workshop: str | None = None, rows: int = SIGN_IN_ROWS
) -> WorkshopSheet:
    """The head of a workshop chosen by id or title (the first with None) and its agenda."""
    found = workshops(session)
    workshop_id, _title = _pick([(w.id, w.title) for w in found], workshop, "workshop")
    row = next(w for w in found if w.id == workshop_id)
    project = get_project(session)
    return WorkshopSheet(
        project=_project_name(session),
        title=row.title,
        date=row.date.isoformat() if row.date else "",
        place=row.place,
        start=row.start_time,
        controller=project.client or project.county,
        contact=privacy_contact(session),
        entries=agenda(session, workshop_id),
        rows=max(1, min(rows, 500)),
    )


@dataclass(frozen=True)
class SheetChoice:
    """What a sheet is of: a board (action field, by id or name) and one of its clusters, a
    workshop (id or title), a rater (id, name, ``ALL_RATERS``, or None for a blank name line),
    the language (None: the project's) and the lines of a sign-in list."""

    field: str | None = None
    cluster: str | None = None
    workshop: str | None = None
    rater: str | None = None
    language: str | None = None
    rows: int = SIGN_IN_ROWS


@dataclass(frozen=True)
class SheetContent:
    """Everything one printed sheet shows: its kind, its data (a ``BoardSheet``, a list of
    ``ScoringSheet``, a ``WorkshopSheet`` or the map's ``StakeholderData``), the project's name
    for its head and its language. The command line and the pages' print dialogs both read it
    here, so a sheet printed from the board page and one from the terminal are the same."""

    kind: SheetKind
    data: Any
    project: str
    language: str


def _data(session: Session, kind: SheetKind, choice: SheetChoice) -> Any:
    if kind in (SheetKind.CARDS, SheetKind.VOTING, SheetKind.TALLY):
        return board_sheet(session, choice.field, choice.cluster)
    if kind is SheetKind.SCORING:
        if choice.rater == ALL_RATERS:
            return [scoring_sheet(session, key) for key, _name in raters(session)] or [
                scoring_sheet(session)
            ]
        return [scoring_sheet(session, choice.rater)]
    if kind is SheetKind.POSTER:
        return load_stakeholders(session)
    return workshop_sheet(session, choice.workshop, choice.rows)


def sheet_content(session: Session, kind: SheetKind, choice: SheetChoice) -> SheetContent:
    """The sheet of ``kind`` in the chosen language (built-in names too); an unknown board,
    cluster, workshop or rater raises ``SheetChoiceError``."""
    language = choice.language or get_project(session).language
    with names_in(session, language):
        data = _data(session, kind, choice)
    return SheetContent(kind, data, _project_name(session), language)
