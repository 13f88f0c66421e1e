"""The stakeholder map by keyboard: everything the mouse does on the map has a key (EN 301 549,
11.2.1.1 "Keyboard").

- Alt+arrow: select the nearest stakeholder that way (Alt+Shift+arrow: add it); with nothing
  selected, the first arrow selects the stakeholder nearest the middle of what is shown.
- Arrow: move the selection one step (0.5) on the grid; Shift+arrow: a whole point.
- R: draw a relation from the selected stakeholder: Alt+arrow (or arrow) picks the target,
  Enter draws it in the kind chosen in the tool row, Esc cancels.
- Enter or F2: open the selected stakeholder in the table (its name ready to edit), or edit
  the label of the selected relation. Delete removes the selection; Ctrl+arrow scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView

from lk40_desktop.services.board.navigation import card_in_direction
from lk40_desktop.ui.stakeholders.map_items import NodeItem, RelationItem
from lk40_desktop.ui.stakeholders.map_scene import StakeholderScene
from lk40_desktop.ui.widgets.canvas_view import ARROW_STEPS


class MapKeyboard(QObject):
    """The keys of one map view; ``handle`` says whether it took a key."""

    open_requested = Signal(str)
    """Show this stakeholder in the table, its name ready to edit."""
    relation_label_requested = Signal(str)
    """Edit this relation's label."""
    delete_requested = Signal()

    def __init__(self, view: QGraphicsView, scene: StakeholderScene) -> None:
        super().__init__(view)
        self.view, self.scene = view, scene
        self.writable = True
        self.source: NodeItem | None = None
        """While a relation is drawn by keyboard: where it starts."""
        self.target: NodeItem | None = None
        self._line: QGraphicsLineItem | None = None

    def handle(self, event: QKeyEvent) -> bool:
        """React to a key on the map; False leaves it to the view (Ctrl+arrow scrolls)."""
        key, modifiers = Qt.Key(event.key()), event.modifiers()
        step = ARROW_STEPS.get(key)
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if step is not None and not modifiers & Qt.KeyboardModifier.ControlModifier:
            if self.source is not None:
                self._aim(*step)
            elif alt or not self.scene.selected_node_ids():
                self._step_selection(*step, extend=alt and shift)
            else:
                size = 2 if shift else 1
                self.scene.nudge(step[0] * size, -step[1] * size)  # up is more influence
            return True
        if key == Qt.Key.Key_Escape and self.source is not None:
            self.cancel()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self._open()
            return True
        if key == Qt.Key.Key_R and not modifiers and self.writable:
            self.start_relation()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            return True
        return False

    # -- selecting ----------------------------------------------------------------------------

    def _shown_nodes(self) -> list[NodeItem]:
        return [node for node in self.scene.nodes.values() if node.isVisible()]

    def _nearest(
        self, origin: QPointF, dx: int, dy: int, exclude: NodeItem | None
    ) -> NodeItem | None:
        centres = [
            (node.row.id, node.pos().x(), node.pos().y())
            for node in self._shown_nodes()
            if node is not exclude
        ]
        found = card_in_direction(centres, (origin.x(), origin.y()), dx, dy)
        return self.scene.nodes.get(found) if found is not None else None

    def _middle(self) -> NodeItem | None:
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        nodes = self._shown_nodes()
        return min(nodes, key=lambda n: QLineF(n.pos(), centre).length(), default=None)

    def _step_selection(self, dx: int, dy: int, *, extend: bool) -> None:
        selected = [self.scene.nodes[i] for i in self.scene.selected_node_ids()]
        current = selected[-1] if selected else None
        chosen = (
            self._middle()
            if current is None
            else self._nearest(current.pos(), dx, dy, exclude=current)
        )
        if chosen is None:
            return
        if not extend:
            self.scene.clearSelection()
        chosen.setSelected(True)
        self.view.ensureVisible(chosen, 60, 60)

    # -- drawing a relation -------------------------------------------------------------------

    def start_relation(self) -> None:
        """Begin a relation at the one selected stakeholder (nothing else selected)."""
        selected = self.scene.selected_node_ids()
        if len(selected) != 1:
            return
        self.source = self.scene.nodes[selected[0]]
        self.target = None
        self._line = self.scene.addLine(
            QLineF(self.source.pos(), self.source.pos()),
            QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine),
        )

    def _aim(self, dx: int, dy: int) -> None:
        assert self.source is not None and self._line is not None
        origin = (self.target or self.source).pos()
        chosen = self._nearest(origin, dx, dy, exclude=self.source)
        if chosen is None:
            return
        self.target = chosen
        self._line.setLine(QLineF(self.source.pos(), chosen.pos()))
        self.scene.clearSelection()
        chosen.setSelected(True)
        self.view.ensureVisible(chosen, 60, 60)

    def cancel(self) -> None:
        """Stop drawing a relation; nothing is stored."""
        if self._line is not None:
            self.scene.removeItem(self._line)
        source = self.source
        self.source = self.target = self._line = None
        if source is not None:
            self.scene.clearSelection()
            source.setSelected(True)

    def _open(self) -> None:
        if self.source is not None:
            source, target = self.source, self.target
            self.cancel()
            if target is not None:
                self.scene.relation_requested.emit(source.row.id, target.row.id)
            return
        items = self.scene.selectedItems()
        relations = [item for item in items if isinstance(item, RelationItem)]
        nodes = [item for item in items if isinstance(item, NodeItem)]
        if relations:
            self.relation_label_requested.emit(relations[0].relation_id)
        elif nodes:
            self.open_requested.emit(nodes[0].row.id)
