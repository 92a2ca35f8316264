"""The few words the layout itself prints (legend titles, severities, footers), per language.

They follow the map's ``locale``, not the UI language: a Spanish map prints in Spanish
whoever exports it.
"""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "legend": "Legend",
        "channels": "Channels",
        "curves": "Emotion curves",
        "as_is": "as is",
        "to_be": "to be",
        "online": "online",
        "offline": "offline",
        "severity.pain_points.low": "Low severity",
        "severity.pain_points.medium": "Medium severity",
        "severity.pain_points.high": "High severity",
        "severity.opportunities.low": "Low impact",
        "severity.opportunities.medium": "Medium impact",
        "severity.opportunities.high": "High impact",
        "severity.low": "Low",
        "severity.medium": "Medium",
        "severity.high": "High",
        "moment_of_truth": "Moment of truth",
        "votes": "Dot votes",
        "votes_setup": "Dot votes: {participants}, {dots}",
        "participants.one": "1 participant",
        "participants.many": "{n} participants",
        "dots.one": "1 dot each",
        "dots.many": "{n} dots each",
        "most_voted": "Most voted (top {n})",
        "most_voted.one": "Most voted",
        "goals": "Goals",
        "needs": "Needs",
        "frustrations": "Frustrations",
        "product": "Product",
        "goal": "Goal",
        "author": "Author",
        "page": "Page {n} of {total}",
        "tile": "Row {row}, column {col}",
        "missing_image": "Image missing",
        "untitled": "Untitled journey map",
        "engagement": "Engagement",
        "persona": "Persona",
    },
    "es": {
        "legend": "Leyenda",
        "channels": "Canales",
        "curves": "Curvas de emoción",
        "as_is": "actual",
        "to_be": "deseada",
        "online": "online",
        "offline": "offline",
        "severity.pain_points.low": "Gravedad baja",
        "severity.pain_points.medium": "Gravedad media",
        "severity.pain_points.high": "Gravedad alta",
        "severity.opportunities.low": "Impacto bajo",
        "severity.opportunities.medium": "Impacto medio",
        "severity.opportunities.high": "Impacto alto",
        "severity.low": "Baja",
        "severity.medium": "Media",
        "severity.high": "Alta",
        "moment_of_truth": "Momento de la verdad",
        "votes": "Votos",
        "votes_setup": "Votos: {participants}, {dots}",
        "participants.one": "1 participante",
        "participants.many": "{n} participantes",
        "dots.one": "1 punto cada uno",
        "dots.many": "{n} puntos cada uno",
        "most_voted": "Más votadas (las {n} primeras)",
        "most_voted.one": "Más votada",
        "goals": "Objetivos",
        "needs": "Necesidades",
        "frustrations": "Frustraciones",
        "product": "Producto",
        "goal": "Objetivo",
        "author": "Autor",
        "page": "Página {n} de {total}",
        "tile": "Fila {row}, columna {col}",
        "missing_image": "Falta la imagen",
        "untitled": "Mapa sin título",
        "engagement": "Engagement",
        "persona": "Persona",
    },
}


def word(key: str, locale: str, **values: object) -> str:
    """The text for ``key`` in ``locale`` (English when missing), formatted with ``values``."""
    table = _WORDS.get(locale, _WORDS["en"])
    text = table.get(key) or _WORDS["en"].get(key, key)
    return text.format(**values) if values else text
