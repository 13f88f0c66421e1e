"""The ``lk40`` command: opens the GUI by default and offers headless subcommands.

Exit codes: 0 success, 1 user error (bad file, bad argument), 2 internal error. Errors are
one line on stderr. Qt widgets are imported only when the GUI is really started.
"""

from __future__ import annotations

import argparse
import logging
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from lk40_desktop import PRODUCT_NAME, __version__

if TYPE_CHECKING:
    from lk40_desktop.export.job import Finding
    from lk40_desktop.store.document import ReadSession

R = TypeVar("R")
EXIT_OK, EXIT_USER_ERROR, EXIT_INTERNAL_ERROR = 0, 1, 2
SUBCOMMANDS = (
    "demo", "info", "privacy", "export", "group", "merge", "import", "rating-sheets",
    "import-scores", "protocol", "print",
)  # fmt: skip

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad arguments; LK40 reserves 2 for internal errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message}\n")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lk40", description=f"{PRODUCT_NAME}. Subcommands: {', '.join(SUBCOMMANDS)}."
    )
    parser.add_argument("--version", action="version", version=f"{PRODUCT_NAME} {__version__}")
    parser.add_argument(
        "--lang",
        choices=("de", "en", "pseudo"),
        help="UI language for this start (pseudo: English in ⟦…⟧, for translators)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (a temporary project, edits, exports) and exit 0 or 1",
    )
    parser.add_argument("path", nargs="?", type=Path, help="project file (.lk40) to open")
    return parser


def _demo_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lk40 demo", description="Write the demo project 'Musterlandkreis'.")
    parser.add_argument("path", type=Path, help="target file (.lk40); must not exist yet")
    return parser


def _info_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lk40 info", description="Check a project file and print what it holds.")
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    return parser


def _privacy_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="lk40 privacy",
        description="List every field of a project file that holds personal data, with counts.",
    )
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lk40 export", description="Export a project (headless).")
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    parser.add_argument("--docx", type=Path, help="target Word strategy paper (.docx)")
    parser.add_argument("--xlsx", type=Path, help="target Excel workbook (.xlsx)")
    parser.add_argument(
        "--template", type=Path, help="Word template (.docx) of the county's design"
    )
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the export (default: the project's)"
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="overwrite a target edited after the last export (default: refuse and name a "
        "free file name)",
    )
    parser.add_argument(
        "--board-pictures",
        action="store_true",
        help="add an appendix with a picture of each action field's idea board to the paper",
    )
    parser.add_argument(
        "--final",
        action="store_true",
        help="the final paper: no 'Entwurf'/'Draft' on its title page (default: as the "
        "project is marked)",
    )
    parser.add_argument(
        "--roadmap-order",
        choices=("start", "rank"),
        default="start",
        help="sort the roadmap's bars by their start (then rank) or by rank",
    )
    parser.add_argument(
        "--without-contact-details",
        action="store_true",
        help="a hand-out: leave out the stakeholders' contact persons, contact details and notes",
    )
    return parser


def _printable(text: str) -> str:
    """A line as a terminal should get it: a control character in a project's title (ESC
    starts a terminal command) becomes a space."""
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)


def _fail(message: str, code: int) -> int:
    print(f"lk40: {_printable(message)}", file=sys.stderr)
    return code


def _run_demo(args: argparse.Namespace) -> int:
    from lk40_desktop.services.demo import create_demo

    create_demo(args.path)
    print(args.path)
    return EXIT_OK


def _warn_long_texts(count: int) -> None:
    from lk40_desktop.store.limits import TEXT_LIMIT

    if count:
        print(
            f"lk40: note: {count} texts longer than {TEXT_LIMIT:,} characters (written by "
            "another program) are read trimmed; the file keeps them",
            file=sys.stderr,
        )


def _read(path: Path, read: Callable[[ReadSession], R]) -> R:
    """One read of a project opened read-only (and closed again): what info and privacy print."""
    from lk40_desktop.store.document import WorkshopDocument

    document = WorkshopDocument.open(path, read_only=True)
    try:
        with document.reading() as session:
            return read(session)
    finally:
        document.close()


def _run_info(args: argparse.Namespace) -> int:
    from lk40_desktop.services.summary import summarize

    summary = _read(args.path, summarize)
    print(_printable(f"{summary.county} – {summary.title}"))
    for kind, count in summary.counts.items():
        print(f"{kind}: {count}")
    return EXIT_OK


