"""The words of the export's pre-flight findings (``export.job.preflight``): what the
export report says beside the files written."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from lk40_desktop.export.job import (
    LOGO_UNREADABLE,
    QUICK_WIN_OVERRULED,
    QUICK_WIN_UNFLAGGED,
    STYLE_ADDED,
    Finding,
)


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
        return lines
