"""Stakeholder analysis without Qt: quadrants, snapping, fan-out, filters, duplicates, deletion."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lk40_desktop.services.stakeholders.data import (
    MapFilter,
    StakeholderRow,
    deletion_plan,
    duplicate_names,
    load,
)
from lk40_desktop.services.stakeholders.grid import Quadrant, quadrant, snap, spread_offsets
from lk40_desktop.store.document import WorkshopDocument


def _row(
    key: str, name: str = "X", influence: float = 3, interest: float = 3, **extra: object
) -> StakeholderRow:
    values = {
        "organisation": "",
        "group_id": None,
        "attitude": "neutral",
        "contact_person": "",
        "contact_details": "",
        "notes": "",
    }
    values.update(extra)
    return StakeholderRow(key, name, influence=influence, interest=interest, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("influence", "interest", "expected"),
    [
        (5, 5, Quadrant.MANAGE_CLOSELY),
        (4, 1, Quadrant.KEEP_SATISFIED),
        (1, 4, Quadrant.KEEP_INFORMED),
        (1, 1, Quadrant.MONITOR),
        (3, 3, Quadrant.MANAGE_CLOSELY),
        (2.5, 3, Quadrant.KEEP_INFORMED),
    ],
)
def test_quadrant(influence: float, interest: float, expected: Quadrant) -> None:
    assert quadrant(influence, interest) == expected


@given(st.floats(min_value=-100, max_value=100, allow_nan=False))
def test_snap_stays_on_the_scale(value: float) -> None:
    snapped = snap(value)
    assert 1.0 <= snapped <= 5.0
    assert snapped * 2 == int(snapped * 2)
    if 1 <= value <= 5:
        assert abs(snapped - value) <= 0.25


def test_spread_fans_out_shared_points_only() -> None:
    rows = [_row("a", "A"), _row("b", "B"), _row("c", "C"), _row("d", "D", influence=5, interest=1)]
    offsets = spread_offsets(rows)
    assert offsets["d"] == (0.0, 0.0)
    shared = [offsets[key] for key in "abc"]
    assert len(set(shared)) == 3
    for dx, dy in shared:
        assert 0.1 < math.hypot(dx, dy) < 0.4
    assert spread_offsets(list(reversed(rows))) == offsets, "deterministic whatever the order"


def test_filter_by_group_attitude_workshop_and_text() -> None:
    row = _row(
        "a",
        "Kreishandwerkerschaft",
        group_id="g1",
        attitude="critic",
        notes="Glasfaser!",
        workshop_ids={"w1"},
    )
    assert MapFilter().matches(row)
    assert MapFilter(group_ids=frozenset({"g1"})).matches(row)
    assert not MapFilter(group_ids=frozenset({"g2"})).matches(row)
    assert not MapFilter(attitudes=frozenset({"supporter"})).matches(row)
    assert MapFilter(workshop_id="w1").matches(row) and not MapFilter(workshop_id="w2").matches(row)
    assert MapFilter(text="glasfaser").matches(row) and MapFilter(text="handwerk").matches(row)
    assert MapFilter(text="Handwerk").matches(_row("b", "x"), "Handwerk"), (
        "group names are searched too"
    )
    assert not MapFilter(text="Bäckerei").matches(row)


def test_duplicates_ignore_case_and_spaces() -> None:
    rows = [_row("a", "IHK"), _row("b", " ihk "), _row("c", "HWK")]
    assert duplicate_names(rows) == {"ihk"}


def test_demo_data_and_deletion_plan(demo_document: WorkshopDocument) -> None:
    with demo_document.reading() as session:
        data = load(session)
        landraetin = next(row for row in data.stakeholders if row.name == "Landrätin")
        plan = deletion_plan(session, [landraetin.id])
    touching = [r for r in data.relations if landraetin.id in (r.source_id, r.target_id)]
    assert len(touching) == len(plan["stakeholder_relation"]) >= 3
    assert len(plan["stakeholder_workshop"]) == len(landraetin.workshop_ids) >= 1
    assert plan["stakeholder"] == [landraetin.id]
    assert len(data.groups) == 11 and len(data.kinds) == 3 and len(data.workshops) == 5
