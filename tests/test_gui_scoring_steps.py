"""The scoring page of a NEW project, step by step: the hint below the matrix names the step
that is really missing (before issue 13 it said "no criteria with weight" while six weighted
criteria were there and the raters were missing), and in one rater's view the Nutzwert and
the rank are that rater's, not the mean of all raters."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lk40_desktop.operations.proposals import create_proposal
from lk40_desktop.operations.vocabulary import add_entry
from lk40_desktop.services.scoring.arithmetic import evaluate
from lk40_desktop.services.scoring.evaluation import load_evaluation
from lk40_desktop.services.scoring.readiness import MissingStep, missing_step
from lk40_desktop.services.template import ProjectData, fill_blank
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import SCORING, MainWindow
from lk40_desktop.ui.scoring.editor import ScoringEditor
from lk40_desktop.ui.scoring.matrix import LEADING
from tests.gui import type_cells


@pytest.fixture
def window(qtbot: QtBot, new_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(new_file, language="de")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.navigation.setCurrentRow(SCORING)
    yield main
    main.close_project()


@pytest.fixture
def editor(window: MainWindow) -> ScoringEditor:
    return window.scoring.ensure_editor()


def _perform(window: MainWindow, build) -> list[str]:  # type: ignore[no-untyped-def]
    assert window.controller is not None
    edit = window.controller.perform("Test", build)
    assert edit is not None
    return edit.created


def _choose_rater(editor: ScoringEditor, name: str) -> int:
    editor.rater_choice.setCurrentIndex(editor.rater_choice.findText(name))
    editor.rater_choice.activated.emit(editor.rater_choice.currentIndex())
    return editor.rater_choice.currentIndex() - 1


def _type_row(qtbot: QtBot, editor: ScoringEditor, row: int, scores: list[str]) -> None:
    matrix = editor.matrix
    matrix.setFocus()
    matrix.setCurrentIndex(editor.matrix_model.index(row, LEADING))
    qtbot.keyClicks(matrix, scores[0])
    type_cells(qtbot, matrix, [None, *scores[1:]])


def test_the_hint_names_each_missing_step_of_a_new_project(
    window: MainWindow, editor: ScoringEditor
) -> None:
    assert editor.summary.text().startswith("Noch keine Projektvorschläge"), "six criteria exist"
    _perform(window, lambda s: create_proposal(s, {"title": "Ladepark Kreishaus"}))
    assert editor.summary.text().startswith("Noch keine Bewertenden"), "raters are missing"
    assert editor.matrix_model.rowCount() == 1, "the matrix shows the proposal already"
    _perform(window, lambda s: add_entry(s, "rater", "Lenkungskreis"))
    assert editor.summary.text().startswith("Noch keine Bewertung eingetragen")
    assert "„Bewertung von“" in editor.summary.text(), "where to choose whose scores"
    _choose_rater(editor, "Lenkungskreis")
    assert "Zahl eintippen" in editor.summary.text()


def test_a_blank_project_asks_for_criteria(tmp_path: Path) -> None:
    path = tmp_path / "leer.lk40"
    WorkshopDocument.create(path, lambda s: fill_blank(s, ProjectData(county="Leer"))).close()
    document = WorkshopDocument.open(path, read_only=True)
    with document.reading() as session:
        assert missing_step(load_evaluation(session)) is MissingStep.CRITERIA
    document.close()


def test_a_raters_view_shows_that_raters_nutzwert_and_rank(
    window: MainWindow, editor: ScoringEditor, qtbot: QtBot
) -> None:
    for title in ("Ladepark Kreishaus", "Rufbus per App"):
        _perform(window, lambda s, t=title: create_proposal(s, {"title": t}))
    for name in ("Verwaltung", "Jugendbeirat"):
        _perform(window, lambda s, n=name: add_entry(s, "rater", n))
    _choose_rater(editor, "Verwaltung")
    _type_row(qtbot, editor, 0, ["5", "5", "5", "5", "0", "0"])  # the Verwaltung: park first
    _type_row(qtbot, editor, 1, ["1", "1", "1", "1", "5", "5"])
    _choose_rater(editor, "Jugendbeirat")
    assert "12 von 12 Feldern ohne Bewertung" in editor.summary.text(), "this rater's cells"
    _type_row(qtbot, editor, 0, ["0", "0", "0", "0", "5", "5"])  # the youth: bus first
    _type_row(qtbot, editor, 1, ["5", "5", "5", "4", "1", "1"])
    model = editor.matrix_model
    total, rank = LEADING + model.criterion_count(), LEADING + model.criterion_count() + 1
    assert window.controller is not None
    with window.controller.document.reading() as session:
        evaluation = load_evaluation(session)
    for name, index in (("Verwaltung", 0), ("Jugendbeirat", 1)):
        _choose_rater(editor, name)
        own = evaluate(evaluation.input.of_rater(index))
        assert [model.index(r, total).data() for r in range(2)] == [
            f"{own.totals[r]:.1f}".replace(".", ",").removesuffix(",0") for r in range(2)
        ]
        assert model.headerData(total, Qt.Orientation.Horizontal) == f"Nutzwert\n{name}"
    _choose_rater(editor, "Verwaltung")
    assert [model.index(r, rank).data() for r in range(2)] == ["1", "2"]
    _choose_rater(editor, "Jugendbeirat")
    assert [model.index(r, rank).data() for r in range(2)] == ["2", "1"]
    editor.rater_choice.setCurrentIndex(0)
    editor.rater_choice.activated.emit(0)
    combined = evaluate(evaluation.input)
    assert not math.isclose(combined.totals[0], evaluate(evaluation.input.of_rater(0)).totals[0])
    assert model.headerData(total, Qt.Orientation.Horizontal) == "Nutzwert"
