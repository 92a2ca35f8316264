"""The time-box timer of a workshop: start with a duration, pause, reset; never saved.

:class:`TimeBox` is the clock (it reads a monotonic clock, so a busy event loop never makes
it drift; tests pass their own clock). :class:`TimerLabel` shows it small in the status bar,
:class:`TimerOverlay` large over the canvas in present mode; both turn red and blink when
time is up, and then count the overrun ("+0:42"), because a facilitator glancing up needs
to see at once that the room is over time, and by how much.

Keys (window-wide, so they work whatever has the focus): Ctrl+T asks for a duration (type
``5``, ``2,5``, ``1:30`` or ``90s`` then Enter; ``0`` clears the timer), Ctrl+Shift+T
pauses and resumes. In present mode T and P do the same without Ctrl (nothing is being
typed there). A click on the status-bar timer offers the same in a menu.
"""

from __future__ import annotations

import re
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QMainWindow, QMenu, QVBoxLayout, QWidget

from journeymap_desktop.model.numbers import parse_decimal

Clock = Callable[[], float]

#: The longest time box, and how often the display updates (a 4 Hz tick keeps seconds exact
#: to the eye and costs nothing).
MAX_SECONDS = 3 * 60 * 60
TICK_MS = 250
#: After time is up, the cue blinks this long, then stays red.
BLINK_SECONDS = 15


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimeBox", text)


def parse_duration(text: str) -> int | None:
    """Seconds for what a person types: ``5`` (minutes), ``2,5``/``2.5``, ``1:30``, ``90s``,
    ``10m``, ``10 min``. ``0`` is zero (clear the timer). None when it is not a duration."""
    text = text.strip().lower().replace(" ", "")
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,3}):([0-5]?\d)", text)
    if match:
        seconds = int(match.group(1)) * 60 + int(match.group(2))
    else:
        match = re.fullmatch(r"(\d{1,4}(?:[.,]\d+)?)(s|seg|sec|m|min)?", text)
        if match is None:
            return None
        number = parse_decimal(match.group(1))
        seconds = round(number if match.group(2) in ("s", "seg", "sec") else number * 60)
    return seconds if seconds <= MAX_SECONDS else None


