"""CSV export and import of a map's cards and stage values, for spreadsheets.

Export writes UTF-8 with a byte order mark (so Excel reads the accents), ``;`` and a
decimal comma for Spanish maps (what Spanish Excel expects), ``,`` otherwise. Import
detects the delimiter and the encoding (UTF-8, or Windows-1252 as Excel saves "CSV"),
reads either language, and reports every bad cell with its row number and column letter.
It builds a new map (:func:`import_cards_csv`); merging into an open map is a plan computed
from that map (:mod:`journeymap_desktop.io.merge`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping, TypeVar, cast

from journeymap_desktop.io.csv_lanes import CSV_LANES, WriteContext
from journeymap_desktop.io.csv_table import (
    COLUMNS,
    CURVE_ROW,
    HEADERS,
    KIND_WORDS,
    ROW_KIND_WORDS,
    STAGE_ROW,
    CellError,
    column_letter,
    header_key,
    read_row_kind,
    read_variant,
)
from journeymap_desktop.io.errors import MapFileError
from journeymap_desktop.io.importing import ImportContext, kind_reason
from journeymap_desktop.io.lane_names import fold, kind_label
from journeymap_desktop.io.mapfile import OpenFailed, read_file_bytes, write_atomic
from journeymap_desktop.io.problems import problem
from journeymap_desktop.io.report import Imported, Report, plural, quoted_list
from journeymap_desktop.model import default_names
from journeymap_desktop.model.checks import Problem
from journeymap_desktop.model.document import JourneyMap
from journeymap_desktop.model.elements import Stage
from journeymap_desktop.model.base import LONG_MAX, SHORT_MAX
from journeymap_desktop.model.colors import is_hex
from journeymap_desktop.model.lanes import (
    EmotionCurve,
    EmotionLane,
    Lane,
    LaneKind,
    StoryboardLane,
    lane_kind,
    make_lane,
)

CSV_EXTENSION = ".csv"
_BOM = "\ufeff"
#: Spreadsheets run a cell starting with one of these as a formula: such text cells are
#: written with a leading apostrophe, which the importer removes again.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_TEXT_COLUMNS = ("stage", "lane", "title", "body", "tags", "device", "unit", "curve")
MAX_PROBLEMS = 50
#: Cells kept exactly as typed; the others lose surrounding spaces.
_EXACT_COLUMNS = ("title", "body", "device", "unit", "curve")
T = TypeVar("T")


# ------------------------------------------------------------------------------ export


def export_cards_csv(doc: JourneyMap, path: Path | str, *, lang: str | None = None,
                     delimiter: str | None = None) -> Report:
    """Write ``doc``'s cards and values as CSV (atomically); return what CSV cannot hold."""
    data, report = dumps_cards_csv(doc, lang=lang, delimiter=delimiter)
    write_atomic(Path(path), data)
    return report


def dumps_cards_csv(doc: JourneyMap, *, lang: str | None = None,
                    delimiter: str | None = None) -> tuple[bytes, Report]:
    """The CSV bytes of ``doc`` and a report. ``lang`` picks headers and words (default:
    the map's language); ``delimiter`` defaults to ';' for Spanish and ',' for English."""
    lang = lang or doc.locale
    delimiter = delimiter or (";" if lang == "es" else ",")
    decimal_comma = delimiter == ";"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([HEADERS[lang][key] for key in COLUMNS])
    rows = _rows(doc, lang, decimal_comma)
    for row in rows:
        writer.writerow([_guard(key, row.get(key, "")) for key in COLUMNS])
    report = Report()
    content = sum(1 for row in rows if row.get("stage") and row.get("kind") != ROW_KIND_WORDS[lang][STAGE_ROW])
    report.say(
        f"Wrote {plural(len(rows), 'row', 'rows')}: {plural(len(doc.stages), 'stage', 'stages')}, "
        f"{plural(len(doc.lanes), 'lane', 'lanes')} and {plural(content, 'card or value', 'cards and values')}.",
        f"Escritas {plural(len(rows), 'fila', 'filas')}: {plural(len(doc.stages), 'etapa', 'etapas')}, "
        f"{plural(len(doc.lanes), 'carril', 'carriles')} y {plural(content, 'tarjeta o valor', 'tarjetas y valores')}.",
    )
    frames = sum(len(lane.frames) for lane in doc.lanes_of(StoryboardLane))
    if frames:
        report.say(
            f"{plural(frames, 'storyboard picture is', 'storyboard pictures are')} not in the CSV; "
            "their captions are (merging the CSV back updates them).",
            f"{plural(frames, 'imagen del storyboard no está', 'imágenes del storyboard no están')} en el CSV; "
            "sus pies de foto sí (al fusionar el CSV se actualizan).",
        )
    report.say(
        "The title, scope, personas and notes of the map are not in the CSV: it holds cards and stage values.",
        "El título, el alcance, los arquetipos y las notas del mapa no van en el CSV: solo tarjetas y valores por etapa.",
    )
    return (_BOM + out.getvalue()).encode("utf-8"), report


