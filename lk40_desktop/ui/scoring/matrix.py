"""The scoring matrix: proposals × criteria with totals and ranks, entered like a spreadsheet."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from lk40_desktop.services.scoring.arithmetic import ScoringResult
from lk40_desktop.services.scoring.evaluation import Evaluation
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.numbers import number_text

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
EnterScore = Callable[[str, str, float | None], bool]
"""Store the chosen rater's score (proposal id, criterion id, value or None to clear);
whether it was stored."""
LEADING = 2  # title and action field come before the criteria
TRAILING = 3  # utility, rank and missing scores come after them
SPREAD_WARNING = 2.0
"""A spread of at least this many points between raters is marked as disagreement."""


def utility_color(utility: float) -> QColor:
    """Red (0) through yellow (0.5) to green (1), like a spreadsheet's colour scale."""
    low, middle, high = QColor("#f8696b"), QColor("#ffeb84"), QColor("#63be7b")
    start, end, t = (
        (low, middle, utility * 2) if utility < 0.5 else (middle, high, (utility - 0.5) * 2)
    )
    return QColor(
        round(start.red() + (end.red() - start.red()) * t),
        round(start.green() + (end.green() - start.green()) * t),
        round(start.blue() + (end.blue() - start.blue()) * t),
    )


HEADER_CHARACTERS = 60
"""Characters of a criterion's name in a column header (its tooltip and editor have all)."""


