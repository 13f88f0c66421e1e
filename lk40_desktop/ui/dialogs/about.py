"""The About box: product, version, and the bundled libraries with their licences."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from lk40_desktop import PRODUCT_NAME, PUBLISHER, __version__


@dataclass(frozen=True)
class Component:
    """A bundled third-party component and its licence."""

    name: str
    version: str
    licence: str


# The licence of each distribution as published by its project; metadata fields are too
# inconsistent across packages (free text, classifiers, SPDX) to show them raw.
_LICENCES = {
    "PySide6-Essentials": "LGPL-3.0-only",
    "shiboken6": "LGPL-3.0-only",
    "SQLAlchemy": "MIT",
    "alembic": "MIT",
    "Mako": "MIT",
    "platformdirs": "MIT",
    "matplotlib": "Matplotlib License (PSF-based)",
    "numpy": "BSD-3-Clause",
    "openpyxl": "MIT",
    "python-docx": "MIT",
    "lxml": "BSD-3-Clause",
    "Pillow": "MIT-CMU (HPND)",
}


def bundled_components() -> list[Component]:
    """The libraries LK40 ships with, their installed versions and licences."""
    components = [Component("Qt", qVersion(), "LGPL-3.0-only")]
    for name, licence in _LICENCES.items():
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = PySide6.__version__ if name.startswith(("PySide6", "shiboken")) else "–"
        components.append(Component(name, version, licence))
    return components


class AboutDialog(QDialog):
    """Shows the version and the licences of the bundled libraries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über {product}").format(product=PRODUCT_NAME))
        self.resize(560, 520)
        heading = QLabel(
            f"<h2>{PRODUCT_NAME}</h2>"
            + self.tr(
                "<p>Version {version}</p><p>Workshops und Strategiepapier für die "
                "Digitalisierungsstrategie „Landkreis 4.0“.</p><p>© {publisher}</p>"
            ).format(version=__version__, publisher=PUBLISHER)
        )
        heading.setWordWrap(True)
        rows = "".join(
            f"<tr><td>{item.name}</td><td>{item.version}</td><td>{item.licence}</td></tr>"
            for item in bundled_components()
        )
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Lizenzen"))
        self.licences.setHtml(
            "<p>"
            + self.tr("Enthaltene Bibliotheken und ihre Lizenzen:")
            + "</p>"
            + "<table cellpadding='3'><tr><th align='left'>"
            + self.tr("Bibliothek")
            + "</th><th align='left'>"
            + self.tr("Version")
            + "</th><th align='left'>"
            + self.tr("Lizenz")
            + f"</th></tr>{rows}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
