"""Weighted scoring (Nutzwertanalyse) without Qt: aggregation over raters, normalisation,
weighted totals, ranking, effort/benefit.

Conventions, chosen so the results can be defended in the Kreistag:

* Every score is normalised to a utility between 0 and 1 on its criterion's scale; for a
  cost criterion (lower is better) the scale is inverted.
* A missing score is missing, never zero: a proposal's total is the weighted mean of the
  utilities it has (weights renormalised over its scored criteria), and the result says how
  many scores are missing. A proposal without any score has no total and no rank.
* Totals are percentages of the best possible value (0–100). Ranks are competition ranks
  (1, 2, 2, 4): equal totals share a rank, and the order among them is stable (by position).
  Totals are compared after rounding to 9 decimals, so scaling all weights, which changes
  nothing mathematically, cannot change the ranking through floating-point noise.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


TIE_DECIMALS = 9


class Aggregation(StrEnum):
    """How the scores of several raters become one."""

    MEAN = "mean"
    MEDIAN = "median"


@dataclass(frozen=True)
class CriterionSpec:
    """A criterion as the arithmetic needs it."""

    id: str
    weight: float
    scale_min: float
    scale_max: float
    cost: bool
    """True when lower scores are better (e.g. costs, time until effect)."""
    axis: str = "none"
    """Portfolio axis: "benefit", "effort" or "none"."""


@dataclass
class ScoringInput:
    """Proposals × criteria × raters, NaN where a rater gave no score."""

    proposal_ids: list[str]
    criteria: list[CriterionSpec]
    rater_ids: list[str]
    scores: FloatArray
    """shape (proposals, criteria, raters)."""

    def aggregate(self, method: Aggregation) -> tuple[FloatArray, FloatArray]:
        """Per proposal and criterion: aggregated score and spread (max − min); NaN if none
        (also when there are no raters yet: NumPy refuses the maximum of nothing)."""
        values = self.scores
        if values.shape[2] == 0:
            missing = np.full(values.shape[:2], np.nan)
            return missing, missing.copy()
        present = ~np.isnan(values)
        counts = present.sum(axis=2)
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN slices: missing scores
            if method is Aggregation.MEDIAN:
                combined = np.nanmedian(values, axis=2)
            else:
                combined = np.nansum(values, axis=2) / np.where(counts == 0, 1, counts)
            spread = np.nanmax(values, axis=2) - np.nanmin(values, axis=2)
        combined = np.where(counts == 0, np.nan, combined)
        spread = np.where(counts == 0, np.nan, spread)
        return combined, spread

    def of_rater(self, rater: int) -> ScoringInput:
        """The same proposals and criteria with one rater's scores only: that rater's totals
        and ranking."""
        return ScoringInput(
            self.proposal_ids,
            self.criteria,
            [self.rater_ids[rater]],
            self.scores[:, :, rater : rater + 1],
        )


def utilities(values: FloatArray, criteria: Sequence[CriterionSpec]) -> FloatArray:
    """Scores (proposals × criteria) as utilities in [0, 1]; cost criteria inverted."""
    low = np.array([c.scale_min for c in criteria], dtype=float)
    high = np.array([c.scale_max for c in criteria], dtype=float)
    span = np.where(high > low, high - low, 1.0)
    utility = (np.clip(values, low, high) - low) / span
    cost = np.array([c.cost for c in criteria], dtype=bool)
    result: FloatArray = np.where(cost, 1.0 - utility, utility)
    return result


def check_weights(weights: Sequence[float]) -> None:
    """Weights must be non-negative and not all zero (a sum of zero means nothing counts)."""
    if any(weight < 0 for weight in weights):
        raise ValueError("negative weight")
    if sum(weights) <= 0:
        raise ValueError("weights sum to zero")


def weighted_totals(utility: FloatArray, weights: FloatArray) -> FloatArray:
    """Totals 0–100 per proposal, renormalising weights over each proposal's scored criteria."""
    present = ~np.isnan(utility)
    filled = np.where(present, utility, 0.0)
    weight_present = present * weights
    denominator = weight_present.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        totals = 100.0 * (filled * weights).sum(axis=1) / denominator
    return np.where(denominator > 0, totals, np.nan)


def ranks(totals: FloatArray) -> FloatArray:
    """Competition ranks (1 = best); equal totals share a rank; NaN totals get no rank."""
    rounded = np.round(totals, TIE_DECIMALS)
    result = np.full(len(totals), np.nan)
    valid = ~np.isnan(rounded)
    values = rounded[valid]
    # rank = 1 + number of strictly better totals
    ordered = np.sort(values)[::-1]
    better = np.searchsorted(-ordered, -values, side="left")
    result[valid] = better + 1
    return result


def order(totals: FloatArray) -> list[int]:
    """Row indices best first; ties keep their original order; unranked rows last."""
    rounded = np.round(totals, TIE_DECIMALS)
    keys = np.where(np.isnan(rounded), np.inf, -rounded)
    return [int(i) for i in np.argsort(keys, kind="stable")]


@dataclass
class ScoringResult:
    """Everything the matrix, the ranking and the portfolio show."""

    aggregated: FloatArray
    spread: FloatArray
    utility: FloatArray
    totals: FloatArray
    ranks: FloatArray
    missing: NDArray[np.int64]
    """Per proposal: how many criteria have no score at all."""
    benefit: FloatArray
    effort: FloatArray
    """Portfolio axes 0–100 (NaN when the axis has no scored criterion)."""

    @property
    def missing_total(self) -> int:
        """Cells (proposal × criterion) without any score."""
        return int(self.missing.sum())


def evaluate(
    data: ScoringInput,
    method: Aggregation = Aggregation.MEAN,
    weights: Sequence[float] | None = None,
) -> ScoringResult:
    """Aggregate, normalise, total, rank and place on the portfolio."""
    weight_values = [c.weight for c in data.criteria] if weights is None else list(weights)
    check_weights(weight_values)
    weight_array = np.array(weight_values, dtype=float)
    aggregated, spread = data.aggregate(method)
    utility = utilities(aggregated, data.criteria)
    totals = weighted_totals(utility, weight_array)
    axes = np.array([c.axis for c in data.criteria])
    benefit = _axis_total(utility, weight_array, axes == "benefit")
    # effort is the opposite of utility: high costs or poor feasibility mean high effort
    effort = _axis_total(1.0 - utility, weight_array, axes == "effort")
    return ScoringResult(
        aggregated,
        spread,
        utility,
        totals,
        ranks(totals),
        np.isnan(aggregated).sum(axis=1),
        benefit,
        effort,
    )


def _axis_total(values: FloatArray, weights: FloatArray, mask: NDArray[np.bool_]) -> FloatArray:
    if not mask.any() or weights[mask].sum() <= 0:
        return np.full(values.shape[0], np.nan)
    return weighted_totals(values[:, mask], weights[mask])
