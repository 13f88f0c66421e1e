"""Every text field at its limit (issue 14, point 9): the demo project with every user text of
every row filled to ``store.limits.TEXT_LIMIT`` characters; how long opening it takes, showing
each page of the GUI, and the export of the paper and the workbook, against the plain demo
measured in the same run (the targets: each page ≤ 2 s, the export ≤ 10 s). Also the check of
a 1.8 MB template zip bomb (1.8 GB unpacked): its time and peak memory.

Usage: python benchmarks/text_limits.py [--runs N]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.helpers

from sqlalchemy import Text

from lk40_desktop.store.limits import TEXT_LIMIT
from lk40_desktop.store.models import Base
from tests.helpers.zip_bomb import zip_bomb

GUI = """
import sys, time, json
from pathlib import Path
from PySide6.QtWidgets import QApplication
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.preferences import Preferences
from lk40_desktop.ui.app import create_application
from PySide6.QtWidgets import QMessageBox
QMessageBox.information = lambda *args, **kwargs: QMessageBox.StandardButton.Ok
create_application("de")
window = MainWindow(Preferences())
window.resize(1366, 768)
window.show()
QApplication.processEvents()
times = {}
started = time.perf_counter()
window.open_path(Path(sys.argv[1]))
QApplication.processEvents()
times["open"] = time.perf_counter() - started
for row, name in enumerate(("overview", "stakeholders", "boards", "scoring", "export")):
    started = time.perf_counter()
    window.navigation.setCurrentRow(row)
    window.pages.currentWidget().repaint()
    QApplication.processEvents()
    times[name] = time.perf_counter() - started
print(json.dumps(times))
"""
EXPORT = """
import sys, time
from lk40_desktop.cli import main
started = time.perf_counter()
code = main(["export", sys.argv[1], "--docx", sys.argv[2], "--xlsx", sys.argv[3]])
print(time.perf_counter() - started, code)
"""
CHECK = """
import resource, sys, time
from pathlib import Path
from lk40_desktop.export.word_template import TemplateError, check_template
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    check_template(Path(sys.argv[1]))
except TemplateError as error:
    refused = error.problem.value
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(time.perf_counter() - started, after - before, refused)
"""


def _fill_every_text(path: Path) -> int:
    """Every user text of every row at TEXT_LIMIT characters; returns how many fields."""
    connection = sqlite3.connect(path)
    fields = 0
    for table in Base.metadata.sorted_tables:
        if table.name == "setting":
            continue
        for column in table.columns:
            if isinstance(column.type, Text) and not column.foreign_keys:
                filler = "Ausgangslage und Ziele der Digitalisierung im Landkreis. "
                connection.execute(
                    f'UPDATE "{table.name}" SET "{column.name}" = '
                    f"substr(\"{column.name}\" || ' ' || replace(hex(zeroblob({TEXT_LIMIT // 50})),"
                    f" '00', ?), 1, {TEXT_LIMIT})",
                    (filler,),
                )
                fields += connection.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
    connection.commit()
    connection.close()
    return fields


def _run(code: str, *arguments: str) -> str:
    return (
        subprocess.run(
            [sys.executable, "-c", code, *arguments], check=True, capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()[-1]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ.update({"XDG_CONFIG_HOME": name, "XDG_STATE_HOME": name, "XDG_DATA_HOME": name})
        plain, full = folder / "demo.lk40", folder / "voll.lk40"
        subprocess.run(
            [sys.executable, "-m", "lk40_desktop", "demo", str(plain)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        full.write_bytes(plain.read_bytes())
        fields = _fill_every_text(full)
        size_mb = full.stat().st_size / 1e6
        results: dict[str, dict[str, list[float]]] = {"plain": {}, "full": {}}
        for _ in range(runs):
            for kind, path in (("plain", plain), ("full", full)):
                for key, value in json.loads(_run(GUI, str(path))).items():
                    results[kind].setdefault(key, []).append(value)
                seconds = float(
                    _run(EXPORT, str(path), str(folder / "p.docx"), str(folder / "m.xlsx")).split()[
                        0
                    ]
                )
                results[kind].setdefault("export", []).append(seconds)
        bomb = zip_bomb(folder / "bombe.docx", blocks=110)
        bomb_mb = bomb.stat().st_size / 1e6
        check_s, check_kb, refused = _run(CHECK, str(bomb)).split()
    medians = {
        kind: {key: statistics.median(v) for key, v in values.items()}
        for kind, values in results.items()
    }
    print(f"every text field at {TEXT_LIMIT:,} characters: {fields} fields, file {size_mb:.0f} MB")
    print(f"{'median (s)':<16}{'plain demo':>12}{'at the limit':>14}{'target':>8}")
    for key in medians["full"]:
        target = 10.0 if key == "export" else 2.0
        print(f"{key:<16}{medians['plain'][key]:>12.2f}{medians['full'][key]:>14.2f}{target:>8.1f}")
    print(
        f"template check of a {bomb_mb:.1f} MB zip bomb: {float(check_s) * 1000:.1f} ms, "
        f"peak memory +{int(check_kb) / 1024:.1f} MB, refused as {refused}"
    )
    print(
        json.dumps(
            {
                "fields_at_limit": fields,
                "file_mb": round(size_mb, 1),
                **{f"{key}_s": round(value, 2) for key, value in medians["full"].items()},
                **{f"plain_{key}_s": round(value, 2) for key, value in medians["plain"].items()},
                "bomb_mb": round(bomb_mb, 2),
                "bomb_check_ms": round(float(check_s) * 1000, 1),
                "bomb_check_peak_mb": round(int(check_kb) / 1024, 1),
                "runs": runs,
            }
        )
    )


if __name__ == "__main__":
    main()
