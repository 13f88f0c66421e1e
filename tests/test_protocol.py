"""The results protocol of one workshop (issue 22.3): written by ``lk40 protocol`` into the
template's styles and read back with python-docx — facts, agenda, the workshop's own cards
with its rounds' dots, the proposals of the day, next steps — in German and English; a
participant who did not agree to be named is in no part of the file; refusals are one line
and leave no file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from pathlib import Path

import docx
import pytest

from lk40_desktop.cli import main as lk40
from lk40_desktop.export.protocol_docx import protocol_file_name
from lk40_desktop.operations.edit import perform
from lk40_desktop.operations.overview import add_workshop, update_workshop
from lk40_desktop.operations.participants import add_participant, update_participant
from lk40_desktop.services.project import workshops
from lk40_desktop.services.protocol import load_protocol
from lk40_desktop.store.document import WorkshopDocument

WORKSHOP = "Ideenwerkstatt Wirtschaft und Energie"
PEOPLE = [
    ("Erika Zustimmung", "IHK Musterland", True),
    ("Max Ohnezustimmung", "Handwerkskammer", False),
    ("Jana Offen", "Stadtwerke", True),
]


def _prepare(path: Path) -> str:
    """Participants (one who did not agree to be named) and next steps for the workshop."""
    document = WorkshopDocument.open(path)
    try:
        with document.reading() as session:
            workshop = next(w.id for w in workshops(session) if w.title == WORKSHOP)
        for name, organisation, named in PEOPLE:
            created = perform(document, lambda s, n=name: add_participant(s, workshop, n))
            person = created.created[0]
            values = {"organisation": organisation, "named": named}
            perform(document, lambda s, p=person, v=values: update_participant(s, p, v))
        notes = "Steckbriefe bis 30.04. ergänzen\nBewertungsworkshop vorbereiten"
        perform(document, lambda s: update_workshop(s, workshop, {"notes": notes}))
    finally:
        document.close()
    return workshop


def _texts(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    """The document's paragraphs and its tables' cell texts."""
    document = docx.Document(str(path))
    tables = [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]
    return [p.text for p in document.paragraphs], tables


def _everything(path: Path) -> str:
    """Every XML part of the file (body, headers, footers, properties) as one text."""
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        )


def _dots_of(path: Path, workshop: str) -> dict[str, int]:
    """Card text → dots of the workshop's rounds, read with plain sqlite3."""
    query = """
        SELECT idea.text, count(vote.id) FROM idea
        JOIN vote ON vote.idea_id = idea.id AND vote.deleted_at IS NULL
        JOIN vote_round ON vote_round.id = vote.round_id AND vote_round.workshop_id = ?
        WHERE idea.workshop_id = ? AND idea.deleted_at IS NULL GROUP BY idea.id"""
    with sqlite3.connect(path) as connection:
        return dict(connection.execute(query, (workshop, workshop)).fetchall())


