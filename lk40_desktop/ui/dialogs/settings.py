"""The settings dialog: the UI language (more settings join as editors need them)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from lk40_desktop.ui.preferences import Preferences


class SettingsDialog(QDialog):
    """Lets the user choose German or English; the choice applies at the next start."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einstellungen"))
        self.preferences = preferences
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language or "de")))
        hint = QLabel(self.tr("Die Sprache wird beim nächsten Start übernommen."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Sprache der Oberfläche:"), self.language)
        layout.addRow(hint)
        layout.addRow(buttons)

    def accept(self) -> None:
        self.preferences.language = str(self.language.currentData())
        super().accept()
