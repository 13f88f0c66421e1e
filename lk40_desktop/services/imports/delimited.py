"""CSV files read with the csv module. German Excel writes them ``;``-separated in
Windows-1252, sometimes with a first line ``sep=;`` that tells Excel the separator, or as
UTF-8 with a byte-order mark ("CSV UTF-8"); other programs use ``,``, Excel's "Unicode text"
is UTF-16 with tabs. The encoding is found from the byte-order mark, else UTF-8 if the bytes
are valid UTF-8, else Windows-1252 if they are valid there; anything else is refused as
unknown (the user may choose one). The separator is the one of ``;``, tab, ``,`` and ``|``
that the first line holds most often (``;`` on a tie), unless a ``sep=`` line names it."""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from lk40_desktop.services.imports.table import (
    MAX_FILE_BYTES,
    ReadProblem,
    ReadRefusedError,
    Table,
    tabulate,
)

SEPARATORS = (";", "\t", ",", "|")
"""In the order a tie is decided."""
ENCODINGS = ("utf-8", "cp1252", "iso-8859-15", "utf-16", "cp850", "mac-roman")
"""What the user may choose: the encodings German offices meet."""
_SEP_LINE = re.compile(r"\A\ufeff?sep=(.)[ \t]*\r?\n", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

csv.field_size_limit(MAX_FILE_BYTES)  # a huge cell is cut by the import, not refused by csv


def detect_encoding(data: bytes) -> str | None:
    """The encoding of a CSV's bytes, or None when it is none of those this reader knows."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return None if "\x00" in text else encoding  # UTF-16 without a mark, or no text
    return None


def _decoded(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    if encoding is None:
        encoding = detect_encoding(data)
        if encoding is None:
            raise ReadRefusedError(ReadProblem.UNKNOWN_ENCODING, path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ReadRefusedError(ReadProblem.WRONG_ENCODING, path, str(line)) from error
    except LookupError as error:
        raise ReadRefusedError(ReadProblem.WRONG_ENCODING, path, encoding) from error
    return text.removeprefix("\ufeff"), "utf-8" if encoding == "utf-8-sig" else encoding


def detect_separator(first_line: str) -> str:
    """The separator the header line holds most often (``;`` when none or on a tie)."""
    return max(
        SEPARATORS,
        key=lambda separator: (first_line.count(separator), -SEPARATORS.index(separator)),
    )


def read_csv(path: Path, encoding: str | None = None, separator: str | None = None) -> Table:
    """A CSV file as a table; ``encoding`` and ``separator`` override the detection."""
    text, encoding = _decoded(path, path.read_bytes(), encoding)
    offset = 0
    sep_line = _SEP_LINE.match(text)
    if sep_line is not None:
        separator = separator or sep_line.group(1)
        text, offset = text[sep_line.end() :], 1
    separator = separator or detect_separator(text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    lines: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            lines.append((start + offset, cells))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ReadRefusedError(
            ReadProblem.DAMAGED, path, f"{reader.line_num + offset}: {error}"
        ) from error
    return tabulate(path, lines, encoding=encoding, separator=separator)
