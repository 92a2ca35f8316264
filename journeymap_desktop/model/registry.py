"""Lane kinds as a registry: every layer keeps one table with one row per lane class.

The model says which kinds exist (:class:`~journeymap_desktop.model.lanes.LaneKind`) and
which class holds each (``LANE_CLASSES``); the content questions are methods of those
classes. Each other layer that treats kinds differently (layout, the PDF legend, the CSV,
OpenJourney and Markdown writers, the inspector's pages) keeps a :class:`LaneTable` of its
own rows. A table is checked to be complete when it is built, so a new lane class fails at
import in every layer that lacks its row instead of falling through an ``elif`` chain:
adding a kind means one row per layer.

This is the only place (with the lane classes themselves) that maps a lane object to its
class; the rest of the code asks ``TABLE.row(lane)``.
"""

from __future__ import annotations

from typing import Generic, Iterator, Mapping, TypeVar

from journeymap_desktop.model.lanes import CARD_KINDS, LANE_CLASSES, Lane, LaneBase, LaneKind

Row = TypeVar("Row")

#: Every lane class, in the order of the kinds.
LANE_TYPES: tuple[type[LaneBase], ...] = tuple(dict.fromkeys(LANE_CLASSES.values()))


class IncompleteTable(RuntimeError):
    """A layer's table lacks a row for a lane class (raised when the table is built)."""


class LaneTable(Generic[Row]):
    """One layer's rows, keyed by lane class; complete by construction.

    ``rows`` maps lane classes to rows. ``TABLE.row(lane)`` is the row of a lane object,
    ``TABLE[cls]`` the row of a class.
    """

    def __init__(self, layer: str, rows: Mapping[type[LaneBase], Row]) -> None:
        missing = [cls.__name__ for cls in LANE_TYPES if cls not in rows]
        unknown = [cls.__name__ for cls in rows if cls not in LANE_TYPES]
        if missing or unknown:
            raise IncompleteTable(
                f"{layer}: " + "; ".join(filter(None, (
                    f"no row for {', '.join(missing)}" if missing else "",
                    f"rows for unknown lane classes {', '.join(unknown)}" if unknown else "",
                )))
            )
        self.layer = layer
        self._rows: dict[type[LaneBase], Row] = dict(rows)

    def row(self, lane: Lane | LaneBase) -> Row:
        """The row of ``lane``'s class."""
        return self._rows[type(lane)]

    def __getitem__(self, cls: type[LaneBase]) -> Row:
        return self._rows[cls]

    def __iter__(self) -> Iterator[type[LaneBase]]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


class CardKindTable(Generic[Row]):
    """One layer's rows for the kinds of card lane (what a touchpoint card shows that an
    activity does not...), complete for :data:`CARD_KINDS` with a default for the rest."""

    def __init__(self, layer: str, rows: Mapping[LaneKind, Row]) -> None:
        missing = sorted(kind.value for kind in CARD_KINDS if kind not in rows)
        if missing:
            raise IncompleteTable(f"{layer}: no row for the card kinds {', '.join(missing)}")
        self.layer = layer
        self._rows = dict(rows)

    def row(self, kind: LaneKind | str) -> Row:
        return self._rows[LaneKind(kind)]

    def __getitem__(self, kind: LaneKind | str) -> Row:
        return self._rows[LaneKind(kind)]
