"""Laying out the map's texts: relation labels along their arrows, names beside their circles,
none overprinting another text or a circle."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lk40_desktop.services.stakeholders.map_names import (
    Box,
    LineLabel,
    NameBox,
    lay_out,
    name_box,
)


def _node(key: str, x: float, y: float, importance: float = 0.0) -> NameBox:
    return NameBox(key, x, y, radius=15.0, width=100.0, height=14.0, importance=importance)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_names(nodes: list[NameBox], area: Box | None = None) -> dict[str, str | None]:
    return lay_out(nodes, area=area).names


def test_names_go_below_unless_that_would_overprint() -> None:
    lonely = place_names([_node("a", 0, 0)])
    assert lonely == {"a": "below"}
    # side by side, 60 apart: both names below would overlap; the more important keeps below
    pair = place_names([_node("minor", 60, 0, 1.0), _node("major", 0, 0, 9.0)])
    assert pair["major"] == "below" and pair["minor"] == "above"


def test_labels_slide_along_their_arrow_and_names_keep_clear_of_them() -> None:
    node = _node("a", 0, 0)
    # a long arrow just through the circle's lower half: its middle would cover the circle
    long = LineLabel("r", (-300.0, 10.0), (300.0, 10.0), width=60.0, height=10.0)
    layout = lay_out([node], [long])
    assert layout.labels["r"] == (-90.0, 5.0, -30.0, 15.0), "40 % along: clear of the circle"
    assert layout.names == {"a": "below"}
    short = LineLabel("s", (-10.0, 0.0), (10.0, 0.0), width=60.0, height=10.0)
    assert lay_out([node], [short]).labels["s"] == (-30.0, -5.0, 30.0, 5.0), "kept, mid-arrow"
    under = LineLabel("u", (-10.0, 25.0), (10.0, 25.0), width=60.0, height=10.0)
    assert lay_out([node], [under]).names == {"a": "above"}, "the name makes way"


def test_names_stay_inside_the_area() -> None:
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
    places = place_names(nodes)  # without relation labels, which may overlap circles
    boxes = {n.key: name_box(n, places[n.key]) for n in nodes if places[n.key] is not None}
    circles = {n.key: (n.x - 15, n.y - 15, n.x + 15, n.y + 15) for n in nodes}
    keys = list(boxes)
    for i, key in enumerate(keys):
        assert not any(_overlap(boxes[key], boxes[other]) for other in keys[i + 1 :])
        assert not any(_overlap(boxes[key], c) for owner, c in circles.items() if owner != key)


def test_names_keep_off_arrows_where_they_can() -> None:
    """An arrow passing just below a circle sends its name above; where every place is
    crossed, the name still goes below rather than be left out."""
    below = ((-200.0, 30.0), (200.0, 30.0))
    assert lay_out([_node("a", 0, 0)], arrows=[below]).names == {"a": "above"}
    everywhere = [below, ((-200.0, -30.0), (200.0, -30.0)), ((-60.0, -200.0), (-60.0, 200.0))]
    everywhere.append(((60.0, -200.0), (60.0, 200.0)))
    crossed = lay_out([_node("a", 0, 0)], arrows=everywhere).names
    assert crossed["a"] is not None
