"""Import of lists (issue 21): 10,000 stakeholders from an ``.xlsx`` and 10,000 ideas from a
``.csv`` (``;``-separated Windows-1252 with a ``sep=;`` line, as German Excel saves it) into
a copy of the demo project — each as ``lk40 import`` does it: the file read, the columns
guessed, the rows turned into records, the plan made for the report and the import written as
one edit. Baseline in the same run: only reading the same files with the same library
(python-calamine's rows of the sheet, the csv module's rows of the decoded text), nothing
converted or written. Three runs on fresh copies, medians; the rows are counted afterwards.

The floor, in the same runs: the bare read plus the least any design must do to store the
rows — the same values as tuples (converted by code that knows this file), a fresh uuid4
each, one plain sqlite3 ``executemany`` into another copy of the project in one transaction
with the app's pragmas (``synchronous=FULL``), committed. The app writes no journal or undo
row per imported row (its undo step is the edit in memory), so the floor writes none either.
``floor_ratio`` is the floor over the bare read: where it is above 4, no design that stores
the rows can meet the ratio target, and the output says so. For the ideas it is (≈ 4.7 on
the build machine): reading a 1 MB CSV with the csv module takes ≈ 18 ms, and SQLite's
inserting 10,000 rows with their ids and committing them durably alone takes longer than
3 × that.

Usage: python benchmarks/imports.py [--runs N]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import gc
import io
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import openpyxl
import python_calamine

from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.imports import import_list
from lk40_desktop.services.demo import create_demo
from lk40_desktop.services.imports.mapping import Kind, guess
from lk40_desktop.services.imports.plan import ImportRequest
from lk40_desktop.services.imports.records import records
from lk40_desktop.services.imports.table import read_table
from lk40_desktop.services.project import action_fields
from lk40_desktop.store.document import WorkshopDocument

ROWS = 10_000
TARGET_S, TARGET_RATIO = 3.0, 4.0
HEADER = ["Name", "Organisation", "Gruppe", "Einfluss", "Interesse", "Haltung", "Vorname"]
HEADER += ["Nachname", "E-Mail", "Telefon", "Straße", "PLZ", "Ort", "Bemerkung"]
GROUPS = ["Handwerk", "Bildung und Schulen", "Ehrenamt und Vereine", "Verwaltung", "Wohlfahrt"]


def write_stakeholders(path: Path) -> None:
    """An address list of the county: name, organisation, group, levels, contacts."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Adressliste")
    sheet.append(HEADER)
    for n in range(ROWS):
        sheet.append(
            [
                *(f"Akteur {n}", f"Verein {n % 900}", GROUPS[n % 5], n % 5 + 1, "3,5"),
                *("Befürworter", "Anna", f"Muster{n}", f"a{n}@verein.de", f"0821 {n:06d}"),
                *(f"Hauptstraße {n % 90}", 86150 + n % 40, "Musterstadt", "aus der Adressliste"),
            ]
        )
    book.save(path)


def write_ideas(path: Path) -> None:
    """Ideas of an online survey as German Excel saves them."""
    with path.open("w", encoding="cp1252", newline="") as stream:
        stream.write("sep=;\r\n")
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Idee", "Beschreibung", "Name", "Thema", "Eingang"])
        for n in range(ROWS):
            writer.writerow(
                [
                    *(f"Idee {n}: Ladesäulen am Bürgerhaus", "Begründung der Einreichung " * 4),
                    *(f"Bürgerin {n}", "Mobilität, Energie", "15.01.2027"),
                ]
            )


def bare_rows(kind: Kind, path: Path) -> list[list[Any]]:
    """The baseline: the file's rows as the library gives them, nothing else."""
    if kind == "stakeholder":
        with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
            return book.get_sheet_by_index(0).to_python()
    text = path.read_bytes().decode("cp1252")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def bare_read(kind: Kind, path: Path) -> int:
    """The baseline's rows, counted."""
    return len(bare_rows(kind, path))


