"""The workshop timer's countdown without Qt, on a fake clock: presets, start, pause, reset,
the last minute and overtime counting up."""

from __future__ import annotations

import pytest

from lk40_desktop.services.contrast import MIN_CONTRAST, contrast
from lk40_desktop.services.timer import Countdown, TimerPhase, TimerState
from lk40_desktop.ui.widgets.timer import PHASE_COLOURS, WALL_COLOURS


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_countdown_runs_pauses_resets_and_counts_overtime_up() -> None:
    clock = FakeClock()
    countdown = Countdown(clock)
    assert countdown.state is TimerState.UNSET and countdown.text() == "--:--"
    countdown.start()
    assert countdown.state is TimerState.UNSET, "nothing to run without a duration"
    countdown.set_duration(10 * 60)
    assert countdown.state is TimerState.READY and countdown.text() == "10:00"
    countdown.start()
    clock.now += 0.4
    assert countdown.text() == "10:00", "a started second counts whole"
    clock.now += 29.6
    assert countdown.text() == "09:30" and countdown.phase() is TimerPhase.NORMAL
    countdown.pause()
    clock.now += 300
    assert countdown.state is TimerState.PAUSED and countdown.text() == "09:30"
    countdown.toggle()
    clock.now += 9 * 60
    assert countdown.text() == "00:30" and countdown.phase() is TimerPhase.LAST_MINUTE
    clock.now += 30
    assert countdown.text() == "00:00" and countdown.phase() is TimerPhase.LAST_MINUTE
    clock.now += 83
    assert countdown.text() == "+01:23" and countdown.phase() is TimerPhase.OVERTIME
    assert countdown.remaining() == -83
    countdown.reset()
    assert countdown.state is TimerState.READY and countdown.text() == "10:00"
    clock.now += 50
    assert countdown.text() == "10:00", "reset stops it"


def test_the_last_minute_begins_at_one_minute_left() -> None:
    clock = FakeClock()
    countdown = Countdown(clock)
    countdown.set_duration(5 * 60)
    countdown.start()
    clock.now += 239.5
    assert countdown.text() == "01:01" and countdown.phase() is TimerPhase.NORMAL
    clock.now += 0.5
    assert countdown.text() == "01:00" and countdown.phase() is TimerPhase.LAST_MINUTE


def test_a_new_duration_replaces_a_running_one() -> None:
    clock = FakeClock()
    countdown = Countdown(clock)
    countdown.set_duration(15 * 60)
    countdown.start()
    clock.now += 100
    countdown.set_duration(5 * 60)
    assert countdown.state is TimerState.READY and countdown.text() == "05:00"


@pytest.mark.parametrize("seconds", [0, -60, 601 * 60])
def test_a_duration_no_timebox_can_have_is_refused(seconds: float) -> None:
    countdown = Countdown(FakeClock())
    countdown.set_duration(60)
    with pytest.raises(ValueError, match="from 1 second to 600 minutes"):
        countdown.set_duration(seconds)
    assert countdown.duration == 60, "the old timebox stays"


def test_timer_colours_reach_4_5_to_1() -> None:
    for ground, ink in [*PHASE_COLOURS.values(), WALL_COLOURS]:
        assert contrast(ground, ink) >= MIN_CONTRAST, (ground, ink)
