"""The ``journeymap`` command, called as users call it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap_desktop import __version__
from journeymap_desktop.cli import main
from journeymap_desktop.commands.schema import schema_text
from journeymap_desktop.io import load_map
from journeymap_desktop.paths import sample_map_path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "journeymap_desktop", *args], capture_output=True, text=True, timeout=120)


def test_version_and_help() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout
    help_text = run("--help").stdout
    for command in ("new", "validate", "schema", "templates"):
        assert command in help_text


def test_new_from_template_then_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mi mapa ñ.journeymap"
    assert main(["new", "--template", "ecommerce", "--lang", "es", "-o", str(out)]) == 0
    assert load_map(out).stages[0].name == "Aprendizaje y descubrimiento"
    assert main(["validate", str(out)]) == 0
    assert "valid (4 stages, 8 lanes, 0 cards)" in capsys.readouterr().out


def test_new_refuses_to_overwrite_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.journeymap"
    out.write_text("precious")
    assert main(["new", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "precious"
    assert main(["new", "-o", str(out), "--force", "--title", "Taller"]) == 0
    assert load_map(out).title == "Taller"


def test_validate_reports_each_file_and_fails_if_any_is_bad(tmp_path: Path) -> None:
    bad = tmp_path / "bad.journeymap"
    bad.write_text("{")
    result = run("validate", str(sample_map_path("es")), str(bad))
    assert result.returncode == 1
    assert "sample-es.journeymap: valid" in result.stdout
    assert f"{bad}: is not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_template_is_a_usage_error() -> None:
    result = run("new", "--template", "nope", "-o", "x.journeymap")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_templates_lists_both_languages() -> None:
    assert "Mapa en blanco" in run("templates", "--lang", "es").stdout
    assert "Blank map" in run("templates", "--lang", "en").stdout


@pytest.mark.parametrize("env,title,sizes", [
    ({"LANG": "es_ES.UTF-8"}, "Mapa en blanco", "etapas, "),
    ({"LANG": "es_MX.UTF-8", "LC_ALL": ""}, "Mapa en blanco", "carriles)"),
    ({"LANG": "en_GB.UTF-8"}, "Blank map", "stages, "),
    ({"LANG": "C.UTF-8", "LC_ALL": "es_AR.UTF-8"}, "Mapa en blanco", "etapas"),
])
def test_templates_follow_the_locale_titles_and_counts(env: dict[str, str], title: str, sizes: str) -> None:
    import os

    clean = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    result = subprocess.run([sys.executable, "-m", "journeymap_desktop", "templates"], capture_output=True,
                            text=True, timeout=120, env={**clean, **env})
    assert title in result.stdout and sizes in result.stdout
    assert ("stages" in result.stdout) == (title == "Blank map")  # no English counts in Spanish


def test_schema_is_json_and_matches_the_committed_copy() -> None:
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "JourneyMap Desktop map file"
    assert "lanes" in schema["properties"]
    committed = (ROOT / "docs" / "journeymap.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "docs/journeymap.schema.json is stale: run `make schema`"


def test_headless_commands_do_not_import_qt() -> None:
    code = (
        "import sys; from journeymap_desktop.cli import main; "
        "main(['validate', '-q', sys.argv[1]]); main(['templates']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    result = subprocess.run([sys.executable, "-c", code, str(sample_map_path("es"))], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_tiled_export_says_the_poster_is_at_least_the_page_named(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The sheets are filled (export/pdf/pages.plan_map_tiles), so an "A1" poster on A4
    comes out larger than A1: the summary says so, in plain English ("of a A1 poster" did not)."""
    out = tmp_path / "tiled.pdf"
    assert main(["export", str(sample_map_path("en")), "-o", str(out), "--tile", "A4"]) == 0
    said = capsys.readouterr().out
    assert "12 A4 sheets (297 × 210 mm) making a poster of A1 size or larger" in said, said
    assert "a A1" not in said
