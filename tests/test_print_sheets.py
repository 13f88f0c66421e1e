"""``lk40 print`` (issue 22): every kind of sheet as a PDF of the demo project, read back with
poppler (pdftotext, pdfinfo): pages, paper size, the texts that must be there ("Seite 1 von N",
card ids, criteria, times, the Art. 13 notice and its contact), German and English; no name of
a participant on any sheet; a long board over several pages with its head on each; a target
that cannot be written is one line, exit 1, no file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lk40_desktop.cli import main as lk40
from lk40_desktop.operations.board import capture_cards
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.participants import add_participant, update_participant
from lk40_desktop.operations.settings import set_setting
from lk40_desktop.services.project import action_fields, workshops
from lk40_desktop.services.sheets import PRIVACY_CONTACT_KEY, SheetKind, board_sheet
from lk40_desktop.store.document import WorkshopDocument

A4, A4_LANDSCAPE, A3 = (595, 842), (842, 595), (842, 1191)
CONTACT = "datenschutz@musterlandkreis.example, Tel. 01234 5678"


def _info(pdf: Path) -> tuple[int, tuple[int, int]]:
    """Pages and the first page's size in whole points."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info.stdout, re.M)
    assert size is not None
    return pages, (round(float(size.group(1))), round(float(size.group(2))))


def _text(pdf: Path, page: int | None = None) -> str:
    """The PDF's text (or one page's) with every run of white space one space."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def _print(project: Path, kind: str, target: Path, *options: str) -> int:
    return lk40(["print", str(project), kind, "--out", str(target), *options])


@pytest.fixture
def demo_cards(demo_file: Path) -> list[tuple[str, str]]:
    """(id, text) of the first board's cards, as the sheets order them."""
    document = WorkshopDocument.open(demo_file, read_only=True)
    try:
        with document.reading() as session:
            return [(card.id, card.text) for card in board_sheet(session).cards]
    finally:
        document.close()


