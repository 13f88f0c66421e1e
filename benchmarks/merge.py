"""Breakout groups (issue 20): a 5,000-card project, 8 group files handed out from it, each
with 500 new cards, 200 edited cards (50 of them also edited in the project: conflicts,
decided by "newer" as ``lk40 merge --prefer newer`` does), 50 deleted cards and 300 dots,
merged back one after the other — each with the backup copy the command line takes first.

Everything is built through the app's operations (capture, edit, delete, vote, hand-out);
building is not timed. Timed per merge: ``prepare_merge`` (the group's file opened and read,
this file read, the base unpacked, the three-way plan), the backup, and ``perform`` of the
merge edit. Baseline in the same run, before each merge: reading all three versions of every
row with plain sqlite3 — this file's and the group file's merged tables and the base snapshot
(decompressed and parsed JSON, as it is stored) — without comparing anything.

At the end the file is read back with sqlite3: 5,000 + 8 × 500 − 8 × 50 live cards, 8 × 300
new dots, every conflict card holding the newer side's text, every group's edits and deletions
in, and each group file merged again finds nothing left to add, take over or decide.

Usage: python benchmarks/merge.py [--profile FILE]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import random
import sqlite3
import statistics
import tempfile
import time
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from lk40_desktop.operations.board import capture_cards, delete_cards, update_card
from lk40_desktop.operations.edit import Edit, perform
from lk40_desktop.operations.groups import backup_before_merge, hand_out, prepare_merge
from lk40_desktop.operations.rounds import start_round, vote
from lk40_desktop.services.merge.plan import Conflict, Side
from lk40_desktop.services.merge.rules import MERGED_KINDS
from lk40_desktop.services.template import ProjectData, fill_blank
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import ENTITY_KINDS, ActionField

CARDS, GROUPS = 5000, 8
NEW, EDITED, CONFLICTING, DELETED, DOTS = 500, 200, 50, 50, 300
TARGET_S, TARGET_RATIO = 3.0, 5.0
WORDS = ["Ladesäulen", "Glasfaser", "App", "Beratung", "Sensoren", "Portal", "Netzwerk", "Schulen"]


def text(rng: random.Random, prefix: str, number: int) -> str:
    """A card's text of two to seven words, numbered so that every card differs."""
    return f"{prefix} {number}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 7)))


def build_project(path: Path, rng: random.Random) -> tuple[str, str, list[str]]:
    """The project: one action field with 5,000 captured cards and an open round. Returns the
    field's id, the round's id and the cards' ids in capture order."""

    def fill(session: Session) -> None:
        fill_blank(session, ProjectData(county="Benchmarkkreis"))
        session.add(ActionField(name="Breitband", color="#7b3f98", position=0))

    WorkshopDocument.create(path, fill).close()
    document = WorkshopDocument.open(path)
    try:
        with document.reading() as session:
            field_id = session.query(ActionField).one().id
        cards: list[str] = []
        for start in range(0, CARDS, 500):  # captured as a workshop's evening of pasted lists
            batch = [{"text": text(rng, "Idee", n)} for n in range(start, start + 500)]
            cards += perform(document, lambda s, b=batch: capture_cards(s, field_id, b)).created
        round_id = perform(document, lambda s: start_round(s, "Runde der Gruppen")).created[0]
    finally:
        document.close()
    return field_id, round_id, cards


def edit_texts(texts: dict[str, str]) -> Callable[[Session], Edit]:
    """One edit that gives cards new texts (the card list's cells, typed one after another)."""

    def build(session: Session) -> Edit:
        steps = [
            step
            for card, new in texts.items()
            for step in update_card(session, card, {"text": new}).steps
        ]
        return Edit(steps)

    return build


def give_dots(round_id: str, cards: list[str]) -> Callable[[Session], list[Edit]]:
    """A dot on each card, one ``vote`` after the other in one transaction (each reads the
    dots before it, as the board does)."""

    def run(session: Session) -> list[Edit]:
        edits: list[Edit] = []
        for card in cards:
            edit = vote(session, round_id, card, "", 1)
            edit.apply(session)
            edits.append(edit)
        return edits

    return run


