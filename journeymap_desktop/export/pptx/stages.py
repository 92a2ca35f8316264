"""One slide per stage: its cards as native text boxes grouped by lane, the emotion and
engagement charts, the stage's texts, and speaker notes with every card's full body.

A stage with more cards than fit goes on over continuation slides (the charts stay on the
first). Cards show at most a few lines of body; the notes always hold all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pptx.util import Inches, Pt

from journeymap_desktop.export.pptx.chart import add_stage_charts, emotion_series, engagement_series
from journeymap_desktop.export.pptx.shapes import Line, bar, card_shape, chevron, text_box
from journeymap_desktop.export.pptx.theme import (
    INK,
    MARGIN,
    MUTED,
    SLIDE_H,
    SLIDE_W,
    STYLE,
    clean,
    text_height,
    wrap,
)
from journeymap_desktop.export.pptx.words import say
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model.colors import mix, readable_ink
from journeymap_desktop.model import Card, Channel, JourneyMap, Stage, channel_label
from journeymap_desktop.model.lanes import CardLane, LaneKind, TextLane

TITLE_SIZE, BODY_SIZE, META_SIZE, LANE_SIZE = 13.0, 11.0, 9.5, 11.0
BODY_LINES = 5
GAP = int(Inches(0.14))
LABEL_W = int(Inches(1.6))  # the lane's name, left of its cards (as on the poster)
BOTTOM = int(SLIDE_H - Inches(0.3))
SIDE_W = Inches(4.5)  # the charts and the stage's texts


def card_meta(card: Card, kind: str, locale: str) -> str:
    """The chips of the poster as one line: severity, channel, moment of truth, votes, tags."""
    parts = []
    if card.severity is not None and kind in (LaneKind.PAIN_POINTS.value, LaneKind.OPPORTUNITIES.value):
        parts.append("\u25cf " + word(f"severity.{kind}.{card.severity.value}", locale))
    if kind == LaneKind.TOUCHPOINTS.value and card.channel is not None:
        channel = [channel_label(Channel(card.channel), locale)]
        if card.device.strip():
            channel.append(card.device.strip())
        parts.append(" \u00b7 ".join(channel))
    if card.moment_of_truth:
        parts.append("\u2605 " + say("moment_of_truth", locale))
    if card.votes > 0:
        parts.append(say("vote_one", locale) if card.votes == 1 else say("vote_count", locale, n=card.votes))
    parts.extend("#" + " ".join(tag.split()) for tag in card.tags if tag.strip())
    return "   ".join(parts)


@dataclass(frozen=True)
class CardDraft:
    """A card ready to place: its lines and the height they need at the card's width."""

    card: Card
    lines: tuple[Line, ...]
    height: int


def _shown(text: str, lines: list[str]) -> str:
    """The text as typed when it fits; the kept lines (ending in an ellipsis) when cut."""
    return " ".join(lines) if lines and lines[-1].endswith("\u2026") else text


def draft(card: Card, kind: str, width: int, locale: str) -> CardDraft:
    inner = width - int(Inches(0.16)) - Pt(2)
    lines: list[Line] = []
    count = 0.0
    if card.title.strip():
        title = wrap(card.title.strip(), TITLE_SIZE, inner, bold=True, max_lines=3)
        lines.append(Line(_shown(card.title.strip(), title), TITLE_SIZE, True, INK))
        count += len(title) * TITLE_SIZE * 1.25
    if card.body.strip():
        body = wrap(card.body.strip(), BODY_SIZE, inner, max_lines=BODY_LINES)
        lines.append(Line(_shown(card.body.strip(), body), BODY_SIZE, False, MUTED, space_before=2))
        count += len(body) * BODY_SIZE * 1.25 + 2
    meta = card_meta(card, kind, locale)
    if meta:
        wrapped = wrap(meta, META_SIZE, inner, max_lines=2)
        severity = card.severity.value if card.severity is not None else ""
        color = STYLE.severity_colors.get(severity, STYLE.muted_ink) if meta.startswith("\u25cf") else MUTED
        lines.append(Line(" ".join(wrapped), META_SIZE, bool(meta.startswith("\u25cf")), color, space_before=3))
        count += len(wrapped) * META_SIZE * 1.25 + 3
    return CardDraft(card, tuple(lines), int(Pt(count + 16)))


