"""``lk40 import``: a stakeholder list or collected ideas into a project (issue 21).

``lk40 import PROJECT --stakeholders FILE`` or ``lk40 import PROJECT --ideas FILE --field NAME``
reads ``.xlsx``, ``.xls``, ``.ods`` or ``.csv``, maps the columns by their titles as the
dialog guesses them, and imports in one transaction; a file that cannot serve is refused
with one line (exit 1) and nothing is written. Rows that name what the project has are
skipped unless ``--duplicates merge|keep`` says otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lk40_desktop.services.imports.mapping import ColumnMapping, Kind
    from lk40_desktop.services.imports.plan import ImportPlan
    from lk40_desktop.services.imports.table import ReadRefusedError, Table

PROBLEMS = {
    "unsupported": "is no list this import reads (.xlsx, .xls, .ods, .csv)",
    "too_large": "is larger than any list needs (over 100 MB)",
    "empty": "is empty",
    "header_only": "holds only a header line, no rows",
    "encrypted": "is protected by a password; save it without one and import it again",
    "damaged": "cannot be read as what its name says",
    "unknown_encoding": "is in an unknown text encoding (neither UTF-8 nor Windows-1252); "
    "give --encoding",
    "wrong_encoding": "does not fit the encoding given",
}

SHOWN = 50
"""Rows listed by number per reason; the rest are counted."""


def import_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``lk40 import``."""
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--stakeholders", type=Path, help="a list of stakeholders to import")
    what.add_argument("--ideas", type=Path, help="a list of ideas to put on a board as cards")
    parser.add_argument("--field", help="the action field whose board gets the ideas")
    parser.add_argument(
        "--duplicates",
        choices=("skip", "merge", "keep"),
        default="skip",
        help="rows naming a stakeholder (name and organisation) or a card (text) the project "
        "has: skip them (default), merge them into it, or keep both",
    )
    parser.add_argument("--encoding", help="a CSV's encoding (default: detected), e.g. cp1252")
    parser.add_argument("--separator", help="a CSV's separator (default: detected), e.g. ';'")
    parser.add_argument("--sheet", help="a workbook's sheet (default: the first with data)")
    return parser


def refusal_line(error: ReadRefusedError) -> str:
    """One line saying why a file was not imported."""
    detail = f" ({error.detail})" if error.detail else ""
    return f"import: {error.path} {PROBLEMS[error.problem.value]}{detail}; nothing was imported"


def _field_id(path: Path, name: str | None) -> str:
    from lk40_desktop.services.matching import normal
    from lk40_desktop.services.project import action_fields
    from lk40_desktop.store.document import WorkshopDocument

    if not name:
        raise ValueError("import: --ideas needs --field NAME (the action field of the board)")
    document = WorkshopDocument.open(path, read_only=True)
    try:
        with document.reading() as session:
            fields = action_fields(session)
    finally:
        document.close()
    found = [field.id for field in fields if normal(field.name) == normal(name)]
    if not found:
        names = ", ".join(field.name for field in fields)
        raise ValueError(f"import: no action field '{name}' (the project has: {names})")
    return found[0]


def report_lines(
    kind: Kind, source: Path, plan: ImportPlan, table: Table, mapping: ColumnMapping
) -> list[str]:
    """What was imported, merged and skipped, and why."""
    noun = "stakeholders" if kind == "stakeholder" else "cards"
    one = "stakeholder" if kind == "stakeholder" else "card"
    lines = [f"imported {len(plan.new)} {one if len(plan.new) == 1 else noun} from {source}"]
    if plan.groups:
        lines.append(f"new stakeholder groups: {', '.join(plan.groups.values())}")
    if plan.merges:
        lines.append(f"merged {len(plan.merges)} rows into {noun} the project has")
    if plan.kept:
        lines.append(f"kept {len(plan.kept)} rows that name {noun} the project has as new ones")
    reasons = {
        "missing": "has no {field}",
        "duplicate": "names '{detail}', which the project has",
        "repeated": "repeats row {detail}",
    }
    for skipped in plan.skipped[:SHOWN]:
        why = reasons[skipped.reason.value].format(
            field="name" if kind == "stakeholder" else "text", detail=skipped.detail
        )
        lines.append(f"skipped row {skipped.number}: it {why}")
    if len(plan.skipped) > SHOWN:
        lines.append(f"… and {len(plan.skipped) - SHOWN} more rows skipped")
    for noted in plan.noted[:SHOWN]:
        what = "an attitude" if noted.note.value == "unknown_attitude" else "a level from 1 to 5"
        lines.append(f"row {noted.number}: {noted.field} '{noted.value}' is not {what}; left out")
    if len(plan.noted) > SHOWN:
        lines.append(f"… and {len(plan.noted) - SHOWN} more values left out")
    if plan.cut:
        lines.append(f"{plan.cut} texts longer than 100,000 characters were cut")
    unmapped = [
        title or f"column {n}"
        for n, (title, field) in enumerate(zip(table.header, mapping, strict=True), start=1)
        if field is None
    ]
    if unmapped:
        lines.append(f"columns not imported: {', '.join(unmapped)}")
    return lines


def run_import(args: argparse.Namespace) -> list[str]:
    """Import the list; returns the report's lines. Raises ``ReadRefusedError`` for a file
    that cannot serve and ValueError for arguments that do not fit."""
    from lk40_desktop.operations.edit import perform
    from lk40_desktop.operations.imports import import_list
    from lk40_desktop.services.imports.mapping import REQUIRED, guess
    from lk40_desktop.services.imports.plan import ImportRequest
    from lk40_desktop.services.imports.records import records
    from lk40_desktop.services.imports.table import ReadOptions, read_table
    from lk40_desktop.store.document import WorkshopDocument

    kind: Kind = "stakeholder" if args.stakeholders else "idea"
    source: Path = args.stakeholders or args.ideas
    field_id = _field_id(args.path, args.field) if kind == "idea" else None
    table = read_table(source, ReadOptions(args.encoding, args.separator, args.sheet))
    mapping = guess(kind, table.header)
    if REQUIRED[kind] not in mapping:
        wanted = "a name" if kind == "stakeholder" else "the idea's text"
        raise ValueError(
            f"import: no column of {source} is titled as {wanted} (columns: "
            f"{', '.join(table.header)}); import it in the app to choose the columns"
        )
    found, skipped, noted = records(kind, table, mapping)
    request = ImportRequest(kind, found, skipped, noted, default=args.duplicates, field_id=field_id)
    document = WorkshopDocument.open(args.path)
    try:
        plan = perform(document, lambda session: import_list(session, request)).plan
    finally:
        document.close()
    return report_lines(kind, source, plan, table, mapping)
