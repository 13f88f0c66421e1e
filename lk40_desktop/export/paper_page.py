"""The paper's page and document rules, set on whatever template it is built from: the
document language with automatic hyphenation, fields updated on opening, the footer with
county, title and "Seite X von Y" (none on the title page), the project's logo in an empty
header, and honest document properties.

Settings, section properties and paragraph properties are written in the order the
WordprocessingML schema prescribes: Word calls a file with misplaced settings damaged.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lk40_desktop.export.docx_xml import field_xml, run_xml
from lk40_desktop.export.text import PROPERTY_LIMIT, clean_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SETTINGS_ORDER = [
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
]
"""The children of ``w:settings`` in schema order (ECMA-376 part 1, CT_Settings)."""
HYPHENATION_ZONE_TWIPS = 284
"""Half a centimetre: how far from the right edge a word may end before it is hyphenated."""


def set_language(document: Any, tag: str) -> None:
    """Make ``tag`` (de-DE, en-GB) the document's language, in the defaults and in every
    style that names one (a county template written in English Word says en-US there)."""
    from docx.oxml import parse_xml

    styles = document.styles.element
    defaults = styles.find(f"{_W}docDefaults")
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {_NAMESPACE}/>")
        styles.insert(0, defaults)
    run_defaults = defaults.find(f"{_W}rPrDefault")
    if run_defaults is None:
        run_defaults = parse_xml(f"<w:rPrDefault {_NAMESPACE}/>")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(f"{_W}rPr")
    if properties is None:
        properties = parse_xml(f"<w:rPr {_NAMESPACE}/>")
        run_defaults.append(properties)
    if properties.find(f"{_W}lang") is None:
        properties.append(parse_xml(f"<w:lang {_NAMESPACE}/>"))  # lang ends CT_RPr's common part
    for lang in styles.iter(f"{_W}lang"):
        lang.set(f"{_W}val", tag)
    put_setting(document, "themeFontLang", {"val": tag})


def put_setting(document: Any, name: str, attributes: dict[str, str] | None = None) -> None:
    """Set ``w:name`` in the settings (replacing one that is there) at its schema place."""
    from docx.oxml import parse_xml

    settings = document.settings.element
    for old in settings.findall(f"{_W}{name}"):
        settings.remove(old)
    values = "".join(f' w:{key}="{value}"' for key, value in (attributes or {}).items())
    element = parse_xml(f"<w:{name} {_NAMESPACE}{values}/>")
    rank = SETTINGS_ORDER.index(name)
    for child in settings:
        local = str(child.tag).rpartition("}")[2]
        if local in SETTINGS_ORDER and SETTINGS_ORDER.index(local) > rank:
            child.addprevious(element)
            return
    settings.append(element)


def print_settings(document: Any) -> None:
    """Automatic hyphenation (at most two hyphenated lines in a row) and fields updated when
    Word opens the file (the contents' page numbers, "Seite X von Y")."""
    put_setting(document, "autoHyphenation", {"val": "true"})
    put_setting(document, "consecutiveHyphenLimit", {"val": "2"})
    put_setting(document, "hyphenationZone", {"val": str(HYPHENATION_ZONE_TWIPS)})
    put_setting(document, "updateFields", {"val": "true"})


@dataclass(frozen=True)
class PageText:
    """What the footer says: ``left`` (county and title) and the page words with the
    placeholders {page} and {pages}."""

    left: str
    page_of: str


def _has_content(part: Any) -> bool:
    """Whether a header or footer holds text or a picture of its own."""
    element = part._element
    return bool("".join(element.itertext()).strip()) or bool(element.findall(f".//{_W}drawing"))


def _has_page_number(part: Any) -> bool:
    element = part._element
    instructions = [str(e.get(f"{_W}instr", "")) for e in element.iter(f"{_W}fldSimple")]
    instructions += ["".join(e.itertext()) for e in element.iter(f"{_W}instrText")]
    return any("PAGE" in text.upper() for text in instructions)


def page_footer(
    document: Any, section: Any, text: PageText, style_id: str | None, text_width: int
) -> None:
    """County and title on the left, "Seite X von Y" on the right of every page after the
    title page. A county footer keeps its content; a footer that numbers its pages itself
    is left as the county designed it."""
    footer = section.footer
    footer.is_linked_to_previous = False
    if _has_page_number(footer):
        return
    if not _has_content(footer):
        for paragraph in list(footer._element.findall(f"{_W}p")):
            footer._element.remove(paragraph)
    before, _, rest = text.page_of.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    body = (
        run_xml(text.left)
        + "<w:r><w:tab/></w:r>"
        + run_xml(before)
        + field_xml("PAGE", "1")
        + run_xml(middle)
        + field_xml("NUMPAGES", "1")
        + run_xml(after)
    )
    clear = _style_tabs(document, style_id)
    footer._element.append(_paragraph(body, style_id, text_width, clear))
    _blank_first_page(section)


def _style_tabs(document: Any, style_id: str | None) -> list[int]:
    """Tab stops a paragraph style sets (through its base styles): the footer's own right tab
    must come first, so these are cleared."""
    positions: list[int] = []
    seen: set[str] = set()
    styles = {str(s.get(f"{_W}styleId")): s for s in document.styles.element.iter(f"{_W}style")}
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        style = styles[style_id]
        positions += [int(tab.get(f"{_W}pos", 0)) for tab in style.iter(f"{_W}tab")]
        based = style.find(f"{_W}basedOn")
        style_id = None if based is None else str(based.get(f"{_W}val"))
    return sorted(set(positions))


def _paragraph(body: str, style_id: str | None, right_tab: int, clear: list[int]) -> Any:
    from docx.oxml import parse_xml

    style = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    stops = sorted([(p, "clear") for p in clear if p != right_tab] + [(right_tab, "right")])
    tabs = "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for pos, kind in stops)
    tabs = f"<w:tabs>{tabs}</w:tabs>"
    size = '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'
    return parse_xml(f"<w:p {_NAMESPACE}><w:pPr>{style}{tabs}{size}</w:pPr>{body}</w:p>")


def _blank_first_page(section: Any) -> None:
    """The title page carries no header and no footer."""
    section.different_first_page_header_footer = True
    for part in (section.first_page_header, section.first_page_footer):
        part.is_linked_to_previous = False


def header_logo(section: Any, png: bytes, height_cm: float, alt_text: str) -> bool:
    """The logo at the right of every page's header after the title page, where the
    template's header is empty; returns whether it was placed."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    header = section.header
    header.is_linked_to_previous = False
    if _has_content(header):
        return False
    paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    picture = paragraph.add_run().add_picture(io.BytesIO(png), height=Cm(height_cm))
    describe(picture, alt_text)
    _blank_first_page(section)
    return True


def readable_picture(data: bytes) -> bool:
    """Whether ``data`` is a picture python-docx can place (PNG, JPEG, GIF, BMP, TIFF)."""
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image

    try:
        Image.from_blob(data)
    except (UnrecognizedImageError, ValueError, OSError, IndexError, KeyError):
        return False
    return True


def describe(picture: Any, text: str, title: str = "") -> None:
    """A picture's alternative text (what a screen reader says, what Word shows under
    Alt Text): ``descr`` of its ``wp:docPr``, and a short ``title``; and no spacing around
    the picture."""
    inline = picture._inline
    for side in ("distT", "distB", "distL", "distR"):  # LibreOffice pads a picture without
        inline.set(side, "0")  # them by 0.32 cm, which pushes a full-width chart past the margin
    properties = inline.docPr
    properties.set("descr", clean_text(text))
    if title:
        properties.set("title", clean_text(title)[:PROPERTY_LIMIT])


@dataclass(frozen=True)
class Properties:
    """The document's core properties."""

    title: str
    author: str
    subject: str
    language: str
    version: str
    created: datetime


def set_properties(document: Any, properties: Properties) -> None:
    """Title, author (the county), subject, language, version, created and modified (the
    export's time); nothing left from the template (python-docx's says "generated by
    python-docx", 2013), and no thumbnail or application record of another document."""
    core = document.core_properties
    for name in ("comments", "keywords", "category", "content_status", "identifier"):
        setattr(core, name, "")
    core.title = clean_text(properties.title)[:PROPERTY_LIMIT]
    core.author = core.last_modified_by = clean_text(properties.author)[:PROPERTY_LIMIT]
    core.subject = clean_text(properties.subject)[:PROPERTY_LIMIT]
    core.language = properties.language
    core.version = properties.version
    core.revision = 1
    core.created = core.modified = properties.created
    _drop_package_parts(document, ("thumbnail", "extended-properties"))


def _drop_package_parts(document: Any, kinds: tuple[str, ...]) -> None:
    """Unlink package-level parts of the template (its thumbnail shows another document, its
    extended properties name another program)."""
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype.rsplit("/", 1)[-1] in kinds:
            del package.rels[key]