STAKEHOLDER_SQL = (
    "INSERT INTO stakeholder (id, created_at, modified_at, name, organisation, group_id, "
    "influence, interest, attitude, contact_person, contact_details, notes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
GROUP_SQL = (
    "INSERT INTO stakeholder_group (id, created_at, modified_at, name, color, position) "
    "VALUES (?, ?, ?, ?, '#808080', ?)"
)
IDEA_SQL = (
    "INSERT INTO idea (id, created_at, modified_at, action_field_id, text, details, color, "
    "x, y, author_group, tags) VALUES (?, ?, ?, ?, ?, ?, '#fff2a8', ?, ?, ?, ?)"
)


def floor_tuples(
    kind: Kind, cells: list[list[Any]], field_id: str
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The baseline's rows as the stored values the import writes for them (the same texts,
    numbers and joins, a fresh uuid4 each; for stakeholders also a new group per group name),
    converted by code that knows this very file: less than any import of an unknown list must
    do. Returns the groups and the rows."""
    now = str(datetime.datetime.now(datetime.UTC).replace(tzinfo=None))
    rows: list[tuple[Any, ...]] = []
    if kind == "idea":
        for n, (text, details, author, tags, _date) in enumerate(cells[2:]):
            place = (160.0 * (n % 10), 100.0 * (n // 10))
            texts = (text.strip(), details.strip(), *place, author.strip(), tags.strip())
            rows.append((str(uuid.uuid4()), now, now, field_id, *texts))
        return [], rows
    groups: dict[str, str] = {}
    for name, organisation, group, influence, interest, attitude, *contact, notes in cells[1:]:
        first, last, mail, phone, street, postcode, town = contact
        rows.append(
            (
                *(str(uuid.uuid4()), now, now, name, organisation),
                groups.setdefault(group, str(uuid.uuid4())),
                *(float(influence), float(interest.replace(",", "."))),
                "supporter" if attitude == "Befürworter" else "neutral",
                f"{first} {last}",
                f"{mail}, {phone}, {street}, {int(postcode)}, {town}",
                notes,
            )
        )
    positions = enumerate(groups.items(), start=100)
    return [(key, now, now, name, position) for position, (name, key) in positions], rows


def floor_import(kind: Kind, path: Path, project: Path, field_id: str) -> tuple[float, int]:
    """The least any import must do to store the list, timed: the bare read, the rows as
    tuples of the app's columns, plain sqlite3 ``executemany`` into a copy of the project in
    one transaction with the app's pragmas (rollback journal, ``synchronous=FULL``: an
    acknowledged import survives a power cut), committed. No undo journal: the app keeps its
    undo step in memory (``operations.edit.Edit``) and writes no row per imported row (nor a
    change log: ``store.changes`` is the in-memory record the views get). Returns the seconds
    and the rows written."""
    connection = sqlite3.connect(project, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = DELETE", "synchronous = FULL"):
        connection.execute(f"PRAGMA {pragma}")
    gc.disable()  # as the import does (services.bulk): no cyclic collection while it runs
    try:
        start = time.perf_counter()
        groups, rows = floor_tuples(kind, bare_rows(kind, path), field_id)
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(GROUP_SQL, groups)
        connection.executemany(STAKEHOLDER_SQL if kind == "stakeholder" else IDEA_SQL, rows)
        connection.execute("COMMIT")
        return time.perf_counter() - start, len(rows)
    finally:
        gc.enable()
        connection.close()


def board_field(project: Path) -> str:
    """The action field whose board takes the ideas."""
    document = WorkshopDocument.open(project)
    try:
        with document.reading() as session:
            return action_fields(session)[1].id
    finally:
        document.close()


def run_import(project: Path, kind: Kind, path: Path) -> tuple[dict[str, float], int]:
    """One import as ``lk40 import`` does it (without the process start); returns the
    seconds of its phases and the new rows."""
    field_id = board_field(project)
    document = WorkshopDocument.open(project)
    try:
        start = time.perf_counter()
        table = read_table(path)
        read = time.perf_counter()
        found, skipped, noted = records(kind, table, guess(kind, table.header))
        request = ImportRequest(kind, found, skipped, noted, field_id=field_id)
        converted = time.perf_counter()
        edit = perform(document, lambda session: import_list(session, request))
        done = time.perf_counter()
        phases = {"read": read - start, "records": converted - read, "write": done - converted}
        return {**phases, "import": done - start}, len(edit.created)
    finally:
        document.close()


def count(project: Path, table: str) -> int:
    """Live rows of a table, read with plain sqlite3."""
    with sqlite3.connect(project) as connection:
        sql = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
        return int(connection.execute(sql).fetchone()[0])


def main() -> None:
    """Build the files once, then time imports against bare reads and the floor."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        demo = base / "demo.lk40"
        create_demo(demo)
        field_id = board_field(demo)
        files: dict[Kind, Path] = {
            "stakeholder": base / "adressen.xlsx",
            "idea": base / "ideen.csv",
        }
        write_stakeholders(files["stakeholder"])
        write_ideas(files["idea"])
        results: dict[Kind, dict[str, float]] = {}
        checks: dict[str, bool] = {}
        for kind, path in files.items():
            imports: list[dict[str, float]] = []
            bares: list[float] = []
            floors: list[float] = []
            for run in range(args.runs):
                project, floor_copy = base / f"{kind}-{run}.lk40", base / f"{kind}-{run}-floor.lk40"
                shutil.copy(demo, project)
                shutil.copy(demo, floor_copy)
                before = count(project, kind)
                started = time.perf_counter()
                rows = bare_read(kind, path)
                bares.append(time.perf_counter() - started)
                phases, created = run_import(project, kind, path)
                imports.append(phases)
                floor_s, written = floor_import(kind, path, floor_copy, field_id)
                floors.append(floor_s)
                checks[f"{kind}: {ROWS} rows read by the baseline"] = rows >= ROWS
                checks[f"{kind}: {ROWS} new rows in the file"] = (
                    created == ROWS and count(project, kind) == before + ROWS
                )
                checks[f"{kind}: {ROWS} rows written by the floor"] = (
                    written == ROWS and count(floor_copy, kind) == before + ROWS
                )
            results[kind] = {
                name: statistics.median(run[name] for run in imports) for name in imports[0]
            }
            results[kind]["bare"] = statistics.median(bares)
            results[kind]["floor"] = statistics.median(floors)
    report(results, checks, args.runs)
    if not all(checks.values()):
        raise SystemExit(1)


