"""The stakeholder table: model, sort/filter proxy and editors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from lk40_desktop.operations.stakeholders import update_stakeholder
from lk40_desktop.services.stakeholders.data import (
    MapFilter,
    StakeholderRow,
    duplicate_names,
    is_duplicate,
)
from lk40_desktop.services.stakeholders.grid import SCALE_MAX, SCALE_MIN, SCALE_STEP, group_color
from lk40_desktop.ui.stakeholders.source import StakeholderSource
from lk40_desktop.ui.widgets.display import shown, tooltip
from lk40_desktop.ui.widgets.numbers import number_text
from lk40_desktop.ui.widgets.snapshot_model import SnapshotModel

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    """A column of the stakeholder table."""

    field: str
    kind: str  # "text", "group", "scale", "attitude", "workshops", "origin" (read only)


COLUMNS = (
    Column("name", "text"),
    Column("organisation", "text"),
    Column("group_id", "group"),
    Column("influence", "scale"),
    Column("interest", "scale"),
    Column("attitude", "attitude"),
    Column("contact_person", "text"),
    Column("contact_details", "text"),
    Column("notes", "text"),
    Column("workshop_ids", "workshops"),
    Column("origin", "origin"),
)
READ_ONLY = frozenset({"workshops", "origin"})
NAME, GROUP, INFLUENCE, INTEREST, ATTITUDE, WORKSHOPS, ORIGIN = 0, 2, 3, 4, 5, 9, 10


def swatch(color: str) -> QIcon:
    """A small colour square for group cells and legends."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class StakeholderModel(SnapshotModel):
    """Stakeholders from the page's StakeholderSource; a cell edit is an undoable operation."""

    def __init__(self, source: StakeholderSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.rows: list[StakeholderRow] = []
        self._duplicates: set[str] = set()
        source.updated.connect(self._reload)

    def headers(self) -> list[str]:
        """Column titles (translated)."""
        return [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Gruppe"),
            self.tr("Einfluss"),
            self.tr("Interesse"),
            self.tr("Haltung"),
            self.tr("Ansprechperson"),
            self.tr("Kontakt"),
            self.tr("Notizen"),
            self.tr("Workshops"),
            self.tr("Herkunft"),
        ]

    def attitude_labels(self) -> dict[str, str]:
        """Attitude values and their translated names."""
        return {
            "supporter": self.tr("Unterstützer"),
            "neutral": self.tr("Neutral"),
            "critic": self.tr("Kritiker"),
        }

    def _reload(self) -> None:
        rows = self.source.data.stakeholders
        self._duplicates = duplicate_names(rows)
        self.replace_rows(rows)

    def row_at(self, row: int) -> StakeholderRow:
        """The stakeholder shown in a row."""
        return self.rows[row]

    def sort_value(self, row: int, column: int) -> str | float:
        """What a cell sorts by: numbers for scales and workshop counts, text otherwise."""
        stakeholder = self.rows[row]
        kind = COLUMNS[column].kind
        value = getattr(stakeholder, COLUMNS[column].field)
        if kind == "scale":
            return float(value)
        if kind == "workshops":
            return float(len(value))
        if kind in ("group", "attitude"):
            return self._display(kind, value)
        return str(value)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and self.source.writable
            and COLUMNS[index.column()].kind not in READ_ONLY
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        value = getattr(row, column.field)
        if column.kind == "text":
            return self._text_data(index.column(), row, value, role)
        if role == Role.EditRole:
            return len(value) if column.kind == "workshops" else value
        if role == Role.DecorationRole and column.kind == "group":
            return swatch(group_color(self.source.data, row))
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return self._display(column.kind, value)
        return None

    def _display(self, kind: str, value: Any) -> str:
        """How a group, scale, attitude, workshop or origin value reads in the table."""
        if kind == "group":
            group = self.source.data.group(value)
            return group.name if group else "–"
        if kind == "scale":
            return number_text(value, 1)
        if kind == "attitude":
            return self.attitude_labels().get(str(value), str(value))
        if kind == "origin":
            return str(value)
        return ", ".join(title for key, title in self.source.data.workshops if key in value)

    def _text_data(self, column: int, row: StakeholderRow, value: str, role: int) -> Any:
        if role == Role.DisplayRole:
            return shown(value)
        if role == Role.EditRole:
            return value
        duplicate = column == NAME and is_duplicate(row, self._duplicates)
        if duplicate and role == Role.BackgroundRole:
            return QBrush(QColor("#fff3cd"))
        if duplicate and role == Role.ToolTipRole:
            return self.tr("Diesen Namen tragen mehrere Stakeholder.")
        return tooltip(value) if role == Role.ToolTipRole and value else None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        """Run ``update_stakeholder`` for a cell (its rules refuse an empty name)."""
        controller = self.source.controller
        if role != Role.EditRole or not index.isValid() or controller is None:
            return False
        column = COLUMNS[index.column()]
        if column.kind == "scale":
            value = float(value)
        elif column.kind == "text":
            value = str(value)
        row = self.rows[index.row()]
        if getattr(row, column.field) == value:
            return False
        edit = controller.perform(
            self.tr("Stakeholder „{name}“ ändern").format(name=row.name),
            lambda session: update_stakeholder(session, row.id, {column.field: value}),
        )
        return edit is not None


class StakeholderFilter(QSortFilterProxyModel):
    """Sorts by the stored values and filters by the page's MapFilter (incl. search text)."""

    def __init__(self, model: StakeholderModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self.setSortRole(Role.EditRole)
        self.setSortLocaleAware(True)
        self.map_filter = MapFilter()
        self._collator = QCollator(QLocale())
        self._collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator.setNumericMode(True)

    def set_filter(self, map_filter: MapFilter) -> None:
        """Show only what passes ``map_filter``."""
        self.beginFilterChange()
        self.map_filter = map_filter
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        del source_parent
        model = self.sourceModel()
        assert isinstance(model, StakeholderModel)
        row = model.row_at(source_row)
        group = model.source.data.group(row.group_id)
        return self.map_filter.matches(row, group.name if group else "")

    def lessThan(self, left: Index, right: Index) -> bool:
        """Numbers numerically, text by the UI language's collation (Ä beside A)."""
        model = self.sourceModel()
        assert isinstance(model, StakeholderModel)
        left_value = model.sort_value(left.row(), left.column())
        right_value = model.sort_value(right.row(), right.column())
        if isinstance(left_value, float) and isinstance(right_value, float):
            return left_value < right_value
        return self._collator.compare(str(left_value), str(right_value)) < 0


class StakeholderDelegate(QStyledItemDelegate):
    """Combo boxes for group and attitude, a 1–5 spin box for the scales, no empty names."""

    def __init__(self, model: StakeholderModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        kind = COLUMNS[index.column()].kind
        if kind == "group":
            combo = QComboBox(parent)
            for group in self.model.source.data.groups:
                combo.addItem(swatch(group.color), shown(group.name), group.id)
            return combo
        if kind == "attitude":
            combo = QComboBox(parent)
            for value, label in self.model.attitude_labels().items():
                combo.addItem(label, value)
            return combo
        if kind == "scale":
            spin = QDoubleSpinBox(parent)
            spin.setRange(SCALE_MIN, SCALE_MAX)
            spin.setSingleStep(SCALE_STEP)
            spin.setDecimals(1)
            return spin
        editor = super().createEditor(parent, option, index)
        if index.column() == NAME and isinstance(editor, QLineEdit):
            # Enter does not commit an empty name; the hint says why, at the field.
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(r".*\S.*"), editor))
            editor.textEdited.connect(lambda text, e=editor: self._name_hint(e, text))
        return editor

    def _name_hint(self, editor: QLineEdit, text: str) -> None:
        if text.strip():
            QToolTip.hideText()
        else:
            QToolTip.showText(
                editor.mapToGlobal(editor.rect().bottomLeft()),
                self.tr("Ein Stakeholder braucht einen Namen."),
                editor,
            )

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Role.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Role.EditRole)
        else:
            super().setModelData(editor, model, index)
