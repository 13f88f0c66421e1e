"""Edits of the strategy the county writes: chapter texts, signer, which chapters go into
the paper and in which order, the key figures of the Ausgangslage, the goals of each action
field (with the links of measures to them), and the measure numbers.

A chapter's row is made the first time it is touched (``services.strategy``: until then it
is included, empty, in its default place), so undo of that first edit tombstones it and the
chapter reads as untouched again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import (
    Edit,
    EditRefusedError,
    Refusal,
    change,
    create,
    delete,
    refuse_empty,
)
from lk40_desktop.services.project import moved
from lk40_desktop.services.strategy import (
    DEFAULT_OUTLINE,
    FIELD_CHAPTERS,
    chapter,
    goal_links,
    key_figures,
    next_numbers,
    positions,
    unnumbered,
)
from lk40_desktop.store.models import FieldGoal, KeyFigure, new_id
from lk40_desktop.store.queries import next_position

QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
FIRST_YEAR, LAST_YEAR = 2000, 2100
CHAPTER_FIELDS = frozenset({"text", "signer", "included"})
MONEY_FIELDS = ("cost_estimate_eur", "own_share_eur", "grants_eur", "follow_up_eur", "staff_fte")
"""Profile fields that hold an amount (euro or FTE): never negative."""


def set_chapter(
    session: Session, key: str, field_id: str | None, values: Mapping[str, Any]
) -> Edit:
    """Change a chapter's text (Markdown), signer or whether it goes into the paper; the
    first change makes its row, in the chapter's current place."""
    if set(values) - CHAPTER_FIELDS:
        raise ValueError(f"a chapter has no field {sorted(set(values) - CHAPTER_FIELDS)}")
    known = DEFAULT_OUTLINE if field_id is None else FIELD_CHAPTERS
    if key not in known:
        raise ValueError(f"no chapter {key!r}")
    current = chapter(session, key, field_id)
    if current.row_id is not None:
        return Edit([change(session, "strategy_chapter", {current.row_id: values})])
    unchanged = {"text": "", "signer": "", "included": True}
    if all(unchanged[name] == value for name, value in values.items()):
        return Edit()
    place = positions(session)[key][1] if field_id is None else FIELD_CHAPTERS.index(key)
    row = {"key": key, "action_field_id": field_id, "position": place, **values}
    return Edit([create("strategy_chapter", {new_id(): row})])


def move_chapter(session: Session, key: str, before_index: int) -> Edit:
    """Move a chapter of the project's outline in front of the chapter at ``before_index``
    (counted in the current order; the outline's length moves it to the end). Every chapter
    whose place changes gets its row (made where it has none)."""
    places = positions(session)
    order = sorted(places, key=lambda k: (places[k][1], DEFAULT_OUTLINE.index(k)))
    new_order = moved(order, [key], before_index)
    creates: dict[str, dict[str, Any]] = {}
    changes: dict[str, dict[str, Any]] = {}
    for index, name in enumerate(new_order):
        row_id, place = places[name]
        if row_id is None and index != DEFAULT_OUTLINE.index(name):
            creates[new_id()] = {"key": name, "action_field_id": None, "position": index}
        elif row_id is not None and place != index:
            changes[row_id] = {"position": index}
    return Edit([create("strategy_chapter", creates), change(session, "strategy_chapter", changes)])


def add_key_figure(session: Session, values: Mapping[str, Any]) -> Edit:
    """A key figure of the Ausgangslage, placed last."""
    refuse_empty({"label": values.get("label", "")}, "label")
    key = new_id()
    row = {**values, "position": next_position(session, KeyFigure)}
    return Edit([create("key_figure", {key: row})], created=[key])


def update_key_figure(session: Session, figure_id: str, values: Mapping[str, Any]) -> Edit:
    """Change what a key figure says, its source or its date; its label may not be empty."""
    refuse_empty(values, "label")
    return Edit([change(session, "key_figure", {figure_id: values})])


def delete_key_figures(session: Session, ids: Sequence[str]) -> Edit:
    """Delete key figures (those still live: a second delete of the same is no edit)."""
    live_ids = {figure.id for figure in key_figures(session)}
    return Edit([delete("key_figure", [i for i in ids if i in live_ids])])


def _check_goal(values: Mapping[str, Any]) -> None:
    refuse_empty(values, "text")
    year = values.get("target_year")
    if year is not None and not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise EditRefusedError(Refusal.BAD_YEAR, str(year))


def add_goal(session: Session, field_id: str, values: Mapping[str, Any]) -> Edit:
    """A goal of an action field (text, indicator, target value, target year), placed last."""
    _check_goal({"text": values.get("text", ""), **values})
    key = new_id()
    row = {**values, "action_field_id": field_id, "position": next_position(session, FieldGoal)}
    return Edit([create("field_goal", {key: row})], created=[key])


def update_goal(session: Session, goal_id: str, values: Mapping[str, Any]) -> Edit:
    """Change a goal's text, indicator, target value or year."""
    _check_goal(values)
    return Edit([change(session, "field_goal", {goal_id: values})])


def delete_goals(session: Session, ids: Sequence[str]) -> Edit:
    """Delete goals with the links of measures to them; undo brings both back."""
    links = [link for link, _p, _g in goal_links(session, goal_ids=ids)] if ids else []
    return Edit([delete("field_goal", list(ids)), delete("proposal_goal", links)])


def link_goal(session: Session, proposal_id: str, goal_id: str, linked: bool) -> Edit:
    """Say whether a measure works towards a field goal (no edit when that is so already)."""
    existing = [
        link
        for link, _p, goal in goal_links(session, proposal_ids=[proposal_id])
        if goal == goal_id
    ]
    if not linked:
        return Edit([delete("proposal_goal", existing)])
    if existing:
        return Edit()
    key = new_id()
    row = {"proposal_id": proposal_id, "goal_id": goal_id}
    return Edit([create("proposal_goal", {key: row})], created=[key])


def number_measures(session: Session) -> Edit:
    """Give every measure of an action field that has no number yet the next of its field
    ("BB-04"); numbers once given never change, not when the measure moves to another field."""
    numbers = next_numbers(session, unnumbered(session))
    return Edit([change(session, "proposal", {p: {"number": n} for p, n in numbers.items()})])


def check_profile(values: Mapping[str, Any]) -> None:
    """Refuse what a measure profile cannot hold: a negative amount or staff, a start
    quarter that is not "2027-Q2" or lies outside 2000–2100 (a typo such as "1027-Q2")."""
    for name in MONEY_FIELDS:
        value = values.get(name)
        if value is not None and value < 0:
            raise EditRefusedError(
                Refusal.NEGATIVE_COST if name == "cost_estimate_eur" else Refusal.NEGATIVE_AMOUNT,
                name,
            )
    quarter = str(values.get("start_quarter") or "")
    if quarter and not (QUARTER.match(quarter) and FIRST_YEAR <= int(quarter[:4]) <= LAST_YEAR):
        raise EditRefusedError(Refusal.BAD_QUARTER, quarter)
