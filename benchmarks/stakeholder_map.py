"""Stakeholder map with 500 stakeholders and 1,000 relations: (a) opening the page,
(b) a full repaint at fit-to-window, against a bare QGraphicsScene with as many plain
ellipse and line items in the same run.

Usage: python benchmarks/stakeholder_map.py [--runs N]. Prints a table, then one JSON line.
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

from canvas import repaint_ms  # benchmarks/ is the script's folder
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from lk40_desktop.services.template import ProjectData, fill_blank
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.models import (
    RelationKind,
    Stakeholder,
    StakeholderGroup,
    StakeholderRelation,
)
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.stakeholders.page import StakeholderPage

STAKEHOLDERS, RELATIONS = 500, 1000
VIEW_SIZE = (1100, 800)


def build_project(path: Path) -> None:
    """A project with 500 stakeholders and 1,000 relations."""
    rng = random.Random(7)

    def fill(session) -> None:  # type: ignore[no-untyped-def]
        fill_blank(session, ProjectData(county="Benchmarkkreis"))
        session.flush()
        groups = list(session.query(StakeholderGroup))
        kinds = list(session.query(RelationKind))
        people = [
            Stakeholder(
                name=f"Akteur {i:03d} {rng.choice(['Verein', 'GmbH', 'Amt', 'Initiative'])}",
                group_id=rng.choice(groups).id,
                influence=rng.randint(2, 10) / 2,
                interest=rng.randint(2, 10) / 2,
                attitude=rng.choice(["supporter", "neutral", "critic"]),
            )
            for i in range(STAKEHOLDERS)
        ]
        session.add_all(people)
        session.flush()
        for _ in range(RELATIONS):
            source, target = rng.sample(people, 2)
            session.add(
                StakeholderRelation(
                    source_id=source.id, target_id=target.id, kind_id=rng.choice(kinds).id, label=""
                )
            )

    WorkshopDocument.create(path, fill).close()


def bare_scene() -> QGraphicsScene:
    """As many plain ellipses and lines, spread over the same area."""
    rng = random.Random(7)
    scene = QGraphicsScene()
    points = [(rng.uniform(0, 720), rng.uniform(0, 720)) for _ in range(STAKEHOLDERS)]
    for _ in range(RELATIONS):
        (x1, y1), (x2, y2) = rng.sample(points, 2)
        scene.addLine(x1, y1, x2, y2)
    for x, y in points:
        scene.addEllipse(QRectF(x - 15, y - 15, 30, 30))
    scene.setSceneRect(QRectF(-180, -130, 1080, 1030))
    return scene


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "benchmark.lk40"
        build_project(path)
        open_times, build_times = [], []
        for _ in range(5):
            document = WorkshopDocument.open(path, read_only=True)
            controller = DocumentController(document)
            page = StakeholderPage()
            page.resize(1600, 900)
            page.show()
            app.processEvents()
            start = time.perf_counter()
            page.set_controller(controller)
            built = time.perf_counter()
            app.processEvents()
            open_times.append((time.perf_counter() - start) * 1000)
            build_times.append((built - start) * 1000)
            assert len(page.scene.nodes) == STAKEHOLDERS and len(page.scene.relations) == RELATIONS
            if len(open_times) < 5:
                page.set_controller(None)
                page.deleteLater()
                controller.close()
        view = page.view
        view.resize(*VIEW_SIZE)
        view.fit()
        app_repaint = repaint_ms(view, app, runs)

        bare = bare_scene()
        bare_view = QGraphicsView(bare)
        bare_view.setRenderHints(QPainter.RenderHint.Antialiasing)
        bare_view.resize(*VIEW_SIZE)
        bare_view.show()
        bare_view.fitInView(bare.sceneRect())
        bare_repaint = repaint_ms(bare_view, app, runs)
        page.set_controller(None)
        controller.close()
    open_ms, build_ms = statistics.median(open_times), statistics.median(build_times)
    ratio = app_repaint / bare_repaint
    print(f"{'stakeholder map (500 / 1,000)':<40}{'median ms':>12}")
    print(f"{'open the page until painted':<40}{open_ms:>12.1f}   target <= 300")
    print(f"{'  of which load + table + scene build':<40}{build_ms:>12.1f}")
    print(f"{'full repaint at fit, LK40':<40}{app_repaint:>12.1f}")
    print(f"{'full repaint at fit, bare scene':<40}{bare_repaint:>12.1f}")
    print(f"repaint ratio {ratio:.2f} (target <= 3), {runs} repaints each")
    print(
        json.dumps(
            {
                "open_ms": round(open_ms, 1),
                "build_ms": round(build_ms, 1),
                "repaint_ms": round(app_repaint, 2),
                "bare_repaint_ms": round(bare_repaint, 2),
                "repaint_ratio": round(ratio, 2),
                "stakeholders": STAKEHOLDERS,
                "relations": RELATIONS,
            }
        )
    )


if __name__ == "__main__":
    main()
