"""The stakeholder page: a filterable table and the influence/interest map, kept in sync.

The page maps gestures to the named operations of ``operations.stakeholders``; the filter
bar, the table with its buttons and the map's tool row are widgets of their own."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.export.vocabulary import Words
from lk40_desktop.operations import stakeholders as ops
from lk40_desktop.operations.edit import Edit
from lk40_desktop.services.project import get_project
from lk40_desktop.services.stakeholders.data import MapFilter
from lk40_desktop.services.stakeholders.data import load as load_stakeholders
from lk40_desktop.services.vocabulary import VocabularyKind
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.document import ReadSession
from lk40_desktop.ui.dialogs.vocabulary import VocabularyDialog
from lk40_desktop.ui.dialogs.workshop_picker import WorkshopPicker
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.stakeholders.filter_bar import FilterBar
from lk40_desktop.ui.stakeholders.map_scene import StakeholderScene
from lk40_desktop.ui.stakeholders.map_tools import MapLegend, MapTools
from lk40_desktop.ui.stakeholders.map_view import MapView
from lk40_desktop.ui.stakeholders.poster import print_poster
from lk40_desktop.ui.stakeholders.relation_edits import RelationEdits
from lk40_desktop.ui.stakeholders.source import StakeholderSource
from lk40_desktop.ui.stakeholders.table import (
    ID_ROLE,
    NAME,
    WORKSHOPS,
    StakeholderFilter,
    StakeholderModel,
)
from lk40_desktop.ui.stakeholders.table_panel import TablePanel
from lk40_desktop.ui.widgets.image_dialog import ask_image_path
from lk40_desktop.ui.widgets.project_page import ProjectPage

log = logging.getLogger(__name__)


class StakeholderPage(ProjectPage):
    """Stakeholder list and map of the open project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.source = StakeholderSource(self)
        self.model = StakeholderModel(self.source, self)
        self.proxy = StakeholderFilter(self.model)
        self.scene = StakeholderScene()
        self.scene.quadrant_labels = (
            self.tr("Zufriedenstellen"),
            self.tr("Eng einbinden"),
            self.tr("Beobachten"),
            self.tr("Informieren"),
        )
        self.scene.axis_labels = (self.tr("Interesse"), self.tr("Einfluss"))
        self.view = MapView(self.scene)
        self._syncing_selection = False
        self.filters = FilterBar()
        self.panel = TablePanel(self.model, self.proxy)
        self.tools = MapTools(self.view, self.scene, self)
        self.relations = RelationEdits(self.source, self.tools, self)
        self.legend = MapLegend()
        # The widgets a facilitator (and a test) reaches for most, by their page-level names.
        self.search, self.group_filter = self.filters.search, self.filters.group_filter
        self.table, self.add_button = self.panel.table, self.panel.add_button
        self.connect_button, self.kind_combo = self.tools.connect_button, self.tools.kind_combo
        self._lay_out()
        self._connect_signals()
        self._update_buttons()

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("Stakeholder"))
        heading.setObjectName("pageTitle")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tools)
        map_row = QHBoxLayout()
        map_row.addWidget(self.view, 1)
        map_row.addWidget(self.legend)
        right_layout.addLayout(map_row, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.filters.changed.connect(self._filter_changed)
        self.table.doubleClicked.connect(self._table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        panel = self.panel
        panel.add_button.clicked.connect(self.add_stakeholder)
        panel.duplicate_button.clicked.connect(self.duplicate_selected)
        panel.delete_button.clicked.connect(self.delete_selected)
        panel.workshops_button.clicked.connect(self.edit_workshops)
        panel.groups_button.clicked.connect(self.edit_groups)
        self.tools.connect_toggled.connect(self._set_connect_mode)
        self.tools.add_relation_requested.connect(
            lambda: self.relations.add_from_dialog(next(iter(self.selected_ids()), None))
        )
        self.tools.list_relations_requested.connect(self.relations.edit_list)
        self.tools.edit_kinds_requested.connect(self.edit_kinds)
        self.tools.export_requested.connect(self.export_dialog)
        self.tools.print_requested.connect(lambda: print_poster(self, self.controller))
        self.source.updated.connect(self._data_updated)
        self.scene.values_changed.connect(self._values_changed)
        self.scene.relation_requested.connect(self.relations.add)
        self.scene.selectionChanged.connect(self._scene_selection_changed)
        self.view.delete_requested.connect(self.delete_on_map)
        self.view.keys.open_requested.connect(self.open_in_table)
        self.view.relation_edit_requested.connect(self.relations.edit)
        self.view.relation_menu_requested.connect(self.relations.menu)
        self.view.export_requested.connect(self.export_dialog)

    # -- document -----------------------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the stakeholders of another document (or none)."""
        self.controller = controller
        self.view.fit()  # first: the grid is known, so names are made at the size fit needs
        self.source.set_controller(controller)

    def _data_updated(self, changes: ChangeSet) -> None:
        if changes.everything or changes.touches("stakeholder_group", "relation_kind", "workshop"):
            self._fill_filters()
            self.legend.show_data(self.source.data, self.model.attitude_labels())
        self.scene.sync(self.source.data, changes)
        self._update_buttons()

    def _fill_filters(self) -> None:
        data = self.source.data
        self.filters.fill(data, self.model.attitude_labels())
        self.tools.fill_kinds(data.kinds)
        self.scene.map_filter = self.current_filter()  # applied by the scene's next sync
        self.proxy.set_filter(self.current_filter())

    def current_filter(self) -> MapFilter:
        """The filter the bar describes."""
        return self.filters.current_filter()

    def _filter_changed(self) -> None:
        map_filter = self.current_filter()
        self.proxy.set_filter(map_filter)
        self.scene.apply_filter(map_filter)

    def _update_buttons(self) -> None:
        writable = self.source.writable
        self.panel.update_buttons(writable, len(self.selected_ids()))
        self.tools.set_writable(writable)
        self.view.keys.writable = writable
        for node in self.scene.nodes.values():
            node.setFlag(node.GraphicsItemFlag.ItemIsMovable, writable)

    # -- selection sync -------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """Stakeholders selected in the table."""
        return [str(index.data(ID_ROLE)) for index in self.table.selectionModel().selectedRows()]

    def select(self, ids: list[str]) -> None:
        """Select stakeholders in table and map."""
        selection = QItemSelection()
        for stakeholder_id in ids:
            row = self.model.row_of(stakeholder_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(self.proxy.columnCount() - 1))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if not selection.isEmpty():  # the view's setCurrentIndex would select only that row
            self.table.selectionModel().setCurrentIndex(
                selection.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(selection.indexes()[0])

    def reveal(self, changes: ChangeSet) -> None:
        """Select the stakeholders (or else the relations) an undo or redo changed."""
        stakeholders = [i for i in changes.ids("stakeholder") if self.model.row_of(i) >= 0]
        if stakeholders:
            self.select(stakeholders)
            self.table.setFocus()
            return
        relations = [
            self.scene.relations[i]
            for i in changes.ids("stakeholder_relation")
            if i in self.scene.relations
        ]
        if relations:
            self.scene.clearSelection()
            for item in relations:
                item.setSelected(True)
            self.view.ensureVisible(relations[0], 40, 40)

    def _table_selection_changed(self) -> None:
        self._update_buttons()
        if self._syncing_selection:
            return
        self._syncing_selection = True
        try:
            chosen = set(self.selected_ids())
            for node_id, node in self.scene.nodes.items():
                node.setSelected(node_id in chosen)
            if len(chosen) == 1:
                self.view.ensureVisible(self.scene.nodes[next(iter(chosen))], 60, 60)
        finally:
            self._syncing_selection = False

    def _scene_selection_changed(self) -> None:
        if self._syncing_selection:
            return
        self._syncing_selection = True
        try:
            self.select(self.scene.selected_node_ids())
        finally:
            self._syncing_selection = False

    # -- edits ----------------------------------------------------------------------------------

    def _perform(self, text: str, build: Callable[[ReadSession], Edit]) -> Edit | None:
        """Run an operation as one undo step named ``text`` (None: refused or nothing done)."""
        return None if self.controller is None else self.controller.perform(text, build)

    def add_stakeholder(self) -> None:
        """A new stakeholder (of the filtered group, else the first) in the middle of the
        grid; its name is being edited."""
        groups = self.source.data.groups
        group_id = self.filters.chosen_group() or (groups[0].id if groups else None)
        name = self.tr("Neuer Stakeholder")
        edit = self._perform(
            self.tr("Stakeholder hinzufügen"),
            lambda session: ops.add_stakeholder(session, name, group_id),
        )
        if edit is None:
            return
        self.search.clear()
        self.select(edit.created)
        row = self.model.row_of(edit.created[0])
        self.table.setFocus()
        self.table.edit(self.proxy.mapFromSource(self.model.index(row, NAME)))

    def open_in_table(self, stakeholder_id: str) -> None:
        """Enter on the map: the stakeholder's row in the table, its name ready to edit."""
        self.search.clear()
        self.select([stakeholder_id])
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(stakeholder_id), NAME))
        self.table.setFocus()
        if self.source.writable and index.isValid():
            self.table.edit(index)

    def duplicate_selected(self) -> None:
        """Copies of the selected stakeholders, with their workshops."""
        ids, pattern = self.selected_ids(), self.tr("{name} (Kopie)")
        edit = self._perform(
            self.tr("Stakeholder duplizieren"),
            lambda session: ops.duplicate_stakeholders(session, ids, pattern),
        )
        if edit is not None:
            self.select(edit.created)

    def delete_selected(self) -> None:
        """Delete the selected stakeholders after asking."""
        self.delete_stakeholders(self.selected_ids())

    def delete_stakeholders(self, ids: list[str], *, confirm: bool = True) -> None:
        """Delete stakeholders with their relations and workshop links (one undo step)."""
        if self.controller is None or not ids:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Stakeholder löschen"),
                self.tr(
                    "{count} Stakeholder mit ihren Beziehungen löschen? Mit Rückgängig (Strg+Z) "
                    "lässt sich das zurücknehmen."
                ).format(count=len(ids)),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._perform(
            self.tr("Stakeholder löschen"), lambda session: ops.delete_stakeholders(session, ids)
        )

    def edit_workshops(self) -> None:
        """Choose the workshops of the selected stakeholder."""
        ids = self.selected_ids()
        if self.controller is None or len(ids) != 1:
            return
        row = self.model.row_at(self.model.row_of(ids[0]))
        picker = WorkshopPicker(row.name, self.source.data.workshops, set(row.workshop_ids), self)
        if picker.exec() == WorkshopPicker.DialogCode.Accepted:
            self.set_workshops(row.id, picker.chosen())

    def set_workshops(self, stakeholder_id: str, chosen: set[str]) -> None:
        """Make a stakeholder's participations exactly ``chosen`` (one undo step)."""
        self._perform(
            self.tr("Workshops zuordnen"),
            lambda session: ops.set_workshops(session, stakeholder_id, sorted(chosen)),
        )

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == WORKSHOPS and self.source.writable:
            self.select([str(index.data(ID_ROLE))])
            self.edit_workshops()

    def _values_changed(self, moved: dict[str, tuple[float, float]]) -> None:
        self._perform(
            self.tr("Stakeholder auf der Karte verschieben"),
            lambda session: ops.move_on_map(session, moved),
        )

    def _set_connect_mode(self, on: bool) -> None:
        self.scene.connect_mode = on
        self.view.setDragMode(
            self.view.DragMode.NoDrag if on else self.view.DragMode.RubberBandDrag
        )
        self.scene.set_movable(not on and self.source.writable)

    def delete_on_map(self) -> None:
        """Delete key on the map: selected relations, or selected stakeholders after asking."""
        if self.controller is None or not self.source.writable:
            return
        relations = self.scene.selected_relation_ids()
        if relations:
            self.relations.delete(relations)
        elif self.scene.selected_node_ids():
            self.delete_stakeholders(self.scene.selected_node_ids())

    def edit_groups(self) -> None:
        """Edit the list of stakeholder groups."""
        if self.controller is not None:
            self.list_dialog("stakeholder_group").exec()

    def edit_kinds(self) -> None:
        """Edit the list of relation kinds."""
        if self.controller is not None:
            self.list_dialog("relation_kind").exec()

    def list_dialog(self, kind: VocabularyKind) -> VocabularyDialog:
        """The dialog for the groups or the relation kinds (shown by the caller)."""
        assert self.controller is not None
        if kind == "stakeholder_group":
            title, new_name = self.tr("Stakeholder-Gruppen"), self.tr("Neue Gruppe")
        else:
            title, new_name = self.tr("Beziehungsarten"), self.tr("Neue Beziehungsart")
        return VocabularyDialog(self.controller, kind, title, new_name, self)

    # -- export ---------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ask where to write the map image (PNG or SVG), then write it."""
        if self.controller is None:
            return
        path = ask_image_path(
            self,
            self.tr("Stakeholder-Karte als Bild speichern"),
            self.controller.document.path.parent,
            Words(self._export_language())["file_map"],
        )
        if path is not None:
            self.export_map(path)

    def _export_language(self) -> str:
        """Pictures speak the project's language, as its paper does."""
        assert self.controller is not None
        with self.controller.document.reading() as session:
            return get_project(session).language

    def export_map(self, target: Path) -> bool:
        """Write the map (with the current filter) as PNG or SVG; explain failures."""
        if self.controller is None:
            return False
        from lk40_desktop.export.stakeholder_map import render_stakeholder_map

        language = self._export_language()
        with self.controller.document.reading(language=language) as session:
            data = load_stakeholders(session)  # groups and kinds named in the picture's language
        try:
            render_stakeholder_map(
                data, target, language=language, map_filter=self.current_filter()
            )
        except OSError as error:
            log.warning("map export failed: %s", error)
            QMessageBox.warning(
                self,
                self.tr("Export fehlgeschlagen"),
                self.tr("Die Karte konnte nicht gespeichert werden: {reason}").format(
                    reason=error.strerror or error
                ),
            )
            return False
        return True
