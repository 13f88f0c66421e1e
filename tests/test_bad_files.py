"""Files that are not intact LK40 projects get a clear error and stay byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from lk40_desktop.i18n import describe_error
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.store.errors import (
    CorruptProjectError,
    DocumentError,
    MissingFileError,
    NotAProjectError,
)
from lk40_desktop.store.lock import lock_path_for

PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4d80000000049454e44ae426082"
)


def _empty(path: Path, _demo: Path) -> None:
    path.write_bytes(b"")


def _random(path: Path, _demo: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))


def _png(path: Path, _demo: Path) -> None:
    path.write_bytes(PNG_BYTES)


def _foreign_sqlite(path: Path, _demo: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Erika Mustermann')")
    connection.commit()
    connection.close()


def _truncated(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _scribbled(path: Path, demo: Path) -> None:
    data = bytearray(demo.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):  # wreck page headers, keep the file header
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


CASES: dict[str, tuple[Callable[[Path, Path], None], type[DocumentError]]] = {
    "empty": (_empty, NotAProjectError),
    "random bytes": (_random, NotAProjectError),
    "png renamed": (_png, NotAProjectError),
    "another app's sqlite": (_foreign_sqlite, NotAProjectError),
    "truncated": (_truncated, CorruptProjectError),
    "scribbled pages": (_scribbled, CorruptProjectError),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", CASES)
def test_bad_file_is_refused_and_untouched(case: str, tmp_path: Path, demo_template: Path) -> None:
    make, expected = CASES[case]
    path = tmp_path / "kaputt.lk40"
    make(path, demo_template)
    before = _digest(path)
    for read_only in (False, True):
        with pytest.raises(expected) as raised:
            WorkshopDocument.open(path, read_only=read_only)
        message = describe_error(raised.value)
        assert "kaputt.lk40" in message and "nicht verändert" in message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaputt.lk40"], (
        "no lock, journal or backup left"
    )


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError):
        WorkshopDocument.open(tmp_path / "gibt-es-nicht.lk40")
    folder = tmp_path / "ordner.lk40"
    folder.mkdir()
    with pytest.raises(NotAProjectError):
        WorkshopDocument.open(folder)


@pytest.mark.parametrize("case", ["empty", "another app's sqlite", "truncated"])
def test_command_line_reports_one_line_and_exit_1(
    case: str, tmp_path: Path, demo_template: Path
) -> None:
    make, _ = CASES[case]
    path = tmp_path / "kaputt.lk40"
    make(path, demo_template)
    before = _digest(path)
    result = subprocess.run(
        [sys.executable, "-m", "lk40_desktop", "info", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lk40: ") and "kaputt.lk40" in lines[0]
    assert result.stdout == ""
    assert _digest(path) == before
    assert not lock_path_for(path).exists()
