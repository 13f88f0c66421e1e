"""The pre-flight check on the export page: what the strategy still lacks, one entry each,
and Enter or a double click on an entry goes to where it is fixed (the chapter's text, the
field's goals, the measure's profile). The export runs all the same; the list only says what
the paper will leave out or print without."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lk40_desktop.export.job import Finding
from lk40_desktop.ui.export.findings import FindingWords


class PreflightList(QGroupBox):
    """The findings of the last check; ``chosen`` carries an entry's place (kind, where)."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prüfung vor dem Export"), parent)
        self.entries = QListWidget()
        self.entries.setObjectName("preflightList")
        self.entries.setAccessibleName(self.tr("Prüfung vor dem Export"))
        self.entries.setWordWrap(True)
        self.entries.itemActivated.connect(self._activated)
        QVBoxLayout(self).addWidget(self.entries)
        self.show_findings(None)

    def show_findings(self, findings: Sequence[Finding] | None) -> None:
        """List what a check found (None: not checked yet; empty: nothing is missing)."""
        self.entries.clear()
        if findings is None:
            self.entries.addItem(self.tr("Noch nicht geprüft."))
            return
        words = FindingWords(self)
        placed = [finding for finding in findings if finding.place[0]]
        for finding in placed:
            item = QListWidgetItem(words.line(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding.place)
            item.setToolTip(self.tr("Eingabe oder Doppelklick: dorthin, wo es sich beheben lässt"))
            self.entries.addItem(item)
        if not placed:
            self.entries.addItem(
                self.tr("Nichts fehlt: jedes Kapitel und jede Maßnahme ist vollständig.")
            )

    def _activated(self, item: QListWidgetItem) -> None:
        place = item.data(Qt.ItemDataRole.UserRole)
        if place:
            kind, where = place
            self.chosen.emit(str(kind), str(where))
