"""Tables that fit a laptop: headers that wrap instead of widening their column, and columns
that stay in view while the others scroll sideways (a frozen name column on the left, results
on the right).

At 1366 × 768 a table of ten columns cannot show them all; what must stay in view — the name
of the row one types into, the utility and rank one decides by — must not scroll away. Both
helpers are added to an existing ``QTableView`` and leave its editing, keyboard and selection
as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QToolTip,
    QWidget,
)

from lk40_desktop.ui.board.card_text import LINE_BREAK, fit_lines

Role = Qt.ItemDataRole


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap onto up to ``max_lines`` lines at their section's
    width; a title that still does not fit ends in "…" and its tooltip shows it whole. A
    title's own later lines (a criterion's weight after a line break) are always shown."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = 2) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.max_lines = max_lines
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._wrap = QTextOption()
        self._wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.sectionResized.connect(lambda *_args: self._height_may_change())
        self.sectionCountChanged.connect(lambda *_args: self._height_may_change())

    def _text(self, logical: int) -> str:
        model = self.model()
        value = model.headerData(logical, self.orientation(), Role.DisplayRole) if model else None
        return "" if value is None else str(value)

    def _room(self, logical: int) -> float:
        """The width a section's title may use: less the margins and the sort arrow."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        room = self.sectionSize(logical) - 2 * margin - 2
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            room -= self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self) + 4
        return max(8.0, float(room))

    def wrapped(self, logical: int) -> tuple[str, bool]:
        """The title as shown (lines joined by LINE_BREAK) and whether it was cut: wrapped at
        word boundaries, a word too long for the section ended with "…" rather than split."""
        metrics = QFontMetricsF(self.font())
        room = self._room(logical)
        first, *rest = self._text(logical).split("\n")  # a name, then e.g. its weight
        rows = max(1, self.max_lines - len(rest))
        height = metrics.lineSpacing() * rows + 1
        fitted = fit_lines(first, self.font(), QSizeF(room, height), self._wrap)
        lines = [*fitted.text.split(LINE_BREAK), *rest]
        shown = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines]
        return LINE_BREAK.join(shown), fitted.cut or shown != lines

    def _lines(self) -> int:
        counts = [
            self.wrapped(logical)[0].count(LINE_BREAK) + 1
            for logical in range(self.count())
            if not self.isSectionHidden(logical)
        ]
        return max(counts, default=1)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        line = QFontMetricsF(self.font()).lineSpacing()
        single = super().sizeHint().height() - line
        return QSize(hint.width(), round(single + line * self._lines()))

    def _height_may_change(self) -> None:
        self.updateGeometry()
        view = self.parentWidget()
        if isinstance(view, QTableView):
            view.updateGeometries()

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        option = QStyleOptionHeader()
        self.initStyleOption(option)  # orientation and state (the style places the sort arrow
        self.initStyleOptionForIndex(option, logical)  # by them), then the section's own
        option.state |= QStyle.StateFlag.State_Horizontal
        option.rect = rect
        option.text = self.wrapped(logical)[0]
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            logical = self.logicalIndexAt(event.pos())
            if logical >= 0 and self.wrapped(logical)[1]:
                model = self.model()
                tip = model.headerData(logical, self.orientation(), Role.ToolTipRole)
                full = self._text(logical).replace("\n", " ")
                QToolTip.showText(
                    event.globalPos(), full + (f"\n{tip}" if tip else ""), self.viewport()
                )
                return True
        return super().viewportEvent(event)


def wrap_headers(view: QTableView, max_lines: int = 2) -> WrappingHeader:
    """Give ``view`` a wrapping header that keeps what the old one was set to."""
    old = view.horizontalHeader()
    header = WrappingHeader(view, max_lines)
    header.setStretchLastSection(old.stretchLastSection())
    header.setDefaultSectionSize(old.defaultSectionSize())
    header.setMinimumSectionSize(old.minimumSectionSize())
    view.setHorizontalHeader(header)
    return header


