"""The profile (Steckbrief) of one project proposal: its fields, the proposals
it depends on and the cards it came from. Every field is written when the user leaves it, as
one undoable ``update_proposal``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.edit import EditRefusedError, Refusal
from lk40_desktop.operations.proposals import set_dependency, unlink_card, update_proposal
from lk40_desktop.services.proposals import TIME_HORIZONS, Profile, ProfileLinks, load_profile
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.widgets.display import shown, text_line

KINDS: tuple[EntityKind, ...] = (
    "proposal",
    "proposal_idea",
    "proposal_dependency",
    "idea",
    "action_field",
)
"""What a profile shows: a change of any of these kinds fills the form again."""
TEXT_FIELDS = ("goal", "target_groups", "measures", "partners", "funding_programmes", "kpis")
NO_LINKS = ProfileLinks([], frozenset(), [])
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role of a source card item that holds its link id (UserRole holds the card id)."""


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text when the user leaves it."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)


class ProposalEditor(QWidget):
    """The profile of one proposal; every field is written when the user leaves it."""

    card_requested = Signal(str)
    """Show this source card on its board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.proposal_id: str | None = None
        self.profile: Profile | None = None
        self._make_fields()
        self.form = QWidget()
        self.form.setLayout(self._form_layout())
        self.empty = QLabel(self.tr("Wählen Sie links einen Projektvorschlag."))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.form_area, 1)
        self._connect_fields()
        self.show_proposal(None)

    def _make_fields(self) -> None:
        self.title = text_line()
        self.title.setObjectName("proposalTitle")
        self.lead = text_line()
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(self.tr("z. B. 250.000 (leer: noch offen)"))
        self.horizon = QComboBox()
        labels = (
            self.tr("kurzfristig (bis 1 Jahr)"),
            self.tr("mittelfristig (1–3 Jahre)"),
            self.tr("langfristig (über 3 Jahre)"),
        )
        for value, label in zip(TIME_HORIZONS, labels, strict=True):
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
        self.unlink = QPushButton(self.tr("Verknüpfung lösen"))

    def _form_layout(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Titel"), self.title)
        form.addRow(self.tr("&Ziel"), self.texts["goal"])
        form.addRow(self.tr("Ziel&gruppen"), self.texts["target_groups"])
        form.addRow(self.tr("&Maßnahmen"), self.texts["measures"])
        form.addRow(self.tr("&Federführung"), self.lead)
        form.addRow(self.tr("Pa&rtner"), self.texts["partners"])
        form.addRow(self.tr("Ko&sten (€)"), self.cost)
        form.addRow(self.tr("Zeithor&izont"), self.horizon)
        form.addRow(self.tr("Förderprogramm&e"), self.texts["funding_programmes"])
        form.addRow(self.tr("&Kennzahlen (KPI)"), self.texts["kpis"])
        form.addRow("", self.quick_win)
        form.addRow(self.tr("Abhängig &von"), self.depends)
        card_box = QVBoxLayout()
        card_box.addWidget(self.cards)
        card_box.addWidget(self.unlink, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Quellkarten"), card_box)
        return form

    def _connect_fields(self) -> None:
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
        self.cards.itemActivated.connect(
            lambda item: self.card_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.unlink.clicked.connect(self._unlink_card)

    @property
    def links(self) -> ProfileLinks:
        """The shown proposal's source cards and dependencies (none without a proposal)."""
        return self.profile.links if self.profile is not None else NO_LINKS

    def set_controller(self, controller: DocumentController | None) -> None:
        """Edit proposals of another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        if self.controller is not None:
            self.controller.refused.disconnect(self._on_refused)
        if controller is not None:
            controller.refused.connect(self._on_refused)
        self.controller = controller
        self.show_proposal(None)

    def _on_changed(self, changes: ChangeSet) -> None:
        """Fill the form again when something it shows changed. Cards matter only when they
        are source cards of the shown proposal: dragging cards on the board re-reads nothing."""
        if self.proposal_id is None or not changes.touches(*KINDS):
            return
        sources = {link.card_id for link in self.links.cards}
        if changes.only(("idea",)) and not changes.ids("idea") & sources:
            return
        self.show_proposal(self.proposal_id)

    def _on_refused(self, error: EditRefusedError) -> None:
        """Mark the cost field when the amount typed there was refused."""
        if error.refusal is Refusal.NEGATIVE_COST:
            self._mark_cost(bad=True)

    def show_proposal(self, proposal_id: str | None) -> None:
        """Fill the form with one proposal (None: an empty, disabled form)."""
        profile = None
        if self.controller is not None and proposal_id is not None:
            with self.controller.document.reading() as session:
                profile = load_profile(session, proposal_id)
        another = profile is not None and profile.id != self.proposal_id
        self.profile = profile
        self.proposal_id = profile.id if profile is not None else None
        self.empty.setVisible(profile is None)
        self.form_area.setVisible(profile is not None)
        if profile is None:
            return
        if another:  # a new subject starts at its title, not where the last one was left
            self.form_area.verticalScrollBar().setValue(0)
        self.form.setEnabled(self.controller is not None and not self.controller.read_only)
        self._set_text(self.title, profile.title)
        self._set_text(self.lead, profile.lead)
        cost = profile.cost_estimate_eur
        self._set_text(self.cost, "" if cost is None else QLocale().toString(float(cost), "f", 0))
        self.horizon.setCurrentIndex(max(0, self.horizon.findData(profile.time_horizon)))
        self.quick_win.setChecked(profile.quick_win)
        for name, edit in self.texts.items():
            text = getattr(profile, name)
            if not edit.hasFocus() and edit.toPlainText() != text:
                edit.setPlainText(text)
        self._fill_dependencies()
        self._fill_cards()

    def _fill_dependencies(self) -> None:
        """Check the proposals this one depends on. Items are updated in place when the list
        of proposals is the same: a toggle's own item must survive the reload it causes."""
        others = self.links.others
        self.depends.blockSignals(True)
        listed = [
            self.depends.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.depends.count())
        ]
        if listed != [other_id for other_id, _title in others]:
            self.depends.clear()
            for other_id, title in others:
                item = QListWidgetItem(shown(title))
                item.setData(Qt.ItemDataRole.UserRole, other_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.depends.addItem(item)
        for row, (other_id, title) in enumerate(others):
            item = self.depends.item(row)
            item.setText(shown(title))
            checked = other_id in self.links.depends_on
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.depends.blockSignals(False)

    def _fill_cards(self) -> None:
        self.cards.clear()
        for link_id, card_id, text in self.links.cards:
            item = QListWidgetItem(shown(text).replace("\n", " "))
            item.setData(Qt.ItemDataRole.UserRole, card_id)
            item.setData(LINK_ROLE, link_id)
            self.cards.addItem(item)

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if not edit.hasFocus() and edit.text() != text:
            edit.setText(text)

    def _commit(self, field: str, value: Any) -> None:
        """Write one profile field if it changed; a refused title shows the stored one again."""
        if self.controller is None or self.proposal_id is None or self.controller.read_only:
            return
        proposal_id = self.proposal_id
        edit = self.controller.perform(
            self.tr("Steckbrief ändern"),
            lambda session: update_proposal(session, proposal_id, {field: value}),
        )
        if edit is None and field == "title" and self.profile is not None:
            self.title.setText(self.profile.title)

    def _commit_cost(self) -> None:
        text = self.cost.text().replace("€", "").strip()
        if not text:
            self._mark_cost(bad=False)
            self._commit("cost_estimate_eur", None)
            return
        value, ok = QLocale().toDouble(text)
        self._mark_cost(bad=not ok)
        if ok:
            self._commit("cost_estimate_eur", value)

    def _mark_cost(self, *, bad: bool) -> None:
        """Show that the cost field holds no amount the profile can take."""
        self.cost.setStyleSheet("background: #fde7e7" if bad else "")
        self.cost.setToolTip(
            self.tr("Bitte einen Betrag in Euro eingeben, z. B. 250.000") if bad else ""
        )

    def _dependency_toggled(self, item: QListWidgetItem) -> None:
        if self.controller is None or self.proposal_id is None:
            return
        proposal_id, other = self.proposal_id, str(item.data(Qt.ItemDataRole.UserRole))
        depends = item.checkState() == Qt.CheckState.Checked
        self.controller.perform(
            self.tr("Abhängigkeit ändern"),
            lambda session: set_dependency(session, proposal_id, other, depends),
        )

    def _unlink_card(self) -> None:
        item = self.cards.currentItem()
        if item is None or self.controller is None:
            return
        link_id = str(item.data(LINK_ROLE))
        self.controller.perform(
            self.tr("Quellkarte lösen"), lambda session: unlink_card(session, link_id)
        )
