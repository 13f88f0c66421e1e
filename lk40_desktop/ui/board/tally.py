"""Tallying paper pinboards card by card: with the voting bar's "Zählen" on, a digit typed on
the board opens the tally field, Enter puts the number into the round for the chosen card and
chooses the next card of its board in reading order (``services.board.navigation``), with its
count so far ready to be typed over. A refused number stays in the field, selected, and the
card stays chosen."""

from __future__ import annotations

from PySide6.QtCore import QObject

from lk40_desktop.services.board.navigation import next_card, reading_order
from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.board.view import BoardView
from lk40_desktop.ui.board.voting_bar import VotingBar


class TallyFlow(QObject):
    """Connects the board's typed digits, the tally field and the card selection."""

    def __init__(
        self, source: BoardSource, scene: BoardScene, view: BoardView, bar: VotingBar
    ) -> None:
        super().__init__(bar)
        self.source, self.scene, self.view, self.bar = source, scene, view, bar
        view.tally_typed.connect(self.typed)
        bar.tally_entered.connect(self.enter)
        bar.tally.left.connect(view.setFocus)
        bar.tally_button.toggled.connect(self._toggled)

    def _toggled(self, on: bool) -> None:
        self.scene.tallying = on
        if on:
            self._show_count()

    def typed(self, text: str) -> None:
        """A digit typed on the board starts the chosen card's count."""
        self.bar.tally.setText(text)
        self.bar.tally.setFocus()

    def enter(self, typed: str) -> None:
        """The count of the chosen card, then on to the next card in reading order."""
        chosen = self.scene.selected_card_ids()
        if not chosen:
            self.bar.status.setText(self.tr("Erst eine Karte wählen (Pfeiltasten)."))
            return
        card_id = chosen[0]
        if not self.bar.count(card_id, typed):
            self.bar.tally.selectAll()
            return
        following = next_card(self._order(card_id), card_id)
        if following is not None:
            self.scene.select_cards([following])
            self.view.ensureVisible(self.scene.cards[following], 40, 40)
        self._show_count()

    def _order(self, card_id: str) -> list[str]:
        """The shown cards of the card's board in reading order."""
        data = self.source.data
        field_id = next((c.field_id for c in data.cards if c.id == card_id), None)
        items = self.scene.cards
        cards = [
            c
            for c in data.cards
            if c.field_id == field_id and c.id in items and items[c.id].isVisible()
        ]
        return reading_order(cards, [f for f in data.clusters if f.field_id == field_id])

    def _show_count(self) -> None:
        """The chosen card's paper dots so far, selected, so a number types over them."""
        chosen = self.scene.selected_card_ids()
        count = self.source.data.dots_of(chosen[0], "") if chosen else 0
        self.bar.tally.setText(str(count))
        self.bar.tally.selectAll()
