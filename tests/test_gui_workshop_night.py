"""The workshop night driven at the keyboard: tonight's workshop on the overview and in the
status bar, cards captured into it, voting rounds (blind, revealed, closed), tallies typed
from paper pinboards, and the projector showing what the room may see."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lk40_desktop.services.board.data import BoardData, load_board
from lk40_desktop.services.board.navigation import reading_order
from lk40_desktop.services.project import current_workshop, workshops
from lk40_desktop.store.models import Idea
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.board.card_list import PLACE, PROPOSAL, VOTES
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs, fills

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close_project()


def _tonight(window: MainWindow) -> str | None:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return current_workshop(session)


def test_tonights_workshop_chosen_on_the_overview_files_captured_cards(
    window: MainWindow, qtbot: QtBot
) -> None:
    box = window.overview.workshops.current
    assert box.currentText() == "kein Workshop" and _tonight(window) is None
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)
    assert window.controller is not None
    with window.controller.document.reading() as session:
        last = workshops(session)[-1]
    assert _tonight(window) == last.id and box.currentText() == last.title
    assert window.current_workshop.currentText() == last.title, "the status bar follows"
    window.navigation.setCurrentRow(2)
    page = window.boards
    page.focus_capture()
    qtbot.keyClicks(page.capture, "Carsharing am Bahnhof")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    with window.controller.document.reading() as session:
        filed = session.scalar(select(Idea.workshop_id).where(Idea.text == "Carsharing am Bahnhof"))
    assert filed == last.id, "captured without a workshop filter, filed under tonight's"
    status = window.current_workshop
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Home)
    assert _tonight(window) is None and box.currentText() == "kein Workshop"
    window.menu_actions.undo.trigger()
    assert _tonight(window) == last.id and status.currentText() == last.title


@pytest.fixture
def page(window: MainWindow) -> BoardPage:
    """The first action field's board in voting mode, on a new round started by Alt+N."""
    window.navigation.setCurrentRow(2)
    board = window.boards
    board.set_voting(True)
    QTest.qWait(10)
    rounds_before = len(board.source.data.rounds)
    _alt(window, Qt.Key.Key_N)
    assert len(board.source.data.rounds) == rounds_before + 1
    return board


def _stored(window: MainWindow, page: BoardPage) -> BoardData:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return load_board(session, page.field_id, page.source.data.round_id)


def _alt(window: MainWindow, key: Qt.Key) -> None:
    """An Alt key as a person presses it at the laptop (the main window has the keyboard); a
    button's mnemonic clicks after a short flash."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(300)


def _pixels(widget: QWidget) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Red, green and blue of what the widget shows."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4
    )
    return pixels[..., 2].astype(int), pixels[..., 1].astype(int), pixels[..., 0].astype(int)


def _red_pixels(widget: QWidget) -> int:
    """Pixels of the dot badges' red (#c62828) in what the widget shows."""
    red, green, blue = _pixels(widget)
    return int(np.count_nonzero((red > 170) & (green < 80) & (blue < 80)))


def _mark_pixels(widget: QWidget) -> int:
    """Pixels of the proposal marks' green (#2e7d32) in what the widget shows."""
    red, green, blue = _pixels(widget)
    return int(
        np.count_nonzero((abs(red - 46) < 12) & (abs(green - 125) < 12) & (abs(blue - 50) < 12))
    )


def _vote_by_keys(page: BoardPage, qtbot: QtBot, voter: str, presses: int) -> str:
    """The first card chosen with an arrow key, and ``voter``'s dots given with +."""
    page.voting_bar.voter.setFocus()
    page.voting_bar.voter.lineEdit().selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(page.voting_bar.voter, voter)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    (card_id,) = page.scene.selected_card_ids()
    for _ in range(presses):
        qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    return card_id


