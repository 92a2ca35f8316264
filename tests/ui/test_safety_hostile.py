"""Issue 5, case 6 in the editor: hostile files and images, and text shown literally.

A file that cannot be opened is explained and changes nothing (the open maps, the locks);
a map whose pictures are bombs or garbage opens and draws placeholders within Qt's image
allocation limit; markup, control characters, right-to-left text and emoji in cards are
shown as the characters they are.
"""

from __future__ import annotations

import base64
import json
import unicodedata
from pathlib import Path
from typing import Any, Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox
from journeymap_desktop.ui import messages
from pytestqt.qtbot import QtBot

from journeymap_desktop.io.autosave import Autosave
from journeymap_desktop.io.mapfile import dumps_map, save_map
from journeymap_desktop.model import StoryboardLane
from journeymap_desktop.ui.app import EditorApp
from journeymap_desktop.ui.canvas.items import CardItem
from journeymap_desktop.ui.imagecache import ImageCache, decode_image
from journeymap_desktop.ui.mainwindow import MainWindow
from journeymap_desktop.ui.recovery import Orphan, RecoveryDialog
from journeymap_desktop.ui.render import render_image
from journeymap_desktop.ui.safety import message_box
from tests.helpers import sample_map
from tests.io.hostile import (
    BOMB_SIDE,
    CORRUPT_IMAGES,
    HOSTILE_TEXTS,
    UNSUPPORTED_IMAGES,
    jpeg_claiming,
    peak_rss_mb,
    png_bomb,
    png_header_only,
)
from tests.ui.uihelpers import show

HEAD = b'{"format": "journeymap", "version": 1, "notes": '
HOSTILE_FILES: dict[str, tuple[Callable[[Path], object], str]] = {
    "corrupt JSON": (lambda p: p.write_bytes(b'{"format": "journeymap", "version": 1, "stages": [{'), "not valid JSON"),
    "wrong types": (lambda p: p.write_text(dumps_map(sample_map()).decode().replace('"name": "', '"name": 7, "x": "', 1)),
                    "valid string"),
    "50 MB": (lambda p: p.write_bytes(HEAD + b'"' + b"x" * 50_000_000 + b'"}'), "files over"),
    "100,000 levels": (lambda p: p.write_bytes(HEAD + b"[" * 100_000 + b"]" * 100_000 + b"}"), "nested too deeply"),
    "millions of values": (lambda p: p.write_bytes(HEAD + b"[" + b"[]," * 2_000_000 + b"0]}"), "million JSON values"),
    "NaN metric": (lambda p: p.write_text(dumps_map(sample_map()).decode().replace("\"value\": 12000.0", "\"value\": NaN", 1)),
                   "finite"),
    "an image, not a map": (lambda p: p.write_bytes(png_bomb(200)), "not UTF-8|not valid JSON"),
}


