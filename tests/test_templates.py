"""Hostile Word templates (issue 14, F10/F11): a zip bomb, billion laughs, XXE and broken XML
are refused before python-docx parses them, with a clear message and exit 1, and the check
itself needs next to no memory."""

from __future__ import annotations

import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.cli import main as lk40
from lk40_desktop.export.word_template import (
    TemplateError,
    TemplateProblem,
    check_template,
    load_template,
)
from lk40_desktop.paths import resource
from lk40_desktop.ui.app import create_main_window
from tests.gui import answer_dialogs
from tests.helpers.zip_bomb import zip_bomb

SHIPPED = resource("templates", "strategiepapier.docx")
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>"
)


def _variant(target: Path, change: Callable[[bytes], bytes], member: str) -> Path:
    """The shipped template with one part changed."""
    with zipfile.ZipFile(SHIPPED) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            copy.writestr(info, change(data) if info.filename == member else data)
    return target


def _with_prologue(prologue: bytes, entity: bytes) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1]
        return prologue + body.replace(
            b"<w:body>", b"<w:body><w:p><w:r><w:t>" + entity + b"</w:t></w:r></w:p>", 1
        )

    return change


def _written(target: Path, data: bytes) -> Path:
    target.write_bytes(data)
    return target


HOSTILE: dict[str, tuple[Callable[[Path], Path], TemplateProblem]] = {
    "billion laughs": (
        lambda p: _variant(p, _with_prologue(LAUGHS, b"&lol9;"), "word/document.xml"),
        TemplateProblem.DOCUMENT_TYPE,
    ),
    "XXE": (
        lambda p: _variant(
            p,
            _with_prologue(
                b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
                b"&xxe;",
            ),
            "word/styles.xml",
        ),
        TemplateProblem.DOCUMENT_TYPE,
    ),
    "broken XML": (
        lambda p: _variant(p, lambda data: data[: len(data) // 2], "word/document.xml"),
        TemplateProblem.NOT_DOCX,
    ),
    "zip bomb": (zip_bomb, TemplateProblem.ZIP_BOMB),
    "too large unpacked": (lambda p: zip_bomb(p, blocks=13), TemplateProblem.TOO_LARGE),
    "not a zip": (lambda p: _written(p, b"PK\x03\x04 kaputt"), TemplateProblem.NOT_DOCX),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_f10_a_hostile_template_is_refused_with_exit_1(
    case: str, demo_file: Path, out: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    make, problem = HOSTILE[case]
    template = make(out / "vorlage.docx")
    with pytest.raises(TemplateError) as raised:
        load_template(template)
    assert raised.value.problem == problem
    paper = out / "p.docx"
    capfd.readouterr()
    code = lk40(["export", str(demo_file), "--docx", str(paper), "--template", str(template)])
    error = capfd.readouterr().err
    assert code == 1 and not paper.exists()
    assert error.count("\n") == 1 and "vorlage.docx" in error, error
    assert sorted(p.name for p in out.iterdir()) == ["vorlage.docx"]


def test_f11_the_check_of_a_zip_bomb_needs_no_memory(out: Path) -> None:
    """64 MB packed into 100 KB: the check reads the archive's directory and a few KB of each
    XML part (``benchmarks/template_check.py`` measures the 1.8 MB bomb of the finding)."""
    template = zip_bomb(out / "bombe.docx")
    assert template.stat().st_size < 200_000
    tracemalloc.start()
    with pytest.raises(TemplateError):
        check_template(template)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1_000_000, f"{peak} bytes"


def test_f10_the_shipped_template_passes(tmp_path: Path) -> None:
    check_template(SHIPPED)
    assert load_template(SHIPPED).paragraphs is not None


def test_f10_the_export_page_refuses_a_hostile_template(
    qtbot: QtBot, demo_file: Path, out: Path
) -> None:
    window = create_main_window(demo_file, language="de")
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(4)
    page = window.export
    page.docx_path.setText(str(out / "p.docx"))
    page.xlsx_path.setText(str(out / "m.xlsx"))
    page.template_path.setText(str(zip_bomb(out / "bombe.docx")))
    log = answer_dialogs(QMessageBox.StandardButton.Ok, seconds=5)
    page.export_button.click()
    assert page.task is None, "nothing started"
    assert log.texts == [page.message.text()]
    assert page.message.text() == (
        "Die Vorlage „bombe.docx“ wird nicht verwendet: sie würde sich beim Entpacken auf ein "
        "Vielfaches aufblähen (eine „Zip-Bombe“). Es wurde keine Datei geschrieben."
    )
    assert sorted(p.name for p in out.iterdir()) == ["bombe.docx"]
    window.close_project()
