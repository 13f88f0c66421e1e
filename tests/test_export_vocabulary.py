"""The one table of export words: complete in both languages, with the same placeholders, and
the only word table the exports have."""

from __future__ import annotations

import re
import string
from pathlib import Path

import lk40_desktop
from lk40_desktop.export.roadmap import HORIZONS
from lk40_desktop.export.vocabulary import LANGUAGES, VOCABULARY, Words
from lk40_desktop.services.stakeholders.grid import ATTITUDE_COLORS, Quadrant


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_word_in_both_languages_with_the_same_placeholders() -> None:
    assert tuple(VOCABULARY) == LANGUAGES
    german, english = VOCABULARY["de"], VOCABULARY["en"]
    assert list(german) == list(english), "same keys, in the same order"
    for key, text in german.items():
        assert text and english[key], key
        assert _placeholders(text) == _placeholders(english[key]), key
    assert _placeholders(german["fragile"]) == {
        "proposal",
        "rank",
        "criterion",
        "low",
        "high",
        "now",
    }


def test_words_of_stored_values_and_the_fallback() -> None:
    english = Words("en")
    assert english.horizon("short") == "short term" and english.horizon("later") == "later"
    assert english.attitude("critic") == "Critic" and english.attitude("?") == "?"
    assert english.quadrant(Quadrant.KEEP_SATISFIED) == "Keep satisfied"
    assert english.quoted("Rufbus") == "“Rufbus”" and Words("de").quoted("Rufbus") == "„Rufbus“"
    for language in LANGUAGES:
        words = Words(language)
        assert all(words.quadrant(quad) for quad in Quadrant)
        assert all(words.attitude(key) != key for key in ATTITUDE_COLORS)
        assert all(words[f"horizon_{h}"] and words[f"horizon_{h}_span"] for h in HORIZONS)
    for other in ("fr", None):
        assert Words(other).language == "de" and Words(other)["rank"] == "Rang"


def test_no_export_keeps_a_word_table_of_its_own() -> None:
    """Export words live in ``export/vocabulary.py``; the names of the starter vocabulary,
    which every reader (screen and export) shares, in ``services/starter.py``: nowhere else."""
    package = Path(lk40_desktop.__file__).parent
    tables = re.compile(r"""["']en["']\s*:""")
    sources = [
        *package.joinpath("export").glob("*.py"),
        *package.joinpath("services").rglob("*.py"),
    ]
    assert len(sources) > 20
    for source in sorted(sources):
        if source.name not in ("vocabulary.py", "starter.py"):
            assert not tables.search(source.read_text(encoding="utf-8")), source
