"""The Windows packages, built here with the real payload (tests/windows_build.py) and tested
as far as this machine can: what they hold (msiinfo, objdump, osslsigncode), and under Wine a
silent install, the installed Python, the self-test, and a clean uninstall, for the per-user
NSIS installer and for the per-machine MSI including an upgrade from an older version.

Wine 8 cannot run everything a Windows PC can (Qt needs Windows' own ICU, NumPy's OpenBLAS a
C runtime function Wine lacks): where that stops a check, the test is skipped and says which
library or function it was."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from lk40_desktop import PRODUCT_NAME, __version__
from tests import windows_build
from tests.windows_build import OLDER, Products

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "installer"))
import msi_package  # noqa: E402
import windows_payload  # noqa: E402

MAX_BYTES = 120 * 10**6
APP_KEY = "LK40Workshop-Studio"
pytestmark = [
    pytest.mark.installers,
    pytest.mark.timeout(1500),  # the first test waits for the build (minutes, in the background)
    pytest.mark.skipif(
        bool(windows_build.missing_tools()),
        reason=f"the Windows build needs Debian's {', '.join(windows_build.missing_tools())}",
    ),
]
needs_wine = pytest.mark.skipif(
    not (shutil.which("wine") and shutil.which("wineserver")),
    reason="needs wine (Debian: wine, wine64)",
)
WINDOWS_SYSTEM_DLLS = frozenset(
    [
        "advapi32",
        "authz",
        "bcrypt",
        "cabinet",
        "comctl32",
        "comdlg32",
        "crypt32",
        "d3d11",
        "d3d12",
        "d3d9",
        "d3dcompiler_47",
        "dwmapi",
        "dwrite",
        "dxgi",
        "gdi32",
        "icuuc",
        "imm32",
        "iphlpapi",
        "kernel32",
        "mpr",
        "msi",
        "msvcrt",
        "netapi32",
        "ntdll",
        "ole32",
        "oleaut32",
        "psapi",
        "rpcrt4",
        "setupapi",
        "shell32",
        "shlwapi",
        "uiautomationcore",
        "user32",
        "userenv",
        "uxtheme",
        "version",
        "winmm",
        "ws2_32",
        "wtsapi32",
    ]
)
"""DLLs every Windows 10 (1903 or later) and 11 has in System32 (icuuc: Windows' own ICU)."""


@pytest.fixture(scope="session")
def products() -> Products:
    return windows_build.result()


def _verify_signature(path: Path, ca: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["osslsigncode", "verify", "-CAfile", str(ca), "-ignore-crl", "-in", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_packages_are_small_and_signed(products: Products, tmp_path: Path) -> None:
    for package in (products.setup, products.msi):
        assert package.stat().st_size <= MAX_BYTES, f"{package.name}: {package.stat().st_size}"
    signed = [
        products.setup,
        products.msi,
        products.root / "lk40.exe",
        products.root / "lk40-cli.exe",
    ]
    for path in signed:
        result = _verify_signature(path, products.certificate.pem)
        assert result.returncode == 0, f"{path.name}: {result.stdout}{result.stderr}"
        assert "Signature verification: ok" in result.stdout
        assert "CN=LK40 Test Code Signing" in result.stdout
    tampered = tmp_path / "lk40.exe"
    data = bytearray((products.root / "lk40.exe").read_bytes())
    data[0x400] ^= 0xFF  # a byte of the program code
    tampered.write_bytes(bytes(data))
    assert _verify_signature(tampered, products.certificate.pem).returncode != 0


def _objdump(path: Path) -> str:
    return subprocess.run(
        ["x86_64-w64-mingw32-objdump", "-p", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def test_launchers_open_no_console_for_the_gui(products: Products) -> None:
    assert "(Windows GUI)" in _objdump(products.root / "lk40.exe")
    assert "(Windows CUI)" in _objdump(products.root / "lk40-cli.exe")
    resource = (products.root / "lk40.exe").read_bytes().decode("utf-16-le", errors="ignore")
    assert PRODUCT_NAME in resource and __version__ in resource, "icon and version resource"


def test_embedded_python_is_the_psf_build_that_is_pinned(products: Products) -> None:
    pin = windows_payload.read_embed_pin()
    for name in ("python.exe", "python311.dll"):
        result = subprocess.run(
            [
                "osslsigncode",
                "verify",
                "-ignore-crl",
                "-ignore-cdp",
                "-CAfile",
                "/etc/ssl/certs/ca-certificates.crt",
                "-in",
                str(products.root / "python" / name),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert "Subject: /C=US/ST=Oregon/L=Beaverton/O=Python Software Foundation" in result.stdout
        assert f"Built: Release_v{pin.python}_" in result.stdout
        current = re.search(r"Current message digest\s*: (\w+)", result.stdout)
        calculated = re.search(r"Calculated message digest\s*: (\w+)", result.stdout)
        assert current and calculated and current[1] == calculated[1], "unaltered since signed"
    assert (products.root / "python" / "python311._pth").read_text().split() == [
        "python311.zip",
        ".",
        "lib",
    ]


def test_every_module_is_precompiled_and_every_dll_is_there(products: Products) -> None:
    lib = products.root / "python" / "lib"
    sources = [p.relative_to(lib).as_posix() for p in lib.rglob("*.py")]
    assert sources and all(p.startswith(windows_payload.SOURCES_KEPT) for p in sources)
    compiled = list(lib.rglob("*.pyc"))
    assert len(compiled) > 1000 and not list(lib.rglob("__pycache__"))
    for path in compiled:
        flags = int.from_bytes(path.read_bytes()[4:8], "little")
        assert flags == 0b01, f"{path}: bytecode checked by hash only on request"
    assert not list(lib.rglob("*.pyi")) and not list(lib.rglob("Qt6Quick*.dll"))
    binaries = [p for p in products.root.rglob("*") if p.suffix.lower() in {".dll", ".pyd", ".exe"}]
    present = {path.name.lower() for path in binaries}
    unresolved = {}
    for binary in binaries:
        for imported in re.findall(r"DLL Name: (\S+)", _objdump(binary)):
            name = imported.lower()
            if name in present or name.startswith("api-ms-win-"):
                continue
            if name.removesuffix(".dll") not in WINDOWS_SYSTEM_DLLS:
                unresolved[binary.relative_to(products.root).as_posix()] = name
    assert unresolved == {}, "a pruned DLL is still needed"


def _msi_table(package: Path, table: str) -> list[list[str]]:
    """A table of the package as rows of columns (msiinfo's export: names, types, key)."""
    exported = subprocess.run(
        ["msiinfo", "export", str(package), table], check=True, capture_output=True, timeout=120
    ).stdout.decode("cp1252")
    return [line.split("\t") for line in exported.splitlines()[3:]]


def test_msi_is_per_machine_and_upgrades_by_its_code(products: Products) -> None:
    properties = dict(row[:2] for row in _msi_table(products.msi, "Property"))
    older = dict(row[:2] for row in _msi_table(products.older_msi, "Property"))
    assert properties["UpgradeCode"] == older["UpgradeCode"] == msi_package.UPGRADE_CODE
    assert properties["ProductCode"] != older["ProductCode"]
    assert (properties["ProductVersion"], older["ProductVersion"]) == (__version__, OLDER)
    assert properties["ALLUSERS"] == "1" and properties["ARPPRODUCTICON"] == "lk40.ico"
    upgrades = _msi_table(products.msi, "Upgrade")
    assert {row[0] for row in upgrades} == {msi_package.UPGRADE_CODE}
    sequence = {row[0] for row in _msi_table(products.msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= sequence
    shortcuts = {row[1]: row[4] for row in _msi_table(products.msi, "Shortcut")}
    assert shortcuts == {
        "ProgramMenuDir": "[INSTALLDIR]lk40.exe",
        "DesktopFolder": "[INSTALLDIR]lk40.exe",
    }
    registry = {(row[1], row[2], row[3]): row[4] for row in _msi_table(products.msi, "Registry")}
    assert registry[("2", "Software\\Classes\\.lk40", "")] == "LK40.Project"
    assert registry[("2", "Software\\Classes\\LK40.Project\\shell\\open\\command", "")] == (
        '"[INSTALLDIR]lk40.exe" "%1"'
    )
    summary = subprocess.run(
        ["msiinfo", "suminfo", str(products.msi)], capture_output=True, text=True, check=True
    ).stdout
    assert "Template: x64;" in summary, "a 64-bit package"
    assert properties["ProductLanguage"] == "1031"


# -- under Wine -------------------------------------------------------------------------------


@dataclass
class Wine:
    """A Windows of its own: a fresh Wine prefix, with a home folder of its own (Wine links
    the Windows desktop and documents to it) and no menu entries on this machine."""

    prefix: Path
    env: dict[str, str]

    def run(self, *command: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["wine", *command],
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )

    def settle(self) -> None:
        """Wait until every Windows process ended and the registry is on disk."""
        subprocess.run(["wineserver", "-w"], env=self.env, check=True, timeout=300)

    @property
    def user(self) -> Path:
        users = self.prefix / "drive_c" / "users"
        return next(p for p in users.iterdir() if p.name.lower() != "public")

    def registry(self, hive: str) -> str:
        return (self.prefix / f"{hive}.reg").read_text(encoding="utf-8", errors="replace")

    def windows_path(self, path: Path) -> str:
        return "C:\\" + str(path.relative_to(self.prefix / "drive_c")).replace("/", "\\")


@pytest.fixture(scope="module")
def wine_factory() -> Iterator[list[Wine]]:
    made: list[Wine] = []
    yield made
    for wine in made:
        subprocess.run(["wineserver", "-k"], env=wine.env, capture_output=True, check=False)
        shutil.rmtree(wine.prefix.parent, ignore_errors=True)


def _new_wine(made: list[Wine]) -> Wine:
    folder = Path(tempfile.mkdtemp(prefix="lk40-wine-"))
    (folder / "home").mkdir()
    env = {
        **os.environ,
        "HOME": str(folder / "home"),
        "XDG_CONFIG_HOME": str(folder / "home" / ".config"),
        "XDG_DATA_HOME": str(folder / "home" / ".local" / "share"),
        "WINEPREFIX": str(folder / "prefix"),
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
        "DISPLAY": "",
    }
    wine = Wine(folder / "prefix", env)
    made.append(wine)
    subprocess.run(["wineboot", "--init"], env=env, capture_output=True, timeout=300, check=False)
    wine.settle()
    return wine


def _reg_key(path: str) -> str:
    return "[" + path.replace("\\", "\\\\") + "]"


def _python_imports(wine: Wine, folder: Path) -> None:
    """The installed Python starts and imports LK40's Qt-free packages, from bytecode only:
    nothing is written into the program folder."""
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    probe = (
        "import lk40_desktop, lk40_desktop.store, lk40_desktop.services, lk40_desktop.operations;"
        "import sys; print(lk40_desktop.__version__, sys.version.split()[0], sys.flags.isolated)"
    )
    result = _installed_python(wine, folder, probe)
    assert result.returncode == 0, result.stderr[-3000:]
    pin = windows_payload.read_embed_pin()
    assert result.stdout.split() == [__version__, pin.python, "1"]
    assert sorted(p.relative_to(folder) for p in folder.rglob("*")) == before


def _unimplemented(output: str) -> str | None:
    found = re.search(r"[Uu]nimplemented function (\S+?)(?: called|,|$)", output)
    missing = re.search(r"(\S+\.dll) not found|Library (\S+\.dll)", output)
    if found:
        return found[1]
    if missing:
        return missing[1] or missing[2]
    return None


@pytest.fixture(scope="module")
def nsis_installed(products: Products, wine_factory: list[Wine]) -> tuple[Wine, Path]:
    """The per-user installer run silently (/S) in a fresh Windows."""
    wine = _new_wine(wine_factory)
    result = wine.run(wine.windows_path(_copy_into(wine, products.setup)), "/S")
    assert result.returncode == 0, result.stderr[-3000:]
    wine.settle()
    return wine, wine.user / "AppData" / "Local" / "Programs" / PRODUCT_NAME


def _copy_into(wine: Wine, package: Path) -> Path:
    target = wine.prefix / "drive_c" / package.name
    shutil.copy(package, target)
    return target


@needs_wine
def test_nsis_installer_installs_per_user_silently(
    nsis_installed: tuple[Wine, Path], products: Products
) -> None:
    wine, target = nsis_installed
    for name in ("lk40.exe", "lk40-cli.exe", "lk40.ico", "uninstall.exe"):
        assert (target / name).is_file(), name
    assert (target / "python" / "lib" / "lk40_desktop" / "__init__.pyc").is_file()
    menu = wine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert (menu / PRODUCT_NAME / f"{PRODUCT_NAME}.lnk").is_file()
    assert (wine.user / "Desktop" / f"{PRODUCT_NAME}.lnk").is_file()
    registry = wine.registry("user")
    assert _reg_key("Software\\Classes\\.lk40") + " " in registry
    assert '@="LK40.Project"' in registry
    assert "lk40.exe,0" in registry, "the .lk40 icon"
    assert '\\"%1\\"' in registry, "double-click passes the project to lk40.exe"
    assert (
        _reg_key(f"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{APP_KEY}") in registry
    )
    assert f'"DisplayVersion"="{__version__}"' in registry
    assert '"QuietUninstallString"' in registry
    uninstaller = _verify_signature(target / "uninstall.exe", products.certificate.pem)
    assert "Signature verification: ok" in uninstaller.stdout, "NSIS signed its uninstaller"


@needs_wine
def test_installed_python_imports_the_qt_free_packages(nsis_installed: tuple[Wine, Path]) -> None:
    _python_imports(*nsis_installed)


@needs_wine
def test_self_test_under_wine(nsis_installed: tuple[Wine, Path]) -> None:
    wine, target = nsis_installed
    result = wine.run(wine.windows_path(target / "lk40-cli.exe"), "--self-test", timeout=600)
    lines = [line for line in result.stdout.splitlines() if line[:4] in {"ok  ", "FAIL"}]
    if result.returncode == 0:
        assert len(lines) == 8 and all(line.startswith("ok") for line in lines)
        return
    assert result.stdout.startswith(f"{PRODUCT_NAME} {__version__} self-test"), result.stderr
    cause = _unimplemented(result.stdout + result.stderr)
    if cause is None:
        pytest.fail(f"the self-test failed under Wine:\n{result.stdout}\n{result.stderr[-3000:]}")
    passed = [line.split()[1] for line in lines if line.startswith("ok")]

    def fails(name: str) -> bool:
        probe = _installed_python(wine, target, f"import {name}")
        return _unimplemented(probe.stdout + probe.stderr) is not None

    candidates = ("numpy", "lxml", "PIL", "matplotlib", "sqlalchemy")
    library = next((name for name in candidates if fails(name)), "an unknown library")
    pytest.skip(
        f"Wine cannot run {cause}, which {library} calls when it loads; "
        f"the self-test's checks before it passed: {passed}"
    )


def _installed_python(wine: Wine, folder: Path, code: str) -> subprocess.CompletedProcess[str]:
    return wine.run(wine.windows_path(folder / "python" / "python.exe"), "-I", "-c", code)


@needs_wine
def test_qt_under_wine(nsis_installed: tuple[Wine, Path]) -> None:
    wine, target = nsis_installed
    result = _installed_python(wine, target, "from PySide6 import QtWidgets; print(QtWidgets)")
    if result.returncode:
        reason = re.search(r"ImportError: (.*)", result.stderr)
        pytest.skip(
            f"Qt does not load under Wine ({reason[1] if reason else result.stderr[-300:]}): "
            "Qt6Core.dll needs icuuc.dll, the ICU of Windows 10 1903 and later, which Wine lacks"
        )
    assert "PySide6.QtWidgets" in result.stdout


@needs_wine
def test_nsis_update_replaces_the_program_and_keeps_the_users_files(
    nsis_installed: tuple[Wine, Path], products: Products
) -> None:
    """Installing over an installation (an update) leaves no file of the old program; with
    /NODESKTOP it puts no shortcut on the desktop."""
    wine, target = nsis_installed
    stale = target / "python" / "lib" / "lk40_desktop" / "from_an_older_version.py"
    stale.write_text("raise SystemExit('stale')\n", encoding="utf-8")
    saved = target / "Notizen.txt"
    saved.write_text("the user's own file", encoding="utf-8")
    desktop = wine.user / "Desktop" / f"{PRODUCT_NAME}.lnk"
    desktop.unlink()
    result = wine.run(wine.windows_path(_copy_into(wine, products.setup)), "/S", "/NODESKTOP")
    assert result.returncode == 0, result.stderr[-3000:]
    wine.settle()
    assert not stale.exists() and (target / "python" / "lib" / "lk40_desktop").is_dir()
    assert (target / "lk40.exe").is_file() and saved.read_text() == "the user's own file"
    assert not desktop.exists(), "/NODESKTOP"
    saved.unlink()


@needs_wine
def test_nsis_uninstaller_removes_the_program_and_leaves_the_projects(
    nsis_installed: tuple[Wine, Path],
) -> None:
    """Runs last of the NSIS tests (they share the installation)."""
    wine, target = nsis_installed
    documents = (wine.user / "Documents").resolve()  # Wine links it to the home folder
    documents.mkdir(parents=True, exist_ok=True)
    projects = [documents / "Workshop Kreistag.lk40", target / "Hier gespeichert.lk40"]
    for project in projects:
        project.write_bytes(b"SQLite format 3\x00 a user's project")
    result = wine.run(wine.windows_path(target / "uninstall.exe"), "/S")
    assert result.returncode == 0, result.stderr[-3000:]
    wine.settle()  # the uninstaller copies itself away and finishes in the background
    assert sorted(p.name for p in target.iterdir()) == ["Hier gespeichert.lk40"]
    assert all(project.read_bytes().endswith(b"a user's project") for project in projects)
    menu = wine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    assert (
        not (menu / PRODUCT_NAME).exists()
        and not (wine.user / "Desktop" / f"{PRODUCT_NAME}.lnk").exists()
    )
    registry = wine.registry("user")
    assert "LK40.Project" not in registry and f"Uninstall\\\\{APP_KEY}" not in registry


@needs_wine
def test_msi_installs_upgrades_and_uninstalls_per_machine(
    products: Products, wine_factory: list[Wine]
) -> None:
    wine = _new_wine(wine_factory)
    target = wine.prefix / "drive_c" / "Program Files" / PRODUCT_NAME
    older, newer = _copy_into(wine, products.older_msi), _copy_into(wine, products.msi)

    assert wine.run("msiexec", "/i", wine.windows_path(older), "/qn").returncode == 0
    wine.settle()
    assert (target / "obsolete.txt").is_file() and (target / "lk40.exe").is_file()
    assert f'"DisplayVersion"="{OLDER}"' in wine.registry("system")
    desktops = [wine.prefix / "drive_c" / "users" / "Public" / "Desktop", wine.user / "Desktop"]
    assert any((d / f"{PRODUCT_NAME}.lnk").is_file() for d in desktops), "desktop shortcut"

    assert wine.run("msiexec", "/i", wine.windows_path(newer), "/qn").returncode == 0
    wine.settle()
    registry = wine.registry("system")
    assert not (target / "obsolete.txt").exists(), "the upgrade removed the older version"
    assert (target / "lk40.exe").is_file() and (target / "python" / "python311.dll").is_file()
    assert f'"DisplayVersion"="{__version__}"' in registry
    assert f'"DisplayVersion"="{OLDER}"' not in registry, "one entry in Apps & Features"
    assert _reg_key("Software\\Classes\\.lk40") + " " in registry
    assert '"Content Type"="application/x-lk40"' in registry
    assert _reg_key(f"Software\\{APP_KEY}") in registry
    menus = [
        wine.prefix / "drive_c" / "ProgramData" / "Microsoft" / "Windows" / "Start Menu",
        wine.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu",
    ]  # Wine files the all-users menu under the installing user
    assert any(
        (menu / "Programs" / PRODUCT_NAME / f"{PRODUCT_NAME}.lnk").is_file() for menu in menus
    )
    _python_imports(wine, target)

    documents = (wine.user / "Documents").resolve()  # Wine links it to the home folder
    documents.mkdir(parents=True, exist_ok=True)
    project = documents / "Strategie.lk40"
    project.write_bytes(b"SQLite format 3\x00 a user's project")
    assert wine.run("msiexec", "/x", wine.windows_path(newer), "/qn").returncode == 0
    wine.settle()
    assert not target.exists(), "the program folder is gone"
    registry = wine.registry("system")
    assert "LK40.Project" not in registry and f"Software\\\\{APP_KEY}]" not in registry
    assert not any((menu / "Programs" / PRODUCT_NAME).exists() for menu in menus)
    assert not any((d / f"{PRODUCT_NAME}.lnk").exists() for d in desktops)
    assert project.read_bytes().endswith(b"a user's project")
