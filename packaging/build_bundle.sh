#!/usr/bin/env bash
# Builds the one-folder app with PyInstaller: dist/JourneyMap/ (dist/JourneyMap.app on macOS).
#
#   packaging/build_bundle.sh          build, then smoke-test the result
#   make bundle                        the same
#   PYTHON=python3.12 packaging/...    the interpreter of the build venv (default: the one
#                                      .venv was made from, else python3)
#   DIST_DIR=/tmp/out packaging/...    where the app goes (default: dist/); PyInstaller's
#                                      work files go to build/pyinstaller
#
# PyInstaller and the app's wheel go into their own venv (build/bundle-venv), never into the
# dev environment. Afterwards the built app is run headless: --version, an export of the
# shipped sample to PDF (text checked with pdftotext when present), and the editor opened
# offscreen once the editor exists. On Windows run it from Git Bash (see packaging/README.md).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ -x .venv/bin/python ]; then
  DEFAULT_PY="$(.venv/bin/python -c 'import sys; print(sys._base_executable)')"
else
  DEFAULT_PY="$(command -v python3 || command -v python)"
fi
PYTHON="${PYTHON:-$DEFAULT_PY}"
VENV="$ROOT/build/bundle-venv"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
PIP_FLAGS=(--disable-pip-version-check --no-input --quiet)
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"
step() { echo "build_bundle: $*"; }
fail() { echo "build_bundle: FAILED: $*" >&2; exit 1; }
# Runs a noisy command (pip, setuptools) silently; shows its output only if it fails.
quietly() {
  local what="$1"; shift
  mkdir -p "$ROOT/build"
  "$@" >"$ROOT/build/bundle-step.log" 2>&1 || { cat "$ROOT/build/bundle-step.log" >&2; fail "$what"; }
}

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) VBIN="$VENV/Scripts"; EXE_SUFFIX=".exe" ;;
  *) VBIN="$VENV/bin"; EXE_SUFFIX="" ;;
esac

if [ ! -x "$VBIN/python$EXE_SUFFIX" ]; then
  step "creating the build venv with $("$PYTHON" --version 2>&1)"
  "$PYTHON" -m venv "$VENV"
fi
step "installing PyInstaller and the app's wheel into build/bundle-venv"
quietly "installing PyInstaller" "$VBIN/python" -m pip install "${PIP_FLAGS[@]}" --upgrade \
  "$PYINSTALLER_SPEC" "setuptools>=77" wheel
rm -rf "$ROOT/build/bundle-wheel"
quietly "pip wheel" "$VBIN/python" -m pip wheel "${PIP_FLAGS[@]}" --no-deps --no-build-isolation \
  -w "$ROOT/build/bundle-wheel" "$ROOT"
wheels=("$ROOT"/build/bundle-wheel/journeymap_desktop-*.whl)
# The wheel of this very checkout (same version number as the last one: force it), then
# whatever dependencies it needs.
quietly "installing the wheel" "$VBIN/python" -m pip install "${PIP_FLAGS[@]}" --force-reinstall --no-deps "${wheels[0]}"
quietly "installing its dependencies" "$VBIN/python" -m pip install "${PIP_FLAGS[@]}" "${wheels[0]}"
step "$("$VBIN/python" -m PyInstaller --version | sed 's/^/PyInstaller /'), $("$VBIN/python" -c 'import PySide6; print("PySide6", PySide6.__version__)')"

step "running PyInstaller (a few minutes)"
start=$(date +%s)
# From build/, so `python -m` does not put the checkout's own package on the path.
cd "$ROOT/build"
"$VBIN/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST_DIR" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/journeymap.spec"
step "built in $(( $(date +%s) - start )) s"

case "$(uname -s)" in
  Darwin) APP_DIR="$DIST_DIR/JourneyMap.app"; JM="$APP_DIR/Contents/MacOS/journeymap" ;;
  *) APP_DIR="$DIST_DIR/JourneyMap"; JM="$APP_DIR/journeymap$EXE_SUFFIX" ;;
esac
[ -x "$JM" ] || fail "no executable at $JM"
step "size: $(du -sh "$APP_DIR" | cut -f1) in $APP_DIR"

if [ "${SKIP_SMOKE:-0}" = 1 ]; then exit 0; fi
"$VBIN/python" "$ROOT/packaging/smoke_bundle.py" "$JM"
