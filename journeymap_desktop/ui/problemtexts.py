"""What is wrong in one place of a file, in the editor's language: the lines under "Cannot
import the file" (a CSV cell, an .ojf value) and "Cannot open the map" (pydantic's checks,
the document's own rules).

The pure layers give each :class:`~journeymap_desktop.model.checks.Problem` a reason key
and the details its sentence names (io's ``IMPORT_REASONS``, the model's
``CHECK_REASONS``, and ``pydantic`` with pydantic's error type and context), as
:mod:`~journeymap_desktop.ui.savetexts` does for whole-file reasons; the words are here.
The English sources are io's and pydantic's own sentences, so the English editor says
what the CLI says. What is technical (a JSON path, a regular expression, a value as the
file wrote it) is quoted as it is; a reason without words here shows io's English.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from journeymap_desktop.editing.base import CommandError
from journeymap_desktop.io.csv_table import HEADERS, KIND_WORDS
from journeymap_desktop.io.lane_names import kind_label
from journeymap_desktop.model.channels import CHANNEL_LABELS
from journeymap_desktop.model.checks import Problem
from journeymap_desktop.model.lanes import LaneKind
from journeymap_desktop.model.numbers import grouped

Details = Mapping[str, str]


def tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def _fill(text: str, *values: str) -> str:
    """``%1``, ``%2``… of a translated sentence replaced by ``values``, in one pass (a
    value holding "%2" is not replaced again)."""
    parts = text.split("%")
    out = parts[0]
    for part in parts[1:]:
        if part[:1].isdigit() and 0 < int(part[:1]) <= len(values):
            out += values[int(part[:1]) - 1] + part[1:]
        else:
            out += "%" + part
    return out


def _lang() -> str:
    """The editor's language (``install_translations`` makes it the default locale's): the
    words of a CSV's columns, lane kinds and channels come from io's tables, which hold
    both languages."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def _kind(value: str) -> str:
    """A lane kind named in the editor's language (``pain_points`` in English, as io says it)."""
    try:
        kind = LaneKind(value)
    except ValueError:
        return value
    return kind_label(kind, "es") if _lang() == "es" else value


def _words(words: Iterable[str]) -> str:
    return ", ".join(words)


