"""Typing into every table that is edited in place, the way a facilitator does on the night:
name, Tab, organisation, Tab, … Enter — on sorted and filtered views of a NEW project — and
then every stored row read back from the file.

The tables re-sort after each stored cell; before issue 13 the row moved away under its
editor and the next value overwrote another record ("Dr. Klaus Meier" became "3")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from lk40_desktop.services import project as project_service
from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.proposals import proposal_list
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.services.stakeholders.data import load
from lk40_desktop.services.vocabulary import entries
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.board.card_list import AUTHOR, TEXT
from lk40_desktop.ui.dialogs.vocabulary import VocabularyDialog
from lk40_desktop.ui.main_window import BOARDS, SCORING, STAKEHOLDERS, MainWindow
from lk40_desktop.ui.stakeholders.table import NAME
from lk40_desktop.ui.widgets.dates import DateEdit
from tests.gui import laptop_window, type_cells, type_text


@pytest.fixture
def window(qtbot: QtBot, new_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, new_file)
    yield main
    main.close_project()


def _reopened(path: Path):  # type: ignore[no-untyped-def]
    """The file as another program would find it."""
    return WorkshopDocument.open(path, read_only=True)


PEOPLE = [
    # name, organisation, group, influence, interest, attitude, contact, details, notes
    ("Dr. Klaus Meier", "Stadtwerke", "Ind", "4", "2", "Kri", "Frau Ott", "0151 1", "Netz"),
    ("Anna Zander", "IHK", "Mit", "5", "4", "Unt", "Herr Li", "a@ihk.de", ""),
    ("Bernd Albers", "Kreishandwerkerschaft", "Han", "3", "5", "Neu", "", "", "Innung"),
    ("Ömer Yilmaz", "Jugendring", "Ehr", "2", "5", "Unt", "", "", ""),
    ("Carla Nguyen", "Gymnasium Nord", "Sch", "2", "4", "Unt", "Direktorin", "", ""),
    ("Egon Fischer", "Kreistag", "Pol", "5", "3", "Kri", "", "", "Fraktion B"),
    ("Hanna Kühn", "Bürgerbus e. V.", "Ehr", "1", "4", "Neu", "", "", ""),
    ("Ina Wolf", "Kämmerei", "Ver", "4", "3", "Neu", "", "", ""),
    ("Jan Becker", "Bäckerei Becker", "Kle", "1", "2", "Neu", "", "0170 2", ""),
    ("Zoe Brandt", "Volkshochschule", "Ins", "2", "3", "Unt", "", "", ""),
]
ATTITUDES = {"Kri": "critic", "Unt": "supporter", "Neu": "neutral"}


def test_ten_stakeholders_typed_into_the_sorted_table_are_stored_as_typed(
    window: MainWindow, qtbot: QtBot, new_file: Path
) -> None:
    window.navigation.setCurrentRow(STAKEHOLDERS)
    page = window.stakeholders
    for person in PEOPLE:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        row = page.table.currentIndex().row()
        type_cells(qtbot, page.table, person[:1], end=Qt.Key.Key_Tab)
        assert page.table.currentIndex().row() == row, "the row stays under the editor"
        assert page.proxy.index(row, NAME).data() == person[0]
        type_cells(qtbot, page.table, person[1:])
        current = page.table.currentIndex()
        assert current.siblingAtColumn(NAME).data() == person[0], "the typed row stays current"
    names = [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]
    assert names == sorted(names, key=lambda n: n.replace("Ö", "O")), "sorted again afterwards"
    window.close_project()

    document = _reopened(new_file)
    with document.reading() as session:
        data = load(session)
    document.close()
    groups = {g.id: g.name for g in data.groups}
    stored = {
        row.name: (
            row.organisation,
            groups[row.group_id or ""][:3],
            f"{row.influence:g}",
            f"{row.interest:g}",
            row.attitude,
            row.contact_person,
            row.contact_details,
            row.notes,
        )
        for row in data.stakeholders
    }
    expected = {
        name: (org, group, influence, interest, ATTITUDES[att], contact, details, notes)
        for name, org, group, influence, interest, att, contact, details, notes in PEOPLE
    }
    assert stored == expected


def test_a_filtered_row_stays_under_its_editor_until_editing_ends(
    window: MainWindow, qtbot: QtBot, new_file: Path
) -> None:
    window.navigation.setCurrentRow(STAKEHOLDERS)
    page = window.stakeholders
    for person in PEOPLE[:3]:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        type_cells(qtbot, page.table, person[:2])
    qtbot.keyClicks(page.search, "Meier")
    assert page.proxy.rowCount() == 1
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, NAME))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Klaus Schulz")  # no longer matches the search
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert page.proxy.rowCount() == 1, "the row stays while its next cell is edited"
    assert page.table.currentIndex().siblingAtColumn(NAME).data() == "Klaus Schulz"
    type_cells(qtbot, page.table, ["Stadtwerke Nord"])
    assert page.proxy.rowCount() == 0, "filtered out once editing ended"
    window.close_project()

    document = _reopened(new_file)
    with document.reading() as session:
        stored = {row.name: row.organisation for row in load(session).stakeholders}
    document.close()
    assert stored == {
        "Klaus Schulz": "Stadtwerke Nord",
        "Anna Zander": "IHK",
        "Bernd Albers": "Kreishandwerkerschaft",
    }


def test_workshops_typed_with_german_dates_are_stored_in_date_order(
    window: MainWindow, qtbot: QtBot, new_file: Path
) -> None:
    section = window.overview.workshops
    typed = [
        ("Auftakt", "15.01.27", "Kreishaus", "Frau Ott", "40", "Verwaltung", ""),
        ("Zukunftswerkstatt", "150227", "Gymnasium", "Herr Li", "25", "", "Schüler"),
        ("Vorgespräch", "3.12.2026", "Rathaus", "", "8", "", ""),
        ("Abschluss", "1.7.2027", "Stadthalle", "Frau Ott", "120", "alle", "Presse"),
    ]
    for row in typed:
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        shown_at = section.view.currentIndex().row()
        type_cells(qtbot, section.view, row[:2], end=Qt.Key.Key_Tab)
        assert section.view.currentIndex().row() == shown_at, "the row waits for the editor"
        type_cells(qtbot, section.view, row[2:])
        assert section.view.currentIndex().siblingAtColumn(0).data() == row[0]
    model = section.model
    shown = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert shown == ["03.12.2026", "15.01.2027", "15.02.2027", "01.07.2027"], "full years"
    window.close_project()

    document = _reopened(new_file)
    with document.reading() as session:
        stored = [
            (w.title, w.date, w.place, w.facilitator, w.participant_count, w.participants, w.notes)
            for w in project_service.workshops(session)
        ]
    document.close()
    assert stored == [
        ("Vorgespräch", date(2026, 12, 3), "Rathaus", "", 8, "", ""),
        ("Auftakt", date(2027, 1, 15), "Kreishaus", "Frau Ott", 40, "Verwaltung", ""),
        ("Zukunftswerkstatt", date(2027, 2, 15), "Gymnasium", "Herr Li", 25, "", "Schüler"),
        ("Abschluss", date(2027, 7, 1), "Stadthalle", "Frau Ott", 120, "alle", "Presse"),
    ]


def test_an_impossible_date_keeps_the_cell_open_and_says_why(
    window: MainWindow, qtbot: QtBot
) -> None:
    section = window.overview.workshops
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, section.view, ["Auftakt"], end=Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "31.02.2027")
    assert editor.problem == "Den 31.02.2027 gibt es nicht.", "said while typing"
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor, "Tab does not leave an impossible date"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor, "nor does Enter"
    editor.selectAll()
    qtbot.keyClicks(editor, "28.2.27")
    assert editor.problem == ""
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc leaves the stored date alone
    qtbot.waitUntil(lambda: section.view.state() != QAbstractItemView.State.EditingState)
    assert window.controller is not None
    with window.controller.document.reading() as session:
        (workshop,) = project_service.workshops(session)
    assert workshop.title == "Auftakt" and workshop.date == date.today()
    section.view.setCurrentIndex(section.model.index(0, 1))
    qtbot.keyClick(section.view, Qt.Key.Key_F2)
    type_cells(qtbot, section.view, ["28.2.27"])
    with window.controller.document.reading() as session:
        (workshop,) = project_service.workshops(session)
    assert workshop.date == date(2027, 2, 28)


def test_criteria_typed_across_a_row_skip_the_computed_share(
    window: MainWindow, qtbot: QtBot, new_file: Path
) -> None:
    window.navigation.setCurrentRow(SCORING)
    criteria = window.scoring.ensure_editor().criteria
    window.scoring.ensure_editor().tabs.setCurrentWidget(criteria)
    qtbot.mouseClick(criteria.add_button, Qt.MouseButton.LeftButton)
    # name, weight, (share is computed), scale from, scale to, direction, portfolio axis
    type_cells(qtbot, criteria.view, ["Akzeptanz", "12", "1", "7", "Kosten", "Auf"])
    window.close_project()

    document = _reopened(new_file)
    with document.reading() as session:
        added = next(c for c in load_criteria(session) if c.name == "Akzeptanz")
    document.close()
    assert (added.weight, added.scale_min, added.scale_max) == (12, 1, 7)
    assert (added.direction, added.portfolio_axis) == ("cost", "effort")


def test_action_fields_and_groups_are_named_by_typing(
    window: MainWindow, qtbot: QtBot, new_file: Path
) -> None:
    fields = window.overview.fields
    qtbot.mouseClick(fields.add_button, Qt.MouseButton.LeftButton)
    type_cells(qtbot, fields.view, ["Digitale Verwaltung"])
    assert window.controller is not None
    groups = VocabularyDialog(
        window.controller, "stakeholder_group", "Gruppen", "Neue Gruppe", window
    )
    groups.show()
    groups.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is groups)
    groups.add()
    type_cells(qtbot, groups.view, ["Aaa Landwirtschaft"])
    groups.close()
    window.close_project()

    document = _reopened(new_file)
    with document.reading() as session:
        field_names = [f.name for f in project_service.action_fields(session)]
        group_names = [g.name for g in entries(session, "stakeholder_group")]
    document.close()
    assert field_names[-1] == "Digitale Verwaltung" and len(field_names) == 10
    assert group_names[-1] == "Aaa Landwirtschaft" and "Neue Gruppe" not in group_names


def test_cards_by_keyboard_only_right_after_switching_to_the_boards(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.boards
    assert QApplication.focusWidget() is page.capture, "Ctrl+K works without a click first"
    type_text(qtbot, page.capture, "Bürgerportal für alle Anträge")
    qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    assert [c.text for c in page.source.data.cards] == ["Bürgerportal für alle Anträge"]


def test_cards_edited_in_the_sorted_filtered_list_keep_their_row(
    window: MainWindow, qtbot: QtBot, new_file: Path
) -> None:
    window.navigation.setCurrentRow(BOARDS)
    page = window.boards
    for text in ("Ladesäulen am Bahnhof", "E-Bus-Linie", "Carsharing Dorf", "Ladepark Kreishaus"):
        type_text(qtbot, page.capture, text)
        qtbot.keyClick(page.capture, Qt.Key.Key_Return)
    page.tabs.setCurrentWidget(page.list_view)
    page.list_view.horizontalHeader().setSortIndicator(TEXT, Qt.SortOrder.AscendingOrder)
    qtbot.keyClicks(page.filter_bar.search, "Lade")
    assert page.list_model.rowCount() == 2
    page.list_view.setFocus()
    page.list_view.setCurrentIndex(page.list_model.index(0, TEXT))
    assert page.list_view.currentIndex().data() == "Ladepark Kreishaus"
    qtbot.keyClick(page.list_view, Qt.Key.Key_F2)
    # text (sorts last, leaves the search), details, then author (over dots, cluster, field)
    type_cells(qtbot, page.list_view, ["Parkhaus mit Strom", "100 Stellplätze", "Gruppe B"])
    assert page.list_model.rowCount() == 1, "filtered out once editing ended"
    assert page.list_view.model().index(0, AUTHOR).data() == ""
    window.close_project()

    document = _reopened(new_file)
    with document.reading() as session:
        cards = {c.text: (c.details, c.author_group) for c in load_board(session, None).cards}
    document.close()
    assert cards == {
        "Ladesäulen am Bahnhof": ("", ""),
        "E-Bus-Linie": ("", ""),
        "Carsharing Dorf": ("", ""),
        "Parkhaus mit Strom": ("100 Stellplätze", "Gruppe B"),
    }


def test_proposal_titles_typed_in_the_list_go_row_after_row(
    window: MainWindow, qtbot: QtBot, new_file: Path
) -> None:
    window.navigation.setCurrentRow(BOARDS)
    panel = window.boards.proposals
    window.boards.tabs.setCurrentWidget(panel)
    for _ in range(2):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    # Tab skips the time horizon and the quick-win box and goes on to the next title
    type_cells(qtbot, panel.table, ["Ladepark Kreishaus", "Rufbus per App"])
    window.close_project()

    document = _reopened(new_file)
    with document.reading() as session:
        titles = [p.title for p in proposal_list(session, None)]
    document.close()
    assert titles == ["Ladepark Kreishaus", "Rufbus per App"]
