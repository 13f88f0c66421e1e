"""Any text in any field reaches Word, Excel and the charts (issue 14, F8): emoji, CJK, tabs,
line breaks, NUL, ESC, U+FFFE, ``$`` signs, and bytes another program wrote that are no
UTF-8 at all. The file keeps what it holds; the exports hold everything XML can."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from sqlalchemy import Text

from lk40_desktop.cli import main as lk40
from lk40_desktop.export import text as export_text
from lk40_desktop.export.stakeholder_map import render_stakeholder_map
from lk40_desktop.services.stakeholders.data import load as load_stakeholder_data
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Base

HOSTILE = (
    "Jugendrat 🙂 東京\tTab\r\nZeile\x00NUL\x1bESC\ufffe\uffff $x^$ Kosten $ "
    "=cmd|' /C calc'!A0 \u202eRTL 𝕏 "
)
"""What a stakeholder name, a card or a title may hold: typed, pasted or written by another
program. ``$x^$`` is half a formula to matplotlib, which failed on it."""
READABLE = "Jugendrat 🙂 東京"


def _user_texts() -> list[tuple[str, str]]:
    """(table, column) of every text a user writes (not keys, colours or settings)."""
    return [
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, Text) and not column.foreign_keys and table.name != "setting"
    ]


def _spoil_every_text(path: Path) -> None:
    """Put HOSTILE in front of every user text of every row, as another program could."""
    connection = sqlite3.connect(path)
    for table, column in _user_texts():
        connection.execute(f'UPDATE "{table}" SET "{column}" = ? || "{column}"', (HOSTILE,))
    connection.commit()
    connection.close()


def test_f8_any_text_in_any_field_exports_to_word_excel_and_charts(
    demo_file: Path, tmp_path: Path
) -> None:
    _spoil_every_text(demo_file)
    paper, workbook = tmp_path / "p.docx", tmp_path / "m.xlsx"
    args = ["export", str(demo_file), "--docx", str(paper), "--xlsx", str(workbook)]
    assert lk40([*args, "--board-pictures"]) == 0
    texts = [p.text for p in Document(str(paper)).paragraphs]
    assert any(text.startswith(READABLE + "\tTab\nZeile") for text in texts), "title page"
    assert any("$x^$ Kosten $" in text for text in texts)
    assert not any("\x00" in text or "\x1b" in text or "\ufffe" in text for text in texts)
    with zipfile.ZipFile(paper) as package:
        pictures = [name for name in package.namelist() if name.startswith("word/media/")]
    assert len(pictures) >= 12, "map, portfolio, roadmap and nine boards"
    book = openpyxl.load_workbook(workbook)
    cells = [
        str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
    ]
    names = [cell for cell in cells if cell.startswith(READABLE)]
    assert len(names) > 46, "stakeholders, cards, proposals, criteria …"
    assert all(name == export_text.clean_text(name) for name in names)


def test_f8_the_map_picture_keeps_the_names_as_text(demo_document: WorkshopDocument) -> None:
    target = demo_document.path.with_name("karte.svg")
    demo_document.write(
        lambda s: s.connection().exec_driver_sql(
            "UPDATE stakeholder SET name = (CASE WHEN rowid = 1 THEN '$x^$ ' ELSE ? END) || name",
            (HOSTILE,),
        )
    )
    with demo_document.reading() as session:
        render_stakeholder_map(load_stakeholder_data(session), target)
    svg = target.read_text(encoding="utf-8")
    assert "Jugendrat 🙂 東京 Tab" in svg and "$x^$" in svg
    assert export_text.chart_text("a\tb\r\nc\x00d") == "a b\nc d"


def test_f8_text_that_is_no_utf8_is_shown_with_a_replacement_mark(
    demo_file: Path, tmp_path: Path
) -> None:
    """Half a surrogate pair (as CESU-8) and a cut-off umlaut, written by another program:
    the file opens and exports, the bad bytes become U+FFFD, and the file keeps them."""
    connection = sqlite3.connect(demo_file)
    connection.execute(
        "UPDATE stakeholder SET name = CAST(x'4a75eda080' AS TEXT) || name WHERE rowid = 1"
    )
    connection.execute("UPDATE proposal SET title = CAST(x'c3' AS TEXT) WHERE rowid = 1")
    connection.commit()
    connection.close()
    assert lk40(["export", str(demo_file), "--xlsx", str(tmp_path / "m.xlsx")]) == 0
    cells = [
        str(cell.value)
        for sheet in openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets
        for row in sheet.iter_rows()
        for cell in row
    ]
    assert any(cell.startswith("Ju\ufffd") for cell in cells)
    raw = sqlite3.connect(demo_file)
    title = raw.execute("SELECT CAST(title AS BLOB) FROM proposal WHERE rowid = 1").fetchone()[0]
    raw.close()
    assert title == b"\xc3", "opening and exporting changed nothing"


@pytest.mark.parametrize("text", ["\ud800 halb", "a\udfffb"])
def test_f8_half_a_surrogate_pair_never_reaches_word_or_excel(text: str) -> None:
    cleaned = export_text.clean_text(text)
    assert "\ud800" not in cleaned and "\udfff" not in cleaned


def test_f8_the_command_line_prints_no_control_characters(demo_file: Path) -> None:
    """``lk40 info`` prints the project's title: an ESC in it must not reach the terminal."""
    _spoil_every_text(demo_file)
    done = subprocess.run(
        [sys.executable, "-m", "lk40_desktop", "info", str(demo_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert READABLE in done.stdout and "\x1b" not in done.stdout and "\x00" not in done.stdout