class MatrixModel(QAbstractTableModel):
    """Rows are proposals, columns the criteria followed by total, rank and missing count.

    With a rater chosen, cells show and edit that rater's scores, and Nutzwert, Rang and
    fehlend are that rater's (``summary``); with none, the aggregated scores with their spread
    (read-only) and the combined totals. A typed number goes to ``enter``, which stores it (or
    refuses it: outside the criterion's scale).
    """

    def __init__(self, enter: EnterScore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enter = enter
        self.evaluation: Evaluation | None = None
        self.result: ScoringResult | None = None
        self.summary: ScoringResult | None = None
        """Whose totals the Nutzwert, Rang and fehlend columns show: the chosen rater's."""
        self.rater_index: int | None = None
        self.writable = False

    def show(
        self,
        evaluation: Evaluation,
        result: ScoringResult,
        rater_index: int | None,
        writable: bool,
        summary: ScoringResult | None = None,
    ) -> None:
        """Show new numbers (the totals of ``summary``, else of ``result``); the rows stay
        put when only values changed."""
        same_shape = (
            self.evaluation is not None
            and self.evaluation.input.proposal_ids == evaluation.input.proposal_ids
            and len(self.evaluation.criteria) == len(evaluation.criteria)
        )
        if not same_shape:
            self.beginResetModel()
        self.evaluation, self.result, self.summary = evaluation, result, summary or result
        self.rater_index, self.writable = rater_index, writable
        if same_shape:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        else:
            self.endResetModel()

    def clear(self) -> None:
        """Show nothing (no criteria, or none with weight: nothing can be evaluated)."""
        self.beginResetModel()
        self.evaluation = self.result = self.summary = None
        self.endResetModel()

    def criterion_count(self) -> int:
        """How many criterion columns there are."""
        return len(self.evaluation.criteria) if self.evaluation else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.evaluation is None else len(self.evaluation.proposals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return (
            0
            if parent.isValid() or self.evaluation is None
            else LEADING + self.criterion_count() + TRAILING
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.evaluation is None:
            return None
        count = self.criterion_count()
        if role == Role.DisplayRole:
            if section == 0:
                return self.tr("Projektvorschlag")
            if section == 1:
                return self.tr("Handlungsfeld")
            if section < LEADING + count:
                criterion = self.evaluation.criteria[section - LEADING]
                weights = sum(c.spec.weight for c in self.evaluation.criteria) or 1.0
                share = number_text(100 * criterion.spec.weight / weights, 0)
                return f"{shown(criterion.name, HEADER_CHARACTERS)}\n{share} %"
            which = section - LEADING - count
            if which == 0 and self.rater_index is not None:  # whose Nutzwert it is
                return self.tr("Nutzwert\n{rater}").format(
                    rater=self.evaluation.raters[self.rater_index][1]
                )
            return (self.tr("Nutzwert"), self.tr("Rang"), self.tr("fehlend"))[which]
        if role == Role.ToolTipRole and LEADING <= section < LEADING + count:
            spec = self.evaluation.criteria[section - LEADING].spec
            direction = (
                self.tr("Kosten: niedriger ist besser")
                if spec.cost
                else self.tr("Nutzen: höher ist besser")
            )
            return self.tr("Skala {low}–{high}; {direction}").format(
                low=f"{spec.scale_min:g}", high=f"{spec.scale_max:g}", direction=direction
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._is_score(index) and self.writable and self.rater_index is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _is_score(self, index: Index) -> bool:
        return index.isValid() and LEADING <= index.column() < LEADING + self.criterion_count()

    def cell_value(self, row: int, column: int) -> float:
        """The shown score of a cell (the rater's, or the aggregate); NaN when missing."""
        assert self.evaluation is not None and self.result is not None
        criterion = column - LEADING
        if self.rater_index is None:
            return float(self.result.aggregated[row, criterion])
        return float(self.evaluation.input.scores[row, criterion, self.rater_index])

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or self.evaluation is None or self.result is None:
            return None
        row, column = index.row(), index.column()
        info = self.evaluation.proposals[row]
        count = self.criterion_count()
        if column == 0:
            return shown(info.title) if role in (Role.DisplayRole, Role.ToolTipRole) else None
        if column == 1:
            if role == Role.DisplayRole:
                return shown(info.field_name)
            if role == Role.ToolTipRole:
                return info.field_name
            return QColor(info.field_color) if role == Role.DecorationRole else None
        if column < LEADING + count:
            return self._score_data(row, column, role)
        return self._summary_data(row, column - LEADING - count, role)

    def _score_data(self, row: int, column: int, role: int) -> Any:
        assert self.result is not None and self.evaluation is not None
        value = self.cell_value(row, column)
        criterion = column - LEADING
        spread = float(self.result.spread[row, criterion])
        if role == Role.EditRole:
            return "" if math.isnan(value) else _number(value)
        if role == Role.DisplayRole:
            if math.isnan(value):
                return "–"
            marker = (
                f"  ±{_number(spread)}"
                if self.rater_index is None and spread >= SPREAD_WARNING
                else ""
            )
            return _number(value) + marker
        if role == Role.BackgroundRole and not math.isnan(value):
            spec = self.evaluation.criteria[criterion].spec
            span = (spec.scale_max - spec.scale_min) or 1.0
            utility = (value - spec.scale_min) / span
            return QBrush(utility_color(1 - utility if spec.cost else utility))
        if role == Role.ForegroundRole and math.isnan(value):
            return QColor("#6b6b6b")  # grey that still reads (5.3 : 1 on white)
        if role == Role.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Role.ToolTipRole:
            raters = self.evaluation.input.scores[row, criterion]
            given = [v for v in raters.tolist() if not math.isnan(v)]
            if not given:
                return self.tr("Noch keine Bewertung")
            return self.tr("{count} Bewertung(en) von {raters}; Spanne {spread}").format(
                count=len(given), raters=len(raters), spread=_number(spread)
            )
        return None

    def _summary_data(self, row: int, which: int, role: int) -> Any:
        assert self.summary is not None
        total, rank = float(self.summary.totals[row]), float(self.summary.ranks[row])
        missing = int(self.summary.missing[row])
        if role == Role.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Role.EditRole:  # what sorting uses: unranked rows sort last
            return (
                total if not math.isnan(total) else -1.0,
                rank if not math.isnan(rank) else 1e9,
                missing,
            )[which]
        if role != Role.DisplayRole:
            if role == Role.ForegroundRole and which == 2 and missing:
                return QColor("#b00020")
            return None
        if which == 0:
            return "–" if math.isnan(total) else _number(total)
        if which == 1:
            return "–" if math.isnan(rank) else str(int(rank))
        return str(missing) if missing else ""

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        cell = self.cell(index)
        if role != Role.EditRole or cell is None:
            return False
        text = str(value).strip()
        if not text:
            return self._enter(*cell, None)
        number, ok = QLocale().toDouble(text)
        if not ok:
            number, ok = QLocale(QLocale.Language.C).toDouble(text)
        return ok and self._enter(*cell, number)

    def cell(self, index: Index) -> tuple[str, str] | None:
        """(proposal id, criterion id) of an editable score cell, else None."""
        if self.evaluation is None or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return None
        proposal = self.evaluation.proposals[index.row()]
        return proposal.id, self.evaluation.criteria[index.column() - LEADING].spec.id


def _number(value: float) -> str:
    decimals = 0 if float(value).is_integer() else 1
    return number_text(value, decimals)


class ScoreDelegate(QStyledItemDelegate):
    """A plain line edit; the model checks the number against the criterion's scale."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        del option, index
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return editor


class MatrixView(QTableView):
    """Typing a digit starts entry; Enter moves down, Tab moves right, Delete clears."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ScoreDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().hide()
        self.setWordWrap(False)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        moved_down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        current = self.currentIndex()
        super().closeEditor(
            editor, QAbstractItemDelegate.EndEditHint.NoHint if moved_down else hint
        )
        if moved_down and current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))

    def keyPressEvent(self, event: Any) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != self.State.EditingState
        ):
            self.clear_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
