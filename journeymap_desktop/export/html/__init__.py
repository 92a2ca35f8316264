"""The interactive web page of a map: one self-contained HTML file, no network.

``export_html(doc, path)`` writes it; ``render_html(doc)`` returns it. The drawing is the
poster's layout as inline SVG (same stages, colours, chevrons and curves), with the
fonts, pictures, data and a small script of its own inside the file. The editor's File →
Export → Web page and ``journeymap export MAP -o map.html`` both call it.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from journeymap_desktop.export.html.data import page_data
from journeymap_desktop.export.html.images import DEFAULT_DENSITY, DataUris
from journeymap_desktop.export.html.page import build_page
from journeymap_desktop.export.html.svg import SvgPainter
from journeymap_desktop.layout import POSTER_STYLE, Layout, Style, compute_layout
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model import JourneyMap

__all__ = ["HtmlOptions", "HtmlResult", "export_html", "render_html"]


@dataclass(frozen=True)
class HtmlOptions:
    """``image_density``: pixels per point kept for pictures (2.5: sharp at 250 % zoom)."""

    image_density: float = DEFAULT_DENSITY
    style: Style = POSTER_STYLE


@dataclass
class HtmlResult:
    """The page and what went into it."""

    html: str
    layout: Layout
    cards: int
    image_bytes: int
    warnings: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        """Bytes of the page as UTF-8."""
        return len(self.html.encode("utf-8"))


def render_html(doc: JourneyMap, options: HtmlOptions = HtmlOptions()) -> HtmlResult:
    """The web page of ``doc`` as text."""
    layout = compute_layout(doc, options.style)
    images = DataUris(doc.assets, options.image_density)
    svg = SvgPainter(layout, options.style, images).draw()
    data = page_data(doc, layout)
    title = doc.title.strip() or word("untitled", doc.locale)
    description = " \u2014 ".join(p for p in (doc.scope.product.strip(), doc.scope.goal.strip()) if p)
    html = build_page(title=title, lang=doc.locale, words=data["words"], svg=svg, data=data,
                      description=description)
    return HtmlResult(html, layout, len(data["cards"]), images.total_bytes,
                      list(layout.warnings) + images.problems)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def export_html(doc: JourneyMap, path: Path | str, options: HtmlOptions = HtmlOptions()) -> HtmlResult:
    """Write the page to ``path`` atomically (a failed export never leaves half a file)."""
    path = Path(path)
    result = render_html(doc, options)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(result.html.encode("utf-8"))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 would hide a page meant to be shared
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return result
