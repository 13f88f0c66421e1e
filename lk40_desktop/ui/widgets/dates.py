"""Conversion between Qt's and Python's dates (PySide's ``toPython`` is typed as ``object``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_date(value: QDate) -> date:
    """The Python date of a valid QDate."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """The QDate of a Python date."""
    return QDate(value.year, value.month, value.day)
