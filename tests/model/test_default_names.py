"""New things are named in the map's language."""

from journeymap_desktop.model.default_names import lane_name, persona_name, stage_name
from journeymap_desktop.model.lanes import LaneKind


def test_names_follow_the_map_language() -> None:
    assert stage_name("es", 5) == "Etapa 5" and stage_name("en", 5) == "Stage 5"
    assert stage_name("es-ES", 2) == "Etapa 2" and stage_name("fr", 2) == "Stage 2"
    assert persona_name("es") == "Nueva persona"
    assert lane_name(LaneKind.PAIN_POINTS, "es") == "Puntos de dolor"
    assert all(lane_name(kind, lang) for kind in LaneKind for lang in ("en", "es"))