def _run_privacy(args: argparse.Namespace) -> int:
    from lk40_desktop.services.privacy import inventory

    found = _read(args.path, inventory)
    for field in found.fields:
        deleted = f" (+{field.deleted} in deleted rows)" if field.deleted else ""
        print(f"{field.key}: {field.live}{deleted}")
    live_photos, deleted_photos = found.photos
    deleted = f" (+{deleted_photos} in deleted rows)" if deleted_photos else ""
    print(f"photos: {live_photos}{deleted}")
    print(f"participants without consent to be named: {found.participants_without_consent}")
    for copy in found.copies:
        print(_printable(f"{copy.kind}: {copy.path}"))
    return EXIT_OK


def _run_self_test() -> int:
    from lk40_desktop.selftest import header, run_self_test

    print(header(), flush=True)
    checks = run_self_test(lambda check: print(check.line(), flush=True))
    failed = [check.key for check in checks if not check.passed]
    print(f"{len(checks) - len(failed)} passed, {len(failed)} failed", flush=True)
    return EXIT_USER_ERROR if failed else EXIT_OK


_FINDINGS = {
    "quick_win_unflagged": "'{subject}' is a quick win by the evaluation, but its profile "
    "does not mark it",
    "quick_win_overruled": "'{subject}' is marked as a quick win in its profile, but the "
    "evaluation puts it outside the quadrant",
    "logo_unreadable": "the project's logo is no readable picture; the paper goes without it",
    "chapter_empty": "chapter '{subject}' is empty and left out of the paper",
    "no_lead": "'{subject}' names no lead",
    "no_cost": "'{subject}' has no cost estimate",
    "unscored": "'{subject}' is not scored and has no rank",
    "goal_no_indicator": "goal '{subject}' has no indicator or target value",
}


def _report_findings(findings: Sequence[Finding]) -> None:
    """The pre-flight findings as notes on stderr (the export goes on)."""
    styles = [finding.subject for finding in findings if finding.key == "style_added"]
    if styles:
        print(
            "lk40: note: styles the template lacks were added from the shipped one: "
            + ", ".join(styles),
            file=sys.stderr,
        )
    for finding in findings:
        if finding.key in _FINDINGS:
            subject = " / ".join(reversed(finding.subject.split("|")))
            text = _FINDINGS[finding.key].format(subject=subject)
            print(_printable(f"lk40: note: {text}"), file=sys.stderr)


TEMPLATE_PROBLEMS = {
    "not_docx": "the template is not a Word document (.docx) that can be read",
    "too_large": "the template is larger than any Word template needs",
    "zip_bomb": "the template would unpack to far more than it holds (a zip bomb)",
    "document_type": "the template declares an XML document type, which Word never writes",
}


def _run_export(args: argparse.Namespace) -> int:
    from lk40_desktop.export.atomic import ExportTargetError
    from lk40_desktop.export.docx_paper import DEFAULT_CHAPTERS
    from lk40_desktop.export.job import ExportJob, preflight, run_export
    from lk40_desktop.export.word_template import TemplateError, check_template
    from lk40_desktop.services.export_log import edited_after_export, free_name, read_log
    from lk40_desktop.services.report import build_report
    from lk40_desktop.store.document import WorkshopDocument

    if args.docx is None and args.xlsx is None:
        return _fail("export: give --docx and/or --xlsx", EXIT_USER_ERROR)
    if args.template is not None and not args.template.is_file():
        return _fail(f"export: template not found: {args.template}", EXIT_USER_ERROR)
    if args.template is not None:
        try:  # before the project is read: a template that cannot serve fails at once
            check_template(args.template)
        except TemplateError as error:
            return _fail(
                f"export: {error.path}: {TEMPLATE_PROBLEMS[error.problem]}", EXIT_USER_ERROR
            )
    document = WorkshopDocument.open(args.path, read_only=True)
    try:
        _warn_long_texts(document.long_texts())
        with document.reading() as session:
            report = build_report(session, args.lang)
            log = read_log(session)
    finally:
        document.close()
    for target in (args.docx, args.xlsx):
        if target is not None and not args.overwrite and edited_after_export(log, target):
            return _fail(
                f"export: {target} was changed after the last export (or not written by this "
                f"project); the project file is the source: write to {free_name(target)} or "
                "give --overwrite",
                EXIT_USER_ERROR,
            )
    job = ExportJob(
        paper=args.docx,
        workbook=args.xlsx,
        template=args.template,
        language=args.lang,
        chapters=DEFAULT_CHAPTERS | ({"boards"} if args.board_pictures else set()),
        final=True if args.final else None,
        roadmap_order=args.roadmap_order,
        without_contact_details=args.without_contact_details,
    )
    try:
        written = run_export(report, job)
    except ExportTargetError as error:
        replaced = ", ".join(str(path) for path in error.replaced)
        outcome = f"already replaced: {replaced}" if replaced else "no file was written"
        return _fail(f"export: {error.filename}: {error.strerror}; {outcome}", EXIT_USER_ERROR)
    except TemplateError as error:
        return _fail(f"export: {error.path}: {TEMPLATE_PROBLEMS[error.problem]}", EXIT_USER_ERROR)
    for path in written:
        print(path)
    _report_findings(preflight(report, job))  # after the files: a failure stays one line
    _log_export(args.path, written)
    return EXIT_OK


