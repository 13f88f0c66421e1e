"""The board's paper (issue 22): the tool row's "Drucken…" offers the cards of the shown
board — or of the selected cluster — to cut out, the voting sheet and the blank tally sheet,
in the small print dialog (imported when first used)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lk40_desktop.services.sheets import SheetChoice, SheetKind

if TYPE_CHECKING:
    from lk40_desktop.ui.board.page import BoardPage
    from lk40_desktop.ui.dialogs.print_sheet import PrintSheetDialog


def _cluster(page: BoardPage) -> tuple[str, str] | None:
    """(id, name) of the selected frame, or of the frame every selected card is in."""
    clusters = {c.id: c.name for c in page.source.data.clusters}
    chosen = set(page.scene.selected_cluster_ids()) & clusters.keys()
    if not chosen:
        cards = {c.id: c.cluster_id for c in page.source.data.cards}
        chosen = {cards.get(card_id) or "" for card_id in page.scene.selected_card_ids()}
    if len(chosen) == 1 and (cluster_id := chosen.pop()) in clusters:
        return cluster_id, clusters[cluster_id]
    return None


def print_board_sheets(page: BoardPage) -> PrintSheetDialog | None:
    """Open the print dialog for the shown board (None in the overview of all boards)."""
    from lk40_desktop.ui.dialogs.print_sheet import SheetEntry, open_print_dialog

    field = page.source.data.field(page.field_id)
    if page.controller is None or field is None:
        return None
    board = SheetChoice(field=field.id)
    entries = [
        SheetEntry(
            QCoreApplication.translate("BoardSheets", "Karten zum Ausschneiden – ganzes Board"),
            SheetKind.CARDS,
            board,
        )
    ]
    cluster = _cluster(page)
    if cluster is not None:
        entries.append(
            SheetEntry(
                QCoreApplication.translate(
                    "BoardSheets", "Karten zum Ausschneiden – Cluster „{name}“"
                ).format(name=cluster[1]),
                SheetKind.CARDS,
                SheetChoice(field=field.id, cluster=cluster[0]),
            )
        )
    entries += [
        SheetEntry(
            QCoreApplication.translate("BoardSheets", "Stimmzettel (Karten zum Ankreuzen)"),
            SheetKind.VOTING,
            board,
        ),
        SheetEntry(
            QCoreApplication.translate("BoardSheets", "Zählbogen (leer, zum Auszählen)"),
            SheetKind.TALLY,
            board,
        ),
    ]
    return open_print_dialog(
        page, page.controller.document, entries, current=1 if cluster is not None else 0
    )
