"""Property tests of the merge of breakout-group files (issue 20): random edit scripts, applied
through the real operations to two group files handed out from one base, edit the same rows
on both sides; each laptop's clock is shifted at random. Merged A → project and B → project,
A → B → project and B → A: every non-conflicting edit arrives, the conflicts are exactly the
ones the scripts make, a second merge changes nothing, the order does not matter, no dot is
lost or doubled, no live row comes to point to a deleted one, and undo restores every table.

What each script did is read from the steps of the edits the operations returned (rows made,
fields set, rows tombstoned), so the expectations follow the operations' own meaning.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from lk40_desktop.operations.board import capture_cards, set_card_color, update_card
from lk40_desktop.operations.edit import Edit, EditRefusedError, perform, revert
from lk40_desktop.operations.groups import hand_out, prepare_merge
from lk40_desktop.operations.overview import add_workshop, set_current_workshop, update_workshop
from lk40_desktop.operations.rounds import start_round, vote
from lk40_desktop.operations.stakeholders import (
    add_relation,
    add_stakeholder,
    delete_stakeholders,
    update_stakeholder,
)
from lk40_desktop.services.merge.layout import FRAME_COLOR
from lk40_desktop.services.merge.plan import REFERENCE, Conflict, Side
from lk40_desktop.services.merge.rules import MERGED_KINDS, RULES, TIMESTAMPS, TOMBSTONE
from lk40_desktop.services.merge.snapshot import Row, Snapshot, read_snapshot
from lk40_desktop.services.project import action_fields
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import ENTITY_KINDS
from tests.helpers.groups import dump, merge, merge_into

CARDS = 3
STAKEHOLDERS = 4
WORKSHOPS = 2
VOTERS = ("1", "2", "3")
WORDS = ("rot", "grün", "blau")
COLORS = ("#ff0000", "#00ff00")
LEVELS = (1.0, 2.0, 5.0)
PROPERTY_SETTINGS = settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

Op = tuple[Any, ...]
Key = tuple[EntityKind, str, str]
"""(kind, row id, field)."""


# -- the base: a small project with a round, handed out to A, then B ------------------------------


@dataclass(frozen=True)
class Base:
    """The three files right after the hand-outs, and the rows the scripts aim at."""

    folder: Path
    field_id: str
    round_id: str
    cards: tuple[str, ...]
    stakeholders: tuple[str, ...]
    workshops: tuple[str, ...]
    snapshot: Snapshot

    def copy(self) -> Path:
        """A fresh folder with the project and both group files."""
        target = Path(tempfile.mkdtemp(prefix="lk40-mprop-"))
        for name in ("Projekt.lk40", "Gruppe A.lk40", "Gruppe B.lk40"):
            shutil.copyfile(self.folder / name, target / name)
        return target


def _query(path: Path) -> Callable[[str], list[tuple[Any, ...]]]:
    def run(sql: str) -> list[tuple[Any, ...]]:
        with sqlite3.connect(path) as connection:
            rows = connection.execute(sql).fetchall()
        connection.close()
        return rows

    return run


def _snapshot(path: Path) -> Snapshot:
    return read_snapshot(_query(path))


@pytest.fixture(scope="module")
def base(new_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Base:
    folder = tmp_path_factory.mktemp("mprop")
    project = folder / "Projekt.lk40"
    shutil.copyfile(new_template, project)
    document = WorkshopDocument.open(project)
    try:
        with document.reading() as session:
            field_id = action_fields(session)[0].id
        workshops = tuple(
            perform(document, lambda s, n=n: add_workshop(s, f"Workshop {n}", None)).created[0]
            for n in range(WORKSHOPS)
        )
        perform(document, lambda s: set_current_workshop(s, workshops[0]))
        stakeholders = tuple(
            perform(document, lambda s, n=n: add_stakeholder(s, f"Akteur {n}", None)).created[0]
            for n in range(STAKEHOLDERS)
        )
        perform(document, lambda s: add_relation(s, stakeholders[0], stakeholders[1], None, "x"))
        cards = tuple(
            perform(
                document,
                lambda s: capture_cards(
                    s, field_id, [{"text": f"Karte {n}"} for n in range(CARDS)]
                ),
            ).created
        )
        round_id = perform(document, lambda s: start_round(s, "Runde")).created[0]
        perform(document, lambda s: vote(s, round_id, cards[0], "1", 1))
        perform(document, lambda s: vote(s, round_id, cards[1], "2", 1))
        hand_out(document, folder / "Gruppe A.lk40", "Gruppe A")
        hand_out(document, folder / "Gruppe B.lk40", "Gruppe B")
    finally:
        document.close()
    return Base(
        folder,
        field_id,
        round_id,
        cards,
        stakeholders,
        workshops,
        _snapshot(folder / "Gruppe A.lk40"),
    )


# -- edit scripts ---------------------------------------------------------------------------------

card = st.integers(0, CARDS - 1)
person = st.integers(0, STAKEHOLDERS - 1)
workshop = st.integers(0, WORKSHOPS - 1)
word = st.sampled_from(WORDS)


def _ops(kinds: set[str], deletable: tuple[int, ...]) -> st.SearchStrategy[Op]:
    every: dict[str, st.SearchStrategy[Op]] = {
        "text": st.tuples(st.just("text"), card, word),
        "color": st.tuples(st.just("color"), card, st.sampled_from(COLORS)),
        "notes": st.tuples(st.just("notes"), person, word),
        "influence": st.tuples(st.just("influence"), person, st.sampled_from(LEVELS)),
        "place": st.tuples(st.just("place"), workshop, word),
        "title": st.tuples(st.just("title"), workshop, word),
        "delete": st.tuples(st.just("delete"), st.sampled_from(deletable or (0,))),
        "relate": st.tuples(st.just("relate"), person, person, word),
        "capture": st.tuples(st.just("capture"), word),
        "vote": st.tuples(
            st.just("vote"), card, st.sampled_from(VOTERS), st.sampled_from((1, 1, -1))
        ),
    }
    return st.one_of(*(every[name] for name in sorted(kinds)))


ANY_OP = _ops(
    {
        "text",
        "color",
        "notes",
        "influence",
        "place",
        "title",
        "delete",
        "relate",
        "capture",
        "vote",
    },
    tuple(range(STAKEHOLDERS)),
)
scripts = st.lists(ANY_OP, max_size=8)
shifts = st.integers(-720, 720)


@st.composite
def disjoint_scripts(draw: st.DrawFn) -> tuple[list[Op], list[Op]]:
    """Two scripts that touch the same rows but never the same field of one row: A writes
    texts, notes and places, B colours, influence and titles; both may delete the last
    stakeholder (which nobody edits or relates to), capture cards and vote. Relations are
    drawn between the stakeholders nobody deletes."""
    others = STAKEHOLDERS - 1

    def side(kinds: set[str]) -> list[Op]:
        ops = draw(st.lists(_ops({*kinds, "delete", "capture", "vote"}, (others,)), max_size=8))
        relations = draw(
            st.lists(
                st.tuples(
                    st.just("relate"), st.integers(0, others - 1), st.integers(0, others - 1), word
                ),
                max_size=2,
            )
        )
        return [*ops, *relations]

    first = side({"text", "notes", "place"})
    second = side({"color", "influence", "title"})
    return (
        [op for op in first if op[0] not in ("notes",) or op[1] != others],
        [op for op in second if op[0] not in ("influence",) or op[1] != others],
    )


@dataclass
class Effects:
    """What one side's script did, from its edits' steps."""

    added: dict[tuple[EntityKind, str], Row] = field(default_factory=dict)
    values: dict[Key, Any] = field(default_factory=dict)
    deleted: set[tuple[EntityKind, str]] = field(default_factory=set)

    def note(self, edit: Edit) -> None:
        for step in edit.steps:
            assert step.action in ("create", "set", "delete"), step.action
            for row_id, values in step.rows.items():
                self.added[step.kind, row_id] = {**values, TOMBSTONE: False}
            for row_id, values in step.new.items():
                self._set(step.kind, row_id, values)
            for row_id in step.ids:
                if (step.kind, row_id) in self.added:
                    self.added[step.kind, row_id][TOMBSTONE] = True
                else:
                    self.deleted.add((step.kind, row_id))

    def _set(self, kind: EntityKind, row_id: str, values: Row) -> None:
        if (kind, row_id) in self.added:
            self.added[kind, row_id].update(values)
            return
        for name, value in values.items():
            self.values[kind, row_id, name] = value

    def changed(self, base: Snapshot) -> dict[Key, Any]:
        """The fields of base rows that end with another value than the base's."""
        return {
            key: value
            for key, value in self.values.items()
            if base[key[0]][key[1]][key[2]] != value
        }

    def live_added(self, kind: EntityKind) -> dict[str, Row]:
        return {
            row_id: row
            for (added_kind, row_id), row in self.added.items()
            if added_kind == kind and not row[TOMBSTONE]
        }


