"""The stakeholder map renderer writes real PNG and SVG files, atomically."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from lk40_desktop.export.atomic import ExportTargetError
from lk40_desktop.export.stakeholder_map import (
    NAME_SIZE,
    RELATION_LABEL_SIZE,
    render_stakeholder_map,
    stakeholder_map_figure,
)
from lk40_desktop.services.stakeholders.data import MapFilter, StakeholderData, load
from lk40_desktop.store.document import WorkshopDocument


@pytest.fixture
def data(demo_document: WorkshopDocument) -> StakeholderData:
    with demo_document.reading() as session:
        return load(session)


def test_png_is_a_print_quality_image(data: StakeholderData, out: Path) -> None:
    target = out / "karte.png"
    render_stakeholder_map(data, target)
    with Image.open(target) as image:  # 300 dpi at the paper's text width of 16 cm
        assert image.format == "PNG"
        assert image.width >= 1850 and image.height >= 1850
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 500, "a drawn map, not an empty canvas"
    assert oct(target.stat().st_mode & 0o777) != oct(0o600), "readable like any saved file"
    assert [p.name for p in out.iterdir()] == ["karte.png"]


def test_svg_keeps_names_quadrants_and_legend_as_text(data: StakeholderData, out: Path) -> None:
    target = out / "karte.svg"
    render_stakeholder_map(data, target, language="en")
    texts = {
        "".join(element.itertext()).strip()
        for element in ET.parse(target).iter()
        if element.tag.endswith("text")
    }
    assert {
        "Landrätin",
        "IHK",
        "Manage closely",
        "Keep satisfied",
        "Keep informed",
        "Monitor",
    } <= texts
    assert "Kooperation" in texts and "+ Supporter" in texts


def test_names_in_the_picture_overprint_nothing(data: StakeholderData) -> None:
    """Measured by matplotlib after drawing: no name overlaps another or a relation's label,
    each lies inside the map, and at 7 pt on a map 16 cm wide half the stakeholders or more
    keep their name (the paper lists every one by quadrant beside it)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = stakeholder_map_figure(data)
    FigureCanvasAgg(figure).draw()
    axes = figure.axes[0]
    boxes = [
        t.get_window_extent()
        for t in axes.texts
        if t.get_fontsize() == NAME_SIZE and t.get_bbox_patch() is None and len(t.get_text()) > 1
    ]
    labels = [
        t.get_bbox_patch().get_window_extent()
        for t in axes.texts
        if t.get_fontsize() == RELATION_LABEL_SIZE and t.get_bbox_patch() is not None
    ]
    assert len(boxes) >= 0.5 * len(data.stakeholders) and labels
    inside = axes.get_window_extent()
    for i, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[i + 1 :] + labels)
        assert inside.x0 <= box.x0 and box.x1 <= inside.x1 and inside.y0 <= box.y0
        assert box.y1 <= inside.y1


def test_filter_and_long_names(data: StakeholderData, out: Path) -> None:
    long_name = "Ein sehr langer Name einer Arbeitsgemeinschaft der Ortsvereine im Kreis"
    data.stakeholders[0].name = long_name
    first_group = data.stakeholders[0].group_id
    target = out / "gefiltert.svg"
    render_stakeholder_map(data, target, map_filter=MapFilter(group_ids=frozenset({first_group})))
    text = target.read_text(encoding="utf-8")
    assert long_name not in text, "elided on the map"
    assert "Ein sehr langer Name" in text and "…" in text
    others = [row.name for row in data.stakeholders if row.group_id != first_group]
    assert not any(f">{name}<" in text for name in others)


def test_failed_export_keeps_the_old_file(data: StakeholderData, out: Path) -> None:
    target = out / "karte.png"
    target.write_bytes(b"old picture")
    with pytest.raises(ValueError, match="unsupported"):
        render_stakeholder_map(data, out / "karte.gif")
    with pytest.raises(ExportTargetError):
        render_stakeholder_map(data, out / "fehlt" / "karte.png")
    assert target.read_bytes() == b"old picture"
    assert sorted(p.name for p in out.iterdir()) == ["karte.png"]
