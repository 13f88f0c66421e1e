"""Reading lists for the import (issue 21): workbooks through python-calamine and CSV files
through the csv module, German Excel's ways of writing them, the column guess, the records and
the duplicate check — and every kind of bad input, refused with its reason or read as it is."""

from __future__ import annotations

import codecs
import datetime
import shutil
from pathlib import Path

import openpyxl
import pytest

from lk40_desktop.services import matching
from lk40_desktop.services.imports.duplicates import find_matches, key_of
from lk40_desktop.services.imports.mapping import guess, remembered_choices
from lk40_desktop.services.imports.records import Note, Record, Skip, records
from lk40_desktop.services.imports.table import (
    ReadOptions,
    ReadProblem,
    ReadRefusedError,
    read_table,
)
from tests.helpers.lists import STAKEHOLDERS, csv_file, workbook
from tests.helpers.office import convert

HAVE_LIBREOFFICE = shutil.which("soffice") is not None


def _refused(path: Path, options: ReadOptions | None = None) -> ReadProblem:
    with pytest.raises(ReadRefusedError) as caught:
        read_table(path, options)
    return caught.value.problem


def test_a_workbook_reads_as_the_spreadsheet_shows_it(tmp_path: Path) -> None:
    rows = [
        ["Name", "Datum", "Zahl", "PLZ", "Formel"],
        ["Anna", datetime.date(2027, 1, 15), 3.5, 86150, "=1+1"],
        ["Bert", "15.01.2027", "3,5", "08150", "=cmd|' /C calc'!A0"],
    ]
    path = workbook(tmp_path / "liste.xlsx", rows)
    book = openpyxl.load_workbook(path)
    book.active["E3"].data_type = "s"  # formula text typed as text, as Excel keeps "'=cmd…"
    book.save(path)
    table = read_table(path)
    assert table.header == ["Name", "Datum", "Zahl", "PLZ", "Formel"]
    # a date cell as the German spreadsheet shows it, a date typed as text as typed; a
    # formula without a stored value is empty (never evaluated), formula text stays text
    assert table.rows == [
        ["Anna", "15.01.2027", "3,5", "86150", ""],
        ["Bert", "15.01.2027", "3,5", "08150", "=cmd|' /C calc'!A0"],
    ]
    assert table.numbers == [2, 3]
    assert table.sheets == ["Sheet"]


def test_a_sheet_of_notes_before_the_list_is_passed_over(tmp_path: Path) -> None:
    """A survey export often opens with a sheet of explanations: the list is on the next
    sheet, which is read, and the notes stay choosable (and are refused as no list)."""
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Hinweise"
    notes.append(["Ergebnisse der Online-Umfrage, Stand 1. Dezember"])
    book.create_sheet("Leer")
    survey = book.create_sheet("Umfrage")
    for row in (["Idee", "Verfasser"], ["Ladesäulen", "Bürgerbüro"]):
        survey.append(row)
    path = tmp_path / "umfrage.xlsx"
    book.save(path)
    table = read_table(path)
    assert (table.sheet, table.sheets) == ("Umfrage", ["Hinweise", "Leer", "Umfrage"])
    assert table.rows == [["Ladesäulen", "Bürgerbüro"]]
    assert _refused(path, ReadOptions(sheet="Hinweise")) == ReadProblem.HEADER_ONLY
    assert _refused(path, ReadOptions(sheet="Leer")) == ReadProblem.EMPTY


@pytest.mark.skipif(not HAVE_LIBREOFFICE, reason="LibreOffice (soffice) is not installed")
def test_xls_and_ods_read_like_the_xlsx_and_formulas_give_their_stored_value(
    tmp_path: Path,
) -> None:
    rows = [*STAKEHOLDERS, ["Summe", "", "", "=D2+1", "", "", "", "", ""]]
    source = workbook(tmp_path / "liste.xlsx", rows)
    xls, ods = (convert([source], tmp_path / kind, kind)[0] for kind in ("xls", "ods"))
    # LibreOffice computed the formula and stored its value, which the import reads
    (resaved,) = convert([xls], tmp_path / "again", "xlsx")
    for path in (xls, ods, resaved):
        table = read_table(path)
        assert table.header == STAKEHOLDERS[0], path
        assert table.rows[0][:4] == ["Kreishandwerkerschaft", "Handwerkskammer", "Handwerk", "4"]
        assert table.rows[-1][3] == "5", path


