"""The conflicts of a merge, each with both values, the group and when each side changed it:
the user decides per row or for all at once ("alle hier", "alle aus der Gruppe", "jeweils die
neuere"); nothing is decided for them — "Zusammenführen" waits until every row has an answer.
A long text shows both versions side by side with the differing words marked. Times a
laptop's wrong clock made are flagged, since "jeweils die neuere" goes by them. Below, entries
both sides made that look alike ("Gleiche Einträge?"): ticked ones become one. Nothing is
merged before OK."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
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
from lk40_desktop.services.merge.diff import is_long
from lk40_desktop.services.merge.matching import Duplicate
from lk40_desktop.services.merge.plan import Conflict, Prefer, Side
from lk40_desktop.ui.dialogs.conflict_diff import TextDiff
from lk40_desktop.ui.dialogs.merge_words import (
    choice_texts,
    clock_warning,
    field_name,
    kind_name,
    row_label,
    side_texts,
    time_texts,
)

KIND, ROW, FIELD, MINE, THEIRS, MINE_AT, THEIRS_AT, CHOICE = range(8)


class ConflictDialog(QDialog):
    """The conflicts of one group's file, decided before the merge."""

    def __init__(self, prepared: PreparedMerge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self.setWindowTitle(self.tr("Konflikte beim Zusammenführen"))
        self.choices: list[QComboBox] = []
        self.same_boxes: list[QCheckBox] = []
        self.open_label = QLabel()
        self.table = self._conflict_table()
        self.diff = TextDiff()
        self.diff.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Zusammenführen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in self._intro():
            layout.addWidget(widget)
        if prepared.plan.conflicts:
            layout.addWidget(self.table, 2)
            layout.addWidget(self.diff, 1)
            layout.addLayout(self._rule_buttons())
        if prepared.plan.duplicates:
            layout.addWidget(self._duplicates(), 0 if prepared.plan.conflicts else 1)
        layout.addWidget(self.buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._compare(row))
        self._fit_screen()
        self._count_open()

    def _fit_screen(self) -> None:
        """Wide enough for both values, never wider than the laptop's screen."""
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(640, screen.height() - 60))

    def _intro(self) -> list[QWidget]:
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
        widgets: list[QWidget] = [QLabel(text.format(group=group, count=count))]
        clocks = self.prepared.clocks()
        if clocks:
            warning = QLabel("⚠ " + clock_warning(clocks.future, clocks.before_handout))
            warning.setStyleSheet("color: #8a4b00;")
            widgets.append(warning)
        for label in widgets:
            assert isinstance(label, QLabel)
            label.setWordWrap(True)
        return widgets

    def _conflict_table(self) -> QTableWidget:
        table = QTableWidget(len(self.prepared.plan.conflicts), 8)
        table.setAccessibleName(self.tr("Konflikte"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Art"),
                self.tr("Eintrag"),
                self.tr("Angabe"),
                self.tr("Hier"),
                self.tr("In der Gruppe"),
                self.tr("Zeit hier"),
                self.tr("Zeit Gruppe"),
                self.tr("Es gilt"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ROW, QHeaderView.ResizeMode.Stretch)
        for row, conflict in enumerate(self.prepared.plan.conflicts):
            self._fill(table, row, conflict)
        for column, width in (
            (KIND, 100),
            (FIELD, 100),
            (MINE, 170),
            (THEIRS, 170),
            (MINE_AT, 115),
            (THEIRS_AT, 115),
            (CHOICE, 190),
        ):
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
        buttons.addWidget(self.open_label)
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
            box.setChecked(duplicate.likely)
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
        handed_out = self.prepared.handed_out_at
        (mine_at, mine_full), (theirs_at, theirs_full) = (
            time_texts(conflict.mine_at, handed_out),
            time_texts(conflict.theirs_at, handed_out),
        )
        cells = (
            kind_name(conflict.kind),
            row_label(plan, conflict.kind, conflict.row_id),
            field_name(conflict.field),
            *side_texts(plan, conflict),
            mine_at,
            theirs_at,
        )
        tips = {MINE_AT: mine_full, THEIRS_AT: theirs_full}
        for column, text in enumerate(cells):
            shown = " ".join(text.split()) if column in (MINE, THEIRS) else text
            item = QTableWidgetItem(shown if len(shown) <= 120 else shown[:119] + "…")
            tip = tips.get(column, text)
            item.setToolTip(tip if len(tip) <= 2000 else tip[:1999] + "…")
            table.setItem(row, column, item)
        choice = QComboBox()
        choice.addItem(self.tr("– bitte wählen –"), None)
        keep, take = choice_texts(plan, conflict)
        choice.addItem(keep, "mine")
        choice.addItem(take, "theirs")
        choice.setAccessibleName(self.tr("Es gilt"))
        choice.currentIndexChanged.connect(self._count_open)
        table.setCellWidget(row, CHOICE, choice)
        self.choices.append(choice)

    def _compare(self, row: int) -> None:
        """Show a long text conflict's two versions side by side (hidden for short values)."""
        conflicts = self.prepared.plan.conflicts
        conflict = conflicts[row] if 0 <= row < len(conflicts) else None
        long_text = conflict is not None and is_long(conflict.mine, conflict.theirs)
        self.diff.setVisible(long_text)
        if conflict is not None and long_text:
            self.diff.show_texts(str(conflict.mine), str(conflict.theirs))

    def _count_open(self) -> None:
        """ "Zusammenführen" only once every conflict has its answer."""
        undecided = sum(1 for combo in self.choices if combo.currentData() is None)
        self.merge_button.setEnabled(undecided == 0)
        self.open_label.setText(
            self.tr("Noch {count} zu entscheiden").format(count=undecided) if undecided else ""
        )

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
