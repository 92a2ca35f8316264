"""What every importer shares: ids, the model's text limits, lane kinds and the report.

The .ojf importer (:mod:`.ojf`) and the CSV importer (:mod:`.csv_cards`) build a new map
from someone else's data, and both must do four things the same way, or a person sees two
different tools: keep the file's ids when they can and make fresh ones when they cannot
(:class:`IdClaims`, also used by the merge planner), cut texts longer than a map holds and
say which and where (never a silent loss), guess a lane's kind from its name and content,
and tell all of it in a two-language :class:`~.report.Report`. :class:`ImportContext`
holds these for one import; the importers keep only what their format means.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Collection, Iterable, NamedTuple

from journeymap_desktop.io.lane_names import kind_from_name
from journeymap_desktop.io.problems import Reasoned
from journeymap_desktop.io.report import Report, plural
from journeymap_desktop.model.base import LONG_MAX, SHORT_MAX
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.ids import ID_PATTERN, new_id
from journeymap_desktop.model.lanes import LaneKind, lane_kind
from journeymap_desktop.model.numbers import grouped

_ID_RE = re.compile(ID_PATTERN)
#: How many places of cut texts the report names before "and N more".
CUTS_NAMED = 5
#: Where a text was: one place for both languages (a JSON path) or (English, Spanish).
Where = str | tuple[str, str]


class IdClaims:
    """The ids a map being built already uses: a wanted id is kept when it is a valid id
    nobody has yet, else the part gets a fresh one. Ids from a file are kept because
    comments, merges and the next export refer to them."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken: set[str] = set(taken)

    def __contains__(self, wanted: object) -> bool:
        return wanted in self.taken

    def refusal(self, wanted: str, other: str = "another part") -> Reasoned | None:
        """Why ``wanted`` cannot be kept, as a reason an importer reports, or None."""
        if not _ID_RE.match(wanted):
            return Reasoned("bad_id", id=wanted)
        if wanted in self.taken:
            return Reasoned("id_taken", id=wanted, other=other)
        return None

    def problem(self, wanted: str, other: str = "another part") -> str | None:
        """Why ``wanted`` cannot be kept, in English, or None."""
        refused = self.refusal(wanted, other)
        return None if refused is None else str(refused)

    def take(self, wanted: str) -> bool:
        """Claim ``wanted`` when it may be kept; False (nothing claimed) when not."""
        if self.problem(wanted) is not None:
            return False
        self.taken.add(wanted)
        return True

    def fresh(self, prefix: str) -> str:
        """A new id such as ``card-5f3a9c2e1b7d``, claimed."""
        made = new_id(prefix)
        while made in self.taken:  # 48 random bits: never in practice, but cheap to be sure
            made = new_id(prefix)
        self.taken.add(made)
        return made

    def claim(self, wanted: str | None, prefix: str) -> str:
        """``wanted`` when it may be kept, else a fresh id with ``prefix``."""
        return wanted if wanted and self.take(wanted) else self.fresh(prefix)

    def release(self, old: str) -> None:
        """A part gave up ``old`` (it took another id): another part may have it."""
        self.taken.discard(old)


@dataclass(frozen=True)
class Cut:
    """A text longer than the map holds, cut short: where it was and how long."""

    where: Where
    length: int
    limit: int

    def place(self, lang: str) -> str:
        where = self.where if isinstance(self.where, str) else self.where[lang == "es"]
        length, limit = grouped(self.length, lang), grouped(self.limit, lang)
        if lang == "es":
            return f"{where} ({length} caracteres, caben {limit})"
        return f"{where} ({length} characters, {limit} fit)"


class KindGuess(NamedTuple):
    """A lane's kind and why (a key of :data:`KIND_REASONS`), for the report."""

    kind: LaneKind
    why: str


#: Why a lane got its kind, said in the report: "became a lane of pain points (by its name)".
KIND_REASONS: dict[str, dict[str, str]] = {
    "en": {
        "extension": "as JourneyMap wrote it", "like": "as in the map it is merged into",
        "name": "by its name", "purpose": "by the purpose of most of its nodes",
        "scores": "its rows have scores", "default": "no hint in its name or content, the default",
        "emotion-unscored": "its name sounds emotional but its nodes have no scores",
    },
    "es": {
        "extension": "como lo escribió JourneyMap", "like": "como en el mapa en el que se fusiona",
        "name": "por su nombre", "purpose": "por el propósito de la mayoría de sus nodos",
        "scores": "sus filas tienen puntuación",
        "default": "sin pistas en su nombre ni en su contenido, el tipo por defecto",
        "emotion-unscored": "su nombre suena a emociones pero sus nodos no tienen puntuación",
    },
}


def kind_reason(why: str, lang: str = "en") -> str:
    """The words for a :class:`KindGuess` reason in ``lang``."""
    return KIND_REASONS["es" if lang == "es" else "en"][why]