def _run(base: Base, path: Path, script: list[Op], shift: int) -> Effects:
    """Apply a script to a group file as its laptop would, then shift that laptop's clock."""
    effects = Effects()
    gone: set[str] = set()
    document = WorkshopDocument.open(path)
    try:
        for op in script:
            build = _build(base, op, gone)
            if build is None:
                continue
            try:
                edit = perform(document, build)
            except EditRefusedError:
                continue
            effects.note(edit)
            if op[0] == "delete":
                gone.add(base.stakeholders[op[1]])
    finally:
        document.close()
    _shift_clock(path, shift)
    return effects


def _build(base: Base, op: Op, gone: set[str]) -> Callable[[Session], Edit] | None:
    name = op[0]
    if name in ("text", "color"):
        card_id = base.cards[op[1]]
        if name == "color":
            return lambda s: set_card_color(s, [card_id], op[2])
        return lambda s: update_card(s, card_id, {"text": op[2]})
    if name in ("notes", "influence", "delete"):
        person_id = base.stakeholders[op[1]]
        if person_id in gone:
            return None  # a deleted stakeholder is no longer in any list to edit
        if name == "delete":
            return lambda s: delete_stakeholders(s, [person_id])
        return lambda s: update_stakeholder(s, person_id, {name: op[2]})
    if name in ("place", "title"):
        workshop_id = base.workshops[op[1]]
        return lambda s: update_workshop(s, workshop_id, {name: op[2]})
    if name == "relate":
        source, target = base.stakeholders[op[1]], base.stakeholders[op[2]]
        if source in gone or target in gone:
            return None
        return lambda s: add_relation(s, source, target, None, op[3])
    if name == "capture":
        return lambda s: capture_cards(s, base.field_id, [{"text": op[1]}])
    assert name == "vote"
    return lambda s: vote(s, base.round_id, base.cards[op[1]], op[2], op[3])


