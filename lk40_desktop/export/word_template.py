"""The county's Word template, checked before it is parsed.

A template comes from outside (a mail, a share, a stick), and a ``.docx`` is a zip archive of
XML parts. Before python-docx reads it, the archive's own table of contents is checked:
its size, how much its parts unpack to and by how much they grow (a 1.8 MB "zip bomb"
unpacked to almost 2 GB and took 6 GB of memory), and whether an XML part declares a
document type (Word never writes one; a DTD is how entity tricks such as "billion laughs" or
reading local files (XXE) get in). The check reads only the archive's directory and the
first bytes of each XML part, so it costs a few milliseconds and almost no memory; python-docx
then parses with entities off. Whatever is wrong is a ``TemplateError`` with a reason the
GUI and the command line word.
"""

from __future__ import annotations

import zipfile
from enum import StrEnum
from pathlib import Path
from typing import Any

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
"""A template on disk: corporate-design templates with a logo are a few MB."""
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""What the parts of a template may unpack to, together."""
MAX_GROWTH = 100
"""How many times larger than packed the parts may be (XML packs about 10:1, pictures 1:1;
a bomb of zeros packs 1000:1)."""
PROLOGUE_BYTES = 4096
"""How much of each XML part is read for a document type declaration (it must come before
the root element)."""


class TemplateProblem(StrEnum):
    """Why a template is refused."""

    NOT_DOCX = "not_docx"
    """Not a Word document at all, or one python-docx cannot read (broken XML)."""
    TOO_LARGE = "too_large"
    """Larger on disk, or unpacked, than any template needs."""
    ZIP_BOMB = "zip_bomb"
    """Its parts would grow far beyond what documents pack to."""
    DOCUMENT_TYPE = "document_type"
    """An XML part declares a document type (entities)."""


class TemplateError(ValueError):
    """The chosen template cannot be used; ``problem`` says why, ``path`` which file."""

    def __init__(self, path: Path, problem: TemplateProblem, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem


def check_template(path: Path) -> None:
    """Refuse a template that is too large, a zip bomb, or carries a document type, without
    unpacking it; raise TemplateError."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TemplateError(path, TemplateProblem.NOT_DOCX, str(error)) from error
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateError(path, TemplateProblem.TOO_LARGE, f"{size} bytes")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            packed = sum(member.compress_size for member in members) or 1
            if unpacked > MAX_UNPACKED_BYTES:
                raise TemplateError(path, TemplateProblem.TOO_LARGE, f"unpacks to {unpacked}")
            if unpacked > 1024 * 1024 and unpacked / packed > MAX_GROWTH:
                raise TemplateError(path, TemplateProblem.ZIP_BOMB, f"{unpacked} from {packed}")
            for member in members:
                if member.filename.endswith((".xml", ".rels")) and _declares_type(archive, member):
                    raise TemplateError(path, TemplateProblem.DOCUMENT_TYPE, member.filename)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise TemplateError(path, TemplateProblem.NOT_DOCX, str(error)) from error


def _declares_type(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    with archive.open(member) as part:
        prologue = part.read(PROLOGUE_BYTES)
    return b"<!DOCTYPE" in prologue.upper() or b"<!ENTITY" in prologue.upper()


def load_template(path: Path) -> Any:
    """The checked template as a python-docx Document; TemplateError when it is none."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError  # type: ignore[import-untyped]

    check_template(path)
    try:
        return Document(str(path))
    except (
        ValueError,
        KeyError,
        OSError,
        zipfile.BadZipFile,
        PackageNotFoundError,
        LxmlError,
    ) as error:
        raise TemplateError(path, TemplateProblem.NOT_DOCX, str(error)) from error