@dataclass
class Region:
    """Where cards go on the current slide, and how far down it is filled."""

    x: int
    y: int
    w: int
    bottom: int
    columns: int

    @property
    def card_width(self) -> int:
        return (self.w - LABEL_W - (self.columns - 1) * GAP) // self.columns


class StageSlides:
    """Builds the slides of one stage, opening continuation slides as cards run out of room."""

    def __init__(self, prs: Any, doc: JourneyMap, index: int) -> None:
        self.prs = prs
        self.doc = doc
        self.index = index
        self.stage: Stage = doc.stages[index]
        self.locale = doc.locale
        self.slides: list[Any] = []
        self.has_side = bool(emotion_series(doc) or engagement_series(doc) or self._texts())

    def _texts(self) -> list[tuple[str, str]]:
        out = []
        for lane in self.doc.lanes_of(TextLane):
            for entry in lane.texts:
                if entry.stage_id == self.stage.id and entry.text.strip():
                    out.append((lane.name, entry.text.strip()))
        return out

    def _new_slide(self) -> Region:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[6])
        first = not self.slides
        self.slides.append(slide)
        stage = self.stage
        name = stage.name if first else say("continued", self.locale, name=stage.name)
        band_w = int(SLIDE_W - 2 * MARGIN - Inches(2.2))
        chevron(slide, int(MARGIN), int(Inches(0.3)), band_w, int(Inches(0.8)), stage.color, name,
                readable_ink(stage.color), self.index == 0).name = "Stage"
        text_box(slide, int(SLIDE_W - MARGIN - Inches(2.1)), int(Inches(0.3)), int(Inches(2.1)), int(Inches(0.8)),
                 [Line(say("stage_of", self.locale, n=self.index + 1, total=len(self.doc.stages)), 14, False,
                       MUTED)], name="Stage number")
        top = int(Inches(1.25))
        if first and stage.description.strip():
            lines = wrap(stage.description.strip(), 15, int(SLIDE_W - 2 * MARGIN), max_lines=2)
            height = int(text_height(len(lines), 15)) + int(Inches(0.12))
            text_box(slide, int(MARGIN), top, int(SLIDE_W - 2 * MARGIN), height,
                     [Line(stage.description.strip(), 15, False, MUTED)], name="Stage description")
            top += height + int(Inches(0.05))
        side = self.has_side and first
        width = int(SLIDE_W - 2 * MARGIN - (SIDE_W + Inches(0.25) if side else 0))
        if side:
            self._side(slide, int(MARGIN + width + Inches(0.25)), top, int(SIDE_W), BOTTOM - top)
        # As many columns as the fullest lane needs (wider cards when lanes hold few).
        fullest = max((sum(1 for c in lane.cards if c.stage_id == stage.id)
                       for lane in self.doc.lanes_of(CardLane)), default=1)
        return Region(int(MARGIN), top, width, BOTTOM, max(2, min(fullest, 3 if side else 4)))

    def _side(self, slide: Any, x: int, y: int, w: int, h: int) -> None:
        texts = self._texts()
        chart_h = h if not texts else int(h * 0.68)
        bottom = add_stage_charts(slide, self.doc, self.index, x, y, w, chart_h)
        if texts:
            lines: list[Line] = []
            for lane_name, text in texts:
                lines.append(Line(lane_name, 11, True, INK, space_before=4 if lines else 0))
                shown = wrap(text, 11, w, max_lines=4)
                lines.append(Line(" ".join(shown), 11, False, MUTED, italic=True))
            text_box(slide, x, bottom + int(Inches(0.05)), w, y + h - bottom, lines, name="Stage texts")

    def build(self) -> list[Any]:
        region = self._new_slide()
        placed = 0
        for lane in self.doc.lanes_of(CardLane):
            cards = [card for card in lane.cards if card.stage_id == self.stage.id]
            if not cards:
                continue
            colors = STYLE.kind_colors.get(lane.kind)
            accent = lane.color or (colors.accent if colors else STYLE.ink)
            drafts = [draft(card, lane.kind, region.card_width, self.locale) for card in cards]
            pending = drafts
            while pending:
                first_row = max(d.height for d in pending[: region.columns])
                if region.y + first_row > region.bottom and placed:
                    region = self._new_slide()
                    placed = 0
                    # A continuation slide has no charts: wider cards, measured again.
                    pending = [draft(d.card, lane.kind, region.card_width, self.locale) for d in pending]
                    first_row = max(d.height for d in pending[: region.columns])
                slide = self.slides[-1]
                label_h = max(first_row, int(Inches(0.4)))
                bar(slide, region.x, region.y, int(Inches(0.07)), label_h, accent)
                text_box(slide, region.x + int(Inches(0.1)), region.y, LABEL_W - int(Inches(0.14)), label_h,
                         [Line(lane.name, LANE_SIZE, True, mix(accent, "#000000", 0.15))], margin=0.03,
                         name=f"Lane: {lane.name}"[:200])
                while pending:
                    row = pending[: region.columns]
                    row_h = max(d.height for d in row)
                    if region.y + row_h > region.bottom and placed:
                        break
                    for column, item in enumerate(row):
                        x = region.x + LABEL_W + column * (region.card_width + GAP)
                        fill = item.card.color or (colors.fill if colors else "#ffffff")
                        border = colors.border if colors else STYLE.chip_border
                        card_shape(slide, x, region.y, region.card_width, row_h, fill, border, item.lines,
                                   name=f"Card {item.card.id}", accent=accent)
                        placed += 1
                    region.y += row_h + GAP
                    pending = pending[len(row):]
                region.y += int(Inches(0.06))
        if placed == 0:
            text_box(self.slides[0], region.x, region.y, region.w, int(Inches(0.5)),
                     [Line(say("no_cards", self.locale), 14, False, MUTED)], name="No cards")
        notes = stage_notes(self.doc, self.stage)
        for slide in self.slides:
            slide.notes_slide.notes_text_frame.text = notes
        return self.slides


