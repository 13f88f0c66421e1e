"""Graphics items of the stakeholder map: a node per stakeholder, an arrow per relation."""

from __future__ import annotations

import functools
import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QStaticText,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from lk40_desktop.services.stakeholders.data import StakeholderRow
from lk40_desktop.services.stakeholders.grid import ATTITUDE_COLORS, ATTITUDE_SYMBOLS
from lk40_desktop.services.stakeholders.map_names import LineLabel, NameBox, name_box
from lk40_desktop.ui.widgets.display import shown, tooltip
from lk40_desktop.ui.widgets.painting import brush, pen, static_text

NODE_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
)
"""Combined once: or-ing PySide's enum flags per item costs more than it looks."""
MOVABLE_NODE_FLAGS = NODE_FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
RELATION_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
SELECTED_COLOR = "#1565c0"
NO_PEN = QPen(Qt.PenStyle.NoPen)
"""Items here are rect items only so that Qt knows their bounds without asking Python; the
rect is the bounds, not drawn."""
NODE_RADIUS = 15.0
LABEL_WIDTH = 150.0
LABEL_CHARACTERS = 80
"""Characters of a name or relation label that the map lays out at most (about 25 fit)."""
BASE_POINT_SIZE = 9.0
MIN_READABLE_PX = 4.5
"""Text smaller than this on screen is skipped when painting."""


@functools.cache
def node_fonts(scale: float) -> tuple[QFont, QFont, float]:
    """The label font, the bold symbol font and the label's line height at a scale, shared
    by every node: a font's metrics are worked out once, not per stakeholder."""
    font = QFont()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    symbol = QFont(font)
    symbol.setBold(True)
    return font, symbol, QFontMetricsF(font).height()


@functools.cache
def relation_font() -> QFont:
    """The font of relation labels, shared by all arrows."""
    font = QFont()
    font.setPointSizeF(8)
    return font


@functools.cache
def relation_metrics() -> QFontMetricsF:
    """Its metrics: the label's box is worked out with the geometry, not per paint."""
    return QFontMetricsF(relation_font())


@functools.cache
def attitude_symbol(attitude: str, scale: float) -> QStaticText:
    """The mark of an attitude inside a node (+, ○, −), laid out once per scale for all."""
    return static_text(ATTITUDE_SYMBOLS.get(attitude, ""), node_fonts(scale)[1])


