"""Text as Word and Excel can store it: the file keeps everything, exports clean at the edge."""

from __future__ import annotations

import re

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
