"""The import of lists in the window (issue 21), at 1366 × 768 and with the keyboard: File ›
"Stakeholder importieren…" with a real .xlsx, one duplicate decided as "merge" in the
wizard, the report, and one Ctrl+Z that takes the whole import back; "Ideen importieren…"
with a German ;-separated Windows-1252 CSV (first line ``sep=;``) into a chosen board; a
refused file that says why and writes nothing; and the columns chosen for a list remembered
for the next list with the same titles. Every stored row is read back from the .lk40."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget
from pytestqt.qtbot import QtBot

from lk40_desktop.ui.dialogs.import_duplicates import CHOICE
from lk40_desktop.ui.dialogs.imports import DUPLICATES, MAPPING, ImportFlow, ImportWizard
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.stakeholders.table import NAME
from tests.gui import answer_dialogs, laptop_window, type_file_name
from tests.helpers.lists import csv_file, workbook

HEADER = ["Name", "Organisation", "Gruppe", "Einfluss", "Haltung", "Vorname", "Nachname", "E-Mail"]
ROWS: list[list[object]] = [
    HEADER,
    ["Handwerk Nord", "Handwerkskammer", "Handwerk", 4, "Befürworter", "Anna", "Muster",
     "anna@hwk.de"],
    ["Jugendforum Nord", "Stadt Musterstadt", "Neue Gruppe", "3,5", "Kritiker", "Bert", "Beis",
     ""],
    ["Landrätin", "Landratsamt Musterlandkreis", "", "", "", "", "", "landraetin@lra.de"],
    ["", "Ohne Namen e. V.", "", "", "", "", "", ""],
    ["Förderverein Schule", "", "", "sehr hoch", "", "", "", ""],
]  # fmt: skip
"""Three new stakeholders, one the demo project has (the Landrätin), one row without a name."""


@pytest.fixture(autouse=True)
def _no_remembered_columns() -> Iterator[None]:
    """Each test starts without the column choices of another test's lists."""
    QSettings().remove("imports")
    yield
    QSettings().remove("imports")


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = laptop_window(qtbot, demo_file)
    yield main
    main.close_project()


def _count(path: Path, sql: str, *values: object) -> int:
    with sqlite3.connect(path) as connection:
        found = int(connection.execute(sql, values).fetchone()[0])
    connection.close()
    return found


def _stakeholder(path: Path, name: str) -> tuple[object, ...] | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT s.organisation, g.name, s.influence, s.attitude, s.contact_person, "
            "s.contact_details FROM stakeholder s LEFT JOIN stakeholder_group g ON "
            "g.id = s.group_id WHERE s.deleted_at IS NULL AND s.name = ?",
            (name,),
        ).fetchone()
    connection.close()
    return tuple(row) if row else None


LIVE_STAKEHOLDERS = "SELECT count(*) FROM stakeholder WHERE deleted_at IS NULL"


def _choose_file(path: Path) -> None:
    """Answer the file dialog the menu entry opens: the name typed, then Enter."""

    def act(dialog: QDialog) -> None:
        type_file_name(dialog, path)

    answer_dialogs(act=act)


def _wizard(qtbot: QtBot, window: MainWindow) -> ImportWizard:
    """The wizard, once the list is read (off the GUI thread) and the wizard has the keys."""
    qtbot.waitUntil(lambda: _shown(window.findChild(ImportWizard)), timeout=10_000)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def _shown(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible()


def _press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed where the keyboard is."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def _tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> None:
    """Tab until ``target`` has the keyboard (fails if Tab never gets there)."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, f"Tab does not reach {target.accessibleName()}"


def _report(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    """The report's summary and details, once it is shown; then Esc closes it."""
    flow = window.findChild(ImportFlow)
    assert flow is not None
    qtbot.waitUntil(lambda: _shown(flow.report))
    assert flow.report is not None
    texts = flow.report.summary.text(), flow.report.details.toPlainText()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.report)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ImportFlow) is None)
    return texts


