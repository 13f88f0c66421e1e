"""The ``lk40`` command line, run as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lk40_desktop import __version__


def _lk40(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lk40_desktop", *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version() -> None:
    result = _lk40("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"LK40 Workshop-Studio {__version__}"


def test_demo_then_info(tmp_path: Path) -> None:
    target = tmp_path / "Muster landkreis (Kopie).lk40"
    result = _lk40("demo", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    info = _lk40("info", str(target))
    assert info.returncode == 0
    lines = info.stdout.splitlines()
    assert lines[0] == "Musterlandkreis – Digitalisierungsstrategie Landkreis 4.0"
    counts = dict(line.split(": ") for line in lines[1:])
    assert int(counts["idea"]) >= 150 and int(counts["stakeholder"]) >= 40
    assert int(counts["action_field"]) == 9


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "da.lk40"
    target.write_text("wertvoll", encoding="utf-8")
    result = _lk40("demo", str(target))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "da.lk40" in result.stderr
    assert target.read_text(encoding="utf-8") == "wertvoll"


def test_demo_into_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    result = _lk40("demo", str(tmp_path / "fehlt" / "x.lk40"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_arguments_are_user_errors() -> None:
    for arguments in (["--gibt-es-nicht"], ["demo"], ["info"], ["a.lk40", "b.lk40"]):
        result = _lk40(*arguments)
        assert result.returncode == 1, arguments
        assert result.stderr.strip().splitlines()[-1].startswith("lk40")
