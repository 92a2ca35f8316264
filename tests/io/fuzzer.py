"""A seeded mutation fuzzer over the shipped sample maps, the ``.ojf`` samples and CSV exports.

Every input runs in process through what a user can do with a file: validate (open), save
and reopen, CSV out and back in, Markdown, ``.ojf`` out and back in, and now and then the
PDF poster. The promise checked: each step either refuses with a :class:`MapFileError`
(one line per problem, naming the file) or makes an output that opens again. Anything
else is a failure, keyed by exception type and the innermost frame of our code, so the
same bug found a thousand times counts once.

Used by ``tests/io/test_fuzz.py`` (a bounded, seeded run and the crash corpus, every time)
and ``scripts/fuzz.py`` (long runs that print the figures and keep new crashes).
"""

from __future__ import annotations

import io
import json
import random
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from journeymap_desktop.io.csv_cards import dumps_cards_csv, imports_cards_csv
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.mapfile import dumps_map, loads_map
from journeymap_desktop.io.markdown import markdown_text
from journeymap_desktop.io.ojf import imports_ojf
from journeymap_desktop.io.ojf_export import dumps_ojf
from journeymap_desktop.model.document import JourneyMap

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "io" / "data" / "fuzz_corpus"
SEEDS = [ROOT / "resources" / "samples" / "sample-en.journeymap",
         ROOT / "resources" / "samples" / "sample-es.journeymap",
         *sorted((ROOT / "tests" / "io" / "data" / "ojf").glob("*.ojf"))]

#: Bytes that broke parsers before: surrogates, huge and odd numbers, controls, fences.
TOKENS = [b"\\ud800", b"\\udfff", b"\\u0000", b"\\u0001", b"1e308", b"1e307", b"-1e308", b"1e19", b"true",
          b"false", b"null", b'""', b"[]", b"{}", b"0", b"-0", b"NaN", b"Infinity", b"9" * 40, b"\x00", b"\x01",
          b"\xed\xa0\x80", b"\xff", b"~~~\n", b"===\n", b"&lt;", b"'=1+1", b"\t", b"\r\n", b'"version": 0',
          b'"score": true', b'"kind": "metrics"']
#: JSON values put in place of a value of a real file.
VALUES: list[Any] = ["", " ", "\ud800", "Client\x01Map", "~~~", "a\n===", "=1+1", "'=quoted", "-5", "\x00",
                     "x" * 3000, "&lt;script&gt;", "\t\ttabs\nand lines", 0, -1, 1e19, 1e307, -1e308, 0.5, True,
                     False, None, [], {}, [None], {"": ""}, 10 ** 30, "#zzzzzz", "stage-1", "card-1",
                     "data:image/png;base64,AAAA", "img-0", 2 ** 63]


@dataclass
class Failure:
    """One distinct failure: where it happened and the first input that showed it."""

    key: str
    step: str
    message: str
    count: int = 1
    example: bytes = b""
    kind: str = "map"


@dataclass
class Figures:
    """What a run did: inputs, seconds, refusals, outputs reopened, and distinct failures."""

    inputs: int = 0
    seconds: float = 0.0
    refused: int = 0
    accepted: int = 0
    pdfs: int = 0
    failures: dict[str, Failure] = field(default_factory=dict)

    def summary(self) -> str:
        rate = self.inputs / self.seconds if self.seconds else 0.0
        return (f"{self.inputs} inputs in {self.seconds:.1f} s ({rate:.0f}/s): {self.accepted} opened and "
                f"round-tripped, {self.refused} refused with one clear error, {self.pdfs} PDF posters; "
                f"{len(self.failures)} distinct failures")


class Unexpected(Exception):
    """A promise broken without an exception (an output that does not reopen the same)."""


