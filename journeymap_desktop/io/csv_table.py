"""The card spreadsheet's columns and cell formats, shared by CSV export and import.

One row per card or per stage value; stage, lane and curve rows declare structure (order,
descriptions, colours, ids) so that a map written out and read back is the same map.
Headers and words are written in the map's language and read in either (English or
Spanish, with or without accents), because Spanish Excel users will edit these files.
"""

from __future__ import annotations

from functools import cache

from journeymap_desktop.io.lane_names import KIND_ALIASES, fold
from journeymap_desktop.io.problems import Reasoned
from journeymap_desktop.model.channels import CHANNEL_LABELS, Channel, channel_label
from journeymap_desktop.model.elements import Evidence, Severity
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.model.numbers import parse_decimal

#: Column keys in file order.
COLUMNS = (
    "stage", "lane", "kind", "title", "body", "tags", "channel", "device", "online", "severity",
    "moment_of_truth", "votes", "color", "score", "value", "unit", "curve", "variant", "id", "evidence",
    "actor", "system", "fail_point", "wait_minutes", "owner", "status", "impact", "effort",
)
HEADERS: dict[str, dict[str, str]] = {
    "en": {key: key for key in COLUMNS},
    "es": {
        "stage": "etapa", "lane": "carril", "kind": "tipo", "title": "título", "body": "texto",
        "tags": "etiquetas", "channel": "canal", "device": "dispositivo", "online": "online",
        "severity": "gravedad", "moment_of_truth": "momento de la verdad", "votes": "votos", "evidence": "evidencia",
        "color": "color",
        "score": "puntuación", "value": "valor", "unit": "unidad", "curve": "curva",
        "variant": "variante", "id": "id",
        "actor": "rol", "system": "sistema", "fail_point": "punto de fallo", "wait_minutes": "espera (min)",
        "owner": "responsable", "status": "estado", "impact": "impacto", "effort": "esfuerzo",
    },
}
#: Other header spellings people use, folded (see :func:`fold`).
HEADER_ALIASES: dict[str, str] = {
    "phase": "stage", "fase": "stage", "swimlane": "lane", "row": "lane", "fila": "lane",
    "type": "kind", "name": "title", "nombre": "title", "label": "title", "text": "body",
    "description": "body", "descripcion": "body", "cuerpo": "body", "notes": "body", "notas": "body",
    "channels": "channel", "canales": "channel", "en linea": "online", "severidad": "severity",
    "moment of truth": "moment_of_truth", "momento de verdad": "moment_of_truth", "mot": "moment_of_truth",
    "colour": "color", "puntuacion": "score", "emotion": "score", "emocion": "score",
    "level": "value", "nivel": "value", "dots": "votes", "puntos": "votes", "vote": "votes",
    "voto": "votes", "evidence level": "evidence", "nivel de evidencia": "evidence",
    "source": "evidence", "fuente": "evidence",
    "role": "actor", "fail point": "fail_point", "wait": "wait_minutes", "espera": "wait_minutes",
    "wait (min)": "wait_minutes", "espera (min)": "wait_minutes", "punto de fallo": "fail_point",
    "owner": "owner", "responsable": "owner", "estado": "status", "impacto": "impact", "esfuerzo": "effort",
}
STATUS_WORDS: dict[str, dict[str, str]] = {
    "en": {"idea": "idea", "planned": "planned", "in_progress": "in progress", "done": "done"},
    "es": {"idea": "idea", "planned": "planificado", "in_progress": "en curso", "done": "hecho"},
}