def _shift_clock(path: Path, minutes: int) -> None:
    """That laptop's clock ran ``minutes`` ahead (or behind) all along."""
    with sqlite3.connect(path) as connection:
        for kind in MERGED_KINDS:
            table = ENTITY_KINDS[kind].__tablename__
            connection.execute(
                f'UPDATE "{table}" SET created_at = datetime(created_at, ?), '
                "modified_at = datetime(modified_at, ?)",
                (f"{minutes:+d} minutes", f"{minutes:+d} minutes"),
            )
    connection.close()


# -- merging --------------------------------------------------------------------------------------


def _conflicts(document: WorkshopDocument, source: Path) -> list[Conflict]:
    return prepare_merge(document, source).plan.conflicts


def _opened(path: Path) -> Iterator[WorkshopDocument]:
    document = WorkshopDocument.open(path)
    try:
        yield document
    finally:
        document.close()


# -- what the files hold --------------------------------------------------------------------------


def _live(path: Path) -> dict[str, Any]:
    """The live rows of every merged kind without timestamps; the rows that stay on one laptop
    left out, the origins (made with fresh ids) as (kind, row, group)."""
    snapshot = _snapshot(path)
    # a group's loose new cards go into a frame made by the merge, placed by what is already
    # on the board: where the frames and cards lie depends on the order of merges
    frames = {key for key, row in snapshot["cluster"].items() if row["color"] == FRAME_COLOR}
    live: dict[str, Any] = {}
    for kind, rows in snapshot.items():
        placed = RULES[kind].layout | ({"cluster_id"} if kind == "idea" else set())
        kept = {
            row_id: {
                k: v
                for k, v in row.items()
                if k not in TIMESTAMPS and k != TOMBSTONE and k not in placed
            }
            for row_id, row in rows.items()
            if row[TOMBSTONE] is None and not RULES[kind].is_local(row) and row_id not in frames
        }
        live[kind] = (
            sorted(
                (r["kind"], r["row_id"], r["group"])
                for r in kept.values()
                if r["row_id"] not in frames
            )
            if kind == "origin"
            else kept
        )
    return live


