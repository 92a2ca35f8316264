"""Smoke test and timings of the built bundle: ``python packaging/smoke_bundle.py dist/JourneyMap/journeymap``.

Runs the bundled program the way a user's machine would, from a folder outside the
checkout with a clean environment: ``--version``, ``new`` + ``validate`` on a file name with
spaces and an ñ, ``export`` of the shipped sample to PDF (text checked with pdftotext when
installed), and the editor opened offscreen on that sample, quitting after its first paint.
It checks that the Qt platform plugins (offscreen, xcb, wayland), Qt's Spanish translations,
the Vera fonts and the app's resources are inside, and prints the bundle's size and start
times (median of a few runs: process start to ``--version`` printed, and to the editor's
first painted window), next to the same wheel run from a plain venv as the baseline.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
#: Set for the editor: it quits right after its first painted window, printing the time.
FIRST_PAINT_ENV = "JOURNEYMAP_QUIT_AFTER_FIRST_PAINT"


def fail(message: str) -> None:
    print(f"smoke_bundle: FAILED: {message}", file=sys.stderr)
    raise SystemExit(1)


def step(message: str) -> None:
    print(f"smoke_bundle: {message}", flush=True)


def clean_env(home: Path) -> dict[str, str]:
    """The user's environment without anything pointing at Python or this checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "JOURNEYMAP_"))}
    env["JOURNEYMAP_HOME"] = str(home)
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p and "bundle-venv" not in p)
    return env


def run(program: Path, *args: str, env: dict[str, str], cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=cwd, timeout=timeout)


def bundle_root(program: Path) -> Path:
    """The folder with everything in it (``_internal`` in one-folder builds, or the .app's)."""
    for candidate in (program.parent / "_internal", program.parent.parent / "Resources",
                      program.parent.parent / "Frameworks", program.parent):
        if (candidate / "journeymap_desktop").is_dir():
            return candidate
    fail(f"no journeymap_desktop/ folder next to {program}")
    raise AssertionError


def check_contents(root: Path) -> None:
    def has(pattern: str) -> bool:
        return any(root.glob(pattern))

    checks = {
        "templates": "journeymap_desktop/resources/templates/ecommerce.json",
        "sample maps": "journeymap_desktop/resources/samples/sample-es.journeymap",
        "app icon": "journeymap_desktop/icons/journeymap.svg",
        "reportlab's Vera fonts": "reportlab/fonts/Vera.ttf",
        "Qt's Spanish translations": "PySide6/**/translations/qtbase_es.qm",
    }
    if sys.platform.startswith("linux"):
        checks |= {
            "Qt offscreen platform": "PySide6/Qt/plugins/platforms/*qoffscreen*",
            "Qt xcb platform": "PySide6/Qt/plugins/platforms/*qxcb*",
            "Qt wayland platform": "PySide6/Qt/plugins/platforms/*qwayland*",
            "Qt SVG icon engine": "PySide6/Qt/plugins/iconengines/*svg*",
            "Qt JPEG reader": "PySide6/Qt/plugins/imageformats/*qjpeg*",
        }
    missing = [what for what, pattern in checks.items() if not has(pattern)]
    if missing:
        fail(f"the bundle lacks: {', '.join(missing)}")
    # The Python module (QtQml.abi3.so, QtQml.pyd) or the Qt library (libQt6Qml.so.6,
    # Qt6Qml.dll, QtQml.framework) of modules the app never imports.
    unwanted = [name for name in ("QtQml", "QtQuick", "QtNetwork", "QtWebEngineCore")
                if has(f"PySide6/{name}.*") or has(f"PySide6/**/*Qt6{name[2:]}.*")
                or has(f"PySide6/**/{name}.framework")]
    if unwanted:
        fail(f"the bundle carries Qt modules the app never uses: {', '.join(unwanted)}")
    step("contents: resources, icons, fonts, Qt plugins and translations present; no unused Qt modules")


