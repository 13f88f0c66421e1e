"""The stakeholder page: a filterable table and the influence/interest map, kept in sync."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lk40_desktop.services.project import get_project
from lk40_desktop.services.stakeholders.data import MapFilter, deletion_plan, workshop_links
from lk40_desktop.services.stakeholders.grid import ATTITUDE_COLORS, ATTITUDE_SYMBOLS
from lk40_desktop.store.changes import ChangeSet
from lk40_desktop.store.models import new_id
from lk40_desktop.ui.commands import (
    EditCommand,
    create_command,
    create_step,
    delete_step,
    set_fields_command,
)
from lk40_desktop.ui.dialogs.relation import RelationDialog
from lk40_desktop.ui.dialogs.vocabulary import VocabularyDialog
from lk40_desktop.ui.dialogs.workshop_picker import WorkshopPicker
from lk40_desktop.ui.document import DocumentController
from lk40_desktop.ui.stakeholders.map_scene import StakeholderScene
from lk40_desktop.ui.stakeholders.map_view import MapView
from lk40_desktop.ui.stakeholders.source import StakeholderSource
from lk40_desktop.ui.stakeholders.table import (
    ID_ROLE,
    NAME,
    WORKSHOPS,
    StakeholderDelegate,
    StakeholderFilter,
    StakeholderModel,
)
from lk40_desktop.ui.widgets.image_dialog import ask_image_path
from lk40_desktop.ui.widgets.project_page import ProjectPage

log = logging.getLogger(__name__)
ALL = "__all__"


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

        heading = QLabel(self.tr("Stakeholder"))
        heading.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen (Name, Organisation, Kontakt, Notizen) …"))
        self.search.setClearButtonEnabled(True)
        self.group_filter = QComboBox()
        self.attitude_filter = QComboBox()
        self.workshop_filter = QComboBox()
        for combo in (self.search, self.group_filter, self.attitude_filter, self.workshop_filter):
            if isinstance(combo, QComboBox):
                combo.activated.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.group_filter, self.attitude_filter, self.workshop_filter):
            filters.addWidget(combo, 1)

        self.table = QTableView()
        self.table.setObjectName("stakeholderTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(StakeholderDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 170, 150, 70, 70, 100, 130, 130, 130, 160)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)

        self.add_button = QPushButton(self.tr("&Hinzufügen"))
        self.duplicate_button = QPushButton(self.tr("D&uplizieren"))
        self.delete_button = QPushButton(self.tr("&Löschen"))
        self.workshops_button = QPushButton(self.tr("&Workshops…"))
        self.groups_button = QPushButton(self.tr("&Gruppen…"))
        self.add_button.clicked.connect(self.add_stakeholder)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.workshops_button.clicked.connect(self.edit_workshops)
        self.groups_button.clicked.connect(self.edit_groups)
        table_buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.workshops_button,
            self.groups_button,
        ):
            table_buttons.addWidget(button)
        table_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(table_buttons)

        self.connect_button = QToolButton()
        self.connect_button.setText(self.tr("Beziehung &zeichnen"))
        self.connect_button.setCheckable(True)
        self.connect_button.setToolTip(self.tr("Von einem Stakeholder zu einem anderen ziehen"))
        self.connect_button.toggled.connect(self._set_connect_mode)
        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("Art neuer Beziehungen"))
        relations_menu = QMenu(self)
        relations_menu.addAction(self.tr("Beziehung &hinzufügen…"), self.add_relation_dialog)
        relations_menu.addAction(self.tr("Beziehungs&arten bearbeiten…"), self.edit_kinds)
        self.relations_button = QToolButton()
        self.relations_button.setText(self.tr("Beziehungen"))
        self.relations_button.setMenu(relations_menu)
        self.relations_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        map_tools = QHBoxLayout()
        for text, tip, shortcut, slot in (
            (self.tr("Einpassen"), self.tr("Ganze Karte zeigen"), "Ctrl+0", self.view.fit),
            ("+", self.tr("Vergrößern"), "Ctrl++", lambda: self.view.zoom(1.2)),
            ("−", self.tr("Verkleinern"), "Ctrl+-", lambda: self.view.zoom(1 / 1.2)),
            (
                "A+",
                self.tr("Größere Schrift (Beamer)"),
                "Ctrl+Shift++",
                lambda: self.scene.set_font_scale(self.scene.font_scale * 1.2),
            ),
            (
                "A−",
                self.tr("Kleinere Schrift"),
                "Ctrl+Shift+-",
                lambda: self.scene.set_font_scale(self.scene.font_scale / 1.2),
            ),
            (
                self.tr("Bild…"),
                self.tr("Karte als Bild speichern (PNG oder SVG)"),
                None,
                self.export_dialog,
            ),
        ):
            tool = QToolButton()
            tool.setText(text)
            tool.setToolTip(tip + (f" ({shortcut})" if shortcut else ""))
            tool.clicked.connect(slot)
            map_tools.addWidget(tool)
            if shortcut:
                action = QAction(tip, self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slot)
                self.addAction(action)
        map_tools.addStretch(1)
        for widget in (
            self.connect_button,
            self.kind_combo,
            self.relations_button,
        ):
            map_tools.addWidget(widget)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setObjectName("mapLegend")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(map_tools)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.legend)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.source.updated.connect(self._data_updated)
        self.scene.values_changed.connect(self._values_changed)
        self.scene.relation_requested.connect(self.add_relation)
        self.scene.selectionChanged.connect(self._scene_selection_changed)
        self.view.delete_requested.connect(self.delete_on_map)
        self.view.relation_edit_requested.connect(self.edit_relation_label)
        self.view.export_requested.connect(self.export_dialog)
        self._update_buttons()

    # -- document -----------------------------------------------------------------------------

    def set_controller(self, controller: DocumentController | None) -> None:
        """Show the stakeholders of another document (or none)."""
        self.controller = controller
        self.source.set_controller(controller)
        self.view.fit()

    def _data_updated(self, changes: ChangeSet) -> None:
        if changes.everything or changes.touches("stakeholder_group", "relation_kind", "workshop"):
            self._fill_filters()
            self._update_legend()
        self.scene.sync(self.source.data, changes)
        self._update_buttons()

    def _fill_filters(self) -> None:
        data = self.source.data
        for combo, everything, entries in (
            (self.group_filter, self.tr("Alle Gruppen"), [(g.id, g.name) for g in data.groups]),
            (
                self.attitude_filter,
                self.tr("Alle Haltungen"),
                list(self.model.attitude_labels().items()),
            ),
            (self.workshop_filter, self.tr("Alle Workshops"), data.workshops),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ALL)
            for value, label in entries:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.scene.map_filter = self.current_filter()  # applied by the scene's next sync
        current_kind = self.kind_combo.currentData()
        self.kind_combo.clear()
        for kind in data.kinds:
            self.kind_combo.addItem(kind.name, kind.id)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current_kind)))
        self.proxy.set_filter(self.current_filter())

    def _update_legend(self) -> None:
        data = self.source.data
        groups = " &nbsp; ".join(
            f"<span style='color:{g.color}'>●</span>&nbsp;{html.escape(g.name)}"
            for g in data.groups
        )
        attitudes = " &nbsp; ".join(
            f"<b style='color:{ATTITUDE_COLORS[key]}'>{ATTITUDE_SYMBOLS[key]}</b>&nbsp;{label}"
            for key, label in self.model.attitude_labels().items()
        )
        kinds = " &nbsp; ".join(
            f"<span style='color:{k.color}'>→</span>&nbsp;{html.escape(k.name)}" for k in data.kinds
        )
        self.legend.setText(f"{groups}<br>{attitudes} &nbsp;|&nbsp; {kinds}")

    def current_filter(self) -> MapFilter:
        """The filter the bar describes."""
        group, attitude, workshop = (
            combo.currentData()
            for combo in (self.group_filter, self.attitude_filter, self.workshop_filter)
        )
        return MapFilter(
            group_ids=None if group in (ALL, None) else frozenset({group}),
            attitudes=None if attitude in (ALL, None) else frozenset({attitude}),
            workshop_id=None if workshop in (ALL, None) else str(workshop),
            text=self.search.text().strip(),
        )

    def _filter_changed(self) -> None:
        map_filter = self.current_filter()
        self.proxy.set_filter(map_filter)
        self.scene.apply_filter(map_filter)

    def _update_buttons(self) -> None:
        writable = self.source.writable
        has_selection = bool(self.selected_ids())
        self.add_button.setEnabled(writable)
        for button in (self.duplicate_button, self.delete_button):
            button.setEnabled(writable and has_selection)
        self.workshops_button.setEnabled(writable and len(self.selected_ids()) == 1)
        for widget in (
            self.groups_button,
            self.connect_button,
            self.relations_button,
        ):
            widget.setEnabled(writable)
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
        if not selection.isEmpty():
            self.table.setCurrentIndex(selection.indexes()[0])
            self.table.scrollTo(selection.indexes()[0])

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

    def _push(self, command: QUndoCommand) -> None:
        if self.controller is not None:
            self.controller.push(command)

    def add_stakeholder(self) -> None:
        """A new stakeholder in the middle of the grid; its name is being edited."""
        if self.controller is None:
            return
        data = self.source.data
        group = self.group_filter.currentData()
        group_id = (
            group if group not in (ALL, None) else (data.groups[0].id if data.groups else None)
        )
        entity_id = new_id()
        self._push(
            create_command(
                self.controller,
                "stakeholder",
                {
                    entity_id: {
                        "name": self.tr("Neuer Stakeholder"),
                        "group_id": group_id,
                        "influence": 3.0,
                        "interest": 3.0,
                        "attitude": "neutral",
                    }
                },
                self.tr("Stakeholder hinzufügen"),
            )
        )
        self.search.clear()
        self.select([entity_id])
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(entity_id), NAME))
        self.table.setFocus()
        self.table.edit(index)

    def duplicate_selected(self) -> None:
        """Copies of the selected stakeholders, with their workshops."""
        if self.controller is None:
            return
        rows = [self.model.row_at(self.model.row_of(key)) for key in self.selected_ids()]
        copies, links = {}, {}
        for row in rows:
            copy_id = new_id()
            copies[copy_id] = {
                "name": self.tr("{name} (Kopie)").format(name=row.name),
                "organisation": row.organisation,
                "group_id": row.group_id,
                "influence": row.influence,
                "interest": row.interest,
                "attitude": row.attitude,
                "contact_person": row.contact_person,
                "contact_details": row.contact_details,
                "notes": row.notes,
            }
            for workshop_id in row.workshop_ids:
                links[new_id()] = {"stakeholder_id": copy_id, "workshop_id": workshop_id}
        self._push(
            EditCommand(
                self.controller,
                self.tr("Stakeholder duplizieren"),
                [create_step("stakeholder", copies), create_step("stakeholder_workshop", links)],
            )
        )
        self.select(list(copies))

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
        with self.controller.document.reading() as session:
            plan = deletion_plan(session, ids)
        self._push(
            EditCommand(
                self.controller,
                self.tr("Stakeholder löschen"),
                [delete_step(kind, plan[kind]) for kind in plan if plan[kind]],
            )
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
        if self.controller is None:
            return
        with self.controller.document.reading() as session:
            current = workshop_links(session, stakeholder_id)
        added = {
            new_id(): {"stakeholder_id": stakeholder_id, "workshop_id": workshop}
            for workshop in chosen - set(current)
        }
        removed = [current[workshop] for workshop in set(current) - chosen]
        if added or removed:
            self._push(
                EditCommand(
                    self.controller,
                    self.tr("Workshops zuordnen"),
                    [
                        create_step("stakeholder_workshop", added),
                        delete_step("stakeholder_workshop", removed),
                    ],
                )
            )

    def _table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == WORKSHOPS and self.source.writable:
            self.select([str(index.data(ID_ROLE))])
            self.edit_workshops()

    def _values_changed(self, moved: dict[str, tuple[float, float]]) -> None:
        if self.controller is None:
            return
        self._push(
            set_fields_command(
                self.controller,
                "stakeholder",
                {
                    key: {"interest": interest, "influence": influence}
                    for key, (interest, influence) in moved.items()
                },
                self.tr("Stakeholder auf der Karte verschieben"),
            )
        )

    def _set_connect_mode(self, on: bool) -> None:
        self.scene.connect_mode = on
        self.view.setDragMode(
            self.view.DragMode.NoDrag if on else self.view.DragMode.RubberBandDrag
        )
        self.scene.set_movable(not on and self.source.writable)

    def add_relation(
        self, source_id: str, target_id: str, kind_id: str | None = None, label: str = ""
    ) -> None:
        """A relation between two stakeholders (kind from the tool bar unless given)."""
        if self.controller is None or source_id == target_id:
            return
        self._push(
            create_command(
                self.controller,
                "stakeholder_relation",
                {
                    new_id(): {
                        "source_id": source_id,
                        "target_id": target_id,
                        "kind_id": kind_id
                        if kind_id is not None
                        else self.kind_combo.currentData(),
                        "label": label,
                    }
                },
                self.tr("Beziehung hinzufügen"),
            )
        )

    def add_relation_dialog(self) -> None:
        """Add a relation from the keyboard."""
        if len(self.source.data.stakeholders) < 2:
            return
        selected = self.selected_ids()
        dialog = RelationDialog(self.source.data, selected[0] if selected else None, self)
        if dialog.exec() == RelationDialog.DialogCode.Accepted:
            values = dialog.values()
            self.add_relation(
                str(values["source_id"]),
                str(values["target_id"]),
                str(values["kind_id"]) if values["kind_id"] else None,
                str(values["label"]),
            )

    def edit_relation_label(self, relation_id: str) -> None:
        """Ask for a relation's label."""
        if self.controller is None or not self.source.writable:
            return
        current = next((r.label for r in self.source.data.relations if r.id == relation_id), "")
        text, accepted = QInputDialog.getText(
            self, self.tr("Beziehung beschriften"), self.tr("Beschriftung:"), text=current
        )
        if accepted and text.strip() != current:
            self._push(
                set_fields_command(
                    self.controller,
                    "stakeholder_relation",
                    {relation_id: {"label": text.strip()}},
                    self.tr("Beziehung beschriften"),
                )
            )

    def delete_on_map(self) -> None:
        """Delete key on the map: selected relations, or selected stakeholders after asking."""
        if self.controller is None or not self.source.writable:
            return
        relations = self.scene.selected_relation_ids()
        if relations:
            self._push(
                EditCommand(
                    self.controller,
                    self.tr("Beziehung löschen"),
                    [delete_step("stakeholder_relation", relations)],
                )
            )
        elif self.scene.selected_node_ids():
            self.delete_stakeholders(self.scene.selected_node_ids())

    def edit_groups(self) -> None:
        """Edit the list of stakeholder groups."""
        if self.controller is not None:
            VocabularyDialog(
                self.controller,
                "stakeholder_group",
                self.tr("Stakeholder-Gruppen"),
                self.tr("Neue Gruppe"),
                self,
            ).exec()

    def edit_kinds(self) -> None:
        """Edit the list of relation kinds."""
        if self.controller is not None:
            VocabularyDialog(
                self.controller,
                "relation_kind",
                self.tr("Beziehungsarten"),
                self.tr("Neue Beziehungsart"),
                self,
            ).exec()

    # -- export ---------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        """Ask where to write the map image (PNG or SVG), then write it."""
        if self.controller is None:
            return
        path = ask_image_path(
            self,
            self.tr("Stakeholder-Karte als Bild speichern"),
            self.controller.document.path.parent,
            self.tr("Stakeholder-Karte"),
        )
        if path is not None:
            self.export_map(path)

    def export_map(self, target: Path) -> bool:
        """Write the map (with the current filter) as PNG or SVG; explain failures."""
        if self.controller is None:
            return False
        from lk40_desktop.export.stakeholder_map import render_stakeholder_map

        with self.controller.document.reading() as session:
            language = get_project(session).language
        try:
            render_stakeholder_map(
                self.source.data, target, language=language, map_filter=self.current_filter()
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
