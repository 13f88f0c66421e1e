"""Where the app finds its shipped resources and keeps its own files (log, demo project).

Resources live in the top-level ``resources/`` folder of the source tree; a wheel carries
them as ``lk40_desktop/_resources`` and a PyInstaller bundle as ``resources/`` beside the
executable. Per-user locations come from platformdirs so they follow each OS's rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from lk40_desktop import FILE_SUFFIX, PRODUCT_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def as_project_file(path: Path) -> Path:
    """A file name chosen in a dialog as a project file: ``.lk40`` added unless it ends so."""
    return path if path.suffix.lower() == FILE_SUFFIX else path.with_name(path.name + FILE_SUFFIX)


def resource_dir() -> Path:
    """The folder of shipped resources (help, translations, icons, templates)."""
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "resources" if hasattr(sys, "_MEIPASS") else None,
        _PACKAGE_DIR / "_resources",
        _PACKAGE_DIR.parent / "resources",
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise FileNotFoundError("LK40 resources folder not found; the installation is incomplete")


def resource(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resource_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder for LK40 (demo project); created on demand."""
    path = Path(platformdirs.user_data_dir(PRODUCT_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """The app's log file, in the user's log folder."""
    folder = Path(platformdirs.user_log_dir(PRODUCT_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "lk40.log"
