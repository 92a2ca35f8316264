"""What each lane class writes to and reads from the cards spreadsheet: one row per class.

Writing: a lane's declaration row may carry more (a metrics lane's unit), some lanes add
rows right after their declaration (an emotion lane's curves), and every lane writes its
content rows. Reading: a content row (it names a lane and a stage) goes to its lane's
reader, which checks the cells it needs and stores the entry. :mod:`.csv_cards` does the
rest (the file, the header, stages, lanes, ids, reports).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol, TypeVar

from journeymap_desktop.io.csv_table import (
    CURVE_ROW,
    EVIDENCE_WORDS,
    ROW_KIND_WORDS,
    SEVERITY_WORDS,
    STATUS_WORDS,
    VARIANT_WORDS,
    YES,
    read_channels,
    read_evidence,
    read_flag,
    read_minutes,
    read_number,
    read_rating,
    read_severity,
    read_status,
    read_tags,
    write_channels,
    write_number,
    write_tags,
)
from journeymap_desktop.model.elements import Card, Stage
from journeymap_desktop.model.votes import MAX_VOTES
from journeymap_desktop.model.lanes import (
    EMOTION_MAX,
    EMOTION_MIN,
    ENGAGEMENT_MAX,
    ENGAGEMENT_MIN,
    CardLane,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EmotionPoint,
    EngagementLane,
    MetricsLane,
    StageValueLane,
    StoryboardLane,
    TextLane,
)
from journeymap_desktop.model.registry import LaneTable

T = TypeVar("T")
Row = dict[str, str]


@dataclass
class WriteContext:
    """What writing rows needs besides the lane: words, stage names, number format."""

    lang: str
    stage_of: dict[str, str]
    decimal_comma: bool
    #: The ``lane`` and ``kind`` cells every content row of the lane starts with.
    base: Row = field(default_factory=dict)

    def number(self, value: float) -> str:
        return write_number(value, self.decimal_comma)

    def stage(self, stage_id: str) -> str:
        return self.stage_of.get(stage_id, "")


class RowReader(Protocol):
    """The importer's view of the current row (see ``csv_cards._Builder``)."""

    #: What the rows made so far, by kind of thing ("cards", "texts", "emotions"…).
    counts: Counter[str]
    captions: dict[str, str]
    skipped_captions: int

    def cell(self, key: str) -> str: ...

    def short(self, text: str, key: str) -> str: ...

    def parsed(self, key: str, reader: Callable[[str], T]) -> T | None: ...

    def fail(self, key: str | None, reason: str, **details: object) -> None: ...

    def fresh_id(self, prefix: str, *, from_row: bool = True) -> str: ...

    def color(self) -> str | None: ...


@dataclass(frozen=True)
class CsvLane:
    """One lane class's part of the spreadsheet."""

    #: Content rows of the lane (each gets ``ctx.base`` first).
    rows: Callable[[Any, WriteContext], Iterable[Row]]
    #: Reads one content row of the lane in a stage.
    read: Callable[[RowReader, Any, Stage], None]
    #: More cells of the lane's declaration row.
    declaration: Callable[[Any], Row] = lambda lane: {}
    #: Rows right after the declaration (an emotion lane's curves).
    declared_rows: Callable[[Any, str, WriteContext], Iterable[Row]] = lambda lane, name, ctx: ()
    #: Cells of the declaration row read back into the lane.
    read_declaration: Callable[[RowReader, Any], None] = lambda reader, lane: None


# ------------------------------------------------------------------------------ cards


def _card_rows(lane: CardLane, ctx: WriteContext) -> Iterable[Row]:
    yes = YES[ctx.lang]
    for card in lane.cards:
        yield {
            **ctx.base, "stage": ctx.stage(card.stage_id), "title": card.title, "body": card.body,
            "tags": write_tags(card.tags),
            "channel": write_channels([card.channel], ctx.lang) if card.channel else "",
            "device": card.device,
            "online": "" if card.online is None else (yes if card.online else "no"),
            "severity": SEVERITY_WORDS[ctx.lang][card.severity] if card.severity else "",
            "moment_of_truth": yes if card.moment_of_truth else "",
            "votes": str(card.votes) if card.votes else "",
            "evidence": EVIDENCE_WORDS[ctx.lang][card.evidence] if card.evidence else "",
            "color": card.color or "", "id": card.id,
            "actor": card.actor, "system": card.system, "fail_point": yes if card.fail_point else "",
            "wait_minutes": "" if card.wait_minutes is None else str(card.wait_minutes),
            "owner": card.owner, "status": STATUS_WORDS[ctx.lang][card.status] if card.status else "",
            "impact": "" if card.impact is None else str(card.impact),
            "effort": "" if card.effort is None else str(card.effort),
        }


