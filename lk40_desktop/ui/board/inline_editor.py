"""Editing a card's text or a cluster's name in place, over the canvas."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QPlainTextEdit

Commit = Callable[[str], None]


class InlineEditor(QPlainTextEdit):
    """A text field laid over a card: Enter keeps the text (Shift+Enter starts a new line),
    Esc discards it, and clicking elsewhere keeps it too — nothing typed is lost."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("inlineEditor")
        self.setTabChangesFocus(True)
        self.setStyleSheet("QPlainTextEdit { border: 2px solid #1565c0; background: #fffef5; }")
        self._commit: Commit | None = None
        self._multi_line = True
        self.hide()
        self.installEventFilter(self)

    def edit(self, rect: QRect, text: str, commit: Commit, *, multi_line: bool) -> None:
        """Show the editor over ``rect`` (viewport coordinates) with ``text`` selected."""
        self._commit, self._multi_line = commit, multi_line
        minimum = 60 if multi_line else 34
        self.setGeometry(rect.x(), rect.y(), max(rect.width(), 220), max(rect.height(), minimum))
        self.setPlainText(text)
        self.selectAll()
        self.show()
        self.raise_()
        self.setFocus()

    def finish(self, keep: bool) -> None:
        """Close the editor, passing the text on if ``keep``."""
        commit, self._commit = self._commit, None
        if commit is None:
            return
        text = self.toPlainText() if self._multi_line else self.toPlainText().replace("\n", " ")
        self.hide()
        self.view.setFocus()
        if keep:
            commit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.finish(keep=False)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                self._multi_line and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.finish(keep=True)
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            self.finish(keep=True)
        return super().eventFilter(watched, event)
