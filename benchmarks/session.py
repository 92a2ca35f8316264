"""A scripted workshop: thousands of random edits with undo/redo, autosaves, saves, reloads.

Used by ``bench_session`` (10,000 edits, figures printed) and by the tests (1,000 edits).
The mix imitates a facilitator at a projector: mostly cards added, typed into (keystroke
by keystroke, merged into one undo step as the editor does), moved and removed, with stage
and lane edits, emotion points and values now and then. Card count drifts around a target,
so a healthy session has a stationary document and must have stationary memory.

After every autosave and save the file is compared byte for byte with the map in memory;
after every reload the session goes on with the *reloaded* document and, as in the editor,
a fresh undo history. The session ends by undoing and redoing its whole history, saving,
and reopening: the file must equal the map in memory.
"""

from __future__ import annotations

import gc
import random
import resource
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypeVar

from journeymap_desktop.editing import (
    AddCard,
    AddLane,
    AddStage,
    Command,
    CommandError,
    EditFields,
    MoveItems,
    MoveLane,
    MoveStage,
    RemoveItems,
    RemoveLane,
    RemoveStage,
    SetEmotionPoint,
    SetStageValue,
)
from journeymap_desktop.io.autosave import Autosave, read_autosave
from journeymap_desktop.io.mapfile import dumps_map, load_map, save_map
from journeymap_desktop.io.templates import new_from_template
from journeymap_desktop.model import (
    Card,
    EmotionLane,
    EngagementLane,
    JourneyMap,
    MetricsLane,
    Stage,
    TextLane,
    make_lane,
)

_L = TypeVar("_L")
_WORDS = ("pago", "envío", "reseñas", "Ñandú", "café", "oferta", "«cita»", "<b>no</b>", "🙂",
          "checkout", "login", "support", "refund", "שלום", "a&b")


class UndoHistory:
    """The editor's QUndoStack, without Qt: push with merging, undo, redo, a size limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.done: list[Command] = []
        self.undone: list[Command] = []

    def push(self, doc: JourneyMap, command: Command) -> None:
        """Do ``command`` and keep it; ``CommandError`` if refused (nothing changed then)."""
        command.do(doc)
        self.undone.clear()
        if self.done and self.done[-1].merge(command):
            return
        self.done.append(command)
        if len(self.done) > self.limit:
            del self.done[0]

    def undo(self, doc: JourneyMap) -> bool:
        if not self.done:
            return False
        command = self.done.pop()
        command.undo(doc)
        self.undone.append(command)
        return True

    def redo(self, doc: JourneyMap) -> bool:
        if not self.undone:
            return False
        command = self.undone.pop()
        command.do(doc)
        self.done.append(command)
        return True


@dataclass
class Checkpoint:
    edits: int
    cards: int
    history: int
    traced_mb: float
    rss_mb: float


@dataclass
class SessionFigures:
    edits: int = 0
    keystrokes: int = 0
    refused: int = 0
    undos: int = 0
    redos: int = 0
    autosaves: int = 0
    saves: int = 0
    reloads: int = 0
    file_bytes: int = 0
    cards: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    checkpoints: list[Checkpoint] = field(default_factory=list)

    def memory_growth_second_half(self) -> float:
        """Traced memory at the end minus at mid-session, in MB (stationary: near zero)."""
        points = self.checkpoints
        return points[-1].traced_mb - points[len(points) // 2].traced_mb


def rss_mb() -> float:
    """Resident memory now (Linux: /proc), else the peak so far."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def workshop_map() -> JourneyMap:
    """The e-commerce template with a text lane, a metrics lane and some cards to start."""
    doc = new_from_template("ecommerce", "es")
    doc.lanes = [*doc.lanes, make_lane("text", "Piensa"), make_lane("metrics", "Visitas", unit="personas")]
    return doc


