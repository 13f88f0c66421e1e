"""A table column that takes the width the others leave, but never less than it needs to be
read: on a narrow page (the agenda open beside the overview at 1366 px) it keeps its floor and
the table scrolls sideways, instead of squeezing the column to "T…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class StretchWithFloor(QObject):
    """Keeps ``column`` of ``view`` stretched while the viewport leaves it ``floor`` pixels,
    and at ``floor`` (interactive) below that."""

    def __init__(self, view: QTableView, column: int, floor: int) -> None:
        super().__init__(view)
        self.view, self.column, self.floor = view, column, floor
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._others_resized)
        self._fit()

    def _others_resized(self, logical: int, _old: int, _new: int) -> None:
        if logical != self.column:
            self._fit()

    def _fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(section)
            for section in range(header.count())
            if section != self.column and not header.isSectionHidden(section)
        )
        room = self.view.viewport().width() - others
        if room >= self.floor:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(self.column, self.floor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)
