"""The user's words for why an operation refused an edit (``operations.edit.Refusal``).

Operations are Qt-free and name a reason; the GUI says it in the UI language, once for every
page: the main window's status bar shows any refusal, a page may show it where the user looks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk40_desktop.operations.edit import EditRefusedError, Refusal


def refusal_text(error: EditRefusedError) -> str:
    """One sentence for the user; ``error.detail`` fills a name where the sentence has one."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Refusal", text)

    texts = {
        Refusal.EMPTY_TEXT: tr("Ein leerer Text ist nicht möglich – der bisherige bleibt."),
        Refusal.NO_DOTS_LEFT: tr("{voter} hat keine Punkte mehr."),
        Refusal.NO_DOT_TO_TAKE_BACK: tr("Auf dieser Karte ist kein Punkt zum Zurücknehmen."),
        Refusal.NEGATIVE_WEIGHT: tr("Gewichte dürfen nicht negativ sein."),
        Refusal.NO_WEIGHT_LEFT: tr(
            "Die Summe der Gewichte darf nicht null sein – sonst zählt kein Kriterium."
        ),
        Refusal.EMPTY_SCALE: tr("Das Skalenende muss über dem Skalenanfang liegen."),
        Refusal.OUT_OF_SCALE: tr("Die Bewertung liegt außerhalb der Skala des Kriteriums."),
        Refusal.NEGATIVE_COST: tr("Bitte einen Betrag in Euro eingeben, z. B. 250.000"),
        Refusal.MIXED_FIELDS: tr("Ein Cluster fasst nur Karten eines Handlungsfelds zusammen."),
        Refusal.SELF_RELATION: tr("Eine Beziehung verbindet zwei verschiedene Stakeholder."),
    }
    return texts[error.refusal].format(voter=error.detail)
