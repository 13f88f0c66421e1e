"""The idea-board page: a board per action field (or all of them), quick capture, search and
filter, dot voting, a list of the same cards, and the project proposals.

The page wires its parts — the field list, the filter bar, the tool row, the voting bar, the
canvas, the card list, the clipboard, the presentation and the proposals, each in a module of
its own — and maps every gesture to one named operation of ``operations.board``. The scene and
the list only show the board's data and report what the user did.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from lk40_desktop.operations import board as ops
from lk40_desktop.services.board.data import CardRow
from lk40_desktop.services.board.layout import capture_lines
from lk40_desktop.services.photos import Owner
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.board import clipboard
from lk40_desktop.ui.board.canvas_edits import CanvasEdits
from lk40_desktop.ui.board.capture import CaptureLine
from lk40_desktop.ui.board.card_list import CardListModel, CardListView
from lk40_desktop.ui.board.clipboard import CardValues
from lk40_desktop.ui.board.field_list import FieldList
from lk40_desktop.ui.board.filter_bar import FilterBar
from lk40_desktop.ui.board.menu import BoardMenu
from lk40_desktop.ui.board.picture import save_board_picture
from lk40_desktop.ui.board.presentation import PresentationWindow
from lk40_desktop.ui.board.proposals import ProposalPanel
from lk40_desktop.ui.board.round_bar import RoundBar
from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.board.sheets import print_board_sheets
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.board.tally import TallyFlow
from lk40_desktop.ui.board.tools import BoardTools, Slot
from lk40_desktop.ui.board.view import BoardView
from lk40_desktop.ui.board.voting_bar import VotingBar
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.photo_strip import PhotoStrip
from lk40_desktop.ui.widgets.project_page import ProjectPage
from lk40_desktop.ui.widgets.table_layout import FrozenColumns
from lk40_desktop.ui.widgets.timer import WorkshopTimer


class BoardPage(ProjectPage):
    """Idea boards, card list and proposals of the open project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.source = BoardSource(self)
        self.scene = BoardScene(self)
        self.view = BoardView(self.scene)
        self.fields = FieldList()
        self.capture = CaptureLine()
        self.capture.setAccessibleName(self.tr("Neue Karte"))
        self.filter_bar = FilterBar()
        self.voting_bar = VotingBar(self.source)
        self.round_bar = RoundBar(self.source)
        self.tally = TallyFlow(self.source, self.scene, self.view, self.voting_bar)
        self.edits = CanvasEdits(self.source, self.view, self)
        self.tools = BoardTools(self, self.view, self._tool_slots())
        self.actions_by_name = self.tools.actions_by_name
        self.list_model = CardListModel(self.source, self)
        self.list_view = CardListView(self.list_model)
        self.list_frozen = FrozenColumns(self.list_view)  # the card's text stays in view
        self.proposals = ProposalPanel()
        self.photos = PhotoStrip(
            self.tr("Fotos gehören zum Board eines Handlungsfelds: links eines wählen.")
        )
        self.presentation: PresentationWindow | None = None
        self.board = QWidget()
        self.tabs = QTabWidget()
        self._lay_out()
        self._fitted_field: object = object()
        self._loaded = True
        self._connect()
        self._update_state()

    def _tool_slots(self) -> dict[str, Slot]:
        return {
            "capture": self.focus_capture,
            "cluster": self.make_cluster,
            "tidy": lambda: self.edits.tidy(self.selected_ids()),
            "align_left": lambda: self.edits.align(self.selected_ids(), "x"),
            "align_top": lambda: self.edits.align(self.selected_ids(), "y"),
            "sort": self.edits.sort_by_votes,
            "promote": self.promote,
            "voting": self.set_voting,
            "fit": self.view.fit,
            "actual": lambda: self.view.set_zoom(1.0),
            "present": self.present,
            "image": self.export_image,
            "print": lambda: print_board_sheets(self),
            "copy": self.copy_cards,
            "paste": self.paste_cards,
        }

    def _lay_out(self) -> None:
        """The field list left; right of it capture, filters and the tabs (board with its
        tool row and voting bar, list, proposals)."""
        board_layout = QVBoxLayout(self.board)
        board_layout.setContentsMargins(0, 4, 0, 0)
        board_layout.addWidget(self.tools)
        board_layout.addWidget(self.round_bar)
        board_layout.addWidget(self.voting_bar)
        board_layout.addWidget(self.view, 1)
        self.tabs.addTab(self.board, self.tr("B&oard"))
        self.tabs.addTab(self.list_view, self.tr("&Liste"))
        self.tabs.addTab(self.proposals, self.tr("&Projektvorschläge"))
        self.tabs.addTab(self.photos, self.tr("Fotos"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.capture, self.filter_bar):
            right_layout.addWidget(widget)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.fields)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        heading = QLabel(self.tr("Ideenboards"))
        heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.fields.chosen.connect(self._field_chosen)
        self.capture.returnPressed.connect(self.capture_card)
        self.capture.lines_pasted.connect(self.capture_lines)
        self.filter_bar.changed.connect(self._filter_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.list_view.doubleClicked.connect(self._list_activated)
        self.proposals.editor.card_requested.connect(self.show_card)
        self.source.updated.connect(self._data_updated)
        self.scene.vote_requested.connect(self.voting_bar.vote)
        self.view.vote_key.connect(self._vote_selected)
        self.view.delete_requested.connect(self.delete_selection)
        self.view.menu_requested.connect(self._context_menu)

    # -- document and data --------------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the boards of another document (or none); a large project's cards are read
        when the page is first shown, not when the file is opened."""
        if self.controller is not None:
            self.controller.refused.disconnect(self.voting_bar.show_refusal)
        if controller is not None:
            controller.refused.connect(self.voting_bar.show_refusal)
        self.controller = controller
        self.scene.clear_items()
        self._fitted_field = object()
        if self.isVisible() or controller is None:
            self._load()
        else:
            self._loaded = False

    def _load(self) -> None:
        """Read the boards; the source opens on the first action field, and the proposal
        list follows it."""
        self._loaded = True
        self.photos.set_controller(self.controller)  # first: the source's update sets its board
        self.source.set_controller(self.controller)
        self.proposals.set_controller(self.controller, self.field_id)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._load()
        super().showEvent(event)

    @property
    def field_id(self) -> str | None:
        """The action field whose board is shown (None: all fields)."""
        return self.source.field_id

    def _data_updated(self, _changes: ChangeSet) -> None:
        data = self.source.data
        self.fields.fill(data, self.field_id)
        self.photos.set_owner(Owner("board", self.field_id) if self.field_id else None)
        touched = self.source.touched
        if touched is None or self.filter_bar.outdated(self._cards(list(touched[0]))):
            self.filter_bar.fill(data)
            self.voting_bar.fill_voters()
        self._update_state()  # first: cards are then created movable or not, not changed after
        self.scene.sync(data, self.field_id, touched)
        if self.filter_bar.card_filter() != self.scene.card_filter:
            self._filter_changed()  # a chosen tag or author group left the refilled lists
        self.round_bar.show_round()
        self.voting_bar.show_mode()
        if self._fitted_field != self.field_id:
            self._fitted_field = self.field_id
            self.view.fit()

    def _tab_changed(self, index: int) -> None:
        """The list reads cards only while shown; the card filters do not apply to proposals."""
        tab = self.tabs.widget(index)
        self.list_model.set_active(tab is self.list_view)
        self.filter_bar.setEnabled(tab is not self.proposals)

    def _field_chosen(self, field_id: str | None) -> None:
        if field_id != self.field_id:
            self.source.set_field(field_id)
            self.proposals.set_field(field_id)

    def show_field(self, field_id: str | None) -> None:
        """Switch to one action field's board (None: all fields)."""
        self.fields.show_field(field_id)

    def _filter_changed(self) -> None:
        card_filter = self.filter_bar.card_filter()
        self.scene.apply_filter(card_filter)
        self.list_model.set_filter(card_filter)

    def _update_state(self) -> None:
        writable = self.source.writable
        in_field = self.field_id is not None
        self.capture.setEnabled(writable and in_field)
        self.capture.setPlaceholderText(
            self.tr("Neue Karte: Text eingeben und Enter (Strg+K); mehrere Zeilen einfügen")
            if in_field
            else self.tr("Zum Erfassen links ein Handlungsfeld wählen")
        )
        self.tools.set_writable(writable, in_field)
        self.scene.set_movable(writable and not self.scene.voting)
        self.voting_bar.show_count()

    def _cards(self, ids: Sequence[str]) -> list[CardRow]:
        by_id = {card.id: card for card in self.source.data.cards}
        return [by_id[i] for i in ids if i in by_id]

    def _on_board(self) -> bool:
        """Whether the canvas tab (not the list or the proposals) is shown."""
        return self.tabs.currentWidget() is self.board

    def selected_ids(self) -> list[str]:
        """The selected cards: the list's rows while it is shown, else the canvas's cards."""
        if self.tabs.currentWidget() is self.list_view:
            return self.list_view.selected_ids()
        return self.scene.selected_card_ids()

    def _selected_clusters(self) -> list[str]:
        return self.scene.selected_cluster_ids() if self._on_board() else []

    # -- capture and clipboard ----------------------------------------------------------------

    def focus_capture(self) -> None:
        """Ctrl+K: type the next card."""
        self.tabs.setCurrentWidget(self.board)
        self.capture.setFocus()
        self.capture.selectAll()

    def capture_card(self) -> None:
        """Enter in the capture line: a card at the next free spot."""
        lines = capture_lines(self.capture.text())
        if self.field_id is not None and lines and self.source.writable:
            self.capture.clear()
            self.capture_lines(lines)

    def capture_lines(self, lines: list[str]) -> None:
        """One card per line, at the next free spots, selected and scrolled into view."""
        if self.field_id is None or not self.source.writable:
            return
        ids = self._add_cards([{"text": line} for line in lines], self.tr("Karte erfassen"))
        self.scene.select_cards(ids)
        if ids and ids[-1] in self.scene.cards:
            self.view.ensureVisible(self.scene.cards[ids[-1]], 40, 40)

    def _add_cards(self, cards: Sequence[CardValues], text: str) -> list[str]:
        """Cards in the shown field's inbox, filed under the filter's workshop; their ids."""
        field_id, workshop = self.field_id, self.filter_bar.workshop_id()
        if field_id is None:
            return []
        edit = self.source.perform(
            text, lambda session: ops.capture_cards(session, field_id, cards, workshop)
        )
        return edit.created if edit else []

    def paste_cards(self) -> None:
        """Ctrl+V: copied cards, or one card per line of pasted text."""
        if self.field_id is None or not self.source.writable:
            return
        cards = clipboard.pasted_cards()
        if cards:
            self.scene.select_cards(self._add_cards(cards, self.tr("Karten einfügen")))

    def copy_cards(self) -> None:
        """Ctrl+C: the selected cards, for this app and as plain text for others."""
        cards = self._cards(self.selected_ids())
        if cards:
            clipboard.copy_cards(cards)

    # -- editing ------------------------------------------------------------------------------

    def delete_selection(self) -> None:
        """Delete the selected cards; deleting a frame keeps its cards on the board. Cards
        with dots of closed rounds are deleted only when the user agrees (the rounds keep
        those dots as their history)."""
        cards, clusters = self.selected_ids(), self._selected_clusters()
        if not self.edits.may_delete(cards):
            return
        text = (
            self.tr("{count} Karte(n) gelöscht").format(count=len(cards))
            if not clusters
            else self.tr("{count} Cluster und {cards} Karte(n) gelöscht").format(
                count=len(clusters), cards=len(cards)
            )
        )
        self.source.perform(text, lambda session: ops.delete_cards(session, cards, clusters))

    def make_cluster(self) -> None:
        """Ctrl+G: a named frame around the selected cards."""
        self.edits.make_cluster(self.selected_ids())

    def set_color(self, color: str) -> None:
        """Give the selected cards another colour."""
        cards = self.selected_ids()
        self.source.perform(
            self.tr("Kartenfarbe ändern"),
            lambda session: ops.set_card_color(session, cards, color),
        )

    def move_to_field(self, field_id: str) -> None:
        """Move the selected cards to another action field's board (its inbox)."""
        cards = [c.id for c in self._cards(self.selected_ids()) if c.field_id != field_id]
        field = self.source.data.field(field_id)
        text = self.tr("{count} Karten nach „{field}“ verschieben").format(
            count=len(cards), field=field.name if field else ""
        )
        self.source.perform(text, lambda session: ops.move_cards_to_field(session, cards, field_id))

    # -- dot voting ---------------------------------------------------------------------------

    def set_voting(self, on: bool) -> None:
        """Voting mode: a click gives the current voter's dot, right click takes it back."""
        self.scene.voting = on
        self.actions_by_name["voting"].setChecked(on)
        self.voting_bar.setVisible(on)
        self.round_bar.setVisible(on)
        if not on:
            self.voting_bar.tally_button.setChecked(False)
        self._update_state()

    def _vote_selected(self, delta: int) -> None:
        for card_id in self.scene.selected_card_ids()[:1]:
            self.voting_bar.vote(card_id, delta)

    # -- proposals ----------------------------------------------------------------------------

    def promote(self) -> None:
        """Make a project proposal of the selected cards or cluster, linked to its cards."""
        cluster_ids = self._selected_clusters()
        card_ids = self.selected_ids()
        if (cluster_ids or card_ids) and self.proposals.promote(
            card_ids, cluster_ids[0] if cluster_ids else None
        ):
            self.tabs.setCurrentWidget(self.proposals)

    def show_card(self, card_id: str) -> None:
        """Show a card on its board (from a proposal's source cards or the list)."""
        cards = self._cards([card_id])
        if not cards:  # on another field's board: look for it on all of them
            self.show_field(None)
            cards = self._cards([card_id])
        if not cards:
            return
        if self.field_id not in (None, cards[0].field_id):
            self.show_field(cards[0].field_id)
        self.tabs.setCurrentWidget(self.board)
        self.scene.select_cards([card_id])
        if card_id in self.scene.cards:
            self.view.centerOn(self.scene.cards[card_id])

    def show_proposal(self, *proposal_ids: str) -> bool:
        """Show the first of these proposals that exists in its profile; whether one did."""
        if self.proposals.reveal(proposal_ids):
            self.tabs.setCurrentWidget(self.proposals)
            return True
        return False

    def reveal(self, changes: ChangeSet) -> None:
        """Show what an undo or redo changed: its proposal, or its cards and frames (on their
        field's board, selected and in view)."""
        if self.show_proposal(*changes.ids("proposal")):
            return
        voted = changes.ids("vote")
        cards = changes.ids("idea") | {v.idea_id for v in self.source.data.votes if v.id in voted}
        frames = changes.ids("cluster")
        field_id = self.source.field_of(cards, frames)
        if field_id is None:
            return
        if self.field_id not in (None, field_id):
            self.show_field(field_id)
        self.tabs.setCurrentWidget(self.board)
        self.scene.select_cards([card for card in cards if card in self.scene.cards])
        chosen = [self.scene.clusters[i] for i in frames if i in self.scene.clusters]
        for frame in chosen:
            frame.setSelected(True)
        shown = self.scene.selectedItems()
        if shown:
            self.view.ensureVisible(shown[0], 40, 40)
            self.view.setFocus()

    def _list_activated(self) -> None:
        card_id = self.list_view.current_card()  # a cell to edit opens its editor instead
        if card_id is not None:
            self.show_card(card_id)

    # -- menu, presentation, picture ----------------------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        BoardMenu(self).exec(position)

    def present(self) -> None:
        """F5: the board full screen with large cards for the projector; Esc returns."""
        if self.presentation is not None:
            return
        timer = self.window().findChild(WorkshopTimer)  # the main window's, if it has one
        self.presentation = PresentationWindow(
            self.scene,
            self.tr("Präsentation – Bild ab/auf: Cluster groß · Pos1: ganzes Board · Esc beendet"),
            timer,
        )
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.present_beside(self.window())

    def _presentation_closed(self) -> None:
        self.presentation = None

    def export_image(self) -> None:
        """Save the shown board (with the current filter) as PNG or SVG."""
        field = self.source.data.field(self.field_id)
        if self.controller is not None and field is not None:
            save_board_picture(
                self,
                self.controller.document,
                self.source.data,
                field.id,
                self.filter_bar.card_filter(),
            )
