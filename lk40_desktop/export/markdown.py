"""The Markdown of a chapter, read into blocks the Word paper writes as real paragraphs and
lists: what the Strategiepapier page's editor stores (``QTextDocument.toMarkdown``) —
paragraphs wrapped at 80 columns, ``**bold**``, ``*italic*``, ``***both***``, ``[links](url)``,
bullet lists ("- "), numbered lists ("1.  "), nested by indentation, hard breaks (two spaces
or a backslash at a line's end), backslash escapes — and what a person types by hand in the
same spirit (``__bold__``, ``_italic_``, ``* item``, headings as ``#`` lines).

Qt-free and without a Markdown library: the subset is small, and the paper must not depend
on a parser's idea of HTML. Anything else is kept as its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BULLET = re.compile(r"^( *)[-*+] +(.*)$")
ORDERED = re.compile(r"^( *)(\d{1,9})[.)] +(.*)$")
HEADING = re.compile(r"^ {0,3}#{1,6} +(.*?)(?: +#+ *)?$")
LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
ESCAPABLE = '\\`*_{}[]()#+-.!|<>~"'
MAX_LEVEL = 1
"""List levels the paper sets (0 and 1): a third level reads as the second."""


@dataclass(frozen=True)
class Run:
    """A piece of text with its emphasis and, for a link, its target."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph, a heading or one list item.

    ``kind``: "paragraph", "heading", "bullet" or "number"; ``level`` the list's depth (0, 1);
    ``list_id`` numbers the lists of a text: items of one list share it, so a numbered list
    that follows a paragraph starts again at 1."""

    kind: str
    runs: tuple[Run, ...]
    level: int = 0
    list_id: int = 0

    @property
    def text(self) -> str:
        """The block's plain text."""
        return "".join(run.text for run in self.runs)


@dataclass
class _Pending:
    kind: str
    lines: list[str] = field(default_factory=list)
    level: int = 0
    list_id: int = 0


def parse(markdown: str) -> list[Block]:
    """The blocks of a text, in order; blank blocks are dropped, so an empty or
    whitespace-only text has none (the paper leaves such a chapter out)."""
    blocks: list[_Pending] = []
    current: _Pending | None = None
    indents: list[int] = []
    """Indentation of the open list levels."""
    list_ids: list[int] = []
    kinds: list[str] = []
    next_id = 0
    for raw in markdown.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.expandtabs(4)
        if not line.strip():
            current = None  # a blank line ends a block; a list may go on after it
            continue
        item = BULLET.match(line) or ORDERED.match(line)
        if item:
            indent = len(item.group(1))
            kind = "bullet" if item.re is BULLET else "number"
            text = item.groups()[-1]
            while indents and indent < indents[-1]:
                indents.pop()
                list_ids.pop()
                kinds.pop()
            if not indents or indent > indents[-1]:
                indents.append(indent)
                next_id += 1
                list_ids.append(next_id)
                kinds.append(kind)
            elif kinds[-1] != kind:  # "- a" then "1.  b": a new list of the other kind
                next_id += 1
                list_ids[-1] = next_id
                kinds[-1] = kind
            current = _Pending(kind, [text], min(len(indents) - 1, MAX_LEVEL), list_ids[-1])
            blocks.append(current)
            continue
        heading = HEADING.match(line)
        if heading:
            indents.clear()
            list_ids.clear()
            kinds.clear()
            blocks.append(_Pending("heading", [heading.group(1)]))
            current = None
            continue
        if current is not None:
            current.lines.append(line.strip() if current.kind != "paragraph" else line.lstrip())
            continue
        if indents and line.startswith(" " * (indents[-1] + 2)):
            last = blocks[-1]  # an item's later paragraph after a blank line: its text goes on
            last.lines.append(line.strip())
            current = last
            continue
        indents.clear()
        list_ids.clear()
        kinds.clear()
        current = _Pending("paragraph", [line.lstrip()])
        blocks.append(current)
    parsed = [Block(b.kind, tuple(inline(_joined(b.lines))), b.level, b.list_id) for b in blocks]
    return [block for block in parsed if block.text.strip()]


def _joined(lines: list[str]) -> str:
    """Lines of one block as one text: a soft break is a space, a hard break (two spaces
    or a backslash at the end) a line break."""
    parts = []
    for number, line in enumerate(lines):
        last = number == len(lines) - 1
        if not last and (
            line.endswith("  ") or (line.endswith("\\") and not line.endswith("\\\\"))
        ):
            parts.append(line.rstrip(" ").removesuffix("\\").rstrip() + "\n")
        else:
            parts.append(line.rstrip() + ("" if last else " "))
    return "".join(parts)


def inline(text: str) -> list[Run]:
    """The runs of one block's text: emphasis by ``*``/``_`` runs that open before a
    non-space and close after one, links, escapes; unmatched markers stay as text."""
    runs: list[Run] = []
    bold = italic = False
    buffer: list[str] = []

    def flush() -> None:
        piece = "".join(buffer)
        if piece:
            last = runs[-1] if runs else None
            if last is not None and (last.bold, last.italic, last.link) == (bold, italic, None):
                runs[-1] = Run(last.text + piece, bold, italic)
            else:
                runs.append(Run(piece, bold, italic))
        buffer.clear()

    closers = _closable(text)
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in ESCAPABLE:
            buffer.append(text[index + 1])
            index += 2
            continue
        if char == "[" and (match := LINK.match(text, index)):
            flush()
            label = re.sub(r"\\(.)", r"\1", match.group(1))
            for part in inline(label):
                runs.append(
                    Run(part.text, part.bold or bold, part.italic or italic, match.group(2))
                )
            index = match.end()
            continue
        if char == "<" and (match := AUTOLINK.match(text, index)):
            flush()
            runs.append(Run(match.group(1), bold, italic, match.group(1)))
            index = match.end()
            continue
        if char == "`":
            end = text.find("`", index + 1)
            if end > index:
                buffer.append(text[index + 1 : end])
                index = end + 1
                continue
        if char in "*_":
            length = len(text) - index - len(text[index:].lstrip(char))
            length = min(length, 3)
            before = text[index - 1] if index else " "
            after = text[index + length] if index + length < len(text) else " "
            if char == "_" and before.isalnum() and after.isalnum():
                buffer.append(char * length)  # snake_case stays a word
                index += length
                continue
            wants_bold, wants_italic = length >= 2, length in (1, 3)
            closing = not before.isspace() and ((wants_bold and bold) or (wants_italic and italic))
            opening = not after.isspace() and index in closers
            if closing or opening:
                flush()
                if closing:
                    bold = bold and not wants_bold
                    italic = italic and not wants_italic
                else:
                    bold = bold or wants_bold
                    italic = italic or wants_italic
                index += length
                continue
            buffer.append(char * length)
            index += length
            continue
        buffer.append(char)
        index += 1
    flush()
    return runs


def _closable(text: str) -> set[int]:
    """Positions of ``*``/``_`` runs that have a matching closer later in the text: only
    these open emphasis, so "5 * 3" or a lone "*" stays as typed."""
    positions = [(match.start(), match.group(0)) for match in re.finditer(r"\*{1,3}|_{1,3}", text)]
    openers = set()
    for number, (start, marker) in enumerate(positions):
        after = text[start + len(marker) : start + len(marker) + 1]
        if not after or after.isspace():
            continue
        for later, other in positions[number + 1 :]:
            before = text[later - 1]
            if other[0] == marker[0] and not before.isspace() and later > start + len(marker):
                openers.add(start)
                break
    return openers