def test_a_stakeholder_list_comes_in_with_a_duplicate_merged_and_one_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    source = workbook(tmp_path / "Adressliste.xlsx", ROWS)
    before = _count(demo_file, LIVE_STAKEHOLDERS)
    landraetin = _stakeholder(demo_file, "Landrätin")
    assert landraetin is not None and "landraetin@lra.de" not in str(landraetin[5])
    _choose_file(source)
    window.menu_actions.import_stakeholders.trigger()
    wizard = _wizard(qtbot, window)
    page = wizard.mapping_page
    assert page.sheet.isVisible() and not page.separator.isVisible()  # a workbook: its sheets
    assert page.mapping() == (
        "name", "organisation", "group", "influence", "attitude",
        "contact_person", "contact_person", "contact_details",
    )  # fmt: skip
    preview = page.preview_model
    assert preview.rowCount() == 5
    assert [preview.index(row, 0).data() for row in range(5)] == ["2", "3", "4", "5", "6"]
    assert preview.index(3, 1).data() == "Zeile 5: ohne Namen"  # beside its number
    assert "Anna Muster" in [preview.index(0, c).data() for c in range(preview.columnCount())]
    _press(qtbot, Qt.Key.Key_Return)  # Weiter
    qtbot.waitUntil(lambda: wizard.currentId() == DUPLICATES)
    duplicates = wizard.duplicates_page
    assert duplicates.model.rowCount() == 1
    assert duplicates.model.index(0, 0).data() == "4"
    assert duplicates.model.index(0, CHOICE).data() == "Überspringen"
    _tab_to(qtbot, duplicates.view)
    assert duplicates.view.currentIndex().column() == CHOICE
    _press(qtbot, Qt.Key.Key_F2)
    _press(qtbot, Qt.Key.Key_Down)  # Überspringen → Zusammenführen
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: duplicates.model.index(0, CHOICE).data() == "Zusammenführen")
    assert _count(demo_file, LIVE_STAKEHOLDERS) == before  # nothing written before "Importieren"
    _press(qtbot, Qt.Key.Key_Return)  # Importieren
    summary, details = _report(qtbot, window)
    assert "Stakeholder übernommen: 3. Zusammengeführt: 1. Übersprungen: 1." in summary
    assert "Zeile 5: ohne Namen" in details
    assert "Zeile 4: mit dem Stakeholder „Landrätin (Landratsamt Musterlandkreis)“" in details
    assert "Neue Stakeholder-Gruppen: Neue Gruppe" in details

    assert _count(demo_file, LIVE_STAKEHOLDERS) == before + 3
    assert _stakeholder(demo_file, "Handwerk Nord") == (
        "Handwerkskammer", "Handwerk", 4.0, "supporter", "Anna Muster", "anna@hwk.de",
    )  # fmt: skip
    assert _stakeholder(demo_file, "Jugendforum Nord")[1:4] == ("Neue Gruppe", 3.5, "critic")  # type: ignore[index]
    merged = _stakeholder(demo_file, "Landrätin")
    assert merged is not None and "landraetin@lra.de" in str(merged[5])
    assert merged[:5] == landraetin[:5]  # the workshop's view is not overwritten
    assert window.navigation.currentRow() == 1  # the stakeholders are shown, the list's selected
    page = window.stakeholders
    rows = page.table.selectionModel().selectedRows()
    selected = {index.siblingAtColumn(NAME).data() for index in rows}
    assert selected == {"Handwerk Nord", "Jugendforum Nord", "Förderverein Schule", "Landrätin"}

    window.menu_actions.undo.trigger()  # one step: the whole import
    assert _count(demo_file, LIVE_STAKEHOLDERS) == before
    assert _stakeholder(demo_file, "Landrätin") == landraetin
    assert _stakeholder(demo_file, "Handwerk Nord") is None
    assert _count(
        demo_file, "SELECT count(*) FROM stakeholder_group WHERE name = ? AND deleted_at IS NULL",
        "Neue Gruppe",
    ) == 0  # fmt: skip
    window.menu_actions.redo.trigger()
    assert _count(demo_file, LIVE_STAKEHOLDERS) == before + 3


