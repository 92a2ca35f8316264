"""One card's box: accent strip, bold title, body, and a row of chips (channel, severity, tags)."""

from __future__ import annotations

from journeymap_desktop.layout.boxes import CardBox, ChipBox, Overflow, Rect, TextBlock, VotesBox, new_card_box, new_rect
from journeymap_desktop.layout.context import CardPaint, ChipDraft, LayoutContext, chip, flow_chips
from journeymap_desktop.layout.labels import word
from journeymap_desktop.layout.style import Style, mix, readable_ink
from journeymap_desktop.model import Card, Channel, channel_label
from journeymap_desktop.model.channels import CHANNEL_IS_ONLINE
from journeymap_desktop.model.lanes import LaneKind

STAR_SIZE = 11.0
#: The evidence marks, shape and colour both telling the level (prints in black and white):
#: a filled dot (observed), a half-filled one (reported), a hollow one (assumed).
EVIDENCE_COLORS = {"observed": "#2b8a3e", "reported": "#1c6fb8", "assumed": "#c2410c"}
#: Lane kinds as the strings cards are laid out with (an enum's ``.value`` is a property call).
TOUCHPOINTS = LaneKind.TOUCHPOINTS.value
ACTIVITIES = LaneKind.ACTIVITIES.value
RATED_KINDS = (LaneKind.PAIN_POINTS.value, LaneKind.OPPORTUNITIES.value)


def evidence_icon(level: str) -> str:
    """The icon name both renderers draw for an evidence level."""
    return f"evidence-{level}"


def card_chips(ctx: LayoutContext, card: Card, kind: str, max_width: float) -> list[ChipDraft]:
    """The chips a card shows, unplaced: channel badge, severity, then its tags.

    The chips every map repeats (channels, severities, tags) are measured once per layout and
    found again by what decides them (:attr:`LayoutContext.memo`); the rarer ones go through
    :func:`~.context.chip`, which caches by all its arguments.
    """
    style = ctx.style
    locale = ctx.locale
    memo = ctx.memo
    chips: list[ChipDraft] = []
    if card.evidence is not None:
        level = str(getattr(card.evidence, "value", card.evidence))
        chips.append(chip(ctx, "", max_width=max_width, fill=style.chip_fill, border=None,
                          ink=style.ink, icon=evidence_icon(level), icon_color=EVIDENCE_COLORS[level],
                          role="evidence"))
    if kind == TOUCHPOINTS:
        if card.channel is not None:
            key: tuple[object, ...] = ("channel", card.channel, card.online, card.device, max_width)
            draft = memo.get(key)
            if draft is None:
                draft = memo[key] = _channel_chip(ctx, card, max_width)
            chips.append(draft)
        elif card.online is not None:
            chips.append(
                chip(ctx, word("online" if card.online else "offline", locale),
                     max_width=max_width, fill=style.chip_fill, border=style.chip_border, ink=style.ink,
                     role="channel")
            )
    if card.severity is not None and kind in RATED_KINDS:
        key = ("severity", kind, card.severity, max_width)
        draft = memo.get(key)
        if draft is None:
            draft = memo[key] = _severity_chip(ctx, card, kind, max_width)
        chips.append(draft)
    if card.fail_point:
        color = style.severity_colors["high"]
        chips.append(chip(ctx, word("fail_point", locale), max_width=max_width, fill=color, border=None,
                          ink=readable_ink(color), icon="severity", icon_color=readable_ink(color),
                          role="fail-point", bold=True))
    if card.wait_minutes is not None:
        chips.append(chip(ctx, word("wait", locale, minutes=duration(card.wait_minutes)), max_width=max_width,
                          fill=style.chip_fill, border=style.chip_border, ink=style.ink, role="wait"))
    owner = card.owner.strip() if card.owner else ""
    if card.status is not None or owner:
        # Where the follow-up stands and who owns it, in one chip: "Planned · Marketing".
        parts = [word(f"status.{card.status.value}", locale)] if card.status is not None else []
        parts += [owner] if owner else []
        chips.append(chip(ctx, " · ".join(parts), max_width=max_width, fill=style.chip_fill,
                          border=style.chip_border, ink=style.ink, role="status", bold=True))
    if card.impact is not None and card.effort is not None:
        chips.append(chip(ctx, word("impact_effort", locale, impact=card.impact, effort=card.effort),
                          max_width=max_width, fill=style.chip_fill, border=style.chip_border, ink=style.ink,
                          role="priority"))
    if card.actor or card.system:
        for role, value in (("actor", card.actor), ("system", card.system)):
            if value.strip():  # a blueprint card's actor or role, and its system
                chips.append(chip(ctx, f"{word(role, locale)}: {value.strip()}", max_width=max_width,
                                  fill=style.chip_fill, border=style.chip_border, ink=style.ink, role=role))
    for tag in card.tags:
        key = ("tag", tag, max_width)
        draft = memo.get(key)
        if draft is None:
            if not tag.strip() or tag.startswith("ojf-"):  # ojf-node:, ojf-text: are bookkeeping for .ojf
                continue
            draft = memo[key] = chip(ctx, "#" + " ".join(tag.split()), max_width=max_width, fill=style.chip_fill,
                                     border=style.chip_border, ink=style.muted_ink, role="tag")
        chips.append(draft)
    return chips