def test_merged_cells_fill_their_range(tmp_path: Path) -> None:
    rows = [
        ["Organisation", "Ansprechpartner"],
        ["Landratsamt", "Anna"],
        [None, "Bert"],
        [None, "Cem"],
    ]
    table = read_table(workbook(tmp_path / "verbunden.xlsx", rows, merged=["A2:A4"]))
    assert [row[0] for row in table.rows] == ["Landratsamt"] * 3


@pytest.mark.parametrize(
    ("encoding", "separator", "sep_line"),
    [
        ("cp1252", ";", False),
        ("cp1252", ";", True),
        ("utf-8-sig", ";", False),
        ("utf-8", ",", False),
        ("utf-16", "\t", False),
    ],
)
def test_csv_as_excel_and_others_write_it(
    tmp_path: Path, encoding: str, separator: str, sep_line: bool
) -> None:
    rows = [
        ["Name", "Organisation"],
        ["Kämmerei", "Landratsamt, Abt. 2"],
        ["Bürgerbus", "Verein „Mobil“"],
    ]
    path = csv_file(
        tmp_path / "liste.csv", rows, encoding=encoding, separator=separator, sep_line=sep_line
    )
    table = read_table(path)
    assert (table.header, table.rows) == (rows[0], rows[1:])
    assert table.separator == separator
    assert table.encoding == {"utf-8-sig": "utf-8"}.get(encoding, encoding)
    assert table.numbers == ([3, 4] if sep_line else [2, 3])


def test_the_user_overrides_encoding_and_separator(tmp_path: Path) -> None:
    rows = [["Name|Ort"], ["Müller|Augsburg"]]
    path = csv_file(tmp_path / "liste.csv", rows, encoding="cp850", separator=";")
    assert read_table(path, ReadOptions(encoding="cp850", separator="|")).rows == [
        ["Müller", "Augsburg"]
    ]
    # "ü" is 0x81 in the DOS code page, which Windows-1252 lacks: refused until chosen
    assert _refused(path) == ReadProblem.UNKNOWN_ENCODING
    assert _refused(path, ReadOptions(encoding="utf-8")) == ReadProblem.WRONG_ENCODING


def test_bad_files_are_refused_with_their_reason(tmp_path: Path) -> None:
    empty = tmp_path / "leer.csv"
    empty.write_bytes(b"")
    assert _refused(empty) == ReadProblem.EMPTY
    blank = tmp_path / "leer2.csv"
    blank.write_bytes(b";;\r\n;;\r\n")
    assert _refused(blank) == ReadProblem.EMPTY
    assert _refused(workbook(tmp_path / "leer.xlsx", [])) == ReadProblem.EMPTY
    header = csv_file(tmp_path / "kopf.csv", [["Name", "Organisation"], ["", ""]])
    assert _refused(header) == ReadProblem.HEADER_ONLY
    assert _refused(workbook(tmp_path / "kopf.xlsx", [["Name"]])) == ReadProblem.HEADER_ONLY
    utf16 = tmp_path / "utf16.csv"  # Excel's "Unicode text" without its byte-order mark
    utf16.write_bytes("Name;Ort\r\nMüller;Augsburg\r\n".encode("utf-16-le"))
    assert _refused(utf16) == ReadProblem.UNKNOWN_ENCODING
    garbage = tmp_path / "binaer.csv"
    garbage.write_bytes(b"Name;Ort\r\n\x81\x8d\x90;\xff\r\n")
    assert _refused(garbage) == ReadProblem.UNKNOWN_ENCODING
    damaged = tmp_path / "kaputt.xlsx"
    damaged.write_bytes(b"PK\x03\x04 no workbook")
    assert _refused(damaged) == ReadProblem.DAMAGED
    other = tmp_path / "liste.pdf"
    other.write_bytes(b"%PDF-1.4")
    assert _refused(other) == ReadProblem.UNSUPPORTED


