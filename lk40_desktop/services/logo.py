"""The project's logo (the county's coat of arms): any picture the editor picks becomes a
PNG of sensible size before it is stored in the project, so the paper can always place it.

Pillow reads the file (PNG, JPEG, GIF, BMP, TIFF, WebP); a file that is no picture, or one
far larger than a coat of arms needs, is refused with its reason. A large picture is
scaled down to LOGO_PIXELS on its longer side: the paper prints it 4 cm wide at most.
"""

from __future__ import annotations

import io
from enum import StrEnum

MAX_LOGO_BYTES = 20 * 1024 * 1024
"""A picture file larger than this is no logo (a photo, a scan of a whole page)."""
MAX_SOURCE_PIXELS = 40_000_000
"""Pixels Pillow may unpack (a decompression bomb is refused)."""
LOGO_PIXELS = 1200
"""The longer side of the stored logo: 4 cm at 760 dpi, more than print needs."""


class LogoProblem(StrEnum):
    """Why a picture cannot be the logo."""

    NOT_A_PICTURE = "not_a_picture"
    TOO_LARGE = "too_large"


class LogoError(ValueError):
    """The chosen file cannot be the project's logo; ``problem`` says why."""

    def __init__(self, problem: LogoProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def prepared_logo(data: bytes) -> bytes:
    """``data`` (a picture file's bytes) as the PNG the project stores; LogoError if it is
    no picture or far too large."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_LOGO_BYTES:
        raise LogoError(LogoProblem.TOO_LARGE)
    try:
        with Image.open(io.BytesIO(data)) as picture:
            pixels = picture.width * picture.height
            image = picture.convert("RGBA") if pixels <= MAX_SOURCE_PIXELS else None
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise LogoError(LogoProblem.NOT_A_PICTURE) from error
    if image is None:
        raise LogoError(LogoProblem.TOO_LARGE)
    image.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
    stream = io.BytesIO()
    image.save(stream, format="png", optimize=True)
    return stream.getvalue()
