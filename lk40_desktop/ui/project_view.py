"""The project area of the main window: the read-only banner over the navigation and the
pages. Every page is a stand-in until first shown, when it is built and its module imported
(a project opens on the overview; building all six at start-up cost a sixth of it). While a
file opens at start-up the area shows the opening page instead, the navigation disabled."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from lk40_desktop.ui.page_index import BOARDS, EXPORT, OVERVIEW, SCORING, STAKEHOLDERS, STRATEGY
from lk40_desktop.ui.widgets.opening_page import OpeningPage
from lk40_desktop.ui.widgets.page_area import PageArea
from lk40_desktop.ui.widgets.read_only_banner import ReadOnlyBanner

if TYPE_CHECKING:
    from lk40_desktop.ui.document import DocumentController
    from lk40_desktop.ui.widgets.project_page import ProjectPage

NAVIGATION_MIN_WIDTH = 140
"""The page list is as wide as its longest title (padding included), at least this: at
1280 px every pixel it does not need goes to the page."""


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
overview, and building the others cost a sixth of the start-up; the overview itself
waits until the window has been painted."""


class ProjectView(QWidget):
    """The navigation and the pages of the open project, with the banner above them."""

    show_place = Signal(str, str)
    """A page asks to go where a finding is fixed (kind, where): the window does."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.banner = ReadOnlyBanner()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Seiten des Projekts"))
        self.pages = QStackedWidget()
        self._built: dict[int, ProjectPage] = {}
        self._stand_ins = {row: QWidget() for row in PAGES}
        for row, title in enumerate(titles):
            self.navigation.addItem(title)
            self.pages.addWidget(self._stand_ins[row])
        self.opening = OpeningPage()
        self.pages.addWidget(self.opening)  # after the rows: pages.indexOf(page) == row
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.ensurePolished()  # the style sheet's larger font, before measuring
        widest = max(map(self.navigation.fontMetrics().horizontalAdvance, titles))
        self.navigation.setFixedWidth(max(NAVIGATION_MIN_WIDTH, widest + 52))
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.navigation)
        body.addWidget(PageArea(self.pages), 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addLayout(body, 1)

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

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show another project (or none) on the pages built so far; the rest follow when
        built. The navigation is enabled again after the opening state."""
        self.controller = controller
        self.navigation.setEnabled(True)
        for page in self._built.values():
            page.set_controller(controller)

    def show_opening(self, name: str) -> None:
        """While file ``name`` opens: its name and a busy bar, no page to choose."""
        self.opening.show_name(name)
        self.navigation.setEnabled(False)
        self.pages.setCurrentWidget(self.opening)

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentWidget(self.page(row))
