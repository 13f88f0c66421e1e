"""The list of project proposals beside the profile editor: title, time horizon and quick win,
edited in place like the profile itself, and the breakout group a merge brought it from."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lk40_desktop.operations.proposals import update_proposal
from lk40_desktop.services.proposals import TIME_HORIZONS, ProposalListRow, proposal_list
from lk40_desktop.store.document import ReadSession
from lk40_desktop.ui.widgets.entity_model import Column, EntityTableModel


class ProposalList(EntityTableModel):
    """The proposals of one action field, or of all with ``field_id`` None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        labels = (self.tr("kurzfristig"), self.tr("mittelfristig"), self.tr("langfristig"))
        horizons = tuple(zip(TIME_HORIZONS, labels, strict=True))
        super().__init__(
            "proposal",
            [
                Column("title", self.tr("Projektvorschlag")),
                Column("time_horizon", self.tr("Zeithorizont"), "choice", False, horizons),
                Column("quick_win", self.tr("Quick Win"), "bool"),
                Column("origin", self.tr("Herkunft"), editable=False),
            ],
            self._rows_of_field,
            update_proposal,
            parent=parent,
        )
        self.field_id: str | None = None

    def _rows_of_field(self, session: ReadSession) -> list[ProposalListRow]:
        return proposal_list(session, self.field_id)

    def set_field(self, field_id: str | None) -> None:
        """List another field's proposals."""
        self.field_id = field_id
        self.reload()
