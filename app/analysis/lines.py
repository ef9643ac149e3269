"""Points against control lines: nearest line, side of it, geodesic distance — vectorised.

The pure core under ``violations`` and ``units_in_buffer_zones``. In a local UTM projection,
one STRtree query finds every (point, line) pair within reach and GEOS gives each pair's nearest
point on the line (array calls, no Python loop per point). The distance is then measured on the
WGS 84 ellipsoid from the point to that nearest point, so it stays true where the projection's
scale drifts; a second STRtree over the lines' straight segments finds the segment holding the
nearest point, whose direction gives the side.

Side: left or right walking the line in its digitising direction, by the sign of the cross
product of the nearest segment's direction with the vector to the point. When the nearest point
is a vertex between two segments, the two segments' cross products are summed (the vertex's
pseudo-normal); taking either one alone gives the wrong side behind sharp bends.

Plain Python, numpy and shapely; no Qt, no SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely

from app.analysis._common import iso
from app.domain.geo import Projection, geodesic_distance, geometries_epsg, transform_geometries
from app.domain.records import CeasefireLine

LEFT, RIGHT, ON_LINE = 1, -1, 0
SIDE_NAMES: dict[int, str] = {LEFT: "left", RIGHT: "right", ON_LINE: "on_line"}
#: Closer than this a point is on the line (it would show as 0.0 m).
ON_LINE_M = 0.05
#: Candidate search margin for UTM scale error (≤ 0.1 % inside a zone, more outside it).
_SCALE_MARGIN = 0.01
_SLACK_M = 10.0
#: GEOS puts a nearest point on its segment to within rounding; this finds the segment.
_ON_SEGMENT_M = 1e-3
#: A nearest point this close (as a share of its segment) to a vertex is at the vertex.
_VERTEX_T = 1e-9


@dataclass(frozen=True)
class LineMatches:
    """For each matched point (ascending ``point``), its nearest qualifying line, as arrays."""

    point: np.ndarray  # index into the points given
    line: np.ndarray  # index into the lines given
    distance_m: np.ndarray  # geodesic, unrounded
    side: np.ndarray  # LEFT (+1), RIGHT (-1) or ON_LINE (0)
    inside_buffer: np.ndarray  # within the line's own buffer_m

    def __len__(self) -> int:
        return len(self.point)


def side_name(side: int) -> str:
    return SIDE_NAMES[int(side)]


def party_on(line: CeasefireLine, side: int) -> str | None:
    """The party on that side of the line; nobody is on the line itself."""
    if side == LEFT:
        return line.party_left or None
    if side == RIGHT:
        return line.party_right or None
    return None


def reach_of(lines: Sequence[CeasefireLine], distance_m: float) -> np.ndarray:
    """Per line, how far a point may be: its buffer, or ``max(buffer, distance_m)`` if > 0."""
    buffers = np.array([line.buffer_m for line in lines], dtype=float)
    return np.maximum(buffers, distance_m) if distance_m > 0 else buffers


@dataclass(frozen=True)
class _Segments:
    a: np.ndarray  # (n, 2) start, metres
    b: np.ndarray  # (n, 2) end
    u: np.ndarray  # (n, 2) unit direction
    prev_u: np.ndarray  # direction of the segment before (valid where has_prev)
    next_u: np.ndarray
    has_prev: np.ndarray
    has_next: np.ndarray
    line: np.ndarray  # index of the line each segment belongs to
    tree: shapely.STRtree  # over the segments, to find the one holding a nearest point


def _segments(lines_m: np.ndarray) -> _Segments:
    """Every line cut into its straight segments, each knowing its neighbours in the same part."""
    parts, part_line = shapely.get_parts(lines_m, return_index=True)
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    same = coord_part[:-1] == coord_part[1:]
    a, b, part = coords[:-1][same], coords[1:][same], coord_part[:-1][same]
    length = np.hypot(*(b - a).T)
    keep = length > 0  # repeated vertices have no direction
    a, b, part, length = a[keep], b[keep], part[keep], length[keep]
    u = (b - a) / length[:, None] if len(a) else np.zeros((0, 2))
    has_prev = np.r_[False, part[1:] == part[:-1]] if len(a) else np.zeros(0, bool)
    has_next = np.r_[part[:-1] == part[1:], False] if len(a) else np.zeros(0, bool)
    prev_u, next_u = np.roll(u, 1, axis=0), np.roll(u, -1, axis=0)
    # A closed part (a ring) has no ends: its first and last segments meet.
    first, last = np.flatnonzero(~has_prev), np.flatnonzero(~has_next)
    closed = (first != last) & np.all(a[first] == b[last], axis=1)
    f, la = first[closed], last[closed]
    has_prev[f], prev_u[f] = True, u[la]
    has_next[la], next_u[la] = True, u[f]
    geoms = shapely.linestrings(np.stack([a, b], axis=1)) if len(a) else np.zeros(0, object)
    return _Segments(
        a, b, u, prev_u, next_u, has_prev, has_next, part_line[part], shapely.STRtree(geoms)
    )


def _cross(u: np.ndarray, w: np.ndarray) -> np.ndarray:
    return np.asarray(u[:, 0] * w[:, 1] - u[:, 1] * w[:, 0])


def match_to_lines(
    lon: np.ndarray,
    lat: np.ndarray,
    lines: Sequence[CeasefireLine],
    *,
    distance_m: float = 0.0,
    times: np.ndarray | None = None,
    epsg: int | None = None,
) -> LineMatches:
    """Each point within reach of a line (see ``reach_of``), matched to the nearest such line.

    ``times`` (stored UTC texts, one per point) drops pairs outside the line's validity window.
    ``epsg`` defaults to the UTM zone of the lines' centre.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    empty = LineMatches(*(np.zeros(0, dtype=t) for t in (int, int, float, np.int8, bool)))
    if not len(lines) or not len(lon):
        return empty
    geoms = np.array([line.geometry for line in lines], dtype=object)
    epsg = epsg or geometries_epsg(geoms)
    lines_m = transform_geometries(geoms, 4326, epsg)
    shapely.prepare(lines_m)
    to_m, to_deg = Projection(4326, epsg), Projection(epsg, 4326)
    px, py = (np.asarray(v, dtype=float) for v in to_m.transform(lon, lat))
    points = shapely.points(px, py)
    reach = reach_of(lines, distance_m)
    buffers = np.array([line.buffer_m for line in lines], dtype=float)

    # Every (point, line) pair within reach, with slack for the projection's scale error.
    search = reach * (1 + _SCALE_MARGIN) + _SLACK_M
    tree = shapely.STRtree(lines_m)
    pi, li = tree.query(points, predicate="dwithin", distance=search.max())
    if times is not None:
        pi, li = _valid_pairs(pi, li, np.asarray(times), lines)
    # The nearest point of the line (GEOS, in C), then the true distance on the ellipsoid.
    nearest = shapely.get_coordinates(shapely.shortest_line(lines_m[li], points[pi]))
    q = nearest.reshape(-1, 2, 2)[:, 0] if len(li) else np.zeros((0, 2))
    p = np.column_stack([px[pi], py[pi]])
    keep = np.hypot(*(p - q).T) <= search[li]
    pi, li, p, q = pi[keep], li[keep], p[keep], q[keep]
    qlon, qlat = to_deg.transform(q[:, 0], q[:, 1])
    dist = geodesic_distance(lon[pi], lat[pi], qlon, qlat)
    keep = dist <= reach[li] + 1e-6
    pi, li, p, q, dist = pi[keep], li[keep], p[keep], q[keep], dist[keep]

    side = _sides(_segments(lines_m), p, q, li)
    side[dist < ON_LINE_M] = ON_LINE

    # The nearest qualifying line of each point (ties: the first line given).
    order = np.lexsort((li, dist, pi))
    first = np.r_[True, pi[order][1:] != pi[order][:-1]] if len(order) else np.zeros(0, bool)
    best = order[first]
    return LineMatches(
        point=pi[best],
        line=li[best],
        distance_m=dist[best],
        side=side[best],
        inside_buffer=dist[best] <= buffers[li[best]] + 1e-6,
    )