def _log_export(path: Path, written: list[Path]) -> None:
    """Note the written files in the project's export log; a project that cannot be written
    (read-only, open elsewhere) keeps none, which only a note says."""
    from datetime import datetime

    from lk40_desktop.operations.edit import perform
    from lk40_desktop.operations.settings import record_export
    from lk40_desktop.store.document import WorkshopDocument
    from lk40_desktop.store.errors import DocumentError

    try:
        document = WorkshopDocument.open(path)
    except DocumentError:
        print("lk40: note: the export log was not written", file=sys.stderr)
        return
    try:
        if not document.read_only:
            perform(document, lambda s: record_export(s, written, datetime.now()))
    except DocumentError:
        print("lk40: note: the export log was not written", file=sys.stderr)
    finally:
        document.close()


def _run_groups(command: str, arguments: list[str]) -> int:
    from lk40_desktop.cli_groups import group_parser, merge_parser

    if command == "group":
        parser = _Parser(prog="lk40 group", description="Hand a group file out (breakout group).")
        return _run_group(group_parser(parser).parse_args(arguments))
    parser = _Parser(prog="lk40 merge", description="Merge group files back into the project.")
    return _run_merge(merge_parser(parser).parse_args(arguments))


def _run_group(args: argparse.Namespace) -> int:
    from lk40_desktop.cli_groups import run_group
    from lk40_desktop.services.merge.files import MergeRefusedError

    try:
        print(_printable(run_group(args)))
    except (ValueError, MergeRefusedError) as error:
        return _fail(str(error), EXIT_USER_ERROR)
    return EXIT_OK


def _run_merge(args: argparse.Namespace) -> int:
    from lk40_desktop.cli_groups import refusal_line, run_merge
    from lk40_desktop.services.merge.files import MergeRefusedError

    try:
        reports, stopped = run_merge(args)
    except MergeRefusedError as error:
        return _fail(refusal_line(error), EXIT_USER_ERROR)
    lines = [line for report in reports for line in report.lines()]
    for line in lines:
        print(_printable(line))
    if args.report is not None:
        args.report.write_text("\n".join([*lines, stopped or ""]).rstrip() + "\n", encoding="utf-8")
    return _fail(stopped, EXIT_USER_ERROR) if stopped else EXIT_OK


def _run_import(arguments: list[str]) -> int:
    from lk40_desktop.cli_imports import import_parser, refusal_line, run_import
    from lk40_desktop.services.imports.table import ReadRefusedError

    parser = _Parser(prog="lk40 import", description="Import stakeholders or ideas from a list.")
    args = import_parser(parser).parse_args(arguments)
    try:
        lines = run_import(args)
    except ReadRefusedError as error:
        return _fail(refusal_line(error), EXIT_USER_ERROR)
    except ValueError as error:
        return _fail(str(error), EXIT_USER_ERROR)
    for line in lines:
        print(_printable(line))
    return EXIT_OK