CARDS = "SELECT count(*) FROM idea WHERE action_field_id = ? AND deleted_at IS NULL"


def _field_id(path: Path, name: str) -> str:
    with sqlite3.connect(path) as connection:
        (found,) = connection.execute(
            "SELECT id FROM action_field WHERE name = ? AND deleted_at IS NULL", (name,)
        ).fetchone()
    connection.close()
    return str(found)


def test_ideas_from_a_german_csv_go_to_the_board_chosen(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    ideas = [
        ["Idee", "Beschreibung", "Verfasser", "Schlagworte"],
        ["Ladesäulen am Bürgerhaus", "für Pendler; mit Ökostrom", "Bürgerbüro", "Laden"],
        ["Carsharing für Vereine", "", "Sportverein Groß", ""],
        ["", "nur eine Beschreibung", "", ""],
    ]
    source = csv_file(tmp_path / "Umfrage.csv", ideas, encoding="cp1252", sep_line=True)
    board = _field_id(demo_file, "Umwelt und Klima")
    cards_before = _count(
        demo_file,
        "SELECT count(*) FROM idea WHERE action_field_id = ? AND deleted_at IS NULL",
        board,
    )
    _choose_file(source)
    window.menu_actions.import_ideas.trigger()
    wizard = _wizard(qtbot, window)
    page = wizard.mapping_page
    assert page.separator.currentData() == ";" and page.encoding.currentData() == "cp1252"
    assert page.separator.isVisible() and not page.sheet.isVisible()
    assert page.mapping() == ("text", "details", "author_group", "tags")
    assert page.preview_model.index(0, 2).data() == "Ladesäulen am Bürgerhaus"  # umlauts read
    qtbot.keyClick(wizard, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "In das Board von"
    assert QApplication.focusWidget() is page.board
    while page.board.currentText() != "Umwelt und Klima":
        index = page.board.currentIndex()
        _press(qtbot, Qt.Key.Key_Down)
        assert page.board.currentIndex() == index + 1, "the board is not in the list"
    assert page.field_id() == board
    _press(qtbot, Qt.Key.Key_Return)  # Weiter
    qtbot.waitUntil(lambda: wizard.currentId() == DUPLICATES)
    assert wizard.duplicates_page.model.rowCount() == 0
    _press(qtbot, Qt.Key.Key_Return)  # Importieren
    summary, details = _report(qtbot, window)
    assert "Karten übernommen: 2. Zusammengeführt: 0. Übersprungen: 1." in summary
    assert "Zeile 5: ohne Text" in details  # the sep= line is line 1

    with sqlite3.connect(demo_file) as connection:
        cards = connection.execute(
            "SELECT text, details, author_group, tags, workshop_id FROM idea "
            "WHERE action_field_id = ? AND deleted_at IS NULL AND text IN (?, ?) ORDER BY text",
            (board, "Ladesäulen am Bürgerhaus", "Carsharing für Vereine"),
        ).fetchall()
    connection.close()
    assert cards == [
        ("Carsharing für Vereine", "", "Sportverein Groß", "", None),
        ("Ladesäulen am Bürgerhaus", "für Pendler; mit Ökostrom", "Bürgerbüro", "Laden", None),
    ]
    assert window.navigation.currentRow() == 2  # the board is shown
    window.menu_actions.undo.trigger()
    assert _count(demo_file, CARDS, board) == cards_before


def _header_only(folder: Path) -> Path:
    return workbook(folder / "Liste.xlsx", [HEADER])


def _empty(folder: Path) -> Path:
    return workbook(folder / "Liste.xlsx", [])


def _locked(folder: Path) -> Path:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    plain = workbook(folder / "offen.xlsx", ROWS)
    locked = folder / "Liste.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        ooxml.OOXMLFile(source).encrypt("geheim", target)
    return locked


def _utf16_without_mark(folder: Path) -> Path:
    path = folder / "Liste.csv"  # Excel's "Unicode text", its byte-order mark lost
    path.write_bytes("Name;Ort\r\nMüller;Augsburg\r\n".encode("utf-16-le"))
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (_header_only, "„Liste.xlsx“ enthält nur eine Kopfzeile"),
        (_empty, "„Liste.xlsx“ ist leer"),
        (_locked, "„Liste.xlsx“ ist mit einem Kennwort geschützt"),
        (_utf16_without_mark, "Die Zeichenkodierung von „Liste.csv“ ist unbekannt"),
    ],
)
def test_a_file_that_cannot_serve_is_refused_with_its_reason_and_nothing_is_written(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    *,
    make: Callable[[Path], Path],
    says: str,
) -> None:
    source = make(tmp_path)
    before = demo_file.read_bytes()
    undo_steps = window.undo_group.activeStack().count()
    _choose_file(source)
    window.menu_actions.import_stakeholders.trigger()
    flow = window.findChild(ImportFlow)
    assert flow is not None
    qtbot.waitUntil(lambda: _shown(flow.message))
    assert flow.message is not None
    text = flow.message.text()
    assert says in text and "Es wurde nichts importiert." in text
    assert window.findChild(ImportWizard) is None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flow.message)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(ImportFlow) is None)
    assert window.undo_group.activeStack().count() == undo_steps
    assert demo_file.read_bytes() == before


