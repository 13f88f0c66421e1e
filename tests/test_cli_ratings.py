"""``lk40 rating-sheets`` and ``lk40 import-scores`` (issue 21): sheets out to a folder, the
returned files in with a report line per file and per skipped cell; a refused file is one line
on stderr and exit 1 with nothing read in."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from lk40_desktop.cli import main as lk40
from lk40_desktop.services.scoring.evaluation import load_evaluation
from lk40_desktop.services.scoring.rating_sheets import FIRST_ROW
from lk40_desktop.store.document import WorkshopDocument


def _raters_and_first_score(path: Path) -> tuple[list[str], float]:
    document = WorkshopDocument.open(path, read_only=True)
    try:
        with document.reading() as session:
            evaluation = load_evaluation(session)
    finally:
        document.close()
    return [name for _id, name in evaluation.raters], float(evaluation.input.scores[0, 0, 0])


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sheets_out_filled_and_read_back_in(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "bögen"
    folder.mkdir()
    assert lk40(["rating-sheets", str(demo_file), "--out", str(folder)]) == 0
    raters, before = _raters_and_first_score(demo_file)
    written = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert [p.name for p in written] == [f"Bewertungsbogen {name}.xlsx" for name in raters]
    assert all(p.parent == folder and p.is_file() for p in written)

    book = openpyxl.load_workbook(written[0])
    book["Bewertung"][f"D{FIRST_ROW}"] = "3,5" if before != 3.5 else "2,5"
    book["Bewertung"][f"E{FIRST_ROW}"] = "drei"
    book.save(written[0])
    assert lk40(["import-scores", str(demo_file), str(written[0])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{written[0].name}: ") and "1 skipped" in lines[0]
    assert lines[1].startswith(f"  skipped E{FIRST_ROW} (") and "'drei' is not a number" in lines[1]
    _raters, after = _raters_and_first_score(demo_file)
    assert after == (3.5 if before != 3.5 else 2.5), "the first rater's first score was read in"


def test_english_sheets_on_request(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert lk40(["rating-sheets", str(demo_file), "--out", str(tmp_path), "--lang", "en"]) == 0
    first = Path(capsys.readouterr().out.splitlines()[0])
    assert first.name.startswith("Rating sheet ")
    assert openpyxl.load_workbook(first).sheetnames[:3] == ["Rating", "Profiles", "Criteria"]


def test_a_foreign_workbook_is_refused_and_nothing_is_read(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "haushalt.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "=SUMME(B1:B9)"
    book.save(foreign)
    damaged = tmp_path / "kaputt.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    before = _digest(demo_file)
    for path, reason in (
        (foreign, "not an LK40 rating sheet"),
        (damaged, "no Excel workbook (.xlsx) that can be read"),
    ):
        assert lk40(["import-scores", str(demo_file), str(path)]) == 1
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and reason in error and "nothing was imported" in error
    assert _digest(demo_file) == before


def test_a_folder_that_is_none_and_a_project_without_raters(
    new_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert lk40(["rating-sheets", str(new_file), "--out", str(tmp_path / "fehlt")]) == 1
    assert "is no folder" in capsys.readouterr().err
    assert lk40(["rating-sheets", str(new_file), "--out", str(tmp_path)]) == 1
    assert "the project has no " in capsys.readouterr().err
    assert not list(tmp_path.glob("*.xlsx"))
