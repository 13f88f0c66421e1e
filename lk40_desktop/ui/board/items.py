"""Graphics items of an idea board: cards and the cluster frames that carry them.

A board may hold thousands of cards, so items are light: fonts, pens and the view's scale live
in one shared ``CardLook``, brushes are shared per colour, text is laid out only when a card is
first drawn large enough to read, and a card too small to read is drawn as a coloured block
(``painting.readable``: the one rule for text on a canvas).
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
    QStaticText,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from lk40_desktop.services.board.data import CardRow, ClusterRow
from lk40_desktop.services.board.layout import CARD_HEIGHT, CARD_WIDTH
from lk40_desktop.services.board.standings import Standing
from lk40_desktop.ui.board.card_text import fit_lines, fit_title
from lk40_desktop.ui.widgets.painting import brush, ink, pixel_size, readable, static_text

PADDING = 8.0
CARD_RECT = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
BOUNDS_PEN = QPen(Qt.PenStyle.SolidLine)
BOUNDS_PEN.setWidthF(4)
"""Not drawn: it widens a card's bounds by 2 units for the selection border."""
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsMovable | SELECTABLE
"""Combined once: or-ing Python enum flags per card costs more than creating the card."""
HANDLE = 18.0
"""Size of a cluster's resize grip in its bottom-right corner."""
BADGE_MIN_PX = 18.0
"""The dot badge is at least this wide on screen (a laptop at fit, the room at a glance)."""
BADGE_ROOM = 32.0
"""The largest badge (scene units): the corner a voted card's title keeps free for it."""
MARK = 20.0
"""Side of the corner triangle that marks a card or a frame that became a proposal."""


@functools.cache
def badge_font(pixels: int) -> QFont:
    """The bold font of a badge's count, sized to the badge."""
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(1, pixels))
    return font


class CardLook:
    """Fonts and pens every card shares. ``presentation`` (the projector) sets titles larger
    and leaves out details and the author line, so the title fills the card."""

    def __init__(self, presentation: bool = False) -> None:
        self.presentation = presentation
        scale = 1.3 if presentation else 1.0
        self.title = QFont()
        self.title.setPointSizeF(10.5 * scale)
        self.title.setBold(True)
        self.title_px = pixel_size(self.title)
        self.title_fonts = [self.title]
        """Fonts a title may take, largest first: on the projector a title whose long word
        would be split gets a smaller font, down to the normal size."""
        for step in (1.15, 1.0) if presentation else ():
            font = QFont(self.title)
            font.setPointSizeF(10.5 * step)
            self.title_fonts.append(font)
        self.small = QFont()
        self.small.setPointSizeF(8.0 * scale)
        self.small_height = QFontMetricsF(self.small).height()
        self.small_px = pixel_size(self.small)
        self.badge_size = min(BADGE_ROOM, max(20.0, self.small_height * 1.5))
        """Diameter of the dot badge in a card's top right corner at 100 %."""
        self.badge_shown = self.badge_size
        """Its diameter at the current scale: larger when zoomed out (BADGE_MIN_PX)."""
        self.cluster_title = QFont(self.title)
        self.cluster_title.setPointSizeF(self.title.pointSizeF() * 1.3)
        self.cluster_title_px = pixel_size(self.cluster_title)
        self.cluster_metrics = QFontMetricsF(self.cluster_title)
        self.border = QPen(QColor(0, 0, 0, 60), 1)
        self.border.setCosmetic(True)
        self.selected = QPen(QColor("#1565c0"), 3)
        self.selected.setCosmetic(True)
        self.dot = QBrush(QColor("#c62828"))
        self.proposal = QBrush(QColor("#2e7d32"))
        """The mark of a card or frame that became a proposal (green: taken on)."""
        self.text_color = "#202020"
        self.meta_color = "#5f5f5f"
        """Preferred colours of title and author line; on a dark card they turn light."""
        self.scale = 1.0
        self.readable = True
        """Titles are drawn (else a card is a block): ``painting.readable``, set per paint."""
        self.small_readable = True
        """Details, author line and the dot count are drawn too."""
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.wrap = option
        self.counts_hidden = False
        """A blind round is open: no card shows its dots, nor keeps room for them (a title
        laid out around a badge would tell that the card has dots)."""

    def readable_at(self, scale: float) -> bool:
        """Whether titles are large enough to read at this scale (else cards are blocks)."""
        return readable(self.title_px, scale)

    def set_scale(self, scale: float) -> None:
        """The scale a view is about to paint at: one value per paint, rather than a question
        to the painter from each of thousands of cards."""
        self.scale = scale
        self.readable = self.readable_at(scale)
        self.small_readable = readable(self.small_px, scale)
        wanted = BADGE_MIN_PX / scale if scale > 0 else BADGE_ROOM
        self.badge_shown = min(BADGE_ROOM, max(self.badge_size, wanted))


