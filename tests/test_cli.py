"""The ``lk40`` command line, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lk40_desktop import __version__
from lk40_desktop.paths import log_file


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


def test_internal_error_is_one_line_and_exit_2(demo_file: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """A bug (an injected fault) gives exit code 2, one line, and a logged traceback."""
    from lk40_desktop import cli
    from lk40_desktop.services import summary

    def broken(session):  # type: ignore[no-untyped-def]
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(summary, "summarize", broken)
    assert cli.main(["info", str(demo_file)]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "internal error" in error[0] and "simulated bug" in error[0]
    log = log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: simulated bug" in log


@pytest.mark.parametrize(
    ("locale", "menu"),
    [("en_GB.UTF-8", "&File"), ("de_DE.UTF-8", "&Datei"), ("fr_FR.UTF-8", "&Datei")],
)
def test_first_start_follows_the_system_language(locale: str, menu: str, tmp_path: Path) -> None:
    """English on an English system, German otherwise; the choice is remembered."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from lk40_desktop.ui.app import create_main_window\n"
        "from lk40_desktop.ui.preferences import Preferences\n"
        "window = create_main_window()\n"
        "print(window.menuBar().actions()[0].text(), Preferences().language)\n"
    )
    env = {
        **os.environ,
        "LC_ALL": locale,
        "LANG": locale,
        "LANGUAGE": "",
        "XDG_CONFIG_HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == [menu, "en" if menu == "&File" else "de"]
