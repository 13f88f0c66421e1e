"""Every page on the town hall's laptop (issue 15): at 1366 × 768 and 1280 × 720 (also 1920 ×
1080 at 150 %) the window fits, and what a facilitator works with on each page is fully in view
without scrolling sideways: the widgets listed below, and the listed columns of each table. A
frozen column stays in view when the table is scrolled; card text is drawn at fit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.board.card_list import CLUSTER, TEXT, VOTES
from lk40_desktop.ui.board.items import BADGE_MIN_PX
from lk40_desktop.ui.main_window import (
    BOARDS,
    EXPORT,
    OVERVIEW,
    SCORING,
    STAKEHOLDERS,
    STRATEGY,
    MainWindow,
)
from lk40_desktop.ui.stakeholders.map_items import node_fonts, relation_pixels
from lk40_desktop.ui.stakeholders.map_scene import MAP_TEXT_PX
from lk40_desktop.ui.stakeholders.table import ATTITUDE, GROUP, INFLUENCE, INTEREST, NAME
from lk40_desktop.ui.widgets.painting import pixel_size, readable
from lk40_desktop.ui.widgets.table_layout import FrozenColumns

SCREENS = {"1366x768": (1366, 700), "1280x720": (1280, 652)}
"""Each screen's room for a maximised window's content: less a 40 px task bar and a 28 px
title bar (1920 × 1080 at 150 % scaling is 1280 × 720 logical pixels)."""

Widgets = Callable[[MainWindow], list[QWidget]]
Columns = Callable[[MainWindow], list[tuple[QTableView, list[int]]]]


@dataclass(frozen=True)
class View:
    """One page (and tab) with what must be fully in view on it."""

    row: int
    show: Callable[[MainWindow], None]
    widgets: Widgets
    columns: Columns


def _buttons(widget: QWidget) -> list[QWidget]:
    return [b for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(widget)]


def _overview(window: MainWindow) -> list[QWidget]:
    page = window.overview
    form = page.form
    fields, workshops = page.fields, page.workshops
    return [
        form.county,
        form.title_edit,
        form.client,
        form.start_date,
        form.end_date,
        form.language,
        form.description,
        fields.view,
        *_buttons(fields),
        workshops.view,
        workshops.add_button,
        workshops.delete_button,
        workshops.current,
        window.current_workshop,
        window.status_timer,
        window.save_state,
        workshops.participants_button,
        workshops.print_button,
    ]


def _stakeholders(window: MainWindow) -> list[QWidget]:
    page = window.stakeholders
    return [
        page.search,
        *(
            c for c in page.filters.findChildren(QComboBox) if c.isVisibleTo(page)
        ),  # origin: after a merge
        page.table,
        *page.panel.findChildren(QAbstractButton, options=_direct()),
        page.view,
        *(w for w in page.tools.findChildren(QWidget, options=_direct()) if w.isVisibleTo(page)),
        page.legend,
    ]


def _direct() -> Qt.FindChildOption:
    return Qt.FindChildOption.FindDirectChildrenOnly


def _board_common(window: MainWindow) -> list[QWidget]:
    page = window.boards
    bar = page.filter_bar
    return [
        page.fields,
        page.capture,
        bar.search,
        bar.tag_filter,
        bar.workshop_filter,
        bar.author_filter,
        bar.min_votes,
        page.tabs.tabBar(),
    ]


def _board(window: MainWindow) -> list[QWidget]:
    page = window.boards
    return [*_board_common(window), *page.tools.findChildren(QToolButton), page.view]


def _board_list(window: MainWindow) -> list[QWidget]:
    return [*_board_common(window), window.boards.list_view]


def _proposals(window: MainWindow) -> list[QWidget]:
    panel = window.boards.proposals
    form = panel.editor.form
    return [
        *_board_common(window),
        panel.table,
        panel.add_button,
        panel.delete_button,
        panel.number_button,
        form.number,
        form.title,
        form.tabs.tabBar(),
        form.texts["problem"],
        form.texts["goal"],
        form.texts["effect"],
    ]


def _profile_tab(index: int) -> Callable[[MainWindow], None]:
    def show(window: MainWindow) -> None:
        window.boards.tabs.setCurrentIndex(2)
        window.boards.proposals.editor.form.tabs.setCurrentIndex(index)

    return show


def _profile_finance(window: MainWindow) -> list[QWidget]:
    form = window.boards.proposals.editor.form
    money = [amount for name, amount in form.amounts.items() if name.endswith("_eur")]
    return [*_proposals(window)[:-3], *money, form.texts["funding_programmes"]]


def _profile_implementation(window: MainWindow) -> list[QWidget]:
    form = window.boards.proposals.editor.form
    fields = [form.lead, form.amounts["staff_fte"], form.horizon, form.start_quarter]
    return [*_proposals(window)[:-3], *fields, form.texts["milestones"]]


def _scoring_bar(window: MainWindow) -> list[QWidget]:
    editor = window.scoring.ensure_editor()
    return [
        editor.field_filter,
        editor.rater_choice,
        editor.aggregation,
        editor.raters_button,
        editor.print_button,
        editor.tabs.tabBar(),
    ]


def _tab(index: int) -> Callable[[MainWindow], None]:
    def show(window: MainWindow) -> None:
        window.scoring.ensure_editor().tabs.setCurrentIndex(index)

    return show


def _board_tab(index: int) -> Callable[[MainWindow], None]:
    def show(window: MainWindow) -> None:
        window.boards.tabs.setCurrentIndex(index)

    return show


def _voting(window: MainWindow) -> None:
    window.boards.tabs.setCurrentIndex(0)
    window.boards.set_voting(True)


def _all(view: QTableView) -> list[int]:
    return list(range(view.model().columnCount()))


def _nothing(_window: MainWindow) -> None:
    pass


def _status_quo(window: MainWindow) -> None:
    """The Ausgangslage: its text, the key figures' table and its buttons share the page."""
    outline = window.page(STRATEGY).outline  # type: ignore[attr-defined]
    for row in range(outline.count()):
        if outline.item(row).data(Qt.ItemDataRole.UserRole) == ("status_quo", None):
            outline.setCurrentRow(row)


