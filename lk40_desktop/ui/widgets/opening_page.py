"""What the project area shows while a file opens at start-up: the file's name and a busy
bar. The window is painted with it before the ORM and the project load (≈ half a second), so
a double-click shows a window at once; nothing on it can be edited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

BUSY_WIDTH = 260


class OpeningPage(QWidget):
    """The name of the file being opened over a busy bar (a range of 0 to 0 moves by itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.name = QLabel()
        self.name.setObjectName("openingName")
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(BUSY_WIDTH)
        self.busy.setAccessibleName(self.tr("Projekt wird geöffnet"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.name)
        layout.addSpacing(12)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_name(self, name: str) -> None:
        """Say which file opens."""
        self.name.setText(self.tr("„{name}“ wird geöffnet …").format(name=name))
