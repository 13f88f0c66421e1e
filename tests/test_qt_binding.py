"""The Qt binding must not corrupt reference counts (PySide6 6.12.0 did: every void call
dropped a reference to None, and Python 3.11 aborted after enough painting)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setPointSizeF(9.0)
        font.setBold(True)
    assert sys.getrefcount(None) - before > -50