def report(results: dict[Kind, dict[str, float]], checks: dict[str, bool], runs: int) -> None:
    """The table, the verdicts and the JSON line."""
    print(
        f"{'list':<26}{'read s':>8}{'records s':>10}{'write s':>9}{'import s':>10}"
        f"{'bare read s':>13}{'ratio':>7}{'floor s':>9}{'floor ratio':>13}"
    )
    labels: dict[Kind, str] = {
        "stakeholder": "10,000 stakeholders .xlsx",
        "idea": "10,000 ideas .csv",
    }
    ratios = {kind: row["import"] / row["bare"] for kind, row in results.items()}
    floor_ratios = {kind: row["floor"] / row["bare"] for kind, row in results.items()}
    for kind, label in labels.items():
        row = results[kind]
        print(
            f"{label:<26}{row['read']:>8.3f}{row['records']:>10.3f}{row['write']:>9.3f}"
            f"{row['import']:>10.3f}{row['bare']:>13.3f}{ratios[kind]:>7.1f}"
            f"{row['floor']:>9.3f}{floor_ratios[kind]:>13.1f}"
        )
    met = {
        kind: row["import"] <= TARGET_S and ratios[kind] <= TARGET_RATIO
        for kind, row in results.items()
    }
    within = all(met.values())
    verdicts = ", ".join(f"{labels[kind]}: {'met' if met[kind] else 'MISSED'}" for kind in labels)
    print(
        f"target: each import <= {TARGET_S:g} s and <= {TARGET_RATIO:g} x its bare read: {verdicts}"
    )
    for kind, label in labels.items():
        if floor_ratios[kind] > TARGET_RATIO:
            print(
                f"floor: {label}: the bare read plus only storing the rows takes "
                f"{floor_ratios[kind]:.1f} x the bare read: no design that stores the rows "
                f"can reach {TARGET_RATIO:g} x"
            )
    for name, passed in checks.items():
        print(f"check {name}: {'ok' if passed else 'FAILED'}")
    print(
        json.dumps(
            {
                "stakeholders_s": round(results["stakeholder"]["import"], 3),
                "ideas_s": round(results["idea"]["import"], 3),
                "stakeholders_ratio": round(ratios["stakeholder"], 2),
                "ideas_ratio": round(ratios["idea"], 2),
                "stakeholders_baseline_s": round(results["stakeholder"]["bare"], 3),
                "ideas_baseline_s": round(results["idea"]["bare"], 3),
                "stakeholders_floor_s": round(results["stakeholder"]["floor"], 3),
                "ideas_floor_s": round(results["idea"]["floor"], 3),
                "stakeholders_floor_ratio": round(floor_ratios["stakeholder"], 2),
                "ideas_floor_ratio": round(floor_ratios["idea"], 2),
                "rows": ROWS,
                "runs": runs,
                "checks_passed": all(checks.values()),
                "within_target": within,
            }
        )
    )


if __name__ == "__main__":
    main()
