"""The criteria table: names, weights (shown normalised), scales, direction, portfolio axis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from lk40_desktop.store.models import Base, Criterion, new_id
from lk40_desktop.store.queries import live, next_position
from lk40_desktop.ui.commands import create_command, delete_command
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.choice_delegate import ChoiceDelegate
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.table_view import edit_new_row, record_table

Index = QModelIndex | QPersistentModelIndex
WEIGHT, SHARE = 1, 2


def _load(session: Session) -> Sequence[Base]:
    return list(session.scalars(live(Criterion).order_by(Criterion.position, Criterion.name)))


class CriteriaModel(EntityTableModel):
    """Criteria with a computed share column; a weight sum of zero is refused."""

    refused = Signal(str)

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
            _load,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == SHARE and role == Qt.ItemDataRole.DisplayRole:
            total = sum(float(self.value(row, "weight")) for row in range(self.rowCount())) or 1.0
            share = 100 * float(self.value(index.row(), "weight")) / total
            return QLocale().toString(share, "f", 1) + " %"
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == WEIGHT and role == Qt.ItemDataRole.EditRole:
            weight = float(value)
            others = sum(
                float(self.value(row, "weight"))
                for row in range(self.rowCount())
                if row != index.row()
            )
            if weight < 0:
                self.refused.emit(self.tr("Gewichte dürfen nicht negativ sein."))
                return False
            if weight + others <= 0:
                self.refused.emit(
                    self.tr(
                        "Die Summe der Gewichte darf nicht null sein – sonst zählt kein Kriterium."
                    )
                )
                return False
        if index.isValid() and index.column() in (3, 4) and role == Qt.ItemDataRole.EditRole:
            low = int(value) if index.column() == 3 else int(self.value(index.row(), "scale_min"))
            high = int(value) if index.column() == 4 else int(self.value(index.row(), "scale_max"))
            if high <= low:
                self.refused.emit(self.tr("Das Skalenende muss über dem Skalenanfang liegen."))
                return False
        return super().setData(index, value, role)


class CriteriaSection(QGroupBox):
    """The criteria table with add and delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kriterien und Gewichtung"), parent)
        self.controller: DocumentController | None = None
        self.model = CriteriaModel()
        self.view = record_table(self.model, "criteriaView")
        self.view.setItemDelegate(ChoiceDelegate(self.model, self.view))
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 80), (2, 80), (3, 80), (4, 80), (5, 220), (6, 130)):
            self.view.setColumnWidth(column, width)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.model.refused.connect(self.message.setText)
        self.model.dataChanged.connect(lambda *_: self.message.clear())
        self.add_button = QPushButton(self.tr("Kriterium &hinzufügen"))
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
        self.controller = controller
        self.model.set_controller(controller)
        writable = controller is not None and not controller.read_only
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)

    def add_criterion(self) -> None:
        """A new criterion (weight 10, scale 0–5, benefit) whose name is being edited."""
        if self.controller is None:
            return
        with self.controller.document.reading() as session:
            position = next_position(session, Criterion)
        key = new_id()
        self.controller.push(
            create_command(
                self.controller,
                "criterion",
                {
                    key: {
                        "name": self.tr("Neues Kriterium"),
                        "weight": 10.0,
                        "scale_min": 0,
                        "scale_max": 5,
                        "direction": "benefit",
                        "portfolio_axis": "none",
                        "position": position,
                    }
                },
                self.tr("Kriterium hinzufügen"),
            )
        )
        edit_new_row(self.view, self.model, key)

    def delete_selected(self) -> None:
        """Delete the selected criteria, unless that leaves nothing with weight."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if self.controller is None or not rows:
            return
        left = sum(
            float(self.model.value(r, "weight"))
            for r in range(self.model.rowCount())
            if r not in rows
        )
        if self.model.rowCount() > len(rows) and left <= 0:
            self.message.setText(
                self.tr("Die Summe der Gewichte darf nicht null sein – sonst zählt kein Kriterium.")
            )
            return
        self.controller.push(
            delete_command(
                self.controller,
                "criterion",
                [self.model.id_at(r) for r in rows],
                self.tr("Kriterium löschen"),
            )
        )
