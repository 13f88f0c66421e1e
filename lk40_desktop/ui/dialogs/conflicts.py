"""The conflicts of a merge, each with both values, the group and when each side changed it:
the user decides per row ("hier behalten" / "aus der Gruppe") or for all at once ("alle
hier", "alle aus der Gruppe", "jeweils die neuere"). Below, entries both sides made that look
alike ("Gleiche Einträge?"): ticked ones become one. Nothing is merged before OK."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
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
from lk40_desktop.services.merge.matching import Duplicate
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
        self.choices: list[QComboBox] = []
        self.same_boxes: list[QCheckBox] = []
        self.table = self._conflict_table()
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Zusammenführen"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        if prepared.plan.conflicts:
            layout.addWidget(self.table, 1)
            layout.addLayout(self._rule_buttons())
        if prepared.plan.duplicates:
            layout.addWidget(self._duplicates(), 0 if prepared.plan.conflicts else 1)
        layout.addWidget(box)

    def _intro(self) -> QLabel:
        group = self.prepared.group or self.prepared.source.name
        count = len(self.prepared.plan.conflicts)
        text = (
            self.tr(
                "„{group}“ und diese Datei haben dieselben Angaben verschieden geändert "
                "({count}). Entscheiden Sie je Zeile, welcher Wert gilt."
            )
            if count
            else self.tr("„{group}“ bringt Einträge mit, die es hier schon zu geben scheint.")
        )
        intro = QLabel(text.format(group=group, count=count))
        intro.setWordWrap(True)
        return intro

    def _conflict_table(self) -> QTableWidget:
        table = QTableWidget(len(self.prepared.plan.conflicts), 6)
        table.setAccessibleName(self.tr("Konflikte"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Art"),
                self.tr("Eintrag"),
                self.tr("Angabe"),
                self.tr("Hier"),
                self.tr("In der Gruppe"),
                self.tr("Es gilt"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.Stretch)
        for row, conflict in enumerate(self.prepared.plan.conflicts):
            self._fill(table, row, conflict)
        for column, width in ((KIND, 110), (FIELD, 110), (MINE, 170), (THEIRS, 170), (CHOICE, 150)):
            table.setColumnWidth(column, width)
        return table

    def _rule_buttons(self) -> QHBoxLayout:
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
        return buttons

    def _duplicates(self) -> QGroupBox:
        """A tick box per pair of entries that look alike (ticked: they become one)."""
        group = QGroupBox(self.tr("Gleiche Einträge? (angehakt: werden zu einem)"))
        column = QVBoxLayout(group)
        plan = self.prepared.plan
        for duplicate in plan.duplicates:
            box = QCheckBox(
                self.tr("{kind}: „{theirs}“ aus der Gruppe ist „{mine}“ von hier").format(
                    kind=kind_name(duplicate.kind),
                    theirs=row_label(plan, duplicate.kind, duplicate.theirs_id),
                    mine=row_label(plan, duplicate.kind, duplicate.mine_id),
                )
            )
            box.setChecked(True)
            column.addWidget(box)
            self.same_boxes.append(box)
        return group

    def same(self) -> list[Duplicate]:
        """The pairs the user confirmed as one."""
        return [
            duplicate
            for box, duplicate in zip(self.same_boxes, self.prepared.plan.duplicates, strict=True)
            if box.isChecked()
        ]

    def _fill(self, table: QTableWidget, row: int, conflict: Conflict) -> None:
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
            table.setItem(row, column, item)
        choice = QComboBox()
        choice.addItem(self.tr("hier behalten"), "mine")
        choice.addItem(self.tr("aus der Gruppe"), "theirs")
        choice.setAccessibleName(self.tr("Es gilt"))
        table.setCellWidget(row, CHOICE, choice)
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
