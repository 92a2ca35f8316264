"""Names given to things a person adds (a stage, a lane, a persona), in the map's language.

A Spanish map gets "Etapa 5" next to "Etapa 1…4" whatever language the editor speaks: the
words belong to the document, like the words the layout prints (``layout/labels.py``).
"""

from __future__ import annotations

from journeymap_desktop.model.lanes import LaneKind

_STAGE = {"en": "Stage {n}", "es": "Etapa {n}"}
_PERSONA = {"en": "New persona", "es": "Nueva persona"}
_LANES = {
    "en": {
        LaneKind.ACTIVITIES: "Activities", LaneKind.TOUCHPOINTS: "Touchpoints", LaneKind.STORYBOARD: "Storyboard",
        LaneKind.EMOTION: "Emotions", LaneKind.ENGAGEMENT: "Engagement", LaneKind.TEXT: "Thinks and feels",
        LaneKind.PAIN_POINTS: "Pain points", LaneKind.OPPORTUNITIES: "Opportunities", LaneKind.METRICS: "Metrics",
        LaneKind.CHANNELS: "Channels", LaneKind.EVIDENCE: "Physical evidence",
        LaneKind.FRONTSTAGE: "Frontstage actions", LaneKind.BACKSTAGE: "Backstage actions",
        LaneKind.SUPPORT: "Support processes",
    },
    "es": {
        LaneKind.ACTIVITIES: "Actividades", LaneKind.TOUCHPOINTS: "Puntos de contacto", LaneKind.STORYBOARD: "Storyboard",
        LaneKind.EMOTION: "Emociones", LaneKind.ENGAGEMENT: "Engagement", LaneKind.TEXT: "Piensa y siente",
        LaneKind.PAIN_POINTS: "Puntos de dolor", LaneKind.OPPORTUNITIES: "Oportunidades", LaneKind.METRICS: "Métricas",
        LaneKind.CHANNELS: "Canales", LaneKind.EVIDENCE: "Evidencia física",
        LaneKind.FRONTSTAGE: "Acciones visibles (front stage)", LaneKind.BACKSTAGE: "Acciones internas (back stage)",
        LaneKind.SUPPORT: "Procesos de soporte",
    },
}


def _language(locale: str) -> str:
    language = (locale or "en").split("-")[0].split("_")[0].lower()
    return language if language in _STAGE else "en"


def stage_name(locale: str, number: int) -> str:
    """The name of a new stage, numbered: "Stage 5", "Etapa 5"."""
    return _STAGE[_language(locale)].format(n=number)


def persona_name(locale: str) -> str:
    return _PERSONA[_language(locale)]


def lane_name(kind: LaneKind | str, locale: str) -> str:
    """The name of a new lane of ``kind``."""
    return _LANES[_language(locale)][LaneKind(kind)]