class NodeItem(QGraphicsRectItem):
    """A stakeholder: a circle in the group's colour, ringed and marked by attitude, named below.

    Long names are elided on the map (the tooltip and the table keep them whole).
    """

    def __init__(
        self,
        row: StakeholderRow,
        color: str,
        duplicate: bool,
        scale: float,
        movable: bool = True,
    ) -> None:
        super().__init__()
        self.setPen(NO_PEN)
        self.row = row
        self.color = color
        self.duplicate = duplicate
        self.scale_factor = scale
        self.relations: list[RelationItem] = []
        self.place: str | None = "below"
        """Where the name goes (map_names.PLACES); None: left out, it would overprint another."""
        self._texts: tuple[QStaticText, QStaticText] | None = None
        self._measure()
        self.setFlags(MOVABLE_NODE_FLAGS if movable else NODE_FLAGS)
        self.setZValue(2)
        self.setAcceptHoverEvents(True)
        self._update_tooltip()

    # -- content ----------------------------------------------------------------------------

    def set_row(self, row: StakeholderRow, color: str, duplicate: bool) -> None:
        """Show new values of the stakeholder."""
        self.prepareGeometryChange()
        self.row, self.color, self.duplicate = row, color, duplicate
        self._measure()
        self._update_tooltip()
        self.update()

    def set_scale(self, scale: float) -> None:
        """Make nodes and labels larger for a projector (or smaller)."""
        self.prepareGeometryChange()
        self.scale_factor = scale
        self._measure()
        self.update()

    def _update_tooltip(self) -> None:
        parts = [self.row.name]
        if self.row.organisation:
            parts.append(self.row.organisation)
        self.setToolTip(tooltip("\n".join(parts)))

    def _measure(self) -> None:
        """Fonts, the name, bounds and pens change only with the row or the scale: compute
        them then. The texts are laid out when first painted (the map at fit draws no names)."""
        self._font, self._symbol_font, self._line_height = node_fonts(self.scale_factor)
        metrics = QFontMetricsF(self._font)
        self._label = metrics.elidedText(
            shown(self.row.name, LABEL_CHARACTERS),
            Qt.TextElideMode.ElideRight,
            LABEL_WIDTH * self.scale_factor,
        )
        self._shown = ("⚠ " if self.duplicate else "") + self._label
        self._name_width = metrics.horizontalAdvance(self._shown)
        self._ring = pen(ATTITUDE_COLORS.get(self.row.attitude, "#757575"), 3 * self.scale_factor)
        self._fill = brush(self.color)
        self._texts = None
        self._update_bounds()

    def name_box(self) -> NameBox:
        """The circle and the name's size where the map stands, for placing the name."""
        return NameBox(
            self.row.id,
            self.x(),
            self.y(),
            self.radius(),
            self._name_width,
            self._line_height,
            self.row.influence + self.row.interest,
        )

    def set_place(self, place: str | None) -> None:
        """Put the name beside the circle at ``place``, or leave it out (None)."""
        if place != self.place:
            self.place = place
            self._update_bounds()
            self.update()

    def name_area(self) -> QRectF | None:
        """Where the name is drawn, in scene coordinates (None: left out)."""
        return None if self._placed is None else self.mapRectToScene(self._placed)

    def _name_rect(self, place: str) -> QRectF:
        """The name's box at ``place``, in the node's own coordinates."""
        local = NameBox("", 0.0, 0.0, self.radius(), self._name_width, self._line_height, 0.0)
        left, top, right, bottom = name_box(local, place)
        return QRectF(QPointF(left, top), QPointF(right, bottom))

    def _update_bounds(self) -> None:
        """The circle with its selection ring, the name where it is placed, and below (where a
        selected stakeholder shows a name that was left out)."""
        ring = self.radius() + 8
        self._below = self._name_rect("below")
        self._placed = self._name_rect(self.place) if self.place is not None else None
        bounds = QRectF(-ring, -ring, 2 * ring, 2 * ring).united(self._below)
        if self._placed is not None:
            bounds = bounds.united(self._placed)
        self.setRect(bounds.adjusted(-2, -2, 2, 2))

    def _laid_out(self) -> tuple[QStaticText, QStaticText]:
        """The attitude symbol and the name as static text."""
        if self._texts is None:
            symbol = attitude_symbol(self.row.attitude, self.scale_factor)
            self._texts = (symbol, static_text(self._shown, self._font))
        return self._texts

    def radius(self) -> float:
        """The circle's radius at the current scale."""
        return NODE_RADIUS * self.scale_factor

    def label(self) -> str:
        """The (possibly elided) name shown beside the circle."""
        return self._label

    # -- geometry and painting ----------------------------------------------------------------

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        radius = self.radius()
        path.addEllipse(QPointF(0, 0), radius + 3, radius + 3)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        del widget
        # Level of detail: text too small to read is not drawn (the whole map at fit).
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.radius()
        if self.isSelected():
            painter.setPen(pen(SELECTED_COLOR, 3 * self.scale_factor))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius + 5, radius + 5)
        painter.setPen(self._ring)
        painter.setBrush(self._fill)
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        readable_symbol = radius * scale >= MIN_READABLE_PX
        readable_name = self._font.pointSizeF() * scale >= MIN_READABLE_PX
        if not (readable_symbol or readable_name):
            return
        symbol, name = self._laid_out()
        if readable_symbol:
            painter.setFont(self._symbol_font)
            painter.setPen(QColor("white"))
            size = symbol.size()
            painter.drawStaticText(QPointF(-size.width() / 2, -size.height() / 2), symbol)
        where = self._placed or (self._below if self.isSelected() else None)
        if readable_name and where is not None:
            painter.setFont(self._font)
            painter.setPen(QColor("#8a6d00") if self.duplicate else QColor("#202020"))
            painter.drawStaticText(where.topLeft(), name)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        # Only position changes are handled; every other change is passed back untouched
        # without calling the base class, whose Python round trip of values such as the
        # scene (None at teardown) corrupts reference counts in PySide6 at exit.
        scene = self.scene()
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and scene is not None:
            return scene.clamp(value)  # type: ignore[attr-defined]
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for relation in self.relations:
                relation.update_geometry()
            if scene is not None:
                scene.node_moved(self)  # type: ignore[attr-defined]
        return value


