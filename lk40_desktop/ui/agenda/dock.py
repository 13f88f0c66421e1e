"""The agenda beside the pages (Ansicht › Ablauf): the facilitator plans a workshop's points
before the evening and runs them on it. "Starten" makes the chosen point the running one,
sets the timer to its minutes and shows its page or board; "Nächster Punkt" does that for the
point after the running one, from any window (the projector's too)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.agenda import add_item, delete_items, start_item
from lk40_desktop.operations.overview import update_workshop
from lk40_desktop.services.agenda import agenda, end_time, next_item, workshop_start
from lk40_desktop.services.project import current_workshop, workshops
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.agenda.model import NOTES, PLACE, TITLE, AgendaModel
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.widgets.reorder import make_reorderable, move_selection, selected_ids
from lk40_desktop.ui.widgets.stretch import StretchWithFloor
from lk40_desktop.ui.widgets.table_view import RecordTable, edit_new_row, record_table

COLUMN_WIDTHS = {0: 60, 2: 42, PLACE: 132, NOTES: 100}
"""Start, minutes, where, notes; the point's title takes what is left."""
TITLE_FLOOR = 120


class AgendaDock(QDockWidget):
    """One workshop's agenda, with its start time and the points' buttons."""

    started = Signal(object)
    """A point was started (an ``AgendaEntry``): the window sets the timer and the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ablauf"), parent)
        self.setObjectName("agenda")
        self.controller: DocumentController | None = None
        self.workshop = QComboBox()
        self.workshop.setAccessibleName(self.tr("Workshop des Ablaufs"))
        self.workshop.activated.connect(lambda _index: self._show_chosen())
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("z. B. 18:30"))
        self.start.setMaximumWidth(90)
        self.start.setAccessibleName(self.tr("Beginn des Workshops"))
        self.start.editingFinished.connect(self._start_typed)
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")

        self.model = AgendaModel()
        self.view = self._table()

        self.add_button = QPushButton(self.tr("Punkt &hinzufügen"))
        self.delete_button = QPushButton(self.tr("Punkt ent&fernen"))
        self.print_button = QPushButton(self.tr("Drucken…"))
        self.print_button.setToolTip(self.tr("Anwesenheitsliste oder Ablauf drucken"))
        self.start_button = QPushButton(self.tr("&Starten"))
        self.start_button.setToolTip(
            self.tr("Den gewählten Punkt jetzt beginnen: Timer und Seite folgen ihm")
        )
        self.next_button = QToolButton()  # shows the window's "Nächster Punkt" action
        self.add_button.clicked.connect(self.add_point)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_sheets)
        self.start_button.clicked.connect(self.start_selected)

        self._lay_out()
        self._update_buttons()

    def _table(self) -> RecordTable:
        """The points, typed in place; the title takes the width the others leave."""
        view = record_table(self.model, "agendaView")
        view.setAccessibleName(self.tr("Programmpunkte"))
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            view.setColumnWidth(column, width)
        StretchWithFloor(view, TITLE, TITLE_FLOOR)
        make_reorderable(view, self.move_selected)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        view.doubleClicked.connect(self._double_clicked)
        return view

    def _lay_out(self) -> None:
        form = QFormLayout()
        start_label = QLabel(self.tr("&Beginn:"))
        start_label.setBuddy(self.start)
        workshop_label = QLabel(self.tr("&Workshop:"))
        workshop_label.setBuddy(self.workshop)
        form.addRow(workshop_label, self.workshop)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.summary, 1)
        form.addRow(start_label, start_row)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.next_button)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setWidget(content)

    def print_sheets(self) -> None:
        """The sign-in list or the agenda of the workshop shown, on paper."""
        from lk40_desktop.ui.agenda.sheets import print_workshop_sheets

        workshop = self.workshop.currentData()
        print_workshop_sheets(self, self.controller, str(workshop) if workshop else None)

    def set_next_action(self, action: QAction) -> None:
        """Offer the window's "Nächster Punkt" (with its shortcut) as a button here too."""
        self.next_button.setDefaultAction(action)

    # -- document binding -----------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the agenda of another document's workshop tonight (or its first one)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.model.set_controller(controller)
        self._fill_workshops(follow_tonight=True)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("workshop", "setting"):
            self._fill_workshops(follow_tonight=changes.touches("setting"))
        elif changes.touches("agenda_item"):
            self._show_times()

    def _fill_workshops(self, *, follow_tonight: bool) -> None:
        """Offer the file's workshops; show tonight's when asked (a new file, a new choice
        of tonight's workshop), else keep the one shown."""
        shown = self.workshop.currentData()
        self.workshop.blockSignals(True)
        self.workshop.clear()
        if self.controller is not None:
            with self.controller.document.reading() as session:
                for workshop in workshops(session):
                    self.workshop.addItem(workshop.title, workshop.id)
                tonight = current_workshop(session)
            if follow_tonight and tonight is not None:
                shown = tonight
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(shown)))
        self.workshop.blockSignals(False)
        self._show_chosen()

    def _show_chosen(self) -> None:
        workshop_id = self.workshop.currentData()
        if workshop_id != self.model.workshop_id:
            self.model.show_workshop(workshop_id)
        self._show_times()

    def _show_times(self) -> None:
        """The workshop's start in its field and when the agenda ends."""
        workshop_id = self.model.workshop_id
        start, minutes = "", []
        if self.controller is not None and workshop_id is not None:
            with self.controller.document.reading() as session:
                start = workshop_start(session, workshop_id)
                minutes = [entry.minutes for entry in agenda(session, workshop_id)]
        if not self.start.hasFocus() or not self.start.isModified():
            self.start.setText(start)
            self.start.setModified(False)
        total = sum(minutes)
        end = end_time(start, minutes)
        self.summary.setText(
            self.tr("{count} Punkte · {hours}:{minutes:02d} h · Ende {end}").format(
                count=len(minutes), hours=total // 60, minutes=total % 60, end=end
            )
            if end
            else self.tr("{count} Punkte · {hours}:{minutes:02d} h").format(
                count=len(minutes), hours=total // 60, minutes=total % 60
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = self.controller is not None and not self.controller.read_only
        has_workshop = self.model.workshop_id is not None
        selected = self.view.selectionModel().hasSelection()
        self.start.setEnabled(writable and has_workshop)
        self.add_button.setEnabled(writable and has_workshop)
        self.delete_button.setEnabled(writable and selected)
        self.start_button.setEnabled(writable and selected)

    # -- editing --------------------------------------------------------------------------

    def _start_typed(self) -> None:
        workshop_id = self.model.workshop_id
        if self.controller is None or workshop_id is None or not self.start.isModified():
            return
        typed = self.start.text()
        self.start.setModified(False)
        self.controller.perform(
            self.tr("Beginn des Workshops ändern"),
            lambda session: update_workshop(session, workshop_id, {"start_time": typed}),
        )
        self._show_times()  # the stored start ("18:30" for "18.30"), or the old one if refused

    def add_point(self) -> None:
        """Add a point at the end and start typing its title."""
        workshop_id = self.model.workshop_id
        if self.controller is None or workshop_id is None:
            return
        values = {"title": self.tr("Neuer Programmpunkt"), "minutes": 15}
        edit = self.controller.perform(
            self.tr("Programmpunkt hinzufügen"),
            lambda session: add_item(session, workshop_id, values),
        )
        if edit is not None:
            edit_new_row(self.view, edit.created[0], TITLE)

    def delete_selected(self) -> None:
        """Delete the selected points (undo brings them back)."""
        ids = selected_ids(self.view, self.model)
        if self.controller is not None and ids:
            self.controller.perform(
                self.tr("Programmpunkt entfernen"), lambda session: delete_items(session, ids)
            )

    def move_selected(self, step: int) -> None:
        """Move the selected points one place up (-1) or down (+1)."""
        move_selection(self.view, self.model, step)

    def _double_clicked(self, index: object) -> None:
        del index  # a double click on a read-only cell (the start) starts the point
        if not self.model.flags(self.view.currentIndex()) & Qt.ItemFlag.ItemIsEditable:
            self.start_selected()

    # -- running the evening ----------------------------------------------------------------

    def start_selected(self) -> None:
        """Begin the chosen point now."""
        ids = selected_ids(self.view, self.model)
        if ids:
            self.start_point(ids[0])

    def start_next(self) -> None:
        """Begin the point after the running one (the first when none of this agenda runs)."""
        workshop_id = self.model.workshop_id
        if self.controller is None or workshop_id is None:
            return
        with self.controller.document.reading() as session:
            following = next_item(session, workshop_id)
        if following is None:
            self.summary.setText(self.tr("Der letzte Punkt läuft schon."))
            return
        self.start_point(following)

    def start_point(self, item_id: str) -> None:
        """Make a point the running one and tell the window (timer, page)."""
        if self.controller is None or self.model.workshop_id is None:
            return
        self.controller.perform(
            self.tr("Programmpunkt starten"), lambda session: start_item(session, item_id)
        )
        with self.controller.document.reading() as session:
            entry = next(
                (e for e in agenda(session, self.model.workshop_id) if e.id == item_id), None
            )
        if entry is not None:
            self.view.selectRow(self.model.row_of(item_id))
            self.started.emit(entry)
