"""Per-user preferences (language, recent projects, where the window was), stored with
QSettings in the OS's place."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QSettings

from lk40_desktop.i18n import LANGUAGES
from lk40_desktop.ui.window_geometry import Placement

MAX_RECENT = 10
MAX_IMPORT_MAPPINGS = 30
"""Header sets whose column choices are remembered (the oldest is forgotten)."""


class Preferences:
    """Typed access to the few settings LK40 keeps outside project files."""

    def __init__(self) -> None:
        self._settings = QSettings()

    @property
    def language(self) -> str | None:
        """The chosen UI language, or None before the first start has chosen one."""
        value = self._settings.value("ui/language")
        return str(value) if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    def _strings(self, key: str) -> list[str]:
        """A stored list of strings (QSettings returns a lone str for a list of one)."""
        value = self._settings.value(key) or []
        return [value] if isinstance(value, str) else [str(item) for item in value]

    def recent_files(self) -> list[Path]:
        """Recently opened projects, newest first."""
        return [Path(item) for item in self._strings("files/recent") if item]

    def add_recent(self, path: Path) -> None:
        """Put a project at the top of the recent list."""
        items = [path, *(item for item in self.recent_files() if item != path)][:MAX_RECENT]
        self._settings.setValue("files/recent", [str(item) for item in items])

    def remove_recent(self, path: Path) -> None:
        """Drop a project from the recent list (e.g. it no longer exists)."""
        self._settings.setValue(
            "files/recent", [str(item) for item in self.recent_files() if item != path]
        )

    def was_hinted(self, path: Path) -> bool:
        """Whether the user was told once that this file lies on a share or synced folder."""
        return str(path) in self._strings("files/remote_hinted")

    def mark_hinted(self, path: Path) -> None:
        """Remember that the share hint for this file was shown."""
        items = [*self._strings("files/remote_hinted"), str(path)][-50:]
        self._settings.setValue("files/remote_hinted", items)

    def import_choices(self, kind: str, titles: Sequence[str]) -> dict[str, str]:
        """The column choices of the last import of a list of ``kind`` with these column
        titles (title key → field, "" for not imported); empty for a list not seen before."""
        stored = self._import_choices(kind)
        return dict(stored.get(_header_set(titles), {}))

    def remember_import_choices(
        self, kind: str, titles: Sequence[str], choices: Mapping[str, str]
    ) -> None:
        """Remember the column choices of an import for the next list with these titles."""
        key = _header_set(titles)
        stored = {key: dict(choices)} | {
            other: value for other, value in self._import_choices(kind).items() if other != key
        }
        kept = dict(list(stored.items())[:MAX_IMPORT_MAPPINGS])
        self._settings.setValue(f"imports/{kind}", json.dumps(kept, ensure_ascii=False))

    def _import_choices(self, kind: str) -> dict[str, dict[str, str]]:
        try:
            stored = json.loads(str(self._settings.value(f"imports/{kind}", "{}")))
        except ValueError:  # written by hand or by a damaged settings file: start afresh
            return {}
        return stored if isinstance(stored, dict) else {}

    @property
    def window_placement(self) -> Placement | None:
        """Where the main window was when it was last closed (None before that)."""
        geometry = self._settings.value("window/geometry")
        if not isinstance(geometry, QRect) or not geometry.isValid():
            return None
        maximized = str(self._settings.value("window/maximized", "false")).lower() == "true"
        return Placement(geometry, maximized, str(self._settings.value("window/screen", "")))

    @window_placement.setter
    def window_placement(self, placement: Placement) -> None:
        self._settings.setValue("window/geometry", placement.geometry)
        self._settings.setValue("window/maximized", placement.maximized)
        self._settings.setValue("window/screen", placement.screen)


def _header_set(titles: Sequence[str]) -> str:
    """One key for a set of column titles, whatever their order (a list saved again with
    its columns moved is the same list)."""
    joined = "\x1f".join(sorted({title for title in titles if title}))
    return hashlib.sha1(joined.encode(), usedforsecurity=False).hexdigest()
