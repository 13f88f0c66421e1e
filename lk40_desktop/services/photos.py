"""Photos kept in the project file: a picture file made into what the file stores, and the
reads of the stored photos for the pages and the exports.

A camera's photo is 4,000 × 3,000 px and 5–10 MB; thirty of them would make the file too big
to mail. So ``prepare`` keeps a copy that prints sharp on A4 and fills a projector (long edge
2,400 px, JPEG quality 85), upright (the EXIF orientation applied, so no reader has to), and a
small thumbnail for the strips. A PNG with transparency or few colours (a screenshot, a
drawing) stays PNG, where JPEG would smear its edges. Originals are not kept.

Bad input gets a ``PhotoRefusedError`` that says why, never a crash or a frozen window:
files over ``MAX_FILE_BYTES``, what is no picture, HEIC where no decoder for it is installed,
and pictures that would take more than ``MAX_DECODED_PIXELS`` to decode (a 20,000 × 20,000 px
PNG is a decompression bomb of 1.6 GB). A big JPEG is decoded at a reduced scale
(``Image.draft``), so even a 20,000 × 20,000 px JPEG becomes a downscaled copy.

Qt-free: the GUI runs ``prepare`` in a worker thread, the command line and the tests call it.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from lk40_desktop.store.models import Photo, Proposal, Workshop, local_day
from lk40_desktop.store.queries import live_columns

if TYPE_CHECKING:
    from PIL.Image import Image as Picture

LONG_EDGE = 2400
"""Pixels of a stored photo's long edge: 300 dpi across 20 cm of A4, wider than projectors."""
THUMB_EDGE = 320
"""Pixels of a thumbnail's long edge: sharp in a strip of 160 px on a screen scaled 200 %."""
JPEG_QUALITY = 85
THUMB_QUALITY = 80
MAX_FILE_BYTES = 60 * 1024 * 1024
"""The largest picture file read (60 MB): a 40 MB panorama or TIFF-like PNG is still read and
downscaled; beyond it a file is no photo of a pinboard."""
MAX_DECODED_PIXELS = 80_000_000
"""Pixels a picture may take to decode (after a JPEG's reduced-scale decoding): 80 MP are
about 320 MB in memory, what a laptop in a town hall can spare beside the app."""
PNG_COLOURS = 4096
"""A PNG with at most this many colours is a drawing or a screenshot: it stays PNG."""
FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP", "BMP", "GIF", "TIFF"})
"""Pillow's formats read as photos (MPO: the JPEG of some cameras with a second picture)."""
HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")
"""The ``ftyp`` brands of HEIC/HEIF files (iPhones' default format)."""

_opening = threading.Lock()
"""Pillow's bomb check reads one module-wide limit; it is lifted only while a header is read
here, under this lock, and ``MAX_DECODED_PIXELS`` checks instead (after ``draft``)."""


class PhotoProblem(StrEnum):
    """Why a file is not taken as a photo; the GUI words each for the user."""

    UNREADABLE = "unreadable"
    """The file cannot be read (gone, no permission)."""
    TOO_LARGE_FILE = "too_large_file"
    """Over ``MAX_FILE_BYTES`` (``detail``: the size in MB)."""
    NOT_AN_IMAGE = "not_an_image"
    HEIC = "heic"
    """A HEIC/HEIF photo, and no decoder for it is installed."""
    TOO_MANY_PIXELS = "too_many_pixels"
    """Decoding would take more than ``MAX_DECODED_PIXELS`` (``detail``: "W × H")."""
    DAMAGED = "damaged"
    """The picture's data is broken (a file cut short)."""


class PhotoRefusedError(ValueError):
    """A file that is not taken as a photo, and why; nothing was stored."""

    def __init__(self, path: Path, problem: PhotoProblem, detail: str = "") -> None:
        super().__init__(f"{path.name}: {problem.value} {detail}".strip())
        self.path = path
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class PreparedPhoto:
    """A picture as the file stores it (the values of a ``photo`` row, without its owner)."""

    caption: str
    media_type: str
    width: int
    height: int
    data: bytes
    thumbnail: bytes

    def values(self) -> dict[str, object]:
        """The row's values."""
        return {
            "caption": self.caption,
            "media_type": self.media_type,
            "width": self.width,
            "height": self.height,
            "data": self.data,
            "thumbnail": self.thumbnail,
        }


