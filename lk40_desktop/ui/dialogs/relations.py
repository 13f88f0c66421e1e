"""The list of all relations of the stakeholder map: between whom, of which kind, labelled.
A kind chosen when drawing can be changed here for many relations in a row, by keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.stakeholders import delete_relations, update_relation
from lk40_desktop.services.stakeholders.data import relation_list
from lk40_desktop.services.vocabulary import Entry
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.table_view import record_table


class RelationListDialog(QDialog):
    """Every relation with its kind (a combo box) and label, edited in place; delete too."""

    def __init__(
        self, controller: DocumentController, kinds: list[Entry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Beziehungen"))
        self.resize(720, 440)
        self.controller = controller
        self.model = EntityTableModel(
            "stakeholder_relation",
            [
                Column("source_name", self.tr("Von"), editable=False),
                Column("target_name", self.tr("Zu"), editable=False),
                Column(
                    "kind_id",
                    self.tr("Art"),
                    kind="choice",
                    choices=tuple((kind.id, kind.name) for kind in kinds),
                ),
                Column("label", self.tr("Beschriftung")),
            ],
            relation_list,
            update_relation,
            parent=self,
        )
        self.model.set_controller(controller)
        self.view = record_table(self.model, "relationList")
        self.view.setAccessibleName(self.tr("Beziehungen"))
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 190), (2, 140)):
            self.view.setColumnWidth(column, width)
        delete = QPushButton(self.tr("&Löschen"))
        delete.setEnabled(not controller.read_only)
        delete.clicked.connect(self.delete_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(delete)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def delete_selected(self) -> None:
        """Delete the selected relations (undoable; the stakeholders stay)."""
        ids = [self.model.id_at(i.row()) for i in self.view.selectionModel().selectedRows()]
        if ids:
            self.controller.perform(
                self.tr("Beziehung löschen"), lambda session: delete_relations(session, ids)
            )