class CardText(NamedTuple):
    """A card's laid-out text."""

    title: QStaticText
    title_font: QFont
    title_top: float
    details: QStaticText
    details_top: float
    meta: QStaticText


def proposal_tip(titles: tuple[str, ...]) -> str:
    """The tooltip of a marked card or frame: which proposals it became."""
    if not titles:
        return ""
    quoted = QCoreApplication.translate("CardItem", "„{title}“")
    names = ", ".join(quoted.format(title=title) for title in titles)
    return QCoreApplication.translate("CardItem", "Projektvorschlag: {names}").format(names=names)


def paint_mark(painter: QPainter, look: CardLook, corner: QPointF, direction: int) -> None:
    """The green corner triangle of a proposal at ``corner`` (a bottom corner), reaching
    into the item towards ``direction`` (-1: leftwards, from the bottom right; +1: rightwards)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(look.proposal)
    painter.drawPolygon(
        QPolygonF(
            [
                corner,
                corner + QPointF(0, -MARK),
                corner + QPointF(direction * MARK, 0),
            ]
        )
    )


class FrameHeader(NamedTuple):
    """A frame's name and standing laid out for its header, and what they were laid out for."""

    key: tuple[str, float, str, CardLook]
    name: QStaticText
    standing: QStaticText | None
    standing_x: float
    """Where the standing starts from the header's left: it ends at the header's right."""