class Plan:
    """Which cards each group edits, deletes and dots, and the texts expected at the end."""

    def __init__(self, cards: list[str]) -> None:
        per_group = EDITED + DELETED
        self.edited = [cards[g * per_group : g * per_group + EDITED] for g in range(GROUPS)]
        self.deleted = [cards[g * per_group + EDITED : (g + 1) * per_group] for g in range(GROUPS)]
        self.untouched = cards[GROUPS * per_group :]
        self.expected: dict[str, str] = {}
        """Card id → the text it must hold after all merges."""


def edit_group(
    project: WorkshopDocument,
    path: Path,
    group: int,
    *,
    field_id: str,
    round_id: str,
    plan: Plan,
    rng: random.Random,
) -> None:
    """The group's evening on its laptop, and the plenum's edits of 50 of the same cards: 25
    before the group's (the group's text is newer) and 25 after (the project's is newer)."""
    edited = plan.edited[group]
    early, late = edited[:25], edited[25:CONFLICTING]
    project_text = {card: f"Plenum: {card[:8]}" for card in early + late}
    perform(project, edit_texts({card: project_text[card] for card in early}))
    ours = {card: text(rng, f"Gruppe {group + 1} überarbeitet", n) for n, card in enumerate(edited)}
    document = WorkshopDocument.open(path)
    try:
        new = [{"text": text(rng, f"Gruppe {group + 1}", n)} for n in range(NEW)]
        created = perform(document, lambda s: capture_cards(s, field_id, new)).created
        perform(document, edit_texts(ours))
        perform(document, lambda s: delete_cards(s, plan.deleted[group], []))
        dotted = created[: DOTS // 2] + rng.sample(plan.untouched, DOTS - DOTS // 2)
        document.write(give_dots(round_id, dotted))
    finally:
        document.close()
    perform(project, edit_texts({card: project_text[card] for card in late}))
    plan.expected.update(ours)
    plan.expected.update({card: project_text[card] for card in late})


def bare_read(project: Path, group: Path) -> int:
    """The baseline: every merged row of both files and of the base snapshot, read with plain
    sqlite3 (the base decompressed and parsed as stored), nothing compared. Returns the rows."""
    tables = [ENTITY_KINDS[kind].__tablename__ for kind in MERGED_KINDS]
    count = 0
    for path in (project, group):
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for table in tables:
                count += len(connection.execute(f'SELECT * FROM "{table}"').fetchall())
            if path == project:
                (blob,) = connection.execute(
                    "SELECT base FROM handout WHERE \"group\" = '' AND deleted_at IS NULL "
                    "ORDER BY made_at LIMIT 1"
                ).fetchone()
                count += sum(len(rows) for rows in json.loads(zlib.decompress(blob)).values())
        finally:
            connection.close()
    return count


def read_back(path: Path) -> tuple[int, int, dict[str, str], int]:
    """Live cards, live dots, every card's text, and the number of deleted cards."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        cards = connection.execute("SELECT count(*) FROM idea WHERE deleted_at IS NULL")
        dots = connection.execute("SELECT count(*) FROM vote WHERE deleted_at IS NULL")
        texts = dict(connection.execute("SELECT id, text FROM idea WHERE deleted_at IS NULL"))
        gone = connection.execute("SELECT count(*) FROM idea WHERE deleted_at IS NOT NULL")
        return cards.fetchone()[0], dots.fetchone()[0], texts, gone.fetchone()[0]
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--profile", type=Path, help="write a cProfile of the timed merges to this file"
    )
    profile_path = parser.parse_args().profile
    profiler = cProfile.Profile()
    rng = random.Random(20)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        path = out / "projekt.lk40"
        field_id, round_id, cards = build_project(path, rng)
        plan = Plan(cards)
        project = WorkshopDocument.open(path)
        groups = [out / f"Gruppe {g + 1}.lk40" for g in range(GROUPS)]
        for g, group in enumerate(groups):
            hand_out(project, group, f"Gruppe {g + 1}")
        for g, group in enumerate(groups):
            edit_group(project, group, g, field_id=field_id, round_id=round_id, plan=plan, rng=rng)
        _cards, dots_before, _texts, _gone = read_back(path)
        rows: list[dict[str, float]] = []
        backups: list[Path] = []
        conflicts: list[int] = []
        try:
            for group in groups:
                start = time.perf_counter()
                bare_rows = bare_read(path, group)
                bare = time.perf_counter() - start
                if profile_path:
                    profiler.enable()
                start = time.perf_counter()
                prepared = prepare_merge(project, group)
                prepared_at = time.perf_counter()
                sides: dict[Conflict, Side] = {
                    c: c.winner("newer") for c in prepared.plan.conflicts
                }
                moment = datetime.now(UTC)
                backups.append(backup_before_merge(project, moment))
                backed_up = time.perf_counter()
                perform(project, lambda s, p=prepared, d=sides, m=moment: p.edit(s, d, m))
                done = time.perf_counter()
                profiler.disable()
                conflicts.append(len(prepared.plan.conflicts))
                rows.append(
                    {
                        "prepare": prepared_at - start,
                        "backup": backed_up - prepared_at,
                        "perform": done - backed_up,
                        "total": done - start,
                        "bare": bare,
                        "bare_rows": bare_rows,
                    }
                )
            leftovers = []
            for group in groups:
                again = prepare_merge(project, group).plan
                leftovers.append(len(again.added) + len(again.taken) + len(again.conflicts))
        finally:
            project.close()
        if profile_path:
            profiler.dump_stats(profile_path)
        live, dots, texts, gone = read_back(path)
    expected_cards = CARDS + GROUPS * NEW - GROUPS * DELETED
    wrong = [card for card, want in plan.expected.items() if texts.get(card) != want]
    deleted = {card for ids in plan.deleted for card in ids}
    checks = {
        f"live cards = {expected_cards}": live == expected_cards,
        f"deleted cards = {GROUPS * DELETED}": gone == GROUPS * DELETED
        and not deleted & texts.keys(),
        f"dots added = {GROUPS * DOTS}": dots - dots_before == GROUPS * DOTS,
        f"conflicts per merge = {CONFLICTING}": all(n == CONFLICTING for n in conflicts),
        "edited and conflict cards hold the newer text": not wrong,
        "merging each group file again: nothing left": not any(leftovers),
    }
    merge_s = sum(row["total"] for row in rows)
    backup_s = sum(row["backup"] for row in rows)
    baseline_s = sum(row["bare"] for row in rows)
    print(
        f"{'merge':<8}{'prepare ms':>11}{'backup ms':>10}{'perform ms':>11}{'total ms':>10}"
        f"{'bare ms':>9}{'bare rows':>10}{'conflicts':>10}"
    )
    for number, (row, count) in enumerate(zip(rows, conflicts, strict=True), start=1):
        print(
            f"{number:<8}{row['prepare'] * 1000:>11.0f}{row['backup'] * 1000:>10.0f}"
            f"{row['perform'] * 1000:>11.0f}{row['total'] * 1000:>10.0f}"
            f"{row['bare'] * 1000:>9.1f}{row['bare_rows']:>10.0f}{count:>10}"
        )
    ratio = merge_s / baseline_s
    within = merge_s <= TARGET_S and ratio <= TARGET_RATIO
    print(
        f"all {GROUPS} merges {merge_s:.2f} s (backups {backup_s:.2f} s), bare reads "
        f"{baseline_s:.3f} s, ratio {ratio:.1f}; target <= {TARGET_S:g} s and <= "
        f"{TARGET_RATIO:g} x bare: {'met' if within else 'MISSED'}"
    )
    print(f"distinct backup files: {len(set(backups))} of {len(backups)}")
    for name, passed in checks.items():
        print(f"check {name}: {'ok' if passed else 'FAILED'}")
    print(
        json.dumps(
            {
                "merge_s": round(merge_s, 3),
                "merge_ratio": round(ratio, 2),
                "baseline_s": round(baseline_s, 3),
                "per_merge_ms_median": round(statistics.median(r["total"] for r in rows) * 1000, 1),
                "prepare_s": round(sum(r["prepare"] for r in rows), 3),
                "perform_s": round(sum(r["perform"] for r in rows), 3),
                "backup_s": round(backup_s, 3),
                "merge_without_backup_s": round(merge_s - backup_s, 3),
                "ratio_without_backup": round((merge_s - backup_s) / baseline_s, 2),
                "merges": GROUPS,
                "conflicts": sum(conflicts),
                "cards": live,
                "dots_added": dots - dots_before,
                "checks_passed": all(checks.values()),
                "within_target": within,
            }
        )
    )
    if not all(checks.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
