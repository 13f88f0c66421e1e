"""Project proposals: the list per action field (or over all fields) and the profile editor
(Steckbrief, DESIGN.md §1.3), linked back to the cards a proposal came from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from lk40_desktop.operations.proposals import promote_to_proposal
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.store.models import (
    Idea,
    Proposal,
    ProposalDependency,
    ProposalIdea,
    TimeHorizon,
    new_id,
)
from lk40_desktop.store.queries import live, next_position
from lk40_desktop.ui.commands import (
    EditCommand,
    create_step,
    delete_command,
    delete_step,
    set_fields_command,
)
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel
from lk40_desktop.ui.widgets.table_view import record_table

KINDS: tuple[EntityKind, ...] = (
    "proposal",
    "proposal_idea",
    "proposal_dependency",
    "idea",
    "action_field",
)
TEXT_FIELDS = ("goal", "target_groups", "measures", "partners", "funding_programmes", "kpis")


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text when the user leaves it."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)


@dataclass
class ProfileLinks:
    """A proposal's links: its source cards and the proposals it depends on."""

    cards: list[tuple[str, str, str]]
    """(link id, card id, card text)."""
    depends_on: dict[str, str]
    """Proposal id → link id."""
    others: list[tuple[str, str]]
    """(id, title) of every other live proposal."""


def load_links(session: Session, proposal_id: str) -> ProfileLinks:
    """The links shown under a profile."""
    cards = [
        (link_id, idea_id, text)
        for link_id, idea_id, text in session.execute(
            select(ProposalIdea.id, Idea.id, Idea.text)
            .join(Idea, Idea.id == ProposalIdea.idea_id)
            .where(
                ProposalIdea.proposal_id == proposal_id,
                ProposalIdea.deleted_at.is_(None),
                Idea.deleted_at.is_(None),
            )
        )
    ]
    depends = {
        row.depends_on_id: row.id
        for row in session.scalars(
            live(ProposalDependency).where(ProposalDependency.proposal_id == proposal_id)
        )
    }
    others = [
        (p.id, p.title)
        for p in session.scalars(live(Proposal).order_by(Proposal.position, Proposal.title))
        if p.id != proposal_id
    ]
    return ProfileLinks(cards, depends, others)


class ProposalList(EntityTableModel):
    """The proposals of one action field, or of all with ``field_id`` None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        horizons = (
            (TimeHorizon.SHORT.value, self.tr("kurzfristig")),
            (TimeHorizon.MEDIUM.value, self.tr("mittelfristig")),
            (TimeHorizon.LONG.value, self.tr("langfristig")),
        )
        super().__init__(
            "proposal",
            [
                Column("title", self.tr("Projektvorschlag")),
                Column("time_horizon", self.tr("Zeithorizont"), "choice", False, horizons),
                Column("quick_win", self.tr("Quick Win"), "bool"),
            ],
            self._rows_of_field,
            parent=parent,
        )
        self.field_id: str | None = None

    def _rows_of_field(self, session: Session) -> list[Proposal]:
        query = live(Proposal).order_by(Proposal.position, Proposal.title)
        if self.field_id is not None:
            query = query.where(Proposal.action_field_id == self.field_id)
        return list(session.scalars(query))

    def set_field(self, field_id: str | None) -> None:
        """List another field's proposals."""
        self.field_id = field_id
        self.reload()


