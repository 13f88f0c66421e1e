"""Operations on the strategy the county writes, without Qt: chapter texts and the outline's
order, key figures, field goals with their links to measures, and measure numbers — each
read back from the file, undone and read again; each refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform, revert
from lk40_desktop.operations.proposals import create_proposal, delete_proposals, update_proposal
from lk40_desktop.operations.strategy import (
    add_goal,
    add_key_figure,
    delete_goals,
    link_goal,
    move_chapter,
    number_measures,
    set_chapter,
    update_goal,
)
from lk40_desktop.services.project import action_fields
from lk40_desktop.services.strategy import (
    DEFAULT_OUTLINE,
    chapter,
    field_chapters,
    field_prefix,
    goal_links,
    goals,
    key_figures,
    number_of,
    outline,
)
from lk40_desktop.store.document import WorkshopDocument


@pytest.fixture
def new_document(new_file: Path) -> Iterator[WorkshopDocument]:
    """A new template project, open for writing."""
    document = WorkshopDocument.open(new_file)
    yield document
    document.close()


def test_a_chapter_text_is_stored_as_markdown_and_undo_makes_it_untouched(
    new_document: WorkshopDocument,
) -> None:
    edit = perform(new_document, lambda s: set_chapter(s, "vision", None, {"text": "**Leitbild**"}))
    with new_document.reading() as session:
        stored = chapter(session, "vision", None)
    assert stored.text == "**Leitbild**" and stored.row_id is not None and stored.included
    excluded = perform(new_document, lambda s: set_chapter(s, "vision", None, {"included": False}))
    with new_document.reading() as session:
        assert not chapter(session, "vision", None).included
    revert(new_document, excluded)
    with new_document.reading() as session:
        assert chapter(session, "vision", None).included
    revert(new_document, edit)
    with new_document.reading() as session:
        again = chapter(session, "vision", None)
    assert again.text == "" and again.row_id is None


def test_an_untouched_chapter_needs_no_row_and_a_no_op_makes_none(
    new_document: WorkshopDocument,
) -> None:
    with new_document.reading() as session:
        assert [c.key for c in outline(session)] == list(DEFAULT_OUTLINE)
        assert not set_chapter(session, "glossary", None, {"text": "", "included": True})
    with pytest.raises(ValueError, match="no chapter"):
        perform(new_document, lambda s: set_chapter(s, "nonsense", None, {"text": "x"}))


def test_moving_a_chapter_reorders_the_outline_and_undo_restores_it(
    new_document: WorkshopDocument,
) -> None:
    perform(new_document, lambda s: move_chapter(s, "resolution", 1))
    with new_document.reading() as session:
        order = [c.key for c in outline(session)]
    assert order[:3] == ["foreword", "resolution", "summary"]
    assert sorted(order) == sorted(DEFAULT_OUTLINE)
    perform(new_document, lambda s: move_chapter(s, "foreword", len(DEFAULT_OUTLINE)))
    with new_document.reading() as session:
        assert outline(session)[-1].key == "foreword"
    perform(new_document, lambda s: set_chapter(s, "resolution", None, {"text": "Der Kreistag …"}))
    with new_document.reading() as session:
        assert outline(session)[0].key == "resolution", "a text keeps its place"


def test_field_chapters_and_goals_with_indicator_and_links(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        field = action_fields(session)[1]
    perform(
        demo_document,
        lambda s: set_chapter(s, "field_goals", field.id, {"text": "Wir wollen …"}),
    )
    added = perform(
        demo_document,
        lambda s: add_goal(
            s,
            field.id,
            {
                "text": "Gigabit für alle",
                "indicator": "Anteil Haushalte",
                "target_value": "95 %",
                "target_year": 2030,
            },
        ),
    )
    (goal_id,) = added.created
    created = perform(
        demo_document,
        lambda s: create_proposal(s, {"title": "Neue Maßnahme", "action_field_id": field.id}),
    )
    (proposal_id,) = created.created
    perform(demo_document, lambda s: link_goal(s, proposal_id, goal_id, True))
    with demo_document.reading() as session:
        (goal,) = [g for g in goals(session, field.id) if g.id == goal_id]
        chapters = field_chapters(session, [field.id])[field.id]
        links = goal_links(session, proposal_ids=[proposal_id])
        assert not link_goal(session, proposal_id, goal_id, True), "linked already"
    assert (goal.indicator, goal.target_value, goal.target_year) == (
        "Anteil Haushalte",
        "95 %",
        2030,
    )
    assert [c.key for c in chapters] == ["field_intro", "field_status_quo", "field_goals"]
    assert chapters[2].text == "Wir wollen …"
    assert [g for _l, _p, g in links] == [goal_id]
    removed = perform(demo_document, lambda s: delete_goals(s, [goal_id]))
    with demo_document.reading() as session:
        assert goal_id not in {g.id for g in goals(session)}
        assert not goal_links(session, proposal_ids=[proposal_id]), "the link went along"
    revert(demo_document, removed)
    with demo_document.reading() as session:
        assert goal_links(session, proposal_ids=[proposal_id])
    gone = perform(demo_document, lambda s: delete_proposals(s, [proposal_id]))
    with demo_document.reading() as session:
        assert not goal_links(session, goal_ids=[goal_id]), "a deleted measure's links too"
    revert(demo_document, gone)


@pytest.mark.parametrize(
    ("values", "refusal"),
    [
        ({"text": " "}, Refusal.EMPTY_TEXT),
        ({"target_year": 1999}, Refusal.BAD_YEAR),
        ({"target_year": 2101}, Refusal.BAD_YEAR),
    ],
)
def test_a_goal_refuses_an_empty_text_and_an_impossible_year(
    demo_document: WorkshopDocument, values: dict[str, object], refusal: Refusal
) -> None:
    with demo_document.reading() as session:
        field = action_fields(session)[0]
        before = goals(session)
    with pytest.raises(EditRefusedError) as raised:
        perform(demo_document, lambda s: add_goal(s, field.id, {"text": "Ziel", **values}))
    assert raised.value.refusal == refusal
    if before:
        with pytest.raises(EditRefusedError):
            perform(demo_document, lambda s: update_goal(s, before[0].id, values))
    with demo_document.reading() as session:
        assert goals(session) == before, "nothing half-written"


def test_key_figures_keep_source_and_date(new_document: WorkshopDocument) -> None:
    from datetime import date

    values = {
        "label": "Einwohner",
        "value": "182.400",
        "source": "Statistisches Landesamt",
        "as_of": date(2025, 12, 31),
    }
    edit = perform(new_document, lambda s: add_key_figure(s, values))
    with new_document.reading() as session:
        (figure,) = key_figures(session)
    assert (figure.label, figure.source, figure.as_of) == (
        "Einwohner",
        "Statistisches Landesamt",
        date(2025, 12, 31),
    )
    with pytest.raises(EditRefusedError):
        perform(new_document, lambda s: add_key_figure(s, {"label": ""}))
    revert(new_document, edit)
    with new_document.reading() as session:
        assert key_figures(session) == []


def test_measure_numbers_are_given_per_field_and_never_change(
    demo_document: WorkshopDocument,
) -> None:
    with demo_document.reading() as session:
        fields = action_fields(session)
        broadband, energy = fields[1], fields[4]
    made = perform(
        demo_document,
        lambda s: create_proposal(
            s, {"title": "Glasfaser Schulen", "action_field_id": broadband.id}
        ),
    )
    (first,) = made.created
    with demo_document.reading() as session:
        number = number_of(session, first)
        highest = max(int(n.split("-")[1]) for n in [number] if n.startswith("BB-"))
    assert number.startswith("BB-") and highest >= 1
    perform(demo_document, lambda s: update_proposal(s, first, {"action_field_id": energy.id}))
    with demo_document.reading() as session:
        assert number_of(session, first) == number, "stable when it moves"
    perform(demo_document, lambda s: delete_proposals(s, [first]))
    second = perform(
        demo_document,
        lambda s: create_proposal(s, {"title": "Glasfaser Kitas", "action_field_id": broadband.id}),
    ).created[0]
    with demo_document.reading() as session:
        again = number_of(session, second)
    assert again != number and int(again[3:]) == int(number[3:]) + 1, "never given twice"


def test_numbering_gives_numbers_to_measures_without_one(new_document: WorkshopDocument) -> None:
    with new_document.reading() as session:
        field = action_fields(session)[0]
    made = perform(new_document, lambda s: create_proposal(s, {"title": "Ohne Feld"}))
    (loose,) = made.created
    with new_document.reading() as session:
        assert number_of(session, loose) == ""
    perform(new_document, lambda s: update_proposal(s, loose, {"action_field_id": field.id}))
    with new_document.reading() as session:
        assert number_of(session, loose) == "EM-01"
        assert not number_measures(session), "nothing left to number"


def test_field_prefixes() -> None:
    assert field_prefix("Breitband", "broadband") == "BB"
    assert field_prefix("Digitale Schule", None) == "DS"
    assert field_prefix("Gesundheit", None) == "GE"
    assert field_prefix("", None) == "M"


@pytest.mark.parametrize(
    ("values", "refusal"),
    [
        ({"own_share_eur": -1.0}, Refusal.NEGATIVE_AMOUNT),
        ({"staff_fte": -0.5}, Refusal.NEGATIVE_AMOUNT),
        ({"cost_estimate_eur": -3.0}, Refusal.NEGATIVE_COST),
        ({"start_quarter": "Q2/2027"}, Refusal.BAD_QUARTER),
        ({"start_quarter": "1027-Q2"}, Refusal.BAD_QUARTER),
    ],
)
def test_a_profile_refuses_negative_amounts_and_bad_quarters(
    demo_document: WorkshopDocument, values: dict[str, object], refusal: Refusal
) -> None:
    with demo_document.reading() as session:
        from lk40_desktop.services.proposals import proposal_list

        proposal = proposal_list(session)[0]
    with pytest.raises(EditRefusedError) as raised:
        perform(demo_document, lambda s: update_proposal(s, proposal.id, values))
    assert raised.value.refusal == refusal
