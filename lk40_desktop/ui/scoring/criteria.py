"""The criteria table: names, weights (shown normalised), scales, direction, portfolio axis.

The rules on weights and scales are the operations' (``operations.scoring``); the table says
why an edit of a criterion was refused right below it, where the user looks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.edit import EditRefusedError, Refusal
from lk40_desktop.operations.scoring import add_criterion, delete_criteria, update_criterion
from lk40_desktop.services.scoring.criteria import load_criteria
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.refusals import refusal_text
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.numbers import number_text
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table

Index = QModelIndex | QPersistentModelIndex
SHARE = 2
CRITERIA_REFUSALS = frozenset(
    {Refusal.NEGATIVE_WEIGHT, Refusal.NO_WEIGHT_LEFT, Refusal.EMPTY_SCALE}
)
"""The refusals of criterion edits, shown below the table besides the status bar."""


class CriteriaModel(EntityTableModel):
    """Criteria with a computed share column, each cell edited by ``update_criterion``."""

    def __init__(self) -> None:
        super().__init__(
            "criterion",
            [
                Column("name", self.tr("Kriterium")),
                Column("weight", self.tr("Gewicht"), kind="float"),
                Column("weight", self.tr("Anteil"), kind="float", editable=False),
                Column("scale_min", self.tr("Skala von"), kind="int"),
                Column("scale_max", self.tr("Skala bis"), kind="int"),
                Column(
                    "direction",
                    self.tr("Richtung"),
                    kind="choice",
                    choices=(
                        ("benefit", self.tr("Nutzen (höher ist besser)")),
                        ("cost", self.tr("Kosten (niedriger ist besser)")),
                    ),
                ),
                Column(
                    "portfolio_axis",
                    self.tr("Portfolio-Achse"),
                    kind="choice",
                    choices=(
                        ("benefit", self.tr("Nutzen")),
                        ("effort", self.tr("Aufwand")),
                        ("none", self.tr("keine")),
                    ),
                ),
            ],
            load_criteria,
            update_criterion,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == SHARE and role == Qt.ItemDataRole.DisplayRole:
            total = sum(float(self.value(row, "weight")) for row in range(self.rowCount())) or 1.0
            share = 100 * float(self.value(index.row(), "weight")) / total
            return number_text(share, 1) + " %"
        return super().data(index, role)


class CriteriaSection(QGroupBox):
    """The criteria table with add and delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kriterien und Gewichtung"), parent)
        self.controller: DocumentController | None = None
        self.model = CriteriaModel()
        self.view = record_table(self.model, "criteriaView")
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 80), (3, 80), (4, 80), (5, 220), (6, 130)):
            self.view.setColumnWidth(column, width)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.model.dataChanged.connect(lambda *_: self.message.clear())
        self.add_button = QPushButton(self.tr("&Kriterium hinzufügen"))
        self.delete_button = QPushButton(self.tr("Kriterium &löschen"))
        self.add_button.clicked.connect(self.add_criterion)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the criteria of another document (or none)."""
        if self.controller is not None:
            self.controller.refused.disconnect(self._on_refused)
        if controller is not None:
            controller.refused.connect(self._on_refused)
        self.controller = controller
        self.model.set_controller(controller)
        writable = controller is not None and not controller.read_only
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)

    def _on_refused(self, error: EditRefusedError) -> None:
        if error.refusal in CRITERIA_REFUSALS:
            self.message.setText(refusal_text(error))

    def add_criterion(self) -> None:
        """A new criterion (weight 10, scale 0–5, benefit) whose name is being edited."""
        if self.controller is None:
            return
        name = self.tr("Neues Kriterium")
        edit = self.controller.perform(
            self.tr("Kriterium hinzufügen"), lambda session: add_criterion(session, name)
        )
        if edit is not None:
            edit_new_row(self.view, edit.created[0])

    def delete_selected(self) -> None:
        """Delete the selected criteria with their scores, unless that leaves nothing with
        weight."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if self.controller is None or not rows:
            return
        ids = [self.model.id_at(row) for row in rows]
        self.controller.perform(
            self.tr("Kriterium löschen"), lambda session: delete_criteria(session, ids)
        )
