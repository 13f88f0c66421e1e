"""The import of a list (issue 21) as one edit: the new stakeholders with the groups the list
names that the project lacks, or the new cards in the inbox of an action field's board, and
the values merged into rows the project had — one transaction, one undo step; a failure
leaves nothing of it in the file. What goes in is decided by ``services.imports.plan``."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from lk40_desktop.operations.board import capture_cards
from lk40_desktop.operations.edit import Edit, change, create
from lk40_desktop.services.bulk import bulk
from lk40_desktop.services.imports.plan import ImportPlan, ImportRequest, plan_import
from lk40_desktop.store.models import Attitude, StakeholderGroup
from lk40_desktop.store.queries import next_position

STAKEHOLDER_DEFAULTS = {
    "organisation": "",
    "group_id": None,
    "influence": 3.0,
    "interest": 3.0,
    "attitude": Attitude.NEUTRAL.value,
    "contact_person": "",
    "contact_details": "",
    "notes": "",
}
"""What an imported stakeholder has where the list says nothing: neutral, in the middle of the
map (as one added by hand), and in no workshop (a list is no attendance)."""


@dataclass
class ImportEdit(Edit):
    """The edit of an import, with the plan it carries out: what the report tells."""

    plan: ImportPlan = field(default_factory=lambda: ImportPlan("stakeholder"))


@bulk()
def import_list(session: Session, request: ImportRequest) -> ImportEdit:
    """Import the records of ``request``; ``created`` are the new rows in the list's order.
    Ideas go to the inbox of ``request.field_id`` and into no workshop (they were collected
    before any)."""
    plan = plan_import(session, request)
    if request.kind == "idea":
        if request.field_id is None:
            raise ValueError("ideas need the action field whose board takes them")
        cards = [{"workshop_id": None, **values} for values in plan.new.values()]
        captured = capture_cards(session, request.field_id, cards, ids=list(plan.new))
        steps = [*captured.steps, change(session, "idea", plan.merged)]
        return ImportEdit(steps, created=captured.created, plan=plan)
    first = next_position(session, StakeholderGroup)
    groups = {
        group_id: {"name": name, "position": first + offset}
        for offset, (group_id, name) in enumerate(plan.groups.items())
    }
    new = {key: STAKEHOLDER_DEFAULTS | values for key, values in plan.new.items()}
    steps = [
        create("stakeholder_group", groups),
        create("stakeholder", new),
        change(session, "stakeholder", plan.merged),
    ]
    return ImportEdit(steps, created=list(new), plan=plan)
