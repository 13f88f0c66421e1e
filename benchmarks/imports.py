"""Import of lists (issue 21): 10,000 stakeholders from an ``.xlsx`` and 10,000 ideas from a
``.csv`` (``;``-separated Windows-1252 with a ``sep=;`` line, as German Excel saves it) into
a copy of the demo project — each as ``lk40 import`` does it: the file read, the columns
guessed, the rows turned into records, the plan made for the report and the import written as
one edit. Baseline in the same run: only reading the same files with the same library
(python-calamine's rows of the sheet, the csv module's rows of the decoded text), nothing
converted or written. Three runs on fresh copies, medians; the rows are counted afterwards.

Usage: python benchmarks/imports.py [--runs N]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

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


def bare_read(kind: Kind, path: Path) -> int:
    """The baseline: the file's rows as the library gives them, nothing else."""
    if kind == "stakeholder":
        with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
            return len(book.get_sheet_by_index(0).to_python())
    text = path.read_bytes().decode("cp1252")
    return len(list(csv.reader(io.StringIO(text, newline=""), delimiter=";")))


def run_import(project: Path, kind: Kind, path: Path) -> tuple[dict[str, float], int]:
    """One import as ``lk40 import`` does it (without the process start); returns the
    seconds of its phases and the new rows."""
    document = WorkshopDocument.open(project)
    try:
        with document.reading() as session:
            field_id = action_fields(session)[1].id
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
    """Build the files once, then time imports against bare reads."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        demo = base / "demo.lk40"
        create_demo(demo)
        files: dict[Kind, Path] = {
            "stakeholder": base / "adressen.xlsx",
            "idea": base / "ideen.csv",
        }
        write_stakeholders(files["stakeholder"])
        write_ideas(files["idea"])
        tables = {"stakeholder": "stakeholder", "idea": "idea"}
        results: dict[Kind, dict[str, float]] = {}
        checks: dict[str, bool] = {}
        for kind, path in files.items():
            imports: list[dict[str, float]] = []
            bares: list[float] = []
            for run in range(args.runs):
                project = base / f"{kind}-{run}.lk40"
                shutil.copy(demo, project)
                before = count(project, tables[kind])
                started = time.perf_counter()
                rows = bare_read(kind, path)
                bares.append(time.perf_counter() - started)
                phases, created = run_import(project, kind, path)
                imports.append(phases)
                checks[f"{kind}: {ROWS} rows read by the baseline"] = rows >= ROWS
                checks[f"{kind}: {ROWS} new rows in the file"] = (
                    created == ROWS and count(project, tables[kind]) == before + ROWS
                )
            results[kind] = {
                name: statistics.median(run[name] for run in imports) for name in imports[0]
            }
            results[kind]["bare"] = statistics.median(bares)
    print(
        f"{'list':<26}{'read s':>8}{'records s':>10}{'write s':>9}{'import s':>10}"
        f"{'bare read s':>13}{'ratio':>7}"
    )
    labels: dict[Kind, str] = {
        "stakeholder": "10,000 stakeholders .xlsx",
        "idea": "10,000 ideas .csv",
    }
    for kind, label in labels.items():
        row = results[kind]
        print(
            f"{label:<26}{row['read']:>8.3f}{row['records']:>10.3f}{row['write']:>9.3f}"
            f"{row['import']:>10.3f}{row['bare']:>13.3f}{row['import'] / row['bare']:>7.1f}"
        )
    ratios = {kind: row["import"] / row["bare"] for kind, row in results.items()}
    within = all(
        row["import"] <= TARGET_S and ratios[kind] <= TARGET_RATIO for kind, row in results.items()
    )
    print(
        f"target: each import <= {TARGET_S:g} s and <= {TARGET_RATIO:g} x its bare read: "
        f"{'met' if within else 'MISSED'}"
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
                "rows": ROWS,
                "runs": args.runs,
                "checks_passed": all(checks.values()),
                "within_target": within,
            }
        )
    )
    if not all(checks.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