def _channel_chip(ctx: LayoutContext, card: Card, max_width: float) -> ChipDraft:
    """A touchpoint's channel badge: "Web · phone · online"."""
    style = ctx.style
    assert card.channel is not None
    channel = Channel(card.channel)
    online = card.online if card.online is not None else CHANNEL_IS_ONLINE.get(channel, False)
    parts = [channel_label(channel, ctx.locale)]
    if card.device.strip():
        parts.append(card.device.strip())
    parts.append(word("online" if online else "offline", ctx.locale))
    return chip(ctx, " · ".join(parts), max_width=max_width, fill=style.chip_fill,
                border=style.chip_border, ink=style.ink, icon=channel.value,
                icon_color=style.kind_colors[TOUCHPOINTS].accent, role="channel")


def _severity_chip(ctx: LayoutContext, card: Card, kind: str, max_width: float) -> ChipDraft:
    """A pain point's severity or an opportunity's impact, on the severity's colour."""
    style = ctx.style
    assert card.severity is not None
    severity = str(card.severity.value if hasattr(card.severity, "value") else card.severity)
    color = style.severity_colors.get(severity, style.muted_ink)
    return chip(ctx, word(f"severity.{kind}.{severity}", ctx.locale), max_width=max_width,
                fill=color, border=None, ink=readable_ink(color), icon="severity",
                icon_color=readable_ink(color), role="severity", bold=True)


