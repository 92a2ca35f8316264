"""Issue 17, cases 7 and on: hostile or unlucky inputs that used to get through.

Each test reproduces the case as the issue describes it (it failed on the code before the
fix) and asserts the promise: one clear line refusing the file, or an output that re-opens.
CLI runs are in process (``cli.main``) and read what a user reads on stderr.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from journeymap_desktop.cli import main
from journeymap_desktop.io import MapFileError, dumps_map, load_map
from journeymap_desktop.io.mapfile import save_map
from journeymap_desktop.model.checks import json_path
from journeymap_desktop.io.ojf import import_ojf
from tests.helpers import sample_map

ROOT = Path(__file__).resolve().parents[2]
OJF_SAMPLES = sorted((ROOT / "tests" / "io" / "data" / "ojf").glob("*.ojf"))


def sample_raw() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(dumps_map(sample_map("en")))
    return raw


def one_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run ``journeymap ARGS``; it must fail with exit 1 and exactly one line, no traceback."""
    status = main(list(args))
    err = capsys.readouterr().err
    assert status == 1, err
    assert "Traceback" not in err
    [line] = err.splitlines()
    return line


# ------------------------------------------------------------- case 7: lone surrogates


def with_escape(raw: dict[str, Any], marker: str) -> str:
    """The JSON of ``raw`` with ``marker`` (a placeholder string) replaced by ``\\ud800``."""
    return json.dumps(raw, ensure_ascii=False).replace(marker, "\\ud800")


