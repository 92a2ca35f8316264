"""Small builders of native, editable shapes: text boxes, cards, chevrons, pictures."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Sequence

from xml.sax.saxutils import escape

from PIL import Image
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Emu, Pt

from journeymap_desktop.export.pptx.theme import FONT, INK, LANGUAGE, clean, rgb


@dataclass(frozen=True)
class Line:
    """One paragraph of a text box."""

    text: str
    size: float
    bold: bool = False
    color: str = INK
    italic: bool = False
    space_before: float = 0.0


_ALIGN = {PP_ALIGN.LEFT: "l", PP_ALIGN.CENTER: "ctr", PP_ALIGN.RIGHT: "r"}


def _runs_xml(line: Line, lang: str) -> str:
    """``line``'s text as ``<a:r>`` runs in its font (line breaks as ``<a:br/>``), escaped."""
    props = (f'<a:rPr lang="{lang}" sz="{round(line.size * 100)}" b="{int(line.bold)}" '
             f'i="{int(line.italic)}" dirty="0"><a:solidFill><a:srgbClr val="{line.color.lstrip("#").upper()}"/>'
             f'</a:solidFill><a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:rPr>')
    return f"<a:br>{props}</a:br>".join(f"<a:r>{props}<a:t>{escape(part)}</a:t></a:r>"
                                        for part in clean(line.text).split("\n"))


def _paragraph_xml(line: Line, align: Any, lang: str, more: Sequence[Line] = ()) -> str:
    """One ``<a:p>`` holding ``line`` (and ``more`` runs after it, each in its own font).

    Written as XML in one go: python-pptx's run and font objects cost about a millisecond
    per run, which made the deck of a 1,500-card map take 20 s.
    """
    spacing = (f'<a:spcBef><a:spcPts val="{round(line.space_before * 100)}"/></a:spcBef>'
               if line.space_before else "")
    algn = f' algn="{_ALIGN[align]}"' if align in _ALIGN else ""
    runs = "".join(_runs_xml(part, lang) for part in (line, *more))
    return f"<a:p {nsdecls('a')}><a:pPr{algn}>{spacing}</a:pPr>{runs}<a:endParaRPr lang=\"{lang}\" dirty=\"0\"/></a:p>"


def fill_text(frame: Any, lines: Sequence[Line], anchor: Any = MSO_ANCHOR.TOP, margin: float = 0.06,
              align: Any = None) -> None:
    """Replace ``frame``'s text with ``lines`` (one paragraph each), word-wrapped."""
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    inset = Emu(int(margin * 914400))
    frame.margin_left = frame.margin_right = inset
    frame.margin_top = frame.margin_bottom = Emu(int(inset * 0.6))
    lang = LANGUAGE.get()
    body = frame._txBody
    for paragraph in body.findall(qn("a:p")):
        body.remove(paragraph)
    for line in lines or [Line("", 12)]:
        body.append(parse_xml(_paragraph_xml(line, align, lang)))


def text_box(slide: Any, x: int, y: int, w: int, h: int, lines: Sequence[Line], name: str = "",
             anchor: Any = MSO_ANCHOR.TOP, align: Any = None, margin: float = 0.06) -> Any:
    box = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    if name:
        box.name = name
    fill_text(box.text_frame, lines, anchor, margin=margin, align=align)
    return box


def runs_box(slide: Any, x: int, y: int, w: int, h: int, runs: Sequence[Line], name: str = "") -> Any:
    """A text box of one word-wrapped paragraph made of ``runs`` (bold, colour per run)."""
    box = slide.shapes.add_textbox(Emu(x), Emu(y), Emu(w), Emu(h))
    if name:
        box.name = name
    frame = box.text_frame
    fill_text(frame, [])
    body = frame._txBody
    for paragraph in body.findall(qn("a:p")):
        body.remove(paragraph)
    if runs:
        body.append(parse_xml(_paragraph_xml(runs[0], None, LANGUAGE.get(), runs[1:])))
    return box


def _next_id(tree: Any) -> int:
    ids = [int(value) for value in tree.xpath("//@id") if str(value).isdigit()]
    return max(ids, default=0) + 1


