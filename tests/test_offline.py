"""The app opens no network connection and loads heavy libraries only when they are used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import HELPERS


def test_start_up_and_demo_creation_stay_offline_and_light(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(HELPERS / "watched_start.py"), str(tmp_path / "demo.lk40")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["title"].startswith("demo.lk40"), "the demo project was really open"
    assert report["attempts"] == []
    assert report["heavy"] == [], "heavy libraries and pages not shown load only when needed"


def test_the_guard_would_notice(tmp_path: Path) -> None:
    """The audit-hook technique itself catches a connection attempt (so the test above can fail)."""
    probe = (
        "import socket, sys\n"
        "seen = []\n"
        "sys.addaudithook(lambda e, a: seen.append(e) if e == 'socket.connect' else None)\n"
        "s = socket.socket()\n"
        "s.settimeout(0.01)\n"
        "try:\n    s.connect(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
        "print(seen)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=30, check=True
    )
    assert "socket.connect" in result.stdout
