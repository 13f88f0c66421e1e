"""German dates as a facilitator types them: every form ``parse_date`` reads, impossible dates
refused with the full year, and the one date field (``DateEdit``) that shows and commits them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lk40_desktop.ui.widgets.dates import DateEdit, DateTextError, parse_date

TODAY = date(2026, 5, 4)


@pytest.mark.parametrize(
    "typed",
    [
        "15.01.27",
        "15.1.27",
        "15.1.2027",
        "15.01.2027",
        "150127",
        "15012027",
        "15/01/2027",
        "2027-01-15",
        " 15.01.2027 ",
    ],
)
def test_every_german_form_of_a_date(typed: str) -> None:
    assert parse_date(typed, TODAY) == date(2027, 1, 15)


@pytest.mark.parametrize("typed", ["15.1.", "15.1", "1501"])
def test_a_date_without_year_is_this_year(typed: str) -> None:
    assert parse_date(typed, TODAY) == date(2026, 1, 15)


def test_empty_is_no_date() -> None:
    assert parse_date("  ", TODAY) is None


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("31.02.2027", "31.02.2027"),
        ("310227", "31.02.2027"),
        ("29.2.27", "29.02.2027"),
        ("15.13.27", "15.13.2027"),
        ("00.01.2027", "00.01.2027"),
    ],
)
def test_impossible_dates_are_refused_with_the_full_year(typed: str, shown: str) -> None:
    with pytest.raises(DateTextError) as refused:
        parse_date(typed, TODAY)
    assert refused.value.impossible and refused.value.shown == shown


def test_a_leap_day_exists_in_a_leap_year() -> None:
    assert parse_date("29.2.28", TODAY) == date(2028, 2, 29)


@pytest.mark.parametrize("typed", ["morgen", "15.01.202", "1.2.3.4", "1234567", "15..27"])
def test_text_that_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(DateTextError) as refused:
        parse_date(typed, TODAY)
    assert not refused.value.impossible


def _typed(qtbot: QtBot, text: str) -> tuple[DateEdit, list[date | None]]:
    """A date field showing 01.01.2026 into which ``text`` was typed, and what it committed."""
    field = DateEdit(date(2026, 1, 1))
    qtbot.addWidget(field)
    committed: list[date | None] = []
    field.committed.connect(committed.append)
    field.show()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    return field, committed


def test_the_field_shows_the_full_year_and_commits_once(qtbot: QtBot) -> None:
    field, committed = _typed(qtbot, "15.01.27")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "15.01.2027" and committed == [date(2027, 1, 15)]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert committed == [date(2027, 1, 15)], "the same date is not committed twice"
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == date(2027, 1, 16), "Up steps a day"


def test_the_field_refuses_an_impossible_date_and_keeps_it_for_correcting(qtbot: QtBot) -> None:
    field, committed = _typed(qtbot, "31.02.2027")
    assert field.problem == "Den 31.02.2027 gibt es nicht."
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "31.02.2027" and field.value() == date(2026, 1, 1)
    assert committed == []
    field.selectAll()
    qtbot.keyClicks(field, "kein Datum")
    assert not field.commit()
    assert field.problem.startswith("„kein Datum“ ist kein Datum.")
    field.clear()
    assert field.commit() and committed == [None], "an emptied field clears the date"