class RelationItem(QGraphicsItem):
    """A directed relation: an arrow between two nodes in the kind's colour, with its label."""

    def __init__(
        self, relation_id: str, source: NodeItem, target: NodeItem, color: str, label: str
    ) -> None:
        super().__init__()
        self.relation_id = relation_id
        self.source, self.target = source, target
        self.color, self.label = color, shown(label, LABEL_CHARACTERS)
        self.highlighted = False
        self._line = QLineF()
        self._head = QPolygonF()
        self._bounds = QRectF()
        self.setFlags(RELATION_FLAGS)
        self.setZValue(1)
        source.relations.append(self)
        target.relations.append(self)
        self.update_geometry()

    def detach(self) -> None:
        """Forget the nodes (before the item is removed)."""
        for node in (self.source, self.target):
            if self in node.relations:
                node.relations.remove(self)

    def set_look(self, color: str, label: str) -> None:
        """Show a changed kind colour or label."""
        self.color, self.label = color, shown(label, LABEL_CHARACTERS)
        self.update_geometry()  # a label changes the bounds

    def update_geometry(self) -> None:
        """Follow the nodes: the arrow runs between the circles' edges."""
        self.prepareGeometryChange()
        start, end = self.source.pos(), self.target.pos()
        line = QLineF(start, end)
        length = line.length()
        gap = self.source.radius() + 3
        if length > 2 * gap:
            ratio_start, ratio_end = gap / length, (length - self.target.radius() - 3) / length
            self._line = QLineF(line.pointAt(ratio_start), line.pointAt(ratio_end))
        else:
            self._line = QLineF(start, start)
        self._head = _arrow_head(self._line)
        self._label_rect = QRectF()
        if self.label:
            self._label_rect = relation_metrics().boundingRect(self.label).adjusted(-3, -1, 3, 1)
            self._label_rect.moveCenter(self._line.center())  # until the map lays texts out
        self._update_bounds()

    def line_label(self) -> LineLabel | None:
        """The label's size and the arrow it sits on, for laying out the map's texts."""
        if not self.label or self._line.length() == 0:
            return None
        start, end = self._line.p1(), self._line.p2()
        return LineLabel(
            self.relation_id,
            (start.x(), start.y()),
            (end.x(), end.y()),
            self._label_rect.width(),
            self._label_rect.height(),
        )

    def set_label_rect(self, rect: QRectF) -> None:
        """Put the label where the map's layout found room for it."""
        if rect != self._label_rect:
            self.prepareGeometryChange()
            self._label_rect = rect
            self._update_bounds()
            self.update()

    def label_area(self) -> QRectF | None:
        """Where the label is drawn, in scene coordinates (None: no label)."""
        return self._label_rect if self.label else None

    def _update_bounds(self) -> None:
        bounds = QRectF(self._line.p1(), self._line.p2()).normalized()
        if self.label:
            bounds = bounds.united(self._label_rect)
        self._bounds = bounds.adjusted(-12, -12, 12, 12)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        del widget
        if self._line.length() == 0:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = SELECTED_COLOR if self.isSelected() else self.color
        painter.setPen(pen(color, 3.0 if self.highlighted or self.isSelected() else 1.6))
        painter.drawLine(self._line)
        painter.setBrush(brush(color))
        painter.drawPolygon(self._head)
        if not self.label:
            return
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        if 8 * scale < MIN_READABLE_PX:
            return
        painter.setFont(relation_font())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRoundedRect(self._label_rect, 3, 3)
        painter.setPen(QColor(color))
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.label)


def _arrow_head(line: QLineF) -> QPolygonF:
    """The filled tip at the end of ``line`` (empty for a line of no length)."""
    if line.length() == 0:
        return QPolygonF()
    angle = math.atan2(-line.dy(), line.dx())
    tip = line.p2()
    size = 10.0
    return QPolygonF(
        [
            tip,
            tip
            + QPointF(math.sin(angle - math.pi / 3) * size, math.cos(angle - math.pi / 3) * size),
            tip
            + QPointF(
                math.sin(angle - math.pi + math.pi / 3) * size,
                math.cos(angle - math.pi + math.pi / 3) * size,
            ),
        ]
    )
