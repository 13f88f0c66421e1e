"""Edits of the photos of a workshop, an idea board or a proposal: add several at once, caption,
remove, reorder. Each is one named undo step; the pictures are prepared
(``services.photos.prepare``) before, off the GUI thread, so an edit only writes rows."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lk40_desktop.operations.edit import Edit, change, create, delete
from lk40_desktop.services.photos import Owner, PreparedPhoto, photos_of
from lk40_desktop.services.project import moved, position_values
from lk40_desktop.store.models import Photo, new_id
from lk40_desktop.store.queries import is_live, live_columns


def _owner_exists(session: Session, owner: Owner) -> None:
    from lk40_desktop.store.models import ActionField, Proposal, Workshop

    model = {"workshop": Workshop, "board": ActionField, "proposal": Proposal}[owner.kind]
    if session.scalar(live_columns(model, model.id).where(model.id == owner.id)) is None:
        raise ValueError(f"no {owner.kind} {owner.id}")


def add_photos(session: Session, owner: Owner, photos: Sequence[PreparedPhoto]) -> Edit:
    """The photos after the owner's last one, as one edit; ``created`` lists them in order."""
    _owner_exists(session, owner)
    highest = session.scalar(
        select(func.max(Photo.position)).where(is_live(Photo), owner.condition())
    )
    start = 0 if highest is None else int(highest) + 1
    keys = [new_id() for _photo in photos]
    new_rows = {
        key: {**photo.values(), owner.column: owner.id, "position": start + index}
        for index, (key, photo) in enumerate(zip(keys, photos, strict=True))
    }
    return Edit([create("photo", new_rows)], created=keys)


def caption_photo(session: Session, photo_id: str, caption: str) -> Edit:
    """Give a photo its caption (what the paper prints below it)."""
    return Edit([change(session, "photo", {photo_id: {"caption": caption.strip()}})])


def remove_photos(session: Session, ids: Sequence[str]) -> Edit:
    """Remove photos (those still live); undo brings them back in their places."""
    live_ids = set(session.scalars(live_columns(Photo, Photo.id).where(Photo.id.in_(list(ids)))))
    return Edit([delete("photo", [key for key in ids if key in live_ids])])


def move_photos(session: Session, owner: Owner, moving: Sequence[str], before_index: int) -> Edit:
    """Move photos in front of the one at ``before_index`` of the owner's order (counted in the
    current order; the count of photos moves them to the end)."""
    rows = photos_of(session, owner)
    ids = [row.id for row in rows]
    order = moved(ids, [key for key in moving if key in ids], before_index)
    positions = {row.id: row.position for row in rows}
    return Edit([change(session, "photo", position_values(order, positions))])
