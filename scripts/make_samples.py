"""Build the rich sample maps shipped in resources/samples (Spanish and English).

Run again after a format change: ``.venv/bin/python scripts/make_samples.py``. The pictures
are drawn here (flat illustrations) so the samples carry no third-party images. Ids are
fixed so the committed files stay stable across runs.
"""

from __future__ import annotations

import io
import sys
from datetime import datetime, timezone
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journeymap_desktop.io.images import asset_from_bytes  # noqa: E402
from journeymap_desktop.io.mapfile import save_map  # noqa: E402
from journeymap_desktop.model import (  # noqa: E402
    Card, CardLane, Channel, ChannelsLane, EmotionCurve, EmotionLane, EmotionPoint,
    EngagementLane, EngagementValue, JourneyMap, MetricsLane, MetricValue, Persona, Scope,
    Severity, Stage, StageChannels, StageText, StoryboardFrame, StoryboardLane, TextLane,
)

OUT = Path(__file__).resolve().parents[1] / "resources" / "samples"
WHEN = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def draw_search_scene() -> bytes:
    """A person on a sofa searching on a phone: discovery."""
    w, h = 800, 560
    im = Image.new("RGB", (w, h), "#fdf1e3")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 400, w, h], fill="#e9c9a5")
    d.rounded_rectangle([80, 300, 520, 430], 30, fill="#4e79a7")  # sofa
    d.rounded_rectangle([60, 260, 130, 430], 25, fill="#3c6391")
    d.rounded_rectangle([470, 260, 540, 430], 25, fill="#3c6391")
    d.ellipse([250, 120, 340, 210], fill="#8d5a3b")  # head
    d.pieslice([240, 105, 350, 215], 180, 360, fill="#2b1d14")  # hair
    d.rounded_rectangle([225, 205, 365, 340], 40, fill="#d1495b")  # body
    d.rounded_rectangle([330, 200, 390, 300], 8, fill="#222222")  # phone
    d.rounded_rectangle([336, 208, 384, 290], 5, fill="#bfe3ff")
    for y in (220, 236, 252, 268):
        d.rectangle([342, y, 378, y + 6], fill="#4e79a7")
    d.ellipse([610, 90, 740, 220], fill="#ffffff", outline="#59a14f", width=10)  # search glass
    d.line([720, 200, 780, 270], fill="#59a14f", width=18)
    d.rectangle([600, 330, 760, 420], fill="#8cd17d")  # plant pot area
    d.ellipse([630, 250, 730, 350], fill="#59a14f")
    return _png(im)


def draw_delivery_scene() -> bytes:
    """A parcel arriving at the door: delivery."""
    w, h = 800, 560
    im = Image.new("RGB", (w, h), "#e8f1fb")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 430, w, h], fill="#b9c7d6")
    d.rectangle([470, 120, 690, 430], fill="#9c6b45")  # door
    d.rectangle([490, 140, 670, 410], outline="#7b5234", width=6)
    d.ellipse([640, 270, 660, 290], fill="#f1ce63")
    d.rectangle([150, 300, 390, 430], fill="#d9a05b")  # parcel
    d.rectangle([150, 300, 390, 330], fill="#c48a45")
    d.rectangle([255, 300, 285, 430], fill="#f3e3c0")
    d.rounded_rectangle([175, 355, 240, 400], 6, fill="#ffffff")
    d.line([185, 370, 230, 370], fill="#4e79a7", width=4)
    d.line([185, 385, 220, 385], fill="#4e79a7", width=4)
    d.ellipse([60, 40, 180, 160], fill="#f1ce63")  # sun
    d.ellipse([700, 40, 780, 120], fill="#59a14f")
    d.line([718, 80, 735, 98, 765, 58], fill="#ffffff", width=10)
    return _png(im)


def draw_avatar() -> bytes:
    """A friendly round avatar for the persona."""
    im = Image.new("RGB", (400, 400), "#f6d8c6")
    d = ImageDraw.Draw(im)
    d.ellipse([20, 20, 380, 380], fill="#fbe9de")
    d.pieslice([95, 60, 305, 290], 180, 360, fill="#2b1d14")
    d.rectangle([95, 170, 135, 300], fill="#2b1d14")
    d.rectangle([265, 170, 305, 300], fill="#2b1d14")
    d.ellipse([125, 100, 275, 270], fill="#c98b62")
    d.ellipse([165, 165, 180, 180], fill="#2b1d14")
    d.ellipse([220, 165, 235, 180], fill="#2b1d14")
    d.arc([170, 190, 230, 235], 20, 160, fill="#7b3b2a", width=5)
    d.pieslice([70, 270, 330, 470], 180, 360, fill="#d1495b")
    return _png(im)


