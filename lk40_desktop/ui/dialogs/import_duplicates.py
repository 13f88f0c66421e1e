"""The second page of the import: the rows of the list that name what the project has (a
stakeholder of the same name and organisation, a card of the same text on the board) or
repeat an earlier row, found by ``services.imports.duplicates``; the user decides for all
at once or row by row: skip, merge into the one there, or keep both."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lk40_desktop.services.imports.duplicates import CHOICES, Choice, Match
from lk40_desktop.services.imports.mapping import Kind
from lk40_desktop.ui.dialogs.import_words import choice_names
from lk40_desktop.ui.widgets.display import shown

Index = QModelIndex | QPersistentModelIndex
CHOICE = 3
"""The column of the choice."""


class DuplicateModel(QAbstractTableModel):
    """Each duplicate row: its number, what the list says, what it names, and the choice
    (edited in place)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[tuple[Match, str]] = []
        self.choices: dict[int, Choice] = {}

    def show_matches(self, matches: list[tuple[Match, str]], choice: Choice) -> None:
        """Show ``matches`` (each with the list's own label of the row), all with ``choice``."""
        self.beginResetModel()
        self.matches = matches
        self.choices = {match.number: choice for match, _label in matches}
        self.endResetModel()

    def choose_all(self, choice: Choice) -> None:
        """The same choice for every row."""
        self.choices = dict.fromkeys(self.choices, choice)
        if self.matches:
            self.dataChanged.emit(self.index(0, CHOICE), self.index(len(self.matches) - 1, CHOICE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  # Qt's signature
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Zeile"),
            self.tr("In der Liste"),
            self.tr("Im Projekt schon vorhanden"),
            self.tr("Was tun?"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        match, label = self.matches[index.row()]
        if index.column() == 0:
            return str(match.number)
        if index.column() == 1:
            return shown(label)
        if index.column() == 2:
            if match.existing_id is None:
                return self.tr("wie Zeile {number} der Liste").format(number=match.earlier)
            return shown(match.label)
        choice = self.choices[match.number]
        return choice if role == Qt.ItemDataRole.EditRole else choice_names()[choice]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != CHOICE or value not in CHOICES:
            return False
        self.choices[self.matches[index.row()][0].number] = value
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == CHOICE else flags


class ChoiceDelegate(QStyledItemDelegate):
    """The choice of a row as a combo box: typing "z" or Down picks, Enter confirms."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: ARG002  # Qt's signature
        index: Index,  # noqa: ARG002
    ) -> QWidget:
        combo = QComboBox(parent)
        for choice, name in choice_names().items():
            combo.addItem(name, choice)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class DuplicatesPage(QWizardPage):
    """What to do with the rows the project has already."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Doppelte Einträge"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.all = QComboBox()
        for choice, name in choice_names().items():
            self.all.addItem(name, choice)
        self.all.setAccessibleName(self.tr("Für alle doppelten Zeilen"))
        self.model = DuplicateModel(self)
        self.all.activated.connect(lambda: self.model.choose_all(self.default()))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Doppelte Zeilen"))
        self.view.setItemDelegateForColumn(CHOICE, ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons, arrows move
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Für alle:"))
        label.setBuddy(self.all)
        row.addWidget(label)
        row.addWidget(self.all)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.hint = QLabel(self.tr("Einzelne Zeilen: Zelle „Was tun?“ wählen, F2, dann ↑/↓."))
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)

    def default(self) -> Choice:
        """The choice "for all"."""
        choice: Choice = self.all.currentData()
        return choice

    def show_matches(self, kind: Kind, total: int, matches: list[tuple[Match, str]]) -> None:
        """``matches`` of a list of ``total`` importable rows."""
        self.model.show_matches(matches, self.default())
        known = sum(1 for match, _label in matches if match.existing_id is not None)
        if kind == "stakeholder":
            text = self.tr(
                "Zeilen zum Übernehmen: {total}. Davon nennen einen Stakeholder, den das Projekt "
                "schon hat (gleicher Name und gleiche Organisation): {known}; wiederholen eine "
                "frühere Zeile der Liste: {repeated}."
            )
        else:
            text = self.tr(
                "Zeilen zum Übernehmen: {total}. Davon nennen eine Karte, die das Board schon hat "
                "(gleicher Text): {known}; wiederholen eine frühere Zeile der Liste: {repeated}."
            )
        self.summary.setText(text.format(total=total, known=known, repeated=len(matches) - known))
        for widget in (self.all, self.view, self.hint):
            widget.setEnabled(bool(matches))
        if matches:
            self.view.setCurrentIndex(self.model.index(0, CHOICE))

    def choices(self) -> dict[int, Choice]:
        """Row number → the choice for each duplicate row."""
        return dict(self.model.choices)
