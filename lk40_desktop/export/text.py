"""Text as Word and Excel can store it: the file keeps everything, exports clean at the edge."""

from __future__ import annotations

import re
from datetime import date

# XML 1.0 (the format inside .docx and .xlsx) cannot hold these control characters.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet would read as the start of a formula (OWASP CSV-injection list)."""


def clean_text(text: str) -> str:
    """Drop the control characters Word and Excel cannot store; keep everything else."""
    return _NOT_IN_XML.sub("", text)


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run this user text as a formula."""
    return text.startswith(FORMULA_STARTS)


def format_number(value: float, language: str, decimals: int = 1) -> str:
    """1.234,5 in German, 1,234.5 in English."""
    text = f"{value:,.{decimals}f}"
    return (
        text.replace(",", "\0").replace(".", ",").replace("\0", ".") if language == "de" else text
    )


def format_euro(value: float | None, language: str) -> str:
    """1.200.000 € in German, €1,200,000 in English; a dash when unknown."""
    if value is None:
        return "–"
    amount = format_number(value, language, 0)
    return f"{amount} €" if language == "de" else f"€{amount}"


def format_date(value: date | None, language: str) -> str:
    """24.11.2026 in German, 24 November 2026 in English; a dash when unknown."""
    if value is None:
        return "–"
    if language == "de":
        return value.strftime("%d.%m.%Y")
    return f"{value.day} {value:%B} {value.year}"
