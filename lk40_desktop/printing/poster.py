"""The stakeholder map as an A3 poster for the wall: the paper's map, drawn larger, as
vectors (its names stay text a PDF reader finds).

The map is laid out at the Word paper's size and scaled up, not laid out anew at poster size:
names placed clear of each other there stay clear, and every text grows with the map, so the
poster reads from a few steps away."""

from __future__ import annotations

import io

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtSvg import QSvgRenderer

from lk40_desktop.export.chart_fit import PAPER
from lk40_desktop.export.stakeholder_map import stakeholder_map_figure
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.printing.page import Sheet
from lk40_desktop.services.stakeholders.data import StakeholderData


def draw_poster(sheet: Sheet, data: StakeholderData, words: Words) -> None:
    """The map as large as the page allows, centred below its title."""
    from matplotlib import rc_context

    sheet.paragraph(words["sheet_poster"], sheet.font(20, bold=True), gap_mm=2)
    room = QRectF(0, sheet.y, sheet.width, sheet.bottom - sheet.y)
    figure = stakeholder_map_figure(data, language=words.language, size=PAPER)
    svg = io.BytesIO()
    with rc_context({"svg.fonttype": "none"}):  # text stays text, not outlines
        figure.savefig(svg, format="svg")
    renderer = QSvgRenderer(QByteArray(svg.getvalue()))
    size = renderer.defaultSize()
    scale = min(room.width() / size.width(), room.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    target = QRectF(room.left() + (room.width() - width) / 2, room.top(), width, height)
    renderer.render(sheet.painter, target)
    sheet.y = target.bottom()