def duration(minutes: int) -> str:
    """Minutes as people write them: "45 min", "1 h 30 min", "2 h"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def layout_card(
    ctx: LayoutContext, card: Card, kind: str, lane_id: str, x: float, y: float, width: float, index: int
) -> tuple[CardBox, list[Overflow]]:
    """Lay out ``card`` with its top-left at (x, y) and the given width; height grows to fit."""
    style = ctx.style
    setter = ctx.setter
    before = len(setter.overflows)
    paint = ctx.paints.get((kind, card.color))
    if paint is None:
        paint = ctx.paints[(kind, card.color)] = card_paint(style, kind, card.color)
    accent, fill, border, ink, muted = paint
    pad = style.card_padding
    inner_x = x + style.card_accent_width + pad
    inner_w = max(10.0, width - style.card_accent_width - 2 * pad)
    cy = y + pad
    star = None
    title_w = inner_w
    if card.moment_of_truth:
        star = new_rect((x + width - pad - STAR_SIZE, y + pad - 1, STAR_SIZE, STAR_SIZE))
        title_w = max(10.0, inner_w - STAR_SIZE - 4)
    title: TextBlock | None = None
    body: TextBlock | None = None
    title_leading = style.leading(style.card_title_size)
    title_text = card.title.strip()
    if title_text:
        title = setter.block(title_text, x=inner_x, y=cy, width=title_w, font=style.font_bold,
                             size=style.card_title_size, color=ink,
                             max_lines=style.card_title_max_lines,
                             leading=title_leading, owner=(card.id, "title"))
        cy = title.rect.bottom
    elif star is not None:
        cy += STAR_SIZE - 2
    body_text = card.body.strip()
    if body_text:
        if title is not None:
            cy += 2
        body = setter.block(body_text, x=inner_x, y=cy, width=inner_w if title else title_w,
                            font=style.font, size=style.card_body_size, color=muted,
                            max_lines=style.card_body_max_lines,
                            leading=style.leading(style.card_body_size), owner=(card.id, "body"))
        cy = body.rect.bottom
    chips = card_chips(ctx, card, kind, inner_w)
    placed: list[ChipBox] = []
    if chips:
        cy += 5
        placed, used = flow_chips(ctx, chips, inner_x, cy, inner_w, style.max_tags_rows)
        if len(placed) < len(chips):
            setter.overflows.append(Overflow(card.id, "tags", len(placed), len(chips)))
        cy += used
    votes = None
    if card.votes > 0:
        cy += 5
        votes = layout_votes(ctx, card, inner_x, cy, inner_w)
        cy = votes.rect.bottom
    height = max(cy + pad - y, 2 * pad + title_leading)
    box = new_card_box((card.id, lane_id, card.stage_id, new_rect((x, y, width, height)), fill, border, accent,
                        new_rect((x, y, style.card_accent_width, height)), title, body, tuple(placed), star, index,
                        votes))
    return box, setter.overflows[before:]


def card_paint(style: Style, kind: str, color: str | None) -> CardPaint:
    """A card's colours in a lane of ``kind``: (accent, fill, border, ink, muted ink).

    The card's own colour, if it has one, fills it; otherwise the kind's. A layout asks once
    per kind and colour (:attr:`LayoutContext.paints`).
    """
    colors = style.kind_colors.get(kind) or style.kind_colors[ACTIVITIES]
    if color:
        fill = color
        border = mix(color, "#000000", 0.18)
    else:
        fill, border = colors.fill, colors.border
    ink = readable_ink(fill, dark=style.ink)
    muted = readable_ink(fill, dark=style.muted_ink, light="#f5f7fa")
    return colors.accent, fill, border, ink, muted


def layout_votes(ctx: LayoutContext, card: Card, x: float, y: float, width: float) -> VotesBox:
    """A row of dot-vote stickers and the count, as wide as fits ``width``.

    Up to ``style.vote_dots_max`` dots are drawn (fewer on a narrow card); the count beside
    them always tells the whole number.
    """
    style = ctx.style
    size = style.vote_dot_size
    gap = size * 0.35
    count_text = str(card.votes)
    top = card.id in ctx.most_voted
    font = style.font_bold
    text_w = ctx.setter.text_width(count_text, font, style.vote_count_size)
    height = max(size, style.leading(style.vote_count_size))
    badge_w = text_w + height * 0.8
    room = max(0.0, width - badge_w - gap)
    shown = min(card.votes, style.vote_dots_max, int((room + gap) // (size + gap)))
    dot_y = y + (height - size) / 2
    dots = tuple(Rect(x + i * (size + gap), dot_y, size, size) for i in range(shown))
    badge_x = x + shown * (size + gap)
    badge = Rect(badge_x, y, badge_w, height)
    leading = style.leading(style.vote_count_size)
    ink = readable_ink(style.vote_color) if top else style.vote_color
    count = ctx.setter.single_line(count_text, x=badge_x + (badge_w - text_w) / 2, y=y + (height - leading) / 2,
                                   width=text_w + 1, font=font, size=style.vote_count_size, color=ink)
    return VotesBox(Rect(x, y, width, height), dots, badge, count, card.votes, style.vote_color, top)