def _import_text(reason: str, d: Details) -> str | None:
    es = _lang() == "es"
    texts: dict[str, Callable[[], str]] = {
        "bad_id": lambda: _fill(tr("'%1' is not a valid id (letters, digits, '-', '_', '.', ':'; up to 64)"), d["id"]),
        "id_taken": lambda: _fill(tr("id '%1' is used by another row") if d.get("other") == "another row"
                                  else tr("id '%1' is used by another part"), d["id"]),
        "csv_column_twice": lambda: _fill(tr("'%1' repeats the column of %2"), d["text"], d["other"]),
        "csv_no_lane_column": lambda: tr("there is no 'lane' (carril) column: the first row must name the columns, "
                                         "e.g. stage, lane, kind, title, body"),
        "csv_past_last_column": lambda: _fill(tr("has text in column %1, past the last named column: is there an "
                                                 "unquoted separator inside a text?"), d["letter"]),
        "csv_stage_no_name": lambda: tr("a stage row needs the stage's name"),
        "csv_stage_twice": lambda: _fill(tr("stage '%1' is declared twice"), d["name"]),
        "csv_curve_no_lane": lambda: tr("a curve row needs the name of its emotion lane"),
        "csv_curve_twice": lambda: _fill(tr("curve '%1' is declared twice in lane '%2'"), d["name"], d["lane"]),
        "csv_no_lane": lambda: tr("names no lane: every card or value belongs to a lane"),
        "csv_lane_kind": lambda: _fill(tr("lane '%1' is already %2, not %3"), d["name"], _kind(d["kind"]),
                                       _kind(d["other"])),
        "csv_colour": lambda: _fill(tr("'%1' is not a colour like #3b6fd8"), d["text"]),
        "csv_one_channel": lambda: tr("a card has one channel; a channels lane holds several"),
        "csv_votes": lambda: _fill(tr("'%1' is not a number of votes (a whole number from 0 to %2)"), d["text"],
                                   grouped(int(d["limit"]), _lang())),
        "csv_no_score": lambda: tr("an emotion row needs a score from -2 to +2"),
        "csv_score_range": lambda: _fill(tr("%1 is outside -2..+2 (very bad .. very good)"),
                                         d["score"].replace(".", ",") if es else d["score"]),
        "csv_point_twice": lambda: _fill(tr("curve '%1' already has a point in stage '%2'"), d["curve"], d["stage"]),
        "csv_value_twice": lambda: _fill(tr("lane '%1' already has a value in stage '%2'"), d["lane"], d["stage"]),
        "csv_engagement": lambda: tr("an engagement row needs a whole number from 1 to 5"),
        "csv_metric": lambda: tr("a metrics row needs a number"),
        "csv_more": lambda: _fill(tr("… and %1 more problems"), d["count"]),
        "cell_row_kind": lambda: _fill(tr("'%1' is not a kind of row: use stage, curve or a lane kind (%2)"), d["text"],
                                       _words(KIND_WORDS["es"].values()) if es else d["names"]),
        "cell_severity": lambda: _fill(tr("'%1' is not a severity: use low, medium or high (baja, media, alta)"),
                                       d["text"]),
        "cell_status": lambda: _fill(tr("'%1' is not a status: use idea, planned, in progress or done (idea, "
                                        "planificado, en curso, hecho)"), d["text"]),
        "cell_rating": lambda: _fill(tr("'%1' is not a rating: use a whole number from 1 to 5"), d["text"]),
        "cell_wait": lambda: _fill(tr("'%1' is not a waiting time: use whole minutes (0..100000)"), d["text"]),
        "cell_evidence": lambda: _fill(tr("'%1' is not an evidence level: use observed, reported or assumed "
                                          "(observado, referido, supuesto)"), d["text"]),
        "cell_yes_no": lambda: _fill(tr("'%1' is not yes or no"), d["text"]),
        "cell_variant": lambda: _fill(tr("'%1' is not a curve variant: use as_is or to_be (actual, deseada)"),
                                      d["text"]),
        "cell_number": lambda: _fill(tr("'%1' is not a number"), d["text"]),
        "cell_not_finite": lambda: _fill(tr("'%1' is not a usable number"), d["text"]),
        "cell_channel": lambda: _fill(tr("'%1' is not a channel: use one of %2"), d["text"],
                                      _words(CHANNEL_LABELS["es"].values()) if es else d["names"]),
        "ojf_text": lambda: _fill(tr("must be text, not %1 %2"), d["json_type"], d["value"]),
        "ojf_text_json": lambda: _fill(tr("must be text, not a JSON %1"), d["json_type"]),
        "ojf_missing": lambda: tr("is required but missing"),
        "ojf_bad_id": lambda: _fill(tr("must be a non-empty id, not %1"), d["value"]),
        "ojf_number": lambda: _fill(tr("must be a number, not %1"), d["value"]),
        "ojf_number_json": lambda: _fill(tr("must be a number, not a JSON %1"), d["json_type"]),
        "ojf_huge": lambda: _fill(tr("is far too large a number (%1…)"), d["digits"]),
        "ojf_not_finite": lambda: _fill(tr("must be a finite number, not %1"), d["value"]),
        "ojf_flag": lambda: _fill(tr("must be true or false, not %1"), d["value"]),
        "ojf_texts": lambda: _fill(tr("must be a list of texts, not a JSON %1"), d["json_type"]),
        "ojf_list": lambda: _fill(tr("must be a list, not a JSON %1"), d["json_type"]),
        "ojf_object": lambda: _fill(tr("must be an object, not a JSON %1"), d["json_type"]),
        "ojf_object_or_text": lambda: _fill(tr("must be an object or text, not a JSON %1"), d["json_type"]),
        "ojf_stage_twice": lambda: _fill(tr("duplicate stage id '%1' (also at %2)"), d["id"], d["other"]),
        "ojf_lane_twice": lambda: _fill(tr("duplicate swimlane id '%1' (also at %2)"), d["id"], d["other"]),
        "ojf_too_many_nodes": lambda: _fill(tr("has %1 nodes; more than %2 are not imported"), d["count"],
                                            d["limit"]),
        "ojf_missing_stage": lambda: _fill(tr("refers to a missing stage '%1'"), d["ref"]),
        "ojf_missing_lane": lambda: _fill(tr("refers to a missing swimlane '%1'"), d["ref"]),
        # the document's own rules (model/checks.py)
        "duplicate_id": lambda: _fill(tr("duplicate id '%1' (also at %2)"), d["id"], d["other"]),
        "missing_ref": lambda: _fill({"stage": tr("refers to a missing stage '%1'"),
                                      "persona": tr("refers to a missing persona '%1'"),
                                      "image": tr("refers to a missing image '%1'")}.get(d["what"], "%1"), d["ref"]),
        "stage_twice": lambda: _fill(tr("stage '%1' has more than one value"), d["ref"]),
        "voting_names": lambda: _fill(tr("names %1 participants but the session had %2"), d["names"],
                                      d["participants"]),
    }
    text = texts.get(reason)
    return None if text is None else text()


def _or(expected: str) -> str:
    """pydantic's "'a', 'b' or 'c'" with the editor's word for "or"."""
    return expected.replace("' or '", "' " + tr("or") + " '")