def test_a_read_only_project_says_so_and_asks_for_no_file(
    qtbot: QtBot, tmp_path: Path, demo_file: Path
) -> None:
    demo_file.chmod(0o444)
    try:
        window = laptop_window(qtbot, demo_file)
        assert window.controller is not None and window.controller.read_only
        with qtbot.waitSignal(window.controller.failed) as failed:
            window.menu_actions.import_stakeholders.trigger()  # no file dialog to answer
        assert "schreibgeschützt" in str(failed.args[0])
        assert window.findChild(ImportFlow) is None
        window.close_project()
    finally:
        demo_file.chmod(0o644)


def test_a_csv_read_with_a_wrong_encoding_says_so_and_imports_nothing(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    source = csv_file(tmp_path / "Liste.csv", ROWS, encoding="cp1252")
    before = _count(demo_file, LIVE_STAKEHOLDERS)
    _choose_file(source)
    window.menu_actions.import_stakeholders.trigger()
    wizard = _wizard(qtbot, window)
    page = wizard.mapping_page
    assert page.encoding.currentData() == "cp1252"
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    page.encoding.setFocus()
    _press(qtbot, Qt.Key.Key_Home)  # UTF-8: "Befürworter" in Windows-1252 is no UTF-8
    qtbot.waitUntil(page.problem.isVisible)
    assert "passt nicht zur gewählten Zeichenkodierung" in page.problem.text()
    assert not next_button.isEnabled()
    _press(qtbot, Qt.Key.Key_Down)  # Windows-1252 again: read again, all is well
    qtbot.waitUntil(lambda: not page.problem.isVisible())
    assert next_button.isEnabled()
    assert page.preview_model.index(0, 2).data() == "Handwerk Nord"
    name = _combo_of(wizard, "Name")
    _tab_to(qtbot, name)
    _press(qtbot, Qt.Key.Key_Home)  # the name column not imported: no stakeholder can come in
    assert page.need.isVisible() and "„Name“" in page.need.text()
    assert not next_button.isEnabled()
    _press(qtbot, Qt.Key.Key_Down)  # Name again
    assert not page.need.isVisible() and next_button.isEnabled()
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ImportFlow) is None)
    assert _count(demo_file, LIVE_STAKEHOLDERS) == before


def _combo_of(wizard: ImportWizard, title: str) -> QComboBox:
    page = wizard.mapping_page
    assert page.table is not None
    return page.columns[page.table.header.index(title)]


