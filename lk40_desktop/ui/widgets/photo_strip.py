"""The photos of one workshop, idea board or proposal as thumbnails: add them from a file dialog
or by dropping files, caption, reorder and remove them (each one undoable edit), open one large.

Pictures are prepared off the GUI thread (``photo_loader``) with a progress bar; what is
refused is named with its reason below the thumbnails, not in a modal box, so a facilitator
who drops twenty photos sees all refusals at once and can go on.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.operations.photos import add_photos, caption_photo, move_photos, remove_photos
from lk40_desktop.services.photos import (
    MAX_DECODED_PIXELS,
    MAX_FILE_BYTES,
    Owner,
    PhotoProblem,
    PhotoRefusedError,
    PhotoRow,
    PreparedPhoto,
    photos_of,
)
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.widgets.display import shown
from lk40_desktop.ui.widgets.flow_layout import flow_row
from lk40_desktop.ui.widgets.photo_loader import PhotoLoader
from lk40_desktop.ui.widgets.photo_viewer import PhotoViewer

THUMB_SIZE = QSize(160, 120)
SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".bmp", ".tif", ".tiff"})
Index = QModelIndex | QPersistentModelIndex


def problem_text(error: PhotoRefusedError) -> str:
    """Why a file was not taken, in one sentence naming it."""
    texts = {
        PhotoProblem.UNREADABLE: QCoreApplication.translate(
            "PhotoWords", "{name}: Die Datei lässt sich nicht lesen."
        ),
        PhotoProblem.TOO_LARGE_FILE: QCoreApplication.translate(
            "PhotoWords",
            "{name}: Die Datei ist {detail} MB groß – höchstens {limit} MB sind möglich.",
        ),
        PhotoProblem.NOT_AN_IMAGE: QCoreApplication.translate(
            "PhotoWords", "{name}: Das ist kein Foto im Format JPEG oder PNG."
        ),
        PhotoProblem.HEIC: QCoreApplication.translate(
            "PhotoWords",
            "{name}: HEIC-Fotos kann diese Installation nicht lesen. Bitte als JPEG speichern "
            "(iPhone: Einstellungen › Kamera › Formate › „Maximale Kompatibilität“).",
        ),
        PhotoProblem.TOO_MANY_PIXELS: QCoreApplication.translate(
            "PhotoWords",
            "{name}: Das Bild hat {detail} Pixel – zu groß zum Einlesen "
            "(höchstens {megapixels} Megapixel).",
        ),
        PhotoProblem.DAMAGED: QCoreApplication.translate(
            "PhotoWords", "{name}: Die Bilddatei ist beschädigt oder unvollständig."
        ),
    }
    return texts[error.problem].format(
        name=error.path.name,
        detail=error.detail,
        megapixels=MAX_DECODED_PIXELS // 1_000_000,
        limit=MAX_FILE_BYTES // (1024 * 1024),
    )


class PhotoListModel(QAbstractListModel):
    """The owner's photos: the caption as text, the thumbnail as icon."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PhotoRow] = []
        self.icons: dict[str, QIcon] = {}

    def fill(self, rows: Sequence[PhotoRow]) -> None:
        """Show these photos; thumbnails already decoded are kept."""
        self.beginResetModel()
        self.rows = list(rows)
        icons = {}
        for row in self.rows:
            icon = self.icons.get(row.id)
            if icon is None:
                pixmap = QPixmap()
                pixmap.loadFromData(row.thumbnail)
                icon = QIcon(pixmap)
                icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not tinted: the photo as it is
            icons[row.id] = icon
        self.icons = icons
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(row.caption, 60) or self.tr("(ohne Bildunterschrift)")
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons.get(row.id)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{caption} ({width} × {height} px)").format(
                caption=shown(row.caption, 200) or self.tr("Foto"),
                width=row.width,
                height=row.height,
            )
        return None


