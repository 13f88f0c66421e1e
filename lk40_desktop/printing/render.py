"""Which sheet is drawn how, and onto what: each kind's paper size and drawing, a PDF file
written atomically (``lk40 print``, "Als PDF speichern"), or a printer the print dialog set up.

A sheet is drawn twice: once onto a PDF in memory to count its pages, then for real, so every
foot can say "Seite 2 von 5".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPagedPaintDevice, QPageSize, QPdfWriter

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.export.atomic import atomic_target
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.printing.board_sheets import draw_tally, draw_voting
from lk40_desktop.printing.cards import draw_cards
from lk40_desktop.printing.page import Sheet
from lk40_desktop.printing.poster import draw_poster
from lk40_desktop.printing.scoring_sheet import draw_scorings
from lk40_desktop.printing.workshop_sheets import draw_agenda, draw_sign_in
from lk40_desktop.services.sheets import SheetContent, SheetKind

RESOLUTION = 300
"""Dots per inch of a PDF: sharp lines, small files (the text stays text)."""
A4, A3 = QPageSize.PageSizeId.A4, QPageSize.PageSizeId.A3


@dataclass(frozen=True)
class Paper:
    """How a kind of sheet is printed: its paper, its title's word, its drawing."""

    size: QPageSize.PageSizeId
    landscape: bool
    title: str
    draw: Callable[[Sheet, Any, Words], None]


PAPERS: dict[SheetKind, Paper] = {
    SheetKind.CARDS: Paper(A4, False, "sheet_cards", draw_cards),
    SheetKind.VOTING: Paper(A4, False, "sheet_voting", draw_voting),
    SheetKind.TALLY: Paper(A4, False, "sheet_tally", draw_tally),
    SheetKind.SCORING: Paper(A4, True, "sheet_scoring", draw_scorings),
    SheetKind.SIGN_IN: Paper(A4, True, "sheet_sign_in", draw_sign_in),
    SheetKind.POSTER: Paper(A3, False, "sheet_poster", draw_poster),
    SheetKind.AGENDA: Paper(A4, False, "sheet_agenda", draw_agenda),
}


@dataclass(frozen=True)
class SheetJob:
    """One sheet to print: its kind, what it shows (``services.sheets``), the project's name
    for its head and the words of its language."""

    kind: SheetKind
    data: Any
    project: str
    words: Words

    @classmethod
    def of(cls, content: SheetContent) -> SheetJob:
        """The job of what ``services.sheets.sheet_content`` read."""
        return cls(content.kind, content.data, content.project, Words(content.language))

    @property
    def title(self) -> str:
        """The sheet's title in its language."""
        return self.words[PAPERS[self.kind].title]


def _draw(device: QPagedPaintDevice, job: SheetJob, pages: int) -> int:
    paper = PAPERS[job.kind]

    def foot(page: int) -> str:
        return job.words["sheet_page"].format(page=page, pages=pages or page)

    sheet = Sheet(
        device,
        paper.size,
        landscape=paper.landscape,
        title=job.title,
        project=job.project,
        foot=foot,
    )
    paper.draw(sheet, job.data, job.words)
    sheet.finish()
    return sheet.pages


def _writer(device: QIODevice | str, title: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setCreator(PRODUCT_NAME)
    writer.setTitle(title)
    return writer


def count_pages(job: SheetJob) -> int:
    """How many pages the sheet takes (drawn onto a PDF in memory)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return _draw(_writer(buffer, ""), job, 0)


def write_pdf(job: SheetJob, target: Path) -> int:
    """The sheet as a PDF at ``target``, put in place whole or not at all (an unwritable
    folder raises ``ExportTargetError``); returns its number of pages."""
    pages = count_pages(job)
    with atomic_target(target) as temporary:
        writer = _writer(str(temporary), job.title)
        _draw(writer, job, pages)
        del writer  # the file is complete once the writer is gone
    return pages


def print_on(device: QPagedPaintDevice, job: SheetJob) -> int:
    """The sheet on a printer the print dialog set up; returns its number of pages."""
    return _draw(device, job, count_pages(job))
