"""The scoring matrix's formulas, each the spreadsheet twin of a step in
``services.scoring.arithmetic`` and ``portfolio``, using only functions that Excel 2016 and
LibreOffice both have (no FILTER, LET or XLOOKUP).

* **Aggregation** over the rater sheet, keyed by the proposal's and the criterion's number
  (names may repeat, and the sheet may be sorted): the mean is ``AVERAGEIFS``, the median
  ``MEDIAN(IF(…))`` as an array formula; both skip empty cells, so a missing score is missing,
  not zero, and a cell without any score stays empty.
* **Scores off the scale.** The input check refuses a new value outside the criterion's
  scale. A value already there (scored before the scale was narrowed) is treated as the app
  treats it: the mean or median is taken over the scores as they are and then clipped to the
  scale (``numpy.clip``) before it becomes a utility; the rater sheet marks such a value red.
* **Utility**: ``(clip − min) / span``, one minus that for a cost criterion, the span 1 where
  the scale's ends are equal (as the app does), so no ``#DIV/0!``. Whether a criterion is a
  cost criterion is read from its one "Richtung" column.
* **Total**: the weighted mean of the scored utilities, times 100, rounded to 9 places like
  the app before it ranks; empty when no weight of a scored criterion is above zero.
* **Rank**: ``RANK`` (competition ranks, 1, 2, 2, 4).
* **Portfolio axes**: the weighted mean of the utilities (effort: of one minus the utility)
  of the criteria whose "Portfolio-Achse" names that axis; quadrant and quick win from the
  axes rounded to one place, as printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lk40_desktop.services.scoring.arithmetic import TIE_DECIMALS
from lk40_desktop.services.scoring.portfolio import MIDPOINT, PRINTED_DECIMALS

NUMBERS_ONLY = '">-1E+307"'
"""A COUNTIFS condition that counts numbers and skips empty cells and text."""


@dataclass(frozen=True)
class RaterColumns:
    """The rater sheet's key and value columns as absolute ranges."""

    proposal: str
    criterion: str
    value: str


@dataclass(frozen=True)
class CriterionCells:
    """Where the formulas find one criterion's settings (absolute references)."""

    weight: str
    low: str
    high: str
    direction: str
    axis: str


def aggregate(columns: RaterColumns, proposal: int, criterion: int, median: bool) -> str:
    """The mean or median of one proposal's scores on one criterion, empty without any."""
    keys = f"{columns.proposal},{proposal},{columns.criterion},{criterion}"
    count = f"COUNTIFS({keys},{columns.value},{NUMBERS_ONLY})"
    if median:
        chosen = (
            f"({columns.proposal}={proposal})*({columns.criterion}={criterion})"
            f"*ISNUMBER({columns.value})"
        )
        value = f"MEDIAN(IF({chosen},{columns.value}))"
    else:
        value = f"AVERAGEIFS({columns.value},{keys})"
    return f'=IF({count}=0,"",{value})'


def utility(score: str, cells: CriterionCells, cost_word: str) -> str:
    """A score as a utility in [0, 1]; a cost criterion inverted; empty without a score."""
    span = f"IF({cells.high}>{cells.low},{cells.high}-{cells.low},1)"
    share = f"(MIN(MAX({score},{cells.low}),{cells.high})-{cells.low})/{span}"
    cost = f'{cells.direction}="{_quoted(cost_word)}"'
    return f'=IF(ISNUMBER({score}),IF({cost},1-{share},{share}),"")'


def total(utilities: str, weights: str) -> str:
    """The weighted total 0–100 over the scored criteria (``SUMPRODUCT`` reads text as 0)."""
    scored = f"SUMPRODUCT(--ISNUMBER({utilities}),{weights})"
    value = f"100*SUMPRODUCT({utilities},{weights})/{scored}"
    return f'=IF({scored}=0,"",ROUND({value},{TIE_DECIMALS}))'


def rank(total_cell: str, totals: str) -> str:
    """Competition rank among the totals; empty without a total."""
    return f'=IF(ISNUMBER({total_cell}),RANK({total_cell},{totals},0),"")'


def axis(
    utilities: Sequence[str], criteria: Sequence[CriterionCells], word: str, effort: bool
) -> str:
    """A portfolio axis 0–100 over the criteria whose axis cell says ``word``: written term by
    term (``N`` reads an empty utility as 0, ``ISNUMBER`` counts only scored ones), so that it
    follows a weight or an axis changed on the criteria sheet; empty when nothing counts."""
    chosen = [f'{c.weight}*({c.axis}="{_quoted(word)}")' for c in criteria]
    weights = "+".join(f"ISNUMBER({u})*{w}" for u, w in zip(utilities, chosen, strict=True))
    if effort:
        parts = [f"(ISNUMBER({u})-N({u}))*{w}" for u, w in zip(utilities, chosen, strict=True)]
    else:
        parts = [f"N({u})*{w}" for u, w in zip(utilities, chosen, strict=True)]
    return f'=IF(({weights})=0,"",100*({"+".join(parts)})/({weights}))'


def quadrant(benefit: str, effort: str, names: dict[str, str]) -> str:
    """The portfolio's quadrant on the printed numbers (``portfolio_quadrant``); empty when an
    axis is not scored. ``names``: quick_wins, big_bets, fill_ins, money_pits."""
    high = f"ROUND({benefit},{PRINTED_DECIMALS})>={MIDPOINT:g}"
    low = f"ROUND({effort},{PRINTED_DECIMALS})<{MIDPOINT:g}"
    word = {key: f'"{_quoted(value)}"' for key, value in names.items()}
    return (
        f"=IF(AND(ISNUMBER({benefit}),ISNUMBER({effort})),IF({high},IF({low},"
        f"{word['quick_wins']},{word['big_bets']}),IF({low},{word['fill_ins']},"
        f'{word["money_pits"]})),"")'
    )


def quick_win(quadrant_cell: str, quick_word: str, yes: str, no: str, flagged: bool) -> str:
    """A quick win: the quadrant where both axes are scored, the profile's flag otherwise."""
    flag = yes if flagged else no
    return (
        f'=IF({quadrant_cell}="","{_quoted(flag)}",IF({quadrant_cell}="{_quoted(quick_word)}",'
        f'"{_quoted(yes)}","{_quoted(no)}"))'
    )


def _quoted(word: str) -> str:
    """A word inside a formula's string literal (a quote doubled)."""
    return word.replace('"', '""')
