"""One idea board (or all boards, one lane per action field) as a QGraphicsScene.

The scene only shows ``BoardData`` and reports what the user did — cards and frames moved
or resized, a dot given, a card to edit — as signals; the page turns them into undo
commands. Items are updated in place by id, so an edit of one card touches one item.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from lk40_desktop.services.board.data import BoardData, CardRow, ClusterRow
from lk40_desktop.services.board.filters import CardFilter
from lk40_desktop.services.board.layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    LANE_HEADER,
    cluster_of,
    extent,
    lanes,
)
from lk40_desktop.services.board.navigation import card_in_direction
from lk40_desktop.ui.board import frame_standings as standings
from lk40_desktop.ui.board.items import CardItem, CardLook, ClusterItem


class BoardScene(QGraphicsScene):
    """Cards and cluster frames of one field, or lanes of all fields (``field_id`` None)."""

    edited = Signal(dict, dict)
    """({card id: changed values}, {cluster id: changed values}) after a drag or resize."""
    vote_requested = Signal(str, int)
    """(card id, +1 or -1) from a click in voting mode."""
    edit_requested = Signal(str)
    """A card was double-clicked."""
    synced = Signal()
    """The scene shows new data (another board, round or edit): for the projector's title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.look = CardLook()
        self.cards: dict[str, CardItem] = {}
        self.clusters: dict[str, ClusterItem] = {}
        self.data = BoardData([], [], [], [], [])
        self.field_id: str | None = None
        self.card_filter = CardFilter()
        self.voting = False
        self.tallying = False
        """Voting by tally: typed digits are a card's dots counted off paper."""
        self.movable = True
        self.lanes: list[tuple[str, str, QRectF]] = []
        """(name, colour, rect) of each lane in the overview."""
        self._offsets: dict[str, QPointF] = {}
        self._cluster_pos: dict[str, QPointF] = {}
        self._card_cache = QGraphicsItem.CacheMode.NoCache
        self._zoom = 1.0
        self._cursor: str | None = None
        """The card the arrow keys last went to: where the next arrow key starts."""

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
        updated — a capture on a board of 5,000 cards touches one item, not all; the frames'
        standings are counted again only when they can change."""
        if field_id != self.field_id:
            self.clear_items()
            touched = None
        before = self.data
        before_counted = {} if touched is None else standings.counted(self.cards, touched[0])
        self.data, self.field_id = data, field_id
        if data.hides_counts != self.look.counts_hidden:
            self.look.counts_hidden = data.hides_counts
            self.set_look(self.look)
        if touched is None:
            self._layout_lanes()
        workshops = dict(data.workshops)
        clusters = {cluster.id: cluster for cluster in data.clusters}
        cluster_ids = set(self.clusters) | set(clusters) if touched is None else touched[1]
        for cluster_id in cluster_ids:
            self._sync_cluster(cluster_id, clusters.get(cluster_id))
        if touched is None:
            self._show_all(data.cards, workshops)
        else:
            self._show_touched(data.cards, touched[0], workshops)
        if touched is None or standings.recounts(
            before, before_counted, data, standings.counted(self.cards, touched[0]), touched[1]
        ):
            standings.show(data, self.clusters)
        self.synced.emit()

    def _show_all(self, cards: list[CardRow], workshops: dict[str, str]) -> None:
        """Show exactly these cards (a board opened or read again)."""
        for frame in self.clusters.values():
            frame.cards = []
        for card_id in set(self.cards) - {card.id for card in cards}:
            self.removeItem(self.cards.pop(card_id))
        for card in cards:
            self._show_card(card, workshops)
        if self.card_filter.active():  # else every card is shown already
            self.apply_filter(self.card_filter)
        self.setSceneRect(self.content_rect().adjusted(-400, -300, 400, 300))

    def _show_touched(
        self, cards: list[CardRow], touched: set[str], workshops: dict[str, str]
    ) -> None:
        """Update, add or remove only the items of the ``touched`` cards."""
        by_id = {card.id: card for card in cards}
        area = self.sceneRect()
        leaving = {self.cards[i] for i in touched if i in self.cards}
        for frame in self.clusters.values():  # a card finds its frame again when shown
            frame.cards = [item for item in frame.cards if item not in leaving]
        for card_id in touched:
            item = self.cards.get(card_id)
            card = by_id.get(card_id)
            if card is None:
                if item is not None:
                    self.removeItem(self.cards.pop(card_id))
                continue
            item = self._show_card(card, workshops)
            item.setVisible(not self.card_filter.active() or self.card_filter.matches(card))
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

    def _show_card(self, card: CardRow, workshops: dict[str, str]) -> CardItem:
        """Create or update the card's item, put it in place and in its frame. Runs for every
        card when a board opens, so it avoids anything not needed per card."""
        workshop = workshops.get(card.workshop_id, "") if card.workshop_id else ""
        meta = " · ".join(
            part for part in (self._origin_label(card.origin), card.author_group, workshop) if part
        )
        item = self.cards.get(card.id)
        if item is None:
            item = CardItem(card, self.look, meta, self.movable)
            if self._card_cache != QGraphicsItem.CacheMode.NoCache:
                item.setCacheMode(self._card_cache)
            self.cards[card.id] = item
            self.addItem(item)
        elif item.row != card or item.meta != meta:
            item.set_row(card, meta)
        item.set_proposals(self.data.promoted.get(card.id, ()))
        offset = self._offsets.get(card.field_id)
        if offset is None:
            item.setPos(card.x, card.y)
        else:
            item.setPos(card.x + offset.x(), card.y + offset.y())
        frame = self.clusters.get(card.cluster_id) if card.cluster_id else None
        if frame is not None:
            frame.cards.append(item)
        return item

    def _origin_label(self, origin: str) -> str:
        """The card's breakout group as its foot names it ("" for a card typed here)."""
        return self.tr("aus {group}").format(group=origin) if origin else ""

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
        """In the overview, place each field's board in its lane (``layout.lanes``)."""
        self._offsets.clear()
        self.lanes = []
        if self.field_id is not None:
            return
        for lane in lanes(self.data):
            self._offsets[lane.field_id] = QPointF(*lane.offset)
            self.lanes.append((lane.label, lane.color, QRectF(*lane.area)))

    def content_rect(self) -> QRectF:
        """The area holding cards, frames and lanes (what "fit" shows), from the rows: asking
        the scene for its items' bounds would visit every item. In the overview the lanes
        hold every field's cards and frames."""
        if self.lanes:
            rect = self.lanes[0][2]
            for _name, _color, lane in self.lanes[1:]:
                rect = rect.united(lane)
        else:
            box = extent(self.data.cards, self.data.clusters)
            if box is None:
                return QRectF(0, 0, 800, 600)
            left, top, right, bottom = box
            rect = QRectF(left, top, right - left, bottom - top)
        return rect.adjusted(-20, -20, 20, 20)

    def apply_filter(self, card_filter: CardFilter) -> None:
        """Hide the cards that do not pass the search and filter bar."""
        self.card_filter = card_filter
        active = card_filter.active()
        for item in self.cards.values():
            item.setVisible(not active or card_filter.matches(item.row))

    def set_look(self, look: CardLook) -> None:
        """Other fonts for every card (the projector's presentation mode); a blind round's
        counts stay hidden in either look."""
        look.counts_hidden = self.look.counts_hidden
        self.look = look
        self.cache_cards(self._zoom)  # larger titles are readable from a smaller scale
        for card in self.cards.values():
            card.set_look(look)
            card.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # drops every view's pixmap:
            card.setCacheMode(self._card_cache)  # update() left the projector's stale
        for cluster in self.clusters.values():
            cluster.look = look
            cluster.update()

    def cache_cards(self, scale: float) -> None:
        """Keep a pixmap of each card while cards are readable at ``scale``: a repaint then
        only copies pixmaps instead of laying out text. A zoomed-out board draws blocks, which
        is cheaper than thousands of tiny pixmaps."""
        self._zoom = scale
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if self.look.readable_at(scale)
            else QGraphicsItem.CacheMode.NoCache
        )
        if mode == self._card_cache:
            return
        self._card_cache = mode
        for item in self.cards.values():
            item.setCacheMode(mode)

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

    def step_selection(self, dx: int, dy: int, extend: bool, shown: QRectF) -> CardItem | None:
        """Arrow keys: select the next visible card that way from the one last stepped to (or
        the first selected); with nothing selected, the first card in ``shown`` (the view's
        area). ``extend`` (Shift) keeps the selection. Returns the card now current."""
        visible = {card_id: item for card_id, item in self.cards.items() if item.isVisible()}
        current = visible.get(self._cursor or "")
        if current is None or not current.isSelected():
            selected = [visible[i] for i in self.selected_card_ids() if i in visible]
            current = selected[0] if selected else None
        if current is None:
            in_view = [item for item in visible.values() if shown.contains(item.pos())]
            target = min(in_view, key=lambda i: (i.y(), i.x()), default=None)
        else:
            centres = {
                card_id: (item.x() + CARD_WIDTH / 2, item.y() + CARD_HEIGHT / 2)
                for card_id, item in visible.items()
            }
            origin = centres[current.row.id]
            target_id = card_in_direction(
                ((card_id, x, y) for card_id, (x, y) in centres.items()), origin, dx, dy
            )
            target = visible.get(target_id or "")
        if target is None:
            return current
        if not extend:
            self.clearSelection()
        target.setSelected(True)
        self._cursor = target.row.id
        return target

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
