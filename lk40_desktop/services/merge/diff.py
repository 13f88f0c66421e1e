"""A side-by-side comparison of two versions of a long text (a card's details, a proposal's
goal edited in two rooms): which words each side has that the other lacks. Words, not
characters: a reader compares phrasing, and a changed comma should not split a word."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

LONG_TEXT = 60
"""From this length (or with a line break) a text conflict is shown side by side."""
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Piece:
    """A run of one side's text, and whether the other side lacks it."""

    text: str
    changed: bool


def is_long(*values: object) -> bool:
    """Whether two values of a conflict are texts worth comparing side by side."""
    texts = [value for value in values if isinstance(value, str)]
    return len(texts) == len(values) and any(len(t) >= LONG_TEXT or "\n" in t for t in texts)


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of the same kind as one (fewer, longer marks to read); a space
    alone between two changes is part of the change."""
    pieces = [p for p in pieces if p.text]
    for i in range(1, len(pieces) - 1):
        if pieces[i].text.isspace() and pieces[i - 1].changed and pieces[i + 1].changed:
            pieces[i] = Piece(pieces[i].text, True)
    out: list[Piece] = []
    for piece in pieces:
        if out and out[-1].changed == piece.changed:
            out[-1] = Piece(out[-1].text + piece.text, piece.changed)
        elif piece.text:
            out.append(piece)
    return out


def side_by_side(mine: str, theirs: str) -> tuple[list[Piece], list[Piece]]:
    """Both texts cut into pieces, each marked where the other text differs."""
    left, right = _TOKENS.findall(mine), _TOKENS.findall(theirs)
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    mine_pieces: list[Piece] = []
    theirs_pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        same = tag == "equal"
        mine_pieces.append(Piece("".join(left[i1:i2]), not same))
        theirs_pieces.append(Piece("".join(right[j1:j2]), not same))
    return _joined(mine_pieces), _joined(theirs_pieces)