def _guard(key: str, text: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe; so does one
    that already starts with apostrophes before such a character (``'=x`` typed by the
    person), so that the importer, which removes one, gives back exactly what was typed."""
    if key in _TEXT_COLUMNS and text.lstrip("'").startswith(_FORMULA_START):
        return "'" + text
    return text


def _rows(doc: JourneyMap, lang: str, decimal_comma: bool) -> list[dict[str, str]]:
    """Every row as column key -> cell text, declarations first."""
    words = KIND_WORDS[lang]
    # An empty name (which no row could refer to) is written as the name a new stage or lane
    # gets in the map's language ("Stage 3", "Puntos de contacto"): it comes back as one.
    stage_names = _unique_names([stage.name if stage.name.strip() else default_names.stage_name(doc.locale, number)
                                 for number, stage in enumerate(doc.stages, start=1)])
    lane_names = _unique_names([lane.name if lane.name.strip() else default_names.lane_name(lane.kind, doc.locale)
                                for lane in doc.lanes])
    stage_of = {stage.id: name for stage, name in zip(doc.stages, stage_names)}
    rows: list[dict[str, str]] = []
    for stage, name in zip(doc.stages, stage_names):
        rows.append({"stage": name, "kind": ROW_KIND_WORDS[lang][STAGE_ROW], "body": stage.description,
                     "color": stage.color, "id": stage.id})
    ctx = WriteContext(lang, stage_of, decimal_comma)
    for lane, name in zip(doc.lanes, lane_names):
        part = CSV_LANES.row(lane)
        rows.append({"lane": name, "kind": words[lane_kind(lane)], "body": lane.description,
                     "color": lane.color or "", "id": lane.id, **part.declaration(lane)})
        rows.extend(part.declared_rows(lane, name, ctx))
    for lane, name in zip(doc.lanes, lane_names):
        ctx.base = {"lane": name, "kind": words[lane_kind(lane)]}
        rows.extend(CSV_LANES.row(lane).rows(lane, ctx))
    return rows


def _unique_names(names: list[str]) -> list[str]:
    """Names are the keys of a spreadsheet: a repeated one gets ' (2)', ' (3)'."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        key = name.strip().casefold()
        seen[key] = seen.get(key, 0) + 1
        out.append(name if seen[key] == 1 else f"{name} ({seen[key]})")
    return out


# ------------------------------------------------------------------------------ reading


#: More rows than this are refused before any work: the map would be over the reader's
#: size limit or near it (130,000 short rows make a 56 MB map), and no person made it.
#: The same bound as the nodes of an .ojf file (``ojf_parse.MAX_NODES``).
MAX_ROWS = 20_000


@dataclass
class Sheet:
    """A CSV file read into rows of cells keyed by column, with what it looked like."""

    columns: dict[str, int]
    width: int
    rows: list[tuple[int, list[str]]]
    delimiter: str
    encoding: str
    lang: str
    ignored: list[str] = field(default_factory=list)


def read_sheet(data: bytes, path: Path | str) -> Sheet:
    """Decode, find the delimiter and the header; :class:`MapFileError` when unusable."""
    encoding = "utf-8"
    utf16 = _utf16(data)
    if utf16 is not None:  # Excel's "Unicode text" (tab separated) and some exports
        encoding = "UTF-16"
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            raise OpenFailed(path, "csv_bad_utf16") from None
        text = text.removeprefix(_BOM)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            encoding = "windows-1252"
            text = data.decode("cp1252", errors="replace")
    # NUL bytes in the header, or many of them, are a spreadsheet file or other binary; a few
    # further down are a map's text as our export wrote it (a NUL typed into a body).
    nuls = text.count("\x00")
    if nuls and (encoding == "windows-1252" or "\x00" in text.split("\n", 1)[0] or nuls * 100 > len(text)):
        raise OpenFailed(path, "csv_not_text")
    if not text.strip():
        raise OpenFailed(path, "csv_no_rows")
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (";", ",", "\t")}
    delimiter = max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise OpenFailed(path, "csv_unreadable", detail=str(exc)) from None
    if len(records) - 1 > MAX_ROWS:
        raise OpenFailed(path, "csv_too_many_rows", rows=f"{len(records) - 1:,}", limit=f"{MAX_ROWS:,}")
    header = records[0]
    columns: dict[str, int] = {}
    ignored = []
    problems = []
    for index, cell in enumerate(header):
        key = header_key(cell)
        if key is None:
            if cell.strip():
                ignored.append(cell.strip())
            continue
        if key in columns:
            problems.append(problem(f"row 1, column {column_letter(index)}", "csv_column_twice", text=cell,
                                    other=column_letter(columns[key]), row=1, column=column_letter(index), header=key))
        columns[key] = index
    if "lane" not in columns:
        problems.append(problem("row 1", "csv_no_lane_column", row=1))
    if problems:
        raise MapFileError(path, problems)
    spanish_only = {fold(name) for name in HEADERS["es"].values()} - {fold(key) for key in COLUMNS}
    spanish = any(fold(cell) in spanish_only for cell in header)
    rows = [(number, record) for number, record in enumerate(records[1:], start=2)
            if any(cell.strip() for cell in record)]
    return Sheet(columns, len(header), rows, delimiter, encoding, "es" if spanish else "en", ignored)


