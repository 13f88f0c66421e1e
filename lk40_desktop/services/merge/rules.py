"""How each kind of row merges (a test fails when a kind has no rule here).

Every merged kind is compared row by row and field by field against the base. Beyond that:

- **local** kinds belong to one file and never travel (its hand-outs, the copies it made);
- **strict natural keys** unify rows both sides created for the same thing (a setting by its
  key, a score by its cell, a link by its pair, a chapter by its key and field): one row stays;
- **layout** fields (positions on a board, order numbers) never ask: where both sides moved a
  card, this file's place stays and the report says so;
- **dots** (votes) are rows that are never edited: both sides' dots add up by their ids, so a
  dot that travelled A → B → project arrives once.
"""

from __future__ import annotations

from dataclasses import dataclass

from lk40_desktop.services.agenda import CURRENT_ITEM_KEY
from lk40_desktop.services.export_log import LOG_KEY
from lk40_desktop.services.project import CURRENT_WORKSHOP_KEY
from lk40_desktop.store.kinds import ALL_KINDS, EntityKind

TIMESTAMPS = frozenset({"created_at", "modified_at"})
"""Shown to the user, never compared: laptop clocks differ."""
TOMBSTONE = "deleted_at"
"""Compared as deleted or not (the moment differs between laptops)."""


@dataclass(frozen=True)
class KindRule:
    """The merge rule of one kind."""

    local: bool = False
    natural_key: tuple[str, ...] = ()
    """Fields whose values name the same thing on both sides (strict: unified at once)."""
    layout: frozenset[str] = frozenset()
    """Fields resolved without asking (this file's value stays)."""
    local_values: tuple[str, frozenset[str]] = ("", frozenset())
    """Rows that stay in their file: (field, values) — a laptop's own settings."""

    def is_local(self, row: dict[str, object]) -> bool:
        """Whether a row of this kind belongs to its file only."""
        field, values = self.local_values
        return bool(field) and row.get(field) in values


MERGE_LOG_KEY = "merge.log"
"""The setting that keeps the reports of the merges made into this file."""
LOCAL_SETTINGS = frozenset({CURRENT_WORKSHOP_KEY, CURRENT_ITEM_KEY, LOG_KEY, MERGE_LOG_KEY})
"""Settings of one laptop's evening and files: tonight's workshop and agenda point, the paths
it exported to, the merges it made. A group's choices never overwrite the project's."""
ORDER = frozenset({"position"})
PLACE = frozenset({"x", "y"})

RULES: dict[EntityKind, KindRule] = {
    "project": KindRule(),
    "action_field": KindRule(layout=ORDER),
    "workshop": KindRule(),
    "agenda_item": KindRule(layout=ORDER),
    "stakeholder_group": KindRule(layout=ORDER),
    "stakeholder": KindRule(),
    "stakeholder_workshop": KindRule(natural_key=("stakeholder_id", "workshop_id")),
    "relation_kind": KindRule(layout=ORDER),
    "stakeholder_relation": KindRule(),
    "cluster": KindRule(layout=PLACE | {"width", "height"}),
    "idea": KindRule(layout=PLACE),
    "vote_round": KindRule(),
    "vote": KindRule(),
    "proposal": KindRule(layout=ORDER),
    "proposal_idea": KindRule(natural_key=("proposal_id", "idea_id")),
    "proposal_dependency": KindRule(natural_key=("proposal_id", "depends_on_id")),
    "criterion": KindRule(layout=ORDER),
    "rater": KindRule(),
    "score": KindRule(natural_key=("proposal_id", "criterion_id", "rater_id")),
    "setting": KindRule(natural_key=("key",), local_values=("key", LOCAL_SETTINGS)),
    "strategy_chapter": KindRule(natural_key=("key", "action_field_id"), layout=ORDER),
    "key_figure": KindRule(layout=ORDER),
    "field_goal": KindRule(layout=ORDER),
    "proposal_goal": KindRule(natural_key=("proposal_id", "goal_id")),
    "participant": KindRule(),
    "photo": KindRule(layout=ORDER),
    "file_copy": KindRule(local=True),
    "handout": KindRule(local=True),
    "origin": KindRule(natural_key=("kind", "row_id")),
}

MERGED_KINDS: tuple[EntityKind, ...] = tuple(kind for kind in ALL_KINDS if not RULES[kind].local)
"""The kinds a merge compares, in the store's order (parents before the rows that use them)."""
