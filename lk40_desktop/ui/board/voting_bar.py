"""Dot voting on the board page (Punktabfrage): who votes in the round (numbered people by
default, by group or by name only when chosen), who is voting now, how many of their
dots they have placed, and the dots themselves — a click, + or − on a card gives or takes one
back through ``operations.rounds.vote``, whose rules may refuse it. In tally mode ("Zählen")
the dots counted off a paper pinboard are typed per card: a number and Enter, and the next
card in reading order is chosen (``operations.rounds.tally``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lk40_desktop.operations.edit import EditRefusedError, Refusal
from lk40_desktop.operations.rounds import tally, update_round, vote
from lk40_desktop.services.board.rounds import ANONYMOUS, VOTER_MODES
from lk40_desktop.services.board.voting import dots_used
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.refusals import refusal_text

VOTE_REFUSALS = frozenset(
    {
        Refusal.NO_DOTS_LEFT,
        Refusal.NO_DOT_TO_TAKE_BACK,
        Refusal.NAMED_VOTER,
        Refusal.NO_ROUND,
        Refusal.ROUND_CLOSED,
        Refusal.EMPTY_ROUND,
        Refusal.REVEALED,
        Refusal.BAD_TALLY,
    }
)


class TallyEntry(QLineEdit):
    """The dots counted for the chosen card; Esc returns to the board."""

    left = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            return
        super().keyPressEvent(event)


class VotingBar(QWidget):
    """The voter and their dots, and the tally; shown only in voting mode, so the tool row
    fits a laptop screen."""

    tally_entered = Signal(str)
    """Enter in the tally field, with what was typed."""

    def __init__(self, source: BoardSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.voters = QComboBox()
        self.voters.setAccessibleName(self.tr("Wer abstimmt"))
        self.voters.setToolTip(
            self.tr(
                "Anonym: Personen stimmen mit Nummern ab, kein Name gelangt in die Datei. "
                "Namen nur, wenn die Runde bewusst namentlich ist."
            )
        )
        texts = {
            "numbered": self.tr("anonym"),
            "group": self.tr("nach Gruppen"),
            "name": self.tr("namentlich"),
        }
        for mode in VOTER_MODES:
            self.voters.addItem(texts[mode], mode)
        self.voters.activated.connect(self._voters_chosen)
        self.voter = QComboBox()
        self.voter.setEditable(True)
        self.voter.setToolTip(self.tr("Wer gerade Punkte klebt (leer: ohne Limit zählen)"))
        voter_line = self.voter.lineEdit()
        if voter_line is not None:
            voter_line.setPlaceholderText(self.tr("Punkte vom Plakat"))
        self.voter.setMinimumContentsLength(14)
        self.voter.currentTextChanged.connect(lambda _text: self.show_count())
        self.tally_button = QPushButton(self.tr("&Zählen"))
        self.tally_button.setCheckable(True)
        self.tally_button.setToolTip(
            self.tr("Punkte von Papier-Pinnwänden eintippen: Zahl, Enter, nächste Karte")
        )
        self.tally_button.toggled.connect(self._tally_toggled)
        self.tally = TallyEntry()
        self.tally.setAccessibleName(self.tr("Gezählte Punkte der gewählten Karte"))
        self.tally.setPlaceholderText(self.tr("Punkte, Enter"))
        self.tally.setMaximumWidth(110)
        self.tally.returnPressed.connect(lambda: self.tally_entered.emit(self.tally.text()))
        self.tally.hide()
        self._refused = False
        self.status = QLabel()
        self.status.setObjectName("voteStatus")
        self.status.setWordWrap(True)  # two lines on a laptop rather than a cut hint
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        voter_label = QLabel(self.tr("Punkte &von:"))
        voter_label.setBuddy(self.voter)
        for part in (self.voters, voter_label, self.voter, self.tally_button, self.tally):
            layout.addWidget(part)
        layout.addWidget(self.status, 1)
        self.hide()

    @property
    def tallying(self) -> bool:
        """Whether typed numbers are tallies (paper pinboards) rather than clicks."""
        return self.tally_button.isChecked()

    def _tally_toggled(self, on: bool) -> None:
        self.tally.setVisible(on)
        self.status.setText(
            self.tr("Zählen: Karte wählen, Punktzahl tippen, Enter – weiter zur nächsten Karte.")
            if on
            else ""
        )
        if not on:
            self.show_count()

    def _voters_chosen(self, index: int) -> None:
        """Who votes in the round: numbered people unless it is made by group or by name."""
        shown, mode = self.source.data.round, str(self.voters.itemData(index))
        if shown is not None and mode != shown.voter_mode:
            round_id = shown.id
            self.source.perform(
                self.tr("Wer abstimmt ändern"),
                lambda session: update_round(session, round_id, {"voter_mode": mode}),
            )
        self.show_mode()  # a refused change leaves the box as it is stored
        self.fill_voters()

    def voter_name(self) -> str:
        """Whose dots a click places ("": dots counted off the wall, without a limit)."""
        return self.voter.currentText().strip()

    def vote(self, card_id: str, delta: int) -> None:
        """Give (+1) or take back (−1) one dot of the current voter on a card."""
        voter, round_id = self.voter_name(), self.source.data.round_id
        text = self.tr("Punkt vergeben") if delta > 0 else self.tr("Punkt zurücknehmen")
        self.source.perform(text, lambda session: vote(session, round_id, card_id, voter, delta))

    def count(self, card_id: str, typed: str) -> bool:
        """Put the dots typed for a card into the round (one undo step per board); False when
        the rules refused it (the bar then says why)."""
        round_id = self.source.data.round_id
        self._refused = False
        self.source.perform(
            self.tr("Punkte zählen"),
            lambda session: tally(session, round_id, card_id, typed),
            merge=True,
        )
        return not self._refused

    def show_refusal(self, error: EditRefusedError) -> None:
        """Say beside the voter why a dot, a tally or a round's step was refused (other
        refusals are not the bar's)."""
        if error.refusal in VOTE_REFUSALS:
            QApplication.beep()
            self.status.setText(refusal_text(error))
            self._refused = True

    def show_mode(self) -> None:
        """Show who votes in the round the board shows; changeable while it is open."""
        shown = self.source.data.round
        self.voters.setEnabled(shown is not None and shown.open and self.source.writable)
        mode = shown.voter_mode if shown is not None else ANONYMOUS
        self.voters.setCurrentIndex(max(self.voters.findData(mode), 0))

    def fill_voters(self) -> None:
        """Offer the round's voters: numbered people, the stakeholder groups, or everyone who
        has voted by name; the voter typed stays."""
        data = self.source.data
        shown = data.round
        voter = self.voter.currentText()
        if shown is not None and shown.numbered:
            used = [int(v) for v in data.voters() if v.isdigit()]
            voters = [str(n) for n in range(1, max([shown.voter_count, *used, 0]) + 1)]
        else:
            voters = data.voters()
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItems(["", *voters])
        self.voter.setCurrentText(voter)
        self.voter.blockSignals(False)

    def show_count(self) -> None:
        """How many of their dots the voter has placed on this board (while voting)."""
        if self.isHidden():
            self.status.setText("")
            return
        if self.tallying:
            return
        voter = self.voter_name()
        field_id = self.source.field_id
        if not voter or field_id is None:
            self.status.setText(
                self.tr("Punktabfrage: Klick gibt einen Punkt, Rechtsklick nimmt ihn zurück.")
            )
            return
        data = self.source.data
        self.status.setText(
            self.tr("{voter}: {used} von {total} Punkten vergeben").format(
                voter=voter, used=dots_used(data, voter, field_id), total=data.dots_per_voter
            )
        )
