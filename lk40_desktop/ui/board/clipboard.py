"""Cards on the clipboard: copied with their colour, tags, author group and workshop for this app
and as plain text for others; what is pasted — copied cards, or one card per line of text —
becomes the card values ``operations.board.capture_cards`` places in the inbox."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from lk40_desktop.operations.board import CARD_FIELDS
from lk40_desktop.services.board.data import CardRow
from lk40_desktop.services.board.layout import capture_lines

CARD_MIME = "application/x-lk40-cards"
CardValues = dict[str, str | None]


def copy_cards(cards: Sequence[CardRow]) -> None:
    """Put cards on the clipboard."""
    mime = QMimeData()
    payload = [{key: getattr(card, key) for key in sorted(CARD_FIELDS)} for card in cards]
    mime.setData(CARD_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(card.text for card in cards))
    QGuiApplication.clipboard().setMimeData(mime)


def pasted_cards() -> list[CardValues]:
    """The cards on the clipboard: copied ones, else one per non-empty line of its text."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return []
    if mime.hasFormat(CARD_MIME):
        return copied_cards(bytes(mime.data(CARD_MIME).data()))
    return [{"text": line} for line in capture_lines(mime.text())]


def copied_cards(payload: bytes) -> list[CardValues]:
    """Cards copied by this app (perhaps from another project): those with a text, with the
    fields they carry. A card copied without a workshop stays without one."""
    try:
        cards = json.loads(payload.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(cards, list):
        return []
    return [
        {
            "workshop_id": None,
            **{key: str(card[key]) for key in CARD_FIELDS if card.get(key) is not None},
        }
        for card in cards
        if isinstance(card, dict) and card.get("text")
    ]
