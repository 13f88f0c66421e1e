"""The building blocks every Word export shares (the strategy paper, a workshop's protocol):
a document in a template's styles with the template's sample text dropped, the language set
for hyphenation, looked-up style ids, paragraphs and grid tables over the text width.

A county template may lack a style the exports use; those are copied from the shipped
template (``paper_styles.complete_styles``), so every export prints with the same rules
whatever the template holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lk40_desktop.export.docx_xml import paragraph_element, table_element
from lk40_desktop.export.paper_page import print_settings, set_language
from lk40_desktop.export.paper_styles import complete_styles, style_id
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.export.word_template import load_template
from lk40_desktop.paths import resource

DEFAULT_TEMPLATE = ("templates", "strategiepapier.docx")
WHOLE_WORDS = frozenset({"Title", "Subtitle", "TOC Heading"})
"""Styles whose words are never hyphenated (headings neither)."""
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
        self.text_height = (
            _twips(section.page_height, 16838)
            - _twips(section.top_margin, 1417)
            - _twips(section.bottom_margin, 1417)
        )

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