def test_cards_voting_and_tally_of_a_board(
    demo_file: Path,
    tmp_path: Path,
    demo_cards: list[tuple[str, str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    cards = tmp_path / "karten.pdf"
    assert _print(demo_file, "cards", cards, "--field", "elektromobilität") == 0
    pages, size = _info(cards)
    assert size == A4 and pages == -(-len(demo_cards) // 3)
    assert capsys.readouterr().out.strip() == f"{cards} ({pages} pages)"
    text = _text(cards)
    for card_id, card_text in demo_cards:
        assert f"Karte {card_id[:8]}" in text and card_text in text
    assert f"Seite 1 von {pages}" in text and f"Seite {pages} von {pages}" in text
    assert "Karten zum Ausschneiden" in _text(cards, 1)

    voting = tmp_path / "stimmzettel.pdf"
    assert _print(demo_file, "voting", voting) == 0
    assert _info(voting) == (1, A4)
    text = _text(voting)
    assert "Stimmzettel" in text and "Kreuzen Sie bis zu 5 Karten" in text
    assert all(card_text in text for _id, card_text in demo_cards)
    assert "Seite 1 von 1" in text

    tally = tmp_path / "zaehlbogen.pdf"
    assert _print(demo_file, "tally", tally, "--lang", "en") == 0
    text = _text(tally)
    assert "Tally sheet" in text and "Electromobility" in text and "Marks" in text
    assert "Page 1 of 1" in text and "Seite" not in text


def test_cards_of_one_cluster(demo_file: Path, tmp_path: Path) -> None:
    document = WorkshopDocument.open(demo_file, read_only=True)
    with document.reading() as session:
        board = board_sheet(session)
    document.close()
    cluster = board.cards[0].cluster
    inside = [card.text for card in board.cards if card.cluster == cluster]
    outside = [card.text for card in board.cards if card.cluster != cluster]
    target = tmp_path / "cluster.pdf"
    assert (
        _print(demo_file, "cards", target, "--board", board.field, "--cluster", cluster.upper())
        == 0
    )
    text = _text(target)
    assert inside and all(card in text for card in inside)
    assert outside and not any(card in text for card in outside)


def test_scoring_sheets_per_rater_and_for_all(demo_file: Path, tmp_path: Path) -> None:
    one = tmp_path / "bogen.pdf"
    assert _print(demo_file, "scoring", one, "--rater", "gruppe wirtschaft") == 0
    pages, size = _info(one)
    assert size == A4_LANDSCAPE
    text = _text(one)
    assert "Bewertungsbogen: Gruppe Wirtschaft" in text
    for criterion in ("Nutzen für Bürger", "Wirtschaftliche Wirkung", "Umsetzbarkeit", "Kosten"):
        assert criterion in text
    assert "EM-01 Ladenetz Musterland" in text and "niedriger ist besser" in text
    assert "Gruppe Verwaltung" not in text and f"Seite 1 von {pages}" in text

    every = tmp_path / "alle.pdf"
    assert _print(demo_file, "scoring", every, "--rater", "*", "--lang", "en") == 0
    assert _info(every)[0] == 4 * pages
    for rater in ("Gruppe Verwaltung", "Gruppe Wirtschaft", "Gruppe Zivilgesellschaft"):
        assert f"Scoring sheet: {rater}" in _text(every)
    assert "Benefit for citizens" in _text(every) and "lower is better" in _text(every)

    blank = tmp_path / "leer.pdf"
    assert _print(demo_file, "scoring", blank) == 0
    assert "Bewertungsbogen: ________________" in _text(blank)


def test_agenda_with_its_times(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "ablauf.pdf"
    assert _print(demo_file, "agenda", target, "--workshop", "Auftaktworkshop Landkreis 4.0") == 0
    assert _info(target) == (1, A4)
    text = _text(target)
    assert "Ablauf: Auftaktworkshop Landkreis 4.0" in text
    assert "12.02.2026 · 17:30 · Kreishaus Musterstadt" in text
    for times in ("17:30–17:40", "17:40–18:00", "18:25–18:40", "19:20–19:30"):
        assert times in text
    assert "Begrüßung durch den Landrat" in text and "Ende gegen 19:30 Uhr" in text
    english = tmp_path / "agenda.pdf"
    assert _print(demo_file, "agenda", english, "--lang", "en") == 0
    assert "Ends around 19:30" in _text(english) and "Page 1 of 1" in _text(english)


def test_sign_in_list_with_its_notice_and_contact(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    without = tmp_path / "ohne.pdf"
    assert _print(demo_file, "sign-in", without, "--rows", "8") == 0
    assert "names no contact for data-protection questions" in capsys.readouterr().err
    assert _info(without) == (1, A4_LANDSCAPE)
    text = _text(without)
    assert "Datenschutzhinweis nach Art. 13 DSGVO" in text and "Landratsamt Musterlandkreis" in text
    assert "Datenschutzbeauftragten: ________________" in text
    assert "Nennung im Protokoll (Ankreuzen = Zustimmung)" in text and "Unterschrift" in text

    document = WorkshopDocument.open(demo_file)
    perform(document, lambda session: set_setting(session, PRIVACY_CONTACT_KEY, CONTACT))
    document.close()
    for language, notice, page in (
        ("de", "Art. 13 DSGVO", "Seite"),
        ("en", "Art. 13 GDPR", "Page"),
    ):
        target = tmp_path / f"liste-{language}.pdf"
        assert _print(demo_file, "sign-in", target, "--lang", language, "--rows", "40") == 0
        assert "names no contact" not in capsys.readouterr().err
        pages, _size = _info(target)
        assert pages >= 2
        text = _text(target)
        of = "von" if language == "de" else "of"
        assert notice in text and CONTACT in text and f"{page} 1 {of} {pages}" in text
        assert re.search(r"\b40\b", _text(target, pages))  # the last line's number


def test_stakeholder_map_as_an_a3_poster(demo_file: Path, tmp_path: Path) -> None:
    for language, title in (("de", "Stakeholder-Landkarte"), ("en", "Stakeholder map")):
        target = tmp_path / f"poster-{language}.pdf"
        assert _print(demo_file, "poster", target, "--lang", language) == 0
        assert _info(target) == (1, A3)
        text = _text(target)
        assert title in text and "Landrätin" in text
        assert ("Seite 1 von 1" if language == "de" else "Page 1 of 1") in text


def test_no_participant_is_named_on_any_sheet(demo_file: Path, tmp_path: Path) -> None:
    """Neither a participant who refused to be named nor one who agreed: a sign-in list is
    filled in by hand, and no other sheet is about people in the room."""
    document = WorkshopDocument.open(demo_file)
    with document.reading() as session:
        workshop = workshops(session)[0].id
    refused = perform(document, lambda s: add_participant(s, workshop, "Zacharias Quellenberg"))
    agreed = perform(document, lambda s: add_participant(s, workshop, "Erika Wunderlich"))
    perform(document, lambda s: update_participant(s, agreed.created[0], {"named": True}))
    assert refused.created
    document.close()
    for kind in SheetKind:
        for language in ("de", "en"):
            target = tmp_path / f"{kind.value}-{language}.pdf"
            assert _print(demo_file, kind.value, target, "--lang", language, "--rater", "*") == 0
            text = _text(target)
            assert "Zacharias" not in text and "Quellenberg" not in text, kind
            assert "Wunderlich" not in text, kind
            assert not re.search("[\ufb00-\ufb06]", text), kind  # no ligatures: "fi" is found


def test_a_long_board_runs_over_pages_with_its_head_on_each(
    demo_file: Path, tmp_path: Path
) -> None:
    document = WorkshopDocument.open(demo_file)
    with document.reading() as session:
        field = next(f for f in action_fields(session) if f.name == "Tourismus")
    texts = [{"text": f"Idee Nummer {n:03d} für den Tourismus"} for n in range(1, 81)]
    perform(document, lambda session: capture_cards(session, field.id, texts))
    document.close()
    target = tmp_path / "lang.pdf"
    assert _print(demo_file, "voting", target, "--field", "Tourismus") == 0
    pages, _size = _info(target)
    assert pages >= 3
    for page in range(1, pages + 1):
        text = _text(target, page)
        assert text.startswith("Stimmzettel"), page  # the page's head
        assert "Nr. Karte Cluster" in text, page  # the table's head, repeated
        assert f"Seite {page} von {pages}" in text
    assert "Idee Nummer 001" in _text(target, 1) and "Idee Nummer 080" in _text(target, pages)
    whole = _text(target)
    assert all(f"Idee Nummer {n:03d} " in whole for n in range(1, 81))


def test_a_target_that_cannot_be_written_is_one_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eine Datei").write_text("kein Ordner")
    for target in (tmp_path / "fehlt" / "karten.pdf", tmp_path / "eine Datei" / "karten.pdf"):
        assert _print(demo_file, "cards", target) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith(f"lk40: print: {target}: ") and err.endswith("no file was written")
        assert "\n" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Musterlandkreis.lk40", "eine Datei"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["cards", "--field", "Raumfahrt"], "print: the project has no board 'Raumfahrt'"),
        (["cards", "--cluster", "Nirgendwo"], "print: the project has no cluster 'Nirgendwo'"),
        (["agenda", "--workshop", "Sommerfest"], "print: the project has no workshop 'Sommerfest'"),
        (["scoring", "--rater", "Niemand"], "print: the project has no rater 'Niemand'"),
    ],
)
def test_an_unknown_choice_is_one_line(
    demo_file: Path,
    tmp_path: Path,
    options: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "blatt.pdf"
    assert lk40(["print", str(demo_file), *options, "--out", str(target)]) == 1
    assert capsys.readouterr().err == f"lk40: {message}; no file was written\n"
    assert not target.exists() and list(tmp_path.iterdir()) == [demo_file]


def test_without_a_display_in_a_process_of_its_own(demo_file: Path, tmp_path: Path) -> None:
    """The command creates its own QGuiApplication, offscreen where there is no display."""
    target = tmp_path / "ablauf.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "lk40_desktop",
            "print",
            str(demo_file),
            "agenda",
            "--out",
            str(target),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{target} (1 page)"
    assert "17:30–17:40" in _text(target)


def test_the_printer_gets_the_pages_the_pdf_gets(demo_file: Path, tmp_path: Path) -> None:
    """What the print dialog's printer receives is drawn by the same code as the PDF: a
    ``QPrinter`` printing to a file shows the same pages, size and texts."""
    from PySide6.QtPrintSupport import QPrinter

    from lk40_desktop.printing.render import SheetJob, print_on
    from lk40_desktop.services.sheets import SheetChoice, sheet_content

    saved = tmp_path / "gespeichert.pdf"
    assert _print(demo_file, "sign-in", saved, "--rows", "30") == 0
    document = WorkshopDocument.open(demo_file, read_only=True)
    with document.reading() as session:
        job = SheetJob.of(sheet_content(session, SheetKind.SIGN_IN, SheetChoice(rows=30)))
    document.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(printed))
    pages = print_on(printer, job)
    del printer  # the file is complete once the printer is gone
    assert pages == _info(saved)[0] >= 2
    assert _info(printed) == _info(saved)
    assert _text(printed) == _text(saved)


def test_a_card_written_at_length_is_shortened_not_cut_off(demo_file: Path, tmp_path: Path) -> None:
    """Whole lines and "…" on the card (its foot with the id stays readable), at most a few
    lines in a voting sheet's row."""
    document = WorkshopDocument.open(demo_file)
    with document.reading() as session:
        field = next(f for f in action_fields(session) if f.name == "Tourismus")
    long_text = " ".join(f"Wort{n:04d}" for n in range(400))
    edit = perform(document, lambda s: capture_cards(s, field.id, [{"text": long_text}]))
    document.close()
    cards, voting = tmp_path / "karten.pdf", tmp_path / "zettel.pdf"
    assert _print(demo_file, "cards", cards, "--field", "Tourismus") == 0
    assert _print(demo_file, "voting", voting, "--field", "Tourismus") == 0
    last = _text(cards, _info(cards)[0])
    shown = re.search(r"Wort0000 .*?(Wort\d{4})… Karte " + edit.created[0][:8], last)
    assert shown is not None, last
    assert 40 < int(shown.group(1)[4:]) < 399
    row = re.search(r"Wort0000 .*?(Wort\d{4})…", _text(voting))
    assert row is not None and int(row.group(1)[4:]) < 40
