"""What the gestures on the canvas do to the file: a drag or a resize places cards and frames,
a double click or F2 edits a card or a cluster's name in place, and the tools form clusters,
tidy, align and sort by dots — each one named operation of ``operations.board``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QRectF
from PySide6.QtWidgets import QMessageBox

from lk40_desktop.operations import board as ops
from lk40_desktop.services.board.rounds import closed_dots_on
from lk40_desktop.ui.board.inline_editor import InlineEditor
from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.board.view import BoardView


class CanvasEdits(QObject):
    """The canvas's edits. The tools get the selected cards from the page (the list's rows
    while the list is shown): this object holds no reference back to the page, so the page is
    freed with its window rather than by Python's cycle collector on any thread."""

    def __init__(self, source: BoardSource, view: BoardView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.view = view
        self.scene: BoardScene = view.board
        self.editor = InlineEditor(view)
        self.scene.edited.connect(self.place)
        self.scene.edit_requested.connect(self.edit_card)
        view.edit_requested.connect(self.edit_selection)

    def place(self, cards: dict[str, dict[str, Any]], clusters: dict[str, dict[str, Any]]) -> None:
        """Cards and frames where a drag or resize left them."""
        text = (
            self.tr("Cluster verschoben")  # its cards move along
            if clusters
            else self.tr("{count} Karte(n) verschoben").format(count=len(cards))
        )
        if not self.source.perform(text, lambda session: ops.place(session, cards, clusters)):
            self.scene.sync(self.source.data, self.source.field_id)  # back where they are

    def edit_selection(self) -> None:
        """F2 / Enter: edit the selected card, or rename the selected cluster."""
        cards = self.scene.selected_card_ids()
        if cards:
            self.edit_card(cards[0])
            return
        clusters = self.scene.selected_cluster_ids()
        if clusters:
            self.rename_cluster(clusters[0])

    def edit_card(self, card_id: str) -> None:
        """Edit a card's text in place (first line the title, further lines the details)."""
        item = self.scene.cards.get(card_id)
        if item is None or not self.source.writable:
            return
        row = item.row
        text = row.text + (f"\n{row.details}" if row.details else "")

        def commit(new_text: str) -> None:
            title, _, details = new_text.partition("\n")
            self.source.perform(
                self.tr("Karte bearbeiten"),
                lambda session: ops.edit_card(session, card_id, title, details),
            )

        area = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        self.editor.edit(area, text, commit, multi_line=True)

    def rename_cluster(self, cluster_id: str) -> None:
        """Rename a cluster in place, on its title band."""
        item = self.scene.clusters.get(cluster_id)
        if item is None or not self.source.writable:
            return
        head = QRectF(item.scenePos(), item.size())
        head.setHeight(40)

        def commit(name: str) -> None:
            self.source.perform(
                self.tr("Cluster umbenennen"),
                lambda session: ops.rename_cluster(session, cluster_id, name),
            )

        area = self.view.mapFromScene(head).boundingRect()
        self.editor.edit(area, item.row.name, commit, multi_line=False)

    def make_cluster(self, card_ids: Sequence[str]) -> None:
        """Ctrl+G: a frame around cards, which it then carries (cards lying apart are gathered
        first, ``operations.board.cluster_cards``); it is named "Cluster n", scrolled into
        view, and its name is edited at once."""
        by_id = {card.id: card for card in self.source.data.cards}
        cards = [by_id[card_id] for card_id in card_ids if card_id in by_id]
        if not cards:
            return
        ids = [card.id for card in cards]
        field_id = cards[0].field_id
        number = 1 + sum(1 for c in self.source.data.clusters if c.field_id == field_id)
        name = self.tr("Cluster {number}").format(number=number)
        edit = self.source.perform(
            self.tr("Cluster bilden"), lambda session: ops.cluster_cards(session, ids, name)
        )
        if edit:
            self.scene.clearSelection()
            cluster_id = edit.created[0]
            frame = self.scene.clusters.get(cluster_id)
            if frame is not None:
                frame.setSelected(True)
                self.view.ensureVisible(frame, 40, 40)
                self.rename_cluster(cluster_id)

    def tidy(self, cards: Sequence[str]) -> None:
        """Lay the selected clusters' cards and the other ``cards`` out on neat grids."""
        clusters = self.scene.selected_cluster_ids()
        self.source.perform(
            self.tr("Aufräumen"), lambda session: ops.tidy(session, cards, clusters)
        )

    def align(self, cards: Sequence[str], axis: ops.Axis) -> None:
        """Align cards on their leftmost ("x") or topmost ("y") edge."""
        self.source.perform(self.tr("Ausrichten"), lambda session: ops.align(session, cards, axis))

    def sort_by_votes(self) -> None:
        """Order every cluster's cards (and the loose cards) by their dots in the round shown,
        most first; not while a blind round hides the counts (the order would tell them)."""
        field_id, round_id = self.source.field_id, self.source.data.round_id
        if self.source.data.hides_counts:
            return
        self.source.perform(
            self.tr("Nach Punkten sortieren"),
            lambda session: ops.sort_by_votes(session, field_id, round_id),
        )

    def may_delete(self, cards: Sequence[str]) -> bool:
        """Whether cards may go: at once, or after asking when closed rounds hold dots on
        them (the rounds keep those dots; undo brings the cards back)."""
        if self.source.controller is None or not cards:
            return True
        with self.source.controller.document.reading() as session:
            dots = closed_dots_on(session, cards)
        if not dots:
            return True
        answer = QMessageBox.question(
            self.view,
            self.tr("Karten mit Punkten löschen"),
            self.tr(
                "Auf den Karten liegen {dots} Punkte aus abgeschlossenen Runden. Trotzdem "
                "löschen? Die Runden behalten ihre Punkte; Rückgängig (Strg+Z) holt die Karten "
                "zurück."
            ).format(dots=dots),
        )
        return answer == QMessageBox.StandardButton.Yes
