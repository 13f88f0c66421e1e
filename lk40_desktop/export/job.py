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

    def targets(self) -> list[Path]:
        """The files the job writes, in the order it writes them."""
        return [target for target in (self.workbook, self.paper) if target is not None]


class _Document(Protocol):
    """A built Word document or Excel workbook: both save themselves to a stream."""

    def save(self, stream: IO[bytes], /) -> None: ...


class Severity(StrEnum):
    """How much a finding of the pre-flight check matters."""

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


def preflight(report: Report, job: ExportJob) -> list[Finding]:  # noqa: ARG001
    """What the editor should know before ``job`` runs on ``report``. Nothing yet: the checks
    of the strategy paper's content (its own issue) go here, so that the GUI and the command
    line ask one place."""
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
