"""The one date editor of the app (``DateEdit``), the rules it reads German dates by
(``parse_date``), and conversions between Qt's and Python's dates.

Qt's QDateEdit edits a date by sections: it jumps to the month after two digits, and a typed
"." then skipped the month as well, so "15.01.27" became 15.12.2001 without a word. A
facilitator types dates the way they are written in German: "15.01.27", "15.1.2027",
"150127". ``DateEdit`` is a line edit that reads all of these, shows the date with its full
year ("15.01.2027") once the field is left, and refuses an impossible date (31.02.2027) with a
message at the field instead of guessing another one. The workshop table, the project form and
the new-project dialog all use it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QWidget

from lk40_desktop.paths import resource

SHOWN = "%d.%m.%Y"
"""How a date reads: day and month with two digits, the full year."""

_SEPARATED = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-]?(\d{2}|\d{4})?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = {4: (2, 2, 0), 6: (2, 2, 2), 8: (2, 2, 4)}
"""Dates typed as digits only: DDMM (this year), DDMMYY, DDMMYYYY."""


class DateTextError(ValueError):
    """Why a text is not a date: ``impossible`` (31.02.2027, shown with its full year in
    ``shown``; ``complete`` when the year was typed with four digits) or not readable as a
    date at all."""

    def __init__(self, text: str, shown: str = "", *, complete: bool = False) -> None:
        super().__init__(text)
        self.text = text
        self.shown = shown
        self.impossible = bool(shown)
        self.complete = complete


def parse_date(text: str, today: date | None = None) -> date | None:
    """The date a German text means; None for an empty text. Accepts "15.01.2027",
    "15.1.27", "15.1." (this year), "150127", "15012027", "15/01/2027" and ISO "2027-01-15".
    A two-digit year is in this century (27 → 2027): the workshops and horizons of a strategy
    are. Raises DateTextError for an impossible or unreadable date."""
    stripped = text.strip()
    if not stripped:
        return None
    this_year = (today or date.today()).year
    parts = _parts(stripped)
    if parts is None:
        raise DateTextError(stripped)
    day, month, year_text = parts
    year = this_year if not year_text else int(year_text)
    if len(year_text) == 2:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        shown = f"{day:02d}.{month:02d}.{year:04d}" if 1 <= year <= 9999 else stripped
        raise DateTextError(stripped, shown, complete=len(year_text) == 4) from None


def _parts(text: str) -> tuple[int, int, str] | None:
    """(day, month, year as typed: "", two or four digits) of a date text, or None."""
    if match := _ISO.fullmatch(text):
        return int(match[3]), int(match[2]), match[1]
    if match := _SEPARATED.fullmatch(text):
        return int(match[1]), int(match[2]), match[3] or ""
    if text.isdigit() and len(text) in _DIGITS:
        day_len, month_len, _year_len = _DIGITS[len(text)]
        year = text[day_len + month_len :]
        return int(text[:day_len]), int(text[day_len : day_len + month_len]), year
    return None


def format_date(value: date | None) -> str:
    """A date as it reads in the app ("15.01.2027"); empty for None."""
    return value.strftime(SHOWN) if value is not None else ""


def to_date(value: QDate) -> date:
    """The Python date of a valid QDate."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """The QDate of a Python date."""
    return QDate(value.year, value.month, value.day)


class DateEdit(QLineEdit):
    """A date typed the German way, or picked from a calendar (the button in the field, or
    Alt+Down). ``committed`` carries the new date (None: emptied) when the field is left or
    Enter is pressed with a readable date; an unreadable or impossible one stays in the field,
    marked, with the reason as a tooltip and in ``problem``."""

    committed = Signal(object)

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setToolTip(self.tr("z. B. 15.01.2027, 15.1.27 oder 150127"))
        self._value: date | None = None
        self.problem = ""
        self._calendar: QCalendarWidget | None = None
        pick = QAction(QIcon(str(resource("icons", "calendar.svg"))), self.tr("Kalender"), self)
        pick.triggered.connect(self.show_calendar)
        self.addAction(pick, QLineEdit.ActionPosition.TrailingPosition)
        self.set_value(value)
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._check_while_typing)

    def value(self) -> date | None:
        """The last readable date (None: empty)."""
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show a date (None: empty) and forget any problem."""
        self._value = value
        self.setText(format_date(value))
        self._mark("")

    def read(self) -> date | None:
        """The date the text means now; raises DateTextError (and marks the field) if none."""
        try:
            value = parse_date(self.text())
        except DateTextError as problem:
            self._mark(self.describe(problem))
            raise
        self._mark("")
        return value

    def describe(self, problem: DateTextError) -> str:
        """The sentence that says why a text is not a date."""
        if problem.impossible:
            return self.tr("Den {date} gibt es nicht.").format(date=problem.shown)
        return self.tr("„{text}“ ist kein Datum. Bitte so eingeben: 15.01.2027").format(
            text=problem.text
        )

    def commit(self) -> bool:
        """Take the typed date: shown with its full year, ``committed`` if it changed. False
        (and the field marked) when the text is not a date."""
        try:
            value = self.read()
        except DateTextError:
            self._show_problem()
            return False
        self.setText(format_date(value))
        if value != self._value:
            self._value = value
            self.committed.emit(value)
        return True

    def _check_while_typing(self, text: str) -> None:
        """An impossible date is said as soon as its year is typed out (31.02.2027), not only
        when the field is left; an unfinished one ("31.0") is left alone."""
        try:
            parse_date(text)
        except DateTextError as problem:
            if problem.impossible and problem.complete:
                self._mark(self.describe(problem))
                self._show_problem()
                return
        self._mark("")
        QToolTip.hideText()

    def _mark(self, problem: str) -> None:
        self.problem = problem
        self.setProperty("invalid", bool(problem))
        self.setStyleSheet("background: #fde7e7;" if problem else "")
        self.setAccessibleDescription(problem)

    def _show_problem(self) -> None:
        if self.problem and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.problem, self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Down opens the calendar; Up and Down step a day, as in Qt's date fields."""
        key = event.key()
        if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly():
            try:
                shown = self.read() or date.today()
            except DateTextError:
                self._show_problem()
                return
            self.setText(format_date(shown + timedelta(days=1 if key == Qt.Key.Key_Up else -1)))
            self.commit()
            return
        super().keyPressEvent(event)

    # -- the calendar ---------------------------------------------------------------------

    def show_calendar(self) -> None:
        """A month calendar below the field; a click (or Enter) on a day takes it."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlag(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
            self._calendar.installEventFilter(self)
        shown = self._value or date.today()
        self._calendar.setSelectedDate(to_qdate(shown))
        self._calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        assert self._calendar is not None
        self._calendar.hide()
        self.setText(format_date(to_date(value)))
        self.setFocus()
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._calendar
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self._calendar.hide()
            self.setFocus()
            return True
        return super().eventFilter(watched, event)