def _compare(samples: dict[Path, list[float]], bundle: Path) -> str:
    """'median N ms (bundle) vs M ms (venv), ratio R' for the timings of each program."""
    bundle_ms = statistics.median(samples[bundle])
    text = f"bundle median {bundle_ms:.0f} ms of {len(samples[bundle])} runs"
    others = [prog for prog in samples if prog != bundle]
    if others:
        venv_ms = statistics.median(samples[others[0]])
        text += f", the wheel in a venv {venv_ms:.0f} ms (ratio {bundle_ms / venv_ms:.2f})"
    return text


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    program = Path(sys.argv[1]).resolve()
    if not program.is_file():
        fail(f"{program} does not exist: build the bundle first (packaging/build_bundle.sh)")
    app_dir = program.parent.parent.parent if program.parent.name == "MacOS" else program.parent
    root = bundle_root(program)
    check_contents(root)
    size_mb = folder_size(app_dir) / 1e6
    step(f"size: {size_mb:.0f} MB in {app_dir}")

    # Baseline for the timings: the same wheel installed in a plain venv (build_bundle.sh runs
    # this script with the build venv's Python, where that wheel is installed).
    baseline = Path(sys.executable).parent / ("journeymap.exe" if os.name == "nt" else "journeymap")
    programs = [program] + ([baseline] if baseline.is_file() else [])

    with tempfile.TemporaryDirectory(prefix="jm-bundle-smoke ñ ") as tmp:
        work = Path(tmp)
        env = clean_env(work / "home")

        version_ms: dict[Path, list[float]] = {prog: [] for prog in programs}
        for _ in range(RUNS):
            for prog in programs:  # interleaved, so both see the same machine load
                start = time.perf_counter()
                result = run(prog, "--version", env=env, cwd=work)
                version_ms[prog].append((time.perf_counter() - start) * 1000)
                if result.returncode != 0 or not result.stdout.startswith("JourneyMap Desktop "):
                    fail(f"{prog} --version: {result.stdout}{result.stderr}")
        step(f"--version: {result.stdout.strip()}; {_compare(version_ms, program)}")

        a_map = work / "mapa de prueba ñ.journeymap"
        for args in (("new", "-t", "ecommerce", "-o", str(a_map)), ("validate", str(a_map))):
            result = run(program, *args, env=env, cwd=work)
            if result.returncode != 0:
                fail(f"{' '.join(args[:1])}: {result.stdout}{result.stderr}")
        step("new + validate: ok")

        sample = root / "journeymap_desktop" / "resources" / "samples" / "sample-es.journeymap"
        poster = work / "póster.pdf"
        start = time.perf_counter()
        result = run(program, "export", str(sample), "-o", str(poster), env=env, cwd=work)
        export_s = time.perf_counter() - start
        if result.returncode != 0 or not poster.is_file() or not poster.read_bytes().startswith(b"%PDF-"):
            fail(f"export: {result.stdout}{result.stderr}")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(poster), "-"], capture_output=True,
                                  text=True, encoding="utf-8", check=True).stdout
            for words in ("aceite de oliva", "Descubrimiento"):
                if words.lower() not in text.lower():
                    fail(f"the exported poster lacks '{words}'")
            checked = ", text checked"
        else:
            checked = " (pdftotext missing: text not checked)"
        step(f"export of the sample: ok ({poster.stat().st_size // 1024} KiB in {export_s:.2f} s{checked})")

        if sys.platform.startswith("linux"):
            prefix = work / "prefix"
            result = run(program, "install-desktop", "--prefix", str(prefix), env=env, cwd=work)
            entry = prefix / "share" / "applications" / "io.github.journeymap.JourneyMap.desktop"
            if result.returncode != 0 or not entry.is_file():
                fail(f"install-desktop: {result.stdout}{result.stderr}")
            if f"Exec={program} %F" not in entry.read_text(encoding="utf-8").splitlines():
                fail(f"install-desktop's menu entry does not run {program}")
            step("install-desktop: ok (menu entry runs the bundle)")

        editor_env = env | {"QT_QPA_PLATFORM": "offscreen", FIRST_PAINT_ENV: "1"}
        paint_ms: dict[Path, list[float]] = {prog: [] for prog in programs}
        for _ in range(RUNS):
            for prog in programs:
                launched = time.time()
                result = run(prog, str(sample), env=editor_env, cwd=work, timeout=60)
                if result.returncode == 3 and "not built yet" in result.stderr:
                    step("SKIPPED the editor: this version has no editor yet")
                    return 0
                probe = [line for line in result.stderr.splitlines() if line.startswith("journeymap: first paint at ")]
                if result.returncode != 0 or not probe:
                    fail(f"{prog} did not open and paint the sample offscreen (exit {result.returncode}): "
                         f"{result.stdout}{result.stderr}")
                if not probe[0].endswith(f": {sample.resolve()}"):
                    fail(f"the editor painted something else than the sample: {probe[0]}")
                painted_at = float(probe[0].split(" at ", 1)[1].split(",")[0].split(":")[0])
                paint_ms[prog].append((painted_at - launched) * 1000)
        step(f"editor offscreen, launch to first paint of the sample: {_compare(paint_ms, program)}")
    step("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
