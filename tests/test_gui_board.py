"""The idea boards driven like a facilitator would: capture, move, cluster, vote, promote,
edit the profile, undo and redo each, and find everything again after reopening."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QStyle, QStyleOptionComboBox, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lk40_desktop.operations import board as board_ops
from lk40_desktop.operations import rounds
from lk40_desktop.services.board.data import BoardData, load_board
from lk40_desktop.services.board.layout import CARD_HEIGHT, CARD_WIDTH
from lk40_desktop.services.board.standings import cluster_standings
from lk40_desktop.store.models import Proposal, ProposalDependency, ProposalIdea
from lk40_desktop.store.queries import live
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.board import frame_standings
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import answer_dialogs, drag, fills, laptop_window, save_as


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.show()
    main.navigation.setCurrentRow(2)
    yield main
    main.close_project()


@pytest.fixture
def page(window: MainWindow) -> BoardPage:
    widget = window.pages.currentWidget()
    assert isinstance(widget, BoardPage)
    return widget


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _stored(
    window: MainWindow, field_id: str | None = None, round_id: str | None = None
) -> BoardData:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return load_board(session, field_id, round_id)


def _undo(window: MainWindow) -> None:
    assert window.controller is not None
    window.controller.undo_stack.undo()


def _redo(window: MainWindow) -> None:
    assert window.controller is not None
    window.controller.undo_stack.redo()


def _centre(page: BoardPage, card_id: str) -> QPointF:
    return page.scene.cards[card_id].sceneBoundingRect().center()


def test_board_per_field_with_colours_counts_and_overview(page: BoardPage) -> None:
    first = page.source.data.fields[0]
    assert page.field_id == first.id and first.name == "Elektromobilität"
    assert page.proposals.model.field_id == first.id, "the proposal list follows the board"
    labels = [page.fields.item(row).text() for row in range(page.fields.count())]
    assert labels[0] == "Alle Handlungsfelder (152)" and labels[1] == "Elektromobilität (17)"
    assert len(page.scene.cards) == 17 and len(page.scene.clusters) == 3
    page.show_field(None)
    assert page.field_id is None and len(page.scene.cards) == 152
    assert len(page.scene.lanes) == 9 and not page.capture.isEnabled()
    lanes = [lane for _name, _color, lane in page.scene.lanes]
    assert not any(a.intersects(b) for i, a in enumerate(lanes) for b in lanes[i + 1 :])


def test_demo_board_reads_on_a_laptop_screen(window: MainWindow, page: BoardPage) -> None:
    """1366 × 768 is the town hall's laptop: cards readable at fit, no control cut short."""
    window.resize(1366, 768)
    QTest.qWait(50)
    page.view.fit()
    assert page.scene.look.readable_at(page.view.zoom_factor()), page.view.zoom_factor()
    viewport = page.fields.viewport().width()
    for row in range(page.fields.count()):
        assert page.fields.visualItemRect(page.fields.item(row)).right() < viewport
    for combo in (
        page.filter_bar.tag_filter,
        page.filter_bar.workshop_filter,
        page.filter_bar.author_filter,
    ):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField
        )
        label = combo.itemText(0)
        assert field.width() >= combo.fontMetrics().horizontalAdvance(label), label
    for button in page.board.findChildren(QToolButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()


def test_capture_by_typing_then_undo_redo(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    field_id = page.field_id
    page.actions_by_name["capture"].trigger()
    assert page.capture.hasFocus()
    qtbot.keyClicks(page.capture, "Ladesaeulen am Bahnhof")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    stored = [c for c in _stored(window, field_id).cards if c.text == "Ladesaeulen am Bahnhof"]
    assert len(stored) == 1 and stored[0].cluster_id is None
    item = page.scene.cards[stored[0].id]
    assert item.isVisible() and item.isSelected() and page.capture.text() == ""
    others = [c for c in page.source.data.cards if c.id != stored[0].id]
    assert not any(
        abs(c.x - stored[0].x) < CARD_WIDTH and abs(c.y - stored[0].y) < CARD_HEIGHT for c in others
    ), "a free spot: no card underneath"
    _undo(window)
    assert stored[0].id not in page.scene.cards
    _redo(window)
    assert stored[0].id in page.scene.cards


def test_frame_totals_follow_each_edit_and_a_capture_counts_nothing(
    window: MainWindow, page: BoardPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frames' dots and places are counted again only after edits that can change them,
    and are then what the stored dots say: through tallies, a capture, a voted card filed into
    a frame, a deletion, undo and redo, and a switch of rounds."""
    counts: list[int] = []

    def counting(data: BoardData) -> dict[str, object]:
        counts.append(len(data.cards))
        return dict(cluster_standings(data))

    monkeypatch.setattr(frame_standings, "cluster_standings", counting)

    def shown() -> dict[str, str]:
        return {key: frame.standing_text() for key, frame in page.scene.clusters.items()}

    def stored() -> dict[str, str]:
        data = _stored(window, page.field_id, page.source.round_id)
        return {
            key: f"{s.dots} Punkte · Platz {s.place}" if s.dots else ""
            for key, s in cluster_standings(data).items()
        }

    earlier = page.source.round_id
    started = page.source.perform("Runde", lambda session: rounds.start_round(session, "Neu"))
    assert started is not None
    now = started.created[0]
    page.source.set_round(now)
    assert page.source.round_id == now != earlier and shown() == stored()
    frames = [f for f in page.scene.clusters.values() if f.cards]
    first, second = frames[0], frames[1]
    voted = first.cards[0].row.id
    page.source.perform("Zählen", lambda session: rounds.tally(session, now, voted, "5"))
    assert first.standing_text() == "5 Punkte · Platz 1" and shown() == stored()
    counts.clear()
    page.actions_by_name["capture"].trigger()
    qtbot.keyClicks(page.capture, "Neue Idee")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    new = next(c.id for c in page.source.data.cards if c.text == "Neue Idee")
    page.source.perform("Zählen", lambda session: rounds.tally(session, now, new, "7"))
    assert counts == [], "a card in the inbox, with or without dots, changes no frame"
    assert shown() == stored()
    page.source.perform(
        "Einordnen",
        lambda session: board_ops.update_card(session, new, {"cluster_id": second.row.id}),
    )
    assert second.standing_text() == "7 Punkte · Platz 1"
    assert first.standing_text() == "5 Punkte · Platz 2" and shown() == stored()
    _undo(window)
    assert second.standing_text() == "" and first.standing_text() == "5 Punkte · Platz 1"
    _redo(window)
    assert second.standing_text() == "7 Punkte · Platz 1" and shown() == stored()
    page.source.perform("Löschen", lambda session: board_ops.delete_cards(session, [voted], []))
    assert first.standing_text() == "" and shown() == stored()
    _undo(window)
    assert first.standing_text() == "5 Punkte · Platz 2" and shown() == stored()
    counts.clear()
    page.source.set_round(earlier)
    assert counts and shown() == stored()


def test_multi_line_paste_makes_one_card_per_line(window: MainWindow, page: BoardPage) -> None:
    before = len(page.scene.cards)
    page.capture.paste_text("Erste Idee\n\n  Zweite Idee 🚲\r\nDritte Idee\n")
    texts = {c.text for c in _stored(window, page.field_id).cards}
    assert {"Erste Idee", "Zweite Idee 🚲", "Dritte Idee"} <= texts
    assert len(page.scene.cards) == before + 3
    _undo(window)
    assert len(page.scene.cards) == before, "the paste is one undo step"


def test_drag_a_card_into_a_cluster_and_undo(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    page.capture_lines(["Wanderkarte"])
    card = next(c for c in page.source.data.cards if c.text == "Wanderkarte")
    cluster = page.source.data.clusters[0]
    page.view.fit()
    target = QPointF(cluster.x + cluster.width / 2, cluster.y + cluster.height - 30)
    drag(page.view, _centre(page, card.id), target)
    moved = next(c for c in _stored(window, page.field_id).cards if c.id == card.id)
    assert moved.cluster_id == cluster.id and (moved.x, moved.y) != (card.x, card.y)
    _undo(window)
    back = next(c for c in _stored(window, page.field_id).cards if c.id == card.id)
    assert (back.x, back.y, back.cluster_id) == (card.x, card.y, None)
    assert page.scene.cards[card.id].pos() == QPointF(card.x, card.y)


@pytest.mark.parametrize("zoom", [0.25, 1.0, None])
def test_two_drags_in_a_row_take_the_cards_the_user_sees(
    window: MainWindow, page: BoardPage, zoom: float | None
) -> None:
    """Zoomed out (the whole board smaller than the view), at 100 % and fitted: a drop that
    makes the board larger or smaller moves nothing else on the screen."""
    window.resize(1366, 768)
    if zoom is None:
        page.view.fit()
    else:
        page.view.set_zoom(zoom)
    shown = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    in_view = [c for c in page.source.data.cards if shown.contains(_centre(page, c.id))]
    first, second = in_view[0], in_view[-1]
    seen = page.view.mapFromScene(_centre(page, second.id))  # where the user aims next
    corner = page.view.mapFromScene(QPointF(0, 0))
    drag(page.view, _centre(page, first.id), _centre(page, first.id) + QPointF(-900, 700))
    assert page.view.mapFromScene(QPointF(0, 0)) == corner, "the view stayed where it was"
    start = page.view.mapToScene(seen)
    drag(page.view, start, start + QPointF(0, -300))
    stored = {c.id: c for c in _stored(window, page.field_id).cards}
    assert stored[second.id].y == pytest.approx(second.y - 300, abs=1), "the card aimed at"
    assert stored[first.id].x == pytest.approx(first.x - 900, abs=1)


def test_form_a_cluster_that_carries_its_cards(window: MainWindow, page: BoardPage) -> None:
    page.capture_lines(["Karte A", "Karte B"])
    ids = page.scene.selected_card_ids()
    assert len(ids) == 2
    page.actions_by_name["cluster"].trigger()
    page.edits.editor.finish(keep=False)  # the name stays "Cluster 4"
    data = _stored(window, page.field_id)
    cluster = next(c for c in data.clusters if c.name == "Cluster 4")
    assert {c.cluster_id for c in data.cards if c.id in ids} == {cluster.id}
    page.scene.clearSelection()
    frame = page.scene.clusters[cluster.id]
    grip_free = QPointF(cluster.x + 30, cluster.y + 12)  # on the frame's title band
    drag(page.view, grip_free, grip_free + QPointF(0, 400))
    after = _stored(window, page.field_id)
    moved = next(c for c in after.clusters if c.id == cluster.id)
    assert moved.y == pytest.approx(cluster.y + 400, abs=25)
    for card_id in ids:
        before = next(c for c in data.cards if c.id == card_id)
        now = next(c for c in after.cards if c.id == card_id)
        assert (
            now.y - before.y == pytest.approx(moved.y - cluster.y) and now.cluster_id == cluster.id
        )
    assert frame.pos().y() == pytest.approx(moved.y)
    _undo(window)  # the move
    _undo(window)  # the cluster
    final = _stored(window, page.field_id)
    assert not any(c.id == cluster.id for c in final.clusters)
    assert {c.cluster_id for c in final.cards if c.id in ids} == {None}


def test_ctrl_g_gathers_scattered_cards_into_a_frame_of_their_own(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    data = page.source.data
    picked = [next(c for c in data.cards if c.cluster_id == f.id) for f in data.clusters[:3]]
    page.scene.select_cards([card.id for card in picked])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.edits.editor, Qt.Key.Key_Escape)  # keep the proposed name
    (cluster_id,) = set(page.scene.clusters) - {c.id for c in data.clusters}
    frame = page.scene.clusters[cluster_id].sceneBoundingRect()
    inside = {
        card_id
        for card_id, item in page.scene.cards.items()
        if item.sceneBoundingRect().intersects(frame.adjusted(1, 1, -1, -1))
    }
    assert inside == {card.id for card in picked}, "the frame shows its members only"
    shown = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert shown.intersects(frame), "the new frame is in view"
    stored = _stored(window, page.field_id)
    assert {c.cluster_id for c in stored.cards if c.id in inside} == {cluster_id}


def test_rename_cluster_and_edit_card_in_place(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    card = page.source.data.cards[0]
    page.scene.select_cards([card.id])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert page.edits.editor.isVisible() and page.edits.editor.toPlainText().startswith(card.text)
    page.edits.editor.setPlainText("Neuer Titel\nmit Details")
    qtbot.keyClick(page.edits.editor, Qt.Key.Key_Return)
    edited = next(c for c in _stored(window, page.field_id).cards if c.id == card.id)
    assert (edited.text, edited.details) == ("Neuer Titel", "mit Details")
    page.scene.select_cards([card.id])
    page.edits.edit_selection()
    page.edits.editor.setPlainText("")
    qtbot.keyClick(page.edits.editor, Qt.Key.Key_Return)
    assert next(c for c in _stored(window, page.field_id).cards if c.id == card.id).text == (
        "Neuer Titel"
    ), "an empty card text is refused"
    page.scene.select_cards([card.id])
    page.edits.edit_selection()
    page.edits.editor.setPlainText("verworfen")
    qtbot.keyClick(page.edits.editor, Qt.Key.Key_Escape)
    assert next(c for c in _stored(window, page.field_id).cards if c.id == card.id).text == (
        "Neuer Titel"
    )
    _undo(window)
    assert (
        next(c for c in _stored(window, page.field_id).cards if c.id == card.id).text == card.text
    )


def test_dots_show_on_cards_too_small_to_read(window: MainWindow, page: BoardPage) -> None:
    page.view.set_zoom(0.2)
    assert not page.scene.look.readable_at(page.view.zoom_factor()), "cards are blocks"
    voted = next(c for c in page.source.data.cards if c.votes)
    page.view.centerOn(page.scene.cards[voted.id])
    area = page.view.mapFromScene(page.scene.cards[voted.id].sceneBoundingRect()).boundingRect()
    image = page.view.viewport().grab(area).toImage()
    reds = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 90
    )
    assert reds > 4, "the red dot badge"


def test_readable_cards_keep_a_pixmap_that_follows_every_edit(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    card = page.source.data.cards[0]
    item = page.scene.cards[card.id]
    page.view.set_zoom(0.2)
    assert item.cacheMode() == item.CacheMode.NoCache, "too small to read: drawn as a block"
    page.view.set_zoom(1.0)
    page.view.centerOn(item)
    assert item.cacheMode() == item.CacheMode.DeviceCoordinateCache

    def shot() -> QImage:
        page.scene.clearSelection()
        area = page.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return page.view.viewport().grab(area).toImage()

    before = shot()
    assert shot() == before, "an unchanged card paints the same from its pixmap"
    page.scene.select_cards([card.id])
    page.edits.edit_selection()
    page.edits.editor.setPlainText("Ganz anderer Titel")
    qtbot.keyClick(page.edits.editor, Qt.Key.Key_Return)
    assert page.scene.cards[card.id] is item and item.row.text == "Ganz anderer Titel"
    assert shot() != before, "the edit is painted, not the old pixmap"
    _undo(window)
    assert shot() == before
    page.capture_lines(["Beim Zoomen erfasst"])
    new = next(i for i in page.scene.cards.values() if i.row.text == "Beim Zoomen erfasst")
    assert new.cacheMode() == item.CacheMode.DeviceCoordinateCache


def test_dot_voting_with_a_limit_per_voter(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    assert not page.voting_bar.isVisible(), "voter and dots show only while voting"
    page.actions_by_name["voting"].trigger()
    assert page.voting_bar.isVisible() and page.round_bar.isVisible()
    page.round_bar.new_button.click()
    page.round_bar.dots.setValue(2)
    page.round_bar.dots.editingFinished.emit()
    round_id = page.source.data.round_id
    assert _stored(window, None, round_id).dots_per_voter == 2
    assert page.scene.voting and not page.scene.cards[page.source.data.cards[0].id].flags() & (
        page.scene.cards[page.source.data.cards[0].id].GraphicsItemFlag.ItemIsMovable
    )
    page.voting_bar.voter.setCurrentText("1")
    card = page.source.data.cards[0]
    page.view.fit()
    for _ in range(3):
        QTest.mouseClick(
            page.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.view.mapFromScene(_centre(page, card.id)),
        )
    stored = _stored(window, page.field_id, round_id)
    assert stored.dots_of(card.id, "1") == 2
    assert "keine Punkte mehr" in page.voting_bar.status.text()
    total = next(c for c in stored.cards if c.id == card.id).votes
    assert page.scene.cards[card.id].row.votes == total == 2, "the new round's dots"
    QTest.mouseClick(
        page.view.viewport(),
        Qt.MouseButton.RightButton,
        pos=page.view.mapFromScene(_centre(page, card.id)),
    )
    assert _stored(window, page.field_id, round_id).dots_of(card.id, "1") == 1
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert _stored(window, page.field_id, round_id).dots_of(card.id, "1") == 0
    _undo(window)
    _undo(window)
    assert _stored(window, page.field_id, round_id).dots_of(card.id, "1") == 2
    page.actions_by_name["sort"].trigger()
    data = _stored(window, page.field_id, round_id)
    cluster = next(c for c in data.clusters if c.id == card.cluster_id)
    members = sorted(
        (c for c in data.cards if c.cluster_id == cluster.id), key=lambda c: (c.y, c.x)
    )
    assert [c.votes for c in members] == sorted((c.votes for c in members), reverse=True)


def test_arrow_keys_walk_the_board_and_vote_without_a_mouse(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    page.view.setFocus()

    def texts() -> list[str]:
        return [page.scene.cards[i].row.text for i in page.scene.selected_card_ids()]

    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert texts() == ["Schnellladesäulen an allen Kreisstraßen-Parkplätzen"], "first in view"
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert texts() == ["Laden an Supermärkten gemeinsam mit dem Handel fördern"]
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert len(texts()) == 2 and texts()[1].startswith("Nachts Ladestrom")
    qtbot.keyClick(page.view, Qt.Key.Key_Right)
    assert texts() == ["Mitfahrbänke mit digitaler Anzeige"], "on into the next cluster"
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert texts() == ["Mikrodepots für emissionsfreie Paketzustellung"], "the nearest below"
    card_id = page.scene.selected_card_ids()[0]
    page.set_voting(True)
    page.round_bar.new_button.click()
    page.voting_bar.voter.setCurrentText("1")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert _stored(window, page.field_id, page.source.data.round_id).dots_of(card_id, "1") == 1
    assert page.scene.cards[card_id].row.votes == 1


def test_promote_a_card_and_fill_its_profile(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    card = max(page.source.data.cards, key=lambda c: c.votes)
    page.scene.select_cards([card.id])
    page.actions_by_name["promote"].trigger()
    assert page.tabs.currentWidget() is page.proposals
    editor = page.proposals.editor
    proposal_id = editor.proposal_id
    assert proposal_id is not None and editor.form.title.text() == card.text
    assert [text for _link, _card, text in editor.links.cards] == [card.text]

    editor.form.title.setFocus()
    editor.form.title.selectAll()
    qtbot.keyClicks(editor.form.title, "Ladepark Kreishaus")
    qtbot.keyClick(editor.form.title, Qt.Key.Key_Tab)
    editor.form.texts["goal"].setFocus()
    qtbot.keyClicks(editor.form.texts["goal"], "20 Ladepunkte bis 2027")
    editor.form.tabs.setCurrentIndex(1)  # Finanzierung
    editor.form.cost.setFocus()
    qtbot.keyClicks(editor.form.cost, "250.000")
    qtbot.keyClick(editor.form.cost, Qt.Key.Key_Tab)
    editor.form.tabs.setCurrentIndex(2)  # Umsetzung
    editor.form.horizon.setCurrentIndex(0)
    editor.form.horizon.activated.emit(0)
    editor.form.quick_win.click()
    dependency = editor.form.depends.item(0)
    dependency.setCheckState(Qt.CheckState.Checked)

    assert window.controller is not None
    with window.controller.document.reading() as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None
        assert (proposal.title, proposal.goal) == ("Ladepark Kreishaus", "20 Ladepunkte bis 2027")
        assert proposal.cost_estimate_eur == 250_000 and proposal.time_horizon == "short"
        assert proposal.quick_win and proposal.action_field_id == card.field_id
        links = session.scalars(live(ProposalIdea).where(ProposalIdea.proposal_id == proposal_id))
        assert [link.idea_id for link in links] == [card.id]
        depends = session.scalars(
            select(ProposalDependency.depends_on_id).where(
                ProposalDependency.proposal_id == proposal_id,
                ProposalDependency.deleted_at.is_(None),
            )
        )
        assert list(depends) == [dependency.data(Qt.ItemDataRole.UserRole)]
    for _ in range(6):  # dependency, quick win, horizon, cost, goal, title
        _undo(window)
    with window.controller.document.reading() as session:
        proposal = session.get(Proposal, proposal_id)
        assert proposal is not None and proposal.title == card.text and not proposal.quick_win
        assert proposal.cost_estimate_eur is None
    _undo(window)  # the promotion itself
    with window.controller.document.reading() as session:
        assert session.get(Proposal, proposal_id).deleted_at is not None  # type: ignore[union-attr]
    _redo(window)
    assert page.proposals.model.row_of(proposal_id) >= 0


def test_proposals_tab_always_shows_a_marked_proposal(window: MainWindow, page: BoardPage) -> None:
    panel = page.proposals
    page.tabs.setCurrentWidget(panel)
    assert not page.filter_bar.search.isEnabled() and not page.filter_bar.tag_filter.isEnabled(), (
        "cards only"
    )
    first, second = panel.model.id_at(0), panel.model.id_at(1)
    assert panel.editor.proposal_id == first and panel.table.currentIndex().row() == 0
    assert panel.editor.form_area.isVisible() and not panel.editor.empty.isVisible()
    panel.delete_selected()
    assert panel.editor.proposal_id == second and panel.table.currentIndex().row() == 0
    _undo(window)
    assert panel.editor.proposal_id == second, "the shown proposal stays"
    assert panel.model.id_at(panel.table.currentIndex().row()) == second, "and stays marked"
    page.show_field(page.source.data.fields[1].id)
    assert panel.editor.proposal_id == panel.model.id_at(0) != second
    page.tabs.setCurrentWidget(page.list_view)
    assert page.filter_bar.search.isEnabled() and page.filter_bar.min_votes.isEnabled()


def test_the_profile_starts_at_the_top_for_another_proposal(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    window.resize(1366, 768)
    page.show_field(None)
    page.tabs.setCurrentWidget(page.proposals)
    panel, editor = page.proposals, page.proposals.editor
    bar = editor.form_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the profile is taller than the laptop screen
    bar.setValue(bar.maximum())
    editor.form.texts["kpis"].setFocus()
    qtbot.keyClicks(editor.form.texts["kpis"], " und mehr")
    stored = window.undo_group.activeStack().count()
    panel.table.setFocus()  # leaving the field stores it
    assert window.undo_group.activeStack().count() == stored + 1
    assert bar.value() == bar.maximum(), "the same proposal stays where it was"
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the next proposal
    assert bar.value() == 0, "another proposal starts at its title"


def test_bad_cost_is_refused_with_a_hint(window: MainWindow, page: BoardPage, qtbot: QtBot) -> None:
    page.tabs.setCurrentWidget(page.proposals)
    page.proposals.add_proposal()
    editor = page.proposals.editor
    editor.form.tabs.setCurrentIndex(1)
    editor.form.cost.setFocus()
    qtbot.keyClicks(editor.form.cost, "viel")
    qtbot.keyClick(editor.form.cost, Qt.Key.Key_Return)
    assert "Betrag" in editor.form.cost.toolTip()
    assert window.controller is not None
    with window.controller.document.reading() as session:
        assert session.get(Proposal, editor.proposal_id).cost_estimate_eur is None  # type: ignore[union-attr,arg-type]


def test_search_filters_board_and_list_alike(
    window: MainWindow, page: BoardPage, qtbot: QtBot
) -> None:
    page.show_field(None)
    qtbot.keyClicks(page.filter_bar.search, "ladepunkte")
    visible = [i.row.text for i in page.scene.cards.values() if i.isVisible()]
    assert visible and all("ladepunkte" in t.lower() for t in visible)
    page.tabs.setCurrentIndex(1)  # the list refreshes when it is shown
    assert page.list_model.rowCount() == len(visible)
    page.filter_bar.search.clear()
    page.filter_bar.min_votes.setValue(6)
    strong = [i.row for i in page.scene.cards.values() if i.isVisible()]
    assert strong and all(card.votes >= 6 for card in strong)
    assert page.list_model.rowCount() == len(strong)
    workshop = page.source.data.workshops[0][0]
    page.filter_bar.min_votes.setValue(0)
    page.filter_bar.workshop_filter.setCurrentIndex(
        page.filter_bar.workshop_filter.findData(workshop)
    )
    page.filter_bar.workshop_filter.activated.emit(page.filter_bar.workshop_filter.currentIndex())
    assert {i.row.workshop_id for i in page.scene.cards.values() if i.isVisible()} == {workshop}


def test_list_view_edits_are_undoable(window: MainWindow, page: BoardPage, qtbot: QtBot) -> None:
    page.tabs.setCurrentIndex(1)
    proxy = page.list_model
    index = proxy.index(0, 0)
    card_id = index.data(Qt.ItemDataRole.UserRole + 1)
    assert proxy.setData(index, "Per Liste geändert")
    assert next(c for c in _stored(window, page.field_id).cards if c.id == card_id).text == (
        "Per Liste geändert"
    )
    assert not proxy.setData(proxy.index(0, 0), "  "), "an empty text is refused"
    _undo(window)
    assert next(c for c in _stored(window, page.field_id).cards if c.id == card_id).text != (
        "Per Liste geändert"
    )


def test_copy_paste_move_to_field_and_delete(window: MainWindow, page: BoardPage) -> None:
    data = page.source.data
    first, second = data.cards[0], data.cards[1]
    page.scene.select_cards([first.id, second.id])
    page.copy_cards()
    assert set(QGuiApplication.clipboard().text().splitlines()) == {first.text, second.text}
    page.paste_cards()
    texts = [c.text for c in _stored(window, page.field_id).cards]
    assert texts.count(first.text) == 2 and texts.count(second.text) == 2
    copies = page.scene.selected_card_ids()
    target = data.fields[1]
    page.move_to_field(target.id)
    moved = [c for c in _stored(window, target.id).cards if c.id in copies]
    assert len(moved) == 2 and {c.cluster_id for c in moved} == {None}
    assert not any(c.id in copies for c in page.source.data.cards)
    page.scene.select_cards([first.id])
    answer_dialogs(QMessageBox.StandardButton.Yes)  # its dots of the demo's closed rounds
    page.delete_selection()
    assert not any(c.id == first.id for c in _stored(window, page.field_id).cards)
    _undo(window)
    assert any(c.id == first.id for c in _stored(window, page.field_id).cards)


def test_board_image_goes_where_the_save_dialog_says(
    window: MainWindow, page: BoardPage, tmp_path: Path
) -> None:
    suggested: list[Path] = []
    log = answer_dialogs(act=save_as(tmp_path / "Wand", "SVG", suggested))
    page.actions_by_name["image"].trigger()
    assert log.texts == ["Board als Bild speichern"]
    assert window.controller is not None
    folder = window.controller.document.path.parent
    assert suggested == [folder / "Ideenboard Elektromobilität.png"]
    svg = (tmp_path / "Wand.svg").read_text(encoding="utf-8")  # typed without a suffix
    assert "Ladeinfrastruktur" in svg and "Kreisweite" in svg and "Tourismus" not in svg
    page.show_field(None)
    assert not page.actions_by_name["image"].isEnabled(), "fields would overlap in one image"


def test_presentation_mode_shows_large_cards_and_returns(page: BoardPage, qtbot: QtBot) -> None:
    page.present()
    presentation = page.presentation
    assert presentation is not None and presentation.isFullScreen()
    laptop, projector = QGuiApplication.screens()
    assert page.window().screen() == laptop, "the main window stays on the laptop"
    assert presentation.screen() == projector
    assert presentation.geometry() == projector.geometry()
    assert page.scene.look.presentation
    assert fills(presentation.view, page.scene.content_rect()), "the whole board, wall-sized"
    assert page.scene.look.readable_at(presentation.view.zoom_factor())
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    assert page.presentation is None and not page.scene.look.presentation


def test_everything_is_there_after_reopening(
    window: MainWindow, page: BoardPage, demo_file: Path, qtbot: QtBot
) -> None:
    text = "Idee mit Emoji 🚌, Zeichen \x07 und viel Text " + "x" * 20_000
    page.capture_lines([text])
    card = next(c for c in page.source.data.cards if c.text == text)
    page.scene.select_cards([card.id])
    page.make_cluster()
    page.edits.editor.finish(keep=False)
    page.set_voting(True)
    page.round_bar.new_button.click()
    page.voting_bar.vote(card.id, 1)
    page.set_voting(False)
    page.scene.select_cards([card.id])
    page.promote()
    proposal_id = page.proposals.editor.proposal_id
    window.close_project()
    assert window.open_path(demo_file)
    window.navigation.setCurrentRow(2)
    reopened = window.boards
    reopened.show_field(card.field_id)
    again = next(c for c in reopened.source.data.cards if c.id == card.id)
    assert again.text == text and again.votes == 1 and again.cluster_id is not None
    assert reopened.proposals.model.row_of(proposal_id or "") >= 0 or any(
        p == proposal_id for p in _proposal_ids(window)
    )


def _proposal_ids(window: MainWindow) -> list[str]:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return [p.id for p in session.scalars(live(Proposal))]


def test_write_protected_file_shows_the_board_but_refuses_edits(
    qtbot: QtBot, demo_file: Path
) -> None:
    demo_file.chmod(stat.S_IRUSR)
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    try:
        main.navigation.setCurrentRow(2)
        page = main.boards
        assert len(page.scene.cards) == 17
        assert not page.capture.isEnabled() and not page.actions_by_name["voting"].isEnabled()
        assert not page.scene.movable
    finally:
        main.close_project()
        demo_file.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_new_boards_zoom_stays_when_cards_come_and_voting_starts(
    qtbot: QtBot, new_file: Path
) -> None:
    """The evening on a new project: the empty board was fitted when first shown; twenty cards
    typed later must not make the voting bar (a resize) zoom out to blocks without text."""
    window = laptop_window(qtbot, new_file)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.pages.currentWidget()
    assert isinstance(page, BoardPage) and not page.scene.cards
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    for number in range(1, 21):
        qtbot.keyClicks(page.capture, f"Idee {number}")
        qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert len(page.scene.cards) == 20
    zoom = page.view.zoom_factor()
    assert page.scene.look.readable_at(zoom), "the cards are typed at a readable size"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(page.voting_bar.isVisible)
    QTest.qWait(50)  # the layout gives the view its new height
    assert page.view.zoom_factor() == pytest.approx(zoom), "voting keeps the zoom"
    assert page.scene.look.readable_at(page.view.zoom_factor()), "cards keep their text"
    qtbot.keyClick(page.view, Qt.Key.Key_P, CTRL_SHIFT)
    QTest.qWait(50)
    assert page.view.zoom_factor() == pytest.approx(zoom), "and so does ending it"
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert fills(page.view, page.scene.content_rect()), "Ctrl+0 still shows all twenty"
    window.close_project()
