"""The pre-flight check of the strategy and the export log: what is missing is listed with
where it is fixed, the export still runs; an export never overwrites a file edited after
the last export without asking (the command line refuses and names a free file name)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from lk40_desktop import cli
from lk40_desktop.export.job import (
    CHAPTER_EMPTY,
    GOAL_NO_INDICATOR,
    NO_COST,
    NO_LEAD,
    UNSCORED,
    ExportJob,
    preflight,
)
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.proposals import create_proposal, update_proposal
from lk40_desktop.operations.settings import record_export
from lk40_desktop.operations.strategy import add_goal, set_chapter
from lk40_desktop.services.export_log import edited_after_export, free_name, read_log
from lk40_desktop.services.report import build_report
from lk40_desktop.store.document import WorkshopDocument


def _findings(document: WorkshopDocument, job: ExportJob) -> list[tuple[str, str, tuple[str, str]]]:
    with document.reading() as session:
        report = build_report(session)
    return [
        (f.key, f.subject, f.place)
        for f in preflight(report, job)
        if f.key not in ("quick_win_unflagged", "quick_win_overruled")
    ]


def test_the_demo_lacks_nothing(demo_document: WorkshopDocument, out: Path) -> None:
    assert _findings(demo_document, ExportJob(paper=out / "p.docx")) == []


def test_each_gap_is_listed_with_its_place(demo_document: WorkshopDocument, out: Path) -> None:
    with demo_document.reading() as session:
        report = build_report(session)
    broadband = next(f for f in report.fields if f.name == "Breitband")
    measure = report.proposals[0]
    perform(demo_document, lambda s: set_chapter(s, "glossary", None, {"text": ""}))
    perform(demo_document, lambda s: set_chapter(s, "field_goals", broadband.id, {"text": " "}))
    perform(
        demo_document,
        lambda s: update_proposal(s, measure.id, {"lead": "", "cost_estimate_eur": None}),
    )
    new = perform(
        demo_document,
        lambda s: create_proposal(
            s,
            {
                "title": "Neu",
                "action_field_id": broadband.id,
                "lead": "Amt",
                "cost_estimate_eur": 1.0,
            },
        ),
    ).created[0]
    goal = perform(
        demo_document, lambda s: add_goal(s, broadband.id, {"text": "Ohne Maß"})
    ).created[0]
    found = _findings(demo_document, ExportJob(paper=out / "p.docx"))
    assert (CHAPTER_EMPTY, "glossary", ("chapter", "glossary")) in found
    assert (
        CHAPTER_EMPTY,
        "field_goals|Breitband",
        ("chapter", f"field_goals|{broadband.id}"),
    ) in found
    assert (NO_LEAD, measure.title, ("proposal", measure.id)) in found
    assert (NO_COST, measure.title, ("proposal", measure.id)) in found
    assert (UNSCORED, "Neu", ("proposal", new)) in found
    assert (GOAL_NO_INDICATOR, "Ohne Maß", ("goals", broadband.id)) in found
    assert goal
    assert len(found) == 6
    short = _findings(
        demo_document, ExportJob(paper=out / "p.docx", chapters=frozenset({"summary"}))
    )
    assert short == [], "only what the chosen chapters print"
    excluded = perform(
        demo_document, lambda s: set_chapter(s, "glossary", None, {"included": False})
    )
    assert excluded
    assert (CHAPTER_EMPTY, "glossary", ("chapter", "glossary")) not in _findings(
        demo_document, ExportJob(paper=out / "p.docx")
    ), "a chapter left out on purpose is no gap"


def test_the_log_knows_what_an_export_wrote(demo_document: WorkshopDocument, out: Path) -> None:
    paper = out / "p.docx"
    with demo_document.reading() as session:
        assert not edited_after_export(read_log(session), paper), "no file, nothing to keep"
    paper.write_bytes(b"someone's own file")
    with demo_document.reading() as session:
        assert edited_after_export(read_log(session), paper), "not ours: ask"
    perform(demo_document, lambda s: record_export(s, [paper], datetime.now()))
    with demo_document.reading() as session:
        log = read_log(session)
    assert not edited_after_export(log, paper)
    later = paper.stat().st_mtime_ns + 10_000_000_000
    os.utime(paper, ns=(later, later))
    assert edited_after_export(log, paper)
    assert free_name(paper) == out / "p (2).docx"
    (out / "p (2).docx").write_bytes(b"")
    assert free_name(paper) == out / "p (3).docx"


def test_the_command_line_refuses_to_overwrite_an_edited_paper(
    demo_file: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paper = out / "Papier.docx"
    assert cli.main(["export", str(demo_file), "--docx", str(paper)]) == 0
    assert cli.main(["export", str(demo_file), "--docx", str(paper)]) == 0, "ours: overwritten"
    later = paper.stat().st_mtime_ns + 10_000_000_000
    os.utime(paper, ns=(later, later))
    before = paper.read_bytes()
    capsys.readouterr()
    assert cli.main(["export", str(demo_file), "--docx", str(paper)]) == 1
    error = capsys.readouterr().err
    assert "changed after the last export" in error and "Papier (2).docx" in error
    assert paper.read_bytes() == before
    assert cli.main(["export", str(demo_file), "--docx", str(paper), "--overwrite"]) == 0
    assert paper.read_bytes() != before
