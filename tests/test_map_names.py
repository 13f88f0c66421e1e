"""Placing stakeholder names on the map so that none overprints another name or a circle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lk40_desktop.services.map_names import NameBox, name_box, place_names


def _node(key: str, x: float, y: float, importance: float = 0.0) -> NameBox:
    return NameBox(key, x, y, radius=15.0, width=100.0, height=14.0, importance=importance)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_names_go_below_unless_that_would_overprint() -> None:
    lonely = place_names([_node("a", 0, 0)])
    assert lonely == {"a": "below"}
    # side by side, 60 apart: both names below would overlap; the more important keeps below
    pair = place_names([_node("minor", 60, 0, 1.0), _node("major", 0, 0, 9.0)])
    assert pair["major"] == "below" and pair["minor"] == "above"


def test_names_keep_clear_of_obstacles_and_inside_the_area() -> None:
    label_below = (-30.0, 20.0, 30.0, 30.0)  # a relation's label just under the circle
    assert place_names([_node("a", 0, 0)], [label_below]) == {"a": "above"}
    at_right_edge = _node("edge", 880, 0)
    inside = place_names([at_right_edge], area=(0.0, -100.0, 900.0, 100.0))
    assert inside == {"edge": "left"}, "below and above would cross the right edge"


def test_a_name_with_no_free_place_is_left_out() -> None:
    centre = _node("boxed", 0, 0)
    around = [
        _node("n", 0, -40, 5),
        _node("s", 0, 40, 5),
        _node("e", 70, 0, 5),
        _node("w", -70, 0, 5),
    ]
    assert place_names([centre, *around])["boxed"] is None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 900), st.floats(0, 900), st.floats(1, 10)),
        min_size=1,
        max_size=80,
    )
)
def test_placed_names_never_cover_a_name_or_another_circle(
    points: list[tuple[float, float, float]],
) -> None:
    nodes = [_node(f"k{i}", x, y, importance) for i, (x, y, importance) in enumerate(points)]
    places = place_names(nodes)
    boxes = {n.key: name_box(n, places[n.key]) for n in nodes if places[n.key] is not None}
    circles = {n.key: (n.x - 15, n.y - 15, n.x + 15, n.y + 15) for n in nodes}
    keys = list(boxes)
    for i, key in enumerate(keys):
        assert not any(_overlap(boxes[key], boxes[other]) for other in keys[i + 1 :])
        assert not any(_overlap(boxes[key], c) for owner, c in circles.items() if owner != key)
