#!/usr/bin/env bash
# Refreshes the editor's translations: collects every translatable string of the UI into
# resources/translations/journeymap_es.ts (keeping the Spanish already written), then
# compiles it to journeymap_es.qm, which ships in the package. Edit the .ts with
# `.venv/bin/pyside6-linguist resources/translations/journeymap_es.ts` (or any text
# editor), then run this script again and commit both files.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
TS=resources/translations/journeymap_es.ts
EXTRA=build/translations/extra_sources.py

$PY scripts/translation_sources.py generate "$EXTRA"
mapfile -t SOURCES < <(find journeymap_desktop/ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate "${SOURCES[@]}" "$EXTRA" -no-obsolete -locations relative \
    -source-language en -target-language es -ts "$TS"
$PY scripts/translation_sources.py clean "$TS"
.venv/bin/pyside6-lrelease "$TS" -qm "${TS%.ts}.qm"
$PY - "$TS" <<'PYEOF'
import sys
import xml.etree.ElementTree as ET
messages = ET.parse(sys.argv[1]).getroot().iter("message")
missing = [m.findtext("source") for m in messages
           if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"]
print(f"update_translations: {len(missing)} strings still without Spanish" + (":" if missing else "."))
for text in missing[:40]:
    print(f"  - {text!r}")
PYEOF
