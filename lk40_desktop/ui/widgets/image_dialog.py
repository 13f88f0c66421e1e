"""Where to save a picture of a canvas: PNG for slides and documents, SVG for print shops and
further editing. One dialog for the stakeholder map and the idea boards, so both start in the
project's folder, suggest a usable name and always hand the exporter a known suffix."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
"""Characters Windows refuses in file names (a field called "Schule/Bildung" is fine)."""


def ask_image_path(parent: QWidget, title: str, folder: Path, name: str) -> Path | None:
    """Ask for a PNG or SVG file, suggesting ``name`` in ``folder``; None when cancelled.

    A name typed without either suffix gets the one of the chosen file type: the exporters
    pick the format by suffix, and "Karte" alone is what people type."""
    filters = {
        "png": QCoreApplication.translate("ImageDialog", "PNG-Bild (*.png)"),
        "svg": QCoreApplication.translate("ImageDialog", "SVG-Grafik (*.svg)"),
    }
    stem = UNSAFE_IN_NAMES.sub("-", name).strip(" .") or "Bild"
    chosen_name, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(folder / f"{stem}.png"), ";;".join(filters.values())
    )
    if not chosen_name:
        return None
    path = Path(chosen_name)
    if path.suffix.lower().lstrip(".") not in filters:
        suffix = next((key for key, label in filters.items() if label == chosen_filter), "png")
        path = path.with_name(f"{path.name}.{suffix}")
    return path
