"""The board's context menu: for a selection edit, promote, cluster, colour, move to another
action field, copy and delete; always paste, fit and the board as a picture."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from lk40_desktop.services.board.data import CARD_COLORS
from lk40_desktop.ui.board.field_list import swatch

if TYPE_CHECKING:
    from lk40_desktop.ui.board.page import BoardPage


class BoardMenu(QMenu):
    """The menu of a right click on the canvas (outside voting mode)."""

    def __init__(self, page: BoardPage) -> None:
        super().__init__(page)
        writable = page.source.writable
        if page.scene.selected_card_ids() or page.scene.selected_cluster_ids():
            for text, slot in (
                (self.tr("Bearbeiten (F2)"), page.edits.edit_selection),
                (self.tr("Zum Projektvorschlag machen"), page.promote),
                (self.tr("Cluster bilden"), page.make_cluster),
            ):
                self.addAction(text, slot).setEnabled(writable)
            colors = self.addMenu(self.tr("Farbe"))
            for color, name in zip(CARD_COLORS, self.color_names(), strict=True):
                colors.addAction(swatch(color), name, _bind(page.set_color, color))
            colors.setEnabled(writable)
            fields = self.addMenu(self.tr("In Handlungsfeld verschieben"))
            for field in page.source.data.fields:
                if field.id != page.field_id and not field.archived:
                    fields.addAction(  # a name's "&" is shown, not made a mnemonic
                        swatch(field.color),
                        field.name.replace("&", "&&"),
                        _bind(page.move_to_field, field.id),
                    )
            fields.setEnabled(writable)
            self.addAction(self.tr("Kopieren"), page.copy_cards)
            self.addAction(self.tr("Löschen"), page.delete_selection).setEnabled(writable)
            self.addSeparator()
        self.addAction(self.tr("Einfügen"), page.paste_cards).setEnabled(writable)
        self.addAction(self.tr("Einpassen"), page.view.fit)
        self.addAction(self.tr("Board als Bild exportieren…"), page.export_image)

    def color_names(self) -> tuple[str, ...]:
        """The card colours' names, in CARD_COLORS' order."""
        return (
            self.tr("Gelb"),
            self.tr("Blau"),
            self.tr("Grün"),
            self.tr("Rosa"),
            self.tr("Orange"),
            self.tr("Flieder"),
            self.tr("Weiß"),
        )


def _bind(slot: Callable[[str], None], value: str) -> Callable[[], None]:
    return lambda: slot(value)
