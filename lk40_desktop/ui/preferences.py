"""Per-user preferences (language, recent projects), stored with QSettings in the OS's place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from lk40_desktop.i18n import LANGUAGES

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
