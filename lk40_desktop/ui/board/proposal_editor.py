"""The profile (Steckbrief) of one measure: its number, fields, the field goals it serves,
the proposals it depends on and the cards it came from. Every field is written when the user
leaves it, as one undoable ``update_proposal``; a refused value is put back and the form
says why."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.edit import Edit, EditRefusedError
from lk40_desktop.operations.proposals import set_dependency, unlink_card, update_proposal
from lk40_desktop.operations.strategy import link_goal
from lk40_desktop.services.photos import Owner
from lk40_desktop.services.proposals import Profile, ProfileLinks, load_profile
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import ReadSession
from lk40_desktop.store.kinds import EntityKind
from lk40_desktop.ui.board.profile_form import ProfileForm
from lk40_desktop.ui.board.profile_inputs import AmountEdit, shown_quarter, stored_quarter
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.refusals import refusal_text
from lk40_desktop.ui.widgets.display import shown

KINDS: tuple[EntityKind, ...] = (
    "proposal",
    "proposal_idea",
    "proposal_dependency",
    "proposal_goal",
    "field_goal",
    "idea",
    "action_field",
)
"""What a profile shows: a change of any of these kinds fills the form again."""
NO_LINKS = ProfileLinks([], frozenset(), [])
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role of a source card item that holds its link id (UserRole holds the card id)."""


