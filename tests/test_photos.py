"""Photos kept in the project file: what ``services.photos.prepare`` makes of a picture file
(upright, downscaled, PNG kept for graphics), what it refuses and why, the edits (add several as
one step, caption, remove, reorder, each undone and redone), the migration from 0008, the
privacy inventory and the size of a file with 30 camera photos."""

from __future__ import annotations

import io
import sqlite3
import time
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from lk40_desktop.operations.edit import perform, revert
from lk40_desktop.operations.photos import add_photos, caption_photo, move_photos, remove_photos
from lk40_desktop.services.photos import (
    LONG_EDGE,
    MAX_FILE_BYTES,
    THUMB_EDGE,
    Owner,
    PhotoProblem,
    PhotoRefusedError,
    all_photos,
    photos_of,
    picture,
    prepare,
)
from lk40_desktop.services.privacy import inventory
from lk40_desktop.services.project import action_fields, workshops
from lk40_desktop.store import schema
from lk40_desktop.store.document import WorkshopDocument
from tests.helpers.old_files import file_at
from tests.helpers.photos import bomb_png, camera_jpeg, noise_png


def _brightness(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    return float(ImageStat.Stat(image.convert("L").crop(box)).mean[0])


def test_a_camera_photo_turned_by_exif_is_stored_upright_and_downscaled(tmp_path: Path) -> None:
    """Orientation 6: the camera was held upright, the pixels lie on their side with the bright
    half left; shown as the camera meant, the bright half is on top."""
    prepared = prepare(camera_jpeg(tmp_path / "hochkant.jpg", orientation=6), "Pinnwand")
    stored = Image.open(io.BytesIO(prepared.data))
    assert stored.format == "JPEG" and prepared.media_type == "image/jpeg"
    assert (prepared.width, prepared.height) == stored.size == (1800, LONG_EDGE)
    top = _brightness(stored, (0, 0, 1800, 1100))
    bottom = _brightness(stored, (0, 1300, 1800, 2400))
    assert top > bottom + 40
    assert stored.getexif().get(0x0112, 1) == 1
    thumb = Image.open(io.BytesIO(prepared.thumbnail))
    assert max(thumb.size) == THUMB_EDGE and thumb.height > thumb.width
    assert prepared.caption == "Pinnwand"


def test_an_upright_photo_stays_as_it_is(tmp_path: Path) -> None:
    prepared = prepare(camera_jpeg(tmp_path / "quer.jpg", orientation=1))
    stored = Image.open(io.BytesIO(prepared.data))
    assert stored.size == (LONG_EDGE, 1800)
    assert _brightness(stored, (0, 0, 1100, 1800)) > _brightness(stored, (1300, 0, 2400, 1800)) + 40


def test_a_small_screenshot_png_with_transparency_stays_png_at_its_size(tmp_path: Path) -> None:
    path = tmp_path / "grafik.png"
    image = Image.new("RGBA", (640, 400), (0, 0, 0, 0))
    image.paste((20, 90, 200, 255), (40, 40, 300, 200))
    image.save(path)
    prepared = prepare(path)
    stored = Image.open(io.BytesIO(prepared.data))
    assert prepared.media_type == "image/png" and stored.format == "PNG"
    assert stored.size == (640, 400) and stored.mode == "RGBA"
    assert stored.getpixel((0, 0))[3] == 0 and stored.getpixel((100, 100)) == (20, 90, 200, 255)


def test_a_40_mb_png_becomes_a_downscaled_jpeg(tmp_path: Path) -> None:
    path = noise_png(tmp_path / "gross.png", 3800)
    assert path.stat().st_size > 40 * 1024 * 1024
    started = time.perf_counter()
    prepared = prepare(path)
    seconds = time.perf_counter() - started
    print(f"40 MB PNG prepared in {seconds:.2f} s, stored {len(prepared.data) / 1e6:.1f} MB")
    assert prepared.media_type == "image/jpeg"
    assert (prepared.width, prepared.height) == (LONG_EDGE, LONG_EDGE)
    assert len(prepared.data) < 5 * 1024 * 1024


def test_a_huge_jpeg_is_decoded_at_a_reduced_scale(tmp_path: Path) -> None:
    """12,000 × 9,000 px (108 MP) is more than may be decoded at full scale: the JPEG's own
    reduced decoding (1/4) makes a downscaled copy without the memory for the whole."""
    path = tmp_path / "riesig.jpg"
    Image.new("L", (12_000, 9_000), 128).save(path, "JPEG", quality=50)
    prepared = prepare(path)
    assert (prepared.width, prepared.height) == (LONG_EDGE, 1800)


def test_a_decompression_bomb_is_refused_with_its_size(tmp_path: Path) -> None:
    path = bomb_png(tmp_path / "bombe.png")
    assert path.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(PhotoRefusedError) as refused:
        prepare(path)
    assert refused.value.problem == PhotoProblem.TOO_MANY_PIXELS
    assert refused.value.detail == "20000 × 20000"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("notizen.jpg", b"Das ist kein Bild, nur Text.\n" * 100, PhotoProblem.NOT_AN_IMAGE),
        ("leer.png", b"", PhotoProblem.NOT_AN_IMAGE),
        ("iphone.heic", b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", PhotoProblem.HEIC),
        ("kaputt.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 40, None),
    ],
)
def test_what_is_no_picture_we_take_is_refused_with_a_reason(
    tmp_path: Path, name: str, content: bytes, problem: PhotoProblem | None
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(PhotoRefusedError) as refused:
        prepare(path)
    expected = {problem} if problem else {PhotoProblem.NOT_AN_IMAGE, PhotoProblem.DAMAGED}
    assert refused.value.problem in expected
    assert refused.value.path == path


def test_a_cut_jpeg_is_refused_as_damaged(tmp_path: Path) -> None:
    whole = camera_jpeg(tmp_path / "ganz.jpg", (800, 600)).read_bytes()
    path = tmp_path / "abgeschnitten.jpg"
    path.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(PhotoRefusedError) as refused:
        prepare(path)
    assert refused.value.problem == PhotoProblem.DAMAGED


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "film.jpg"
    with path.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(PhotoRefusedError) as refused:
        prepare(path)
    assert refused.value.problem == PhotoProblem.TOO_LARGE_FILE
    assert refused.value.detail == "60"


def _owner(document: WorkshopDocument, kind: str) -> Owner:
    with document.reading() as session:
        if kind == "workshop":
            return Owner("workshop", workshops(session)[0].id)
        if kind == "board":
            return Owner("board", action_fields(session)[0].id)
        from lk40_desktop.services.proposals import proposal_list

        return Owner("proposal", proposal_list(session)[0].id)


def _captions(document: WorkshopDocument, owner: Owner) -> list[str]:
    with document.reading() as session:
        return [row.caption for row in photos_of(session, owner)]


@pytest.mark.parametrize("kind", ["workshop", "board", "proposal"])
def test_photos_added_as_one_step_are_captioned_moved_removed_and_undone(
    demo_document: WorkshopDocument, tmp_path: Path, kind: str
) -> None:
    owner = _owner(demo_document, kind)
    prepared = [prepare(camera_jpeg(tmp_path / f"{name}.jpg", (800, 600)), name) for name in "ABC"]
    added = perform(demo_document, lambda session: add_photos(session, owner, prepared))
    assert _captions(demo_document, owner) == ["A", "B", "C"]
    revert(demo_document, added)
    assert _captions(demo_document, owner) == []
    demo_document.write(added.apply)
    assert _captions(demo_document, owner) == ["A", "B", "C"]
    first, second, third = added.created

    captioned = perform(
        demo_document, lambda session: caption_photo(session, second, "  Flipchart Gruppe 2 ")
    )
    assert _captions(demo_document, owner) == ["A", "Flipchart Gruppe 2", "C"]
    moved = perform(demo_document, lambda session: move_photos(session, owner, [third], 0))
    assert _captions(demo_document, owner) == ["C", "A", "Flipchart Gruppe 2"]
    removed = perform(demo_document, lambda session: remove_photos(session, [first]))
    assert _captions(demo_document, owner) == ["C", "Flipchart Gruppe 2"]

    for edit, expected in (
        (removed, ["C", "A", "Flipchart Gruppe 2"]),
        (moved, ["A", "Flipchart Gruppe 2", "C"]),
        (captioned, ["A", "B", "C"]),
    ):
        revert(demo_document, edit)
        assert _captions(demo_document, owner) == expected
    with demo_document.reading() as session:
        media_type, data = picture(session, first)
        assert media_type == "image/jpeg" and Image.open(io.BytesIO(data)).size == (800, 600)
        assert [photo.caption for photo in all_photos(session)] == ["A", "B", "C"]
        assert {photo.owner for photo in all_photos(session)} == {owner}


def test_a_photo_belongs_to_exactly_one_owner(demo_file: Path) -> None:
    connection = sqlite3.connect(demo_file)
    with pytest.raises(sqlite3.IntegrityError), connection:
        connection.execute(
            "INSERT INTO photo (id, caption, media_type, width, height, data, thumbnail, "
            "position, created_at, modified_at) "
            "VALUES ('x', '', 'image/png', 1, 1, x'00', x'00', 0, '2026-01-01', '2026-01-01')"
        )
    connection.close()


def test_a_file_of_revision_0008_gets_an_empty_photo_table(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "alt.lk40"
    file_at(path, "0008_handouts", demo_file)
    with sqlite3.connect(path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "photo" not in tables
    WorkshopDocument.open(path).close()
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM photo").fetchone()[0]
    connection.close()
    assert count == 0
    assert schema.current_revision_of(path) == schema.head_revision() == "0009_photos"
    assert list(tmp_path.glob("alt (Sicherung 0008_handouts*).lk40"))


def test_thirty_camera_photos_make_a_file_that_can_still_be_mailed(
    demo_document: WorkshopDocument, demo_file: Path, tmp_path: Path
) -> None:
    """The issue's measure: 30 typical 4,000 × 3,000 camera photos (noise, so they do not
    compress to nothing), prepared and added as one edit."""
    before = demo_file.stat().st_size
    files = [camera_jpeg(tmp_path / f"foto{n:02}.jpg") for n in range(30)]
    originals = sum(path.stat().st_size for path in files)
    started = time.perf_counter()
    prepared = [prepare(path) for path in files]
    owner = _owner(demo_document, "board")
    perform(demo_document, lambda session: add_photos(session, owner, prepared))
    seconds = time.perf_counter() - started
    growth = demo_file.stat().st_size - before
    with demo_document.reading() as session:
        assert len(photos_of(session, owner)) == 30
        assert inventory(session).photos == (30, 0)
    line = (
        f"30 photos: originals {originals / 1e6:.1f} MB, file +{growth / 1e6:.1f} MB "
        f"(now {demo_file.stat().st_size / 1e6:.1f} MB), added in {seconds:.1f} s"
    )
    print(line)
    (tmp_path / "measure.txt").write_text(line)
    assert growth < originals / 2
    assert growth < 60 * 1024 * 1024


def test_a_proposals_photos_are_in_the_paper_with_captions_and_listed_in_the_workbook(
    demo_document: WorkshopDocument, tmp_path: Path
) -> None:
    import openpyxl
    from docx import Document

    from lk40_desktop.export.job import ExportJob, run_export
    from lk40_desktop.services.report import build_report

    owner = _owner(demo_document, "proposal")
    prepared = [
        prepare(camera_jpeg(tmp_path / "nord.jpg", (4000, 3000)), "Pinnwand der Gruppe Nord"),
        prepare(camera_jpeg(tmp_path / "hoch.jpg", (3000, 4000))),
    ]
    perform(demo_document, lambda session: add_photos(session, owner, prepared))
    with demo_document.reading() as session:
        report = build_report(session)
        title = next(p.title for p in report.proposals if p.id == owner.id)
    paper, workbook = tmp_path / "papier.docx", tmp_path / "listen.xlsx"
    run_export(report, ExportJob(paper=paper, workbook=workbook))

    document = Document(str(paper))
    texts = [p.text for p in document.paragraphs]
    first = next(i for i, text in enumerate(texts) if text.endswith("Pinnwand der Gruppe Nord"))
    assert texts[first].startswith("Abbildung ")
    assert texts[first + 2].startswith("Abbildung ") and texts[first + 2].endswith(
        f"Foto zu „{title}“"
    )
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    body = document.element.body
    photos = [
        shape
        for shape in document.inline_shapes
        if "Foto zum Projektvorschlag" in shape._inline.docPr.get("descr", "")
    ]
    assert len(photos) == 2
    wide, tall = photos
    assert abs(wide.width - text_width) < 12_700  # 1 pt
    assert tall.width < text_width and tall.height > wide.height
    assert "Pinnwand der Gruppe Nord" in wide._inline.docPr.get("descr")
    assert body.xml.count("<pic:pic") >= 2

    sheet = openpyxl.load_workbook(workbook)["Fotos"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[:4] for row in rows] == [
        ("Projektvorschlag", title, "Pinnwand der Gruppe Nord", "2400 × 1800"),
        ("Projektvorschlag", title, None, "1800 × 2400"),
    ]
    assert all(isinstance(row[4], int) and row[4] > 100 for row in rows)


def test_photos_taken_in_a_breakout_group_arrive_with_the_merge_and_their_captions_follow(
    demo_document: WorkshopDocument, tmp_path: Path
) -> None:
    from tests.helpers.groups import group_file, merge, on_laptop

    owner = _owner(demo_document, "board")
    photo = prepare(camera_jpeg(tmp_path / "plenum.jpg", (800, 600)), "Plenum")
    [kept] = perform(demo_document, lambda s: add_photos(s, owner, [photo])).created
    (tmp_path / "gruppen").mkdir()
    group = group_file(demo_document, tmp_path / "gruppen")
    theirs = prepare(camera_jpeg(tmp_path / "gruppe.jpg", (640, 480)), "Gruppe B, Pinnwand")
    on_laptop(
        group,
        lambda s: add_photos(s, owner, [theirs]),
        lambda s: caption_photo(s, kept, "Plenum am Abend"),
    )
    edit = merge(demo_document, group)
    assert _captions(demo_document, owner) == ["Plenum am Abend", "Gruppe B, Pinnwand"]
    with demo_document.reading() as session:
        data = [picture(session, row.id)[1] for row in photos_of(session, owner)]
    assert Image.open(io.BytesIO(data[1])).size == (640, 480)
    revert(demo_document, edit)
    assert _captions(demo_document, owner) == ["Plenum"]
