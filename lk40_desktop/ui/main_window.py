"""The main window: welcome screen or the open project with its pages, menus and undo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.i18n import describe_failure
from lk40_desktop.paths import as_project_file, log_file, user_data_dir
from lk40_desktop.store.errors import DocumentError
from lk40_desktop.ui.dialogs.about import AboutDialog
from lk40_desktop.ui.dialogs.settings import SettingsDialog
from lk40_desktop.ui.dialogs.user_guide import UserGuideDialog
from lk40_desktop.ui.page_index import (
    BOARDS,
    EXPORT,
    OVERVIEW,
    PAGE_ROWS,
    SCORING,
    STAKEHOLDERS,
    STRATEGY,
    page_titles,
)
from lk40_desktop.ui.preferences import Preferences
from lk40_desktop.ui.welcome.page import WelcomePage
from lk40_desktop.ui.widgets.opening_page import OpeningPage
from lk40_desktop.ui.widgets.page_area import PageArea
from lk40_desktop.ui.widgets.read_only_banner import ReadOnlyBanner
from lk40_desktop.ui.widgets.timer import StatusTimer, TimerDialog, WorkshopTimer
from lk40_desktop.ui.window_actions import WindowActions
from lk40_desktop.ui.window_geometry import current_placement

if TYPE_CHECKING:
    from lk40_desktop.operations.edit import EditRefusedError
    from lk40_desktop.services.agenda import AgendaEntry
    from lk40_desktop.services.template import ProjectData
    from lk40_desktop.ui.agenda.dock import AgendaDock
    from lk40_desktop.ui.board.page import BoardPage
    from lk40_desktop.ui.document import DocumentController
    from lk40_desktop.ui.export.page import ExportPage
    from lk40_desktop.ui.overview.page import OverviewPage
    from lk40_desktop.ui.scoring.page import ScoringPage
    from lk40_desktop.ui.stakeholders.page import StakeholderPage
    from lk40_desktop.ui.strategy.page import StrategyPage
    from lk40_desktop.ui.widgets.project_page import ProjectPage

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "Musterlandkreis (Demo).lk40"
NAVIGATION_MIN_WIDTH = 140
"""The page list is as wide as its longest title (padding included), at least this: at
1280 px every pixel it does not need goes to the page."""
HISTORY_WIDTH, HISTORY_MIN_WIDTH = 320, 200
AGENDA_WIDTH = 500
"""Wide enough for the agenda's start, point, minutes and place at 1366 px."""
"""The undo history's width when it opens, and below which it cannot be squeezed."""


def _overview_page() -> ProjectPage:
    from lk40_desktop.ui.overview.page import OverviewPage

    return OverviewPage()


def _stakeholder_page() -> ProjectPage:
    from lk40_desktop.ui.stakeholders.page import StakeholderPage

    return StakeholderPage()


def _board_page() -> ProjectPage:
    from lk40_desktop.ui.board.page import BoardPage

    return BoardPage()


def _scoring_page() -> ProjectPage:
    from lk40_desktop.ui.scoring.page import ScoringPage

    return ScoringPage()


def _export_page() -> ProjectPage:
    from lk40_desktop.ui.export.page import ExportPage

    return ExportPage()


def _strategy_page() -> ProjectPage:
    from lk40_desktop.ui.strategy.page import StrategyPage

    return StrategyPage()


PAGES: dict[int, Callable[[], ProjectPage]] = {
    OVERVIEW: _overview_page,
    STAKEHOLDERS: _stakeholder_page,
    BOARDS: _board_page,
    SCORING: _scoring_page,
    EXPORT: _export_page,
    STRATEGY: _strategy_page,
}
"""Pages built (and their modules imported) when first shown: a project opens on the
overview, and building the other five cost a sixth of the start-up; the overview itself
waits until the window has been painted."""


