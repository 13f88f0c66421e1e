"""The voting round on the board page (Abstimmungsrunde): which round the board shows, a new
round, its dots per person, blind or not, and closing it — for a blind round "Aufdecken",
which shows the counts — or opening it again. Each gesture is one operation of
``operations.rounds``, whose rules may refuse it; the voting bar says why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from lk40_desktop.operations.rounds import close_round, reopen_round, start_round, update_round
from lk40_desktop.services.board.rounds import RoundRow
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.widgets.steady_label import SteadyLabel


class RoundBar(QWidget):
    """The round's controls; shown with the voting bar, only in voting mode."""

    def __init__(self, source: BoardSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.rounds = QComboBox()
        self.rounds.setAccessibleName(self.tr("Abstimmungsrunde"))
        self.rounds.setMinimumContentsLength(18)
        self.rounds.activated.connect(self._round_chosen)
        self.new_button = QPushButton(self.tr("&Neue Runde"))
        self.new_button.clicked.connect(self.start)
        self.dots = QSpinBox()
        self.dots.setRange(1, 99)
        self.dots.setSuffix(self.tr(" Punkte je Person"))
        self.dots.setAccessibleName(self.tr("Punkte je Person"))
        self.dots.editingFinished.connect(self._dots_chosen)
        self.blind = QCheckBox(self.tr("Verdec&kt"))
        self.blind.setToolTip(self.tr("Keine Punktzahl zu sehen, bis die Runde aufgedeckt wird"))
        self.blind.clicked.connect(self._blind_chosen)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_or_reopen)
        self.total = SteadyLabel()  # its count changes with every dot or tally
        self.total.setObjectName("roundTotal")
        label = QLabel(self.tr("R&unde:"))
        label.setBuddy(self.rounds)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (label, self.rounds, self.new_button, self.dots, self.blind):
            layout.addWidget(part)
        layout.addWidget(self.close_button)
        layout.addWidget(self.total, 1)
        self.hide()

    @property
    def round(self) -> RoundRow | None:
        """The round the board shows."""
        return self.source.data.round

    def show_round(self) -> None:
        """Offer the file's rounds, the board's chosen, and show its settings and state."""
        data = self.source.data
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for row in data.rounds:
            self.rounds.addItem(self._label(row), row.id)
        self.rounds.setCurrentIndex(self.rounds.findData(data.round_id))
        self.rounds.blockSignals(False)
        shown = data.round
        writable = self.source.writable
        self.new_button.setEnabled(writable)
        open_round = shown is not None and shown.open and writable
        for part in (self.dots, self.blind):
            part.setEnabled(open_round)
        self.dots.setValue(data.dots_per_voter)
        self.blind.setChecked(shown is not None and shown.blind)
        self.close_button.setEnabled(shown is not None and writable)
        self.close_button.setText(
            self.tr("Wieder &öffnen")
            if shown is not None and not shown.open
            else self.tr("Aufdeck&en")
            if shown is not None and shown.blind
            else self.tr("Ab&schließen")
        )
        self.total.setText(
            self.tr("{count} Punkte in der Runde").format(count=len(data.votes))
            if shown is not None
            else self.tr("Noch keine Runde – „Neue Runde“ beginnt eine.")
        )

    def _label(self, row: RoundRow) -> str:
        name = row.name or self.tr("ohne Namen")
        if row.open:
            state = self.tr("verdeckt, offen") if row.blind else self.tr("offen")
        else:
            state = self.tr("abgeschlossen")
        return f"{name} ({state})"

    def _round_chosen(self, index: int) -> None:
        self.source.set_round(self.rounds.itemData(index))

    def start(self) -> None:
        """A new open round of tonight's workshop, shown at once."""
        name = self.tr("Runde {number}").format(number=len(self.source.data.rounds) + 1)
        edit = self.source.perform(
            self.tr("Abstimmungsrunde beginnen"), lambda session: start_round(session, name)
        )
        if edit is not None:
            self.source.set_round(edit.created[0])

    def _change(self, text: str, values: dict[str, object]) -> None:
        shown = self.round
        if shown is not None:
            round_id = shown.id
            self.source.perform(text, lambda session: update_round(session, round_id, values))

    def _dots_chosen(self) -> None:
        shown = self.round
        if shown is not None and self.dots.value() != shown.dots_per_person:
            self._change(self.tr("Punkte je Person ändern"), {"dots_per_person": self.dots.value()})

    def _blind_chosen(self, blind: bool) -> None:
        self._change(
            self.tr("Runde verdeckt") if blind else self.tr("Runde offen"), {"blind": blind}
        )

    def close_or_reopen(self) -> None:
        """Close the open round (reveal a blind one), or open a closed one again."""
        shown = self.round
        if shown is None:
            return
        round_id = shown.id
        if shown.open:
            text = self.tr("Aufdecken") if shown.blind else self.tr("Runde abschließen")
            self.source.perform(text, lambda session: close_round(session, round_id))
        else:
            self.source.perform(
                self.tr("Runde wieder öffnen"), lambda session: reopen_round(session, round_id)
            )
        self.show_round()  # a refused click leaves the box as it is stored
