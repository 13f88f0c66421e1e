"""The edit every operation returns, without Qt: steps and their inverse, merging keystrokes,
read blocks that cannot write, and the change record's kinds."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, Step, change, create, delete, perform, revert
from lk40_desktop.services.project import workshops
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import ReadBlockWriteError, WorkshopDocument
from lk40_desktop.store.models import Workshop


def _titles(document: WorkshopDocument) -> dict[str, str]:
    with document.reading() as session:
        return {w.id: w.title for w in workshops(session)}


def test_an_edit_of_several_kinds_is_done_and_undone_whole(
    demo_document: WorkshopDocument,
) -> None:
    before = _titles(demo_document)
    first, second = sorted(before)[:2]

    def build(session: Session) -> Edit:
        return Edit(
            [
                create("workshop", {"w-new": {"title": "Abendworkshop"}}),
                change(session, "workshop", {first: {"title": "Umbenannt"}}),
                delete("workshop", [second]),
            ],
            created=["w-new"],
        )

    edit = perform(demo_document, build)
    after = _titles(demo_document)
    assert after["w-new"] == "Abendworkshop" and after[first] == "Umbenannt"
    assert second not in after
    changes = revert(demo_document, edit)
    assert _titles(demo_document) == before
    assert changes.ids("workshop") == {"w-new", first, second}
    perform(demo_document, lambda _session: edit)  # redo revives the same ids
    assert _titles(demo_document)["w-new"] == "Abendworkshop"


def test_unchanged_values_and_empty_steps_make_no_edit(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        workshop = workshops(session)[0]
        same = change(session, "workshop", {workshop.id: {"title": workshop.title}})
    assert not same and not Edit([same, create("idea", {}), delete("vote", [])])


def test_typing_into_one_field_absorbs_into_one_edit(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        workshop = workshops(session)[0]
        first = Edit([change(session, "workshop", {workshop.id: {"title": "A"}})])
        second = Edit([change(session, "workshop", {workshop.id: {"title": "Ab"}})])
        other_field = Edit([change(session, "workshop", {workshop.id: {"place": "Rathaus"}})])
        back = Edit([change(session, "workshop", {workshop.id: {"title": workshop.title}})])
    assert not first.absorb(other_field), "another field is another undo step"
    assert first.absorb(second)
    assert first.steps[0].new == {workshop.id: {"title": "Ab"}}
    assert first.steps[0].old == {workshop.id: {"title": workshop.title}}
    assert not first.undoes_itself()
    assert not back, "typing back to the stored value is no edit of its own"
    typed_back = Step(
        "workshop", "set", new={workshop.id: {"title": workshop.title}}, old={workshop.id: {}}
    )
    assert first.absorb(Edit([typed_back])) and first.undoes_itself()


def test_a_read_block_cannot_write(demo_document: WorkshopDocument) -> None:
    before = _titles(demo_document)
    with pytest.raises(ReadBlockWriteError), demo_document.reading() as session:
        workshops(session)[0].title = "heimlich"
        session.flush()
    with pytest.raises(ReadBlockWriteError), demo_document.reading() as session:
        session.execute(update(Workshop).values(title="heimlich"))
    with pytest.raises(ReadBlockWriteError), demo_document.reading() as session:
        session.add(Workshop(title="heimlich"))
        workshops(session)  # the autoflush before the query refuses
    assert _titles(demo_document) == before


def test_change_records_name_kinds_and_reloads() -> None:
    changes = ChangeSet.of("idea", ["a"]).merge(ChangeSet.of("vote", ["v"]))
    assert changes.touches("vote") and not changes.touches("proposal")
    assert changes.only({"idea", "vote", "cluster"}) and not changes.only({"idea"})
    reload = ChangeSet.reload()
    assert reload.touches("proposal") and not reload.only({"idea"}) and reload
    assert not ChangeSet()
