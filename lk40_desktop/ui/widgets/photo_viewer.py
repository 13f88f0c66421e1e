"""One photo large, with its caption, and the owner's other photos a key away (← →): for
looking at a pinboard's photo on the projector after the workshop."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.services.photos import PhotoRow, picture
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.widgets.display import shown


class PhotoViewer(QDialog):
    """The photos of one owner, one at a time, fitted to the dialog."""

    def __init__(
        self,
        controller: DocumentController,
        photos: Sequence[PhotoRow],
        index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Foto"))
        self.controller = controller
        self.photos = list(photos)
        self.index = index
        self.pixmap = QPixmap()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setMinimumSize(320, 240)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = QLabel()
        self.previous = QPushButton(self.tr("◀ Vorheriges"))
        self.next = QPushButton(self.tr("Nächstes ▶"))
        self.previous.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next.clicked.connect(lambda: self.show_photo(self.index + 1))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.counter, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.next)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)
        layout.addLayout(row)
        if parent is not None:
            window = parent.window().size()
            self.resize(int(window.width() * 0.85), int(window.height() * 0.85))
        self.show_photo(index)

    def show_photo(self, index: int) -> None:
        """Show the photo at ``index`` of the owner's order (kept inside the list)."""
        self.index = max(0, min(index, len(self.photos) - 1))
        row = self.photos[self.index]
        with self.controller.document.reading() as session:
            _media_type, data = picture(session, row.id)
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(data)
        self.caption.setText(shown(row.caption) or self.tr("(ohne Bildunterschrift)"))
        self.counter.setText(
            self.tr("{number} von {count} · {width} × {height} px").format(
                number=self.index + 1, count=len(self.photos), width=row.width, height=row.height
            )
        )
        self.image.setAccessibleName(row.caption or self.tr("Foto"))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.photos) - 1)
        self._fit()

    def _fit(self) -> None:
        if self.pixmap.isNull():
            self.image.setText(self.tr("Das Foto lässt sich nicht anzeigen."))
            return
        self.image.setPixmap(
            self.pixmap.scaled(
                self.image.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Left:
            self.show_photo(self.index - 1)
        elif event.key() == Qt.Key.Key_Right:
            self.show_photo(self.index + 1)
        else:
            super().keyPressEvent(event)
