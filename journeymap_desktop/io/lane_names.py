"""Guessing a lane's kind from its name, in English and Spanish, for imports.

Other tools and spreadsheets name rows freely ("Emotional State", "Puntos de dolor",
"Support Channel"); importers use these keywords to pick the lane kind that shows the
content best. Matching ignores case and accents, so "Emoción" and "emocion" are equal.
"""

from __future__ import annotations

import re
import unicodedata

from journeymap_desktop.model.lanes import LaneKind

#: Keyword stems per kind, checked in this order: the first kind with a stem found at the
#: start of a word of the name wins, so "Thoughts & Feelings" is emotional and "Pain
#: points and opportunities" a pain-point lane.
KIND_KEYWORDS: tuple[tuple[LaneKind, tuple[str, ...]], ...] = (
    (LaneKind.EMOTION, ("emotion", "emocion", "emocional", "feel", "sentiment", "sentimiento",
                        "siente", "mood", "animo", "sensacion", "emoji")),
    (LaneKind.PAIN_POINTS, ("pain", "dolor", "friction", "friccion", "frustra", "problem",
                            "bottleneck", "cuello de botella", "barrera", "barrier", "obstacul")),
    (LaneKind.OPPORTUNITIES, ("opportunit", "oportunidad", "idea", "improvement", "mejora",
                              "insight")),
    (LaneKind.TOUCHPOINTS, ("touchpoint", "touch point", "punto de contacto", "puntos de contacto",
                            "contacto", "channel", "canal", "interaction", "interaccion")),
    (LaneKind.ENGAGEMENT, ("engagement", "compromiso", "implicacion")),
    (LaneKind.METRICS, ("metric", "metrica", "kpi", "indicador")),
    (LaneKind.STORYBOARD, ("storyboard", "viñeta", "vineta")),
    (LaneKind.ACTIVITIES, ("action", "activit", "actividad", "accion", "acciones", "task",
                           "tarea", "doing", "hace", "step", "paso", "behavio", "comportamiento")),
)

#: Exact names of kinds as people write them in a spreadsheet's "kind" column.
KIND_ALIASES: dict[str, LaneKind] = {
    "activities": LaneKind.ACTIVITIES, "activity": LaneKind.ACTIVITIES,
    "actividades": LaneKind.ACTIVITIES, "actividad": LaneKind.ACTIVITIES,
    "touchpoints": LaneKind.TOUCHPOINTS, "touchpoint": LaneKind.TOUCHPOINTS,
    "puntos de contacto": LaneKind.TOUCHPOINTS, "punto de contacto": LaneKind.TOUCHPOINTS,
    "storyboard": LaneKind.STORYBOARD,
    "emotion": LaneKind.EMOTION, "emotions": LaneKind.EMOTION,
    "emocion": LaneKind.EMOTION, "emociones": LaneKind.EMOTION,
    "engagement": LaneKind.ENGAGEMENT,
    "text": LaneKind.TEXT, "texto": LaneKind.TEXT,
    "pain_points": LaneKind.PAIN_POINTS, "pain points": LaneKind.PAIN_POINTS,
    "pain point": LaneKind.PAIN_POINTS, "puntos de dolor": LaneKind.PAIN_POINTS,
    "punto de dolor": LaneKind.PAIN_POINTS,
    "opportunities": LaneKind.OPPORTUNITIES, "opportunity": LaneKind.OPPORTUNITIES,
    "oportunidades": LaneKind.OPPORTUNITIES, "oportunidad": LaneKind.OPPORTUNITIES,
    "metrics": LaneKind.METRICS, "metric": LaneKind.METRICS,
    "metricas": LaneKind.METRICS, "metrica": LaneKind.METRICS,
    "channels": LaneKind.CHANNELS, "canales": LaneKind.CHANNELS,
    "evidence": LaneKind.EVIDENCE, "physical evidence": LaneKind.EVIDENCE,
    "evidencia": LaneKind.EVIDENCE, "evidencia física": LaneKind.EVIDENCE, "evidencia fisica": LaneKind.EVIDENCE,
    "frontstage": LaneKind.FRONTSTAGE, "front stage": LaneKind.FRONTSTAGE, "onstage": LaneKind.FRONTSTAGE,
    "backstage": LaneKind.BACKSTAGE, "back stage": LaneKind.BACKSTAGE,
    "support": LaneKind.SUPPORT, "support processes": LaneKind.SUPPORT,
    "soporte": LaneKind.SUPPORT, "procesos de soporte": LaneKind.SUPPORT,
}

