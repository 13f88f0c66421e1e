"""The measure profile typed like a person on the laptop: every field of a new measure with
Tab and Enter, read back from the file; a refused quarter and a negative amount keep the
stored value and say why; field goals ticked with Space; measures numbered, then undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lk40_desktop.operations.proposals import update_proposal
from lk40_desktop.services.proposals import Profile, load_profile
from lk40_desktop.services.strategy import goal_links
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.board.proposal_editor import ProposalEditor
from lk40_desktop.ui.main_window import MainWindow
from tests.gui import laptop_window, type_text

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    """The demo on the laptop, at the proposals of the first action field."""
    main = laptop_window(qtbot, demo_file)
    main.navigation.setCurrentRow(2)
    main.boards.tabs.setCurrentWidget(main.boards.proposals)
    main.boards.proposals.table.setFocus()
    yield main
    main.close_project()


@pytest.fixture
def editor(window: MainWindow) -> ProposalEditor:
    return window.boards.proposals.editor


def _stored(window: MainWindow, proposal_id: str) -> Profile:
    assert window.controller is not None
    with window.controller.document.reading() as session:
        profile = load_profile(session, proposal_id)
    assert profile is not None
    return profile


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_and_tab(qtbot: QtBot, *texts: str) -> None:
    """Type into the focused field, Tab to the next, for each text."""
    for text in texts:
        type_text(qtbot, _focused(), text)
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)


def test_a_whole_profile_is_typed_and_stored(
    window: MainWindow, editor: ProposalEditor, qtbot: QtBot, demo_file: Path
) -> None:
    panel = window.boards.proposals
    count = panel.model.rowCount()
    qtbot.keyClick(_focused(), Qt.Key.Key_N, ALT)  # "&Neuer Vorschlag": the title is focused
    qtbot.waitUntil(lambda: panel.model.rowCount() == count + 1)  # a button clicks animated
    proposal_id = editor.proposal_id
    assert proposal_id is not None and _focused() is editor.form.title
    assert editor.form.number.text().startswith("Maßnahme EM-")
    type_text(qtbot, editor.form.title, "Ladesäulen an Schulen")
    qtbot.keyClick(editor.form.title, Qt.Key.Key_Tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_R, ALT)  # P&roblem
    assert _focused() is editor.form.texts["problem"]
    _type_and_tab(qtbot, "Lehrkräfte laden nicht", "20 Ladepunkte", "Weniger CO2")
    _type_and_tab(qtbot, "Schulen", "Ausschreibung")
    qtbot.keyClick(_focused(), Qt.Key.Key_F, ALT)  # &Finanzierung
    qtbot.keyClick(_focused(), Qt.Key.Key_S, ALT)  # Ko&sten gesamt
    assert _focused() is editor.form.cost
    _type_and_tab(qtbot, "1.000.000", "250.000", "750.000", "Landesförderung", "12.000")
    qtbot.keyClick(_focused(), Qt.Key.Key_U, ALT)  # &Umsetzung
    qtbot.keyClick(_focused(), Qt.Key.Key_G, ALT)  # Federführun&g
    assert _focused() is editor.form.lead
    _type_and_tab(qtbot, "Schulamt", "Stadtwerke", "1,5")
    qtbot.keyClick(_focused(), Qt.Key.Key_R, ALT)  # Sta&rtquartal
    type_text(qtbot, _focused(), "Q2 2027")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    _type_and_tab(qtbot, "Vergabe 2027", "Lieferzeiten")
    assert _focused() is editor.form.status
    qtbot.keyClick(editor.form.status, Qt.Key.Key_Down)  # "laufend"

    stored = _stored(window, proposal_id)
    assert (stored.title, stored.problem, stored.goal, stored.effect) == (
        "Ladesäulen an Schulen",
        "Lehrkräfte laden nicht",
        "20 Ladepunkte",
        "Weniger CO2",
    )
    assert (stored.target_groups, stored.measures) == ("Schulen", "Ausschreibung")
    assert (stored.cost_estimate_eur, stored.own_share_eur, stored.grants_eur) == (
        1_000_000,
        250_000,
        750_000,
    )
    assert (stored.funding_programmes, stored.follow_up_eur) == ("Landesförderung", 12_000)
    assert (stored.lead, stored.partners, stored.staff_fte) == ("Schulamt", "Stadtwerke", 1.5)
    assert (stored.start_quarter, stored.milestones, stored.risks) == (
        "2027-Q2",
        "Vergabe 2027",
        "Lieferzeiten",
    )
    assert stored.status == "running" and stored.number.startswith("EM-")
    assert editor.form.start_quarter.text() == "Q2 2027"
    window.close_project()
    document = WorkshopDocument.open(demo_file)  # what the file holds, read afresh
    try:
        with document.reading() as session:
            again = load_profile(session, proposal_id)
        assert again is not None and again.staff_fte == 1.5 and again.grants_eur == 750_000
    finally:
        document.close()


@pytest.mark.parametrize("typed", ["Q5 2027", "2/1850", "irgendwann"])
def test_a_refused_quarter_keeps_the_stored_one_and_says_why(
    window: MainWindow, editor: ProposalEditor, qtbot: QtBot, typed: str
) -> None:
    proposal_id = editor.proposal_id
    assert proposal_id is not None
    before = _stored(window, proposal_id).start_quarter
    assert before
    qtbot.keyClick(_focused(), Qt.Key.Key_U, ALT)
    qtbot.keyClick(_focused(), Qt.Key.Key_R, ALT)  # Sta&rtquartal
    editor.form.start_quarter.selectAll()
    type_text(qtbot, editor.form.start_quarter, typed)
    qtbot.keyClick(editor.form.start_quarter, Qt.Key.Key_Return)
    assert _stored(window, proposal_id).start_quarter == before
    assert editor.form.start_quarter.text() == f"Q{before[-1]} {before[:4]}"
    assert editor.form.message.isVisible() and "Startquartal" in editor.form.message.text()
    type_text(qtbot, editor.form.start_quarter, "")
    editor.form.start_quarter.selectAll()
    type_text(qtbot, editor.form.start_quarter, "3/2028")
    qtbot.keyClick(editor.form.start_quarter, Qt.Key.Key_Return)
    assert _stored(window, proposal_id).start_quarter == "2028-Q3"
    assert not editor.form.message.isVisible(), "a value taken clears the reason"


def test_a_negative_amount_keeps_the_stored_one_and_says_why(
    window: MainWindow, editor: ProposalEditor, qtbot: QtBot
) -> None:
    proposal_id = editor.proposal_id
    assert proposal_id is not None
    before = _stored(window, proposal_id)
    qtbot.keyClick(_focused(), Qt.Key.Key_F, ALT)
    qtbot.keyClick(_focused(), Qt.Key.Key_E, ALT)  # &Eigenanteil
    share = editor.form.amounts["own_share_eur"]
    assert _focused() is share
    share.selectAll()
    type_text(qtbot, share, "-500")
    qtbot.keyClick(share, Qt.Key.Key_Return)
    assert _stored(window, proposal_id).own_share_eur == before.own_share_eur
    assert share.text() == "360.000"
    assert "nicht negativ" in editor.form.message.text()
    qtbot.keyClick(share, Qt.Key.Key_G, ALT)  # Fol&gekosten: not a number
    follow_up = editor.form.amounts["follow_up_eur"]
    follow_up.selectAll()
    type_text(qtbot, follow_up, "viel")
    qtbot.keyClick(follow_up, Qt.Key.Key_Tab)
    assert _stored(window, proposal_id).follow_up_eur == before.follow_up_eur
    assert "Betrag" in editor.form.message.text() and "Betrag" in follow_up.toolTip()


def test_field_goals_are_ticked_with_space_one_undo_step_each(
    window: MainWindow, editor: ProposalEditor, qtbot: QtBot
) -> None:
    assert window.controller is not None
    proposal_id = editor.proposal_id
    assert proposal_id is not None

    def linked() -> set[str]:
        assert window.controller is not None
        with window.controller.document.reading() as session:
            return {goal for _l, _p, goal in goal_links(session, proposal_ids=[proposal_id])}

    goals = editor.form.goals
    qtbot.keyClick(_focused(), Qt.Key.Key_S, ALT)  # Ziele de&s Handlungsfelds
    assert _focused() is goals and goals.count() >= 2
    before = linked()
    qtbot.keyClick(goals, Qt.Key.Key_Home)
    qtbot.keyClick(goals, Qt.Key.Key_Down)
    second = str(goals.currentItem().data(Qt.ItemDataRole.UserRole))
    assert second not in before
    qtbot.keyClick(goals, Qt.Key.Key_Space)
    assert linked() == before | {second}
    assert goals.currentRow() == 1 and goals.hasFocus(), "the place survives the reload"
    qtbot.keyClick(goals, Qt.Key.Key_Up)
    first = str(goals.currentItem().data(Qt.ItemDataRole.UserRole))
    assert first in before
    qtbot.keyClick(goals, Qt.Key.Key_Space)
    assert linked() == (before | {second}) - {first}
    window.controller.undo_stack.undo()
    assert linked() == before | {second}
    assert goals.item(0).checkState() == Qt.CheckState.Checked
    window.controller.undo_stack.undo()
    assert linked() == before


def test_numbering_gives_numbers_to_measures_without_one_and_is_undone(
    window: MainWindow, editor: ProposalEditor, qtbot: QtBot
) -> None:
    controller = window.controller
    assert controller is not None
    panel = window.boards.proposals
    first, second = panel.model.id_at(0), panel.model.id_at(1)
    kept = _stored(window, second).number
    controller.perform(  # as in a file of an older version: a measure without a number
        "setup", lambda session: update_proposal(session, first, {"number": ""})
    )
    assert editor.proposal_id == first and editor.form.number.text() == "Maßnahme ohne Nummer"
    qtbot.keyClick(_focused(), Qt.Key.Key_I, ALT)  # Maßnahmen nummer&ieren
    qtbot.waitUntil(lambda: _stored(window, first).number != "")  # a button clicks animated
    given = _stored(window, first).number
    assert given.startswith("EM-") and given != kept
    assert _stored(window, second).number == kept, "a number once given stays"
    assert editor.form.number.text() == f"Maßnahme {given}"
    stack = controller.undo_stack.count()
    qtbot.keyClick(_focused(), Qt.Key.Key_I, ALT)  # all have a number: nothing to undo
    qtbot.wait(300)
    assert controller.undo_stack.count() == stack
    controller.undo_stack.undo()
    assert _stored(window, first).number == ""
    assert editor.form.number.text() == "Maßnahme ohne Nummer"
