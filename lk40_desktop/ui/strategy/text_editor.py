"""A small rich-text editor for a chapter: paragraphs, bold, italic, bullet and numbered
lists and links — no fonts, sizes or colours, because the paper's template sets those. The
text is kept as Markdown (``QTextDocument.toMarkdown`` / ``setMarkdown``), which the Word
paper turns into real paragraphs and lists (``export.markdown``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QKeyCombination, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PlainRichText(QTextEdit):
    """A text edit that pastes only what the paper keeps: HTML from a browser or Word comes
    in as Markdown again, so fonts and colours are dropped, emphasis, lists and links stay.
    The toolbar's keys (Ctrl+B …) are its own: as window shortcuts they would clash with
    the pages' and menus' keys."""

    keys: dict[QKeyCombination, Callable[[], None]]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.keys.get(event.keyCombination()) if hasattr(self, "keys") else None
        if action is not None:
            action()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: object) -> None:
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QTextDocument

        assert isinstance(source, QMimeData)
        if source.hasHtml():
            document = QTextDocument()
            document.setHtml(source.html())
            self.textCursor().insertMarkdown(document.toMarkdown())
            return
        super().insertFromMimeData(source)


class ChapterEditor(QWidget):
    """The chapter's text with a toolbar; ``edited`` once the user changed it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = PlainRichText()
        self.text.setAcceptRichText(True)
        self.text.setAccessibleName(self.tr("Kapiteltext"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._typed)
        self._loading = False
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        self.text.keys = {}
        for key, label, shortcut, action in (
            ("bold", self.tr("F"), QKeySequence.StandardKey.Bold, self.toggle_bold),
            ("italic", self.tr("K"), QKeySequence.StandardKey.Italic, self.toggle_italic),
            ("bullets", self.tr("• Liste"), "Ctrl+Shift+L", self.bullet_list),
            ("numbers", self.tr("1. Liste"), "Ctrl+Shift+N", self.numbered_list),
            ("link", self.tr("Link"), "Ctrl+K", self.insert_link),
        ):
            button = QToolButton()
            button.setText(label)
            sequence = QKeySequence(shortcut)
            self.text.keys[sequence[0]] = action  # type: ignore[index]  # stub lacks it
            names = {
                "bold": self.tr("Fett"),
                "italic": self.tr("Kursiv"),
                "bullets": self.tr("Aufzählung"),
                "numbers": self.tr("Nummerierte Liste"),
                "link": self.tr("Link einfügen"),
            }
            button.setAccessibleName(names[key])
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{names[key]} ({shown})")
            button.clicked.connect(action)
            tools.addWidget(button)
            self.buttons[key] = button
        bold_font = self.buttons["bold"].font()
        bold_font.setBold(True)
        self.buttons["bold"].setFont(bold_font)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.text, 1)

    def markdown(self) -> str:
        """The text as stored: Markdown, "" for an empty text."""
        text = self.text.document().toMarkdown()
        return text if text.strip() else ""

    def set_markdown(self, text: str) -> None:
        """Show a stored text without reporting it as an edit."""
        self._loading = True
        try:
            self.text.setMarkdown(text)
        finally:
            self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def toggle_bold(self) -> None:
        """Bold on or off for the selection (or what is typed next)."""
        weight = self.text.fontWeight()
        fmt = QTextCharFormat()
        fmt.setFontWeight(
            QFont.Weight.Normal if weight > QFont.Weight.Normal else QFont.Weight.Bold
        )
        self.text.mergeCurrentCharFormat(fmt)
        self.text.setFocus()

    def toggle_italic(self) -> None:
        """Italic on or off for the selection (or what is typed next)."""
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.text.fontItalic())
        self.text.mergeCurrentCharFormat(fmt)
        self.text.setFocus()

    def bullet_list(self) -> None:
        """Make the paragraph a bullet list item (again: a plain paragraph)."""
        self._list(QTextListFormat.Style.ListDisc)

    def numbered_list(self) -> None:
        """Make the paragraph a numbered list item (again: a plain paragraph)."""
        self._list(QTextListFormat.Style.ListDecimal)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(style)
        self.text.setFocus()

    def insert_link(self) -> None:
        """Link the selection (or a new text) to an address the user types."""
        address, ok = QInputDialog.getText(self, self.tr("Link einfügen"), self.tr("Adresse:"))
        if not ok or not address.strip():
            return
        cursor = self.text.textCursor()
        shown = cursor.selectedText() or address.strip()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(address.strip())
        fmt.setFontUnderline(True)
        cursor.insertText(shown, fmt)
        cursor.setCharFormat(QTextCharFormat())
        self.text.setTextCursor(cursor)
        self.text.setFocus()
