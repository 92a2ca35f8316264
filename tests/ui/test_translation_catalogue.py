"""The Spanish catalogue is complete, faithful to its placeholders, and the shipped .qm matches it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "journeymap_es.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def messages(ts: Path) -> list[tuple[str, str, str, str | None]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append((name, message.findtext("source") or "", (translation.text or "") if translation is not None else "",
                        translation.get("type") if translation is not None else "missing"))
    return out


def test_every_string_has_finished_spanish_that_keeps_placeholders_and_accelerators() -> None:
    found = messages(TS)
    assert len(found) > 250
    for context, source, spanish, state in found:
        assert state is None and spanish, f"[{context}] {source!r} has no finished translation"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", spanish)), (context, source)
        assert ("&" in source.replace("&&", "")) == ("&" in spanish.replace("&&", "")), (context, source)
        assert source.count("\n") == spanish.count("\n"), (context, source)


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="Qt's lrelease is not installed")
def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run scripts/update_translations.sh and commit the .qm"


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="Qt's lupdate is not installed")
def test_every_translatable_string_of_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    """A new tr() string or command label without Spanish fails here: run
    scripts/update_translations.sh, translate what it lists, and commit the .ts and .qm."""
    extra = tmp_path / "extra_sources.py"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translation_sources.py"), "generate", str(extra)],
                   check=True, capture_output=True)
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "journeymap_desktop" / "ui").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, str(extra), "-no-obsolete", "-locations", "none",
                    "-ts", str(fresh)], check=True, capture_output=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translation_sources.py"), "clean", str(fresh)],
                   check=True, capture_output=True)
    shipped = {(c, s) for c, s, _, _ in messages(TS)}
    current = {(c, s) for c, s, _, _ in messages(fresh)}
    assert not current - shipped, f"strings without Spanish: {sorted(current - shipped)}"
    assert not shipped - current, f"strings no longer in the code: {sorted(shipped - current)}"
