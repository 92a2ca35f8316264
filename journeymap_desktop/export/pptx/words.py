"""The deck's own words (slide titles, chart names), in the map's language."""

from __future__ import annotations

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "overview": "The journey at a glance",
        "no_overview": "The picture of the map was not made (it needs the editor's renderer).",
        "stage_of": "Stage {n} of {total}",
        "continued": "{name} (continued)",
        "emotion": "Emotion",
        "engagement": "Engagement",
        "most_voted": "Most voted",
        "votes_total": "{n} votes in all",
        "rank": "#",
        "votes": "Votes",
        "card": "Card",
        "lane": "Lane",
        "stage": "Stage",
        "product": "Product",
        "goal": "Goal",
        "persona": "Persona",
        "goals": "Goals",
        "needs": "Needs",
        "frustrations": "Frustrations",
        "description": "Stage description",
        "no_cards": "No cards in this stage.",
        "moment_of_truth": "Moment of truth",
        "vote_count": "{n} votes",
        "vote_one": "1 vote",
        "open_comment": "Open comment",
    },
    "es": {
        "overview": "El viaje de un vistazo",
        "no_overview": "No se generó la imagen del mapa (necesita el renderizador del editor).",
        "stage_of": "Etapa {n} de {total}",
        "open_comment": "Comentario abierto",
        "continued": "{name} (continuación)",
        "emotion": "Emoción",
        "engagement": "Engagement",
        "most_voted": "Lo más votado",
        "votes_total": "{n} votos en total",
        "rank": "#",
        "votes": "Votos",
        "card": "Tarjeta",
        "lane": "Carril",
        "stage": "Etapa",
        "product": "Producto",
        "goal": "Objetivo",
        "persona": "Persona",
        "goals": "Objetivos",
        "needs": "Necesidades",
        "frustrations": "Frustraciones",
        "description": "Descripción de la etapa",
        "no_cards": "No hay tarjetas en esta etapa.",
        "moment_of_truth": "Momento de la verdad",
        "vote_count": "{n} votos",
        "vote_one": "1 voto",
    },
}


def say(key: str, locale: str, **values: object) -> str:
    """The text for ``key`` in ``locale`` (English when missing), formatted with ``values``."""
    text = _WORDS.get(locale, _WORDS["en"]).get(key) or _WORDS["en"][key]
    return text.format(**values) if values else text
