"""What the stakeholder page does with relations: draw one (the map reports the drag), add one
from the keyboard, change the kind and label of one already drawn — by double-click or the
context menu on its arrow, or in the list of all relations — each one named operation."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from lk40_desktop.operations import stakeholders as ops
from lk40_desktop.services.stakeholders.data import RelationRow
from lk40_desktop.ui.dialogs.relation import RelationDialog
from lk40_desktop.ui.dialogs.relations import RelationListDialog
from lk40_desktop.ui.stakeholders.map_tools import MapTools
from lk40_desktop.ui.stakeholders.source import StakeholderSource


class RelationEdits(QObject):
    """The relations' gestures of one stakeholder page, mapped to operations."""

    def __init__(self, source: StakeholderSource, tools: MapTools, page: QWidget) -> None:
        super().__init__(page)
        self.source, self.tools, self.page = source, tools, page

    def _relation(self, relation_id: str) -> RelationRow | None:
        return next((r for r in self.source.data.relations if r.id == relation_id), None)

    def add(
        self, source_id: str, target_id: str, kind_id: str | None = None, label: str = ""
    ) -> None:
        """A relation between two stakeholders (of the tool row's kind unless given)."""
        kind = kind_id if kind_id is not None else self.tools.current_kind()
        if self.source.writable and self.source.controller is not None:
            self.source.controller.perform(
                self.tr("Beziehung hinzufügen"),
                lambda session: ops.add_relation(session, source_id, target_id, kind, label),
            )

    def add_from_dialog(self, source_id: str | None) -> None:
        """Add a relation from the keyboard, starting at ``source_id`` if given."""
        if len(self.source.data.stakeholders) < 2:
            return
        dialog = RelationDialog(self.source.data, source_id, self.page)
        if dialog.exec() == RelationDialog.DialogCode.Accepted:
            values = dialog.values()
            self.add(
                str(values["source_id"]),
                str(values["target_id"]),
                str(values["kind_id"]) if values["kind_id"] else None,
                str(values["label"]),
            )

    def edit(self, relation_id: str) -> None:
        """Kind and label of a drawn relation, in a dialog (double-click on its arrow)."""
        relation = self._relation(relation_id)
        if relation is None or not self.source.writable:
            return
        dialog = RelationDialog(self.source.data, parent=self.page, relation=relation)
        if dialog.exec() == RelationDialog.DialogCode.Accepted:
            values = dialog.values()
            self.change(relation_id, {"kind_id": values["kind_id"], "label": values["label"]})

    def change(self, relation_id: str, values: dict[str, object]) -> None:
        """Set a relation's kind and/or label (one undo step)."""
        if self.source.writable and self.source.controller is not None:
            self.source.controller.perform(
                self.tr("Beziehung ändern"),
                lambda session: ops.update_relation(session, relation_id, values),
            )

    def menu(self, relation_id: str, position: QPoint) -> None:
        """The context menu of an arrow: its kind (checked), edit, delete."""
        relation = self._relation(relation_id)
        if relation is None or not self.source.writable:
            return
        menu = QMenu(self.page)
        kinds = menu.addMenu(self.tr("&Art"))
        choice = QActionGroup(kinds)  # one kind per relation: shown as radio buttons
        for kind in self.source.data.kinds:
            action = QAction(kind.name, choice)
            action.setCheckable(True)
            action.setChecked(kind.id == relation.kind_id)
            action.triggered.connect(
                lambda _checked=False, k=kind.id: self.change(relation_id, {"kind_id": k})
            )
            kinds.addAction(action)
        menu.addAction(self.tr("&Bearbeiten…"), lambda: self.edit(relation_id))
        menu.addAction(self.tr("&Löschen"), lambda: self.delete([relation_id]))
        menu.exec(position)

    def delete(self, relation_ids: list[str]) -> None:
        """Delete relations; the stakeholders stay."""
        if self.source.writable and self.source.controller is not None and relation_ids:
            self.source.controller.perform(
                self.tr("Beziehung löschen"),
                lambda session: ops.delete_relations(session, relation_ids),
            )

    def edit_list(self) -> None:
        """The list of every relation, whose kinds and labels are edited in place."""
        if self.source.controller is not None:
            RelationListDialog(self.source.controller, self.source.data.kinds, self.page).exec()
