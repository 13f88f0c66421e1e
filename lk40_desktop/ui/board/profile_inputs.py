"""The inputs of a measure profile that are more than a line of text: a multi-line field that
reports when it is left, an amount field (euro or FTE) that reads the user's locale, and the
start quarter typed the way people write it ("Q2 2027", "2/2027", "2027-Q2")."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

QUARTER_FIRST = re.compile(r"^Q?\s*([1-4])\s*(?:\.\s*Quartal|\.|/|-|\s)\s*(\d{4})$", re.IGNORECASE)
"""A quarter before its year: "Q2 2027", "2/2027", "2. Quartal 2027", "q2-2027"."""
YEAR_FIRST = re.compile(r"^(\d{4})\s*(?:-|/|\s)\s*Q?\s*([1-4])$", re.IGNORECASE)
"""A year before its quarter: "2027-Q2" (as stored), "2027/2", "2027 Q2"."""


def stored_quarter(text: str) -> str:
    """The stored form "2027-Q2" of a typed quarter; "" for an empty field. Text that names
    no quarter is passed on as typed, so that the operation refuses it and says why."""
    text = text.strip()
    if found := QUARTER_FIRST.match(text):
        return f"{found.group(2)}-Q{found.group(1)}"
    if found := YEAR_FIRST.match(text):
        return f"{found.group(1)}-Q{found.group(2)}"
    return text


def shown_quarter(stored: str) -> str:
    """How a stored quarter is shown in its field: "Q2 2027" ("" for none)."""
    found = YEAR_FIRST.match(stored)
    return f"Q{found.group(2)} {found.group(1)}" if found else stored


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text when the user leaves it."""

    committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)

    def show_text(self, text: str) -> None:
        """Show the stored text unless the user is typing here."""
        if not self.hasFocus() and self.toPlainText() != text:
            self.setPlainText(text)


class AmountEdit(QLineEdit):
    """An amount of a profile field (euro, or staff in FTE with decimals), in the user's
    number format; empty means "not known yet"."""

    def __init__(self, field: str, placeholder: str, decimals: int = 0) -> None:
        super().__init__()
        self.field = field
        self.decimals = decimals
        self.setPlaceholderText(placeholder)

    def show_value(self, value: float | None, *, force: bool = False) -> None:
        """Show a stored amount (``force``: also while the user is in the field, to put
        back the stored one after a refusal)."""
        if value is None:
            text = ""
        elif self.decimals:
            text = QLocale().toString(float(value), "g", 6)
        else:
            text = QLocale().toString(float(value), "f", 0)
        if (force or not self.hasFocus()) and self.text() != text:
            self.setText(text)

    def value(self) -> tuple[float | None, bool]:
        """The typed amount (None for an empty field) and whether the text is a number."""
        text = self.text().replace("€", "").strip()
        if not text:
            return None, True
        value, ok = QLocale().toDouble(text)
        return (value if ok else None), ok

    def mark(self, hint: str) -> None:
        """Show that the field holds no amount the profile can take ("" clears it)."""
        self.setStyleSheet("background: #fde7e7" if hint else "")
        self.setToolTip(hint)
