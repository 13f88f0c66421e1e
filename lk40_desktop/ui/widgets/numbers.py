"""Numbers on screen in the UI's locale, rounded as the paper and the workbook round them
(``services.numbers.half_up``): ``QLocale.toString`` alone rounds the binary value, and a
score would read 1,00 on screen where the workbook shows 1,01."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from lk40_desktop.services.numbers import half_up


def number_text(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` places in the UI's locale, rounded half up."""
    return QLocale().toString(half_up(float(value), decimals), "f", decimals)
