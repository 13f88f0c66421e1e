"""The tool row above the stakeholder map (zoom, font size for the projector, the map as an
image, drawing relations of a chosen kind) and the legend below it."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolButton, QWidget

from lk40_desktop.services.stakeholders.data import StakeholderData
from lk40_desktop.services.stakeholders.grid import (
    ATTITUDE_COLORS,
    ATTITUDE_SYMBOLS,
    LineStyle,
    relation_style,
)
from lk40_desktop.services.vocabulary import Entry
from lk40_desktop.ui.stakeholders.map_scene import StakeholderScene
from lk40_desktop.ui.stakeholders.map_view import MapView
from lk40_desktop.ui.widgets.compact import compact_combo
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.flow_layout import flow_row

ZOOM_STEP = 1.2
"""Factor of one zoom or font-size step."""
LEGEND_WIDTH = 150
LEGEND_LINES: dict[LineStyle, str] = {
    "solid": "———▸",
    "dashed": "– – –▸",
    "dotted": "·····▸",
    "dashdot": "–·–·▸",
    "dashdotdot": "–··–··▸",
}
"""Each relation kind's line style in the legend, as the map draws it."""


class MapTools(QWidget):
    """Tool buttons with shortcuts that work anywhere on the page (``shortcut_host``)."""

    connect_toggled = Signal(bool)
    """The "draw relation" mode was switched on or off."""
    add_relation_requested = Signal()
    list_relations_requested = Signal()
    edit_kinds_requested = Signal()
    export_requested = Signal()
    print_requested = Signal()

    def __init__(
        self,
        view: MapView,
        scene: StakeholderScene,
        shortcut_host: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shortcut_host = shortcut_host
        self.connect_button = QToolButton()
        self.connect_button.setText(self.tr("Beziehung ze&ichnen"))
        self.connect_button.setCheckable(True)
        self.connect_button.setToolTip(self.tr("Von einem Stakeholder zu einem anderen ziehen"))
        self.connect_button.toggled.connect(self.connect_toggled.emit)
        self.kind_combo = compact_combo(QComboBox(), chars=9)
        self.kind_combo.setToolTip(self.tr("Art neuer Beziehungen"))
        self.kind_combo.setAccessibleName(self.kind_combo.toolTip())
        relations_menu = QMenu(self)
        relations_menu.addAction(
            self.tr("Beziehung &hinzufügen…"), self.add_relation_requested.emit
        )
        relations_menu.addAction(
            self.tr("Alle Beziehungen &bearbeiten…"), self.list_relations_requested.emit
        )
        relations_menu.addAction(
            self.tr("Beziehungs&arten bearbeiten…"), self.edit_kinds_requested.emit
        )
        self.relations_button = QToolButton()
        self.relations_button.setText(self.tr("Beziehungen"))
        self.relations_button.setMenu(relations_menu)
        self.relations_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = flow_row(self, spacing=4)  # two rows where one would cut off the last tools
        for text, tip, shortcut, slot in self._view_tools(view, scene):
            layout.addWidget(self._tool(text, tip, shortcut, slot))
        layout.add_gap()
        for widget in (self.connect_button, self.kind_combo, self.relations_button):
            layout.addWidget(widget)

    def _view_tools(
        self, view: MapView, scene: StakeholderScene
    ) -> Sequence[tuple[str, str, str | None, Callable[[], object]]]:
        """(text, tool tip, shortcut, slot) of the buttons that change only the view."""
        return (
            (self.tr("Einpassen"), self.tr("Ganze Karte zeigen"), "Ctrl+0", view.fit),
            ("+", self.tr("Vergrößern"), "Ctrl++", lambda: view.zoom(ZOOM_STEP)),
            ("−", self.tr("Verkleinern"), "Ctrl+-", lambda: view.zoom(1 / ZOOM_STEP)),
            (
                self.tr("A+"),
                self.tr("Größere Schrift (Beamer)"),
                "Ctrl+Shift++",
                lambda: scene.set_font_scale(scene.font_scale * ZOOM_STEP),
            ),
            (
                self.tr("A−"),
                self.tr("Kleinere Schrift"),
                "Ctrl+Shift+-",
                lambda: scene.set_font_scale(scene.font_scale / ZOOM_STEP),
            ),
            (
                self.tr("Bild…"),
                self.tr("Karte als Bild speichern (PNG oder SVG)"),
                None,
                self.export_requested.emit,
            ),
            (
                self.tr("Poster…"),
                self.tr("Karte als A3-Poster drucken oder als PDF speichern"),
                None,
                self.print_requested.emit,
            ),
        )

    def _tool(
        self, text: str, tip: str, shortcut: str | None, slot: Callable[[], object]
    ) -> QToolButton:
        tool = QToolButton()
        tool.setText(text)
        native = QKeySequence(shortcut or "").toString(QKeySequence.SequenceFormat.NativeText)
        tool.setToolTip(tip + (f" ({native})" if shortcut else ""))  # "Strg+0" in German
        tool.clicked.connect(slot)
        if shortcut:
            action = QAction(tip, self.shortcut_host)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.shortcut_host.addAction(action)
        return tool

    def fill_kinds(self, kinds: Sequence[Entry]) -> None:
        """Offer the relation kinds; the chosen kind stays chosen if it still exists."""
        current = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in kinds:
            self.kind_combo.addItem(shown(kind.name), kind.id)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))

    def current_kind(self) -> str | None:
        """The kind new relations get (None when the project has no kinds)."""
        kind = self.kind_combo.currentData()
        return None if kind is None else str(kind)

    def set_writable(self, writable: bool) -> None:
        """Offer drawing and editing relations only where edits are possible."""
        self.connect_button.setEnabled(writable)
        self.relations_button.setEnabled(writable)


class MapLegend(QLabel):
    """What the colours and symbols of the map mean: groups, attitudes, relation kinds, one
    to a line beside the map (the map is square: on a wide page the room beside it is free,
    and every line below it would make it smaller)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("mapLegend")
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(LEGEND_WIDTH)
        self.setMaximumWidth(LEGEND_WIDTH + 40)

    def show_data(self, data: StakeholderData, attitude_labels: dict[str, str]) -> None:
        """Explain the groups and kinds of this document."""
        groups = [
            f"<span style='color:{g.color}'>●</span>&nbsp;{html.escape(shown(g.name, 60))}"
            for g in data.groups
        ]
        attitudes = [
            f"<b style='color:{ATTITUDE_COLORS[key]}'>{ATTITUDE_SYMBOLS[key]}</b>&nbsp;{label}"
            for key, label in attitude_labels.items()
        ]
        kinds = [
            f"<b style='color:{k.color}'>{LEGEND_LINES[relation_style(data, k.id)]}</b>"
            f"&nbsp;{html.escape(shown(k.name, 60))}"
            for k in data.kinds
        ]
        self.setText("<br><br>".join("<br>".join(part) for part in (groups, attitudes, kinds)))
