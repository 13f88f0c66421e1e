"""A writer killed with SIGKILL at a random moment loses nothing it had acknowledged."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import Workshop
from tests.conftest import HELPERS

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.mark.parametrize("seed", range(6))
def test_sigkill_loses_no_acknowledged_edit(seed: int, demo_file: Path) -> None:
    rng = random.Random(seed)
    child = subprocess.Popen(
        [sys.executable, str(HELPERS / "crash_writer.py"), str(demo_file)],
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.startswith("ack"), "the writer started and committed"
    time.sleep(rng.uniform(0.05, 0.6))
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()
    child.wait(timeout=30)
    acknowledged = [
        int(line.split()[1]) for line in (first + rest).splitlines() if line.startswith("ack")
    ]
    assert acknowledged, "the writer acknowledged edits"

    document = WorkshopDocument.open(demo_file)  # takes over the dead writer's stale lock
    assert document.integrity_check() == "ok"
    with document.reading() as session:
        for number in acknowledged:
            workshop = session.get(Workshop, f"crash-{number:06d}")
            assert workshop is not None, f"acknowledged edit {number} is missing"
            assert workshop.participant_count == number
            assert workshop.notes == "x" * (number % 997)
    document.close()