def _heif_decoder() -> bool:
    """Whether HEIC can be read: only with the optional ``pillow-heif`` installed."""
    try:
        from pillow_heif import register_heif_opener  # type: ignore[import-not-found]
    except ImportError:
        return False
    register_heif_opener()
    return True


def _is_heic(head: bytes) -> bool:
    return head[4:8] == b"ftyp" and head[8:12] in HEIC_BRANDS


def _open(path: Path) -> Picture:
    """The picture with only its header read; refusals for what is no picture we take."""
    from PIL import Image, UnidentifiedImageError

    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise PhotoRefusedError(path, PhotoProblem.UNREADABLE, str(error)) from error
    if size > MAX_FILE_BYTES:
        raise PhotoRefusedError(path, PhotoProblem.TOO_LARGE_FILE, f"{size / 1024 / 1024:.0f}")
    if _is_heic(head) and not _heif_decoder():
        raise PhotoRefusedError(path, PhotoProblem.HEIC)
    with _opening:
        limit = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = None
        try:
            image = Image.open(path)
        except UnidentifiedImageError as error:
            raise PhotoRefusedError(path, PhotoProblem.NOT_AN_IMAGE) from error
        except OSError as error:
            raise PhotoRefusedError(path, PhotoProblem.UNREADABLE, str(error)) from error
        finally:
            Image.MAX_IMAGE_PIXELS = limit
    if image.format not in FORMATS and not (image.format or "").startswith("HEI"):
        image.close()
        raise PhotoRefusedError(path, PhotoProblem.NOT_AN_IMAGE, str(image.format))
    return image


def _target(size: tuple[int, int], edge: int) -> tuple[int, int]:
    """``size`` scaled so that its long edge is at most ``edge`` (never enlarged)."""
    width, height = size
    scale = min(1.0, edge / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _decoded(path: Path, image: Picture) -> Picture:
    """The picture decoded (at a reduced scale where it is a JPEG far larger than needed),
    upright, in RGB or RGBA."""
    from PIL import ImageOps

    if image.format in ("JPEG", "MPO"):
        image.draft("RGB", _target(image.size, LONG_EDGE))
    width, height = image.size
    if width * height > MAX_DECODED_PIXELS:
        raise PhotoRefusedError(path, PhotoProblem.TOO_MANY_PIXELS, f"{width} × {height}")
    try:
        image.load()
        upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError) as error:
        raise PhotoRefusedError(path, PhotoProblem.DAMAGED, str(error)) from error
    transparent = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
    return upright.convert("RGBA" if transparent else "RGB")


def _keeps_png(source_format: str | None, image: Picture) -> bool:
    """Whether the stored copy is PNG: a PNG (or GIF, BMP) with transparency or few colours."""
    if source_format in ("JPEG", "MPO"):
        return False
    return image.mode == "RGBA" or image.getcolors(PNG_COLOURS) is not None


def _encoded(image: Picture, as_png: bool, quality: int) -> bytes:
    buffer = io.BytesIO()
    if as_png:
        image.save(buffer, "PNG", optimize=False, compress_level=6)
    else:
        image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def prepare(path: Path, caption: str = "") -> PreparedPhoto:
    """The photo the file keeps of a picture file: upright, at most ``LONG_EDGE`` px, JPEG or
    PNG, with its thumbnail. Raises ``PhotoRefusedError`` for what it does not take."""
    from PIL import Image

    image = _open(path)
    with image:
        source_format = image.format
        kept = _decoded(path, image)
    size = _target(kept.size, LONG_EDGE)
    if size != kept.size:
        kept = kept.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    as_png = _keeps_png(source_format, kept)
    thumb = kept.copy()
    thumb.thumbnail((THUMB_EDGE, THUMB_EDGE), Image.Resampling.LANCZOS)
    return PreparedPhoto(
        caption=caption,
        media_type="image/png" if as_png else "image/jpeg",
        width=kept.width,
        height=kept.height,
        data=_encoded(kept, as_png, JPEG_QUALITY),
        thumbnail=_encoded(thumb, as_png, THUMB_QUALITY),
    )


# -- the stored photos --------------------------------------------------------------------------

OwnerKind = Literal["workshop", "board", "proposal"]


