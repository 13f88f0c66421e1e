"""The workshop's paper (issue 22): "Drucken…" in the agenda dock offers the sign-in list
for the door (no names printed, the two consents, the Art. 13 notice) and the agenda with
its clock times, both of the workshop the dock shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.sheets import SheetChoice, SheetKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from lk40_desktop.ui.dialogs.print_sheet import PrintSheetDialog, SheetEntry
    from lk40_desktop.ui.document import DocumentController


def workshop_entries(workshop_id: str) -> list[SheetEntry]:
    """The sheets of a workshop the print dialog offers."""
    from lk40_desktop.ui.dialogs.print_sheet import SheetEntry

    workshop = SheetChoice(workshop=workshop_id)
    return [
        SheetEntry(
            QCoreApplication.translate("WorkshopSheets", "Anwesenheitsliste (zum Unterschreiben)"),
            SheetKind.SIGN_IN,
            workshop,
        ),
        SheetEntry(
            QCoreApplication.translate("WorkshopSheets", "Ablauf mit Uhrzeiten"),
            SheetKind.AGENDA,
            workshop,
        ),
    ]


def print_workshop_sheets(
    parent: QWidget, controller: DocumentController | None, workshop_id: str | None
) -> PrintSheetDialog | None:
    """Open the print dialog for the workshop ``workshop_id`` (None without one)."""
    from lk40_desktop.ui.dialogs.print_sheet import open_print_dialog

    if controller is None or workshop_id is None:
        return None
    return open_print_dialog(parent, controller.document, workshop_entries(workshop_id))
