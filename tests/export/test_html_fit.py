"""The web page's top bar and key hint at the window sizes a client opens it in.

The walkthrough's 1366 x 768 page: the bar wrapped, leaving −, +, Fit and Print alone on a
second row; the title was cut ("Buying gourmet olive oil on…") although the bar had room
for it once wrapped; the key hint at the bottom lay over the map's legend. Measured with
the browser's own boxes (getBoundingClientRect), in English and in Spanish (longer words).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from journeymap_desktop.export.html import export_html
from journeymap_desktop.model import JourneyMap, Stage
from tests.export.browser import open_page
from tests.export.test_html_browser import shots_dir
from tests.helpers import sample_map

pytestmark = pytest.mark.slow

SIZES = [(1366, 768), (1920, 1080), (1024, 768)]

MEASURE = """() => {
  const box = (e) => { const b = e.getBoundingClientRect();
    return {left: b.left, top: b.top, right: b.right, bottom: b.bottom}; };
  const cut = (e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
  const bar = document.getElementById('bar');
  const title = document.getElementById('title');
  const controls = ['search', 'lanes', 'tools'].map((id) => box(document.getElementById(id)));
  const buttons = Array.from(document.querySelectorAll('#bar button, #bar summary')).map(box);
  const stages = Array.from(document.querySelectorAll('#stages button'));
  return {
    width: window.innerWidth, bar: box(bar), barOverflows: bar.scrollWidth > bar.clientWidth + 1,
    title: box(title), titleCut: cut(title), controls: controls, buttons: buttons,
    stageCut: stages.filter(cut).map((b) => b.textContent), stagesScroll: cut(document.getElementById('stages')),
    help: box(document.getElementById('help')), map: box(document.getElementById('jm-map')),
    legend: box(document.querySelector('#jm-map .legend')), viewportTop: box(document.getElementById('viewport')).top,
  };
}"""


def overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def measured(browser: Any, doc: JourneyMap, tmp_path: Path, width: int, height: int, name: str) -> dict[str, Any]:
    path = tmp_path / f"{name}.html"
    export_html(doc, path)
    opened = open_page(browser, path, {"width": width, "height": height})
    page = opened.page
    page.evaluate("() => document.fonts.ready")
    page.screenshot(path=str(shots_dir(tmp_path) / f"{name}-{width}x{height}.png"))
    found: dict[str, Any] = page.evaluate(MEASURE)
    assert opened.problems == []
    page.context.close()
    return found


def check_bar(m: dict[str, Any]) -> None:
    title = m["title"]
    # The search box, Lanes and the zoom/Fit/Print buttons sit on the title's row.
    for control in m["controls"]:
        middle = (control["top"] + control["bottom"]) / 2
        assert title["top"] <= middle <= title["bottom"] or control["top"] <= (title["top"] + title["bottom"]) / 2 \
            <= control["bottom"], (control, title)
    # Nothing runs off the window, nothing overlaps in the bar.
    assert not m["barOverflows"]
    assert all(0 <= b["left"] and b["right"] <= m["width"] for b in m["buttons"])
    assert not any(overlap(title, control) for control in m["controls"])
    # The map starts under the bar, not behind it.
    assert m["viewportTop"] >= m["bar"]["bottom"] - 1
    assert m["map"]["top"] >= m["bar"]["bottom"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_bar_is_one_row_of_controls_with_the_whole_title(chromium, tmp_path: Path, lang: str,  # noqa: F811
                                                         width: int, height: int) -> None:
    """On main at 1366: the buttons' row at y 44-74, the title's at 14-32, the title cut; at
    1920 the title cut too (a 24-character cap) with half the bar empty."""
    m = measured(chromium, sample_map(lang), tmp_path, width, height, f"sample-{lang}")
    check_bar(m)
    assert not m["titleCut"], "the sample's title fits at this width and shows whole"
    assert m["stageCut"] == [] and not m["stagesScroll"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_key_hint_lies_beside_the_map_not_over_it(chromium, tmp_path: Path, lang: str,  # noqa: F811
                                                  width: int, height: int) -> None:
    """On main at 1366 x 768 the hint (y 730-749) covered the legend (y 732-746)."""
    m = measured(chromium, sample_map(lang), tmp_path, width, height, f"hint-{lang}")
    assert not overlap(m["help"], m["legend"]), (m["help"], m["legend"])
    assert not overlap(m["help"], m["map"]), (m["help"], m["map"])


def test_ten_long_spanish_stages_at_1024(chromium, tmp_path: Path) -> None:  # noqa: F811
    """Many long stage names: the controls keep the title's row, the stages share theirs."""
    doc = sample_map("es")
    doc.title = "Compra online de aceite de oliva virgen extra gourmet para regalar en Navidad a la familia"
    names = ["Descubrimiento en redes", "Investigación comparativa", "Consideración de alternativas",
             "Compra en la tienda online", "Confirmación del pedido", "Preparación del envío",
             "Entrega a domicilio", "Primer uso del producto", "Atención posventa", "Fidelización y recompra"]
    doc.stages = [*doc.stages, *(Stage(name=name) for name in names[len(doc.stages):])]
    for stage, name in zip(doc.stages, names):
        stage.name = name
    m = measured(chromium, doc, tmp_path, 1024, 768, "ten-stages-es")
    check_bar(m)
    # A title this long wraps to two lines at most (its whole text is the tooltip).
    assert m["title"]["bottom"] - m["title"]["top"] <= 2 * 15 * 1.4
