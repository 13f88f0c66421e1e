"""How a merge names things for the user: kinds of rows, their fields, one row, and the
report of what a merge did (German first, English through the translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.merge.plan import REFERENCE, MergePlan, result_row
from lk40_desktop.services.merge.report import MergeReport
from lk40_desktop.services.merge.rules import TOMBSTONE
from lk40_desktop.store.kinds import EntityKind

LABEL_FIELDS = ("text", "name", "title", "label", "key", "voter")
"""The first of these a row has names it in the conflict list."""


def kind_name(kind: str) -> str:
    """A kind of row in the user's words (the table's name for a kind without one)."""
    names = {
        "project": QCoreApplication.translate("MergeWords", "Projekt"),
        "action_field": QCoreApplication.translate("MergeWords", "Handlungsfelder"),
        "workshop": QCoreApplication.translate("MergeWords", "Workshops"),
        "agenda_item": QCoreApplication.translate("MergeWords", "Programmpunkte"),
        "stakeholder_group": QCoreApplication.translate("MergeWords", "Stakeholder-Gruppen"),
        "stakeholder": QCoreApplication.translate("MergeWords", "Stakeholder"),
        "stakeholder_workshop": QCoreApplication.translate("MergeWords", "Teilnahmen"),
        "relation_kind": QCoreApplication.translate("MergeWords", "Beziehungsarten"),
        "stakeholder_relation": QCoreApplication.translate("MergeWords", "Beziehungen"),
        "cluster": QCoreApplication.translate("MergeWords", "Cluster"),
        "idea": QCoreApplication.translate("MergeWords", "Karten"),
        "vote_round": QCoreApplication.translate("MergeWords", "Abstimmungsrunden"),
        "vote": QCoreApplication.translate("MergeWords", "Punkte"),
        "proposal": QCoreApplication.translate("MergeWords", "Projektvorschläge"),
        "criterion": QCoreApplication.translate("MergeWords", "Kriterien"),
        "rater": QCoreApplication.translate("MergeWords", "Bewertende"),
        "score": QCoreApplication.translate("MergeWords", "Bewertungen"),
        "setting": QCoreApplication.translate("MergeWords", "Einstellungen"),
        "strategy_chapter": QCoreApplication.translate("MergeWords", "Kapitel"),
        "key_figure": QCoreApplication.translate("MergeWords", "Kennzahlen"),
        "field_goal": QCoreApplication.translate("MergeWords", "Ziele"),
        "participant": QCoreApplication.translate("MergeWords", "Teilnehmende"),
        "origin": QCoreApplication.translate("MergeWords", "Herkunftsangaben"),
    }
    return names.get(kind, kind)


def field_name(field: str) -> str:
    """A field of a conflict in the user's words."""
    if field == TOMBSTONE:
        return QCoreApplication.translate("MergeWords", "gelöscht / geändert")
    if field.startswith(REFERENCE):
        return QCoreApplication.translate("MergeWords", "Verweis")
    names = {
        "text": QCoreApplication.translate("MergeWords", "Text"),
        "name": QCoreApplication.translate("MergeWords", "Name"),
        "title": QCoreApplication.translate("MergeWords", "Titel"),
        "place": QCoreApplication.translate("MergeWords", "Ort"),
        "notes": QCoreApplication.translate("MergeWords", "Notizen"),
        "details": QCoreApplication.translate("MergeWords", "Details"),
        "value": QCoreApplication.translate("MergeWords", "Wert"),
        "color": QCoreApplication.translate("MergeWords", "Farbe"),
        "cluster_id": QCoreApplication.translate("MergeWords", "Cluster"),
        "influence": QCoreApplication.translate("MergeWords", "Einfluss"),
        "interest": QCoreApplication.translate("MergeWords", "Interesse"),
        "attitude": QCoreApplication.translate("MergeWords", "Haltung"),
    }
    return names.get(field, field)


def row_label(plan: MergePlan, kind: EntityKind, row_id: str) -> str:
    """What a row says about itself (a card's text, a name, a title), shortened."""
    row = result_row(plan, kind, row_id) or plan.theirs.get(kind, {}).get(row_id) or {}
    text = next((str(row[name]) for name in LABEL_FIELDS if row.get(name)), row_id[:8])
    return text if len(text) <= 80 else text[:79] + "…"


def report_lines(report: MergeReport) -> list[str]:
    """The report of a merge for the window that shows it."""
    parts = (
        (QCoreApplication.translate("MergeWords", "Hinzugefügt"), report.added),
        (QCoreApplication.translate("MergeWords", "Übernommen"), report.changed),
        (QCoreApplication.translate("MergeWords", "Zusammengelegt"), report.unified),
        (
            QCoreApplication.translate("MergeWords", "Platz auf dem Board behalten"),
            report.layout_kept,
        ),
        (QCoreApplication.translate("MergeWords", "Konflikte: hier behalten"), report.mine),
        (QCoreApplication.translate("MergeWords", "Konflikte: aus der Gruppe"), report.theirs),
        (QCoreApplication.translate("MergeWords", "Ähnlich, aber getrennt gehalten"), report.alike),
    )
    lines = [
        f"{title}: " + ", ".join(f"{kind_name(kind)} ({count})" for kind, count in counts.items())
        for title, counts in parts
        if counts
    ]
    return lines or [
        QCoreApplication.translate("MergeWords", "Die Gruppendatei enthielt nichts Neues.")
    ]
