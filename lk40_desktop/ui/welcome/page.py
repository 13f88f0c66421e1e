"""The welcome screen: recent projects and the ways to start."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop import PRODUCT_NAME, __version__
from lk40_desktop.paths import resource
from lk40_desktop.ui.preferences import Preferences

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    """Shown when no project is open; every button has a keyboard mnemonic."""

    new_from_template = Signal()
    new_blank = Signal()
    open_requested = Signal()
    open_demo = Signal()
    open_recent = Signal(Path)

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.template_button = QCommandLinkButton(
            self.tr("&Neues Projekt (Vorlage Landkreis 4.0)"),
            self.tr("Mit den neun Handlungsfeldern und den Bewertungskriterien beginnen"),
        )
        self.blank_button = QCommandLinkButton(
            self.tr("&Leeres Projekt"), self.tr("Ohne Handlungsfelder beginnen")
        )
        self.open_button = QCommandLinkButton(
            self.tr("Projekt ö&ffnen…"),
            self.tr("Eine .lk40-Datei vom Rechner, Stick oder Netzlaufwerk"),
        )
        self.demo_button = QCommandLinkButton(
            self.tr("D&emo-Projekt öffnen"),
            self.tr("Der „Musterlandkreis“ mit Beispieldaten zum Ausprobieren"),
        )
        self.template_button.clicked.connect(self.new_from_template)
        self.blank_button.clicked.connect(self.new_blank)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.open_demo)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.itemActivated.connect(self._activate)
        self.empty_hint = QLabel(self.tr("Noch keine Projekte geöffnet."))
        self.empty_hint.setObjectName("hint")

        columns = QHBoxLayout()
        columns.addLayout(self._start_column(), 1)
        columns.addSpacing(32)
        columns.addLayout(self._recent_column(), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addLayout(self._heading())
        layout.addSpacing(28)
        layout.addLayout(columns, 1)
        self.refresh()

    def _heading(self) -> QHBoxLayout:
        logo = QLabel()
        logo.setPixmap(QIcon(str(resource("icons", "lk40.svg"))).pixmap(QSize(72, 72)))
        title = QLabel(f"<h1 style='margin:0; color:#1f4e79'>{PRODUCT_NAME}</h1>")
        subtitle = QLabel(
            self.tr(
                "Workshops und Strategiepapier für die Digitalisierungsstrategie „Landkreis 4.0“"
            )
            + f" · {__version__}"
        )
        subtitle.setObjectName("welcomeSubtitle")
        heading_text = QVBoxLayout()
        heading_text.addWidget(title)
        heading_text.addWidget(subtitle)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addSpacing(12)
        heading.addLayout(heading_text, 1)
        return heading

    def _start_column(self) -> QVBoxLayout:
        actions = QVBoxLayout()
        for button in (self.template_button, self.blank_button, self.open_button, self.demo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _recent_column(self) -> QVBoxLayout:
        recent_label = QLabel(self.tr("&Zuletzt geöffnet"))
        recent_label.setObjectName("sectionTitle")
        recent_label.setBuddy(self.recent)
        recent_column = QVBoxLayout()
        recent_column.addWidget(recent_label)
        recent_column.addWidget(self.recent, 1)
        recent_column.addWidget(self.empty_hint)
        return recent_column

    def refresh(self) -> None:
        """Re-read the recent list; files that are gone are shown greyed out."""
        self.recent.clear()
        for path in self.preferences.recent_files():
            exists = path.exists()
            folder = str(path.parent)
            if not exists:
                folder = self.tr("nicht gefunden: {folder}").format(folder=folder)
            item = QListWidgetItem()
            item.setData(PATH_ROLE, str(path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{path.stem}, {folder}")
            item.setToolTip(str(path))
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            label = QLabel(
                f"<b>{html.escape(path.stem)}</b><br>"
                f"<span style='color:#666666'>{html.escape(folder)}</span>"
            )
            label.setContentsMargins(8, 6, 8, 6)
            label.setEnabled(exists)
            item.setSizeHint(label.sizeHint())
            self.recent.addItem(item)
            self.recent.setItemWidget(item, label)
        self.empty_hint.setVisible(self.recent.count() == 0)

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_recent.emit(Path(item.data(PATH_ROLE)))