def test_a_blind_round_hides_every_count_until_it_is_revealed(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    _alt(window, Qt.Key.Key_K)
    assert page.source.data.hides_counts and page.round_bar.blind.isChecked()
    card_id = _vote_by_keys(page, qtbot, "3", 2)
    assert _stored(window, page).dots_of(card_id, "3") == 2, "typed numbered voter, 2 dots"
    item = page.scene.cards[card_id]
    assert item.row.votes == 2 and not item.shows_dots()
    assert "2 Punkte in der Runde" in page.round_bar.total.text(), "the total, not per card"
    page.present()
    presentation = page.presentation
    assert presentation is not None
    QTest.qWait(50)
    assert _red_pixels(presentation.view.viewport()) == 0, "no badge on the wall"
    assert _red_pixels(page.view.viewport()) == 0, "nor on the laptop"
    page.tabs.setCurrentWidget(page.list_view)
    row = page.list_model.row_of(card_id)
    assert page.list_model.index(row, VOTES).data() == "–"
    page.tabs.setCurrentWidget(page.board)
    assert page.round_bar.close_button.text() == "Aufdeck&en"
    _alt(window, Qt.Key.Key_E)
    assert not page.source.data.hides_counts and page.scene.cards[card_id].shows_dots()
    qtbot.waitUntil(lambda: _red_pixels(presentation.view.viewport()) > 0, timeout=3000)
    assert page.round_bar.close_button.text() == "Wieder &öffnen"
    _alt(window, Qt.Key.Key_Odiaeresis)
    assert "ist aufgedeckt" in page.voting_bar.status.text(), "a revealed round stays closed"
    assert not page.source.data.round.open  # type: ignore[union-attr]
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)


def test_closing_an_empty_round_is_refused_and_rounds_stay_after_reopening(
    window: MainWindow, page: BoardPage, qtbot: QtBot, demo_file: Path
) -> None:
    _alt(window, Qt.Key.Key_S)
    assert "noch kein Punkt" in page.voting_bar.status.text()
    assert page.source.data.round.open  # type: ignore[union-attr]
    card_id = _vote_by_keys(page, qtbot, "1", 1)
    _alt(window, Qt.Key.Key_S)
    assert not page.source.data.round.open  # type: ignore[union-attr]
    round_id = page.source.data.round_id
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert "ist abgeschlossen" in page.voting_bar.status.text()
    _alt(window, Qt.Key.Key_Odiaeresis)
    assert page.source.data.round.open, "an open round may be reopened"  # type: ignore[union-attr]
    window.close_project()
    assert window.open_path(demo_file)
    window.navigation.setCurrentRow(2)
    again = window.boards
    assert round_id in [r.id for r in again.source.data.rounds]
    assert again.source.data.round_id == round_id, "the latest open round is shown"
    assert again.source.data.dots_of(card_id, "1") == 1


