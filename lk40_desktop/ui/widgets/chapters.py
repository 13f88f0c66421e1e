"""The names of the paper's chapters as the UI shows them, shared by the export page (which
chapters an export takes) and the Strategiepapier page (the outline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.strategy import DEFAULT_OUTLINE as CHAPTERS


def chapter_labels() -> dict[str, str]:
    """Chapter key → its name, in the default order of the outline."""
    labels = {
        "foreword": QCoreApplication.translate("Chapter", "Vorwort"),
        "summary": QCoreApplication.translate("Chapter", "Management-Zusammenfassung"),
        "status_quo": QCoreApplication.translate("Chapter", "Ausgangslage"),
        "vision": QCoreApplication.translate("Chapter", "Leitbild und Leitlinien"),
        "method": QCoreApplication.translate("Chapter", "Vorgehen und Beteiligung"),
        "stakeholders": QCoreApplication.translate("Chapter", "Stakeholder-Analyse"),
        "fields": QCoreApplication.translate("Chapter", "Handlungsfelder"),
        "prioritisation": QCoreApplication.translate("Chapter", "Priorisierung"),
        "roadmap": QCoreApplication.translate("Chapter", "Roadmap"),
        "embedding": QCoreApplication.translate("Chapter", "Einbettung in bestehende Strategien"),
        "governance": QCoreApplication.translate("Chapter", "Organisation und Steuerung"),
        "monitoring": QCoreApplication.translate("Chapter", "Umsetzung und Monitoring"),
        "financing": QCoreApplication.translate("Chapter", "Finanzierung"),
        "resolution": QCoreApplication.translate("Chapter", "Beschlussvorschlag"),
        "glossary": QCoreApplication.translate("Chapter", "Glossar"),
        "appendix": QCoreApplication.translate("Chapter", "Anhang: alle Ideen"),
        "boards": QCoreApplication.translate("Chapter", "Anhang: Ideenboards als Bilder"),
        "field_intro": QCoreApplication.translate("Chapter", "Einführung"),
        "field_status_quo": QCoreApplication.translate("Chapter", "Ausgangslage"),
        "field_goals": QCoreApplication.translate("Chapter", "Ziele"),
    }
    return {
        key: labels[key] for key in (*CHAPTERS, "field_intro", "field_status_quo", "field_goals")
    }
