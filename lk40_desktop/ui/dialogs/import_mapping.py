"""The first page of the import: how the file is read (a workbook's sheet, a CSV's separator
and encoding, detected and overridable), which column fills which field (guessed from the
titles, or as chosen for a list with the same titles last time), the board for ideas, and a
preview of the first rows as they would be imported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lk40_desktop.services.imports.delimited import ENCODINGS, SEPARATORS
from lk40_desktop.services.imports.mapping import FIELDS, REQUIRED, ColumnMapping, Kind
from lk40_desktop.services.imports.records import LEVEL_FIELDS, records
from lk40_desktop.services.imports.table import ReadOptions, Table
from lk40_desktop.ui.dialogs.import_words import (
    attitude_names,
    encoding_names,
    field_names,
    not_imported,
    noted_text,
    separator_names,
    skipped_text,
)
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.numbers import number_text

PREVIEW_ROWS = 8
"""Rows of the list the preview shows."""
MAX_PREVIEW_WIDTH = 220
"""Pixels a preview column takes at most (the whole text is in its tooltip)."""
Index = QModelIndex | QPersistentModelIndex


NUMBER, PROBLEM = "#number", "#problem"
"""The preview's own columns beside the fields."""


class PreviewModel(QAbstractTableModel):
    """The first rows of the list as the import would store them: the row's number, what
    goes wrong with the row (when any row of the preview has a problem: right beside the
    number, where it is seen), and one column per field that a column fills."""

    def __init__(self, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._columns: list[str] = []
        self._rows: list[tuple[int, dict[str, Any], str]] = []
        self._skipped: set[int] = set()

    def show_rows(self, table: Table, mapping: ColumnMapping) -> None:
        """Preview the first ``PREVIEW_ROWS`` rows of ``table`` under ``mapping``."""
        first = Table(table.header, table.rows[:PREVIEW_ROWS], table.numbers[:PREVIEW_ROWS])
        found, skipped, noted = records(self.kind, first, mapping)
        notes: dict[int, list[str]] = {}
        for value in noted:
            notes.setdefault(value.number, []).append(noted_text(self.kind, value))
        self.beginResetModel()
        rows = [(r.number, r.values, "; ".join(notes.get(r.number, []))) for r in found]
        self._skipped = {row.number for row in skipped}
        rows += [(row.number, {}, skipped_text(self.kind, row)) for row in skipped]
        self._rows = sorted(rows, key=lambda row: row[0])
        fields = [name for name in FIELDS[self.kind] if name in mapping]
        problems = [PROBLEM] if any(row[2] for row in rows) else []
        self._columns = [NUMBER, *problems, *fields]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self._columns[section]
        if column == NUMBER:
            return self.tr("Zeile")
        if column == PROBLEM:
            return self.tr("Hinweis")
        return field_names(self.kind)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number, values, problem = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and number in self._skipped:
            palette = QApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self._columns[index.column()]
        if column == NUMBER:
            return str(number)
        if column == PROBLEM:
            return problem
        value = values.get(column)
        if value is None or value == "":
            return ""
        if column in LEVEL_FIELDS:
            return number_text(float(value), 1)
        if column == "attitude":
            return attitude_names()[str(value)]
        return shown(str(value).replace("\n", " ⏎ "))


class MappingPage(QWizardPage):
    """Reading options, the column choices, the board for ideas and the preview."""

    options_changed = Signal(object)
    """The user chose another sheet, separator or encoding (``ReadOptions``): read again."""

    def __init__(self, kind: Kind, fields: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self.table: Table | None = None
        self.setTitle(self.tr("Spalten zuordnen"))
        self.setSubTitle(
            self.tr(
                "Für jede Spalte der Datei wählen, was sie füllt. Die Vorschau zeigt die ersten "
                "Zeilen so, wie sie übernommen werden."
            )
        )
        self.sheet = self._combo(self.tr("Tabellenblatt"))
        self.separator = self._combo(self.tr("Trennzeichen"), separator_names(), SEPARATORS)
        self.encoding = self._combo(self.tr("Zeichenkodierung"), encoding_names(), ENCODINGS)
        self.board = self._combo(self.tr("Handlungsfeld"))
        for field_id, name in fields:
            self.board.addItem(shown(name), field_id)
        self.board.currentIndexChanged.connect(self.completeChanged)
        self.columns: list[QComboBox] = []
        self._labels: dict[QComboBox, QLabel] = {}
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")  # the app's colour of a refusal
        self.problem.hide()
        self.need = QLabel()
        self.need.setStyleSheet("color: #8a4b00;")
        self.need.hide()
        self.grid = QScrollArea()
        self.grid.setWidgetResizable(True)
        self.grid.setAccessibleName(self.tr("Spalten der Datei"))
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from combo to combo
        self.preview_model = PreviewModel(kind, self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Vorschau der ersten Zeilen"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setTabKeyNavigation(False)  # Tab goes on to the buttons
        layout = QVBoxLayout(self)
        layout.addLayout(self._source_row())
        layout.addWidget(self.problem)
        layout.addWidget(self.need)
        layout.addWidget(QLabel(self.tr("Spalten der Datei:")))
        layout.addWidget(self.grid, 1)
        preview_label = QLabel(self.tr("&Vorschau:"))
        preview_label.setBuddy(self.preview)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)

    def _combo(
        self, name: str, texts: dict[str, str] | None = None, values: tuple[str, ...] = ()
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for value in values:
            combo.addItem((texts or {})[value], value)
        if values:
            combo.activated.connect(self._source_chosen)
        return combo

    def _source_row(self) -> QHBoxLayout:
        """The reading options (only those the file has) and, for ideas, the board."""
        row = QHBoxLayout()
        for combo, text in (
            (self.sheet, self.tr("&Tabellenblatt:")),
            (self.separator, self.tr("&Trennzeichen:")),
            (self.encoding, self.tr("Zeichen&kodierung:")),
            (self.board, self.tr("&In das Board von:")),
        ):
            form = QFormLayout()
            label = QLabel(text)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self._labels[combo] = label
            row.addLayout(form)
        row.addStretch(1)
        self.sheet.activated.connect(self._source_chosen)
        self._show_combo(self.board, self.kind == "idea")
        return row

    def _show_combo(self, combo: QComboBox, visible: bool) -> None:
        combo.setVisible(visible)
        self._labels[combo].setVisible(visible)

    def _source_chosen(self) -> None:
        if self.table is None:
            return
        if self.table.sheets:
            options = ReadOptions(sheet=self.sheet.currentText())
        else:
            options = ReadOptions(self.encoding.currentData(), self.separator.currentData())
        self.options_changed.emit(options)

    def show_table(self, table: Table, mapping: ColumnMapping) -> None:
        """Show a (newly) read list with the column choices ``mapping``."""
        self.table = table
        self.problem.hide()
        workbook = bool(table.sheets)
        for combo in (self.separator, self.encoding):
            self._show_combo(combo, not workbook)
        self._show_combo(self.sheet, workbook)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        self.separator.setCurrentIndex(max(self.separator.findData(table.separator), 0))
        self.encoding.setCurrentIndex(max(self.encoding.findData(table.encoding), 0))
        self._fill_grid(table, mapping)
        self._mapping_changed()

    def show_problem(self, text: str) -> None:
        """Say why the list could not be read with the chosen options (nothing is imported
        until it can)."""
        self.problem.setText(text)
        self.problem.show()
        self.completeChanged.emit()

    def _fill_grid(self, table: Table, mapping: ColumnMapping) -> None:
        """A line per column of the file: its title, the field it fills, its first value."""
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.addWidget(QLabel(self.tr("<b>Spalte</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>übernehmen als</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>erster Wert</b>")), 0, 2)
        names = field_names(self.kind)
        first = table.rows[0]
        self.columns = []
        for column, title in enumerate(table.header):
            shown_title = shown(title) or self.tr("Spalte {n}").format(n=column + 1)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("„{title}“ übernehmen als").format(title=shown_title))
            combo.addItem(not_imported(), None)
            for name in FIELDS[self.kind]:
                combo.addItem(names[name], name)
            combo.setCurrentIndex(max(combo.findData(mapping[column]), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            grid.addWidget(QLabel(shown_title), column + 1, 0)
            grid.addWidget(combo, column + 1, 1)
            grid.addWidget(QLabel(shown(first[column], 60)), column + 1, 2)
            self.columns.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(table.header) + 1, 1)
        self.grid.setWidget(inner)
        chain = [self.sheet, self.separator, self.encoding, self.board, *self.columns]
        for before, after in zip(chain, [*chain[1:], self.preview], strict=True):
            QWidget.setTabOrder(before, after)

    def mapping(self) -> ColumnMapping:
        """The field each column fills (None: not imported)."""
        return tuple(combo.currentData() for combo in self.columns)

    def field_id(self) -> str | None:
        """For ideas: the action field whose board gets the cards."""
        return self.board.currentData() if self.kind == "idea" else None

    def _mapping_changed(self) -> None:
        if self.table is not None:
            self.preview_model.show_rows(self.table, self.mapping())
            self.preview.resizeColumnsToContents()
            header = self.preview.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), MAX_PREVIEW_WIDTH))
        self._say_what_is_missing()
        self.completeChanged.emit()

    def _say_what_is_missing(self) -> None:
        """Why "Weiter" cannot be clicked yet, while the list itself was read."""
        if REQUIRED[self.kind] not in self.mapping():
            text = (
                self.tr("Bitte eine Spalte als „Name“ übernehmen – ohne Namen kein Stakeholder.")
                if self.kind == "stakeholder"
                else self.tr("Bitte eine Spalte als „Karte (Text)“ übernehmen.")
            )
        elif self.kind == "idea" and self.field_id() is None:
            text = self.tr("Das Projekt hat kein Handlungsfeld, dessen Board die Karten aufnimmt.")
        else:
            text = ""
        self.need.setText(text)
        self.need.setVisible(bool(text))

    def isComplete(self) -> bool:
        """A list is imported once it is read, a column fills the required field and, for
        ideas, a board is chosen."""
        return (
            self.table is not None
            and self.problem.isHidden()
            and REQUIRED[self.kind] in self.mapping()
            and (self.kind != "idea" or self.field_id() is not None)
        )
