"""The idea-board page: a board per action field (or all of them), quick capture, search and
filter, dot voting, a list of the same cards, and the project proposals.

Every edit is an undo command built from the generic steps; the scene and the list only
show the board's data and report what the user did.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.edit import Step
from lk40_desktop.services.board.data import CARD_COLORS, DOTS_KEY, CardRow, load_board
from lk40_desktop.services.board.filters import CardFilter, author_groups_of, tags_of
from lk40_desktop.services.board.layout import (
    capture_lines,
    fit_frame,
    frame_around,
    free_spots,
    grid_columns,
    tidy,
    tidy_cluster,
)
from lk40_desktop.services.board.voting import (
    VoteRefusedError,
    dots_used,
    sorted_by_votes,
    vote_change,
)
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.models import new_id
from lk40_desktop.ui.board.capture import CaptureLine
from lk40_desktop.ui.board.card_list import EDITABLE, ID_ROLE, TEXT, VOTES, CardListModel
from lk40_desktop.ui.board.inline_editor import InlineEditor
from lk40_desktop.ui.board.items import CardLook
from lk40_desktop.ui.board.presentation import PresentationWindow
from lk40_desktop.ui.board.proposals import ProposalPanel
from lk40_desktop.ui.board.scene import BoardScene
from lk40_desktop.ui.board.source import BoardSource
from lk40_desktop.ui.board.view import BoardView
from lk40_desktop.ui.commands import EditCommand, create_step, delete_step, set_step
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.image_dialog import ask_image_path
from lk40_desktop.ui.widgets.project_page import ProjectPage

CARD_MIME = "application/x-lk40-cards"
COPIED_FIELDS = ("text", "details", "color", "author_group", "tags", "workshop_id")
ANY = ""
FIELD_LIST_WIDTH = (210, 300)
"""Bounds of the field list's width; within them it is as wide as its longest name."""


