"""Every colour, size, padding and font the canvas and the poster share, in one place.

Units are points (1 pt = 1 px at 100 % zoom). Change the look here, never in a renderer:
the layout measures text with these fonts and sizes, so a renderer that drew with other
values would wrap differently from what was measured.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

# The colour helpers live in model/colors.py; their names stay importable from here for the
# renderers that take them with the rest of the look.
from journeymap_desktop.model.colors import hex_to_rgb as hex_to_rgb
from journeymap_desktop.model.colors import luminance as luminance
from journeymap_desktop.model.colors import mix as mix
from journeymap_desktop.model.colors import readable_ink as readable_ink
from journeymap_desktop.model.colors import tint as tint
from journeymap_desktop.model.lanes import LaneKind

# Font names as registered with reportlab (see :mod:`.fonts` for their files).
FONT_REGULAR = "Vera"
FONT_BOLD = "Vera-Bold"
FONT_ITALIC = "Vera-Italic"
FONT_BOLD_ITALIC = "Vera-BoldItalic"


@dataclass(frozen=True)
class KindColors:
    """How the cards of one lane kind look: a pale fill, a border and a strong accent."""

    fill: str
    border: str
    accent: str


@dataclass(frozen=True)
class Style:
    """The look of a map. Frozen: derive variants with :meth:`scaled` or ``dataclasses.replace``.

    ``expand_collapsed`` is True for posters (a printed map shows everything) and False for
    the canvas, where a collapsed lane is drawn as a thin strip.
    """

    # -- fonts and text sizes
    font: str = FONT_REGULAR
    font_bold: str = FONT_BOLD
    font_italic: str = FONT_ITALIC
    title_size: float = 30.0
    subtitle_size: float = 13.0
    header_text_size: float = 10.0
    stage_name_size: float = 13.0
    stage_desc_size: float = 8.5
    lane_name_size: float = 11.0
    lane_desc_size: float = 8.0
    card_title_size: float = 9.5
    card_body_size: float = 8.5
    chip_size: float = 7.0
    small_size: float = 7.0
    legend_size: float = 8.5
    vote_count_size: float = 8.0
    line_spacing: float = 1.25  # leading = size * line_spacing

    # -- grid
    margin: float = 24.0
    stage_width: float = 210.0
    lane_header_width: float = 150.0
    gutter: float = 2.0  # white gap between cells, and between lanes
    cell_padding: float = 8.0
    card_gap: float = 6.0
    card_padding: float = 7.0
    card_accent_width: float = 4.0
    card_radius: float = 4.0
    chip_height: float = 12.0
    chip_padding: float = 4.0
    chip_gap: float = 3.0
    header_gap: float = 16.0
    stage_header_min_height: float = 44.0
    stage_chevron: float = 9.0  # depth of the arrow tip and notch of stage headers
    min_cell_height: float = 44.0
    collapsed_lane_height: float = 24.0
    persona_width: float = 420.0
    persona_photo_size: float = 84.0
    vote_dot_size: float = 7.0  # diameter of a dot-vote sticker on a card
    vote_dots_max: int = 10  # more votes than this show as dots up to here, and the count

    # -- limits (text past them is ellipsised and reported on Layout.overflows)
    card_title_max_lines: int = 4
    card_body_max_lines: int = 14
    #: The stage row grows to fit the longest name up to this many lines (issue 11, slip 10).
    stage_name_max_lines: int = 6
    stage_desc_max_lines: int = 4
    lane_desc_max_lines: int = 5
    cell_text_max_lines: int = 24
    header_text_max_lines: int = 6
    caption_max_lines: int = 3
    max_tags_rows: int = 4  # blueprint and priority cards carry more chips (issue 15)

    # -- plots
    emotion_plot_height: float = 120.0
    engagement_plot_height: float = 80.0
    marker_radius: float = 7.0
    curve_width: float = 2.2
    metrics_bar_height: float = 70.0
    storyboard_max_height: float = 150.0

    # -- colours
    page_background: str = "#ffffff"
    ink: str = "#1f2933"
    muted_ink: str = "#52606d"
    faint_ink: str = "#9aa5b1"
    grid_line: str = "#d9dee4"
    cell_fill: str = "#f7f8fa"
    lane_header_fill: str = "#eceff3"
    header_rule: str = "#1f2933"
    chip_fill: str = "#ffffff"
    chip_border: str = "#c3ccd6"
    default_stage_color: str = "#5b7db1"
    default_curve_color: str = "#3b6fd8"
    engagement_color: str = "#7b61a8"
    metrics_color: str = "#4e79a7"
    drop_color: str = "#c0392b"
    gain_color: str = "#2e7d32"
    moment_of_truth_color: str = "#d4a017"
    blueprint_line_color: str = "#52606d"
    vote_color: str = "#6d28d9"  # the dots, and the ring of the most voted cards
    severity_colors: dict[str, str] = field(
        default_factory=lambda: {"low": "#7b8794", "medium": "#e67e22", "high": "#c0392b"}
    )
    kind_colors: dict[str, KindColors] = field(
        default_factory=lambda: {
            LaneKind.ACTIVITIES.value: KindColors("#eef3fb", "#c5d3ea", "#4e79a7"),
            LaneKind.TOUCHPOINTS.value: KindColors("#eaf6f0", "#bfe0cf", "#2f9e6e"),
            LaneKind.PAIN_POINTS.value: KindColors("#fdeeed", "#f1c4c0", "#c0392b"),
            LaneKind.OPPORTUNITIES.value: KindColors("#fff6dc", "#f0dc9c", "#c9930a"),
            LaneKind.EVIDENCE.value: KindColors("#f3f0ea", "#d9d0bf", "#8c7a5b"),
            LaneKind.FRONTSTAGE.value: KindColors("#eef0fb", "#c8cdee", "#5562b8"),
            LaneKind.BACKSTAGE.value: KindColors("#f1eef8", "#d3c9e6", "#7b5ea7"),
            LaneKind.SUPPORT.value: KindColors("#eef1f3", "#cbd3d9", "#5b6b78"),
        }
    )

    # -- behaviour
    expand_collapsed: bool = False

    def leading(self, size: float) -> float:
        """Baseline-to-baseline distance for text of ``size``."""
        return size * self.line_spacing

    def scaled(self, factor: float) -> "Style":
        """The same look with every text size multiplied (workshop mode: larger text).

        Grid sizes grow with the text so lines still fit as many words.
        """
        sizes = {
            name: getattr(self, name) * factor
            for name in (
                "title_size", "subtitle_size", "header_text_size", "stage_name_size",
                "stage_desc_size", "lane_name_size", "lane_desc_size", "card_title_size",
                "card_body_size", "chip_size", "small_size", "legend_size", "stage_width",
                "lane_header_width", "chip_height", "persona_width", "persona_photo_size",
                "vote_count_size", "vote_dot_size",
            )
        }
        return replace(self, **sizes)


#: The look of the canvas.
DEFAULT_STYLE = Style()
#: The look of a printed poster: collapsed lanes are printed in full.
POSTER_STYLE = replace(DEFAULT_STYLE, expand_collapsed=True)
