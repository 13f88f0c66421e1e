"""The offline user guide: HTML shipped in ``resources/help/<lang>/``, shown in a text browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from lk40_desktop.paths import resource


def guide_path(language: str) -> Path:
    """The start page of the user guide in ``language`` (German when unknown)."""
    path = resource("help", language, "index.html")
    return path if path.exists() else resource("help", "de", "index.html")


class UserGuideDialog(QDialog):
    """A non-modal window with the user guide; links inside the guide work, none leave it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Benutzerhandbuch"))
        self.resize(820, 680)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Benutzerhandbuch"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
