"""The issue-12 "Done when" script: a 30-minute mapping workshop, run on the real editor
under Xvfb, driven by keys and clicks, with screenshots and measurements.

``scripts/workshop_run.py OUT [--size 1920x1080] [--lang es]`` starts its own Xvfb display
of that size (the editor goes truly full screen there), then: the welcome screen → the
e-commerce template with the keyboard → present mode (F5) → stages filled in place (Enter,
typing, arrows) → a time box (T, 5, Enter) → PageDown through the stages (the time from
key to stage change is measured) → the whole map (O) → a dot vote (Ctrl+Shift+V, Enter,
clicks and Space) → the ranking → the poster with votes, exported with the same code as
File → Export and rendered with pdftoppm. Screenshots of the whole screen go to OUT, and
``measurements.json`` has the text sizes in present mode (from the items' geometry) and
the key-to-stage times. Without ``--inside`` it re-runs itself under Xvfb.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TEXTS = {
    "es": {"activities": ["Busca en Google", "Compara precios"], "pain_points": ["Envío caro", "Web lenta"],
           "opportunities": ["Envío gratis desde 30 €"]},
    "en": {"activities": ["Searches on Google", "Compares prices"], "pain_points": ["Shipping is expensive", "Slow site"],
           "opportunities": ["Free shipping over 30 €"]},
}


def outside(args: argparse.Namespace) -> int:
    """Start Xvfb at the size asked, run this script inside it."""
    width, height = args.size.split("x")
    display = f":{90 + os.getpid() % 50}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        return subprocess.call([sys.executable, __file__, args.out, "--size", args.size, "--lang", args.lang,
                                "--inside"], env=env)
    finally:
        xvfb.terminate()
        xvfb.wait()


def inside(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    lang = args.lang
    home = tempfile.mkdtemp(prefix="workshop-home-")
    os.environ["JOURNEYMAP_HOME"] = home
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtGui import QGuiApplication, QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from journeymap_desktop.ui.app import EditorApp, make_application
    from journeymap_desktop.ui.settings import Preferences
    from journeymap_desktop.ui.translations import install_translations

    qapp = make_application([sys.argv[0]])
    prefs = Preferences()
    prefs.language = lang
    editor = EditorApp(qapp, prefs)
    install_translations(qapp, lang)
    figures: dict[str, object] = {"size": args.size, "lang": lang}
    shot_no = [0]

    def wait(ms: int) -> None:
        QTest.qWait(ms)

    def settle() -> None:
        """Until the stage's slide is over (frames are slower on a busy machine)."""
        for _ in range(200):
            if window.presenter._slide.state() != window.presenter._slide.State.Running:
                break
            QTest.qWait(10)
        wait(100)

    def type_text(widget: QWidget, text: str) -> None:
        """Key events carrying each character (QTest's keyClicks knows only ASCII: é, €)."""
        for char in text:
            key = Qt.Key.Key_Space if char == " " else (Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum()
                                                       else Qt.Key.Key_unknown)
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))

    def shot(name: str) -> None:
        wait(250)
        shot_no[0] += 1
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(out / f"{shot_no[0]:02d}-{name}.png"))

    # 1. The welcome screen, the template chosen with the keyboard.
    welcome = editor.show_welcome()
    welcome.resize(*map(int, args.size.split("x")))
    welcome.showMaximized()
    welcome.activateWindow()
    wait(400)
    screen_w = welcome.welcome  # type: ignore[attr-defined]
    screen_w.language.setCurrentIndex(screen_w.language.findData(lang))
    wait(200)
    shot("welcome")
    gallery = screen_w.gallery
    card = gallery.card("ecommerce")
    first = gallery.cards[0]
    first.setFocus()
    wait(50)
    for _ in range(gallery.cards.index(card)):
        QTest.keyClick(QApplication.focusWidget() or first, Qt.Key.Key_Right)
    QTest.keyClick(QApplication.focusWidget() or card, Qt.Key.Key_Return)
    wait(500)
    window = editor.windows[0]
    window.showMaximized()
    window.activateWindow()  # Xvfb has no window manager to do it
    wait(400)
    shot("editor")

    # 2. Present the template.
    view = window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F5)
    window.setGeometry(window.screen().geometry())  # what a window manager does for full screen
    wait(700)
    shot("present-first-stage")
    doc = window.document.doc

    def lane_of(kind: str) -> str:
        return next(lane.id for lane in doc.lanes if lane.kind == kind)

    def type_cards(kind: str, titles: list[str]) -> None:
        """Arrows to the lane's cell of the shown stage, Enter, type, Enter (next card)."""
        target = lane_of(kind)
        lanes = [lane.id for lane in doc.lanes]
        for _ in range(len(lanes)):
            focus = window.selection.focus
            if focus is not None and focus[0] == target:
                break
            step = Qt.Key.Key_Down if focus is None or lanes.index(focus[0]) < lanes.index(target) else Qt.Key.Key_Up
            QTest.keyClick(view, step)
        for title in titles:
            QTest.keyClick(view, Qt.Key.Key_Return)
            editor_widget = QApplication.focusWidget() or window.focusWidget() or view
            type_text(editor_widget, title)
            QTest.keyClick(editor_widget, Qt.Key.Key_Return)  # finish (Enter again would add the next)
            wait(60)

    # 3. Fill the stages, in present mode, stage by stage; time the stage changes.
    words = TEXTS[lang]
    switch_ms: list[float] = []
    slide_ms: list[float] = []
    stages = len(doc.stages)
    for index in range(stages):
        for kind in ("activities", "pain_points", "opportunities"):
            type_cards(kind, words[kind] if index % 2 == 0 or kind != "opportunities" else [])
        if index == 0:
            # The time box for this part: T, 5, Enter.
            QTest.keyClick(view, Qt.Key.Key_T)
            wait(200)
            prompt = window.timer.prompt
            assert prompt is not None
            QTest.keyClicks(prompt.field, "5")
            QTest.keyClick(prompt.field, Qt.Key.Key_Return)
            wait(300)
            shot("present-filled-with-timer")
        if index < stages - 1:
            before = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            changed = (time.perf_counter() - before) * 1000
            settle()
            p = window.presenter
            if p.last_switch is not None:
                switch_ms.append((p.last_switch[1] - p.last_switch[0]) * 1000)
                slide_ms.append((p.last_switch[2] - p.last_switch[0]) * 1000)
            figures.setdefault("key_handler_ms", []).append(round(changed, 1))  # type: ignore[union-attr]
    shot("present-last-stage")
    # Text sizes on screen, from the items' geometry (a card title and its body).
    p = window.presenter
    shown = doc.stages[p.index].id
    lane = doc.lane(lane_of("activities"))
    card_id = next(c.id for c in getattr(lane, "cards") if c.stage_id == shown)
    item = window.scene.item_for_id[card_id]
    zoom = view.zoom()
    title = item.box.title
    figures["title_px"] = round(title.size * zoom, 1) if title else None
    body_lane = doc.lane(lane_of("pain_points"))
    figures["body_px"] = round(window.scene.map_style.card_body_size * zoom, 1)
    figures["screen"] = [QGuiApplication.primaryScreen().size().width(), QGuiApplication.primaryScreen().size().height()]
    figures["viewport"] = [view.viewport().width(), view.viewport().height()]
    figures["key_to_stage_settled_ms"] = [round(x, 1) for x in slide_ms]
    if slide_ms:
        figures["median_key_to_settled_ms"] = round(statistics.median(slide_ms), 1)
        figures["median_key_handler_ms"] = round(statistics.median(figures["key_handler_ms"]), 1)  # type: ignore[arg-type]
    QTest.keyClick(view, Qt.Key.Key_O)
    wait(400)
    shot("present-whole-map")
    QTest.keyClick(view, Qt.Key.Key_O)
    QTest.keyClick(view, Qt.Key.Key_Home)
    settle()

    # 4. Vote on the pain points and opportunities: Ctrl+Shift+V, Enter takes the defaults.
    def accept_setup() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            shot("vote-setup")
            QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(400, accept_setup)
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.activateWindow()  # back from the dialog (no window manager here to do it)
    wait(300)
    pains = [c.id for c in getattr(body_lane, "cards")]
    opportunities = [c.id for c in getattr(doc.lane(lane_of("opportunities")), "cards")]
    for _ in range(len(doc.lanes)):  # arrows down to the pain points (the view follows)
        focus = window.selection.focus
        if focus is not None and focus[0] == lane_of("pain_points"):
            break
        QTest.keyClick(view, Qt.Key.Key_Down)
    view.ensure_focus_visible()
    wait(200)
    visible = [cid for cid in pains + opportunities
               if view.viewport().rect().contains(view.mapFromScene(window.scene.item_for_id[cid].sceneBoundingRect().center()))]
    for n, card_id in enumerate((visible * 6)[:14]):
        point = view.mapFromScene(window.scene.item_for_id[card_id].sceneBoundingRect().center())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        wait(40)
        if n == 6:
            shot("vote-dots-landing")
    # The rest of the room votes with the keyboard on other stages.
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    settle()
    type_focus = [cid for cid in pains if window.scene.item_for_id[cid].box.stage_id == doc.stages[1].id]
    for card_id in type_focus[:1]:
        window.controller.select_items([card_id])
        for _ in range(4):
            QTest.keyClick(view, Qt.Key.Key_Space)
    wait(200)
    shot("vote-keys-other-stage")
    window.activateWindow()
    wait(100)
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait(500)
    shot("vote-results")
    results = window.voting.results
    figures["ranking"] = results.rows() if results is not None else []
    if results is not None:
        results.close()
    window.activateWindow()
    QTest.keyClick(view, Qt.Key.Key_O)
    wait(400)
    shot("present-whole-map-voted")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    wait(500)
    figures["left_present_with_one_escape"] = not window.workshop
    shot("editor-after")

    # 5. The poster with votes: saved, exported with the CLI's code, rendered by pdftoppm.
    map_path = out / "workshop.journeymap"
    window.document.save(map_path)
    poster = out / "poster.pdf"
    subprocess.run([sys.executable, "-m", "journeymap_desktop", "export", str(map_path), "-o", str(poster)],
                   check=True)
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-singlefile", str(poster), str(out / "poster")], check=True)
    (out / "measurements.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(figures, ensure_ascii=False))
    window.document.undo_stack.setClean()
    editor.quit()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--lang", default="es", choices=("es", "en"))
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    return inside(args) if args.inside else outside(args)


if __name__ == "__main__":
    sys.exit(main())
