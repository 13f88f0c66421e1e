"""Dot voting on the board page (Punktabfrage): who is voting, how many dots each voter has, how
many they have placed, and the dots themselves — a click, + or − on a card gives or takes one
back through ``operations.board.vote``, whose rules may refuse it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from lk40_desktop.operations.board import set_dots_per_voter, vote
from lk40_desktop.operations.edit import EditRefusedError, Refusal
from lk40_desktop.services.board.voting import dots_used
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.refusals import refusal_text

VOTE_REFUSALS = frozenset({Refusal.NO_DOTS_LEFT, Refusal.NO_DOT_TO_TAKE_BACK})


class VotingBar(QWidget):
    """The voter and their dots; shown only in voting mode, so the tool row fits a laptop
    screen."""

    def __init__(self, source: BoardSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.voter = QComboBox()
        self.voter.setEditable(True)
        self.voter.setToolTip(self.tr("Wer gerade Punkte klebt (leer: ohne Limit zählen)"))
        voter_line = self.voter.lineEdit()
        if voter_line is not None:
            voter_line.setPlaceholderText(self.tr("Punkte vom Plakat"))
        self.voter.setMinimumContentsLength(22)
        self.voter.currentTextChanged.connect(lambda _text: self.show_count())
        self.dots = QSpinBox()
        self.dots.setRange(1, 99)
        self.dots.setSuffix(self.tr(" Punkte je Person"))
        self.dots.setAccessibleName(self.tr("Punkte je Person"))
        self.dots.editingFinished.connect(self._dots_chosen)
        self.status = QLabel()
        self.status.setObjectName("voteStatus")
        self.status.setWordWrap(True)  # two lines on a laptop rather than a cut hint
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        voter_label = QLabel(self.tr("Punkte &von:"))
        voter_label.setBuddy(self.voter)
        for part in (voter_label, self.voter, self.dots):
            layout.addWidget(part)
        layout.addWidget(self.status, 1)
        self.hide()

    def voter_name(self) -> str:
        """Whose dots a click places ("": dots counted off the wall, without a limit)."""
        return self.voter.currentText().strip()

    def vote(self, card_id: str, delta: int) -> None:
        """Give (+1) or take back (−1) one dot of the current voter on a card."""
        voter = self.voter_name()
        text = self.tr("Punkt vergeben") if delta > 0 else self.tr("Punkt zurücknehmen")
        self.source.perform(text, lambda session: vote(session, card_id, voter, delta))

    def show_refusal(self, error: EditRefusedError) -> None:
        """Say beside the voter why a dot was refused (other refusals are not the bar's)."""
        if error.refusal in VOTE_REFUSALS:
            QApplication.beep()
            self.status.setText(refusal_text(error))

    def _dots_chosen(self) -> None:
        dots = self.dots.value()
        if dots != self.source.data.dots_per_voter:
            self.source.perform(
                self.tr("Punkte je Person ändern"),
                lambda session: set_dots_per_voter(session, dots),
            )

    def fill_voters(self) -> None:
        """Offer everyone who has voted; the voter typed stays."""
        voter = self.voter.currentText()
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItems(["", *self.source.data.voters()])
        self.voter.setCurrentText(voter)
        self.voter.blockSignals(False)

    def show_dots(self) -> None:
        """Show the board's dots per voter."""
        self.dots.setValue(self.source.data.dots_per_voter)

    def show_count(self) -> None:
        """How many of their dots the voter has placed on this board (while voting)."""
        if self.isHidden():
            self.status.setText("")
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
