"""Build LK40 Workshop-Studio's installers; every name, version and path comes from the
``lk40_desktop`` package, so the three installers cannot disagree.

    python installer/build.py bundle            PyInstaller one-folder bundle → dist/lk40/
    python installer/build.py deb               Debian package from the bundle → dist/*.deb
    python installer/build.py nsis [--payload DIR]
                                                Windows installer (makensis) → dist/*-setup.exe;
                                                DIR defaults to the bundle (on Windows)

Each step prints what it built, its size and how long it took.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def prepare() -> None:
    """Translations, icons and the Windows version resource: the inputs of the bundle."""
    BUILD.mkdir(parents=True, exist_ok=True)
    translations = ROOT / "resources" / "translations"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(translations / "lk40_en.ts"),
            "-qm",
            str(translations / "lk40_en.qm"),
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
    (BUILD / "version_info.txt").write_text(
        f"VSVersionInfo(ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}), kids=["
        f"StringFileInfo([StringTable('040704b0', [{strings}])]), "
        "VarFileInfo([VarStruct('Translation', [1031, 1200])])])\n",
        encoding="utf-8",
    )


def render_icons() -> None:
    """PNG and ICO from the one SVG icon (Qt renders, Pillow writes the ICO)."""
    import os

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
    png = BUILD / "lk40.png"
    image.save(str(png))
    with Image.open(png) as picture:
        picture.save(
            BUILD / "lk40.ico",
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


def nsis(payload: Path | None = None) -> Path:
    """The Windows installer; ``payload`` is the folder it installs (the Windows bundle)."""
    started = time.perf_counter()
    if not (BUILD / "lk40.ico").exists():
        prepare()
    source = (payload or BUNDLE).resolve()
    output = DIST / f"LK40-Workshop-Studio-{app.__version__}-setup.exe"
    DIST.mkdir(exist_ok=True)
    values = product_values()
    makensis = shutil.which("makensis") or "makensis"
    subprocess.run(
        [
            makensis,
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            f"-DPRODUCT={values['PRODUCT']}",
            f"-DVERSION={values['VERSION']}",
            f"-DPUBLISHER={values['PUBLISHER']}",
            f"-DSOURCE_DIR={source}",
            f"-DICON={BUILD / 'lk40.ico'}",
            f"-DOUTFILE={output}",
            str(INSTALLER / "windows" / "lk40.nsi"),
        ],
        check=True,
    )
    report("installer", output, started)
    return output


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", choices=("bundle", "deb", "nsis"))
    parser.add_argument("--payload", type=Path, help="folder the Windows installer installs")
    args = parser.parse_args()
    {"bundle": bundle, "deb": deb}.get(args.step, lambda: nsis(args.payload))()


if __name__ == "__main__":
    main()
