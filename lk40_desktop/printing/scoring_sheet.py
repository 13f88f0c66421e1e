"""A rater's scoring sheet: the proposals down, the criteria across (each with its scale and
which way is better), an empty cell for each score — the layout of the rating workbook, so a
rater who gets paper and one who gets Excel fill in the same grid."""

from __future__ import annotations

from lk40_desktop.export.vocabulary import Words
from lk40_desktop.printing.page import Sheet
from lk40_desktop.printing.table import Column, draw_table
from lk40_desktop.services.sheets import ScoringSheet


def draw_scoring(sheet: Sheet, scoring: ScoringSheet, words: Words) -> None:
    """The grid of one rater (a blank name line when none is named)."""
    rater = scoring.rater or words["sheet_rater_blank"]
    low = min((c.low for c in scoring.criteria), default=0)
    high = max((c.high for c in scoring.criteria), default=5)
    sheet.paragraph(f"{words['sheet_scoring']}: {rater}", sheet.font(16, bold=True), gap_mm=2)
    intro = words["sheet_scoring_intro"].format(rater=rater, low=low, high=high)
    sheet.paragraph(intro, sheet.font(10))
    share = max(16.0, min(32.0, 170.0 / max(1, len(scoring.criteria))))
    columns = [
        Column(words["sheet_no"], 16),
        Column(words["proposal"]),
        *(
            Column(
                f"{c.name} ({c.low}–{c.high}, "
                f"{words['sheet_higher_better' if c.higher_is_better else 'sheet_lower_better']})",
                share,
                "blank",
            )
            for c in scoring.criteria
        ),
    ]
    rows = [
        [number, f"{title}\n{field}" if field else title, *([""] * len(scoring.criteria))]
        for number, title, field in scoring.proposals
    ]
    draw_table(sheet, columns, rows, points=9, row_mm=12)


def draw_scorings(sheet: Sheet, scorings: list[ScoringSheet], words: Words) -> None:
    """One rater's grid after the other, each starting a page of its own (all raters' sheets
    in one print)."""
    for index, scoring in enumerate(scorings):
        if index:
            sheet.new_page()
        draw_scoring(sheet, scoring, words)
