"""The canvas's context menu: what applies to the thing right-clicked (or current, for the
Menu key and Shift+F10). Entries are built by ``Hit`` kind; add one in the matching
``_card``/``_stage``/``_lane``/``_cell`` function."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from journeymap_desktop.editing import Command, EditFields, Macro
from journeymap_desktop.editing.impact import set_card_fields
from journeymap_desktop.model import Channel, channel_label
from journeymap_desktop.model.lanes import CARD_KINDS, LaneKind
from journeymap_desktop.ui.actions import lane_menu
from journeymap_desktop.ui.canvas.hit import Hit, HitKind

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow



def tr(text: str) -> str:
    return QCoreApplication.translate("ContextMenu", text)


def colours() -> list[tuple[str, str]]:
    """Light card colours that keep text readable, named in the UI language."""
    return [(tr("Red"), "#f4c7c3"), (tr("Orange"), "#fbd7b0"), (tr("Yellow"), "#fce8b2"), (tr("Green"), "#c8e6c9"),
            (tr("Blue"), "#c6dafc"), (tr("Purple"), "#e1d0f5"), (tr("Grey"), "#e0e3e7")]


def select_for(window: MainWindow, hit: Hit) -> None:
    """A right-click selects what it is on (a card already in the selection keeps it)."""
    ctl = window.controller
    if hit.kind in (HitKind.CARD, HitKind.FRAME):
        if hit.id not in window.selection.items:
            ctl.select_items([hit.id])
    elif hit.kind is HitKind.STAGE:
        ctl.select_stage(hit.id)
    elif hit.kind is HitKind.LANE:
        ctl.select_lane(hit.id)
    elif hit.cell is not None and hit.kind is HitKind.CELL:
        ctl.select_cell(*hit.cell)


def build(window: MainWindow, hit: Hit) -> QMenu:
    menu = QMenu(window)
    if hit.kind in (HitKind.CARD, HitKind.FRAME):
        _card(window, menu, hit)
    elif hit.kind is HitKind.STAGE:
        _header(window, menu, hit, "stage")
    elif hit.kind is HitKind.LANE:
        _header(window, menu, hit, "lane")
    elif hit.cell is not None:
        _cell(window, menu, hit)
    if not menu.isEmpty():
        menu.addSeparator()
    menu.addAction(window.act_add_stage)
    menu.addMenu(lane_menu(window, tr("Add lane")))
    return menu


def _set(window: MainWindow, field: str, value: object, label: str) -> None:
    """Set ``field`` of the selected cards, as one step; an opportunity's level sets its
    1–5 rating to match (see editing/impact.py)."""
    doc = window.document.doc
    ids = [i for i in window.selection.items if i.startswith("card")] or list(window.selection.items)
    commands: list[Command] = []
    for item_id in ids:
        try:
            lane, card = doc.find_card(item_id)
        except KeyError:
            commands.append(EditFields(("card", item_id), {field: value}))
        else:
            commands.append(set_card_fields(lane.kind, card, {field: value}))
    window.controller.push(Macro(label, commands))


def _setter(window: MainWindow, field: str, value: object, label: str) -> Callable[[], None]:
    return lambda: _set(window, field, value, label)


def _push_colour(window: MainWindow, what: str, obj_id: str, value: str) -> Callable[[], object]:
    return lambda: window.controller.push(EditFields((what, obj_id), {"color": value}))


def _card(window: MainWindow, menu: QMenu, hit: Hit) -> None:
    menu.addAction(tr("Edit text"), window.view.edit_current)
    menu.addActions([window.act_duplicate, window.act_copy, window.act_cut, window.act_delete])
    if hit.kind is not HitKind.CARD or hit.lane is None:
        return
    menu.addSeparator()
    card_choices(window, menu, hit.id, window.document.doc.lane(hit.lane).kind)


#: Mnemonics of a quick-pick list's entries, in order (digits first: the same on any layout).
#: Every letter: a key typed in an open list goes to that list only (QMenu hands unused keys
#: to a menu bar, never to the parent menu), so the quick pick's own letters (C, O, M, S; G in
#: Spanish) cannot clash; skipping them made the thirteenth channel "d".
_MNEMONICS = "1234567890abcdefghijklmnopqrstuvwxyz"


def _numbered(menu: QMenu, numbered: bool) -> Callable[[str], str]:
    """Labels for ``menu``'s entries: with ``numbered``, "&1 Red", "&2 Orange"… (typed to choose)."""
    if not numbered:
        return lambda text: text

    def label(text: str) -> str:
        index = len(menu.actions())
        key = _MNEMONICS[index] if index < len(_MNEMONICS) else ""
        return f"&{key}  {text.replace('&', '&&')}" if key else text.replace("&", "&&")
    return label


