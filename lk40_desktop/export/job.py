"""The one export job: the GUI's export page and ``lk40 export`` both hand an ``ExportJob`` to
``run_export``, so files come out in the same order, with the same progress steps, the same
cancel and the same guarantee on disk, whoever asked.

The guarantee: every file is written into a temporary file beside its target, and only when
all of them are complete are they renamed into place. A cancel or a failure on the way leaves
no new file and every existing target as it was. Only a rename itself can fail after another
succeeded (the second file open in Excel on Windows): the error then names what was replaced.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Protocol

from lk40_desktop.export.atomic import PendingFiles
from lk40_desktop.export.docx_paper import CHAPTERS, DEFAULT_CHAPTERS, PaperOptions, build_paper
from lk40_desktop.export.paper_page import readable_picture
from lk40_desktop.export.progress import Progress, part_of, report_step
from lk40_desktop.export.xlsx import build_workbook
from lk40_desktop.services.report import Report

STEPS = ("workbook", "contents", *CHAPTERS, "save")
"""Every step key ``run_export`` reports, in order (chapters only if chosen)."""
WORKBOOK_SHARE = 20
"""Percent of the progress bar the workbook takes when the paper follows: it is written in
about a quarter of the paper's time (``benchmarks/export.py``)."""
SAVE_AT = 97
"""Percent at which the files are saved and put in place; the last moment to cancel."""


@dataclass(frozen=True)
class ExportJob:
    """What the user asked for, as plain data (the GUI hands it to a worker thread).

    Board pictures are the chapter ``"boards"`` (not in ``DEFAULT_CHAPTERS``)."""

    paper: Path | None = None
    """Target of the Word strategy paper (.docx), or None for no paper."""
    workbook: Path | None = None
    """Target of the Excel workbook (.xlsx), or None for no workbook."""
    template: Path | None = None
    """The county's Word template; None for the shipped one."""
    language: str | None = None
    """Language of the files; None for the project's."""
    chapters: frozenset[str] = DEFAULT_CHAPTERS
    field_ids: frozenset[str] | None = None
    """Action fields the paper covers; None for every field that is not archived."""
    final: bool | None = None
    """The final paper, without "Entwurf" on its title page; None: as the project says."""
    roadmap_order: str = "start"
    """The roadmap's bars by their start ("start") or their rank ("rank")."""
    without_contact_details: bool = False
    """A hand-out: the stakeholders' contact persons, contact details and notes left out
    (``Report.without_contacts``)."""

    def targets(self) -> list[Path]:
        """The files the job writes, in the order it writes them."""
        return [target for target in (self.workbook, self.paper) if target is not None]


class _Document(Protocol):
    """A built Word document or Excel workbook: both save themselves to a stream."""

    def save(self, stream: IO[bytes], /) -> None: ...


class Severity(StrEnum):
    """How much a finding of the pre-flight check matters."""

    NOTE = "note"
    """The export runs as asked and did something the editor should know of."""
    WARNING = "warning"
    """The export runs; the result has a gap the editor may want to fill first."""
    ERROR = "error"
    """The export would be wrong; it should not start."""


@dataclass(frozen=True)
class Finding:
    """One thing the pre-flight check found; ``key`` names the message, which the GUI and the
    command line word themselves, and ``subject`` what it is about (a proposal's title …)."""

    severity: Severity
    key: str
    subject: str = ""
    place: tuple[str, str] = ("", "")
    """Where it is fixed: ("chapter", key or "key|field id"), ("proposal", id), ("goals",
    field id); ("", "") for the export's own settings."""


STYLE_ADDED = "style_added"
"""The county's template lacks a style the paper uses; it is added from the shipped one."""
QUICK_WIN_UNFLAGGED = "quick_win_unflagged"
"""The evaluation makes a proposal a quick win that its profile does not mark as one."""
QUICK_WIN_OVERRULED = "quick_win_overruled"
"""A proposal's profile marks it a quick win that the evaluation puts outside the quadrant."""
LOGO_UNREADABLE = "logo_unreadable"
"""The project's logo is no picture the paper can show; the paper goes without it."""
CHAPTER_EMPTY = "chapter_empty"
"""A chapter the county writes is included but has no text: the paper leaves it out
(``subject``: the chapter's key; a field's chapter: "key|field name")."""
NO_LEAD = "no_lead"
"""A measure names no lead (Federführung)."""
NO_COST = "no_cost"
"""A measure has no cost estimate."""
UNSCORED = "unscored"
"""A measure has no score: it has no rank and stands last in the ranking."""
GOAL_NO_INDICATOR = "goal_no_indicator"
"""A field goal has no indicator or no target value: it cannot be monitored."""


