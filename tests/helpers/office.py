"""LibreOffice and poppler for the tests of printed output: convert many files in one
LibreOffice start (each start costs seconds), read a PDF page by page, and a county template
that lacks the styles a strategy paper needs."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm

from lk40_desktop.paths import resource

HAVE_OFFICE = all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdfimages"))
LACKING = (
    "caption",
    "Table Grid",
    "List Bullet",
    "List Bullet 2",
    "List Number",
    "List Number 2",
    "TOC Heading",
    "toc 1",
    "toc 2",
)
"""The styles the letter template lacks (as Word names them in the file)."""


def convert(sources: Sequence[Path], folder: Path, target: str) -> list[Path]:
    """Convert ``sources`` to ``target`` ("pdf", "xlsx") in ``folder`` with one LibreOffice."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return [folder / f"{source.stem}.{target}" for source in sources]


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext, reading order)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def image_pages(pdf: Path) -> set[int]:
    """The pages (from 1) that show a picture (pdfimages -list)."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return {int(line.split()[0]) for line in listing.splitlines()[2:] if line.strip()}


def letter_template(target: Path) -> Path:
    """A county's letter template: the shipped one without caption, grid table, list and
    contents styles and without numbering definitions, with 3 cm margins (a text width of
    15 cm), Arial, a letterhead in the header and an address line in the footer."""
    document = Document(str(resource("templates", "strategiepapier.docx")))
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        name = style.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")) in LACKING:
            styles.remove(style)
    part = document.part
    for key, relationship in list(part.rels.items()):
        if relationship.reltype.endswith("/numbering"):
            del part.rels[key]
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(3)
    document.styles["Normal"].font.name = "Arial"
    section.header.paragraphs[0].text = "Landkreis Muster – Briefkopf"
    section.footer.paragraphs[0].text = "Landratsamt Muster, Schlossplatz 1, 12345 Muster"
    document.save(str(target))
    return target