def card_choices(window: MainWindow, menu: QMenu, card_id: str, kind: str, numbered: bool = False) -> None:
    """Channel (touchpoints), severity (pain points, opportunities), colour and moment of
    truth of the selected cards, as entries of ``menu``: the context menu's and the quick
    pick's. ``numbered`` gives every entry of the lists a key to type."""
    _, card = window.document.doc.find_card(card_id)
    if kind == LaneKind.TOUCHPOINTS:
        channels = menu.addMenu(tr("&Channel"))
        label = _numbered(channels, numbered)
        for channel in Channel:
            action = channels.addAction(label(channel_label(channel, window.document.doc.locale)),
                                        _setter(window, "channel", channel.value, "Edit card"))
            action.setCheckable(True)
            action.setChecked(card.channel == channel.value)
    elif kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
        levels = menu.addMenu(tr("&Severity") if kind == LaneKind.PAIN_POINTS else tr("&Severity / impact"))
        label = _numbered(levels, numbered)
        options: list[tuple[str | None, str]] = [(None, tr("Not set")), ("low", tr("Low")), ("medium", tr("Medium")),
                                                 ("high", tr("High"))]
        for level, text in options:
            action = levels.addAction(label(text), _setter(window, "severity", level, "Edit card"))
            action.setCheckable(True)
            action.setChecked(card.severity == level)
    submenu = menu.addMenu(tr("C&olour"))
    label = _numbered(submenu, numbered)
    submenu.addAction(label(tr("Default colour")), _setter(window, "color", None, "Colour cards"))
    for name, value in colours():
        submenu.addAction(label(name), _setter(window, "color", value, "Colour cards"))
    star = menu.addAction(tr("&Moment of truth"),
                          lambda: _set(window, "moment_of_truth", not card.moment_of_truth, "Edit card"))
    star.setCheckable(True)
    star.setChecked(card.moment_of_truth)


def quick_pick(window: MainWindow) -> QMenu | None:
    """Ctrl+K: the selected cards' channel, severity, colour and moment of truth, chosen by
    keys (the entries' underlined letters and numbers, or arrows and Enter); ``None``
    when no card is selected."""
    cards = [i for i in window.selection.items if i.startswith("card")]
    try:
        lane = window.document.doc.find_card(cards[0])[0] if cards else None
    except KeyError:
        lane = None
    if lane is None:
        return None
    menu = QMenu(window)
    menu.setObjectName("quick_pick")
    card_choices(window, menu, cards[0], lane.kind, numbered=True)
    return menu


def _header(window: MainWindow, menu: QMenu, hit: Hit, what: str) -> None:
    doc = window.document.doc
    menu.addAction(tr("Rename"), window.view.edit_current)
    if what == "stage":
        index = next(i for i, s in enumerate(doc.stages) if s.id == hit.id)
        menu.addAction(tr("Insert stage before"), lambda: _new_stage(window, index))
        menu.addAction(tr("Insert stage after"), lambda: _new_stage(window, index + 1))
    else:
        index = next(i for i, lane in enumerate(doc.lanes) if lane.id == hit.id)
        kind = LaneKind(doc.lanes[index].kind)
        menu.addAction(tr("Insert lane before"), lambda: _new_lane(window, kind, index))
        menu.addAction(tr("Insert lane after"), lambda: _new_lane(window, kind, index + 1))
    submenu = menu.addMenu(tr("Colour"))
    for name, value in colours():
        submenu.addAction(name, _push_colour(window, what, hit.id, value))
    menu.addAction(window.act_duplicate)
    menu.addAction(window.act_delete)


def _new_stage(window: MainWindow, index: int) -> None:
    window.controller.new_stage(index)
    window.view.edit_current()


def _new_lane(window: MainWindow, kind: LaneKind, index: int) -> None:
    window.controller.new_lane(kind, index)
    window.view.edit_current()


def _cell(window: MainWindow, menu: QMenu, hit: Hit) -> None:
    assert hit.cell is not None
    cell = hit.cell
    kind: str = window.document.doc.lane(cell[0]).kind
    if kind in CARD_KINDS:
        menu.addAction(tr("Add card here"), lambda: window.view.activate_cell(*cell))
    elif kind == LaneKind.STORYBOARD:
        menu.addAction(tr("Add picture here…"), lambda: window.choose_picture(*cell))
    elif kind == LaneKind.CHANNELS:
        menu.addAction(tr("Channels…"), lambda: window.view.pick_channels(*cell))
    menu.addAction(window.act_paste)
