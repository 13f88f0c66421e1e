"""The workshop timer's countdown, without Qt: a timebox for the room (5, 10, 15 minutes or
any other), started, paused and reset by the facilitator, counting up as overtime after zero.

It reads the time from an injected clock (monotonic seconds), so tests move a fake clock
instead of sleeping and the display never jumps when the laptop's wall clock is set. It is
window state, not project data: nothing of it is stored in the file. An agenda item (issue 16,
point 2) sets it through ``set_duration`` with the item's duration.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum

Clock = Callable[[], float]
"""Monotonic seconds (``time.monotonic`` in the app, a fake one in tests)."""

PRESET_MINUTES = (5, 10, 15)
"""The free timeboxes offered in the menu."""
MAX_MINUTES = 600
"""Longer than any workshop evening; a longer duration is a typing error."""
LAST_MINUTE = 60.0
"""Seconds before zero from which the timer warns (its colour changes)."""


class TimerState(Enum):
    """Where the countdown is."""

    UNSET = "unset"
    """No duration chosen yet: nothing to show on the wall."""
    READY = "ready"
    """A duration chosen (or reset), not started."""
    RUNNING = "running"
    PAUSED = "paused"


class TimerPhase(Enum):
    """How urgent the remaining time is; the widgets colour by it."""

    NORMAL = "normal"
    LAST_MINUTE = "last_minute"
    OVERTIME = "overtime"


class Countdown:
    """A countdown from a duration, kept as time run so far plus the start of the current run."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._duration = 0.0
        self._run_before = 0.0
        """Seconds counted by earlier runs (before the last pause)."""
        self._started_at: float | None = None
        """The clock's reading when the current run began; None while not running."""

    @property
    def duration(self) -> float:
        """The timebox in seconds (0 while unset)."""
        return self._duration

    @property
    def state(self) -> TimerState:
        """Unset, ready, running or paused."""
        if self._started_at is not None:
            return TimerState.RUNNING
        if self._duration == 0:
            return TimerState.UNSET
        return TimerState.PAUSED if self._run_before > 0 else TimerState.READY

    def set_duration(self, seconds: float) -> None:
        """A new timebox (a preset, typed minutes or an agenda item's duration): it replaces the
        running one and waits to be started. Refuses what no timebox can be."""
        if not 0 < seconds <= MAX_MINUTES * 60:
            raise ValueError(f"a timer runs from 1 second to {MAX_MINUTES} minutes: {seconds}")
        self._duration = float(seconds)
        self.reset()

    def start(self) -> None:
        """Run (again) from where it stands; nothing while unset or already running."""
        if self.state in (TimerState.READY, TimerState.PAUSED):
            self._started_at = self._clock()

    def pause(self) -> None:
        """Stop counting and keep the time reached."""
        if self._started_at is not None:
            self._run_before += self._clock() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        """Start when stopped, pause when running: one shortcut for both."""
        if self.state is TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the whole duration, stopped."""
        self._run_before = 0.0
        self._started_at = None

    def elapsed(self) -> float:
        """Seconds counted so far."""
        running = 0.0 if self._started_at is None else self._clock() - self._started_at
        return self._run_before + running

    def remaining(self) -> float:
        """Seconds left; negative in overtime."""
        return self._duration - self.elapsed()

    def phase(self) -> TimerPhase:
        """Normal, the last minute (up to and including zero) or overtime."""
        left = self.remaining()
        if self.state is TimerState.UNSET or left > LAST_MINUTE:
            return TimerPhase.NORMAL
        return TimerPhase.LAST_MINUTE if left >= 0 else TimerPhase.OVERTIME

    def text(self) -> str:
        """The display: "mm:ss" left (a started second counts as whole: 10:00 until a
        second has run), "+mm:ss" of overtime, "--:--" while unset."""
        if self.state is TimerState.UNSET:
            return "--:--"
        left = self.remaining()
        if left >= 0:
            return _minutes_seconds(math.ceil(left))
        return "+" + _minutes_seconds(math.floor(-left))


def _minutes_seconds(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{minutes:02d}:{rest:02d}"