def test_a_password_protected_workbook_is_refused(tmp_path: Path) -> None:
    ooxml = pytest.importorskip(
        "msoffcrypto.format.ooxml", reason="msoffcrypto-tool encrypts the test file"
    )
    plain = workbook(tmp_path / "offen.xlsx", STAKEHOLDERS)
    locked = tmp_path / "geschützt.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        ooxml.OOXMLFile(source).encrypt("geheim", target)
    assert codecs.BOM_UTF8 not in locked.read_bytes()[:8]
    assert _refused(locked) == ReadProblem.ENCRYPTED


def test_the_guess_keeps_contact_details_where_personal_data_belongs() -> None:
    mapping = guess("stakeholder", STAKEHOLDERS[0])  # type: ignore[arg-type]
    assert mapping == (
        "name",
        "organisation",
        "group",
        "influence",
        "attitude",
        "contact_person",
        "contact_person",
        "contact_details",
        "contact_details",
    )
    # no name column: the organisation names the stakeholder; a column of no field is left out
    assert guess("stakeholder", ["Firma", "E-Mail-Adresse", "Datum"]) == (
        "name",
        "contact_details",
        None,
    )
    assert guess("idea", ["Idee", "Beschreibung", "Name", "Thema"]) == (
        "text",
        "details",
        "author_group",
        "tags",
    )


def test_remembered_choices_win_over_the_guess() -> None:
    header = ["Name", "Organisation", "E-Mail"]
    remembered = remembered_choices(header, ("organisation", "name", None))
    assert remembered == {"name": "organisation", "organisation": "name", "e mail": ""}
    assert guess("stakeholder", [" NAME ", "Organisation", "E-Mail", "Telefon"], remembered) == (
        "organisation",
        "name",
        None,
        "contact_details",
    )


def test_records_join_columns_read_levels_and_say_what_they_leave_out(tmp_path: Path) -> None:
    rows = [
        *STAKEHOLDERS,
        ["", "Ohne Namen", "", "", "", "", "", "", ""],
        ["Bauhof", "", "", "neun", "dagegen?", "", "", "", ""],
    ]
    table = read_table(workbook(tmp_path / "liste.xlsx", rows))
    found, skipped, noted = records("stakeholder", table, guess("stakeholder", table.header))
    first = found[0].values
    assert first["contact_person"] == "Anna Muster"
    assert first["contact_details"] == "anna@hwk.de, 0821 123"
    assert (first["influence"], first["attitude"]) == (4.0, "supporter")
    assert found[1].values["influence"] == 3.5 and found[1].values["attitude"] == "critic"
    assert found[2].values["influence"] == 5.0 and "attitude" not in found[2].values
    assert [(s.number, s.reason) for s in skipped] == [(5, Skip.MISSING)]
    assert [(n.number, n.note, n.field, n.value) for n in noted] == [
        (6, Note.NOT_A_LEVEL, "influence", "neun"),
        (6, Note.UNKNOWN_ATTITUDE, "attitude", "dagegen?"),
    ]


def test_texts_stay_as_typed(tmp_path: Path) -> None:
    hostile = "Jugendrat 🙂 東京\tTab\x1bESC =cmd|' /C calc'!A0 \u202eRTL"
    path = csv_file(
        tmp_path / "liste.csv", [["Name", "Notiz"], [hostile, "x" * 150_000]], encoding="utf-8"
    )
    found, _skipped, _noted = records("stakeholder", read_table(path), ("name", "notes"))
    assert found[0].values == {"name": hostile, "notes": "x" * 150_000}


def test_duplicates_are_found_by_the_merges_loose_key() -> None:
    existing = {"s1": {"name": "Kämmerei", "organisation": "Landratsamt"}}
    values = [
        {"name": "  kämmerei ", "organisation": "LANDRATSAMT"},
        {"name": "Kämmerei", "organisation": "Stadt"},
        {"name": "Kämmerei ", "organisation": "stadt"},
    ]
    found = [Record(number, row) for number, row in enumerate(values, start=2)]
    keys = [key_of("stakeholder", v) for v in values]
    assert keys[0] == matching.loose_key("stakeholder", existing["s1"])  # the merge's key
    matches = find_matches("stakeholder", found, keys, existing)
    assert {n: (m.existing_id, m.earlier, m.label) for n, m in matches.items()} == {
        2: ("s1", None, "Kämmerei (Landratsamt)"),
        4: (None, 3, "Kämmerei  (stadt)"),
    }
