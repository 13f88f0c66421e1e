"""The building blocks every Word export shares (the strategy paper, a workshop's protocol):
a document in a template's styles with the template's sample text dropped, the language set
for hyphenation, looked-up style ids, paragraphs and grid tables over the text width.

A county template may lack a style the exports use; those are copied from the shipped
template (``paper_styles.complete_styles``), so every export prints with the same rules
whatever the template holds.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lk40_desktop.export.chart_fit import PrintSize
from lk40_desktop.export.docx_xml import caption_element, paragraph_element, table_element
from lk40_desktop.export.paper_page import (
    PageText,
    describe,
    header_logo,
    page_footer,
    print_settings,
    set_language,
)
from lk40_desktop.export.paper_styles import complete_styles, style_id
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.export.word_template import load_template
from lk40_desktop.paths import resource
from lk40_desktop.services.photos import ExportPhoto

DEFAULT_TEMPLATE = ("templates", "strategiepapier.docx")
WHOLE_WORDS = frozenset({"Title", "Subtitle", "TOC Heading"})
"""Styles whose words are never hyphenated (headings neither)."""
CM_PER_INCH = 2.54
TWIPS_PER_INCH = 1440
CAPTION_ROOM_CM = 2.5
"""Height a figure leaves free on its page for its caption and the spacing around it."""
PHOTO_HEIGHT_SHARE = 0.6
"""How much of a page's text height a photo may fill: a 4:3 photo across the text width fits,
an upright one stays small enough to leave room for the text or a second photo."""
HEADER_LOGO_CM = 1.2
"""Height of the county's logo in the header of every page."""
KEEP_TOGETHER_ROWS = 16
"""A table of at most this many rows stays on one page (a profile, the key figures)."""
EMU_PER_TWIP = 635


def _twips(length: int | None, default: int) -> int:
    """A python-docx length (EMU) in twips; ``default`` where the template omits it."""
    return default if length is None else int(length) // EMU_PER_TWIP


def _clear_body(document: Any) -> None:
    """A template brings styles, page setup, header and footer; its sample text is dropped."""
    body = document.element.body
    for element in list(body):
        if not element.tag.endswith("}sectPr"):
            body.remove(element)


class WordDocument:
    """A Word document being built in ``language`` on ``template`` (None: the shipped one)."""

    def __init__(self, template: Path | None, language: str) -> None:
        self.language = language
        self.t = Words(language)
        self.doc = load_template(template or resource(*DEFAULT_TEMPLATE))
        self.added_styles = (
            complete_styles(self.doc, load_template(resource(*DEFAULT_TEMPLATE)))
            if template is not None
            else []
        )
        """Styles the county's template lacked, copied from the shipped one."""
        _clear_body(self.doc)
        self.language_tag = self.t["language_tag"]
        set_language(self.doc, self.language_tag)
        print_settings(self.doc)
        self._style_ids: dict[str, str | None] = {}
        section = self.doc.sections[-1]
        self.text_width = (
            _twips(section.page_width, 11906)
            - _twips(section.left_margin, 1417)
            - _twips(section.right_margin, 1417)
        )
        """Width of the text in twips (page width less the margins)."""
        text_height = (
            _twips(section.page_height, 16838)
            - _twips(section.top_margin, 1417)
            - _twips(section.bottom_margin, 1417)
        )
        self.chart_size = PrintSize(
            self.text_width / TWIPS_PER_INCH,
            text_height / TWIPS_PER_INCH - CAPTION_ROOM_CM / CM_PER_INCH,
        )
        """The room of a chart or photo: the text width, and the text height less a caption."""
        self._figures = 0
        self._tables = 0

    def style_id(self, name: str) -> str | None:
        """The id of a style, looked up once: python-docx scans every style per lookup, which
        dominated the export time of long papers. None if even the completed template lacks
        it (the shipped template has every style the exports use)."""
        if name not in self._style_ids:
            self._style_ids[name] = style_id(self.doc, name)
        return self._style_ids[name]

    def append(self, element: Any) -> None:
        """Add a body element at the end, before the section properties."""
        body = self.doc.element.body
        if body.sectPr is not None:
            body.sectPr.addprevious(element)
        else:
            body.append(element)

    def para(self, text: str, style: str | None = None, *, keep_next: bool = False) -> None:
        """A paragraph of plain text in ``style`` (None: the body text's)."""
        self.append(
            paragraph_element(
                text,
                self.style_id(style) if style else None,
                keep_next=keep_next,
                hyphenate=style not in WHOLE_WORDS,
            )
        )

    def grid(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        weights: Sequence[float] | None = None,
        *,
        first_column_bold: bool = False,
    ) -> None:
        """A grid table over the text width, its columns in the proportions of ``weights``
        (equal when not given), and the empty paragraph Word needs after a table."""
        columns = len(headers)
        if any(len(values) != columns for values in rows):
            raise ValueError("every row of a table needs one value per column")
        shares = list(weights or [1.0] * columns)
        total = sum(shares)
        twips = [int(self.text_width * share / total) for share in shares]
        self.append(
            table_element(
                headers,
                rows,
                twips,
                self.style_id("Table Grid"),
                first_column_bold=first_column_bold,
                keep_together=len(rows) <= KEEP_TOGETHER_ROWS,
            )
        )
        self.para("")

    def caption(self, kind: str, text: str) -> None:
        """ "Abbildung 3: …" with a SEQ field, so Word can renumber and list the captions; a
        table's caption stands above its table and keeps with it."""
        if kind == "figure":
            self._figures += 1
            number, word = self._figures, self.t["figure"]
        else:
            self._tables += 1
            number, word = self._tables, self.t["table"]
        self.append(
            caption_element(
                word, number, text, self.style_id("Caption") or "", keep_next=kind == "table"
            )
        )

    def photo(self, photo: ExportPhoto, caption: str, alt_text: str) -> None:
        """A photo across the text width (an upright one narrower, at most
        ``PHOTO_HEIGHT_SHARE`` of the page's text high), ``caption`` below it and
        ``alt_text`` as its alternative text."""
        from docx.shared import Inches

        width = self.chart_size.width
        highest = self.chart_size.max_height * PHOTO_HEIGHT_SHARE
        if photo.height * width > photo.width * highest:
            width = highest * photo.width / max(photo.height, 1)
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        picture = paragraph.add_run().add_picture(io.BytesIO(photo.data), width=Inches(width))
        describe(picture, alt_text, caption)
        self.caption("figure", caption)

    def page_frame(self, left: str, logo: bytes | None, county: str) -> None:
        """``left`` and "Seite X von Y" in the footer of every page after the first; the
        county's ``logo`` (a picture Word can show, or None) in the header."""
        section = self.doc.sections[-1]
        page_footer(
            self.doc,
            section,
            PageText(left, self.t["page_of"]),
            self.style_id("Footer"),
            self.text_width,
        )
        if logo is not None:
            alt_text = self.t["logo_alt"].format(county=county)
            header_logo(section, logo, HEADER_LOGO_CM, alt_text)