def _valid_pairs(
    pi: np.ndarray, li: np.ndarray, times: np.ndarray, lines: Sequence[CeasefireLine]
) -> tuple[np.ndarray, np.ndarray]:
    """Drop pairs whose point time lies outside the line's validity window."""
    starts = np.array([iso(line.valid_from) or "" for line in lines])
    ends = np.array([iso(line.valid_to) or "\uffff" for line in lines])
    when = times[pi]
    keep = (when >= starts[li]) & (when <= ends[li])
    return pi[keep], li[keep]


def _sides(segs: _Segments, p: np.ndarray, q: np.ndarray, li: np.ndarray) -> np.ndarray:
    """LEFT/RIGHT of each point ``p`` by the segment of line ``li`` holding its nearest point ``q``.

    At a vertex the segments meeting there give the same answer (their cross products are
    summed), so whichever of them is found first will do.
    """
    qi, si = segs.tree.query(shapely.points(q), predicate="dwithin", distance=_ON_SEGMENT_M)
    keep = segs.line[si] == li[qi]
    qi, si = qi[keep], si[keep]
    a, b = segs.a[si], segs.b[si]
    ab = b - a
    t = np.clip(np.einsum("ij,ij->i", q[qi] - a, ab) / np.einsum("ij,ij->i", ab, ab), 0.0, 1.0)
    gap = np.hypot(*(q[qi] - (a + t[:, None] * ab)).T)
    order = np.lexsort((gap, qi))
    first = np.r_[True, qi[order][1:] != qi[order][:-1]] if len(order) else np.zeros(0, bool)
    best = order[first]
    qi, si, t = qi[best], si[best], t[best]
    w = p[qi] - q[qi]
    cross = _cross(segs.u[si], w)
    at_start = (t <= _VERTEX_T) & segs.has_prev[si]
    at_end = (t >= 1.0 - _VERTEX_T) & segs.has_next[si]
    cross = cross + np.where(at_start, _cross(segs.prev_u[si], w), 0.0)
    cross = cross + np.where(at_end, _cross(segs.next_u[si], w), 0.0)
    side = np.zeros(len(p), dtype=np.int8)
    side[qi] = np.sign(cross).astype(np.int8)
    return side
