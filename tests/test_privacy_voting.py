"""Voters anonymous unless named on purpose: a new round counts numbered people and refuses
a name; a round made "by name" takes names, and no export ever prints a voter."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from lk40_desktop import cli
from lk40_desktop.operations.edit import EditRefusedError, Refusal, perform
from lk40_desktop.operations.overview import set_current_workshop
from lk40_desktop.operations.rounds import start_round, update_round, vote
from lk40_desktop.services.board.data import load_board
from lk40_desktop.services.board.rounds import ANONYMOUS, read_round
from lk40_desktop.services.project import workshops
from lk40_desktop.store.document import WorkshopDocument

NAME = "Anna Beispiel"


def _round_and_card(document: WorkshopDocument) -> tuple[str, str]:
    """A new round of tonight's workshop (the demo's last) and a card to vote on."""
    with document.reading() as session:
        workshop_id = workshops(session)[-1].id
        card_id = load_board(session).cards[0].id
    perform(document, lambda s: set_current_workshop(s, workshop_id))
    (round_id,) = perform(document, lambda s: start_round(s, "Runde")).created
    return round_id, card_id


def _voters_in_file(path: Path) -> set[str]:
    """Every voter the file holds, tombstoned dots included."""
    with sqlite3.connect(path) as connection:
        return {voter for (voter,) in connection.execute("SELECT voter FROM vote")}


def test_a_new_round_refuses_names_until_it_is_named(
    demo_document: WorkshopDocument, demo_file: Path
) -> None:
    round_id, card_id = _round_and_card(demo_document)
    with demo_document.reading() as session:
        shown = read_round(session, round_id)
    assert shown is not None and shown.voter_mode == ANONYMOUS and shown.numbered
    with pytest.raises(EditRefusedError) as refused:
        perform(demo_document, lambda s: vote(s, round_id, card_id, NAME, 1))
    assert (refused.value.refusal, refused.value.detail) == (Refusal.NAMED_VOTER, NAME)
    assert NAME not in _voters_in_file(demo_file), "nothing written"
    perform(demo_document, lambda s: vote(s, round_id, card_id, "12", 1))
    perform(demo_document, lambda s: vote(s, round_id, card_id, "", 1))  # off the wall
    with pytest.raises(ValueError, match="VoterMode"):
        perform(demo_document, lambda s: update_round(s, round_id, {"voter_mode": "secret"}))
    perform(demo_document, lambda s: update_round(s, round_id, {"voter_mode": "name"}))
    perform(demo_document, lambda s: vote(s, round_id, card_id, NAME, 1))
    assert NAME in _voters_in_file(demo_file)


def test_no_export_names_a_voter(demo_file: Path, tmp_path: Path) -> None:
    """Even a round by name only reaches the paper and workbook as dots and a count."""
    document = WorkshopDocument.open(demo_file)
    round_id, card_id = _round_and_card(document)
    perform(document, lambda s: update_round(s, round_id, {"voter_mode": "name"}))
    perform(document, lambda s: vote(s, round_id, card_id, NAME, 1))
    document.close()
    paper, workbook = tmp_path / "p.docx", tmp_path / "m.xlsx"
    arguments = ["export", str(demo_file), "--docx", str(paper), "--xlsx", str(workbook)]
    assert cli.main(arguments) == 0
    word = Document(str(paper))
    texts = [p.text for p in word.paragraphs]
    texts += [c.text for table in word.tables for row in table.rows for c in row.cells]
    book = load_workbook(workbook)
    texts += [str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row]
    assert not [text for text in texts if NAME in text]
