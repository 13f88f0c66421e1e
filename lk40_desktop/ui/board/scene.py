"""One idea board (or all boards, one lane per action field) as a QGraphicsScene.

The scene only shows ``BoardData`` and reports what the user did — cards and frames moved
or resized, a dot given, a card to edit — as signals; the page turns them into undo
commands. Items are updated in place by id, so an edit of one card touches one item.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from lk40_desktop.services.board import (
    CARD_HEIGHT,
    CARD_WIDTH,
    BoardData,
    CardFilter,
    CardRow,
    ClusterRow,
    cluster_of,
)
from lk40_desktop.ui.board.items import CardItem, CardLook, ClusterItem

LANE_GAP = 160.0
LANE_HEADER = 90.0
"""Room above each action field's lane in the overview for its name."""
LANE_COLUMNS = 3


class BoardScene(QGraphicsScene):
    """Cards and cluster frames of one field, or lanes of all fields (``field_id`` None)."""

    edited = Signal(dict, dict)
    """({card id: changed values}, {cluster id: changed values}) after a drag or resize."""
    vote_requested = Signal(str, int)
    """(card id, +1 or -1) from a click in voting mode."""
    edit_requested = Signal(str)
    """A card was double-clicked."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.look = CardLook()
        self.cards: dict[str, CardItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.data = BoardData([], [], [], [], [])
        self.field_id: str | None = None
        self.card_filter = CardFilter()
        self.voting = False
        self.movable = True
        self.lanes: list[tuple[str, str, QRectF]] = []
        """(name, colour, rect) of each lane in the overview."""
        self._offsets: dict[str, QPointF] = {}
        self._cluster_pos: dict[str, QPointF] = {}

    # -- syncing with the data --------------------------------------------------------------

    def offset(self, field_id: str) -> QPointF:
        """Where a field's board coordinates start in the scene (non-zero only in lanes)."""
        return self._offsets.get(field_id, QPointF())

    def sync(
        self,
        data: BoardData,
        field_id: str | None,
        touched: tuple[set[str], set[str]] | None = None,
    ) -> None:
        """Show ``data``. With ``touched`` (card ids, cluster ids) only those items are
        updated — a capture on a board of 5,000 cards touches one item, not all."""
        if field_id != self.field_id:
            self.clear_items()
            touched = None
        self.data, self.field_id = data, field_id
        if touched is None:
            self._layout_lanes()
        workshops = dict(data.workshops)
        cards = {card.id: card for card in data.cards}
        clusters = {cluster.id: cluster for cluster in data.clusters}
        card_ids = set(self.cards) | set(cards) if touched is None else touched[0]
        cluster_ids = set(self.clusters) | set(clusters) if touched is None else touched[1]
        for cluster_id in cluster_ids:
            self._sync_cluster(cluster_id, clusters.get(cluster_id))
        if touched is None:
            for frame in self.clusters.values():
                frame.cards = []
        for card_id in card_ids:
            self._sync_card(card_id, cards.get(card_id), workshops, partial=touched is not None)
        if touched is None:
            self.apply_filter(self.card_filter)
            self.setSceneRect(self.content_rect().adjusted(-400, -300, 400, 300))
        else:
            area = self.sceneRect()
            for card_id in card_ids & set(self.cards):
                item = self.cards[card_id]
                item.setVisible(not self.card_filter.active() or self.card_filter.matches(item.row))
                area = area.united(item.sceneBoundingRect().adjusted(-400, -300, 400, 300))
            self.setSceneRect(area)

    def _sync_cluster(self, cluster_id: str, cluster: ClusterRow | None) -> None:
        frame = self.clusters.get(cluster_id)
        if cluster is None:
            if frame is not None:
                self.removeItem(self.clusters.pop(cluster_id))
            return
        if frame is None:
            frame = ClusterItem(cluster, self.look)
            if not self.movable:
                frame.setFlag(ClusterItem.GraphicsItemFlag.ItemIsMovable, False)
            self.clusters[cluster.id] = frame
            self.addItem(frame)
        elif frame.row != cluster:
            frame.set_row(cluster)
        self._place(frame, QPointF(cluster.x, cluster.y) + self.offset(cluster.field_id))

    def _sync_card(
        self, card_id: str, card: CardRow | None, workshops: dict[str, str], *, partial: bool
    ) -> None:
        item = self.cards.get(card_id)
        if partial and item is not None:  # its frame is found again below
            for frame in self.clusters.values():
                if item in frame.cards:
                    frame.cards.remove(item)
        if card is None:
            if item is not None:
                self.removeItem(self.cards.pop(card_id))
            return
        parts = (card.author_group, workshops.get(card.workshop_id or "", ""))
        meta = " · ".join(part for part in parts if part)
        if item is None:
            item = CardItem(card, self.look, meta)
            if not self.movable:
                item.setFlag(CardItem.GraphicsItemFlag.ItemIsMovable, False)
            self.cards[card.id] = item
            self.addItem(item)
        elif item.row != card or item.meta != meta:
            item.set_row(card, meta)
        item.setPos(QPointF(card.x, card.y) + self.offset(card.field_id))
        if card.cluster_id in self.clusters:
            self.clusters[card.cluster_id].cards.append(item)

    def _place(self, item: ClusterItem, pos: QPointF) -> None:
        """Move a frame without carrying its cards (they are placed from their own rows)."""
        self._cluster_pos[item.row.id] = pos
        item.setPos(pos)

    def clear_items(self) -> None:
        """Remove every card and frame (switching to another board)."""
        for item in [*self.cards.values(), *self.clusters.values()]:
            self.removeItem(item)
        self.cards.clear()
        self.clusters.clear()
        self._cluster_pos.clear()

    def _layout_lanes(self) -> None:
        """In the overview, lay the fields' boards out in rows of ``LANE_COLUMNS``, each
        under its name, so that all of them fit a landscape screen."""
        self._offsets.clear()
        self.lanes = []
        if self.field_id is not None:
            return
        boxes = []
        for field in self.data.fields:
            rects = [
                QRectF(c.x, c.y, c.width, c.height)
                for c in self.data.clusters
                if c.field_id == field.id
            ]
            rects += [
                QRectF(c.x, c.y, CARD_WIDTH, CARD_HEIGHT)
                for c in self.data.cards
                if c.field_id == field.id
            ]
            if rects:
                bounds = rects[0]
                for rect in rects[1:]:
                    bounds = bounds.united(rect)
                boxes.append((field, bounds))
        top = 0.0
        for start in range(0, len(boxes), LANE_COLUMNS):
            row = boxes[start : start + LANE_COLUMNS]
            left = 0.0
            for field, bounds in row:
                self._offsets[field.id] = QPointF(
                    left - bounds.left(), top + LANE_HEADER - bounds.top()
                )
                self.lanes.append(
                    (
                        f"{field.name} ({field.cards})",
                        field.color,
                        QRectF(left - 40, top, bounds.width() + 80, bounds.height() + LANE_HEADER),
                    )
                )
                left += bounds.width() + LANE_GAP
            top += max(b.height() for _f, b in row) + LANE_HEADER + LANE_GAP

    def content_rect(self) -> QRectF:
        """The area holding cards, frames and lanes (what "fit" shows), from the rows: asking
        the scene for its items' bounds would visit every item."""
        rects = [lane for _name, _color, lane in self.lanes]
        for cluster in self.data.clusters:
            corner = QPointF(cluster.x, cluster.y) + self.offset(cluster.field_id)
            rects.append(QRectF(corner.x(), corner.y(), cluster.width, cluster.height))
        if self.data.cards:
            xs = [c.x + self.offset(c.field_id).x() for c in self.data.cards]
            ys = [c.y + self.offset(c.field_id).y() for c in self.data.cards]
            rects.append(
                QRectF(
                    min(xs),
                    min(ys),
                    max(xs) - min(xs) + CARD_WIDTH,
                    max(ys) - min(ys) + CARD_HEIGHT,
                )
            )
        if not rects:
            return QRectF(0, 0, 800, 600)
        rect = rects[0]
        for other in rects[1:]:
            rect = rect.united(other)
        return rect.adjusted(-20, -20, 20, 20)

    def apply_filter(self, card_filter: CardFilter) -> None:
        """Hide the cards that do not pass the search and filter bar."""
        self.card_filter = card_filter
        active = card_filter.active()
        for item in self.cards.values():
            item.setVisible(not active or card_filter.matches(item.row))

    def set_look(self, look: CardLook) -> None:
        """Other fonts for every card (the projector's presentation mode)."""
        self.look = look
        for card in self.cards.values():
            card.set_look(look)
        for cluster in self.clusters.values():
            cluster.look = look
            cluster.update()

    def set_movable(self, movable: bool) -> None:
        """Allow or forbid dragging (read-only files, voting mode)."""
        if movable == self.movable:
            return
        self.movable = movable
        for item in [*self.cards.values(), *self.clusters.values()]:
            item.setFlag(CardItem.GraphicsItemFlag.ItemIsMovable, movable)

    # -- selection ----------------------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        """Ids of the selected cards, in reading order."""
        items = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        return [i.row.id for i in sorted(items, key=lambda i: (i.y(), i.x()))]

    def selected_cluster_ids(self) -> list[str]:
        """Ids of the selected cluster frames."""
        return [i.row.id for i in self.selectedItems() if isinstance(i, ClusterItem)]

    def select_cards(self, card_ids: list[str]) -> None:
        """Select exactly these cards."""
        self.clearSelection()
        for card_id in card_ids:
            if card_id in self.cards:
                self.cards[card_id].setSelected(True)

    # -- editing --------------------------------------------------------------------------------

    def cluster_moved(self, item: ClusterItem) -> None:
        """A frame carries its cards along (those not selected: Qt moves those itself)."""
        before = self._cluster_pos.get(item.row.id, item.pos())
        delta = item.pos() - before
        self._cluster_pos[item.row.id] = item.pos()
        if delta.isNull():
            return
        for card in item.cards:
            if not card.isSelected():
                card.moveBy(delta.x(), delta.y())

    def geometry_edited(self) -> None:
        """After a drag or resize: report cards and frames whose place or size changed."""
        clusters: dict[str, dict[str, float]] = {}
        geometry: list[ClusterRow] = []
        for cluster_id, frame in self.clusters.items():
            row = frame.row
            pos = frame.pos() - self.offset(row.field_id)
            size = frame.size()
            box = {"x": pos.x(), "y": pos.y(), "width": size.width(), "height": size.height()}
            if any(abs(box[k] - getattr(row, k)) > 0.5 for k in box):
                clusters[cluster_id] = box
            geometry.append(
                ClusterRow(
                    row.id,
                    row.field_id,
                    row.name,
                    row.color,
                    pos.x(),
                    pos.y(),
                    size.width(),
                    size.height(),
                )
            )
        cards: dict[str, dict[str, object]] = {}
        for card_id, item in self.cards.items():
            card = item.row
            pos = item.pos() - self.offset(card.field_id)
            if abs(pos.x() - card.x) <= 0.5 and abs(pos.y() - card.y) <= 0.5:
                continue
            home = cluster_of(
                (c for c in geometry if c.field_id == card.field_id), pos.x(), pos.y()
            )
            values: dict[str, object] = {"x": pos.x(), "y": pos.y()}
            if home != card.cluster_id:
                values["cluster_id"] = home
            cards[card_id] = values
        if cards or clusters:
            self.edited.emit(cards, clusters)

    def _card_at(self, point: QPointF) -> CardItem | None:
        for item in self.items(point):
            if isinstance(item, CardItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.voting and event.button() in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            card = self._card_at(event.scenePos())
            if card is not None:
                self.select_cards([card.row.id])
                remove = event.button() == Qt.MouseButton.RightButton or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                self.vote_requested.emit(card.row.id, -1 if remove else 1)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.voting:
            self.geometry_edited()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self._card_at(event.scenePos())
        if card is not None and not self.voting:
            self.edit_requested.emit(card.row.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- background -----------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(QRectF(rect), QColor("#fafafa"))
        if not self.lanes:
            return
        font = QFont()
        font.setPointSizeF(28)
        font.setBold(True)
        painter.setFont(font)
        for name, color, lane in self.lanes:
            if not lane.intersects(QRectF(rect)):
                continue
            painter.fillRect(QRectF(lane.left(), lane.top(), lane.width(), 12), QColor(color))
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(lane.left(), lane.top() + 16, lane.width(), LANE_HEADER - 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
