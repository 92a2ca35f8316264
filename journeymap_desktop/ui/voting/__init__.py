"""Dot voting in the editor: a session on chosen lanes, dots cast by click or key, the
ranking when it closes (see ``window.py`` for how the pieces fit)."""

from journeymap_desktop.ui.voting.window import WindowVoting

__all__ = ["WindowVoting"]
