"""A map whose every text field holds hostile text: markup, ``</script>``, quotes, RTL, emoji."""

from __future__ import annotations

from journeymap_desktop.model import Card, JourneyMap, Persona, Scope, Stage, make_lane
from journeymap_desktop.model.lanes import CardLane
from tests.io.hostile import HOSTILE_TEXTS

#: More than tests/io/hostile.py has: what attacks a web page in particular.
WEB_HOSTILE: dict[str, str] = {
    **HOSTILE_TEXTS,
    "script end": "</script><script>alert(1)</script><!-- <script>",
    "quotes": "\"double\" 'single' `back` \" onmouseover=\"alert(1)\" x='",
    "svg": '<svg onload="alert(1)"><image href="https://example.invalid/x.png"/></svg>',
    "css": "</style><style>*{display:none}</style>",
    "json": '{"cards": null}\u2028\u2029 \\u003c/script>',
}


def hostile_map() -> tuple[JourneyMap, dict[str, str]]:
    """The map, and each hostile text by the title of the card whose body holds it."""
    stage = Stage(name=WEB_HOSTILE["html"], description=WEB_HOSTILE["script end"])
    lane = make_lane("pain_points", WEB_HOSTILE["quotes"], description=WEB_HOSTILE["svg"])
    assert isinstance(lane, CardLane)
    texts = {}
    for index, (name, text) in enumerate(WEB_HOSTILE.items()):
        title = f"{name} {index}"
        lane.cards.append(Card(stage_id=stage.id, title=title, body=text, tags=[text[:40]]))
        texts[title] = text
    doc = JourneyMap(title=WEB_HOSTILE["script end"], locale="en",
                     scope=Scope(product=WEB_HOSTILE["css"], goal=WEB_HOSTILE["right to left"]),
                     personas=[Persona(name=WEB_HOSTILE["emoji"], quote=WEB_HOSTILE["quotes"])],
                     stages=[stage], lanes=[lane])
    return doc, texts
