"""Issue 17, case 8: user text can never change the Markdown outline's structure.

The outline is rendered by a real CommonMark parser (markdown-it-py, ``commonmark``
preset): whatever a map's texts hold (fences, setext underlines, indents, entities, HTML,
list and heading markers), the headings are the map's own, in order, with the user's text
literally; no code block, HTML block or rule appears that the plain map does not have.
"""

from __future__ import annotations

from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from journeymap_desktop.io.markdown import markdown_text
from journeymap_desktop.model import JourneyMap
from journeymap_desktop.model.lanes import CardLane, TextLane
from tests.helpers import sample_map

#: Lines that each start a block of their own in CommonMark when written as they are.
HOSTILE_LINES = ["~~~", "```", "===", "---", "***", "    four spaces: code", "\tTab: code", "# heading",
                 "1. item", "2) item", "- item", "+ item", "> quote", "<script>alert(1)</script>",
                 "<!-- comment", "<div>", "| a | b |", "[x]: http://example.com", "&lt;script&gt;",
                 "&amp; &#60; &copy;", "\\", "___", "  ~~~ indented fence", "=", "-"]
HOSTILE = "Text\n" + "\n".join(HOSTILE_LINES) + "\nend ~~~"


def parse(text: str) -> list[Token]:
    return MarkdownIt("commonmark").parse(text)


def headings(tokens: list[Token]) -> list[tuple[str, str]]:
    """(level, literal text) of every heading: the text rebuilt from the inline tokens."""
    out = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            out.append((token.tag, literal(tokens[i + 1])))
    return out


def literal(inline: Token) -> str:
    """What a reader sees of an inline token: text, code spans, soft breaks as spaces."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def blocks(tokens: list[Token], kinds: tuple[str, ...]) -> int:
    return sum(1 for token in tokens if token.type in kinds)


def hostile(doc: JourneyMap, text: str) -> JourneyMap:
    """``doc`` with ``text`` in every text field an outline shows (one-line ones get it flattened)."""
    line = " ".join(text.split())
    doc.title = line
    doc.scope.description = text
    doc.scope.product = line
    doc.scope.goal = line
    doc.notes = text
    for persona in doc.personas:
        persona.name = line
        persona.description = text
        persona.goals = [line]
        persona.quote = line
    for stage in doc.stages:
        stage.name = line
        stage.description = text
    for lane in doc.lanes:
        lane.name = line
        if isinstance(lane, CardLane):
            for card in lane.cards:
                card.title = line
                card.body = text
                card.tags = [line]
        elif isinstance(lane, TextLane):
            for entry in lane.texts:
                entry.text = text
    return doc


STRUCTURE = ("fence", "code_block", "html_block", "hr", "table_open")


@pytest.mark.parametrize("text", [HOSTILE, *HOSTILE_LINES, "scope\n~~~", "scope\n===", "&lt;script&gt;"],
                         ids=lambda t: repr(t)[:24])
def test_user_text_never_changes_the_outline(text: str) -> None:
    plain = parse(markdown_text(hostile(sample_map("en"), "Plain words")))
    tokens = parse(markdown_text(hostile(sample_map("en"), text)))
    line = " ".join(text.split())
    expected = [(tag, title.replace("Plain words", line)) for tag, title in headings(plain)]
    assert headings(tokens) == expected  # "~~~" ended with 0 of the headings, "===" made one more
    for kind in STRUCTURE:
        assert blocks(tokens, (kind,)) == blocks(plain, (kind,)), kind
    assert blocks(tokens, ("blockquote_open",)) == blocks(plain, ("blockquote_open",))
    assert blocks(tokens, ("bullet_list_open", "ordered_list_open")) == \
        blocks(plain, ("bullet_list_open", "ordered_list_open"))


def test_an_entity_typed_as_text_reads_as_typed() -> None:
    doc = sample_map("en")
    doc.title = "&lt;script&gt; & &amp;"
    tokens = parse(markdown_text(doc))
    assert headings(tokens)[0] == ("h1", "&lt;script&gt; & &amp;")  # "<script> & &" before


def test_multi_line_texts_keep_their_words() -> None:
    doc = hostile(sample_map("en"), HOSTILE)
    seen: list[Any] = []
    for token in parse(markdown_text(doc)):
        if token.type == "inline":
            seen.append(literal(token))
    words = " ".join(seen)
    for hostile_line in HOSTILE_LINES:
        assert hostile_line.strip() in words, hostile_line
