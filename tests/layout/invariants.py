"""Geometric promises every layout keeps, checked box by box (shared by the layout tests)."""

from __future__ import annotations

from itertools import combinations

from journeymap_desktop.layout import (
    BarBox,
    CardBox,
    CellText,
    ChipBox,
    CurveBox,
    FrameBox,
    Layout,
    NoteBox,
    Rect,
    ScaleBox,
    TextBlock,
)
from journeymap_desktop.layout.curves import sample

EPS = 0.05


def _text_fits(block: TextBlock | None, where: Rect, what: str) -> None:
    if block is None:
        return
    assert where.contains(block.rect, EPS), f"{what}: text block {block.rect} outside {where}"
    for line in block.lines:
        assert line.width <= block.rect.w + EPS, f"{what}: line {line.text!r} wider than its block"
        assert line.x >= block.rect.x - EPS and line.x + line.width <= block.rect.right + EPS, (
            f"{what}: line {line.text!r} spills out of its block"
        )
        assert block.rect.y - EPS <= line.baseline <= block.rect.bottom + EPS


def _chip_fits(chip: ChipBox, where: Rect, what: str) -> None:
    assert where.contains(chip.rect, EPS), f"{what}: chip {chip.rect} outside {where}"
    if chip.label is not None:
        _text_fits(chip.label, chip.rect.inset(0, -2), f"{what} chip")
    if chip.icon_rect is not None:
        assert chip.rect.contains(chip.icon_rect, EPS)


def check_layout(layout: Layout) -> None:
    """Fail with a sentence if anything overlaps, spills or leaves its box."""
    page = Rect(0, 0, layout.width, layout.height)
    assert page.contains(layout.header.rect, EPS)
    _text_fits(layout.header.title, layout.header.rect, "title")
    if layout.header.persona is not None:
        persona = layout.header.persona
        assert layout.header.rect.contains(persona.rect, EPS)
        for block in (persona.name, *persona.texts):
            _text_fits(block, persona.rect, "persona")
    for a, b in combinations(layout.stage_headers, 2):
        assert not a.rect.overlaps(b.rect), "stage headers overlap"
    for stage in layout.stage_headers:
        assert stage.rect.y >= layout.header.rect.bottom - EPS
        _text_fits(stage.name, stage.rect, "stage name")
        _text_fits(stage.description, stage.rect, "stage description")
    previous_bottom = layout.lanes_top
    for lane in layout.lanes:
        assert page.contains(lane.rect, EPS), f"lane {lane.lane_id} outside the map"
        assert lane.rect.y >= previous_bottom - EPS, f"lane {lane.lane_id} overlaps the one above"
        previous_bottom = lane.rect.bottom
        local = Rect(0, 0, lane.rect.w, lane.rect.h)
        assert local.contains(lane.header.rect, EPS)
        _text_fits(lane.header.name, lane.header.rect, f"lane {lane.lane_id} name")
        _text_fits(lane.header.description, lane.header.rect, f"lane {lane.lane_id} description")
        for a, b in combinations([lane.header.rect, *(cell.rect for cell in lane.cells)], 2):
            assert not a.overlaps(b), f"cells of lane {lane.lane_id} overlap"
        for cell in lane.cells:
            assert local.contains(cell.rect, EPS), f"cell outside lane {lane.lane_id}"
            assert cell.natural_height <= cell.rect.h + EPS, "a cell is shorter than its content"
            where = f"lane {lane.lane_id} / {cell.stage_id}"
            boxes = []
            for item in cell.items:
                if isinstance(item, CardBox):
                    assert cell.rect.contains(item.rect, EPS), f"card {item.card_id} outside its cell"
                    assert item.stage_id == cell.stage_id and item.lane_id == lane.lane_id
                    _text_fits(item.title, item.rect, f"card {item.card_id} title")
                    _text_fits(item.body, item.rect, f"card {item.card_id} body")
                    for chip in item.chips:
                        _chip_fits(chip, item.rect, f"card {item.card_id}")
                    for a, b in combinations([c.rect for c in item.chips], 2):
                        assert not a.overlaps(b), f"chips of card {item.card_id} overlap"
                    if item.title and item.body:
                        assert not item.title.rect.overlaps(item.body.rect)
                    if item.votes is not None:
                        votes = item.votes
                        assert item.rect.contains(votes.rect, EPS), f"votes of card {item.card_id} outside it"
                        for dot in votes.dots:
                            assert votes.rect.contains(dot, EPS) and not dot.overlaps(votes.badge)
                        assert votes.rect.contains(votes.badge, EPS)
                        for part in (item.title, item.body):
                            if part is not None:
                                assert not part.rect.overlaps(votes.rect)
                        for chip in item.chips:
                            assert not chip.rect.overlaps(votes.rect)
                    if item.moment_of_truth is not None:
                        assert item.rect.contains(item.moment_of_truth, EPS)
                        if item.title:
                            assert not item.title.rect.overlaps(item.moment_of_truth)
                    boxes.append(item.rect)
                elif isinstance(item, FrameBox):
                    assert cell.rect.contains(item.rect, EPS) and item.rect.contains(item.image, EPS)
                    _text_fits(item.caption, item.rect, "caption")
                    boxes.append(item.rect)
                elif isinstance(item, ChipBox):
                    _chip_fits(item, cell.rect, where)
                    boxes.append(item.rect)
                elif isinstance(item, BarBox):
                    assert cell.rect.contains(item.track, EPS) and item.track.contains(item.bar, EPS)
                    _text_fits(item.label, cell.rect, where)
                    boxes.append(item.track)
                elif isinstance(item, NoteBox):
                    _text_fits(item.text, cell.rect, where)
                    boxes.append(item.text.rect)
                elif isinstance(item, CellText):
                    _text_fits(item.text, cell.rect, where)
                    boxes.append(item.text.rect)
            for a, b in combinations(boxes, 2):
                assert not a.overlaps(b), f"items overlap in {where}: {a} {b}"
        for overlay in lane.overlays:
            if isinstance(overlay, CurveBox):
                for marker in overlay.markers:
                    assert local.contains_point(marker.center), "a curve point is outside its lane"
                plots = [o.plot for o in lane.overlays if isinstance(o, ScaleBox)]
                top = plots[0].y if plots else 0.0
                bottom = plots[0].bottom if plots else lane.rect.h
                for segment in overlay.path:
                    for point in sample(segment):
                        assert top - EPS <= point.y <= bottom + EPS, "a curve overshoots its scale"
    if layout.legend is not None:
        assert layout.legend.rect.y >= previous_bottom - EPS
        assert page.contains(layout.legend.rect, EPS)
        for a, b in combinations([e.rect for e in layout.legend.entries], 2):
            assert not a.overlaps(b), "legend entries overlap"