def _open_comments(doc: JourneyMap, kind: str, item_id: str) -> list[str]:
    """Open review comments on one item, as note lines: the presenter sees what is still
    being questioned before a client does (resolved ones are history, left out)."""
    lines: list[str] = []
    for comment in doc.comments:
        if comment.is_open and comment.anchor.kind == kind and comment.anchor.id == item_id:
            who = f" ({comment.author})" if comment.author.strip() else ""
            lines.append(f"    \u21b3 {say('open_comment', doc.locale)}{who}: {comment.text.strip()}")
    return lines


def stage_notes(doc: JourneyMap, stage: Stage) -> str:
    """Speaker notes: the stage's description, then every card's title and whole body by lane,
    with the open review comments under what they are about."""
    parts = [stage.name, *_open_comments(doc, "stage", stage.id)]
    if stage.description.strip():
        parts.append(stage.description.strip())
    for lane in doc.lanes_of(CardLane):
        cards = [card for card in lane.cards if card.stage_id == stage.id]
        if not cards:
            continue
        parts.append("")
        parts.append(f"{lane.name}:")
        for card in cards:
            line = f"\u2022 {card.title.strip()}"
            if card.body.strip():
                line += f" \u2014 {card.body.strip()}"
            meta = card_meta(card, lane.kind, doc.locale)
            if meta:
                line += f" ({meta})"
            parts.append(line)
            parts.extend(_open_comments(doc, "card", card.id))
    for text_lane in doc.lanes_of(TextLane):
        for entry in text_lane.texts:
            if entry.stage_id == stage.id and entry.text.strip():
                parts.append("")
                parts.append(f"{text_lane.name}: {entry.text.strip()}")
    return clean("\n".join(parts))


def add_stage_slides(prs: Any, doc: JourneyMap) -> list[Any]:
    slides: list[Any] = []
    for index in range(len(doc.stages)):
        slides.extend(StageSlides(prs, doc, index).build())
    return slides

