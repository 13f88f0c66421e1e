"""Keyboard and screen-reader use (issue 15, EN 301 549 clause 11) on every screen of the app
(``tests/walk.py``), in German and English: no two mnemonics of one window or menu share a key,
every control that takes focus has an accessible name, and Tab goes through a screen in the
order of its layout."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from pprint import pformat

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QRectF, Qt, QTime, QTimeZone
from PySide6.QtGui import QAccessible, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QGraphicsScene,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lk40_desktop.export.stakeholder_map import render_stakeholder_map
from lk40_desktop.i18n import DATE_FORMAT, local_time
from lk40_desktop.services.board.data import CARD_COLORS, CardRow
from lk40_desktop.services.board.layout import CARD_HEIGHT, CARD_WIDTH
from lk40_desktop.services.contrast import MIN_CONTRAST, contrast
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.services.stakeholders.grid import UNGROUPED_COLOR, relation_style
from lk40_desktop.services.template import DEFAULT_RELATION_KINDS, DEFAULT_STAKEHOLDER_GROUPS
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.board.items import CardItem, CardLook
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.stakeholders.map_items import (
    DUPLICATE_INK,
    LABEL_GROUND,
    NAME_INK,
    QT_LINE_STYLES,
)
from lk40_desktop.ui.stakeholders.map_scene import QUADRANT_FILLS
from lk40_desktop.ui.stakeholders.map_tools import LEGEND_LINES, MapLegend
from lk40_desktop.ui.widgets.dates import DateEdit
from lk40_desktop.ui.widgets.painting import ink
from lk40_desktop.ui.widgets.tab_order import layout_order
from tests.walk import Screen, everything, menus, visible_widgets

LANGUAGES = ("de", "en")


@pytest.fixture(params=LANGUAGES)
def walked(
    request: pytest.FixtureRequest, qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> Iterator[tuple[MainWindow, list[Screen]]]:
    """Every screen, each inspected while it is shown (the list holds what was found)."""
    window = create_main_window(language=request.param)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    yield window, everything(window, demo_file, tmp_path)  # type: ignore[misc]
    window.close_project()


def _mnemonic(text: str) -> str:
    """The Alt key of a text's mnemonic ("" for none)."""
    return QKeySequence.mnemonic(text).toString()


def _mnemonic_texts(window: QWidget) -> list[str]:
    """Texts with a mnemonic that are reachable in ``window`` right now."""
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for widget in visible_widgets(window):
        button = isinstance(widget, QAbstractButton) and not widget.text().startswith("&&")
        label = isinstance(widget, QLabel) and widget.buddy() is not None
        if button or label:
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())]
    return [text for text in texts if _mnemonic(text)]


def _clashes(texts: list[str]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        keys[_mnemonic(text)].append(text)
    return {key: same for key, same in keys.items() if len(same) > 1}


LONE_AMPERSAND = re.compile(r"(?<!&)&(?!&)")


def test_no_two_mnemonics_of_a_window_or_menu_share_a_key(
    walked: tuple[MainWindow, Iterator[Screen]],
) -> None:
    window, screens = walked
    found: dict[str, dict[str, list[str]]] = {}
    literal: dict[str, list[str]] = {}
    for screen in screens:
        clashes = _clashes(_mnemonic_texts(screen.window))
        if clashes:
            found[screen.name] = clashes
        shown_ampersands = [
            label.text()
            for label in visible_widgets(screen.window)
            if isinstance(label, QLabel)
            and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText
            and "<" not in label.text()
            and LONE_AMPERSAND.search(label.text())
        ]
        if shown_ampersands:
            literal[screen.name] = shown_ampersands
    for name, menu in menus(window):
        texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        clashes = _clashes([text for text in texts if _mnemonic(text)])
        if clashes:
            found[f"menu {name}"] = clashes
    assert not found, pformat(found)
    assert not literal, f"labels showing a bare '&' (no buddy to go to): {literal}"


def _takes_focus(widget: QWidget) -> bool:
    """A control the user reaches with Tab or a click (inner parts of spin and combo boxes,
    which hand their focus to the box, do not count)."""
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, QAbstractSpinBox | QComboBox)


