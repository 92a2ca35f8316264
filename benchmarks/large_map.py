"""The "large map" every benchmark uses: 40 stages x 12 lanes, 1,500 cards, 20 photos.

Deterministic (seeded), so figures from different runs and branches compare.
``make_large_map(4)`` and ``make_large_map(10)`` are the same map with 4x and 10x the cards
(same stages, lanes and photos), to see how costs grow with the map.
"""

from __future__ import annotations

import io
import random
from functools import cache

from PIL import Image, ImageDraw

from journeymap_desktop.io.images import asset_from_bytes
from journeymap_desktop.model import (
    Card,
    CardLane,
    Channel,
    ChannelsLane,
    EmotionCurve,
    EmotionLane,
    EmotionPoint,
    EngagementLane,
    EngagementValue,
    JourneyMap,
    MetricsLane,
    MetricValue,
    Persona,
    Scope,
    Severity,
    Stage,
    StageChannels,
    StageText,
    StoryboardFrame,
    StoryboardLane,
    TextLane,
    make_lane,
)

STAGES = 40
CARDS = 1500
IMAGES = 20
WORDS = (
    "cliente compra pedido envío devolución búsqueda comparación reseña carrito pago "
    "tienda oferta correo aplicación atención llamada espera entrega satisfacción duda"
).split()


def _photo(seed: int, width: int = 800, height: int = 600) -> bytes:
    """A photo-like JPEG: gradients and shapes, so it compresses like a real picture."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top = tuple(rng.randrange(60, 200) for _ in range(3))
    for y in range(height):
        shade = tuple(int(c * (1 - y / height) + 40 * y / height) for c in top)
        draw.line([(0, y), (width, y)], fill=shade)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(10, 120)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randrange(256) for _ in range(3)))
    for _ in range(3000):
        draw.point((rng.randrange(width), rng.randrange(height)), fill=tuple(rng.randrange(256) for _ in range(3)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


@cache
def make_large_map(factor: int = 1) -> JourneyMap:
    """Build the large map with ``factor`` times the cards (cached: treat it as read-only,
    or ``model_copy(deep=True)`` it)."""
    rng = random.Random(1234)
    persona = Persona(name="Lucía Fernández", description="Cocinera aficionada, compra online", color="#d1495b")
    stages = [Stage(name=f"Etapa {i + 1}: {_sentence(rng, 2)}") for i in range(STAGES)]
    kinds = ["activities", "touchpoints", "pain_points", "opportunities", "activities", "touchpoints"]
    card_lanes: list[CardLane] = [make_lane(kind, f"Carril {n + 1}") for n, kind in enumerate(kinds)]  # type: ignore[misc]
    for n in range(CARDS * factor):
        lane = card_lanes[n % len(card_lanes)]
        card = Card(
            stage_id=stages[rng.randrange(STAGES)].id,
            title=_sentence(rng, rng.randint(2, 6)),
            body=_sentence(rng, rng.randint(0, 18)),
            tags=[rng.choice(WORDS) for _ in range(rng.randint(0, 2))],
        )
        if lane.kind == "touchpoints":
            card.channel = rng.choice(list(Channel))
            card.online = rng.random() < 0.6
        if lane.kind in ("pain_points", "opportunities"):
            card.severity = rng.choice(list(Severity))
        lane.cards.append(card)
    assets = [asset_from_bytes(_photo(i)) for i in range(IMAGES)]
    storyboard = StoryboardLane(kind="storyboard", name="Storyboard")
    for i, asset in enumerate(assets):
        storyboard.frames.append(StoryboardFrame(stage_id=stages[i * 2].id, asset_id=asset.id, caption=_sentence(rng, 4)))
    emotion = EmotionLane(kind="emotion", name="Emociones")
    emotion.curves.append(
        EmotionCurve(
            name=persona.name,
            persona_id=persona.id,
            color=persona.color,
            points=[EmotionPoint(stage_id=s.id, score=rng.choice([-2, -1, 0, 1, 2])) for s in stages],
        )
    )
    engagement = EngagementLane(
        kind="engagement", name="Engagement", values=[EngagementValue(stage_id=s.id, level=rng.randint(1, 5)) for s in stages]
    )
    text = TextLane(kind="text", name="Piensa", texts=[StageText(stage_id=s.id, text=_sentence(rng, 10)) for s in stages])
    metrics = MetricsLane(
        kind="metrics", name="Visitantes", values=[MetricValue(stage_id=s.id, value=10000 - i * 200) for i, s in enumerate(stages)]
    )
    channels = ChannelsLane(
        kind="channels",
        name="Canales",
        entries=[StageChannels(stage_id=s.id, channels=rng.sample(list(Channel), 3)) for s in stages],
    )
    return JourneyMap(
        title="Mapa grande de referencia",
        locale="es",
        scope=Scope(product="Tienda online", goal="Medir el rendimiento"),
        personas=[persona],
        primary_persona_id=persona.id,
        stages=stages,
        lanes=[*card_lanes, storyboard, emotion, engagement, text, metrics, channels],
        assets=assets,
    )
