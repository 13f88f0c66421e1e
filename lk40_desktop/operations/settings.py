"""Project settings that travel with the file (dots per voter, mean or median …): one row per
key, changed when live, revived when an undo deleted it, created the first time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, change, create
from lk40_desktop.services.export_log import LOG_KEY, logged, read_log
from lk40_desktop.store.models import new_id
from lk40_desktop.store.queries import setting_row


def set_setting(session: Session, key: str, value: str) -> Edit:
    """Give a setting a value (no edit when it has it already)."""
    row = setting_row(session, key)
    if row is not None and row.live:
        return Edit([change(session, "setting", {row.id: {"value": value}})])
    return Edit([create("setting", {row.id if row else new_id(): {"key": key, "value": value}})])


def record_export(session: Session, written: list[Path], moment: datetime) -> Edit:
    """Note in the export log which files an export wrote (``services.export_log``)."""
    return set_setting(session, LOG_KEY, logged(read_log(session), written, moment))