class BoardPage(ProjectPage):
    """Idea boards, card list and proposals of the open project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.source = BoardSource(self)
        self.scene = BoardScene()
        self.view = BoardView(self.scene)
        self.list_model = CardListModel(self.source, self)
        self.presentation: PresentationWindow | None = None
        self._fitted_field: object = object()
        self._loaded = True

        heading = QLabel(self.tr("Ideenboards"))
        heading.setObjectName("pageTitle")
        self.fields = QListWidget()
        self.fields.setObjectName("boardFields")
        self.fields.setMinimumWidth(FIELD_LIST_WIDTH[0])
        self.fields.setMaximumWidth(FIELD_LIST_WIDTH[1])
        self.fields.setAccessibleName(self.tr("Handlungsfelder"))
        self.fields.currentItemChanged.connect(self._field_chosen)

        self.capture = CaptureLine()
        self.capture.returnPressed.connect(self.capture_card)
        self.capture.lines_pasted.connect(self.capture_lines)
        self.capture.setAccessibleName(self.tr("Neue Karte"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.tag_filter = QComboBox()
        self.workshop_filter = QComboBox()
        self.author_filter = QComboBox()
        for combo in (self.tag_filter, self.workshop_filter, self.author_filter):
            combo.activated.connect(self._filter_changed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )  # as wide as "all …"; the open list is as wide as its longest entry
        self.min_votes = QSpinBox()
        self.min_votes.setPrefix(self.tr("ab "))
        self.min_votes.setSuffix(self.tr(" Punkten"))
        self.min_votes.setRange(0, 999)
        self.min_votes.valueChanged.connect(self._filter_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for widget in (self.tag_filter, self.workshop_filter, self.author_filter, self.min_votes):
            bar.addWidget(widget)

        self.voter = QComboBox()
        self.voter.setEditable(True)
        self.voter.setToolTip(self.tr("Wer gerade Punkte klebt (leer: ohne Limit zählen)"))
        voter_line = self.voter.lineEdit()
        if voter_line is not None:
            voter_line.setPlaceholderText(self.tr("Punkte vom Plakat"))
        self.voter.setMinimumContentsLength(22)
        self.voter.currentTextChanged.connect(lambda _text: self._update_vote_status())
        self.dots = QSpinBox()
        self.dots.setRange(1, 99)
        self.dots.setSuffix(self.tr(" Punkte je Person"))
        self.dots.editingFinished.connect(self._dots_changed)
        self.vote_status = QLabel()
        self.vote_status.setObjectName("voteStatus")
        self.voting_bar = QWidget()
        """Who is voting and with how many dots: shown only in voting mode, so the tool row
        fits a laptop screen."""
        voting_layout = QHBoxLayout(self.voting_bar)
        voting_layout.setContentsMargins(0, 0, 0, 0)
        voter_label = QLabel(self.tr("Punkte &von:"))
        voter_label.setBuddy(self.voter)
        for part in (voter_label, self.voter, self.dots, self.vote_status):
            voting_layout.addWidget(part)
        voting_layout.addStretch(1)
        self.voting_bar.hide()

        self.actions_by_name: dict[str, QAction] = {}
        tools = QHBoxLayout()
        arrange = QMenu(self)
        for name, text, shortcut, slot, checkable in (
            ("capture", self.tr("Karte erfassen"), "Ctrl+K", self.focus_capture, False),
            ("cluster", self.tr("Cluster bilden"), "Ctrl+G", self.make_cluster, False),
            ("tidy", self.tr("Aufräumen"), "Ctrl+Shift+A", self.tidy_selection, False),
            ("align_left", self.tr("Links ausrichten"), "", lambda: self.align("x"), False),
            ("align_top", self.tr("Oben ausrichten"), "", lambda: self.align("y"), False),
            ("sort", self.tr("Nach Punkten sortieren"), "", self.sort_by_votes, False),
            ("promote", self.tr("Zum Projektvorschlag"), "Ctrl+Shift+V", self.promote, False),
            ("voting", self.tr("Punktabfrage"), "Ctrl+Shift+P", self.set_voting, True),
            ("fit", self.tr("Einpassen"), "Ctrl+0", self.view.fit, False),
            (
                "actual",
                self.tr("100 %"),
                "",
                lambda: self.view.set_zoom(1.0),
                False,
            ),  # Ctrl+1…5 switch pages
            ("present", self.tr("Präsentation"), "F5", self.present, False),
            ("image", self.tr("Bild…"), "", self.export_image, False),
        ):
            action = QAction(text, self)
            action.setCheckable(checkable)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action
            if name in ("tidy", "align_left", "align_top", "sort"):
                arrange.addAction(action)
            elif name != "capture":
                button = QToolButton()
                button.setDefaultAction(action)
                tools.addWidget(button)
            if name == "cluster":
                arranging = QToolButton()
                arranging.setText(self.tr("Anordnen"))
                arranging.setMenu(arrange)
                arranging.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                tools.addWidget(arranging)
            if name == "voting":
                tools.addStretch(1)
        for name, text, standard, slot in (
            ("copy", self.tr("Kopieren"), QKeySequence.StandardKey.Copy, self.copy_cards),
            ("paste", self.tr("Einfügen"), QKeySequence.StandardKey.Paste, self.paste_cards),
        ):
            action = QAction(text, self.view)
            action.setShortcut(QKeySequence(standard))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
            self.actions_by_name[name] = action
        self.board = QWidget()
        board_layout = QVBoxLayout(self.board)
        board_layout.setContentsMargins(0, 4, 0, 0)
        board_layout.addLayout(tools)
        board_layout.addWidget(self.voting_bar)
        board_layout.addWidget(self.view, 1)

        self.list_view = QTableView()
        self.list_view.setObjectName("cardList")
        self.list_view.setAccessibleName(self.tr("Karten als Liste"))
        self.list_view.setModel(self.list_model)
        self.list_view.setSortingEnabled(True)
        self.list_view.sortByColumn(VOTES, Qt.SortOrder.DescendingOrder)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(False)
        for column, width in enumerate((320, 220, 60, 160, 150, 120, 160, 140)):
            self.list_view.setColumnWidth(column, width)
        self.list_view.doubleClicked.connect(self._list_activated)

        self.proposals = ProposalPanel()
        self.proposals.editor.card_requested.connect(self.show_card)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.board, self.tr("&Board"))
        self.tabs.addTab(self.list_view, self.tr("&Liste"))
        self.tabs.addTab(self.proposals, self.tr("&Projektvorschläge"))
        self.tabs.currentChanged.connect(self._tab_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.fields)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.capture)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.tabs, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)

        self.editor = InlineEditor(self.view)
        self.source.updated.connect(self._data_updated)
        self.scene.edited.connect(self._geometry_edited)
        self.scene.vote_requested.connect(self.vote)
        self.scene.edit_requested.connect(self.edit_card)
        self.view.vote_key.connect(self._vote_selected)
        self.view.delete_requested.connect(self.delete_selection)
        self.view.edit_requested.connect(self.edit_selection)
        self.view.menu_requested.connect(self._context_menu)
        self._update_state()

    # -- document and data --------------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the boards of another document (or none); a large project's cards are read
        when the page is first shown, not when the file is opened."""
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
        self._fill_fields()
        if self.source.touched is None or self._filters_outdated(self.source.touched[0]):
            self._fill_filters()
        self._update_state()  # first: cards are then created movable or not, not changed after
        self.scene.sync(data, self.field_id, self.source.touched)
        if self._card_filter() != self.scene.card_filter:
            self._filter_changed()  # a chosen tag or author group left the refilled lists
        self.dots.setValue(data.dots_per_voter)
        if self._fitted_field != self.field_id:
            self._fitted_field = self.field_id
            self.view.fit()

    def _fill_fields(self) -> None:
        data = self.source.data
        self.fields.blockSignals(True)
        self.fields.clear()
        total = sum(f.cards for f in data.fields)
        overview = QListWidgetItem(self.tr("Alle Handlungsfelder ({count})").format(count=total))
        overview.setData(Qt.ItemDataRole.UserRole, None)
        self.fields.addItem(overview)
        for field in data.fields:
            if field.archived and not field.cards:
                continue
            label = f"{field.name} ({field.cards})"
            item = QListWidgetItem(_swatch(field.color), label)
            item.setData(Qt.ItemDataRole.UserRole, field.id)
            item.setToolTip(self.tr("{count} Karten").format(count=field.cards))
            self.fields.addItem(item)
            if field.id == self.field_id:
                self.fields.setCurrentItem(item)
        if self.field_id is None:
            self.fields.setCurrentItem(overview)
        self.fields.blockSignals(False)
        width = _entries_width(self.fields) + 2 * self.fields.frameWidth()
        self.fields.setMinimumWidth(min(FIELD_LIST_WIDTH[1], max(FIELD_LIST_WIDTH[0], width)))

    def _filters_outdated(self, card_ids: set[str]) -> bool:
        """Whether edited cards bring a tag or author group the filter lists lack."""
        known_tags = {self.tag_filter.itemData(i) for i in range(self.tag_filter.count())}
        known_authors = {self.author_filter.itemData(i) for i in range(self.author_filter.count())}
        return any(
            not set(card.tag_list()) <= known_tags
            or (card.author_group and card.author_group not in known_authors)
            for card in self._cards(list(card_ids))
        )

    def _fill_filters(self) -> None:
        data = self.source.data
        for combo, everything, entries in (
            (
                self.tag_filter,
                self.tr("Alle Schlagworte"),
                [(t, t) for t in tags_of(data.cards)],
            ),
            (self.workshop_filter, self.tr("Alle Workshops"), data.workshops),
            (
                self.author_filter,
                self.tr("Alle Autorengruppen"),
                [(a, a) for a in author_groups_of(data.cards)],
            ),
        ):
            chosen = combo.currentData()
            metrics = combo.fontMetrics()  # Qt counts the length in widths of an "X"
            x_widths = metrics.horizontalAdvance(everything) / metrics.horizontalAdvance("X")
            combo.setMinimumContentsLength(math.ceil(x_widths))
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ANY)
            for value, label in entries:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            combo.view().setMinimumWidth(_entries_width(combo.view()))
        voter = self.voter.currentText()
        self.voter.blockSignals(True)
        self.voter.clear()
        self.voter.addItems(["", *data.voters()])
        self.voter.setCurrentText(voter)
        self.voter.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        """The list reads cards only while shown; the card filters do not apply to proposals."""
        tab = self.tabs.widget(index)
        self.list_model.set_active(tab is self.list_view)
        filters = (
            self.search,
            self.tag_filter,
            self.workshop_filter,
            self.author_filter,
            self.min_votes,
        )
        for widget in filters:
            widget.setEnabled(tab is not self.proposals)

    def _field_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        field_id = item.data(Qt.ItemDataRole.UserRole)
        if field_id != self.field_id:
            self.source.set_field(field_id)
            self.proposals.set_field(field_id)

    def show_field(self, field_id: str | None) -> None:
        """Switch to one action field's board (None: all fields)."""
        for row in range(self.fields.count()):
            if self.fields.item(row).data(Qt.ItemDataRole.UserRole) == field_id:
                self.fields.setCurrentRow(row)
                return

    def _card_filter(self) -> CardFilter:
        return CardFilter(
            text=self.search.text().strip(),
            tag=self.tag_filter.currentData() or ANY,
            workshop_id=self.workshop_filter.currentData() or ANY,
            author_group=self.author_filter.currentData() or ANY,
            min_votes=self.min_votes.value(),
        )

    def _filter_changed(self) -> None:
        card_filter = self._card_filter()
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
        for name in ("cluster", "tidy", "align_left", "align_top", "voting", "sort", "promote"):
            self.actions_by_name[name].setEnabled(writable)
        self.actions_by_name["image"].setEnabled(in_field)  # fields overlap without lanes
        self.scene.set_movable(writable and not self.scene.voting)
        self.dots.setEnabled(writable)
        self._update_vote_status()

    # -- small helpers ------------------------------------------------------------------------

    def _push(self, text: str, steps: Sequence[Step]) -> bool:
        if self.controller is None or not steps:
            return False
        self.controller.push(EditCommand(self.controller, text, steps))
        return True

    def _cards(self, ids: Sequence[str]) -> list[CardRow]:
        by_id = {card.id: card for card in self.source.data.cards}
        return [by_id[i] for i in ids if i in by_id]

    def _on_board(self) -> bool:
        """Whether the canvas tab (not the list or the proposals) is shown."""
        return self.tabs.currentWidget() is self.board

    def _selected_cards(self) -> list[CardRow]:
        if self.tabs.currentWidget() is self.list_view:
            rows = {i.row() for i in self.list_view.selectionModel().selectedRows()}
            ids = [self.list_model.index(r, TEXT).data(ID_ROLE) for r in sorted(rows)]
            return self._cards(ids)
        return self._cards(self.scene.selected_card_ids())

    def _set(self, kind: str, values: dict[str, dict[str, Any]]) -> Step:
        assert self.controller is not None
        return set_step(self.controller, kind, values)

    # -- capture ------------------------------------------------------------------------------

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
        ids = self.add_cards([{"text": line} for line in lines], self.tr("Karte erfassen"))
        self.scene.select_cards(ids)
        if ids and ids[-1] in self.scene.cards:
            self.view.ensureVisible(self.scene.cards[ids[-1]], 40, 40)

    def add_cards(self, cards: Sequence[dict[str, Any]], text: str) -> list[str]:
        """Create cards in the current field at free spots; returns their ids."""
        field_id = self.field_id
        if field_id is None:
            return []
        data = self.source.data
        spots = free_spots(data.cards, data.clusters, len(cards))
        workshop = self.workshop_filter.currentData() or None
        rows = {
            new_id(): {
                "workshop_id": workshop,
                **values,
                "action_field_id": field_id,
                "x": x,
                "y": y,
                "cluster_id": None,
            }
            for values, (x, y) in zip(cards, spots, strict=True)
        }
        self._push(text, [create_step("idea", rows)])
        return list(rows)

    def paste_cards(self) -> None:
        """Ctrl+V: copied cards, or one card per line of pasted text."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or self.field_id is None or not self.source.writable:
            return
        if mime.hasFormat(CARD_MIME):
            try:
                cards = json.loads(bytes(mime.data(CARD_MIME).data()).decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                cards = []
            cards = [
                {key: str(c[key]) if c.get(key) is not None else None for key in COPIED_FIELDS}
                for c in cards
                if isinstance(c, dict) and c.get("text")
            ]
            workshops = {w for w, _ in self.source.data.workshops}
            for card in cards:
                if card["workshop_id"] not in workshops:
                    card["workshop_id"] = None
        else:
            cards = [{"text": line} for line in capture_lines(mime.text())]
        if cards:
            self.scene.select_cards(self.add_cards(cards, self.tr("Karten einfügen")))

    def copy_cards(self) -> None:
        """Ctrl+C: the selected cards, for this app and as plain text for others."""
        cards = self._selected_cards()
        if not cards:
            return
        mime = QMimeData()
        payload = [{key: getattr(c, key) for key in COPIED_FIELDS} for c in cards]
        mime.setData(CARD_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        mime.setText("\n".join(c.text for c in cards))
        QGuiApplication.clipboard().setMimeData(mime)

    # -- editing ------------------------------------------------------------------------------

    def _geometry_edited(
        self, cards: dict[str, dict[str, Any]], clusters: dict[str, dict[str, Any]]
    ) -> None:
        steps = []
        if clusters:
            steps.append(self._set("cluster", clusters))
        if cards:
            steps.append(self._set("idea", cards))
        moved = len(cards) + len(clusters)
        if not self._push(self.tr("{count} verschoben").format(count=moved), steps):
            self.scene.sync(self.source.data, self.field_id)

    def edit_selection(self) -> None:
        """F2 / Enter: edit the selected card, or rename the selected cluster."""
        cards = self.scene.selected_card_ids()
        if cards:
            self.edit_card(cards[0])
            return
        clusters = self.scene.selected_cluster_ids()
        if clusters:
            self.rename_cluster(clusters[0])

    def edit_card(self, card_id: str) -> None:
        """Edit a card's text in place (first line the title, further lines the details)."""
        item = self.scene.cards.get(card_id)
        if item is None or not self.source.writable:
            return
        row = item.row
        text = row.text + (f"\n{row.details}" if row.details else "")

        def commit(new_text: str) -> None:
            title, _, details = new_text.partition("\n")
            if not title.strip():
                return  # an empty card text is refused; the old text stays
            values = {"text": title, "details": details}
            if (title, details) != (row.text, row.details):
                self._push(self.tr("Karte bearbeiten"), [self._set("idea", {card_id: values})])

        self.editor.edit(
            self.view.mapFromScene(item.sceneBoundingRect()).boundingRect(),
            text,
            commit,
            multi_line=True,
        )

    def rename_cluster(self, cluster_id: str) -> None:
        """Rename a cluster in place."""
        item = self.scene.clusters.get(cluster_id)
        if item is None or not self.source.writable:
            return
        head = QRectF(item.scenePos(), item.size())
        head.setHeight(40)

        def commit(name: str) -> None:
            if name != item.row.name:
                values = {cluster_id: {"name": name}}
                self._push(self.tr("Cluster umbenennen"), [self._set("cluster", values)])

        self.editor.edit(
            self.view.mapFromScene(head).boundingRect(), item.row.name, commit, multi_line=False
        )

    def delete_selection(self) -> None:
        """Delete the selected cards; deleting a frame keeps its cards on the board."""
        if not self.source.writable:
            return
        cards = [c.id for c in self._selected_cards()]
        clusters = self.scene.selected_cluster_ids() if self._on_board() else []
        steps = []
        if cards:
            steps.append(delete_step("idea", cards))
        if clusters:
            members = {
                c.id: {"cluster_id": None}
                for c in self.source.data.cards
                if c.cluster_id in clusters and c.id not in cards
            }
            if members:
                steps.append(self._set("idea", members))
            steps.append(delete_step("cluster", clusters))
        count = len(cards) + len(clusters)
        self._push(self.tr("{count} gelöscht").format(count=count), steps)

    def set_color(self, color: str) -> None:
        """Give the selected cards another colour."""
        cards = self._selected_cards()
        if cards:
            values = {c.id: {"color": color} for c in cards}
            self._push(self.tr("Kartenfarbe ändern"), [self._set("idea", values)])

    def make_cluster(self) -> None:
        """Ctrl+G: a named frame around the selected cards, which it then carries."""
        cards = self._selected_cards()
        fields = {c.field_id for c in cards}
        if not cards or len(fields) != 1:
            return
        x, y, width, height = frame_around(cards)
        cluster_id = new_id()
        number = 1 + sum(1 for c in self.source.data.clusters if c.field_id in fields)
        name = self.tr("Cluster {number}").format(number=number)
        steps = [
            create_step(
                "cluster",
                {
                    cluster_id: {
                        "action_field_id": fields.pop(),
                        "name": name,
                        "x": x,
                        "y": y,
                        "width": width,
                        "height": height,
                    }
                },
            ),
            self._set("idea", {c.id: {"cluster_id": cluster_id} for c in cards}),
        ]
        if self._push(self.tr("Cluster bilden"), steps):
            self.scene.clearSelection()
            if cluster_id in self.scene.clusters:
                self.scene.clusters[cluster_id].setSelected(True)
                self.rename_cluster(cluster_id)

    def tidy_selection(self) -> None:
        """Lay the selected clusters' cards (or the selected cards) out on a neat grid."""
        data = self.source.data
        positions: dict[str, tuple[float, float]] = {}
        frames: dict[str, dict[str, Any]] = {}
        selected = set(self.scene.selected_cluster_ids())
        for cluster in (c for c in data.clusters if c.id in selected):
            members = [c for c in data.cards if c.cluster_id == cluster.id]
            layout = tidy_cluster(cluster, members)
            positions.update(layout)
            width, height = fit_frame(cluster, layout.values())
            frames[cluster.id] = {"width": width, "height": height}
        cards = [c for c in self._selected_cards() if c.id not in positions]
        if cards:
            left, top = min(c.x for c in cards), min(c.y for c in cards)
            positions.update(tidy(cards, left, top, grid_columns(len(cards))))
        self._apply_positions(positions, frames, self.tr("Aufräumen"))

    def align(self, axis: str) -> None:
        """Align the selected cards on their leftmost ("x") or topmost ("y") edge."""
        cards = self._selected_cards()
        if len(cards) < 2:
            return
        edge = min(getattr(c, axis) for c in cards)
        positions = {c.id: (edge, c.y) if axis == "x" else (c.x, edge) for c in cards}
        self._apply_positions(positions, {}, self.tr("Ausrichten"))

    def sort_by_votes(self) -> None:
        """Order every cluster's cards (and the loose cards) by their dots, most first."""
        data = self.source.data
        positions: dict[str, tuple[float, float]] = {}
        for cluster in data.clusters:
            members = [c for c in data.cards if c.cluster_id == cluster.id]
            slots = sorted(tidy_cluster(cluster, members).values(), key=lambda p: (p[1], p[0]))
            for card, spot in zip(sorted_by_votes(members), slots, strict=True):
                positions[card.id] = spot
        loose = [c for c in data.cards if c.cluster_id is None]
        spots = free_spots([], data.clusters, len(loose))
        for card, spot in zip(sorted_by_votes(loose), spots, strict=True):
            positions[card.id] = spot
        self._apply_positions(positions, {}, self.tr("Nach Punkten sortieren"))

    def _apply_positions(
        self,
        positions: dict[str, tuple[float, float]],
        frames: dict[str, dict[str, Any]],
        text: str,
    ) -> None:
        current = {c.id: (c.x, c.y) for c in self.source.data.cards}
        moved = {
            card_id: {"x": x, "y": y}
            for card_id, (x, y) in positions.items()
            if current.get(card_id) != (x, y)
        }
        steps = []
        if frames:
            steps.append(self._set("cluster", frames))
        if moved:
            steps.append(self._set("idea", moved))
        self._push(text, steps)

    def move_to_field(self, field_id: str) -> None:
        """Move the selected cards to another action field's board (its inbox)."""
        cards = [c for c in self._selected_cards() if c.field_id != field_id]
        if not cards or self.controller is None:
            return
        with self.controller.document.reading() as session:
            target = load_board(session, field_id)
        spots = free_spots(target.cards, target.clusters, len(cards))
        values = {
            card.id: {"action_field_id": field_id, "cluster_id": None, "x": x, "y": y}
            for card, (x, y) in zip(cards, spots, strict=True)
        }
        field = target.field(field_id)
        self._push(
            self.tr("{count} Karten nach „{field}“ verschieben").format(
                count=len(cards), field=field.name if field else ""
            ),
            [self._set("idea", values)],
        )

    # -- dot voting ---------------------------------------------------------------------------

    def set_voting(self, on: bool) -> None:
        """Voting mode: a click gives the current voter's dot, right click takes it back."""
        self.scene.voting = on
        self.actions_by_name["voting"].setChecked(on)
        self.voting_bar.setVisible(on)
        self._update_state()

    def _vote_selected(self, delta: int) -> None:
        for card_id in self.scene.selected_card_ids()[:1]:
            self.vote(card_id, delta)

    def vote(self, card_id: str, delta: int) -> None:
        """Give (+1) or take back (−1) one dot of the current voter on a card."""
        cards = self._cards([card_id])
        if not cards or not self.source.writable:
            return
        voter = self.voter.currentText().strip()
        data = self.source.data
        try:
            action, dots = vote_change(data, cards[0], voter, delta)
        except VoteRefusedError:
            QApplication.beep()
            self.vote_status.setText(
                self.tr("{voter} hat keine Punkte mehr.").format(voter=voter)
                if delta > 0
                else self.tr("Auf dieser Karte ist kein Punkt zum Zurücknehmen.")
            )
            return
        row = data.vote(card_id, voter)
        if action == "create":
            step = create_step("vote", {new_id(): {"idea_id": card_id, "voter": voter, "dots": 1}})
        elif action == "delete" and row is not None:
            step = delete_step("vote", [row.id])
        elif row is not None:
            step = self._set("vote", {row.id: {"dots": dots}})
        else:
            return
        self._push(
            self.tr("Punkt vergeben") if delta > 0 else self.tr("Punkt zurücknehmen"), [step]
        )

    def _dots_changed(self) -> None:
        data = self.source.data
        if self.dots.value() == data.dots_per_voter or not self.source.writable:
            return
        value = str(self.dots.value())
        if data.dots_setting_id is None:
            step = create_step("setting", {new_id(): {"key": DOTS_KEY, "value": value}})
        else:
            step = self._set("setting", {data.dots_setting_id: {"value": value}})
        self._push(self.tr("Punkte je Person ändern"), [step])

    def _update_vote_status(self) -> None:
        if not self.scene.voting:
            self.vote_status.setText("")
            return
        voter = self.voter.currentText().strip()
        data = self.source.data
        if not voter or self.field_id is None:
            self.vote_status.setText(
                self.tr("Punktabfrage: Klick gibt einen Punkt, Rechtsklick nimmt ihn zurück.")
            )
            return
        used = dots_used(data, voter, self.field_id)
        self.vote_status.setText(
            self.tr("{voter}: {used} von {total} Punkten vergeben").format(
                voter=voter, used=used, total=data.dots_per_voter
            )
        )

    # -- proposals ----------------------------------------------------------------------------

    def promote(self) -> None:
        """Make a project proposal of the selected cards or cluster, linked to its cards."""
        cluster_ids = self.scene.selected_cluster_ids() if self._on_board() else []
        card_ids = [c.id for c in self._selected_cards()]
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

    def _list_activated(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid() and index.column() not in EDITABLE:  # those start the cell editor
            self.show_card(index.siblingAtColumn(TEXT).data(ID_ROLE))

    # -- menus, presentation, image -----------------------------------------------------------

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        writable = self.source.writable
        if self.scene.selected_card_ids() or self.scene.selected_cluster_ids():
            menu.addAction(self.tr("Bearbeiten (F2)"), self.edit_selection).setEnabled(writable)
            menu.addAction(self.tr("Zum Projektvorschlag machen"), self.promote).setEnabled(
                writable
            )
            menu.addAction(self.tr("Cluster bilden"), self.make_cluster).setEnabled(writable)
            colors = menu.addMenu(self.tr("Farbe"))
            for color in CARD_COLORS:
                colors.addAction(_swatch(color), color, _bind(self.set_color, color))
            colors.setEnabled(writable)
            fields = menu.addMenu(self.tr("In Handlungsfeld verschieben"))
            for field in self.source.data.fields:
                if field.id != self.field_id and not field.archived:
                    fields.addAction(
                        _swatch(field.color), field.name, _bind(self.move_to_field, field.id)
                    )
            fields.setEnabled(writable)
            menu.addAction(self.tr("Kopieren"), self.copy_cards)
            menu.addAction(self.tr("Löschen"), self.delete_selection).setEnabled(writable)
            menu.addSeparator()
        menu.addAction(self.tr("Einfügen"), self.paste_cards).setEnabled(writable)
        menu.addAction(self.tr("Einpassen"), self.view.fit)
        menu.addAction(self.tr("Board als Bild exportieren…"), self.export_image)
        menu.exec(position)

    def present(self) -> None:
        """F5: the board full screen with large cards for the projector; Esc returns."""
        if self.presentation is not None:
            return
        self.presentation = PresentationWindow(self.scene, self.tr("Präsentation – Esc beendet"))
        self.scene.set_look(CardLook(presentation=True))
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.present_beside(self.window())

    def _presentation_closed(self) -> None:
        self.scene.set_look(CardLook())
        self.presentation = None

    def export_image(self) -> None:
        """Save the shown board (with the current filter) as PNG or SVG."""
        data = self.source.data
        field = data.field(self.field_id)
        if self.controller is None or field is None:
            return
        from lk40_desktop.export.board_image import render_board

        path = ask_image_path(
            self,
            self.tr("Board als Bild speichern"),
            self.controller.document.path.parent,
            self.tr("Ideenboard {name}").format(name=field.name),
        )
        if path is None:
            return
        cards = [c for c in data.cards if self._card_filter().matches(c)]
        try:
            render_board(cards, data.clusters, path, title=field.name)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Bild nicht gespeichert"),
                self.tr("Das Bild konnte nicht gespeichert werden:\n{error}").format(error=error),
            )


def _entries_width(view: QAbstractItemView) -> int:
    """Room for a list's longest entry and its scroll bar."""
    return view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _bind(slot: Callable[[str], None], value: str) -> Callable[[], None]:
    return lambda: slot(value)
