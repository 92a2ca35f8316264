#!/usr/bin/env bash
# Wheel smoke test (CI runs it through tests/test_wheel_smoke.py): builds the wheel, installs
# it with its dependencies into a fresh virtual environment (a normal install, not editable),
# and runs the installed `journeymap` from a folder outside the checkout, so nothing can come
# from the source tree: --version, templates, new (into a file name with spaces and an ñ),
# validate, export to a PDF poster whose text is checked with pdftotext, and the editor
# opened offscreen on that map (it quits after its first paint).
#
#   scripts/wheel_smoke.sh            build, install, run; cleans up after itself
#   KEEP=1 scripts/wheel_smoke.sh     keep the temporary folder to look inside
#   PYTHON=python3.12 scripts/...     the interpreter of the fresh venv (default: the one
#                                     .venv was made from)
#
# pip may use its cache (that keeps it around a minute); it needs the package index or a
# warm cache for the dependencies (PySide6-Essentials, pydantic, reportlab, appdirs, Pillow).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEV_PY="$ROOT/.venv/bin/python"
[ -x "$DEV_PY" ] || DEV_PY="$(command -v python3)"
PYTHON="${PYTHON:-$("$DEV_PY" -c 'import sys; print(sys._base_executable)')}"
PIP_FLAGS=(--disable-pip-version-check --no-input --quiet)

WORK="$(mktemp -d "${TMPDIR:-/tmp}/jm-wheel-smoke.XXXXXX")"
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "wheel_smoke: kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
step() { echo "wheel_smoke: $*"; }
fail() { echo "wheel_smoke: FAILED: $*" >&2; exit 1; }
# Runs a noisy command (pip, setuptools) silently; shows its output only if it fails.
quietly() {
  local what="$1"; shift
  "$@" >"$WORK/log.txt" 2>&1 || { cat "$WORK/log.txt" >&2; fail "$what"; }
}

step "building the wheel"
build_flags=(--no-deps -w "$WORK/wheelhouse")
# Build with the dev environment's setuptools when it has them (no download); else isolated.
if "$DEV_PY" -c 'import setuptools, wheel, sys; sys.exit(int(setuptools.__version__.split(".")[0]) < 77)' 2>/dev/null; then
  build_flags+=(--no-build-isolation)
fi
quietly "pip wheel" "$DEV_PY" -m pip wheel "${PIP_FLAGS[@]}" "${build_flags[@]}" "$ROOT"
wheels=("$WORK"/wheelhouse/journeymap_desktop-*.whl)
[ -f "${wheels[0]}" ] || fail "no wheel was built"
WHEEL="${wheels[0]}"
step "built $(basename "$WHEEL") ($(du -k "$WHEEL" | cut -f1) KiB)"

step "installing it into a fresh venv ($("$PYTHON" --version 2>&1))"
quietly "python -m venv" "$PYTHON" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
JM="$WORK/venv/bin/journeymap"
quietly "pip install of the wheel" "$VPY" -m pip install "${PIP_FLAGS[@]}" "$WHEEL"
[ -x "$JM" ] || fail "the wheel installed no 'journeymap' command"

# Run from a folder outside the checkout, with nothing of the checkout on the path.
RUN="$WORK/run dir ñ"
mkdir -p "$RUN"
cd "$RUN"
unset PYTHONPATH
export JOURNEYMAP_HOME="$WORK/home"  # keep the smoke test's preferences out of the real ones
export QT_QPA_PLATFORM=offscreen

location="$("$VPY" -c 'import journeymap_desktop; print(journeymap_desktop.__file__)')"
case "$location" in
  "$WORK/venv/"*) ;;
  *) fail "journeymap_desktop was imported from $location, not from the installed wheel" ;;
esac

expected_version="$("$DEV_PY" -c 'import re,sys; print(re.search(r"__version__ = \"(.+)\"", open(sys.argv[1]).read()).group(1))' "$ROOT/journeymap_desktop/__init__.py")"
version="$("$JM" --version)"
step "journeymap --version: $version"
[ "$version" = "JourneyMap Desktop $expected_version" ] || fail "expected version $expected_version"

templates="$("$JM" templates)"
for name in blank ecommerce retail; do
  grep -q "$name" <<<"$templates" || fail "'journeymap templates' does not list '$name'"
done
step "journeymap templates: $(grep -c . <<<"$templates") lines"

MAP="mapa de prueba ñ.journeymap"
"$JM" new -t ecommerce -o "$MAP"
[ -s "$MAP" ] || fail "'journeymap new' wrote no map"
"$JM" validate "$MAP" || fail "'journeymap validate' rejected the new map"
step "journeymap new + validate: ok ($MAP)"

command -v pdftotext >/dev/null 2>&1 || fail "pdftotext is missing (Debian package poppler-utils)"
"$JM" export "$MAP" -o poster.pdf || fail "'journeymap export' failed"
[ "$(head -c 5 poster.pdf)" = "%PDF-" ] || fail "poster.pdf is not a PDF"
text="$(pdftotext -enc UTF-8 poster.pdf -)"
for words in "Customer journey de e-commerce" "Decisión de compra" "Consideración" "Fidelización" "Puntos de contacto"; do
  grep -qF "$words" <<<"$text" || fail "the poster lacks the text '$words'"
done
step "journeymap export: ok (poster.pdf, $(du -k poster.pdf | cut -f1) KiB, text checked)"
sample="$("$VPY" -c 'from journeymap_desktop.paths import sample_map_path; print(sample_map_path("es"))')"
"$JM" export "$sample" -o "sample ñ.pdf" || fail "'journeymap export' of the shipped sample failed"
pdftotext -enc UTF-8 "sample ñ.pdf" - | grep -qF "aceite de oliva" || fail "the sample poster lacks its title"
step "journeymap export of the shipped sample: ok ($(du -k "sample ñ.pdf" | cut -f1) KiB)"

# The editor from the installed copy, offscreen: it opens the map, paints, and quits.
painted="$(JOURNEYMAP_QUIT_AFTER_FIRST_PAINT=1 "$JM" "$MAP" 2>&1 >/dev/null | grep '^journeymap: first paint at ' || true)"
case "$painted" in
  *": $RUN/$MAP") step "journeymap MAP (editor, offscreen): opened and painted $MAP" ;;
  *) fail "the editor did not open and paint $MAP: ${painted:-no first paint reported}" ;;
esac

# The Linux desktop files travel in the wheel: install them for this installation.
if [ "$(uname -s)" = Linux ]; then
  "$JM" install-desktop --prefix "$WORK/prefix" >"$WORK/log.txt" 2>&1 || { cat "$WORK/log.txt" >&2; fail "journeymap install-desktop"; }
  entry="$WORK/prefix/share/applications/io.github.journeymap.JourneyMap.desktop"
  grep -qxF "Exec=$JM %F" "$entry" || fail "install-desktop's menu entry does not run $JM: $(grep '^Exec=' "$entry")"
  [ -f "$WORK/prefix/share/icons/hicolor/256x256/apps/io.github.journeymap.JourneyMap.png" ] || fail "install-desktop installed no app icon"
  if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$entry" || fail "the installed menu entry is invalid"; fi
  step "journeymap install-desktop: ok (menu entry runs the installed journeymap)"
fi

step "passed"
