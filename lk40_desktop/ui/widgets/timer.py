"""The workshop timer on screen: one countdown per main window (``services.timer``), ticking
with a QTimer, shown small in the status bar and large on the projector.

Both displays only read it and never take the keyboard, so the facilitator keeps typing cards
while the room's timebox runs; the shortcuts reach it from any window of the app."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QToolButton, QWidget

from lk40_desktop.services.timer import MAX_MINUTES, Clock, Countdown, TimerPhase, TimerState

TICK_MS = 250
"""How often a running timer looks at the clock: a shown second is at most a quarter late."""
PHASE_COLOURS: dict[TimerPhase, tuple[str, str]] = {
    TimerPhase.LAST_MINUTE: ("#ffb300", "#1a1a1a"),
    TimerPhase.OVERTIME: ("#c62828", "#ffffff"),
}
"""(ground, text) when time runs short; both reach well over 4.5 : 1."""
WALL_COLOURS = ("#263238", "#ffffff")
"""(ground, text) of the large timer before its last minute: it lies over cards of any
colour, so it brings its own dark ground."""
WALL_HEIGHT_SHARE = 10
"""The large timer's digits are a tenth of the projector's height: readable from the back."""


class WorkshopTimer(QObject):
    """The countdown of one window, with a signal whenever what it shows changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.countdown = Countdown(clock) if clock is not None else Countdown()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._shown = ("", TimerPhase.NORMAL, TimerState.UNSET)

    def set_minutes(self, minutes: int) -> None:
        """A new timebox of ``minutes``, ready to start."""
        self.countdown.set_duration(minutes * 60)
        self._follow()

    def toggle(self) -> None:
        """Start or pause; without a duration there is nothing to run."""
        if self.countdown.state is TimerState.UNSET:
            return
        self.countdown.toggle()
        self._follow()

    def reset(self) -> None:
        """The whole duration again, stopped."""
        self.countdown.reset()
        self._follow()

    def tick(self) -> None:
        """Look at the clock; tell the displays only when a second (or the colour) turned."""
        shown = (self.countdown.text(), self.countdown.phase(), self.countdown.state)
        if shown != self._shown:
            self._shown = shown
            self.changed.emit()

    def _follow(self) -> None:
        if self.countdown.state is TimerState.RUNNING:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.tick()


def timer_style(phase: TimerPhase, wall: bool) -> str:
    """The style sheet of a timer display in ``phase``; on the wall it always has a ground."""
    ground, ink = PHASE_COLOURS.get(phase, WALL_COLOURS if wall else ("", ""))
    if not ground:
        return ""
    return f"background-color: {ground}; color: {ink}; border-radius: 4px;"


class StatusTimer(QToolButton):
    """The timer in the status bar: "mm:ss", coloured in the last minute and in overtime; a
    click opens the timer's menu. It never takes the keyboard from the page."""

    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusTimer")
        self.timer = timer
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAccessibleName(self.tr("Timer"))
        self.setToolTip(
            self.tr("Timer: Strg+Umschalt+T startet und hält an, Strg+Umschalt+R setzt zurück")
        )
        timer.changed.connect(self.show_time)
        self.show_time()

    def show_time(self) -> None:
        """The countdown's text and colour now."""
        countdown = self.timer.countdown
        self.setText(countdown.text())
        self.setStyleSheet(
            f"QToolButton#statusTimer {{ {timer_style(countdown.phase(), wall=False)}"
            " padding: 0 8px; font-weight: bold; }"
            " QToolButton#statusTimer::menu-indicator { image: none; width: 0; }"
        )


class TimerDialog(QDialog):
    """Typed minutes for a free timebox other than the presets."""

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timer stellen"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(minutes)
        self.minutes.setAccessibleName(self.tr("Dauer in Minuten"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Minuten:"), self.minutes)
        form.addRow(buttons)