def _utf16(data: bytes) -> str | None:
    """The codec of UTF-16 text (by its byte order mark, or by the zero byte beside every
    ASCII character of the first line), else ``None``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:200]
    if len(head) >= 8 and len(head) % 2 == 0:
        if head[1::2].count(0) == len(head) // 2 and head[0::2].count(0) == 0:
            return "utf-16-le"
        if head[0::2].count(0) == len(head) // 2 and head[1::2].count(0) == 0:
            return "utf-16-be"
    return None


# ------------------------------------------------------------------------------ import


@dataclass
class SheetImport(Imported):
    """A CSV read as a map, plus what merging needs: the columns it has, and captions."""

    columns: frozenset[str] = frozenset()
    captions: dict[str, str] = field(default_factory=dict)


#: What a file holds, in the order the report names them: (singular, plural) per language.
#: People's words for what the rows make; "stage values" was the model's.
HOLDS_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "en": {"stages": ("stage", "stages"), "lanes": ("lane", "lanes"), "cards": ("card", "cards"),
           "texts": ("text", "texts"), "figures": ("figure", "figures"),
           "emotions": ("emotion score", "emotion scores"), "engagement": ("engagement level", "engagement levels"),
           "channels": ("set of channels", "sets of channels")},
    "es": {"stages": ("etapa", "etapas"), "lanes": ("carril", "carriles"), "cards": ("tarjeta", "tarjetas"),
           "texts": ("texto", "textos"), "figures": ("cifra", "cifras"),
           "emotions": ("puntuación de emoción", "puntuaciones de emoción"),
           "engagement": ("nivel de engagement", "niveles de engagement"),
           "channels": ("grupo de canales", "grupos de canales")},
}


def holds(counts: Mapping[str, int], lang: str) -> str:
    """"The file holds 3 stages, 3 lanes and 4 cards.": what the rows made, true whether
    the person opens it as a new map or merges it (the merge preview says what changes);
    only what there is, each noun agreeing with its count."""
    es = lang == "es"
    words = HOLDS_WORDS["es" if es else "en"]
    parts = [plural(counts[key], *words[key]) for key in words if counts.get(key, 0)]
    if not parts:
        return "El archivo no tiene etapas, carriles ni tarjetas." if es else "The file holds no stages, lanes or cards."
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + (" y " if es else " and ") + parts[-1]
    return f"El archivo tiene {listed}." if es else f"The file holds {listed}."


def import_cards_csv(path: Path | str, *, lang: str | None = None, like: JourneyMap | None = None) -> SheetImport:
    """Read a cards CSV as a new map. ``like`` (the map it will be merged into) lends its
    lane kinds to rows that do not say their kind. Raises :class:`MapFileError`."""
    path = Path(path)
    return imports_cards_csv(read_file_bytes(path, "CSV file"), path, lang=lang, like=like)


def imports_cards_csv(data: bytes, path: Path | str = "<memory>", *, lang: str | None = None,
                      like: JourneyMap | None = None) -> SheetImport:
    """Like :func:`import_cards_csv`, from the file's bytes."""
    sheet = read_sheet(data, path)
    builder = _Builder(sheet, Path(path), lang or (like.locale if like else sheet.lang), like)
    builder.build()
    if builder.problems:
        problems = builder.problems[:MAX_PROBLEMS]
        if len(builder.problems) > MAX_PROBLEMS:
            problems.append(problem("$", "csv_more", count=len(builder.problems) - MAX_PROBLEMS))
        raise MapFileError(path, problems)
    return builder.result()