#: Kinds of rows that declare structure rather than content.
STAGE_ROW = "stage"
CURVE_ROW = "curve"
ROW_KIND_WORDS: dict[str, dict[str, str]] = {
    "en": {STAGE_ROW: "stage", CURVE_ROW: "curve"},
    "es": {STAGE_ROW: "etapa", CURVE_ROW: "curva"},
}
KIND_WORDS: dict[str, dict[LaneKind, str]] = {
    "en": {kind: kind.value for kind in LaneKind},
    "es": {
        LaneKind.ACTIVITIES: "actividades", LaneKind.TOUCHPOINTS: "puntos de contacto",
        LaneKind.STORYBOARD: "storyboard", LaneKind.EMOTION: "emociones",
        LaneKind.ENGAGEMENT: "engagement", LaneKind.TEXT: "texto",
        LaneKind.PAIN_POINTS: "puntos de dolor", LaneKind.OPPORTUNITIES: "oportunidades",
        LaneKind.METRICS: "métricas", LaneKind.CHANNELS: "canales",
        LaneKind.EVIDENCE: "evidencia física", LaneKind.FRONTSTAGE: "front stage",
        LaneKind.BACKSTAGE: "back stage", LaneKind.SUPPORT: "soporte",
    },
}
SEVERITY_WORDS: dict[str, dict[Severity, str]] = {
    "en": {s: s.value for s in Severity},
    "es": {Severity.LOW: "baja", Severity.MEDIUM: "media", Severity.HIGH: "alta"},
}
_SEVERITY_READ = {
    "low": Severity.LOW, "baja": Severity.LOW, "bajo": Severity.LOW,
    "medium": Severity.MEDIUM, "media": Severity.MEDIUM, "medio": Severity.MEDIUM,
    "high": Severity.HIGH, "alta": Severity.HIGH, "alto": Severity.HIGH,
}
EVIDENCE_WORDS: dict[str, dict[Evidence, str]] = {
    "en": {e: e.value for e in Evidence},
    "es": {Evidence.OBSERVED: "observado", Evidence.REPORTED: "referido", Evidence.ASSUMED: "supuesto"},
}
_EVIDENCE_READ = {
    "observed": Evidence.OBSERVED, "observado": Evidence.OBSERVED, "observada": Evidence.OBSERVED,
    "seen": Evidence.OBSERVED, "fact": Evidence.OBSERVED, "hecho": Evidence.OBSERVED,
    "reported": Evidence.REPORTED, "referido": Evidence.REPORTED, "referida": Evidence.REPORTED,
    "reportado": Evidence.REPORTED, "reportada": Evidence.REPORTED, "declarado": Evidence.REPORTED,
    "declarada": Evidence.REPORTED, "said": Evidence.REPORTED,
    "assumed": Evidence.ASSUMED, "supuesto": Evidence.ASSUMED, "supuesta": Evidence.ASSUMED,
    "asumido": Evidence.ASSUMED, "asumida": Evidence.ASSUMED, "assumption": Evidence.ASSUMED,
    "hipotesis": Evidence.ASSUMED, "hypothesis": Evidence.ASSUMED, "guess": Evidence.ASSUMED,
}
VARIANT_WORDS: dict[str, dict[str, str]] = {
    "en": {"as_is": "as_is", "to_be": "to_be"},
    "es": {"as_is": "actual", "to_be": "deseada"},
}
_VARIANT_READ = {
    "as is": "as_is", "as_is": "as_is", "actual": "as_is", "hoy": "as_is",
    "to be": "to_be", "to_be": "to_be", "deseada": "to_be", "deseado": "to_be", "futura": "to_be",
    "futuro": "to_be",
}
YES = {"en": "yes", "es": "sí"}
_TRUE = {"yes", "y", "true", "1", "x", "si", "s", "verdadero", "v"}
_FALSE = {"no", "n", "false", "0", "falso", "f"}


class CellError(Reasoned):
    """A cell that cannot be read; the reason says what it should hold."""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def header_key(cell: str) -> str | None:
    """The column key a header cell names, in either language; None if unknown."""
    folded = fold(cell)
    for headers in HEADERS.values():
        for key, name in headers.items():
            if fold(name) == folded or fold(key) == folded:
                return key
    return HEADER_ALIASES.get(folded)


@cache
def _row_kinds() -> dict[str, str | LaneKind]:
    """Every spelling of a row kind, folded."""
    table: dict[str, str | LaneKind] = dict(KIND_ALIASES)
    for kind in LaneKind:
        table[fold(kind.value)] = kind
        table[fold(kind.value.replace("_", " "))] = kind
    for kind_words in KIND_WORDS.values():
        table.update({fold(word): kind for kind, word in kind_words.items()})
    for row_words in ROW_KIND_WORDS.values():
        table.update({fold(word): row_kind for row_kind, word in row_words.items()})
    return table


