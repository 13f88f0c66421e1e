"""What the canvas benchmarks (stakeholder map, idea board) measure the same way."""

from __future__ import annotations

import statistics
import time

from PySide6.QtWidgets import QApplication, QGraphicsView


def repaint_ms(view: QGraphicsView, app: QApplication, runs: int) -> float:
    """Median time of a synchronous full repaint of the viewport."""
    app.processEvents()
    view.viewport().repaint()  # first paint fills the caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
