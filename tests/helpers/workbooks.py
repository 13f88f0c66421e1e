"""Reports for the workbook tests: the demo's, read once, and one with names that a
spreadsheet would trip over."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from lk40_desktop.services.report import Report, build_report
from lk40_desktop.store.document import WorkshopDocument

INJECTION = "=cmd|' /C calc'!A0"


def demo_report(path: Path) -> Report:
    """The report of a project file, opened read-only."""
    document = WorkshopDocument.open(path, read_only=True)
    try:
        with document.reading() as session:
            return build_report(session)
    finally:
        document.close()


def twin_names(report: Report) -> Report:
    """Two criteria of the same name (but for case), a criterion and a proposal named like a
    formula; the scores stay as they are."""
    evaluation = report.evaluation
    criteria = list(evaluation.criteria)
    criteria[1] = dataclasses.replace(criteria[1], name=criteria[0].name.upper())
    criteria[2] = dataclasses.replace(criteria[2], name=INJECTION)
    proposals = list(evaluation.proposals)
    proposals[0] = dataclasses.replace(proposals[0], title=INJECTION)
    changed = dataclasses.replace(evaluation, criteria=criteria, proposals=proposals)
    return dataclasses.replace(report, evaluation=changed)