class CardItem(QGraphicsRectItem):
    """One idea card: title, details, author group and workshop, and its dots.

    A rect item only for its bounds and shape, which Qt then computes without calling into
    Python (the scene asks thousands of times on a large board); it paints itself."""

    def __init__(self, row: CardRow, look: CardLook, meta: str, movable: bool = True) -> None:
        super().__init__(CARD_RECT)
        self.setPen(BOUNDS_PEN)
        self.row = row
        self.look = look
        self.meta = meta
        self._fill = brush(row.color)
        self._text: CardText | None = None
        self.proposals: tuple[str, ...] = ()
        """Titles of the proposals the card became (marked in its corner)."""
        self.setFlags(CARD_FLAGS if movable else SELECTABLE)
        self.setZValue(2)

    def set_proposals(self, titles: tuple[str, ...]) -> None:
        """Mark the card as taken into these proposals (none: unmarked)."""
        if titles != self.proposals:
            self.proposals = titles
            self.setToolTip(proposal_tip(titles))
            self._text = None
            self.update()

    def set_row(self, row: CardRow, meta: str) -> None:
        """Show new values of the card."""
        self.row, self.meta = row, meta
        self._fill = brush(row.color)
        self._text = None
        self.update()

    def set_look(self, look: CardLook) -> None:
        """Use other fonts (presentation mode), or show or hide the dots (a blind round)."""
        self.look = look
        self._text = None
        self.update()

    def shows_dots(self) -> bool:
        """Whether the card's dot badge is drawn: it has dots, and no blind round hides them."""
        return bool(self.row.votes) and not self.look.counts_hidden

    def _footer(self) -> float:
        """Where the author line starts (the card's bottom in presentation, which has none)."""
        look = self.look
        return CARD_HEIGHT if look.presentation else CARD_HEIGHT - PADDING - look.small_height

    def _layout(self) -> CardText:
        """Title, details and author line as static text: whole lines that fit the card, the
        last one ended with "…" where text is cut. Laid out once per content, so a repaint
        only blits glyphs."""
        if self._text is None:
            look = self.look
            width = CARD_WIDTH - 2 * PADDING
            footer = self._footer()
            badge = QSizeF(BADGE_ROOM + 4, BADGE_ROOM) if self.shows_dots() else None
            font, title, title_top = fit_title(
                self.row.text, look.title_fonts, QSizeF(width, footer - PADDING), look.wrap, badge
            )
            title_top += PADDING
            details_top = title_top + title.height + 2
            details = ""
            if self.row.details and not look.presentation:
                box = QSizeF(width, footer - details_top)
                details = fit_lines(self.row.details, look.small, box, look.wrap).text
            meta = QFontMetricsF(look.small).elidedText(
                self.meta, Qt.TextElideMode.ElideRight, width - (MARK if self.proposals else 0)
            )
            self._text = CardText(
                static_text(title.text, font),
                font,
                title_top,
                static_text(details, look.small),
                details_top,
                static_text(meta, look.small),
            )
        return self._text

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        del option, widget
        look = self.look
        rect = CARD_RECT
        if not look.readable:
            painter.fillRect(rect, self._fill)  # too small to read: a coloured block
            if self.isSelected():
                painter.setPen(look.selected)
                painter.drawRect(rect)
            if self.shows_dots():  # the dots still show where the room's interest lies
                self._paint_dots(painter)
            if self.proposals:
                paint_mark(painter, look, QPointF(CARD_WIDTH, CARD_HEIGHT), -1)
            return
        painter.setPen(look.selected if self.isSelected() else look.border)
        painter.setBrush(self._fill)
        painter.drawRect(rect)
        text = self._layout()
        painter.setPen(ink(self.row.color, look.text_color))
        painter.setFont(text.title_font)
        painter.drawStaticText(QPointF(PADDING, text.title_top), text.title)
        if look.small_readable:
            painter.setFont(look.small)
            painter.drawStaticText(QPointF(PADDING, text.details_top), text.details)
            if not look.presentation:
                painter.setPen(ink(self.row.color, look.meta_color))
                painter.drawStaticText(QPointF(PADDING, self._footer()), text.meta)
        if self.shows_dots():
            self._paint_dots(painter)
        if self.proposals:
            paint_mark(painter, look, QPointF(CARD_WIDTH, CARD_HEIGHT), -1)

    def _paint_dots(self, painter: QPainter) -> None:
        """The dots as a red badge with the count, top right: at least BADGE_MIN_PX on
        screen, so the room sees the dots at fit on a laptop."""
        look = self.look
        size = look.badge_shown
        badge = QRectF(QPointF(CARD_WIDTH - size - 4, 4), QSizeF(size, size))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.dot)
        painter.drawEllipse(badge)
        font = badge_font(round(size * 0.55))
        if not readable(font.pixelSize(), look.scale):
            return
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.row.votes))


