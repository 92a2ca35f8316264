"""The legend under the grid: the channels used, the curves, severities, moments of truth."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Optional

from journeymap_desktop.layout.boxes import LegendBox, Overflow, Rect
from journeymap_desktop.layout.cards import EVIDENCE_COLORS, evidence_icon
from journeymap_desktop.layout.context import LayoutContext, chip, flow_chips
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.plots import CURVE_PALETTE
from journeymap_desktop.layout.style import Style
from journeymap_desktop.layout.tally import CardTally
from journeymap_desktop.model import Channel, EmotionLane, channel_label


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


#: One legend entry before it is measured: text, icon, icon colour, role, icon width.
LegendSpec = tuple[str, str, str, str, Optional[float]]


def vote_keys(ctx: LayoutContext, tally: CardTally | None = None) -> list[LegendSpec]:
    """What the dots mean (with the session's set-up when known) and the "most voted" ring."""
    doc, locale, style = ctx.doc, ctx.locale, ctx.style
    if not (tally or CardTally.of(doc)).has("votes"):
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
    entries: list[LegendSpec] = [(text, "vote", style.vote_color, "legend-votes", None)]
    # The ring's count is the cards it is on (the top ranks among those with dots, ties
    # included), not the set-up's "top 3": two voted cards are "the 2 most voted".
    ringed = len(ctx.most_voted)
    if ringed:
        best = word("most_voted.one", locale) if ringed == 1 else word("most_voted", locale, n=ringed)
        entries.append((best, "vote-top", style.vote_color, "legend-most-voted", None))
    return entries


def legend_keys(ctx: LayoutContext, tally: CardTally | None = None) -> tuple[LegendSpec, ...]:
    """What the legend explains, in its order: one pass over the lanes and curves, and none
    over the cards (their features come from ``tally``, counted per cell; counted here when
    not given)."""
    style = ctx.style
    locale = ctx.locale
    doc = ctx.doc
    tally = tally if tally is not None else CardTally.of(doc)
    entries: list[LegendSpec] = []
    card_lanes = {id(lane) for lane in doc.card_lanes()}
    used: set[Channel] = {key[1] for key in tally.totals if isinstance(key, tuple) and key[0] == "channel"}
    for lane in doc.lanes:
        if id(lane) not in card_lanes:
            used |= lane.channels_shown()
    for channel in Channel:
        if channel in used:
            entries.append((channel_label(channel, locale), channel.value,
                            style.kind_colors["touchpoints"].accent, "legend-channel", None))
    personas = {p.id: p for p in doc.personas}
    for lane in doc.lanes_of(EmotionLane):
        for number, curve in enumerate(lane.curves):
            persona = personas.get(curve.persona_id) if curve.persona_id else None
            color = curve.color or (persona.color if persona else CURVE_PALETTE[number % len(CURVE_PALETTE)])
            name = curve.name.strip() or (persona.name if persona else lane.name)
            variant = word(curve.variant, locale)
            label = name if variant.casefold() in name.casefold() else f"{name} ({variant})"
            icon = "curve-dashed" if curve.variant == "to_be" else "curve-solid"
            entries.append((label, icon, color, "legend-curve", 22.0))
    if curves_with_gaps(ctx):
        entries.append((word("no_value", locale), "curve-gap", style.muted_ink, "legend-gap", 22.0))
    for kind in ("pain_points", "opportunities"):
        for level in ("high", "medium", "low"):
            if tally.has(("severity", kind, level)):
                entries.append((word(f"severity.{kind}.{level}", locale), "severity",
                                style.severity_colors[level], "legend-severity", None))
    if tally.has("moment"):
        entries.append((word("moment_of_truth", locale), "star", style.moment_of_truth_color,
                        "legend-moment", None))
    if tally.has("fail_point"):
        entries.append((word("fail_point", locale), "severity", style.severity_colors["high"],
                        "legend-fail-point", None))
    if tally.has("wait"):
        entries.append((word("wait_legend", locale), "dot", style.muted_ink, "legend-wait", None))
    entries.extend(vote_keys(ctx, tally))
    for level in ("observed", "reported", "assumed"):
        if tally.has(("evidence", level)):
            entries.append((word(f"evidence.{level}", locale), evidence_icon(level),
                            EVIDENCE_COLORS[level], "legend-evidence", None))
    return tuple(entries)


@dataclass(frozen=True)
class _Placed:
    """A legend laid out, with what laying it out told the text setter (replayed on reuse)."""

    style: Style
    box: LegendBox
    missing: frozenset[str]
    overflows: tuple[Overflow, ...]


#: Legends laid out lately, by (entries, x, y, width, locale, id(style), type(setter)):
#: typing into a card lays out the same legend again and again.
_placed: OrderedDict[tuple[object, ...], _Placed] = OrderedDict()
_PLACED_KEPT = 8


def layout_legend(ctx: LayoutContext, x: float, y: float, width: float,
                  tally: CardTally | None = None) -> LegendBox | None:
    """The legend at (x, y), chips flowing over ``width``; None when there is nothing to explain.

    ``tally`` (the layout's card counts) saves reading every card; the placed legend is
    reused while its entries, place, language and style are the same."""
    specs = legend_keys(ctx, tally)
    if not specs:
        return None
    style = ctx.style
    setter = ctx.setter
    key = (specs, x, y, width, ctx.locale, id(style), type(setter))
    known = _placed.get(key)
    if known is not None and known.style is style:
        _placed.move_to_end(key)
        setter.measure.missing.update(known.missing)
        setter.overflows.extend(known.overflows)
        return known.box
    before = len(setter.overflows)
    entries = [chip(ctx, text, max_width=width, fill=style.page_background, border=None, ink=style.ink,
                    size=style.legend_size, icon=icon, icon_color=color, role=role, icon_width=icon_width)
               for text, icon, color, role, icon_width in specs]
    title = setter.single_line(word("legend", ctx.locale), x=x, y=y, width=width, font=style.font_bold,
                               size=style.lane_name_size, color=style.ink)
    placed, used = flow_chips(ctx, entries, x, title.rect.bottom + 4, width, None, spacing=14.0)
    box = LegendBox(Rect(x, y, width, title.rect.h + 4 + used), title, tuple(placed))
    texts = {ch for spec in specs for ch in spec[0]} | set(word("legend", ctx.locale))
    _placed[key] = _Placed(style, box, frozenset(texts & setter.measure.missing),
                           tuple(setter.overflows[before:]))
    while len(_placed) > _PLACED_KEPT:
        _placed.popitem(last=False)
    return box
