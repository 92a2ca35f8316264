"""The web page without a browser: escaping, the security policy, what the page contains,
its size, the CLI. (``test_html_browser.py`` opens it in Chromium.)"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.export.html import export_html, render_html
from journeymap_desktop.export.html.escape import attr, script_json, text
from journeymap_desktop.io.mapfile import load_map
from journeymap_desktop.model import Anchor, Comment, CommentStatus, Reply
from tests.export.hostile_map import hostile_map
from tests.helpers import sample_map
from tests.io.test_ojf import DATA, SAMPLES


class Page(HTMLParser):
    """Every element with its attributes, the scripts' and style's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag
            (self.scripts if tag == "script" else self.styles).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "style":
            self.styles[-1] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def sha(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def test_escaping_helpers() -> None:
    assert text("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert attr("\"'`<>") == "&quot;&#39;&#96;&lt;&gt;"
    assert text("a\x00b\x07c\ud800") == "a\ufffdb\ufffdc\ufffd"
    assert text("tab\tnewline\n") == "tab\tnewline\n"
    encoded = script_json({"x": "</script><!-- \u2028 & \ud800"})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded and "\u2028" not in encoded
    assert json.loads(encoded) == {"x": "</script><!-- \u2028 & \ufffd"}


def test_the_policy_forbids_every_connection_and_names_the_page_own_code() -> None:
    html = render_html(sample_map("en")).html
    page = parse(html)
    policy = next(a["content"] for tag, a in page.tags
                  if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert policy is not None
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'"
    assert rules["connect-src"] == "'none'"
    assert rules["img-src"] == "data:" and rules["font-src"] == "data:"
    viewer = page.scripts[-1]
    assert rules["script-src"] == sha(viewer)
    assert rules["style-src"] == sha(page.styles[0])
    assert "unsafe" not in policy
    # Nothing points outside the file: no http(s) URL in any attribute or stylesheet.
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not (value or "").lower().startswith(("http:", "https:", "//", "javascript:")), (tag, name)
            assert not name.startswith("on"), (tag, name)
    assert not re.search(r"url\((?!data:)", page.styles[0])
    assert "innerHTML" not in viewer and "eval(" not in viewer and "document.write" not in viewer
    assert "fetch(" not in viewer and "XMLHttpRequest" not in viewer


def test_the_page_holds_the_poster_drawing_and_every_card() -> None:
    doc = sample_map("es")
    result = render_html(doc)
    page = parse(result.html)
    assert ("html", {"lang": "es"}) in page.tags
    data = json.loads(page.scripts[0])
    assert data["lang"] == "es"
    assert [s["name"] for s in data["stages"]] == [s.name for s in doc.stages]
    cards = [card for lane in doc.card_lanes() for card in lane.cards]
    assert result.cards == len(cards) == len(data["cards"])
    drawn = {a["data-card"] for tag, a in page.tags if tag == "g" and "data-card" in a}
    assert drawn == {card.id for card in cards}
    for card in cards:
        assert data["cards"][card.id]["body"] == card.body
    # The poster's shapes: one chevron per stage, the emotion curves, storyboard pictures.
    assert sum(1 for tag, a in page.tags if tag == "g" and a.get("class") == "stage") == len(doc.stages)
    assert sum(1 for tag, a in page.tags if tag == "path" and a.get("class") == "curve") >= 2
    images = [a["href"] for tag, a in page.tags if tag == "image"]
    assert images and all((href or "").startswith(("data:image/jpeg;base64,", "data:image/png;base64,"))
                          for href in images)
    assert result.size < 1_500_000


def test_votes_are_drawn_as_on_the_poster_and_listed_for_the_panel() -> None:
    doc = sample_map("en")
    lane = next(doc.card_lanes())
    lane.cards[0].votes = 7
    html = render_html(doc).html
    page = parse(html)
    data = json.loads(page.scripts[0])
    assert data["cards"][lane.cards[0].id]["votes"] == 7
    assert "votes" not in data["cards"][lane.cards[1].id]
    start = html.index(f'data-card="{lane.cards[0].id}"')
    card_svg = html[start:html.index("</g>", start)]
    assert card_svg.count("<circle") >= 3 and ">7</tspan>" in card_svg


def test_the_panel_gets_the_card_comments_open_first_with_replies() -> None:
    doc = sample_map("en")
    lane = next(doc.card_lanes())
    card, other = lane.cards[0], lane.cards[1]
    doc.comments += [
        Comment(anchor=Anchor.on("card", card.id), author="Ana", text="Old point",
                status=CommentStatus.RESOLVED),
        Comment(anchor=Anchor.on("card", card.id), author="Ben", text="Check the figures",
                replies=[Reply(author="Ana", text="Done in v2")]),
        Comment(anchor=Anchor.on("stage", doc.stages[0].id), text="About the stage"),
    ]
    data = json.loads(parse(render_html(doc).html).scripts[0])
    comments = data["cards"][card.id]["comments"]
    assert [(c["author"], c["text"], c["resolved"]) for c in comments] == [
        ("Ben", "Check the figures", False), ("Ana", "Old point", True)]
    assert comments[0]["replies"][0]["text"] == "Done in v2" and comments[0]["replies"][0]["reply"]
    assert data["cards"][other.id]["comments"] == []


def test_hostile_text_never_becomes_markup() -> None:
    doc, texts = hostile_map()
    html = render_html(doc).html
    page = parse(html)
    assert [tag for tag, _ in page.tags].count("script") == 2
    for tag, attrs in page.tags:
        assert tag not in ("b", "a", "img", "para", "font", "iframe", "foreignobject"), tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    assert "</script><script>alert" not in html and "<svg onload" not in html
    data = json.loads(page.scripts[0])
    bodies = {card["title"]: card["body"] for card in data["cards"].values()}
    for title, body in texts.items():
        assert bodies[title] == body.replace("\ud800", "\ufffd")


def test_cli_writes_the_page_and_says_its_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mapa.html"
    source = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-es.journeymap"
    assert main(["export", str(source), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "KB" in said and "21 cards" in said
    assert out.stat().st_size == len(render_html(load_map(source)).html.encode())
    assert out.stat().st_mode & 0o044  # readable by whoever it is shared with
    assert main(["export", str(source), "-o", str(tmp_path / "nowhere" / "x.html")]) == 2


@pytest.mark.parametrize("name", SAMPLES)
def test_imported_ojf_samples_export(name: str, tmp_path: Path) -> None:
    imported = tmp_path / "imported.journeymap"
    assert main(["import", str(DATA / name), "-o", str(imported)]) == 0
    doc = load_map(imported)
    result = export_html(doc, tmp_path / "out.html")
    page = parse(result.html)
    assert len(json.loads(page.scripts[0])["cards"]) == sum(len(lane.cards) for lane in doc.card_lanes())
