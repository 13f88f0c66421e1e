"""The report after an import: how many rows came in, were merged into what the project had,
were kept beside it or skipped — every skipped row with its reason, every value left out —
and that one Ctrl+Z takes the whole import back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.services.imports.mapping import ColumnMapping, Kind
from lk40_desktop.services.imports.plan import ImportPlan
from lk40_desktop.ui.dialogs.import_words import merged_text, noted_text, skipped_text
from lk40_desktop.ui.widgets.display import shown

SHOWN_LINES = 500
"""Skipped rows and left-out values listed (the rest are counted)."""


class ImportReport(QDialog):
    """What an import did, row by row where a row did not come in whole."""

    def __init__(
        self,
        kind: Kind,
        plan: ImportPlan,
        unmapped: list[str],
        imported: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import abgeschlossen"))
        self.kind = kind
        self.summary = QLabel(self._summary(plan, imported))
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit("\n".join(self._lines(plan, unmapped)))
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Einzelheiten des Imports"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        label = QLabel(self.tr("&Einzelheiten:"))
        label.setBuddy(self.details)
        layout.addWidget(label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _summary(self, plan: ImportPlan, imported: bool) -> str:
        counts = {
            "new": len(plan.new),
            "merged": len(plan.merges),
            "skipped": len(plan.skipped),
        }
        text = (
            self.tr(
                "Stakeholder übernommen: {new}. Zusammengeführt: {merged}. Übersprungen: {skipped}."
            )
            if self.kind == "stakeholder"
            else self.tr(
                "Karten übernommen: {new}. Zusammengeführt: {merged}. Übersprungen: {skipped}."
            )
        ).format(**counts)
        undo = (
            self.tr("Der ganze Import lässt sich mit Strg+Z in einem Schritt zurücknehmen.")
            if imported
            else self.tr("Es wurde nichts geändert.")
        )
        return f"<b>{text}</b><br>{undo}"

    def _lines(self, plan: ImportPlan, unmapped: list[str]) -> list[str]:
        lines = []
        if plan.groups:
            names = ", ".join(shown(name) for name in plan.groups.values())
            lines.append(self.tr("Neue Stakeholder-Gruppen: {names}").format(names=names))
        if plan.kept:
            lines.append(
                self.tr("{count} doppelte Zeilen als eigene Einträge übernommen").format(
                    count=len(plan.kept)
                )
            )
        rows = [merged_text(self.kind, match) for match in plan.merges]
        rows += [skipped_text(self.kind, row) for row in plan.skipped]
        rows += [noted_text(self.kind, noted) for noted in plan.noted]
        if len(rows) > SHOWN_LINES:
            more = self.tr("… und {count} weitere").format(count=len(rows) - SHOWN_LINES)
            rows = [*rows[:SHOWN_LINES], more]
        lines += rows
        if plan.cut:
            lines.append(
                self.tr("{count} Texte über 100.000 Zeichen wurden gekürzt").format(count=plan.cut)
            )
        if unmapped:
            lines.append(
                self.tr("Nicht übernommene Spalten: {names}").format(names=", ".join(unmapped))
            )
        return lines or [self.tr("Alle Zeilen wurden vollständig übernommen.")]


def unmapped_columns(header: list[str], mapping: ColumnMapping) -> list[str]:
    """The titles of the columns not imported, as the report lists them."""
    return [
        shown(title) or QCoreApplication.translate("ImportReport", "Spalte {n}").format(n=number)
        for number, (title, field) in enumerate(zip(header, mapping, strict=True), start=1)
        if field is None
    ]
