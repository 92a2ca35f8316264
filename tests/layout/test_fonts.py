"""Text measurement: the shipped Vera width tables match the fonts, and no font file is read
(nor reportlab or PIL imported) until something needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journeymap_desktop.layout import vera_widths
from journeymap_desktop.layout.fonts import (
    FALLBACK_BOLD,
    FALLBACK_REGULAR,
    PRIMARY_STYLES,
    Measurer,
    font_file,
)
from journeymap_desktop.layout.ttf import FontFileError, read_widths

ROOT = Path(__file__).resolve().parents[2]


def _reportlab_widths(path: Path) -> tuple[dict[int, float], float]:
    """reportlab's own metrics of a TTF: width (1/1000 em) of every character with a real glyph."""
    from reportlab.pdfbase.ttfonts import TTFont

    face = TTFont("probe", str(path)).face
    widths = {code: width for code, width in face.charWidths.items() if face.charToGlyph.get(code)}
    return widths, float(face.defaultWidth)


@pytest.mark.parametrize("name", sorted(PRIMARY_STYLES))
def test_shipped_vera_widths_are_reportlabs_widths(name: str) -> None:
    path = font_file(name)
    assert path is not None
    expected, default = _reportlab_widths(path)
    unit = 1000.0 / vera_widths.UNITS_PER_EM
    shipped = {first + i: width * unit for first, run in vera_widths.RUNS[name].items() for i, width in enumerate(run)}
    assert shipped == expected
    assert vera_widths.DEFAULT[name] * unit == default
    measure = Measurer()
    assert measure.width("Mañana — «sí»", name, 10) == pytest.approx(
        sum(expected[ord(ch)] for ch in "Mañana — «sí»") / 100)


def test_the_generator_reproduces_the_shipped_table() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_font_widths
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert make_font_widths.generate() == (ROOT / "journeymap_desktop/layout/vera_widths.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [FALLBACK_REGULAR, FALLBACK_BOLD])
def test_the_font_reader_agrees_with_reportlab_on_the_fallbacks(name: str) -> None:
    path = font_file(name)
    if path is None:
        pytest.skip("DejaVu Sans is not installed here")
    expected, default = _reportlab_widths(path)
    font = read_widths(path)
    unit = 1000.0 / font.units_per_em
    assert {code: width * unit for code, width in font.widths.items()} == expected
    assert font.default * unit == default


def test_a_file_that_is_no_font_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 40)
    with pytest.raises(FontFileError, match="no head table"):
        read_widths(bad)


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return done.stdout.strip()


def test_laying_out_a_map_loads_no_font_file_nor_reportlab_or_pil() -> None:
    out = _run(
        "import sys\n"
        "from journeymap_desktop.layout import compute_layout\n"
        "from journeymap_desktop.layout.fonts import loaded_fonts\n"
        "from journeymap_desktop.io.mapfile import load_map\n"
        "from journeymap_desktop.paths import sample_map_path\n"
        "compute_layout(load_map(sample_map_path('es')))\n"
        "print(sorted(m for m in ('reportlab', 'PIL') if m in sys.modules), sorted(loaded_fonts()))\n"
    )
    assert out == "[] ['Vera', 'Vera-Bold', 'Vera-Italic']"


def test_a_fallback_font_is_read_when_a_character_needs_it() -> None:
    if font_file(FALLBACK_REGULAR) is None:
        pytest.skip("DejaVu Sans is not installed here")
    out = _run(
        "from journeymap_desktop.layout.fonts import Measurer, loaded_fonts\n"
        "m = Measurer()\n"
        "m.width('plain text', 'Vera', 10)\n"
        "before = 'DejaVuSans' in loaded_fonts()\n"
        "runs = m.runs('ok \u2713', 'Vera')\n"
        "print(before, 'DejaVuSans' in loaded_fonts(), runs[-1][1])\n"
    )
    assert out == "False True DejaVuSans"
