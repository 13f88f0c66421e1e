"""Build LK40 Workshop-Studio's installers; every name, version and path comes from the
``lk40_desktop`` package, so the installers cannot disagree.

    python installer/build.py bundle     PyInstaller one-folder bundle → dist/lk40/
    python installer/build.py deb        Debian package from the bundle → dist/*.deb
    python installer/build.py windows    the Windows program folder → build/windows/root/
    python installer/build.py nsis       per-user Windows installer → dist/*-setup.exe
    python installer/build.py msi        per-machine Windows Installer package → dist/*.msi
    python installer/build.py lock       re-pin the Windows wheels (windows/requirements.txt)

``nsis`` and ``msi`` build the Windows program folder first (on any OS: CPython's embeddable
distribution, Windows wheels, LK40's wheel, a MinGW-built launcher); ``--payload DIR`` packs
another folder instead (a PyInstaller bundle made on Windows, or a stand-in in tests).
``--sign-pkcs12 FILE [--sign-password-file FILE] [--timestamp-url URL]`` signs the launchers,
the uninstaller and the installers with the county's or vendor's code-signing certificate.

Each step prints what it built, its size and how long it took.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import msi_package  # noqa: E402
import signing  # noqa: E402
import windows_payload  # noqa: E402

import lk40_desktop as app  # noqa: E402

BUILD = ROOT / "build" / "installer"
DIST = ROOT / "dist"
BUNDLE = DIST / "lk40"
INSTALLER = ROOT / "installer"
BIN = Path(sys.executable).parent


def size_mb(path: Path) -> float:
    """Size of a file or folder in MiB."""
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(item.lstat().st_size for item in path.rglob("*") if not item.is_dir()) / 2**20


def report(what: str, path: Path, started: float) -> None:
    print(f"{what}: {path} ({size_mb(path):.1f} MiB, {time.perf_counter() - started:.0f} s)")


def fill(template: Path, **values: str) -> str:
    """A template with @NAME@ placeholders filled in."""
    text = template.read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    return text


def product_values() -> dict[str, str]:
    return {
        "PRODUCT": app.PRODUCT_NAME,
        "VERSION": app.__version__,
        "PUBLISHER": app.PUBLISHER,
        "DESCRIPTION": app.DESCRIPTION,
        "MIME": app.MIME_TYPE,
        "SUFFIX": app.FILE_SUFFIX,
    }


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary name beside ``target`` that replaces it whole at the end: two builds that
    prepare at once (the tests build the .deb and the Windows packages side by side) never
    read each other's half-written icon or translation."""
    (BUILD / "tmp").mkdir(parents=True, exist_ok=True)  # the same file system: an atomic rename
    temporary = BUILD / "tmp" / f"{target.stem}.{os.getpid()}{target.suffix}"
    try:
        yield temporary
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)


def prepare() -> None:
    """Translations, icons and the Windows version resource: the inputs of the bundle."""
    BUILD.mkdir(parents=True, exist_ok=True)
    translations = ROOT / "resources" / "translations"
    with replacing(translations / "lk40_en.qm") as qm:
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(translations / "lk40_en.ts"),
                "-qm",
                str(qm),
            ],
            check=True,
        )
    render_icons()
    major, minor, patch = (int(part) for part in app.__version__.split(".")[:3])
    strings = ", ".join(
        f"StringStruct({key!r}, {value!r})"
        for key, value in (
            ("CompanyName", app.PUBLISHER),
            ("FileDescription", app.PRODUCT_NAME),
            ("FileVersion", app.__version__),
            ("ProductName", app.PRODUCT_NAME),
            ("ProductVersion", app.__version__),
            ("OriginalFilename", "lk40.exe"),
        )
    )
    numbers = f"({major}, {minor}, {patch}, 0)"
    with replacing(BUILD / "version_info.txt") as version_info:
        version_info.write_text(
            f"VSVersionInfo(ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}), kids=["
            f"StringFileInfo([StringTable('040704b0', [{strings}])]), "
            "VarFileInfo([VarStruct('Translation', [1031, 1200])])])\n",
            encoding="utf-8",
        )


