"""Installers, tested for real: the Debian package is installed with apt, run without
network and without Python on PATH, self-tested and removed. The Windows packages' tests are
in tests/test_windows_installers.py."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lk40_desktop import PRODUCT_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
BUILD = [sys.executable, str(ROOT / "installer" / "build.py")]
PACKAGE = "lk40-workshop-studio"
pytestmark = pytest.mark.installers  # `make test-quick` leaves these out; `make test`, CI run them

needs_root_and_dpkg = pytest.mark.skipif(
    not (
        hasattr(os, "geteuid")
        and os.geteuid() == 0
        and shutil.which("dpkg")
        and shutil.which("apt-get")
    ),
    reason="installing a .deb needs root, dpkg and apt-get",
)


@pytest.fixture(scope="module", autouse=True)
def _windows_build_alongside(request: pytest.FixtureRequest) -> None:
    """Start the Windows packages' build now if this session tests them: it runs in the
    background while the .deb is built and tested (tests/windows_build.py)."""
    if any(
        item.module.__name__.endswith("test_windows_installers") for item in request.session.items
    ):
        from tests import windows_build

        if not windows_build.missing_tools():
            windows_build.start()


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The PyInstaller bundle, built once per test session (about a minute)."""
    subprocess.run([*BUILD, "bundle"], check=True, cwd=ROOT, capture_output=True, timeout=900)
    folder = ROOT / "dist" / "lk40"
    assert (folder / "lk40").exists()
    return folder


@pytest.fixture
def installed(bundle: Path) -> Iterator[Path]:
    """The .deb built from the bundle and installed with apt; removed again afterwards."""
    subprocess.run([*BUILD, "deb"], check=True, cwd=ROOT, capture_output=True, timeout=900)
    deb = ROOT / "dist" / f"{PACKAGE}_{__version__}_amd64.deb"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", str(deb)],
        check=True,
        env=env,
        capture_output=True,
        timeout=900,
    )
    try:
        yield deb
    finally:
        subprocess.run(  # already removed when the test got that far
            ["apt-get", "remove", "-y", "-qq", PACKAGE],
            env=env,
            capture_output=True,
            timeout=600,
            check=False,
        )


def _clean_env(home: Path, language: str) -> dict[str, str]:
    """A user's environment with no Python anywhere on PATH."""
    empty = home / "bin"
    empty.mkdir(exist_ok=True)
    return {
        "HOME": str(home),
        "PATH": str(empty),
        "LANG": language,
        "LC_ALL": language,
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }


UNSHARE = shutil.which("unshare")


def _offline(command: list[str]) -> list[str]:
    """Run in a network namespace of its own, where no address but loopback exists."""
    if (
        UNSHARE is None
        or subprocess.run([UNSHARE, "--net", "true"], capture_output=True, check=False).returncode
    ):
        return command
    return [UNSHARE, "--net", *command]


@needs_root_and_dpkg
@pytest.mark.timeout(900)  # builds the bundle and the .deb first (minutes on a busy machine)
def test_deb_installs_runs_offline_and_removes(installed: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = _clean_env(home, "en_GB.UTF-8")
    assert shutil.which("python3", path=env["PATH"]) is None
    lk40 = "/usr/bin/lk40"
    version = subprocess.run(
        _offline([lk40, "--version"]),
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert version.stdout.strip() == f"{PRODUCT_NAME} {__version__}"
    project = home / "Musterlandkreis.lk40"
    subprocess.run(
        _offline([lk40, "demo", str(project)]),
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    info = subprocess.run(
        _offline([lk40, "info", str(project)]),
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "idea: 152" in info.stdout
    paper, workbook = home / "Strategiepapier.docx", home / "Arbeitsmappe.xlsx"
    subprocess.run(
        _offline([lk40, "export", str(project), "--docx", str(paper), "--xlsx", str(workbook)]),
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    from docx import Document
    from openpyxl import load_workbook

    assert "6 Handlungsfelder" in [p.text for p in Document(str(paper)).paragraphs]
    assert len(Document(str(paper)).inline_shapes) == 3, "charts rendered by the bundled matplotlib"
    assert "Bewertungsmatrix" in load_workbook(workbook).sheetnames

    selftest = subprocess.run(
        _offline([lk40, "--self-test"]),
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    lines = selftest.stdout.splitlines()
    assert (
        lines[0].startswith(f"{PRODUCT_NAME} {__version__} self-test") and "/opt/lk40" in lines[0]
    )
    assert [line.split()[0] for line in lines[1:-1]] == ["ok"] * 8 and lines[
        -1
    ] == "8 passed, 0 failed"

    gui = subprocess.Popen(
        _offline([lk40]), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    time.sleep(8)
    assert gui.poll() is None, gui.stderr.read().decode() if gui.stderr else "exited"
    gui.send_signal(signal.SIGTERM)
    gui.wait(timeout=30)
    settings = (home / ".config" / PRODUCT_NAME / f"{PRODUCT_NAME}.conf").read_text(
        encoding="utf-8"
    )
    assert "language=en" in settings, "the first start followed the system's language"
    log = next((home / ".local" / "state").rglob("lk40.log")).read_text(encoding="utf-8")
    assert "starting" in log and "Traceback" not in log

    desktop = Path("/usr/share/applications/lk40.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-lk40;" in desktop and "Exec=/usr/bin/lk40 %f" in desktop
    assert "*.lk40" in Path("/usr/share/mime/packages/lk40.xml").read_text(encoding="utf-8")
    assert Path("/usr/share/icons/hicolor/256x256/apps/lk40.png").exists()

    subprocess.run(
        ["apt-get", "remove", "-y", "-qq", PACKAGE],
        check=True,
        capture_output=True,
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        timeout=600,
    )
    assert not Path("/opt/lk40").exists() and not Path(lk40).exists()
    assert project.exists(), "removing the program leaves the user's projects alone"
