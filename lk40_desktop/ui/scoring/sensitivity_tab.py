"""How robust the ranking is: per criterion the share of the weight in which each proposal
keeps its rank, and a what-if panel whose sliders move the weights and show the ranking that
would follow, without storing anything until the user applies them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.services.numbers import half_up
from lk40_desktop.services.scoring.arithmetic import Aggregation, ScoringResult, evaluate
from lk40_desktop.services.scoring.evaluation import Evaluation
from lk40_desktop.services.scoring.sensitivity import sensitivity
from lk40_desktop.ui.scoring.sensitivity import SensitivityModel
from lk40_desktop.ui.scoring.what_if import WhatIfModel
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.tab_order import follow_layout
from lk40_desktop.ui.widgets.table_layout import FrozenColumns, SharedWidth, wrap_headers

RANGE_MIN_WIDTH = 66
"""A criterion's column in the sensitivity table ("23–66 %"; its title wraps)."""
WHAT_IF_MIN_WIDTH = 340


def _table(model: SensitivityModel | WhatIfModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    return view


class SensitivityTab(QSplitter):
    """The sensitivity table beside the what-if sliders and their ranking."""

    weights_applied = Signal(object)
    """The user made the tried weights the real ones: criterion id → weight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.evaluation: Evaluation | None = None
        self.result: ScoringResult | None = None
        self.method = Aggregation.MEAN
        self.writable = False
        self.trial_weights: list[float] = []
        self.sensitivity_model = SensitivityModel(self)
        self.what_if_model = WhatIfModel(self)
        self.sliders_box = QWidget()
        self.sliders = QFormLayout(self.sliders_box)
        self.apply_button = QPushButton(self.tr("Diese Gewichte &übernehmen"))
        self.reset_button = QPushButton(self.tr("Zurück&setzen"))
        self.apply_button.clicked.connect(self.apply_trial_weights)
        self.reset_button.clicked.connect(self._reset_trial)
        self.addWidget(self._sensitivity_side())
        self.addWidget(self._what_if_side())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self._divider_moved = False
        self.splitterMoved.connect(lambda *_args: setattr(self, "_divider_moved", True))

    def _sensitivity_side(self) -> QWidget:
        view = _table(self.sensitivity_model)
        view.setObjectName("sensitivityTable")
        view.setAccessibleName(self.tr("Sensitivität der Rangfolge"))
        wrap_headers(view, max_lines=3)
        self.frozen = FrozenColumns(view, leading=2)
        self.criteria_width = SharedWidth(
            view,
            lambda: range(2, self.sensitivity_model.columnCount()),
            RANGE_MIN_WIDTH,
            fixed={0: 48, 1: 180},
        )
        intro = QLabel(
            self.tr(
                "Anteil eines Kriteriums am Gesamtgewicht, in dem der Rang "
                "eines Vorschlags gleich bleibt (rot: schon kleine Änderungen "
                "verschieben ihn)."
            )
        )
        intro.setWordWrap(True)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addWidget(intro)
        layout.addWidget(view, 1)
        return side

    def _what_if_side(self) -> QWidget:
        view = _table(self.what_if_model)
        view.setObjectName("whatIfTable")
        view.setAccessibleName(self.tr("Rangfolge mit den erprobten Gewichten"))
        header = wrap_headers(view)
        header.setStretchLastSection(True)  # the proposal takes what rank and change leave
        self.what_if_width = SharedWidth(view, lambda: (), 0, fixed={0: 96, 1: 82})  # kept
        intro = QLabel(
            self.tr(
                "<b>Was wäre, wenn?</b> Gewichte verschieben – "
                "die Rangfolge folgt sofort, gespeichert wird nichts."
            )
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.addWidget(intro)
        layout.addWidget(self.sliders_box)
        layout.addLayout(buttons)
        layout.addWidget(view, 1)
        return side

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Until the user moves the divider, the sensitivity table gets the room that shows
        all its columns (on a laptop most of the tab), the what-if side the rest, at least
        WHAT_IF_MIN_WIDTH."""
        super().resizeEvent(event)
        self._divide()

    def _divide(self) -> None:
        if self._divider_moved:
            return
        room = self.width() - self.handleWidth()
        table = max(self.criteria_width.needed() + 24, room * 11 // 20)
        table = min(table, room - WHAT_IF_MIN_WIDTH)
        self.blockSignals(True)  # setSizes reports itself as a move of the divider
        self.setSizes([table, room - table])
        self.blockSignals(False)

    def show_result(
        self, evaluation: Evaluation, result: ScoringResult, method: Aggregation, writable: bool
    ) -> None:
        """Analyse a fresh evaluation; the sliders start again from the stored weights."""
        self.evaluation, self.result = evaluation, result
        self.method, self.writable = method, writable
        weights = self._stored_weights()
        self.sensitivity_model.show(evaluation, result, sensitivity(result.utility, weights))
        self._divide()
        self.set_trial_weights(weights)

    def _stored_weights(self) -> list[float]:
        return [c.spec.weight for c in self.evaluation.criteria] if self.evaluation else []

    def set_trial_weights(self, weights: list[float]) -> None:
        """Try other weights (what the sliders do)."""
        self.trial_weights = list(weights)
        self._build_sliders()
        self._update_trial()

    def _build_sliders(self) -> None:
        while self.sliders.rowCount():
            self.sliders.removeRow(0)
        if self.evaluation is None:
            return
        for index, criterion in enumerate(self.evaluation.criteria):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, max(100, int(criterion.spec.weight * 2)))
            slider.setValue(int(half_up(self.trial_weights[index])))
            slider.setObjectName(f"whatIf{index}")
            name = shown(criterion.name, 60)
            slider.setAccessibleName(self.tr("Gewicht von „{name}“").format(name=name))
            label = QLabel(f"{name} ({int(half_up(self.trial_weights[index]))})")
            label.setBuddy(slider)
            slider.valueChanged.connect(lambda value, i=index: self._trial_changed(i, value))
            slider.valueChanged.connect(
                lambda value, caption=label, name=name: caption.setText(f"{name} ({value})")
            )
            self.sliders.addRow(label, slider)
        follow_layout(self)  # the new sliders come before the buttons, as they are shown

    def _trial_changed(self, index: int, value: int) -> None:
        self.trial_weights[index] = float(value)
        self._update_trial()

    def _update_trial(self) -> None:
        if self.evaluation is None or self.result is None:
            return
        stored = self._stored_weights()
        weights = self.trial_weights if sum(self.trial_weights) > 0 else stored
        trial = evaluate(self.evaluation.input, self.method, weights=weights)
        self.what_if_model.show(self.evaluation, self.result, trial)
        changed = weights != stored
        self.apply_button.setEnabled(changed and self.writable)
        self.reset_button.setEnabled(changed)

    def _reset_trial(self) -> None:
        self.set_trial_weights(self._stored_weights())

    def apply_trial_weights(self) -> None:
        """Make the tried weights the real ones (the editor stores them as one undo step)."""
        if self.evaluation is None:
            return
        self.weights_applied.emit(
            {
                c.spec.id: weight
                for c, weight in zip(self.evaluation.criteria, self.trial_weights, strict=True)
            }
        )
