"""The words of the export's pre-flight findings (``export.job.preflight``): what the
export report says beside the files written."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from lk40_desktop.export.job import (
    CHAPTER_EMPTY,
    GOAL_NO_INDICATOR,
    LOGO_UNREADABLE,
    NO_COST,
    NO_LEAD,
    QUICK_WIN_OVERRULED,
    QUICK_WIN_UNFLAGGED,
    STYLE_ADDED,
    UNSCORED,
    Finding,
)
from lk40_desktop.ui.widgets.chapters import chapter_labels


class FindingWords(QObject):
    """One sentence per finding, styles added by the template gathered in one."""

    def lines(self, findings: Sequence[Finding]) -> list[str]:
        """The findings in the UI's words."""
        styles = [f.subject for f in findings if f.key == STYLE_ADDED]
        lines = []
        if styles:
            lines.append(
                self.tr(
                    "Der Vorlage fehlten Formatvorlagen; sie wurden aus der Standardvorlage "
                    "ergänzt: {styles}."
                ).format(styles=", ".join(styles))
            )
        for finding in findings:
            if finding.key == QUICK_WIN_UNFLAGGED:
                lines.append(
                    self.tr(
                        "„{title}“ ist nach der Bewertung ein Quick Win, im Steckbrief aber "
                        "nicht markiert."
                    ).format(title=finding.subject)
                )
            elif finding.key == QUICK_WIN_OVERRULED:
                lines.append(
                    self.tr(
                        "„{title}“ ist im Steckbrief als Quick Win markiert, liegt nach der "
                        "Bewertung aber nicht im Quadranten „Quick Wins“."
                    ).format(title=finding.subject)
                )
            elif finding.key == LOGO_UNREADABLE:
                lines.append(
                    self.tr("Das Wappen des Projekts ist kein lesbares Bild; es fehlt im Papier.")
                )
            elif finding.key in self._strategy_words():
                lines.append(self.line(finding))
        return lines

    def _strategy_words(self) -> dict[str, str]:
        return {
            CHAPTER_EMPTY: self.tr("Kapitel „{subject}“ ist leer und fehlt im Papier."),
            NO_LEAD: self.tr("„{subject}“ hat keine Federführung."),
            NO_COST: self.tr("„{subject}“ hat keine Kostenschätzung."),
            UNSCORED: self.tr("„{subject}“ ist nicht bewertet und hat keinen Rang."),
            GOAL_NO_INDICATOR: self.tr("Ziel „{subject}“ hat keinen Indikator oder Zielwert."),
        }

    def line(self, finding: Finding) -> str:
        """One finding of the strategy in the UI's words (an empty field chapter named with
        its action field: "Breitband: Ziele")."""
        subject = finding.subject
        if finding.key == CHAPTER_EMPTY:
            key, _, field = subject.partition("|")
            name = chapter_labels().get(key, key)
            subject = f"{field}: {name}" if field else name
        return self._strategy_words()[finding.key].format(subject=subject)
