"""Project proposals: the list per action field (or over all fields) beside the profile editor
(Steckbrief), with New and Delete; cards and clusters of the board are promoted
to proposals here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.proposals import (
    create_proposal,
    delete_proposals,
    promote_to_proposal,
)
from lk40_desktop.operations.strategy import number_measures
from lk40_desktop.ui.board.proposal_editor import ProposalEditor
from lk40_desktop.ui.board.proposal_list import ProposalList
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.table_layout import wrap_headers
from lk40_desktop.ui.widgets.table_view import record_table

LIST_MIN_WIDTH = 340
"""The list shows title, time horizon and quick win without scrolling sideways."""


class ProposalPanel(QSplitter):
    """The proposal list beside the profile editor, with New and Delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.model = ProposalList(self)
        self.table = record_table(self.model, "proposalTable")
        self.table.setAccessibleName(self.tr("Projektvorschläge"))
        header = wrap_headers(self.table)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the rest
        self.editor = ProposalEditor()
        self.add_button = QPushButton(self.tr("&Neuer Vorschlag"))
        self.delete_button = QPushButton(self.tr("Vorschlag lös&chen"))
        self.number_button = QPushButton(self.tr("Maßnahmen nummer&ieren"))
        self.number_button.setToolTip(
            self.tr(
                "Gibt jeder Maßnahme ohne Nummer die nächste ihres Handlungsfelds; "
                "vergebene Nummern bleiben."
            )
        )
        self.add_button.clicked.connect(self.add_proposal)
        self.delete_button.clicked.connect(self.delete_selected)
        self.number_button.clicked.connect(self.number_measures)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.number_button)
        buttons.addStretch(1)
        left = QWidget()
        left.setMinimumWidth(LIST_MIN_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.addWidget(left)
        self.addWidget(self.editor)
        self.setStretchFactor(1, 2)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.editor.show_proposal(
                self.model.id_at(current.row()) if current.isValid() else None
            )
        )
        self.model.modelReset.connect(self._keep_a_selection)

    def _keep_a_selection(self) -> None:
        """After the list is read again, mark the proposal the editor shows, else show the
        first one: a reset clears the selection silently, which left the editor's proposal
        unmarked, and an empty editor beside a list is a click nobody should owe."""
        shown = self.editor.proposal_id
        row = self.model.row_of(shown) if shown is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.editor.show_proposal(None)

    def set_controller(
        self, controller: DocumentController | None, field_id: str | None = None
    ) -> None:
        """Show another document's proposals (of one action field, or all with None)."""
        self.controller = controller
        self.editor.set_controller(controller)  # first: the list's reset selects a proposal
        self.model.field_id = field_id
        self.model.set_controller(controller)
        writable = controller is not None and not controller.read_only
        for button in (self.add_button, self.delete_button, self.number_button):
            button.setEnabled(writable)

    def set_field(self, field_id: str | None) -> None:
        """List the proposals of another action field (None: all)."""
        self.model.set_field(field_id)

    def select(self, proposal_id: str) -> None:
        """Show one proposal in the list and the editor."""
        row = self.model.row_of(proposal_id)
        if row < 0 and self.model.field_id is not None:
            self.set_field(None)
            row = self.model.row_of(proposal_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.editor.show_proposal(proposal_id)

    def reveal(self, proposal_ids: Iterable[str]) -> bool:
        """Show the first of these proposals that still exists; whether one did."""
        for proposal_id in sorted(proposal_ids):
            if self.model.row_of(proposal_id) < 0 and self.model.field_id is not None:
                self.set_field(None)  # it may belong to another action field
            if self.model.row_of(proposal_id) >= 0:
                self.select(proposal_id)
                return True
        return False

    def promote(self, card_ids: Sequence[str], cluster_id: str | None = None) -> str | None:
        """Make a proposal of cards or of a cluster's cards and show it; its id, or None."""
        if self.controller is None:
            return None
        edit = self.controller.perform(
            self.tr("Zum Projektvorschlag machen"),
            lambda session: promote_to_proposal(session, card_ids, cluster_id),
        )
        if edit is None:
            return None
        self.select(edit.created[0])
        return edit.created[0]

    def add_proposal(self) -> None:
        """A new, empty proposal in the current field, shown with its title focused."""
        if self.controller is None:
            return
        values = {
            "title": self.tr("Neuer Projektvorschlag"),
            "action_field_id": self.model.field_id,
        }
        edit = self.controller.perform(
            self.tr("Projektvorschlag anlegen"),
            lambda session: create_proposal(session, values),
        )
        if edit is not None:
            self.select(edit.created[0])
            self.editor.form.title.setFocus()
            self.editor.form.title.selectAll()

    def delete_selected(self) -> None:
        """Delete the selected proposals with their card links, dependencies and scores."""
        if self.controller is None:
            return
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = [self.model.id_at(row) for row in sorted(rows)]
        if ids:
            self.controller.perform(
                self.tr("Projektvorschlag löschen"),
                lambda session: delete_proposals(session, ids),
            )

    def number_measures(self) -> None:
        """Number the measures that have no number yet; numbers once given stay."""
        if self.controller is not None:
            self.controller.perform(self.tr("Maßnahmen nummerieren"), number_measures)
