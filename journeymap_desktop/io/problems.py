"""What can be wrong in one place of a file being imported (a CSV cell, an .ojf value), by key.

The importers report every bad place at once as :class:`~journeymap_desktop.model.checks.Problem`
values made by :func:`problem`: a reason key of :data:`IMPORT_REASONS` and the details its
sentence names, so that the editor says each in its own language (``ui/problemtexts.py``),
as it does :class:`~journeymap_desktop.io.mapfile.OpenFailed`'s reasons; the message is
the CLI's English, as before. A CSV problem's place is in its details too (``row``, and
``column`` and ``header`` for a cell): its path is the English "row 3, column D (title)".
"""

from __future__ import annotations

from journeymap_desktop.model.checks import Problem, reasoned

#: The CLI's English for each reason, with the problem's details in the braces.
IMPORT_REASONS = {
    # ids (CSV rows)
    "bad_id": "'{id}' is not a valid id (letters, digits, '-', '_', '.', ':'; up to 64)",
    "id_taken": "id '{id}' is used by {other}",
    # the CSV header and rows
    "csv_column_twice": "'{text}' repeats the column of {other}",
    "csv_no_lane_column": ("there is no 'lane' (carril) column: the first row must name the columns, "
                           "e.g. stage, lane, kind, title, body"),
    "csv_past_last_column": ("has text in column {letter}, past the last named column: is there an unquoted "
                             "separator inside a text?"),
    "csv_stage_no_name": "a stage row needs the stage's name",
    "csv_stage_twice": "stage '{name}' is declared twice",
    "csv_curve_no_lane": "a curve row needs the name of its emotion lane",
    "csv_curve_twice": "curve '{name}' is declared twice in lane '{lane}'",
    "csv_no_lane": "names no lane: every card or value belongs to a lane",
    "csv_lane_kind": "lane '{name}' is already {kind}, not {other}",
    "csv_colour": "'{text}' is not a colour like #3b6fd8",
    "csv_one_channel": "a card has one channel; a channels lane holds several",
    "csv_votes": "'{text}' is not a number of votes (a whole number from 0 to {limit:,})",
    "csv_no_score": "an emotion row needs a score from -2 to +2",
    "csv_score_range": "{score} is outside -2..+2 (very bad .. very good)",
    "csv_point_twice": "curve '{curve}' already has a point in stage '{stage}'",
    "csv_value_twice": "lane '{lane}' already has a value in stage '{stage}'",
    "csv_engagement": "an engagement row needs a whole number from 1 to 5",
    "csv_metric": "a metrics row needs a number",
    "csv_more": "… and {count} more problems",
    # one CSV cell (csv_table's readers)
    "cell_row_kind": "'{text}' is not a kind of row: use stage, curve or a lane kind ({names})",
    "cell_severity": "'{text}' is not a severity: use low, medium or high (baja, media, alta)",
    "cell_status": "'{text}' is not a status: use idea, planned, in progress or done (idea, planificado, en curso, hecho)",
    "cell_rating": "'{text}' is not a rating: use a whole number from 1 to 5",
    "cell_wait": "'{text}' is not a waiting time: use whole minutes (0..100000)",
    "cell_evidence": "'{text}' is not an evidence level: use observed, reported or assumed (observado, referido, supuesto)",
    "cell_yes_no": "'{text}' is not yes or no",
    "cell_variant": "'{text}' is not a curve variant: use as_is or to_be (actual, deseada)",
    "cell_number": "'{text}' is not a number",
    "cell_not_finite": "'{text}' is not a usable number",
    "cell_channel": "'{text}' is not a channel: use one of {names}",
    # an .ojf value (ojf_parse), at a JSON path
    "ojf_text": "must be text, not {json_type} {value}",
    "ojf_text_json": "must be text, not a JSON {json_type}",
    "ojf_missing": "is required but missing",
    "ojf_bad_id": "must be a non-empty id, not {value}",
    "ojf_number": "must be a number, not {value}",
    "ojf_number_json": "must be a number, not a JSON {json_type}",
    "ojf_huge": "is far too large a number ({digits}…)",
    "ojf_not_finite": "must be a finite number, not {value}",
    "ojf_flag": "must be true or false, not {value}",
    "ojf_texts": "must be a list of texts, not a JSON {json_type}",
    "ojf_list": "must be a list, not a JSON {json_type}",
    "ojf_object": "must be an object, not a JSON {json_type}",
    "ojf_object_or_text": "must be an object or text, not a JSON {json_type}",
    "ojf_stage_twice": "duplicate stage id '{id}' (also at {other})",
    "ojf_lane_twice": "duplicate swimlane id '{id}' (also at {other})",
    "ojf_too_many_nodes": "has {count} nodes; more than {limit} are not imported",
    "ojf_missing_stage": "refers to a missing stage '{ref}'",
    "ojf_missing_lane": "refers to a missing swimlane '{ref}'",
}


def problem(path: str, reason: str, **details: object) -> Problem:
    """A problem at ``path`` (a JSON path, or a CSV row and cell) for ``reason``."""
    return reasoned(path, IMPORT_REASONS, reason, **details)


class Reasoned(ValueError):
    """A value that cannot be read, for a reason of :data:`IMPORT_REASONS` (a CSV cell's
    reader raises it; the importer puts the cell's place on it). ``str()`` is the English."""

    def __init__(self, reason: str, **details: object) -> None:
        self.reason = reason
        self.details = details
        super().__init__(IMPORT_REASONS[reason].format(**details))
