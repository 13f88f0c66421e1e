"""The influence × interest grid as a QGraphicsScene, kept in sync with the store.

Positions: interest runs left to right, influence bottom to top, both 1–5. Stakeholders with
equal values fan out around their point (``spread_offsets``); a drag is snapped to the
scale's step when the mouse is released and written as one undoable edit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from lk40_desktop.services.stakeholders.data import (
    MapFilter,
    StakeholderData,
    duplicate_names,
    is_duplicate,
)
from lk40_desktop.services.stakeholders.grid import (
    MIDPOINT,
    SCALE_MAX,
    SCALE_MIN,
    SCALE_STEP,
    group_color,
    relation_style,
    snap,
    spread_offsets,
)
from lk40_desktop.services.stakeholders.map_names import lay_out
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.stakeholders.map_items import NodeItem, RelationItem, node_fonts
from lk40_desktop.ui.widgets.numbers import number_text
from lk40_desktop.ui.widgets.painting import pixel_size

MAP_TEXT_PX = 10.0
"""Names and relation labels are at least this large on screen (the em, in pixels)."""
TEXT_STEP = 1.1
UNIT = 180.0
"""Scene pixels per scale unit."""
MARGIN = 0.5
QUADRANT_FILLS = (
    "#fff4dc",
    "#fde7e7",
    "#f2f2f2",
    "#e6f2fb",
)  # top-left, top-right, bottom-left, -right


def to_scene(interest: float, influence: float) -> QPointF:
    """Scene position of a pair of values."""
    return QPointF((interest - SCALE_MIN) * UNIT, (SCALE_MAX - influence) * UNIT)


def to_values(point: QPointF) -> tuple[float, float]:
    """(interest, influence) at a scene position."""
    return SCALE_MIN + point.x() / UNIT, SCALE_MAX - point.y() / UNIT


class StakeholderScene(QGraphicsScene):
    """Nodes and arrows of the stakeholder map; reports user edits as signals."""

    values_changed = Signal(dict)
    """{stakeholder id: (interest, influence)} after a drag or nudge, snapped."""
    relation_requested = Signal(str, str)
    """(source id, target id) drawn in connect mode."""

    def __init__(self) -> None:
        super().__init__()
        low, size = -MARGIN * UNIT, (SCALE_MAX - SCALE_MIN + 2 * MARGIN) * UNIT
        self.grid = QRectF(low, low, size, size)
        self.setSceneRect(self.grid.adjusted(-90, -40, 40, 90))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.nodes: dict[str, NodeItem] = {}
        self.relations: dict[str, RelationItem] = {}
        self.data = StakeholderData([], [], [], [], [])
        self.map_filter = MapFilter()
        self.font_scale = 1.0
        self.text_scale = 1.0
        """Names and labels this much larger in scene units while the view is zoomed out
        (``set_view_zoom``), so that on a laptop they stay readable."""
        self.connect_mode = False
        self.movable = True
        self.quadrant_labels = ("", "", "", "")
        self.axis_labels = ("", "")
        self._offsets: dict[str, tuple[float, float]] = {}
        self._connect_line: QGraphicsLineItem | None = None
        self._connect_source: NodeItem | None = None
        self._hint = QGraphicsSimpleTextItem()
        self._hint.setZValue(10)
        self._hint.setBrush(QColor("#0d47a1"))
        hint_font = QFont()
        hint_font.setBold(True)
        self._hint.setFont(hint_font)
        self._hint.hide()
        self.addItem(self._hint)
        self.selectionChanged.connect(self._highlight)

    # -- syncing with the data ----------------------------------------------------------------

    def home(self, stakeholder_id: str) -> QPointF:
        """Where a node belongs: its values plus its fan-out offset."""
        node = self.nodes[stakeholder_id]
        dx, dy = self._offsets.get(stakeholder_id, (0.0, 0.0))
        return to_scene(node.row.interest + dx, node.row.influence + dy)

    def sync(self, data: StakeholderData, changes: ChangeSet) -> None:
        """Bring the items up to date; only changed stakeholders and relations are touched."""
        self.data = data
        duplicates = duplicate_names(data.stakeholders)
        rows = {row.id: row for row in data.stakeholders}
        for removed in set(self.nodes) - set(rows):
            gone = self.nodes.pop(removed)
            for relation in list(gone.relations):
                self._remove_relation(relation.relation_id)
            self.removeItem(gone)
        vocabulary_changed = changes.everything or changes.touches("stakeholder_group")
        for row in data.stakeholders:
            node = self.nodes.get(row.id)
            color = group_color(data, row)
            duplicate = is_duplicate(row, duplicates)
            if node is None:
                node = NodeItem(
                    row, color, duplicate, self.font_scale, self.movable, text_scale=self.text_scale
                )
                self.nodes[row.id] = node
                self.addItem(node)
            elif (
                node.row != row
                or node.color != color
                or node.duplicate != duplicate
                or vocabulary_changed
            ):
                node.set_row(row, color, duplicate)
        self._offsets = spread_offsets(data.stakeholders)
        for stakeholder_id in self.nodes:
            self.nodes[stakeholder_id].setPos(self.home(stakeholder_id))
        self._sync_relations(data)
        self.apply_filter(self.map_filter)

    def _sync_relations(self, data: StakeholderData) -> None:
        wanted = {relation.id: relation for relation in data.relations}
        for removed in set(self.relations) - set(wanted):
            self._remove_relation(removed)
        for relation in data.relations:
            kind = data.kind(relation.kind_id)
            color = kind.color if kind else "#606060"
            style = relation_style(data, relation.kind_id)
            item = self.relations.get(relation.id)
            if item is None:
                item = RelationItem(
                    relation.id,
                    self.nodes[relation.source_id],
                    self.nodes[relation.target_id],
                    color,
                    relation.label,
                    style=style,
                )
                item.set_text_scale(self.text_scale)
                self.relations[relation.id] = item
                self.addItem(item)
            elif (item.color, item.label, item.style) != (color, relation.label, style):
                item.set_look(color, relation.label, style)

    def _remove_relation(self, relation_id: str) -> None:
        item = self.relations.pop(relation_id, None)
        if item is not None:
            item.detach()
            self.removeItem(item)

    def apply_filter(self, map_filter: MapFilter) -> None:
        """Hide stakeholders (and their arrows) that do not pass the filter."""
        self.map_filter = map_filter
        for node in self.nodes.values():
            group = self.data.group(node.row.group_id)
            node.setVisible(map_filter.matches(node.row, group.name if group else ""))
        for item in self.relations.values():
            item.setVisible(item.source.isVisible() and item.target.isVisible())
        self._lay_out_texts()

    def _lay_out_texts(self) -> None:
        """Relation labels and names of what is shown where they overprint nothing (after
        every change of positions, names, filter or size)."""
        shown = [node for node in self.nodes.values() if node.isVisible()]
        arrows = [item for item in self.relations.values() if item.isVisible()]
        lines = [line for item in arrows if (line := item.line_label()) is not None]
        segments = [item.segment() for item in arrows]
        rect = self.sceneRect()  # names stay on the map, not beyond what fit shows
        area = (rect.left(), rect.top(), rect.right(), rect.bottom())
        layout = lay_out([node.name_box() for node in shown], lines, area, segments)
        for item in arrows:
            box = layout.labels.get(item.relation_id)
            if box is not None:
                item.set_label_rect(QRectF(QPointF(box[0], box[1]), QPointF(box[2], box[3])))
        for node in shown:
            node.set_place(layout.names[node.row.id])

    def set_movable(self, movable: bool) -> None:
        """Allow or forbid dragging nodes (read-only files, connect mode)."""
        if movable == self.movable:
            return
        self.movable = movable
        for node in self.nodes.values():
            node.setFlag(NodeItem.GraphicsItemFlag.ItemIsMovable, movable)

    def set_font_scale(self, scale: float) -> None:
        """Larger nodes and names for a projector."""
        self.font_scale = max(0.6, min(3.0, scale))
        for node in self.nodes.values():
            node.set_scale(self.font_scale, self.text_scale)
        for item in self.relations.values():
            item.update_geometry()
        self._lay_out_texts()

    def set_view_zoom(self, zoom: float) -> None:
        """The view's new zoom: names and relation labels grow in scene units where they would
        be smaller than MAP_TEXT_PX on screen (in steps, so that zooming does not lay the map
        out again at every notch), and the map's texts are placed again."""
        base = pixel_size(node_fonts(self.font_scale)[0])
        shown = base * zoom * self.text_scale
        if shown >= 0.95 * MAP_TEXT_PX and (shown <= 1.3 * MAP_TEXT_PX or self.text_scale == 1):
            return  # close enough: a small zoom (a window settling) lays out nothing again
        needed = MAP_TEXT_PX / max(base * zoom, 1e-6)
        steps = math.ceil(math.log(needed, TEXT_STEP) - 1e-9) if needed > 1 else 0
        text_scale = TEXT_STEP**steps
        if text_scale == self.text_scale:
            return
        self.text_scale = text_scale  # the axes follow: the zoom that asks resets the background
        for node in self.nodes.values():
            node.set_scale(self.font_scale, text_scale)
        for item in self.relations.values():
            item.set_text_scale(text_scale)
        self._lay_out_texts()

    # -- selection and highlighting -------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        """Ids of the selected stakeholders."""
        return [item.row.id for item in self.selectedItems() if isinstance(item, NodeItem)]

    def selected_relation_ids(self) -> list[str]:
        """Ids of the selected relations."""
        return [item.relation_id for item in self.selectedItems() if isinstance(item, RelationItem)]

    def _highlight(self) -> None:
        """With one stakeholder selected, its relations stand out and the rest fades."""
        selected = [item for item in self.selectedItems() if isinstance(item, NodeItem)]
        focus = selected[0] if len(selected) == 1 else None
        related = set()
        if focus is not None:
            related = {
                focus,
                *(r.source for r in focus.relations),
                *(r.target for r in focus.relations),
            }
        for node in self.nodes.values():
            node.setOpacity(1.0 if focus is None or node in related else 0.3)
            node.setZValue(3 if node is focus else 2)  # its name on top, even if left out
        for item in self.relations.values():
            item.highlighted = focus is not None and item in focus.relations
            item.setOpacity(1.0 if focus is None or item.highlighted else 0.12)
            item.update()

    # -- editing by mouse and keyboard ----------------------------------------------------------

    def clamp(self, point: QPointF) -> QPointF:
        """Keep dragged nodes inside the grid."""
        low, high = -MARGIN * UNIT / 2, (SCALE_MAX - SCALE_MIN + MARGIN / 2) * UNIT
        return QPointF(min(high, max(low, point.x())), min(high, max(low, point.y())))

    def node_moved(self, node: NodeItem) -> None:
        """While dragging, show the values the node will snap to."""
        if self.mouseGrabberItem() is None:
            return
        interest, influence = (snap(value) for value in to_values(node.pos()))
        self._hint.setText(
            self.tr("Einfluss {influence} · Interesse {interest}").format(
                influence=_number(influence), interest=_number(interest)
            )
        )
        self._hint.setPos(node.pos() + QPointF(NODE_OFFSET, -NODE_OFFSET))
        self._hint.show()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.connect_mode and event.button() == Qt.MouseButton.LeftButton:
            node = self._node_at(event.scenePos())
            if node is not None:
                self._connect_source = node
                self._connect_line = self.addLine(
                    QLineF(node.pos(), event.scenePos()),
                    QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine),
                )
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_line is not None and self._connect_source is not None:
            self._connect_line.setLine(QLineF(self._connect_source.pos(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_line is not None and self._connect_source is not None:
            target = self._node_at(event.scenePos())
            source = self._connect_source
            self.removeItem(self._connect_line)
            self._connect_line, self._connect_source = None, None
            if target is not None and target is not source:
                self.relation_requested.emit(source.row.id, target.row.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._hint.hide()
        moved = {
            node_id: tuple(snap(value) for value in to_values(node.pos()))
            for node_id, node in self.nodes.items()
            if node.isSelected() and (node.pos() - self.home(node_id)).manhattanLength() > 2
        }
        if moved:
            self.values_changed.emit(moved)

    def nudge(self, d_interest: float, d_influence: float) -> None:
        """Move the selected stakeholders by whole steps (arrow keys)."""
        moved = {}
        for node_id in self.selected_node_ids():
            row = self.nodes[node_id].row
            moved[node_id] = (
                snap(row.interest + d_interest * SCALE_STEP),
                snap(row.influence + d_influence * SCALE_STEP),
            )
        changed = {
            key: value
            for key, value in moved.items()
            if value != (self.nodes[key].row.interest, self.nodes[key].row.influence)
        }
        if changed:
            self.values_changed.emit(changed)

    def _node_at(self, point: QPointF) -> NodeItem | None:
        for item in self.items(point):
            if isinstance(item, NodeItem) and item.isVisible():
                return item
        return None

    # -- background ---------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(QRectF(rect), QColor("#ffffff"))
        middle = to_scene(MIDPOINT, MIDPOINT)
        grid = self.grid
        quadrants = (
            QRectF(grid.topLeft(), middle),
            QRectF(QPointF(middle.x(), grid.top()), QPointF(grid.right(), middle.y())),
            QRectF(QPointF(grid.left(), middle.y()), QPointF(middle.x(), grid.bottom())),
            QRectF(middle, grid.bottomRight()),
        )
        grow = min(self.text_scale, 1.8)  # axis texts grow with names, as far as room allows
        label_font = QFont()
        label_font.setPointSizeF(15 * min(grow, 1.4))
        label_font.setBold(True)
        for index, (quad, fill) in enumerate(zip(quadrants, QUADRANT_FILLS, strict=True)):
            painter.fillRect(quad, QColor(fill))
            painter.setFont(label_font)
            painter.setPen(QColor("#6d6d6d"))
            align = (
                Qt.AlignmentFlag.AlignLeft if index % 2 == 0 else Qt.AlignmentFlag.AlignRight
            ) | (Qt.AlignmentFlag.AlignTop if index < 2 else Qt.AlignmentFlag.AlignBottom)
            painter.drawText(quad.adjusted(12, 8, -12, -8), align, self.quadrant_labels[index])
        painter.setPen(QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DotLine))
        tick_font = QFont()
        tick_font.setPointSizeF(10 * grow)
        painter.setFont(tick_font)
        for step in range(int(SCALE_MIN), int(SCALE_MAX) + 1):
            x, y = to_scene(step, step).x(), to_scene(step, step).y()
            painter.setPen(QPen(QColor("#d0d0d0"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QLineF(x, grid.top(), x, grid.bottom()))
            painter.drawLine(QLineF(grid.left(), y, grid.right(), y))
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(x - 20 * grow, grid.bottom() + 4, 40 * grow, 20 * grow),
                Qt.AlignmentFlag.AlignCenter,
                str(step),
            )
            painter.drawText(
                QRectF(grid.left() - 8 - 36 * grow, y - 10 * grow, 36 * grow, 20 * grow),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(step),
            )
        painter.setPen(QPen(QColor("#8c8c8c"), 2))
        painter.drawLine(QLineF(middle.x(), grid.top(), middle.x(), grid.bottom()))
        painter.drawLine(QLineF(grid.left(), middle.y(), grid.right(), middle.y()))
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)
        axis_font = QFont()
        axis_font.setPointSizeF(12 * grow)
        painter.setFont(axis_font)
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + 6 + 20 * grow, grid.width(), 24 * grow),
            Qt.AlignmentFlag.AlignCenter,
            self.axis_labels[0] + " →",
        )
        painter.save()
        painter.translate(grid.left() - 42 - 14 * grow, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, -12 * grow, grid.height(), 24 * grow),
            Qt.AlignmentFlag.AlignCenter,
            self.axis_labels[1] + " →",
        )
        painter.restore()


NODE_OFFSET = 22.0


def _number(value: float) -> str:
    return number_text(value, 1)