class ImportContext:
    """One import's shared state: ids claimed, texts cut, and the report being written."""

    def __init__(self, *, like: JourneyMap | None = None, report: Report | None = None) -> None:
        self.report = report if report is not None else Report()
        self.ids = IdClaims()
        #: The map the import will be merged into: its lanes lend their kinds by name.
        self.like = like
        self.cuts: list[Cut] = []
        #: One-line texts whose tabs and line breaks became single spaces.
        self.flattened = 0

    def say(self, en: str, es: str) -> None:
        """Add a sentence to the report (the same fact in English and Spanish)."""
        self.report.say(en, es)

    # -- ids --

    def claim(self, wanted: str | None, prefix: str) -> str:
        """The file's id when it may be kept, else a fresh one (see :class:`IdClaims`)."""
        return self.ids.claim(wanted, prefix)

    # -- texts --

    def clamp(self, text: str, limit: int, where: Where) -> str:
        """``text`` when it fits ``limit``, else cut to it with a final '…' and remembered
        (once per place: an importer may read one cell twice)."""
        if len(text) <= limit:
            return text
        if not any(cut.where == where for cut in self.cuts):
            self.cuts.append(Cut(where, len(text), limit))
        return text[: limit - 1] + "…"

    def short(self, text: str, where: Where) -> str:
        """A title, name or tag: at most :data:`SHORT_MAX` characters."""
        return self.clamp(text, SHORT_MAX, where)

    def long(self, text: str, where: Where) -> str:
        """A body or description: at most :data:`LONG_MAX` characters."""
        return self.clamp(text, LONG_MAX, where)

    def one_line(self, text: str, where: Where) -> str:
        """A one-line text (title, name): runs of tabs and line breaks become one space, the
        ends are trimmed, and it is clamped like :meth:`short`."""
        if any(c in text for c in "\n\r\t\v\f"):
            joined = " ".join(text.split())
            if joined != text.strip():
                self.flattened += 1
            text = joined
        else:
            text = text.strip()
        return self.short(text, where)

    # -- lane kinds --

    def like_kind(self, name: str) -> LaneKind | None:
        """The kind of the lane of that name in the map merged into, if any."""
        if self.like is None:
            return None
        key = name.strip().casefold()
        return next((lane_kind(lane) for lane in self.like.lanes if lane.name.strip().casefold() == key), None)

    def guess_kind(self, name: str, *, scored: bool | None = None, votes: Iterable[LaneKind] = (),
                   named: Collection[LaneKind] | None = None, scores_mean_emotion: bool = False) -> KindGuess:
        """The kind a lane called ``name`` most likely is, and why.

        In order: the lane of that name in the map merged into; the name ("Pain points",
        "Emociones"), when it names one of ``named`` (any kind by default) — an emotional
        name only when ``scored`` is not False, as a curve needs scores; the kind most of
        ``votes`` (what each item suggests, ties to the first met) say; emotion when
        ``scored`` and ``scores_mean_emotion``; else activities.
        """
        like = self.like_kind(name)
        if like is not None:
            return KindGuess(like, "like")
        unscored = False
        by_name = kind_from_name(name)
        if by_name == LaneKind.EMOTION and scored is False:
            unscored = True
        elif by_name is not None and (named is None or by_name in named):
            return KindGuess(by_name, "name")
        suggested = list(votes)
        if suggested:
            counts = Counter(suggested)
            best = max(counts.values())
            winner = next(kind for kind in suggested if counts[kind] == best)
            return KindGuess(winner, "emotion-unscored" if unscored else "purpose")
        if scored and scores_mean_emotion:
            return KindGuess(LaneKind.EMOTION, "scores")
        return KindGuess(LaneKind.ACTIVITIES, "emotion-unscored" if unscored else "default")

    # -- the report --

    def report_cuts(self) -> None:
        """Say which texts were cut short and where (call once, when the map is built)."""
        if self.cuts:
            count = len(self.cuts)
            self.say(
                f"{plural(count, 'text was', 'texts were')} too long for a map and cut short (ending in '…'): "
                f"{_places(self.cuts, 'en')}.",
                f"{plural(count, 'texto era demasiado largo', 'textos eran demasiado largos')} para un mapa y "
                f"se {'ha' if count == 1 else 'han'} recortado (terminan en '…'): {_places(self.cuts, 'es')}.",
            )
        if self.flattened:
            self.say(
                f"{plural(self.flattened, 'title or name held', 'titles or names held')} tabs or line breaks, "
                "which a one-line text cannot keep: each became one space.",
                f"{plural(self.flattened, 'título o nombre tenía', 'títulos o nombres tenían')} tabuladores o saltos "
                "de línea, que un texto de una línea no admite: cada uno es ahora un espacio.",
            )


def _places(cuts: list[Cut], lang: str) -> str:
    """``row 3, column D (title) (2,345 characters, 2,000 fit); … and 2 more``."""
    named = "; ".join(cut.place(lang) for cut in cuts[:CUTS_NAMED])
    rest = len(cuts) - CUTS_NAMED
    if rest > 0:
        named += f" y {rest} más" if lang == "es" else f" and {rest} more"
    return named


__all__ = ["Cut", "IdClaims", "ImportContext", "KIND_REASONS", "KindGuess", "kind_reason"]
