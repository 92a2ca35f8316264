"""Present mode (F5): one stage fills the screen, a sliver of each neighbour for context.

:class:`Presenter` belongs to a window. Entering lays the map out for the screen (see
:mod:`.fit`), shows "Stage 3 of 6" at the top left (a running time box under it) and a bar of keys that fades
after a few seconds. Keys (the ``present.*`` rows of ``ui/keymap.py``, plus the window's
PageUp/PageDown): ←/→ and PageUp/PageDown move between stages with a short slide, Home/End
go to the first/last, O shows the whole map and back, T and P set and pause the time box,
and one Escape leaves (unless a text is being typed in place, which Escape finishes first).
Up/Down and clicks still reach the canvas (moving between cards, voting).

The stage shown follows the window's :class:`~journeymap_desktop.ui.selection.Selection`,
the one place that says what is current: when the selection moves into another stage by
any way (Tab, Ctrl+arrows moving a card, a click on a neighbour's sliver, the outline), the
view slides there and the indicator says which stage it is.

The layout follows the viewport: a resize (the window going full screen, side panels shown
or hidden) re-lays the map out and re-centres the current stage without animation.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEasingCurve, QEvent, QObject, QPointF, QPropertyAnimation, QRect, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QGraphicsOpacityEffect, QLabel, QWidget

from journeymap_desktop.layout.style import DEFAULT_STYLE
from journeymap_desktop.ui import keymap
from journeymap_desktop.ui.canvas import fitted
from journeymap_desktop.ui.canvas.pinned import CAP
from journeymap_desktop.ui.present.fit import PresentFit, present_fit

if TYPE_CHECKING:
    from journeymap_desktop.ui.mainwindow import MainWindow

#: How long a stage change slides, and how long the hint bar stays before fading.
SLIDE_MS = 220
HINT_MS = 4000
FADE_MS = 900


def _tr(text: str) -> str:
    return QCoreApplication.translate("Present", text)


def _overlay_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    label.hide()
    return label


class Presenter(QObject):
    """Present mode of one window (``window.presenter``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.active = False
        self.overview = False
        self.index = 0
        self.fit: PresentFit | None = None
        viewport = self._viewport = self.view.viewport()
        # Children of the view, not of its viewport: a scrolling viewport moves its children.
        self.indicator = _overlay_label(self.view, "present-indicator")
        self.hint = _overlay_label(self.view, "present-hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fade_effect = QGraphicsOpacityEffect(self.hint)
        self.hint.setGraphicsEffect(self._fade_effect)
        self._fade = QPropertyAnimation(self._fade_effect, b"opacity", self)
        self._fade.setDuration(FADE_MS)
        self._fade.setStartValue(1.0)
        self._fade.setEndValue(0.0)
        self._fade.finished.connect(self.hint.hide)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self._fade.start)
        self._slide = QVariantAnimation(self)
        self._slide.setDuration(SLIDE_MS)
        self._slide.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._slide.valueChanged.connect(self._on_slide_value)
        self._slide.finished.connect(self._slide_done)
        #: (key pressed, first frame moved, slide finished), perf_counter seconds: the
        #: figures the workshop script prints as "time from key to stage change".
        self.last_switch: tuple[float, float, float] | None = None
        self._key_time: float | None = None
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(60)
        self._relayout.timeout.connect(self._fit_to_viewport)
        self._target = QPointF()
        self._first_frame = False
        self._pending_select: str | None = None
        self.view.installEventFilter(self)
        viewport.installEventFilter(self)
        window.scene.sceneRectChanged.connect(self._scene_rect_changed)
        window.selection.changed.connect(self._follow_selection)
        window.voting.activeChanged.connect(self._vote_started_or_closed)
        #: Whether the whole map was last fitted under a running time box (see _fit_overview).
        self._fitted_under_timer = False
        window.timer.timebox.changed.connect(self._timer_changed)

    # ----------------------------------------------------------------------- enter, leave

    def enter(self) -> None:
        """Lay the map out for the screen and show the current stage (or the first)."""
        self.active = True
        self.overview = False
        fitted.release(self.view)
        self.view.hold_fit = False  # the presenter gives the view its scene rect
        for dock in self.window.findChildren(QDockWidget):  # every side panel (review too); leaving restores them
            dock.hide()
        stages = self._stage_ids()
        stage_id = self._selected_stage()
        self.index = stages.index(stage_id) if stage_id in stages else 0
        self._fit_to_viewport(keep_selection=False)
        self.show_hint()

    def leave(self) -> None:
        self.active = False
        self.overview = False
        self._slide.stop()
        self._relayout.stop()
        self.fit = None
        self.view.hold_fit = True
        self.view.setSceneRect(QRectF())
        self.window.voting.set_present(False, 0)
        self.window.voting.bar.set_more_keys("")
        self.indicator.hide()
        self.window.timer.overlay.set_corner(None)
        self.hint.hide()
        self._hint_timer.stop()

    def text_scale(self) -> float:
        return max(1.0, float(self.window.app.prefs.workshop_text_scale) / 1.6)

    def _fit_to_viewport(self, keep_selection: bool = True) -> None:
        """Lay the map out for the viewport and show the current stage. Entering makes that
        stage the selection; a resize (projector resolution, full screen, the vote bar)
        keeps what the facilitator had selected and focused, and keeps it in sight."""
        if not self.active:
            return
        viewport = self.view.viewport()
        fit = present_fit(DEFAULT_STYLE, viewport.width(), viewport.height(), self.text_scale())
        if self.fit is None or abs(fit.style.stage_width - self.fit.style.stage_width) > 0.5 \
                or abs(fit.zoom - self.fit.zoom) > 1e-3:
            self.window.scene.set_style(fit.style)
        self.fit = fit
        self.view.set_zoom(fit.zoom)
        self._expand_scene_rect()
        self.window.voting.set_present(True, self.view.height())  # not the viewport: the bar takes some of it
        self.window.voting.bar.set_more_keys(self.hint_text())
        if self.overview:
            self._place_overlays()
            self._fit_overview()
        else:
            # A slide under way (a key pressed just before the resize) still lands on its
            # stage and selects it: the re-fit ends it at once instead of dropping it.
            sliding_to = self._pending_select
            self.go(self.index, animate=False, select=not keep_selection or sliding_to is not None)
            if keep_selection:
                self._reveal_selection()
        self._place_overlays()

    def _reveal_selection(self) -> None:
        """Scroll the selected cards (else the focused cell) into the clear area: the
        re-centred stage starts at its top, where they may not be."""
        scene = self.window.scene
        selection = self.window.selection
        rect = QRectF()
        for item_id in selection.items:
            item = scene.item_for_id.get(item_id)
            if item is not None:
                rect = rect.united(item.sceneBoundingRect())
        if rect.isNull() and selection.focus is not None:
            try:
                rect = scene.cell_rect(*selection.focus)
            except KeyError:
                return
        if not rect.isNull():
            # Clear of the key hint too while it shows (it floats over the map's bottom).
            self.view.reveal(rect, max(30, self.hint.height() + 2 * max(10, self._font_px() // 2))
                             if self.hint.isVisible() else 30)

    # ----------------------------------------------------------------------- stages

    def _stage_ids(self) -> list[str]:
        return [stage.id for stage in self.window.document.doc.stages]

    def stage_center_x(self, stage_id: str) -> float:
        """Scene x to centre the view on so the stage sits right of the lane names with a
        sliver of each neighbour showing."""
        assert self.fit is not None
        column = self.window.scene.layout.column(stage_id)
        width = self.view.viewport().width()
        zoom = self.view.zoom()
        header_w = self.window.scene.layout.lanes[0].header.rect.w if self.window.scene.layout.lanes else 0.0
        names = min(header_w * zoom, width * 0.22)
        column_left_px = names + self.fit.sliver_px
        return column.x + (width / 2 - column_left_px) / zoom

    def _selected_stage(self) -> str | None:
        """The stage of the current target, else of the focused cell."""
        selection = self.window.selection
        focus = selection.focus
        return selection.target.stage_of or (focus[1] if focus else None)

    def _follow_selection(self) -> None:
        """Show the stage the selection moved into, whichever way it got there. The
        presenter's own moves select their stage once the slide is over (``_pending_select``):
        until then the selection still names the stage being left, which is not a move."""
        if not self.active or self._pending_select is not None:
            return
        stages = self._stage_ids()
        stage_id = self._selected_stage()
        if stage_id not in stages or stages.index(stage_id) == self.index:
            return
        if self.overview:  # the whole map stays; O comes back to this stage
            self.index = stages.index(stage_id)
            return
        self.go(stages.index(stage_id), select=False)

    def go(self, index: int, animate: bool = True, select: bool = True) -> None:
        """Show stage ``index`` (clamped), sliding there when ``animate``; ``select``: make
        it the selection once there (not when the selection is already in it)."""
        stages = self._stage_ids()
        if not stages or self.fit is None:
            return
        self._key_time = time.perf_counter() if animate else None  # keys call this at once
        self.index = max(0, min(len(stages) - 1, index))
        stage_id = stages[self.index]
        self.overview = False
        if abs(self.view.zoom() - self.fit.zoom) > 1e-4:
            self.view.set_zoom(self.fit.zoom)
            animate = False
        target_x = self.stage_center_x(stage_id)
        current = self.view.mapToScene(self.view.viewport().rect().center())
        if animate:
            center_y = current.y()  # the room keeps looking at the same lanes
        else:
            visible_h = self.view.viewport().height() / self.view.zoom()
            center_y = self.window.scene.layout.grid_top - 4 + visible_h / 2
        self._target = QPointF(target_x, center_y)
        self._slide.stop()
        self._first_frame = True
        self._show_indicator()
        # The stage becomes the selection (what the inspector shows) once the slide is over:
        # rebuilding the inspector costs more than the whole slide's first frame.
        self._pending_select = stage_id if select else None
        if animate and abs(current.x() - target_x) > 0.5:
            self._slide.setStartValue(current.x())
            self._slide.setEndValue(target_x)
            self._slide.start()
        else:
            self._slide_to(target_x)
            self._slide_done()
            self._key_time = None

    def _on_slide_value(self, x: Any) -> None:
        # Setting the start and end values of a stopped animation emits valueChanged too:
        # only a running slide moves the view (else the end flashes before the slide).
        if self._slide.state() == QVariantAnimation.State.Running:
            self._slide_to(x)

    def _slide_to(self, x: Any) -> None:
        self.view.centerOn(QPointF(float(x), self._target.y()))
        if self._first_frame and self._key_time is not None:
            self._first_frame = False
            self.last_switch = (self._key_time, time.perf_counter(), 0.0)

    def _slide_done(self) -> None:
        if self._pending_select is not None:
            stage_id, self._pending_select = self._pending_select, None
            if stage_id in self._stage_ids():
                self._select(stage_id)
        if self.last_switch is not None and self._key_time == self.last_switch[0]:
            self.last_switch = (self.last_switch[0], self.last_switch[1], time.perf_counter())
            self._key_time = None

    def _scene_rect_changed(self, rect: QRectF) -> None:
        self._expand_scene_rect()

    def _expand_scene_rect(self) -> None:
        """Room beyond the map's edges, so the first and last stages sit where the others
        do (a view cannot scroll past its scene rectangle)."""
        if not self.active:
            return
        if self.overview:  # the map changed under the whole map (a vote's dots): fit it again
            self._fit_overview()
            return
        rect = self.window.scene.sceneRect()
        extra_w = self.view.viewport().width() / max(self.view.zoom(), 1e-3)
        extra_h = self.view.viewport().height() / max(self.view.zoom(), 1e-3) / 2
        self.view.setSceneRect(rect.adjusted(-extra_w, 0, extra_w, extra_h))

    def _select(self, stage_id: str) -> None:
        """The stage becomes current; the focus cell moves into it in the row the
        facilitator was in (the first lane when there was none)."""
        ops = self.window.controller
        focus = self.window.selection.focus
        lanes = [lane.id for lane in self.window.document.doc.lanes]
        if (focus is None or focus[1] != stage_id) and lanes:
            ops.select_cell(focus[0] if focus is not None and focus[0] in lanes else lanes[0], stage_id)
        ops.select_stage(stage_id)

    def step(self, delta: int) -> None:
        if self.overview:
            self.overview = False
        self.go(self.index + delta)

    def toggle_overview(self) -> None:
        """The whole map, and back to the stage."""
        if self.overview:
            self.overview = False
            self._expand_scene_rect()  # fitting the whole map gave the view the sheet's rectangle back
            self.go(self.index, animate=False)
            return
        self.overview = True
        self._slide.stop()
        self._show_indicator()
        self._fit_overview()

    def _fit_overview(self) -> None:
        """The whole map under the overlays at the top: fitted to the whole view, a tall
        map's title lay under "Whole map · 8 stages" and its persona under the time box."""
        view = self.view
        view.fit()  # the sheet's own rectangle again, and what fits when nothing is on top
        layout = self.window.scene.layout
        overlay = self.window.timer.overlay
        self._fitted_under_timer = overlay.isVisible()
        tops = [w.geometry().bottom() + 1 for w in (self.indicator, overlay) if w.isVisible()]
        top = max(tops, default=0) - view.viewport().y() + max(10, self._font_px() // 2)
        width, height = fitted.viewport_room(view)
        room = height - top - max(10, self._font_px() // 2)
        if not tops or room <= 0 or layout.width <= 0 or layout.height <= 0:
            return
        zoom = min(1.5, width / layout.width * 0.98, room / layout.height)
        view.set_zoom(zoom)
        zoom = view.zoom()
        # The view shows exactly this rectangle: the sheet centred across, and down the
        # room left under the overlays.
        y = top + max(0.0, room - layout.height * zoom) / 2
        view.setSceneRect(QRectF(layout.width / 2 - width / zoom / 2, -y / zoom, width / zoom, height / zoom))

    def _timer_changed(self) -> None:
        """A time box set or cleared while the whole map shows: make room for it, or take it back."""
        if self.active and self.overview and self.window.timer.overlay.isVisible() != self._fitted_under_timer:
            self._fit_overview()

    # ----------------------------------------------------------------------- overlays

    def indicator_text(self) -> str:
        stages = self.window.document.doc.stages
        if self.overview:
            return _tr("Whole map · %1 stages").replace("%1", str(len(stages)))
        if not stages:
            return ""
        stage = stages[min(self.index, len(stages) - 1)]
        return (_tr("Stage %1 of %2 · %3").replace("%1", str(self.index + 1)).replace("%2", str(len(stages)))
                .replace("%3", stage.name))

    def badge_text(self) -> str:
        """What the badge shows: "Stage 3 of 6" alone on one line, large enough for the back
        of the room; the stage's name is beside it, in its chevron (the full text is the
        badge's accessible name)."""
        stages = self.window.document.doc.stages
        if self.overview or not stages:
            return self.indicator_text()
        return _tr("Stage %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(stages)))

    def hint_text(self) -> str:
        return _tr("← → or PageUp/PageDown: stages · Home/End: first/last · O: whole map · "
                   "T: time box · Esc: leave")

    def retranslate(self) -> None:
        if self.active:
            self.hint.setText(self.hint_text())
            self.window.voting.bar.set_more_keys(self.hint_text())
            self._show_indicator()

    def _vote_started_or_closed(self, voting: bool) -> None:
        """While the room votes, the stage keys are on the vote bar, below the map: the
        hint would float over the lowest cards, which must stay in sight and clickable."""
        if voting and self.active:
            self._hint_timer.stop()
            self._fade.stop()
            self.hint.hide()

    def _font_px(self) -> int:
        return max(16, round(self.view.viewport().height() / 45))

    def _show_indicator(self) -> None:
        self.indicator.setText(self.badge_text())
        self.indicator.setAccessibleName(self.indicator_text())
        self.indicator.show()
        self.indicator.raise_()
        self._place_overlays()

    def show_hint(self) -> None:
        if self.window.voting.active:  # the vote bar carries the keys (see _vote_started_or_closed)
            return
        self.hint.setText(self.hint_text())
        self._fade.stop()
        self._fade_effect.setOpacity(1.0)
        self.hint.show()
        self.hint.raise_()
        self._place_overlays()
        self._hint_timer.start(HINT_MS)

    def _place_overlays(self) -> None:
        viewport = self.view.viewport()
        px = self._font_px()
        badge_px = px if self.overview else round(px * 1.3)  # "Stage 3 of 6" alone: room to be larger
        self.indicator.setStyleSheet(f"QLabel {{ background: rgba(31, 41, 51, 215); color: #ffffff; "
                                     f"font-size: {badge_px}px; font-weight: 600; "
                                     f"padding: {px // 3}px {px // 2}px; border-radius: {px // 3}px; }}")
        margin = max(10, px // 2)
        # On one line: top left over the empty corner where the lane names meet the stage row
        # (the whole map's "Whole map · 8 stages" is over the sheet instead).
        self.indicator.setWordWrap(False)
        self.indicator.setMinimumWidth(0)
        self.indicator.setMaximumWidth(viewport.width() // 2)
        self.indicator.adjustSize()
        self.indicator.move(margin, margin)
        self._place_timer(margin)
        self.hint.setStyleSheet(f"QLabel {{ background: rgba(31, 41, 51, 200); color: #e4e7eb; "
                                f"font-size: {round(px * 0.8)}px; padding: {px // 3}px {px}px; "
                                f"border-radius: {px // 3}px; }}")
        self.hint.setFixedWidth(min(viewport.width() - 2 * margin, round(px * 48)))
        self.hint.adjustSize()
        bottom = viewport.height() - margin
        if self.window.voting.bar.isVisible():
            bottom = self.window.voting.bar.y() - margin
        self.hint.move((viewport.width() - self.hint.width()) // 2, bottom - self.hint.height())

    def _place_timer(self, margin: int) -> None:
        """A stage shown: the time box goes in the corner under the badge, above the lane
        names, where it covers no stage's chevron; the whole map: back at the top right."""
        overlay = self.window.timer.overlay
        layout = self.window.scene.layout
        if self.overview or self.fit is None or not layout.stage_headers:
            overlay.set_corner(None)
            return
        zoom = self.view.zoom()
        corner_w = round(self.view.pinned().column_width * zoom) or round(self.fit.names_px)
        # The stage row's bottom, whether the map's own row shows or the pinned one (which
        # never takes more than its share of the height).
        row_bottom = min(layout.stage_headers[0].rect.h * zoom, CAP * self.view.viewport().height())
        top = self.indicator.geometry().bottom() + 1 + margin // 2
        overlay.set_corner(QRect(margin, top, max(0, corner_w - 2 * margin), max(0, round(row_bottom) - top - 2)))

    # ----------------------------------------------------------------------- keys

    def commands(self) -> dict[str, Any]:
        timer = self.window.timer
        return {
            "present.next": lambda: self.step(1),
            "present.previous": lambda: self.step(-1),
            "present.first": lambda: self.go(0),
            "present.last": lambda: self.go(len(self._stage_ids()) - 1),
            "present.overview": self.toggle_overview,
            "present.timer": timer.ask,
            "present.pause": timer.timebox.toggle_pause,
            "present.leave": lambda: self.window.set_workshop(False),
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Compare by identity and event type before touching any widget: this also runs
        # while the window is being torn down.
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._viewport:
            self._relayout.start()
            return False
        if kind == QEvent.Type.KeyPress and watched is self.view and isinstance(event, QKeyEvent):
            if self.view.editing or self.view.interaction is not None:
                return False
            found = keymap.match(event, keymap.Scope.PRESENT)
            if found is None:
                return False
            self.commands()[found[0].id]()
            return True
        return False
