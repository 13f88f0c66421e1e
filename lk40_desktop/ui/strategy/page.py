"""The Strategiepapier page: the paper's outline (which chapters, in which order) and the
text of each chapter the county writes — project chapters from the foreword to the glossary
and each action field's introduction, Ausgangslage and Ziele. Texts are stored as Markdown
as they are typed (one undo step per pause), the order and the check marks at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from lk40_desktop.operations.strategy import move_chapter, set_chapter
from lk40_desktop.services.project import action_fields
from lk40_desktop.services.strategy import Chapter, chapter, field_chapters, outline
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.ui.document import DocumentController, follow_changes
from lk40_desktop.ui.strategy.tables import GoalSection, KeyFigureSection
from lk40_desktop.ui.strategy.text_editor import ChapterEditor
from lk40_desktop.ui.widgets.chapters import chapter_labels
from lk40_desktop.ui.widgets.project_page import ProjectPage

SAVE_AFTER_MS = 700
"""A pause in typing this long stores the text (one undo step per pause)."""
TABLE_HEIGHT = 230
"""The key figures' or goals' table under a chapter's text: five rows at 1366 × 768, the
text keeps the rest."""
Place = tuple[str, str | None]
"""A chapter's key and its action field (None for the project's)."""


class StrategyPage(ProjectPage):
    """Outline on the left, the chosen chapter's text on the right."""

    def __init__(self) -> None:
        super().__init__()
        self.controller: DocumentController | None = None
        self.outline = QListWidget()
        self.outline.setAccessibleName(self.tr("Gliederung"))
        self.outline.currentItemChanged.connect(self._chosen)
        self.outline.itemChanged.connect(self._checked)
        outline_label = QLabel(self.tr("&Gliederung:"))
        outline_label.setBuddy(self.outline)
        self.up = QPushButton(self.tr("Nach &oben"))
        self.down = QPushButton(self.tr("Nach &unten"))
        self.up.clicked.connect(lambda: self.move_by(-1))
        self.down.clicked.connect(lambda: self.move_by(+1))
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        left = QVBoxLayout()
        left.addWidget(outline_label)
        left.addWidget(self.outline, 1)
        left.addLayout(moves)
        self.heading = QLabel()
        self.heading.setObjectName("chapterHeading")
        self.note = QLabel(
            self.tr("Dieses Kapitel schreibt die App beim Export aus den Daten des Projekts.")
        )
        self.note.setWordWrap(True)
        self.editor = ChapterEditor()
        self.editor.edited.connect(self._typed)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.editor.text)
        self.signer = QLineEdit()
        self.signer.setAccessibleName(self.tr("Unterzeichnet von"))
        self.signer.editingFinished.connect(self._signed)
        self.signer_label = QLabel(self.tr("Unterzeich&net von:"))
        self.signer_label.setBuddy(self.signer)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.note)
        right.addWidget(text_label)
        right.addWidget(self.editor, 1)
        right.addWidget(self.signer_label)
        right.addWidget(self.signer)
        self.figures, self.goals = KeyFigureSection(), GoalSection()
        for section in (self.figures, self.goals):
            section.setMaximumHeight(TABLE_HEIGHT)
            right.addWidget(section)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self._shown: Place | None = None
        self._filling = False
        self._dirty = False
        """The user changed the shown text since it was loaded or stored (a loaded text is
        never stored back: Qt's Markdown of it may differ from the stored one in spaces)."""

    # -- the document ---------------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the chapters of another document (or none)."""
        self.flush()
        follow_changes(self.controller, controller, self._on_changed)
        self.controller = controller
        self.figures.set_controller(controller)
        self.goals.set_controller(controller)
        self._shown = None
        read_only = controller is None or controller.read_only
        self.editor.text.setReadOnly(read_only)
        self.signer.setReadOnly(read_only)
        self._fill()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.initiator is self:
            return
        if (
            changes.everything
            or changes.touches("strategy_chapter")
            or changes.touches("action_field")
        ):
            self._fill()

    def _chapters(self) -> list[tuple[str, Chapter]]:
        """(label, chapter) of every outline entry: the project's, the fields' under
        "Handlungsfelder", indented."""
        if self.controller is None:
            return []
        labels = chapter_labels()
        with self.controller.document.reading() as session:
            project = outline(session)
            fields = action_fields(session, include_archived=False)
            by_field = field_chapters(session, [f.id for f in fields])
        entries: list[tuple[str, Chapter]] = []
        for item in project:
            entries.append((labels[item.key], item))
            if item.key == "fields":
                for action_field in fields:
                    for sub in by_field[action_field.id]:
                        entries.append((f"    {action_field.name}: {labels[sub.key]}", sub))
        return entries

    def _fill(self) -> None:
        """The outline as stored, the chosen entry kept; its text shown again."""
        current = self._current_place() or self._shown
        self._filling = True
        try:
            self.outline.clear()
            for label, item in self._chapters():
                entry = QListWidgetItem(label)
                entry.setData(Qt.ItemDataRole.UserRole, (item.key, item.field_id))
                if not item.generated:
                    entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    state = Qt.CheckState.Checked if item.included else Qt.CheckState.Unchecked
                    entry.setCheckState(state)
                self.outline.addItem(entry)
                if (item.key, item.field_id) == current:
                    self.outline.setCurrentItem(entry)
            if self.outline.currentItem() is None and self.outline.count():
                self.outline.setCurrentRow(0)
        finally:
            self._filling = False
        self._show(self._current_place())

    def _current_place(self) -> Place | None:
        item = self.outline.currentItem()
        if item is None:
            return None
        key, field_id = item.data(Qt.ItemDataRole.UserRole)
        return str(key), field_id

    def _show(self, place: Place | None) -> None:
        """Show the chapter at ``place`` in the editor."""
        self._shown = place
        key, field_id = place or ("", None)
        self.figures.setVisible(key == "status_quo")
        self.goals.setVisible(key == "field_goals" and field_id is not None)
        if key == "field_goals" and field_id is not None:
            self.goals.show_field(field_id)
        if place is None or self.controller is None:
            self.editor.set_markdown("")
            return
        with self.controller.document.reading() as session:
            shown = chapter(session, key, field_id)
        self.heading.setText(chapter_labels()[key])
        self.note.setVisible(shown.generated)
        self.editor.setEnabled(not shown.generated)
        if self.editor.markdown() != shown.text or not shown.text:
            self.editor.set_markdown(shown.text)
        self._dirty = False
        foreword = key == "foreword"
        self.signer_label.setVisible(foreword)
        self.signer.setVisible(foreword)
        if self.signer.text() != shown.signer:
            self.signer.setText(shown.signer)
        movable = field_id is None
        self.up.setEnabled(movable and self.outline.currentRow() > 0)
        self.down.setEnabled(movable)

    def show_chapter(self, key: str, field_id: str | None) -> None:
        """Choose a chapter in the outline and put the cursor where it is written: its
        table for a field's goals, its text otherwise."""
        for row in range(self.outline.count()):
            if self.outline.item(row).data(Qt.ItemDataRole.UserRole) == (key, field_id):
                self.outline.setCurrentRow(row)
                break
        if key == "field_goals":
            self.goals.view.setFocus()
        else:
            self.editor.text.setFocus()

    # -- gestures -------------------------------------------------------------------------

    def _chosen(self, *_items: object) -> None:
        if self._filling:
            return
        self.flush()
        self._show(self._current_place())

    def _typed(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Store the shown text now if it was changed (a pause, another chapter, leaving)."""
        self._timer.stop()
        place = self._shown
        if not self._dirty or place is None or self.controller is None:
            return
        self._dirty = False
        if self.controller.read_only:
            return
        text = self.editor.markdown()
        key, field_id = place
        with self.controller.document.reading() as session:
            stored = chapter(session, key, field_id)
        if stored.generated or stored.text == text:
            return
        self.controller.perform(
            self.tr("Kapiteltext ändern"),
            lambda s: set_chapter(s, key, field_id, {"text": text}),
            initiator=self,
            merge=True,
        )

    def _signed(self) -> None:
        if self._shown is None or self.controller is None or not self.signer.isModified():
            return
        self.signer.setModified(False)
        key, field_id = self._shown
        signer = self.signer.text().strip()
        self.controller.perform(
            self.tr("Unterzeichner ändern"),
            lambda s: set_chapter(s, key, field_id, {"signer": signer}),
            initiator=self,
        )

    def _checked(self, item: QListWidgetItem) -> None:
        if self._filling or self.controller is None:
            return
        key, field_id = item.data(Qt.ItemDataRole.UserRole)
        included = item.checkState() == Qt.CheckState.Checked
        self.controller.perform(
            self.tr("Kapitel ins Papier aufnehmen")
            if included
            else self.tr("Kapitel aus dem Papier nehmen"),
            lambda s: set_chapter(s, key, field_id, {"included": included}),
            initiator=self,
        )

    def move_by(self, step: int) -> None:
        """Move the chosen project chapter one place up (-1) or down (+1) in the outline."""
        place = self._current_place()
        if place is None or place[1] is not None or self.controller is None:
            return
        self.flush()
        keys = [
            self.outline.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.outline.count())
        ]
        project = [key for key, field_id in keys if field_id is None]
        index = project.index(place[0])
        target = index + step
        if not 0 <= target < len(project):
            return
        before = target if step < 0 else target + 1
        self.controller.perform(
            self.tr("Kapitel verschieben"), lambda s: move_chapter(s, place[0], before)
        )
        self._fill()
