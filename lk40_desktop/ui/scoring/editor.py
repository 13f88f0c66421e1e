"""The evaluation editor: matrix, criteria, portfolio and sensitivity of the open project.

The editor reads the evaluation once per relevant edit and hands it to its tabs; the portfolio
and the sensitivity are computed when their tab is shown, not per keystroke. Scores, the
aggregation and applied what-if weights are stored through ``operations.scoring``.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.scoring import apply_weights, clear_scores, set_aggregation, set_score
from lk40_desktop.services import project as project_service
from lk40_desktop.services.scoring.arithmetic import Aggregation, ScoringResult, evaluate
from lk40_desktop.services.scoring.evaluation import (
    Evaluation,
    aggregation_setting,
    load_evaluation,
    raters,
)
from lk40_desktop.services.scoring.readiness import MissingStep, can_rank, missing_step
from lk40_desktop.services.scoring.scores import score_cells
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.ui.dialogs.vocabulary import VocabularyDialog
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.scoring.criteria import CriteriaSection
from lk40_desktop.ui.scoring.matrix import LEADING, TRAILING, MatrixModel, MatrixView
from lk40_desktop.ui.scoring.portfolio_tab import PortfolioTab
from lk40_desktop.ui.scoring.sensitivity_tab import SensitivityTab
from lk40_desktop.ui.widgets.compact import compact_combo
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.table_layout import FrozenColumns, SharedWidth, wrap_headers

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
"""What the evaluation is computed from: a change of any of these kinds recomputes it."""
ALL = "__all__"
LEADING_WIDTHS = (200, 120)
"""The proposal's title and its action field (elided; the tooltip has it whole)."""
CRITERION_MIN_WIDTH = 84
"""A criterion column is never narrower (its title wraps onto three lines)."""