def _no_columns(_window: MainWindow) -> list[tuple[QTableView, list[int]]]:
    return []


VIEWS: dict[str, View] = {
    "overview": View(
        OVERVIEW,
        _nothing,
        _overview,
        lambda w: [
            (w.overview.fields.view, [0, 1, 2]),
            (w.overview.workshops.view, [0, 1, 2, 3, 4]),
        ],
    ),
    "stakeholders": View(
        STAKEHOLDERS,
        _nothing,
        _stakeholders,
        lambda w: [(w.stakeholders.table, [NAME, GROUP, INFLUENCE, INTEREST, ATTITUDE])],
    ),
    "board": View(BOARDS, _board_tab(0), _board, _no_columns),
    "voting": View(
        BOARDS,
        _voting,
        lambda w: [
            *_board(w),
            w.boards.round_bar.rounds,
            w.boards.round_bar.new_button,
            w.boards.round_bar.dots,
            w.boards.voting_bar.voters,
            w.boards.round_bar.blind,
            w.boards.round_bar.close_button,
            w.boards.voting_bar.voter,
            w.boards.voting_bar.tally_button,
            w.boards.voting_bar.status,
        ],
        _no_columns,
    ),
    "card list": View(
        BOARDS,
        _board_tab(1),
        _board_list,
        lambda w: [(w.boards.list_view, [TEXT, VOTES, CLUSTER])],
    ),
    "proposals": View(
        BOARDS, _profile_tab(0), _proposals, lambda w: [(w.boards.proposals.table, [0])]
    ),
    "profile financing": View(BOARDS, _profile_tab(1), _profile_finance, _no_columns),
    "profile implementation": View(BOARDS, _profile_tab(2), _profile_implementation, _no_columns),
    "matrix": View(
        SCORING,
        _tab(0),
        lambda w: [*_scoring_bar(w), w.scoring.ensure_editor().matrix],
        lambda w: [(w.scoring.ensure_editor().matrix, _all(w.scoring.ensure_editor().matrix))],
    ),
    "criteria": View(
        SCORING,
        _tab(1),
        lambda w: [
            *_scoring_bar(w),
            w.scoring.ensure_editor().criteria.view,
            *_buttons(w.scoring.ensure_editor().criteria),
        ],
        lambda w: [
            (w.scoring.ensure_editor().criteria.view, _all(w.scoring.ensure_editor().criteria.view))
        ],
    ),
    "portfolio": View(
        SCORING,
        _tab(2),
        lambda w: [
            *_scoring_bar(w),
            w.scoring.ensure_editor().portfolio.canvas,
            w.scoring.ensure_editor().portfolio.size_by,
            *_buttons(w.scoring.ensure_editor().portfolio),
        ],
        _no_columns,
    ),
    "sensitivity": View(
        SCORING,
        _tab(3),
        lambda w: [
            *_scoring_bar(w),
            *(
                v
                for v in w.scoring.ensure_editor().sensitivity.findChildren(QTableView)
                if "Frozen" not in v.objectName()
            ),
            *_buttons(w.scoring.ensure_editor().sensitivity),
        ],
        lambda w: [
            (view, _all(view))
            for view in w.scoring.ensure_editor().sensitivity.findChildren(QTableView)
            if view.isVisibleTo(w) and "Frozen" not in view.objectName()
        ],
    ),
    "export": View(
        EXPORT,
        _nothing,
        lambda w: [
            *_buttons(w.export),
            w.export.docx_path,
            w.export.xlsx_path,
            w.export.template_path,
            w.export.language,
            w.export.without_contacts,
            w.export.chapters,
            w.export.fields,
        ],
        _no_columns,
    ),
    "strategy": View(
        STRATEGY,
        _status_quo,
        lambda w: [
            *_buttons(w.page(STRATEGY)),
            w.page(STRATEGY).outline,  # type: ignore[attr-defined]
            w.page(STRATEGY).editor.text,  # type: ignore[attr-defined]
            w.page(STRATEGY).figures.view,  # type: ignore[attr-defined]
        ],
        _no_columns,
    ),
}


