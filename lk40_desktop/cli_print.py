"""``lk40 print``: a printable sheet as a PDF without the window (issue 22) — the cards of a
board to cut out, its voting and tally sheets, a rater's scoring sheet, a workshop's sign-in
list and agenda, the stakeholder map as an A3 poster.

Qt draws the sheets, so this command (alone) needs a ``QGuiApplication``: it is created here,
on the offscreen platform where Linux has no display, with the shipped fonts registered so a
PDF looks the same on every computer. An unknown board, cluster, workshop or rater and a
target that cannot be written are one line (exit 1); no file is left behind then.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from lk40_desktop.services.sheets import SIGN_IN_ROWS, SheetKind


class PrintRefusedError(ValueError):
    """Nothing was written; the message is the one line to print."""


def _rows(text: str) -> int:
    rows = int(text)
    if not 1 <= rows <= 500:
        raise argparse.ArgumentTypeError("give 1 to 500 lines")
    return rows


def print_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``lk40 print``."""
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    parser.add_argument(
        "kind", choices=[kind.value for kind in SheetKind], help="which sheet to print"
    )
    parser.add_argument("--out", type=Path, required=True, help="target PDF file")
    parser.add_argument(
        "--field",
        "--board",
        dest="field",
        help="cards, voting, tally: the board (action field) by name or id (default: the first)",
    )
    parser.add_argument("--cluster", help="cards, voting, tally: only the cards of one cluster")
    parser.add_argument(
        "--workshop", help="sign-in, agenda: the workshop by title or id (default: the first)"
    )
    parser.add_argument(
        "--rater",
        help="scoring: the rater by name or id, or '*' for one sheet per rater (default: a "
        "sheet with a blank name line)",
    )
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the sheet (default: the project's)"
    )
    parser.add_argument(
        "--rows",
        type=_rows,
        default=SIGN_IN_ROWS,
        help=f"sign-in: lines of the list (default: {SIGN_IN_ROWS})",
    )
    return parser


def _gui_application() -> object:
    """The application Qt's painter needs; offscreen where Linux has no display."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from lk40_desktop.printing.page import register_fonts

    app = QCoreApplication.instance()
    if app is None:
        arguments = [sys.argv[0] if sys.argv else "lk40"]
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless and "QT_QPA_PLATFORM" not in os.environ:
            arguments += ["-platform", "offscreen"]
        app = QGuiApplication(arguments)
    if not isinstance(app, QGuiApplication):
        raise PrintRefusedError("print: Qt was started without its painting part")
    register_fonts()
    return app


def run_print(args: argparse.Namespace) -> list[str]:
    """Write the sheet; returns the lines to print (the file, then notes for stderr start
    with "note:")."""
    from lk40_desktop.export.atomic import ExportTargetError
    from lk40_desktop.printing.render import SheetJob, write_pdf
    from lk40_desktop.services.sheets import (
        SheetChoice,
        SheetChoiceError,
        WorkshopSheet,
        sheet_content,
    )
    from lk40_desktop.store.document import WorkshopDocument

    kind = SheetKind(args.kind)
    choice = SheetChoice(
        field=args.field,
        cluster=args.cluster,
        workshop=args.workshop,
        rater=args.rater,
        language=args.lang,
        rows=args.rows,
    )
    document = WorkshopDocument.open(args.path, read_only=True)
    try:
        with document.reading() as session:
            job = SheetJob.of(sheet_content(session, kind, choice))
    except SheetChoiceError as error:
        given = f" '{error.given}'" if error.given else ""
        raise PrintRefusedError(
            f"print: the project has no {error.what}{given}; no file was written"
        ) from error
    finally:
        document.close()
    _app = _gui_application()  # held while the sheet is drawn
    try:
        pages = write_pdf(job, args.out)
    except ExportTargetError as error:
        raise PrintRefusedError(
            f"print: {error.filename}: {error.strerror}; no file was written"
        ) from error
    lines = [f"{args.out} ({pages} {'page' if pages == 1 else 'pages'})"]
    if isinstance(job.data, WorkshopSheet) and kind is SheetKind.SIGN_IN and not job.data.contact:
        lines.append(
            "note: the project names no contact for data-protection questions (settings); "
            "the sign-in list leaves a line to fill in by hand"
        )
    return lines
