"""Helpers for GUI tests: answering the modal dialogs a real user would see, typing into
table cells, dragging on canvases."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFileDialog,
    QGraphicsView,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from lk40_desktop.ui.main_window import MainWindow

ACTIVE: list[QTimer] = []
"""Answering timers still running; conftest stops them after every test."""


def stop_answering() -> None:
    """Stop every dialog-answering timer (a test's answers must not reach the next test)."""
    for timer in ACTIVE:
        timer.stop()
    ACTIVE.clear()


@dataclass
class DialogLog:
    """Texts of the message boxes that were answered, and what their details said."""

    texts: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    """A box's informative and detailed text, one entry per box answered."""


Answer = QMessageBox.StandardButton | str
"""A message box's standard button, or the text of one of its own buttons."""


def answer_dialogs(
    button: Answer | None = None,
    act: Callable[[QDialog], None] | None = None,
    count: int = 1,
    seconds: float = 5.0,
    then: tuple[Answer, ...] = (),
) -> DialogLog:
    """Answer the next ``count`` modal dialogs: message boxes with ``button``, others with ``act``;
    with ``then``, the message boxes after the first get those answers in turn.

    Polls from the event loop the way a user's click would arrive, so the real dialog code
    runs; it stops after ``count`` answers (or every answer of ``then``) or ``seconds``.
    """
    answers = [button, *then]
    count = max(count, len(answers))
    log = DialogLog()
    timer = QTimer()
    deadline = [int(seconds * 20)]

    answered: list[QDialog] = []
    """Dialogs acted on that may still be open; answered once (a file dialog of Qt's static
    functions is deleted once answered: it leaves the list unasked)."""

    def poll() -> None:
        deadline[0] -= 1
        answered[:] = [d for d in answered if shiboken6.isValid(d) and d.isVisible()]
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            log.texts.append(widget.text())
            log.details.append(f"{widget.informativeText()}\n{widget.detailedText()}")
            answer = answers[min(len(log.texts), len(answers)) - 1]
            target = _button(widget, answer)
            assert target is not None, f"no {answer} on the dialog {widget.text()!r}"
            target.click()
        elif isinstance(widget, QDialog) and act is not None and widget not in answered:
            act(widget)
            log.texts.append(widget.windowTitle())
            answered.append(widget)  # Enter clicks its button 100 ms later (animateClick)
        if deadline[0] <= 0 or len(log.texts) >= count:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start(50)
    ACTIVE.append(timer)
    log.timer = timer  # type: ignore[attr-defined]  # keep it alive with the log
    return log


def _button(box: QMessageBox, answer: Answer | None) -> QAbstractButton | None:
    if answer is None:
        return box.defaultButton()
    if isinstance(answer, str):
        return next((b for b in box.buttons() if b.text() == answer), None)
    return box.button(answer)


def type_file_name(dialog: QDialog, target: Path) -> None:
    """Answer Qt's file dialog (the offscreen platform has no other) as a user does: the name
    typed into its name field, then accepted. Typed, as ``selectFile()`` may be undone by a
    late directory listing."""
    assert isinstance(dialog, QFileDialog), dialog
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None, "Qt's own dialog"
    name_edit.setText(str(target))
    dialog.accept()


def save_as(target: Path, file_type: str, suggested: list[Path]) -> Callable[[QDialog], None]:
    """An ``act`` for :func:`answer_dialogs` in a save dialog: note the file it suggests in
    ``suggested``, choose the file type whose filter names ``file_type``, type ``target``."""

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog), dialog
        suggested.append(Path(dialog.selectedFiles()[0]))
        dialog.selectNameFilter(next(f for f in dialog.nameFilters() if file_type in f))
        type_file_name(dialog, target)

    return act


def fills(view: QGraphicsView, content: QRectF) -> bool:
    """Whether the view shows all of ``content``, as large as its viewport allows."""
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return (
        shown.contains(content)
        and max(content.width() / shown.width(), content.height() / shown.height()) > 0.9
    )


def drag(view: QGraphicsView, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press, move (with the button held) and release the left button in a graphics view,
    the way a user's mouse does it; positions are in scene coordinates."""
    viewport = view.viewport()

    def send(kind: QEvent.Type, point: QPointF, buttons: Qt.MouseButton) -> None:
        local = QPointF(view.mapFromScene(point))
        event = QMouseEvent(
            kind,
            local,
            viewport.mapToGlobal(local),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, steps + 1):
        ratio = step / steps
        send(QEvent.Type.MouseMove, start + (end - start) * ratio, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def laptop_window(qtbot: QtBot, path: Path) -> MainWindow:
    """The app with ``path`` open in a 1366 × 768 window that has the keyboard (shortcuts and
    typed keys reach it as on a laptop)."""
    from lk40_desktop.ui.app import create_main_window

    window = create_main_window(path, language="de")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def type_cells(
    qtbot: QtBot,
    view: QAbstractItemView,
    cells: Sequence[str | None],
    end: Qt.Key = Qt.Key.Key_Return,
) -> None:
    """Type into the cell editor open in ``view`` the way a person does: in each cell select
    what the editor holds, type the text (None: leave the cell as it is; in a combo box the
    text picks the entry it begins), then Tab on to the next cell, and ``end`` (Enter) after
    the last. With Enter (or Esc) it returns once the view has closed its editor (Enter
    commits from the event loop); with Tab the next cell's editor is open."""
    for number, text in enumerate(cells):
        editor = QApplication.focusWidget()
        assert editor is not None and view.isAncestorOf(editor), f"no editor in cell {number}"
        if text is not None:
            if isinstance(editor, QLineEdit | QAbstractSpinBox):
                editor.selectAll()
            type_text(qtbot, editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab if number < len(cells) - 1 else end)
    if end != Qt.Key.Key_Tab:
        qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, umlauts and ß included (QTest's keyClicks
    knows only ASCII and aborts the process on "Ö")."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
