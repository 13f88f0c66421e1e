"""Per-user preferences (language, recent projects, where the window was), stored with
QSettings in the OS's place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings

from lk40_desktop.i18n import LANGUAGES
from lk40_desktop.ui.window_geometry import Placement

MAX_RECENT = 10


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
