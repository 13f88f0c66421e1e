"""Every screen a user meets, one after the other: the welcome screen, each page and tab of an
open project (the board in voting mode and with all fields too), the presentation, each dialog
and each menu. The tests of mnemonics, accessible names, tab order and the pseudo-translation
walk them all, so a page or dialog added here is checked by all of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from lk40_desktop.ui.main_window import STRATEGY, MainWindow


@dataclass(frozen=True)
class Screen:
    """One state of a window: its name, the window, and the part of it that changed (the page
    or the dialog; the whole window for the welcome screen)."""

    name: str
    window: QWidget
    part: QWidget


def _settle() -> None:
    QTest.qWait(20)
    QApplication.processEvents()


def pages(window: MainWindow) -> Iterator[Screen]:
    """Each page of the open project, each of its tabs, and the board's other modes."""
    titles = window.page_titles()
    for row, title in enumerate(titles):
        window.navigation.setCurrentRow(row)
        page = window.page(row)
        _settle()
        if row == 2:
            boards = window.boards
            for index in range(boards.tabs.count()):
                boards.tabs.setCurrentIndex(index)
                _settle()
                yield Screen(f"{title}/{boards.tabs.tabText(index)}", window, page)
            profile = boards.proposals.editor.form.tabs
            boards.tabs.setCurrentWidget(boards.proposals)
            for index in range(1, profile.count()):  # the first was shown with its board tab
                profile.setCurrentIndex(index)
                _settle()
                yield Screen(f"{title}/profile/{profile.tabText(index)}", window, page)
            profile.setCurrentIndex(0)
            boards.tabs.setCurrentIndex(0)
            boards.actions_by_name["voting"].trigger()
            _settle()
            yield Screen(f"{title}/voting", window, page)
            boards.voting_bar.tally_button.setChecked(True)
            _settle()
            yield Screen(f"{title}/voting/tally", window, page)
            boards.voting_bar.tally_button.setChecked(False)
            boards.actions_by_name["voting"].trigger()
            boards.show_field(None)
            _settle()
            yield Screen(f"{title}/all fields", window, page)
            boards.show_field(boards.source.data.fields[0].id)
        elif row == 3:
            editor = window.scoring.ensure_editor()
            for index in range(editor.tabs.count()):
                editor.tabs.setCurrentIndex(index)
                _settle()
                yield Screen(f"{title}/{editor.tabs.tabText(index)}", window, page)
            editor.tabs.setCurrentIndex(0)
        elif row == STRATEGY:
            yield from _chapters(window, title, page)
        else:
            yield Screen(title, window, page)
    window.navigation.setCurrentRow(0)


def _chapters(window: MainWindow, title: str, page: QWidget) -> Iterator[Screen]:
    """The Strategiepapier page at the chapters that show more than the text: the foreword
    (its signer), the Ausgangslage (key figures) and a field's goals."""
    outline = page.outline  # type: ignore[attr-defined]
    wanted = {"foreword", "status_quo", "field_goals"}
    for row in range(outline.count()):
        key = outline.item(row).data(Qt.ItemDataRole.UserRole)[0]
        if key in wanted:
            wanted.discard(key)
            outline.setCurrentRow(row)
            _settle()
            yield Screen(f"{title}/{key}", window, page)
    outline.setCurrentRow(0)


def _import_wizard(window: MainWindow, folder: Path) -> QWidget:
    """The import wizard over a CSV of ideas (its mapping page: the board's choice, separator
    and encoding, the columns and the preview). Titles and cells are the demo's own texts,
    which the pseudo-translation knows as user data."""
    from lk40_desktop.services.imports.table import read_table
    from lk40_desktop.ui.dialogs.imports import ImportWizard
    from tests.helpers.lists import csv_file

    names = [stakeholder.name for stakeholder in window.stakeholders.source.data.stakeholders]
    path = csv_file(folder / "Ideen.csv", [names[:3], names[3:6]], sep_line=True)
    assert window.controller is not None
    wizard = ImportWizard("idea", path, window.controller, window)
    wizard.show_table(read_table(path), ("text", "details", None))
    return wizard


def _import_report(window: MainWindow) -> QWidget:
    """The report of an import with a merged and a skipped row."""
    from lk40_desktop.services.imports.duplicates import Match
    from lk40_desktop.services.imports.plan import ImportPlan
    from lk40_desktop.services.imports.records import Skip, Skipped
    from lk40_desktop.ui.dialogs.import_report import ImportReport

    plan = ImportPlan("stakeholder", new={"a": {"name": "Innung"}}, groups={"g": "Neu"})
    plan.merges.append(Match(3, "b", None, "Landrätin (Landratsamt)"))
    plan.skipped.append(Skipped(4, Skip.MISSING))
    return ImportReport("stakeholder", plan, ["E-Mail"], True, window)


