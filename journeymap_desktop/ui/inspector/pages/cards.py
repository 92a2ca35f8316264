"""Card lanes: a card's page (with what its lane's kind adds: a touchpoint's channel, a
pain point's severity…), the page of several selected cards, and a cell's "Add card"."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from journeymap_desktop.editing import EditFields, Macro
from journeymap_desktop.editing.impact import IMPACT_LEVELS, set_card_fields
from journeymap_desktop.editing.lookup import find_item
from journeymap_desktop.model import Card, Channel, LaneKind, channel_label
from journeymap_desktop.model.registry import CardKindTable
from journeymap_desktop.ui.controller import lane_kind_name
from journeymap_desktop.ui.fields import ColorBinding, ComboBinding, TagsBinding
from journeymap_desktop.ui.icons import channel_icon
from journeymap_desktop.ui.inspector.form import Getter, Option, PageForm, Ref, severity_options
from journeymap_desktop.ui.selection import Target


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def card_page(page: PageForm, target: Target) -> str:
    cid = target.id
    lane_obj, _, _ = find_item(page.doc, cid)
    card = lambda: find_item(page.doc, cid)[2]  # noqa: E731
    ref = ("card", cid)
    page.text(tr("Title"), ref, card, "title", 2)
    page.text(tr("Details"), ref, card, "body", 4)
    page.color(tr("Colour"), ref, card, "color", allow_none=True)
    get, make = page.fields(ref, card, "tags")
    page.bind(tr("Tags"), TagsBinding(get, make, page.push, tr("comma, separated")))
    page.check(tr("Moment of truth"), ref, card, "moment_of_truth")
    page.combo(tr("Evidence"), evidence_options(), ref, card, "evidence")
    CARD_KIND_PAGES.row(lane_obj.kind)(page, ref, card)
    page.buttons([(tr("Duplicate"), page.controller.duplicate_selection),
                  (tr("Delete"), page.controller.delete_selection)])
    return lane_kind_name(lane_obj.kind) + " · " + tr("Card")


def evidence_options() -> list[Option]:
    """How well the card is known, in the poster legend's words: a consultant marks what
    research saw, what someone said and what is a guess (View → Hide assumed, the poster's
    marks and ``--hide-assumed`` read it)."""
    return [(None, tr("Not said"), None), ("observed", tr("Observed"), None),
            ("reported", tr("Reported"), None), ("assumed", tr("Assumed"), None)]


def items_page(page: PageForm, target: Target) -> str:
    ids = list(target.ids)
    cards = [i for i in ids if isinstance(find_item(page.doc, i)[2], Card)]
    if cards:
        color_get = lambda: getattr(find_item(page.doc, cards[0])[2], "color")  # noqa: E731
        color_make = lambda value, session: Macro("Colour cards", [  # noqa: E731
            EditFields(("card", c), {"color": value}) for c in cards])
        page.bind(tr("Colour"), ColorBinding(color_get, color_make, page.push, True, tr("Default colour")))
        sev_get = lambda: getattr(find_item(page.doc, cards[0])[2], "severity")  # noqa: E731
        sev_make = lambda value, session: Macro("Set severity", [  # noqa: E731
            set_card_fields(lane.kind, card, {"severity": value})
            for lane, card in (page.doc.find_card(c) for c in cards)])
        page.bind(tr("Severity / impact"), ComboBinding(severity_options(), sev_get, sev_make, page.push))
    page.buttons([(tr("Duplicate"), page.controller.duplicate_selection),
                  (tr("Delete"), page.controller.delete_selection)])
    return tr("%1 selected").replace("%1", str(len(ids)))


def card_cell(page: PageForm, lane_id: str, stage_id: str) -> None:
    page.buttons([(tr("Add card"), lambda: page.controller.add_card(lane_id, stage_id))])


# -- what each kind of card lane adds to a card's page -------------------------------------

#: Adds rows for one card: (page, the card's ref, its getter).
CardFields = Callable[[PageForm, Ref, Getter], None]


def _touchpoint_fields(page: PageForm, ref: Ref, card: Getter) -> None:
    language = page.doc.locale
    options: list[Option] = [(None, tr("No channel"), None)]
    options += [(ch, channel_label(ch, language), channel_icon(ch, "#2f9e6e")) for ch in Channel]
    page.combo(tr("Channel"), options, ref, card, "channel")
    page.line(tr("Device"), ref, card, "device", tr("e.g. phone, laptop"))
    online: list[tuple[Any, str, Any]] = [(None, tr("As the channel"), None), (True, tr("Online"), None),
                                          (False, tr("Offline"), None)]
    page.combo(tr("Online"), online, ref, card, "online")


def _pain_fields(page: PageForm, ref: Ref, card: Getter) -> None:
    page.combo(tr("Severity"), severity_options(), ref, card, "severity")
    _priority_fields(page, ref, card)


def _opportunity_fields(page: PageForm, ref: Ref, card: Getter) -> None:
    """One "Impact" row. An opportunity's impact lived in two fields, shown as two rows
    ("Impact" low/medium/high and "Impact (1–5)"), which a room took for a mistake (walk-
    through shot 28). The row sets the rating and the map's level in one step; a card with
    other values (older files; the quick pick and the matrix set one of them) shows them
    as they are, so nothing is hidden or lost until someone picks a rating."""
    # Their own words: "Alto" agrees with "Impacto" (a pain point's level is "Alta").
    rated = {"low": tr("%1 · low"), "medium": tr("%1 · medium"), "high": tr("%1 · high")}
    unrated = {"low": tr("Low · not rated 1–5"), "medium": tr("Medium · not rated 1–5"),
               "high": tr("High · not rated 1–5")}
    options: list[Option] = [((None, None), tr("Not rated"), None)]
    options += [((n, level), rated[level].replace("%1", str(n)), None) for n, level in IMPACT_LEVELS.items()]

    def label(value: tuple[int | None, str | None]) -> str:
        impact, level = value[0], str(value[1])
        if impact is None:
            return unrated.get(level, "")
        return rated[level].replace("%1", str(impact)) if level in rated else str(impact)

    def get() -> tuple[int | None, str | None]:
        value = card()
        return (value.impact, value.severity)

    def make(value: tuple[int | None, str | None], session: object) -> EditFields:
        return EditFields(ref, {"impact": value[0], "severity": value[1]}, session=session)

    page.bind(tr("Impact"), _ShownAsIs(options, get, make, page.push, label))
    _priority_fields(page, ref, card, impact=False)


class _ShownAsIs(ComboBinding):
    """A combo that shows a value outside its options too (as one more entry), rather than
    keep showing the entry chosen before."""

    def __init__(self, options: list[Option], get: Getter, make: Any, push: Callable[[Any], bool],
                 label: Callable[[Any], str]) -> None:
        self.label = label
        super().__init__(options, get, make, push)

    def show(self, value: Any) -> None:
        widget = self.widget
        if value not in self.values and isinstance(widget, QComboBox):
            widget.addItem(self.label(value), value)
            self.values.append(value)
        super().show(value)


def _priority_fields(page: PageForm, ref: Ref, card: Getter, impact: bool = True) -> None:
    """The plan after the workshop: owner, status, and impact (unless the lane kind has its
    own row for it) and effort for the matrix."""
    page.line(tr("Owner"), ref, card, "owner")
    statuses: list[Option] = [(None, tr("No status"), None), ("idea", tr("Idea"), None),
                              ("planned", tr("Planned"), None), ("in_progress", tr("In progress"), None),
                              ("done", tr("Done"), None)]
    page.combo(tr("Status"), statuses, ref, card, "status")
    ratings: list[Option] = [(None, tr("Not rated"), None)] + [(n, str(n), None) for n in range(1, 6)]
    if impact:
        page.combo(tr("Impact (1–5)"), ratings, ref, card, "impact")
    page.combo(tr("Effort (1–5)"), ratings, ref, card, "effort")


def _blueprint_fields(page: PageForm, ref: Ref, card: Getter) -> None:
    """Who does it (actor or role) and with which system: what a service blueprint shows."""
    page.line(tr("Actor / role"), ref, card, "actor")
    page.line(tr("System"), ref, card, "system")
    _fail_and_wait(page, ref, card)


#: Waiting times offered in the inspector (minutes).
WAITS = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 480)


def _fail_and_wait(page: PageForm, ref: Ref, card: Getter) -> None:
    """A fail point and a waiting time: blueprint lanes and the customer's own activities."""
    page.check(tr("Fail point"), ref, card, "fail_point")
    current = getattr(card(), "wait_minutes", None)
    waits = sorted(set(WAITS) | ({current} if current is not None else set()))
    options: list[Option] = [(None, tr("No waiting time"), None)]
    options += [(minutes, tr("%1 min").replace("%1", str(minutes)), None) for minutes in waits]
    page.combo(tr("Waiting time"), options, ref, card, "wait_minutes")


CARD_KIND_PAGES: CardKindTable[CardFields] = CardKindTable("inspector cards", {
    LaneKind.ACTIVITIES: _fail_and_wait,
    LaneKind.TOUCHPOINTS: _touchpoint_fields,
    LaneKind.PAIN_POINTS: _pain_fields,
    LaneKind.OPPORTUNITIES: _opportunity_fields,
    LaneKind.EVIDENCE: _blueprint_fields,
    LaneKind.FRONTSTAGE: _blueprint_fields,
    LaneKind.BACKSTAGE: _blueprint_fields,
    LaneKind.SUPPORT: _blueprint_fields,
})
