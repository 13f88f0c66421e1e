"""Scoring with 300 proposals × 12 criteria × 10 raters: recompute of all totals and ranks
after one score changes, and the sensitivity of the ranking to every weight, each against a
plain NumPy computation of the same weighted sums in the same run.

Baselines: recompute — mean over raters and one matrix product with the weights;
sensitivity — those weighted sums for 101 shares of every criterion's weight (what a grid
search would compute), without missing-score handling, ranks or exact crossing points.

Usage: python benchmarks/scoring.py [--runs N]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

import numpy as np

from lk40_desktop.services.scoring.arithmetic import CriterionSpec, ScoringInput, evaluate
from lk40_desktop.services.scoring.sensitivity import sensitivity

PROPOSALS, CRITERIA, RATERS = 300, 12, 10


def build() -> ScoringInput:
    rng = np.random.default_rng(11)
    scores = rng.integers(0, 6, size=(PROPOSALS, CRITERIA, RATERS)).astype(float)
    scores[rng.random(scores.shape) < 0.05] = np.nan  # some raters skip some cells
    criteria = [
        CriterionSpec(
            f"c{i}",
            float(rng.integers(1, 30)),
            0,
            5,
            i % 4 == 3,
            ("benefit", "effort", "none")[i % 3],
        )
        for i in range(CRITERIA)
    ]
    return ScoringInput(
        [f"p{i}" for i in range(PROPOSALS)], criteria, [f"r{i}" for i in range(RATERS)], scores
    )


def median_ms(work: Callable[[], object], runs: int) -> float:
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=25)
    runs = parser.parse_args().runs
    data = build()
    weights = np.array([c.weight for c in data.criteria])
    rng = np.random.default_rng(5)

    def recompute() -> object:
        p, c, r = rng.integers(PROPOSALS), rng.integers(CRITERIA), rng.integers(RATERS)
        data.scores[p, c, r] = float(rng.integers(0, 6))  # one score changes
        return evaluate(data)

    def numpy_recompute() -> object:
        return np.nanmean(data.scores, axis=2) @ weights

    result = evaluate(data)

    def analyse() -> object:
        return sensitivity(result.utility, weights.tolist())

    def numpy_grid() -> object:
        means = np.nan_to_num(np.nanmean(data.scores, axis=2) / 5)
        totals = []
        for column in range(CRITERIA):
            others = weights.copy()
            others[column] = 0
            others /= others.sum()
            for share in np.linspace(0, 1, 101):
                trial = others * (1 - share)
                trial[column] = share
                totals.append(means @ trial)
        return totals

    recompute_ms, base_recompute = median_ms(recompute, runs), median_ms(numpy_recompute, runs)
    sensitivity_ms, base_sensitivity = (
        median_ms(analyse, max(5, runs // 5)),
        median_ms(numpy_grid, max(5, runs // 5)),
    )
    print(f"{'300 × 12 × 10':<44}{'LK40 ms':>10}{'NumPy ms':>10}{'ratio':>8}")
    for name, ours, base, target in (
        ("recompute totals and ranks (one score)", recompute_ms, base_recompute, "20 ms"),
        ("sensitivity of all 12 weights", sensitivity_ms, base_sensitivity, "1000 ms"),
    ):
        print(f"{name:<44}{ours:>10.2f}{base:>10.2f}{ours / base:>8.1f}   target <= {target}")
    print(
        json.dumps(
            {
                "recompute_ms": round(recompute_ms, 2),
                "recompute_numpy_ms": round(base_recompute, 2),
                "recompute_ratio": round(recompute_ms / base_recompute, 2),
                "sensitivity_ms": round(sensitivity_ms, 1),
                "sensitivity_numpy_ms": round(base_sensitivity, 1),
                "sensitivity_ratio": round(sensitivity_ms / base_sensitivity, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
