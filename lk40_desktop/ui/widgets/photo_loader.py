"""Pictures read off the GUI thread: decoding and downscaling a camera photo takes a third of a
second, a 40 MB file more, so ``services.photos.prepare`` runs in Qt's thread pool while the
window stays responsive, and the strip shows how far it got."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lk40_desktop.services.photos import PhotoProblem, PhotoRefusedError, PreparedPhoto, prepare

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)
    """Files done, files in all."""
    finished = Signal(object, object)
    """The prepared photos (in the files' order), the refusals."""


class _Job(QRunnable):
    """Prepares the files one after the other (their order is the photos' order)."""

    def __init__(self, paths: Sequence[Path], signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.paths = list(paths)
        self.signals = signals
        self.stop = stop

    def run(self) -> None:
        prepared: list[PreparedPhoto] = []
        refused: list[PhotoRefusedError] = []
        for done, path in enumerate(self.paths, start=1):
            if self.stop.is_set():
                break
            try:
                prepared.append(prepare(path))
            except PhotoRefusedError as error:
                refused.append(error)
            except Exception:  # a bug in a decoder must not take the window with it
                log.exception("photo %s could not be prepared", path)
                refused.append(PhotoRefusedError(path, PhotoProblem.DAMAGED))
            self.signals.progressed.emit(done, len(self.paths))
        self.signals.finished.emit(prepared, refused)


class PhotoLoader(QObject):
    """Prepares picture files in the background: ``progressed`` while it works, ``finished``
    with what it made and what it refused; ``cancel`` stops after the file in hand."""

    progressed = Signal(int, int)
    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._signals = _Signals()  # no parent: a job still running may outlive the strip
        self._signals.progressed.connect(self.progressed)
        self._signals.finished.connect(self._finished)
        self.busy = False

    def start(self, paths: Sequence[Path]) -> None:
        """Begin preparing ``paths``."""
        self.busy = True
        self._stop.clear()
        QThreadPool.globalInstance().start(_Job(paths, self._signals, self._stop))

    def cancel(self) -> None:
        """Stop after the file being read (what was read is kept)."""
        self._stop.set()

    def _finished(self, prepared: object, refused: object) -> None:
        self.busy = False
        self.finished.emit(prepared, refused)
