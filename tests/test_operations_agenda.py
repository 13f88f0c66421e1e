"""Operations on a workshop's agenda, without Qt: points added, changed, moved and deleted,
start times that follow from the workshop's start, the point running now — each read back
from the file, undone and read again; each refusal."""

from __future__ import annotations

import pytest

from lk40_desktop.operations.agenda import (
    add_item,
    delete_items,
    move_items,
    start_item,
    update_item,
)
from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.overview import update_workshop
from lk40_desktop.services.agenda import (
    agenda,
    clock_time,
    current_item,
    end_time,
    next_item,
    start_times,
)
from lk40_desktop.services.project import action_fields, current_workshop, workshops
from lk40_desktop.store.document import WorkshopDocument

EVENING = "Ideenwerkstatt Wirtschaft und Energie"


def _workshop(document: WorkshopDocument, title: str = EVENING) -> str:
    with document.reading() as session:
        return next(w.id for w in workshops(session) if w.title == title)


def _titles_and_starts(document: WorkshopDocument, workshop_id: str) -> list[tuple[str, str]]:
    with document.reading() as session:
        return [(entry.title, entry.start) for entry in agenda(session, workshop_id)]


def test_typed_start_times_are_read_as_a_clock_would_show_them() -> None:
    assert [clock_time(t) for t in ("18", "18.30", "18:30 Uhr", " 6:05 ", "", "7h45")] == [
        "18:00",
        "18:30",
        "18:30",
        "06:05",
        "",
        "07:45",
    ]
    assert [clock_time(t) for t in ("25:00", "18:75", "abends", "18:3", "=cmd|x")] == [None] * 5
    assert start_times("23:30", [20, 20, 20]) == ["23:30", "23:50", "00:10"]
    assert start_times("", [20, 20]) == ["", ""]
    assert end_time("18:00", [10, 15]) == "18:25" and end_time("18:00", []) == ""


def test_the_demo_evening_starts_each_point_after_the_one_before(
    demo_document: WorkshopDocument,
) -> None:
    rows = _titles_and_starts(demo_document, _workshop(demo_document))
    assert rows[:3] == [
        ("Ankommen und Begrüßung", "18:00"),
        ("Impuls: Energiewende im ländlichen Raum", "18:10"),
        ("Ideen sammeln: Energie", "18:25"),
    ]
    with demo_document.reading() as session:
        entry = agenda(session, _workshop(demo_document))[2]
    assert entry.page == "boards" and entry.field_name == "Energie"


def test_a_new_point_goes_last_and_a_later_start_moves_every_point(
    demo_document: WorkshopDocument,
) -> None:
    workshop_id = _workshop(demo_document)
    before = _titles_and_starts(demo_document, workshop_id)
    added = perform(
        demo_document, lambda s: add_item(s, workshop_id, {"title": "Feedback", "minutes": 5})
    )
    rows = _titles_and_starts(demo_document, workshop_id)
    assert rows[:-1] == before and rows[-1] == ("Feedback", "20:15")
    later = perform(demo_document, lambda s: update_workshop(s, workshop_id, {"start_time": "19"}))
    assert _titles_and_starts(demo_document, workshop_id)[-1] == ("Feedback", "21:15")
    revert(demo_document, later)
    revert(demo_document, added)
    assert _titles_and_starts(demo_document, workshop_id) == before


def test_moving_points_changes_the_start_times_and_undo_restores_them(
    demo_document: WorkshopDocument,
) -> None:
    workshop_id = _workshop(demo_document)
    before = _titles_and_starts(demo_document, workshop_id)
    with demo_document.reading() as session:
        ids = [entry.id for entry in agenda(session, workshop_id)]
    moved = perform(demo_document, lambda s: move_items(s, workshop_id, [ids[4]], 0))  # the break
    rows = _titles_and_starts(demo_document, workshop_id)
    assert rows[0] == ("Pause", "18:00") and rows[1] == ("Ankommen und Begrüßung", "18:15")
    assert sorted(rows) != sorted(before)  # same titles, other times
    revert(demo_document, moved)
    assert _titles_and_starts(demo_document, workshop_id) == before


