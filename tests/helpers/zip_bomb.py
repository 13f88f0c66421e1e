"""A Word template that is a zip bomb: the shipped template with its document part padded by
16 MB blocks of spaces, which deflate about 1000:1 (110 blocks: the 1.8 MB file of issue 14's
finding that unpacks to 1.8 GB). Used by tests/test_templates.py and benchmarks/text_limits.py."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lk40_desktop.paths import resource

BLOCK = 1 << 24


def zip_bomb(target: Path, blocks: int = 4) -> Path:
    """Write the bomb to ``target`` (``blocks`` × 16 MB unpacked) and return it."""
    with zipfile.ZipFile(resource("templates", "strategiepapier.docx")) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as copy:
        for info, data in parts:
            if info.filename != "word/document.xml":
                copy.writestr(info, data)
                continue
            with copy.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(data.removesuffix(b"</w:document>"))
                for _ in range(blocks):
                    part.write(b" " * BLOCK)
                part.write(b"</w:document>")
    return target
