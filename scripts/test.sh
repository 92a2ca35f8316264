#!/usr/bin/env bash
# Every check CI runs: layer contracts, types, the pure tests with Qt made unimportable,
# then the whole suite (Qt tests offscreen; the pure ones are quick, so they run again). Extra arguments go to the last pytest run.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

echo "== layer contracts (import-linter)"
.venv/bin/lint-imports --no-cache
echo "== types (mypy --strict)"
$PY -m mypy
echo "== pure tests with PySide6 unimportable"
JOURNEYMAP_BLOCK_QT=1 $PY -m pytest -q -p no:pytest-qt -p no:cacheprovider -m "not qt" \
  -W "ignore::pytest.PytestConfigWarning"
echo "== the whole suite, Qt tests offscreen"
$PY -m pytest -q "$@"
