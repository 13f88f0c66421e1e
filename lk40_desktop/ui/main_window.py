"""The main window: welcome screen or the open project with its pages, menus and undo."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from lk40_desktop import PRODUCT_NAME
from lk40_desktop.i18n import describe_failure
from lk40_desktop.paths import as_project_file, log_file, user_data_dir
from lk40_desktop.store.errors import DocumentError
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
from lk40_desktop.ui.project_view import ProjectView
from lk40_desktop.ui.side_docks import SideDocks
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
    from lk40_desktop.ui.welcome.page import WelcomePage
    from lk40_desktop.ui.widgets.project_page import ProjectPage

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "Musterlandkreis (Demo).lk40"


class MainWindow(QMainWindow):
    """One window shows one project (or the welcome screen when none is open).

    It is built in two steps so that it can be painted before the ORM loads: ``__init__``
    makes the shell (menus, status bar, welcome page, the project area with its navigation),
    importing nothing of the store; ``prepare`` adds what works on a project (the opener, the
    workshop box, undo navigation, write feedback) once the window is on screen. Until then
    ``show_opening`` shows the file's name and a busy bar, with the menus disabled."""

    def __init__(self, preferences: Preferences, opening: Path | None = None) -> None:
        super().__init__()
        self.preferences = preferences
        self.controller: DocumentController | None = None
        self.undo_group = QUndoGroup(self)
        self.setMinimumSize(900, 600)
        self._prepared = False
        self._welcome: WelcomePage | None = None

        self.central = QStackedWidget()
        self.project_view = ProjectView(self.page_titles())
        self.project_view.banner.save_copy_requested.connect(lambda: self.save_copy(switch=True))
        self.project_view.show_place.connect(self.show_place)
        self.banner, self.navigation = self.project_view.banner, self.project_view.navigation
        self.pages = self.project_view.pages
        self.central.addWidget(self.project_view)
        self.setCentralWidget(self.central)
        self.docks = SideDocks(self)
        self.history_dock = self.docks.history

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
        if opening is None:
            self._show_welcome()
        else:
            self.show_opening(opening)

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page, built when first shown: a start with a file paints the opening
        state without it, or its module (``html``: ≈ 3 ms before the first paint)."""
        if self._welcome is None:
            from lk40_desktop.ui.welcome.page import WelcomePage

            welcome = self._welcome = WelcomePage(self.preferences)
            welcome.new_from_template.connect(lambda: self.new_project(template=True))
            welcome.new_blank.connect(lambda: self.new_project(template=False))
            welcome.open_requested.connect(self.open_dialog)
            welcome.open_demo.connect(self.open_demo)
            welcome.open_recent.connect(self.open_path)
            self.central.addWidget(welcome)
        return self._welcome

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
        name and a busy bar; the pages, the menu bar and the project's actions are off.
        ``open_path`` ends it, in the project or on the welcome page (no user input reaches
        the window meanwhile: see ``app.show_painted``)."""
        self._show_parts(False)
        self.menuBar().setEnabled(False)
        self.project_view.show_opening(path.name)
        self.central.setCurrentWidget(self.project_view)
        self.setWindowTitle(f"{path.name} – {PRODUCT_NAME}")

    @property
    def agenda_dock(self) -> AgendaDock:
        """The workshop's agenda beside the pages (built when first asked for)."""
        return self.docks.agenda

    def point_started(self, entry: AgendaEntry) -> None:
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
        return self.project_view.page(row)

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
        self.project_view.set_controller(controller)
        self.docks.set_controller(controller)
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
        self.central.setCurrentWidget(self.project_view)
        self.navigation.setCurrentRow(-1)  # from the opening state: the overview comes anew
        self.navigation.setCurrentRow(0)
        self._update_title()
        self.preferences.add_recent(document.path)

    def _show_welcome(self) -> None:
        """No project: the welcome page, the project's actions and parts off."""
        self._show_parts(False)
        self.welcome.refresh()
        self.central.setCurrentWidget(self.welcome)
        self.banner.set_state(None)
        self.setWindowTitle(PRODUCT_NAME)
        self.save_state.clear()

    def _show_parts(self, has_project: bool) -> None:
        """Enable what needs a project, show the status bar's parts of one; the menus and
        the navigation are on again after the opening state."""
        self.menuBar().setEnabled(True)
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
        from lk40_desktop.ui.dialogs.settings import SettingsDialog

        SettingsDialog(self.preferences, self, self.controller).exec()

    def show_user_guide(self) -> None:
        from lk40_desktop.ui.dialogs.user_guide import UserGuideDialog

        UserGuideDialog(self.preferences.language or "de", self).show()

    def ask_timer_minutes(self) -> None:
        """A free timebox of typed minutes (the menu offers 5, 10 and 15)."""
        duration = self.timer.countdown.duration
        dialog = TimerDialog(int(duration // 60) or 20, self)
        if dialog.exec() == TimerDialog.DialogCode.Accepted:
            self.timer.set_minutes(dialog.minutes.value())

    def show_about(self) -> None:
        """The about box (its module reads the installed packages' versions: ≈ 20 ms that
        the first paint need not wait for)."""
        from lk40_desktop.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preferences.window_placement = current_placement(self)
        self._show_project(None)
        super().closeEvent(event)
