"""The conflicts of a merge, each with both values, the group and when each side changed it:
the user decides per row ("hier behalten" / "aus der Gruppe") or for all at once ("alle
hier", "alle aus der Gruppe", "jeweils die neuere"). Nothing is merged before OK."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.groups import PreparedMerge
from lk40_desktop.services.merge.plan import REFERENCE, Conflict, Prefer, Side
from lk40_desktop.services.merge.rules import TOMBSTONE
from lk40_desktop.ui.dialogs.merge_words import field_name, kind_name, row_label

KIND, ROW, FIELD, MINE, THEIRS, CHOICE = range(6)


def _shown(conflict: Conflict, value: Any) -> str:
    """A conflict's value as the user reads it."""
    if conflict.field == TOMBSTONE:
        if value:
            return QCoreApplication.translate("Conflicts", "gelöscht")
        return QCoreApplication.translate("Conflicts", "geändert")
    if conflict.field.startswith(REFERENCE):
        return QCoreApplication.translate("Conflicts", "verweist auf Gelöschtes")
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """The conflicts of one group's file, decided before the merge."""

    def __init__(self, prepared: PreparedMerge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self.setWindowTitle(self.tr("Konflikte beim Zusammenführen"))
        self.resize(980, 520)
        intro = QLabel(
            self.tr(
                "„{group}“ und diese Datei haben dieselben Angaben verschieden geändert "
                "({count}). Entscheiden Sie je Zeile, welcher Wert gilt."
            ).format(
                group=prepared.group or prepared.source.name, count=len(prepared.plan.conflicts)
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(prepared.plan.conflicts), 6)
        self.table.setAccessibleName(self.tr("Konflikte"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Art"),
                self.tr("Eintrag"),
                self.tr("Angabe"),
                self.tr("Hier"),
                self.tr("In der Gruppe"),
                self.tr("Es gilt"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.Stretch)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(prepared.plan.conflicts):
            self._fill(row, conflict)
        for column, width in ((KIND, 110), (FIELD, 110), (MINE, 170), (THEIRS, 170), (CHOICE, 150)):
            self.table.setColumnWidth(column, width)
        buttons = QHBoxLayout()
        for text, prefer in (
            (self.tr("Alle &hier behalten"), "mine"),
            (self.tr("Alle aus der &Gruppe"), "theirs"),
            (self.tr("Jeweils die &neuere"), "newer"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, p=prefer: self.choose_all(p))
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Zusammenführen"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(box)

    def _fill(self, row: int, conflict: Conflict) -> None:
        plan = self.prepared.plan
        times = self.tr("hier {mine} · Gruppe {theirs} (Uhr des jeweiligen Laptops)").format(
            mine=conflict.mine_at[:16], theirs=conflict.theirs_at[:16]
        )
        cells = (
            kind_name(conflict.kind),
            row_label(plan, conflict.kind, conflict.row_id),
            field_name(conflict.field),
            _shown(conflict, conflict.mine),
            _shown(conflict, conflict.theirs),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(f"{text}\n{times}" if column in (MINE, THEIRS) else text)
            self.table.setItem(row, column, item)
        choice = QComboBox()
        choice.addItem(self.tr("hier behalten"), "mine")
        choice.addItem(self.tr("aus der Gruppe"), "theirs")
        choice.setAccessibleName(self.tr("Es gilt"))
        self.table.setCellWidget(row, CHOICE, choice)
        self.choices.append(choice)

    def choose_all(self, prefer: Prefer) -> None:
        """Decide every conflict by one rule."""
        for combo, conflict in zip(self.choices, self.prepared.plan.conflicts, strict=True):
            combo.setCurrentIndex(combo.findData(conflict.winner(prefer)))

    def sides(self) -> dict[Conflict, Side]:
        """The decision of each conflict."""
        return {
            conflict: combo.currentData()
            for combo, conflict in zip(self.choices, self.prepared.plan.conflicts, strict=True)
        }
