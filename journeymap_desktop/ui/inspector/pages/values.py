"""Lanes with one value per stage: a cell's text, metric, engagement level or channels,
and a metrics lane's unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QSlider

from journeymap_desktop.editing import Command, SetStageValue, set_channels
from journeymap_desktop.model import Channel, channel_label
from journeymap_desktop.ui.fields import LineBinding, TextBinding
from journeymap_desktop.ui.icons import channel_icon
from journeymap_desktop.ui.inspector.form import PageForm


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _value(page: PageForm, lane_id: str, stage_id: str) -> Any:
    """The stage's value in the lane (None when it has none)."""
    lane = page.doc.lane(lane_id)
    if not lane.holds_stage_values:
        return None
    return lane.value(stage_id)  # type: ignore[union-attr]


def text_cell(page: PageForm, lane_id: str, stage_id: str) -> None:
    get = lambda: _value(page, lane_id, stage_id) or ""  # noqa: E731
    make = lambda value, session: SetStageValue(lane_id, stage_id, value if value.strip() else None,  # noqa: E731
                                                session=session)
    page.bind(tr("Text"), TextBinding(get, make, page.push, 5))


def metric_unit(page: PageForm, lane_id: str) -> None:
    lane = lambda: page.doc.lane(lane_id)  # noqa: E731
    page.line(tr("Unit"), ("lane", lane_id), lane, "unit", tr("e.g. visitors, %, €"))


def metric_cell(page: PageForm, lane_id: str, stage_id: str) -> None:
    """A number typed the way the map's language writes it; written when the field is left."""
    from journeymap_desktop.model.numbers import parse_number
    from journeymap_desktop.ui.translations import format_number

    def metric_get() -> str:
        value = _value(page, lane_id, stage_id)
        return "" if value is None else format_number(value, page.doc.locale)

    def metric_make(text: str, session: object | None) -> Command:
        number = parse_number(text.strip(), page.doc.locale) if text.strip() else None
        return SetStageValue(lane_id, stage_id, number)

    binding = LineBinding(metric_get, metric_make, page.push, tr("a number"))
    widget = binding.widget
    assert isinstance(widget, QLineEdit)
    widget.textEdited.disconnect()
    widget.editingFinished.connect(lambda: binding.write(widget.text(), merge=False))
    unit = getattr(page.doc.lane(lane_id), "unit", "")
    page.bind(tr("Value") + (f" ({unit})" if unit else ""), binding)


def engagement_cell(page: PageForm, lane_id: str, stage_id: str) -> None:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 5)
    slider.setPageStep(1)
    slider.setTickPosition(QSlider.TickPosition.TicksBelow)
    value_label = QLabel()

    def refresh() -> None:
        level = _value(page, lane_id, stage_id) or 0
        slider.blockSignals(True)
        slider.setValue(level)
        slider.blockSignals(False)
        value_label.setText(str(level) if level else tr("not set"))

    slider.valueChanged.connect(lambda v: page.push(SetStageValue(lane_id, stage_id, v or None)))
    page.refreshers.append(refresh)
    page.row(tr("Engagement"), slider)
    page.row("", value_label)


def channels_cell(page: PageForm, lane_id: str, stage_id: str) -> None:
    language = page.doc.locale
    boxes: list[tuple[QCheckBox, Channel]] = []

    def channels_now() -> list[Channel]:
        return list(_value(page, lane_id, stage_id) or [])

    def toggle(channel: Channel, on: bool) -> None:
        current = channels_now()
        new = [c for c in current if c != channel] + ([channel] if on and channel not in current else [])
        page.push(set_channels(lane_id, stage_id, new))

    for channel in Channel:
        box = QCheckBox(channel_label(channel, language))
        box.setIcon(channel_icon(channel, "#2f9e6e"))
        box.toggled.connect(lambda on, ch=channel: toggle(ch, on))
        boxes.append((box, channel))
        page.row("", box)

    def refresh() -> None:
        now = channels_now()
        for box, channel in boxes:
            box.blockSignals(True)
            box.setChecked(channel in now)
            box.blockSignals(False)

    page.refreshers.append(refresh)
