"""The editable PowerPoint deck of a map (python-pptx): what consultants present from.

``export_pptx(doc, path, overview_png)`` writes a 16:9 deck: a title slide (title, scope,
persona with photo), an overview slide with the whole map as a picture, one slide per
stage (its cards as native text boxes grouped by lane, in the poster's colours; emotion and
engagement as native charts; speaker notes with the stage description and every card's
whole body), and a closing slide with the most-voted cards when the map has votes. Labels
follow the map's language.

The overview picture is drawn by the editor's renderer (Qt), which ``export/`` never
imports: the caller passes its PNG bytes (``ui/overview.py`` makes them for the CLI and
the File menu). Without them the overview slide says so.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation

from journeymap_desktop import __version__
from journeymap_desktop.export.pptx.closing import add_closing_slide
from journeymap_desktop.export.pptx.overview import add_overview_slide
from journeymap_desktop.export.pptx.partnames import remember_partnames
from journeymap_desktop.export.pptx.stages import add_stage_slides
from journeymap_desktop.export.pptx.theme import LANGUAGE, SLIDE_H, SLIDE_W, clean
from journeymap_desktop.export.pptx.title import add_title_slide
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model import JourneyMap

__all__ = ["DeckResult", "build_deck", "export_pptx"]


@dataclass
class DeckResult:
    """What was written: the number of slides and the file's size in bytes."""

    slides: int
    size: int
    data: bytes


def build_deck(doc: JourneyMap, overview_png: bytes | None = None) -> DeckResult:
    """The deck of ``doc`` as bytes."""
    prs = Presentation()
    remember_partnames(prs.part.package)
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    props = prs.core_properties
    props.title = clean(doc.title.strip() or word("untitled", doc.locale))[:255]
    props.author = clean(doc.author)[:255]
    props.subject = clean(" \u2014 ".join(p for p in (doc.scope.product.strip(), doc.scope.goal.strip()) if p))[:255]
    props.language = "es-ES" if doc.locale == "es" else "en-US"
    LANGUAGE.set(props.language)
    props.comments = f"JourneyMap Desktop {__version__}"
    add_title_slide(prs, doc)
    add_overview_slide(prs, doc, overview_png)
    add_stage_slides(prs, doc)
    add_closing_slide(prs, doc)
    out = io.BytesIO()
    prs.save(out)
    data = out.getvalue()
    return DeckResult(len(prs.slides), len(data), data)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def export_pptx(doc: JourneyMap, path: Path | str, overview_png: bytes | None = None) -> DeckResult:
    """Write the deck to ``path`` atomically (a failed export never leaves half a file)."""
    path = Path(path)
    result = build_deck(doc, overview_png)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(result.data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return result