def _read_card(reader: RowReader, lane: CardLane, stage: Stage) -> None:
    channels = reader.parsed("channel", read_channels) or []
    if len(channels) > 1:
        reader.fail("channel", "csv_one_channel")
    fields: dict[str, Any] = {
        "id": reader.fresh_id("card"), "stage_id": stage.id, "title": reader.cell("title"),
        "body": reader.cell("body"), "tags": [reader.short(tag, "tags") for tag in reader.parsed("tags", read_tags) or []],
        "channel": channels[0] if channels else None, "device": reader.cell("device"),
        "online": reader.parsed("online", read_flag), "severity": reader.parsed("severity", read_severity),
        "moment_of_truth": bool(reader.parsed("moment_of_truth", read_flag)), "color": reader.color(),
        "votes": _read_votes(reader),
        "evidence": reader.parsed("evidence", read_evidence),
        "actor": reader.cell("actor"), "system": reader.cell("system"),
        "fail_point": bool(reader.parsed("fail_point", read_flag)),
        "wait_minutes": reader.parsed("wait_minutes", read_minutes),
        "owner": reader.cell("owner"), "status": reader.parsed("status", read_status),
        "impact": reader.parsed("impact", read_rating), "effort": reader.parsed("effort", read_rating),
    }
    lane.cards.append(Card(**fields))
    reader.counts["cards"] += 1


def _read_votes(reader: RowReader) -> int:
    """A card's dot votes: empty is none, else a whole number 0..100,000."""
    text = reader.cell("votes")
    if not text:
        return 0
    number = reader.parsed("votes", read_number)
    if number is None:
        return 0
    if number != int(number) or not 0 <= number <= MAX_VOTES:
        reader.fail("votes", "csv_votes", text=text, limit=MAX_VOTES)
        return 0
    return int(number)


# ------------------------------------------------------------------------------ storyboard


def _frame_rows(lane: StoryboardLane, ctx: WriteContext) -> Iterable[Row]:
    return ({**ctx.base, "stage": ctx.stage(f.stage_id), "title": f.caption, "id": f.id} for f in lane.frames)


def _read_caption(reader: RowReader, lane: StoryboardLane, stage: Stage) -> None:
    """A picture cannot come from a CSV: its caption is kept for a merge into a map that has it."""
    frame_id = reader.cell("id")
    if frame_id:
        reader.captions[frame_id] = reader.cell("title")
    reader.skipped_captions += 1


# ------------------------------------------------------------------------------ emotion


def _curve_declarations(lane: EmotionLane, name: str, ctx: WriteContext) -> Iterable[Row]:
    for curve in lane.curves:
        yield {"lane": name, "kind": ROW_KIND_WORDS[ctx.lang][CURVE_ROW], "curve": curve.name,
               "variant": VARIANT_WORDS[ctx.lang][curve.variant], "color": curve.color or "", "id": curve.id}


def _point_rows(lane: EmotionLane, ctx: WriteContext) -> Iterable[Row]:
    for curve in lane.curves:
        for point in curve.points:
            yield {**ctx.base, "stage": ctx.stage(point.stage_id), "title": point.label,
                   "score": ctx.number(point.score), "curve": curve.name, "id": curve.id}