class PhotoStrip(QWidget):
    """Thumbnails of one owner's photos with add, caption, move, remove and a viewer."""

    def __init__(self, without_owner: str = "", parent: QWidget | None = None) -> None:
        """``without_owner``: what the strip says while it shows nobody's photos (the boards
        of all fields: photos belong to one)."""
        super().__init__(parent)
        self.without_owner = without_owner
        self.controller: DocumentController | None = None
        self.owner: Owner | None = None
        self.loader = PhotoLoader(self)
        self.loading_owner: Owner | None = None
        self.file_dialog: QFileDialog | None = None
        self.viewer: PhotoViewer | None = None
        self.model = PhotoListModel(self)
        self.view = _thumbnail_view(self.model)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.add_button = QPushButton(self.tr("Fotos hinzufügen…"))
        self.show_button = QPushButton(self.tr("Ansehen"))
        self.earlier_button = QPushButton(self.tr("◀"))
        self.earlier_button.setAccessibleName(self.tr("Foto nach vorn"))
        self.later_button = QPushButton(self.tr("▶"))
        self.later_button.setAccessibleName(self.tr("Foto nach hinten"))
        for arrow in (self.earlier_button, self.later_button):
            arrow.setMaximumWidth(40)
        self.remove_button = QPushButton(self.tr("Foto entfernen"))
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Was zeigt das Foto?"))
        self.caption.setAccessibleName(self.tr("Bildunterschrift"))
        caption_label = QLabel(self.tr("Bildunterschrift:"))
        caption_label.setBuddy(self.caption)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("Fotos werden eingelesen … %v von %m"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("photoMessage")
        self.message.setStyleSheet("color: #a4000f")  # as the profile's own message
        self.message.hide()
        self._lay_out(caption_label)
        self._connect()
        self.setAcceptDrops(True)
        self._update_state()

    def _lay_out(self, caption_label: QLabel) -> None:
        buttons = QWidget()
        row = flow_row(buttons)  # wraps where the strip is narrow (a profile on a laptop)
        for button in (self.add_button, self.show_button, self.earlier_button, self.later_button):
            row.addWidget(button)
        row.addWidget(self.remove_button)
        caption_row = QHBoxLayout()
        caption_row.addWidget(caption_label)
        caption_row.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buttons)  # all above the thumbnails: seen in a scrolled profile too
        layout.addLayout(caption_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.ask_files)
        self.show_button.clicked.connect(self.show_current)
        self.earlier_button.clicked.connect(lambda: self.move_current(-1))
        self.later_button.clicked.connect(lambda: self.move_current(+1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.activated.connect(lambda index: self.show_photo(index.row()))
        self.view.selectionModel().currentChanged.connect(lambda *_args: self._show_caption())
        self.view.selectionModel().selectionChanged.connect(lambda *_args: self._update_state())
        self.caption.editingFinished.connect(self.commit_caption)
        self.loader.progressed.connect(self._progressed)
        self.loader.finished.connect(self._loaded)
        self.view.installEventFilter(self)  # Delete on the thumbnails removes the chosen ones

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # -- document and owner -----------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show photos of another document (or none)."""
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.owner = None
        self.reload()

    def set_owner(self, owner: Owner | None) -> None:
        """Show the photos of another workshop, board or proposal (None: none)."""
        if owner != self.owner:
            self.owner = owner
            self.message.hide()
            self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("photo") and self.owner is not None:
            self.reload()

    def reload(self) -> None:
        """Read the owner's photos again (thumbnails only), keeping the current one."""
        current = self.current_id()
        rows: list[PhotoRow] = []
        if self.controller is not None and self.owner is not None:
            with self.controller.document.reading() as session:
                rows = photos_of(session, self.owner)
        self.model.fill(rows)
        ids = [row.id for row in rows]
        if current in ids:
            self.view.setCurrentIndex(self.model.index(ids.index(current)))
        self._show_caption()
        self._update_state()

    def _writable(self) -> bool:
        return (
            self.controller is not None and not self.controller.read_only and self.owner is not None
        )

    def _update_state(self) -> None:
        writable = self._writable()
        current = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        count = len(self.model.rows)
        self.add_button.setEnabled(writable and not self.loader.busy)
        self.show_button.setEnabled(current >= 0)
        self.remove_button.setEnabled(writable and current >= 0)
        self.earlier_button.setEnabled(writable and current > 0)
        self.later_button.setEnabled(writable and 0 <= current < count - 1)
        self.caption.setEnabled(writable and current >= 0)
        if self.owner is None:
            self.hint.setText(self.without_owner)
        else:
            self.hint.setText(self.tr("Fotos hierher ziehen oder „Fotos hinzufügen…“ wählen."))
        self.hint.setVisible(count == 0 and bool(self.hint.text()))

    def current_id(self) -> str | None:
        """The photo the keyboard is on."""
        index = self.view.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def _show_caption(self) -> None:
        index = self.view.currentIndex()
        if not self.caption.hasFocus():
            self.caption.setText(self.model.rows[index.row()].caption if index.isValid() else "")
        self._update_state()

    # -- adding -----------------------------------------------------------------------------

    def ask_files(self) -> None:
        """Ask for picture files (several at once) and add them."""
        if not self._writable() or self.controller is None:
            return
        dialog = QFileDialog(
            self,
            self.tr("Fotos hinzufügen"),
            str(self.controller.document.path.parent),
            self.tr("Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp);;Alle Dateien (*)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        self.file_dialog = dialog
        dialog.open()

    def add_files(self, paths: Sequence[Path]) -> None:
        """Prepare picture files off the GUI thread, then add them as one undoable edit."""
        if not paths or not self._writable() or self.loader.busy:
            return
        self.loading_owner = self.owner
        self.message.hide()
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.loader.start(paths)
        self._update_state()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _loaded(self, prepared: list[PreparedPhoto], refused: list[PhotoRefusedError]) -> None:
        self.progress.hide()
        owner, self.loading_owner = self.loading_owner, None
        if prepared and owner is not None and self.controller is not None:
            text = (
                self.tr("Foto hinzufügen")
                if len(prepared) == 1
                else self.tr("{count} Fotos hinzufügen").format(count=len(prepared))
            )
            self.controller.perform(text, lambda session: add_photos(session, owner, prepared))
        if refused:
            self.message.setText("\n".join(problem_text(error) for error in refused))
            self.message.show()
        self._update_state()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._writable() and _dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._writable() and _dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_files(event)
        if paths and self._writable():
            event.acceptProposedAction()
            self.add_files(paths)

    # -- editing ----------------------------------------------------------------------------

    def commit_caption(self) -> None:
        """Write the typed caption of the current photo (one undoable edit)."""
        photo_id, text = self.current_id(), self.caption.text()
        if photo_id is None or self.controller is None or not self._writable():
            return
        self.controller.perform(
            self.tr("Bildunterschrift ändern"),
            lambda session: caption_photo(session, photo_id, text),
        )

    def remove_selected(self) -> None:
        """Remove the selected photos, or the one the keyboard is on (undo brings them back)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        ids = [self.model.rows[row].id for row in rows]
        if ids and self.controller is not None and self._writable():
            text = self.tr("Foto entfernen") if len(ids) == 1 else self.tr("Fotos entfernen")
            self.controller.perform(text, lambda session: remove_photos(session, ids))

    def move_current(self, step: int) -> None:
        """Move the current photo one place earlier (-1) or later (+1)."""
        photo_id, owner = self.current_id(), self.owner
        if photo_id is None or owner is None or self.controller is None:
            return
        row = self.view.currentIndex().row()
        before = row - 1 if step < 0 else row + 2
        self.controller.perform(
            self.tr("Foto verschieben"),
            lambda session: move_photos(session, owner, [photo_id], before),
        )

    def show_current(self) -> None:
        """Open the current photo large."""
        index = self.view.currentIndex()
        if index.isValid():
            self.show_photo(index.row())

    def show_photo(self, row: int) -> None:
        """Open the viewer on the photo in ``row``."""
        if self.controller is None or not 0 <= row < len(self.model.rows):
            return
        self.viewer = PhotoViewer(self.controller, self.model.rows, row, self)
        self.viewer.open()


def _thumbnail_view(model: PhotoListModel) -> QListView:
    """Thumbnails in rows that wrap, chosen by click or keyboard (several with Shift and Ctrl);
    they do not move by dragging, and dropped files go to the strip."""
    view = QListView()
    view.setModel(model)
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setMovement(QListView.Movement.Static)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setIconSize(THUMB_SIZE)
    view.setGridSize(QSize(THUMB_SIZE.width() + 24, THUMB_SIZE.height() + 44))
    view.setWordWrap(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    view.setAcceptDrops(False)  # dropped files go to the strip
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAccessibleName(QCoreApplication.translate("PhotoStrip", "Fotos"))
    view.setMinimumHeight(THUMB_SIZE.height() + 56)
    return view


def _dropped_files(event: QDropEvent) -> list[Path]:
    """The local picture files of a drag (by suffix; what they hold is checked later)."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in SUFFIXES]
