"""The quick-capture line: type and Enter for one card; paste several lines for several."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from lk40_desktop.services.board.layout import capture_lines
from lk40_desktop.store.limits import TEXT_LIMIT


class CaptureLine(QLineEdit):
    """A line edit that hands a multi-line paste on as lines instead of flattening it
    (QLineEdit would keep only one line of a list copied from a protocol or an e-mail)."""

    lines_pasted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCapture")
        self.setMaxLength(TEXT_LIMIT)  # Qt's own limit (32,767) would cut a paste silently
        self.setClearButtonEnabled(True)

    def paste_text(self, text: str) -> None:
        """Insert ``text``; more than one line becomes one card per line at once."""
        lines = capture_lines(text)
        if len(lines) > 1:
            self.lines_pasted.emit(lines)
        else:
            self.insert(text.strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
            return
        super().keyPressEvent(event)