def test_a_lone_surrogate_in_image_data_is_refused_at_validate(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    raw = sample_raw()
    data = raw["assets"][0]["data"]
    raw["assets"][0]["data"] = data[:20] + "@@MARK@@" + data[20:]
    path = tmp_path / "m.journeymap"
    path.write_text(with_escape(raw, "@@MARK@@"), encoding="utf-8")
    line = one_line(capsys, "validate", str(path))
    assert line == f"{path} at $.assets[0].data: holds a lone surrogate (a broken emoji or character escape " \
                   "such as \\ud800): it is not text, and the file cannot be read as it is"
    # raw surrogate bytes (which Python's json reads with surrogatepass) are refused the same way
    path.write_bytes(with_escape(raw, "@@MARK@@").replace("\\ud800", "").encode()
                     .replace(data[:20].encode(), data[:20].encode() + b"\xed\xa0\x80", 1))
    assert "at $.assets[0].data: holds a lone surrogate" in one_line(capsys, "export", str(path), "-o",
                                                                    str(tmp_path / "m.csv"))
    assert not (tmp_path / "m.csv").exists()


def test_an_emoji_written_as_an_escaped_pair_still_opens(tmp_path: Path) -> None:
    raw = sample_raw()
    raw["title"] = "@@MARK@@"
    path = tmp_path / "m.journeymap"
    path.write_text(json.dumps(raw).replace('"@@MARK@@"', '"Viaje \\ud83d\\ude00"'), encoding="utf-8")
    assert load_map(path).title == "Viaje \U0001F600"


def string_holders(value: Any) -> Any:
    """Every (container, key) whose value is a string, depth first."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(item, str):
            yield value, key
        else:
            yield from string_holders(item)


@pytest.mark.parametrize("sample", OJF_SAMPLES, ids=lambda p: p.stem)
def test_a_lone_surrogate_anywhere_in_an_ojf_is_one_line(sample: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.loads(sample.read_text(encoding="utf-8"))
    holders = list(string_holders(raw))
    places = 0
    for holder, key in holders[:: max(1, len(holders) // 12)]:  # a dozen spread over the file
        value = holder[key]
        holder[key] = "@@MARK@@" + value
        path = tmp_path / "s.ojf"
        path.write_text(with_escape(raw, "@@MARK@@"), encoding="utf-8")
        holder[key] = value
        with pytest.raises(MapFileError) as caught:
            import_ojf(path)
        assert "holds a lone surrogate" in str(caught.value), str(caught.value)
        assert len(caught.value.lines()) == 1
        places += 1
    assert places >= 8
    line = one_line(capsys, "import", str(path), "-o", str(tmp_path / "o.journeymap"))
    assert "holds a lone surrogate" in line
    assert not (tmp_path / "o.journeymap").exists()


def test_saving_text_that_is_not_unicode_is_one_clear_error(tmp_path: Path) -> None:
    doc = sample_map("en")
    broken = doc.model_copy(update={"assets": [doc.assets[0].model_copy(update={"data": "iVBO\ud800"}),
                                               *doc.assets[1:]]})
    path = tmp_path / "m.journeymap"
    save_map(doc, path)
    before = path.read_bytes()
    with pytest.raises(MapFileError) as caught:
        save_map(broken, path)
    assert str(caught.value) == (f"{path}: cannot save: the map holds text that is not valid Unicode (a lone "
                                 "surrogate); the file on disk was not changed")
    assert path.read_bytes() == before


# ------------------------------------------------- case 11: huge metrics, link loops


@pytest.mark.parametrize("value", [1e307, 1.7976931348623157e308, -1e308])
def test_a_huge_metric_exports_a_pdf(value: float, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = sample_raw()
    [metrics] = [lane for lane in raw["lanes"] if lane["kind"] == "metrics"]
    metrics["values"][0]["value"] = value
    source = tmp_path / "m.journeymap"
    source.write_text(json.dumps(raw), encoding="utf-8")
    out = tmp_path / "m.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 0, capsys.readouterr().err  # ValueError before
    assert out.read_bytes().startswith(b"%PDF")


def link_loop(path: Path) -> Path:
    path.symlink_to(path.name)
    return path


@pytest.mark.parametrize("command", [
    ["validate", "{loop}.journeymap"],
    ["export", "{loop}.journeymap", "-o", "{dir}/out.pdf"],
    ["export", "{sample}", "-o", "{loop}.pdf"],
    ["export", "{sample}", "-o", "{loop}.csv"],
    ["import", "{dir}/cards.csv", "-o", "{loop}.journeymap"],
    ["import", "{dir}/cards.csv", "--merge-into", "{loop}.journeymap", "-o", "{dir}/o.journeymap"],
])
def test_a_symbolic_link_loop_is_one_line(command: list[str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    sample = tmp_path / "sample.journeymap"
    save_map(sample_map("en"), sample)
    assert main(["export", str(sample), "-o", str(tmp_path / "cards.csv")]) == 0
    capsys.readouterr()
    args = [part.format(loop=tmp_path / "loop", dir=tmp_path, sample=sample) for part in command]
    [looped] = [arg for arg in args if Path(arg).name.startswith("loop")]
    link_loop(Path(looped))
    line = one_line(capsys, *args)  # RuntimeError traceback before
    assert line.removeprefix("journeymap: ") == (f"{looped}: is a symbolic link that leads back to itself "
                                                 "(a link loop): it points to no file; remove or fix the link")
    assert Path(looped).is_symlink()
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "o.journeymap").exists()


# -------------------------------------------------- case 12: a v0 file never emptied


def test_version_0_with_version_1_content_keeps_every_card(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    raw = sample_raw()
    raw["version"] = 0
    path = tmp_path / "m.journeymap"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: valid (6 stages, 10 lanes, 21 cards)"  # 0, 0, 0 before
    doc = load_map(path)
    assert doc.model_dump(exclude={"version"}) == sample_map("en").model_dump(exclude={"version"})


def test_version_0_with_both_names_for_the_stages_is_refused(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    raw = sample_raw()
    raw["version"] = 0
    raw["columns"] = [{"id": "stage-x", "name": "Old"}]
    path = tmp_path / "m.journeymap"
    path.write_text(json.dumps(raw), encoding="utf-8")
    line = one_line(capsys, "validate", str(path))
    assert line == (f"{path}: cannot be upgraded from version 0: it holds both \"columns\" (version 0) and "
                    "\"stages\" (version 1 and later); remove one of them or fix the \"version\"")


# -------------------------------------- case 6: never write a map the reader refuses


def big_csv(path: Path, rows: int) -> Path:
    lines = ["stage,lane,kind,title,body"] + [f"Discovery,Activities,activities,Card {i},Body {i}"
                                              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_over_the_row_limit_is_refused_before_any_work(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from journeymap_desktop.io.csv_cards import MAX_ROWS

    source = big_csv(tmp_path / "big.csv", 130_000)  # made a 56 MB map that validate refused
    out = tmp_path / "big.journeymap"
    line = one_line(capsys, "import", str(source), "-o", str(out))
    assert line == (f"journeymap: {source}: has 130,000 rows; more than {MAX_ROWS:,} are not imported (a map "
                    "that large could not be opened: it is not a journey map a person made)")
    assert not out.exists()
    big_csv(source, MAX_ROWS)  # at the limit: imported, and the map opens
    assert main(["import", str(source), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0, capsys.readouterr().err


def test_a_map_the_reader_would_refuse_is_never_saved(tmp_path: Path) -> None:
    from journeymap_desktop.io.mapfile import MAX_FILE_BYTES

    doc = sample_map("en")
    path = tmp_path / "m.journeymap"
    save_map(doc, path)
    before = path.read_bytes()
    lane = doc.lanes[0]
    card = lane.cards[0]  # type: ignore[union-attr]
    body = "x" * 100_000
    lane.cards = [card.model_copy(update={"id": f"card-big-{n}", "body": body})  # type: ignore[union-attr]
                  for n in range(MAX_FILE_BYTES // 100_000 + 20)]
    with pytest.raises(MapFileError) as caught:
        save_map(doc, path)
    [message] = caught.value.lines()
    assert re.fullmatch(rf"{re.escape(str(path))}: cannot save: the map would be 4\d\.\d MB, and files over 42 MB "
                        r"cannot be opened again \(very many cards, or large pictures kept at full size\?\)\. "
                        r"The file on disk was not changed\.", message), message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.journeymap"]


# ------------------------------------------------------------ case 13: the smaller ones


def test_a_folder_named_like_the_backup_does_not_stop_the_save(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "m.journeymap"
    save_map(sample_map("en"), target)
    folder = tmp_path / "m.journeymap.bak"
    folder.mkdir()
    (folder / "theirs.txt").write_text("keep")
    doc = sample_map("en")
    doc.title = "Saved anyway"
    warning = save_map(doc, target)  # refused before, with a message naming the map
    assert load_map(target).title == "Saved anyway"
    assert str(warning) == f"{target}: saved, but no backup was kept: a folder has the backup's name m.journeymap.bak"
    assert (folder / "theirs.txt").read_text() == "keep"
    # the CLI says so on a merge (the one command that keeps a backup)
    cards = tmp_path / "cards.csv"
    assert main(["export", str(target), "-o", str(cards)]) == 0
    capsys.readouterr()
    cards.write_text(cards.read_text(encoding="utf-8-sig").replace("Saved anyway", "x") + 
                     "Discovery,Activities,activities,A new card\r\n", encoding="utf-8")
    assert main(["import", str(cards), "--merge-into", str(target), "-o", str(target)]) == 0
    assert f"journeymap: warning: {warning}" in capsys.readouterr().err


@pytest.mark.parametrize("where", [["title"], ["stages", 0, "name"], ["lanes", 0, "cards", 0]])
def test_a_key_given_twice_is_refused_at_validate(where: list[Any], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    raw = sample_raw()
    holder: Any = raw
    for key in where[:-1]:
        holder = holder[key]
    last = where[-1]
    obj = holder[last] if isinstance(holder[last], dict) else holder
    key = "title" if isinstance(holder[last], dict) else last
    obj[key] = "@@FIRST@@"
    text = json.dumps(raw).replace('"@@FIRST@@"', '"first", "' + key + '": "second"', 1)
    path = tmp_path / "m.journeymap"
    path.write_text(text, encoding="utf-8")
    line = one_line(capsys, "validate", str(path))  # "valid" before: the first value silently lost
    at = json_path(*where) if isinstance(last, str) else json_path(*where, key)
    assert line == (f"{path} at {at}: is not valid JSON for a journey map: an object has the key \"{key}\" twice "
                    "(the second would silently replace the first); keep one")


@pytest.mark.parametrize(("data", "message"), [
    ("garbage!!", "is not base64: the image is damaged"),
    ("", "is empty: the image has no data"),
    ("data:image/png;base64,{data}", "is a data: URI; a map stores only the base64 of the image bytes"),
    ("R0lGODlhAQABAAAAACw=", "is not a PNG image: the image is damaged"),  # a GIF said to be a PNG
    ("AAAA", "is not a PNG image: the image is damaged"),
])
def test_an_image_that_is_not_one_is_refused_at_validate(data: str, message: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    raw = sample_raw()
    assert raw["assets"][0]["mime"] == "image/png"
    raw["assets"][0]["data"] = data.format(data=raw["assets"][0]["data"])
    path = tmp_path / "m.journeymap"
    path.write_text(json.dumps(raw), encoding="utf-8")
    line = one_line(capsys, "validate", str(path))  # "valid" before (a warning only when printing)
    assert line == f"{path} at $.assets[0].data: {message}"
    assert load_map(path).assets[0].data == raw["assets"][0]["data"]  # the editor still opens it


@pytest.mark.parametrize("where", [("lanes", 3, "curves", 0, "points", 0, "score"),
                                   ("lanes", 4, "values", 0, "level"),
                                   ("lanes", 0, "cards", 0, "votes")])
def test_a_boolean_is_not_a_number(where: tuple[Any, ...], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    raw = sample_raw()
    holder: Any = raw
    for key in where[:-1]:
        holder = holder[key]
    holder[where[-1]] = True
    path = tmp_path / "m.journeymap"
    path.write_text(json.dumps(raw), encoding="utf-8")
    line = one_line(capsys, "validate", str(path))  # accepted as 1 before
    from journeymap_desktop.model.checks import json_path

    assert line.startswith(f"{path} at {json_path(*where)}: "), line
    assert line.endswith("(found True)"), line


def test_a_title_with_tabs_and_line_breaks_is_flattened_with_a_word(tmp_path: Path) -> None:
    raw = json.loads(OJF_SAMPLES[0].read_text(encoding="utf-8"))
    raw["title"] = "Journey\tof the\nclient"
    path = tmp_path / "t.ojf"
    path.write_text(json.dumps(raw), encoding="utf-8")
    imported = import_ojf(path)
    assert imported.doc.title == "Journey of the client"
    assert ("1 title or name held tabs or line breaks, which a one-line text cannot keep: each became one space."
            in imported.report.lines("en"))  # silently flattened before


@pytest.mark.parametrize("argv", [["diff2", "a", "b"], ["valdate", "m.journeymap"]])
def test_a_mistyped_command_is_not_opened_as_files(argv: list[str], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2  # the editor opened on files named like the words before
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"journeymap: '{argv[0]}': no such command or file. Commands: ")
    assert "validate" in line and "export" in line


def wide_map(path: Path, stages: int) -> Path:
    raw = sample_raw()
    first = raw["stages"][0]
    raw["stages"] = [dict(first, id=f"stage-w{n}", name=f"Stage {n}") for n in range(stages)]
    for lane in raw["lanes"]:
        for key, value in list(lane.items()):
            if isinstance(value, list) and key != "curves":
                lane[key] = []
        for curve in lane.get("curves", []):
            curve["points"] = []
    raw["comments"] = []
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_a_very_wide_map_is_capped_at_the_pdf_page_limit_and_warned(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    source = wide_map(tmp_path / "wide.journeymap", 90)  # about 6.7 m wide
    out = tmp_path / "fit.pdf"
    assert main(["export", str(source), "-o", str(out), "--page", "fit"]) == 0
    box = PdfReader(out).pages[0].mediabox
    assert max(float(box.width), float(box.height)) <= 200 * 72 + 0.01  # 6,700 mm wide before
    err = capsys.readouterr().err
    assert "the page is capped at 200 inches (508 cm) per side, the PDF limit: the map is printed at" in err
    small = tmp_path / "a4.pdf"
    assert main(["export", str(source), "-o", str(small), "--page", "A4"]) == 0
    err = capsys.readouterr().err  # "at 0 % scale" without a word before
    assert re.search(r"the map is printed at \d\.\d % scale: its text cannot be read; use --tile", err), err


# ------------------------------------------- found by the fuzzer: one line per problem


def test_a_refusal_quoting_the_files_text_stays_one_line_per_problem(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.loads(OJF_SAMPLES[0].read_text(encoding="utf-8"))
    raw["nodes"][0]["stageId"] = "tabs\nand lines"
    path = tmp_path / "n.ojf"
    path.write_text(json.dumps(raw), encoding="utf-8")
    line = one_line(capsys, "import", str(path), "-o", str(tmp_path / "o.journeymap"))  # two lines before
    assert line.startswith(f"journeymap: {path} at $.nodes[0].stageId: ") and "'tabs\\nand lines'" in line


def test_a_key_given_twice_in_a_file_broken_further_on_is_one_line(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The duplicate is found before the rest is read; looking for where it is must not
    stumble on what is broken after it (the fuzzer's seed 1717 found this)."""
    path = tmp_path / "m.journeymap"
    path.write_text('{"format": "journeymap", "format": "journeymap"} trailing', encoding="utf-8")
    line = one_line(capsys, "validate", str(path))
    assert line.startswith(f"{path}: is not valid JSON for a journey map: an object has the key \"format\" twice")