#: Human names of the kinds, for reports.
KIND_LABELS: dict[str, dict[LaneKind, str]] = {
    "en": {
        LaneKind.ACTIVITIES: "activities", LaneKind.TOUCHPOINTS: "touchpoints",
        LaneKind.STORYBOARD: "storyboard", LaneKind.EMOTION: "emotion curve",
        LaneKind.ENGAGEMENT: "engagement", LaneKind.TEXT: "text",
        LaneKind.PAIN_POINTS: "pain points", LaneKind.OPPORTUNITIES: "opportunities",
        LaneKind.METRICS: "metrics", LaneKind.CHANNELS: "channels",
        LaneKind.EVIDENCE: "physical evidence", LaneKind.FRONTSTAGE: "frontstage actions",
        LaneKind.BACKSTAGE: "backstage actions", LaneKind.SUPPORT: "support processes",
    },
    "es": {
        LaneKind.ACTIVITIES: "actividades", LaneKind.TOUCHPOINTS: "puntos de contacto",
        LaneKind.STORYBOARD: "storyboard", LaneKind.EMOTION: "curva de emociones",
        LaneKind.ENGAGEMENT: "engagement", LaneKind.TEXT: "texto",
        LaneKind.PAIN_POINTS: "puntos de dolor", LaneKind.OPPORTUNITIES: "oportunidades",
        LaneKind.METRICS: "métricas", LaneKind.CHANNELS: "canales",
        LaneKind.EVIDENCE: "evidencia física", LaneKind.FRONTSTAGE: "acciones visibles",
        LaneKind.BACKSTAGE: "acciones internas", LaneKind.SUPPORT: "procesos de soporte",
    },
}


_KIND_VALUES = frozenset(kind.value for kind in LaneKind)


_SEPARATORS = re.compile(r"[\s_\-/&,.:;()]+")


def fold(text: str) -> str:
    """Lower case, accents removed, runs of spaces and punctuation made one space."""
    lowered = text.casefold()
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", lowered).strip()


def kind_from_name(name: str) -> LaneKind | None:
    """The lane kind a row name suggests, or None when it suggests none."""
    folded = f" {fold(name)}"
    for kind, stems in KIND_KEYWORDS:
        for stem in stems:
            if f" {fold(stem)}" in folded:
                return kind
    return None


def kind_from_label(label: str) -> LaneKind | None:
    """A kind written out in a cell ("pain_points", "Puntos de dolor", "emotion")."""
    folded = fold(label)
    if not folded:
        return None
    as_value = folded.replace(" ", "_")
    if as_value in _KIND_VALUES:
        return LaneKind(as_value)
    return KIND_ALIASES.get(folded)


def kind_label(kind: LaneKind, lang: str = "en") -> str:
    """A kind's name for people, in ``lang``."""
    return KIND_LABELS.get(lang, KIND_LABELS["en"])[kind]


_SPANISH_WORDS = frozenset(
    "el la los las de del y en un una para por con que se su al es lo como más pero sus "
    "le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde "
    "quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto "
    "compra cliente clientes usuario etapa experiencia".split()
)
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for it as was with be by on not he this are or his from "
    "at which but have an they you were her she all their there has been one will more "
    "if no when what so can about into your user customer stage experience".split()
)


def guess_language(texts: list[str]) -> str:
    """'es' when the words of ``texts`` look Spanish rather than English, else 'en'."""
    spanish = english = 0
    for text in texts:
        lowered = text.casefold()
        spanish += sum(lowered.count(ch) for ch in "ñ¿¡áéíóú") * 2
        for word in re.findall(r"[a-zñáéíóúü]+", lowered):
            spanish += word in _SPANISH_WORDS
            english += word in _ENGLISH_WORDS
    return "es" if spanish > english else "en"
