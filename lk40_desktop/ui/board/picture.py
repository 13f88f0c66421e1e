"""The board as a picture (PNG or SVG) for a handout or the paper's appendix: the cards the
filter shows, titled with the action field's name in the project's language, not the UI's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lk40_desktop.export.vocabulary import Words
from lk40_desktop.services.board.data import BoardData
from lk40_desktop.services.board.filters import CardFilter
from lk40_desktop.services.project import action_fields, get_project
from lk40_desktop.store.document import WorkshopDocument
from lk40_desktop.ui.widgets.image_dialog import ask_image_path


def save_board_picture(
    parent: QWidget,
    document: WorkshopDocument,
    data: BoardData,
    field_id: str,
    card_filter: CardFilter,
) -> None:
    """Ask where to save the board of ``field_id`` and draw its filtered cards there; a file
    that cannot be written is reported, not raised."""
    from lk40_desktop.export.board_image import render_board  # matplotlib only when asked

    with document.reading() as session:
        language = get_project(session).language
    with document.reading(language=language) as session:
        title = next(f.name for f in action_fields(session) if f.id == field_id)
    path = ask_image_path(
        parent,
        QCoreApplication.translate("BoardPicture", "Board als Bild speichern"),
        document.path.parent,
        Words(language)["file_board"].format(field=title),
    )
    if path is None:
        return
    cards = [c for c in data.cards if card_filter.matches(c)]
    try:
        render_board(cards, data.clusters, path, title=title)
    except OSError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("BoardPicture", "Bild nicht gespeichert"),
            QCoreApplication.translate(
                "BoardPicture", "Das Bild konnte nicht gespeichert werden:\n{error}"
            ).format(error=error),
        )
