"""A QGraphicsView for boards and maps: zoom with Ctrl + wheel, pan with the middle button or
Space + drag, rubber-band selection with the left button, fit to the content.

The view stays where it is when the scene's area changes: a dropped card makes the board's
area grow or shrink, and Qt then centres a scene smaller than the view, clamps the scroll bars
to a smaller area, and a scroll bar that appears resizes the viewport (which re-fitted a fitted
view). Each of these moved every card under the pointer after a drag, so the next drag took
another card. So the view's own scrollable area is the scene's area united with what it shows,
and its scroll bars are always there."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.02, 8.0
ARROW_STEPS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
"""Arrow keys as steps on the screen (down is +y, as in a scene): how the canvases' keys go
from item to item."""


class CanvasView(QGraphicsView):
    """The navigation every canvas of the app shares; subclasses add their own keys."""

    zoomed = Signal(float)
    """The new scale after a zoom or fit (1.0 is 100 %)."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._space_down = False
        self._fitted: QRectF | None = None
        """The content the last fit() showed: a resize fits again while the content is still
        that (the layout settling, a window maximised); any zoom clears it. Content that
        changed since (cards typed on a board fitted empty) keeps the zoom on a resize, so a
        bar appearing (voting) does not shrink the cards to blocks without text."""
        for policy in (self.setHorizontalScrollBarPolicy, self.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a bar shown would resize the view
        scene.sceneRectChanged.connect(self._scene_area_changed)
        self.setSceneRect(scene.sceneRect())

    def zoom_factor(self) -> float:
        """The current scale (1.0 is 100 %)."""
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` (within sensible limits)."""
        current = self.zoom_factor()
        factor = max(MIN_ZOOM / current, min(MAX_ZOOM / current, factor))
        self.scale(factor, factor)
        self._fitted = None
        self.zoomed.emit(self.zoom_factor())

    def set_zoom(self, zoom: float) -> None:
        """Zoom to an absolute scale (1.0 for 100 %)."""
        self.zoom(zoom / self.zoom_factor())

    def content_rect(self) -> QRectF:
        """What "fit" shows; the whole scene unless a subclass knows better."""
        return self.sceneRect()

    def fit(self) -> None:
        """Show all content, and keep showing all of it when the view is resized (a window
        maximised, a splitter moved, the layout settling after the page is first shown) until
        the content changes or the user zooms."""
        scene = self.scene()
        if scene is not None:
            self.setSceneRect(scene.sceneRect())  # what was shown before no longer counts
        rect = self.content_rect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._fitted = rect
            self.zoomed.emit(self.zoom_factor())

    def _scene_area_changed(self, area: QRectF) -> None:
        """Scroll over the scene's new area and what is shown now, so nothing moves."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        self.setSceneRect(area.united(shown) if self.isVisible() else area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted is not None and self.content_rect() == self._fitted:
            self.fit()
        else:
            self._fitted = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
        super().keyReleaseEvent(event)