class ProposalEditor(QWidget):
    """The profile of one proposal; every field is written when the user leaves it."""

    card_requested = Signal(str)
    """Show this source card on its board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.proposal_id: str | None = None
        self.links = ProfileLinks([], {}, [])
        self.title = QLineEdit()
        self.title.setObjectName("proposalTitle")
        self.lead = QLineEdit()
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("z. B. 250.000 (leer: noch offen)"))
        self.horizon = QComboBox()
        for value, label in (
            (TimeHorizon.SHORT.value, self.tr("kurzfristig (bis 1 Jahr)")),
            (TimeHorizon.MEDIUM.value, self.tr("mittelfristig (1–3 Jahre)")),
            (TimeHorizon.LONG.value, self.tr("langfristig (über 3 Jahre)")),
        ):
            self.horizon.addItem(label, value)
        self.quick_win = QCheckBox(self.tr("Quick Win (schnell und sichtbar umsetzbar)"))
        self.texts = {name: CommitTextEdit() for name in TEXT_FIELDS}
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        self.depends = QListWidget()
        self.depends.setMaximumHeight(110)
        self.cards = QListWidget()
        self.cards.setMaximumHeight(110)
        self.cards.itemActivated.connect(
            lambda item: self.card_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.unlink = QPushButton(self.tr("Verknüpfung lösen"))
        self.unlink.clicked.connect(self._unlink_card)

        form = QFormLayout()
        form.addRow(self.tr("&Titel"), self.title)
        labels = {
            "goal": self.tr("&Ziel"),
            "target_groups": self.tr("Ziel&gruppen"),
            "measures": self.tr("&Maßnahmen"),
            "partners": self.tr("&Partner"),
            "funding_programmes": self.tr("&Förderprogramme"),
            "kpis": self.tr("&Kennzahlen (KPI)"),
        }
        form.addRow(labels["goal"], self.texts["goal"])
        form.addRow(labels["target_groups"], self.texts["target_groups"])
        form.addRow(labels["measures"], self.texts["measures"])
        form.addRow(self.tr("&Federführung"), self.lead)
        form.addRow(labels["partners"], self.texts["partners"])
        form.addRow(self.tr("K&osten (€)"), self.cost)
        form.addRow(self.tr("Zeit&horizont"), self.horizon)
        form.addRow(labels["funding_programmes"], self.texts["funding_programmes"])
        form.addRow(labels["kpis"], self.texts["kpis"])
        form.addRow("", self.quick_win)
        form.addRow(self.tr("&Abhängig von"), self.depends)
        card_box = QVBoxLayout()
        card_box.addWidget(self.cards)
        card_box.addWidget(self.unlink, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Quellkarten"), card_box)
        self.empty = QLabel(self.tr("Wählen Sie links einen Projektvorschlag."))
        self.empty.setObjectName("hint")
        self.form = QWidget()
        self.form.setLayout(form)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.form_area, 1)

        self.title.editingFinished.connect(lambda: self._commit("title", self.title.text()))
        self.lead.editingFinished.connect(lambda: self._commit("lead", self.lead.text()))
        self.cost.editingFinished.connect(self._commit_cost)
        self.horizon.activated.connect(
            lambda _row: self._commit("time_horizon", self.horizon.currentData())
        )
        self.quick_win.clicked.connect(lambda checked: self._commit("quick_win", bool(checked)))
        for name, edit in self.texts.items():
            edit.committed.connect(lambda text, name=name: self._commit(name, text))
        self.depends.itemChanged.connect(self._dependency_toggled)
        self.show_proposal(None)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Edit proposals of another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.show_proposal(None)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.proposal_id is not None and changes.touches(*KINDS):
            self.show_proposal(self.proposal_id)

    def show_proposal(self, proposal_id: str | None) -> None:
        """Fill the form with one proposal (None: an empty, disabled form)."""
        proposal = None
        if self.controller is not None and proposal_id is not None:
            with self.controller.document.reading() as session:
                proposal = session.get(Proposal, proposal_id)
                if proposal is not None and proposal.deleted_at is None:
                    values = {c: getattr(proposal, c) for c in Proposal.__table__.columns.keys()}  # noqa: SIM118 - names, not Column objects
                    self.links = load_links(session, proposal_id)
                else:
                    proposal = None
        self.proposal_id = proposal_id if proposal is not None else None
        self.empty.setVisible(proposal is None)
        self.form_area.setVisible(proposal is not None)
        if proposal is None:
            return
        writable = not self.controller.read_only if self.controller else False
        self.form.setEnabled(writable)
        self._set_text(self.title, values["title"])
        self._set_text(self.lead, values["lead"])
        cost = values["cost_estimate_eur"]
        self._set_text(self.cost, "" if cost is None else QLocale().toString(float(cost), "f", 0))
        self.horizon.setCurrentIndex(max(0, self.horizon.findData(values["time_horizon"])))
        self.quick_win.setChecked(bool(values["quick_win"]))
        for name, edit in self.texts.items():
            if not edit.hasFocus() and edit.toPlainText() != values[name]:
                edit.setPlainText(values[name])
        self._fill_dependencies()
        self.cards.clear()
        for link_id, card_id, text in self.links.cards:
            item = QListWidgetItem(text.replace("\n", " "))
            item.setData(Qt.ItemDataRole.UserRole, card_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, link_id)
            self.cards.addItem(item)

    def _fill_dependencies(self) -> None:
        """Check the proposals this one depends on. Items are updated in place when the list
        of proposals is the same: a toggle's own item must survive the reload it causes."""
        self.depends.blockSignals(True)
        shown = [
            self.depends.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.depends.count())
        ]
        if shown != [other_id for other_id, _title in self.links.others]:
            self.depends.clear()
            for other_id, title in self.links.others:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, other_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.depends.addItem(item)
        for row, (other_id, title) in enumerate(self.links.others):
            item = self.depends.item(row)
            item.setText(title)
            checked = other_id in self.links.depends_on
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.depends.blockSignals(False)

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if not edit.hasFocus() and edit.text() != text:
            edit.setText(text)

    def _commit(self, field: str, value: Any) -> None:
        """Write one profile field if it changed (an empty title is refused)."""
        if self.controller is None or self.proposal_id is None or self.controller.read_only:
            return
        with self.controller.document.reading() as session:
            proposal = session.get(Proposal, self.proposal_id)
            current = getattr(proposal, field) if proposal is not None else value
        if value == current or (field == "title" and not str(value).strip()):
            if field == "title":
                self.title.setText(str(current))
            return
        self.controller.push(
            set_fields_command(
                self.controller,
                "proposal",
                {self.proposal_id: {field: value}},
                self.tr("Steckbrief ändern"),
            )
        )

    def _commit_cost(self) -> None:
        text = self.cost.text().replace("€", "").strip()
        if not text:
            self._commit("cost_estimate_eur", None)
            return
        value, ok = QLocale().toDouble(text)
        if not ok or value < 0:
            self.cost.setStyleSheet("background: #fde7e7")
            self.cost.setToolTip(self.tr("Bitte einen Betrag in Euro eingeben, z. B. 250.000"))
            return
        self.cost.setStyleSheet("")
        self.cost.setToolTip("")
        self._commit("cost_estimate_eur", value)

    def _dependency_toggled(self, item: QListWidgetItem) -> None:
        if self.controller is None or self.proposal_id is None:
            return
        other = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and other not in self.links.depends_on:
            step = create_step(
                "proposal_dependency",
                {new_id(): {"proposal_id": self.proposal_id, "depends_on_id": other}},
            )
        elif item.checkState() == Qt.CheckState.Unchecked and other in self.links.depends_on:
            step = delete_step("proposal_dependency", [self.links.depends_on[other]])
        else:
            return
        self.controller.push(EditCommand(self.controller, self.tr("Abhängigkeit ändern"), [step]))

    def _unlink_card(self) -> None:
        item = self.cards.currentItem()
        if item is None or self.controller is None:
            return
        self.controller.push(
            delete_command(
                self.controller,
                "proposal_idea",
                [item.data(Qt.ItemDataRole.UserRole + 1)],
                self.tr("Quellkarte lösen"),
            )
        )