class Workshop:
    """Random, mostly sensible edits of one map, as a person at a projector makes them."""

    def __init__(self, rnd: random.Random, target_cards: int) -> None:
        self.rnd = rnd
        self.target_cards = target_cards
        self._session = 0
        self.doc = JourneyMap()

    def _text(self) -> str:
        return " ".join(self.rnd.choice(_WORDS) for _ in range(self.rnd.randint(1, 4)))

    def _session_token(self) -> int:
        self._session += 1
        return self._session

    def edits(self, doc: JourneyMap) -> list[Command]:
        """One person action: a list of commands (typing a title is several keystrokes)."""
        rnd = self.rnd
        self.doc = doc
        stages = [s.id for s in doc.stages]
        card_lanes = list(doc.card_lanes())
        cards = [(lane.id, c.id) for lane in card_lanes for c in lane.cards]
        if not stages or not card_lanes:
            return [AddStage(Stage(name=self._text()))] if not stages else \
                [AddLane(make_lane("activities", self._text()))]
        stage = rnd.choice(stages)
        fill = len(cards) / self.target_cards
        actions: list[tuple[float, Callable[[], list[Command]]]] = [
            (30 * max(0.05, 1.5 - fill), lambda: [AddCard(rnd.choice(card_lanes).id, Card(stage_id=stage), rnd.randrange(4))]),
            (25, self._typing(cards)),
            (12, lambda: [MoveItems([rnd.choice(cards)[1]], rnd.choice(card_lanes).id, stage, rnd.randrange(5))] if cards else []),
            (12 * fill, lambda: [RemoveItems(rnd.sample([c for _, c in cards], min(len(cards), rnd.randint(1, 3))))] if cards else []),
            (2, lambda: [EditFields(("stage", stage), {"name": self._text()})]),
            (1 if len(stages) < 12 else 0, lambda: [AddStage(Stage(name=self._text()), rnd.randrange(len(stages) + 1))]),
            (0.3 if len(stages) > 4 else 0, lambda: [RemoveStage(stage)]),
            (1, lambda: [MoveStage(stage, rnd.randrange(len(stages)))]),
            (0.5, lambda: [AddLane(make_lane(rnd.choice(["activities", "pain_points", "text"]), self._text()))] if len(doc.lanes) < 14 else []),
            (0.5, lambda: [RemoveLane(rnd.choice(doc.lanes).id)] if len(doc.lanes) > 8 else []),
            (1, lambda: [MoveLane(rnd.choice(doc.lanes).id, rnd.randrange(len(doc.lanes)))]),
            (6, self._emotion(stage)),
            (5, self._value(stage)),
            (1, lambda: [EditFields(("map",), {"title": self._text()})]),
        ]
        weights = [w for w, _ in actions]
        _, make = rnd.choices(actions, weights)[0]
        return make()

    def _typing(self, cards: list[tuple[str, str]]) -> Callable[[], list[Command]]:
        def make() -> list[Command]:
            if not cards:
                return []
            _, card_id = self.rnd.choice(cards)
            field_name = self.rnd.choice(["title", "body"])
            text = self._text()
            session = self._session_token()
            return [EditFields(("card", card_id), {field_name: text[:n]}, session=session)
                    for n in range(1, len(text) + 1)]
        return make

    def _emotion(self, stage: str) -> Callable[[], list[Command]]:
        def make() -> list[Command]:
            return [SetEmotionPoint(curve.id, stage, score=self.rnd.choice([-2, -1, -0.5, 0, 1, 2]))
                    for lane in self._lanes_of(EmotionLane) for curve in lane.curves[:1]][:1]
        return make

    def _value(self, stage: str) -> Callable[[], list[Command]]:
        def make() -> list[Command]:
            options: list[Command] = []
            for lane in self._lanes_of(EngagementLane):
                options.append(SetStageValue(lane.id, stage, self.rnd.randint(1, 5)))
            for lane in self._lanes_of(MetricsLane):
                options.append(SetStageValue(lane.id, stage, round(self.rnd.uniform(0, 5000), 1)))
            for lane in self._lanes_of(TextLane):
                options.append(SetStageValue(lane.id, stage, self._text()))
            return [self.rnd.choice(options)] if options else []
        return make

    def _lanes_of(self, kind: type[_L]) -> list[_L]:
        return [lane for lane in self.doc.lanes if isinstance(lane, kind)]


