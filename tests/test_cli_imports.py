"""``lk40 import`` (issue 21): a list in, a report out; bad input is one line and exit 1 with
nothing written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lk40_desktop.cli import main as lk40
from tests.helpers.lists import STAKEHOLDERS, csv_file, workbook


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(
            connection.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[
                0
            ]
        )


def test_stakeholders_and_ideas_from_the_command_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*STAKEHOLDERS, ["Kämmerei", "Landratsamt Musterlandkreis", "", "", "", "", "", "", ""]]
    people = workbook(
        tmp_path / "adressen.xlsx", [[*rows[0], "Datum"], *([*r, ""] for r in rows[1:])]
    )
    before = _count(demo_file, "stakeholder")
    assert lk40(["import", str(demo_file), "--stakeholders", str(people)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"imported 3 stakeholders from {people}"
    assert "new stakeholder groups: Neue Gruppe" in out
    assert (
        "skipped row 5: it names 'Kämmerei (Landratsamt Musterlandkreis)', which the project has"
        in out
    )
    assert out[-1] == "columns not imported: Datum"
    assert _count(demo_file, "stakeholder") == before + 3
    ideas = csv_file(
        tmp_path / "ideen.csv",
        [["Idee", "Beschreibung"], ["Ladesäulen am Bahnhof", ""]],
        sep_line=True,
    )
    assert (
        lk40(["import", str(demo_file), "--ideas", str(ideas), "--field", "elektromobilität"]) == 0
    )
    assert capsys.readouterr().out.splitlines() == [f"imported 1 card from {ideas}"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["--ideas", "{ideas}"],
            "import: --ideas needs --field NAME (the action field of the board)",
        ),
        (
            ["--ideas", "{ideas}", "--field", "Mond"],
            "import: no action field 'Mond' (the project has: ",
        ),
        (["--stakeholders", "{empty}"], "import: {empty} is empty; nothing was imported"),
        (
            ["--stakeholders", "{header}"],
            "import: {header} holds only a header line, no rows; nothing",
        ),
        (["--stakeholders", "{utf16}"], "import: {utf16} is in an unknown text encoding"),
        (["--stakeholders", "{nameless}"], "import: no column of {nameless} is titled as a name"),
    ],
)
def test_bad_input_is_one_line_and_nothing_is_written(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    files = {
        "ideas": csv_file(tmp_path / "ideen.csv", [["Idee"], ["Ladesäulen"]]),
        "empty": tmp_path / "leer.xlsx",
        "header": csv_file(tmp_path / "kopf.csv", [["Name", "Organisation"]]),
        "utf16": tmp_path / "utf16.csv",
        "nameless": csv_file(tmp_path / "ohne.csv", [["E-Mail", "Datum"], ["a@b.de", "1.1.2027"]]),
    }
    workbook(files["empty"], [])
    files["utf16"].write_bytes("Name;Ort\r\nMüller;Augsburg\r\n".encode("utf-16-le"))
    before = demo_file.read_bytes()
    code = lk40(["import", str(demo_file), *(a.format(**files) for a in arguments)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.splitlines()) == 1
    assert err.startswith("lk40: " + message.format(**files)), err
    assert demo_file.read_bytes() == before
