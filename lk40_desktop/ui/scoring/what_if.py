"""The what-if ranking: how the order would look with other weights (nothing is stored)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from lk40_desktop.services.scoring.arithmetic import ScoringResult, order
from lk40_desktop.services.scoring.evaluation import Evaluation
from lk40_desktop.ui.widgets.display import shown

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class WhatIfModel(QAbstractTableModel):
    """Proposals in the what-if order with their current rank and the change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.evaluation: Evaluation | None = None
        self.current: ScoringResult | None = None
        self.trial: ScoringResult | None = None
        self.rows: list[int] = []

    def show(self, evaluation: Evaluation, current: ScoringResult, trial: ScoringResult) -> None:
        """Compare a trial result with the current one."""
        self.beginResetModel()
        self.evaluation, self.current, self.trial = evaluation, current, trial
        self.rows = order(trial.totals)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return (
                self.tr("Rang (was wäre, wenn)"),
                self.tr("Änderung"),
                self.tr("Projektvorschlag"),
            )[section]
        return None

    def change(self, row: int) -> int | None:
        """Places gained (positive) or lost under the trial weights."""
        assert self.current is not None and self.trial is not None
        now, then = self.current.ranks[row], self.trial.ranks[row]
        return None if math.isnan(now) or math.isnan(then) else int(now - then)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or self.evaluation is None or self.trial is None:
            return None
        row = self.rows[index.row()]
        if index.column() == 0 and role == Role.DisplayRole:
            rank = self.trial.ranks[row]
            return "–" if math.isnan(rank) else str(int(rank))
        if index.column() == 1:
            delta = self.change(row)
            if role == Role.DisplayRole:
                return "" if not delta else (f"▲ {delta}" if delta > 0 else f"▼ {-delta}")
            if role == Role.ForegroundRole and delta:
                return QColor("#2e7d32") if delta > 0 else QColor("#c62828")
        if index.column() == 2 and role == Role.DisplayRole:
            return shown(self.evaluation.proposals[row].title)
        return None
