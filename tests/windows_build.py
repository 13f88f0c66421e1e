"""The Windows packages, built once per test session, signed with a test certificate made
here — in a background thread, so that the minutes NSIS spends compressing (on one core)
overlap with the .deb's tests on the other core.

``start()`` begins the build (tests/test_installers.py calls it first thing when the session
will test Windows packages), ``result()`` waits for it and returns the products.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from lk40_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
BUILD = [sys.executable, str(ROOT / "installer" / "build.py")]
OLDER = "0.0.9"
"""The version of the older MSI that the upgrade test installs first."""
TOOLS = {
    "makensis": "nsis",
    "wixl": "wixl",
    "msiinfo": "msitools",
    "osslsigncode": "osslsigncode",
    "openssl": "openssl",
    "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64-win32",
    "x86_64-w64-mingw32-objdump": "binutils-mingw-w64-x86-64",
}


def missing_tools() -> list[str]:
    """The Debian packages whose tools the Windows build lacks here."""
    return [package for tool, package in TOOLS.items() if shutil.which(tool) is None]


@dataclass
class Certificate:
    """A self-signed code-signing certificate, as a county's would be used."""

    pem: Path
    pkcs12: Path
    password_file: Path

    def options(self) -> list[str]:
        return ["--sign-pkcs12", str(self.pkcs12), "--sign-password-file", str(self.password_file)]


def make_certificate(folder: Path) -> Certificate:
    folder.mkdir(parents=True, exist_ok=True)
    key, pem, pfx = folder / "key.pem", folder / "cert.pem", folder / "sign.pfx"
    password = folder / "password.txt"
    password.write_text("Landkreis-4.0-Test\n", encoding="utf-8")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:3072",
            "-sha256",
            "-days",
            "3",
            "-nodes",
            "-subj",
            "/CN=LK40 Test Code Signing/O=LK40 Tests",
            "-keyout",
            str(key),
            "-out",
            str(pem),
            "-addext",
            "keyUsage=critical,digitalSignature",
            "-addext",
            "extendedKeyUsage=codeSigning",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        [
            "openssl",
            "pkcs12",
            "-export",
            "-inkey",
            str(key),
            "-in",
            str(pem),
            "-out",
            str(pfx),
            "-passout",
            f"file:{password}",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return Certificate(pem, pfx, password)


@dataclass
class Products:
    """What the build made, and how long each step took (seconds)."""

    certificate: Certificate
    root: Path
    setup: Path
    msi: Path
    older_msi: Path
    seconds: dict[str, float] = field(default_factory=dict)


class _Build:
    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.products: Products | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="windows-build", daemon=True)
            self.thread.start()

    def _step(self, seconds: dict[str, float], name: str, *arguments: str) -> None:
        started = time.perf_counter()
        result = subprocess.run(
            [*BUILD, *arguments],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"build.py {' '.join(arguments)} failed:\n{result.stderr[-4000:]}")
        seconds[name] = round(time.perf_counter() - started, 1)

    def _run(self) -> None:
        try:
            folder = Path(tempfile.mkdtemp(prefix="lk40-signing-"))
            atexit.register(shutil.rmtree, folder, ignore_errors=True)
            certificate = make_certificate(folder)
            seconds: dict[str, float] = {}
            sign = certificate.options()
            self._step(seconds, "windows program folder", "windows", *sign)
            root = ROOT / "build" / "windows" / "root"
            # the older version's folder: the same files plus one that the newer one lacks
            older = ROOT / "build" / "windows" / "older-root"
            shutil.rmtree(older, ignore_errors=True)
            shutil.copytree(root, older, copy_function=lambda a, b: Path(b).hardlink_to(a))
            (older / "obsolete.txt").write_text("only in the older version", encoding="utf-8")
            nsis_errors: list[BaseException] = []

            def build_nsis() -> None:  # makensis compresses on one core: the MSIs meanwhile
                try:
                    self._step(seconds, "nsis", "nsis", "--payload", str(root), *sign)
                except BaseException as error:
                    nsis_errors.append(error)

            nsis = threading.Thread(target=build_nsis)
            nsis.start()
            self._step(seconds, "msi", "msi", "--payload", str(root), *sign)
            self._step(
                seconds, "older msi", "msi", "--payload", str(older), "--version", OLDER, *sign
            )
            nsis.join()
            dist = ROOT / "dist"
            setup = dist / f"LK40-Workshop-Studio-{__version__}-setup.exe"
            if nsis_errors:
                raise nsis_errors[0]
            self.products = Products(
                certificate,
                root,
                setup,
                dist / f"LK40-Workshop-Studio-{__version__}.msi",
                dist / f"LK40-Workshop-Studio-{OLDER}.msi",
                seconds,
            )
            (ROOT / "build" / "windows" / "build-times.json").write_text(
                json.dumps(seconds, indent=2), encoding="utf-8"
            )
        except BaseException as error:
            self.error = error

    def result(self) -> Products:
        self.start()
        assert self.thread is not None
        self.thread.join()
        if self.error is not None:
            raise self.error
        assert self.products is not None
        return self.products


_build = _Build()
start = _build.start
result = _build.result