def _accessible_name(widget: QWidget) -> str:
    """What a screen reader says the control is; a combo box's current entry is its value,
    not its name (Qt offers it as the name when there is none)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        labels = [
            label.text()
            for label in widget.window().findChildren(QLabel)
            if label.buddy() is widget
        ]  # on Linux Qt names a combo box by its value and links its label as a relation
        return labels[0] if labels else ""
    return name


def test_every_control_that_takes_focus_has_an_accessible_name(
    walked: tuple[MainWindow, Iterator[Screen]],
) -> None:
    _window, screens = walked
    nameless: dict[str, list[str]] = {}
    for screen in screens:
        missing = [
            f"{type(w).__name__} {w.objectName() or w.toolTip()}".strip()
            for w in visible_widgets(screen.part)
            if _takes_focus(w) and not _accessible_name(w).strip()
        ]
        if missing:
            nameless[screen.name] = sorted(set(missing))
    assert not nameless, pformat(nameless)


def _focus_chain(start: QWidget, members: set[QWidget]) -> list[QWidget]:
    """Where Tab goes from ``start`` (a window: where its chain begins), over the widgets
    of ``members``, once round."""
    chain: list[QWidget] = []
    widget = start
    for _ in range(5000):
        if widget in members and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain


def test_tab_goes_through_each_screen_in_the_order_of_its_layout(
    walked: tuple[MainWindow, Iterator[Screen]],
) -> None:
    _window, screens = walked
    wrong: dict[str, list[str]] = {}
    for screen in screens:
        wanted = [w for w in layout_order(screen.part) if w.isVisible() and w.isEnabled()]
        if len(wanted) < 2:
            continue
        chain = _focus_chain(screen.window, set(wanted))
        if chain != wanted:
            wrong[screen.name] = [
                f"{type(w).__name__} {w.objectName() or _accessible_name(w)}" for w in chain
            ]
    assert not wrong, pformat(wrong)


def test_every_map_action_has_a_keyboard_path(qtbot: QtBot, demo_file: Path) -> None:
    """Select, nudge, move, draw a relation and open a stakeholder without the mouse."""
    window = create_main_window(demo_file, language="de")
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.navigation.setCurrentRow(1)
    page = window.stakeholders
    view, scene = page.view, page.scene
    view.setFocus()
    scene.clearSelection()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(view, Qt.Key.Key_Right, alt)
    (first,) = scene.selected_node_ids()
    qtbot.keyClick(view, Qt.Key.Key_Right, alt)
    (second,) = scene.selected_node_ids()
    assert second != first and scene.nodes[second].x() > scene.nodes[first].x()
    before = page.source.data.stakeholders
    row = next(r for r in before if r.id == second)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # nudge: half a point less influence
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # a whole point
    moved = next(r for r in page.source.data.stakeholders if r.id == second)
    assert (moved.interest, moved.influence) == (row.interest - 1.0, row.influence - 0.5)
    relations = len(page.source.data.relations)
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the target, with or without Alt
    (target,) = scene.selected_node_ids()
    assert target != second
    qtbot.keyClick(view, Qt.Key.Key_Return)
    drawn = page.source.data.relations
    assert len(drawn) == relations + 1
    new = next(r for r in drawn if (r.source_id, r.target_id) == (second, target))
    assert new.kind_id == page.tools.current_kind()
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert len(page.source.data.relations) == relations + 1, "Esc draws nothing"
    scene.clearSelection()
    scene.nodes[second].setSelected(True)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # open: the name, ready to type
    editor = window.focusWidget()  # the window may not be the active one offscreen
    assert isinstance(editor, QLineEdit) and editor.parent() is page.table.viewport()
    qtbot.keyClicks(editor, "Neu benannt")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            next(r for r in page.source.data.stakeholders if r.id == second).name == "Neu benannt"
        )
    )
    window.close_project()


CARD_GROUNDS = (*CARD_COLORS, "#1f4e79", "#d62728", "#000000", "#7f7f7f", "#ffeb3b")
"""The card palette and colours a merged or imported file may bring."""


def test_text_on_coloured_cards_frames_and_circles_reaches_4_5_to_1(qtbot: QtBot) -> None:
    del qtbot  # fonts need the application
    look = CardLook()
    for ground in CARD_GROUNDS:
        for preferred in (look.text_color, look.meta_color, "#333333"):
            assert contrast(ink(ground, preferred).name(), ground) >= MIN_CONTRAST, ground
    assert contrast("#ffffff", look.dot.color().name()) >= MIN_CONTRAST, "the dot count"
    for key, color in (*DEFAULT_STAKEHOLDER_GROUPS, ("ungrouped", UNGROUPED_COLOR)):
        assert contrast(ink(color, "#ffffff").name(), color) >= MIN_CONTRAST, key
    for key, color in DEFAULT_RELATION_KINDS:
        assert contrast(ink(LABEL_GROUND, color).name(), LABEL_GROUND) >= MIN_CONTRAST, key
    for fill in QUADRANT_FILLS:
        for name in (NAME_INK, DUPLICATE_INK):
            assert contrast(name, fill) >= MIN_CONTRAST, (name, fill)
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0


def test_a_dark_card_is_written_in_white(qtbot: QtBot) -> None:
    del qtbot
    scene = QGraphicsScene()
    row = CardRow(
        "c", "f", "Glasfaser für alle Dörfer", "", "#1f4e79", 0.0, 0.0, None, None, "", "", 0
    )
    card = CardItem(row, CardLook(), "Verwaltung")
    scene.addItem(card)
    image = QImage(int(CARD_WIDTH), int(CARD_HEIGHT), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), card.sceneBoundingRect().adjusted(2, 2, -2, -2))
    painter.end()
    light = sum(
        image.pixelColor(x, y).lightness() > 200
        for x in range(0, image.width(), 2)
        for y in range(0, image.height() // 2, 2)
    )
    assert light > 40, "the title is light on the dark card"


def test_relation_kinds_differ_by_line_style_on_screen_and_in_the_exported_map(
    demo_document: WorkshopDocument, tmp_path: Path
) -> None:
    with demo_document.reading() as session:
        data = load_stakeholders(session)
    styles = [relation_style(data, kind.id) for kind in data.kinds]
    assert len(set(styles)) == len(styles) == 3
    assert len({QT_LINE_STYLES[style] for style in styles}) == 3, "on screen"
    legend = MapLegend()
    legend.show_data(data, {"supporter": "+", "neutral": "o", "critic": "-"})
    assert all(LEGEND_LINES[style] in legend.text() for style in styles)
    target = tmp_path / "map.svg"
    render_stakeholder_map(data, target)
    dashes = set(re.findall(r"stroke-dasharray: ?([0-9.,\s]+)", target.read_text(encoding="utf-8")))
    assert len(dashes) >= 2, "dashed and dotted arrows (and their legend lines) in the picture"


def test_dates_read_dd_mm_yyyy_in_local_time_everywhere(
    walked: tuple[MainWindow, Iterator[Screen]],
) -> None:
    """The lock dialog's moment (ISO, in UTC, in the lock file) and every date field on every
    screen read 02.12.2026, never 2026-12-02T16:35:31+00:00 or 02.12.26."""
    moment = QDateTime(QDate(2026, 12, 2), QTime(16, 35, 31), QTimeZone.utc())
    shown = local_time("2026-12-02T16:35:31+00:00")
    assert shown == QLocale().toString(moment.toLocalTime(), "dd.MM.yyyy, HH:mm")
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d", shown)
    _window, screens = walked
    short, filled = set(), 0
    for screen in screens:  # each screen's widgets are gone once the walk goes on
        for edit in visible_widgets(screen.window):
            if isinstance(edit, QDateEdit) and edit.displayFormat() != DATE_FORMAT:
                short.add(f"{screen.name}: {edit.text()}")
            elif isinstance(edit, DateEdit) and edit.text():
                filled += 1
                if not re.fullmatch(r"\d\d\.\d\d\.\d{4}", edit.text()):
                    short.add(f"{screen.name}: {edit.text()}")
    assert filled, "the walk shows filled date fields"
    assert not short, short
