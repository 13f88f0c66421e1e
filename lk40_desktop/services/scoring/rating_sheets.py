"""What a rating sheet (Bewertungsbogen) holds, and how it names what it asks: one rater's
sheet lists the proposals with their profile summary and the criteria with their scales, and
its id sheet records the project, the rater, every criterion with a fingerprint of its
definition and every proposal, so that a returned sheet is read back into exactly the cells
it was made for (``services.scoring.returned_sheets``).

Raters score at home, days after the sheets went out; by then a criterion may have a new scale
or direction, a proposal may be gone. The fingerprint covers what a score means — the
criterion's stored name, its scale and its direction, not its weight (a new weight changes
the ranking, not what a 4 says) — so a score given under another definition is refused rather
than read under the new one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from lk40_desktop.services.project import action_fields, get_project
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.services.scoring.evaluation import raters
from lk40_desktop.services.starter import builtin_key, names_in
from lk40_desktop.store.models import Criterion, Direction, Proposal, Score
from lk40_desktop.store.queries import live_columns

FORMAT = "lk40-rating-sheet"
"""The first value of every id sheet: what makes a workbook an LK40 rating sheet."""
FORMAT_VERSION = 1
"""The layout of the id sheet; a newer one is refused by this version's reader."""
ID_SHEET = "LK40"
"""The id sheet's name, the same in every language (the reader finds it by name)."""
FIRST_ROW = 6
"""The first proposal's row on the rating sheet (above it: title, project, notes, header)."""
FIRST_COLUMN = 4
"""The first criterion's column (A: number, B: proposal, C: action field)."""
TITLE_COLUMN = 2
"""Where each row names its proposal; the reader checks it against the id sheet."""
ID_TABLE_ROW = 12
"""The id sheet's first row of criteria and proposals (above it: key and value pairs)."""


@dataclass(frozen=True)
class SheetCriterion:
    """A criterion as the sheet asks it: shown name, scale, direction, fingerprint."""

    id: str
    name: str
    scale_min: int
    scale_max: int
    cost: bool
    builtin_key: str | None
    """The starter key, whose description the sheet prints (``export.vocabulary``)."""
    fingerprint: str


@dataclass(frozen=True)
class SheetProposal:
    """A proposal with the summary of its profile a rater needs."""

    id: str
    title: str
    field: str
    goal: str
    target_groups: str
    measures: str
    lead: str
    cost_eur: float | None
    time_horizon: str


@dataclass(frozen=True)
class RatingSheet:
    """Everything one rater's sheet holds."""

    project_id: str
    county: str
    project_title: str
    rater_id: str
    rater_name: str
    made_at: datetime
    criteria: list[SheetCriterion]
    proposals: list[SheetProposal]
    scores: dict[tuple[str, str], float]
    """(proposal id, criterion id) → the rater's score so far: a sheet sent again shows it."""


def fingerprint(name: str, scale_min: int, scale_max: int, direction: str) -> str:
    """A short hash of what a score on a criterion means (stored name, scale, direction)."""
    text = json.dumps([name, int(scale_min), int(scale_max), direction], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def criterion_fingerprints(session: Session) -> dict[str, str]:
    """Criterion id → fingerprint of every live criterion."""
    query = live_columns(
        Criterion, Criterion.id, Criterion.name, Criterion.scale_min, Criterion.scale_max,
        Criterion.direction,
    )  # fmt: skip
    return {row[0]: fingerprint(*row[1:]) for row in session.execute(query)}


def load_rating_sheets(
    session: Session, language: str, made_at: datetime, rater_ids: list[str] | None = None
) -> list[RatingSheet]:
    """One sheet per live rater (or per rater of ``rater_ids``), names in ``language``."""
    project = get_project(session)
    prints = criterion_fingerprints(session)
    with names_in(session, language):
        criteria = [
            SheetCriterion(
                c.id,
                c.name,
                c.scale_min,
                c.scale_max,
                c.direction == Direction.COST.value,
                builtin_key(session, "criterion", c.id),
                prints[c.id],
            )
            for c in load_criteria(session)
        ]
        proposals = _proposals(session)
    chosen = [r for r in raters(session) if rater_ids is None or r[0] in rater_ids]
    return [
        RatingSheet(
            project.id,
            project.county,
            project.title,
            rater_id,
            name,
            made_at,
            criteria,
            proposals,
            _scores_of(session, rater_id),
        )
        for rater_id, name in chosen
    ]


def _proposals(session: Session) -> list[SheetProposal]:
    """The live proposals in the matrix's order, with their field's name."""
    fields = {f.id: f.name for f in action_fields(session)}
    query = live_columns(
        Proposal, Proposal.id, Proposal.title, Proposal.action_field_id, Proposal.goal,
        Proposal.target_groups, Proposal.measures, Proposal.lead, Proposal.cost_estimate_eur,
        Proposal.time_horizon,
    ).order_by(Proposal.position, Proposal.title)  # fmt: skip
    return [
        SheetProposal(key, title, fields.get(field or "", ""), *rest)
        for key, title, field, *rest in session.execute(query)
    ]


def _scores_of(session: Session, rater_id: str) -> dict[tuple[str, str], float]:
    query = live_columns(Score, Score.proposal_id, Score.criterion_id, Score.value).where(
        Score.rater_id == rater_id
    )
    return {(p, c): float(v) for p, c, v in session.execute(query)}