@dataclass(frozen=True)
class Owner:
    """What a photo belongs to: a workshop, an idea board (by its action field) or a proposal."""

    kind: OwnerKind
    id: str

    @property
    def column(self) -> str:
        """The photo's column that names this owner."""
        return {"workshop": "workshop_id", "board": "action_field_id", "proposal": "proposal_id"}[
            self.kind
        ]

    def condition(self) -> ColumnElement[bool]:
        """The condition that a photo belongs to this owner."""
        column: ColumnElement[str | None] = getattr(Photo, self.column)
        return column == self.id


@dataclass(frozen=True)
class PhotoRow:
    """A stored photo as a strip shows it: without its full picture."""

    id: str
    caption: str
    media_type: str
    width: int
    height: int
    thumbnail: bytes
    position: int


def photos_of(session: Session, owner: Owner) -> list[PhotoRow]:
    """The live photos of one owner, in their order."""
    query = (
        live_columns(
            Photo,
            Photo.id,
            Photo.caption,
            Photo.media_type,
            Photo.width,
            Photo.height,
            Photo.thumbnail,
            Photo.position,
        )
        .where(owner.condition())
        .order_by(Photo.position, Photo.created_at)
    )
    return [PhotoRow(*row) for row in session.execute(query)]


def picture(session: Session, photo_id: str) -> tuple[str, bytes]:
    """The media type and stored picture of one photo (what the viewer shows)."""
    row = session.execute(
        live_columns(Photo, Photo.media_type, Photo.data).where(Photo.id == photo_id)
    ).one()
    return str(row[0]), bytes(row[1])


@dataclass(frozen=True)
class ExportPhoto:
    """A photo as the exports print it."""

    owner: Owner
    owner_name: str
    """The workshop's or proposal's title (a board's field is named by the report)."""
    caption: str
    media_type: str
    width: int
    height: int
    data: bytes


def all_photos(session: Session) -> list[ExportPhoto]:
    """Every live photo with its picture, by owner and order (for the paper and workbook)."""
    query = live_columns(
        Photo,
        Photo.workshop_id,
        Photo.action_field_id,
        Photo.proposal_id,
        Photo.caption,
        Photo.media_type,
        Photo.width,
        Photo.height,
        Photo.data,
    ).order_by(Photo.position, Photo.created_at)
    titles: dict[str, str] = dict(
        session.execute(live_columns(Workshop, Workshop.id, Workshop.title)).all()
    )
    titles.update(session.execute(live_columns(Proposal, Proposal.id, Proposal.title)).all())
    found = []
    for workshop_id, field_id, proposal_id, *rest in session.execute(query):
        if workshop_id:
            owner = Owner("workshop", workshop_id)
        elif field_id:
            owner = Owner("board", field_id)
        else:
            owner = Owner("proposal", proposal_id)
        if owner.kind != "board" and owner.id not in titles:
            continue  # its workshop or proposal was deleted: the photo went with it
        name = titles.get(owner.id, "")
        found.append(ExportPhoto(owner, name, rest[0], rest[1], rest[2], rest[3], bytes(rest[4])))
    return found


def workshop_photos(
    session: Session,
    workshop_id: str,
    boards: dict[str, str],
    day: date | None,
) -> list[ExportPhoto]:
    """The photos a workshop's protocol shows: the workshop's own, then those of the boards it
    wrote on (``boards``: action field id → name) taken on its ``day``, each group in its
    order."""
    query = (
        live_columns(
            Photo,
            Photo.workshop_id,
            Photo.action_field_id,
            Photo.caption,
            Photo.media_type,
            Photo.width,
            Photo.height,
            Photo.data,
            Photo.created_at,
        )
        .where((Photo.workshop_id == workshop_id) | Photo.action_field_id.in_(list(boards)))
        .order_by(Photo.position, Photo.created_at)
    )
    own: list[ExportPhoto] = []
    on_boards: list[ExportPhoto] = []
    for (
        owner_workshop,
        field_id,
        caption,
        media_type,
        width,
        height,
        data,
        created,
    ) in session.execute(query):
        if owner_workshop == workshop_id:
            owner, name, into = Owner("workshop", workshop_id), "", own
        elif day is not None and local_day(created) == day:
            owner, name, into = Owner("board", field_id), boards[field_id], on_boards
        else:
            continue
        into.append(ExportPhoto(owner, name, caption, media_type, width, height, bytes(data)))
    return own + on_boards
