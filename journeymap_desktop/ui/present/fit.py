"""Present mode's geometry, worked out from the screen (pure: no Qt).

The room reads the map from the back: a card title must be at least
:data:`MIN_TITLE_PX` pixels high (28 at 1920×1080, growing with taller screens), the body
follows (8.5/9.5 of it, so 27 px there). The zoom is chosen for that; the layout is then
made for the screen: the stage column takes what the pinned lane names and a sliver of
each neighbour leave (stage width in map units = its on-screen width / zoom), so one stage
fills the screen whatever the window's size or the side panels.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from journeymap_desktop.layout.style import Style

#: The smallest card title, in screen pixels, at any screen size; and its share of the
#: screen's height on taller ones (30 px at 1080 p).
MIN_TITLE_PX = 28.0
TITLE_SHARE = 0.028
#: Lane names take this share of the width; each neighbour shows a sliver this wide.
NAMES_SHARE = 0.2
SLIVER_SHARE = 0.05
LANE_NAME_SCALE = 0.8


@dataclass(frozen=True)
class PresentFit:
    """The style to lay the map out in, the zoom, and what they give on screen."""

    style: Style
    zoom: float
    names_px: float
    sliver_px: float
    column_px: float

    @property
    def title_px(self) -> float:
        return self.style.card_title_size * self.zoom

    @property
    def body_px(self) -> float:
        return self.style.card_body_size * self.zoom


def present_fit(base: Style, width: int, height: int, text_scale: float = 1.0) -> PresentFit:
    """Style and zoom for a ``width``×``height`` viewport. ``text_scale`` (the preference,
    1.0 = the default) only ever makes the text larger than the minimum."""
    width, height = max(width, 320), max(height, 240)
    title_px = max(MIN_TITLE_PX, height * TITLE_SHARE * max(1.0, text_scale))
    zoom = title_px / base.card_title_size
    names_px = width * NAMES_SHARE
    sliver_px = width * SLIVER_SHARE
    column_px = width - names_px - 2 * sliver_px
    # Lane names a little smaller than the cards' titles, so long Spanish words
    # ("Oportunidades") fit the name column without being cut.
    style = replace(base, lane_header_width=names_px / zoom, stage_width=column_px / zoom,
                    lane_name_size=base.lane_name_size * LANE_NAME_SCALE)
    return PresentFit(style, zoom, names_px, sliver_px, column_px)