def test_a_point_off_the_boards_keeps_no_action_field(demo_document: WorkshopDocument) -> None:
    workshop_id = _workshop(demo_document)
    with demo_document.reading() as session:
        point = agenda(session, workshop_id)[2]
        other = next(f.id for f in action_fields(session) if f.id != point.action_field_id)
    perform(demo_document, lambda s: update_item(s, point.id, {"action_field_id": other}))
    with demo_document.reading() as session:
        assert agenda(session, workshop_id)[2].action_field_id == other
    perform(demo_document, lambda s: update_item(s, point.id, {"page": "scoring"}))
    with demo_document.reading() as session:
        shown = agenda(session, workshop_id)[2]
    assert shown.page == "scoring" and shown.action_field_id is None and shown.field_name == ""


def test_the_point_running_now_is_stored_and_the_next_one_follows(
    demo_document: WorkshopDocument,
) -> None:
    workshop_id = _workshop(demo_document)
    with demo_document.reading() as session:
        ids = [entry.id for entry in agenda(session, workshop_id)]
        assert current_item(session) is None and next_item(session, workshop_id) == ids[0]
        assert current_workshop(session) is None
    begun = perform(demo_document, lambda s: start_item(s, ids[0]))
    with demo_document.reading() as session:
        assert current_item(session) == ids[0] and next_item(session, workshop_id) == ids[1]
        assert current_workshop(session) == workshop_id  # its workshop runs tonight
    revert(demo_document, begun)
    with demo_document.reading() as session:
        assert current_item(session) is None and current_workshop(session) is None
    perform(demo_document, lambda s: start_item(s, ids[0]))
    perform(demo_document, lambda s: start_item(s, ids[-1]))
    with demo_document.reading() as session:
        assert next_item(session, workshop_id) is None
    deleted = perform(demo_document, lambda s: delete_items(s, [ids[-1]]))
    with demo_document.reading() as session:
        assert current_item(session) is None  # a deleted point is not running
    revert(demo_document, deleted)
    with demo_document.reading() as session:
        assert current_item(session) == ids[-1]
    with pytest.raises(ValueError, match="no agenda point"):
        perform(demo_document, lambda s: start_item(s, "nonsense"))


@pytest.mark.parametrize(
    ("values", "refusal"),
    [
        ({"title": "  "}, Refusal.EMPTY_TEXT),
        ({"minutes": 0}, Refusal.BAD_MINUTES),
        ({"minutes": 601}, Refusal.BAD_MINUTES),
        ({"minutes": -3}, Refusal.BAD_MINUTES),
    ],
)
def test_a_point_without_title_or_with_an_impossible_duration_is_refused(
    demo_document: WorkshopDocument, values: dict[str, object], refusal: Refusal
) -> None:
    workshop_id = _workshop(demo_document)
    before = _titles_and_starts(demo_document, workshop_id)
    with demo_document.reading() as session:
        point = agenda(session, workshop_id)[0].id
    for edit in (
        lambda s: update_item(s, point, values),
        lambda s: add_item(s, workshop_id, {"title": "Neu", **values}),
    ):
        with pytest.raises(EditRefusedError) as refused:
            perform(demo_document, edit)
        assert refused.value.refusal is refusal
    assert _titles_and_starts(demo_document, workshop_id) == before


def test_a_start_that_is_no_time_of_day_is_refused(demo_document: WorkshopDocument) -> None:
    workshop_id = _workshop(demo_document)
    with pytest.raises(EditRefusedError) as refused:
        perform(demo_document, lambda s: update_workshop(s, workshop_id, {"start_time": "25:00"}))
    assert refused.value.refusal is Refusal.BAD_TIME and refused.value.detail == "25:00"
    assert _titles_and_starts(demo_document, workshop_id)[0][1] == "18:00"
