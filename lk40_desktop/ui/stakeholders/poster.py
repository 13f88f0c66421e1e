"""The stakeholder map on paper (issue 22): the map tools' "Poster…" prints the whole map
as an A3 poster for the workshop's wall, or saves it as a PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.sheets import SheetChoice, SheetKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from lk40_desktop.ui.dialogs.print_sheet import PrintSheetDialog
    from lk40_desktop.ui.document import DocumentController


def print_poster(parent: QWidget, controller: DocumentController | None) -> PrintSheetDialog | None:
    """Open the print dialog with the map's poster."""
    from lk40_desktop.ui.dialogs.print_sheet import SheetEntry, open_print_dialog

    if controller is None:
        return None
    entry = SheetEntry(
        QCoreApplication.translate("StakeholderPoster", "Stakeholder-Landkarte als A3-Poster"),
        SheetKind.POSTER,
        SheetChoice(),
    )
    return open_print_dialog(parent, controller.document, [entry])
