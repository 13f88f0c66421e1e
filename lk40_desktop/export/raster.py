"""Charts as image files and as PNG for the Word paper.

Files: PNG or SVG by the target's suffix, written atomically; SVG keeps text as text, so
names stay searchable and editable.

Word paper: drawn once.

``Figure.savefig`` lays a constrained-layout figure out in a draw without rendering and then
again in the real draw; drawing on the Agg canvas directly does it once, which is a quarter of
each chart's time. The alpha channel is dropped (the figures are opaque) and the PNG is only
lightly compressed: the ``.docx`` container deflates it again anyway.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lk40_desktop.export.atomic import atomic_target

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def png_bytes(figure: Figure, dpi: float) -> bytes:
    """The figure rendered at ``dpi`` as PNG, with the resolution recorded in the file."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    figure.set_dpi(dpi)
    canvas: Any = FigureCanvasAgg(figure)  # its draw methods carry no annotations
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba())
    stream = io.BytesIO()
    image.convert("RGB").save(stream, format="png", compress_level=1, dpi=(dpi, dpi))
    return stream.getvalue()


def save_figure(figure: Figure, target: Path, dpi: int = 200) -> None:
    """Write ``figure`` to ``target`` as PNG or SVG (by suffix); an old file stays on failure."""
    from matplotlib import rcParams

    fmt = Path(target).suffix.lower().lstrip(".")
    if fmt not in {"png", "svg"}:
        raise ValueError(f"unsupported image format: {fmt}")
    rcParams["svg.fonttype"] = "none"
    with atomic_target(Path(target)) as temp:
        figure.savefig(temp, format=fmt, dpi=dpi, metadata={"Date": None} if fmt == "svg" else None)