def _dangling(path: Path) -> set[tuple[str, str, str]]:
    """(kind, row, column) of every live row pointing to a deleted or missing row."""
    snapshot = _snapshot(path)
    found: set[tuple[str, str, str]] = set()
    for kind in MERGED_KINDS:
        for column in ENTITY_KINDS[kind].__table__.columns:
            for foreign in column.foreign_keys:
                target = foreign.column.table.name
                for row_id, row in snapshot[kind].items():
                    pointed = row[column.name]
                    if row[TOMBSTONE] is not None or pointed is None:
                        continue
                    other = snapshot.get(target, {}).get(pointed)  # type: ignore[call-overload]
                    if other is None or other[TOMBSTONE] is not None:
                        found.add((kind, row_id, column.name))
    return found


def _live_dots(path: Path) -> set[str]:
    return {row for (row,) in _query(path)("SELECT id FROM vote WHERE deleted_at IS NULL")}


def _expected_dots(base: Base, *sides: Effects) -> set[str]:
    live = {key for key, row in base.snapshot["vote"].items() if row[TOMBSTONE] is None}
    given = {row_id for side in sides for row_id in side.live_added("vote")}
    taken = {row_id for side in sides for kind, row_id in side.deleted if kind == "vote"}
    return (live | given) - taken


# -- the conflicts the scripts make ---------------------------------------------------------------


def _expected_conflicts(base: Snapshot, mine: Effects, theirs: Effects) -> set[tuple[Any, ...]]:
    """(kind, row, field, base, mine, theirs) of every conflict of merging ``theirs`` into a
    file that holds ``mine``: a field both changed to different values; a row one side
    deleted and the other edited; a relation one side drew to a stakeholder only the other
    side deleted."""
    mine_changed, theirs_changed = mine.changed(base), theirs.changed(base)
    expected: set[tuple[Any, ...]] = set()
    for key, value in theirs_changed.items():
        if key in mine_changed and mine_changed[key] != value:
            expected.add((*key, base[key[0]][key[1]][key[2]], mine_changed[key], value))
    edited_rows = {
        "mine": {(kind, row) for kind, row, _name in mine_changed},
        "theirs": {(kind, row) for kind, row, _name in theirs_changed},
    }
    for gone in mine.deleted ^ theirs.deleted:
        keeper = "theirs" if gone in mine.deleted else "mine"
        if gone in edited_rows[keeper]:
            expected.add((*gone, TOMBSTONE, False, gone in mine.deleted, gone in theirs.deleted))
    for side, other in ((mine, theirs), (theirs, mine)):
        for relation_id, row in side.live_added("stakeholder_relation").items():
            for column in ("source_id", "target_id"):
                pointed = row[column]
                if ("stakeholder", pointed) in other.deleted - side.deleted:
                    expected.add(
                        (
                            "stakeholder_relation",
                            relation_id,
                            REFERENCE + column,
                            None,
                            pointed,
                            pointed,
                        )
                    )
    return expected


def _as_tuples(conflicts: list[Conflict]) -> set[tuple[Any, ...]]:
    found = [(c.kind, c.row_id, c.field, c.base, c.mine, c.theirs) for c in conflicts]
    assert len(found) == len(set(found)), f"a conflict reported twice: {found}"
    return set(found)


