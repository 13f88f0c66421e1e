"""The canvas of an idea board: shared navigation plus the board's keys and context menu."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QPaintEvent, QPixmapCache
from PySide6.QtWidgets import QGraphicsView, QWidget

from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.widgets.canvas_view import ARROW_STEPS, CanvasView

CARD_CACHE_KB = 128 * 1024
"""Room for the cards' cached pixmaps: the screen area of the visible cards, for a 4K screen and
a projector at once. Qt's default of 10 MB holds fewer cards than a full-HD screen shows, and
a card pushed out of the cache is drawn twice per paint."""


class BoardView(CanvasView):
    """Arrow keys go from card to card (Shift: adding to the selection; Ctrl: scrolling),
    F2 edits the selected card, Delete removes the selection, + and − give or take back a
    dot in voting mode; the context menu is the page's."""

    delete_requested = Signal()
    edit_requested = Signal()
    vote_key = Signal(int)
    tally_typed = Signal(str)
    """A digit or minus typed on the board in tally mode: the start of a card's count."""
    menu_requested = Signal(object)
    """The global position of a context-menu request."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.focus: QRectF | None = None
        """A part of the board shown large (the projector's current cluster), or None."""
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setObjectName("boardView")
        self.setAccessibleName(self.tr("Ideenboard"))
        self.setAccessibleDescription(
            self.tr(
                "Pfeiltasten: von Karte zu Karte, mit Umschalt mehrere wählen; F2 oder Enter: "
                "Karte bearbeiten; Entf: löschen; Strg+G: Cluster bilden; Strg+C und Strg+V: "
                "kopieren und einfügen; in der Punktabfrage + und −: Punkt geben und "
                "zurücknehmen; Strg+0: einpassen. Die Liste zeigt dieselben Karten als Tabelle."
            )
        )
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CARD_CACHE_KB))
        self.zoomed.connect(scene.cache_cards)

    def content_rect(self) -> QRectF:
        """What fitting shows: the board's cards, or the part the view is focused on."""
        return self.focus if self.focus is not None else self.board.content_rect()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.board.look.set_scale(self.zoom_factor())
        super().paintEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = ARROW_STEPS.get(Qt.Key(key))
        if step is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            current = self.board.step_selection(*step, extend, shown)
            if current is not None:
                self.ensureVisible(current, 40, 40)
        elif self.board.tallying and event.text() and event.text() in "0123456789-":
            self.tally_typed.emit(event.text())
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif key == Qt.Key.Key_F2 or (key == Qt.Key.Key_Return and not self.board.voting):
            self.edit_requested.emit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Return) and self.board.voting:
            self.vote_key.emit(1)
        elif key == Qt.Key.Key_Minus and self.board.voting:
            self.vote_key.emit(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.board.voting:
            event.accept()  # the right button takes a dot back in voting mode
            return
        item = self.itemAt(event.pos())
        if item is not None and not item.isSelected():
            self.board.clearSelection()
            item.setSelected(True)
        self.menu_requested.emit(event.globalPos())
