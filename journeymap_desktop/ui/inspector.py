"""The inspector: a form for whatever is current (map, persona, stage, lane, card, cell…).

The form is rebuilt when the current target changes and refreshed (not rebuilt) when the
document changes, so typing in a field is never interrupted. Every field pushes a command.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from journeymap_desktop.editing import (
    Change,
    Command,
    EditFields,
    Macro,
    SetEmotionPoint,
    SetStageValue,
    set_channels,
)
from journeymap_desktop.editing.lookup import find_curve, find_item
from journeymap_desktop.model import (
    Card,
    CardLane,
    Channel,
    ChannelsLane,
    EmotionLane,
    EngagementLane,
    MetricsLane,
    StoryboardFrame,
    StoryboardLane,
    TextLane,
    channel_label,
)
from journeymap_desktop.model.lanes import CARD_KINDS, LaneKind
from journeymap_desktop.ui.controller import EditorController, lane_kind_name
from journeymap_desktop.ui.fields import (
    Binding,
    CheckBinding,
    ColorBinding,
    ComboBinding,
    LineBinding,
    ListBinding,
    TagsBinding,
    TextBinding,
)
from journeymap_desktop.ui.icons import channel_icon
from journeymap_desktop.ui.selection import Target


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


class Inspector(QScrollArea):
    """Edits the controller's current target."""

    pictureRequested = Signal(str, str)
    photoRequested = Signal(str)

    def __init__(self, controller: EditorController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWidgetResizable(True)
        self.setMinimumWidth(280)
        self.bindings: list[Binding] = []
        self.refreshers: list[Callable[[], None]] = []
        self.shown: Target | None = None
        controller.currentChanged.connect(self.rebuild)
        controller.document.changed.connect(self.on_change)
        self.rebuild()

    @property
    def doc(self) -> Any:
        return self.controller.doc

    def push(self, command: Command) -> bool:
        return self.controller.push(command)

    # ----------------------------------------------------------------------- building

    def on_change(self, change: Change) -> None:
        if self.shown != self.controller.current:
            self.rebuild()
            return
        target = self.shown
        if target is not None and target.kind == "lane" and change.structure:
            self.rebuild()
            return
        for binding in self.bindings:
            binding.refresh()
        for refresh in self.refreshers:
            refresh()

    def rebuild(self) -> None:
        target = self.controller.current
        self.shown = target
        self.bindings = []
        self.refreshers = []
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 10, 12, 12)
        title = QLabel()
        title.setStyleSheet("font-weight: 600; font-size: 14px;")
        outer.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addLayout(form)
        builders: dict[str, Callable[[QFormLayout, Target], str]] = {
            "map": self._map, "persona": self._persona, "stage": self._stage, "lane": self._lane,
            "card": self._card, "frame": self._frame, "cell": self._cell, "curve": self._curve,
            "items": self._items,
        }
        try:
            heading = builders.get(target.kind, self._map)(form, target)
        except (KeyError, LookupError, ValueError):
            heading = tr("Nothing selected")
        title.setText(heading)
        outer.addStretch(1)
        hint = QLabel(self._hint(target))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7785; font-size: 11px;")
        outer.addWidget(hint)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(page)
        for binding in self.bindings:
            binding.refresh()
        for refresh in self.refreshers:
            refresh()

    def _hint(self, target: Target) -> str:
        if target.kind in ("card", "cell"):
            return tr("Enter adds a card · F2 or typing edits · arrows move · Ctrl+arrows move cards · "
                      "Delete removes")
        if target.kind == "curve":
            return tr("Drag a point up or down (Shift for finer steps), or press + and − on a focused cell.")
        return tr("Double-click the canvas to add or rename; drag headers to reorder.")

    def _bind(self, form: QFormLayout, label: str, binding: Binding) -> Binding:
        self.bindings.append(binding)
        if label:
            form.addRow(label, binding.widget)
        else:
            form.addRow(binding.widget)
        return binding

    def _fields(self, ref: tuple[str, ...], getter: Callable[[], Any], field: str) -> tuple[Callable[[], Any], Any]:
        return (lambda: getattr(getter(), field),
                lambda value, session: EditFields(ref, {field: value}, session=session))

    def _line(self, form: QFormLayout, label: str, ref: tuple[str, ...], getter: Callable[[], Any], field: str,
              placeholder: str = "") -> None:
        get, make = self._fields(ref, getter, field)
        self._bind(form, label, LineBinding(get, make, self.push, placeholder))

    def _text(self, form: QFormLayout, label: str, ref: tuple[str, ...], getter: Callable[[], Any], field: str,
              lines: int = 3, placeholder: str = "") -> None:
        get, make = self._fields(ref, getter, field)
        self._bind(form, label, TextBinding(get, make, self.push, lines, placeholder))

    def _color(self, form: QFormLayout, label: str, ref: tuple[str, ...], getter: Callable[[], Any], field: str,
               allow_none: bool = False) -> None:
        get, make = self._fields(ref, getter, field)
        self._bind(form, label, ColorBinding(get, make, self.push, allow_none, tr("Default colour")))

    def _buttons(self, form: QFormLayout, buttons: list[tuple[str, Callable[[], object]]]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 0)
        for text, action in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: a())
            layout.addWidget(button)
        layout.addStretch(1)
        form.addRow(row)

    # ----------------------------------------------------------------------- pages

    def _map(self, form: QFormLayout, target: Target) -> str:
        doc = lambda: self.doc  # noqa: E731
        scope = lambda: self.doc.scope  # noqa: E731
        self._line(form, tr("Title"), ("map",), doc, "title")
        self._line(form, tr("Author"), ("map",), doc, "author")
        get, make = self._fields(("map",), doc, "locale")
        self._bind(form, tr("Map language"), ComboBinding([("es", "Español", None), ("en", "English", None)],
                                                          get, make, self.push))
        self._line(form, tr("Product or service"), ("scope",), scope, "product")
        self._text(form, tr("Goal"), ("scope",), scope, "goal", 3)
        self._text(form, tr("Description"), ("scope",), scope, "description", 3)
        self._text(form, tr("Notes"), ("map",), doc, "notes", 3)
        personas = [(p.id, p.name or tr("(unnamed)"), None) for p in self.doc.personas]
        if personas:
            get, make = self._fields(("map",), doc, "primary_persona_id")
            self._bind(form, tr("Main persona"), ComboBinding(personas, get, make, self.push))
        buttons: list[tuple[str, Callable[[], object]]] = []
        for p in self.doc.personas:
            buttons.append((p.name or tr("Persona"), self._persona_opener(p.id)))
        buttons.append((tr("Add persona"), self.controller.add_persona))
        self._buttons(form, buttons)
        return tr("Journey map")

    def _persona_opener(self, persona_id: str) -> Callable[[], object]:
        return lambda: self.controller.set_current(Target("persona", persona_id))

    def _persona(self, form: QFormLayout, target: Target) -> str:
        pid = target.id
        persona = lambda: self.doc.persona(pid)  # noqa: E731
        ref = ("persona", pid)
        self.doc.persona(pid)
        self._line(form, tr("Name"), ref, persona, "name")
        self._color(form, tr("Colour"), ref, persona, "color")
        photo = QLabel()
        photo.setFixedSize(96, 96)
        photo.setStyleSheet("border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa;")
        photo.setAlignment(Qt.AlignmentFlag.AlignCenter)

        def show_photo() -> None:
            try:
                current = self.doc.persona(pid)
                asset = self.doc.asset(current.photo) if current.photo else None
            except KeyError:
                asset = None
            if asset is None:
                photo.setPixmap(QPixmap())
                photo.setText(tr("No photo"))
                return
            image = self.controller.scene.images.image(asset, 192)
            if image is not None:
                pixmap = QPixmap.fromImage(image).scaled(92, 92, Qt.AspectRatioMode.KeepAspectRatio,
                                                         Qt.TransformationMode.SmoothTransformation)
                photo.setPixmap(pixmap)

        self.refreshers.append(show_photo)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(photo)
        choose = QPushButton(tr("Choose photo…"))
        choose.clicked.connect(lambda: self.photoRequested.emit(pid))
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(lambda: self.controller.set_persona_photo(pid, None))
        column = QVBoxLayout()
        column.addWidget(choose)
        column.addWidget(remove)
        column.addStretch(1)
        layout.addLayout(column)
        layout.addStretch(1)
        form.addRow(tr("Photo"), row)
        self._text(form, tr("Description"), ref, persona, "description", 2)
        self._text(form, tr("Quote"), ref, persona, "quote", 2)
        for field, label in (("goals", tr("Goals")), ("needs", tr("Needs")), ("frustrations", tr("Frustrations"))):
            get = lambda f=field: getattr(self.doc.persona(pid), f)  # noqa: E731
            make = lambda value, session, f=field: EditFields(ref, {f: value}, session=session)  # noqa: E731
            self._bind(form, label, ListBinding(get, make, self.push, 3, tr("One per line")))
        self._buttons(form, [
            (tr("Make main persona"), lambda: self.push(EditFields(("map",), {"primary_persona_id": pid}))),
            (tr("Delete persona"), self.controller.delete_selection),
        ])
        return tr("Persona")

    def _stage(self, form: QFormLayout, target: Target) -> str:
        sid = target.id
        stage = lambda: self.doc.stage(sid)  # noqa: E731
        self.doc.stage(sid)
        ref = ("stage", sid)
        self._line(form, tr("Name"), ref, stage, "name")
        self._text(form, tr("Description"), ref, stage, "description", 3)
        self._color(form, tr("Colour"), ref, stage, "color")
        index = next(i for i, s in enumerate(self.doc.stages) if s.id == sid)
        self._buttons(form, [
            (tr("◀ Move"), lambda: self.controller.move_stage(sid, index - 1)),
            (tr("Move ▶"), lambda: self.controller.move_stage(sid, index + 1)),
            (tr("Duplicate"), lambda: self.controller.duplicate_stage(sid)),
            (tr("Delete"), lambda: self.controller.delete_stage(sid)),
        ])
        return tr("Stage")

    def _lane(self, form: QFormLayout, target: Target) -> str:
        lid = target.id
        lane_obj = self.doc.lane(lid)
        lane = lambda: self.doc.lane(lid)  # noqa: E731
        ref = ("lane", lid)
        self._line(form, tr("Name"), ref, lane, "name")
        if lane_obj.kind in CARD_KINDS:
            options = [(k.value, lane_kind_name(k), None) for k in LaneKind if k in CARD_KINDS]
            get, make = self._fields(ref, lane, "kind")
            self._bind(form, tr("Kind"), ComboBinding(options, get, make, self.push))
        else:
            form.addRow(tr("Kind"), QLabel(lane_kind_name(lane_obj.kind)))
        self._text(form, tr("Description"), ref, lane, "description", 2)
        self._color(form, tr("Colour"), ref, lane, "color", allow_none=True)
        get, make = self._fields(ref, lane, "collapsed")
        self._bind(form, "", CheckBinding(tr("Collapsed on the canvas"), get, make, self.push))
        if isinstance(lane_obj, MetricsLane):
            self._line(form, tr("Unit"), ref, lane, "unit", tr("e.g. visitors, %, €"))
        if isinstance(lane_obj, EmotionLane):
            self._curve_list(form, lid)
        index = next(i for i, candidate in enumerate(self.doc.lanes) if candidate.id == lid)
        self._buttons(form, [
            (tr("▲ Move"), lambda: self.controller.move_lane(lid, index - 1)),
            (tr("Move ▼"), lambda: self.controller.move_lane(lid, index + 1)),
            (tr("Duplicate"), lambda: self.controller.duplicate_lane(lid)),
            (tr("Delete"), lambda: self.controller.delete_lane(lid)),
        ])
        return tr("Lane")

    def _curve_list(self, form: QFormLayout, lane_id: str) -> None:
        lane = self.doc.lane(lane_id)
        personas = {p.id: p for p in self.doc.personas}
        for curve in lane.curves:
            persona = personas.get(curve.persona_id or "")
            name = curve.name or (persona.name if persona else tr("Curve"))
            variant = tr("to be") if curve.variant == "to_be" else tr("as is")
            button = QPushButton(f"{name} ({variant})")
            button.clicked.connect(lambda _=False, cid=curve.id: self.controller.set_current(
                Target("curve", cid, lane_id)))
            form.addRow(tr("Curve") if curve is lane.curves[0] else "", button)
        buttons: list[tuple[str, Callable[[], object]]] = []
        for persona in self.doc.personas:
            have = {c.variant for c in lane.curves if c.persona_id == persona.id}
            for variant, text in (("as_is", tr("%1: as is")), ("to_be", tr("%1: to be"))):
                if variant not in have:
                    buttons.append((tr("Add curve ") + text.replace("%1", persona.name),
                                    self._curve_adder(lane_id, persona.id, variant)))
        if not self.doc.personas:
            buttons.append((tr("Add curve"), lambda: self.controller.add_curve(lane_id, None)))
        for text, action in buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: a())
            form.addRow("", button)

    def _curve_adder(self, lane_id: str, persona_id: str, variant: str) -> Callable[[], object]:
        return lambda: self.controller.add_curve(lane_id, persona_id, variant)

    def _card(self, form: QFormLayout, target: Target) -> str:
        cid = target.id
        lane_obj, _, _ = find_item(self.doc, cid)
        card = lambda: find_item(self.doc, cid)[2]  # noqa: E731
        ref = ("card", cid)
        self._text(form, tr("Title"), ref, card, "title", 2)
        self._text(form, tr("Details"), ref, card, "body", 4)
        self._color(form, tr("Colour"), ref, card, "color", allow_none=True)
        tags_get = lambda: getattr(find_item(self.doc, cid)[2], "tags")  # noqa: E731
        tags_make = lambda value, session: EditFields(ref, {"tags": value}, session=session)  # noqa: E731
        self._bind(form, tr("Tags"), TagsBinding(tags_get, tags_make, self.push, tr("comma, separated")))
        get, make = self._fields(ref, card, "moment_of_truth")
        self._bind(form, "", CheckBinding(tr("Moment of truth"), get, make, self.push))
        if lane_obj.kind == LaneKind.TOUCHPOINTS.value:
            language = self.doc.locale
            options: list[tuple[Any, str, Any]] = [(None, tr("No channel"), None)]
            options += [(ch, channel_label(ch, language), channel_icon(ch, "#2f9e6e")) for ch in Channel]
            get, make = self._fields(ref, card, "channel")
            self._bind(form, tr("Channel"), ComboBinding(options, get, make, self.push))
            self._line(form, tr("Device"), ref, card, "device", tr("e.g. phone, laptop"))
            get, make = self._fields(ref, card, "online")
            self._bind(form, tr("Online"), ComboBinding(
                [(None, tr("As the channel"), None), (True, tr("Online"), None), (False, tr("Offline"), None)],
                get, make, self.push))
        if lane_obj.kind in (LaneKind.PAIN_POINTS.value, LaneKind.OPPORTUNITIES.value):
            pain = lane_obj.kind == LaneKind.PAIN_POINTS.value
            get, make = self._fields(ref, card, "severity")
            self._bind(form, tr("Severity") if pain else tr("Impact"), ComboBinding(
                [(None, tr("Not set"), None), ("low", tr("Low"), None), ("medium", tr("Medium"), None),
                 ("high", tr("High"), None)], get, make, self.push))
        self._buttons(form, [(tr("Duplicate"), self.controller.duplicate_selection),
                             (tr("Delete"), self.controller.delete_selection)])
        return lane_kind_name(lane_obj.kind) + " · " + tr("Card")

    def _frame(self, form: QFormLayout, target: Target) -> str:
        fid = target.id
        lane_obj, _, item = find_item(self.doc, fid)
        assert isinstance(item, StoryboardFrame)
        frame = lambda: find_item(self.doc, fid)[2]  # noqa: E731
        self._text(form, tr("Caption"), ("frame", fid), frame, "caption", 2)
        try:
            asset = self.doc.asset(item.asset_id)
            size = f"{asset.width} × {asset.height} px, {len(asset.data) * 3 // 4 // 1024} KB"
        except KeyError:
            size = tr("image missing")
        form.addRow(tr("Image"), QLabel(size))
        self._buttons(form, [(tr("Delete"), self.controller.delete_selection)])
        return tr("Storyboard picture")

    def _items(self, form: QFormLayout, target: Target) -> str:
        ids = list(target.ids)
        cards = [i for i in ids if isinstance(find_item(self.doc, i)[2], Card)]
        if cards:
            color_get = lambda: getattr(find_item(self.doc, cards[0])[2], "color")  # noqa: E731
            color_make = lambda value, session: Macro("Colour cards", [  # noqa: E731
                EditFields(("card", c), {"color": value}) for c in cards])
            self._bind(form, tr("Colour"), ColorBinding(color_get, color_make, self.push, True, tr("Default colour")))
            sev_get = lambda: getattr(find_item(self.doc, cards[0])[2], "severity")  # noqa: E731
            sev_make = lambda value, session: Macro("Set severity", [  # noqa: E731
                EditFields(("card", c), {"severity": value}) for c in cards])
            self._bind(form, tr("Severity / impact"), ComboBinding(
                [(None, tr("Not set"), None), ("low", tr("Low"), None), ("medium", tr("Medium"), None),
                 ("high", tr("High"), None)], sev_get, sev_make, self.push))
        self._buttons(form, [(tr("Duplicate"), self.controller.duplicate_selection),
                             (tr("Delete"), self.controller.delete_selection)])
        return tr("%1 selected").replace("%1", str(len(ids)))

    def _cell(self, form: QFormLayout, target: Target) -> str:
        assert target.lane_id and target.stage_id
        lid, sid = target.lane_id, target.stage_id
        lane_obj = self.doc.lane(lid)
        stage = self.doc.stage(sid)
        heading = f"{lane_obj.name or lane_kind_name(lane_obj.kind)} · {stage.name}"
        if isinstance(lane_obj, TextLane):
            get = lambda: next((t.text for t in self.doc.lane(lid).texts if t.stage_id == sid), "")  # noqa: E731
            make = lambda value, session: SetStageValue(lid, sid, value if value.strip() else None,  # noqa: E731
                                                        session=session)
            self._bind(form, tr("Text"), TextBinding(get, make, self.push, 5))
        elif isinstance(lane_obj, MetricsLane):
            from journeymap_desktop.ui.canvas.view import parse_number
            from journeymap_desktop.ui.translations import format_number

            def metric_get() -> str:
                value = next((v.value for v in self.doc.lane(lid).values if v.stage_id == sid), None)
                return "" if value is None else format_number(value, self.doc.locale)

            def metric_make(text: str, session: object | None) -> Command:
                number = parse_number(text.strip(), self.doc.locale) if text.strip() else None
                return SetStageValue(lid, sid, number)

            binding = LineBinding(metric_get, metric_make, lambda c: self.push(c), tr("a number"))
            widget = binding.widget
            widget.textEdited.disconnect()  # type: ignore[attr-defined]
            widget.editingFinished.connect(lambda: self._write_metric(binding))  # type: ignore[attr-defined]
            self._bind(form, tr("Value") + (f" ({lane_obj.unit})" if lane_obj.unit else ""), binding)
        elif isinstance(lane_obj, EngagementLane):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 5)
            slider.setPageStep(1)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            value_label = QLabel()

            def engagement_refresh() -> None:
                level = next((v.level for v in self.doc.lane(lid).values if v.stage_id == sid), 0)
                slider.blockSignals(True)
                slider.setValue(level)
                slider.blockSignals(False)
                value_label.setText(str(level) if level else tr("not set"))

            slider.valueChanged.connect(lambda v: self.push(SetStageValue(lid, sid, v or None)))
            self.refreshers.append(engagement_refresh)
            form.addRow(tr("Engagement"), slider)
            form.addRow("", value_label)
        elif isinstance(lane_obj, ChannelsLane):
            from PySide6.QtWidgets import QCheckBox

            language = self.doc.locale
            boxes: list[tuple[QCheckBox, Channel]] = []

            def channels_now() -> list[Channel]:
                return next((e.channels for e in self.doc.lane(lid).entries if e.stage_id == sid), [])

            def toggle(channel: Channel, on: bool) -> None:
                current = channels_now()
                new = [c for c in current if c != channel] + ([channel] if on and channel not in current else [])
                self.push(set_channels(lid, sid, new))

            for channel in Channel:
                box = QCheckBox(channel_label(channel, language))
                box.setIcon(channel_icon(channel, "#2f9e6e"))
                box.toggled.connect(lambda on, ch=channel: toggle(ch, on))
                boxes.append((box, channel))
                form.addRow("", box)

            def channels_refresh() -> None:
                now = channels_now()
                for box, channel in boxes:
                    box.blockSignals(True)
                    box.setChecked(channel in now)
                    box.blockSignals(False)

            self.refreshers.append(channels_refresh)
        elif isinstance(lane_obj, EmotionLane):
            for curve in lane_obj.curves:
                self._point_editor(form, lid, curve.id, sid)
        elif isinstance(lane_obj, CardLane):
            self._buttons(form, [(tr("Add card"), lambda: self.controller.add_card(lid, sid))])
        elif isinstance(lane_obj, StoryboardLane):
            self._buttons(form, [(tr("Add picture…"), lambda: self.pictureRequested.emit(lid, sid))])
        return heading

    def _write_metric(self, binding: LineBinding) -> None:
        from PySide6.QtWidgets import QLineEdit

        widget = binding.widget
        assert isinstance(widget, QLineEdit)
        binding.write(widget.text(), merge=False)

    def _point_editor(self, form: QFormLayout, lane_id: str, curve_id: str, stage_id: str) -> None:
        _, _, curve = find_curve(self.doc, curve_id)
        personas = {p.id: p.name for p in self.doc.personas}
        name = curve.name or personas.get(curve.persona_id or "", tr("Curve"))
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(-4, 4)
        slider.setPageStep(1)
        slider.setTickPosition(QSlider.TickPosition.TicksBelow)

        def point() -> Any:
            _, _, c = find_curve(self.doc, curve_id)
            return next((p for p in c.points if p.stage_id == stage_id), None)

        def refresh() -> None:
            current = point()
            slider.blockSignals(True)
            slider.setValue(round(current.score * 2) if current else 0)
            slider.blockSignals(False)

        slider.valueChanged.connect(lambda v: self.push(SetEmotionPoint(curve_id, stage_id, score=v / 2)))
        self.refreshers.append(refresh)
        form.addRow(name, slider)
        get = lambda: (point().label if point() else "")  # noqa: E731
        make = lambda value, session: SetEmotionPoint(curve_id, stage_id, label=value, session=session)  # noqa: E731
        self._bind(form, tr("Feeling"), LineBinding(get, make, self.push, tr("e.g. Frustrated")))

    def _curve(self, form: QFormLayout, target: Target) -> str:
        cid = target.id
        lane_obj, _, _ = find_curve(self.doc, cid)
        curve = lambda: find_curve(self.doc, cid)[2]  # noqa: E731
        ref = ("curve", cid)
        self._line(form, tr("Name"), ref, curve, "name", tr("the persona's name"))
        options: list[tuple[Any, str, Any]] = [(None, tr("No persona"), None)]
        options += [(p.id, p.name, None) for p in self.doc.personas]
        get, make = self._fields(ref, curve, "persona_id")
        self._bind(form, tr("Persona"), ComboBinding(options, get, make, self.push))
        get, make = self._fields(ref, curve, "variant")
        self._bind(form, tr("Experience"), ComboBinding(
            [("as_is", tr("As is (today)"), None), ("to_be", tr("To be (desired)"), None)], get, make, self.push))
        self._color(form, tr("Colour"), ref, curve, "color", allow_none=True)
        if target.stage_id:
            self._point_editor(form, lane_obj.id, cid, target.stage_id)
        self._buttons(form, [(tr("Delete curve"), self.controller.delete_selection)])
        return tr("Emotion curve")