def _arrived(path: Path, base: Snapshot, *sides: Effects) -> None:
    """Every edit of every side is in the file (for scripts without conflicts)."""
    merged = _snapshot(path)
    for side in sides:
        for (kind, row_id, name), value in side.changed(base).items():
            assert merged[kind][row_id][name] == value, (kind, row_id, name)
        for kind, row_id in side.deleted:
            assert merged[kind][row_id][TOMBSTONE] is not None, (kind, row_id)
        for (kind, row_id), values in side.added.items():
            row = merged[kind].get(row_id)
            assert row is not None, (kind, row_id)
            assert (row[TOMBSTONE] is not None) == values[TOMBSTONE], (kind, row_id)
            placed = RULES[kind].layout | ({"cluster_id"} if kind == "idea" else set())
            for name, value in values.items():
                if name != TOMBSTONE and name not in placed:  # loose cards go into a frame
                    assert row[name] == value, (kind, row_id, name)


# -- the properties -------------------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(disjoint_scripts(), shifts, shifts)
def test_disjoint_edits_all_arrive_once_in_any_order(
    base: Base, pair: tuple[list[Op], list[Op]], shift_a: int, shift_b: int
) -> None:
    """(a) no conflicts and every edit arrives; (c) twice is once; (d) A then B, B then A and
    A → B → project give the same live rows; (e) dots arrive once on every path."""
    script_a, script_b = pair
    folder = base.copy()
    try:
        project, a, b = (folder / n for n in ("Projekt.lk40", "Gruppe A.lk40", "Gruppe B.lk40"))
        side_a = _run(base, a, script_a, shift_a)
        side_b = _run(base, b, script_b, shift_b)
        assert _expected_conflicts(base.snapshot, side_a, side_b) == set()
        reversed_order, travelled = folder / "BA.lk40", folder / "ABP.lk40"
        for copy in (reversed_order, travelled):
            shutil.copyfile(project, copy)

        for document in _opened(project):
            assert _conflicts(document, a) == []
            merge(document, a, "mine")
            assert _conflicts(document, b) == []
            merge(document, b, "mine")
            again = prepare_merge(document, b)
            assert not again.plan.added and not again.plan.taken and not again.plan.conflicts
            before = _live(project)
            merge(document, b, "mine")
            assert _live(project) == before, "merging B twice is once"
        _arrived(project, base.snapshot, side_a, side_b)

        merge_into(reversed_order, b, a, prefer="mine")
        assert _live(reversed_order) == _live(project), "B then A is A then B"

        b_with_a = folder / "B mit A.lk40"
        shutil.copyfile(b, b_with_a)
        merge_into(b_with_a, a, prefer="mine")
        merge_into(travelled, b_with_a, prefer="mine")
        assert _live(travelled) == _live(project), "A → B → project is A and B"
        merge_into(travelled, a, prefer="mine")  # A arrives a second time, through its own file
        assert _live(travelled) == _live(project)

        expected = _expected_dots(base, side_a, side_b)
        for path in (project, reversed_order, travelled):
            assert _live_dots(path) == expected
    finally:
        shutil.rmtree(folder)


@PROPERTY_SETTINGS
@given(scripts, scripts, shifts, shifts)
def test_overlapping_edits_conflict_exactly_and_undo_restores_the_file(
    base: Base, script_a: list[Op], script_b: list[Op], shift_a: int, shift_b: int
) -> None:
    """(b) the conflicts are exactly the ones the scripts make, either way round; (f) with
    every conflict decided for "mine" and for "theirs" no live row comes to point to a deleted
    one and the decided values are there; (g) undo restores every table exactly; (c) the
    second merge of the same file finds nothing; (e) dots arrive once also A → B → project."""
    folder = base.copy()
    try:
        project, a, b = (folder / n for n in ("Projekt.lk40", "Gruppe A.lk40", "Gruppe B.lk40"))
        side_a = _run(base, a, script_a, shift_a)
        side_b = _run(base, b, script_b, shift_b)
        expected = _expected_conflicts(base.snapshot, side_a, side_b)

        for document in _opened(b):  # A's file merged into B's: A is "theirs"
            swapped = _expected_conflicts(base.snapshot, side_b, side_a)
            assert _as_tuples(_conflicts(document, a)) == swapped

        for document in _opened(project):
            assert _conflicts(document, a) == []
            merge(document, a, "mine")
            assert _as_tuples(_conflicts(document, b)) == expected
            before = dump(project)
            dangling = _dangling(project) | _dangling(b)
            for prefer in ("mine", "theirs"):
                edit = merge(document, b, prefer)
                assert _dangling(project) <= dangling, prefer
                _decided(project, base.snapshot, side_a, side_b, prefer=prefer, conflicts=expected)
                again = prepare_merge(document, b)
                assert not again.plan.added and not again.plan.taken, "twice is once"
                assert not again.plan.conflicts, "a decided conflict is not asked again"
                revert(document, edit)
                assert dump(project) == before, f"undo restores every row ({prefer})"
            merge(document, b, "mine")

        travelled = folder / "ABP.lk40"
        shutil.copyfile(base.folder / "Projekt.lk40", travelled)
        merge_into(b, a, prefer="mine")
        merge_into(travelled, b, a, prefer="mine")
        assert _live_dots(project) == _live_dots(travelled) == _expected_dots(base, side_a, side_b)
    finally:
        shutil.rmtree(folder)


