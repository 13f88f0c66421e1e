"""The entity kinds of a project file: one name per table, the vocabulary of change records
and edits. A typed ``Literal`` so that a misspelt kind fails in mypy, not in front of a user."""

from __future__ import annotations

from typing import Literal, get_args

EntityKind = Literal[
    "project",
    "action_field",
    "workshop",
    "agenda_item",
    "stakeholder_group",
    "stakeholder",
    "stakeholder_workshop",
    "relation_kind",
    "stakeholder_relation",
    "cluster",
    "idea",
    "vote_round",
    "vote",
    "proposal",
    "proposal_idea",
    "proposal_dependency",
    "criterion",
    "rater",
    "score",
    "setting",
    "strategy_chapter",
    "key_figure",
    "field_goal",
    "proposal_goal",
    "participant",
    "photo",
    "file_copy",
    "handout",
    "origin",
]

ALL_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
"""Every kind, in the order above (``store.models`` checks that each names a table)."""
