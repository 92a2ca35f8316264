"""The legend under the grid: the channels used, the curves, severities, moments of truth."""

from __future__ import annotations

from typing import Callable

from journeymap_desktop.layout.boxes import LegendBox, Rect
from journeymap_desktop.layout.cards import EVIDENCE_COLORS, evidence_icon
from journeymap_desktop.layout.context import ChipDraft, LayoutContext, chip, flow_chips
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.plots import CURVE_PALETTE
from journeymap_desktop.model import Channel, EmotionLane, channel_label
from journeymap_desktop.model.votes import top_count


def used_channels(ctx: LayoutContext) -> list[Channel]:
    """Channels shown anywhere in the map, in the enum's order."""
    used: set[Channel] = set()
    for lane in ctx.doc.lanes:
        used |= lane.channels_shown()
    return [ch for ch in Channel if ch in used]


def curves_with_gaps(ctx: LayoutContext) -> bool:
    """Whether an emotion curve skips a stage between two of its points (drawn as a dotted
    bridge, which the legend then explains)."""
    order = {stage.id: index for index, stage in enumerate(ctx.doc.stages)}
    for lane in ctx.doc.lanes_of(EmotionLane):
        for curve in lane.curves:
            indices = sorted(order[p.stage_id] for p in curve.points if p.stage_id in order)
            if any(b - a > 1 for a, b in zip(indices, indices[1:])):
                return True
    return False


def vote_keys(ctx: LayoutContext, key: Callable[[str, str, str, str], ChipDraft]) -> list[ChipDraft]:
    """What the dots mean (with the session's set-up when known) and the "most voted" ring."""
    doc, locale, style = ctx.doc, ctx.locale, ctx.style
    if not any(card.votes for lane in doc.card_lanes() for card in lane.cards):
        return []
    voting = doc.voting
    if voting is not None and voting.participants:
        people = (word("participants.one", locale) if voting.participants == 1
                  else word("participants.many", locale, n=voting.participants))
        dots = (word("dots.one", locale) if voting.dots_per_participant == 1
                else word("dots.many", locale, n=voting.dots_per_participant))
        text = word("votes_setup", locale, participants=people, dots=dots)
    else:
        text = word("votes", locale)
    top = top_count(doc)
    best = word("most_voted.one", locale) if top == 1 else word("most_voted", locale, n=top)
    return [key(text, "vote", style.vote_color, "legend-votes"),
            key(best, "vote-top", style.vote_color, "legend-most-voted")]


def layout_legend(ctx: LayoutContext, x: float, y: float, width: float) -> LegendBox | None:
    """The legend at (x, y), chips flowing over ``width``; None when there is nothing to explain."""
    style = ctx.style
    locale = ctx.locale
    size = style.legend_size
    entries: list[ChipDraft] = []

    def key(text: str, icon: str, color: str, role: str, icon_width: float | None = None) -> ChipDraft:
        return chip(ctx, text, max_width=width, fill=style.page_background, border=None,
                    ink=style.ink, size=size, icon=icon, icon_color=color, role=role,
                    icon_width=icon_width)

    for channel in used_channels(ctx):
        entries.append(key(channel_label(channel, locale), channel.value,
                           style.kind_colors["touchpoints"].accent, "legend-channel"))
    personas = {p.id: p for p in ctx.doc.personas}
    for lane in ctx.doc.lanes_of(EmotionLane):
        for number, curve in enumerate(lane.curves):
            persona = personas.get(curve.persona_id) if curve.persona_id else None
            color = curve.color or (persona.color if persona else CURVE_PALETTE[number % len(CURVE_PALETTE)])
            name = curve.name.strip() or (persona.name if persona else lane.name)
            variant = word(curve.variant, locale)
            label = name if variant.casefold() in name.casefold() else f"{name} ({variant})"
            icon = "curve-dashed" if curve.variant == "to_be" else "curve-solid"
            entries.append(key(label, icon, color, "legend-curve", icon_width=22.0))
    if curves_with_gaps(ctx):
        entries.append(key(word("no_value", locale), "curve-gap", style.muted_ink, "legend-gap", icon_width=22.0))
    severities: set[tuple[str, str]] = set()
    evidence: set[str] = set()
    moments = False
    for card_lane in ctx.doc.card_lanes():
        for card in card_lane.cards:
            moments = moments or card.moment_of_truth
            if card.evidence is not None:
                evidence.add(str(getattr(card.evidence, "value", card.evidence)))
            if card.severity is not None and card_lane.kind in ("pain_points", "opportunities"):
                severities.add((card_lane.kind, str(card.severity.value)))
    for kind in ("pain_points", "opportunities"):
        for level in ("high", "medium", "low"):
            if (kind, level) in severities:
                entries.append(key(word(f"severity.{kind}.{level}", locale), "severity",
                                   style.severity_colors[level], "legend-severity"))
    if moments:
        entries.append(key(word("moment_of_truth", locale), "star", style.moment_of_truth_color,
                           "legend-moment"))
    cards = [card for card_lane in ctx.doc.card_lanes() for card in card_lane.cards]
    if any(card.fail_point for card in cards):
        entries.append(key(word("fail_point", locale), "severity", style.severity_colors["high"], "legend-fail-point"))
    if any(card.wait_minutes is not None for card in cards):
        entries.append(key(word("wait_legend", locale), "dot", style.muted_ink, "legend-wait"))
    entries.extend(vote_keys(ctx, key))
    for level in ("observed", "reported", "assumed"):
        if level in evidence:
            entries.append(key(word(f"evidence.{level}", locale), evidence_icon(level),
                               EVIDENCE_COLORS[level], "legend-evidence"))
    if not entries:
        return None
    title = ctx.setter.single_line(word("legend", locale), x=x, y=y, width=width, font=style.font_bold,
                                   size=style.lane_name_size, color=style.ink)
    placed, used = flow_chips(ctx, entries, x, title.rect.bottom + 4, width, None, spacing=14.0)
    return LegendBox(Rect(x, y, width, title.rect.h + 4 + used), title, tuple(placed))
