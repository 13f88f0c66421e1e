"""The banner above a project that is open read-only, saying why and what to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ReadOnlyBanner(QFrame):
    """Hidden for writable projects; otherwise explains and offers "save a copy"."""

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4c2; border-bottom: 1px solid #d9b600; }"
            "#readOnlyBanner QLabel { color: #4a3b00; }"
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        button = QPushButton(self.tr("Kopie speichern und bearbeiten…"))
        button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(button)
        self.hide()

    def set_state(self, reason: str | None) -> None:
        """Show the banner for a read-only reason ("media", "requested"), hide it for None."""
        if reason is None:
            self.hide()
            return
        if reason == "media":
            text = self.tr(
                "Schreibgeschützt: Die Datei liegt auf einem schreibgeschützten Datenträger "
                "oder ist als schreibgeschützt markiert. Änderungen sind nicht möglich."
            )
        else:
            text = self.tr(
                "Schreibgeschützt geöffnet: Das Projekt wird an anderer Stelle bearbeitet. "
                "Änderungen sind hier nicht möglich."
            )
        self.message.setText(text)
        self.show()