def test_the_protocol_reports_the_evening_and_names_only_who_agreed(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = _prepare(demo_file)
    target = tmp_path / "Protokoll.docx"
    assert (
        lk40(["protocol", str(demo_file), "--workshop", WORKSHOP.upper(), "--docx", str(target)])
        == 0
    )
    assert capsys.readouterr().out.strip() == str(target)
    paragraphs, tables = _texts(target)
    assert paragraphs[:3] == ["Musterlandkreis", f"Ergebnisprotokoll: {WORKSHOP}", paragraphs[2]]
    for fact in ("Datum: 16.04.2026", "Zeit: 18:00 bis 20:15 Uhr", "Moderation: Jonas Albrecht"):
        assert fact in paragraphs
    assert "Ort: Technologiezentrum Talhausen" in paragraphs
    assert "Teilnehmende: 31 Personen" in paragraphs
    assert ["Erika Zustimmung", "IHK Musterland"] in tables[0]
    assert ["Jana Offen", "Stadtwerke"] in tables[0]
    assert "Weitere 29 Personen nahmen teil, ohne namentlich genannt zu werden." in paragraphs
    assert "Max Ohnezustimmung" not in _everything(target)
    assert "Handwerkskammer" not in _everything(target), "nor the organisation beside the name"

    agenda = tables[1]
    assert agenda[0] == ["Zeit", "Programmpunkt", "Dauer", "Notizen"]
    assert agenda[1][:3] == ["18:00", "Ankommen und Begrüßung", "10 Min."]
    cards = {row[0]: int(row[1]) for table in tables[2:-1] for row in table[1:]}
    dots = _dots_of(demo_file, workshop)
    assert dots and all(cards[text] == count for text, count in dots.items())
    with sqlite3.connect(demo_file) as connection:
        own = {
            t
            for (t,) in connection.execute(
                "SELECT text FROM idea WHERE workshop_id = ?", (workshop,)
            )
        }
        other = connection.execute(
            "SELECT text FROM idea WHERE workshop_id != ? LIMIT 1", (workshop,)
        ).fetchone()[0]
    assert set(cards) == own and other not in cards
    assert "Im Workshop wurden 35 Karten geschrieben." in " ".join(paragraphs)
    assert "Runde „Ideenwerkstatt Wirtschaft und Energie“: 110 Punkte insgesamt." in paragraphs
    assert tables[-1][0] == ["Nr.", "Projektvorschlag", "Handlungsfeld", "Stand"]
    assert ["TO-02", "Digitale Gästekarte", "Tourismus", "bearbeitet"] in tables[-1]
    steps = paragraphs[paragraphs.index("Nächste Schritte") + 1 :]
    assert steps == ["Steckbriefe bis 30.04. ergänzen", "Bewertungsworkshop vorbereiten"]
    document = docx.Document(str(target))
    assert document.core_properties.title == f"Ergebnisprotokoll: {WORKSHOP}"
    assert "Seite" in _everything(target) and "NUMPAGES" in _everything(target)


def _photo(path: Path, seed: int, size: tuple[int, int] = (1600, 1200)) -> Path:
    """A pinboard-like JPEG: coloured cards on a light board."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (236, 232, 222))
    draw = ImageDraw.Draw(image)
    for n in range(24):
        x, y = 60 + (n * 197 + seed * 31) % (size[0] - 260), 60 + (n * 131) % (size[1] - 200)
        draw.rectangle((x, y, x + 180, y + 120), fill=(250, 230 - n * 3, 120 + seed * 9))
    image.save(path, "JPEG", quality=88)
    return path


def test_photos_follow_the_proposals_and_a_missing_photo_consent_is_noted(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lk40_desktop.operations.photos import add_photos
    from lk40_desktop.services.photos import Owner, prepare

    workshop = _prepare(demo_file)
    document = WorkshopDocument.open(demo_file)
    try:
        photos = [
            prepare(_photo(tmp_path / f"{n}.jpg", n), "Pinnwand Mobilität" if n == 0 else "")
            for n in range(3)
        ]
        perform(document, lambda s: add_photos(s, Owner("workshop", workshop), photos))
    finally:
        document.close()
    target = tmp_path / "mit Fotos.docx"
    arguments = ["protocol", str(demo_file), "--workshop", WORKSHOP, "--docx", str(target)]
    assert lk40(arguments) == 0
    error = capsys.readouterr().err
    assert "3 of the listed participants did not agree to be photographed" in error
    document_read = docx.Document(str(target))
    paragraphs = [p.text for p in document_read.paragraphs]
    at = paragraphs.index("Fotodokumentation")
    assert paragraphs.index("Projektvorschläge") < at < paragraphs.index("Nächste Schritte")
    # "Abbildung <SEQ field>: caption" (python-docx reads the field's number as no text)
    captions = [p.partition(": ")[2] for p in paragraphs if p.startswith("Abbildung ")]
    assert captions == [
        "Pinnwand Mobilität",
        f"Foto aus dem Workshop „{WORKSHOP}“",
        f"Foto aus dem Workshop „{WORKSHOP}“",
    ]
    assert _everything(target).count("SEQ Abbildung") == 3
    assert len(document_read.inline_shapes) == 3
    assert all(
        shape.width <= document_read.sections[0].page_width for shape in document_read.inline_shapes
    )
    assert 'descr="Foto aus dem Workshop' in _everything(target), "alternative texts"

    without = tmp_path / "ohne Fotos.docx"
    assert lk40([*arguments[:-1], str(without), "--without-photos"]) == 0
    assert capsys.readouterr().err == ""
    assert len(docx.Document(str(without)).inline_shapes) == 0


def test_english_minutes(demo_file: Path, tmp_path: Path) -> None:
    _prepare(demo_file)
    target = tmp_path / "minutes.docx"
    arguments = ["protocol", str(demo_file), "--workshop", WORKSHOP, "--docx", str(target)]
    assert lk40([*arguments, "--lang", "en"]) == 0
    paragraphs, tables = _texts(target)
    assert f"Minutes: {WORKSHOP}" in paragraphs
    assert {"Key facts", "Participants", "Agenda", "Results", "Votes", "Next steps"} <= set(
        paragraphs
    )
    assert "Time: 18:00 to 20:15" in paragraphs and "Date: 16 April 2026" in paragraphs
    assert "A further 29 people took part without being named." in paragraphs
    assert tables[1][1][2] == "10 min"
    assert "Max Ohnezustimmung" not in _everything(target)


def test_an_empty_workshop_says_so_and_a_hostile_title_is_cleaned(
    new_file: Path, tmp_path: Path
) -> None:
    document = WorkshopDocument.open(new_file)
    try:
        title = "=cmd|' /C calc'!A0 \x07Abend 😀"
        created = perform(document, lambda s: add_workshop(s, title, dt.date(2027, 2, 3)))
        with document.reading() as session:
            protocol = load_protocol(session, created.created[0])
    finally:
        document.close()
    assert protocol.named == [] and protocol.card_count == 0
    target = tmp_path / protocol_file_name(protocol)
    assert target.name == "Ergebnisprotokoll =cmd ' C calc'!A0 Abend 😀.docx"
    assert (
        lk40(["protocol", str(new_file), "--workshop", created.created[0], "--docx", str(target)])
        == 0
    )
    paragraphs, _tables = _texts(target)
    assert "Ergebnisprotokoll: =cmd|' /C calc'!A0 Abend 😀" in paragraphs
    for sentence in (
        "Für diesen Workshop sind keine Teilnehmenden erfasst.",
        "Für diesen Workshop ist kein Ablauf erfasst.",
        "In diesem Workshop wurden keine Karten geschrieben.",
        "In diesem Workshop wurde nicht abgestimmt.",
        "Es wurden keine nächsten Schritte festgehalten.",
    ):
        assert sentence in paragraphs


def test_refusals_are_one_line_and_leave_no_file(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "p.docx"
    base = ["protocol", str(demo_file), "--docx"]
    assert lk40([*base, str(target), "--workshop", "Sommerfest"]) == 1
    error = capsys.readouterr().err
    assert (
        "no workshop has the id or title 'Sommerfest'" in error and "'Bewertungsworkshop'" in error
    )

    document = WorkshopDocument.open(demo_file)
    try:
        perform(document, lambda s: add_workshop(s, "Bewertungsworkshop", None))
    finally:
        document.close()
    assert lk40([*base, str(target), "--workshop", "Bewertungsworkshop"]) == 1
    assert "2 workshops have the id or title 'Bewertungsworkshop'" in capsys.readouterr().err

    not_a_template = tmp_path / "vorlage.docx"
    not_a_template.write_text("kein Word", encoding="utf-8")
    assert (
        lk40([*base, str(target), "--workshop", WORKSHOP, "--template", str(not_a_template)]) == 1
    )
    assert "not a Word document" in capsys.readouterr().err

    blocker = tmp_path / "ordner"
    blocker.write_text("eine Datei, kein Ordner", encoding="utf-8")
    assert lk40([*base, str(blocker / "p.docx"), "--workshop", WORKSHOP]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no file was written" in error
    assert not target.exists()
    left = sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lk40")
    assert left == ["ordner", "vorlage.docx"], "no temporary file left behind"
