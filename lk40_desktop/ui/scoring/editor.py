"""The evaluation editor: matrix, criteria, portfolio and sensitivity of the open project."""

from __future__ import annotations

import logging
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.export.portfolio import portfolio_figure, render_portfolio
from lk40_desktop.services import project as project_service
from lk40_desktop.services.scoring.arithmetic import Aggregation, ScoringResult, evaluate
from lk40_desktop.services.scoring.evaluation import (
    AGGREGATION_KEY,
    Evaluation,
    aggregation_setting,
    aggregation_setting_id,
    load_evaluation,
    raters,
)
from lk40_desktop.services.scoring.sensitivity import sensitivity
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import new_id
from lk40_desktop.ui.commands import create_command, delete_command, set_fields_command
from lk40_desktop.ui.dialogs.vocabulary import VocabularyDialog
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.scoring.criteria import CriteriaSection
from lk40_desktop.ui.scoring.matrix import LEADING, MatrixModel, MatrixView
from lk40_desktop.ui.scoring.sensitivity import SensitivityModel
from lk40_desktop.ui.scoring.what_if import WhatIfModel

log = logging.getLogger(__name__)
PORTFOLIO_TAB, SENSITIVITY_TAB = 2, 3
KINDS: tuple[EntityKind, ...] = (
    "proposal",
    "criterion",
    "rater",
    "score",
    "setting",
    "action_field",
    "vote",
    "proposal_idea",
)
ALL = "__all__"