@pytest.fixture(scope="module")
def laptop(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    """One window on a copy of the demo for all the layouts (they only look)."""
    demo = tmp_path_factory.mktemp("laptop") / "Musterlandkreis.lk40"
    demo.write_bytes(demo_template.read_bytes())
    window = create_main_window(demo, language="de")
    yield window
    window.close_project()
    window.close()


def _shown(window: MainWindow, view: View, screen: str) -> None:
    width, height = SCREENS[screen]
    if window.controller is not None:
        window.boards.set_voting(False)
    window.showNormal()
    window.resize(width, height)
    window.navigation.setCurrentRow(view.row)
    view.show(window)
    QTest.qWait(30)
    QApplication.processEvents()


def _cut(widget: QWidget) -> str | None:
    """Why ``widget`` is not fully in view (None: it is)."""
    if not widget.isVisible():
        return "hidden"
    bounds = widget.visibleRegion().boundingRect()
    if bounds.size() != widget.size():
        return f"shows {bounds.width()}×{bounds.height()} of {widget.width()}×{widget.height()}"
    cut_label = isinstance(widget, QLabel) and not widget.wordWrap()
    if cut_label and widget.width() < widget.sizeHint().width():
        return f"{widget.width()} px for {widget.sizeHint().width()} px: {widget.text()}"  # type: ignore[attr-defined]
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = widget.fontMetrics().horizontalAdvance(text) + 8
        if widget.width() < needed:
            return f"{widget.width()} px for {needed} px of text: {text}"
    return None


def _frozen(view: QTableView) -> FrozenColumns | None:
    return next((child for child in view.children() if isinstance(child, FrozenColumns)), None)


def _column_in_view(view: QTableView, column: int) -> bool:
    """Whether a column is wholly inside the viewport and not under a frozen side."""
    frozen = _frozen(view)
    left, right = frozen.covered() if frozen is not None else (0, 0)
    x = view.columnViewportPosition(column)
    room = view.viewport().width()
    return (
        not view.isColumnHidden(column)
        and left <= x
        and x + view.columnWidth(column) <= room - right
    )


def _title(table: QTableView, column: int) -> str:
    return str(table.model().headerData(column, Qt.Orientation.Horizontal))


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("name", list(VIEWS))
def test_what_a_facilitator_works_with_is_in_view(
    laptop: MainWindow, qtbot: QtBot, name: str, screen: str
) -> None:
    del qtbot
    view = VIEWS[name]
    _shown(laptop, view, screen)
    assert (laptop.width(), laptop.height()) == SCREENS[screen], "the window fits the screen"
    cut = {
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}": why
        for w in view.widgets(laptop)
        if (why := _cut(w)) is not None
    }
    assert not cut, cut
    for table, columns in view.columns(laptop):
        table.horizontalScrollBar().setValue(0)
        hidden = [_title(table, c) for c in columns if not _column_in_view(table, c)]
        assert not hidden, f"{table.objectName()}: {hidden} need scrolling sideways"


