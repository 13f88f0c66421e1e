"""Lists as a county hands them over, written for the import tests: workbooks with openpyxl
(and as ``.xls``/``.ods`` by LibreOffice), CSV files as German Excel saves them."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import openpyxl

Rows = Sequence[Sequence[object]]
STAKEHOLDERS: list[list[object]] = [
    [
        "Name",
        "Organisation",
        "Gruppe",
        "Einfluss",
        "Haltung",
        "Vorname",
        "Nachname",
        "E-Mail",
        "Telefon",
    ],
    [
        "Kreishandwerkerschaft",
        "Handwerkskammer",
        "Handwerk",
        4,
        "Befürworter",
        "Anna",
        "Muster",
        "anna@hwk.de",
        "0821 123",
    ],
    [
        "Jugendrat",
        "Stadt Musterstadt",
        "Neue Gruppe",
        "3,5",
        "Kritiker",
        "Bert",
        "Beispiel",
        "bert@stadt.de",
        "",
    ],
    ["Förderverein", "", "", "sehr hoch", "", "", "", "", ""],
]
"""A stakeholder list as an office keeps it: the header, then three stakeholders."""


def workbook(path: Path, rows: Rows, merged: Sequence[str] = ()) -> Path:
    """An ``.xlsx`` with ``rows`` on its first sheet (and cell ranges merged)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def csv_file(
    path: Path,
    rows: Rows,
    *,
    encoding: str = "cp1252",
    separator: str = ";",
    sep_line: bool = False,
) -> Path:
    """A CSV as Excel writes it (``sep_line``: with the first line ``sep=;``)."""
    with path.open("w", encoding=encoding, newline="") as stream:
        if sep_line:
            stream.write(f"sep={separator}\r\n")
        csv.writer(stream, delimiter=separator).writerows(rows)
    return path
