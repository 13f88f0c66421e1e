"""Paragraphs and tables of the Word paper, written as WordprocessingML text and parsed once.

python-docx builds every element through descriptors that search the parent for the right
insertion point, and resolves a style name by scanning all styles each time: a 1,000-row
appendix took seconds that way. Here a whole table is one string, parsed by lxml in one call;
the XML is the same python-docx would write (runs, ``w:br`` for line breaks, ``w:tab``).

The paper's page rules are written here as direct paragraph and row properties, so that no
template can switch them off: headings and table captions keep with what follows, chapters
start on a new page, table rows never split and header rows repeat.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from lk40_desktop.export.text import clean_text

_NAMESPACE = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
TABLE_FONT_HALF_POINTS = 18
"""9 pt: tables of a strategy paper are set one size below the body text."""


LINK_COLOUR = "0563C1"
"""Word's own hyperlink blue (4.9 : 1 on white), set directly: not every county template
has the "Hyperlink" character style."""


def run_xml(
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    link: bool = False,
    half_points: int | None = None,
) -> str:
    """One run; line breaks and tabs become Word's own elements, as python-docx does.
    ``link`` sets it as a hyperlink's text (blue, underlined)."""
    properties = (
        ("<w:b/>" if bold else "")
        + ("<w:i/>" if italic else "")
        + (f'<w:color w:val="{LINK_COLOUR}"/>' if link else "")
        + (f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>' if half_points else "")
        + ('<w:u w:val="single"/>' if link else "")
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


def field_xml(instruction: str, shown: str = "") -> str:
    """A complex field (``PAGE``, ``PAGEREF _Toc3 \\h`` …) with ``shown`` as its last result:
    Word and LibreOffice compute the result themselves."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run_xml(shown)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def hyperlink_xml(relation_id: str, runs: str) -> str:
    """``runs`` as a link to the external target of the relationship ``relation_id``."""
    return f'<w:hyperlink r:id={quoteattr(relation_id)} w:history="1">{runs}</w:hyperlink>'


def list_properties(num_id: str, level: int = 0) -> str:
    """The ``w:numPr`` that puts a paragraph into the list ``num_id`` at ``level``."""
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{escape(num_id)}"/></w:numPr>'


def restarted_numbering(document: Any, style_name: str) -> str | None:
    """A new list instance of a numbered list style that starts again at 1 (Word's
    "restart numbering"): the id of a ``w:num`` on the style's own definition with a start
    override. None when the style numbers nothing (a county template's plain style)."""
    from docx.oxml import parse_xml

    from lk40_desktop.export.paper_styles import style_element

    style = style_element(document, style_name)
    found = None if style is None else style.find(f"{W}pPr/{W}numPr/{W}numId")
    if found is None:
        return None
    numbering = document.part.numbering_part.element
    abstract = numbering.xpath(f"./w:num[@w:numId='{found.get(W + 'val')}']/w:abstractNumId/@w:val")
    if not abstract:
        return None
    used = [int(n) for n in numbering.xpath("./w:num/@w:numId")]
    num_id = str(max(used, default=0) + 1)
    numbering.append(
        parse_xml(
            f'<w:num {_NAMESPACE} w:numId="{num_id}"><w:abstractNumId w:val="{abstract[0]}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return num_id


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def bookmarked(body: str, name: str, number: int) -> str:
    """``body`` (runs) inside a bookmark, the target of a contents entry's page number."""
    return (
        f'<w:bookmarkStart w:id="{number}" w:name={quoteattr(name)}/>{body}'
        f'<w:bookmarkEnd w:id="{number}"/>'
    )


def paragraph_element(
    text: str,
    style_id: str | None = None,
    *,
    body: str | None = None,
    keep_next: bool = False,
    page_break_before: bool = False,
    properties: str = "",
    hyphenate: bool = True,
) -> Any:
    """A paragraph with one run of ``text`` (or the runs in ``body``) in the style with
    ``style_id``; ``keep_next`` keeps it on the page of what follows, ``page_break_before``
    starts a page with it, ``hyphenate`` False keeps its words whole (titles, headings);
    ``properties`` are ``w:pPr`` children that follow these in schema order (tabs)."""
    from docx.oxml import parse_xml

    style = f'<w:pStyle w:val="{escape(style_id)}"/>' if style_id else ""
    rules = ("<w:keepNext/>" if keep_next else "") + (
        "<w:pageBreakBefore/>" if page_break_before else ""
    )
    whole = "" if hyphenate else "<w:suppressAutoHyphens/>"
    pieces = style + rules + properties + whole
    paragraph_properties = f"<w:pPr>{pieces}</w:pPr>" if pieces else ""
    if body is None:
        body = run_xml(text) if text else ""
    return parse_xml(f"<w:p {_NAMESPACE}>{paragraph_properties}{body}</w:p>")


def caption_element(
    word: str, number: int, text: str, style_id: str, *, keep_next: bool = False
) -> Any:
    """ "Abbildung 3: …" whose number is a SEQ field, so Word can renumber and list it;
    ``keep_next`` for a table's caption, which stands above its table."""
    field = (
        f'<w:fldSimple w:instr=" SEQ {escape(word)} \\* ARABIC ">'
        f"<w:r><w:t>{number}</w:t></w:r></w:fldSimple>"
    )
    return paragraph_element(
        "",
        style_id,
        body=run_xml(f"{word} ") + field + run_xml(f": {text}"),
        keep_next=keep_next,
    )


def contents_entry_element(text: str, style_id: str, anchor: str, tab_twips: int) -> Any:
    """One line of the table of contents: the heading's text linked to its bookmark, a dot
    leader and the page as a PAGEREF field, which LibreOffice fills when it lays the paper
    out and Word when it updates the fields on opening."""
    tabs = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab_twips}"/></w:tabs>'
    page = field_xml(f"PAGEREF {anchor} \\h")
    link = (
        f'<w:hyperlink w:anchor={quoteattr(anchor)} w:history="1">{run_xml(text)}'
        f"<w:r><w:tab/></w:r>{page}</w:hyperlink>"
    )
    return paragraph_element("", style_id, body=link, properties=tabs)


def table_element(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths_twips: Sequence[int],
    style_id: str | None,
    *,
    first_column_bold: bool = False,
    keep_together: bool = False,
) -> Any:
    """A grid table whose bold header row repeats on every page and is marked as the header
    (screen readers announce it); no row splits across pages. ``first_column_bold`` for a
    profile, whose first column names each row; ``keep_together`` keeps a short table on one
    page (every row keeps with the next, as Word's "keep with next" on a table does). Widths
    go to the grid and to every cell: LibreOffice reads the grid, Word the cells."""
    from docx.oxml import parse_xml

    style = f'<w:tblStyle w:val="{escape(style_id)}"/>' if style_id else ""
    width = sum(widths_twips)
    layout = f'<w:tblW w:type="dxa" w:w="{width}"/><w:tblLayout w:type="fixed"/>'
    look = (
        '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
        'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths_twips)
    cells_properties = [f'<w:tcPr><w:tcW w:type="dxa" w:w="{w}"/></w:tcPr>' for w in widths_twips]

    def row_xml(values: Sequence[Any], header: bool, keep: bool) -> str:
        row_properties = "<w:trPr><w:cantSplit/>" + (
            '<w:tblHeader w:val="true"/></w:trPr>' if header else "</w:trPr>"
        )
        paragraph = "<w:p><w:pPr><w:keepNext/></w:pPr>" if keep else "<w:p>"
        cells = "".join(
            f"<w:tc>{cells_properties[column]}{paragraph}"
            + run_xml(
                str(value),
                bold=header or (first_column_bold and column == 0),
                half_points=TABLE_FONT_HALF_POINTS,
            )
            + "</w:p></w:tc>"
            for column, value in enumerate(values)
        )
        return f"<w:tr>{row_properties}{cells}</w:tr>"

    body = [row_xml(headers, True, keep_together and bool(rows))]
    body.extend(
        row_xml(values, False, keep_together and number < len(rows) - 1)
        for number, values in enumerate(rows)
    )
    return parse_xml(
        f"<w:tbl {_NAMESPACE}><w:tblPr>{style}{layout}{look}</w:tblPr>"
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
    )
