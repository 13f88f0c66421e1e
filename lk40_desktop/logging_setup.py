"""Logging to a rotating file in the user's log folder: support can ask for it after a problem."""

from __future__ import annotations

import logging
from pathlib import Path

from lk40_desktop import __version__
from lk40_desktop.paths import log_file

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES, BACKUPS = 1_000_000, 3
"""A log file is started anew past about a megabyte; the three before it are kept."""


class RotatingLog(logging.FileHandler):
    """The log file with ``logging.handlers.RotatingFileHandler``'s rule (lk40.log.1 is the
    newest old file), without that module: its socket, pickle and queue imports cost ≈ 10 ms
    before the window's first paint."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")
        self.path = path

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.path.exists() and self.path.stat().st_size >= MAX_BYTES:
                self._roll()
        except OSError:  # rotating is a nicety: the record is still written
            pass
        super().emit(record)

    def _roll(self) -> None:
        self.close()  # FileHandler.emit opens the file again
        for number in range(BACKUPS - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{number}")
            if older.exists():
                older.replace(self.path.with_name(f"{self.path.name}.{number + 1}"))
        self.path.replace(self.path.with_name(f"{self.path.name}.1"))


def configure_logging(level: int = logging.INFO) -> None:
    """Send the app's log records to the log file (once per process)."""
    root = logging.getLogger()
    if any(getattr(handler, "lk40", False) for handler in root.handlers):
        return
    try:
        handler: logging.Handler = RotatingLog(log_file())
    except OSError:  # an unwritable profile must not keep the app from starting
        handler = logging.NullHandler()
    handler.lk40 = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger(__name__).info("LK40 Workshop-Studio %s starting", __version__)


def route_qt_messages_to_log() -> None:
    """Send Qt's own warnings to the log file instead of stderr.

    Users never see a terminal, and on the command line stderr is reserved for the one
    clear error line; Qt's chatter (e.g. about a non-UTF-8 locale) belongs in the log.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
