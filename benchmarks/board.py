"""Idea board with 5,000 cards in 100 clusters: (a) opening the board, (b) a full repaint at
fit-to-window, at the smallest zoom where card text is drawn (``painting.MIN_READABLE_PX``: the
most cards with text on screen at once) and at 100 % zoom, against a bare QGraphicsScene with
5,000 plain rectangles and text items in the same run, and (c) quick capture: Enter to the card
stored and painted.

Readable cards keep a pixmap of themselves, so repaints at 100 % copy pixmaps; the first paint
after zooming in draws them. That one paint is printed as well ("zoom ... and paint"), so the
cost the cache moves is not hidden.

Usage: python benchmarks/board.py [--runs N]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from board_setup import card_text, close_board, open_board  # benchmarks/ is the script's folder
from canvas import repaint_ms
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from lk40_desktop.services.board.layout import CARD_GAP, CARD_HEIGHT, CARD_WIDTH, CLUSTER_PADDING
from lk40_desktop.services.template import ProjectData, fill_blank
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import ActionField, Cluster, Idea, Vote, VoteRound
from lk40_desktop.ui.widgets.painting import MIN_READABLE_PX

CARDS, CLUSTERS = 5000, 100
PER_CLUSTER, COLUMNS, CLUSTERS_PER_ROW = CARDS // CLUSTERS, 5, 10
VIEW_SIZE = (1400, 850)


def card_positions() -> list[tuple[float, float, float, float, list[tuple[float, float]]]]:
    """(x, y, width, height, card spots) of each cluster on a 10 × 10 grid."""
    rows = PER_CLUSTER // COLUMNS
    width = COLUMNS * (CARD_WIDTH + CARD_GAP) + CLUSTER_PADDING
    height = rows * (CARD_HEIGHT + CARD_GAP) + 2 * CLUSTER_PADDING
    layout = []
    for index in range(CLUSTERS):
        x = (index % CLUSTERS_PER_ROW) * (width + 60)
        y = (index // CLUSTERS_PER_ROW) * (height + 60)
        spots = [
            (
                x + CLUSTER_PADDING / 2 + (n % COLUMNS) * (CARD_WIDTH + CARD_GAP),
                y + CLUSTER_PADDING + (n // COLUMNS) * (CARD_HEIGHT + CARD_GAP),
            )
            for n in range(PER_CLUSTER)
        ]
        layout.append((x, y, width, height, spots))
    return layout


def build_project(path: Path) -> None:
    """One action field holding 5,000 cards in 100 clusters, with dots on a third of them."""
    rng = random.Random(11)

    def fill(session) -> None:  # type: ignore[no-untyped-def]
        fill_blank(session, ProjectData(county="Benchmarkkreis"))
        session.add(ActionField(name="Breitband", color="#7b3f98", position=0))
        session.flush()
        field = session.query(ActionField).filter_by(name="Breitband").one()
        voting = VoteRound(name="Runde 1", dots_per_person=99, voter_mode="group", state="closed")
        session.add(voting)
        session.flush()
        number = 0
        for index, (x, y, width, height, spots) in enumerate(card_positions()):
            cluster = Cluster(
                action_field_id=field.id,
                name=f"Cluster {index}",
                x=x,
                y=y,
                width=width,
                height=height,
            )
            session.add(cluster)
            session.flush()
            for spot_x, spot_y in spots:
                idea = Idea(
                    action_field_id=field.id,
                    text=card_text(rng, number),
                    details="Details zur Idee" if number % 4 == 0 else "",
                    x=spot_x,
                    y=spot_y,
                    cluster_id=cluster.id,
                    author_group=rng.choice(["Verwaltung", "Wirtschaft", "Bildung"]),
                )
                session.add(idea)
                number += 1
                if number % 3 == 0:
                    session.flush()
                    for _dot in range(rng.randint(1, 3)):  # a dot is a row of its round
                        session.add(Vote(idea_id=idea.id, voter="Tisch 1", round_id=voting.id))

    WorkshopDocument.create(path, fill).close()


def bare_scene() -> QGraphicsScene:
    """5,000 plain rectangles with a text item each, at the same places."""
    rng = random.Random(11)
    scene = QGraphicsScene()
    number = 0
    for _x, _y, _w, _h, spots in card_positions():
        for x, y in spots:
            scene.addRect(QRectF(x, y, CARD_WIDTH, CARD_HEIGHT))
            scene.addSimpleText(card_text(rng, number)).setPos(x + 8, y + 8)
            number += 1
    return scene


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "board.lk40"
        build_project(path)
        open_times = []
        for attempt in range(5):
            page, controller, open_ms = open_board(app, path, VIEW_SIZE)
            open_times.append(open_ms)
            assert len(page.scene.cards) == CARDS and len(page.scene.clusters) == CLUSTERS
            if attempt < 4:
                close_board(page, controller)
        view = page.view
        view.fit()
        fit_ms = repaint_ms(view, app, runs)
        first_card = page.scene.cards[next(iter(page.scene.cards))]
        text_zoom = MIN_READABLE_PX / page.scene.look.title_px * 1.001
        start = time.perf_counter()
        view.set_zoom(text_zoom)
        view.centerOn(first_card.sceneBoundingRect().center())
        app.processEvents()
        view.viewport().repaint()
        text_first_ms = (time.perf_counter() - start) * 1000
        text_ms = repaint_ms(view, app, runs)
        assert page.scene.look.readable, "card text is drawn at this zoom"
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        cards_with_text = sum(
            shown.contains(c.sceneBoundingRect()) for c in page.scene.cards.values()
        )
        start = time.perf_counter()
        view.set_zoom(1.0)
        view.centerOn(page.scene.cards[next(iter(page.scene.cards))])
        app.processEvents()
        view.viewport().repaint()
        zoom_in_ms = (time.perf_counter() - start) * 1000
        actual_ms = repaint_ms(view, app, runs)

        capture_times = []
        for number in range(20):
            page.capture.setText(f"Neue Karte {number}")
            start = time.perf_counter()
            QTest.keyClick(page.capture, Qt.Key.Key_Return)
            view.viewport().repaint()
            capture_times.append((time.perf_counter() - start) * 1000)
        stored = [c for c in page.source.data.cards if c.text.startswith("Neue Karte ")]
        assert len(stored) == 20 and all(c.id in page.scene.cards for c in stored)
        page.set_controller(None)
        controller.close()

        bare = bare_scene()
        bare_view = QGraphicsView(bare)
        bare_view.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        bare_view.resize(view.size())
        bare_view.show()
        bare_view.fitInView(bare.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        bare_fit_ms = repaint_ms(bare_view, app, runs)
        start = time.perf_counter()
        bare_view.resetTransform()
        bare_view.scale(text_zoom, text_zoom)
        bare_view.centerOn(first_card.sceneBoundingRect().center())
        app.processEvents()
        bare_view.viewport().repaint()
        bare_text_first_ms = (time.perf_counter() - start) * 1000
        bare_text_ms = repaint_ms(bare_view, app, runs)
        start = time.perf_counter()
        bare_view.resetTransform()
        bare_view.centerOn(CLUSTER_PADDING + CARD_WIDTH / 2, CLUSTER_PADDING + CARD_HEIGHT / 2)
        app.processEvents()
        bare_view.viewport().repaint()
        bare_zoom_in_ms = (time.perf_counter() - start) * 1000
        bare_actual_ms = repaint_ms(bare_view, app, runs)
    open_ms, capture_ms = statistics.median(open_times), statistics.median(capture_times)
    fit_ratio, actual_ratio = fit_ms / bare_fit_ms, actual_ms / bare_actual_ms
    text_ratio = text_ms / bare_text_ms
    print(f"{'5,000 cards in 100 clusters':<44}{'median ms':>12}")
    print(f"{'open the board (load, build, first paint)':<44}{open_ms:>12.1f}   target <= 500")
    print(f"{'quick capture (Enter to stored and painted)':<44}{capture_ms:>12.1f}   target <= 30")
    print(f"{'full repaint at fit, LK40':<44}{fit_ms:>12.1f}")
    print(f"{'full repaint at fit, bare scene':<44}{bare_fit_ms:>12.1f}")
    text_label = f"({cards_with_text} cards with text)"
    print(f"{'full repaint, smallest zoom with text, LK40':<44}{text_ms:>12.1f}   {text_label}")
    print(f"{'full repaint, smallest zoom with text, bare':<44}{bare_text_ms:>12.1f}")
    print(f"{'zoom from fit to text and paint, LK40':<44}{text_first_ms:>12.1f}   (one run)")
    print(f"{'zoom from fit to text and paint, bare':<44}{bare_text_first_ms:>12.1f}   (one run)")
    print(f"{'full repaint at 100 %, LK40':<44}{actual_ms:>12.1f}")
    print(f"{'full repaint at 100 %, bare scene':<44}{bare_actual_ms:>12.1f}")
    print(f"{'zoom from fit to 100 % and paint, LK40':<44}{zoom_in_ms:>12.1f}   (one run)")
    print(f"{'zoom from fit to 100 % and paint, bare':<44}{bare_zoom_in_ms:>12.1f}   (one run)")
    print(
        f"repaint ratios: fit {fit_ratio:.2f}, text {text_ratio:.2f}, "
        f"100 % {actual_ratio:.2f} (target <= 3)"
    )
    print(
        json.dumps(
            {
                "open_ms": round(open_ms, 1),
                "capture_ms": round(capture_ms, 2),
                "fit_repaint_ms": round(fit_ms, 2),
                "bare_fit_repaint_ms": round(bare_fit_ms, 2),
                "actual_repaint_ms": round(actual_ms, 2),
                "bare_actual_repaint_ms": round(bare_actual_ms, 2),
                "text_zoom": round(text_zoom, 3),
                "text_cards": cards_with_text,
                "text_repaint_ms": round(text_ms, 2),
                "bare_text_repaint_ms": round(bare_text_ms, 2),
                "text_first_paint_ms": round(text_first_ms, 1),
                "bare_text_first_paint_ms": round(bare_text_first_ms, 1),
                "fit_ratio": round(fit_ratio, 2),
                "text_ratio": round(text_ratio, 2),
                "actual_ratio": round(actual_ratio, 2),
                "zoom_in_ms": round(zoom_in_ms, 1),
                "bare_zoom_in_ms": round(bare_zoom_in_ms, 1),
                "repaint_ratio": round(max(fit_ratio, text_ratio, actual_ratio), 2),
            }
        )
    )


if __name__ == "__main__":
    main()
