"""How card text is fitted to a card: whole lines, "…" where cut, room for the dot badge,
whole words on the projector."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from lk40_desktop.services.board.layout import CARD_HEIGHT, CARD_WIDTH
from lk40_desktop.ui.board.card_text import LINE_BREAK, fit_lines, fit_title
from lk40_desktop.ui.board.items import PADDING, CardLook

WIDTH = CARD_WIDTH - 2 * PADDING
BOX = QSizeF(WIDTH, CARD_HEIGHT - 2 * PADDING)


@pytest.fixture
def look(qapp: QApplication) -> CardLook:
    del qapp
    return CardLook()


def test_long_text_shows_whole_lines_and_ends_with_an_ellipsis(look: CardLook) -> None:
    text = "Breitband für jeden Ortsteil, Glasfaser bis in jedes Haus, " * 20 + "🚲 Ende"
    start = time.perf_counter()
    fitted = fit_lines(text * 100, look.title, BOX, look.wrap)
    assert time.perf_counter() - start < 1.0, "a 100,000-character card lays out quickly"
    lines = fitted.text.split(LINE_BREAK)
    metrics = QFontMetricsF(look.title)
    assert fitted.cut and lines[-1].endswith("…") and 1 < len(lines) < 10
    assert fitted.height <= BOX.height()
    assert len(lines) * metrics.lineSpacing() <= BOX.height() + len(lines)
    assert all(metrics.horizontalAdvance(line) <= WIDTH + 0.5 for line in lines)
    short = fit_lines("Kurz 🚲", look.title, BOX, look.wrap)
    assert short.text == "Kurz 🚲" and not short.cut and not short.splits_word


def test_lines_beside_the_badge_are_shorter(look: CardLook) -> None:
    corner = QSizeF(60, 10)  # less than one line high
    text = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk"
    metrics = QFontMetricsF(look.title)
    lines = fit_lines(text, look.title, BOX, look.wrap, corner).text.split(LINE_BREAK)
    assert metrics.horizontalAdvance(lines[0]) <= WIDTH - corner.width() + 0.5
    assert metrics.horizontalAdvance(lines[1]) > WIDTH - corner.width(), "only beside it"


def test_split_words_are_noticed_but_a_hyphen_is_a_fair_break(look: CardLook) -> None:
    long_word = fit_lines("Donaudampfschifffahrtsgesellschaftskapitän", look.title, BOX, look.wrap)
    assert long_word.splits_word and not long_word.cut
    assert "".join(long_word.text.split(LINE_BREAK)) == "Donaudampfschifffahrtsgesellschaftskapitän"
    hyphen = fit_lines("Ladepunkte an Kreisstraßen-Parkplätzen", look.title, BOX, look.wrap)
    assert not hyphen.splits_word


def test_projector_titles_take_the_largest_font_that_keeps_words_whole(
    qapp: QApplication,
) -> None:
    del qapp
    look = CardLook(presentation=True)
    badge = QSizeF(look.badge_size + 4, look.badge_size)
    box = QSizeF(WIDTH, CARD_HEIGHT - PADDING)
    sizes = [font.pointSizeF() for font in look.title_fonts]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == CardLook().title.pointSizeF()
    font, fitted, top = fit_title(
        "E-Busse auf den Stadtlinien", look.title_fonts, box, look.wrap, badge
    )
    assert font is look.title_fonts[0] and top == 0.0 and not fitted.cut
    text = "Schnellladesäulen an allen Kreisstraßen-Parkplätzen"
    font, fitted, top = fit_title(text, look.title_fonts, box, look.wrap, badge)
    assert font.pointSizeF() < sizes[0], "the long word does not fit the largest font"
    assert not fitted.splits_word and not fitted.cut
    assert fitted.text.replace(LINE_BREAK, " ").replace("- ", "-") == text
    if top:
        assert top == badge.height(), "moved below the badge, not beside it"
