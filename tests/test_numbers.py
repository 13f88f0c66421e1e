"""One set of numbers: one rounding rule for paper, workbook and screens, numbers with their
nouns in the right form, the quick-win rule, and the roadmap's quarters."""

from __future__ import annotations

import math
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from lk40_desktop.export.text import format_euro, format_number
from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.numbers import fixed, half_up
from lk40_desktop.services.roadmap import Span, quarter_index, quarter_of, schedule
from lk40_desktop.services.scoring.portfolio import (
    PortfolioQuadrant,
    is_quick_win,
    portfolio_quadrant,
)
from lk40_desktop.ui.widgets.numbers import number_text


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (68.25, 1, "68.3"),  # Python's format says 68.2 (half to even on the binary value)
        (74.25, 1, "74.3"),
        (66.75, 1, "66.8"),
        (1.005, 2, "1.01"),  # the binary value is below 1.005: Excel still shows 1.01
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),  # away from zero, as Excel's ROUND
        (35.416666666666664, 1, "35.4"),
        (0.04999999999999999, 1, "0.1"),  # 15 digits, as a spreadsheet reads it
    ],
)
def test_half_up_as_spreadsheets_round(value: float, decimals: int, expected: str) -> None:
    assert fixed(value, decimals) == expected
    assert math.isnan(half_up(math.nan, 1))


def test_paper_and_screen_print_the_same_digits() -> None:
    assert f"{68.25:.1f}" == "68.2", "the rule Python would have used"
    assert format_number(68.25, "de") == "68,3" and format_number(1234.25, "en") == "1,234.3"
    assert format_euro(1_200_000.5, "de") == "1.200.001 €"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert number_text(68.25, 1) == "68,3" and number_text(1.005, 2) == "1,01"
        assert QLocale().toString(1.005, "f", 2) == "1,00", "what Qt alone would show"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.C))


def test_numbers_with_their_nouns() -> None:
    german, english = Words("de"), Words("en")
    assert german.count("n_votes", 1) == "1 Punkt" and german.count("n_votes", 0) == "0 Punkte"
    assert german.count("n_workshops", 1) == "1 Workshop"
    assert german.count("n_fields_in", 2) == "2 Handlungsfeldern"
    assert german.count("n_ideas_collected", 1_000) == "Gesammelt wurden 1.000 Ideen"
    assert english.count("n_ideas_collected", 1) == "1 idea was collected"
    assert german.join(["A", "B", "C"]) == "A, B und C" and english.join(["A"]) == "A"


def test_the_evaluation_decides_what_a_quick_win_is() -> None:
    assert portfolio_quadrant(50.0, 49.9) is PortfolioQuadrant.QUICK_WINS
    assert portfolio_quadrant(49.96, 10.0) is PortfolioQuadrant.QUICK_WINS, "50,0 as printed"
    assert portfolio_quadrant(80.0, 49.96) is PortfolioQuadrant.BIG_BETS, "50,0 is not below 50"
    assert portfolio_quadrant(math.nan, 10.0) is None
    assert is_quick_win(flagged=True, benefit=20.0, effort=80.0) is False
    assert is_quick_win(flagged=False, benefit=80.0, effort=20.0) is True
    assert is_quick_win(flagged=True, benefit=math.nan, effort=20.0) is True, "unscored: flag"


def test_roadmap_quarters_from_horizon_and_dependencies() -> None:
    spans = schedule(
        {"a": "short", "b": "short", "c": "medium", "d": "long", "e": "later"},
        {"b": ["a"], "c": ["d"], "d": ["c"]},  # b needs a; c and d need each other
    )
    assert spans["a"] == Span(0, 4) and spans["b"] == Span(4, 8), "b starts after a"
    assert spans["e"] == Span(4, 12), "an unknown horizon counts as medium"
    assert {spans["c"], spans["d"]} == {Span(4, 12), Span(12, 20)} or spans["c"].start >= 12
    assert quarter_of(date(2026, 1, 15), 0) == (2026, 1)
    assert quarter_of(date(2026, 11, 1), 1) == (2027, 1) and quarter_of(date(2026, 5, 1), 7) == (
        2028,
        1,
    )


def test_a_start_quarter_of_its_own_places_the_bar_for_its_horizons_length() -> None:
    start = date(2026, 1, 15)
    assert quarter_index(start, "2027-Q2") == 5 and quarter_index(start, "2026-Q1") == 0
    assert quarter_index(start, "2025-Q3") == 0, "before the project: its first quarter"
    assert quarter_index(start, "") is None and quarter_index(start, "2027-Q5") is None
    spans = schedule(
        {"a": "long", "b": "short", "c": "short"},
        {"c": ["a"]},
        {"a": 5, "b": 10, "c": 0},
    )
    assert spans["a"] == Span(5, 13), "a long measure from Q2 2027 runs eight quarters"
    assert spans["b"] == Span(10, 14), "a short one late in the plan keeps four quarters"
    assert spans["c"] == Span(13, 17), "its own start is still after what it needs"
