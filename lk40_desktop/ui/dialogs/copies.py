"""How the dialogs about personal data name the copies of a file the app knows it wrote: one
line per copy, worded by its kind — a copy saved from the app, the backup taken before the
file was migrated to a newer version, a group file — so the inventory ("Personenbezogene
Daten…") and the removal dialog say it alike."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.privacy import CopyRow


def copy_line(copy: CopyRow) -> str:
    """One known copy with the words for its kind (``FileCopy.kind``) and its path."""
    if copy.kind == "backup":
        text = QCoreApplication.translate(
            "KnownCopies", "Sicherung vor der Umstellung auf die neue Version: {path}"
        )
    elif copy.kind == "group":
        text = QCoreApplication.translate("KnownCopies", "Gruppendatei: {path}")
    else:
        text = QCoreApplication.translate("KnownCopies", "Kopie: {path}")
    return text.format(path=copy.path)


def copy_lines(copies: Iterable[CopyRow]) -> str:
    """Every known copy, one line each, in the order they were made."""
    return "\n".join(copy_line(copy) for copy in copies)
