"""Start-up time: from process start until the main window with the demo project is shown
and idle, against a bare PySide6 QMainWindow started the same way, in the same run.

Each child writes the wall-clock time of its first idle moment after showing its window
(a zero-timer fires once the show and paint events are processed); the benchmark takes the
time just before it starts the child. Interpreter teardown after that is not start-up and
is not counted, for either program.

Usage: python benchmarks/startup.py [--runs N]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from lk40_desktop.ui.app import create_main_window
window = create_main_window(Path(sys.argv[1]))
assert window.controller is not None, "the demo project is open"
def idle():
    print(time.time(), flush=True)
    QApplication.instance().quit()
QTimer.singleShot(0, idle)
QApplication.instance().exec()
"""

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def idle():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""


def _time(code: str, *arguments: str, env: dict[str, str]) -> float:
    """Milliseconds from just before the child starts until it reports being idle."""
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code, *arguments],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    return (float(result.stdout.split()[-1]) - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as folder:
        env.update({"XDG_CONFIG_HOME": folder, "XDG_STATE_HOME": folder, "XDG_DATA_HOME": folder})
        demo = Path(folder) / "Musterlandkreis.lk40"
        subprocess.run(
            [sys.executable, "-m", "lk40_desktop", "demo", str(demo)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        _time(APP, str(demo), env=env)  # warm the disk cache for both
        _time(BARE, env=env)
        app_ms, bare_ms = [], []
        for _ in range(runs):  # interleaved, so load on the machine hits both alike
            app_ms.append(_time(APP, str(demo), env=env))
            bare_ms.append(_time(BARE, env=env))
    app_median, bare_median = statistics.median(app_ms), statistics.median(bare_ms)
    ratio = app_median / bare_median
    print(f"{'start-up until idle (ms)':<28}{'median':>10}{'min':>10}{'max':>10}")
    for name, times in (("LK40 with demo project", app_ms), ("bare PySide6 QMainWindow", bare_ms)):
        print(f"{name:<28}{statistics.median(times):>10.0f}{min(times):>10.0f}{max(times):>10.0f}")
    print(f"ratio {ratio:.2f} (target <= 2.5), {runs} runs each, platform {env['QT_QPA_PLATFORM']}")
    print(
        json.dumps(
            {
                "app_ms": round(app_median, 1),
                "bare_ms": round(bare_median, 1),
                "ratio": round(ratio, 2),
                "runs": runs,
                "platform": env["QT_QPA_PLATFORM"],
            }
        )
    )


if __name__ == "__main__":
    main()