def _run_ratings(command: str, arguments: list[str]) -> int:
    from lk40_desktop import cli_ratings

    try:
        if command == "rating-sheets":
            parser = _Parser(
                prog="lk40 rating-sheets",
                description="Write one rating sheet (.xlsx) per rater, to fill in at home.",
            )
            args = cli_ratings.rating_sheets_parser(parser).parse_args(arguments)
            lines = [str(path) for path in cli_ratings.run_rating_sheets(args)]
        else:
            parser = _Parser(
                prog="lk40 import-scores",
                description="Read returned rating sheets: their scores as one edit.",
            )
            args = cli_ratings.import_scores_parser(parser).parse_args(arguments)
            lines = cli_ratings.run_import_scores(args)
    except cli_ratings.RatingsRefusedError as error:
        return _fail(str(error), EXIT_USER_ERROR)
    for line in lines:
        print(_printable(line))
    return EXIT_OK


def _run_protocol(arguments: list[str]) -> int:
    from lk40_desktop.cli_protocol import ProtocolRefusedError, protocol_parser, run_protocol

    parser = _Parser(prog="lk40 protocol", description="Write the protocol of one workshop.")
    args = protocol_parser(parser).parse_args(arguments)
    try:
        written, notes = run_protocol(args)
    except ProtocolRefusedError as error:
        return _fail(str(error), EXIT_USER_ERROR)
    print(_printable(str(written)))
    for note in notes:
        print(_printable(f"lk40: {note}"), file=sys.stderr)
    return EXIT_OK


def _run_print(arguments: list[str]) -> int:
    from lk40_desktop import cli_print

    parser = _Parser(
        prog="lk40 print",
        description="Write a printable sheet (cards, voting, tally, scoring, sign-in, poster, "
        "agenda) as a PDF.",
    )
    args = cli_print.print_parser(parser).parse_args(arguments)
    try:
        lines = cli_print.run_print(args)
    except cli_print.PrintRefusedError as error:
        return _fail(str(error), EXIT_USER_ERROR)
    print(_printable(lines[0]))
    for line in lines[1:]:
        print(_printable(f"lk40: {line}"), file=sys.stderr)
    return EXIT_OK


def _subcommand(name: str, arguments: list[str]) -> int:
    """Run the subcommand ``name`` (one of ``SUBCOMMANDS``) with its arguments."""
    runners: dict[str, Callable[[list[str]], int]] = {
        "demo": lambda a: _run_demo(_demo_parser().parse_args(a)),
        "info": lambda a: _run_info(_info_parser().parse_args(a)),
        "privacy": lambda a: _run_privacy(_privacy_parser().parse_args(a)),
        "export": lambda a: _run_export(_export_parser().parse_args(a)),
        "group": lambda a: _run_groups("group", a),
        "merge": lambda a: _run_groups("merge", a),
        "import": _run_import,
        "rating-sheets": lambda a: _run_ratings("rating-sheets", a),
        "import-scores": lambda a: _run_ratings("import-scores", a),
        "protocol": _run_protocol,
        "print": _run_print,
    }
    return runners[name](arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``lk40``; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    from lk40_desktop.logging_setup import configure_logging
    from lk40_desktop.store.errors import DocumentError

    configure_logging()
    try:
        if arguments and arguments[0] in SUBCOMMANDS:
            return _subcommand(arguments[0], arguments[1:])
        args = _gui_parser().parse_args(arguments)
        if args.self_test:
            return _run_self_test()
        from lk40_desktop.ui.app import run_gui

        return run_gui(args.path, language=args.lang)
    except DocumentError as error:
        from PySide6.QtCore import QCoreApplication

        from lk40_desktop.i18n import describe_error, install_translators, system_language
        from lk40_desktop.logging_setup import route_qt_messages_to_log

        route_qt_messages_to_log()
        app = QCoreApplication.instance() or QCoreApplication([])
        install_translators(system_language())
        del app
        return _fail(describe_error(error), EXIT_USER_ERROR)
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return _fail(f"{where}{error.strerror or error}", EXIT_USER_ERROR)
    except Exception as error:  # the last line of defence: one line, logged in full
        log.exception("internal error")
        what = repr(error) if len(repr(error)) <= 300 else repr(error)[:299] + "…"
        return _fail(f"internal error: {what} (details in the log file)", EXIT_INTERNAL_ERROR)


if __name__ == "__main__":
    sys.exit(main())
