"""``lk40 group`` and ``lk40 merge`` as real subprocesses: a hand-out merged back with its
report, conflicts that stop a merge until a rule is given, and one line for every refusal —
with the project left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.overview import update_workshop
from lk40_desktop.services.project import workshops
from lk40_desktop.store.document import WorkshopDocument
from tests.test_cli import _lk40


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _set_place(path: Path, place: str) -> str:
    document = WorkshopDocument.open(path)
    try:
        with document.reading() as session:
            workshop = workshops(session)[0].id
        perform(document, lambda s: update_workshop(s, workshop, {"place": place}))
    finally:
        document.close()
    return workshop


def _place(path: Path, workshop: str) -> str:
    with sqlite3.connect(path) as connection:
        place = connection.execute("SELECT place FROM workshop WHERE id = ?", (workshop,))
        value = str(place.fetchone()[0])
    connection.close()
    return value


@pytest.fixture
def handed_out(demo_file: Path, tmp_path: Path) -> Path:
    group = tmp_path / "Gruppe B.lk40"
    result = _lk40("group", str(demo_file), str(group), "--name", "Gruppe B")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(group)
    return group


def test_a_group_file_merges_back_with_a_backup_and_a_report(
    demo_file: Path, handed_out: Path, tmp_path: Path
) -> None:
    workshop = _set_place(handed_out, "Aula")
    report = tmp_path / "bericht.txt"
    result = _lk40("merge", str(demo_file), str(handed_out), "--report", str(report))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("Gruppe B (")
    assert "changed: 1 workshop" in result.stdout
    assert report.read_text(encoding="utf-8").splitlines()[1] == "  changed: 1 workshop"
    assert _place(demo_file, workshop) == "Aula"
    backups = list(tmp_path.glob("Musterlandkreis (vor Zusammenführung *).lk40"))
    assert len(backups) == 1 and _place(backups[0], workshop) != "Aula"


def test_conflicts_stop_the_merge_until_a_rule_is_given(demo_file: Path, handed_out: Path) -> None:
    workshop = _set_place(handed_out, "Aula")
    _set_place(demo_file, "Rathaus")
    before = _digest(demo_file)
    stopped = _lk40("merge", str(demo_file), str(handed_out))
    assert stopped.returncode == 1
    assert stopped.stderr.count("\n") == 1 and "1 conflicts" in stopped.stderr
    assert _digest(demo_file) == before, "nothing was written"
    for prefer, place in (("mine", "Rathaus"), ("theirs", "Aula")):
        copy = demo_file.with_name(f"{prefer}.lk40")
        copy.write_bytes(demo_file.read_bytes())
        merged = _lk40("merge", str(copy), str(handed_out), "--prefer", prefer)
        assert merged.returncode == 0, merged.stderr
        assert _place(copy, workshop) == place


def test_every_refusal_is_one_line_and_leaves_the_project(
    demo_file: Path, handed_out: Path, new_file: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "Kopie.lk40"
    plain.write_bytes(new_file.read_bytes())
    fresh = tmp_path / "Frisch.lk40"
    assert _lk40("demo", str(fresh)).returncode == 0
    damaged = tmp_path / "kaputt.lk40"
    damaged.write_bytes(handed_out.read_bytes()[:4096])
    newer = tmp_path / "neuer.lk40"
    newer.write_bytes(handed_out.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(demo_file)
    cases = {
        demo_file: "is the project file itself",
        fresh: "is a file of another project",
        damaged: "",
        newer: "",
        tmp_path / "fehlt.lk40": "",
    }
    for path, words in cases.items():
        result = _lk40("merge", str(demo_file), str(path))
        assert result.returncode == 1, (path, result.stderr)
        assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert _digest(demo_file) == before
    unshared = _lk40("merge", str(new_file), str(plain))
    assert unshared.returncode == 1 and "not handed out from this project" in unshared.stderr
    empty = _lk40("group", str(demo_file), str(tmp_path / "x.lk40"), "--name", " ")
    assert empty.returncode == 1 and not (tmp_path / "x.lk40").exists()
