"""The view of the stakeholder map: the shared canvas navigation plus the map's keys
(``map_keys``), relation editing by double-click and the map's context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGraphicsView, QMenu, QWidget

from lk40_desktop.ui.stakeholders.map_items import RelationItem
from lk40_desktop.ui.stakeholders.map_keys import MapKeyboard
from lk40_desktop.ui.stakeholders.map_scene import StakeholderScene
from lk40_desktop.ui.widgets.canvas_view import CanvasView


class MapView(CanvasView):
    """The map's keys are ``MapKeyboard``'s; a double click on an arrow edits its label."""

    delete_requested = Signal()
    relation_edit_requested = Signal(str)
    relation_menu_requested = Signal(str, QPoint)
    """(relation id, global position): the context menu of an arrow."""
    export_requested = Signal()

    def __init__(self, scene: StakeholderScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.zoomed.connect(scene.set_view_zoom)  # names stay readable when zoomed out
        self.keys = MapKeyboard(self, scene)
        self.keys.delete_requested.connect(self.delete_requested)
        self.keys.relation_label_requested.connect(self.relation_edit_requested)
        self.setAccessibleName(self.tr("Stakeholder-Karte"))
        self.setAccessibleDescription(
            self.tr(
                "Einfluss nach oben, Interesse nach rechts. Alt+Pfeiltaste: nächsten "
                "Stakeholder in diese Richtung wählen, mit Umschalt dazunehmen; Pfeiltaste: "
                "Auswahl einen halben Punkt verschieben, mit Umschalt einen ganzen; R: Beziehung "
                "vom gewählten Stakeholder zeichnen (Ziel mit Pfeiltasten, Enter zeichnet, Esc "
                "bricht ab); Enter: in der Tabelle öffnen oder Beziehung beschriften; "
                "Entf: löschen."
            )
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, RelationItem):
            self.relation_edit_requested.emit(item.relation_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keys.handle(event):
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
