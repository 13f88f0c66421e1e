"""The evaluation page: keyboard entry, weights and ranking, aggregation, portfolio, what-if."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from lk40_desktop.services.scoring.arithmetic import Aggregation, evaluate
from lk40_desktop.services.scoring.evaluation import aggregation_setting, load_evaluation
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.scoring.editor import ScoringEditor
from lk40_desktop.ui.scoring.matrix import LEADING


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    yield main
    main.close_project()


@pytest.fixture
def editor(window: MainWindow) -> ScoringEditor:
    window.navigation.setCurrentRow(3)
    return window.scoring.ensure_editor()


def _stored(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return load_evaluation(session)


def _choose_rater(editor: ScoringEditor, name: str) -> int:
    editor.rater_choice.setCurrentIndex(editor.rater_choice.findText(name))
    editor.rater_choice.activated.emit(editor.rater_choice.currentIndex())
    return editor.rater_choice.currentIndex() - 1


def test_the_page_loads_numpy_only_when_shown(window: MainWindow) -> None:
    assert window.scoring.editor is None, "nothing heavy is built before the page is shown"


def test_scores_are_entered_by_keyboard(
    window: MainWindow, editor: ScoringEditor, qtbot: QtBot
) -> None:
    rater = _choose_rater(editor, "Lenkungskreis")
    matrix = editor.matrix
    matrix.setFocus()
    matrix.setCurrentIndex(editor.matrix_model.index(0, LEADING))
    qtbot.keyClicks(matrix, "1")
    qtbot.keyClick(matrix.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(window).input.scores[0, 0, rater] == 1.0)
    assert matrix.currentIndex().row() == 1, "Enter moves down"
    qtbot.keyClicks(matrix, "2")
    qtbot.keyClick(matrix.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _stored(window).input.scores[1, 0, rater] == 2.0)
    assert matrix.currentIndex().column() == LEADING + 1, "Tab moves right"
    qtbot.keyClick(matrix.focusWidget(), Qt.Key.Key_Escape)
    matrix.setCurrentIndex(editor.matrix_model.index(0, LEADING))
    matrix.selectionModel().select(
        matrix.currentIndex(), matrix.selectionModel().SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(matrix, Qt.Key.Key_Delete)
    assert math.isnan(_stored(window).input.scores[0, 0, rater]), "cleared, not zero"
    assert editor.matrix_model.data(editor.matrix_model.index(0, LEADING)) == "–"
    window.menu_actions.undo.trigger()
    assert _stored(window).input.scores[0, 0, rater] == 1.0


def test_delete_clears_a_selection_in_one_undo_step(
    window: MainWindow, editor: ScoringEditor, qtbot: QtBot
) -> None:
    rater = _choose_rater(editor, "Lenkungskreis")
    before = _stored(window).input.scores.copy()
    matrix, model = editor.matrix, editor.matrix_model
    matrix.setFocus()
    matrix.setCurrentIndex(model.index(0, LEADING))
    matrix.selectionModel().select(
        QItemSelection(model.index(0, LEADING), model.index(2, LEADING + 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    qtbot.keyClick(matrix, Qt.Key.Key_Delete)
    after = _stored(window).input.scores
    assert np.isnan(after[:3, :2, rater]).all() and not np.isnan(before[:3, :2, rater]).all()
    assert np.array_equal(after[3:], before[3:], equal_nan=True), "only the selection"
    window.menu_actions.undo.trigger()
    assert np.array_equal(_stored(window).input.scores, before, equal_nan=True), "one step"


def test_out_of_scale_and_text_are_refused(window: MainWindow, editor: ScoringEditor) -> None:
    rater = _choose_rater(editor, "Lenkungskreis")
    before = _stored(window).input.scores[0, 0, rater]
    index = editor.matrix_model.index(0, LEADING)
    assert not editor.matrix_model.setData(index, "7")
    assert "Skala" in window.statusBar().currentMessage(), "the refusal says why"
    assert not editor.matrix_model.setData(index, "=cmd|' /C calc'!A0")
    assert editor.matrix_model.setData(index, "3,5")
    assert _stored(window).input.scores[0, 0, rater] == 3.5 != before


def test_aggregated_view_is_read_only_and_shows_totals(editor: ScoringEditor) -> None:
    model = editor.matrix_model
    assert not model.flags(model.index(0, LEADING)) & Qt.ItemFlag.ItemIsEditable
    count = model.criterion_count()
    ranks = sorted(
        int(model.data(model.index(row, LEADING + count + 1))) for row in range(model.rowCount())
    )
    assert ranks[0] == 1 and len(ranks) == 19


def test_changing_a_weight_changes_the_ranking(window: MainWindow, editor: ScoringEditor) -> None:
    assert editor.result is not None
    before = editor.result.ranks.tolist()
    criteria = editor.criteria.model
    cost_row = next(r for r in range(criteria.rowCount()) if criteria.value(r, "name") == "Kosten")
    assert criteria.setData(criteria.index(cost_row, 1), 400.0)
    assert criteria.data(criteria.index(cost_row, 2)) == "82,5 %"  # 400 / (400 + 85)
    stored = _stored(window)
    expected = evaluate(stored.input).ranks.tolist()
    assert editor.result.ranks.tolist() == expected != before, "the matrix follows at once"
    window.menu_actions.undo.trigger()
    assert editor.result.ranks.tolist() == before


def test_weight_sum_zero_and_negative_are_refused(editor: ScoringEditor) -> None:
    criteria = editor.criteria.model
    for row in range(criteria.rowCount() - 1):
        assert criteria.setData(criteria.index(row, 1), 0.0)
    last = criteria.rowCount() - 1
    assert not criteria.setData(criteria.index(last, 1), 0.0)
    assert "null" in editor.criteria.message.text()
    assert not criteria.setData(criteria.index(last, 1), -5.0)
    assert "negativ" in editor.criteria.message.text()
    assert criteria.data(criteria.index(last, 2)) == "100,0 %"


def test_median_is_a_project_setting(window: MainWindow, editor: ScoringEditor) -> None:
    editor.aggregation.setCurrentIndex(1)
    editor.aggregation.activated.emit(1)
    assert window.controller is not None
    with window.controller.document.reading() as session:
        assert aggregation_setting(session) is Aggregation.MEDIAN
    window.menu_actions.undo.trigger()
    with window.controller.document.reading() as session:
        assert aggregation_setting(session) is Aggregation.MEAN
    assert editor.aggregation.currentData() == "mean"


def test_filter_by_action_field_ranks_within_the_field(editor: ScoringEditor) -> None:
    editor.field_filter.setCurrentIndex(editor.field_filter.findText("Energie"))
    editor.field_filter.activated.emit(editor.field_filter.currentIndex())
    assert editor.matrix_model.rowCount() == 2
    assert editor.result is not None and sorted(editor.result.ranks.tolist()) == [1, 2]


def test_portfolio_renders_to_png(editor: ScoringEditor, tmp_path: Path) -> None:
    editor.tabs.setCurrentIndex(2)
    target = tmp_path / "bilder" / "portfolio.png"
    target.parent.mkdir()
    assert editor.portfolio.export(target)
    with Image.open(target) as image:
        assert image.format == "PNG" and image.width > 1500
        assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 200
    texts = [text.get_text() for text in editor.portfolio.figure.axes[0].texts]
    assert {"Quick Wins", "Große Vorhaben", "Lückenfüller", "Ressourcenfresser"} <= set(texts)
    bubbles = editor.portfolio.figure.axes[0].collections  # plain, overruled flags, quick wins
    assert sum(len(c.get_offsets()) for c in bubbles) == 19, "one bubble per proposal"
    legend = {t.get_text() for t in editor.portfolio.figure.legends[0].get_texts()}
    assert {"Quick Win", "Kosten (Fläche): 2.000.000 €"} <= legend, "the screen's legend too"


def test_what_if_updates_live_and_applies_in_one_step(
    window: MainWindow, editor: ScoringEditor
) -> None:
    assert editor.evaluation is not None
    editor.tabs.setCurrentIndex(3)
    weights = [c.spec.weight for c in editor.evaluation.criteria]
    editor.sensitivity.set_trial_weights([0, 0, 0, 0, 100, 0])  # only costs count
    model = editor.sensitivity.what_if_model
    top = model.rows[0]
    assert model.trial is not None and model.trial.ranks[top] == 1
    assert any(model.change(row) for row in range(19)), "the ranking moved"
    assert _stored(window).criteria[0].spec.weight == weights[0], "nothing stored yet"
    editor.sensitivity.apply_trial_weights()
    assert [c.spec.weight for c in _stored(window).criteria] == [0, 0, 0, 0, 100, 0]
    window.menu_actions.undo.trigger()
    assert [c.spec.weight for c in _stored(window).criteria] == weights


def test_sensitivity_table_shows_ranges(editor: ScoringEditor) -> None:
    assert editor.sensitivity.sensitivity_model.rowCount() == 0, "computed when the tab is shown"
    editor.tabs.setCurrentIndex(3)
    model = editor.sensitivity.sensitivity_model
    assert model.rowCount() == 19 and model.columnCount() == 2 + 6
    text = model.data(model.index(0, 2))
    assert "%" in text and "–" in text
    assert "jetzt 25 %" in model.headerData(2, Qt.Orientation.Horizontal)
