"""A ruled table that runs over pages: its head repeated on each, rows as tall as their text
(at least a handwriting line), tick boxes and empty cells to write in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from lk40_desktop.printing.page import Sheet

CellKind = Literal["text", "box", "blank"]
PAD_MM = 1.6
BOX_MM = 5.0


@dataclass(frozen=True)
class Column:
    """A column: its head, its width (None: an equal share of what the others leave) and what
    its cells hold — text, a tick box, or nothing (to be written in by hand)."""

    head: str
    width_mm: float | None = None
    kind: CellKind = "text"


def _widths(sheet: Sheet, columns: Sequence[Column]) -> list[float]:
    fixed = sum(sheet.mm(c.width_mm) for c in columns if c.width_mm is not None)
    free = [c for c in columns if c.width_mm is None]
    share = (sheet.width - fixed) / len(free) if free else 0.0
    return [sheet.mm(c.width_mm) if c.width_mm is not None else share for c in columns]


def draw_table(
    sheet: Sheet,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    points: float = 10.0,
    row_mm: float = 8.0,
) -> None:
    """The table at ``sheet.y``; ``y`` moves below it."""
    widths = _widths(sheet, columns)
    pad = sheet.mm(PAD_MM)
    head_font, font = sheet.font(points - 1, bold=True), sheet.font(points)
    heads = [c.head for c in columns]

    def height(cells: Sequence[str], cell_font: QFont, minimum: float) -> float:
        tallest = max(
            (
                sheet.text_height(text, cell_font, width - 2 * pad)
                for text, width, column in zip(cells, widths, columns, strict=True)
                if column.kind == "text" or cell_font is head_font
            ),
            default=0.0,
        )
        return max(minimum, tallest + 2 * pad)

    def draw_row(
        cells: Sequence[str], cell_font: QFont, row_height: float, fill: str | None
    ) -> None:
        x = 0.0
        for text, width, column in zip(cells, widths, columns, strict=True):
            cell = QRectF(x, sheet.y, width, row_height)
            sheet.box(cell, fill=fill, width_mm=0.25)
            inner = cell.adjusted(pad, pad, -pad, -pad)
            if column.kind == "text" or fill is not None:
                sheet.text(inner, text, cell_font)
            elif column.kind == "box":
                side = sheet.mm(BOX_MM)
                sheet.box(QRectF(cell.center().x() - side / 2, cell.center().y() - side / 2,
                                 side, side), width_mm=0.35)  # fmt: skip
            x += width
        sheet.y += row_height

    head_height = height(heads, head_font, sheet.mm(7))

    def head() -> None:
        draw_row(heads, head_font, head_height, "#e8e8e8")

    sheet.need(head_height + sheet.mm(row_mm))
    head()
    for cells in rows:
        row_height = height(cells, font, sheet.mm(row_mm))
        if sheet.y + row_height > sheet.bottom:
            sheet.new_page()
            head()
        draw_row(cells, font, row_height, None)
    sheet.y += sheet.mm(4)