def test_deleting_a_card_with_dots_of_a_closed_round_asks_first(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    page.set_voting(False)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    (card_id,) = page.scene.selected_card_ids()
    log = answer_dialogs(QMessageBox.StandardButton.No)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert log.texts and "abgeschlossenen Runden" in log.texts[0]
    assert card_id in page.scene.cards, "kept when the user says no"
    answer_dialogs(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert card_id not in page.scene.cards


def test_tally_typed_card_by_card_in_reading_order_is_one_undo_step(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    _alt(window, Qt.Key.Key_Z)
    assert page.voting_bar.tallying and page.voting_bar.tally.isVisible()
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    (first,) = page.scene.selected_card_ids()
    qtbot.keyClicks(page.view, "1")
    assert page.voting_bar.tally.hasFocus()
    qtbot.keyClicks(page.voting_bar.tally, "2")
    qtbot.keyClick(page.voting_bar.tally, Qt.Key.Key_Return)
    (second,) = page.scene.selected_card_ids()
    data = page.source.data
    order = reading_order(data.cards, [f for f in data.clusters if f.field_id == page.field_id])
    assert order.index(second) == order.index(first) + 1, "the next card in reading order"
    assert page.voting_bar.tally.selectedText() == "0"
    for bad in ("-3", "10000"):
        qtbot.keyClicks(page.voting_bar.tally, bad)
        qtbot.keyClick(page.voting_bar.tally, Qt.Key.Key_Return)
        assert "keine Punktzahl" in page.voting_bar.status.text(), bad
        assert page.scene.selected_card_ids() == [second], "a refused count stays on the card"
    qtbot.keyClicks(page.voting_bar.tally, "5")
    qtbot.keyClick(page.voting_bar.tally, Qt.Key.Key_Return)
    stored = _stored(window, page)
    assert (stored.dots_of(first, ""), stored.dots_of(second, ""), len(stored.votes)) == (12, 5, 17)
    assert "17 Punkte in der Runde" in page.round_bar.total.text()
    assert page.scene.cards[first].row.votes == 12
    assert window.controller is not None
    window.menu_actions.undo.trigger()
    assert not _stored(window, page).votes, "the board's tally is one undo step"
    window.menu_actions.redo.trigger()
    assert len(_stored(window, page).votes) == 17


def _tally(page: BoardPage, qtbot: QtBot, counts: list[int]) -> list[str]:
    """Tally mode: ``counts`` typed onto the cards in reading order from the first one."""
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    typed = []
    for number, count in enumerate(counts):
        typed.extend(page.scene.selected_card_ids())
        qtbot.keyClicks(page.voting_bar.tally if number else page.view, str(count))
        qtbot.keyClick(page.voting_bar.tally, Qt.Key.Key_Return)
    return typed


def test_clusters_show_their_dots_and_place_and_the_list_each_cards_place(
    window: MainWindow, page: BoardPage, qtbot: QtBot, demo_file: Path
) -> None:
    _alt(window, Qt.Key.Key_Z)
    counts = [4, 9, 2, 9, 1, 3, 5, 2, 7, 6]
    typed = _tally(page, qtbot, counts)
    connection = sqlite3.connect(demo_file)
    cluster_of = dict(connection.execute("SELECT id, cluster_id FROM idea").fetchall())
    connection.close()
    totals: dict[str, int] = {}
    for card, count in zip(typed, counts, strict=True):
        if cluster_of[card] is not None:
            totals[cluster_of[card]] = totals.get(cluster_of[card], 0) + count
    assert len(totals) >= 2, "the first cards lie in more than one cluster"
    for cluster_id, frame in page.scene.clusters.items():
        total = totals.get(cluster_id, 0)
        place = 1 + sum(other > total for other in totals.values())
        expected = f"{total} Punkte · Platz {place}" if total else ""
        assert frame.standing_text() == expected, frame.row.name
    _alt(window, Qt.Key.Key_L)
    assert page.tabs.currentWidget() is page.list_view
    places = {
        card: page.list_model.index(page.list_model.row_of(card), PLACE).data() for card in typed
    }
    assert [places[card] for card in typed] == [
        "6.",
        "1.",
        "8.",
        "1.",
        "10.",
        "7.",
        "5.",
        "8.",
        "3.",
        "4.",
    ]


def test_a_blind_round_shows_no_cluster_totals_until_revealed(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    _alt(window, Qt.Key.Key_K)
    card_id = _vote_by_keys(page, qtbot, "1", 2)
    frame = next(f for f in page.scene.clusters.values() if page.scene.cards[card_id] in f.cards)
    assert frame.standing_text() == "", "a total would tell where the dots went"
    page.tabs.setCurrentWidget(page.list_view)
    assert page.list_model.index(page.list_model.row_of(card_id), PLACE).data() == "–"
    page.tabs.setCurrentWidget(page.board)
    _alt(window, Qt.Key.Key_E)
    assert frame.standing_text() == "2 Punkte · Platz 1"


def test_a_cluster_promoted_by_keyboard_is_marked_with_its_cards_until_deleted(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.navigation.setCurrentRow(2)
    page = window.boards
    unmarked = [f for f in page.scene.clusters.values() if not f.proposals]
    frame = max(unmarked, key=lambda f: len(f.cards))
    page.view.centerOn(frame)
    QTest.qWait(20)
    marks_before = _mark_pixels(page.view.viewport())
    header = page.view.mapFromScene(frame.scenePos() + QPointF(40, 12))
    QTest.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=header)
    assert frame.isSelected()
    QTest.keyClick(page.view, Qt.Key.Key_V, CTRL_SHIFT)
    title = frame.row.name
    assert frame.proposals == (title,) and frame.toolTip() == f"Projektvorschlag: „{title}“"
    assert all(title in card.proposals for card in frame.cards)
    assert page.tabs.currentWidget() is page.proposals, "the new proposal is shown"
    page.tabs.setCurrentWidget(page.board)
    page.view.centerOn(frame)
    QTest.qWait(20)
    assert _mark_pixels(page.view.viewport()) > marks_before + 100, "the green corners show"
    page.tabs.setCurrentWidget(page.list_view)
    card = frame.cards[0].row.id
    assert title in page.list_model.index(page.list_model.row_of(card), PROPOSAL).data()
    page.tabs.setCurrentWidget(page.proposals)
    page.proposals.delete_selected()
    assert not frame.proposals and not any(title in c.proposals for c in frame.cards)
    window.menu_actions.undo.trigger()
    assert frame.proposals == (title,), "undo brings the mark back"


def test_the_projector_names_the_field_and_the_rounds_state_large(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    _alt(window, Qt.Key.Key_K)
    _vote_by_keys(page, qtbot, "2", 1)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F5)
    presentation = page.presentation
    assert presentation is not None and presentation.isFullScreen()
    QTest.qWait(50)  # the title's wall-sized font is laid out
    field = page.source.data.field(page.field_id)
    assert field is not None
    title = presentation.title
    assert title.text().startswith(f"{field.name} · Runde „")
    assert title.text().endswith("verdeckt – die Punkte erscheinen beim Aufdecken")
    wall = presentation.height()
    assert wall >= 1000, "on the projector of the two-screen desktop"
    assert title.font().pixelSize() >= wall // 30, "readable from the back of the room"
    assert title.wordWrap() and title.heightForWidth(title.width()) <= title.height(), "whole"
    _alt(window, Qt.Key.Key_E)
    assert title.text().endswith(": abgeschlossen"), "revealed: the round is history"
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    page.show_field(None)
    assert title.text().startswith("Alle Handlungsfelder")
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    assert page.presentation is None


def test_page_down_shows_each_cluster_large_on_the_projector_and_home_the_board(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F5)
    presentation = page.presentation
    assert presentation is not None
    QTest.qWait(50)
    whole = presentation.view.zoom_factor()
    order = presentation.clusters()
    assert len(order) >= 2, "the demo board has several clusters"
    tops = [page.scene.clusters[c].sceneBoundingRect().top() for c in order]
    assert tops == sorted(tops), "in reading order: rows from the top"
    for number, cluster_id in enumerate(order, start=1):
        QTest.keyClick(presentation.view, Qt.Key.Key_PageDown)
        frame = page.scene.clusters[cluster_id]
        assert presentation.cluster_id == cluster_id
        assert fills(presentation.view, frame.sceneBoundingRect()), "the cluster, wall-sized"
        assert presentation.view.zoom_factor() > whole * 1.3, "larger than on the whole board"
        name = frame.row.name
        assert f"Cluster „{name}“ ({number} von {len(order)})" in presentation.title.text()
    QTest.keyClick(presentation.view, Qt.Key.Key_PageDown)  # past the last: the board again
    assert presentation.cluster_id is None and "Cluster" not in presentation.title.text()
    assert fills(presentation.view, page.scene.content_rect())
    QTest.keyClick(presentation.view, Qt.Key.Key_PageUp)  # back from the board: the last one
    assert presentation.cluster_id == order[-1]
    presentation.resize(1024, 768)  # an old projector: the cluster is fitted again
    QTest.qWait(20)
    assert fills(presentation.view, page.scene.clusters[order[-1]].sceneBoundingRect())
    QTest.keyClick(presentation.view, Qt.Key.Key_Home)
    assert presentation.cluster_id is None
    assert fills(presentation.view, page.scene.content_rect()), "the whole board again"
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    assert page.presentation is None


def test_voters_stay_anonymous_unless_the_round_is_named_on_purpose(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    """A new round takes numbers: a typed name is refused and stored nowhere; chosen
    "namentlich" in the voting bar (by keyboard), the same name is taken."""
    bar = page.voting_bar
    shown = page.source.data.round
    assert bar.voters.currentText() == "anonym" and shown is not None and shown.numbered
    card_id = _vote_by_keys(page, qtbot, "Anna Beispiel", 1)
    assert "anonym mit Nummern" in page.voting_bar.status.text()
    assert _stored(window, page).dots_of(card_id, "Anna Beispiel") == 0
    assert "Anna Beispiel" not in _stored(window, page).voters()
    bar.voters.setFocus()
    qtbot.keyClick(bar.voters, Qt.Key.Key_End)
    assert bar.voters.currentText() == "namentlich"
    assert page.source.data.round.voter_mode == "name"  # type: ignore[union-attr]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert _stored(window, page).dots_of(card_id, "Anna Beispiel") == 1, "named on purpose"
