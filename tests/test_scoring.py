"""The scoring arithmetic: unit cases computed by hand and properties checked by hypothesis."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lk40_desktop.services.scoring.arithmetic import (
    Aggregation,
    CriterionSpec,
    ScoringInput,
    evaluate,
    order,
    ranks,
    utilities,
)
from lk40_desktop.services.scoring.sensitivity import sensitivity

NAN = math.nan


def _input(
    scores: list[list[list[float]]],
    weights: list[float],
    cost: list[bool] | None = None,
    scale: tuple[float, float] = (0, 5),
) -> ScoringInput:
    cost = cost or [False] * len(weights)
    criteria = [
        CriterionSpec(f"c{i}", w, scale[0], scale[1], cost[i]) for i, w in enumerate(weights)
    ]
    array = np.array(scores, dtype=float)
    return ScoringInput(
        [f"p{i}" for i in range(array.shape[0])],
        criteria,
        [f"r{i}" for i in range(array.shape[2])],
        array,
    )


def test_hand_computed_totals_and_ranks() -> None:
    # two criteria 60/40 on 0–5, one rater
    data = _input([[[5], [0]], [[0], [5]], [[5], [5]]], [60, 40])
    result = evaluate(data)
    assert result.totals.tolist() == pytest.approx([60.0, 40.0, 100.0])
    assert result.ranks.tolist() == [2, 3, 1]


def test_cost_criteria_are_inverted() -> None:
    data = _input([[[1]], [[4]]], [1], cost=[True])
    result = evaluate(data)
    assert result.totals.tolist() == pytest.approx([80.0, 20.0])
    assert result.ranks.tolist() == [1, 2]


def test_missing_scores_are_missing_not_zero() -> None:
    # p0 has only criterion 0 (a 5), p1 has a 5 and a 0
    data = _input([[[5], [NAN]], [[5], [0]]], [50, 50])
    result = evaluate(data)
    assert result.totals[0] == pytest.approx(100.0), "renormalised over what was scored"
    assert result.totals[1] == pytest.approx(50.0)
    assert result.missing.tolist() == [1, 0] and result.missing_total == 1
    assert math.isnan(result.aggregated[0, 1])


def test_a_proposal_without_scores_has_no_rank() -> None:
    result = evaluate(_input([[[NAN]], [[3]]], [1]))
    assert math.isnan(result.totals[0]) and math.isnan(result.ranks[0]) and result.ranks[1] == 1
    assert order(result.totals) == [1, 0]


def test_mean_median_and_spread_over_raters() -> None:
    data = _input([[[1, 2, 5, NAN]]], [1])
    mean = evaluate(data, Aggregation.MEAN)
    median = evaluate(data, Aggregation.MEDIAN)
    assert mean.aggregated[0, 0] == pytest.approx(8 / 3)
    assert median.aggregated[0, 0] == pytest.approx(2.0)
    assert mean.spread[0, 0] == pytest.approx(4.0)


def test_no_raters_yet_is_nothing_scored_not_an_error() -> None:
    data = _input([[[]], [[]]], [1])  # two proposals, one criterion, nobody to rate yet
    for method in Aggregation:
        result = evaluate(data, method)
        assert np.isnan(result.totals).all() and result.missing.tolist() == [1, 1]


def test_one_raters_totals() -> None:
    data = _input([[[5, 0]], [[0, 5]]], [1])
    assert evaluate(data.of_rater(0)).totals.tolist() == pytest.approx([100.0, 0.0])
    assert evaluate(data.of_rater(1)).ranks.tolist() == [2, 1]
    assert evaluate(data).totals.tolist() == pytest.approx([50.0, 50.0])


def test_ties_share_a_rank_and_keep_their_order() -> None:
    totals = np.array([50.0, 70.0, 50.0, 70.0, 10.0])
    assert ranks(totals).tolist() == [3, 1, 3, 1, 5]
    assert order(totals) == [1, 3, 0, 2, 4]


def test_zero_weight_sum_is_refused() -> None:
    with pytest.raises(ValueError, match="zero"):
        evaluate(_input([[[1]]], [0]))
    with pytest.raises(ValueError, match="negative"):
        evaluate(_input([[[1], [2]]], [2, -1]))


def test_scale_other_than_zero_to_five() -> None:
    data = _input([[[1]], [[10]], [[5.5]]], [1], scale=(1, 10))
    assert utilities(data.scores[:, :, 0], data.criteria)[:, 0].tolist() == pytest.approx(
        [0, 1, 0.5]
    )


def test_portfolio_axes() -> None:
    criteria = [
        CriterionSpec("n", 1, 0, 5, False, "benefit"),
        CriterionSpec("k", 1, 0, 5, True, "effort"),
        CriterionSpec("u", 1, 0, 5, False, "effort"),
    ]
    data = ScoringInput(["a"], criteria, ["r"], np.array([[[4], [5], [5]]], dtype=float))
    result = evaluate(data)
    assert result.benefit[0] == pytest.approx(80.0)
    assert result.effort[0] == pytest.approx(50.0), "full costs (100) and easy to do (0) average"


# -- sensitivity, checked against cases computed by hand ------------------------------------------


def test_sensitivity_two_proposals_two_criteria() -> None:
    # u = utilities; A = (1, 0), B = (0, 1); weights 50/50 → tie at share 0.5.
    # With weights 70/30 (share of c0 = 0.7): A = 0.7 > B = 0.3. A stays first while s > 0.5.
    utility = np.array([[1.0, 0.0], [0.0, 1.0]])
    ranges = sensitivity(utility, [70, 30])
    assert ranges[0][0] is not None and ranges[0][0].low == pytest.approx(0.5)
    assert ranges[0][0].high == pytest.approx(1.0)
    # for criterion c1 (share 0.3): A stays first while share of c1 < 0.5
    assert ranges[0][1] is not None and ranges[0][1].low == pytest.approx(0.0)
    assert ranges[0][1].high == pytest.approx(0.5)


def test_sensitivity_three_proposals() -> None:
    # c0 share s: A = 0.9 s + 0.2 (1-s), B = 0.5 s + 0.6 (1-s), C = 0.1 s + 0.7 (1 - s)
    # A = B at s = 0.5; A = C at s = 0.5 / 1.3 ≈ 0.3846; B = C at s = 0.1 / 0.5 = 0.2
    utility = np.array([[0.9, 0.2], [0.5, 0.6], [0.1, 0.7]])
    ranges = sensitivity(utility, [60, 40])  # s = 0.6: A 0.62, B 0.54, C 0.34
    a, b, c = (ranges[i][0] for i in range(3))
    assert a is not None and (a.low, a.high) == pytest.approx((0.5, 1.0))
    assert b is not None and (b.low, b.high) == pytest.approx((0.5, 1.0))
    assert c is not None and (c.low, c.high) == pytest.approx((0.5 / 1.3, 1.0))


def test_sensitivity_matches_brute_force() -> None:
    rng = np.random.default_rng(3)
    utility = rng.random((8, 4))
    utility[2, 1] = np.nan
    weights = [30.0, 20.0, 40.0, 10.0]
    ranges = sensitivity(utility, weights)
    from lk40_desktop.services.scoring.arithmetic import weighted_totals

    base = ranks(weighted_totals(utility, np.array(weights)))
    for column in range(4):
        for share in np.linspace(0.001, 0.999, 400):
            others = np.array(weights) / (sum(weights) - weights[column]) * (1 - share)
            others[column] = share
            now = ranks(weighted_totals(utility, others))
            for row in range(8):
                interval = ranges[row][column]
                assert interval is not None
                if interval.low + 1e-6 < share < interval.high - 1e-6:
                    assert now[row] == base[row], (row, column, share, interval)


# -- properties ------------------------------------------------------------------------------------

score_values = st.one_of(st.just(NAN), st.integers(min_value=0, max_value=5).map(float))


@st.composite
def scoring_inputs(draw: st.DrawFn) -> ScoringInput:
    proposals = draw(st.integers(min_value=1, max_value=8))
    criteria = draw(st.integers(min_value=1, max_value=5))
    raters = draw(st.integers(min_value=1, max_value=3))
    weights = draw(
        st.lists(st.floats(min_value=0.5, max_value=100), min_size=criteria, max_size=criteria)
    )
    cost = draw(st.lists(st.booleans(), min_size=criteria, max_size=criteria))
    scores = draw(
        st.lists(
            st.lists(
                st.lists(score_values, min_size=raters, max_size=raters),
                min_size=criteria,
                max_size=criteria,
            ),
            min_size=proposals,
            max_size=proposals,
        )
    )
    return _input(scores, weights, cost)


@given(scoring_inputs(), st.floats(min_value=0.01, max_value=1000))
@settings(max_examples=150, deadline=None)
def test_ranking_is_invariant_under_scaling_all_weights(data: ScoringInput, factor: float) -> None:
    weights = [c.weight for c in data.criteria]
    before = evaluate(data)
    after = evaluate(data, weights=[w * factor for w in weights])
    assert np.array_equal(before.ranks, after.ranks, equal_nan=True)
    assert order(before.totals) == order(after.totals)


@given(scoring_inputs())
@settings(max_examples=150, deadline=None)
def test_missing_scores_never_count_as_zero(data: ScoringInput) -> None:
    result = evaluate(data)
    for row in range(len(data.proposal_ids)):
        scored = ~np.isnan(result.utility[row])
        if not scored.any():
            assert math.isnan(result.totals[row])
            continue
        weights = np.array([c.weight for c in data.criteria])[scored]
        expected = 100 * (result.utility[row][scored] * weights).sum() / weights.sum()
        assert result.totals[row] == pytest.approx(expected)


@given(scoring_inputs())
@settings(max_examples=100, deadline=None)
def test_ranks_are_consistent_with_totals(data: ScoringInput) -> None:
    result = evaluate(data)
    valid = [i for i in range(len(result.totals)) if not math.isnan(result.totals[i])]
    for i in valid:
        better = sum(1 for j in valid if round(result.totals[j], 9) > round(result.totals[i], 9))
        assert result.ranks[i] == better + 1
    best_first = order(result.totals)
    ranked = [result.ranks[i] for i in best_first if not math.isnan(result.ranks[i])]
    assert ranked == sorted(ranked)


@given(scoring_inputs(), st.data())
@settings(max_examples=100, deadline=None)
def test_a_higher_cost_score_never_raises_the_total(
    data: ScoringInput, draw: st.DataObject
) -> None:
    cost_columns = [i for i, c in enumerate(data.criteria) if c.cost]
    assume(cost_columns)
    column = draw.draw(st.sampled_from(cost_columns))
    row = draw.draw(st.integers(min_value=0, max_value=len(data.proposal_ids) - 1))
    assume(not np.isnan(data.scores[row, column]).all())
    before = evaluate(data).totals[row]
    worse = data.scores.copy()
    worse[row, column] = np.where(
        np.isnan(worse[row, column]), np.nan, np.minimum(worse[row, column] + 1, 5)
    )
    after = evaluate(ScoringInput(data.proposal_ids, data.criteria, data.rater_ids, worse)).totals[
        row
    ]
    assert after <= before + 1e-9
