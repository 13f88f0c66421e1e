"""Picture files for the photo tests, made with Pillow: camera-like JPEGs with noise (so
they do not compress to nothing), EXIF orientations, PNG screenshots, decompression bombs."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

from PIL import Image


def camera_jpeg(
    path: Path, size: tuple[int, int] = (4000, 3000), orientation: int = 1, seed: int = 0
) -> Path:
    """A JPEG as a camera writes it: a bright left half, a dark right half (so a test can tell
    which way is up), noise over all of it, quality 92, EXIF orientation ``orientation``."""
    width, height = size
    noise = Image.frombytes("L", (width // 4, height // 4), _random(width * height // 16, seed))
    picture = Image.merge("RGB", [noise.resize(size)] * 3)
    left = Image.new("RGB", (width // 2, height), (230, 230, 230))
    picture.paste(Image.blend(picture.crop((0, 0, width // 2, height)), left, 0.6), (0, 0))
    exif = Image.Exif()
    exif[0x0112] = orientation
    picture.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def _random(count: int, seed: int) -> bytes:
    if seed == 0:
        return os.urandom(count)
    import random

    return random.Random(seed).randbytes(count)


def noise_png(path: Path, edge: int) -> Path:
    """An RGB PNG of pure noise, stored uncompressed: about 3 × edge² bytes."""
    Image.frombytes("RGB", (edge, edge), os.urandom(edge * edge * 3)).save(
        path, "PNG", compress_level=0
    )
    return path


def bomb_png(path: Path, edge: int = 20_000) -> Path:
    """A grey PNG of edge × edge pixels written chunk by chunk (never held in memory): a few
    hundred kilobytes that would take edge² bytes to decode."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    packer = zlib.compressobj(9)
    row = b"\x00" + b"\x80" * edge
    data = b"".join(packer.compress(row) for _ in range(edge)) + packer.flush()
    header = struct.pack(">IIBBBBB", edge, edge, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )
    return path
