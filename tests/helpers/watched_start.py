"""Child process: start the app on a fresh demo project under an audit hook that records
every network attempt, then report the attempts and which heavy modules were imported.

Usage: watched_start.py DEMO_PATH. Prints one JSON object.
"""

import json
import socket
import sys
from pathlib import Path

attempts: list[str] = []


def _watch(event: str, args: tuple) -> None:
    if event in {
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.sendto",
        "socket.bind",
    }:
        sock = args[0] if args else None
        if isinstance(sock, socket.socket) and sock.family == socket.AF_UNIX:
            return
        attempts.append(f"{event} {args[1:]!r}")


sys.addaudithook(_watch)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lk40_desktop.cli import main as cli_main  # noqa: E402
from lk40_desktop.ui.app import create_main_window  # noqa: E402

demo = Path(sys.argv[1])
assert cli_main(["demo", str(demo)]) == 0
window = create_main_window(demo)
app = QApplication.instance()
shown: dict[str, str] = {}


def _finish() -> None:
    shown["title"] = window.windowTitle()
    app.quit()


QTimer.singleShot(0, _finish)
app.exec()
LATER = (
    "lk40_desktop.ui.stakeholders.page",
    "lk40_desktop.ui.board.page",
    "lk40_desktop.ui.scoring.page",
    "lk40_desktop.ui.export.page",
    "lk40_desktop.ui.strategy.page",
    "lk40_desktop.ui.agenda.dock",
    "lk40_desktop.ui.dialogs.about",
)
heavy = sorted(
    name
    for name in ("matplotlib", "openpyxl", "docx", "numpy", "PySide6.QtNetwork", *LATER)
    if name in sys.modules
)
print(json.dumps({"attempts": attempts, "heavy": heavy, "title": shown.get("title", "")}))