class MainWindow(QMainWindow):
    """One window shows one project (or the welcome screen when none is open).

    It is built in two steps so that it can be painted before the ORM loads: ``__init__``
    makes the shell (menus, status bar, welcome page, the project area with its navigation),
    importing nothing of the store; ``prepare`` adds what works on a project (the opener, the
    workshop box, undo navigation, write feedback) once the window is on screen. Until then
    ``show_opening`` shows the file's name and a busy bar, with the menus disabled."""

    def __init__(self, preferences: Preferences) -> None:
        super().__init__()
        self.preferences = preferences
        self.controller: DocumentController | None = None
        self.undo_group = QUndoGroup(self)
        self.setMinimumSize(900, 600)
        self._agenda: AgendaDock | None = None
        self._prepared = False

        self.welcome = WelcomePage(preferences)
        self.welcome.new_from_template.connect(lambda: self.new_project(template=True))
        self.welcome.new_blank.connect(lambda: self.new_project(template=False))
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.open_demo.connect(self.open_demo)
        self.welcome.open_recent.connect(self.open_path)

        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(self._project_view())
        self.setCentralWidget(self.central)
        self.history_dock = self._history_dock()

        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setContentsMargins(0, 0, 8, 0)  # not flush with the window's edge
        self.current_workshop_label = QLabel(self.tr("Heute:"))
        self.timer = WorkshopTimer(self)
        self.status_timer = StatusTimer(self.timer)
        # no taller than the status text: the pages keep their height
        self.status_timer.setMaximumHeight(self.save_state.sizeHint().height())
        for part in (self.status_timer, self.current_workshop_label, self.save_state):
            self.statusBar().addPermanentWidget(part)

        self.menu_actions = WindowActions(self)
        self.status_timer.setMenu(self.menu_actions.timer_menu)
        self._show_welcome()

    def _project_view(self) -> QWidget:
        """The open project: the read-only banner over the navigation and the pages (each
        a stand-in until first shown)."""
        self.banner = ReadOnlyBanner()
        self.banner.save_copy_requested.connect(lambda: self.save_copy(switch=True))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Seiten des Projekts"))
        self.pages = QStackedWidget()
        self.opening = OpeningPage()
        self.pages.addWidget(self.opening)  # after the rows: pages.indexOf(page) == row
        self._built: dict[int, ProjectPage] = {}
        self._stand_ins = {row: QWidget() for row in PAGES}
        for row, title in enumerate(self.page_titles()):
            self.navigation.addItem(title)
            self.pages.insertWidget(row, self._stand_ins[row])
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.ensurePolished()  # the style sheet's larger font, before measuring
        widest = max(map(self.navigation.fontMetrics().horizontalAdvance, self.page_titles()))
        self.navigation.setFixedWidth(max(NAVIGATION_MIN_WIDTH, widest + 52))
        project_view = QWidget()
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.navigation)
        body.addWidget(PageArea(self.pages), 1)
        column = QVBoxLayout(project_view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addLayout(body, 1)
        return project_view

    def prepare(self) -> None:
        """Build what works on a project, loading the ORM (once; called after the first
        paint, and by every way a project opens)."""
        if self._prepared:
            return
        self._prepared = True
        from lk40_desktop.ui.opening import ProjectOpener
        from lk40_desktop.ui.undo_navigation import UndoNavigator
        from lk40_desktop.ui.widgets.current_workshop import CurrentWorkshopBox
        from lk40_desktop.ui.write_feedback import WriteFeedback

        self.opener = ProjectOpener(self, self.preferences)
        self.write_feedback = WriteFeedback(self)
        self.undo_navigator = UndoNavigator(self)
        self.current_workshop = CurrentWorkshopBox()
        self.current_workshop.setFrame(False)  # as low as the status bar's text: no board
        self.current_workshop.setMaximumHeight(self.save_state.sizeHint().height())  # lost
        self.current_workshop.setVisible(self.controller is not None)
        bar = self.statusBar()
        bar.removeWidget(self.save_state)  # the box goes between "Heute:" and the save state
        for part in (self.current_workshop, self.save_state):
            bar.addPermanentWidget(part)
        self.save_state.show()

    def show_opening(self, path: Path) -> None:
        """The state while ``path`` opens at start-up: the project area with the file's
        name and a busy bar, the pages and menus disabled; ``open_path`` ends it."""
        self.opening.show_name(path.name)
        self.navigation.setEnabled(False)
        self.pages.setCurrentWidget(self.opening)
        self.central.setCurrentIndex(1)
        self.menuBar().setEnabled(False)
        self.setWindowTitle(f"{path.name} – {PRODUCT_NAME}")

    def _history_dock(self) -> QDockWidget:
        """The undo history beside the pages (hidden until asked for)."""
        dock = QDockWidget(self.tr("Verlauf"), self)
        dock.setObjectName("history")
        history = QUndoView(self.undo_group)
        history.setEmptyLabel(self.tr("Projekt geöffnet"))
        history.setMinimumWidth(HISTORY_MIN_WIDTH)
        dock.setWidget(history)
        self._add_dock(dock, HISTORY_WIDTH)
        return dock

    @property
    def agenda_dock(self) -> AgendaDock:
        """The workshop's agenda beside the pages (hidden until asked for, built then:
        ≈ 55 ms that a start need not pay)."""
        if self._agenda is None:
            from lk40_desktop.ui.agenda.dock import AgendaDock

            self._agenda = AgendaDock(self)
            self._agenda.started.connect(self._point_started)
            self._add_dock(self._agenda, AGENDA_WIDTH)
            self.menu_actions.follow_agenda(self._agenda)
            self._agenda.set_controller(self.controller)
        return self._agenda

    def show_agenda(self, shown: bool) -> None:
        """Show or hide the agenda (hiding one never built builds nothing)."""
        if shown or self._agenda is not None:
            self.agenda_dock.setVisible(shown)

    def _add_dock(self, dock: QDockWidget, width: int) -> None:
        """A panel on the right, hidden; it opens at least ``width`` wide, or as wide as it
        was last (its splitter widens it further)."""
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        dock.setProperty("opening_width", width)
        dock.visibilityChanged.connect(self._dock_shown)  # a method: gone with the window

    def _dock_shown(self, shown: bool) -> None:
        dock = self.sender()
        if not isinstance(dock, QDockWidget) or dock.isFloating():
            return
        if not shown:
            dock.setProperty("width", dock.width())
            return
        wide = max(int(dock.property("opening_width")), int(dock.property("width") or 0))
        self.resizeDocks([dock], [wide], Qt.Orientation.Horizontal)
        # and again once the layout has placed a dock shown for the first time (it would keep
        # its size hint); the dock as context drops the call if the window closes first
        QTimer.singleShot(
            0, dock, lambda: self.resizeDocks([dock], [wide], Qt.Orientation.Horizontal)
        )

    def _point_started(self, entry: AgendaEntry) -> None:
        """An agenda point began: the timer counts down its minutes and its page (or board)
        is shown."""
        self.timer.set_minutes(entry.minutes)
        self.timer.toggle()
        row = PAGE_ROWS.get(entry.page)
        if row is None:
            return
        self.navigation.setCurrentRow(row)
        if row == BOARDS and entry.action_field_id:
            self.boards.show_field(entry.action_field_id)

    def page(self, row: int) -> ProjectPage:
        """The page in navigation row ``row``, built on first use with the open project."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = PAGES[row]()
            stand_in = self._stand_ins.pop(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            page.set_controller(self.controller)
            page.show_place.connect(self.show_place)
        return page

    def show_place(self, kind: str, where: str) -> None:
        """Go where a pre-flight finding is fixed: a measure's profile, a chapter's text
        ("key" or "key|field id") or an action field's goals."""
        if kind == "proposal":
            self.navigation.setCurrentRow(BOARDS)
            self.boards.show_proposal(where)
        elif kind in ("chapter", "goals"):
            key, _, field_id = (
                where.partition("|") if kind == "chapter" else ("field_goals", "", where)
            )
            self.navigation.setCurrentRow(STRATEGY)
            strategy = cast("StrategyPage", self.page(STRATEGY))
            strategy.show_chapter(key, field_id or None)

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self.page(row))

    @property
    def overview(self) -> OverviewPage:
        """The overview page (built when first asked for)."""
        return cast("OverviewPage", self.page(OVERVIEW))

    @property
    def stakeholders(self) -> StakeholderPage:
        """The stakeholder page (built when first asked for)."""
        return cast("StakeholderPage", self.page(STAKEHOLDERS))

    @property
    def boards(self) -> BoardPage:
        """The idea boards page (built when first asked for)."""
        return cast("BoardPage", self.page(BOARDS))

    @property
    def scoring(self) -> ScoringPage:
        """The scoring page (built when first asked for)."""
        return cast("ScoringPage", self.page(SCORING))

    @property
    def export(self) -> ExportPage:
        """The export page (built when first asked for)."""
        return cast("ExportPage", self.page(EXPORT))

    def page_titles(self) -> list[str]:
        """The names of the project's pages, in navigation order."""
        return page_titles()

    # -- showing a project ----------------------------------------------------------------

    def _show_project(self, controller: DocumentController | None) -> None:
        if self.controller is not None:
            self.undo_group.removeStack(self.controller.undo_stack)
            self.controller.close()
            self.controller.deleteLater()
        self.controller = controller
        for page in self._built.values():
            page.set_controller(controller)
        if self._agenda is not None:
            self._agenda.set_controller(controller)
        if self._prepared:
            self.undo_navigator.set_controller(controller)
            self.current_workshop.set_controller(controller)
        if controller is None:
            self._show_welcome()
            return
        self._show_parts(True)
        self.undo_group.addStack(controller.undo_stack)
        self.undo_group.setActiveStack(controller.undo_stack)
        controller.undo_stack.cleanChanged.connect(self._update_title)
        self.write_feedback.follow(controller)
        controller.refused.connect(self._show_refusal)
        document = controller.document
        self.banner.set_state(document.read_only_reason if document.read_only else None)
        self.save_state.setText(
            self.tr("Schreibgeschützt")
            if document.read_only
            else self.tr("Jede Änderung wird sofort gespeichert")
        )
        self.central.setCurrentIndex(1)
        self.navigation.setCurrentRow(-1)  # from the opening state: the overview comes anew
        self.navigation.setCurrentRow(0)
        self._update_title()
        self.preferences.add_recent(document.path)

    def _show_welcome(self) -> None:
        """No project: the welcome page, the project's actions and parts off."""
        self._show_parts(False)
        self.welcome.refresh()
        self.central.setCurrentIndex(0)
        self.banner.set_state(None)
        self.setWindowTitle(PRODUCT_NAME)
        self.history_dock.hide()
        if self._agenda is not None:
            self._agenda.hide()
        self.save_state.clear()

    def _show_parts(self, has_project: bool) -> None:
        """Enable what needs a project, show the status bar's parts of one; the menus and
        the navigation are on again after the opening state."""
        self.menuBar().setEnabled(True)
        self.navigation.setEnabled(True)
        for action in self.menu_actions.project_actions():
            action.setEnabled(has_project)
        parts = [self.current_workshop_label, self.status_timer]
        for part in parts + ([self.current_workshop] if self._prepared else []):
            part.setVisible(has_project)

    def _update_title(self) -> None:
        if self.controller is None:
            return
        document = self.controller.document
        suffix = self.tr(" [schreibgeschützt]") if document.read_only else ""
        self.setWindowTitle(f"{document.path.name}{suffix} – {PRODUCT_NAME}")
        self.setWindowFilePath(str(document.path))

    def _show_refusal(self, error: EditRefusedError) -> None:
        """An edit the rules do not allow: said in the status bar, nothing was changed."""
        from lk40_desktop.ui.refusals import refusal_text

        self.statusBar().showMessage(refusal_text(error), 6000)

    def _documents_folder(self) -> str:
        from lk40_desktop.ui.dialogs.new_project import documents_folder

        if self.controller is not None:
            return str(self.controller.document.path.parent)
        return str(documents_folder())

    def _file_filter(self) -> str:
        return self.tr("LK40-Projekte (*.lk40)")

    # -- file operations ------------------------------------------------------------------

    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open a project file; explain any problem in a dialog. True when it is open; when
        not, a window still in the opening state goes to the welcome page."""
        from lk40_desktop.ui.document import DocumentController

        self.prepare()
        path = Path(path).absolute()
        if self.controller is not None and self.controller.document.path == path:
            self.statusBar().showMessage(self.tr("Das Projekt ist bereits geöffnet."), 5000)
            return True
        document = self.opener.open(path, read_only=read_only)
        if document is None:
            if not path.exists():
                self.preferences.remove_recent(path)
            if self.controller is None:  # from the opening state, or the welcome page
                self._show_welcome()
                self.statusBar().showMessage(
                    self.tr("„{name}“ wurde nicht geöffnet.").format(name=path.name), 10000
                )
            return False
        self._show_project(DocumentController(document, self))
        return True

    def open_dialog(self) -> None:
        """Ask for a project file and open it."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Projekt öffnen"), self._documents_folder(), self._file_filter()
        )
        if name:
            self.open_path(Path(name))

    def open_demo(self) -> None:
        """Open the demo project, creating it in the user's data folder the first time."""
        from lk40_desktop.services.demo import create_demo

        path = user_data_dir() / DEMO_FILE_NAME
        if not path.exists():
            try:
                create_demo(path)
            except (DocumentError, OSError) as error:
                QMessageBox.critical(self, PRODUCT_NAME, str(error))
                return
        self.open_path(path)

    def new_project(self, template: bool) -> None:
        """Ask for project data and a file name, then create and open the project."""
        from lk40_desktop.ui.dialogs.new_project import NewProjectDialog

        dialog = NewProjectDialog(template, self._documents_folder(), self)
        if dialog.exec() != NewProjectDialog.DialogCode.Accepted:
            return
        self.create_project(dialog.target_path(), dialog.project_data(), template)

    def create_project(self, path: Path, data: ProjectData, template: bool) -> bool:
        """Create a project file (Landkreis 4.0 template or blank) and open it."""
        from lk40_desktop.services.template import fill_blank, fill_landkreis_template
        from lk40_desktop.store.document import WorkshopDocument
        from lk40_desktop.ui.document import DocumentController

        self.prepare()
        fill = fill_landkreis_template if template else fill_blank
        try:
            document = WorkshopDocument.create(path, lambda session: fill(session, data))
        except (DocumentError, OSError) as error:
            QMessageBox.critical(self, PRODUCT_NAME, describe_failure(error))
            return False
        self._show_project(DocumentController(document, self))
        return True

    def save(self) -> None:
        """Ctrl+S: nothing to do, every edit is on disk already; say so."""
        self.statusBar().showMessage(self.tr("Alle Änderungen sind bereits gespeichert."), 4000)

    def save_copy(self, switch: bool) -> None:
        """Write a copy of the project; with ``switch`` continue working in the copy."""
        if self.controller is None:
            return
        title = self.tr("Speichern unter") if switch else self.tr("Kopie speichern")
        name, _ = QFileDialog.getSaveFileName(
            self, title, self._documents_folder(), self._file_filter()
        )
        if not name:
            return
        target = as_project_file(Path(name))
        if self.save_copy_to(target) and switch:
            self.open_path(target)

    def save_copy_to(self, target: Path) -> bool:
        """Write a consistent copy of the open project to ``target``."""
        assert self.controller is not None
        try:
            self.controller.document.save_copy(target)
        except (DocumentError, OSError) as error:
            QMessageBox.critical(self, PRODUCT_NAME, describe_failure(error))
            return False
        self._note_copy(target)
        self.statusBar().showMessage(self.tr("Kopie gespeichert: {path}").format(path=target), 5000)
        return True

    def _note_copy(self, target: Path) -> None:
        """Keep the copy in the file's inventory of personal data (not an undo step); a
        read-only project cannot note it, and a note that fails leaves the copy written."""
        assert self.controller is not None
        document = self.controller.document
        if document.read_only:
            return
        from lk40_desktop.operations.edit import perform
        from lk40_desktop.operations.privacy import record_copy

        try:
            perform(document, lambda session: record_copy(session, target))
        except DocumentError as error:
            log.warning("copy not noted in the inventory: %s", error)

    def export_map(self) -> None:
        self.navigation.setCurrentRow(STAKEHOLDERS)
        self.stakeholders.export_dialog()

    def close_project(self) -> None:
        """Close the project and return to the welcome screen."""
        self._show_project(None)

    # -- help and settings ----------------------------------------------------------------

    def show_settings(self) -> None:
        SettingsDialog(self.preferences, self).exec()

    def show_user_guide(self) -> None:
        UserGuideDialog(self.preferences.language or "de", self).show()

    def ask_timer_minutes(self) -> None:
        """A free timebox of typed minutes (the menu offers 5, 10 and 15)."""
        duration = self.timer.countdown.duration
        dialog = TimerDialog(int(duration // 60) or 20, self)
        if dialog.exec() == TimerDialog.DialogCode.Accepted:
            self.timer.set_minutes(dialog.minutes.value())

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preferences.window_placement = current_placement(self)
        self._show_project(None)
        super().closeEvent(event)