def dialogs(window: MainWindow, folder: Path) -> Iterator[Screen]:
    """Each dialog of the app, shown (not run) over the open project, then closed."""
    from lk40_desktop.selftest import Check
    from lk40_desktop.ui.agenda.sheets import workshop_entries
    from lk40_desktop.ui.dialogs.about import AboutDialog
    from lk40_desktop.ui.dialogs.new_project import NewProjectDialog
    from lk40_desktop.ui.dialogs.print_sheet import PrintSheetDialog
    from lk40_desktop.ui.dialogs.privacy import PrivacyDialog
    from lk40_desktop.ui.dialogs.protocol import ProtocolDialog
    from lk40_desktop.ui.dialogs.relation import RelationDialog
    from lk40_desktop.ui.dialogs.relations import RelationListDialog
    from lk40_desktop.ui.dialogs.self_test import SelfTestDialog
    from lk40_desktop.ui.dialogs.settings import SettingsDialog
    from lk40_desktop.ui.dialogs.user_guide import UserGuideDialog
    from lk40_desktop.ui.dialogs.workshop_picker import WorkshopPicker
    from lk40_desktop.ui.overview.participants import ParticipantsDialog
    from lk40_desktop.ui.widgets.timer import TimerDialog

    data = window.stakeholders.source.data
    controller = window.controller
    assert controller is not None
    stakeholder = data.stakeholders[0]
    makers: dict[str, Callable[[], QWidget]] = {
        "new project": lambda: NewProjectDialog(True, str(folder), window),
        "blank project": lambda: NewProjectDialog(False, str(folder), window),
        "settings": lambda: SettingsDialog(window.preferences, window, controller),
        "print sheet": lambda: PrintSheetDialog(  # the sign-in list: lines, the contact hint
            controller.document, workshop_entries(data.workshops[0][0]), window
        ),
        "protocol": lambda: ProtocolDialog(data.workshops, data.workshops[0][0], "de", window),
        "about": lambda: AboutDialog(window),
        "user guide": lambda: UserGuideDialog(window.preferences.language or "de", window),
        "groups": lambda: window.stakeholders.list_dialog("stakeholder_group"),
        "relation kinds": lambda: window.stakeholders.list_dialog("relation_kind"),
        "raters": lambda: window.scoring.ensure_editor().raters_dialog(),
        "workshops of a stakeholder": lambda: WorkshopPicker(
            stakeholder.name, data.workshops, set(stakeholder.workshop_ids), window
        ),
        "participants of a workshop": lambda: ParticipantsDialog(
            controller, *data.workshops[0], window
        ),
        "personal data": lambda: PrivacyDialog(controller, window),
        "remove personal data": lambda: PrivacyDialog(controller, window).removal_dialog(),
        "relation": lambda: RelationDialog(data, stakeholder.id, window),
        "relations": lambda: RelationListDialog(controller, data.kinds, window),
        "timer minutes": lambda: TimerDialog(20, window),
        "import of ideas": lambda: _import_wizard(window, folder),
        "import report": lambda: _import_report(window),
        "self-test": lambda: SelfTestDialog(
            [Check("create", True, "", 0.4), Check("edit", False, "", blocked_by="create")],
            window,
        ),
    }
    for name, make in makers.items():
        dialog = make()
        dialog.show()
        _settle()
        yield Screen(name, dialog, dialog)
        dialog.close()
        dialog.deleteLater()
    window.navigation.setCurrentRow(2)
    window.timer.set_minutes(10)  # the presentation with its large timer
    _settle()
    window.boards.present()
    presentation = window.boards.presentation
    assert presentation is not None
    _settle()
    yield Screen("presentation", presentation, presentation)
    presentation.close()
    window.navigation.setCurrentRow(0)


def menus(window: MainWindow) -> Iterator[tuple[str, QMenu]]:
    """The menu bar's menus (and their submenus) and the board's context menu."""
    from lk40_desktop.ui.board.menu import BoardMenu

    def with_submenus(name: str, menu: QMenu) -> Iterator[tuple[str, QMenu]]:
        menu.aboutToShow.emit()  # fills menus that are filled when opened (recent files)
        yield name, menu
        for action in menu.actions():
            if action.menu() is not None:
                yield from with_submenus(f"{name} › {action.text()}", action.menu())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            yield from with_submenus(action.text(), action.menu())
    window.navigation.setCurrentRow(2)
    boards = window.boards
    boards.scene.select_cards([next(iter(boards.scene.cards))])
    yield from with_submenus("board", BoardMenu(boards))
    boards.scene.clearSelection()
    yield from with_submenus("board, nothing selected", BoardMenu(boards))
    window.navigation.setCurrentRow(0)


def everything(window: MainWindow, demo: Path, folder: Path) -> Iterator[Screen]:
    """The welcome screen, then the demo's pages and the dialogs over it."""
    window.close_project()
    _settle()
    yield Screen("welcome", window, window.welcome)
    assert window.open_path(demo)
    yield from pages(window)
    yield from dialogs(window, folder)


def visible_widgets(part: QWidget) -> list[QWidget]:
    """``part`` and every widget in it that is shown now."""
    return [part, *(w for w in part.findChildren(QWidget) if w.isVisible())]
