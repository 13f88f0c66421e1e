"""``lk40 protocol``: the results protocol of one workshop as a Word file (File ›
"Protokoll exportieren…" without the GUI). A refusal is one line on stderr and exit code 1;
no file is written then, and an existing one stays as it was."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path


class ProtocolRefusedError(ValueError):
    """Nothing was written; the message is the one line to print."""


def protocol_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``lk40 protocol``."""
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    parser.add_argument(
        "--workshop", required=True, help="the workshop: its id or its title (as listed)"
    )
    parser.add_argument("--docx", type=Path, required=True, help="target file (.docx)")
    parser.add_argument(
        "--lang", choices=("de", "en"), help="language of the protocol (default: the project's)"
    )
    parser.add_argument("--template", type=Path, help="the county's Word template (.docx)")
    parser.add_argument(
        "--without-photos", action="store_true", help="leave the workshop's photos out"
    )
    return parser


def run_protocol(args: argparse.Namespace) -> tuple[Path, list[str]]:
    """Write the protocol; returns the file written and notes for the user."""
    from lk40_desktop.cli import TEMPLATE_PROBLEMS
    from lk40_desktop.export.atomic import ExportTargetError
    from lk40_desktop.export.protocol_docx import write_protocol
    from lk40_desktop.export.word_template import TemplateError, check_template
    from lk40_desktop.services.protocol import UnknownWorkshopError, find_workshop, load_protocol
    from lk40_desktop.store.document import WorkshopDocument

    try:
        if args.template is not None:
            if not args.template.is_file():
                raise ProtocolRefusedError(f"protocol: template not found: {args.template}")
            check_template(args.template)
        document = WorkshopDocument.open(args.path, read_only=True)
        try:
            with document.reading() as session:
                protocol = load_protocol(session, find_workshop(session, args.workshop), args.lang)
        finally:
            document.close()
        if args.without_photos:
            protocol = dataclasses.replace(protocol, photos=[])
        notes = (
            [
                f"protocol: {protocol.not_photographed} of the listed participants did not agree "
                "to be photographed; check that the photos do not show them (or give "
                "--without-photos)"
            ]
            if protocol.photos and protocol.not_photographed
            else []
        )
        return write_protocol(protocol, args.docx, args.template), notes
    except UnknownWorkshopError as error:
        which = "no workshop has" if error.matches == 0 else f"{error.matches} workshops have"
        known = "; ".join(f"'{title}'" for title in error.titles) or "none"
        raise ProtocolRefusedError(
            f"protocol: {which} the id or title '{error.key}' (the workshops: {known})"
        ) from error
    except TemplateError as error:
        raise ProtocolRefusedError(
            f"protocol: {error.path}: {TEMPLATE_PROBLEMS[error.problem]}"
        ) from error
    except ExportTargetError as error:
        raise ProtocolRefusedError(
            f"protocol: {error.filename}: {error.strerror}; no file was written"
        ) from error