def _decided(
    path: Path,
    base: Snapshot,
    mine: Effects,
    theirs: Effects,
    *,
    prefer: Side,
    conflicts: set[tuple[Any, ...]],
) -> None:
    """Every field conflict holds the chosen side's value, and every edit outside the
    conflicts arrived."""
    merged = _snapshot(path)
    conflicted = {(kind, row, name) for kind, row, name, *_ in conflicts}
    touched_rows = {(kind, row) for kind, row, *_ in conflicts}
    for kind, row_id, name, _base, mine_value, theirs_value in conflicts:
        if name == TOMBSTONE or name.startswith(REFERENCE):
            continue
        if (kind, row_id) in mine.deleted | theirs.deleted:
            continue
        chosen = mine_value if prefer == "mine" else theirs_value
        assert merged[kind][row_id][name] == chosen, (kind, row_id, name)
    for side in (mine, theirs):
        for (kind, row_id, name), value in side.changed(base).items():
            if (kind, row_id, name) in conflicted or (kind, row_id) in touched_rows:
                continue
            if (kind, row_id) in mine.deleted | theirs.deleted:
                continue
            assert merged[kind][row_id][name] == value, (kind, row_id, name)


def test_the_base_has_the_rows_the_scripts_aim_at(base: Base) -> None:
    """The pool is what the strategies assume: live cards, stakeholders, workshops, dots."""
    snapshot = base.snapshot
    for kind, ids in (
        ("idea", base.cards),
        ("stakeholder", base.stakeholders),
        ("workshop", base.workshops),
    ):
        assert all(snapshot[kind][row][TOMBSTONE] is None for row in ids), kind  # type: ignore[index]
    assert len(_expected_dots(base)) == 2


@pytest.mark.parametrize("prefer", ["mine", "theirs"])
def test_a_relation_drawn_here_from_a_stakeholder_whose_deletion_there_is_a_conflict(
    base: Base, prefer: Side
) -> None:
    """Found by the properties (minimal example): A edits stakeholder 1 and draws a relation
    from it; B deletes stakeholder 1. Merging B after A, the deletion is a conflict; decided
    for B ("theirs") it used to leave A's relation pointing to the deleted stakeholder. The
    relation is now a reference conflict too, and neither decision leaves it dangling; for
    "mine" the stakeholder and the relation both stay."""
    folder = base.copy()
    try:
        project, a, b = (folder / n for n in ("Projekt.lk40", "Gruppe A.lk40", "Gruppe B.lk40"))
        side_a = _run(base, a, [("influence", 1, 1.0), ("relate", 1, 3, "blau")], 0)
        _run(base, b, [("delete", 1)], 0)
        [relation] = side_a.live_added("stakeholder_relation")
        merge_into(project, a, prefer="mine")
        for document in _opened(project):
            fields = {(c.row_id, c.field) for c in _conflicts(document, b)}
            assert fields == {
                (base.stakeholders[1], TOMBSTONE),
                (relation, REFERENCE + "source_id"),
            }
            merge(document, b, prefer)
        assert _dangling(project) == set()
        if prefer == "mine":
            live = _live(project)
            assert relation in live["stakeholder_relation"]
            assert base.stakeholders[1] in live["stakeholder"]
    finally:
        shutil.rmtree(folder)
