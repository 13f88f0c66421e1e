"""Services: the template, generic edits, ordering, and the demo project's content."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from lk40_desktop.operations import rows as edits
from lk40_desktop.services.demo import create_demo, load_content
from lk40_desktop.services.project import action_fields, moved, position_values, workshops
from lk40_desktop.services.starter import german
from lk40_desktop.services.summary import summarize
from lk40_desktop.services.template import DEFAULT_ACTION_FIELDS, DEFAULT_STAKEHOLDER_GROUPS
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.errors import TargetExistsError
from lk40_desktop.store.models import (
    Criterion,
    Idea,
    Proposal,
    ProposalIdea,
    Score,
    Stakeholder,
    StakeholderGroup,
    Vote,
)
from lk40_desktop.store.queries import live


def test_template_has_nine_coloured_fields_and_criteria(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        fields = action_fields(session)
        assert [f.name for f in fields] == [
            german("action_field", k) for k, _ in DEFAULT_ACTION_FIELDS
        ]
        assert len({f.color for f in fields}) == 9
        weights = [c.weight for c in session.scalars(live(Criterion))]
        assert len(weights) == 6 and sum(weights) == 100


def test_demo_is_rich_enough_for_every_editor(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        summary = summarize(session)
        assert summary.county == "Musterlandkreis"
        assert summary.counts["stakeholder"] >= 40
        assert summary.counts["idea"] >= 150
        assert summary.counts["proposal"] >= 9 and summary.counts["score"] > 0
        used_groups = set(session.scalars(select(Stakeholder.group_id)))
        all_groups = set(session.scalars(select(StakeholderGroup.id)))
        assert used_groups == all_groups, "every stakeholder group has members"
        assert len(DEFAULT_STAKEHOLDER_GROUPS) == len(all_groups)
        fields_with_ideas = set(session.scalars(select(Idea.action_field_id)))
        fields_with_proposals = set(session.scalars(select(Proposal.action_field_id)))
        assert len(fields_with_ideas) == 9 and len(fields_with_proposals) == 9
        assert session.scalar(select(func.count()).select_from(Vote)) > 100
        assert (
            session.scalar(select(func.count()).select_from(ProposalIdea))
            == 2 * summary.counts["proposal"]
        )
        cells = summary.counts["proposal"] * summary.counts["criterion"] * 4
        assert 0 < cells - session.scalar(select(func.count()).select_from(Score)) < cells // 10, (
            "a few scores are missing, as in real workshops"
        )


def test_demo_is_deterministic(tmp_path: Path) -> None:
    texts = []
    for name in ("a.lk40", "b.lk40"):
        create_demo(tmp_path / name)
        document = WorkshopDocument.open(tmp_path / name, read_only=True)
        with document.reading() as session:
            texts.append(
                [(i.text, i.x, i.y) for i in session.scalars(select(Idea).order_by(Idea.text))]
            )
        document.close()
    assert texts[0] == texts[1]


def test_demo_content_is_shipped_data(demo_document: WorkshopDocument) -> None:
    """Every record of ``resources/demo`` becomes a row, and the counts stay those of the
    demo the user guide and the tests know."""
    content = load_content()
    cards = [
        card for clusters in content["ideas"].values() for c in clusters for card in c["cards"]
    ]
    with demo_document.reading() as session:
        counts = summarize(session).counts
        assert counts["workshop"] == len(content["workshops"]) == 5
        assert counts["stakeholder"] == len(content["stakeholders"]) == 46
        assert counts["idea"] == len(cards) == 152
        assert counts["proposal"] == len(content["proposals"]) == 19
        assert (
            counts["score"] == 446 and session.scalar(select(func.count()).select_from(Vote)) == 490
        )
        assert set(session.scalars(select(Idea.text))) == set(cards)


def test_demo_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "da.lk40"
    target.write_bytes(b"wertvoll")
    with pytest.raises(TargetExistsError):
        create_demo(target)
    assert target.read_bytes() == b"wertvoll"


def test_generic_edits_create_set_delete_revive(demo_document: WorkshopDocument) -> None:
    changes = demo_document.write(lambda s: edits.create(s, "workshop", {"w": {"title": "Neu"}}))
    assert (
        changes.ids("workshop") == {"w"}
        and changes.touches("workshop")
        and not changes.touches("idea")
    )
    demo_document.write(lambda s: edits.set_fields(s, "workshop", {"w": {"place": "Rathaus"}}))
    demo_document.write(lambda s: edits.set_deleted(s, "workshop", ["w"], True))
    demo_document.write(lambda s: edits.create(s, "workshop", {"w": {"title": "Wieder da"}}))
    with demo_document.reading() as session:
        revived = [w for w in workshops(session) if w.id == "w"]
        assert revived and revived[0].title == "Wieder da" and revived[0].place == "Rathaus"


def test_edits_refuse_unknown_and_protected_fields(demo_document: WorkshopDocument) -> None:
    with pytest.raises(ValueError, match="cannot set"):
        demo_document.write(lambda s: edits.create(s, "workshop", {"w": {"titel": "Tippfehler"}}))
    with pytest.raises(ValueError, match="cannot set"):
        demo_document.write(
            lambda s: edits.create(s, "workshop", {"w": {"title": "x", "deleted_at": None}})
        )
    with pytest.raises(KeyError):
        demo_document.write(
            lambda s: edits.set_fields(s, "workshop", {"gibt-es-nicht": {"title": "x"}})
        )


def test_edits_of_many_rows_are_all_or_nothing(demo_document: WorkshopDocument) -> None:
    """Rows are read in chunks of ids (1,200 here: three chunks); an unknown id anywhere
    refuses the whole edit, naming the id."""
    rows = {f"w{n}": {"title": f"Workshop {n}"} for n in range(1200)}
    demo_document.write(lambda s: edits.create(s, "workshop", rows))
    renamed = {key: {"place": f"Raum {key}"} for key in rows}
    demo_document.write(lambda s: edits.set_fields(s, "workshop", renamed))
    with demo_document.reading() as session:
        places = {w.id: w.place for w in workshops(session) if w.id in rows}
        assert places == {key: f"Raum {key}" for key in rows}
        old = edits.read_fields(session, "workshop", {"w7": ["title"], "w1100": ["place"]})
        assert old == {"w7": {"title": "Workshop 7"}, "w1100": {"place": "Raum w1100"}}
    with pytest.raises(KeyError, match="workshop fehlt"):
        demo_document.write(lambda s: edits.set_deleted(s, "workshop", [*rows, "fehlt"], True))
    with demo_document.reading() as session:
        assert sum(w.id in rows for w in workshops(session)) == 1200, "none deleted"


@pytest.mark.parametrize(
    ("moving", "before", "expected"),
    [
        (["c"], 0, ["c", "a", "b", "d"]),
        (["a"], 4, ["b", "c", "d", "a"]),
        (["a"], 2, ["b", "a", "c", "d"]),
        (["b", "d"], 0, ["b", "d", "a", "c"]),
        (["b", "c"], 4, ["a", "d", "b", "c"]),
        (["b"], 1, ["a", "b", "c", "d"]),
    ],
)
def test_moved(moving: list[str], before: int, expected: list[str]) -> None:
    assert moved(["a", "b", "c", "d"], moving, before) == expected


def test_position_values_touch_only_what_moves() -> None:
    assert position_values(["b", "a", "c"], {"a": 0, "b": 1, "c": 2}) == {
        "b": {"position": 0},
        "a": {"position": 1},
    }
