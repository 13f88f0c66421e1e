"""A layout that lines its widgets up like words: as many in a row as fit, the rest on the next
row (Qt's "Flow Layout" example). A tool row that fits a projector's 1920 px in one line takes two
on a 1280 px laptop instead of cutting off its last buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to a new row where the width ends; a stretch (``add_gap``)
    pushes what follows to the right end of its row when it fits there."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gaps: set[int] = set()
        """Indexes of items that start a right-aligned group."""
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def add_gap(self) -> None:
        """The widgets added after this go to the right end of the row they end up in."""
        self._gaps.add(len(self._items))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._gaps = {gap - 1 if gap > index else gap for gap in self._gaps}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything (what a wide screen shows)."""
        width = sum(item.sizeHint().width() for item in self._shown()) + self.spacing() * max(
            0, len(self._shown()) - 1
        )
        height = max((item.sizeHint().height() for item in self._shown()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """As narrow as its widest widget: everything else wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not _hidden(item)]

    def _rows(self, width: int) -> list[list[tuple[int, QLayoutItem]]]:
        """The items (with their indexes) of each row at ``width``."""
        rows: list[list[tuple[int, QLayoutItem]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if _hidden(item):
                continue
            wanted = item.sizeHint().width()
            if rows[-1] and used + self.spacing() + wanted > width:
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + wanted
            rows[-1].append((index, item))
        return rows

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); the height they take."""
        y = rect.y()
        for row in self._rows(rect.width()):
            height = max((item.sizeHint().height() for _index, item in row), default=0)
            right_from = next(
                (pos for pos, (index, _item) in enumerate(row) if index in self._gaps), None
            )
            x = rect.x()
            if move:
                for pos, (_index, item) in enumerate(row):
                    hint = item.sizeHint()
                    if right_from is not None and pos == right_from:
                        rest = sum(i.sizeHint().width() for _k, i in row[pos:])
                        rest += self.spacing() * (len(row) - pos - 1)
                        x = max(x, rect.right() + 1 - rest)
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                    x += hint.width() + self.spacing()
            y += height + self.spacing()
        return max(0, y - rect.y() - self.spacing())


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()


def flow_row(parent: QWidget, spacing: int = 6) -> FlowLayout:
    """A flow layout for a tool row of ``parent``, which then takes the height its rows need."""
    layout = FlowLayout(parent, spacing)
    policy = parent.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
    parent.setSizePolicy(policy)
    return layout
