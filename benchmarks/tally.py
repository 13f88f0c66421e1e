"""Tallying paper pinboards (issue 16): 200 cards of one action field counted card by card on
the real board page at 1366 × 768 — the voting bar's "Zählen" on, the first card chosen with
an arrow key, then per card a count typed (``QTest.keyClicks``) and Enter, timed until the
count is stored, the board shows it and the next card in reading order is chosen. Baseline in
the same run: a bare window with a QLineEdit taking the same keys and Enter.

The project is made through the app's operations (an action field, 200 captured cards, a
round started); at the end the vote rows are read back from the file with sqlite3, and the
run fails unless every card holds its count.

Usage: python benchmarks/tally.py [--cards N]. Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from board_setup import card_text, close_board, open_board  # benchmarks/ is the script's folder
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from lk40_desktop.operations.board import capture_cards
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.overview import add_action_field
from lk40_desktop.services.template import ProjectData, fill_blank
from lk40_desktop.store.document import WorkshopDocument

CARDS = 200
WINDOW_SIZE = (1366, 768)
TARGET_MS = 30.0


def build_project(path: Path, cards: int) -> None:
    """A blank project with one action field holding ``cards`` captured cards."""
    rng = random.Random(16)
    document = WorkshopDocument.create(
        path, lambda s: fill_blank(s, ProjectData(county="Benchmarkkreis"))
    )
    (field_id,) = perform(document, lambda s: add_action_field(s, "Breitband", "#7b3f98")).created
    texts = [{"text": card_text(rng, number)} for number in range(cards)]
    perform(document, lambda s: capture_cards(s, field_id, texts))
    document.close()


def timed_entries(
    counts: list[int], type_count: Callable[[int, int], None], settle: Callable[[int], None]
) -> list[float]:
    """Milliseconds per entry: ``type_count(number, count)`` presses the keys and Enter,
    ``settle(number)`` checks what the entry did (outside the timing)."""
    app = QApplication.instance()
    assert app is not None
    times = []
    for number, count in enumerate(counts):
        start = time.perf_counter()
        type_count(number, count)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        settle(number)
    return times


def tally_cards(app: QApplication, path: Path, counts: list[int]) -> tuple[list[float], list[str]]:
    """The board in tally mode on a new round; per card a count and Enter. The per-card times
    and the cards in the order they were counted."""
    page, controller, _open_ms = open_board(app, path, WINDOW_SIZE)
    page.activateWindow()
    QTest.qWaitForWindowActive(page)
    page.actions_by_name["voting"].trigger()
    QTest.mouseClick(page.round_bar.new_button, Qt.MouseButton.LeftButton)
    assert page.source.data.round is not None and page.source.data.round.open, "a new round"
    QTest.mouseClick(page.voting_bar.tally_button, Qt.MouseButton.LeftButton)
    bar = page.voting_bar
    assert bar.tallying and page.scene.tallying
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Right)
    counted = list(page.scene.selected_card_ids())
    assert len(counted) == 1, "the first card is chosen"

    def type_count(number: int, count: int) -> None:
        typed = str(count)
        if not number:  # a digit on the board opens the tally field, which takes the rest
            QTest.keyClicks(page.view, typed[0])
            typed = typed[1:]
        QTest.keyClicks(bar.tally, typed)
        QTest.keyClick(bar.tally, Qt.Key.Key_Return)

    def settle(number: int) -> None:
        card_id = counted[number]
        assert page.source.data.dots_of(card_id, "") == counts[number], bar.status.text()
        assert page.scene.cards[card_id].row.votes == counts[number], "the board shows it"
        if number + 1 < len(counts):
            chosen = page.scene.selected_card_ids()
            assert len(chosen) == 1 and chosen[0] not in counted, "on to the next card"
            counted.append(chosen[0])

    times = timed_entries(counts, type_count, settle)
    close_board(page, controller)
    return times, counted


def bare_entries(counts: list[int]) -> list[float]:
    """A bare window with a QLineEdit: the same keys and Enter, the number kept and selected
    (as the tally field shows the next card's count ready to be typed over)."""
    window = QWidget()
    line = QLineEdit()
    QVBoxLayout(window).addWidget(line)
    entered: list[str] = []

    def enter() -> None:
        entered.append(line.text())
        line.setText("0")
        line.selectAll()

    line.returnPressed.connect(enter)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    line.setFocus()

    def type_count(_number: int, count: int) -> None:
        QTest.keyClicks(line, str(count))
        QTest.keyClick(line, Qt.Key.Key_Return)

    def settle(number: int) -> None:
        assert entered[number] == str(counts[number]), entered[number]

    times = timed_entries(counts, type_count, settle)
    window.close()
    return times


def stored_tallies(path: Path) -> dict[str, int]:
    """The live paper dots ("" voter) per card, read from the file itself."""
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT idea_id, COUNT(*) FROM vote WHERE voter = '' AND deleted_at IS NULL "
        "GROUP BY idea_id"
    ).fetchall()
    connection.close()
    return dict(rows)


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=CARDS)
    cards = parser.parse_args().cards
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    counts = [rng.randint(1, 15) for _ in range(cards)]  # one or two digits, like paper dots
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tally.lk40"
        build_project(path, cards)
        times, counted = tally_cards(app, path, counts)
        stored = stored_tallies(path)
    expected = dict(zip(counted, counts, strict=True))
    if len(set(counted)) != cards or stored != expected:
        wrong = sum(stored.get(card, 0) != count for card, count in expected.items())
        raise SystemExit(f"the tallies did not land: {wrong} of {cards} cards differ in the file")
    bare = bare_entries(counts)
    median, p90 = statistics.median(times), percentile(times, 0.9)
    bare_median = statistics.median(bare)
    ratio = median / bare_median
    print(f"{f'{cards} cards tallied, count + Enter each':<44}{'median ms':>12}{'p90 ms':>10}")
    print(f"{'LK40 board (stored, shown, next card)':<44}{median:>12.2f}{p90:>10.2f}")
    print(f"{'bare QLineEdit (same keys)':<44}{bare_median:>12.2f}{percentile(bare, 0.9):>10.2f}")
    print(f"{'slowest card, LK40':<44}{max(times):>12.2f}")
    print(f"ratio {ratio:.1f}; target: median <= {TARGET_MS:.0f} ms per card")
    print(f"all {cards} tallies read back from the file ({sum(counts)} dots)")
    print(
        json.dumps(
            {
                "tally_ms_per_card_median": round(median, 2),
                "tally_ms_per_card_p90": round(p90, 2),
                "tally_ms_per_card_max": round(max(times), 2),
                "bare_ms_per_key_median": round(bare_median, 3),
                "ratio": round(ratio, 1),
                "cards": cards,
                "dots": sum(counts),
                "within_target": median <= TARGET_MS,
            }
        )
    )


if __name__ == "__main__":
    main()
