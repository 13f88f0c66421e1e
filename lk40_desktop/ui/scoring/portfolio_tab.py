"""The effort/benefit portfolio of the evaluation: one bubble per proposal, sized by cost or by
the dots its cards got, drawn on screen and exported as PNG or SVG for the paper."""

from __future__ import annotations

import logging
from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.export.portfolio import portfolio_figure, render_portfolio
from lk40_desktop.services import project as project_service
from lk40_desktop.services.scoring.arithmetic import ScoringResult
from lk40_desktop.services.scoring.evaluation import Evaluation
from lk40_desktop.ui.document import DocumentController

log = logging.getLogger(__name__)


class PortfolioTab(QWidget):
    """The portfolio of the last evaluation shown; the chart's labels follow the project's
    language, as in the exported paper."""

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

    def _draw(self) -> None:
        if self.evaluation is None or self.result is None or self.controller is None:
            return
        portfolio_figure(
            self.evaluation.proposals,
            self.result,
            language=self._language(),
            size_by=str(self.size_by.currentData()),
            figure=self.figure,
        )
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def export_dialog(self) -> None:
        """Ask for a file and write the portfolio as PNG or SVG."""
        if self.controller is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Portfolio exportieren"),
            str(self.controller.document.path.parent / "Portfolio.png"),
            self.tr("PNG-Bild (*.png);;SVG-Grafik (*.svg)"),
        )
        if name:
            self.export(Path(name))

    def export(self, target: Path) -> bool:
        """Write the portfolio; explain a failure."""
        if self.evaluation is None or self.result is None or self.controller is None:
            return False
        try:
            render_portfolio(
                self.evaluation.proposals,
                self.result,
                target,
                language=self._language(),
                size_by=str(self.size_by.currentData()),
            )
        except (OSError, ValueError) as error:
            log.warning("portfolio export failed: %s", error)
            QMessageBox.warning(self, self.tr("Export fehlgeschlagen"), str(error))
            return False
        return True
