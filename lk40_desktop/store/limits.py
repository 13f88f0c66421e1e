"""How long a text field may be, and the one place that enforces it.

100,000 characters hold any profile, protocol or note a workshop produces (a dense A4 page
is about 3,000), yet keep every page and export fast: a 1,000,000-character word made the
GUI take 43 s to open a file, a 50 MB description never opened and broke the Word export.
Edits are trimmed to the limit by the operations (the command line and the GUI share
them), and a text that another program wrote longer is read trimmed (``read_text``), so no
field can make opening or exporting slow; the file itself keeps such a text until it is
edited.
"""

from __future__ import annotations

import re

TEXT_LIMIT = 100_000
"""Characters per text field."""
_HALF_PAIRS = re.compile("[\ud800-\udfff]")


def limited(text: str) -> str:
    """``text`` as it may be stored: at most TEXT_LIMIT characters, and halves of
    surrogate pairs (no characters; SQLite cannot store them) as U+FFFD."""
    return _HALF_PAIRS.sub("\ufffd", text[:TEXT_LIMIT])


def all_storable(texts: list[str]) -> bool:
    """Whether every one of ``texts`` may be stored as it is (none longer than TEXT_LIMIT,
    no half of a surrogate pair): one length scan and one search over all of them joined, so
    that an import of 10,000 rows checks its 100,000 texts in a few milliseconds instead of
    running a substitution on each."""
    if max(map(len, texts), default=0) > TEXT_LIMIT:
        return False
    joined = "".join(texts)
    return joined.isascii() or _HALF_PAIRS.search(joined) is None


def read_text(data: bytes) -> str:
    """A stored text as the app reads it: at most TEXT_LIMIT characters, and bytes that are
    no UTF-8 (another program wrote half a surrogate pair, or cut a character in two) as
    U+FFFD instead of an error that would stop every page and export reading the row. The
    file keeps its bytes."""
    if len(data) > TEXT_LIMIT:  # UTF-8 takes at most 4 bytes a character
        return data[: 4 * TEXT_LIMIT].decode("utf-8", "replace")[:TEXT_LIMIT]
    return data.decode("utf-8", "replace")
