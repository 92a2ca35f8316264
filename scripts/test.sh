#!/usr/bin/env bash
# Every check CI runs: layer contracts, types, the pure tests with Qt made unimportable,
# then the whole suite (Qt tests offscreen). Extra arguments go to the last pytest run.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

echo "== layer contracts (import-linter)"
.venv/bin/lint-imports --no-cache
echo "== types (mypy --strict)"
$PY -m mypy
echo "== pure tests with PySide6 unimportable"
JOURNEYMAP_BLOCK_QT=1 $PY -m pytest -q -p no:pytestqt -m "not qt" -p no:cacheprovider
echo "== Qt tests (offscreen)"
$PY -m pytest -q -m qt "$@"
