"""Paper for a board's dot voting: a voting sheet each participant ticks (up to the round's
dots), and a tally sheet on which two people count the dots of the pinboard card by card
before typing them in (the tally of the voting bar)."""

from __future__ import annotations

from lk40_desktop.export.vocabulary import Words
from lk40_desktop.printing.page import Sheet
from lk40_desktop.printing.table import Column, draw_table
from lk40_desktop.services.sheets import BoardSheet

LONGEST = 300
"""Characters of a card's text in a row of a voting or tally sheet: enough to recognise the
card on the pinboard, and a row never taller than a page."""


def _rows(board: BoardSheet, *blank: str) -> list[list[str]]:
    return [
        [str(n), _short(card.text), card.cluster, *blank] for n, card in enumerate(board.cards, 1)
    ]


def _short(text: str) -> str:
    return text if len(text) <= LONGEST else text[:LONGEST].rsplit(" ", 1)[0].rstrip() + "…"


def draw_voting(sheet: Sheet, board: BoardSheet, words: Words) -> None:
    """The board's cards with a tick box each."""
    sheet.paragraph(board.field, sheet.font(16, bold=True), gap_mm=2)
    sheet.paragraph(words["sheet_voting_intro"].format(dots=board.dots), sheet.font(11))
    columns = [
        Column(words["sheet_no"], 11),
        Column(words["sheet_card"]),
        Column(words["sheet_cluster"], 45),
        Column("✓", 14, "box"),
    ]
    draw_table(sheet, columns, _rows(board, ""), points=11, row_mm=10)


def draw_tally(sheet: Sheet, board: BoardSheet, words: Words) -> None:
    """The board's cards with room for marks and their sum."""
    sheet.paragraph(board.field, sheet.font(16, bold=True), gap_mm=2)
    sheet.paragraph(words["sheet_tally_intro"], sheet.font(10))
    columns = [
        Column(words["sheet_no"], 11),
        Column(words["sheet_card"]),
        Column(words["sheet_cluster"], 38),
        Column(words["sheet_tally_marks"], 55, "blank"),
        Column(words["sheet_sum"], 18, "blank"),
    ]
    draw_table(sheet, columns, _rows(board, "", ""), points=10, row_mm=11)
