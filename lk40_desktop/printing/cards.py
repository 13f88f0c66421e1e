"""Cards of a board to print and cut: three to an A4 page, as wide as a Metaplan card, the
text as large as it fits, the action field's colour as a band down the left edge and the
card's id at its foot (so a card written on in the room finds its way back)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen

from lk40_desktop.export.vocabulary import Words
from lk40_desktop.printing.page import Sheet
from lk40_desktop.services.sheets import BoardSheet, SheetCard

PER_PAGE = 3
GAP_MM, BAND_MM, PAD_MM = 4.0, 9.0, 5.0
LARGEST, SMALLEST = 30.0, 12.0
"""Point sizes a card's text may take: the largest that fits."""


def draw_cards(sheet: Sheet, board: BoardSheet, words: Words) -> None:
    """Every card of the board, three to a page, with dashed cut lines."""
    height = (sheet.bottom - sheet.top - sheet.mm(GAP_MM) * (PER_PAGE - 1)) / PER_PAGE
    for index, card in enumerate(board.cards):
        if index and index % PER_PAGE == 0:
            sheet.new_page()
        top = sheet.top + (index % PER_PAGE) * (height + sheet.mm(GAP_MM))
        _card(sheet, QRectF(0, top, sheet.width, height), card, board, words)


def _card(sheet: Sheet, rect: QRectF, card: SheetCard, board: BoardSheet, words: Words) -> None:
    painter = sheet.painter
    painter.fillRect(QRectF(rect.left(), rect.top(), sheet.mm(BAND_MM), rect.height()),
                     QColor(board.color))  # fmt: skip
    pen = QPen(QColor("#808080"), sheet.mm(0.3), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRect(rect)
    pad = sheet.mm(PAD_MM)
    left = rect.left() + sheet.mm(BAND_MM) + pad
    width = rect.right() - pad - left
    foot = sheet.mm(7)
    room = QRectF(left, rect.top() + pad, width, rect.height() - 2 * pad - foot)
    size = LARGEST
    while (
        size > SMALLEST
        and sheet.text_height(card.text, sheet.font(size, bold=True), width) > room.height()
    ):
        size -= 2
    font = sheet.font(size, bold=True)
    sheet.text(room, sheet.fitted(card.text, font, width, room.height()), font)
    details = [words["sheet_card_id"].format(id=card.id[:8]), board.field, card.cluster]
    sheet.text(
        QRectF(left, rect.bottom() - pad - foot + sheet.mm(2), width, foot),
        " · ".join(part for part in details if part),
        sheet.font(8),
        color="#505050",
    )