TEXT = {
    "es": {
        "title": "Compra online de aceite de oliva gourmet",
        "author": "Equipo de experiencia de cliente",
        "product": "Tienda online de aceite de oliva virgen extra y productos gourmet",
        "goal": "Reducir el abandono del carrito y convertir la primera compra en una relación duradera.",
        "description": "Basado en entrevistas con clientes y en la analítica de la tienda (2026).",
        "persona": "Lucía Fernández",
        "persona_desc": "34 años, Madrid. Cocinera aficionada; compra online desde el móvil.",
        "goals": ["Regalar algo especial", "Cocinar con productos de calidad"],
        "needs": ["Saber cuándo llega el pedido", "Pagar sin salir de la web"],
        "frustrations": ["Gastos de envío ocultos", "Esperar días una respuesta"],
        "quote": "«Si no sé cuándo llega, no lo compro.»",
        "stages": [
            ("Descubrimiento", "Primer contacto con la marca"),
            ("Investigación", "Busca información y opiniones"),
            ("Consideración", "Compara opciones y precios"),
            ("Compra", "Carrito, pago y confirmación"),
            ("Entrega", "Envío y recepción del pedido"),
            ("Fidelización", "Uso, opinión y recompra"),
        ],
        "lanes": {
            "activities": "Actividades", "touchpoints": "Puntos de contacto", "storyboard": "Storyboard",
            "emotion": "Carril de las emociones", "engagement": "Engagement", "text": "Piensa y siente",
            "pain": "Puntos de dolor", "opps": "Oportunidades", "metrics": "Visitantes", "channels": "Canales",
        },
        "activities": [
            (0, "Ve un anuncio en Instagram", "Una receta con aceite de la marca le llama la atención."),
            (1, "Lee opiniones de clientes", "Busca experiencias de compra y valoraciones."),
            (1, "Consulta el blog de recetas", ""),
            (2, "Compara precios y envío", "Abre tres tiendas en pestañas distintas."),
            (3, "Añade al carrito y paga", "Paga con tarjeta sin salir de la web."),
            (4, "Sigue el pedido", "Recibe el número de seguimiento por correo."),
            (5, "Deja una reseña", "Cinco estrellas y una foto del plato."),
        ],
        "touchpoints": [
            (0, "Anuncio en redes", Channel.SOCIAL, "Móvil", True),
            (1, "Búsqueda en Google", Channel.SEARCH_ADS, "Móvil", True),
            (2, "Chat online", Channel.CHAT, "Ordenador", True),
            (3, "Página de pago", Channel.WEB, "Ordenador", True),
            (4, "Notificación de envío", Channel.PUSH, "Móvil", True),
            (4, "Repartidor", Channel.STORE, "En persona", False),
            (5, "Correo de bienvenida", Channel.EMAIL, "Móvil", True),
        ],
        "frames": [(0, "Lucía descubre la marca en el sofá"), (4, "El pedido llega a tiempo")],
        "emotion": [(0, 1, "Curiosa"), (1, 0.5, ""), (2, -1, "Dudosa"), (3, -2, "Frustrada"), (4, 1.5, "Aliviada"), (5, 2, "Encantada")],
        "tobe": [(0, 1, ""), (1, 1, ""), (2, 0.5, ""), (3, 1, ""), (4, 1.5, ""), (5, 2, "")],
        "curve": "Actual", "curve_tobe": "Deseada",
        "engagement": [3, 4, 3, 2, 4, 5],
        "texts": [
            "«¿Qué aceite usan en esta receta?»",
            "«¿Será de verdad tan bueno?»",
            "«¿Cuánto cuesta el envío? ¿Llegará antes del sábado?»",
            "«¡Por fin! Aunque el envío me ha sorprendido…»",
            "«Qué rápido, y qué bien empaquetado.»",
            "«Lo recomendaré a mis amigos.»",
        ],
        "pain": [
            (2, "Sin fecha de entrega visible", "La información de entrega no aparece en la ficha.", Severity.HIGH),
            (3, "Gastos de envío ocultos", "Solo aparecen en el último paso (€ 6,95).", Severity.HIGH),
            (1, "Respuestas lentas en redes", "2-3 días de espera.", Severity.MEDIUM),
        ],
        "opps": [
            (1, "Mostrar opiniones y storytelling", "Experiencias de otros clientes en cada producto.", Severity.HIGH),
            (2, "Chat con respuesta inmediata", "", Severity.MEDIUM),
            (3, "Envío gratis desde 40 €", "Y mostrarlo desde la ficha del producto.", Severity.HIGH),
            (5, "Programa de recompra", "Aviso cuando se acabe la botella.", Severity.LOW),
        ],
        "metrics": [12000, 5400, 2300, 900, 850, 310],
    },
    "en": {
        "title": "Buying gourmet olive oil online",
        "author": "Customer experience team",
        "product": "Online shop for extra virgin olive oil and gourmet products",
        "goal": "Cut cart abandonment and turn a first purchase into a lasting relationship.",
        "description": "Based on customer interviews and the shop's analytics (2026).",
        "persona": "Lucy Fernández",
        "persona_desc": "34, Madrid. Keen home cook; shops online from her phone.",
        "goals": ["Give a special present", "Cook with quality ingredients"],
        "needs": ["Know when the order arrives", "Pay without leaving the site"],
        "frustrations": ["Hidden shipping costs", "Waiting days for an answer"],
        "quote": "“If I don't know when it arrives, I don't buy it.”",
        "stages": [
            ("Discovery", "First contact with the brand"),
            ("Research", "Looks for information and reviews"),
            ("Consideration", "Compares options and prices"),
            ("Purchase", "Cart, payment and confirmation"),
            ("Delivery", "Shipping and receiving the order"),
            ("Loyalty", "Use, review and repeat purchase"),
        ],
        "lanes": {
            "activities": "Activities", "touchpoints": "Touchpoints", "storyboard": "Storyboard",
            "emotion": "Emotions", "engagement": "Engagement", "text": "Thinks and feels",
            "pain": "Pain points", "opps": "Opportunities", "metrics": "Visitors", "channels": "Channels",
        },
        "activities": [
            (0, "Sees an Instagram ad", "A recipe using the brand's oil catches her eye."),
            (1, "Reads customer reviews", "Looks for purchase experiences and ratings."),
            (1, "Browses the recipe blog", ""),
            (2, "Compares prices and shipping", "Opens three shops in separate tabs."),
            (3, "Adds to cart and pays", "Pays by card without leaving the site."),
            (4, "Tracks the order", "Gets the tracking number by email."),
            (5, "Writes a review", "Five stars and a photo of the dish."),
        ],
        "touchpoints": [
            (0, "Social media ad", Channel.SOCIAL, "Phone", True),
            (1, "Google search", Channel.SEARCH_ADS, "Phone", True),
            (2, "Live chat", Channel.CHAT, "Laptop", True),
            (3, "Checkout page", Channel.WEB, "Laptop", True),
            (4, "Shipping notification", Channel.PUSH, "Phone", True),
            (4, "Courier", Channel.STORE, "In person", False),
            (5, "Welcome email", Channel.EMAIL, "Phone", True),
        ],
        "frames": [(0, "Lucy discovers the brand on the sofa"), (4, "The order arrives on time")],
        "emotion": [(0, 1, "Curious"), (1, 0.5, ""), (2, -1, "Doubtful"), (3, -2, "Frustrated"), (4, 1.5, "Relieved"), (5, 2, "Delighted")],
        "tobe": [(0, 1, ""), (1, 1, ""), (2, 0.5, ""), (3, 1, ""), (4, 1.5, ""), (5, 2, "")],
        "curve": "As is", "curve_tobe": "To be",
        "engagement": [3, 4, 3, 2, 4, 5],
        "texts": [
            "“Which oil do they use in this recipe?”",
            "“Is it really that good?”",
            "“How much is shipping? Will it arrive before Saturday?”",
            "“Finally! Though the shipping cost surprised me…”",
            "“So fast, and so well packed.”",
            "“I'll recommend it to my friends.”",
        ],
        "pain": [
            (2, "No visible delivery date", "Delivery information is missing from the product page.", Severity.HIGH),
            (3, "Hidden shipping costs", "They only appear at the last step (€6.95).", Severity.HIGH),
            (1, "Slow replies on social media", "2–3 days of waiting.", Severity.MEDIUM),
        ],
        "opps": [
            (1, "Show reviews and storytelling", "Other customers' experiences on every product.", Severity.HIGH),
            (2, "Chat with instant answers", "", Severity.MEDIUM),
            (3, "Free shipping from €40", "And show it on the product page.", Severity.HIGH),
            (5, "Repeat-purchase programme", "A reminder when the bottle runs out.", Severity.LOW),
        ],
        "metrics": [12000, 5400, 2300, 900, 850, 310],
    },
}