def _read_point(reader: RowReader, lane: EmotionLane, stage: Stage) -> None:
    if not reader.cell("score"):
        reader.fail("score", "csv_no_score")
        return
    score = reader.parsed("score", read_number)
    if score is None:
        return
    if not EMOTION_MIN <= score <= EMOTION_MAX:
        reader.fail("score", "csv_score_range", score=f"{score:g}")
        return
    curve_id, name = reader.cell("id"), reader.cell("curve")
    curve = next((c for c in lane.curves if curve_id and c.id == curve_id), None) or next(
        (c for c in lane.curves if c.name.casefold() == name.casefold()), None)
    if curve is None:
        curve = EmotionCurve(id=reader.fresh_id("curve"), name=name)
        lane.curves.append(curve)
    if any(point.stage_id == stage.id for point in curve.points):
        reader.fail("stage", "csv_point_twice", curve=curve.name, stage=stage.name)
        return
    curve.points.append(EmotionPoint(stage_id=stage.id, score=score, label=reader.cell("title")))
    reader.counts["emotions"] += 1


# ------------------------------------------------------------------------------ one value per stage


def _store(reader: RowReader, lane: StageValueLane, stage: Stage, value: Any) -> None:
    if lane.entry(stage.id) is not None:
        reader.fail("stage", "csv_value_twice", lane=lane.name, stage=stage.name)
        return
    lane.stage_entries().append(lane.make_entry(stage.id, value))
    reader.counts[_COUNTED[type(lane)]] += 1


#: What a one-value-per-stage lane's entry is called in the import report (csv_cards.HOLDS_WORDS).
_COUNTED: dict[type[StageValueLane], str] = {
    EngagementLane: "engagement", MetricsLane: "figures", TextLane: "texts", ChannelsLane: "channels",
}


def _engagement_rows(lane: EngagementLane, ctx: WriteContext) -> Iterable[Row]:
    return ({**ctx.base, "stage": ctx.stage(v.stage_id), "value": str(v.level)} for v in lane.values)


def _read_engagement(reader: RowReader, lane: EngagementLane, stage: Stage) -> None:
    level = reader.parsed("value", read_number)
    if level is None or level != int(level) or not ENGAGEMENT_MIN <= level <= ENGAGEMENT_MAX:
        reader.fail("value", "csv_engagement")
        return
    _store(reader, lane, stage, int(level))


def _metric_rows(lane: MetricsLane, ctx: WriteContext) -> Iterable[Row]:
    return ({**ctx.base, "stage": ctx.stage(v.stage_id), "value": ctx.number(v.value), "unit": lane.unit}
            for v in lane.values)


def _read_metric(reader: RowReader, lane: MetricsLane, stage: Stage) -> None:
    value = reader.parsed("value", read_number)
    if value is None:
        reader.fail("value", "csv_metric")
        return
    if reader.cell("unit"):
        lane.unit = reader.cell("unit")
    _store(reader, lane, stage, value)


def _read_unit(reader: RowReader, lane: MetricsLane) -> None:
    if reader.cell("unit"):
        lane.unit = reader.cell("unit")


def _text_rows(lane: TextLane, ctx: WriteContext) -> Iterable[Row]:
    return ({**ctx.base, "stage": ctx.stage(t.stage_id), "body": t.text} for t in lane.texts)


def _read_text(reader: RowReader, lane: TextLane, stage: Stage) -> None:
    _store(reader, lane, stage, reader.cell("body") or reader.cell("title"))


def _channel_rows(lane: ChannelsLane, ctx: WriteContext) -> Iterable[Row]:
    return ({**ctx.base, "stage": ctx.stage(e.stage_id), "channel": write_channels(e.channels, ctx.lang)}
            for e in lane.entries)


def _read_channels(reader: RowReader, lane: ChannelsLane, stage: Stage) -> None:
    _store(reader, lane, stage, reader.parsed("channel", read_channels) or [])


#: Each lane class's rows of the spreadsheet.
CSV_LANES: LaneTable[CsvLane] = LaneTable("csv", {
    CardLane: CsvLane(_card_rows, _read_card),
    StoryboardLane: CsvLane(_frame_rows, _read_caption),
    EmotionLane: CsvLane(_point_rows, _read_point, declared_rows=_curve_declarations),
    EngagementLane: CsvLane(_engagement_rows, _read_engagement),
    MetricsLane: CsvLane(_metric_rows, _read_metric, declaration=lambda lane: {"unit": lane.unit},
                         read_declaration=_read_unit),
    TextLane: CsvLane(_text_rows, _read_text),
    ChannelsLane: CsvLane(_channel_rows, _read_channels),
})
