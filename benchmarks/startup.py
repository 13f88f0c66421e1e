"""Start-up time, from process start: until the main window is first painted, and until the
demo project is shown and idle; against a bare PySide6 QMainWindow started the same way, in
the same run.

The LK40 child starts like the ``lk40`` command (``cli.main`` with the demo file: logging,
translations, the opening checks of the file — lock, version, schema, quick check); the
bare child shows a QMainWindow. Both watch the application's paint events: the first paint
is the first paint event of the window (the paint of all its widgets follows at once, a few
ms), and the benchmark notes whether the ORM had been imported by then. "Ready" and the bare
window's time are the first idle moment (a zero-timer) after the window has been painted
with the project shown (for the bare window: painted at all; a zero-timer started right after
``show()`` fires before the paint). ``floor_ready_ms`` is the same bare window started after
importing SQLAlchemy's ORM and its SQLite dialect: what no start that shows a project through
the ORM can undercut. Each child writes its wall-clock times; the benchmark takes the
time just before it starts the child. Interpreter teardown is not counted, for either.

Runs offscreen, then again under Xvfb (the xcb platform, a real X server) when xvfb-run is
installed; the medians of each platform are in the JSON line. Usage:
python benchmarks/startup.py [--runs N] [--platform NAME]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WATCH = """
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

class Watch(QObject):
    painted = 0.0
    orm_loaded = False
    armed = False  # the next paint ends the start: its zero-timer is the first idle moment
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if not Watch.painted:
                Watch.painted = time.time()
                Watch.orm_loaded = "sqlalchemy" in sys.modules
            if Watch.armed:
                Watch.armed = False
                QTimer.singleShot(0, idle)
        return False

def idle():
    print(Watch.painted, time.time(), int(Watch.orm_loaded), flush=True)
    QCoreApplication.instance().quit()

watch = Watch()
"""

APP = (
    WATCH
    + """
from lk40_desktop import cli
from lk40_desktop.ui import app as gui

make_application, make_window = gui.create_application, gui.create_main_window

def create_application(language=None):
    application = make_application(language)
    application.installEventFilter(watch)
    return application

def create_main_window(path=None, language=None):
    window = make_window(path, language)
    assert window.controller is not None, "the demo project is open"
    Watch.armed = True
    return window

gui.create_application, gui.create_main_window = create_application, create_main_window
sys.exit(cli.main([sys.argv[1]]))
"""
)

WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
app.installEventFilter(watch)
window = QMainWindow()
window.resize(1280, 800)
window.show()
Watch.armed = True
app.exec()
"""

BARE = WATCH + WINDOW

FLOOR = WATCH + "import sqlite3, sqlalchemy.orm, sqlalchemy.dialects.sqlite\n" + WINDOW
"""The floor under "ready": the bare window plus importing the libraries that LK40 needs to
show a project (the ORM and its SQLite dialect), before LK40 has run a line of its own."""


def _time(code: str, *arguments: str, env: dict[str, str]) -> tuple[float, float, bool]:
    """Milliseconds from just before the child starts until its first paint and until it
    reports being idle, and whether the ORM was loaded at the first paint."""
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    painted, idle, orm_loaded = result.stdout.split()[-3:]
    return (float(painted) - start) * 1000, (float(idle) - start) * 1000, orm_loaded == "1"


def measure(runs: int, platform: str) -> dict[str, float | int | str]:
    """The medians of ``runs`` interleaved starts of each program on ``platform``."""
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    # installed copies run precompiled modules (the installers compile every .py); the warm-up
    # start below writes the bytecode, so compiling is not measured as start-up
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        env.update({"XDG_CONFIG_HOME": folder, "XDG_STATE_HOME": folder, "XDG_DATA_HOME": folder})
        demo = Path(folder) / "Musterlandkreis.lk40"
        subprocess.run(
            [sys.executable, "-m", "lk40_desktop", "demo", str(demo)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        _time(APP, str(demo), env=env)  # warm the disk cache for all three
        _time(BARE, env=env)
        _time(FLOOR, env=env)
        app, bare, floor = [], [], []
        for _ in range(runs):  # interleaved, so load on the machine hits all alike
            app.append(_time(APP, str(demo), env=env))
            bare.append(_time(BARE, env=env))
            floor.append(_time(FLOOR, env=env))
    paint, ready = statistics.median(t[0] for t in app), statistics.median(t[1] for t in app)
    bare_paint = statistics.median(t[0] for t in bare)
    bare_ms = statistics.median(t[1] for t in bare)
    floor_ms = statistics.median(t[1] for t in floor)
    print(f"{platform}: start-up (ms){'median':>22}{'min':>8}{'max':>8}")
    rows = (
        ("LK40 first paint", [t[0] for t in app]),
        ("LK40 demo shown and idle", [t[1] for t in app]),
        ("bare window first paint", [t[0] for t in bare]),
        ("bare window idle", [t[1] for t in bare]),
        ("floor: bare window + the ORM", [t[1] for t in floor]),
    )
    for name, times in rows:
        print(f"  {name:<32}{statistics.median(times):>10.0f}{min(times):>8.0f}{max(times):>8.0f}")
    print(
        f"  first paint {paint / bare_ms:.2f} x bare (target <= 1.5), "
        f"ready {ready / bare_ms:.2f} x bare (target <= 4), {runs} runs each;\n"
        f"  the floor (bare window + importing the ORM) alone is {floor_ms / bare_ms:.2f} x bare, "
        f"ready is {ready / floor_ms:.2f} x the floor"
    )
    return {
        "first_paint_ms": round(paint, 1),
        "ready_ms": round(ready, 1),
        "bare_ms": round(bare_ms, 1),
        "bare_paint_ms": round(bare_paint, 1),
        "first_paint_ratio": round(paint / bare_ms, 2),
        "ready_ratio": round(ready / bare_ms, 2),
        "floor_ready_ms": round(floor_ms, 1),
        "floor_ratio": round(floor_ms / bare_ms, 2),
        "orm_at_first_paint": any(t[2] for t in app),
        "runs": runs,
        "platform": platform,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--platform", help="only this Qt platform (default: offscreen, then xcb under Xvfb)"
    )
    arguments = parser.parse_args()
    if arguments.platform:
        print(json.dumps(measure(arguments.runs, arguments.platform)))
        return
    figures = {"offscreen": measure(arguments.runs, "offscreen")}
    if shutil.which("xvfb-run"):
        under_xvfb = subprocess.run(
            [
                *("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", sys.executable, __file__),
                *("--runs", str(arguments.runs), "--platform", "xcb"),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        print(under_xvfb.stdout.rstrip().rpartition("\n")[0])
        figures["xvfb"] = json.loads(under_xvfb.stdout.splitlines()[-1])
    else:
        print("xvfb-run is not installed: no figures under Xvfb")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