def test_the_columns_chosen_are_offered_again_for_a_list_with_the_same_titles(
    qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    header = ["Name", "Organisation", "Kreis", "Bemerkung"]
    first = workbook(
        tmp_path / "Liste 1.xlsx", [header, ["Seniorenbeirat", "Stadt", "Ehrenamt", "x"]]
    )
    _choose_file(first)
    window.menu_actions.import_stakeholders.trigger()
    wizard = _wizard(qtbot, window)
    assert wizard.mapping_page.mapping() == ("name", "organisation", None, "notes")
    circle, remark = _combo_of(wizard, "Kreis"), _combo_of(wizard, "Bemerkung")
    _tab_to(qtbot, circle)
    qtbot.keyClicks(circle, "G")  # Gruppe
    _tab_to(qtbot, remark)
    _press(qtbot, Qt.Key.Key_Home)  # – nicht übernehmen –
    assert wizard.mapping_page.mapping() == ("name", "organisation", "group", None)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == DUPLICATES)
    _press(qtbot, Qt.Key.Key_Return)
    _summary, details = _report(qtbot, window)
    assert "Nicht übernommene Spalten: Bemerkung" in details
    assert _stakeholder(demo_file, "Seniorenbeirat") is not None

    # the same titles in another order, in a CSV: the choices come back
    second = csv_file(
        tmp_path / "Liste 2.csv",
        [["Bemerkung", "Kreis", "Organisation", "Name"], ["y", "Handwerk", "Innung", "Bäcker"]],
    )
    _choose_file(second)
    window.menu_actions.import_stakeholders.trigger()
    wizard = _wizard(qtbot, window)
    assert wizard.currentId() == MAPPING
    assert wizard.mapping_page.mapping() == (None, "group", "organisation", "name")
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ImportFlow) is None)
    assert _stakeholder(demo_file, "Bäcker") is None  # cancelled: nothing written

    # a list with other titles gets the guess
    third = csv_file(tmp_path / "Liste 3.csv", [["Name", "Kreis"], ["Imker", "Ehrenamt"]])
    _choose_file(third)
    window.menu_actions.import_stakeholders.trigger()
    wizard = _wizard(qtbot, window)
    assert wizard.mapping_page.mapping() == ("name", None)
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ImportFlow) is None)


def test_a_stakeholder_list_longer_than_the_map_can_show_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lk40_desktop.ui.dialogs import imports

    before = _count(demo_file, LIVE_STAKEHOLDERS)
    monkeypatch.setattr(imports, "MAX_STAKEHOLDERS", before + len(ROWS) - 2)
    source = workbook(tmp_path / "Adressliste.xlsx", ROWS)  # one row more than that
    _choose_file(source)
    window.menu_actions.import_stakeholders.trigger()
    flow = window.findChild(ImportFlow)
    assert flow is not None
    qtbot.waitUntil(lambda: _shown(flow.message))
    assert flow.message is not None
    assert "„Adressliste.xlsx“ hat 5 Zeilen" in flow.message.text()
    assert "Es wurde nichts importiert." in flow.message.text()
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(ImportFlow) is None)
    assert _count(demo_file, LIVE_STAKEHOLDERS) == before


def test_the_wizard_closed_while_the_list_is_read_again_ends_once_the_read_has(
    qtbot: QtBot,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Esc while a slow list is read again: the read's thread runs to its end, then the
    import goes (destroying a running thread would take the app down)."""
    import threading

    from lk40_desktop.ui.dialogs import imports

    source = csv_file(tmp_path / "Liste.csv", ROWS)
    _choose_file(source)
    window.menu_actions.import_stakeholders.trigger()
    wizard = _wizard(qtbot, window)
    release = threading.Event()
    plain = imports.read_table

    def slow(path: Path, options: object = None) -> object:
        release.wait(5)
        return plain(path, options)  # type: ignore[arg-type]

    monkeypatch.setattr(imports, "read_table", slow)
    page = wizard.mapping_page
    page.separator.setFocus()
    _press(qtbot, Qt.Key.Key_Down)  # another separator: read again, slowly
    flow = window.findChild(ImportFlow)
    assert flow is not None and flow.task is not None
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    qtbot.wait(100)
    assert window.findChild(ImportFlow) is flow  # still there: its read runs
    release.set()
    qtbot.waitUntil(lambda: window.findChild(ImportFlow) is None)
