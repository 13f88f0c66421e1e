"""The effort/benefit portfolio of the evaluation: one bubble per proposal, sized by cost or by
the dots its cards got, drawn on screen and exported as PNG or SVG for the paper."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.export.portfolio import portfolio_figure, render_portfolio
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services import project as project_service
from lk40_desktop.services.scoring.arithmetic import ScoringResult
from lk40_desktop.services.scoring.evaluation import Evaluation
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.image_dialog import ask_image_path

log = logging.getLogger(__name__)

SCREEN_LABEL_SIZE = 8.5
"""Points of a proposal's title on screen (the chart fills the tab: larger than on paper)."""


class PortfolioTab(QWidget):
    """The portfolio of the last evaluation shown, in the UI language; the exported picture
    speaks the project's language, as the paper does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.evaluation: Evaluation | None = None
        self.result: ScoringResult | None = None
        self.figure = Figure(figsize=(10, 7.5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.size_by = QComboBox()
        self.size_by.addItem(self.tr("Kosten"), "cost")
        self.size_by.addItem(self.tr("Punkte (Punktabfrage)"), "votes")
        self.size_by.activated.connect(lambda _row: self._draw())
        export = QPushButton(self.tr("Als B&ild exportieren…"))
        export.clicked.connect(self.export_dialog)
        size_label = QLabel(self.tr("Blasen&größe nach:"))
        size_label.setBuddy(self.size_by)
        bar = QHBoxLayout()
        bar.addWidget(size_label)
        bar.addWidget(self.size_by)
        bar.addStretch(1)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self._draw)

    def set_controller(self, controller: DocumentController | None) -> None:
        """Draw the portfolio of another document (or none)."""
        self.controller = controller
        self.evaluation, self.result = None, None

    def show_result(self, evaluation: Evaluation, result: ScoringResult) -> None:
        """Draw a fresh evaluation."""
        self.evaluation, self.result = evaluation, result
        self._draw()

    def _language(self) -> str:
        assert self.controller is not None
        with self.controller.document.reading() as session:
            return project_service.get_project(session).language

    def words(self) -> dict[str, str]:
        """The chart's words in the UI language (the exported picture speaks the project's)."""
        return {
            "portfolio_quick_wins": self.tr("Quick Wins"),
            "portfolio_big_bets": self.tr("Große Vorhaben"),
            "portfolio_fill_ins": self.tr("Lückenfüller"),
            "portfolio_money_pits": self.tr("Ressourcenfresser"),
            "effort": self.tr("Aufwand"),
            "benefit": self.tr("Nutzen"),
            "legend_cost": self.tr("Kosten (Fläche)"),
            "legend_votes": self.tr("Punkte (Fläche)"),
            "legend_quick_win": self.tr("Quick Win"),
            "legend_flag_overruled": self.tr("als Quick Win markiert,\nnach der Bewertung nicht"),
        }

    def _draw(self) -> None:
        if self.evaluation is None or self.result is None or self.controller is None:
            return
        portfolio_figure(
            self.evaluation.proposals,
            self.result,
            size_by=str(self.size_by.currentData()),
            figure=self.figure,
            words=self.words(),
            label_size=SCREEN_LABEL_SIZE,
        )
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Titles are placed for the chart's size: place them again once resizing rests."""
        super().resizeEvent(event)
        self._redraw.start()

    def export_dialog(self) -> None:
        """Ask for a file and write the portfolio as PNG or SVG."""
        if self.controller is None:
            return
        path = ask_image_path(
            self,
            self.tr("Portfolio als Bild speichern"),
            self.controller.document.path.parent,
            Words(self._language())["file_portfolio"],
        )
        if path is not None:
            self.export(path)

    def export(self, target: Path) -> bool:
        """Write the portfolio; explain a failure."""
        if self.evaluation is None or self.result is None or self.controller is None:
            return False
        language = self._language()
        with self.controller.document.reading(language=language) as session:
            names = {f.id: f.name for f in project_service.action_fields(session)}
        proposals = [  # the legend's action fields in the picture's language too
            replace(p, field_name=names.get(p.field_id or "", p.field_name))
            for p in self.evaluation.proposals
        ]
        try:
            render_portfolio(
                proposals,
                self.result,
                target,
                language=language,
                size_by=str(self.size_by.currentData()),
            )
        except (OSError, ValueError) as error:
            log.warning("portfolio export failed: %s", error)
            QMessageBox.warning(self, self.tr("Export fehlgeschlagen"), str(error))
            return False
        return True
