"""``lk40 group`` and ``lk40 merge``: breakout groups from the command line (issue 20).

``lk40 group PROJECT GROUP --name "Gruppe B" [--without-contacts]`` hands a group file out;
``lk40 merge PROJECT GROUP [GROUP2 …] [--report R.txt] [--prefer mine|theirs|newer]`` merges
them back one after the other, each after a backup of the project. A file with conflicts and
no rule for them is not merged (exit 1, one line); the files merged before it stay merged.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from lk40_desktop.services.merge.files import MergeRefusedError
    from lk40_desktop.services.merge.plan import Prefer
    from lk40_desktop.services.merge.report import MergeReport

PREFER = ("mine", "theirs", "newer")


def group_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``lk40 group``."""
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    parser.add_argument("target", type=Path, help="the group file to write (.lk40)")
    parser.add_argument("--name", required=True, help='the group\'s name, e.g. "Gruppe B"')
    parser.add_argument(
        "--without-contacts",
        action="store_true",
        help="leave the stakeholders' contact persons, contact details and notes out of the copy",
    )
    return parser


def merge_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The arguments of ``lk40 merge``."""
    parser.add_argument("path", type=Path, help="project file (.lk40)")
    parser.add_argument("groups", type=Path, nargs="+", help="group files to merge, in order")
    parser.add_argument("--report", type=Path, help="also write the merge report to this file")
    parser.add_argument(
        "--unify-duplicates",
        action="store_true",
        help="take new entries that name the same as one here (a stakeholder typed on both "
        "laptops) as one; default: keep both and list them",
    )
    parser.add_argument(
        "--prefer",
        choices=PREFER,
        help="decide every conflict: this file's value, the group's, or the newer by the "
        "laptops' clocks (default: stop at a file with conflicts)",
    )
    return parser


def run_group(args: argparse.Namespace) -> str:
    """Hand out a group file; returns the line to print."""
    from lk40_desktop.operations.groups import hand_out
    from lk40_desktop.store.document import WorkshopDocument

    name = args.name.strip()
    if not name:
        raise ValueError("group: --name must not be empty")
    document = WorkshopDocument.open(args.path)
    try:
        hand_out(document, args.target, name, without_contacts=args.without_contacts)
    finally:
        document.close()
    return str(Path(args.target).absolute())


def refusal_line(error: MergeRefusedError) -> str:
    """One line saying why a file was not merged and what to do instead."""
    from lk40_desktop.services.merge.files import MergeRefusal

    texts = {
        MergeRefusal.SAME_FILE: "is the project file itself",
        MergeRefusal.OTHER_PROJECT: "is a file of another project",
        MergeRefusal.NO_SHARED_BASE: (
            "was not handed out from this project (a copy saved with 'Kopie speichern' is no "
            "group file); hand out group files with 'lk40 group' or Datei › Gruppendatei "
            "erstellen"
        ),
    }
    return f"merge: {error.path} {texts[error.refusal]}; nothing was merged"


def run_merge(args: argparse.Namespace) -> tuple[list[MergeReport], str | None]:
    """Merge the group files in order; returns the reports of the merged ones and, when one
    was not merged for its conflicts, the line that says so."""
    from lk40_desktop.operations.edit import perform
    from lk40_desktop.operations.groups import backup_before_merge, prepare_merge
    from lk40_desktop.store.document import WorkshopDocument

    prefer = cast("Prefer | None", args.prefer)
    reports: list[MergeReport] = []
    document = WorkshopDocument.open(args.path)
    try:
        for source in args.groups:
            prepared = prepare_merge(document, source)
            conflicts = prepared.plan.conflicts
            if conflicts and prefer is None:
                return reports, (
                    f"merge: {len(conflicts)} conflicts with {source}; decide them with "
                    "--prefer mine|theirs|newer or in the app (nothing of it was merged)"
                )
            sides = {conflict: conflict.winner(prefer or "mine") for conflict in conflicts}
            moment = datetime.now(UTC)
            backup_before_merge(document, moment)
            alike = prepared.plan.duplicates
            same = [d for d in alike if d.likely] if args.unify_duplicates else []
            perform(document, partial(prepared.edit, sides=sides, moment=moment, same=same))
            reports.append(prepared.report(sides, moment, same))
    finally:
        document.close()
    return reports, None
