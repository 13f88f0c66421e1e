"""The tool row above the board and the page's shortcuts: capture, cluster, the arranging tools
(tidy, align, sort, in one menu), promote, voting, zoom, presentation, picture and paper; copy and
paste of cards on the canvas. Each tool calls the page's slot of the same name."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

Slot = Callable[..., object]

ARRANGING = ("tidy", "align_left", "align_top", "sort")
"""Tools in the "Anordnen" menu rather than on a button."""
WRITING = ("cluster", *ARRANGING, "voting", "promote")
"""Tools that change the file: off for a read-only one."""


class BoardTools(QWidget):
    """The tool row; ``actions_by_name`` holds every tool, also those without a button."""

    def __init__(self, page: QWidget, canvas: QWidget, slots: Mapping[str, Slot]) -> None:
        super().__init__()
        self.actions_by_name: dict[str, QAction] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        arrange = QMenu(self)
        for name, text, shortcut in self._tools():
            action = self._action(page, name, text, slots[name])
            action.setCheckable(name == "voting")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{text} ({native})")  # "Strg+G" in German
            if name in ARRANGING:
                arrange.addAction(action)
            elif name != "capture":
                button = QToolButton()
                button.setDefaultAction(action)
                layout.addWidget(button)
            if name == "cluster":
                arranging = QToolButton()
                arranging.setText(self.tr("Anordnen"))
                arranging.setMenu(arrange)
                arranging.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                layout.addWidget(arranging)
            if name == "voting":
                layout.addStretch(1)
        for name, text, key in (
            ("copy", self.tr("Kopieren"), QKeySequence.StandardKey.Copy),
            ("paste", self.tr("Einfügen"), QKeySequence.StandardKey.Paste),
        ):
            action = self._action(canvas, name, text, slots[name])
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _tools(self) -> list[tuple[str, str, str]]:
        """(name, text, shortcut) of each tool, in the row's order (Ctrl+1…5 switch pages)."""
        return [
            ("capture", self.tr("Karte erfassen"), "Ctrl+K"),
            ("cluster", self.tr("Cluster bilden"), "Ctrl+G"),
            ("tidy", self.tr("Aufräumen"), "Ctrl+Shift+A"),
            ("align_left", self.tr("Links ausrichten"), ""),
            ("align_top", self.tr("Oben ausrichten"), ""),
            ("sort", self.tr("Nach Punkten sortieren"), ""),
            ("promote", self.tr("Zum Projektvorschlag"), "Ctrl+Shift+V"),
            ("voting", self.tr("Punktabfrage"), "Ctrl+Shift+P"),
            ("fit", self.tr("Einpassen"), "Ctrl+0"),
            ("actual", self.tr("100 %"), ""),
            ("present", self.tr("Präsentation"), "F5"),
            ("image", self.tr("Bild…"), ""),
            ("print", self.tr("Drucken…"), "Ctrl+P"),
        ]

    def _action(self, owner: QWidget, name: str, text: str, slot: Slot) -> QAction:
        """An action of ``owner`` (whose focus its shortcut needs) calling ``slot``."""
        action = QAction(text, owner)
        action.setIconText(text)  # a button keeps the "…" of a tool that asks (Qt drops it)
        action.triggered.connect(slot)
        owner.addAction(action)
        self.actions_by_name[name] = action
        return action

    def set_writable(self, writable: bool, in_field: bool) -> None:
        """Tools that write only for a writable file; the picture and the paper only of one
        field's board (in the overview, the fields' boards would overlap)."""
        for name in WRITING:
            self.actions_by_name[name].setEnabled(writable)
        self.actions_by_name["image"].setEnabled(in_field)
        self.actions_by_name["print"].setEnabled(in_field)