def card_shape(slide: Any, x: int, y: int, w: int, h: int, fill: str, border: str, lines: Sequence[Line],
               name: str, accent: str | None = None) -> None:
    """A card: a rounded rectangle holding its own (editable) text, with an accent bar.

    Written as shape XML (``<p:sp>``) straight into the slide: through python-pptx's shape
    objects a card cost 3 ms, most of the deck's time on a large map.
    """
    tree = slide.shapes._spTree
    shape_id = _next_id(tree)
    lang = LANGUAGE.get()
    paragraphs = "".join(_paragraph_xml(line, PP_ALIGN.LEFT, lang).replace(f" {nsdecls('a')}", "")
                         for line in lines)
    inset, top = int(0.14 * 914400), int(0.05 * 914400)
    card = (f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{escape(clean(name), _QUOTE)}"/>'
            f"<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}"
            '<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 8000"/></a:avLst></a:prstGeom>'
            f'{_solid(fill)}<a:ln w="9525">{_solid(border)}</a:ln></p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{top}" rIns="{int(inset * 0.6)}" '
            f'bIns="{top}" anchor="t" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs}</p:txBody></p:sp>')
    tree.append(parse_xml(card))
    if accent is not None:
        inner = int(0.06 * 914400)
        tree.append(parse_xml(
            f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="{shape_id + 1}" name="Accent"/><p:cNvSpPr/>'
            f"<p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x + int(Pt(1)), y + inner, inner, max(h - 2 * inner, 1))}"
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{_solid(accent)}<a:ln><a:noFill/></a:ln>'
            "</p:spPr></p:sp>"))


_QUOTE = {'"': "&quot;"}


def _xfrm(x: int, y: int, w: int, h: int) -> str:
    return f'<a:xfrm><a:off x="{int(x)}" y="{int(y)}"/><a:ext cx="{int(w)}" cy="{int(h)}"/></a:xfrm>'


def _solid(color: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/></a:solidFill>'


def bar(slide: Any, x: int, y: int, w: int, h: int, color: str, shape_type: Any = MSO_SHAPE.RECTANGLE) -> Any:
    shape = slide.shapes.add_shape(shape_type, Emu(x), Emu(y), Emu(w), Emu(h))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(color)
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def chevron(slide: Any, x: int, y: int, w: int, h: int, color: str, text: str, ink: str, first: bool) -> Any:
    """The stage header as on the poster: an arrow (a pentagon for the first stage)."""
    shape = bar(slide, x, y, w, h, color, MSO_SHAPE.PENTAGON if first else MSO_SHAPE.CHEVRON)
    shape.adjustments[0] = 0.25
    fill_text(shape.text_frame, [Line(text, 26, True, ink)], MSO_ANCHOR.MIDDLE, margin=0.35)
    return shape


def picture(slide: Any, data: bytes, x: int, y: int, w: int, h: int, name: str = "") -> Any:
    """A picture fitted into (x, y, w, h) with its aspect kept, centred."""
    with Image.open(io.BytesIO(data)) as image:
        pw, ph = image.size
    scale = min(w / pw, h / ph)
    width, height = int(pw * scale), int(ph * scale)
    shape = slide.shapes.add_picture(io.BytesIO(data), Emu(x + (w - width) // 2), Emu(y + (h - height) // 2),
                                     Emu(width), Emu(height))
    if name:
        shape.name = name
    return shape


def safe_picture_bytes(data: bytes, max_side: int = 1600) -> bytes | None:
    """Any picture re-encoded as PNG or JPEG PowerPoint can show (None when unreadable)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            pixels: Image.Image = image.convert("RGBA" if has_alpha else "RGB")
    except Exception:  # an undecodable picture is left out
        return None
    pixels.thumbnail((max_side, max_side))
    out = io.BytesIO()
    pixels.save(out, format="PNG" if has_alpha else "JPEG", quality=85)
    return out.getvalue()


__all__ = ["Line", "PP_ALIGN", "bar", "card_shape", "chevron", "fill_text", "picture", "safe_picture_bytes",
           "text_box"]
