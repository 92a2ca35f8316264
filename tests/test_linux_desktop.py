"""Linux desktop integration (packaging/linux): the files validate, and once installed the
desktop opens a double-clicked .journeymap with JourneyMap, even from a path with spaces
and accents.

The validators and GLib's ``gio`` come from Debian packages (scripts/setup.sh installs
them); each test that needs one says so when it skips.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journeymap_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.journeymap.JourneyMap"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
AS = "{http://www.w3.org/XML/1998/namespace}lang"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"'{name}' is not installed (Debian package {package}; scripts/setup.sh installs it)")
    return path


def _run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)


def _entries(path: Path) -> dict[str, str]:
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entries[key] = value
    return entries


def _assert_desktop_file_valid(path: Path) -> None:
    result = _run(_tool("desktop-file-validate", "desktop-file-utils"), str(path))
    problems = [line for line in result.stdout.splitlines() if ": error:" in line or ": warning:" in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_the_desktop_file_validates() -> None:
    _assert_desktop_file_valid(DESKTOP)


def test_the_desktop_file_opens_files_of_our_mime_type() -> None:
    entries = _entries(DESKTOP)
    assert entries["Exec"] == "journeymap %F"  # %F: several local paths, each one argument
    assert "application/x-journeymap" in entries["MimeType"].split(";")
    assert entries["Icon"] == APP_ID
    assert entries["Comment[es]"] and entries["GenericName[es]"]


def test_the_metainfo_validates_without_warnings() -> None:
    result = _run(_tool("appstreamcli", "appstream"), "validate", "--no-net", "--no-color", str(METAINFO))
    problems = [line for line in result.stdout.splitlines() if re.match(r"\s*[WE]: ", line)]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_the_metainfo_describes_the_app_in_english_and_spanish() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None and launchable.text == f"{APP_ID}.desktop"
    assert [m.text for m in component.iterfind("provides/mediatype")] == ["application/x-journeymap"]
    paragraphs = component.findall("description/p")
    assert any(p.get(AS) is None for p in paragraphs) and any(p.get(AS) == "es" for p in paragraphs)
    assert {s.get(AS) for s in component.findall("summary")} == {None, "es"}
    assert component.find("content_rating") is not None
    # The newest release listed is the version being built.
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_the_mime_type_matches_the_extension_and_the_format_marker() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-journeymap"
    assert [g.get("pattern") for g in mime.iterfind("m:glob", ns)] == ["*.journeymap"]
    markers = [m.get("value") for m in mime.iterfind("m:magic/m:match", ns)]
    # The pretty-printed marker JourneyMap writes must be among them.
    sample = (ROOT / "resources" / "samples" / "sample-es.journeymap").read_bytes()[:64].decode()
    assert any(marker in sample for marker in markers if marker)


def _recording_program(folder: Path, record: Path) -> Path:
    """A stand-in ``journeymap`` that writes each argument it gets on a line of ``record``."""
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "journeymap"
    program.write_text(f"#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{record}'\n")
    program.chmod(0o755)
    return program


def _launch(desktop: Path, files: list[Path], share: Path, record: Path) -> list[str]:
    """What a file manager does on double-click: launch the entry with the files (%F)."""
    gio = _tool("gio", "libglib2.0-bin")
    result = _run(gio, "launch", str(desktop), *map(str, files), env=_desktop_env(share))
    assert result.returncode == 0, result.stderr
    for _ in range(200):  # the program is started asynchronously
        if record.is_file() and record.read_text(encoding="utf-8").count("\n") == len(files):
            break
        time.sleep(0.05)
    return record.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def installed(tmp_path: Path) -> dict[str, Path]:
    """install.sh run into a temporary prefix, launching a fake program that records its argv."""
    record = tmp_path / "argv.txt"
    program = _recording_program(tmp_path / "Mis programas ñ", record)
    prefix = tmp_path / "prefix"
    result = _run("bash", str(LINUX / "install.sh"), "--prefix", str(prefix), "--exec", str(program))
    assert result.returncode == 0, result.stderr
    return {"prefix": prefix, "share": prefix / "share", "program": program, "record": record}


def test_install_puts_every_file_where_the_desktop_looks(installed: dict[str, Path]) -> None:
    share = installed["share"]
    expected = [
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "mime" / "packages" / f"{APP_ID}.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        share / "icons" / "hicolor" / "scalable" / "mimetypes" / "application-x-journeymap.svg",
    ]
    for size in SIZES:
        expected.append(share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
        expected.append(share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes" / "application-x-journeymap.png")
    assert [path for path in expected if not path.is_file()] == []
    installed_desktop = share / "applications" / f"{APP_ID}.desktop"
    entries = _entries(installed_desktop)
    assert entries["Exec"] == f'"{installed["program"]}" %F'
    assert entries["TryExec"] == str(installed["program"])
    _assert_desktop_file_valid(installed_desktop)


def test_the_installed_tree_validates_as_a_whole(installed: dict[str, Path]) -> None:
    result = _run(_tool("appstreamcli", "appstream"), "validate-tree", "--no-net", "--no-color", str(installed["prefix"]))
    problems = [line for line in result.stdout.splitlines() if re.match(r"\s*[WE]: ", line)]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def _desktop_env(share: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(XDG_DATA_HOME=str(share), XDG_DATA_DIRS="/usr/share", XDG_CONFIG_HOME=str(share.parent / "config"))
    return env


def test_the_desktop_recognises_maps_by_name_and_by_content(installed: dict[str, Path], tmp_path: Path) -> None:
    gio = _tool("gio", "libglib2.0-bin")
    _tool("update-mime-database", "shared-mime-info")
    env = _desktop_env(installed["share"])
    sample = (ROOT / "resources" / "samples" / "sample-es.journeymap").read_bytes()
    files = {
        "mi mapa ñ.journeymap": sample,
        "sin extensión": sample,  # e.g. saved from a mail without its name
        "compacto": b'{"format":"journeymap","version":1}',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        result = _run(gio, "info", "-a", "standard::content-type", str(tmp_path / name), env=env)
        assert "application/x-journeymap" in result.stdout, (name, result.stdout, result.stderr)
    (tmp_path / "other.json").write_text('{"format": "something-else"}')
    result = _run(gio, "info", "-a", "standard::content-type", str(tmp_path / "other.json"), env=env)
    assert "application/x-journeymap" not in result.stdout
    result = _run(gio, "mime", "application/x-journeymap", env=env)
    assert f"Default application for “application/x-journeymap”: {APP_ID}.desktop" in result.stdout


def test_double_click_passes_paths_with_spaces_and_accents_intact(installed: dict[str, Path], tmp_path: Path) -> None:
    maps = [tmp_path / "Taller de marzo" / "mi mapa ñ (v2).journeymap", tmp_path / "Ágora – café.journeymap"]
    for path in maps:
        path.parent.mkdir(exist_ok=True)
        path.write_text("{}")
    desktop = installed["share"] / "applications" / f"{APP_ID}.desktop"
    assert _launch(desktop, maps, installed["share"], installed["record"]) == [str(path) for path in maps]


def test_uninstall_removes_what_install_added(installed: dict[str, Path]) -> None:
    result = _run("bash", str(LINUX / "install.sh"), "--prefix", str(installed["prefix"]), "--uninstall")
    assert result.returncode == 0, result.stderr
    left = [p for p in installed["share"].rglob("*") if p.is_file() and (APP_ID in p.name or "x-journeymap" in p.name)]
    assert left == []


def test_install_quotes_an_exec_path_with_shell_characters(tmp_path: Path) -> None:
    record = tmp_path / "argv.txt"
    program = _recording_program(tmp_path / 'dir "with" $pecial `chars` \\ x', record)
    result = _run("bash", str(LINUX / "install.sh"), "--datadir", str(tmp_path / "share"),
                  "--exec", str(program), "--no-update")
    assert result.returncode == 0, result.stderr
    desktop = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    _assert_desktop_file_valid(desktop)
    exec_value = _entries(desktop)["Exec"]
    # Desktop Entry spec: \\ in the value is \, then inside the quotes \" \` \$ \\ are literal.
    unescaped = exec_value.replace("\\\\", "\\")
    quoted, field_code = unescaped.rsplit(" ", 1)
    assert field_code == "%F" and quoted.startswith('"') and quoted.endswith('"')
    argument = re.sub(r'\\(["`$\\])', r"\1", quoted[1:-1]).replace("%%", "%")
    assert argument == str(program)
    # And the desktop's own launcher runs that very program with the file.
    a_map = tmp_path / "mapa.journeymap"
    a_map.write_text("{}")
    assert _launch(desktop, [a_map], tmp_path / "share", record) == [str(a_map)]


def test_install_doubles_a_percent_sign_in_the_exec_path(tmp_path: Path) -> None:
    """The spec's escape for a literal % (GLib then fails to find such a program: avoid % in
    install paths; KDE follows the spec)."""
    program = _recording_program(tmp_path / "100% JourneyMap", tmp_path / "argv.txt")
    result = _run("bash", str(LINUX / "install.sh"), "--datadir", str(tmp_path / "share"),
                  "--exec", str(program), "--no-update")
    assert result.returncode == 0, result.stderr
    desktop = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    _assert_desktop_file_valid(desktop)
    assert _entries(desktop)["Exec"] == f'"{str(program).replace("%", "%%")}" %F'


def test_the_screenshots_the_metainfo_shows_are_in_the_repository() -> None:
    """Software centres fetch them from the repository's main branch: they must exist there."""
    component = ET.parse(METAINFO).getroot()
    images = [image.text or "" for image in component.iterfind("screenshots/screenshot/image")]
    assert images
    for url in images:
        relative = url.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), f"{relative} is missing"