def _pydantic_text(d: Details) -> str:
    """pydantic's error in the editor's language, from its type and context (its own
    English, quoted, for a type not worded here)."""
    texts: dict[str, Callable[[], str]] = {
        "missing": lambda: tr("is required but missing"),
        "extra_forbidden": lambda: tr("is not a known field"),
        "string_type": lambda: tr("Input should be a valid string"),
        "int_type": lambda: tr("Input should be a valid integer"),
        "int_parsing": lambda: tr("Input should be a valid integer, unable to parse string as an integer"),
        "int_from_float": lambda: tr("Input should be a valid integer, got a number with a fractional part"),
        "int_parsing_size": lambda: tr("Unable to parse input string as an integer, exceeded maximum size"),
        "float_type": lambda: tr("Input should be a valid number"),
        "float_parsing": lambda: tr("Input should be a valid number, unable to parse string as a number"),
        "finite_number": lambda: tr("Input should be a finite number"),
        "bool_type": lambda: tr("Input should be a valid boolean"),
        "bool_parsing": lambda: tr("Input should be a valid boolean, unable to interpret input"),
        "list_type": lambda: tr("Input should be a valid list"),
        "dict_type": lambda: tr("Input should be a valid dictionary"),
        "model_type": lambda: _fill(tr("Input should be a valid dictionary or instance of %1"), d["class_name"]),
        "model_attributes_type": lambda: tr("Input should be a valid dictionary or object to extract fields from"),
        "datetime_type": lambda: tr("Input should be a valid datetime"),
        "string_too_long": lambda: _fill(tr("String should have at most %1 characters"), d["max_length"]),
        "string_pattern_mismatch": lambda: _fill(tr("String should match pattern '%1'"), d["pattern"]),
        "greater_than": lambda: _fill(tr("Input should be greater than %1"), d["gt"]),
        "greater_than_equal": lambda: _fill(tr("Input should be greater than or equal to %1"), d["ge"]),
        "less_than": lambda: _fill(tr("Input should be less than %1"), d["lt"]),
        "less_than_equal": lambda: _fill(tr("Input should be less than or equal to %1"), d["le"]),
        "literal_error": lambda: _fill(tr("Input should be %1"), _or(d["expected"])),
        "enum": lambda: _fill(tr("Input should be %1"), _or(d["expected"])),
        "union_tag_invalid": lambda: _fill(tr("Input tag '%1' found using %2 does not match any of the expected "
                                              "tags: %3"), d["tag"], d["discriminator"], d["expected_tags"]),
        "union_tag_not_found": lambda: _fill(tr("Unable to extract tag using discriminator %1"), d["discriminator"]),
    }
    if d.get("type") == "string_too_short" and d.get("min_length") == "1":
        text = tr("String should have at least 1 character")
    else:
        make = texts.get(d.get("type", ""))
        text = make() if make is not None else d.get("detail", "")
    if "found" in d:
        text = _fill(tr("%1 (found %2)"), text, d["found"])
    return text


def problem_text(problem: Problem) -> str:
    """What is wrong, as a clause ("'x' is not a number") in the editor's language."""
    if problem.reason == "pydantic":
        return _pydantic_text(problem.details)
    if problem.reason:
        text = _import_text(problem.reason, problem.details)
        if text is not None:
            return text
    return problem.message


def _field(where: str) -> str:
    """A field of the model ("title", "scope.goal") as the editor's language names it."""
    words = {"title": tr("title"), "name": tr("name"), "body": tr("body"), "description": tr("description"),
             "label": tr("label"), "unit": tr("unit"), "owner": tr("owner"), "actor": tr("actor"),
             "system": tr("system"), "tags": tr("tags"), "scope": tr("scope"), "goal": tr("goal"),
             "product": tr("product"), "quote": tr("quote"), "caption": tr("caption"), "text": tr("text"),
             "author": tr("author"), "notes": tr("notes"), "device": tr("device")}
    return ".".join(words.get(part, part) for part in where.split("."))


def command_error_text(exc: CommandError) -> str:
    """Why an edit was refused, for the status bar: "title: String should have at most 2000
    characters" in the editor's language when the model refused a value (other refusals,
    which name ids, say io's English)."""
    if exc.problem is None:
        return str(exc)
    return _fill(tr("%1: %2"), _field(exc.problem.path), problem_text(exc.problem))


def problem_where(problem: Problem) -> str:
    """Where it is: a CSV row and cell ("row 3, column D (score)", the column by the name
    the editor's language gives it), else the JSON path as it is; "" for the whole file."""
    d = problem.details
    if problem.reason and "row" in d:
        if "header" in d:
            header = HEADERS[_lang()].get(d["header"], d["header"])
            return _fill(tr("row %1, column %2 (%3)"), d["row"], d["column"], header)
        if "column" in d:
            return _fill(tr("row %1, column %2"), d["row"], d["column"])
        return _fill(tr("row %1"), d["row"])
    return "" if problem.path == "$" else problem.path


def problem_lines(problems: list[Problem]) -> list[str]:
    """One line per problem: "• at $.stages[0].name: …", "• row 3, column D (score): …"."""
    lines = []
    for problem in problems:
        where, text = problem_where(problem), problem_text(problem)
        if not where:
            lines.append(_fill(tr("• %1"), text))
        elif problem.reason and "row" in problem.details:
            lines.append(_fill(tr("• %1: %2"), where, text))
        else:
            lines.append(_fill(tr("• at %1: %2"), where, text))
    return lines
