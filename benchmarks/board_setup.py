"""What the idea-board benchmarks (``board.py``, ``tally.py``) share: the cards' texts and the
real board page opened on a file, timed the same way."""

from __future__ import annotations

import random
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.board.page import BoardPage
from lk40_desktop.ui.document import DocumentController

WORDS = ["Ladesäulen", "Glasfaser", "App", "Beratung", "Sensoren", "Portal", "Netzwerk", "Schulen"]


def card_text(rng: random.Random, number: int) -> str:
    """A card's text of two to seven words, numbered so that every card differs."""
    return f"Idee {number}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 7)))


def open_board(
    app: QApplication, path: Path, size: tuple[int, int]
) -> tuple[BoardPage, DocumentController, float]:
    """The board page shown at ``size`` on the file: the page, its controller and the
    milliseconds from handing it the document to the first paint (load, build, paint)."""
    controller = DocumentController(WorkshopDocument.open(path))
    page = BoardPage()
    page.resize(*size)
    page.show()
    app.processEvents()
    start = time.perf_counter()
    page.set_controller(controller)
    app.processEvents()
    page.view.viewport().repaint()
    return page, controller, (time.perf_counter() - start) * 1000


def close_board(page: BoardPage, controller: DocumentController) -> None:
    """Let go of the document and the page."""
    page.set_controller(None)
    page.deleteLater()
    controller.close()