class ProposalPanel(QSplitter):
    """The proposal list beside the profile editor, with New and Delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.model = ProposalList(self)
        self.table = record_table(self.model, "proposalTable")
        self.table.setColumnWidth(0, 260)
        self.editor = ProposalEditor()
        self.add_button = QPushButton(self.tr("&Neuer Vorschlag"))
        self.delete_button = QPushButton(self.tr("Vorschlag &löschen"))
        self.add_button.clicked.connect(self.add_proposal)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QWidget()
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
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)

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
        """A new, empty proposal in the current field; its title is focused."""
        values = {
            "title": self.tr("Neuer Projektvorschlag"),
            "action_field_id": self.model.field_id,
        }
        if self.create_proposal(values, [], self.tr("Projektvorschlag anlegen")):
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def create_proposal(
        self, values: dict[str, Any], card_ids: Sequence[str], text: str
    ) -> str | None:
        """Create a proposal (placed last) linked to the cards it came from, and show it;
        returns its id (None without a document)."""
        if self.controller is None:
            return None
        proposal_id = new_id()
        with self.controller.document.reading() as session:
            position = next_position(session, Proposal)
        steps = [create_step("proposal", {proposal_id: {**values, "position": position}})]
        if card_ids:
            links = {new_id(): {"proposal_id": proposal_id, "idea_id": c} for c in card_ids}
            steps.append(create_step("proposal_idea", links))
        self.controller.push(EditCommand(self.controller, text, steps))
        self.select(proposal_id)
        return proposal_id

    def delete_selected(self) -> None:
        """Delete the selected proposals with their card links and dependencies."""
        if self.controller is None:
            return
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        ids = [self.model.id_at(row) for row in sorted(rows)]
        if not ids:
            return
        with self.controller.document.reading() as session:
            links = list(
                session.scalars(
                    select(ProposalIdea.id).where(
                        ProposalIdea.proposal_id.in_(ids), ProposalIdea.deleted_at.is_(None)
                    )
                )
            )
            dependencies = list(
                session.scalars(
                    select(ProposalDependency.id).where(
                        (ProposalDependency.proposal_id.in_(ids))
                        | (ProposalDependency.depends_on_id.in_(ids)),
                        ProposalDependency.deleted_at.is_(None),
                    )
                )
            )
        steps = [delete_step("proposal", ids)]
        if links:
            steps.append(delete_step("proposal_idea", links))
        if dependencies:
            steps.append(delete_step("proposal_dependency", dependencies))
        self.controller.push(
            EditCommand(self.controller, self.tr("Projektvorschlag löschen"), steps)
        )