class ProposalEditor(QWidget):
    """The profile of one proposal; every field is written when the user leaves it."""

    card_requested = Signal(str)
    """Show this source card on its board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.proposal_id: str | None = None
        self.profile: Profile | None = None
        self.refusal: EditRefusedError | None = None
        """Why the last edit of this form was refused (None: it was not)."""
        self.form = ProfileForm()
        self.photos = self.form.photos
        self.empty = QLabel(self.tr("Wählen Sie links einen Projektvorschlag."))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_area = QScrollArea()
        self.form_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.form_area.setWidgetResizable(True)
        self.form_area.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.form_area, 1)
        self._connect_fields()
        self.show_proposal(None)

    def _connect_fields(self) -> None:
        form = self.form
        form.title.editingFinished.connect(self._commit_title)
        form.lead.editingFinished.connect(lambda: self._commit("lead", form.lead.text()))
        for amount in form.amounts.values():
            amount.editingFinished.connect(lambda amount=amount: self._commit_amount(amount))
        form.start_quarter.editingFinished.connect(self._commit_quarter)
        form.horizon.activated.connect(
            lambda _row: self._commit("time_horizon", form.horizon.currentData())
        )
        form.status.activated.connect(
            lambda _row: self._commit("status", form.status.currentData())
        )
        form.quick_win.clicked.connect(lambda checked: self._commit("quick_win", bool(checked)))
        for name, edit in form.texts.items():
            edit.committed.connect(lambda text, name=name: self._commit(name, text))
        form.depends.itemChanged.connect(self._dependency_toggled)
        form.goals.itemChanged.connect(self._goal_toggled)
        form.cards.itemActivated.connect(
            lambda item: self.card_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        form.unlink.clicked.connect(self._unlink_card)

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
        self.photos.set_controller(controller)
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
        self.refusal = error

    def show_proposal(self, proposal_id: str | None) -> None:
        """Fill the form with one proposal (None: an empty, disabled form)."""
        profile = None
        if self.controller is not None and proposal_id is not None:
            with self.controller.document.reading() as session:
                profile = load_profile(session, proposal_id)
        another = profile is not None and profile.id != self.proposal_id
        self.profile = profile
        self.proposal_id = profile.id if profile is not None else None
        self.photos.set_owner(Owner("proposal", profile.id) if profile is not None else None)
        self.empty.setVisible(profile is None)
        self.form_area.setVisible(profile is not None)
        if profile is None:
            return
        if another:  # a new subject starts at its title, not where the last one was left
            self.form_area.verticalScrollBar().setValue(0)
            self._say("")
        self.form.setEnabled(self.controller is not None and not self.controller.read_only)
        self._fill(profile)

    def _fill(self, profile: Profile) -> None:
        form = self.form
        form.number.setText(
            self.tr("Maßnahme {number}").format(number=profile.number)
            if profile.number
            else self.tr("Maßnahme ohne Nummer")
        )
        self._set_text(form.title, profile.title)
        self._set_text(form.lead, profile.lead)
        self._set_text(form.start_quarter, shown_quarter(profile.start_quarter))
        for name, amount in form.amounts.items():
            amount.show_value(getattr(profile, name))
        form.horizon.setCurrentIndex(max(0, form.horizon.findData(profile.time_horizon)))
        form.status.setCurrentIndex(max(0, form.status.findData(profile.status)))
        form.quick_win.setChecked(profile.quick_win)
        for name, edit in form.texts.items():
            edit.show_text(getattr(profile, name))
        links = profile.links
        _fill_checks(
            form.depends,
            [(other, title, other in links.depends_on) for other, title in links.others],
        )
        _fill_checks(form.goals, links.goals)
        form.goals.setVisible(bool(links.goals))
        form.no_goals.setVisible(not links.goals)
        self._fill_cards()

    def _fill_cards(self) -> None:
        self.form.cards.clear()
        for link_id, card_id, text in self.links.cards:
            item = QListWidgetItem(shown(text).replace("\n", " "))
            item.setData(Qt.ItemDataRole.UserRole, card_id)
            item.setData(LINK_ROLE, link_id)
            self.form.cards.addItem(item)

    @staticmethod
    def _set_text(edit: Any, text: str) -> None:
        if not edit.hasFocus() and edit.text() != text:
            edit.setText(text)

    def _say(self, text: str) -> None:
        """Show (or with "" hide) why the form did not take what was typed."""
        self.form.message.setText(text)
        self.form.message.setVisible(bool(text))

    def _perform(self, text: str, build: Callable[[ReadSession], Edit]) -> bool:
        """Perform one edit of the shown proposal; False (and the reason shown) if refused."""
        if self.controller is None or self.proposal_id is None or self.controller.read_only:
            return False
        self.refusal = None
        self.controller.perform(text, build)
        refused, self.refusal = self.refusal, None
        self._say(refusal_text(refused) if refused is not None else "")
        return refused is None

    def _commit(self, field: str, value: Any) -> bool:
        """Write one profile field if it changed; False if the rules refused the value."""
        proposal_id = self.proposal_id or ""
        return self._perform(
            self.tr("Steckbrief ändern"),
            lambda session: update_proposal(session, proposal_id, {field: value}),
        )

    def _commit_title(self) -> None:
        if not self._commit("title", self.form.title.text()) and self.profile is not None:
            self.form.title.setText(self.profile.title)

    def _commit_amount(self, amount: AmountEdit) -> None:
        """Write a typed amount; text that is no number is marked, a refused amount (a
        negative one) is replaced by the stored one."""
        value, ok = amount.value()
        if not ok:
            hint = (
                self.tr("Bitte eine Zahl eingeben, z. B. 1,5")
                if amount.decimals
                else self.tr("Bitte einen Betrag in Euro eingeben, z. B. 250.000")
            )
            amount.mark(hint)
            self._say(hint)
            return
        amount.mark("")
        if not self._commit(amount.field, value) and self.profile is not None:
            amount.show_value(getattr(self.profile, amount.field), force=True)

    def _commit_quarter(self) -> None:
        edit = self.form.start_quarter
        if not self._commit("start_quarter", stored_quarter(edit.text())) and self.profile:
            edit.setText(shown_quarter(self.profile.start_quarter))

    def _dependency_toggled(self, item: QListWidgetItem) -> None:
        proposal_id, other = self.proposal_id or "", str(item.data(Qt.ItemDataRole.UserRole))
        depends = item.checkState() == Qt.CheckState.Checked
        self._perform(
            self.tr("Abhängigkeit ändern"),
            lambda session: set_dependency(session, proposal_id, other, depends),
        )

    def _goal_toggled(self, item: QListWidgetItem) -> None:
        proposal_id, goal = self.proposal_id or "", str(item.data(Qt.ItemDataRole.UserRole))
        linked = item.checkState() == Qt.CheckState.Checked
        self._perform(
            self.tr("Ziel verknüpfen") if linked else self.tr("Zielverknüpfung lösen"),
            lambda session: link_goal(session, proposal_id, goal, linked),
        )

    def _unlink_card(self) -> None:
        item = self.form.cards.currentItem()
        if item is None:
            return
        link_id = str(item.data(LINK_ROLE))
        self._perform(self.tr("Quellkarte lösen"), lambda session: unlink_card(session, link_id))


def _fill_checks(view: QListWidget, entries: Sequence[tuple[str, str, bool]]) -> None:
    """Show (id, text, checked) entries as check boxes. Items are updated in place when the
    ids are the same: a toggle's own item (and the keyboard's place) must survive the
    reload it causes."""
    view.blockSignals(True)
    listed = [view.item(row).data(Qt.ItemDataRole.UserRole) for row in range(view.count())]
    if listed != [key for key, _text, _checked in entries]:
        view.clear()
        for key, _text, _checked in entries:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            view.addItem(item)
    for row, (_key, text, checked) in enumerate(entries):
        item = view.item(row)
        item.setText(shown(text).replace("\n", " "))
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    view.blockSignals(False)
