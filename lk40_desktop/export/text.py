"""Text as Word, Excel and the charts can store it: the file keeps everything, exports clean
at the edge.

Any text a user typed, pasted or another program wrote reaches the exports: emoji, CJK,
tabs, line breaks, NUL, ESC, U+FFFE, lone surrogates, ``$`` signs. Word and Excel get
everything XML 1.0 can hold; a chart gets one drawable character for each (a space for a
control character), taken literally, in the first font that has its glyph.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from lk40_desktop.services.numbers import half_up

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# XML 1.0 (the format inside .docx and .xlsx) cannot hold these: control characters,
# halves of surrogate pairs (no character on their own) and the two noncharacters.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CARRIAGE_RETURN = re.compile("\r\n?")
_NOT_DRAWN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""What a chart cannot draw (a tab, a control character, half a surrogate pair): a space."""
PROPERTY_LIMIT = 255
"""Characters of a document property (title, author, subject) in Office files."""
CHART_LINE_LIMIT = 80
"""Characters of one line of text in a chart (a legend entry, a title, a card's line)."""
CHART_LINES = 6
"""Lines of one text in a chart."""
FALLBACK_FONTS = (
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Source Han Sans",
    "Microsoft YaHei",
    "Yu Gothic",
    "Meiryo",
    "Malgun Gothic",
    "SimSun",
    "Arial Unicode MS",
    "Droid Sans Fallback",
    "WenQuanYi Zen Hei",
    "Segoe UI Symbol",
    "Segoe UI Emoji",
    "Noto Emoji",
    "Symbola",
)
"""Fonts of the computer a chart falls back on for glyphs DejaVu Sans lacks (CJK, emoji),
where installed: Windows brings several. Without any, such a glyph is drawn as a box, and the
Word paper and the workbook still hold the text itself."""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet would read as the start of a formula (OWASP CSV-injection list)."""


@functools.lru_cache(maxsize=4096)
def clean_text(text: str) -> str:
    """Drop the characters Word and Excel cannot store; keep everything else (a Windows line
    break becomes one line break). Remembered: the paper and the workbook clean the same
    texts, and scanning every field at its limit of 100,000 characters took seconds."""
    if "\r" in text:
        text = _CARRIAGE_RETURN.sub("\n", text)
    return _NOT_IN_XML.sub("", text)


def chart_text(text: str) -> str:
    """A text as a chart draws it: control characters (tabs among them) become spaces, line
    breaks stay, and a line beyond CHART_LINE_LIMIT characters (a text beyond CHART_LINES
    lines) ends in an ellipsis: no chart shows more, and matplotlib took minutes to lay out
    a legend of 100,000-character names, squeezing the map itself to nothing."""
    lines = _CARRIAGE_RETURN.sub("\n", text[: CHART_LINES * (CHART_LINE_LIMIT + 1)]).split("\n")
    if len(lines) > CHART_LINES:
        lines = [*lines[: CHART_LINES - 1], lines[CHART_LINES - 1] + "…"]
    short = [
        line if len(line) <= CHART_LINE_LIMIT else line[: CHART_LINE_LIMIT - 1] + "…"
        for line in lines
    ]
    return _NOT_DRAWN.sub(" ", "\n".join(short))


@functools.cache
def chart_fonts() -> tuple[str, ...]:
    """The font families of every chart: DejaVu Sans (shipped with matplotlib), then the
    installed fallback fonts, looked up once in matplotlib's font list."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ("DejaVu Sans", *(name for name in FALLBACK_FONTS if name in installed))


def drawable(figure: Figure) -> Figure:
    """Make every text of a finished figure drawable, whatever the user typed: ``chart_text``,
    no mathematics (matplotlib reads text between two ``$`` as a formula, and fails on half
    of one), the fallback fonts. Returns the figure."""
    from matplotlib.text import Text

    texts: Iterable[Text] = figure.findobj(Text)
    for item in texts:
        item.set_text(chart_text(item.get_text()))
        item.set_parse_math(False)
        item.set_fontfamily(list(chart_fonts()))
    return figure


warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
"""A glyph no installed font has is drawn as a box; matplotlib's warning about it would only
reach a console nobody reads."""


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would run this user text as a formula."""
    return text.startswith(FORMULA_STARTS)


def format_number(value: float, language: str, decimals: int = 1) -> str:
    """1.234,5 in German, 1,234.5 in English; rounded half up (``services.numbers``), as the
    workbook and the screens round."""
    text = f"{half_up(value, decimals):,.{decimals}f}"
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


_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
FILE_STEM_LIMIT = 120
"""Characters of a file name made from a user's text (Windows paths stay under 260)."""


def file_stem(text: str) -> str:
    """A file name (without its suffix) made from a user's text: what Windows cannot hold in a
    file name left out, spaces collapsed, no dot or space at the end, at most
    ``FILE_STEM_LIMIT`` characters."""
    name = _NOT_IN_FILE_NAMES.sub(" ", clean_text(text))
    return " ".join(name.split()).strip(" .")[:FILE_STEM_LIMIT]
