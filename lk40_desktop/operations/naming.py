"""Renaming a row of the starter vocabulary: the name the user types is the user's own text.

A built-in row (``services.starter``) is named in each reader's language. Renaming it drops
its key, so the new name is shown as typed in every language and never translated; undo
brings the key back with the old name. Confirming the name the reader already sees (an
English "Crafts" for the file's "Handwerk") is no rename.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from lk40_desktop.services.starter import StarterKind, builtin_key, language_of, starter_name


def own_name(
    session: Session, kind: StarterKind, entity_id: str, values: Mapping[str, Any]
) -> dict[str, Any]:
    """``values`` for a row, with a new ``name`` of a built-in row made the user's text."""
    result = dict(values)
    if "name" not in result:
        return result
    key = builtin_key(session, kind, entity_id)
    if key is None:
        return result
    if result["name"] == starter_name(kind, key, language_of(session)):
        del result["name"]  # the name the reader sees: nothing to rename
    else:
        result["builtin_key"] = None
    return result