class ScoringEditor(QWidget):
    """Everything of the evaluation, recomputed from the store after every relevant edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.evaluation: Evaluation | None = None
        self.result: ScoringResult | None = None
        self.step: MissingStep | None = None
        self.matrix_model = MatrixModel(self.enter_score, self)
        self.matrix = MatrixView()
        self.matrix.setObjectName("scoringMatrix")
        self.matrix.setAccessibleName(self.tr("Bewertungsmatrix"))
        self.matrix.setAccessibleDescription(
            self.tr(
                "Zeilen: Projektvorschläge, Spalten: Kriterien, dann Nutzwert, Rang und fehlende "
                "Bewertungen. Zahl eintippen, Enter: nach unten, Tab: nach rechts, Entf: löschen."
            )
        )
        self.matrix.setModel(self.matrix_model)
        self.matrix.clear_requested.connect(self._clear_selected)
        self._fit_matrix()
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # two lines on a laptop rather than a cut hint
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.summary)
        self.criteria = CriteriaSection()
        self.portfolio = PortfolioTab()
        self.sensitivity = SensitivityTab()
        self.sensitivity.weights_applied.connect(self._apply_weights)
        self.tabs = QTabWidget()
        self.tabs.addTab(matrix_page, self.tr("Bewertungsmatrix"))
        self.tabs.addTab(self.criteria, self.tr("Kriterien"))
        self.tabs.addTab(self.portfolio, self.tr("Aufwand-Nutzen-Portfolio"))
        self.tabs.addTab(self.sensitivity, self.tr("Sensitivität"))
        self.print_button = QPushButton(self.tr("Bögen dr&ucken…"))
        self.print_button.clicked.connect(self.print_sheets)
        self.tabs.setCornerWidget(self.print_button)  # beside the tabs: the bar has no room
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(lambda _index: self._update_current_tab())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._choice_bar())
        layout.addWidget(self.tabs, 1)

    def _fit_matrix(self) -> None:
        """On a laptop: titles wrap, the proposal and its field stay left and the results
        right while the criteria between them share the room (and scroll if they must)."""
        wrap_headers(self.matrix, max_lines=3)
        self.matrix_frozen = FrozenColumns(self.matrix, leading=LEADING, trailing=TRAILING)
        self.criteria_width = SharedWidth(
            self.matrix,
            lambda: range(LEADING, LEADING + self.matrix_model.criterion_count()),
            CRITERION_MIN_WIDTH,
        )

    def _size_matrix(self) -> None:
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(LEADING_WIDTHS):
            self.matrix.setColumnWidth(column, width)
        first_result = LEADING + self.matrix_model.criterion_count()
        for column in range(first_result, first_result + TRAILING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_width.update()

    def _choice_bar(self) -> QHBoxLayout:
        """Which field, whose scores, how combined; and the list of raters."""
        self.field_filter = compact_combo(QComboBox())
        self.rater_choice = compact_combo(QComboBox(), chars=30)
        self.aggregation = QComboBox()
        self.aggregation.addItem(self.tr("Mittelwert"), Aggregation.MEAN.value)
        self.aggregation.addItem(self.tr("Median"), Aggregation.MEDIAN.value)
        self.raters_button = QPushButton(self.tr("Bewe&rtende…"))
        self.field_filter.activated.connect(lambda _row: self.refresh())
        self.rater_choice.activated.connect(lambda _row: self._show())
        self.aggregation.activated.connect(lambda _row: self._set_aggregation())
        self.raters_button.clicked.connect(self.edit_raters)
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("Handlungs&feld:"), self.field_filter),
            (self.tr("Be&wertung von:"), self.rater_choice),
            (self.tr("&Zusammenfassung:"), self.aggregation),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.raters_button)
        return bar

    # -- document ---------------------------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Evaluate another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.criteria.set_controller(controller)
        self.portfolio.set_controller(controller)
        self._fill_choices()
        self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS):
            if changes.touches("action_field", "rater", "setting"):
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
                self.field_filter.addItem(shown(action_field.name), action_field.id)
            method = aggregation_setting(session)
            rater_list = raters(session)
        for rater_id, name in rater_list:
            self.rater_choice.addItem(shown(name), rater_id)
        self.field_filter.setCurrentIndex(max(0, self.field_filter.findData(field)))
        self.rater_choice.setCurrentIndex(max(0, self.rater_choice.findData(rater)))
        self.aggregation.setCurrentIndex(max(0, self.aggregation.findData(method.value)))

    def method(self) -> Aggregation:
        """Mean or median, as chosen."""
        return Aggregation(self.aggregation.currentData() or Aggregation.MEAN.value)

    def _rater(self) -> str | None:
        """The rater whose scores the matrix shows and edits; None for all, combined."""
        rater = self.rater_choice.currentData()
        return None if rater in (ALL, None) else str(rater)

    def refresh(self) -> None:
        """Reload the proposals and scores and recompute everything shown."""
        if self.controller is None:
            self.evaluation, self.result = None, None
            return
        field = self.field_filter.currentData()
        with self.controller.document.reading() as session:
            self.evaluation = load_evaluation(session, None if field in (ALL, None) else str(field))
        self.step = missing_step(self.evaluation)
        self.result = (
            evaluate(self.evaluation.input, self.method()) if can_rank(self.step) else None
        )
        self._show()

    def _show(self) -> None:
        if self.evaluation is None or self.controller is None:
            return
        rater = self._rater()
        rater_index = (
            None if rater is None else [r for r, _n in self.evaluation.raters].index(rater)
        )
        if self.result is None:
            self.summary.setText(self.hint(None))
            self.matrix_model.clear()
            return
        own = (
            None
            if rater_index is None
            else evaluate(self.evaluation.input.of_rater(rater_index), self.method())
        )
        self.summary.setText(self.hint(own if own is not None else self.result, rater_index))
        self.matrix_model.show(
            self.evaluation, self.result, rater_index, not self.controller.read_only, own
        )
        self._size_matrix()
        self._stale = {PORTFOLIO_TAB, SENSITIVITY_TAB}
        self._update_current_tab()

    def hint(self, shown: ScoringResult | None, rater: int | None = None) -> str:
        """The line below the matrix: the step still missing, else how many cells of the
        ``shown`` result (the chosen ``rater``'s, or everyone's) lack a score, and how to
        enter scores."""
        assert self.evaluation is not None
        texts = {
            MissingStep.CRITERIA: self.tr(
                "Noch keine Kriterien – bitte unter „Kriterien“ anlegen."
            ),
            MissingStep.WEIGHTS: self.tr(
                "Die Kriterien haben zusammen kein Gewicht – bitte unter „Kriterien“ gewichten."
            ),
            MissingStep.PROPOSALS: self.tr(
                "Noch keine Projektvorschläge – auf dem Ideenboard Karten oder einen Cluster "
                "„Zum Projektvorschlag“ machen (Strg+Umschalt+V)."
            )
            if self.field_filter.currentData() in (ALL, None)
            else self.tr("In diesem Handlungsfeld gibt es noch keine Projektvorschläge."),
            MissingStep.RATERS: self.tr(
                "Noch keine Bewertenden – bitte mit „Bewertende…“ die Personen oder Gruppen "
                "anlegen, die bewerten."
            ),
        }
        if self.step in texts:
            return texts[self.step]
        keys = self.tr("Zahl eintippen, Enter: nach unten, Tab: nach rechts, Entf: löschen")
        if rater is None:
            keys = self.tr("Zum Eintragen oben bei „Bewertung von“ eine Person oder Gruppe wählen.")
        if self.step is MissingStep.SCORES:
            return self.tr("Noch keine Bewertung eingetragen. {keys}").format(keys=keys)
        assert shown is not None
        return self.tr(
            "{proposals} Vorschläge · {missing} von {cells} Feldern ohne Bewertung · {keys}"
        ).format(
            proposals=len(self.evaluation.proposals),
            missing=shown.missing_total,
            cells=len(self.evaluation.proposals) * len(self.evaluation.criteria),
            keys=keys,
        )

    def _update_current_tab(self) -> None:
        tab = self.tabs.currentIndex()
        if tab not in self._stale or self.evaluation is None or self.result is None:
            return
        self._stale.discard(tab)
        if tab == PORTFOLIO_TAB:
            self.portfolio.show_result(self.evaluation, self.result)
        else:
            writable = self.controller is not None and not self.controller.read_only
            self.sensitivity.show_result(self.evaluation, self.result, self.method(), writable)

    def reveal(self, changes: ChangeSet) -> None:
        """Select the criteria an undo or redo changed, or its scores: the matrix then shows
        the rater whose scores they are, with their cells selected."""
        if self.criteria.view.select_ids(changes.ids("criterion")):
            self.tabs.setCurrentWidget(self.criteria)
            return
        cells: list[tuple[str, str, str]] = []
        if self.controller is not None and changes.ids("score"):
            with self.controller.document.reading() as session:
                cells = score_cells(session, changes.ids("score"))
        rater = cells[0][2] if cells else next(iter(sorted(changes.ids("rater"))), None)
        self.tabs.setCurrentIndex(0)
        if rater is not None and self.rater_choice.findData(rater) >= 0:
            self.rater_choice.setCurrentIndex(self.rater_choice.findData(rater))
            self._show()
        if self.evaluation is None or not cells:
            return
        rows = {info.id: row for row, info in enumerate(self.evaluation.proposals)}
        columns = {c.spec.id: LEADING + n for n, c in enumerate(self.evaluation.criteria)}
        selection = QItemSelection()
        for proposal, criterion, _rater in cells:
            if proposal in rows and criterion in columns:
                index = self.matrix_model.index(rows[proposal], columns[criterion])
                selection.select(index, index)
        self.matrix.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if not selection.isEmpty():
            first = selection.indexes()[0]
            self.matrix.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.matrix.scrollTo(first)
            self.matrix.setFocus()

    # -- editing ----------------------------------------------------------------------------------

    def enter_score(self, proposal_id: str, criterion_id: str, value: float | None) -> bool:
        """Store the chosen rater's score (None clears it) as an undoable edit; whether it
        was stored (a score outside the criterion's scale is refused)."""
        rater_id = self._rater()
        if self.controller is None or rater_id is None:
            return False
        edit = self.controller.perform(
            self.tr("Bewertung eintragen") if value is not None else self.tr("Bewertung löschen"),
            lambda session: set_score(session, proposal_id, criterion_id, rater_id, value),
        )
        return edit is not None

    def _clear_selected(self) -> None:
        """Clear the chosen rater's scores in the selected cells, as one undo step."""
        rater_id = self._rater()
        indexes: list[QModelIndex] = self.matrix.selectionModel().selectedIndexes()
        cells = [cell for cell in map(self.matrix_model.cell, indexes) if cell is not None]
        if self.controller is None or rater_id is None or not cells:
            return
        self.controller.perform(
            self.tr("Bewertung löschen"),
            lambda session: clear_scores(session, rater_id, cells),
        )

    def _set_aggregation(self) -> None:
        if self.controller is not None:
            method = self.method()
            self.controller.perform(
                self.tr("Zusammenfassung ändern"),
                lambda session: set_aggregation(session, method),
            )

    def _apply_weights(self, weights: dict[str, float]) -> None:
        if self.controller is not None:
            self.controller.perform(
                self.tr("Gewichte übernehmen"), lambda session: apply_weights(session, weights)
            )

    def edit_raters(self) -> None:
        """Edit the list of raters (participants or groups)."""
        if self.controller is not None:
            self.raters_dialog().exec()

    def print_sheets(self) -> None:
        """The scoring sheets on paper (the rater chosen above the matrix first)."""
        from lk40_desktop.ui.scoring.sheets import print_scoring_sheets

        rater_list = [(str(self.rater_choice.itemData(i)), self.rater_choice.itemText(i))
                      for i in range(1, self.rater_choice.count())]  # fmt: skip
        print_scoring_sheets(self, self.controller, rater_list, self._rater())

    def raters_dialog(self) -> VocabularyDialog:
        """The dialog for the raters (shown by the caller)."""
        assert self.controller is not None
        return VocabularyDialog(
            self.controller,
            "rater",
            self.tr("Bewertende"),
            self.tr("Neue Gruppe"),
            self,
            with_color=False,
        )
