"""Operations of the scoring matrix, without Qt: scores, the aggregation setting, criteria and
their weights, with the rules the matrix and the criteria table obey, and what undo restores."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pytest
from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.proposals import create_proposal
from lk40_desktop.operations.scoring import (
    NEW_CRITERION,
    add_criterion,
    apply_weights,
    clear_scores,
    delete_criteria,
    set_aggregation,
    set_score,
    update_criterion,
)
from lk40_desktop.services.scoring.arithmetic import Aggregation
from lk40_desktop.services.scoring.criteria import CriterionRow, load_criteria
from lk40_desktop.services.scoring.evaluation import (
    AGGREGATION_KEY,
    Evaluation,
    aggregation_setting,
    load_evaluation,
)
from lk40_desktop.services.scoring.scores import score_ids, scores_of
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.queries import setting_row


def _evaluation(document: WorkshopDocument) -> Evaluation:
    with document.reading() as session:
        return load_evaluation(session)


def _criteria(document: WorkshopDocument) -> list[CriterionRow]:
    with document.reading() as session:
        return load_criteria(session)


def _refusal(document: WorkshopDocument, build: Callable[[Session], Edit]) -> Refusal:
    with document.reading() as session, pytest.raises(EditRefusedError) as refused:
        build(session)
    return refused.value.refusal


def test_a_score_is_changed_cleared_and_restored(demo_document: WorkshopDocument) -> None:
    evaluation = _evaluation(demo_document)
    proposal, criterion = evaluation.proposals[0].id, evaluation.criteria[0].spec.id
    rater = evaluation.raters[0][0]
    before = evaluation.input.scores[0, 0, 0]
    assert not math.isnan(before)
    new = 5.0 if before != 5.0 else 0.0

    changed = perform(demo_document, lambda s: set_score(s, proposal, criterion, rater, new))
    assert _evaluation(demo_document).input.scores[0, 0, 0] == new
    cleared = perform(demo_document, lambda s: set_score(s, proposal, criterion, rater, None))
    assert math.isnan(_evaluation(demo_document).input.scores[0, 0, 0]), "missing, not zero"
    with demo_document.reading() as session:
        assert not set_score(session, proposal, criterion, rater, None), "nothing to clear"
    revert(demo_document, cleared)
    assert _evaluation(demo_document).input.scores[0, 0, 0] == new
    revert(demo_document, changed)
    assert _evaluation(demo_document).input.scores[0, 0, 0] == before
    with demo_document.reading() as session:
        assert not set_score(session, proposal, criterion, rater, float(before)), "no change"


def test_a_first_score_creates_its_row(demo_document: WorkshopDocument) -> None:
    new_proposal = perform(demo_document, lambda s: create_proposal(s, {"title": "Neu"}))
    (proposal,) = new_proposal.created
    evaluation = _evaluation(demo_document)
    row = evaluation.input.proposal_ids.index(proposal)
    criterion, rater = evaluation.criteria[2].spec.id, evaluation.raters[1][0]
    assert np.isnan(evaluation.input.scores[row]).all()

    edit = perform(demo_document, lambda s: set_score(s, proposal, criterion, rater, 3.5))
    scores = _evaluation(demo_document).input.scores
    assert scores[row, 2, 1] == 3.5
    assert int((~np.isnan(scores[row])).sum()) == 1, "one cell, one score"
    with demo_document.reading() as session:
        assert score_ids(session, rater, [(proposal, criterion)]) == {
            (proposal, criterion): edit.created[0]
        }
    revert(demo_document, edit)
    assert np.isnan(_evaluation(demo_document).input.scores[row]).all()


def test_a_score_outside_the_scale_is_refused(demo_document: WorkshopDocument) -> None:
    evaluation = _evaluation(demo_document)
    proposal, criterion = evaluation.proposals[0].id, evaluation.criteria[0].spec.id
    rater = evaluation.raters[0][0]
    for value in (5.5, -1.0):
        with demo_document.reading() as session, pytest.raises(EditRefusedError) as refused:
            set_score(session, proposal, criterion, rater, value)
        assert refused.value.refusal is Refusal.OUT_OF_SCALE and refused.value.detail == "0–5"
    new_proposal = perform(demo_document, lambda s: create_proposal(s, {"title": "Neu"}))
    with demo_document.reading() as session:
        for value in (0.0, 5.0):
            edit = set_score(session, new_proposal.created[0], criterion, rater, value)
            assert edit.steps[0].rows, "the scale's ends are allowed"


def test_clearing_a_selection_is_one_edit(demo_document: WorkshopDocument) -> None:
    evaluation = _evaluation(demo_document)
    rater_index = 3
    rater = evaluation.raters[rater_index][0]
    cells = [
        (evaluation.proposals[p].id, evaluation.criteria[c].spec.id)
        for p in range(3)
        for c in range(2)
    ]
    given = ~np.isnan(evaluation.input.scores[:3, :2, rater_index])
    edit = perform(demo_document, lambda s: clear_scores(s, rater, cells))
    assert len(edit.steps) == 1 and len(edit.steps[0].ids) == int(given.sum()) > 0
    after = _evaluation(demo_document).input.scores
    assert np.isnan(after[:3, :2, rater_index]).all()
    assert np.array_equal(
        after[:, :, :rater_index], evaluation.input.scores[:, :, :rater_index], equal_nan=True
    ), "other raters' scores stay"
    revert(demo_document, edit)
    restored = _evaluation(demo_document).input.scores[:3, :2, rater_index]
    assert (np.isnan(restored) == ~given).all()


def test_the_aggregation_setting_is_created_changed_and_revived(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        assert setting_row(session, AGGREGATION_KEY) is None
        assert not set_aggregation(session, Aggregation.MEAN), "already the default"
    created = perform(demo_document, lambda s: set_aggregation(s, Aggregation.MEDIAN))
    with demo_document.reading() as session:
        assert aggregation_setting(session) is Aggregation.MEDIAN
        row = setting_row(session, AGGREGATION_KEY)
        assert row is not None and row.live
    changed = perform(demo_document, lambda s: set_aggregation(s, Aggregation.MEAN))
    with demo_document.reading() as session:
        assert aggregation_setting(session) is Aggregation.MEAN
        assert setting_row(session, AGGREGATION_KEY) == row.__class__(row.id, "mean", True)
    revert(demo_document, changed)
    revert(demo_document, created)
    with demo_document.reading() as session:
        assert aggregation_setting(session) is Aggregation.MEAN
        deleted = setting_row(session, AGGREGATION_KEY)
        assert deleted is not None and not deleted.live and deleted.id == row.id
    perform(demo_document, lambda s: set_aggregation(s, Aggregation.MEDIAN))
    with demo_document.reading() as session:
        assert aggregation_setting(session) is Aggregation.MEDIAN
        assert setting_row(session, AGGREGATION_KEY) == row.__class__(row.id, "median", True), (
            "the one row of the key is revived, not created again"
        )


def test_adding_a_criterion(demo_document: WorkshopDocument) -> None:
    before = _criteria(demo_document)
    edit = perform(demo_document, lambda s: add_criterion(s, "Akzeptanz"))
    after = _criteria(demo_document)
    assert [c.id for c in after[:-1]] == [c.id for c in before]
    added = after[-1]
    assert (added.id, added.name, added.position) == (edit.created[0], "Akzeptanz", 6)
    assert (added.weight, added.scale_min, added.scale_max) == (10.0, 0, 5)
    assert (added.direction, added.portfolio_axis) == (
        NEW_CRITERION["direction"],
        NEW_CRITERION["portfolio_axis"],
    )
    assert _refusal(demo_document, lambda s: add_criterion(s, " ")) is Refusal.EMPTY_TEXT
    revert(demo_document, edit)
    assert _criteria(demo_document) == before


def test_updating_a_criterion_and_its_rules(demo_document: WorkshopDocument) -> None:
    before = _criteria(demo_document)
    first = before[0].id
    edit = perform(
        demo_document, lambda s: update_criterion(s, first, {"weight": 40.0, "scale_max": 10})
    )
    changed = _criteria(demo_document)[0]
    assert (changed.weight, changed.scale_min, changed.scale_max) == (40.0, 0, 10)
    revert(demo_document, edit)
    assert _criteria(demo_document) == before

    for values, refusal in (
        ({"name": ""}, Refusal.EMPTY_TEXT),
        ({"weight": -5.0}, Refusal.NEGATIVE_WEIGHT),
        ({"scale_max": 0}, Refusal.EMPTY_SCALE),
        ({"scale_min": 5}, Refusal.EMPTY_SCALE),
        ({"scale_min": 3, "scale_max": 2}, Refusal.EMPTY_SCALE),
    ):
        assert _refusal(demo_document, lambda s, v=values: update_criterion(s, first, v)) is refusal
    zero_others = {c.id: 0.0 for c in before[1:]}
    perform(demo_document, lambda s: apply_weights(s, zero_others))
    assert (
        _refusal(demo_document, lambda s: update_criterion(s, first, {"weight": 0.0}))
        is Refusal.NO_WEIGHT_LEFT
    )
    perform(demo_document, lambda s: update_criterion(s, first, {"weight": 1.0}))
    assert _criteria(demo_document)[0].weight == 1.0
    assert _criteria(demo_document) != before


def test_applying_tried_weights_is_one_edit(demo_document: WorkshopDocument) -> None:
    before = _criteria(demo_document)
    weights = {c.id: w for c, w in zip(before, [0, 0, 0, 0, 100, 0], strict=True)}
    edit = perform(demo_document, lambda s: apply_weights(s, weights))
    assert len(edit.steps) == 1
    assert [c.weight for c in _criteria(demo_document)] == [0, 0, 0, 0, 100, 0]
    revert(demo_document, edit)
    assert _criteria(demo_document) == before
    nothing = dict.fromkeys(weights, 0.0)
    assert _refusal(demo_document, lambda s: apply_weights(s, nothing)) is Refusal.NO_WEIGHT_LEFT
    negative = {**weights, before[0].id: -1.0}
    assert _refusal(demo_document, lambda s: apply_weights(s, negative)) is Refusal.NEGATIVE_WEIGHT


def test_deleting_criteria_takes_their_scores(demo_document: WorkshopDocument) -> None:
    before = _criteria(demo_document)
    doomed = [before[0].id, before[5].id]
    with demo_document.reading() as session:
        scores = scores_of(session, criterion_ids=doomed)
        others = scores_of(session, criterion_ids=[before[1].id])
    assert len(scores) > 100
    edit = perform(demo_document, lambda s: delete_criteria(s, doomed))
    assert [c.id for c in _criteria(demo_document)] == [c.id for c in before[1:5]]
    with demo_document.reading() as session:
        assert scores_of(session, criterion_ids=doomed) == []
        assert sorted(scores_of(session, criterion_ids=[before[1].id])) == sorted(others)
    revert(demo_document, edit)
    assert _criteria(demo_document) == before
    with demo_document.reading() as session:
        assert sorted(scores_of(session, criterion_ids=doomed)) == sorted(scores)


def test_deleting_criteria_must_leave_some_weight(demo_document: WorkshopDocument) -> None:
    before = _criteria(demo_document)
    perform(demo_document, lambda s: apply_weights(s, {before[0].id: 0.0, before[1].id: 0.0}))
    keep_zero = [c.id for c in before[2:]]
    assert _refusal(demo_document, lambda s: delete_criteria(s, keep_zero)) is (
        Refusal.NO_WEIGHT_LEFT
    )
    everything = [c.id for c in before]
    perform(demo_document, lambda s: delete_criteria(s, everything))
    assert _criteria(demo_document) == [], "all at once is allowed: the matrix asks for new ones"