STAGE_COLORS = ["#4e79a7", "#76b7b2", "#59a14f", "#f28e2b", "#e15759", "#b07aa1"]
CHANNELS = [
    [Channel.SOCIAL, Channel.SEARCH_ADS],
    [Channel.SEARCH_ADS, Channel.WEB, Channel.SOCIAL],
    [Channel.WEB, Channel.CHAT],
    [Channel.WEB, Channel.EMAIL],
    [Channel.PUSH, Channel.SMS, Channel.STORE],
    [Channel.EMAIL, Channel.APP],
]


def build(lang: str) -> JourneyMap:
    t = TEXT[lang]
    sid = lambda i: f"stage-{i + 1}"  # noqa: E731
    search, delivery, avatar = (asset_from_bytes(draw()) for draw in (draw_search_scene, draw_delivery_scene, draw_avatar))
    persona = Persona(
        id="persona-lucia", name=t["persona"], description=t["persona_desc"], goals=t["goals"], needs=t["needs"],
        frustrations=t["frustrations"], quote=t["quote"], photo=avatar.id, color="#d1495b",
    )
    stages = [Stage(id=sid(i), name=n, description=desc, color=STAGE_COLORS[i]) for i, (n, desc) in enumerate(t["stages"])]
    lanes = t["lanes"]
    activities = CardLane(id="lane-activities", kind="activities", name=lanes["activities"], cards=[
        Card(id=f"card-act-{n}", stage_id=sid(s), title=title, body=body, moment_of_truth=(n == 4))
        for n, (s, title, body) in enumerate(t["activities"])
    ])
    touchpoints = CardLane(id="lane-touchpoints", kind="touchpoints", name=lanes["touchpoints"], cards=[
        Card(id=f"card-tp-{n}", stage_id=sid(s), title=title, channel=ch, device=dev, online=online)
        for n, (s, title, ch, dev, online) in enumerate(t["touchpoints"])
    ])
    storyboard = StoryboardLane(id="lane-storyboard", kind="storyboard", name=lanes["storyboard"], frames=[
        StoryboardFrame(id=f"frame-{n}", stage_id=sid(s), asset_id=asset.id, caption=caption)
        for n, ((s, caption), asset) in enumerate(zip(t["frames"], (search, delivery)))
    ])
    emotion = EmotionLane(id="lane-emotion", kind="emotion", name=lanes["emotion"], curves=[
        EmotionCurve(id="curve-as-is", name=t["curve"], persona_id=persona.id, color=persona.color,
                     points=[EmotionPoint(stage_id=sid(s), score=v, label=label) for s, v, label in t["emotion"]]),
        EmotionCurve(id="curve-to-be", name=t["curve_tobe"], persona_id=persona.id, variant="to_be", color="#59a14f",
                     points=[EmotionPoint(stage_id=sid(s), score=v, label=label) for s, v, label in t["tobe"]]),
    ])
    engagement = EngagementLane(id="lane-engagement", kind="engagement", name=lanes["engagement"],
                                values=[EngagementValue(stage_id=sid(i), level=v) for i, v in enumerate(t["engagement"])])
    text = TextLane(id="lane-thinks", kind="text", name=lanes["text"],
                    texts=[StageText(stage_id=sid(i), text=v) for i, v in enumerate(t["texts"])])
    pain = CardLane(id="lane-pain", kind="pain_points", name=lanes["pain"], cards=[
        Card(id=f"card-pain-{n}", stage_id=sid(s), title=title, body=body, severity=sev, color="#fde2e1")
        for n, (s, title, body, sev) in enumerate(t["pain"])
    ])
    opps = CardLane(id="lane-opportunities", kind="opportunities", name=lanes["opps"], cards=[
        Card(id=f"card-opp-{n}", stage_id=sid(s), title=title, body=body, severity=sev, tags=["quick win"] if n == 1 else [])
        for n, (s, title, body, sev) in enumerate(t["opps"])
    ])
    metrics = MetricsLane(id="lane-visitors", kind="metrics", name=lanes["metrics"], unit="",
                          values=[MetricValue(stage_id=sid(i), value=v) for i, v in enumerate(t["metrics"])])
    channels = ChannelsLane(id="lane-channels", kind="channels", name=lanes["channels"],
                            entries=[StageChannels(stage_id=sid(i), channels=c) for i, c in enumerate(CHANNELS)])
    return JourneyMap(
        id=f"map-sample-{lang}", title=t["title"], locale=lang, author=t["author"], created=WHEN, modified=WHEN,  # type: ignore[arg-type]
        scope=Scope(product=t["product"], goal=t["goal"], description=t["description"]),
        primary_persona_id=persona.id, personas=[persona], stages=stages,
        lanes=[activities, touchpoints, storyboard, emotion, engagement, text, pain, opps, metrics, channels],
        assets=[search, delivery, avatar],
    )


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in ("es", "en"):
        path = OUT / f"sample-{lang}.journeymap"
        save_map(build(lang), path, backup=False)
        print(f"wrote {path} ({path.stat().st_size / 1000:.0f} kB)")
