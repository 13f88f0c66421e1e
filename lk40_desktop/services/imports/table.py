"""A list read from a file: its header and its rows, every cell as the text a person sees in
the spreadsheet (a date as "15.01.2027", 3.0 as "3", a formula as its last computed value,
never evaluated), whatever the format. ``read_table`` picks the reader by the file's suffix;
a file that cannot serve is refused with a ``ReadRefusedError`` naming the problem, before
anything is written."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from lk40_desktop.services.bulk import bulk

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
SUFFIXES = (*WORKBOOK_SUFFIXES, *CSV_SUFFIXES)
MAX_FILE_BYTES = 100 * 1024 * 1024
"""Larger than any address list or survey export (100,000 rows of a CSV are about 10 MB)."""


class ReadProblem(StrEnum):
    """Why a file was not read; the GUI and the command line word each."""

    UNSUPPORTED = "unsupported"
    """Not one of ``SUFFIXES``."""
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    """No cell holds anything."""
    HEADER_ONLY = "header_only"
    """The first line names columns, no line below it holds anything."""
    ENCRYPTED = "encrypted"
    """A workbook saved with a password."""
    DAMAGED = "damaged"
    """Not readable as what its suffix says (``detail``: the reader's words)."""
    UNKNOWN_ENCODING = "unknown_encoding"
    """A CSV that is neither UTF-8 nor Windows-1252 (UTF-16 without its mark, a binary file)."""
    WRONG_ENCODING = "wrong_encoding"
    """The encoding the user chose does not fit the file (``detail``: the line)."""


class ReadRefusedError(ValueError):
    """The file was not read; nothing was imported."""

    def __init__(self, problem: ReadProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class ReadOptions:
    """What the user chose over what the readers detect (None: detect)."""

    encoding: str | None = None
    """A CSV's encoding, a Python codec name ("utf-8", "cp1252" …)."""
    separator: str | None = None
    """A CSV's separator."""
    sheet: str | None = None
    """A workbook's sheet (default: the first visible worksheet that holds anything)."""


@dataclass(frozen=True)
class Table:
    """The header and the rows of a list, every row as long as the header."""

    header: list[str]
    rows: list[list[str]]
    numbers: list[int]
    """Each row's number as the spreadsheet or the text editor shows it (1 is the first
    line), for the report."""
    encoding: str = ""
    """For a CSV: the encoding read (detected or chosen)."""
    separator: str = ""
    """For a CSV: the separator read."""
    sheets: list[str] = field(default_factory=list)
    """For a workbook: its worksheets; ``sheet`` is the one read."""
    sheet: str = ""


def cell_text(value: object) -> str:
    """A cell's value as the German spreadsheet shows it: whole numbers without ",0" (a
    postcode, a count), dates as "15.01.2027", times as "14:30"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "WAHR" if value else "FALSCH"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g").replace(".", ",")
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(value)


def tabulate(
    path: Path,
    lines: list[tuple[int, list[str]]],
    *,
    encoding: str = "",
    separator: str = "",
    sheets: list[str] | None = None,
    sheet: str = "",
) -> Table:
    """The table of a file's non-empty lines (number, cells): the first is the header.
    Refuses a file without any and one with only the header."""
    filled = [(number, cells) for number, cells in lines if "".join(cells).strip()]
    if not filled:
        raise ReadRefusedError(ReadProblem.EMPTY, path)
    if len(filled) == 1:
        raise ReadRefusedError(ReadProblem.HEADER_ONLY, path)
    width = max(len(cells) for _number, cells in filled)
    header = [cell.strip() for cell in filled[0][1]]
    header += [""] * (width - len(header))
    rows = [cells + [""] * (width - len(cells)) for _number, cells in filled[1:]]
    numbers = [number for number, _cells in filled[1:]]
    return Table(header, rows, numbers, encoding, separator, sheets or [], sheet)


@bulk()
def read_table(path: Path, options: ReadOptions | None = None) -> Table:
    """Read a list from ``path`` by its suffix."""
    options = options or ReadOptions()
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ReadRefusedError(ReadProblem.UNSUPPORTED, path, suffix)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ReadRefusedError(ReadProblem.TOO_LARGE, path)
    if suffix in WORKBOOK_SUFFIXES:
        from lk40_desktop.services.imports.workbooks import read_workbook

        return read_workbook(path, options.sheet)
    from lk40_desktop.services.imports.delimited import read_csv

    return read_csv(path, options.encoding, options.separator)
