"""An edit: the steps one named operation makes to the file, and their exact inverse.

An operation (``operations.board.vote``, ``operations.stakeholders.delete_stakeholders`` …)
reads what it needs and returns an ``Edit`` without changing anything. Applying the edit
forward does it, backward undoes it; both run in one transaction, so an edit that spans kinds
(a stakeholder and its relations) is never half done. The GUI wraps an edit in an undo
command, the command line and the tests apply it with ``perform`` — the same edit either way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, TypeVar

from sqlalchemy.orm import Session

from lk40_desktop.operations import rows
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.limits import TEXT_LIMIT, all_storable, limited

Values = Mapping[str, Any]
StepAction = Literal["create", "set", "delete", "import", "overwrite"]


class Refusal(StrEnum):
    """Why an operation refuses an edit; the GUI words each for the user."""

    EMPTY_TEXT = "empty_text"
    """A card, name or title would be empty."""
    NO_DOTS_LEFT = "no_dots_left"
    """The voter has placed all dots of this board."""
    NO_DOT_TO_TAKE_BACK = "no_dot_to_take_back"
    NEGATIVE_WEIGHT = "negative_weight"
    NO_WEIGHT_LEFT = "no_weight_left"
    """The criteria's weights would sum to zero: nothing would count."""
    EMPTY_SCALE = "empty_scale"
    """A scale's end would not lie above its start."""
    OUT_OF_SCALE = "out_of_scale"
    """A score would lie outside its criterion's scale (``detail``: the scale, "0–5")."""
    NEGATIVE_COST = "negative_cost"
    MIXED_FIELDS = "mixed_fields"
    """Cards of several action fields cannot form one cluster."""
    SELF_RELATION = "self_relation"
    """A stakeholder cannot have a relation to itself."""
    BAD_YEAR = "bad_year"
    """A goal's target year lies outside 2000–2100."""
    BAD_QUARTER = "bad_quarter"
    """A start quarter is not of the form "2027-Q2"."""
    NEGATIVE_AMOUNT = "negative_amount"
    """A share of the financing or the staff would be negative (``detail``: the field)."""
    NO_ROUND = "no_round"
    """Dots go into a voting round, and none is chosen."""
    ROUND_CLOSED = "round_closed"
    """A closed round takes no dots and no changes (``detail``: its name)."""
    EMPTY_ROUND = "empty_round"
    """A round without a single dot cannot be closed (or revealed)."""
    REVEALED = "revealed"
    """A blind round whose counts were revealed cannot be opened again: the room saw them."""
    NAMED_VOTER = "named_voter"
    """A round of numbered voters takes numbers, not names (``detail``: what was typed):
    voters stay anonymous unless a round is for named voters on purpose."""
    BAD_TIME = "bad_time"
    """A workshop's start is not a time of day (``detail``: what was typed)."""
    BAD_MINUTES = "bad_minutes"
    """An agenda point lasts from 1 to ``services.agenda.MAX_MINUTES`` minutes."""
    SHEET_REFUSED = "sheet_refused"
    """A returned rating sheet is refused as a whole (another project, a deleted rater …;
    ``detail``: the file's name): nothing of the import is read in."""
    BAD_TALLY = "bad_tally"
    """A tally is a whole number of dots from 0 to ``services.board.rounds.TALLY_MAX``
    (``detail``: what was typed)."""


class EditRefusedError(ValueError):
    """The rules do not allow this edit; nothing was changed."""

    def __init__(self, refusal: Refusal, detail: str = "") -> None:
        super().__init__(f"{refusal.value}: {detail}" if detail else refusal.value)
        self.refusal = refusal
        self.detail = detail


def refuse_empty(values: Mapping[str, Any], *fields: str) -> None:
    """Refuse an edit that would leave a name or title blank: the list, the map and the
    paper would show an entry nobody can recognise. Fields not in ``values`` stay as they are."""
    for name in fields:
        if name in values and not str(values[name]).strip():
            raise EditRefusedError(Refusal.EMPTY_TEXT, name)


@dataclass
class Step:
    """One generic change of rows of one kind, and its exact inverse."""

    kind: EntityKind
    action: StepAction
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    """For "create": id → values (redo after undo revives the same ids); for "import": id →
    every column as another file holds it (undo removes the rows from the file)."""
    new: dict[str, dict[str, Any]] = field(default_factory=dict)
    """For "set": id → new values; for "overwrite": SQLite values, timestamps included."""
    old: dict[str, dict[str, Any]] = field(default_factory=dict)
    """For "set" and "overwrite": id → the values before, read when the step was made."""
    ids: list[str] = field(default_factory=list)
    """For "delete": the rows to tombstone."""
    trimmed: bool = False
    """A text was longer than ``store.limits.TEXT_LIMIT`` and was cut to it."""

    def __bool__(self) -> bool:
        return bool(self.rows or self.new or self.ids)

    def apply(self, session: Session, *, forward: bool) -> ChangeSet:
        """Run the step (``forward``) or its inverse."""
        if self.action == "create":
            if forward:
                return rows.create(session, self.kind, self.rows)
            return rows.set_deleted(session, self.kind, self.rows, True)
        if self.action == "set":
            return rows.set_fields(session, self.kind, self.new if forward else self.old)
        if self.action == "import":
            if forward:
                return rows.insert_as_is(session, self.kind, self.rows)
            return rows.remove_physically(session, self.kind, self.rows)
        if self.action == "overwrite":
            return rows.write_as_is(session, self.kind, self.new if forward else self.old)
        return rows.set_deleted(session, self.kind, self.ids, forward)