def preflight(report: Report, job: ExportJob) -> list[Finding]:
    """What the editor should know of ``job`` on ``report``, asked in one place by the GUI
    and the command line and reported with the export: the styles added to a county's
    template, the quick-win flags the evaluation overrules, a logo that cannot be shown, and
    what the strategy lacks (empty chapters, measures without lead, cost or score, goals
    without indicator). The export runs all the same; empty chapters are left out."""
    if job.paper is None:
        return []
    findings = [Finding(Severity.NOTE, STYLE_ADDED, name) for name in _missing_styles(job)]
    for proposal in report.overruled_flags():
        key = QUICK_WIN_UNFLAGGED if proposal.quick_win else QUICK_WIN_OVERRULED
        findings.append(Finding(Severity.WARNING, key, proposal.title))
    if report.logo_png and not readable_picture(report.logo_png):
        findings.append(Finding(Severity.WARNING, LOGO_UNREADABLE))
    return findings + _strategy_findings(report, job)


def _strategy_findings(report: Report, job: ExportJob) -> list[Finding]:
    """What is missing in the strategy the paper prints: empty chapters (left out), measures
    without lead, cost or score, goals without indicator or target — each with its place."""
    from lk40_desktop.services.strategy import WRITTEN_CHAPTERS

    findings = [
        Finding(Severity.WARNING, CHAPTER_EMPTY, chapter.key, ("chapter", chapter.key))
        for chapter in report.outline
        if chapter.key in WRITTEN_CHAPTERS
        and chapter.key in job.chapters
        and chapter.included
        and chapter.empty
        and not (chapter.key == "status_quo" and report.key_figures)
    ]
    if "fields" not in job.chapters:
        return findings
    fields = [
        f
        for f in report.fields
        if (f.id in job.field_ids if job.field_ids is not None else not f.archived)
    ]
    for action_field in fields:
        for chapter in report.field_texts.get(action_field.id, []):
            if chapter.included and chapter.empty:
                findings.append(
                    Finding(
                        Severity.WARNING,
                        CHAPTER_EMPTY,
                        f"{chapter.key}|{action_field.name}",
                        ("chapter", f"{chapter.key}|{action_field.id}"),
                    )
                )
        for goal in report.goals_of(action_field.id):
            if not goal.indicator.strip() or not goal.target_value.strip():
                findings.append(
                    Finding(
                        Severity.WARNING, GOAL_NO_INDICATOR, goal.text, ("goals", action_field.id)
                    )
                )
    chosen = {f.id for f in fields}
    for proposal in report.proposals:
        if proposal.field_id not in chosen:
            continue
        place = ("proposal", proposal.id)
        if not proposal.lead.strip():
            findings.append(Finding(Severity.WARNING, NO_LEAD, proposal.title, place))
        if proposal.cost_eur is None:
            findings.append(Finding(Severity.WARNING, NO_COST, proposal.title, place))
        if proposal.rank is None:
            findings.append(Finding(Severity.WARNING, UNSCORED, proposal.title, place))
    return findings


def _missing_styles(job: ExportJob) -> list[str]:
    """The paper's styles the job's template lacks (none for the shipped template; a template
    that cannot be read fails the export itself)."""
    from lk40_desktop.export.paper_styles import missing_styles
    from lk40_desktop.export.word_template import TemplateError, load_template

    if job.template is None:
        return []
    try:
        return missing_styles(load_template(job.template))
    except TemplateError:
        return []


def run_export(report: Report, job: ExportJob, progress: Progress | None = None) -> list[Path]:
    """Write the files of ``job`` (workbook first, then paper) and return their paths.

    ``progress`` gets (percent, step key, see ``STEPS``): ``"workbook"``, the paper's
    ``"contents"`` and chosen chapters, then ``"save"`` once before the files are saved and
    put in place; returning False cancels with ``ExportCancelledError``. Raises
    ``ExportTargetError`` before any work if a target's folder cannot be written, and naming
    the target (and any replaced before it) if writing or renaming fails at the end;
    ``TemplateError`` if the template is not a Word document.
    """
    if job.without_contact_details:
        report = report.without_contacts()
    with PendingFiles(job.targets()) as files:
        documents: list[_Document] = []
        if job.workbook is not None:
            report_step(progress, 0, "workbook")
            documents.append(build_workbook(report, job.language))
        if job.paper is not None:
            options = PaperOptions(
                template=job.template,
                language=job.language,
                chapters=job.chapters,
                field_ids=job.field_ids,
                final=job.final,
                roadmap_order=job.roadmap_order,
            )
            paper_from = WORKBOOK_SHARE if job.workbook is not None else 0
            documents.append(build_paper(report, options, part_of(progress, paper_from, 100)))
        report_step(progress, SAVE_AT, "save")
        for document, target in zip(documents, job.targets(), strict=True):
            files.write(target, _saved(document))
        return files.put_in_place()


def _saved(document: _Document) -> bytes:
    """The document's file in memory: a save that fails on a full disk would leave the
    writers' zip archive half closed (and a traceback on the console); written from memory,
    a failure is one error naming its target."""
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()