class _Builder:
    """Turns rows into stages, lanes, cards and values, collecting every bad cell."""

    def __init__(self, sheet: Sheet, path: Path, lang: str, like: JourneyMap | None) -> None:
        self.sheet = sheet
        self.path = path
        self.lang = "es" if lang == "es" else "en"
        self.ctx = ImportContext(like=like)
        self.problems: list[Problem] = []
        self.stages: dict[str, Stage] = {}
        self.declared: set[str] = set()
        self.lanes: dict[str, Lane] = {}
        self.captions: dict[str, str] = {}
        self.skipped_captions = 0
        self.guessed: dict[str, tuple[LaneKind, str]] = {}
        #: What the rows made, by :data:`HOLDS_WORDS` key ("cards", "texts", …).
        self.counts: Counter[str] = Counter()
        self.number = 0
        self.cells: list[str] = []

    # -- cells of the current row --

    def where(self, key: str | None, lang: str = "en") -> str:
        """``row 3, column D (title)``: the cell a problem or a cut text is in."""
        row, column = ("fila", "columna") if lang == "es" else ("row", "column")
        where = f"{row} {self.number}"
        if key is not None and key in self.sheet.columns:
            where += f", {column} {column_letter(self.sheet.columns[key])} ({key})"
        return where

    def fail(self, key: str | None, reason: str, **details: object) -> None:
        """A problem in this row (in its ``key`` cell, when the sheet has that column)."""
        place: dict[str, object] = {"row": self.number}
        if key is not None and key in self.sheet.columns:
            place.update(column=column_letter(self.sheet.columns[key]), header=key)
        self.problems.append(problem(self.where(key), reason, **details, **place))

    def cell(self, key: str) -> str:
        index = self.sheet.columns.get(key)
        if index is None or index >= len(self.cells):
            return ""
        text = self.cells[index]
        if key in _TEXT_COLUMNS and text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START):
            text = text[1:]  # the apostrophe export put before a formula-like text (see _guard)
        text = text if key in _EXACT_COLUMNS else text.strip()
        limit = LONG_MAX if key in ("body", "tags") else SHORT_MAX
        if len(text) <= limit:
            return text
        # Too long for the map: cut, and the report says where, rather than refuse the file.
        return self.ctx.clamp(text, limit, (self.where(key), self.where(key, "es")))

    def short(self, text: str, key: str) -> str:
        """A part of a cell that the map holds as a one-line text (a tag), clamped."""
        return self.ctx.short(text, (self.where(key), self.where(key, "es")))

    def parsed(self, key: str, reader: Callable[[str], T]) -> T | None:
        try:
            return reader(self.cell(key))
        except CellError as exc:
            self.fail(key, exc.reason, **exc.details)
            return None

    def has(self, key: str) -> bool:
        return key in self.sheet.columns

    def claim_id(self) -> str | None:
        """The row's id cell when it is a valid id no other row uses, else None."""
        wanted = self.cell("id")
        if not wanted:
            return None
        refused = self.ctx.ids.refusal(wanted, "another row")
        if refused is not None:
            self.fail("id", refused.reason, **refused.details)
            return None
        self.ctx.ids.take(wanted)
        return wanted

    def fresh_id(self, prefix: str, *, from_row: bool = True) -> str:
        claimed = self.claim_id() if from_row else None
        return claimed or self.ctx.ids.fresh(prefix)

    def color(self) -> str | None:
        text = self.cell("color")
        if not text:
            return None
        if is_hex(text):
            return text.lower()
        self.fail("color", "csv_colour", text=text)
        return None

    # -- structure --

    def stage(self, name: str) -> Stage:
        key = name.casefold()
        if key not in self.stages:
            self.stages[key] = Stage(id=self.fresh_id("stage", from_row=False), name=name)
        return self.stages[key]

    def lane(self, name: str, kind: LaneKind | None, has_score: bool) -> Lane | None:
        key = name.casefold()
        existing = self.lanes.get(key)
        if existing is not None:
            if kind is not None and lane_kind(existing) != kind:
                self.fail("kind", "csv_lane_kind", name=name, kind=lane_kind(existing).value, other=kind.value)
                return None
            return existing
        if kind is None:
            # One row without a score says nothing of the lane's other rows: only a score counts.
            kind, why = self.ctx.guess_kind(name, scored=True if has_score else None, scores_mean_emotion=True)
            self.guessed[name] = (kind, why)
        lane = make_lane(kind, name, id=self.fresh_id("lane", from_row=False))
        self.lanes[key] = lane
        return lane

    # -- rows --

    def build(self) -> None:
        for number, cells in self.sheet.rows:
            self.number, self.cells = number, cells
            extra = [i for i in range(self.sheet.width, len(cells)) if cells[i].strip()]
            if extra:
                self.fail(None, "csv_past_last_column", letter=column_letter(extra[0]))
                continue
            row_kind = self.parsed("kind", read_row_kind)
            if self.has("kind") and self.cell("kind") and row_kind is None:
                continue  # a bad kind was reported
            if row_kind == STAGE_ROW:
                self.stage_row()
            elif row_kind == CURVE_ROW:
                self.curve_row()
            else:
                self.content_row(row_kind if isinstance(row_kind, LaneKind) else None)

    def stage_row(self) -> None:
        name = self.cell("stage")
        if not name:
            self.fail("stage", "csv_stage_no_name")
            return
        key = name.casefold()
        if key in self.declared:
            self.fail("stage", "csv_stage_twice", name=name)
            return
        self.declared.add(key)
        stage = self.stages.get(key)
        if stage is None:
            stage = self.stages[key] = Stage(id=self.fresh_id("stage"), name=name)
        else:  # used by an earlier row: this row adds its details
            claimed = self.claim_id()
            if claimed:
                self._rename_stage(stage, claimed)
        stage.description = self.cell("body")
        color = self.color()
        if color:
            stage.color = color

    def _rename_stage(self, stage: Stage, new: str) -> None:
        old, stage.id = stage.id, new
        self.ctx.ids.release(old)
        for lane in self.lanes.values():
            for item in lane.stage_entries():
                if item.stage_id == old:
                    item.stage_id = new

    def curve_row(self) -> None:
        if not self.cell("lane"):
            self.fail("lane", "csv_curve_no_lane")
            return
        found = self.lane(self.cell("lane"), LaneKind.EMOTION, True)
        if found is None:
            return  # the lane is of another kind: reported
        lane = cast(EmotionLane, found)
        name = self.cell("curve")
        row_id = self.cell("id")
        if any(curve.name.casefold() == name.casefold() for curve in lane.curves) and (
                not row_id or row_id in self.ctx.ids):
            # Two curves may share a name (a map allows it) when their rows tell them apart by id.
            self.fail("curve", "csv_curve_twice", name=name, lane=lane.name)
            return
        variant = self.parsed("variant", read_variant)
        lane.curves.append(EmotionCurve(
            id=self.fresh_id("curve"), name=name, variant="to_be" if variant == "to_be" else "as_is",
            color=self.color(),
        ))

    def content_row(self, kind: LaneKind | None) -> None:
        lane_name, stage_name = self.cell("lane"), self.cell("stage")
        if not lane_name:
            self.fail("lane", "csv_no_lane")
            return
        lane = self.lane(lane_name, kind, bool(self.cell("score")))
        if lane is None:
            return
        if not stage_name:
            self.lane_row(lane)
            return
        CSV_LANES.row(lane).read(self, lane, self.stage(stage_name))

    def lane_row(self, lane: Lane) -> None:
        """A row with a lane and no stage declares the lane: description, colour, unit, id."""
        claimed = self.claim_id()
        if claimed:
            self.ctx.ids.release(lane.id)
            lane.id = claimed
        if self.has("body"):
            lane.description = self.cell("body")
        lane.color = self.color()
        CSV_LANES.row(lane).read_declaration(self, lane)

    # -- the result --

    def result(self) -> SheetImport:
        sheet, report = self.sheet, self.ctx.report
        names = {",": "commas", ";": "semicolons", "\t": "tabs"}
        nombres = {",": "comas", ";": "puntos y comas", "\t": "tabuladores"}
        report.say(
            f"Read {self.path.name}: {plural(len(sheet.rows), 'row', 'rows')} separated by "
            f"{names[sheet.delimiter]}, {sheet.encoding.upper()} text.",
            f"Leído {self.path.name}: {plural(len(sheet.rows), 'fila', 'filas')} separadas por "
            f"{nombres[sheet.delimiter]}, texto {sheet.encoding.upper()}.",
        )
        if sheet.encoding == "windows-1252":
            report.say(
                "The file is not UTF-8; it was read as Windows-1252, as Excel saves 'CSV'. Check the accents.",
                "El archivo no es UTF-8; se ha leído como Windows-1252, como guarda Excel el 'CSV'. Revisa las tildes.",
            )
        if sheet.ignored:
            report.say(f"Columns {quoted_list(sheet.ignored)} are not known and were ignored.",
                       f"Las columnas {quoted_list(sheet.ignored, lang='es')} no se conocen y se han ignorado.")
        counts = {"stages": len(self.stages), "lanes": len(self.lanes), **self.counts}
        report.say(holds(counts, "en"), holds(counts, "es"))
        for name, (kind, why) in self.guessed.items():
            report.say(f"Lane '{name}' does not say its kind: it became a lane of {kind_label(kind, 'en')} "
                       f"({kind_reason(why, 'en')}).",
                       f"El carril '{name}' no indica su tipo: es ahora de {kind_label(kind, 'es')} "
                       f"({kind_reason(why, 'es')}).")
        if self.skipped_captions:
            report.say(
                f"{plural(self.skipped_captions, 'storyboard caption has', 'storyboard captions have')} no picture in a CSV: "
                "a new map gets none of them, a merge updates the captions of pictures it already has.",
                f"{plural(self.skipped_captions, 'pie de foto del storyboard no tiene', 'pies de foto del storyboard no tienen')} "
                "imagen en un CSV: un mapa nuevo no los recibe; una fusión actualiza los de las imágenes que ya tiene.",
            )
        self.ctx.report_cuts()
        title = self.path.stem.replace("_", " ").replace("-", " ").strip().capitalize() or "CSV"
        doc = JourneyMap(title=title, locale="es" if self.lang == "es" else "en",
                         stages=list(self.stages.values()), lanes=list(self.lanes.values()))
        return SheetImport(doc, report, frozenset(sheet.columns), self.captions)