class ClusterItem(QGraphicsItem):
    """A named frame; dragging it carries its cards, its corner grip resizes it."""

    def __init__(self, row: ClusterRow, look: CardLook) -> None:
        super().__init__()
        self.row = row
        self.look = look
        self.cards: list[CardItem] = []
        self._size = QSizeF(row.width, row.height)
        self._resizing: QPointF | None = None
        self.standing: Standing | None = None
        """The frame's dots and place on its board in the round shown (None: not shown)."""
        self.proposals: tuple[str, ...] = ()
        self._standing_text = ""
        self._header: FrameHeader | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(0)
        self.setPos(row.x, row.y)

    def set_row(self, row: ClusterRow) -> None:
        """Show new values of the cluster."""
        self.prepareGeometryChange()
        self.row = row
        self._size = QSizeF(row.width, row.height)
        self.update()

    def set_standing(self, standing: Standing | None, proposals: tuple[str, ...]) -> None:
        """Show the frame's dots and place (None: no dots yet, or a blind round), and mark it
        when its cards became a proposal together."""
        if (standing, proposals) != (self.standing, self.proposals):
            self.standing, self.proposals = standing, proposals
            self._standing_text = (
                ""
                if standing is None
                else QCoreApplication.translate(
                    "ClusterItem", "{dots} Punkte · Platz {place}"
                ).format(dots=standing.dots, place=standing.place)
            )
            self.setToolTip(proposal_tip(proposals))
            self.update()

    def standing_text(self) -> str:
        """ "23 Punkte · Platz 2", or "" when no standing is shown."""
        return self._standing_text

    def size(self) -> QSizeF:
        """The frame's current size (changes while the grip is dragged)."""
        return self._size

    def boundingRect(self) -> QRectF:
        return QRectF(QPointF(-2, -2), self._size + QSizeF(4, 4))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        del widget
        rect = QRectF(QPointF(0, 0), self._size)
        painter.setPen(self.look.selected if self.isSelected() else QPen(QColor("#9e9e9e"), 1.5))
        painter.setBrush(QColor(self.row.color))
        painter.drawRoundedRect(rect, 10, 10)
        del option
        if readable(self.look.cluster_title_px, self.look.scale):
            self._paint_header(painter, rect.adjusted(12, 4, -12, 0))
        if self.proposals:
            paint_mark(painter, self.look, rect.bottomLeft() + QPointF(1, -1), 1)
        painter.setPen(QPen(QColor("#9e9e9e"), 2))
        corner = rect.bottomRight()
        for step in (6.0, 12.0):
            painter.drawLine(corner - QPointF(step, 3), corner - QPointF(3, step))

    def _paint_header(self, painter: QPainter, header: QRectF) -> None:
        """The name on the left, the standing on the right; the name gives way ("…")."""
        laid_out = self._laid_out_header(header.width())
        painter.setFont(self.look.cluster_title)
        painter.setPen(ink(self.row.color, "#333333"))
        if laid_out.standing is not None:
            painter.drawStaticText(
                header.topLeft() + QPointF(laid_out.standing_x, 0), laid_out.standing
            )
        painter.drawStaticText(header.topLeft(), laid_out.name)

    def _laid_out_header(self, width: float) -> FrameHeader:
        """Name and standing as static text, laid out again only when the name, the width,
        the standing or the look changed: a repaint then only places glyphs, as on the cards."""
        key = (self.row.name, width, self._standing_text, self.look)
        if self._header is None or self._header.key != key:
            font, metrics, standing = self.look.cluster_title, self.look.cluster_metrics, None
            room = standing_x = width
            if self._standing_text:
                advance = metrics.horizontalAdvance(self._standing_text)
                standing, standing_x = static_text(self._standing_text, font), width - advance
                room -= advance + 16
            name = metrics.elidedText(self.row.name, Qt.TextElideMode.ElideRight, max(0.0, room))
            self._header = FrameHeader(key, static_text(name, font), standing, standing_x)
        return self._header

    def _on_grip(self, point: QPointF) -> bool:
        return point.x() > self._size.width() - HANDLE and point.y() > self._size.height() - HANDLE

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._on_grip(event.pos()):
            self._resizing = event.pos()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        if self._resizing is not None:
            self.prepareGeometryChange()
            pos = event.pos()
            self._size = QSizeF(max(CARD_WIDTH + 40, pos.x()), max(CARD_HEIGHT + 60, pos.y()))
            self.update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        if self._resizing is not None:
            self._resizing = None
            event.accept()
            scene = self.scene()
            if scene is not None:
                scene.geometry_edited()  # type: ignore[attr-defined]
            return
        super().mouseReleaseEvent(event)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        # Only position changes are handled, and the base class is not called (see NodeItem).
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None:
                scene.cluster_moved(self)  # type: ignore[attr-defined]
        return value
