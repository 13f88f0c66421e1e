"""Tab goes through a screen in the order of its layout: left to right, top to bottom, one
pane of a splitter after the other, as it reads (EN 301 549, 11.2.4.3 "Focus order").

Qt's default order is the order widgets were created in, which is not the order a page lays
them out in (a page creates its parts, then arranges them). ``follow_layout`` sets the order
from the layouts themselves, so a control moved in a layout moves in the tab order too.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def _tab_focus(widget: QWidget) -> bool:
    """Whether Tab stops at ``widget`` (not at the inner parts of boxes that have their own)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _children(widget: QWidget) -> Iterator[QWidget]:
    """A container's widgets in the order it shows them."""
    shown: list[QWidget | None] = []
    if isinstance(widget, QTabWidget):
        shown = [widget.tabBar(), *(widget.widget(i) for i in range(widget.count()))]
    elif isinstance(widget, QSplitter | QStackedWidget):
        shown = [widget.widget(i) for i in range(widget.count())]
    elif isinstance(widget, QScrollArea):
        shown = [widget.widget()]
    else:
        layout = widget.layout()
        if layout is not None:
            shown = list(_laid_out(layout))
    yield from (child for child in shown if child is not None)


def _laid_out(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        child, inner = item.widget(), item.layout()
        if child is not None:
            yield child
        elif inner is not None:
            yield from _laid_out(inner)


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets Tab stops at under ``root``, in the order its layouts show them."""
    order: list[QWidget] = []

    def visit(widget: QWidget) -> None:
        if isinstance(widget, QComboBox | QAbstractSpinBox) or (
            isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea)
        ):
            if _tab_focus(widget):
                order.append(widget)  # a control of its own, however it is built inside
            return
        if _tab_focus(widget):
            order.append(widget)
        for child in _children(widget):
            visit(child)

    visit(root)
    return order


def follow_layout(root: QWidget) -> None:
    """Make Tab go through ``root`` in the order of its layouts (``layout_order``)."""
    for first, second in pairwise(layout_order(root)):
        if first.window() is second.window():
            QWidget.setTabOrder(first, second)
