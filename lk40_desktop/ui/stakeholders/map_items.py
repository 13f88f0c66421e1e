"""Graphics items of the stakeholder map: a node per stakeholder, an arrow per relation."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from lk40_desktop.services.stakeholders import ATTITUDE_COLORS, ATTITUDE_SYMBOLS, StakeholderRow

NODE_RADIUS = 15.0
LABEL_WIDTH = 150.0
BASE_POINT_SIZE = 9.0
MIN_READABLE_PX = 4.5
"""Text smaller than this on screen is skipped when painting."""


class NodeItem(QGraphicsItem):
    """A stakeholder: a circle in the group's colour, ringed and marked by attitude, named below.

    Long names are elided on the map (the tooltip and the table keep them whole).
    """

    def __init__(self, row: StakeholderRow, color: str, duplicate: bool, scale: float) -> None:
        super().__init__()
        self.row = row
        self.color = color
        self.duplicate = duplicate
        self.scale_factor = scale
        self.relations: list[RelationItem] = []
        self._measure()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
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
        self.setToolTip("\n".join(parts))

    def _measure(self) -> None:
        """Font, elided label and bounds change only with the name or the scale: compute once."""
        self._font = QFont()
        self._font.setPointSizeF(BASE_POINT_SIZE * self.scale_factor)
        metrics = QFontMetricsF(self._font)
        self._label = metrics.elidedText(
            self.row.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH * self.scale_factor
        )
        radius = self.radius()
        width = max(2 * radius, LABEL_WIDTH * self.scale_factor) + 8
        self._bounds = QRectF(-width / 2, -radius - 4, width, 2 * radius + metrics.height() + 10)
        self._symbol_font = QFont(self._font)
        self._symbol_font.setBold(True)
        attitude_color = QColor(ATTITUDE_COLORS.get(self.row.attitude, "#757575"))
        self._ring = QPen(attitude_color, 3 * self.scale_factor)
        self._fill = QBrush(QColor(self.color))

    def font(self) -> QFont:
        """The label font at the current scale."""
        return self._font

    def radius(self) -> float:
        """The circle's radius at the current scale."""
        return NODE_RADIUS * self.scale_factor

    def label(self) -> str:
        """The (possibly elided) name shown under the circle."""
        return self._label

    # -- geometry and painting ----------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

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
            painter.setPen(QPen(QColor("#1565c0"), 3 * self.scale_factor))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius + 5, radius + 5)
        painter.setPen(self._ring)
        painter.setBrush(self._fill)
        painter.drawEllipse(QPointF(0, 0), radius, radius)
        if radius * scale >= MIN_READABLE_PX:
            painter.setFont(self._symbol_font)
            painter.setPen(QColor("white"))
            painter.drawText(
                QRectF(-radius, -radius, 2 * radius, 2 * radius),
                Qt.AlignmentFlag.AlignCenter,
                ATTITUDE_SYMBOLS.get(self.row.attitude, ""),
            )
        if self._font.pointSizeF() * scale >= MIN_READABLE_PX:
            painter.setFont(self._font)
            painter.setPen(QColor("#8a6d00") if self.duplicate else QColor("#202020"))
            bounds = self._bounds
            painter.drawText(
                QRectF(bounds.left(), radius + 4, bounds.width(), bounds.bottom() - radius - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                ("⚠ " if self.duplicate else "") + self._label,
            )

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
        self.color, self.label = color, label
        self.highlighted = False
        self._line = QLineF()
        self._bounds = QRectF()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
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
        self.color, self.label = color, label
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
        extra = 60.0 if self.label else 12.0
        self._bounds = (
            QRectF(self._line.p1(), self._line.p2())
            .normalized()
            .adjusted(-extra, -extra, extra, extra)
        )

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
        scale = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.color)
        width = 3.0 if (self.highlighted or self.isSelected()) else 1.6
        if self.isSelected():
            color = QColor("#1565c0")
        painter.setPen(QPen(color, width))
        painter.drawLine(self._line)
        angle = math.atan2(-self._line.dy(), self._line.dx())
        tip = self._line.p2()
        size = 10.0
        head = QPolygonF(
            [
                tip,
                tip
                + QPointF(
                    math.sin(angle - math.pi / 3) * size, math.cos(angle - math.pi / 3) * size
                ),
                tip
                + QPointF(
                    math.sin(angle - math.pi + math.pi / 3) * size,
                    math.cos(angle - math.pi + math.pi / 3) * size,
                ),
            ]
        )
        painter.setBrush(color)
        painter.drawPolygon(head)
        if self.label and 8 * scale >= MIN_READABLE_PX:
            font = QFont()
            font.setPointSizeF(8)
            painter.setFont(font)
            middle = self._line.center()
            rect = QFontMetricsF(font).boundingRect(self.label).adjusted(-3, -1, 3, 1)
            rect.moveCenter(middle)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 210))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(color)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)
