"""The stakeholder page driven like a facilitator would: table, map, relations, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLineF, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from lk40_desktop.services.stakeholders.data import load
from lk40_desktop.ui.app import create_main_window
from lk40_desktop.ui.dialogs.relation import RelationDialog
from lk40_desktop.ui.dialogs.relations import RelationListDialog
from lk40_desktop.ui.dialogs.vocabulary import VocabularyDialog
from lk40_desktop.ui.main_window import MainWindow
from lk40_desktop.ui.stakeholders.map_items import NodeItem, node_fonts
from lk40_desktop.ui.stakeholders.map_scene import MAP_TEXT_PX, to_scene
from lk40_desktop.ui.stakeholders.page import StakeholderPage
from lk40_desktop.ui.stakeholders.table import INFLUENCE, NAME
from lk40_desktop.ui.widgets.image_dialog import ask_image_path
from lk40_desktop.ui.widgets.painting import pixel_size
from tests.gui import answer_dialogs, drag, fills, save_as, type_cells


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path) -> Iterator[MainWindow]:
    main = create_main_window(demo_file, language="de")
    qtbot.addWidget(main)
    main.resize(1600, 1000)
    main.navigation.setCurrentRow(1)
    yield main
    main.close_project()


@pytest.fixture
def page(window: MainWindow) -> StakeholderPage:
    widget = window.pages.currentWidget()
    assert isinstance(widget, StakeholderPage)
    widget.view.fit()
    return widget


def _stored(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.controller is not None
    with window.controller.document.reading() as session:
        return load(session)


def _by_name(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    return next(row for row in _stored(window).stakeholders if row.name == name)


def test_table_and_map_show_every_stakeholder(page: StakeholderPage) -> None:
    assert page.proxy.rowCount() == 46
    assert len(page.scene.nodes) == 46 and len(page.scene.relations) == 22
    first = page.proxy.index(0, NAME).data()
    assert first == "Agentur für Arbeit"
    names = [page.proxy.index(row, NAME).data() for row in range(page.proxy.rowCount())]
    assert names.index("Kämmerei") < names.index("Kreistagsfraktion A"), "German collation"


def test_add_then_name_and_undo(window: MainWindow, page: StakeholderPage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert _by_name(window, "Neuer Stakeholder"), "an empty name is not committed"
    qtbot.keyClicks(editor, "Seniorenbeirat Nord")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(r.name == "Seniorenbeirat Nord" for r in _stored(window).stakeholders)
    )
    row = _by_name(window, "Seniorenbeirat Nord")
    assert (row.influence, row.interest, row.attitude) == (3.0, 3.0, "neutral")
    assert row.id in page.scene.nodes
    window.menu_actions.undo.trigger()
    window.menu_actions.undo.trigger()
    assert row.id not in page.scene.nodes and len(_stored(window).stakeholders) == 46
    window.menu_actions.redo.trigger()
    assert row.id in page.scene.nodes


def test_edit_in_table_moves_the_node(window: MainWindow, page: StakeholderPage) -> None:
    row = _by_name(window, "Sparkasse")
    source_row = page.model.row_of(row.id)
    assert page.model.setData(page.model.index(source_row, INFLUENCE), 1.5)
    assert _by_name(window, "Sparkasse").influence == 1.5
    node = page.scene.nodes[row.id]
    assert node.pos() == page.scene.home(row.id)
    assert abs(node.pos().y() - to_scene(row.interest, 1.5).y()) < 60
    window.menu_actions.undo.trigger()
    assert _by_name(window, "Sparkasse").influence == row.influence


def test_drag_a_node_snaps_and_stores(window: MainWindow, page: StakeholderPage) -> None:
    row = _by_name(window, "Heimat- und Geschichtsverein")  # alone at (2, 1)
    node = page.scene.nodes[row.id]
    drag(page.view, node.pos(), to_scene(4.37, 4.62))
    stored = _by_name(window, "Heimat- und Geschichtsverein")
    assert (stored.interest, stored.influence) == (4.5, 4.5)
    assert node.pos() == page.scene.home(row.id), "the node sits on its snapped values"
    assert (
        window.undo_group.activeStack().text(window.undo_group.activeStack().count() - 1)
        == "Stakeholder auf der Karte verschieben"
    )
    window.menu_actions.undo.trigger()
    assert (_by_name(window, "Heimat- und Geschichtsverein").interest, node.pos()) == (
        2.0,
        page.scene.home(row.id),
    )
    window.menu_actions.redo.trigger()
    assert _by_name(window, "Heimat- und Geschichtsverein").influence == 4.5


def test_keyboard_nudging(window: MainWindow, page: StakeholderPage, qtbot: QtBot) -> None:
    row = _by_name(window, "Jugendparlament")
    page.select([row.id])
    page.view.setFocus()
    qtbot.keyClick(page.view.viewport(), Qt.Key.Key_Left)
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    moved = _by_name(window, "Jugendparlament")
    assert (moved.interest, moved.influence) == (row.interest - 0.5, row.influence + 0.5)


def test_draw_label_and_delete_a_relation(
    window: MainWindow, page: StakeholderPage, qtbot: QtBot
) -> None:
    source, target = _by_name(window, "Sportkreis"), _by_name(window, "Jugendparlament")
    page.connect_button.setChecked(True)
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("Konflikt"))
    drag(page.view, page.scene.nodes[source.id].pos(), page.scene.nodes[target.id].pos())
    page.connect_button.setChecked(False)
    relations = [
        r for r in _stored(window).relations if (r.source_id, r.target_id) == (source.id, target.id)
    ]
    assert len(relations) == 1
    kind = next(k for k in _stored(window).kinds if k.id == relations[0].kind_id)
    assert kind.name == "Konflikt"
    assert page.scene.nodes[source.id].pos() == page.scene.home(source.id), (
        "connecting moves nothing"
    )

    item = page.scene.relations[relations[0].id]

    def relabel(dialog: QDialog) -> None:
        assert isinstance(dialog, RelationDialog) and not dialog.source.isEnabled()
        dialog.kind.setCurrentIndex(dialog.kind.findText("Kooperation"))
        dialog.label.setText("Hallennutzung")
        dialog.accept()

    answer_dialogs(act=relabel)
    page.view.relation_edit_requested.emit(relations[0].id)  # what a double-click on it does
    assert item.label == "Hallennutzung"
    changed = next(r for r in _stored(window).relations if r.id == relations[0].id)
    assert next(k for k in _stored(window).kinds if k.id == changed.kind_id).name == "Kooperation"

    page.scene.clearSelection()
    item.setSelected(True)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert relations[0].id not in page.scene.relations
    assert all(r.id != relations[0].id for r in _stored(window).relations)
    window.menu_actions.undo.trigger()
    assert relations[0].id in page.scene.relations


def test_a_relations_kind_changes_in_the_list_of_relations(
    window: MainWindow, page: StakeholderPage, qtbot: QtBot
) -> None:
    def retype(dialog: QDialog) -> None:
        assert isinstance(dialog, RelationListDialog)
        view, model = dialog.view, dialog.model
        assert model.rowCount() == 22
        retyped.append(model.id_at(0))
        dialog.activateWindow()  # on a busy machine the dialog may not have the keyboard yet
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        view.setFocus()
        view.setCurrentIndex(model.index(0, 2))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        type_cells(qtbot, view, ["Ab", "über den Kreistag"])  # kind, Tab, label, Enter
        dialog.accept()

    retyped: list[str] = []
    answer_dialogs(act=retype)
    page.relations.edit_list()
    relation = next(r for r in _stored(window).relations if r.id == retyped[0])
    kind = next(k for k in _stored(window).kinds if k.id == relation.kind_id)
    assert (kind.name, relation.label) == ("Abhängigkeit", "über den Kreistag")
    assert page.scene.relations[relation.id].label == "über den Kreistag"


def test_a_relations_kind_changes_from_its_arrows_context_menu(
    window: MainWindow, page: StakeholderPage, qtbot: QtBot
) -> None:
    def middle(relation_id: str) -> QPoint:
        item = page.scene.relations[relation_id]
        return page.view.mapFromScene(QLineF(item.source.pos(), item.target.pos()).center())

    relation = next(  # one whose middle is not covered by a circle or a name
        r
        for r in _stored(window).relations
        if page.view.itemAt(middle(r.id)) is page.scene.relations[r.id]
    )
    chosen = next(k for k in _stored(window).kinds if k.id != relation.kind_id)
    spot = middle(relation.id)

    def choose_kind() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        kinds = next(a.menu() for a in menu.actions() if a.text() == "&Art")
        assert [a.text() for a in kinds.actions() if a.isChecked()] != [chosen.name]
        next(a for a in kinds.actions() if a.text() == chosen.name).trigger()
        menu.close()

    QTimer.singleShot(100, choose_kind)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, spot, page.view.viewport().mapToGlobal(spot)
    )
    QApplication.sendEvent(page.view.viewport(), event)
    changed = next(r for r in _stored(window).relations if r.id == relation.id)
    assert changed.kind_id == chosen.id
    window.menu_actions.undo.trigger()
    assert next(r for r in _stored(window).relations if r.id == relation.id).kind_id == (
        relation.kind_id
    )


def test_delete_stakeholder_takes_relations_along_in_one_step(
    window: MainWindow, page: StakeholderPage
) -> None:
    row = _by_name(window, "Landrätin")
    before = len(_stored(window).relations)
    page.select([row.id])
    answer_dialogs(QMessageBox.StandardButton.Yes)
    page.delete_selected()
    data = _stored(window)
    assert row.id not in {r.id for r in data.stakeholders}
    assert len(data.relations) == before - 3
    window.menu_actions.undo.trigger()
    assert len(_stored(window).relations) == before
    assert row.id in page.scene.nodes


def test_duplicate_keeps_workshops_and_is_flagged(
    window: MainWindow, page: StakeholderPage
) -> None:
    row = _by_name(window, "IHK")
    page.select([row.id])
    page.duplicate_selected()
    copy = _by_name(window, "IHK (Kopie)")
    assert copy.workshop_ids == row.workshop_ids and copy.group_id == row.group_id
    page.model.setData(page.model.index(page.model.row_of(copy.id), NAME), "ihk")
    name_index = page.model.index(page.model.row_of(copy.id), NAME)
    assert (
        page.model.data(name_index, Qt.ItemDataRole.ToolTipRole)
        == "Diesen Namen tragen mehrere Stakeholder."
    )
    assert page.scene.nodes[copy.id].duplicate and page.scene.nodes[row.id].duplicate


def test_workshops_of_a_stakeholder(window: MainWindow, page: StakeholderPage) -> None:
    row = _by_name(window, "Sparkasse")
    every = {key for key, _title in _stored(window).workshops}
    page.set_workshops(row.id, every)
    assert _by_name(window, "Sparkasse").workshop_ids == every
    page.set_workshops(row.id, set())
    assert _by_name(window, "Sparkasse").workshop_ids == set()
    window.menu_actions.undo.trigger()
    assert _by_name(window, "Sparkasse").workshop_ids == every


def test_filters_hide_in_table_and_map(page: StakeholderPage) -> None:
    page.group_filter.setCurrentIndex(page.group_filter.findText("Politik"))
    page.group_filter.activated.emit(page.group_filter.currentIndex())
    assert page.proxy.rowCount() == 4
    visible = [node.row.name for node in page.scene.nodes.values() if node.isVisible()]
    assert sorted(visible) == [
        "Ausschuss für Wirtschaft und Digitales",
        "Kreistagsfraktion A",
        "Kreistagsfraktion B",
        "Kreistagsfraktion C",
    ]
    page.group_filter.setCurrentIndex(0)
    page.search.setText("glasfaser")
    assert page.proxy.rowCount() == 0
    page.search.setText("Musterstadt")
    assert page.proxy.rowCount() >= 5


def test_selecting_a_node_highlights_its_relations(page: StakeholderPage) -> None:
    landraetin = next(n for n in page.scene.nodes.values() if n.row.name == "Landrätin")
    page.scene.clearSelection()
    landraetin.setSelected(True)
    highlighted = [item for item in page.scene.relations.values() if item.highlighted]
    assert len(highlighted) == 3 and all(item.opacity() == 1.0 for item in highlighted)
    faded = [node for node in page.scene.nodes.values() if node.opacity() < 1]
    assert len(faded) == 46 - 4
    assert page.selected_ids() == [landraetin.row.id], "the table follows the map"


def test_long_names_are_elided_on_the_map_only(window: MainWindow, page: StakeholderPage) -> None:
    row = _by_name(window, "IHK")
    long_name = (
        "Industrie- und Handelskammer für den Musterlandkreis und die angrenzenden Gemeinden"
    )
    page.model.setData(page.model.index(page.model.row_of(row.id), NAME), long_name)
    node: NodeItem = page.scene.nodes[row.id]
    assert node.label().endswith("…") and len(node.label()) < len(long_name)
    assert _by_name(window, long_name).name == long_name


def test_export_from_the_page(page: StakeholderPage, tmp_path: Path) -> None:
    target = tmp_path / "bilder" / "karte.svg"
    target.parent.mkdir()
    assert page.export_map(target)
    assert "Landrätin" in target.read_text(encoding="utf-8")
    log = answer_dialogs(QMessageBox.StandardButton.Ok)
    assert not page.export_map(tmp_path / "fehlt" / "karte.png")
    assert "konnte nicht gespeichert werden" in log.texts[0]


def test_map_image_from_the_save_dialog(page: StakeholderPage, tmp_path: Path) -> None:
    suggested: list[Path] = []
    log = answer_dialogs(act=save_as(tmp_path / "Karte", "PNG", suggested))
    page.export_dialog()
    assert log.texts == ["Stakeholder-Karte als Bild speichern"]
    assert suggested[0].name == "Stakeholder-Karte.png"
    assert (tmp_path / "Karte.png").read_bytes().startswith(b"\x89PNG")
    log = answer_dialogs(act=save_as(tmp_path / "Plan", "PNG", suggested))
    assert ask_image_path(page, "Titel", tmp_path, "Schule/Bildung: Plan?") == tmp_path / "Plan.png"
    assert suggested[1] == tmp_path / "Schule-Bildung- Plan-.png", "no folder, no colon"


def test_fitted_map_follows_the_window_and_names_read_on_a_laptop(
    window: MainWindow, page: StakeholderPage
) -> None:
    window.resize(1366, 768)
    assert fills(page.view, page.scene.sceneRect())
    node = next(iter(page.scene.nodes.values()))
    name_font = node_fonts(node.scale_factor, node.text_scale)[0]
    assert pixel_size(name_font) * page.view.zoom_factor() >= MAP_TEXT_PX - 0.5, "names read"
    page.view.zoom(1.2)
    zoomed = page.view.zoom_factor()
    window.resize(1600, 1000)
    assert page.view.zoom_factor() == zoomed, "a zoom the user chose is kept"


def test_names_on_the_map_never_overprint(page: StakeholderPage) -> None:
    shown = [node for node in page.scene.nodes.values() if node.isVisible()]
    areas = [area for node in shown if (area := node.name_area()) is not None]
    labels = [
        area for item in page.scene.relations.values() if (area := item.label_area()) is not None
    ]
    assert len(areas) > len(shown) * 0.6, "most names are shown (readable, so fewer than all)"
    assert labels, "the demo labels some relations"
    for i, area in enumerate(areas):
        assert not any(area.intersects(other) for other in areas[i + 1 :] + labels)


def test_group_list_adds_renames_and_deletes_in_undoable_steps(
    window: MainWindow, page: StakeholderPage
) -> None:
    before = [g.name for g in _stored(window).groups]

    def edit_list(dialog: QDialog) -> None:
        assert isinstance(dialog, VocabularyDialog)
        dialog.add()
        dialog.model.setData(dialog.model.index(0, 0), "Bürgerschaft")
        dialog.view.selectRow(1)
        dialog.delete()
        dialog.reject()

    log = answer_dialogs(act=edit_list)
    page.edit_groups()
    assert log.texts == ["Stakeholder-Gruppen"]
    names = [g.name for g in _stored(window).groups]
    assert names == ["Bürgerschaft", *before[2:], "Neue Gruppe"]
    assert page.group_filter.findText("Neue Gruppe") > 0 and "Bürgerschaft" in page.legend.text()
    stack = window.undo_group.activeStack()
    assert [stack.text(i) for i in range(stack.count())] == [
        "Stakeholder-Gruppen",
        "„Name“ ändern",
        "Stakeholder-Gruppen",
    ]
    for _step in range(3):
        window.menu_actions.undo.trigger()
    assert [g.name for g in _stored(window).groups] == before


def test_an_empty_name_typed_into_the_model_is_refused(
    window: MainWindow, page: StakeholderPage
) -> None:
    row = _by_name(window, "IHK")
    refusals: list[object] = []
    assert window.controller is not None
    window.controller.refused.connect(refusals.append)
    assert not page.model.setData(page.model.index(page.model.row_of(row.id), NAME), "  ")
    assert _by_name(window, "IHK").id == row.id and len(refusals) == 1