class ScoringEditor(QWidget):
    """Everything of the evaluation, recomputed from the store after every relevant edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.evaluation: Evaluation | None = None
        self.result: ScoringResult | None = None
        self.trial_weights: list[float] = []

        self.field_filter = QComboBox()
        self.rater_choice = QComboBox()
        self.aggregation = QComboBox()
        self.aggregation.addItem(self.tr("Mittelwert"), Aggregation.MEAN.value)
        self.aggregation.addItem(self.tr("Median"), Aggregation.MEDIAN.value)
        self.raters_button = QPushButton(self.tr("Bewertende…"))
        self.field_filter.activated.connect(lambda _row: self.refresh())
        self.rater_choice.activated.connect(lambda _row: self._show())
        self.aggregation.activated.connect(lambda _row: self._set_aggregation())
        self.raters_button.clicked.connect(self.edit_raters)
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("&Handlungsfeld:"), self.field_filter),
            (self.tr("&Bewertung von:"), self.rater_choice),
            (self.tr("&Zusammenfassung:"), self.aggregation),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.raters_button)

        self.matrix_model = MatrixModel(self)
        self.matrix_model.score_entered.connect(self.enter_score)
        self.matrix = MatrixView()
        self.matrix.setObjectName("scoringMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.clear_requested.connect(self._clear_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # two lines on a laptop rather than a cut hint
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.summary)

        self.criteria = CriteriaSection()

        self.figure = Figure(figsize=(10, 7.5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.size_by = QComboBox()
        self.size_by.addItem(self.tr("Kosten"), "cost")
        self.size_by.addItem(self.tr("Punkte (Punktabfrage)"), "votes")
        self.size_by.activated.connect(lambda _row: self._draw_portfolio())
        export = QPushButton(self.tr("Als Bild exportieren…"))
        export.clicked.connect(self.export_portfolio_dialog)
        portfolio_bar = QHBoxLayout()
        portfolio_bar.addWidget(QLabel(self.tr("Blasengröße nach:")))
        portfolio_bar.addWidget(self.size_by)
        portfolio_bar.addStretch(1)
        portfolio_bar.addWidget(export)
        portfolio_page = QWidget()
        portfolio_layout = QVBoxLayout(portfolio_page)
        portfolio_layout.addLayout(portfolio_bar)
        portfolio_layout.addWidget(self.canvas, 1)

        self.sensitivity_model = SensitivityModel(self)
        sensitivity_view = QTableView()
        sensitivity_view.setModel(self.sensitivity_model)
        sensitivity_view.verticalHeader().hide()
        sensitivity_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.what_if_model = WhatIfModel(self)
        what_if_view = QTableView()
        what_if_view.setModel(self.what_if_model)
        what_if_view.verticalHeader().hide()
        what_if_view.horizontalHeader().setStretchLastSection(True)
        what_if_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        what_if_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.sliders_box = QWidget()
        self.sliders = QFormLayout(self.sliders_box)
        self.apply_button = QPushButton(self.tr("Diese Gewichte &übernehmen"))
        self.reset_button = QPushButton(self.tr("&Zurücksetzen"))
        self.apply_button.clicked.connect(self.apply_trial_weights)
        self.reset_button.clicked.connect(self._reset_trial)
        what_if = QWidget()
        what_if_layout = QVBoxLayout(what_if)
        what_if_layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Was wäre, wenn?</b> Gewichte verschieben – "
                    "die Rangfolge folgt sofort, gespeichert wird nichts."
                )
            )
        )
        what_if_layout.addWidget(self.sliders_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        what_if_layout.addLayout(buttons)
        what_if_layout.addWidget(what_if_view, 1)
        sensitivity_page = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        intro = QLabel(
            self.tr(
                "Anteil eines Kriteriums am Gesamtgewicht, in dem der Rang "
                "eines Vorschlags gleich bleibt (rot: schon kleine Änderungen "
                "verschieben ihn)."
            )
        )
        intro.setWordWrap(True)
        left_layout.addWidget(intro)
        left_layout.addWidget(sensitivity_view, 1)
        sensitivity_page.addWidget(left)
        sensitivity_page.addWidget(what_if)
        sensitivity_page.setStretchFactor(0, 3)
        sensitivity_page.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(matrix_page, self.tr("Bewertungsmatrix"))
        self.tabs.addTab(self.criteria, self.tr("Kriterien"))
        self.tabs.addTab(portfolio_page, self.tr("Aufwand-Nutzen-Portfolio"))
        self.tabs.addTab(sensitivity_page, self.tr("Sensitivität"))
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(lambda _index: self._update_current_tab())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

    # -- document ---------------------------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Evaluate another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.criteria.set_controller(controller)
        self._fill_choices()
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            if changes.everything or changes.touches("action_field", "rater", "setting"):
                self._fill_choices()
            self.refresh()

    def _fill_choices(self) -> None:
        field, rater = self.field_filter.currentData(), self.rater_choice.currentData()
        self.field_filter.clear()
        self.rater_choice.clear()
        self.field_filter.addItem(self.tr("Alle Handlungsfelder"), ALL)
        self.rater_choice.addItem(self.tr("Alle Bewertenden (zusammengefasst)"), ALL)
        if self.controller is None:
            return
        with self.controller.document.reading() as session:
            for action_field in project_service.action_fields(session, include_archived=False):
                self.field_filter.addItem(action_field.name, action_field.id)
            method = aggregation_setting(session)
            rater_list = raters(session)
        for rater_id, name in rater_list:
            self.rater_choice.addItem(name, rater_id)
        self.field_filter.setCurrentIndex(max(0, self.field_filter.findData(field)))
        self.rater_choice.setCurrentIndex(max(0, self.rater_choice.findData(rater)))
        self.aggregation.setCurrentIndex(max(0, self.aggregation.findData(method.value)))

    def method(self) -> Aggregation:
        """Mean or median, as chosen."""
        return Aggregation(self.aggregation.currentData() or Aggregation.MEAN.value)

    def refresh(self) -> None:
        """Reload the proposals and scores and recompute everything shown."""
        if self.controller is None:
            self.evaluation, self.result = None, None
            return
        field = self.field_filter.currentData()
        with self.controller.document.reading() as session:
            self.evaluation = load_evaluation(session, None if field in (ALL, None) else str(field))
        try:
            self.result = (
                evaluate(self.evaluation.input, self.method()) if self.evaluation.criteria else None
            )
        except ValueError:  # all weights zero: nothing can be evaluated
            self.result = None
        self.trial_weights = [c.spec.weight for c in self.evaluation.criteria]
        self._show()

    def _show(self) -> None:
        if self.evaluation is None or self.result is None or self.controller is None:
            self.summary.setText(
                self.tr("Noch keine Kriterien mit Gewicht – bitte unter „Kriterien“ anlegen.")
            )
            return
        rater = self.rater_choice.currentData()
        rater_index = (
            None if rater in (ALL, None) else [r for r, _n in self.evaluation.raters].index(rater)
        )
        self.matrix_model.show(
            self.evaluation, self.result, rater_index, not self.controller.read_only
        )
        self.matrix.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.matrix.setColumnWidth(0, 240)
        header = self.matrix.horizontalHeader()
        for column in range(LEADING, self.matrix_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        missing = self.result.missing_total
        cells = len(self.evaluation.proposals) * len(self.evaluation.criteria)
        self.summary.setText(
            self.tr(
                "{proposals} Vorschläge · {missing} von {cells} Feldern ohne Bewertung · "
                "Zahl eintippen, Enter: nach unten, Tab: nach rechts, Entf: löschen"
            ).format(proposals=len(self.evaluation.proposals), missing=missing, cells=cells)
            + (
                ""
                if rater_index is not None
                else "  "
                + self.tr("(Zum Eintragen oben eine bewertende Person oder Gruppe wählen.)")
            )
        )
        # The portfolio and the sensitivity are drawn when their tab is shown, not per keystroke.
        self._stale = {PORTFOLIO_TAB, SENSITIVITY_TAB}
        self._update_current_tab()

    def _update_current_tab(self) -> None:
        tab = self.tabs.currentIndex()
        if tab not in self._stale or self.evaluation is None or self.result is None:
            return
        self._stale.discard(tab)
        if tab == PORTFOLIO_TAB:
            self._draw_portfolio()
        else:
            weights = [c.spec.weight for c in self.evaluation.criteria]
            self.sensitivity_model.show(
                self.evaluation, self.result, sensitivity(self.result.utility, weights)
            )
            self._build_sliders()
            self._update_trial()

    # -- editing ----------------------------------------------------------------------------------

    def enter_score(self, proposal_id: str, criterion_id: str, value: float | None) -> None:
        """Store one rater's score (None clears it), as an undoable edit."""
        if self.controller is None or self.evaluation is None:
            return
        rater_id = str(self.rater_choice.currentData())
        key = (proposal_id, criterion_id, rater_id)
        existing = self.evaluation.score_ids.get(key)
        text = self.tr("Bewertung eintragen")
        if value is None:
            if existing is not None:
                self.controller.push(
                    delete_command(
                        self.controller, "score", [existing], self.tr("Bewertung löschen")
                    )
                )
        elif existing is not None:
            self.controller.push(
                set_fields_command(self.controller, "score", {existing: {"value": value}}, text)
            )
        else:
            self.controller.push(
                create_command(
                    self.controller,
                    "score",
                    {
                        new_id(): {
                            "proposal_id": proposal_id,
                            "criterion_id": criterion_id,
                            "rater_id": rater_id,
                            "value": value,
                        }
                    },
                    text,
                )
            )

    def _clear_selected(self) -> None:
        for index in self.matrix.selectionModel().selectedIndexes():
            if self.matrix_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.matrix_model.setData(index, "")

    def _set_aggregation(self) -> None:
        if self.controller is None:
            return
        value = self.method().value
        with self.controller.document.reading() as session:
            setting_id = aggregation_setting_id(session)
        text = self.tr("Zusammenfassung ändern")
        if setting_id is None:
            self.controller.push(
                create_command(
                    self.controller,
                    "setting",
                    {new_id(): {"key": AGGREGATION_KEY, "value": value}},
                    text,
                )
            )
        else:
            self.controller.push(
                set_fields_command(self.controller, "setting", {setting_id: {"value": value}}, text)
            )

    def edit_raters(self) -> None:
        """Edit the list of raters (participants or groups)."""
        if self.controller is not None:
            VocabularyDialog(
                self.controller,
                "rater",
                self.tr("Bewertende"),
                self.tr("Neue Gruppe"),
                self,
                with_color=False,
            ).exec()

    # -- portfolio --------------------------------------------------------------------------------

    def _language(self) -> str:
        assert self.controller is not None
        with self.controller.document.reading() as session:
            return project_service.get_project(session).language

    def _draw_portfolio(self) -> None:
        if self.evaluation is None or self.result is None:
            return
        portfolio_figure(
            self.evaluation.proposals,
            self.result,
            language=self._language(),
            size_by=str(self.size_by.currentData()),
            figure=self.figure,
        )
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def export_portfolio_dialog(self) -> None:
        """Ask for a file and write the portfolio as PNG or SVG."""
        if self.controller is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Portfolio exportieren"),
            str(self.controller.document.path.parent / "Portfolio.png"),
            self.tr("PNG-Bild (*.png);;SVG-Grafik (*.svg)"),
        )
        if name:
            self.export_portfolio(Path(name))

    def export_portfolio(self, target: Path) -> bool:
        """Write the portfolio; explain a failure."""
        if self.evaluation is None or self.result is None:
            return False
        try:
            render_portfolio(
                self.evaluation.proposals,
                self.result,
                target,
                language=self._language(),
                size_by=str(self.size_by.currentData()),
            )
        except (OSError, ValueError) as error:
            log.warning("portfolio export failed: %s", error)
            QMessageBox.warning(self, self.tr("Export fehlgeschlagen"), str(error))
            return False
        return True

    # -- what if ----------------------------------------------------------------------------------

    def _build_sliders(self) -> None:
        while self.sliders.rowCount():
            self.sliders.removeRow(0)
        assert self.evaluation is not None
        for index, criterion in enumerate(self.evaluation.criteria):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, max(100, int(criterion.spec.weight * 2)))
            slider.setValue(round(self.trial_weights[index]))
            slider.setObjectName(f"whatIf{index}")
            label = QLabel(f"{criterion.name} ({round(self.trial_weights[index])})")
            slider.valueChanged.connect(lambda value, i=index: self._trial_changed(i, value))
            slider.valueChanged.connect(
                lambda value, caption=label, name=criterion.name: caption.setText(
                    f"{name} ({value})"
                )
            )
            self.sliders.addRow(label, slider)

    def _trial_changed(self, index: int, value: int) -> None:
        self.trial_weights[index] = float(value)
        self._update_trial()

    def _update_trial(self) -> None:
        if self.evaluation is None or self.result is None:
            return
        weights = (
            self.trial_weights
            if sum(self.trial_weights) > 0
            else [c.spec.weight for c in self.evaluation.criteria]
        )
        trial = evaluate(self.evaluation.input, self.method(), weights=weights)
        self.what_if_model.show(self.evaluation, self.result, trial)
        changed = weights != [c.spec.weight for c in self.evaluation.criteria]
        self.apply_button.setEnabled(
            changed and self.controller is not None and not self.controller.read_only
        )
        self.reset_button.setEnabled(changed)

    def set_trial_weights(self, weights: list[float]) -> None:
        """Try other weights (what the sliders do)."""
        self.trial_weights = list(weights)
        self._build_sliders()
        self._update_trial()

    def _reset_trial(self) -> None:
        if self.evaluation is not None:
            self.set_trial_weights([c.spec.weight for c in self.evaluation.criteria])

    def apply_trial_weights(self) -> None:
        """Make the what-if weights the real ones (one undoable step)."""
        if self.controller is None or self.evaluation is None or sum(self.trial_weights) <= 0:
            return
        self.controller.push(
            set_fields_command(
                self.controller,
                "criterion",
                {
                    c.spec.id: {"weight": w}
                    for c, w in zip(self.evaluation.criteria, self.trial_weights, strict=True)
                },
                self.tr("Gewichte übernehmen"),
            )
        )
