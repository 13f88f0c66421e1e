"""Paragraphs and tables of the Word paper, written as WordprocessingML text and parsed once.

python-docx builds every element through descriptors that search the parent for the right
insertion point, and resolves a style name by scanning all styles each time: a 1,000-row
appendix took seconds that way. Here a whole table is one string, parsed by lxml in one call;
the XML is the same python-docx would write (runs, ``w:br`` for line breaks, ``w:tab``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from lk40_desktop.export.text import clean_text

_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TABLE_FONT_HALF_POINTS = 18
"""9 pt: tables of a strategy paper are set one size below the body text."""


def run_xml(text: str, *, bold: bool = False, half_points: int | None = None) -> str:
    """One run; line breaks and tabs become Word's own elements, as python-docx does."""
    properties = ("<w:b/>" if bold else "") + (
        f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>' if half_points else ""
    )
    parts = []
    for line_number, line in enumerate(clean_text(text).split("\n")):
        if line_number:
            parts.append("<w:br/>")
        for tab_number, piece in enumerate(line.split("\t")):
            if tab_number:
                parts.append("<w:tab/>")
            if piece:
                parts.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
    properties_xml = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f"<w:r>{properties_xml}{''.join(parts)}</w:r>"


def paragraph_element(text: str, style_id: str | None = None, *, body: str | None = None) -> Any:
    """A paragraph with one run of ``text`` (or the runs in ``body``) in the style with
    ``style_id``."""
    from docx.oxml import parse_xml

    style = f'<w:pPr><w:pStyle w:val="{escape(style_id)}"/></w:pPr>' if style_id else ""
    if body is None:
        body = run_xml(text) if text else ""
    return parse_xml(f"<w:p {_NAMESPACE}>{style}{body}</w:p>")


def caption_element(word: str, number: int, text: str, style_id: str) -> Any:
    """ "Abbildung 3: …" whose number is a SEQ field, so Word can renumber and list it."""
    field = (
        f'<w:fldSimple w:instr=" SEQ {escape(word)} \\* ARABIC ">'
        f"<w:r><w:t>{number}</w:t></w:r></w:fldSimple>"
    )
    return paragraph_element("", style_id, body=run_xml(f"{word} ") + field + run_xml(f": {text}"))


def table_element(
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[Any]],
    widths_twips: Sequence[int],
    style_id: str | None,
) -> Any:
    """A grid table with a repeating bold header row, or (``headers`` None) a profile table
    whose first column is bold. Widths go to the grid and to every cell: LibreOffice reads
    the grid, Word the cells."""
    from docx.oxml import parse_xml

    style = f'<w:tblStyle w:val="{escape(style_id)}"/>' if style_id else ""
    layout = '<w:tblW w:type="auto" w:w="0"/><w:tblLayout w:type="fixed"/>'
    look = (
        '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
        'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths_twips)
    cells_properties = [f'<w:tcPr><w:tcW w:type="dxa" w:w="{w}"/></w:tcPr>' for w in widths_twips]

    def row_xml(values: Sequence[Any], header: bool) -> str:
        row_properties = '<w:trPr><w:tblHeader w:val="true"/></w:trPr>' if header else ""
        cells = "".join(
            f"<w:tc>{cells_properties[column]}<w:p>"
            + run_xml(
                str(value),
                bold=header or (headers is None and column == 0),
                half_points=TABLE_FONT_HALF_POINTS,
            )
            + "</w:p></w:tc>"
            for column, value in enumerate(values)
        )
        return f"<w:tr>{row_properties}{cells}</w:tr>"

    body = [row_xml(headers, True)] if headers is not None else []
    body.extend(row_xml(values, False) for values in rows)
    return parse_xml(
        f"<w:tbl {_NAMESPACE}><w:tblPr>{style}{layout}{look}</w:tblPr>"
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
    )
