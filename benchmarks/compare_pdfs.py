"""Do two PDFs look the same? ``python -m benchmarks.compare_pdfs BEFORE.pdf AFTER.pdf [DPI]``.

Rasterises every page of both with poppler's ``pdftoppm`` (default 100 dpi) and compares
them pixel by pixel with Pillow's ``ImageChops.difference``: prints, per page, how many
pixels differ at all, how many differ by more than 48 of 255 in some channel (what an eye
would notice: anti-aliasing moves edges by a level or two), the largest difference and its
bounding box. Exit status 0 when no page has a visible difference, 1 otherwise. Used to
check that performance work on the poster changed nothing visible.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageChops


def rasterise(pdf: Path, folder: Path, dpi: int) -> list[Path]:
    """Every page of ``pdf`` as a PNG in ``folder``, in page order."""
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(folder.glob(f"{pdf.stem}*.png"))


def compare(before: Path, after: Path, dpi: int = 100) -> bool:
    """Print the per-page differences; True when nothing visible changed."""
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        a_dir, b_dir = Path(tmp, "a"), Path(tmp, "b")
        a_dir.mkdir()
        b_dir.mkdir()
        pages_a, pages_b = rasterise(before, a_dir, dpi), rasterise(after, b_dir, dpi)
        if len(pages_a) != len(pages_b):
            print(f"page count differs: {len(pages_a)} vs {len(pages_b)}")
            return False
        for number, (pa, pb) in enumerate(zip(pages_a, pages_b), start=1):
            a, b = Image.open(pa).convert("RGB"), Image.open(pb).convert("RGB")
            if a.size != b.size:
                print(f"page {number}: size differs {a.size} vs {b.size}")
                same = False
                continue
            diff = ImageChops.difference(a, b)
            bands = diff.split()
            gray = ImageChops.lighter(ImageChops.lighter(bands[0], bands[1]), bands[2])
            histogram = gray.histogram()
            changed = sum(histogram[1:])
            visible = sum(histogram[49:])
            largest = max((v for v, n in enumerate(histogram) if n), default=0)
            print(f"page {number}: {a.size[0]}x{a.size[1]} px, {changed} differ ({changed / (a.size[0] * a.size[1]):.4%}), "
                  f"{visible} by more than 48/255, largest {largest}/255, box {gray.getbbox()}")
            if visible:
                same = False
    return same


if __name__ == "__main__":
    dpi = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    sys.exit(0 if compare(Path(sys.argv[1]), Path(sys.argv[2]), dpi) else 1)
