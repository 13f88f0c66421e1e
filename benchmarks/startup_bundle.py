"""Start-up of the PyInstaller bundle (``installer/build.py bundle`` → dist/lk40/) against the
same program started from source, in the same run: milliseconds from process start until
the log says the demo file is open (after the opening checks, just before the overview is
built). The bundle cannot run the benchmark's own code, so its log line is the mark; the
source start is measured the same way so the two compare. Skipped (exit 0) without a bundle.

Usage: python benchmarks/startup_bundle.py [--runs N] [--bundle DIR]. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENED = " INFO lk40_desktop.store.document: opened "


def _opened_after(command: list[str], demo: Path, env: dict[str, str]) -> float:
    """Milliseconds from just before ``command`` starts until its log notes ``demo`` open."""
    logs = Path(env["XDG_STATE_HOME"])
    for old in logs.rglob("*.log*"):
        old.unlink()
    start = time.time()
    child = subprocess.Popen([*command, str(demo)], env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = start + 60
        while time.time() < deadline:
            for log in logs.rglob("*.log"):
                for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
                    if OPENED in line and line.endswith(str(demo)):
                        stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
                        return (stamp.timestamp() - start) * 1000
            time.sleep(0.005)
        raise TimeoutError(f"{command[0]} did not open {demo}")
    finally:
        child.terminate()
        child.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "lk40")
    arguments = parser.parse_args()
    program = arguments.bundle / ("lk40.exe" if os.name == "nt" else "lk40")
    if not program.is_file():
        print(f"no bundle at {arguments.bundle} (installer/build.py bundle): skipped")
        return
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the source start runs precompiled, as installed
    with tempfile.TemporaryDirectory() as folder:
        env.update({"XDG_CONFIG_HOME": folder, "XDG_STATE_HOME": folder, "XDG_DATA_HOME": folder})
        demo = Path(folder) / "Musterlandkreis.lk40"
        subprocess.run(
            [str(program), "demo", str(demo)], check=True, env=env, stdout=subprocess.DEVNULL
        )
        starts = {"bundle": [str(program)], "source": [sys.executable, "-m", "lk40_desktop"]}
        for command in starts.values():  # warm the disk cache (and write the bytecode)
            _opened_after(command, demo, env)
        times: dict[str, list[float]] = {name: [] for name in starts}
        for _ in range(arguments.runs):
            for name, command in starts.items():
                times[name].append(_opened_after(command, demo, env))
    bundle, source = (statistics.median(times[name]) for name in ("bundle", "source"))
    print(f"demo file open (ms), {arguments.runs} runs: bundle {bundle:.0f}, source {source:.0f}")
    print(
        json.dumps(
            {
                "bundle_opened_ms": round(bundle, 1),
                "source_opened_ms": round(source, 1),
                "bundle_ratio": round(bundle / source, 2),
                "runs": arguments.runs,
                "platform": env["QT_QPA_PLATFORM"],
            }
        )
    )


if __name__ == "__main__":
    main()