class FrozenColumns(QObject):
    """Keeps the first ``leading`` and the last ``trailing`` columns of ``view`` in sight while
    the columns between them scroll sideways (Qt's "frozen column" example, on both sides).

    The frozen columns are drawn by two borderless tables laid over the view, sharing its model
    and selection; each is shown only while the view is scrolled so far that its columns would
    be out of sight. Editing stays the view's (a delegate serves one view): unscrolled, the view
    shows those columns itself, and a double click on a frozen cell scrolls back and edits it
    there. The keyboard stays in the view, which scrolls a current cell out from under the
    frozen columns.
    """

    def __init__(self, view: QTableView, leading: int = 1, trailing: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.leading, self.trailing = leading, trailing
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.left = self._overlay("Left") if leading else None
        self.right = self._overlay("Right") if trailing else None
        header = view.horizontalHeader()
        header.sectionResized.connect(self._column_resized)
        header.sectionMoved.connect(lambda *_args: self._sync_columns())
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.geometriesChanged.connect(self.update_geometry)
        view.verticalHeader().sectionResized.connect(self._row_resized)
        view.horizontalScrollBar().valueChanged.connect(lambda _value: self.update_geometry())
        view.horizontalScrollBar().rangeChanged.connect(lambda *_args: self.update_geometry())
        model = view.model()
        model.modelReset.connect(self._sync_columns)
        model.columnsInserted.connect(self._sync_columns)
        model.columnsRemoved.connect(self._sync_columns)
        model.layoutChanged.connect(self._sync_columns)
        view.selectionModel().currentChanged.connect(self._current_changed)
        view.installEventFilter(self)
        self._sync_columns()

    def _overlay(self, side: str) -> QTableView:
        view = self.view
        overlay = QTableView(view)
        overlay.setObjectName(f"{view.objectName() or 'table'}Frozen{side}")
        overlay.setModel(view.model())
        overlay.setSelectionModel(view.selectionModel())
        overlay.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        overlay.setFrameShape(QTableView.Shape.NoFrame)
        overlay.setSelectionBehavior(view.selectionBehavior())
        overlay.setSelectionMode(view.selectionMode())
        overlay.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # the view edits
        overlay.setWordWrap(view.wordWrap())
        overlay.verticalHeader().hide()
        overlay.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overlay.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overlay.setVerticalScrollMode(view.verticalScrollMode())
        overlay.setStyleSheet("QTableView { border: none; }")
        header = view.horizontalHeader()
        if isinstance(header, WrappingHeader):
            wrap_headers(overlay, header.max_lines)
        overlay.horizontalHeader().setSortIndicator(
            header.sortIndicatorSection(), header.sortIndicatorOrder()
        )
        overlay.setSortingEnabled(view.isSortingEnabled())  # sorts by the view's indicator
        overlay.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        overlay.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.verticalScrollBar().valueChanged.connect(overlay.verticalScrollBar().setValue)
        overlay.doubleClicked.connect(self._edit_in_view)
        overlay.clicked.connect(view.clicked.emit)
        overlay.pressed.connect(lambda _index: view.setFocus())
        overlay.horizontalHeader().sortIndicatorChanged.connect(self._overlay_sorted)
        overlay.hide()
        return overlay

    # -- which columns each side shows --------------------------------------------------------

    def _frozen(self) -> tuple[list[int], list[int]]:
        """Logical columns frozen left and right, in visual order."""
        header = self.view.horizontalHeader()
        visual = [header.logicalIndex(v) for v in range(header.count())]
        shown = [logical for logical in visual if not header.isSectionHidden(logical)]
        left = shown[: self.leading]
        right = shown[len(shown) - self.trailing :] if self.trailing else []
        return left, right

    def _sync_columns(self) -> None:
        left, right = self._frozen()
        for overlay, columns in ((self.left, left), (self.right, right)):
            if overlay is None:
                continue
            header = self.view.horizontalHeader()
            for logical in range(header.count()):
                overlay.setColumnHidden(logical, logical not in columns)
                overlay.setColumnWidth(logical, header.sectionSize(logical))
            for visual, logical in enumerate(header.logicalIndex(v) for v in range(header.count())):
                overlay.horizontalHeader().moveSection(
                    overlay.horizontalHeader().visualIndex(logical), visual
                )
        for row in range(self.view.model().rowCount()):
            self._row_resized(row, 0, self.view.rowHeight(row))
        self.update_geometry()

    def _column_resized(self, logical: int, _old: int, new: int) -> None:
        for overlay in (self.left, self.right):
            if overlay is not None:
                overlay.setColumnWidth(logical, new)
        self.update_geometry()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        for overlay in (self.left, self.right):
            if overlay is not None:
                overlay.setRowHeight(row, new)

    def _width(self, columns: Sequence[int]) -> int:
        return sum(self.view.columnWidth(logical) for logical in columns)

    # -- placing the overlays -----------------------------------------------------------------

    def update_geometry(self) -> None:
        """Lay the overlays over the view's edges; each only while its columns would be
        scrolled out of sight."""
        view = self.view
        left, right = self._frozen()
        bar = view.horizontalScrollBar()
        viewport = view.viewport().geometry()
        top = view.horizontalHeader().geometry().top()
        height = viewport.bottom() - top + 1
        scrolled = bar.value() > bar.minimum()
        unscrolled_end = bar.value() < bar.maximum()
        if self.left is not None:
            width = self._width(left)
            self.left.setGeometry(viewport.left(), top, width, height)
            self.left.setVisible(scrolled and width < viewport.width())
            self.left.horizontalHeader().setFixedHeight(view.horizontalHeader().height())
        if self.right is not None:
            width = self._width(right)
            self.right.setGeometry(viewport.right() - width + 1, top, width, height)
            self.right.setVisible(unscrolled_end and width < viewport.width())
            self.right.horizontalHeader().setFixedHeight(view.horizontalHeader().height())
        for overlay in (self.left, self.right):
            if overlay is not None:
                overlay.verticalScrollBar().setValue(view.verticalScrollBar().value())

    def covered(self) -> tuple[int, int]:
        """Pixels of the viewport the overlays cover now, on the left and on the right."""
        left, right = self._frozen()
        return (
            self._width(left) if self.left is not None and self.left.isVisible() else 0,
            self._width(right) if self.right is not None and self.right.isVisible() else 0,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update_geometry()
        return False

    # -- keyboard and sorting -----------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A current cell under a frozen side is scrolled out from under it."""
        left, right = self._frozen()
        if not current.isValid() or current.column() in left + right:
            return
        view, bar = self.view, self.view.horizontalScrollBar()
        x = view.columnViewportPosition(current.column())
        width = view.columnWidth(current.column())
        covered_left = self._width(left) if self.left is not None else 0
        covered_right = self._width(right) if self.right is not None else 0
        room = view.viewport().width()
        if x < covered_left:
            bar.setValue(bar.value() - (covered_left - x))
        elif x + width > room - covered_right:
            bar.setValue(bar.value() + (x + width - (room - covered_right)))

    def _edit_in_view(self, index: QModelIndex) -> None:
        """A double click on a frozen cell edits it in the view (scrolled back to show it):
        editors belong to one view, as Qt's delegates do."""
        view = self.view
        view.doubleClicked.emit(index)
        if not view.editTriggers() & QAbstractItemView.EditTrigger.DoubleClicked:
            return
        view.horizontalScrollBar().setValue(
            0 if index.column() in self._frozen()[0] else view.horizontalScrollBar().maximum()
        )
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)

    def _sort_indicator_changed(self, logical: int, order: Qt.SortOrder) -> None:
        for overlay in (self.left, self.right):
            if overlay is not None:
                header = overlay.horizontalHeader()
                header.blockSignals(True)
                header.setSortIndicator(logical, order)
                header.blockSignals(False)
                header.viewport().update()

    def _overlay_sorted(self, logical: int, order: Qt.SortOrder) -> None:
        """A click on a frozen column's title sorts the view (and so the shared model)."""
        self.view.sortByColumn(logical, order)


class SharedWidth(QObject):
    """Columns that share the room the others leave, each at least ``minimum`` wide: the
    criteria of the scoring matrix fill a wide screen and scroll (between frozen sides) only
    when even ``minimum`` is too much for them all."""

    def __init__(
        self,
        view: QTableView,
        columns: Callable[[], Sequence[int]],
        minimum: int,
        fixed: dict[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.columns, self.minimum = view, columns, minimum
        self.fixed = dict(fixed or {})
        """Widths of other columns, set again after every reset."""
        view.viewport().installEventFilter(self)
        view.model().modelReset.connect(self.update)
        view.model().layoutChanged.connect(self.update)

    def needed(self) -> int:
        """The width that shows every column (shared ones at their minimum) unscrolled."""
        shared = list(self.columns())
        others = sum(self.fixed.values())
        return others + len(shared) * self.minimum + 2 * self.view.frameWidth() + 18

    def update(self) -> None:
        """Share the room now (after a resize or new columns)."""
        view, shared = self.view, list(self.columns())
        for column, fixed in self.fixed.items():
            if column < view.model().columnCount() and view.columnWidth(column) != fixed:
                view.setColumnWidth(column, fixed)
        if not shared:
            return
        count = view.model().columnCount()
        others = sum(
            view.columnWidth(column)
            for column in range(count)
            if column not in shared and not view.isColumnHidden(column)
        )
        width = max(self.minimum, (view.viewport().width() - others) // len(shared))
        for column in shared:
            if view.columnWidth(column) != width:
                view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        del watched  # only the view's viewport is watched
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False
