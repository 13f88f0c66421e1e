"""What a scoring matrix still lacks before it ranks anything, named step by step: the hint
below the matrix says the first missing step, not a guess ("no criteria with weight" when the
criteria were there and the raters were missing)."""

from __future__ import annotations

from enum import StrEnum

import numpy as np

from lk40_desktop.services.scoring.evaluation import Evaluation


class MissingStep(StrEnum):
    """The steps of an evaluation, in the order a facilitator takes them."""

    CRITERIA = "criteria"
    """No criteria at all."""
    WEIGHTS = "weights"
    """Criteria whose weights sum to zero: nothing would count."""
    PROPOSALS = "proposals"
    """No project proposals (of the chosen action field)."""
    RATERS = "raters"
    """Nobody to enter scores for: no rater or group yet."""
    SCORES = "scores"
    """Raters, but no score entered yet."""


def missing_step(evaluation: Evaluation) -> MissingStep | None:
    """The first step the evaluation lacks; None when scores exist to be ranked."""
    if not evaluation.criteria:
        return MissingStep.CRITERIA
    if sum(max(0.0, c.spec.weight) for c in evaluation.criteria) <= 0:
        return MissingStep.WEIGHTS
    if not evaluation.proposals:
        return MissingStep.PROPOSALS
    if not evaluation.raters:
        return MissingStep.RATERS
    if not np.any(~np.isnan(evaluation.input.scores)):
        return MissingStep.SCORES
    return None


def can_rank(step: MissingStep | None) -> bool:
    """Whether the arithmetic can run (it can with missing proposals, raters or scores: the
    matrix then shows what is there, without totals)."""
    return step not in (MissingStep.CRITERIA, MissingStep.WEIGHTS)
