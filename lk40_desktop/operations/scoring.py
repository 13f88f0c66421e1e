"""Edits of the weighted scoring (Nutzwertanalyse): the raters' scores, the criteria with their
weights and scales, and how the raters' scores are combined.

The rules live here rather than in the matrix or the criteria table, so the GUI and every
other caller refuse the same things: a score outside its scale, a negative weight, weights
that sum to zero (nothing would count), a scale whose end does not lie above its start.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import (
    Edit,
    EditRefusedError,
    Refusal,
    change,
    create,
    delete,
)
from lk40_desktop.operations.naming import own_name
from lk40_desktop.operations.settings import set_setting
from lk40_desktop.services.scoring.arithmetic import Aggregation
from lk40_desktop.services.scoring.criteria import CriterionRow, load_criteria
from lk40_desktop.services.scoring.evaluation import (
    AGGREGATION_KEY,
    aggregation_setting,
)
from lk40_desktop.services.scoring.returned_sheets import ReturnedSheet, check_returned
from lk40_desktop.services.scoring.scores import Cell, score_ids, scores_of
from lk40_desktop.store.models import Criterion, Direction, PortfolioAxis, new_id
from lk40_desktop.store.queries import next_position

NEW_CRITERION: dict[str, Any] = {
    "weight": 10.0,
    "scale_min": 0,
    "scale_max": 5,
    "direction": Direction.BENEFIT.value,
    "portfolio_axis": PortfolioAxis.NONE.value,
}
"""A new criterion: weight 10 (a tenth of a typical set of ten), scale 0–5, higher is better,
on no portfolio axis."""


def set_score(
    session: Session, proposal_id: str, criterion_id: str, rater_id: str, value: float | None
) -> Edit:
    """One rater's score of one proposal on one criterion: created, changed, or with None
    cleared (a missing score stays missing, it never counts as zero). Refused outside the
    criterion's scale."""
    if value is None:
        existing = score_ids(session, rater_id, [(proposal_id, criterion_id)])
        return Edit([delete("score", list(existing.values()))])
    return set_scores(session, rater_id, {(proposal_id, criterion_id): value})


def set_scores(session: Session, rater_id: str, values: Mapping[Cell, float]) -> Edit:
    """Several scores of one rater in one edit (a returned rating sheet): each created or
    changed. Refused when any lies outside its criterion's scale."""
    criteria = {c.id: c for c in load_criteria(session, {c for _p, c in values})}
    for (_proposal, criterion_id), value in values.items():
        criterion = criteria[criterion_id]
        if not criterion.scale_min <= value <= criterion.scale_max:
            raise EditRefusedError(
                Refusal.OUT_OF_SCALE, f"{criterion.scale_min}–{criterion.scale_max}"
            )
    existing = score_ids(session, rater_id, values)
    new_rows = {
        new_id(): {
            "proposal_id": proposal,
            "criterion_id": criterion,
            "rater_id": rater_id,
            "value": float(value),
        }
        for (proposal, criterion), value in values.items()
        if (proposal, criterion) not in existing
    }
    changed = {
        existing[cell]: {"value": float(value)}
        for cell, value in values.items()
        if cell in existing
    }
    return Edit(
        [create("score", new_rows), change(session, "score", changed)], created=list(new_rows)
    )


def import_scores(session: Session, sheets: Sequence[ReturnedSheet]) -> Edit:
    """The scores of returned rating sheets, each as its rater's, in one edit: checked against
    the project now (``services.scoring.returned_sheets.check_returned``); skipped cells stay
    as they were. Refused (``Refusal.SHEET_REFUSED``, detail: the file) when a file is refused
    as a whole: then nothing of any file is read in."""
    check = check_returned(session, sheets)
    if check.refused:
        raise EditRefusedError(Refusal.SHEET_REFUSED, str(check.refused[0].path.name))
    steps = [
        step
        for result in check.results
        for step in set_scores(session, result.sheet.rater_id, result.values).steps
    ]
    return Edit(
        steps, created=[key for step in steps if step.action == "create" for key in step.rows]
    )


def clear_scores(session: Session, rater_id: str, cells: Collection[Cell]) -> Edit:
    """Clear one rater's scores in some cells of the matrix (a selection) in one edit."""
    return Edit([delete("score", list(score_ids(session, rater_id, cells).values()))])


def set_aggregation(session: Session, method: Aggregation) -> Edit:
    """Combine the raters' scores by mean or median, for the whole project; the setting is
    created when the project has none (or revived when it was deleted)."""
    if aggregation_setting(session) == method:
        return Edit()
    return set_setting(session, AGGREGATION_KEY, method.value)


def add_criterion(session: Session, name: str) -> Edit:
    """A new criterion, placed last, with the defaults of ``NEW_CRITERION``."""
    if not name.strip():
        raise EditRefusedError(Refusal.EMPTY_TEXT)
    key = new_id()
    values = {**NEW_CRITERION, "name": name, "position": next_position(session, Criterion)}
    return Edit([create("criterion", {key: values})], created=[key])


def update_criterion(session: Session, criterion_id: str, values: Mapping[str, Any]) -> Edit:
    """Change fields of a criterion (a built-in one renamed becomes the user's text,
    ``operations.naming``). Refused: an empty name, a negative weight, weights that would sum
    to zero, a scale whose end would not lie above its start."""
    criteria = load_criteria(session)
    (current,) = (c for c in criteria if c.id == criterion_id)
    if "name" in values and not str(values["name"]).strip():
        raise EditRefusedError(Refusal.EMPTY_TEXT)
    if "weight" in values:
        _check_weights(criteria, {criterion_id: float(values["weight"])})
    low = values.get("scale_min", current.scale_min)
    high = values.get("scale_max", current.scale_max)
    if high <= low:
        raise EditRefusedError(Refusal.EMPTY_SCALE)
    named = own_name(session, "criterion", criterion_id, values)
    return Edit([change(session, "criterion", {criterion_id: named})])


def apply_weights(session: Session, weights: Mapping[str, float]) -> Edit:
    """Set the weights of several criteria at once (what the what-if sliders tried), as one
    edit. Refused: a negative weight, weights that would sum to zero."""
    _check_weights(load_criteria(session), weights)
    return Edit(
        [change(session, "criterion", {key: {"weight": float(w)} for key, w in weights.items()})]
    )


def delete_criteria(session: Session, ids: Sequence[str]) -> Edit:
    """Delete criteria with their scores. Refused when criteria would be left whose weights
    sum to zero (deleting all of them is allowed: the matrix then asks for new ones)."""
    criteria = load_criteria(session)
    doomed = [c.id for c in criteria if c.id in set(ids)]
    left = [c.weight for c in criteria if c.id not in doomed]
    if left and sum(left) <= 0:
        raise EditRefusedError(Refusal.NO_WEIGHT_LEFT)
    return Edit(
        [
            delete("criterion", doomed),
            delete("score", scores_of(session, criterion_ids=doomed)),
        ]
    )


def _check_weights(criteria: Sequence[CriterionRow], new: Mapping[str, float]) -> None:
    """Refuse new weights that are negative or leave the live criteria weighing nothing."""
    if any(weight < 0 for weight in new.values()):
        raise EditRefusedError(Refusal.NEGATIVE_WEIGHT)
    if sum(new.get(c.id, c.weight) for c in criteria) <= 0:
        raise EditRefusedError(Refusal.NO_WEIGHT_LEFT)