def format_clock(seconds: float) -> str:
    """``m:ss`` (``h:mm:ss`` past an hour), counting whole seconds up: 4:59.2 shows 5:00."""
    whole = int(-(-seconds // 1)) if seconds > 0 else 0
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TimeBox(QObject):
    """A countdown: ``start(seconds)``, ``toggle_pause()``, ``reset()``; ``changed`` on every
    visible change, ``expired`` once when it reaches zero."""

    changed = Signal()
    expired = Signal()

    def __init__(self, parent: QObject | None = None, clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.duration = 0.0
        self._spent = 0.0  # seconds run before the current run started
        self._started: float | None = None  # clock value when the current run started
        self._expired = False
        self.last_duration = 5 * 60
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.poll)

    # -- state --

    @property
    def active(self) -> bool:
        """A time box is set (running, paused or over time)."""
        return self.duration > 0

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def elapsed(self) -> float:
        run = (self.clock() - self._started) if self._started is not None else 0.0
        return self._spent + run

    @property
    def remaining(self) -> float:
        """Seconds left; negative once time is up (the overrun)."""
        return self.duration - self.elapsed

    @property
    def is_up(self) -> bool:
        return self.active and self.remaining <= 0

    def text(self) -> str:
        """What the displays show: ``4:32``, or ``+0:42`` over time."""
        if not self.active:
            return ""
        left = self.remaining
        return format_clock(left) if left > 0 else "+" + format_clock(-left)

    # -- actions --

    def start(self, seconds: float) -> None:
        """Start a new time box of ``seconds`` (0 clears the timer)."""
        if seconds <= 0:
            self.reset()
            return
        self.duration = float(min(seconds, MAX_SECONDS))
        self.last_duration = int(self.duration)
        self._spent = 0.0
        self._started = self.clock()
        self._expired = False
        self._tick.start()
        self.changed.emit()

    def toggle_pause(self) -> None:
        """Pause a running timer, resume a paused one (nothing when none is set)."""
        if not self.active:
            return
        if self._started is not None:
            self._spent += self.clock() - self._started
            self._started = None
            self._tick.stop()
        else:
            self._started = self.clock()
            self._tick.start()
        self.changed.emit()

    def add(self, seconds: float) -> None:
        """More (or less) time for the box that runs."""
        if self.active:
            self.duration = max(1.0, min(MAX_SECONDS, self.duration + seconds))
            if self.remaining > 0:
                self._expired = False
            self.changed.emit()

    def reset(self) -> None:
        """No timer any more."""
        self.duration = 0.0
        self._spent = 0.0
        self._started = None
        self._expired = False
        self._tick.stop()
        self.changed.emit()

    def poll(self) -> None:
        """Called by the tick (and by tests after moving their clock)."""
        if self.active and not self._expired and self.remaining <= 0:
            self._expired = True
            self.expired.emit()
        self.changed.emit()

    def blinking_off(self) -> bool:
        """During the first seconds over time, every other half second is the "off" phase."""
        over = -self.remaining
        return self.is_up and over < BLINK_SECONDS and int(over * 2) % 2 == 1


UP_COLOR = "#c62828"
#: Marks every font with the geometric shapes has (the stopwatch emoji is often missing).
CLOCK = "◷"
PAUSED = "❚❚"
PAUSED_COLOR = "#8a6500"


class TimerLabel(QLabel):
    """The timer in the status bar: ``◷ 4:32``, ``❚❚ 4:32`` paused, red over time. A click
    opens a menu (start 5/10/15 min, pause or resume, one more minute, clear)."""

    def __init__(self, timebox: TimeBox, ask: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timebox = timebox
        self.ask = ask
        self.setObjectName("timer-label")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        timebox.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the UI's language: at construction and after a language switch
        (the label is set once per change of the time box, so a switch must set it again)."""
        self.setToolTip(_tr("Time box: Ctrl+T sets it, Ctrl+Shift+T pauses; click for more"))
        self.refresh()

    def refresh(self) -> None:
        box = self.timebox
        if not box.active:
            self.setText(CLOCK + " " + _tr("Timer"))
            self.setStyleSheet("QLabel#timer-label { color: #52606d; padding: 0 8px; }")
            return
        if box.is_up:
            self.setText(CLOCK + " " + _tr("Time's up") + f" {box.text()}")
            off = box.blinking_off()
            self.setStyleSheet(f"QLabel#timer-label {{ color: {'#c62828' if off else '#ffffff'}; "
                               f"background: {'transparent' if off else UP_COLOR}; font-weight: 600; "
                               "padding: 0 8px; border-radius: 4px; }")
            return
        mark = CLOCK if box.running else PAUSED
        color = "#1f2933" if box.running else PAUSED_COLOR
        self.setText(f"{mark} {box.text()}")
        self.setStyleSheet(f"QLabel#timer-label {{ color: {color}; font-weight: 600; padding: 0 8px; }}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.menu().popup(self.mapToGlobal(QPoint(0, 0)))
            return
        super().mouseReleaseEvent(event)

    def menu(self) -> QMenu:
        box = self.timebox
        menu = QMenu(self)
        menu.addAction(_tr("Set the time box…") + "\tCtrl+T", self.ask)
        for minutes in (5, 10, 15):
            menu.addAction(_tr("%1 minutes").replace("%1", str(minutes)), self._starter(minutes * 60))
        if box.active:
            menu.addSeparator()
            menu.addAction((_tr("Resume") if not box.running else _tr("Pause")) + "\tCtrl+Shift+T",
                           box.toggle_pause)
            menu.addAction(_tr("One more minute"), lambda: box.add(60))
            menu.addAction(_tr("Clear the timer"), box.reset)
        return menu


    def _starter(self, seconds: int) -> Callable[[], None]:
        return lambda: self.timebox.start(seconds)


#: The smallest digits the overlay shrinks to when fitting a corner.
MIN_CORNER_PX = 24


class TimerOverlay(QWidget):
    """The timer large, over the top-right corner of the canvas, for the back of the room.

    It takes no input (clicks go to the map) and hides while no time box is set. Over time
    the whole badge turns red and blinks, then stays red. Present mode gives it a ``corner``
    (the empty one above the lane names): there it sits inside, its digits as large as fit,
    instead of over the right end of the current stage's chevron.
    """

    def __init__(self, timebox: TimeBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.timebox = timebox
        self.setObjectName("timer-overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.font_px = 56
        #: The digits' size as shown: ``font_px``, or less to fit ``corner``.
        self.shown_px = 56
        #: Where to sit (parent coordinates), or None for the top-right corner.
        self.corner: QRect | None = None
        timebox.changed.connect(self._refresh)
        parent.installEventFilter(self)
        self._refresh()

    def eventFilter(self, watched: QObject, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.parentWidget() and getattr(event, "type", lambda: None)() == QEvent.Type.Resize:
            self._place()
        return False

    def set_scale(self, screen_height: int) -> None:
        """Digits about 1/14 of the screen's height: 77 px at 1080 p, 55 px at 768."""
        self.font_px = max(36, round(screen_height / 14))
        self._place()

    def set_corner(self, corner: QRect | None) -> None:
        """Sit inside ``corner`` (parent coordinates), or back at the top right (None)."""
        self.corner = corner
        self._place()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self.shown_px)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        return font

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        from PySide6.QtGui import QFontMetrics

        text = (self.timebox.text() or "0:00").replace("0", "8")
        corner = self.corner
        self.shown_px = self.font_px
        while True:
            metrics = QFontMetrics(self._font())
            width = metrics.horizontalAdvance(text + "  ") + self.shown_px
            height = metrics.height() + self.shown_px // 3
            if corner is None or self.shown_px <= MIN_CORNER_PX \
                    or (width <= corner.width() and height <= corner.height()):
                break
            self.shown_px -= 2
        if corner is not None:
            self.setGeometry(QRect(corner.x(), corner.y(), width, height))
            return
        margin = max(12, self.font_px // 3)
        self.setGeometry(QRect(parent.width() - width - margin, margin, width, height))

    def _refresh(self) -> None:
        self.setVisible(self.timebox.active and self.isEnabled())
        self._place()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        box = self.timebox
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        up = box.is_up
        off = box.blinking_off()
        fill = QColor(UP_COLOR if up and not off else "#1f2933")
        fill.setAlpha(235 if up else 200)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = self.height() / 4
        painter.drawRoundedRect(self.rect(), radius, radius)
        painter.setFont(self._font())
        color = "#ffd54f" if not box.running and not up else "#ffffff"
        painter.setPen(QColor(color))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, box.text())
        painter.end()


class DurationPrompt(QFrame):
    """A small popup asking for the time box: type minutes, Enter starts; Escape cancels."""

    def __init__(self, timebox: TimeBox, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.timebox = timebox
        self.setObjectName("duration-prompt")
        self.setStyleSheet("QFrame#duration-prompt { background: #ffffff; border: 1px solid #1a73e8; "
                           "border-radius: 6px; } QLabel { color: #52606d; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        title = QLabel(_tr("Time box (minutes)"))
        title.setStyleSheet("font-weight: 600; color: #1f2933;")
        layout.addWidget(title)
        self.field = QLineEdit()
        self.field.setPlaceholderText(str(timebox.last_duration // 60) if timebox.last_duration % 60 == 0
                                      else format_clock(timebox.last_duration))
        self.field.setAccessibleName(_tr("Time box (minutes)"))
        layout.addWidget(self.field)
        self.hint = QLabel(_tr("5, 2.5 or 1:30 · Enter starts · 0 clears · Esc cancels"))
        layout.addWidget(self.hint)
        self.field.returnPressed.connect(self.accept)

    def accept(self) -> None:
        text = self.field.text()
        seconds = parse_duration(text) if text.strip() else self.timebox.last_duration
        if seconds is None:
            self.hint.setText(_tr("Not a duration: type minutes, like 5 or 1:30"))
            self.hint.setStyleSheet(f"color: {UP_COLOR};")
            self.field.selectAll()
            return
        self.timebox.start(seconds)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def show_over(self, widget: QWidget) -> None:
        """Pop up centred near the top of ``widget`` with the field focused."""
        self.adjustSize()
        self.resize(max(self.width(), 300), self.height())
        top_left = widget.mapToGlobal(QPoint((widget.width() - self.width()) // 2, widget.height() // 5))
        self.move(top_left)
        self.show()
        self.field.setFocus()


class WindowTimer(QObject):
    """One window's time box: the clock, its status-bar label, its large overlay for present
    mode, and the window-wide keys (Ctrl+T set, Ctrl+Shift+T pause/resume)."""

    def __init__(self, window: QMainWindow, canvas: QWidget) -> None:
        super().__init__(window)
        from journeymap_desktop.ui import keymap

        self.window = window
        self.canvas = canvas
        self.timebox = TimeBox(self)
        self.label = TimerLabel(self.timebox, self.ask)
        window.statusBar().addPermanentWidget(self.label)
        self.overlay = TimerOverlay(self.timebox, canvas)
        self.overlay.setEnabled(False)
        self.overlay.hide()
        self.act_set = QAction(_tr("Set the time box…"), window)
        self.act_set.setShortcuts(keymap.shortcuts("timer.set"))
        self.act_set.triggered.connect(lambda _=False: self.ask())
        self.act_pause = QAction(_tr("Pause or resume the time box"), window)
        self.act_pause.setShortcuts(keymap.shortcuts("timer.pause"))
        self.act_pause.triggered.connect(lambda _=False: self.timebox.toggle_pause())
        rows = getattr(window, "actions_by_row", {})
        for row_id, action in (("timer.set", self.act_set), ("timer.pause", self.act_pause)):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
            rows[row_id] = action
        self.timebox.expired.connect(self._say_time_is_up)
        self.prompt: DurationPrompt | None = None

    def actions(self) -> list[QAction]:
        return [self.act_set, self.act_pause]

    def retranslate(self) -> None:
        """Texts in the UI's language; the actions go back on the window (its chrome was rebuilt)."""
        self.act_set.setText(_tr("Set the time box…"))
        self.act_pause.setText(_tr("Pause or resume the time box"))
        rows = getattr(self.window, "actions_by_row", {})
        for row_id, action in (("timer.set", self.act_set), ("timer.pause", self.act_pause)):
            self.window.addAction(action)
            rows[row_id] = action
        self.label.retranslate()

    def ask(self) -> None:
        """Pop up the duration prompt over the canvas."""
        self.prompt = DurationPrompt(self.timebox, self.canvas)
        self.prompt.show_over(self.canvas)

    def set_present(self, on: bool) -> None:
        """Present mode shows the timer large over the map (the status bar is hidden there)."""
        self.overlay.setEnabled(on)
        if on:
            self.overlay.set_scale(self.canvas.screen().geometry().height() if self.canvas.screen() else 1080)
        self.overlay.raise_()
        self.overlay._refresh()

    def _say_time_is_up(self) -> None:
        self.window.statusBar().showMessage(_tr("Time's up: the time box is over."), 10000)
