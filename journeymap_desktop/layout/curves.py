"""Smooth curves that never overshoot: monotone cubic interpolation as Bézier segments.

Fritsch–Carlson tangents make each piece monotone between its two points, so the curve
never leaves the range of the values it joins: an emotion curve between -2 and +2 stays
there, however sharp its turns. The pieces are cubic Béziers, which both QPainterPath
(``cubicTo``) and reportlab (``curveTo``) draw natively.
"""

from __future__ import annotations

from typing import Sequence

from journeymap_desktop.layout.boxes import BezierSegment, Point


def monotone_tangents(points: Sequence[Point]) -> list[float]:
    """Fritsch–Carlson tangents (dy/dx) at each point; x must be strictly increasing."""
    n = len(points)
    if n < 2:
        return [0.0] * n
    slopes = [
        (points[i + 1].y - points[i].y) / (points[i + 1].x - points[i].x) for i in range(n - 1)
    ]
    tangents = [0.0] * n
    tangents[0] = slopes[0]
    tangents[-1] = slopes[-1]
    for i in range(1, n - 1):
        if slopes[i - 1] * slopes[i] <= 0:
            tangents[i] = 0.0
        else:
            tangents[i] = (slopes[i - 1] + slopes[i]) / 2
    for i in range(n - 1):
        if slopes[i] == 0:
            tangents[i] = 0.0
            tangents[i + 1] = 0.0
            continue
        a = tangents[i] / slopes[i]
        b = tangents[i + 1] / slopes[i]
        # Tangents pointing against the slope would overshoot: flatten them.
        if a < 0:
            tangents[i] = 0.0
            a = 0.0
        if b < 0:
            tangents[i + 1] = 0.0
            b = 0.0
        norm = a * a + b * b
        if norm > 9:
            scale = 3 / norm**0.5
            tangents[i] = scale * a * slopes[i]
            tangents[i + 1] = scale * b * slopes[i]
    return tangents


def monotone_path(points: Sequence[Point]) -> tuple[BezierSegment, ...]:
    """Cubic Bézier segments through ``points`` (sorted by x) that never overshoot."""
    if len(points) < 2:
        return ()
    tangents = monotone_tangents(points)
    segments = []
    for i in range(len(points) - 1):
        p0, p3 = points[i], points[i + 1]
        third = (p3.x - p0.x) / 3
        segments.append(
            BezierSegment(
                p0,
                Point(p0.x + third, p0.y + tangents[i] * third),
                Point(p3.x - third, p3.y - tangents[i + 1] * third),
                p3,
            )
        )
    return tuple(segments)


def runs_path(points: Sequence[tuple[int, Point]]) -> tuple[tuple[BezierSegment, ...], tuple[BezierSegment, ...]]:
    """The path through ``points`` (column index, point; sorted by index) and the bridges
    over missing columns: each run of neighbouring columns is one smooth piece of its own
    (a stage without a value neither shapes nor joins the curve), and a straight segment
    joins the end of one run to the start of the next."""
    runs: list[list[Point]] = []
    last = None
    for index, point in points:
        if last is None or index != last + 1:
            runs.append([])
        runs[-1].append(point)
        last = index
    path = tuple(segment for run in runs for segment in monotone_path(run))
    gaps = tuple(line(a[-1], b[0]) for a, b in zip(runs, runs[1:]))
    return path, gaps


def line(a: Point, b: Point) -> BezierSegment:
    """A straight segment as a cubic (control points at the thirds)."""
    return BezierSegment(a, Point(a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3),
                         Point(a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3), b)


def pieces(path: Sequence[BezierSegment]) -> list[list[BezierSegment]]:
    """``path`` cut where a segment does not start at the previous one's end: each piece is
    drawn as one subpath (move to its first point, then curve through its segments)."""
    out: list[list[BezierSegment]] = []
    for segment in path:
        if not out or out[-1][-1].p3 != segment.p0:
            out.append([])
        out[-1].append(segment)
    return out


def sample(segment: BezierSegment, steps: int = 16) -> list[Point]:
    """Points along a segment (for tests and hit-testing)."""
    out = []
    for k in range(steps + 1):
        t = k / steps
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        out.append(
            Point(
                a * segment.p0.x + b * segment.c1.x + c * segment.c2.x + d * segment.p3.x,
                a * segment.p0.y + b * segment.c1.y + c * segment.c2.y + d * segment.p3.y,
            )
        )
    return out