def run_session(folder: Path, *, edits: int = 10_000, seed: int = 5, target_cards: int = 300,
                undo_limit: int = 1000, autosave_every: int = 50, save_every: int = 250,
                reload_every: int = 1000, checkpoints: int = 10, trace_memory: bool = True,
                on_checkpoint: Callable[[Checkpoint], None] | None = None) -> tuple[JourneyMap, SessionFigures]:
    """Run the scripted session in ``folder``; raise ``AssertionError`` on any lost work."""
    rnd = random.Random(seed)
    figures = SessionFigures()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "taller.journeymap"
    doc = workshop_map()
    save_map(doc, path)
    history = UndoHistory(undo_limit)
    workshop = Workshop(rnd, target_cards)
    autosave = Autosave(path, folder=folder / "autosave")
    if trace_memory:
        tracemalloc.start()
    started = time.perf_counter()
    step = max(1, edits // checkpoints)
    try:
        while figures.edits < edits:
            roll = rnd.random()
            if roll < 0.06:
                for _ in range(rnd.randint(1, 4)):
                    figures.undos += history.undo(doc)
            elif roll < 0.10:
                for _ in range(rnd.randint(1, 3)):
                    figures.redos += history.redo(doc)
            else:
                commands = workshop.edits(doc)
                if not commands:
                    continue
                for command in commands:
                    try:
                        history.push(doc, command)
                    except CommandError:
                        figures.refused += 1
                        break
                figures.keystrokes += len(commands)
                figures.edits += 1
                if figures.edits % autosave_every == 0:
                    data = dumps_map(doc)
                    figures.autosaves += autosave.write_bytes(doc, data)
                    assert read_autosave(autosave.file)[1] == data, "the autosave differs from the map"
                if figures.edits % save_every == 0:
                    save_map(doc, path)
                    figures.saves += 1
                    autosave.discard()
                    assert path.read_bytes() == dumps_map(doc), "the saved file differs from the map"
                if figures.edits % step == 0:
                    point = _checkpoint(figures.edits, doc, history, trace_memory)
                    figures.checkpoints.append(point)
                    if on_checkpoint:
                        on_checkpoint(point)
                if figures.edits % reload_every == reload_every // 2:
                    # Reopening, as the editor does: the file's map, a fresh undo history.
                    doc = load_map(path)
                    assert dumps_map(doc) == path.read_bytes(), "the reopened map differs from its file"
                    history = UndoHistory(undo_limit)
                    workshop.doc = doc
                    figures.reloads += 1
        # The end of the workshop: undo everything possible, redo it all, save, reopen.
        before = dumps_map(doc)
        while history.undo(doc):
            figures.undos += 1
        while history.redo(doc):
            figures.redos += 1
        assert dumps_map(doc) == before, "undoing and redoing the whole history changed the map"
        save_map(doc, path)
        figures.saves += 1
        autosave.discard()
        reopened = load_map(path)
        assert reopened == doc and dumps_map(reopened) == dumps_map(doc), "the file differs from the map"
    finally:
        if trace_memory:
            tracemalloc.stop()
    figures.seconds = time.perf_counter() - started
    figures.file_bytes = path.stat().st_size
    figures.cards = sum(len(lane.cards) for lane in doc.card_lanes())
    figures.peak_rss_mb = peak_rss_mb()
    assert not autosave.exists(), "a clean save must remove the autosave"
    return doc, figures


def _checkpoint(edits: int, doc: JourneyMap, history: UndoHistory, traced: bool) -> Checkpoint:
    gc.collect()
    current = tracemalloc.get_traced_memory()[0] / 2**20 if traced else 0.0
    cards = sum(len(lane.cards) for lane in doc.card_lanes())
    return Checkpoint(edits, cards, len(history.done), current, rss_mb())
