"""The one rounding rule of every number the app prints: half up (away from zero), as Excel
and LibreOffice round, on the number as a spreadsheet shows it (15 significant digits).

Python's ``round`` and ``format`` round half to even on the exact binary value (62.25 → 62.2,
1.005 → 1.00), Qt's ``QLocale.toString`` rounds the exact binary value too (1.005 → 1,00);
Excel shows 62.3 and 1.01. A score printed in the paper, shown on the scoring page and
recalculated in the workbook must read the same, so the paper, the workbook's words, the
charts and the screens all round through ``half_up`` and only then format.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

SPREADSHEET_DIGITS = 15
"""Significant digits Excel and LibreOffice keep of a number before they round it."""


def half_up(value: float, decimals: int = 0) -> float:
    """``value`` rounded to ``decimals`` places, ties away from zero (2.25 → 2.3, −2.5 → −3);
    NaN and infinities stay. The result is the float nearest the rounded decimal, so any
    formatter with the same number of places prints exactly its digits."""
    if not math.isfinite(value):
        return value
    exact = Decimal(f"{value:.{SPREADSHEET_DIGITS}g}")
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return float(rounded) + 0.0  # no "-0.0"


def fixed(value: float, decimals: int = 0) -> str:
    """``value`` half up with ``decimals`` places and a full stop, without grouping ("62.3")."""
    return f"{half_up(value, decimals):.{decimals}f}"
