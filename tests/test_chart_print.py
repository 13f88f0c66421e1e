"""The paper's charts as printed: drawn at the size the paper gives them, every text is at
least 7 pt and no text overprints another (measured by matplotlib after drawing), every
legend they need is there, the roadmap runs on quarters with readable bar texts, and the
portfolio of 100 proposals numbers every bubble."""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from lk40_desktop.export.board_image import board_figure
from lk40_desktop.export.chart_fit import MIN_POINTS, PAPER
from lk40_desktop.export.portfolio import portfolio_figure
from lk40_desktop.export.roadmap import STAR, in_order, roadmap_figures
from lk40_desktop.export.stakeholder_map import NAME_SIZE, stakeholder_map_figure
from lk40_desktop.services.contrast import MIN_CONTRAST, contrast
from lk40_desktop.services.report import Report, build_report
from lk40_desktop.store.document import WorkshopDocument

BENCHMARK = Path(__file__).parent.parent / "benchmarks" / "export.py"


def _report(path: Path) -> Report:
    document = WorkshopDocument.open(path, read_only=True)
    try:
        with document.reading() as session:
            return build_report(session)
    finally:
        document.close()


@pytest.fixture(scope="module")
def demo(demo_template: Path) -> Report:
    return _report(demo_template)


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """The benchmark's project: 1,000 ideas, 100 proposals with scores."""
    spec = importlib.util.spec_from_file_location("export_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    path = tmp_path_factory.mktemp("large") / "gross.lk40"
    benchmark.scaled_project(path)
    return _report(path)


def _texts(figure: Figure) -> Iterator[tuple[Text, object]]:
    """Every text drawn (not empty, visible) with its box in pixels."""
    FigureCanvasAgg(figure).draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    for text in figure.findobj(Text):
        if text.get_visible() and text.get_text().strip() and text.get_figure() is not None:
            box = text.get_window_extent(renderer)
            if box.width > 0 and box.height > 0:
                yield text, box


def _check_print(figure: Figure, name: str) -> list[str]:
    """At most the paper's size; no text below 7 pt; no two texts overlapping. Returns
    the texts (for the chart's own checks)."""
    width, height = figure.get_size_inches()
    assert width <= PAPER.width + 1e-6 and height <= PAPER.max_height + 1e-6, (name, width, height)
    drawn = list(_texts(figure))
    small = [(t.get_text(), t.get_fontsize()) for t, _box in drawn if t.get_fontsize() < MIN_POINTS]
    assert not small, (name, small[:5])
    boxes = [(t.get_text(), box.shrunk(0.97, 0.9)) for t, box in drawn]  # type: ignore[attr-defined]
    clashes = [
        (a, b)
        for i, (a, box) in enumerate(boxes)
        for b, other in boxes[i + 1 :]
        if box.overlaps(other)
    ]
    assert not clashes, (name, clashes[:5])
    return [t.get_text() for t, _box in drawn]


def test_stakeholder_map_prints_readable(demo: Report) -> None:
    figure = stakeholder_map_figure(demo.stakeholders)
    texts = _check_print(figure, "map")
    names = [
        t
        for t in figure.axes[0].texts
        if t.get_fontsize() == NAME_SIZE and t.get_bbox_patch() is None and len(t.get_text()) > 1
    ]
    assert len(names) >= 0.5 * len(demo.stakeholders.stakeholders), "half the names at 7 pt"
    assert {"Kooperation", "Konflikt", "Abhängigkeit", "+ Unterstützer"} <= set(texts)


@pytest.mark.parametrize("numbered", [True, False])
def test_portfolio_prints_readable_with_its_legends(demo: Report, numbered: bool) -> None:
    assert demo.result is not None
    figure = portfolio_figure(demo.evaluation.proposals, demo.result, numbered=numbered)
    texts = _check_print(figure, f"portfolio numbered={numbered}")
    assert {"Quick Win", "Kosten (Fläche): 2.000.000 €", "200.000 €", "Breitband"} <= set(texts)
    assert "als Quick Win markiert,\nnach der Bewertung nicht" in texts, "the overruled flag"
    if numbered:
        assert {str(n) for n in range(1, 20)} <= set(texts), "every bubble has its number"


def test_portfolio_of_100_proposals_numbers_every_bubble(large: Report) -> None:
    assert large.result is not None and len(large.proposals) == 100
    figure = portfolio_figure(large.evaluation.proposals, large.result, numbered=True)
    texts = _check_print(figure, "portfolio of 100")
    scored = [p.number for p in large.proposals if not math.isnan(p.benefit)]
    assert {str(n) for n in scored} <= set(texts)


@pytest.mark.parametrize("which", ["demo", "large"])
def test_roadmap_runs_on_quarters_with_readable_bars(
    demo: Report, large: Report, which: str
) -> None:
    report = demo if which == "demo" else large
    colors = {f.id: f.color for f in report.fields}
    names = {f.id: f.name for f in report.fields}
    start = report.start_date or date(2026, 1, 1)
    figures = roadmap_figures(report.proposals, colors, names, start=start)
    assert len(figures) == (1 if which == "demo" else 3)
    ordered = in_order(report.proposals)
    assert [p.span.start for p in ordered] == sorted(p.span.start for p in ordered)
    seen = 0
    for figure in figures:
        texts = _check_print(figure, f"roadmap {which}")
        assert {"Q1", "Q4", "2026", "2030", "kurzfristig", "langfristig"} <= set(texts)
        assert f"{STAR}Quick Win" in texts and names[report.fields[0].id] in texts
        axes = figure.axes[0]
        bars = axes.patches
        for text in axes.texts:
            inside = [
                bar
                for bar in bars
                if bar.get_y() <= text.get_position()[1] <= bar.get_y() + bar.get_height()
                and bar.get_x() <= text.get_position()[0] <= bar.get_x() + bar.get_width()
                and bar.get_height() < 1
            ]
            for bar in inside:  # a title on its bar reads against the bar's colour
                ground = "#{:02x}{:02x}{:02x}".format(
                    *(round(c * 255) for c in bar.get_facecolor()[:3])
                )
                assert contrast(str(text.get_color()), ground) >= MIN_CONTRAST, text.get_text()
        seen += sum(1 for t in axes.texts if t.get_text().lstrip(STAR).split("…")[0])
    assert seen >= len(report.proposals) + 3 * len(figures), "every proposal's bar has its title"


def test_board_picture_prints_readable(demo: Report) -> None:
    field = demo.fields[0]
    cards = [c for c in demo.board.cards if c.field_id == field.id]
    figure = board_figure(cards, demo.board.clusters, size=PAPER)
    texts = _check_print(figure, "board")
    assert len(texts) >= 2 * len(cards), "each card keeps words of its text"
