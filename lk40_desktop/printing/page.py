"""A printed document page by page: one QPainter on a PDF writer or a printer, positions in
millimetres, text wrapped into boxes, a head and a foot on every page.

The same drawing goes to ``QPdfWriter`` (``lk40 print``, "Als PDF speichern") and to a
``QPrinter`` the print dialog set up, so what the facilitator saves is what the printer gets.
Layout works in device pixels converted from millimetres (``mm``); fonts are given in points,
which Qt sizes for the device's resolution.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextOption,
)

from lk40_desktop.paths import resource

FONT_FAMILY = "DejaVu Sans"
"""The font shipped in resources/fonts: every umlaut, €, and the same look on every PC."""
MARGIN_MM = 14.0
HEAD_MM, FOOT_MM = 12.0, 10.0
"""Room the head (title, project) and the foot (page numbers) take inside the margins."""
LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _wrapping(align: Qt.AlignmentFlag) -> QTextOption:
    """Lines broken between words, and inside a word only where it is wider than its box (a
    web address in a narrow cell): nothing runs out of a cell."""
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def register_fonts() -> None:
    """Make the shipped fonts known to Qt (once per application; the GUI and ``lk40 print``
    call it), so a sheet looks the same on every computer."""
    for font in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def _cut(text: str, length: int) -> str:
    """The first ``length`` characters, back to the last word, with "…"."""
    start = text[:length]
    if " " in start.strip() and length < len(text) and not text[length].isspace():
        start = start.rsplit(" ", 1)[0]
    return start.rstrip() + "…"


class Sheet:
    """Pages of one size and orientation; ``y`` runs down the current page's body."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        size: QPageSize.PageSizeId,
        *,
        landscape: bool,
        title: str,
        project: str,
        foot: Callable[[int], str],
    ) -> None:
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        layout = QPageLayout(QPageSize(size), orientation, margins, QPageLayout.Unit.Millimeter)
        device.setPageLayout(layout)
        self.device = device
        self.resolution = float(device.logicalDpiX())
        self.title, self.project, self.foot = title, project, foot
        self.painter = QPainter()
        if not self.painter.begin(device):
            raise OSError(f"cannot draw on {type(device).__name__}")
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint = layout.paintRectPixels(int(self.resolution))
        self.width = float(paint.width())
        self.height = float(paint.height())
        self.pages = 1
        self.top = self.mm(HEAD_MM)
        self.bottom = self.height - self.mm(FOOT_MM)
        self.y = self.top
        self._draw_head()

    def mm(self, value: float) -> float:
        """Millimetres in device pixels."""
        return value / 25.4 * self.resolution

    def font(self, points: float, *, bold: bool = False) -> QFont:
        """The sheet's font at a size in points."""
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(points)
        font.setBold(bold)
        for ligature in ("liga", "clig"):  # "fi" stays two letters a PDF reader finds
            font.setFeature(QFont.Tag(ligature), 0)
        return font

    def new_page(self) -> None:
        """Go on on a fresh page (with its head); the page left gets its foot."""
        self._draw_foot(self.foot(self.pages))
        self.device.newPage()
        self.pages += 1
        self.y = self.top
        self._draw_head()

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` still fits below ``y`` (a block too tall for any
        page stays where it is rather than leaving empty pages behind)."""
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def text_height(self, text: str, font: QFont, width: float) -> float:
        """How tall ``text`` wraps into ``width``."""
        self.painter.setFont(font)
        box = self.painter.boundingRect(QRectF(0, 0, width, 1e6), text, _wrapping(LEFT_TOP))
        return box.height()

    def fitted(self, text: str, font: QFont, width: float, height: float) -> str:
        """As much of ``text`` as fits in whole lines into ``width`` × ``height``: cut at a
        word and ended with "…" where it is too long (a card written at length)."""
        if self.text_height(text, font, width) <= height:
            return text
        low, high = 0, len(text)
        while low < high:  # the longest start that fits with its "…"
            middle = (low + high + 1) // 2
            if self.text_height(_cut(text, middle), font, width) <= height:
                low = middle
            else:
                high = middle - 1
        return _cut(text, low)

    def text(
        self,
        box: QRectF,
        text: str,
        font: QFont,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
        color: str = "#000000",
    ) -> None:
        """``text`` wrapped into ``box`` (cut where it does not fit)."""
        self.painter.save()
        self.painter.setClipRect(box)
        self.painter.setFont(font)
        self.painter.setPen(QColor(color))
        self.painter.drawText(box, text, _wrapping(align))
        self.painter.restore()

    def paragraph(self, text: str, font: QFont, *, gap_mm: float = 3.0) -> None:
        """A block of text across the page at ``y``; ``y`` moves below it."""
        height = self.text_height(text, font, self.width)
        self.need(height)
        self.text(QRectF(0, self.y, self.width, height + 1), text, font)
        self.y += height + self.mm(gap_mm)

    def line(self, x1: float, y1: float, x2: float, y2: float, *, width_mm: float = 0.3) -> None:
        """A thin black line (table rules, signature lines)."""
        self.painter.setPen(QPen(QColor("#000000"), self.mm(width_mm)))
        self.painter.drawLine(int(x1), int(y1), int(x2), int(y2))

    def box(self, rect: QRectF, *, fill: str | None = None, width_mm: float = 0.3) -> None:
        """A rectangle (a tick box, a cell, a card's outline), filled when ``fill`` is given."""
        self.painter.setPen(QPen(QColor("#000000"), self.mm(width_mm)))
        if fill is not None:
            self.painter.fillRect(rect, QColor(fill))
        self.painter.drawRect(rect)

    def finish(self) -> None:
        """End the document (the last page gets its foot)."""
        self._draw_foot(self.foot(self.pages))
        self.painter.end()

    def _draw_head(self) -> None:
        """The title left, the project right, each on one line above a rule: a long project
        name is shortened with "…" rather than wrapped into the rule."""
        height = self.mm(HEAD_MM) - self.mm(4)
        bold, font = self.font(9, bold=True), self.font(9)
        self.painter.setFont(bold)
        title = min(self.width / 2, self.painter.fontMetrics().horizontalAdvance(self.title))
        self.text(QRectF(0, 0, title + 1, height), self.title, bold)
        room = self.width - title - self.mm(6)
        self.painter.setFont(font)
        project = self.painter.fontMetrics().elidedText(
            self.project, Qt.TextElideMode.ElideRight, int(room)
        )
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        self.text(QRectF(self.width - room, 0, room, height), project, font, align=right)
        self.line(0, height, self.width, height, width_mm=0.2)

    def _draw_foot(self, text: str) -> None:
        top = self.height - self.mm(FOOT_MM) + self.mm(4)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        self.text(QRectF(0, top, self.width, self.mm(FOOT_MM)), text, self.font(8), align=centre)