@pytest.mark.parametrize("case", list(HOSTILE_FILES))
def test_hostile_file_is_explained_and_changes_nothing(case: str, editor: EditorApp, tmp_path: Path,
                                                      qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = show(editor.new_map("ecommerce", "es"), qtbot)
    window.controller.add_card(window.document.doc.lanes[0].id, window.document.doc.stages[0].id, title="en curso")
    before = dumps_map(window.document.doc)
    make, expected = HOSTILE_FILES[case]
    path = tmp_path / "hostil.journeymap"
    make(path)
    shown: list[str] = []
    monkeypatch.setattr(messages, "critical", lambda *args: shown.append(str(args[2])))
    assert editor.open_path(path) is None
    assert len(shown) == 1 and str(path) in shown[0]
    import re

    assert re.search(expected, shown[0]), shown[0]
    assert "Traceback" not in shown[0]
    assert editor.windows == [window] and dumps_map(window.document.doc) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostil.journeymap"]  # no lock left behind


BAD_PICTURES: dict[str, bytes | str] = {
    "1-bit 20000x20000 bomb": png_bomb(),
    "RGBA 20000x20000 header": png_header_only(BOMB_SIDE, BOMB_SIDE),
    "JPEG claiming 20000x20000": jpeg_claiming(BOMB_SIDE, BOMB_SIDE),
    "garbage pixels": CORRUPT_IMAGES["png garbage pixels"],
    "zero bytes": b"",
    "truncated JPEG": CORRUPT_IMAGES["truncated jpeg"],
    "SVG": UNSUPPORTED_IMAGES["svg"],
    "not base64": "¡no soy base64!",
}


def _map_with_bad_pictures() -> Any:
    doc = sample_map()
    story = next(lane for lane in doc.lanes if isinstance(lane, StoryboardLane))
    template = story.frames[0]
    assets = []
    frames = []
    for n, (name, data) in enumerate(BAD_PICTURES.items()):
        text = data if isinstance(data, str) else base64.b64encode(data).decode("ascii")
        asset_id = f"img-bad-{n}"
        # The declared size lies too: a hostile file says whatever it likes.
        assets.append({"id": asset_id, "mime": "image/png", "width": 40, "height": 30, "data": text})
        frames.append(template.model_copy(update={"id": f"frame-bad-{n}", "asset_id": asset_id, "caption": name,
                                                  "stage_id": doc.stages[n % len(doc.stages)].id}))
    raw = json.loads(dumps_map(doc))
    raw["assets"] += assets
    index = next(i for i, lane in enumerate(raw["lanes"]) if lane["kind"] == "storyboard")
    raw["lanes"][index]["frames"] += [json.loads(f.model_dump_json()) for f in frames]
    return raw


def test_map_with_bomb_and_garbage_pictures_opens_and_draws_placeholders(
        editor: EditorApp, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "imagenes.journeymap"
    path.write_text(json.dumps(_map_with_bad_pictures(), ensure_ascii=False), encoding="utf-8")
    window = editor.open_path(path)
    assert window is not None
    show(window, qtbot)
    window.view.fit()
    window.view.grab()  # paint everything once, at the size shown
    window.view.actual_size()
    window.view.grab()
    cache = window.scene.images
    for n, name in enumerate(BAD_PICTURES):
        image = cache.image(window.document.doc.asset(f"img-bad-{n}"), 1200)
        if name.startswith("JPEG"):
            # Its real data is a small picture: JPEG decodes at a fraction of the claimed size.
            assert image is None or image.width() * image.height() <= 2500 * 2500
        else:
            assert image is None, name
    good = next(a for a in window.document.doc.assets if not a.id.startswith("img-bad"))
    assert cache.image(good, 200) is not None
    image = render_image(window.document.doc, 0.25)
    assert not image.isNull()


def test_qt_refuses_the_bombs_within_bounded_memory() -> None:
    setup = ("import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
             "from PySide6.QtGui import QGuiApplication\napp = QGuiApplication([])\n"
             "from journeymap_desktop.ui.imagecache import decode_image\n"
             "from tests.io.hostile import png_bomb, png_header_only, jpeg_claiming\n"
             "bombs = [png_bomb(), png_header_only(20000, 20000), jpeg_claiming(20000, 20000), png_bomb(15000, bit_depth=8)]\n")
    baseline, _ = peak_rss_mb(setup)
    peak, out = peak_rss_mb(setup + "for data in bombs:\n"
                                    "    for side in (None, 400):\n"
                                    "        print(decode_image(data, side).isNull())\n")
    # Refused, except the lying JPEG asked for at 400 px: decoded at 1/8 scale, bounded.
    assert out.split() == ["True"] * 5 + ["False"] + ["True"] * 2
    assert peak - baseline < 60, f"decoding bombs took {peak - baseline:.0f} MB"


def test_decode_of_a_real_picture_still_works() -> None:
    from tests.io.hostile import small_image

    image = decode_image(small_image("PNG", (300, 200)), 100)
    assert isinstance(image, QImage) and (image.width(), image.height()) == (100, 67)
    assert ImageCache().image(sample_map().assets[0], 64) is not None


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_hostile_card_text_is_shown_literally(name: str, editor: EditorApp, tmp_path: Path, qtbot: QtBot) -> None:
    text = HOSTILE_TEXTS[name]
    doc = sample_map()
    lane = next(doc.card_lanes())
    path = tmp_path / "texto.journeymap"
    save_map(doc, path)
    window = editor.open_path(path)
    assert window is not None
    show(window, qtbot)
    card_id = window.controller.add_card(lane.id, doc.stages[0].id, title=text)
    assert card_id is not None
    item = window.scene.item_for_id[card_id]
    assert isinstance(item, CardItem) and item.box.title is not None
    assert_drawn_literally(text, item.box.title.text)
    window.view.grab()
    assert window.save()
    assert window.document.doc.find_card(card_id)[1].title == text


def assert_drawn_literally(text: str, shown: str) -> None:
    """Every character is drawn as itself and in order: markup is never interpreted. The
    layout's documented exceptions: line breaks and spacing may change, invisible control
    and format characters (and enclosing marks) are not drawn, accents are composed (NFC), a glyph no installed
    font has is drawn as U+FFFD, and a card too small for its text ends with "…"."""
    expected = [c for c in unicodedata.normalize("NFC", text) if not c.isspace()]
    drawn = [c for c in shown if not c.isspace()]
    truncated = bool(drawn) and drawn[-1] == "…" and "…" not in text
    if truncated:
        drawn.pop()
    i = 0
    for c in expected:
        if i < len(drawn) and (drawn[i] == c or drawn[i] == "\ufffd"):
            i += 1
        elif unicodedata.category(c) in ("Cc", "Cf", "Me"):
            continue  # not drawn (an enclosing keycap mark without a font for it either)
        elif truncated and i == len(drawn):
            break
        else:
            raise AssertionError(f"{c!r} not drawn as itself: {shown!r} for {text!r}")
    assert i == len(drawn), f"extra characters drawn: {shown!r} for {text!r}"
    for markup in ("<b>", "<para>", "&amp;", "<script>"):
        if markup in text:
            assert markup in shown.replace("\n", "")


def test_recovery_dialog_and_messages_show_titles_as_plain_text(editor: EditorApp, qtbot: QtBot) -> None:
    doc = sample_map()
    doc.title = "<b>Q3</b> <img src=x> &amp;"
    slot = Autosave(None)
    slot.write(doc)
    info = next(iter(__import__("journeymap_desktop.io.autosave", fromlist=["list_autosaves"]).list_autosaves()))
    dialog = RecoveryDialog([Orphan.read(info, "en")], lambda *args: None)
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert item is not None and item.text(0) == doc.title
    assert dialog.details.textFormat() == Qt.TextFormat.PlainText
    box = message_box(QMessageBox.Icon.Warning, "t", f"“{doc.title}” was changed", doc.title)
    labels = [label for label in box.findChildren(QLabel) if label.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
