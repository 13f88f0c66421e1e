"""The pages of the main window's navigation, by row, and which page shows which kind of row:
where an undone or redone edit is to be seen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.kinds import EntityKind

OVERVIEW, STAKEHOLDERS, BOARDS, SCORING, EXPORT, STRATEGY = range(6)
PAGE_ROWS = {
    "overview": OVERVIEW,
    "stakeholders": STAKEHOLDERS,
    "boards": BOARDS,
    "scoring": SCORING,
    "export": EXPORT,
    "strategy": STRATEGY,
}
"""The row of each page by the key an agenda point stores (``services.agenda.PAGES``)."""


def page_titles() -> list[str]:
    """The names of the project's pages, in navigation order."""
    return [
        QCoreApplication.translate("MainWindow", "Übersicht"),
        QCoreApplication.translate("MainWindow", "Stakeholder"),
        QCoreApplication.translate("MainWindow", "Ideenboards"),
        QCoreApplication.translate("MainWindow", "Bewertung"),
        QCoreApplication.translate("MainWindow", "Export"),
        QCoreApplication.translate("MainWindow", "Strategiepapier"),
    ]


PAGE_OF_KIND: tuple[tuple[EntityKind, int], ...] = (
    # first the kinds an edit is named for, then those that go along with them
    ("proposal", BOARDS),
    ("strategy_chapter", STRATEGY),
    ("key_figure", STRATEGY),
    ("field_goal", STRATEGY),
    ("criterion", SCORING),
    ("stakeholder", STAKEHOLDERS),
    ("stakeholder_relation", STAKEHOLDERS),
    ("cluster", BOARDS),
    ("idea", BOARDS),
    ("vote", BOARDS),
    ("score", SCORING),
    ("rater", SCORING),
    ("stakeholder_group", STAKEHOLDERS),
    ("relation_kind", STAKEHOLDERS),
    ("stakeholder_workshop", STAKEHOLDERS),
    ("proposal_idea", BOARDS),
    ("proposal_dependency", BOARDS),
    ("proposal_goal", BOARDS),
    ("action_field", OVERVIEW),
    ("workshop", OVERVIEW),
    ("project", OVERVIEW),
)
"""Deleting a proposal takes its scores along: the proposal decides, so the board's proposals
show it. A setting (dots per voter, mean or median) leaves the page as it is."""


def page_of(changes: ChangeSet) -> int | None:
    """The page that shows what ``changes`` changed, or None (a setting, a reload)."""
    if changes.everything:
        return None
    return next((page for kind, page in PAGE_OF_KIND if changes.ids(kind)), None)
