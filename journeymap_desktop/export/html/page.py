"""The page around the drawing: head with its Content-Security-Policy, toolbar, panel, script.

The policy is the page's promise to its reader: no connection of any kind (``default-src
'none'``), pictures and fonts only from ``data:`` URIs inside the file, and only this
page's own stylesheet and script, named by their SHA-256 hashes, so even text that got
past the escaping could not run.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources

from journeymap_desktop import __version__
from journeymap_desktop.export.html.escape import attr, script_json, text
from journeymap_desktop.paths import font_path

#: The embedded Vera files: (file style, CSS weight, CSS style).
_FACES = (("", 400, "normal"), ("Bd", 700, "normal"), ("It", 400, "italic"), ("BI", 700, "italic"))


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("journeymap_desktop.export.html").joinpath(name).read_text("utf-8")


@lru_cache(maxsize=1)
def font_faces() -> str:
    """``@font-face`` rules embedding the Vera TTFs the layout measured with."""
    rules = []
    for style, weight, italic in _FACES:
        data = base64.b64encode(font_path(style).read_bytes()).decode("ascii")
        rules.append(f'@font-face{{font-family:"JM Vera";src:url(data:font/ttf;base64,{data}) '
                     f'format("truetype");font-weight:{weight};font-style:{italic};}}')
    return "\n".join(rules)


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    """No network at all; only this stylesheet and this script; data: pictures and fonts."""
    return ("default-src 'none'; "
            f"script-src {_hash(script)}; style-src {_hash(style)}; "
            "img-src data:; font-src data:; connect-src 'none'; media-src 'none'; "
            "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
            "form-action 'none'; base-uri 'none'")


def build_page(*, title: str, lang: str, words: dict[str, str], svg: str, data: object,
               description: str = "") -> str:
    """The whole HTML document. ``svg`` is already safe markup; everything else is escaped here."""
    style = font_faces() + "\n" + _asset("viewer.css")
    script = _asset("viewer.js")
    w = {key: attr(value) for key, value in words.items()}
    return f"""<!DOCTYPE html>
<html lang="{attr(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{attr(content_security_policy(style, script))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="JourneyMap Desktop {attr(__version__)}">
<meta name="description" content="{attr(description)}">
<title>{text(title)}</title>
<style>{style}</style>
</head>
<body>
<header id="bar">
<h1 id="title" title="{attr(title)}">{text(title)}</h1>
<nav id="stages" aria-label="{w['jump']}"></nav>
<div id="search" role="search">
<input id="q" type="search" placeholder="{w['search_hint']}" aria-label="{w['search']}" autocomplete="off" spellcheck="false">
<button id="prev" type="button" title="{w['previous']}" aria-label="{w['previous']}">&#x2191;</button>
<button id="next" type="button" title="{w['next']}" aria-label="{w['next']}">&#x2193;</button>
<span id="count" aria-live="polite"></span>
</div>
<details id="lanes"><summary>{w['lanes']}</summary><div id="lane-list"></div></details>
<div id="tools">
<button id="zoom-out" type="button" title="{w['zoom_out']}" aria-label="{w['zoom_out']}">&#x2212;</button>
<button id="zoom-in" type="button" title="{w['zoom_in']}" aria-label="{w['zoom_in']}">+</button>
<button id="fit" type="button" title="{w['fit_long']}">{w['fit']}</button>
<button id="print" type="button" title="{w['print']}">{w['print']}</button>
</div>
</header>
<main id="viewport" aria-label="{w['map']}"><div id="world">{svg}</div></main>
<aside id="panel" aria-label="{w['panel']}" hidden><button id="panel-close" type="button" aria-label="{w['close']}" title="{w['close']}">&#x2715;</button><div id="panel-body"></div></aside>
<p id="help">{w['help']}</p>
<script type="application/json" id="jm-data">{script_json(data)}</script>
<script>{script}</script>
</body>
</html>
"""