def render_icons() -> None:
    """PNG and ICO from the one SVG icon (Qt renders, Pillow writes the ICO)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "lk40.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    with replacing(BUILD / "lk40.png") as png:
        image.save(str(png))
        with Image.open(png) as picture, replacing(BUILD / "lk40.ico") as ico:
            picture.save(
                ico,
                format="ICO",
                sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)],
            )
    del _app


def bundle() -> Path:
    """The PyInstaller one-folder bundle."""
    started = time.perf_counter()
    prepare()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(INSTALLER / "lk40.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    report("bundle", BUNDLE, started)
    return BUNDLE


def deb() -> Path:
    """A Debian package: /opt/lk40, /usr/bin/lk40, menu entry, icon and .lk40 MIME type."""
    started = time.perf_counter()
    if not (BUNDLE / "lk40").exists():
        raise SystemExit("no bundle: run `installer/build.py bundle` first")
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / "lk40"
    shutil.copytree(BUNDLE, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "lk40").symlink_to("/opt/lk40/lk40")
    values = product_values()
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / "lk40.desktop").write_text(
        fill(INSTALLER / "linux" / "lk40.desktop.in", **values), encoding="utf-8"
    )
    mime = root / "usr" / "share" / "mime" / "packages"
    mime.mkdir(parents=True)
    (mime / "lk40.xml").write_text(
        fill(INSTALLER / "linux" / "lk40-mime.xml.in", **values), encoding="utf-8"
    )
    for folder, source in (
        ("256x256", BUILD / "lk40.png"),
        ("scalable", ROOT / "resources" / "icons" / "lk40.svg"),
    ):
        target = root / "usr" / "share" / "icons" / "hicolor" / folder / "apps"
        target.mkdir(parents=True)
        shutil.copy(source, target / f"lk40{source.suffix}")
    debian = root / "DEBIAN"
    debian.mkdir()
    values["SIZE_KB"] = str(int(size_mb(root) * 1024))
    (debian / "control").write_text(
        fill(INSTALLER / "linux" / "control.in", **values), encoding="utf-8"
    )
    for script in ("postinst", "postrm"):
        shutil.copy(INSTALLER / "linux" / script, debian / script)
        (debian / script).chmod(0o755)
    output = DIST / f"lk40-workshop-studio_{app.__version__}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(output)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    report("deb", output, started)
    return output


def project_wheel() -> Path:
    """LK40's own wheel (with the compiled translation and the resources: after prepare)."""
    folder = BUILD / "wheel"
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(folder),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = folder.glob("lk40_desktop-*.whl")
    return wheel


def windows(signer: signing.Signer | None = None) -> Path:
    """The Windows program folder (build/windows/root), its launchers signed if asked."""
    started = time.perf_counter()
    prepare()
    root = windows_payload.assemble(project_wheel(), product_values(), BUILD / "lk40.ico")
    if signer is not None:
        for launcher in sorted(root.glob("*.exe")):
            signer.sign(launcher)
    report("windows program folder", root, started)
    return root


def _payload(given: Path | None, signer: signing.Signer | None) -> Path:
    if given is not None:
        if not (BUILD / "lk40.ico").exists():
            prepare()
        return given.resolve()
    return windows(signer)


def nsis(payload: Path | None = None, signer: signing.Signer | None = None) -> Path:
    """The per-user Windows installer around ``payload`` (default: the program folder)."""
    source = _payload(payload, signer)
    started = time.perf_counter()
    output = DIST / f"LK40-Workshop-Studio-{app.__version__}-setup.exe"
    DIST.mkdir(exist_ok=True)
    values = product_values()
    # What the uninstaller removes: exactly what the installer put there (a user who chose
    # an existing folder such as "Documents" keeps everything else in it).
    entries = sorted(source.iterdir())
    (BUILD / "payload_entries.nsh").write_text(
        "".join(
            f'  RMDir /r "$INSTDIR\\{entry.name}"\n'
            if entry.is_dir()
            else f'  Delete "$INSTDIR\\{entry.name}"\n'
            for entry in entries
        ),
        encoding="utf-8",
    )
    defines = [
        f"-DPRODUCT={values['PRODUCT']}",
        f"-DVERSION={values['VERSION']}",
        f"-DPUBLISHER={values['PUBLISHER']}",
        f"-DSOURCE_DIR={source}",
        f"-DICON={BUILD / 'lk40.ico'}",
        f"-DOUTFILE={output}",
        f"-DPAYLOAD_ENTRIES={BUILD / 'payload_entries.nsh'}",
    ]
    if signer is not None:
        defines.append(f"-DSIGN_COMMAND={signer.command_line()}")
    subprocess.run(
        [
            shutil.which("makensis") or "makensis",
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            *defines,
            str(INSTALLER / "windows" / "lk40.nsi"),
        ],
        check=True,
        env={**os.environ, **(signer.environment() if signer else {})},
    )
    if signer is not None:
        signer.sign(output)
    report("installer", output, started)
    return output


def msi(
    payload: Path | None = None,
    signer: signing.Signer | None = None,
    version: str | None = None,
) -> Path:
    """The per-machine Windows Installer package around ``payload`` (default: the program
    folder); ``version`` overrides the product's (the upgrade test builds two)."""
    source = _payload(payload, signer)
    started = time.perf_counter()
    values = {**product_values(), "VERSION": version or app.__version__}
    DIST.mkdir(exist_ok=True)
    output = DIST / f"LK40-Workshop-Studio-{values['VERSION']}.msi"
    msi_package.build(source, values, BUILD / "lk40.ico", output, BUILD / "msi")
    if signer is not None:
        signer.sign(output)
    report("msi", output, started)
    return output


def lock() -> Path:
    """Re-pin the Windows wheels to the versions installed here."""
    path = windows_payload.write_lock()
    print(f"lock: {path}")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", choices=("bundle", "deb", "windows", "nsis", "msi", "lock"))
    parser.add_argument("--payload", type=Path, help="folder the Windows installers install")
    parser.add_argument("--version", help="product version of the MSI (default: the app's)")
    signing.add_arguments(parser)
    args = parser.parse_args()
    signer = signing.Signer.from_arguments(args)
    steps: dict[str, Callable[[], Path]] = {
        "bundle": bundle,
        "deb": deb,
        "windows": lambda: windows(signer),
        "nsis": lambda: nsis(args.payload, signer),
        "msi": lambda: msi(args.payload, signer, args.version),
        "lock": lock,
    }
    steps[args.step]()


if __name__ == "__main__":
    main()
