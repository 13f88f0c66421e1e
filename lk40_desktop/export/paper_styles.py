"""The styles the paper needs, completed from the shipped template where a county's lacks them.

A county's corporate-design template is the paper's look: its fonts, colours and headings win.
But a template made for letters often lacks what a strategy paper uses — a caption style, the
grid table style, list styles, the contents' styles — and a paragraph in a missing style falls
back to Normal: tables lose their borders, lists their bullets and numbers. Each missing style
is copied from the shipped template with what it is based on and, for a list style, its
numbering definition; the export report lists what was added (``export.job.preflight``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

PAPER_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Caption",
    "List Bullet",
    "List Bullet 2",
    "List Number",
    "List Number 2",
    "TOC Heading",
    "TOC 1",
    "TOC 2",
    "Table Grid",
    "Header",
    "Footer",
)
"""Every style the paper's paragraphs and tables use, by the name Word shows."""
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _styles(document: Any) -> Any:
    return document.styles.element


def style_element(document: Any, name: str) -> Any | None:
    """The ``w:style`` of ``name`` in a document, matched as Word matches built-in names
    (the file says "heading 1", "caption", "toc 1")."""
    wanted = name.casefold()
    for element in _styles(document).iterchildren(f"{_W}style"):
        names = element.find(f"{_W}name")
        if names is not None and str(names.get(f"{_W}val", "")).casefold() == wanted:
            return element
    return None


def style_id(document: Any, name: str) -> str | None:
    """The id of the style ``name`` (a German Word template names "heading 1" with the id
    "berschrift1"), or None when the document lacks it."""
    element = style_element(document, name)
    return None if element is None else str(element.get(f"{_W}styleId"))


def missing_styles(document: Any, names: Iterable[str] = PAPER_STYLES) -> list[str]:
    """The paper's styles a template lacks, in ``PAPER_STYLES`` order."""
    return [name for name in names if style_element(document, name) is None]


def complete_styles(document: Any, source: Any) -> list[str]:
    """Copy every paper style ``document`` lacks from ``source`` (the shipped template), with
    the styles it is based on, follows with or is linked to where those are missing too, and
    the numbering of list styles; returns the names added, in ``PAPER_STYLES`` order."""
    added: list[str] = []
    for name in missing_styles(document):
        element = style_element(source, name)
        if element is not None:
            _copy_style(document, source, element, added)
    order = {name.casefold(): index for index, name in enumerate(PAPER_STYLES)}
    return sorted(added, key=lambda name: order.get(name.casefold(), len(order)))


def _copy_style(document: Any, source: Any, element: Any, added: list[str]) -> str:
    """Copy one style (and what it refers to) and return its id in ``document``."""
    target_styles = _styles(document)
    ids = {str(e.get(f"{_W}styleId")) for e in target_styles.iterchildren(f"{_W}style")}
    name = str(element.find(f"{_W}name").get(f"{_W}val"))
    present = style_element(document, name)
    if present is not None:
        return str(present.get(f"{_W}styleId"))
    clone = copy.deepcopy(element)
    new_id = str(clone.get(f"{_W}styleId"))
    while new_id in ids:  # the id is taken by a style of another name
        new_id += "0"
    clone.set(f"{_W}styleId", new_id)
    target_styles.append(clone)
    added.append(_display_name(name))
    for reference in ("basedOn", "next", "link"):
        child = clone.find(f"{_W}{reference}")
        if child is None:
            continue
        referred = _by_id(source, str(child.get(f"{_W}val")))
        if referred is None or referred is element:
            continue
        child.set(f"{_W}val", _copy_style(document, source, referred, added))
    numbering = clone.find(f"{_W}pPr/{_W}numPr/{_W}numId")
    if numbering is not None:
        numbering.set(f"{_W}val", _copy_numbering(document, source, str(numbering.get(f"{_W}val"))))
    return new_id


def _display_name(name: str) -> str:
    """The name as Word shows it ("heading 1" → "Heading 1", "toc 2" → "TOC 2")."""
    for known in PAPER_STYLES:
        if known.casefold() == name.casefold():
            return known
    return name


def _by_id(document: Any, wanted: str) -> Any | None:
    for element in _styles(document).iterchildren(f"{_W}style"):
        if element.get(f"{_W}styleId") == wanted:
            return element
    return None


def _numbering(document: Any) -> Any:
    """The document's numbering definitions, a new empty part if it has none (python-docx
    cannot make one: ``NumberingPart.new`` is not implemented)."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.oxml import parse_xml
    from docx.parts.numbering import NumberingPart

    part = document.part
    try:
        return part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        element = parse_xml(f'<w:numbering xmlns:w="{_W[1:-1]}"/>')
        numbering = NumberingPart(
            PackURI("/word/numbering.xml"), CONTENT_TYPE.WML_NUMBERING, element, part.package
        )
        part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)
        return element


def _copy_numbering(document: Any, source: Any, num_id: str) -> str:
    """Copy a list's numbering (``w:num`` and its ``w:abstractNum``) under new ids."""
    source_numbering = source.part.numbering_part.element
    target = _numbering(document)
    num = next(
        n for n in source_numbering.iterchildren(f"{_W}num") if n.get(f"{_W}numId") == num_id
    )
    abstract_id = num.find(f"{_W}abstractNumId").get(f"{_W}val")
    abstract = next(
        a
        for a in source_numbering.iterchildren(f"{_W}abstractNum")
        if a.get(f"{_W}abstractNumId") == abstract_id
    )
    abstracts = [int(a.get(f"{_W}abstractNumId")) for a in target.iterchildren(f"{_W}abstractNum")]
    nums = [int(n.get(f"{_W}numId")) for n in target.iterchildren(f"{_W}num")]
    new_abstract = copy.deepcopy(abstract)
    new_abstract.set(f"{_W}abstractNumId", str(max(abstracts, default=-1) + 1))
    new_num = copy.deepcopy(num)
    new_num.set(f"{_W}numId", str(max(nums, default=0) + 1))
    new_num.find(f"{_W}abstractNumId").set(f"{_W}val", new_abstract.get(f"{_W}abstractNumId"))
    first_num = target.find(f"{_W}num")
    if first_num is not None:  # the schema wants every abstractNum before the first num
        first_num.addprevious(new_abstract)
    else:
        target.append(new_abstract)
    last_num = list(target.iterchildren(f"{_W}num"))
    if last_num:
        last_num[-1].addnext(new_num)
    else:
        new_abstract.addnext(new_num)
    return str(new_num.get(f"{_W}numId"))
