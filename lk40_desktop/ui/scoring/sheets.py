"""The evaluation's paper (issue 22): "Bögen drucken…" on the evaluation page offers a
scoring sheet per rater (the one chosen above the matrix first), all raters' sheets in one
print, or one with a blank name line to copy — the layout of the rating workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.sheets import ALL_RATERS, SheetChoice, SheetKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from lk40_desktop.ui.dialogs.print_sheet import PrintSheetDialog
    from lk40_desktop.ui.document import DocumentController


def print_scoring_sheets(
    parent: QWidget,
    controller: DocumentController | None,
    raters: list[tuple[str, str]],
    chosen: str | None,
) -> PrintSheetDialog | None:
    """Open the print dialog with a sheet per rater (``raters``: id and name), ``chosen``
    (a rater's id) preselected, else all raters."""
    from lk40_desktop.ui.dialogs.print_sheet import SheetEntry, open_print_dialog

    if controller is None:
        return None
    label = QCoreApplication.translate("ScoringSheets", "Bewertungsbogen – {name}")
    entries = [
        SheetEntry(
            QCoreApplication.translate("ScoringSheets", "Bewertungsbögen aller Bewertenden"),
            SheetKind.SCORING,
            SheetChoice(rater=ALL_RATERS),
        ),
        *(
            SheetEntry(label.format(name=name), SheetKind.SCORING, SheetChoice(rater=key))
            for key, name in raters
        ),
        SheetEntry(
            QCoreApplication.translate("ScoringSheets", "Bewertungsbogen ohne Namen"),
            SheetKind.SCORING,
            SheetChoice(),
        ),
    ]
    keys = [key for key, _name in raters]
    current = keys.index(chosen) + 1 if chosen in keys else 0
    return open_print_dialog(parent, controller.document, entries, current)
