"""Operations of the editable lists (stakeholder groups, relation kinds, raters), without Qt."""

from __future__ import annotations

import pytest

from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.vocabulary import add_entry, delete_entries, recolour, update_entry
from lk40_desktop.services.stakeholders.data import load
from lk40_desktop.services.vocabulary import Entry, VocabularyKind, entries
from lk40_desktop.store.document import WorkshopDocument


def _entries(document: WorkshopDocument, kind: VocabularyKind) -> list[Entry]:
    with document.reading() as session:
        return entries(session, kind)


def test_entries_read_each_list_in_order(demo_document: WorkshopDocument) -> None:
    assert [e.name for e in _entries(demo_document, "relation_kind")] == [
        "Kooperation",
        "Konflikt",
        "Abhängigkeit",
    ]
    assert _entries(demo_document, "relation_kind")[1].color == "#d62728"
    raters = _entries(demo_document, "rater")
    assert [e.position for e in raters] == [0, 1, 2, 3] and raters[3].name == "Lenkungskreis"
    assert {e.color for e in raters} == {""}, "raters have no colour"
    assert len(_entries(demo_document, "stakeholder_group")) == 11


@pytest.mark.parametrize("kind", ["stakeholder_group", "relation_kind", "rater"])
def test_add_an_entry_last_and_rename_it(
    demo_document: WorkshopDocument, kind: VocabularyKind
) -> None:
    before = _entries(demo_document, kind)
    added = perform(demo_document, lambda s: add_entry(s, kind, "Neu"))
    (entry_id,) = added.created
    last = _entries(demo_document, kind)[-1]
    assert (last.id, last.name, last.position) == (entry_id, "Neu", before[-1].position + 1)
    renamed = perform(demo_document, lambda s: update_entry(s, kind, entry_id, {"name": "Presse"}))
    assert _entries(demo_document, kind)[-1].name == "Presse"
    revert(demo_document, renamed)
    revert(demo_document, added)
    assert _entries(demo_document, kind) == before


def test_an_entry_needs_a_name(demo_document: WorkshopDocument) -> None:
    first = _entries(demo_document, "rater")[0]
    with demo_document.reading() as session:
        for build in (
            lambda: add_entry(session, "relation_kind", " "),
            lambda: update_entry(session, "rater", first.id, {"name": ""}),
        ):
            with pytest.raises(EditRefusedError) as refused:
                build()
            assert refused.value.refusal == Refusal.EMPTY_TEXT


def test_recolour_groups_and_not_raters(demo_document: WorkshopDocument) -> None:
    groups = _entries(demo_document, "stakeholder_group")
    edit = perform(
        demo_document,
        lambda s: recolour(s, "stakeholder_group", [g.id for g in groups[:2]], "#010203"),
    )
    assert [g.color for g in _entries(demo_document, "stakeholder_group")[:3]] == [
        "#010203",
        "#010203",
        groups[2].color,
    ]
    with demo_document.reading() as session:
        assert load(session).groups[0].color == "#010203", "the map reads the new colour"
    revert(demo_document, edit)
    assert _entries(demo_document, "stakeholder_group") == groups
    rater = _entries(demo_document, "rater")[0]
    with demo_document.reading() as session, pytest.raises(ValueError, match="no colour"):
        recolour(session, "rater", [rater.id], "#000000")


def test_deleting_a_group_leaves_its_stakeholders_ungrouped_until_undo(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        data = load(session)
    politik = next(g for g in data.groups if g.name == "Politik")
    members = {row.id for row in data.stakeholders if row.group_id == politik.id}
    edit = perform(demo_document, lambda s: delete_entries(s, "stakeholder_group", [politik.id]))
    with demo_document.reading() as session:
        after = load(session)
    assert politik.id not in {g.id for g in after.groups}
    assert all(after.group(row.group_id) is None for row in after.stakeholders if row.id in members)
    assert len(members) == 4 and len(after.stakeholders) == len(data.stakeholders)
    revert(demo_document, edit)
    with demo_document.reading() as session:
        restored = load(session)
    assert {row.id for row in restored.stakeholders if row.group_id == politik.id} == members
    assert restored.group(politik.id) == politik