def _limited(values: Values) -> tuple[dict[str, Any], bool]:
    """The values as they may be stored (texts at most TEXT_LIMIT characters, no halves of
    surrogate pairs), and whether a text was cut: every edit, typed or pasted, from the GUI
    or the command line, passes here (through ``_limited_rows``)."""
    stored = {
        name: limited(value) if isinstance(value, str) else value for name, value in values.items()
    }
    cut = any(isinstance(value, str) and len(value) > TEXT_LIMIT for value in values.values())
    return stored, cut


def _limited_rows(
    rows_by_id: Mapping[str, Values],
) -> tuple[dict[str, dict[str, Any]], bool]:
    """``_limited`` of each row's values, and whether a text was cut. When every text may be
    stored as it is (as nearly always), one check over all texts of all rows replaces the
    substitution per text: an import of 10,000 rows spent 0.13 s here."""
    texts = [
        value
        for values in rows_by_id.values()
        for value in values.values()
        if isinstance(value, str)
    ]
    # a str subclass (a StrEnum member) is stored as the plain text ``limited`` makes of it
    if set(map(type, texts)) <= {str} and all_storable(texts):
        return {key: dict(values) for key, values in rows_by_id.items()}, False
    checked = {key: _limited(values) for key, values in rows_by_id.items()}
    stored = {key: values for key, (values, _cut) in checked.items()}
    return stored, any(cut for _values, cut in checked.values())


def create(kind: EntityKind, new_rows: Mapping[str, Values]) -> Step:
    """Create rows with fixed ids."""
    stored, trimmed = _limited_rows(new_rows)
    return Step(kind, "create", rows=stored, trimmed=trimmed)


def delete(kind: EntityKind, ids: Sequence[str]) -> Step:
    """Tombstone rows; undo brings them back unchanged."""
    return Step(kind, "delete", ids=list(dict.fromkeys(ids)))


def change(session: Session, kind: EntityKind, new: Mapping[str, Values]) -> Step:
    """Set fields of rows; their current values are read now so that undo restores them.
    Rows whose values would not change are left out."""
    old = rows.read_fields(session, kind, new)
    stored, trimmed = _limited_rows(new)
    changed = {
        key: values
        for key, values in stored.items()
        if any(old[key][name] != value for name, value in values.items())
    }
    return Step(kind, "set", new=changed, old={key: old[key] for key in changed}, trimmed=trimmed)


@dataclass
class Edit:
    """The steps of one operation, applied together; empty steps are dropped."""

    steps: list[Step] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    """Ids of the rows the operation made (new cards, a new proposal …): what a view selects
    or starts editing afterwards."""
    merge_key: tuple[str, ...] | None = None
    """Edits with the same key, one after the other, are one undo step (the tally of a board:
    card after card, counted off one paper pinboard)."""

    def __post_init__(self) -> None:
        self.steps = [step for step in self.steps if step]

    def __bool__(self) -> bool:
        return bool(self.steps)

    @property
    def trimmed(self) -> bool:
        """Whether a text of the edit was cut to ``store.limits.TEXT_LIMIT``."""
        return any(step.trimmed for step in self.steps)

    def apply(self, session: Session, *, forward: bool = True) -> ChangeSet:
        """Do the edit (``forward``) or undo it, in the caller's transaction."""
        changes = ChangeSet()
        for step in self.steps if forward else self.steps[::-1]:
            changes.merge(step.apply(session, forward=forward))
        return changes

    def absorb(self, later: Edit) -> bool:
        """Fold a later edit of the same fields of the same rows into this one (typing into
        one field is one undo step): keep the values before this edit, take the later ones.
        False, and nothing changed, when the two edits touch different things. Edits with the
        same ``merge_key`` join whatever their steps: the later steps follow this edit's."""
        if self.merge_key is not None and self.merge_key == later.merge_key:
            self.steps.extend(later.steps)
            return True
        if not _same_fields(self.steps, later.steps):
            return False
        for mine, theirs in zip(self.steps, later.steps, strict=True):
            mine.new = theirs.new
        return True

    def undoes_itself(self) -> bool:
        """Whether the edit ends where it started (typed and typed back)."""
        return self.merge_key is None and all(
            step.action == "set" and step.new == step.old for step in self.steps
        )


def _same_fields(first: Sequence[Step], second: Sequence[Step]) -> bool:
    return (
        bool(first)
        and len(first) == len(second)
        and all(
            a.action == b.action == "set"
            and a.kind == b.kind
            and a.new.keys() == b.new.keys()
            and all(a.new[key].keys() == b.new[key].keys() for key in a.new)
            for a, b in zip(first, second, strict=True)
        )
    )


E = TypeVar("E", bound="Edit")


def perform(document: WorkshopDocument, build: Callable[[Session], E]) -> E:
    """Build an edit from the file's current state and apply it, in one transaction: how the
    command line and the tests run operations without an undo stack."""

    def run(session: Session) -> E:
        edit = build(session)
        edit.apply(session)
        return edit

    return document.write(run)


def revert(document: WorkshopDocument, edit: Edit) -> ChangeSet:
    """Undo an edit that ``perform`` applied."""
    return document.write(lambda session: edit.apply(session, forward=False))
