"""Sensitivity: the weight range in which each proposal keeps its rank, and a what-if view."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from lk40_desktop.services.scoring.arithmetic import ScoringResult, order
from lk40_desktop.services.scoring.evaluation import Evaluation
from lk40_desktop.services.scoring.sensitivity import StableRange
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.numbers import number_text

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def _number(value: float) -> str:
    return number_text(value, 0)


def _percent(value: float) -> str:
    return number_text(100 * value, 0) + " %"


class SensitivityModel(QAbstractTableModel):
    """Ranked proposals; per criterion the share range that keeps each proposal's rank."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self.result: ScoringResult | None = None
        self.ranges: list[list[StableRange | None]] = []
        self.rows: list[int] = []

    def show(
        self, evaluation: Evaluation, result: ScoringResult, ranges: list[list[StableRange | None]]
    ) -> None:
        """Show a fresh analysis, best proposal first."""
        self.beginResetModel()
        self.evaluation, self.result, self.ranges = evaluation, result, ranges
        self.rows = order(result.totals)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return (
            0 if parent.isValid() or self.evaluation is None else 2 + len(self.evaluation.criteria)
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Role.DisplayRole
            or self.evaluation is None
        ):
            return None
        if section < 2:
            return (self.tr("Rang"), self.tr("Projektvorschlag"))[section]
        criteria = self.evaluation.criteria
        total = sum(c.spec.weight for c in criteria) or 1.0
        criterion = criteria[section - 2]
        return self.tr("{criterion}\njetzt {share}").format(
            criterion=shown(criterion.name, 60), share=_percent(criterion.spec.weight / total)
        )

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or self.evaluation is None or self.result is None:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            rank = self.result.ranks[row]
            return (
                ("–" if math.isnan(rank) else str(int(rank))) if role == Role.DisplayRole else None
            )
        if index.column() == 1:
            return (
                shown(self.evaluation.proposals[row].title)
                if role in (Role.DisplayRole, Role.ToolTipRole)
                else None
            )
        stable = self.ranges[row][index.column() - 2]
        if stable is None:
            return "–" if role == Role.DisplayRole else None
        width = stable.high - stable.low
        if role == Role.DisplayRole:
            return self.tr("{low}–{high} %").format(
                low=_number(100 * stable.low), high=_number(100 * stable.high)
            )
        if role == Role.BackgroundRole and width < 0.1:
            return QColor("#fde7e7")  # a small change of this weight moves the proposal
        if role == Role.ToolTipRole:
            return self.tr(
                "Der Rang bleibt gleich, solange dieses Kriterium zwischen {low} und {high} "
                "des Gesamtgewichts ausmacht."
            ).format(low=_percent(stable.low), high=_percent(stable.high))
        return None
