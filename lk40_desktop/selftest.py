"""The self-test an IT department runs after deploying LK40 (``lk40 --self-test``, Hilfe ›
Selbsttest): it goes the way a facilitator's day goes, on a project of its own in a temporary
folder, and proves that this installed copy can do it here.

Create a project, edit it through the named operations (the same code the GUI's gestures
call), undo one edit, close and reopen the file and read everything back, export the Word
paper and the Excel workbook and open both again with python-docx and openpyxl, make sure no
network socket was opened on the way, and remove everything again. Each check is one
``Check``; a check that fails stops the ones that build on it, which are reported as not run,
and the network and clean-up checks always run. Qt-free, so the command line, the GUI (in a
worker thread) and the tests share it.
"""

from __future__ import annotations

import logging
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lk40_desktop import PRODUCT_NAME, __version__

log = logging.getLogger(__name__)

CHECKS: dict[str, str] = {
    "create": "create a project in a temporary folder",
    "edit": "edit it through the operations (cards, votes, proposal, score, stakeholder, undo)",
    "reopen": "close, reopen and read every edit back",
    "export": "export the Word paper and the Excel workbook",
    "read_docx": "read the Word paper back",
    "read_xlsx": "read the Excel workbook back",
    "network": "no network socket opened",
    "cleanup": "remove the temporary folder",
}
"""The checks in the order they run, with the English line the command line prints."""

COUNTY = "Landkreis Selbsttest"
TITLE = "Selbsttest äöü ß – 🚀"
FORMULA = '=HYPERLINK("x")'
"""A card text a spreadsheet would take for a formula: the workbook must keep it as text."""
CARDS = ("Glasfaser für alle Schulen", "Mobilitäts-App für den ÖPNV", FORMULA)
UNDONE = "Diese Karte wurde rückgängig gemacht"
PROPOSAL = "Selbsttest-Vorschlag Glasfaser"
STAKEHOLDER = "Kreishandwerkerschaft Selbsttest"
SCORE = 4.0


@dataclass(frozen=True)
class Check:
    """The outcome of one check: ``detail`` says what was seen, or why it failed."""

    key: str
    passed: bool
    detail: str
    seconds: float = 0.0
    blocked_by: str = ""
    """The failed check this one builds on (it did not run), or empty."""

    def line(self) -> str:
        """The line the command line prints for this check."""
        status = "ok  " if self.passed else "FAIL"
        timing = f" ({self.seconds:.1f} s)" if self.seconds >= 0.05 else ""
        return f"{status} {self.key:<10} {CHECKS[self.key]}: {self.detail}{timing}"


class SelfTestError(AssertionError):
    """A check saw something other than it expected."""


@dataclass
class _Run:
    """What the checks hand on to each other."""

    folder: Path
    project: Path
    paper: Path
    workbook: Path
    ids: dict[str, Any] = field(default_factory=dict)


# -- no network ------------------------------------------------------------------------------

_NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.bind",
        "socket.sendto",
        "socket.sendmsg",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "urllib.Request",
    }
)
_INTERNET = frozenset({socket.AF_INET, socket.AF_INET6})
_watchers: list[list[str]] = []
_hook_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Notes network events while a self-test watches (audit hooks cannot be removed, so the
    one hook stays and does nothing between runs)."""
    if not _watchers:
        return
    if event == "socket.__new__":
        if len(args) > 1 and args[1] in _INTERNET:
            for seen in _watchers:
                seen.append(f"socket({socket.AddressFamily(args[1]).name})")
        return
    if event in _NETWORK_EVENTS:
        target = args[1] if len(args) > 1 else ""
        if isinstance(args[0], socket.socket) and args[0].family not in _INTERNET:
            return  # a local (Unix) socket is no network
        for seen in _watchers:
            seen.append(f"{event} {target!r}")


@contextmanager
def watch_network() -> Iterator[list[str]]:
    """Collect every Internet socket opened and every network call made inside the block."""
    global _hook_installed  # noqa: PLW0603 - one process-wide audit hook, installed once
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed = True
    seen: list[str] = []
    _watchers.append(seen)
    try:
        yield seen
    finally:
        _watchers.remove(seen)


# -- the checks ------------------------------------------------------------------------------


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _create(run: _Run) -> str:
    from lk40_desktop.services.template import ProjectData, fill_landkreis_template
    from lk40_desktop.store.document import WorkshopDocument

    data = ProjectData(county=COUNTY, title=TITLE, language="de")
    WorkshopDocument.create(run.project, lambda s: fill_landkreis_template(s, data)).close()
    return f"{run.project.name}, {run.project.stat().st_size // 1024} KiB"


def _edit(run: _Run) -> str:
    from lk40_desktop.operations import board, overview, proposals, rounds, scoring, stakeholders
    from lk40_desktop.operations import vocabulary as lists
    from lk40_desktop.operations.edit import perform, revert
    from lk40_desktop.services.project import action_fields
    from lk40_desktop.services.scoring.criteria import load_criteria
    from lk40_desktop.store.document import WorkshopDocument
    from lk40_desktop.store.models import VoterMode

    document = WorkshopDocument.open(run.project)
    try:
        with document.reading() as session:
            field_id = action_fields(session)[0].id
            criterion_id = load_criteria(session)[0].id
        description = "Geprüft am " + time.strftime("%Y-%m-%d %H:%M")
        perform(document, lambda s: overview.update_project(s, {"description": description}))
        cards = perform(
            document, lambda s: board.capture_cards(s, field_id, [{"text": t} for t in CARDS])
        ).created
        (round_id,) = perform(
            document, lambda s: rounds.start_round(s, "Selbsttest", voter_mode=VoterMode.GROUP)
        ).created
        perform(document, lambda s: rounds.vote(s, round_id, cards[0], "Gruppe A", +1))
        perform(document, lambda s: rounds.vote(s, round_id, cards[0], "Gruppe B", +1))
        proposal = perform(document, lambda s: proposals.promote_to_proposal(s, cards[:1]))
        (proposal_id,) = proposal.created
        perform(document, lambda s: proposals.update_proposal(s, proposal_id, {"title": PROPOSAL}))
        (rater_id,) = perform(document, lambda s: lists.add_entry(s, "rater", "Jury")).created
        perform(
            document,
            lambda s: scoring.set_score(s, proposal_id, criterion_id, rater_id, SCORE),
        )
        perform(document, lambda s: stakeholders.add_stakeholder(s, STAKEHOLDER, None))
        undone = perform(document, lambda s: board.capture_cards(s, field_id, [{"text": UNDONE}]))
        revert(document, undone)
    finally:
        document.close()
    run.ids.update(
        description=description,
        cards=cards,
        proposal=proposal_id,
        criterion=criterion_id,
        rater=rater_id,
    )
    return f"{len(CARDS)} cards, 2 dots, 1 proposal, 1 score, 1 stakeholder, 1 edit undone"


def _reopen(run: _Run) -> str:
    from lk40_desktop.services.report import build_report
    from lk40_desktop.services.scoring.scores import score_ids
    from lk40_desktop.store.document import WorkshopDocument

    document = WorkshopDocument.open(run.project, read_only=True)
    try:
        with document.reading() as session:
            report = build_report(session)
            cell = (run.ids["proposal"], run.ids["criterion"])
            scored = score_ids(session, run.ids["rater"], [cell])
    finally:
        document.close()
    _expect(report.county == COUNTY and report.title == TITLE, "project data changed")
    _expect(report.description == run.ids["description"], "the description was not kept")
    texts = {idea.text: idea for idea in report.ideas}
    _expect(all(text in texts for text in CARDS), "a card is missing")
    _expect(UNDONE not in texts, "the undone card is still there")
    _expect(texts[CARDS[0]].votes == 2, f"{texts[CARDS[0]].votes} dots instead of 2")
    _expect([p.title for p in report.proposals] == [PROPOSAL], "the proposal is missing")
    _expect(bool(scored), "the score is missing")
    names = [row.name for row in report.stakeholders.stakeholders]
    _expect(STAKEHOLDER in names, "the stakeholder is missing")
    run.ids["report"] = report
    return f"{len(report.ideas)} cards, {len(report.proposals)} proposal, all edits found"


def _export(run: _Run) -> str:
    from lk40_desktop.export.job import ExportJob, run_export

    written = run_export(run.ids["report"], ExportJob(paper=run.paper, workbook=run.workbook))
    _expect(sorted(written) == sorted([run.paper, run.workbook]), f"wrote {written}")
    return ", ".join(f"{path.name} {path.stat().st_size // 1024} KiB" for path in written)


def _read_docx(run: _Run) -> str:
    from docx import Document

    paper = Document(str(run.paper))
    text = "\n".join(paragraph.text for paragraph in paper.paragraphs)
    text += "\n".join(
        cell.text for table in paper.tables for row in table.rows for cell in row.cells
    )
    _expect(TITLE in text, "the project's title is not in the paper")
    _expect(PROPOSAL in text, "the proposal is not in the paper")
    return (
        f"{len(paper.paragraphs)} paragraphs, {len(paper.tables)} tables, title and proposal found"
    )


def _read_xlsx(run: _Run) -> str:
    from openpyxl import load_workbook

    book = load_workbook(run.workbook)
    try:
        cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
        texts = {cell.value for cell in cells if cell.data_type == "s"}
        formulas = [cell for cell in cells if cell.data_type == "f"]
        _expect(PROPOSAL in texts, "the proposal is not in the workbook")
        _expect(all(text in texts for text in CARDS), "a card is not in the workbook as text")
        _expect(bool(formulas), "the workbook has no live formulas")
        return f"{len(book.sheetnames)} sheets, {len(formulas)} formulas, cards kept as text"
    finally:
        book.close()


_STEPS: dict[str, Callable[[_Run], str]] = {
    "create": _create,
    "edit": _edit,
    "reopen": _reopen,
    "export": _export,
    "read_docx": _read_docx,
    "read_xlsx": _read_xlsx,
}


def run_self_test(report: Callable[[Check], None] | None = None) -> list[Check]:
    """Run every check, call ``report`` with each as it finishes, and return them all.

    Nothing is left behind: the temporary folder is removed even when a check fails."""
    results: list[Check] = []

    def record(check: Check) -> None:
        (log.info if check.passed else log.error)("self-test: %s", check.line())
        results.append(check)
        if report is not None:
            report(check)

    folder = Path(tempfile.mkdtemp(prefix="lk40-selftest-"))
    run = _Run(
        folder,
        folder / "Selbsttest.lk40",
        folder / "Strategiepapier.docx",
        folder / "Arbeitsmappe.xlsx",
    )
    failed = ""
    with watch_network() as network:
        for key, step in _STEPS.items():
            if failed:
                record(Check(key, False, f"not run: '{failed}' failed", blocked_by=failed))
                continue
            started = time.perf_counter()
            try:
                detail = step(run)
            except Exception as error:  # every failure is a line of the report, not a crash
                log.exception("self-test: %s failed", key)
                detail, failed = f"{type(error).__name__}: {error}", key
            record(Check(key, not failed, detail, time.perf_counter() - started))
    record(Check("network", not network, "; ".join(network[:5]) or "no socket, no name lookup"))
    shutil.rmtree(folder, ignore_errors=True)
    record(
        Check(
            "cleanup",
            not folder.exists(),
            f"{folder} removed" if not folder.exists() else f"{folder} is still there",
        )
    )
    return results


def header() -> str:
    """The first line of the command line's report: what was tested, where."""
    import platform

    return (
        f"{PRODUCT_NAME} {__version__} self-test, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}, {sys.executable}"
    )
