"""How a long export tells where it is and learns that the user cancelled: one callback,
so the GUI's progress dialog and a headless run (no callback) drive the same code."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, str], bool]
"""Called with percent done and the key of the step (``"workbook"``, ``"contents"``, a
chapter …); returning False cancels. Keys, not words: the GUI words them in the UI's
language, while the files speak the export's."""


class ExportCancelledError(Exception):
    """The user cancelled; nothing was written."""


def report_step(progress: Progress | None, percent: int, key: str) -> None:
    """Tell ``progress`` (if any) about a step; raise if the user cancelled."""
    if progress is not None and not progress(percent, key):
        raise ExportCancelledError


def part_of(progress: Progress | None, start: int, end: int) -> Progress | None:
    """``progress`` for one file of several: its 0–100 % map onto ``start``–``end``."""
    if progress is None:
        return None
    whole = progress

    def scaled(percent: int, key: str) -> bool:
        return whole(start + (end - start) * percent // 100, key)

    return scaled
