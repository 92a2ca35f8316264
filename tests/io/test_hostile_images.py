"""Issue 5, case 6 (images): corrupt, empty, unsupported and bomb images give a sentence.

Importing a picture and opening a map that holds a bad one must neither crash nor blow
up memory; the rest of the map is untouched and the bad image is named.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from journeymap_desktop.io.images import (
    ImageImportError,
    asset_from_bytes,
    asset_problems,
    decode_asset,
    probe_image,
)
from journeymap_desktop.io.mapfile import dumps_map, load_map
from journeymap_desktop.model import Asset
from tests.helpers import sample_map
from tests.io.hostile import (
    BOMB_SIDE,
    CORRUPT_IMAGES,
    UNSUPPORTED_IMAGES,
    jpeg_claiming,
    peak_rss_mb,
    png_bomb,
    png_header_only,
    small_image,
)

BOMBS = {
    "png 1-bit 20000x20000": png_bomb(),
    "png rgba header 20000x20000": png_header_only(BOMB_SIDE, BOMB_SIDE),
    "jpeg header 20000x20000": jpeg_claiming(BOMB_SIDE, BOMB_SIDE),
    "png 9000x9000 (under Pillow's limit, over ours)": png_bomb(9000),
    "png 30000x3000": png_header_only(30_000, 3_000),
}


def test_the_bomb_is_what_it_claims() -> None:
    """The test input is a real 20,000 x 20,000 image that would take 400 MB to decode."""
    data = BOMBS["png 1-bit 20000x20000"]
    assert len(data) < 100_000
    assert data[16:24] == BOMB_SIDE.to_bytes(4, "big") * 2


@pytest.mark.parametrize("name", sorted(CORRUPT_IMAGES))
def test_corrupt_image_is_refused_with_a_sentence(name: str) -> None:
    with pytest.raises(ImageImportError) as caught:
        asset_from_bytes(CORRUPT_IMAGES[name])
    message = str(caught.value)
    assert message[0].islower() and "Traceback" not in message
    assert any(word in message for word in ("empty", "not an image", "damaged"))


@pytest.mark.parametrize("name", sorted(UNSUPPORTED_IMAGES))
def test_unsupported_type_is_refused_naming_what_is_supported(name: str) -> None:
    with pytest.raises(ImageImportError, match="PNG, JPEG, GIF, WebP or BMP"):
        asset_from_bytes(UNSUPPORTED_IMAGES[name])


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_decompression_bomb_is_refused_before_decoding(name: str) -> None:
    with pytest.raises(ImageImportError, match="too large to open safely"):
        asset_from_bytes(BOMBS[name])
    with pytest.raises(ImageImportError, match="too large to open safely"):
        probe_image(BOMBS[name])


def test_bomb_import_keeps_memory_bounded() -> None:
    """Decoding would take 400 MB; refusing it must cost next to nothing."""
    setup = (
        "from tests.io.hostile import png_bomb\n"
        "from journeymap_desktop.io.images import asset_from_bytes, ImageImportError\n"
        "data = png_bomb()\n"
    )
    baseline, _ = peak_rss_mb(setup)
    peak, out = peak_rss_mb(setup + (
        "try:\n    asset_from_bytes(data)\nexcept ImageImportError as exc:\n    print(exc)\n"
        "from journeymap_desktop.model import Asset\n"
        "import base64\n"
        "from journeymap_desktop.io.images import decode_asset\n"
        "try:\n    decode_asset(Asset(id='img-b', mime='image/png', width=1, height=1, data=base64.b64encode(data).decode()))\n"
        "except ImageImportError as exc:\n    print(exc)\n"
    ))
    assert out.count("too large to open safely") == 2
    assert peak - baseline < 60, f"refusing a bomb took {peak - baseline:.0f} MB"


def _asset(data: bytes | str, mime: str = "image/png") -> Asset:
    text = data if isinstance(data, str) else base64.b64encode(data).decode("ascii")
    return Asset(id="img-bad", mime=mime, width=10, height=10, data=text)


HOSTILE_ASSETS: dict[str, Asset] = {
    "not base64": _asset("¡esto no es base64! <svg>"),
    "base64 of text": _asset(b"hola, no soy una imagen"),
    "base64 of nothing": _asset(""),
    "corrupt png": _asset(CORRUPT_IMAGES["png garbage pixels"]),
    "truncated jpeg": _asset(CORRUPT_IMAGES["truncated jpeg"], "image/jpeg"),
    "bomb": _asset(BOMBS["png 1-bit 20000x20000"]),
    "svg": _asset(UNSUPPORTED_IMAGES["svg"]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_ASSETS))
def test_map_with_a_hostile_image_opens_and_names_it(name: str, tmp_path: Path) -> None:
    """Everything else in the map is there; the bad picture is named, never decoded."""
    doc = sample_map()
    bad = HOSTILE_ASSETS[name]
    frame_lane = next(lane for lane in doc.lanes if lane.kind == "storyboard")
    index = next(i for i, a in enumerate(doc.assets) if a.id == frame_lane.frames[0].asset_id)  # type: ignore[union-attr]
    raw = json.loads(dumps_map(doc))
    raw["assets"][index]["data"] = bad.data
    raw["assets"][index]["mime"] = bad.mime
    path = tmp_path / "hostil.journeymap"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")

    opened = load_map(path)
    assert opened.lanes == doc.lanes and opened.stages == doc.stages and opened.personas == doc.personas
    problems = asset_problems(opened, decode=True)
    assert [p.path for p in problems] == [f"$.assets[{index}]"]
    if name != "corrupt png":  # damage inside the pixel data needs a decode to be seen
        assert asset_problems(opened) == problems
    with pytest.raises(ImageImportError) as caught:
        decode_asset(opened.assets[index], max_side=400)
    assert opened.assets[index].id in str(caught.value)
    # The other pictures still decode.
    for i, asset in enumerate(opened.assets):
        if i != index:
            assert decode_asset(asset, max_side=64).size[0] <= 64


def test_sound_map_has_no_image_problems() -> None:
    assert asset_problems(sample_map()) == []


def test_mime_that_lies_is_named() -> None:
    doc = sample_map()
    doc.assets = [*doc.assets, Asset(id="img-lie", mime="image/gif", width=40, height=30,
                                      data=base64.b64encode(small_image("PNG")).decode())]
    [problem] = asset_problems(doc)
    assert problem.path.endswith(".mime") and "image/png" in problem.message
