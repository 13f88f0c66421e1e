"""The sensitivity of the ranking to each weight: within which share of the total weight a
criterion can move before a proposal changes rank (closed form, no sampling).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from lk40_desktop.services.scoring.arithmetic import FloatArray, check_weights


@dataclass(frozen=True)
class StableRange:
    """The share of one criterion's weight (0–1) within which a proposal keeps its rank."""

    low: float
    high: float


def sensitivity(utility: FloatArray, weights: Sequence[float]) -> list[list[StableRange | None]]:
    """For each proposal and criterion: the weight-share interval that keeps the rank.

    Changing one criterion's share ``s`` of the total weight (the others keep their
    proportions) makes every total a ratio of two linear functions of ``s``; two proposals
    swap places where those ratios are equal, a root of a quadratic. The stable interval of a
    proposal is bounded by the nearest such crossing on either side of the current share.
    None where the proposal has no total.
    """
    weight_array = np.array(weights, dtype=float)
    check_weights(weight_array.tolist())
    total_weight = weight_array.sum()
    present = ~np.isnan(utility)
    filled = np.where(present, utility, 0.0)
    result: list[list[StableRange | None]] = [[] for _ in range(utility.shape[0])]
    for column in range(utility.shape[1]):
        share = weight_array[column] / total_weight
        others = weight_array.copy()
        others[column] = 0.0
        other_sum = others.sum()
        normalised = others / other_sum if other_sum > 0 else others
        # N(s) = y + s (x - y), D(s) = b + s (a - b)
        x = filled[:, column]
        a = present[:, column].astype(float)
        y = (filled * normalised).sum(axis=1)
        b = (present * normalised).sum(axis=1)
        low, high = _stable_interval(x, a, y, b, share)
        defined = (b + share * (a - b)) > 0
        for row in range(utility.shape[0]):
            result[row].append(
                StableRange(float(low[row]), float(high[row])) if defined[row] else None
            )
    return result


def _stable_interval(
    x: FloatArray, a: FloatArray, y: FloatArray, b: FloatArray, share: float
) -> tuple[FloatArray, FloatArray]:
    """Nearest crossing below and above ``share`` for every proposal (0 and 1 if none)."""
    dx, db = (x - y)[:, None], (a - b)[:, None]
    y_p, b_p = y[:, None], b[:, None]
    dx_q, db_q, y_q, b_q = dx.T, db.T, y_p.T, b_p.T
    quad = dx * db_q - dx_q * db
    lin = y_p * db_q + dx * b_q - y_q * db - dx_q * b_p
    const = y_p * b_q - y_q * b_p
    defined = ((b_p + share * db) > 0) & ((b_q + share * db_q) > 0)
    roots = _roots_in_unit_interval(quad, lin, const)
    eps = 1e-12
    low = np.zeros(len(x))
    high = np.ones(len(x))
    for root in roots:
        valid = defined & ~np.isnan(root)
        below = np.where(valid & (root < share - eps), root, -np.inf).max(axis=1)
        above = np.where(valid & (root > share + eps), root, np.inf).min(axis=1)
        low = np.maximum(low, below)
        high = np.minimum(high, above)
    return low, high


def _roots_in_unit_interval(
    quad: FloatArray, lin: FloatArray, const: FloatArray
) -> list[FloatArray]:
    """The real roots of quad·s² + lin·s + const in [0, 1], elementwise (NaN where none)."""
    eps = 1e-12
    with np.errstate(invalid="ignore", divide="ignore"):
        linear_root = np.where(np.abs(lin) > eps, -const / lin, np.nan)
        disc = lin * lin - 4 * quad * const
        sqrt_disc = np.sqrt(np.where(disc >= 0, disc, np.nan))
        root_1 = (-lin - sqrt_disc) / (2 * quad)
        root_2 = (-lin + sqrt_disc) / (2 * quad)
    is_quadratic = np.abs(quad) > eps
    first = np.where(is_quadratic, root_1, linear_root)
    second = np.where(is_quadratic, root_2, np.nan)
    # identical functions never cross; ties now do not bound the interval
    identical = (np.abs(quad) <= eps) & (np.abs(lin) <= eps)
    roots = []
    for candidate in (first, second):
        root = np.where(identical, np.nan, candidate)
        roots.append(np.where((root >= -eps) & (root <= 1 + eps), np.clip(root, 0.0, 1.0), np.nan))
    return roots
