"""The user's words for why an operation refused an edit (``operations.edit.Refusal``).

Operations are Qt-free and name a reason; the GUI says it in the UI language, once for every
page: the main window's status bar shows any refusal, a page may show it where the user looks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk40_desktop.operations.edit import EditRefusedError, Refusal


def refusal_text(error: EditRefusedError) -> str:
    """One sentence for the user; ``error.detail`` fills a name where the sentence has one."""

    # Literal translate() calls, so that lupdate files them under the "Refusal" context.
    texts = {
        Refusal.EMPTY_TEXT: QCoreApplication.translate(
            "Refusal", "Ein leerer Text ist nicht möglich – der bisherige bleibt."
        ),
        Refusal.NO_DOTS_LEFT: QCoreApplication.translate(
            "Refusal", "{voter} hat keine Punkte mehr."
        ),
        Refusal.NO_DOT_TO_TAKE_BACK: QCoreApplication.translate(
            "Refusal", "Auf dieser Karte ist kein Punkt zum Zurücknehmen."
        ),
        Refusal.NEGATIVE_WEIGHT: QCoreApplication.translate(
            "Refusal", "Gewichte dürfen nicht negativ sein."
        ),
        Refusal.NO_WEIGHT_LEFT: QCoreApplication.translate(
            "Refusal", "Die Summe der Gewichte darf nicht null sein – sonst zählt kein Kriterium."
        ),
        Refusal.EMPTY_SCALE: QCoreApplication.translate(
            "Refusal", "Das Skalenende muss über dem Skalenanfang liegen."
        ),
        Refusal.OUT_OF_SCALE: QCoreApplication.translate(
            "Refusal", "Die Bewertung liegt außerhalb der Skala des Kriteriums ({detail})."
        ),
        Refusal.NEGATIVE_COST: QCoreApplication.translate(
            "Refusal", "Bitte einen Betrag in Euro eingeben, z. B. 250.000"
        ),
        Refusal.MIXED_FIELDS: QCoreApplication.translate(
            "Refusal", "Ein Cluster fasst nur Karten eines Handlungsfelds zusammen."
        ),
        Refusal.SELF_RELATION: QCoreApplication.translate(
            "Refusal", "Eine Beziehung verbindet zwei verschiedene Stakeholder."
        ),
        Refusal.BAD_YEAR: QCoreApplication.translate(
            "Refusal", "Bitte ein Zieljahr zwischen 2000 und 2100 eingeben, z. B. 2030."
        ),
        Refusal.BAD_QUARTER: QCoreApplication.translate(
            "Refusal",
            "Bitte das Startquartal als Quartal und Jahr zwischen 2000 und 2100 eingeben, "
            "z. B. Q2 2027 oder 2/2027.",
        ),
        Refusal.NEGATIVE_AMOUNT: QCoreApplication.translate(
            "Refusal", "Beträge und Personal dürfen nicht negativ sein."
        ),
        Refusal.NO_ROUND: QCoreApplication.translate(
            "Refusal", "Punkte gehören in eine Abstimmungsrunde – bitte erst eine Runde beginnen."
        ),
        Refusal.ROUND_CLOSED: QCoreApplication.translate(
            "Refusal",
            "Die Runde „{detail}“ ist abgeschlossen und nimmt keine Punkte mehr an – "
            "für weitere Punkte eine neue Runde beginnen.",
        ),
        Refusal.EMPTY_ROUND: QCoreApplication.translate(
            "Refusal", "In dieser Runde liegt noch kein Punkt – sie bleibt offen."
        ),
        Refusal.REVEALED: QCoreApplication.translate(
            "Refusal",
            "Die verdeckte Runde „{detail}“ ist aufgedeckt: der Raum hat die Punkte gesehen. "
            "Für eine neue verdeckte Abstimmung eine neue Runde beginnen.",
        ),
        Refusal.NAMED_VOTER: QCoreApplication.translate(
            "Refusal",
            "In dieser Runde stimmen Personen anonym mit Nummern ab: bitte eine Nummer statt "
            "„{detail}“ eingeben.",
        ),
        Refusal.BAD_TIME: QCoreApplication.translate(
            "Refusal",
            "„{detail}“ ist keine Uhrzeit: bitte den Beginn als Stunde und Minute eingeben, "
            "z. B. 18:30.",
        ),
        Refusal.BAD_MINUTES: QCoreApplication.translate(
            "Refusal", "Ein Programmpunkt dauert 1 bis 600 Minuten."
        ),
        Refusal.SHEET_REFUSED: QCoreApplication.translate(
            "Refusal",
            "„{detail}“ ist kein Bewertungsbogen dieses Projekts, der sich einlesen lässt; "
            "es wurde nichts eingelesen.",
        ),
        Refusal.BAD_TALLY: QCoreApplication.translate(
            "Refusal",
            "„{detail}“ ist keine Punktzahl: bitte eine ganze Zahl von 0 bis 999 eingeben.",
        ),
    }
    return texts[error.refusal].format(voter=error.detail, detail=error.detail)
