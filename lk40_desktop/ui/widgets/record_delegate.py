"""The editors of an EntityTableModel's cells: a combo box for "choice" columns, the app's
``DateEdit`` for "date" columns, Qt's defaults for the rest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from lk40_desktop.ui.widgets.dates import DateEdit, DateTextError
from lk40_desktop.ui.widgets.entity_model import EntityTableModel

Index = QModelIndex | QPersistentModelIndex
LEAVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RecordDelegate(QStyledItemDelegate):
    """Combo boxes for choice columns and date fields for date columns."""

    def __init__(self, model: EntityTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self.model.columns[index.column()]
        if column.kind == "date":
            return DateEdit(parent=parent)
        if column.kind != "choice":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in column.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateEdit):
            if not editor.isModified():  # a model refresh must not undo what is being typed
                editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateEdit):
            try:
                model.setData(index, editor.read(), Qt.ItemDataRole.EditRole)
            except DateTextError:
                return  # not a date: the stored one stays (Tab and Enter did not get here)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab or Enter on a date that is not one keeps the editor open and says why."""
        if (
            isinstance(watched, DateEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in LEAVING_KEYS
            and not watched.commit()
        ):
            return True
        return super().eventFilter(watched, event)
