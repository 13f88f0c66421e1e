"""Long work off the GUI thread, with a progress dialog that can be cancelled: one helper for
exports and other long work, whose errors come back to one place (as Anki's ``QueryOp``)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, str], bool]], Any]
"""The work gets a progress callback (percent, step) that returns False once cancelled."""


class _Worker(QObject):
    progressed = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancelled: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled

    def _progress(self, percent: int, step: str) -> bool:
        self.progressed.emit(percent, step)
        return not self._cancelled.is_set()

    @Slot()
    def run(self) -> None:
        try:
            self.done.emit(self._work(self._progress))
        except Exception as error:
            if self._cancelled.is_set():
                log.info("background work cancelled")
            else:
                log.exception("background work failed")
            self.failed.emit(error)


class BackgroundTask(QObject):
    """Runs ``work`` in a thread while a progress dialog shows its steps."""

    finished = Signal(object)
    """The work's result."""
    failed = Signal(object)
    """The exception (the user cancelled, or something went wrong)."""

    def __init__(self, title: str, work: Work, parent: QWidget) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.dialog = QProgressDialog(title, self.tr("Abbrechen"), 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancelled.set)
        self._thread = QThread(self)
        self.worker = _Worker(work, self.cancelled)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        """Begin the work."""
        self.dialog.setValue(0)
        self._thread.start()

    def _progressed(self, percent: int, step: str) -> None:
        self.dialog.setValue(percent)
        if step:
            self.dialog.setLabelText(step)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()

    def _done(self, result: object) -> None:
        self._stop()
        self.finished.emit(result)

    def _failed(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)
