"""The layers hold: read from the source files, so a wrong-way import, a widget that runs a
query, an edit built outside the operations or a page that grows into a monolith fails here
rather than in a newcomer's first week (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lk40_desktop"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)

LAYER_MAY_NOT_IMPORT = {
    "store": ("lk40_desktop.services", "lk40_desktop.operations", "lk40_desktop.export",
              "lk40_desktop.ui", "PySide6"),
    "services": ("lk40_desktop.operations", "lk40_desktop.export", "lk40_desktop.ui", "PySide6"),
    "operations": ("lk40_desktop.export", "lk40_desktop.ui", "PySide6"),
    "export": ("lk40_desktop.operations", "lk40_desktop.ui", "PySide6"),
    "printing": ("lk40_desktop.operations", "lk40_desktop.ui", "PySide6.QtWidgets"),
}  # fmt: skip
"""What each lower layer must not import (ui may import them all)."""
READS_ONLY_THROUGH_SERVICES = (
    "sqlalchemy",
    "lk40_desktop.store.models",
    "lk40_desktop.store.queries",
)
"""Widgets and export writers read through services: no ORM model, no select."""  # fmt: skip
MAX_CLASS_LINES, MAX_INIT_LINES = 400, 60


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module a file imports (at any depth, lazy imports included), with its line."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.lineno, node.module
            yield from ((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)


def _layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0] if len(path.relative_to(PACKAGE).parts) > 1 else ""


def _offences(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{_module(path)}:{line} imports {name}"
        for path in paths
        for line, name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


@pytest.mark.parametrize("layer", sorted(LAYER_MAY_NOT_IMPORT))
def test_lower_layers_do_not_import_upper_ones(layer: str) -> None:
    paths = [p for p in SOURCES if _layer(p) == layer]
    assert paths
    assert _offences(paths, LAYER_MAY_NOT_IMPORT[layer]) == []


def test_widgets_and_exports_read_through_services() -> None:
    paths = [p for p in SOURCES if _layer(p) in ("ui", "export", "printing")]
    assert _offences(paths, READS_ONLY_THROUGH_SERVICES) == []


def test_only_operations_write_rows() -> None:
    """Generic create / set_fields / set_deleted are the operations' own means."""
    paths = [p for p in SOURCES if _layer(p) != "operations"]
    assert _offences(paths, ("lk40_desktop.operations.rows",)) == []


def test_tombstones_are_filtered_in_one_place() -> None:
    """``deleted_at`` is the store's and the row writer's business — and the merge's, which
    compares and carries tombstones between files; everyone else uses ``store.queries.live``
    / ``live_columns`` (and ``setting_row`` for a keyed setting)."""
    allowed = {PACKAGE / "operations" / "rows.py", PACKAGE / "operations" / "merge.py"}
    offenders = [
        f"{_module(path)}:{number}"
        for path in SOURCES
        if _layer(path) != "store"
        and path not in allowed
        and PACKAGE / "services" / "merge" not in path.parents
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "deleted_at" in line
    ]
    assert offenders == []


def test_widget_classes_stay_small() -> None:
    """A page wires its parts; no class above 400 lines, no ``__init__`` above 60."""
    too_big = []
    for path in (p for p in SOURCES if _layer(p) == "ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_CLASS_LINES:
                too_big.append(f"{_module(path)}.{node.name}: {length} lines")
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    init = (item.end_lineno or item.lineno) - item.lineno + 1
                    if init > MAX_INIT_LINES:
                        too_big.append(f"{_module(path)}.{node.name}.__init__: {init} lines")
    assert too_big == []


def test_nothing_points_outside_the_repository() -> None:
    outside = re.compile(r"\b(STYLE|DESIGN)\.md\b|\.\./shared")
    files = [*SOURCES, ROOT / "pyproject.toml", ROOT / "Makefile", *ROOT.glob("docs/*.md")]
    assert [str(p.relative_to(ROOT)) for p in files if outside.search(p.read_text("utf-8"))] == []
