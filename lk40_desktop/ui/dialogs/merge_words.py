"""How a merge names things for the user: kinds of rows, their fields, one row, both sides of
a conflict and its choices, the laptops' times, and the report of what a merge did (German
first, English through the translation)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.merge.clocks import doubt
from lk40_desktop.services.merge.plan import (
    REFERENCE,
    Conflict,
    MergePlan,
    reference_optional,
    reference_target,
    result_row,
)
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
        "photo": QCoreApplication.translate("MergeWords", "Fotos"),
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
        "caption": QCoreApplication.translate("MergeWords", "Bildunterschrift"),
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
        (QCoreApplication.translate("MergeWords", "Neu nummeriert"), report.renumbered),
    )
    lines = [
        f"{title}: " + ", ".join(f"{kind_name(kind)} ({count})" for kind, count in counts.items())
        for title, counts in parts
        if counts
    ]
    lines = lines or [
        QCoreApplication.translate("MergeWords", "Die Gruppendatei enthielt nichts Neues.")
    ]
    if report.clocks:
        lines.append(clock_warning(**report.clocks))
    return lines


def clock_warning(future: int = 0, before_handout: int = 0) -> str:
    """What the user learns of a group laptop whose clock was off (only the counts found)."""
    counts = [
        QCoreApplication.translate("MergeWords", "Zeit in der Zukunft: {count}").format(
            count=future
        )
        if future
        else "",
        QCoreApplication.translate(
            "MergeWords", "Zeit vor der Ausgabe der Gruppendatei: {count}"
        ).format(count=before_handout)
        if before_handout
        else "",
    ]
    return QCoreApplication.translate(
        "MergeWords",
        "Achtung, die Uhr des Gruppen-Laptops ging offenbar falsch (Änderungen mit {counts}). "
        "„Jeweils die neuere“ verlässt sich auf diese Zeiten.",
    ).format(counts="; ".join(part for part in counts if part))


def time_texts(at: object, handed_out: str) -> tuple[str, str]:
    """When a side changed a row, in local time: short (day, month, time; ⚠ when it cannot
    be right) and in full with the reason (the tooltip)."""
    try:
        moment = datetime.fromisoformat(str(at)).replace(tzinfo=UTC).astimezone()
    except ValueError:
        return str(at), str(at)
    short, full = f"{moment:%d.%m. %H:%M}", f"{moment:%d.%m.%Y %H:%M}"
    reason = doubt(at, handed_out)
    if reason == "future":
        why = QCoreApplication.translate("MergeWords", "in der Zukunft")
    elif reason == "before_handout":
        why = QCoreApplication.translate("MergeWords", "vor der Ausgabe")
    else:
        return short, full
    return f"{short} ⚠", f"{full} ⚠ {why}"


def _target(plan: MergePlan, conflict: Conflict) -> tuple[str, bool, bool]:
    """The row a reference conflict's row points to: its label, and whether this file and the
    group's file deleted it."""
    column = conflict.field.removeprefix(REFERENCE)
    kind, target_id = reference_target(conflict.kind, column), str(conflict.mine)
    mine = plan.mine.get(kind, {}).get(target_id)
    theirs = plan.theirs.get(kind, {}).get(target_id)
    return (
        row_label(plan, kind, target_id),
        mine is None or mine[TOMBSTONE] is not None,
        theirs is None or theirs[TOMBSTONE] is not None,
    )


def side_texts(plan: MergePlan, conflict: Conflict) -> tuple[str, str]:
    """What this file and the group's file hold in a conflict, as the user reads it."""
    if conflict.field == TOMBSTONE:
        deleted = QCoreApplication.translate("MergeWords", "gelöscht")
        changed = QCoreApplication.translate("MergeWords", "geändert")
        return (deleted if conflict.mine else changed, deleted if conflict.theirs else changed)
    if conflict.field.startswith(REFERENCE):
        label, mine_deleted, theirs_deleted = _target(plan, conflict)
        deleted = QCoreApplication.translate("MergeWords", "„{target}“ gelöscht")
        used = QCoreApplication.translate("MergeWords", "gehört zu „{target}“")
        return (
            (deleted if mine_deleted else used).format(target=label),
            (deleted if theirs_deleted else used).format(target=label),
        )
    return _value_text(conflict.mine), _value_text(conflict.theirs)


def _value_text(value: Any) -> str:
    return "" if value is None else str(value)


def choice_texts(plan: MergePlan, conflict: Conflict) -> tuple[str, str]:
    """The two answers to a conflict: keep this file's side, take the group's. A row that
    would point to a deleted one is answered by what happens instead of by side: let go of
    it (or leave the row out), or bring the deleted one back."""
    if not conflict.field.startswith(REFERENCE):
        return (
            QCoreApplication.translate("MergeWords", "hier behalten"),
            QCoreApplication.translate("MergeWords", "aus der Gruppe"),
        )
    label = _target(plan, conflict)[0]
    if reference_optional(conflict.kind, conflict.field.removeprefix(REFERENCE)):
        release = QCoreApplication.translate("MergeWords", "Zuordnung lösen")
    else:
        release = QCoreApplication.translate("MergeWords", "{kind}: Eintrag weglassen").format(
            kind=kind_name(conflict.kind)
        )
    restore = QCoreApplication.translate("MergeWords", "„{target}“ wiederherstellen")
    return release, restore.format(target=label if len(label) <= 30 else label[:29] + "…")
