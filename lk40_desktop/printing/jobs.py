"""What one sheet to print needs, read in one block: the command line (``lk40 print``) and the
print dialogs of the pages both build their ``SheetJob`` here, so a sheet printed from the
board page and one from the terminal are the same paper."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.export.vocabulary import Words
from lk40_desktop.printing.render import SheetJob
from lk40_desktop.services.project import get_project
from lk40_desktop.services.scoring.evaluation import raters
from lk40_desktop.services.sheets import (
    SIGN_IN_ROWS,
    SheetKind,
    board_sheet,
    scoring_sheet,
    workshop_sheet,
)
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.services.starter import names_in

ALL_RATERS = "*"
"""The rater choice that prints one scoring sheet per rater, one after the other."""


@dataclass(frozen=True)
class SheetChoice:
    """What a sheet is of: a board (action field, by id or name) and one of its clusters, a
    workshop (id or title), a rater (id, name, ``ALL_RATERS``, or None for a blank name line),
    the language (None: the project's) and the lines of a sign-in list."""

    field: str | None = None
    cluster: str | None = None
    workshop: str | None = None
    rater: str | None = None
    language: str | None = None
    rows: int = SIGN_IN_ROWS


def _data(session: Session, kind: SheetKind, choice: SheetChoice) -> Any:
    if kind in (SheetKind.CARDS, SheetKind.VOTING, SheetKind.TALLY):
        return board_sheet(session, choice.field, choice.cluster)
    if kind is SheetKind.SCORING:
        if choice.rater == ALL_RATERS:
            return [scoring_sheet(session, key) for key, _name in raters(session)] or [
                scoring_sheet(session)
            ]
        return [scoring_sheet(session, choice.rater)]
    if kind is SheetKind.POSTER:
        return load_stakeholders(session)
    return workshop_sheet(session, choice.workshop, choice.rows)


def sheet_job(session: Session, kind: SheetKind, choice: SheetChoice) -> SheetJob:
    """The sheet of ``kind`` in the chosen language (built-in names too); an unknown board,
    cluster, workshop or rater raises ``services.sheets.SheetChoiceError``."""
    project = get_project(session)
    language = choice.language or project.language
    with names_in(session, language):
        data = _data(session, kind, choice)
    name = " – ".join(part for part in (project.county, project.title) if part)
    return SheetJob(kind, data, name, Words(language))
