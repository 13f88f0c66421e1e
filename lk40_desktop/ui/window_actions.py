"""The main window's actions and menu bar: every command once, with its shortcut, so menus,
shortcuts and tests reach the same QAction."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from lk40_desktop.services.timer import PRESET_MINUTES

if TYPE_CHECKING:
    from lk40_desktop.ui.agenda.dock import AgendaDock
    from lk40_desktop.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def _groups() -> ModuleType:
    """The group dialogs, imported when first used: the merge's modules (≈ 50 ms) stay out
    of the start-up."""
    from lk40_desktop.ui.dialogs import groups

    return groups


def _show_privacy(window: MainWindow) -> None:
    """The privacy dialog (its module, with the ORM, is imported when first used: the window
    is painted before the ORM loads)."""
    from lk40_desktop.ui.dialogs.privacy import show_privacy

    show_privacy(window)


def _start_self_test(window: MainWindow) -> None:
    """Hilfe › Selbsttest (imported when first used, like the privacy dialog)."""
    from lk40_desktop.ui.dialogs.self_test import start_self_test

    start_self_test(window)


def _export_protocol(window: MainWindow) -> None:
    """File › Protokoll exportieren… (its module is imported when first used)."""
    from lk40_desktop.ui.dialogs.protocol import export_protocol

    export_protocol(window)


def _ratings() -> ModuleType:
    """The rating-sheet dialogs, imported when first used (they bring the scoring's reads)."""
    from lk40_desktop.ui.dialogs import rating_sheets

    return rating_sheets


def _imports() -> ModuleType:
    """The import of lists, imported when first used (it brings the readers and the plan)."""
    from lk40_desktop.ui.dialogs import imports

    return imports


class WindowActions(QObject):
    """The actions of one main window, and the menus that show them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        standard = QKeySequence.StandardKey
        self.new = self._action(
            self.tr("&Neues Projekt (Vorlage Landkreis 4.0)…"),
            lambda: window.new_project(template=True),
            standard.New,
        )
        self.new_blank = self._action(
            self.tr("&Leeres Projekt…"), lambda: window.new_project(template=False)
        )
        self.open = self._action(self.tr("Projekt ö&ffnen…"), window.open_dialog, standard.Open)
        self.demo = self._action(self.tr("&Demo-Projekt öffnen"), window.open_demo)
        self.save = self._action(self.tr("&Speichern"), window.save, standard.Save)
        self.save_as = self._action(
            self.tr("Speichern &unter…"), lambda: window.save_copy(switch=True), standard.SaveAs
        )
        self.save_copy = self._action(
            self.tr("&Kopie speichern…"), lambda: window.save_copy(switch=False)
        )
        self.export_map = self._action(
            self.tr("Stakeholder-Karte e&xportieren…"), window.export_map
        )
        self.protocol = self._action(
            self.tr("Pr&otokoll exportieren…"), lambda: _export_protocol(window)
        )
        self.privacy = self._action(
            self.tr("&Personenbezogene Daten…"), lambda: _show_privacy(window)
        )
        self._create_exchange_actions(window)
        self.close = self._action(
            self.tr("Projekt s&chließen"), window.close_project, standard.Close
        )
        self.quit = self._action(self.tr("&Beenden"), window.close, standard.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self._create_edit_actions()
        self.pages = [
            self._action(title, self._page_switcher(row), f"Ctrl+{row + 1}")
            for row, title in enumerate(window.page_titles())
        ]
        self._create_timer_actions()
        self.help = self._action(
            self.tr("&Benutzerhandbuch"), window.show_user_guide, standard.HelpContents
        )
        self.log = self._action(self.tr("&Protokollordner öffnen"), window.show_log_folder)
        self.self_test = self._action(self.tr("&Selbsttest"), lambda: _start_self_test(window))
        self.about = self._action(self.tr("&Über LK40 Workshop-Studio"), window.show_about)
        self._create_menus()

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _create_exchange_actions(self, window: MainWindow) -> None:
        """What goes out of the project and comes back: group files, rating sheets and the
        county's own lists."""
        self.hand_out = self._action(
            self.tr("&Gruppendatei erstellen…"), lambda: _groups().hand_out_group(window)
        )
        self.merge = self._action(
            self.tr("Gruppendatei zusa&mmenführen…"), lambda: _groups().merge_group(window)
        )
        self.rating_sheets = self._action(
            self.tr("Be&wertungsbögen erstellen…"),
            lambda: _ratings().make_rating_sheets(window),
        )
        self.import_scores = self._action(
            self.tr("Bewertungen e&inlesen…"), lambda: _ratings().import_rating_sheets(window)
        )
        self.import_stakeholders = self._action(
            self.tr("Stakeholder impor&tieren…"),
            lambda: _imports().start_import(window, "stakeholder"),
        )
        self.import_ideas = self._action(
            self.tr("Ideen impo&rtieren…"), lambda: _imports().start_import(window, "idea")
        )

    def _create_edit_actions(self) -> None:
        undo_group = self.window.undo_group
        self.undo = undo_group.createUndoAction(self.window, self.tr("&Rückgängig"))
        self.undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo = undo_group.createRedoAction(self.window, self.tr("&Wiederherstellen"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.history = self.window.history_dock.toggleViewAction()
        self.history.setText(self.tr("&Verlauf anzeigen"))
        self.history.setShortcut(QKeySequence("Ctrl+H"))
        self.settings = self._action(
            self.tr("&Einstellungen…"),
            self.window.show_settings,
            QKeySequence.StandardKey.Preferences,
        )
        if self.settings.shortcut().isEmpty():
            self.settings.setShortcut(QKeySequence("Ctrl+,"))

    def _create_timer_actions(self) -> None:
        """Start/pause and reset from any window of the app (the projector's too), the free
        timeboxes, and the agenda with its next point (which sets the timer)."""
        timer = self.window.timer
        self.timer_toggle = self._action(self.tr("&Starten/Anhalten"), timer.toggle, "Ctrl+Shift+T")
        self.timer_reset = self._action(self.tr("&Zurücksetzen"), timer.reset, "Ctrl+Shift+R")
        for action in (self.timer_toggle, self.timer_reset):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        texts = {5: self.tr("&5 Minuten"), 10: self.tr("&10 Minuten"), 15: self.tr("15 M&inuten")}
        self.timer_presets = [
            self._action(texts[minutes], self._timer_preset(minutes)) for minutes in PRESET_MINUTES
        ]
        self.timer_other = self._action(self.tr("&Andere Dauer…"), self.window.ask_timer_minutes)
        # the window's own action, not the dock's toggleViewAction: that one's wrapper can be
        # gone by the time the window closes and disables its project actions; the dock is
        # built when first shown (or its next point started)
        self.agenda = self._action(self.tr("A&blauf anzeigen"), self._raise_agenda, "Ctrl+Shift+G")
        self.agenda.setCheckable(True)
        self.agenda.toggled.connect(self.window.docks.show_agenda)
        self.agenda_next = self._action(
            self.tr("&Nächster Programmpunkt"),
            self._start_next_point,
            "Ctrl+Shift+W",
        )
        self.agenda_next.setToolTip(
            self.tr("Den nächsten Punkt des Ablaufs beginnen (Strg+Umschalt+W)")
        )
        self.agenda_next.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def _raise_agenda(self) -> None:
        self.window.agenda_dock.raise_()

    def _start_next_point(self) -> None:
        self.window.agenda_dock.start_next()

    def follow_agenda(self, agenda: AgendaDock) -> None:
        """Tie the agenda, once built, to its actions: the check mark follows the dock, and
        the dock offers "Nächster Punkt" as a button."""
        agenda.visibilityChanged.connect(self.agenda.setChecked)
        agenda.set_next_action(self.agenda_next)

    def _timer_preset(self, minutes: int) -> Callable[[], None]:
        def preset() -> None:
            """A free timebox of ``minutes``, ready for Ctrl+Shift+T."""
            self.window.timer.set_minutes(minutes)

        return preset

    def _page_switcher(self, row: int) -> Callable[[], None]:
        def switch() -> None:
            """Show the page and put the keyboard in it: its shortcuts (Ctrl+K on the board)
            work at once, not only after a click into the page."""
            self.window.navigation.setCurrentRow(row)
            page, focus = self.window.pages.currentWidget(), QApplication.focusWidget()
            if page is not None and (focus is None or not page.isAncestorOf(focus)):
                page.setFocus()
                page.focusNextChild()

        return switch

    def project_actions(self) -> list[QAction]:
        """The actions that need an open project."""
        actions = [
            self.save,
            self.save_as,
            self.save_copy,
            self.close,
            self.export_map,
            self.protocol,
            self.privacy,
            self.hand_out,
            self.merge,
            self.rating_sheets,
            self.import_scores,
            self.import_stakeholders,
            self.import_ideas,
        ]
        timer = [self.timer_toggle, self.timer_reset, *self.timer_presets, self.timer_other]
        return [*actions, *self.pages, *timer, self.agenda, self.agenda_next]

    def _create_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        file_menu.addActions([self.new, self.new_blank, self.open])
        self.recent_menu = file_menu.addMenu(self.tr("&Zuletzt geöffnet"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.demo)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.save_copy])
        file_menu.addSeparator()
        file_menu.addActions([self.export_map, self.protocol, self.privacy])
        file_menu.addSeparator()
        file_menu.addActions([self.hand_out, self.merge])
        file_menu.addSeparator()
        file_menu.addActions([self.rating_sheets, self.import_scores])
        file_menu.addSeparator()
        file_menu.addActions([self.import_stakeholders, self.import_ideas])
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])

        edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.history)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings)

        view_menu = bar.addMenu(self.tr("&Ansicht"))
        view_menu.addActions(self.pages)
        view_menu.addSeparator()
        self.timer_menu = view_menu.addMenu(self.tr("&Timer"))
        self.timer_menu.addActions([self.timer_toggle, self.timer_reset])
        self.timer_menu.addSeparator()
        self.timer_menu.addActions([*self.timer_presets, self.timer_other])
        view_menu.addActions([self.agenda, self.agenda_next])

        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addActions([self.help, self.log, self.self_test])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.window.preferences.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path.name.replace("&", "&&"))  # no mnemonic
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.window.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(keine)")).setEnabled(False)