def seeds() -> list[tuple[str, bytes]]:
    """(kind, bytes) of every seed: the two sample maps, the .ojf samples, CSV exports."""
    out = []
    for path in SEEDS:
        kind = "ojf" if path.suffix == ".ojf" else "map"
        out.append((kind, path.read_bytes()))
    for lang in ("en", "es"):
        doc = loads_map(SEEDS[0 if lang == "en" else 1].read_bytes())
        out.append(("csv", dumps_cards_csv(doc)[0]))
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four random edits: a JSON-aware value swap, or byte flips, cuts, copies, tokens."""
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        if choice < 0.45 and data[:1] in (b"{", b"["):
            data = _mutate_json(data, rng)
            continue
        if not data:
            data = rng.choice(TOKENS)
            continue
        at = rng.randrange(len(data))
        if choice < 0.6:
            data = data[:at] + rng.choice(TOKENS) + data[at:]
        elif choice < 0.7:
            data = data[:at] + bytes([rng.randrange(256)]) + data[at + 1:]
        elif choice < 0.8:
            end = min(len(data), at + rng.randint(1, 64))
            data = data[:at] + data[end:]
        elif choice < 0.9:
            end = min(len(data), at + rng.randint(1, 256))
            data = data[:end] + data[at:end] + data[end:]
        else:
            data = data[:at]  # cut short
    return data


def _mutate_json(data: bytes, rng: random.Random) -> bytes:
    try:
        raw = json.loads(data)
    except ValueError:
        return data
    holders: list[tuple[Any, Any]] = []
    _collect(raw, holders)
    if not holders:
        return data
    holder, key = rng.choice(holders)
    action = rng.random()
    if action < 0.7:
        holder[key] = rng.choice(VALUES)
    elif action < 0.8 and isinstance(holder, dict):
        del holder[key]
    elif action < 0.9 and isinstance(holder, list):
        holder.insert(key, json.loads(json.dumps(holder[key])))  # a duplicate: same ids twice
    else:
        holder[key] = [holder[key]] * rng.randint(0, 3)
    try:
        return json.dumps(raw, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2])).encode(
            "utf-8", "surrogatepass")
    except (ValueError, RecursionError):
        return data


def _collect(value: Any, out: list[tuple[Any, Any]]) -> None:
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        out.append((value, key))
        _collect(item, out)


def check(kind: str, data: bytes, *, pdf: bool = False) -> str:
    """Run one input through every step; ``"refused"`` or ``"accepted"``. Raises on a broken promise."""
    name = {"map": "fuzz.journeymap", "ojf": "fuzz.ojf", "csv": "fuzz.csv"}[kind]
    try:
        if kind == "map":
            doc = loads_map(data, name)
        elif kind == "ojf":
            doc = imports_ojf(data, name).doc
        else:
            doc = imports_cards_csv(data, name).doc
    except MapFileError as exc:
        if not exc.lines() or any(not line.startswith(name) or "\n" in line for line in exc.lines()):
            raise Unexpected(f"a refusal that does not name the file on each line: {exc.lines()[:2]!r}") from None
        return "refused"
    outputs(doc, pdf=pdf)
    return "accepted"


def outputs(doc: JourneyMap, *, pdf: bool = False) -> None:
    """Everything a user can make from an opened map must open again (or refuse cleanly)."""
    saved = dumps_map(doc)
    again = _step("reopen the saved map", lambda: loads_map(saved, "saved.journeymap"))
    if dumps_map(again) != saved:
        raise Unexpected("the saved map reopens different")
    csv_bytes = dumps_cards_csv(doc)[0]
    _step("re-import the CSV export", lambda: imports_cards_csv(csv_bytes, "export.csv"))
    ojf_bytes = dumps_ojf(doc)[0]
    _step("re-import the .ojf export", lambda: imports_ojf(ojf_bytes, "export.ojf"))
    markdown_text(doc)
    if pdf:
        from journeymap_desktop.export.pdf import render_pdf
        from journeymap_desktop.export.pdf.pages import PageError

        try:
            render_pdf(doc, io.BytesIO())
        except PageError:
            pass  # a clear "does not fit" sentence


def _step(what: str, call: Callable[[], Any]) -> Any:
    try:
        return call()
    except MapFileError as exc:
        raise Unexpected(f"{what} was refused: {exc.lines()[0]}") from None


def failure_key(exc: BaseException) -> tuple[str, str]:
    """(key, step): the exception type and the innermost frame in our package."""
    if isinstance(exc, Unexpected):
        text = str(exc)
        return f"Unexpected: {text.split(':')[0]}", text
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "journeymap_desktop" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}", f"{type(exc).__name__}: {str(exc)[:200]}"


def run(seconds: float, seed: int, *, max_inputs: int | None = None, pdf_every: int = 25) -> Figures:
    """Fuzz for ``seconds`` (or ``max_inputs``) from ``seed``; returns the figures."""
    rng = random.Random(seed)
    figures = Figures()
    pool = seeds()
    start = time.perf_counter()
    while time.perf_counter() - start < seconds and (max_inputs is None or figures.inputs < max_inputs):
        kind, base = rng.choice(pool)
        data = mutate(base, rng)
        figures.inputs += 1
        pdf = pdf_every > 0 and figures.inputs % pdf_every == 0
        try:
            outcome = check(kind, data, pdf=pdf)
        except RecursionError as exc:  # reported like any other crash
            record(figures, exc, kind, data)
            continue
        except Exception as exc:  # noqa: BLE001  (every escape is a finding)
            record(figures, exc, kind, data)
            continue
        if outcome == "refused":
            figures.refused += 1
        else:
            figures.accepted += 1
            figures.pdfs += pdf
    figures.seconds = time.perf_counter() - start
    return figures


def record(figures: Figures, exc: BaseException, kind: str, data: bytes) -> None:
    key, message = failure_key(exc)
    if key in figures.failures:
        figures.failures[key].count += 1
        if len(data) < len(figures.failures[key].example):
            figures.failures[key].example = data  # keep the smallest input that shows it
    else:
        figures.failures[key] = Failure(key, kind, message, 1, data, kind)


def corpus() -> list[tuple[str, Path]]:
    """(kind, file) of every kept crash: ``<name>.<map|ojf|csv>.bin``."""
    return [(path.name.split(".")[-2], path) for path in sorted(CORPUS.glob("*.bin"))]