@cache
def _channels() -> dict[str, Channel]:
    """Every spelling of a channel (file value, labels in each language), folded."""
    table = {fold(label): ch for lang in CHANNEL_LABELS.values() for ch, label in lang.items()}
    table.update({fold(ch.value): ch for ch in Channel})
    return table


def read_row_kind(cell: str) -> str | LaneKind | None:
    """``stage``/``curve`` rows, or a lane kind; None for an empty cell; CellError otherwise."""
    folded = fold(cell)
    if not folded:
        return None
    found = _row_kinds().get(folded)
    if found is None:
        names = ", ".join(kind.value for kind in LaneKind)
        raise CellError("cell_row_kind", text=cell, names=names)
    return found


def read_severity(cell: str) -> Severity | None:
    folded = fold(cell)
    if not folded:
        return None
    if folded in _SEVERITY_READ:
        return _SEVERITY_READ[folded]
    raise CellError("cell_severity", text=cell)


def read_status(cell: str) -> str | None:
    """A priority's status in either language ('in progress', 'en curso', 'in_progress'...)."""
    if not cell.strip():
        return None
    folded = fold(cell).replace("_", " ")
    for words in STATUS_WORDS.values():
        for value, word in words.items():
            if folded in (fold(word), value.replace("_", " ")):
                return value
    raise CellError("cell_status", text=cell)


def read_rating(cell: str) -> int | None:
    """An impact or effort rating, a whole number 1..5."""
    if not cell.strip():
        return None
    if not cell.strip().isdigit() or not 1 <= int(cell.strip()) <= 5:
        raise CellError("cell_rating", text=cell)
    return int(cell.strip())


def read_minutes(cell: str) -> int | None:
    """A waiting time in whole minutes."""
    if not cell.strip():
        return None
    if not cell.strip().isdigit() or int(cell.strip()) > 100_000:
        raise CellError("cell_wait", text=cell)
    return int(cell.strip())


def read_evidence(cell: str) -> Evidence | None:
    folded = fold(cell)
    if not folded:
        return None
    if folded in _EVIDENCE_READ:
        return _EVIDENCE_READ[folded]
    raise CellError("cell_evidence", text=cell)


def read_flag(cell: str) -> bool | None:
    folded = fold(cell)
    if not folded:
        return None
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise CellError("cell_yes_no", text=cell)


def read_variant(cell: str) -> str | None:
    folded = fold(cell)
    if not folded:
        return None
    if folded in _VARIANT_READ:
        return _VARIANT_READ[folded]
    raise CellError("cell_variant", text=cell)


def read_number(cell: str) -> float | None:
    """A number written with a decimal point or, as Spanish Excel does, a decimal comma."""
    if not cell.strip().replace("\u00a0", ""):
        return None
    try:
        value = parse_decimal(cell)
    except ValueError:
        raise CellError("cell_number", text=cell) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError("cell_not_finite", text=cell)  # any finite number is, as in a map
    return value


def read_channels(cell: str) -> list[Channel]:
    """One or more channels, by their file spelling or their label in either language."""
    labels = _channels()
    out: list[Channel] = []
    for part in _split_list(cell):
        channel = labels.get(fold(part))
        if channel is None:
            known = ", ".join(ch.value for ch in Channel)
            raise CellError("cell_channel", text=part, names=known)
        if channel not in out:
            out.append(channel)
    return out


def read_tags(cell: str) -> list[str]:
    """Tags separated by commas (or by '|' when a tag itself holds a comma)."""
    out: list[str] = []
    for tag in _split_list(cell):
        if tag not in out:
            out.append(tag)
    return out


def _split_list(cell: str) -> list[str]:
    separator = "|" if "|" in cell else ","
    return [part.strip() for part in cell.split(separator) if part.strip()]


def write_tags(tags: list[str]) -> str:
    """Comma-separated; with '|' when a tag holds a comma (a lone such tag gets a trailing
    '|' so that reading it back picks the same separator)."""
    if not any("," in tag for tag in tags):
        return ", ".join(tags)
    return " | ".join(tags) + (" |" if len(tags) == 1 else "")


def write_channels(channels: list[Channel], lang: str) -> str:
    return ", ".join(channel_label(ch, lang) for ch in channels)


def write_number(value: float, decimal_comma: bool) -> str:
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",") if decimal_comma else text
