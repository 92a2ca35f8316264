"""Emotion lanes: the curve list on the lane's page, a curve's page, and a cell's points
(one slider and feeling per curve)."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from journeymap_desktop.editing import SetEmotionPoint
from journeymap_desktop.editing.lookup import find_curve
from journeymap_desktop.layout.boxes import Mood
from journeymap_desktop.layout.plots import mood_of
from journeymap_desktop.model import EmotionLane
from journeymap_desktop.ui.fields import LineBinding
from journeymap_desktop.ui.inspector.form import Option, PageForm
from journeymap_desktop.ui.selection import Target
from journeymap_desktop.ui.translations import format_number


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _lane(page: PageForm, lane_id: str) -> EmotionLane:
    return next(lane for lane in page.doc.lanes_of(EmotionLane) if lane.id == lane_id)


def curve_list(page: PageForm, lane_id: str) -> None:
    """A button per curve (opens it) and per persona and variant that has no curve yet."""
    lane = _lane(page, lane_id)
    personas = {p.id: p for p in page.doc.personas}
    opens: list[tuple[str, Callable[[], object]]] = []
    for curve in lane.curves:
        persona = personas.get(curve.persona_id or "")
        name = curve.name or (persona.name if persona else tr("Curve"))
        variant = tr("to be") if curve.variant == "to_be" else tr("as is")
        opens.append((f"{name} ({variant})", _opener(page, curve.id, lane_id)))
    page.button_rows(tr("Curve"), opens)
    adds: list[tuple[str, Callable[[], object]]] = []
    for persona in page.doc.personas:
        have = {c.variant for c in lane.curves if c.persona_id == persona.id}
        for variant, text in (("as_is", tr("%1: as is")), ("to_be", tr("%1: to be"))):
            if variant not in have:
                adds.append((tr("Add curve ") + text.replace("%1", persona.name),
                             _adder(page, lane_id, persona.id, variant)))
    if not page.doc.personas:
        adds.append((tr("Add curve"), lambda: page.controller.add_curve(lane_id, None)))
    page.button_rows("", adds)


def _opener(page: PageForm, curve_id: str, lane_id: str) -> Callable[[], object]:
    return lambda: page.controller.set_current(Target("curve", curve_id, lane_id))


def _adder(page: PageForm, lane_id: str, persona_id: str, variant: str) -> Callable[[], object]:
    return lambda: page.controller.add_curve(lane_id, persona_id, variant)


def curve_page(page: PageForm, target: Target) -> str:
    cid = target.id
    lane_obj, _, _ = find_curve(page.doc, cid)
    curve = lambda: find_curve(page.doc, cid)[2]  # noqa: E731
    ref = ("curve", cid)
    page.line(tr("Name"), ref, curve, "name", tr("the persona's name"))
    options: list[Option] = [(None, tr("No persona"), None)]
    options += [(p.id, p.name, None) for p in page.doc.personas]
    page.combo(tr("Persona"), options, ref, curve, "persona_id")
    page.combo(tr("Experience"), [("as_is", tr("As is (today)"), None), ("to_be", tr("To be (desired)"), None)],
               ref, curve, "variant")
    page.color(tr("Colour"), ref, curve, "color", allow_none=True)
    if target.stage_id:
        point_editor(page, cid, target.stage_id)
    page.buttons([(tr("Delete curve"), page.controller.delete_selection)])
    return tr("Emotion curve")


def emotion_cell(page: PageForm, lane_id: str, stage_id: str) -> None:
    for curve in _lane(page, lane_id).curves:
        point_editor(page, curve.id, stage_id)


def mood_word(mood: Mood) -> str:
    """The word for a level, as the map's faces draw it (``mood_of``)."""
    return {"very_bad": tr("very bad"), "bad": tr("bad"), "neutral": tr("neutral"),
            "good": tr("good"), "very_good": tr("very good")}[mood]


def score_text(score: float | None) -> str:
    """"+1.5 · very good" (``+1,5`` in Spanish): what the slider is at, for a facilitator
    choosing from the keyboard, who sees no number on the slider itself."""
    if score is None:
        return tr("not set")
    number = format_number(abs(score))
    sign = "+" if score > 0 else "\u2212" if score < 0 else ""
    return f"{sign}{number} · {mood_word(mood_of(score))}"


def point_editor(page: PageForm, curve_id: str, stage_id: str) -> None:
    """A slider for the curve's score in the stage (half steps), its value and word beside
    it, and its feeling's words."""
    _, _, curve = find_curve(page.doc, curve_id)
    personas = {p.id: p.name for p in page.doc.personas}
    name = curve.name or personas.get(curve.persona_id or "", tr("Curve"))
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(-4, 4)
    slider.setPageStep(1)
    slider.setTickPosition(QSlider.TickPosition.TicksBelow)

    def point() -> Any:
        _, _, current = find_curve(page.doc, curve_id)
        return next((p for p in current.points if p.stage_id == stage_id), None)

    value = QLabel()
    value.setObjectName("emotion-value")
    # As wide as its widest text, so the slider does not jump as the value changes.
    value.setMinimumWidth(max(value.fontMetrics().horizontalAdvance(score_text(v / 2)) for v in range(-4, 5)))
    row = QWidget()
    box = QHBoxLayout(row)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(slider, 1)
    box.addWidget(value)
    row.setFocusProxy(slider)

    def refresh() -> None:
        current = point()
        slider.blockSignals(True)
        slider.setValue(round(current.score * 2) if current else 0)
        slider.blockSignals(False)
        value.setText(score_text(current.score if current else None))

    def moved(v: int) -> None:
        value.setText(score_text(v / 2))
        page.push(SetEmotionPoint(curve_id, stage_id, score=v / 2))

    slider.valueChanged.connect(moved)
    page.refreshers.append(refresh)
    page.row(name, row)
    get = lambda: (point().label if point() else "")  # noqa: E731
    make = lambda value, session: SetEmotionPoint(curve_id, stage_id, label=value, session=session)  # noqa: E731
    page.bind(tr("Feeling"), LineBinding(get, make, page.push, tr("e.g. Frustrated")))
