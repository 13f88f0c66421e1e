"""How robust the ranking is: per criterion the share of the weight in which each proposal
keeps its rank, and a what-if panel whose sliders move the weights and show the ranking that
would follow, without storing anything until the user applies them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.services.scoring.arithmetic import Aggregation, ScoringResult, evaluate
from lk40_desktop.services.scoring.evaluation import Evaluation
from lk40_desktop.services.scoring.sensitivity import sensitivity
from lk40_desktop.ui.scoring.sensitivity import SensitivityModel
from lk40_desktop.ui.scoring.what_if import WhatIfModel
from lk40_desktop.ui.widgets.display import shown


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

    def _sensitivity_side(self) -> QWidget:
        view = _table(self.sensitivity_model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(
            self.tr(
                "<b>Was wäre, wenn?</b> Gewichte verschieben – "
                "die Rangfolge folgt sofort, gespeichert wird nichts."
            )
        )
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

    def show_result(
        self, evaluation: Evaluation, result: ScoringResult, method: Aggregation, writable: bool
    ) -> None:
        """Analyse a fresh evaluation; the sliders start again from the stored weights."""
        self.evaluation, self.result = evaluation, result
        self.method, self.writable = method, writable
        weights = self._stored_weights()
        self.sensitivity_model.show(evaluation, result, sensitivity(result.utility, weights))
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
            slider.setValue(round(self.trial_weights[index]))
            slider.setObjectName(f"whatIf{index}")
            name = shown(criterion.name, 60)
            label = QLabel(f"{name} ({round(self.trial_weights[index])})")
            slider.valueChanged.connect(lambda value, i=index: self._trial_changed(i, value))
            slider.valueChanged.connect(
                lambda value, caption=label, name=name: caption.setText(f"{name} ({value})")
            )
            self.sliders.addRow(label, slider)

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
