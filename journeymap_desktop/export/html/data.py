"""What the page's script knows about the map, as plain JSON-able data.

The drawing shows what fits on a card; the side panel shows everything a card holds (full
body, tags, channel, severity, votes, comments), so it reads the model, not the layout.
Geometry (stage columns, lane heights) comes from the layout, so the script can jump to a
stage and close the gap of a hidden lane without measuring anything.
"""

from __future__ import annotations

from typing import Any

from journeymap_desktop.export.html.words import words
from journeymap_desktop.layout import Layout
from journeymap_desktop.layout.labels import word
from journeymap_desktop.model import Card, Channel, JourneyMap, channel_label
from journeymap_desktop.model.channels import CHANNEL_IS_ONLINE
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.model.review import Comment, Reply


def card_comments(doc: JourneyMap, card: Card) -> list[dict[str, Any]]:
    """The review comments anchored to the card, open ones first, each with its replies."""
    found = [comment for comment in doc.comments
             if comment.anchor.kind == "card" and comment.anchor.id == card.id]
    found.sort(key=lambda comment: (not comment.is_open, comment.created))
    return [_comment(comment) for comment in found]


def _comment(comment: Comment | Reply) -> dict[str, Any]:
    replies = [_comment(reply) for reply in comment.replies] if isinstance(comment, Comment) else []
    resolved = isinstance(comment, Comment) and not comment.is_open
    return {"author": comment.author,
            "date": comment.created.date().isoformat(),
            "text": comment.text,
            "resolved": resolved,
            "reply": isinstance(comment, Reply),
            "replies": replies}


def _channel(card: Card, locale: str) -> str:
    if card.channel is None:
        if card.online is None:
            return ""
        return word("online" if card.online else "offline", locale)
    channel = Channel(card.channel)
    online = card.online if card.online is not None else CHANNEL_IS_ONLINE.get(channel, False)
    parts = [channel_label(channel, locale)]
    if card.device.strip():
        parts.append(card.device.strip())
    parts.append(word("online" if online else "offline", locale))
    return " · ".join(parts)


def card_details(doc: JourneyMap) -> dict[str, dict[str, Any]]:
    """Every card by id: what the side panel shows and the search looks through."""
    locale = doc.locale
    stage_names = {stage.id: stage.name for stage in doc.stages}
    cards: dict[str, dict[str, Any]] = {}
    for lane in doc.card_lanes():
        kind = lane.kind
        for card in lane.cards:
            severity = ""
            if card.severity is not None and kind in (LaneKind.PAIN_POINTS.value, LaneKind.OPPORTUNITIES.value):
                severity = word(f"severity.{kind}.{card.severity.value}", locale)
            entry: dict[str, Any] = {
                "title": card.title, "body": card.body, "tags": [t for t in card.tags if t.strip()],
                "lane": lane.name, "lane_id": lane.id, "kind": kind,
                "stage": stage_names.get(card.stage_id, ""), "stage_id": card.stage_id,
                "channel": _channel(card, locale) if kind == LaneKind.TOUCHPOINTS.value else "",
                "severity": severity, "severity_level": card.severity.value if severity and card.severity else "",
                "moment_of_truth": card.moment_of_truth,
                "comments": card_comments(doc, card),
            }
            if card.votes > 0:
                entry["votes"] = card.votes
            cards[card.id] = entry
    return cards


def text_cells(doc: JourneyMap) -> list[dict[str, str]]:
    """Free-text cells (thoughts, quotes), searchable like cards."""
    cells = []
    for lane in doc.lanes:
        if lane.kind == LaneKind.TEXT.value:
            for entry in lane.stage_entries():
                if entry.text.strip():
                    cells.append({"lane_id": lane.id, "stage_id": entry.stage_id, "text": entry.text})
    return cells


def page_data(doc: JourneyMap, layout: Layout) -> dict[str, Any]:
    """The JSON the script reads: words, stages and lanes with their geometry, cards, texts."""
    stages = []
    for header, column in zip(layout.stage_headers, layout.columns):
        stage = doc.stage(header.stage_id)
        stages.append({"id": stage.id, "name": stage.name, "description": stage.description,
                       "color": header.color, "x": column.x, "w": column.w,
                       "y": header.rect.y})
    lanes = [{"id": box.lane_id, "name": doc.lane(box.lane_id).name, "kind": box.kind,
              "y": box.rect.y, "h": box.rect.h} for box in layout.lanes]
    return {
        "lang": doc.locale,
        "words": words(doc.locale),
        "width": layout.width,
        "height": layout.height,
        "lanes_top": layout.lanes_top,
        "gutter": layout.lanes[1].rect.y - layout.lanes[0].rect.bottom if len(layout.lanes) > 1 else 2.0,
        "legend_y": layout.legend.rect.y if layout.legend is not None else None,
        "stages": stages,
        "lanes": lanes,
        "cards": card_details(doc),
        "texts": text_cells(doc),
    }
