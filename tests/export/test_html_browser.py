"""The web page in a real browser (headless Chromium): it opens clean, never touches the
network, and a reader can click a card, search, jump to a stage, hide a lane and zoom.

Screenshots land in ``JOURNEYMAP_SHOTS`` when that is set (to look at them), else in the
test's temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from journeymap_desktop.export.html import export_html
from journeymap_desktop.model import Anchor, Comment, JourneyMap, Reply
from tests.export.browser import DESKTOP, PHONE, OpenedPage, open_page
from tests.export.hostile_map import hostile_map
from tests.helpers import sample_map

pytestmark = pytest.mark.slow


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("JOURNEYMAP_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def exported(doc: JourneyMap, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    export_html(doc, path)
    return path


def card_id(doc: JourneyMap, title: str) -> str:
    for lane in doc.card_lanes():
        for card in lane.cards:
            if card.title == title:
                return card.id
    raise KeyError(title)


def test_sample_map_opens_clean_and_answers_a_reader(chromium, tmp_path: Path) -> None:  # noqa: F811
    doc = sample_map("en")
    target = card_id(doc, "Hidden shipping costs")
    doc.find_card(target)[1].votes = 4
    doc.comments.append(Comment(anchor=Anchor.on("card", target), author="Ana",
                                text="Seen in 5 of 8 interviews", replies=[Reply(author="Ben", text="Agreed")]))
    opened = open_page(chromium, exported(doc, tmp_path, "map.html"))
    page = opened.page
    shots = shots_dir(tmp_path)
    page.screenshot(path=str(shots / "html-desktop.png"))
    assert page.title() == doc.title
    assert page.locator("#stages button").all_inner_texts() == [s.name for s in doc.stages]

    # Click a card: the side panel shows its whole body, its stage, severity and votes.
    lane, card = doc.find_card(target)
    page.locator(f'g.card[data-card="{target}"]').click()
    panel = page.locator("#panel")
    assert panel.is_visible()
    assert page.locator("#panel h2").inner_text() == card.title
    assert page.locator("#panel .body").inner_text() == card.body
    assert lane.name in panel.inner_text()
    assert "High severity" in panel.inner_text()
    assert page.locator("#panel .votes").inner_text() == "4"
    comment = page.locator("#panel .comment").first
    assert "Seen in 5 of 8 interviews" in comment.inner_text() and "Ana" in comment.inner_text()
    assert "Agreed" in comment.locator(".comment").inner_text()
    page.screenshot(path=str(shots / "html-panel.png"))
    page.keyboard.press("Escape")
    assert not panel.is_visible()

    # Search: every card whose text holds the word is highlighted, and counted.
    word = "shipping"
    expected = sum(1 for lane in doc.card_lanes() for c in lane.cards
                   if word in " ".join([c.title, c.body, *c.tags]).lower())
    expected += sum(1 for lane in doc.lanes if lane.kind == "text" for t in lane.texts  # type: ignore[union-attr]
                    if word in t.text.lower())
    page.fill("#q", word)
    assert expected >= 2
    assert page.locator("#jm-map .hit").count() == expected
    assert page.locator("#count").inner_text() == f"{expected} matches"
    page.keyboard.press("Enter")  # the first match opens and comes into view
    assert page.locator("#jm-map .current").count() == 1
    assert "shipping" in page.locator("#panel mark").first.inner_text().lower()
    page.screenshot(path=str(shots / "html-search.png"))
    page.fill("#q", "")
    assert page.locator("#jm-map .hit").count() == 0

    assert opened.problems == []
    assert opened.requests == []


def test_stage_jump_lane_toggle_zoom_and_keys(chromium, tmp_path: Path) -> None:  # noqa: F811
    doc = sample_map("en")
    opened = open_page(chromium, exported(doc, tmp_path, "map.html"))
    page = opened.page

    def scale() -> float:
        return float(page.evaluate(
            "new DOMMatrix(getComputedStyle(document.getElementById('world')).transform).a"))

    fitted = scale()
    page.locator("#stages button").nth(3).click()
    assert scale() > fitted
    box = page.locator('g.stage[data-stage="%s"]' % doc.stages[3].id).bounding_box()
    assert box is not None and 0 < box["x"] + box["width"] / 2 < DESKTOP["width"]
    assert "current" in (page.locator("#stages button").nth(3).get_attribute("class") or "")
    page.keyboard.press("PageDown")
    assert "current" in (page.locator("#stages button").nth(4).get_attribute("class") or "")
    page.keyboard.press("0")
    assert scale() == pytest.approx(fitted)
    page.keyboard.press("+")
    assert scale() == pytest.approx(fitted * 1.25)
    page.mouse.move(700, 500)
    page.mouse.wheel(0, -300)
    assert scale() > fitted * 1.25

    # Hiding a lane closes its gap: the lane below moves up by the hidden lane's height.
    page.keyboard.press("0")
    storyboard = next(lane for lane in doc.lanes if lane.kind == "storyboard")
    below = doc.lanes[doc.lanes.index(storyboard) + 1]
    before = page.locator(f'g.lane[data-lane="{below.id}"]').get_attribute("transform")
    page.locator("#lanes summary").click()
    page.locator("#lane-list label", has_text=storyboard.name).locator("input").uncheck()
    assert page.locator(f'g.lane[data-lane="{storyboard.id}"]').get_attribute("display") == "none"
    after = page.locator(f'g.lane[data-lane="{below.id}"]').get_attribute("transform")
    assert before != after
    page.screenshot(path=str(shots_dir(tmp_path) / "html-lane-hidden.png"))
    page.locator("#lane-list label", has_text=storyboard.name).locator("input").check()
    assert page.locator(f'g.lane[data-lane="{below.id}"]').get_attribute("transform") == before

    assert opened.problems == []
    assert opened.requests == []


def test_phone_width_and_spanish(chromium, tmp_path: Path) -> None:  # noqa: F811
    doc = sample_map("es")
    opened = open_page(chromium, exported(doc, tmp_path, "mapa.html"), PHONE, touch=True)
    page = opened.page
    assert page.get_attribute("html", "lang") == "es"
    assert page.get_attribute("#q", "placeholder") == "Buscar tarjetas…"
    page.fill("#q", "envío")
    assert page.locator("#count").inner_text().endswith("coincidencias") or \
        page.locator("#count").inner_text() == "1 coincidencia"
    page.fill("#q", "")
    first = next(c for lane in doc.card_lanes() for c in lane.cards)
    page.locator(f'g.card[data-card="{first.id}"]').tap()
    assert page.locator("#panel h2").inner_text() == first.title
    panel = page.locator("#panel").bounding_box()
    assert panel is not None and panel["width"] <= PHONE["width"]
    page.screenshot(path=str(shots_dir(tmp_path) / "html-phone.png"))
    assert opened.problems == []
    assert opened.requests == []


def test_print_gives_the_whole_map_without_the_controls(chromium, tmp_path: Path) -> None:  # noqa: F811
    opened = open_page(chromium, exported(sample_map("en"), tmp_path, "map.html"))
    page = opened.page
    page.keyboard.press("+")
    page.emulate_media(media="print")
    assert not page.locator("#bar").is_visible()
    assert page.evaluate("getComputedStyle(document.getElementById('world')).transform") == "none"
    pdf = shots_dir(tmp_path) / "html-print.pdf"
    page.pdf(path=str(pdf), landscape=True, format="A4")
    assert pdf.stat().st_size > 10_000
    assert opened.problems == []


def test_hostile_text_stays_text(chromium, tmp_path: Path) -> None:  # noqa: F811
    doc, texts = hostile_map()
    opened = open_page(chromium, exported(doc, tmp_path, "hostile.html"))
    page = opened.page
    # Only the page's own two scripts exist, and nothing the map says became an element.
    assert page.locator("script").count() == 2
    assert page.locator("#jm-map script, #jm-map foreignObject, #jm-map a, b, img, iframe, para").count() == 0
    for name, text in texts.items():
        ident = card_id(doc, name)
        page.locator(f'g.card[data-card="{ident}"]').click()
        assert page.locator("#panel h2").inner_text() == name
        shown = page.locator("#panel .body").evaluate("e => e.textContent")
        assert shown == text, name
    page.screenshot(path=str(shots_dir(tmp_path) / "html-hostile.png"))
    assert opened.dialogs == []
    assert opened.errors == []
    assert opened.console == []
    assert opened.requests == []
