"""The one export job: its order, its progress steps, cancel and failure on disk, one file at a
time, the pre-flight hook, and that exports format plain data (no store queries)."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from docx import Document

import lk40_desktop.export
from lk40_desktop.export.atomic import ExportTargetError, PendingFiles
from lk40_desktop.export.docx_paper import CHAPTERS, DEFAULT_CHAPTERS
from lk40_desktop.export.job import (
    QUICK_WIN_OVERRULED,
    QUICK_WIN_UNFLAGGED,
    SAVE_AT,
    STEPS,
    ExportJob,
    Severity,
    preflight,
    run_export,
)
from lk40_desktop.export.progress import ExportCancelledError
from lk40_desktop.services.report import Report, build_report
from lk40_desktop.store.document import WorkshopDocument

SHORT = frozenset({"method", "roadmap"})
"""Two quick chapters, where the paper's content is not the point."""


@pytest.fixture
def report(demo_document: WorkshopDocument) -> Report:
    with demo_document.reading() as session:
        return build_report(session)


def _recorder(steps: list[tuple[int, str]], cancel_at: str = "") -> Callable[[int, str], bool]:
    def progress(percent: int, key: str) -> bool:
        steps.append((percent, key))
        return key != cancel_at

    return progress


def test_workbook_then_paper_with_every_step_in_order(report: Report, out: Path) -> None:
    job = ExportJob(paper=out / "Papier.docx", workbook=out / "Mappe.xlsx")
    steps: list[tuple[int, str]] = []
    written = run_export(report, job, _recorder(steps))
    assert written == [out / "Mappe.xlsx", out / "Papier.docx"]
    keys = [key for _percent, key in steps]
    chapters = [name for name in CHAPTERS if name in DEFAULT_CHAPTERS]
    assert keys == ["workbook", "contents", *chapters, "save"]
    assert set(keys) <= set(STEPS)
    percents = [percent for percent, _key in steps]
    assert percents == sorted(percents) and percents[0] == 0 and percents[-1] == SAVE_AT
    assert percents[1] >= 20, "the paper's steps follow the workbook's share"
    assert sorted(p.name for p in out.iterdir()) == ["Mappe.xlsx", "Papier.docx"], "no temp left"
    assert "Bewertungsmatrix" in openpyxl.load_workbook(out / "Mappe.xlsx").sheetnames
    assert Document(str(out / "Papier.docx")).paragraphs[0].text == "Musterlandkreis"
    for path in written:
        assert path.stat().st_mode & 0o044, "readable like any saved file"


def test_one_file_only(report: Report, out: Path) -> None:
    steps: list[tuple[int, str]] = []
    assert run_export(report, ExportJob(workbook=out / "m.xlsx"), _recorder(steps)) == [
        out / "m.xlsx"
    ]
    assert steps == [(0, "workbook"), (SAVE_AT, "save")]
    steps.clear()
    job = ExportJob(paper=out / "p.docx", chapters=SHORT)
    assert run_export(report, job, _recorder(steps)) == [out / "p.docx"]
    assert [key for _p, key in steps] == ["contents", "method", "roadmap", "save"]
    assert steps[0][0] == 5, "a paper alone has the whole bar"
    assert sorted(p.name for p in out.iterdir()) == ["m.xlsx", "p.docx"]


@pytest.mark.parametrize("cancel_at", ["workbook", "roadmap", "save"])
def test_cancel_writes_no_file_and_keeps_an_existing_target(
    report: Report, out: Path, cancel_at: str
) -> None:
    """Cancelled in the workbook, in the paper after the workbook is done, or at the last
    moment: neither file appears, and the old paper stays as it was."""
    (out / "Papier.docx").write_bytes(b"the editor's paper")
    job = ExportJob(paper=out / "Papier.docx", workbook=out / "Mappe.xlsx", chapters=SHORT)
    steps: list[tuple[int, str]] = []
    with pytest.raises(ExportCancelledError):
        run_export(report, job, _recorder(steps, cancel_at))
    assert steps[-1][1] == cancel_at
    assert sorted(p.name for p in out.iterdir()) == ["Papier.docx"]
    assert (out / "Papier.docx").read_bytes() == b"the editor's paper"


def test_an_unwritable_target_fails_before_any_work(report: Report, out: Path) -> None:
    job = ExportJob(paper=out / "fehlt" / "Papier.docx", workbook=out / "Mappe.xlsx")
    steps: list[tuple[int, str]] = []
    with pytest.raises(ExportTargetError):
        run_export(report, job, _recorder(steps))
    assert steps == [] and list(out.iterdir()) == []


def test_preflight_names_what_the_editor_should_know(report: Report, out: Path) -> None:
    """The shipped template lacks nothing; the demo's quick-win flags that the evaluation
    overrules are named, one finding each; a workbook alone needs no checks."""
    findings = preflight(report, ExportJob(paper=out / "p.docx"))
    assert {f.key for f in findings} == {QUICK_WIN_UNFLAGGED, QUICK_WIN_OVERRULED}
    assert all(f.severity is Severity.WARNING and f.subject for f in findings)
    assert len(findings) == len(report.overruled_flags()) == 6
    assert preflight(report, ExportJob(workbook=out / "m.xlsx")) == []


def test_exports_format_plain_data_and_never_query_the_store() -> None:
    folder = Path(lk40_desktop.export.__file__).parent
    forbidden = ("sqlalchemy", "lk40_desktop.store.models", "lk40_desktop.store.queries")
    for source in sorted(folder.glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(name.startswith(forbidden) for name in names), (source.name, names)


def test_a_rename_that_fails_after_another_names_what_was_replaced(out: Path) -> None:
    """Renames of several files cannot be one step: when the second is refused (here a folder
    appeared under its name; on Windows the file is open in Word), the error names it and the
    first, which was replaced; the second target and its temporary file are gone or intact."""
    first, second = out / "Mappe.xlsx", out / "Papier.docx"
    first.write_bytes(b"old workbook")
    with PendingFiles([first, second]) as files:
        files.write(first, b"new workbook")
        files.write(second, b"new paper")
        second.mkdir()
        (second / "inside").write_text("kept")
        with pytest.raises(ExportTargetError) as raised:
            files.put_in_place()
    assert raised.value.filename == str(second) and raised.value.replaced == (first,)
    assert first.read_bytes() == b"new workbook"
    assert (second / "inside").read_text() == "kept"
    assert sorted(p.name for p in out.iterdir()) == ["Mappe.xlsx", "Papier.docx"]
