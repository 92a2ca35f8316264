#!/usr/bin/env bash
# Sets up everything JourneyMap needs on a fresh Debian/Ubuntu machine (or a dev laptop):
# the system libraries Qt needs (also headless), poppler (tests read PDFs), fonts, the
# freedesktop validators (tests check the Linux desktop files), Chromium (the web page's
# tests open it headless through Playwright), LibreOffice Impress (the deck's tests convert it
# to PDF, as a reader's office suite would open it), and a
# virtual environment in .venv with the app installed in editable mode plus dev tools.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxrender1 libxi6
  poppler-utils fonts-dejavu-core xvfb xauth
  desktop-file-utils appstream shared-mime-info libglib2.0-bin
  chromium libreoffice-impress
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "setup: please install these packages as root: ${missing[*]}" >&2; exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
echo "setup: installing JourneyMap and its dev tools into .venv"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]" 2>&1 | grep -v '^WARNING: Location' || true
.venv/bin/python -c "import journeymap_desktop, PySide6, pydantic, reportlab, appdirs" \
  || { echo "setup: the virtual environment is incomplete" >&2; exit 1; }
echo "setup: done ($(.venv/bin/journeymap --version))"
