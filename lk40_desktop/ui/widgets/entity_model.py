"""A table model over one entity kind of the store, edited through undo commands.

Subclasses name their columns, how rows are loaded (a service's read) and which operation
changes a row; this base keeps the rows in sync with the document's ``changed`` signal
(refreshing only when its kind changed) and turns ``setData`` into that operation, so editing
a cell is undoable like every other edit and obeys the same rules (an empty name is refused).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from lk40_desktop.operations.edit import Edit
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import ReadSession
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.widgets.dates import format_date
from lk40_desktop.ui.widgets.display import shown, tooltip
from lk40_desktop.ui.widgets.numbers import number_text
from lk40_desktop.ui.widgets.snapshot_model import SnapshotModel

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
Update = Callable[[ReadSession, str, dict[str, Any]], Edit]
"""The operation that sets fields of one row: (session, entity id, values) → Edit."""


@dataclass(frozen=True)
class Column:
    """One column: the entity field it shows, its header, and how it is shown and edited."""

    field: str
    header: str
    kind: str = "text"
    """"text", "int", "float", "date", "bool" (a check box), "color" (a swatch, edited
    elsewhere) or "choice" (one of ``choices``, edited with a combo box)."""
    editable: bool = True
    choices: tuple[tuple[str, str], ...] = ()
    """For "choice": (stored value, shown label) pairs."""


class EntityTableModel(SnapshotModel):
    """Rows of one entity kind, as plain value dictionaries snapshotted from the store."""

    def __init__(
        self,
        kind: EntityKind,
        columns: Sequence[Column],
        load: Callable[[ReadSession], Sequence[Any]],
        update: Update,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = list(columns)
        self._load = load
        self._update = update
        self.controller: DocumentController | None = None

    # -- document binding -----------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the rows of another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.kind):
            self.reload()

    def reload(self) -> None:
        """Re-read the rows (``SnapshotModel.replace_rows`` keeps the views' cursors)."""
        rows: list[dict[str, Any]] = []
        if self.controller is not None:
            fields = ["id", *self.extra_fields(), *(column.field for column in self.columns)]
            with self.controller.document.reading() as session:
                rows = [
                    {name: getattr(entity, name) for name in fields}
                    for entity in self._load(session)
                ]
        self.replace_rows(rows)

    def extra_fields(self) -> Sequence[str]:
        """Fields loaded besides the columns (for styling or ordering); none by default."""
        return ()

    # -- access ---------------------------------------------------------------------------

    def row_key(self, row: Any) -> str:
        return str(row["id"])

    def value(self, row: int, field: str) -> Any:
        """A stored value of a row."""
        return self.rows[row][field]

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        column = self.columns[index.column()]
        writable = self.controller is not None and not self.controller.read_only and column.editable
        if writable and column.kind == "bool":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif writable and column.kind != "color":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()][column.field]
        if column.kind == "bool":
            if role == Role.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if column.kind == "color":
            if role == Role.DecorationRole:
                return QColor(value)
            return value if role in (Role.DisplayRole, Role.ToolTipRole) else None
        if column.kind == "date":
            if role == Role.EditRole:
                return value  # a date or None, for the DateEdit of ``RecordDelegate``
            return format_date(value) if role == Role.DisplayRole else None
        if column.kind == "choice" and role == Role.DisplayRole:
            return dict(column.choices).get(value, value)
        if column.kind == "float" and role == Role.DisplayRole:
            return number_text(value, 1)
        if role in (Role.DisplayRole, Role.EditRole):
            return shown(value) if role == Role.DisplayRole and isinstance(value, str) else value
        if role == Role.ToolTipRole and column.kind == "text" and value:
            return tooltip(str(value))
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or self.controller is None:
            return False
        column = self.columns[index.column()]
        if column.kind == "bool" and role == Role.CheckStateRole:
            new_value: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Role.EditRole:
            new_value = self.coerce(column, value)
        else:
            return False
        if new_value == self.rows[index.row()][column.field]:
            return False
        entity_id = self.id_at(index.row())
        values = {column.field: new_value}
        update = self._update
        edit = self.controller.perform(
            self.edit_text(column, new_value), lambda session: update(session, entity_id, values)
        )
        return edit is not None

    def coerce(self, column: Column, value: Any) -> Any:
        """Turn an editor's value into the stored type."""
        if column.kind == "date":
            return value  # a date (or None) read by DateEdit
        if column.kind == "int":
            return int(value)
        if column.kind == "float":
            return float(value)
        return str(value)

    def edit_text(self, column: Column, value: Any) -> str:
        """The undo history's name for an edit of ``column``."""
        del value
        # An explicit context: self.tr() would look the text up under the subclass's name.
        return QCoreApplication.translate("EntityTableModel", "„{column}“ ändern").format(
            column=column.header
        )
