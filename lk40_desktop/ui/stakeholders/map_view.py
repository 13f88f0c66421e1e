"""The view of the stakeholder map: the shared canvas navigation plus keyboard nudging,
relation editing by double-click and the map's context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGraphicsView, QMenu, QWidget

from lk40_desktop.ui.stakeholders.map_items import RelationItem
from lk40_desktop.ui.stakeholders.map_scene import StakeholderScene
from lk40_desktop.ui.widgets.canvas_view import CanvasView


class MapView(CanvasView):
    """Arrow keys nudge the selection one step; Delete removes it."""

    delete_requested = Signal()
    relation_edit_requested = Signal(str)
    relation_menu_requested = Signal(str, QPoint)
    """(relation id, global position): the context menu of an arrow."""
    export_requested = Signal()

    def __init__(self, scene: StakeholderScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, RelationItem):
            self.relation_edit_requested.emit(item.relation_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if event.key() in steps and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.map_scene.nudge(*steps[Qt.Key(event.key())])
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if isinstance(item, RelationItem):
            self.relation_menu_requested.emit(item.relation_id, event.globalPos())
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Einpassen"), self.fit)
        menu.addSeparator()
        menu.addAction(self.tr("Karte als Bild speichern…"), self.export_requested.emit)
        menu.exec(event.globalPos())