def test_the_frozen_name_and_results_stay_in_view_when_scrolled(laptop: MainWindow) -> None:
    _shown(laptop, VIEWS["stakeholders"], "1280x720")
    table = laptop.stakeholders.table
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0, "the other columns do scroll"
    bar.setValue(bar.maximum())
    frozen = _frozen(table)
    assert frozen is not None and frozen.left is not None and frozen.left.isVisible()
    name = frozen.left.columnViewportPosition(NAME)
    assert name == 0 and frozen.left.width() == table.columnWidth(NAME)
    bar.setValue(0)
    assert not frozen.left.isVisible(), "unscrolled, the table shows the name itself"
    _shown(laptop, VIEWS["matrix"], "1280x720")
    matrix = laptop.scoring.ensure_editor().matrix
    frozen = _frozen(matrix)
    assert frozen is not None and frozen.right is not None
    matrix.horizontalScrollBar().setValue(0)
    results = list(range(matrix.model().columnCount() - 3, matrix.model().columnCount()))
    assert all(_column_in_view(matrix, c) or frozen.right.isVisible() for c in results)


def test_card_text_is_drawn_at_fit_on_the_demo_board(laptop: MainWindow) -> None:
    """ "Einpassen" on the demo board at 1366 × 768 shows each card's title, not a block."""
    _shown(laptop, VIEWS["board"], "1366x768")
    page = laptop.boards
    page.view.fit()
    QApplication.processEvents()
    assert page.scene.look.readable_at(page.view.zoom_factor())
    dots = page.scene.look.badge_shown * page.view.zoom_factor()
    assert dots >= BADGE_MIN_PX - 0.5, f"the dot badges are {dots:.1f} px on screen"
    image = page.view.viewport().grab().toImage()
    for card in list(page.scene.cards.values())[:6]:
        rect: QRect = page.view.mapFromScene(card.sceneBoundingRect()).boundingRect()
        inner = rect.adjusted(6, 6, -6, -6)
        dark = sum(
            1
            for x in range(inner.left(), inner.right(), 2)
            for y in range(inner.top(), inner.bottom(), 2)
            if image.pixelColor(x, y).lightness() < 110
        )
        assert dark > 40, f"no title drawn on {card.row.text!r} ({dark} dark pixels)"


def test_map_names_and_relation_labels_read_on_a_laptop(laptop: MainWindow) -> None:
    """At fit on 1366 × 768: names and relation labels at least MAP_TEXT_PX on screen (they
    grow in scene units as the view zooms out); readable names take room, so two in five of
    the demo's 46 are placed (the rest show when selected, and in the table)."""
    _shown(laptop, VIEWS["stakeholders"], "1366x768")
    page = laptop.stakeholders
    page.view.fit()
    zoom = page.view.zoom_factor()
    nodes = list(page.scene.nodes.values())
    for node in nodes:
        font = node_fonts(node.scale_factor, node.text_scale)[0]
        assert pixel_size(font) * zoom >= MAP_TEXT_PX - 0.5
    assert sum(node.name_area() is not None for node in nodes) >= 0.4 * len(nodes)
    labelled = [item for item in page.scene.relations.values() if item.label]
    assert labelled and all(
        readable(relation_pixels(item.text_scale), zoom) for item in labelled
    ), "relation labels are drawn at the default zoom"
    assert relation_pixels(labelled[0].text_scale) * zoom >= MAP_TEXT_PX - 0.5
