"""Hotspots: incidents counted in hexagons and patrol areas, this window against the last one.

For the brief's "where is it getting worse?" map layer. Hexagons are laid on the UTM zone of the
incidents' centre, anchored at the zone's origin, so the same place always falls in the same
cell (ids are stable between runs and windows). Pointy-top hexagons; ``cell_m`` is the
flat-to-flat width, which is also the distance between neighbouring cell centres (a cell's
circumradius is ``cell_m / √3``, its area ``√3/2 · cell_m²``). Services layer: no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from app.analysis._common import check_metres, check_time, iso, text_array
from app.domain.geo import Projection, centre_utm_epsg, transform_geometries
from app.errors import ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.store.store import MissionStore

DEFAULT_WINDOW = timedelta(days=7)
_SQRT3 = math.sqrt(3.0)


@dataclass(frozen=True)
class Trend:
    """A count in the window against the previous window of equal length."""

    count: int
    previous: int
    delta: int
    ratio: float | None  # count / previous; None when there was nothing before
    trend: str  # 'new' | 'gone' | 'up' | 'down' | 'steady'

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def trend_of(count: int, previous: int) -> Trend:
    if previous == 0:
        word = "new" if count else "steady"
    elif count == 0:
        word = "gone"
    else:
        word = "up" if count > previous else "down" if count < previous else "steady"
    ratio = round(count / previous, 3) if previous else None
    return Trend(count, previous, count - previous, ratio, word)


@dataclass(frozen=True)
class HexBin:
    id: str  # "q,r": axial hexagon coordinates in the report's grid
    q: int
    r: int
    lon: float  # centre
    lat: float
    trend: Trend
    geometry: dict[str, Any]  # WGS 84 GeoJSON polygon

    def as_feature(self) -> dict[str, Any]:
        """A GeoJSON feature: the hexagon, with its counts and trend as properties."""
        properties = {"id": self.id, "q": self.q, "r": self.r, "lon": self.lon, "lat": self.lat}
        properties.update(self.trend.as_dict())
        return {"type": "Feature", "geometry": self.geometry, "properties": properties}

    def as_dict(self) -> dict[str, Any]:
        return self.as_feature()


@dataclass(frozen=True)
class AreaTrend:
    area_id: str
    name: str
    trend: Trend

    def as_dict(self) -> dict[str, Any]:
        return {"area_id": self.area_id, "name": self.name, **self.trend.as_dict()}


@dataclass(frozen=True)
class HotspotReport:
    cell_m: float
    cell_definition: str
    start: str | None
    end: str | None
    previous_start: str | None
    epsg: int | None
    total: int
    previous_total: int
    bins: tuple[HexBin, ...]
    areas: tuple[AreaTrend, ...]

    def geojson(self) -> dict[str, Any]:
        """The hexagons as one FeatureCollection for a map layer."""
        return {"type": "FeatureCollection", "features": [b.as_feature() for b in self.bins]}

    def as_dict(self) -> dict[str, Any]:
        return {
            "cell_m": self.cell_m,
            "cell_definition": self.cell_definition,
            "start": self.start,
            "end": self.end,
            "previous_start": self.previous_start,
            "epsg": self.epsg,
            "total": self.total,
            "previous_total": self.previous_total,
            "bins": self.geojson(),  # GeoJSON FeatureCollection
            "areas": [a.as_dict() for a in self.areas],
        }


# --- the hexagon grid (pure) --------------------------------------------------------------------


def hex_cells(x: np.ndarray, y: np.ndarray, cell_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Axial (q, r) of the pointy-top hexagon holding each point (metres; flat-to-flat cell_m)."""
    size = cell_m / _SQRT3  # circumradius
    fq = (_SQRT3 / 3 * np.asarray(x) - np.asarray(y) / 3) / size
    fr = (2 / 3 * np.asarray(y)) / size
    # Cube rounding: round all three cube coordinates, then fix the one that moved most.
    fs = -fq - fr
    q, r, s = np.round(fq), np.round(fr), np.round(fs)
    dq, dr, ds = np.abs(q - fq), np.abs(r - fr), np.abs(s - fs)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    q = np.where(fix_q, -r - s, q)
    r = np.where(fix_r, -q - s, r)
    return q.astype(np.int64), r.astype(np.int64)


def hex_centres(q: np.ndarray, r: np.ndarray, cell_m: float) -> tuple[np.ndarray, np.ndarray]:
    size = cell_m / _SQRT3
    return size * (_SQRT3 * q + _SQRT3 / 2 * r), size * 1.5 * r


def hex_polygons(q: np.ndarray, r: np.ndarray, cell_m: float) -> np.ndarray:
    """The hexagons as shapely polygons, in metres."""
    cx, cy = hex_centres(np.asarray(q), np.asarray(r), cell_m)
    angles = np.radians(60 * np.arange(7) - 30)  # pointy top; the 7th closes the ring
    size = cell_m / _SQRT3
    ring = np.stack(
        [cx[:, None] + size * np.cos(angles), cy[:, None] + size * np.sin(angles)], axis=-1
    )
    return np.asarray(shapely.polygons(ring), dtype=object).reshape(-1)


# --- the service --------------------------------------------------------------------------------


def _window(
    store: MissionStore, start: datetime | None, end: datetime | None
) -> tuple[datetime, datetime] | None:
    """[start, end]: given, or the last 7 days of the data; None for a mission without incidents."""
    if start is not None and end is not None:
        if end <= start:
            raise ValidationError("end", translate("Analysis", "must be after start"))
        return start, end
    if end is None:
        if start is not None:
            period = store.mission_period()
            end = period[1] if period else start + DEFAULT_WINDOW
            return start, max(end, start + timedelta(milliseconds=1))
        period = store.mission_period()
        if period is None:
            return None
        end = period[1]
    return end - DEFAULT_WINDOW, end


def hotspots(
    store: MissionStore,
    *,
    cell_m: float = 2000,
    start: datetime | None = None,
    end: datetime | None = None,
    categories: Iterable[str] | None = None,
) -> HotspotReport:
    """Incident counts per hexagon (``cell_m`` flat-to-flat) and per patrol area, with trend.

    The window is [start, end] (default: the last 7 days of the data); the previous window is
    the same length just before it, [start - length, start). Incidents count by their start time.
    """
    cell_m = check_metres(cell_m, "cell_m", positive=True)
    start, end = check_time(start, "start"), check_time(end, "end")
    window = _window(store, start, end)
    definition = "flat-to-flat width of a pointy-top hexagon (= spacing of cell centres), metres"
    if window is None:
        return HotspotReport(cell_m, definition, None, None, None, None, 0, 0, (), ())
    start, end = window
    before = start - (end - start)
    cols = store.incident_columns(
        columns=("lon", "lat", "occurred_start"),
        start=before,
        end=end,
        categories=categories,
        ordered=False,
    )
    times = text_array(cols["occurred_start"])
    t0, t1, tb = iso(start), iso(end), iso(before)
    current = (times >= t0) & (times <= t1)
    previous = (times >= tb) & (times < t0)
    keep = current | previous
    lon = np.asarray(cols["lon"], dtype=float)[keep]
    lat = np.asarray(cols["lat"], dtype=float)[keep]
    current = current[keep]
    areas = [a for a in store.patrol_areas() if a.area_type == "patrol_area"]
    empty_areas = tuple(AreaTrend(a.id, a.name, trend_of(0, 0)) for a in areas)
    if not len(lon):
        return HotspotReport(cell_m, definition, t0, t1, tb, None, 0, 0, (), empty_areas)
    epsg = centre_utm_epsg(lon, lat)
    x, y = Projection(4326, epsg).transform(lon, lat)
    x, y = np.asarray(x), np.asarray(y)

    # Hexagons: one unique over (q, r), then a count per cell for each window.
    q, r = hex_cells(x, y, cell_m)
    cells, index = np.unique(np.column_stack([q, r]), axis=0, return_inverse=True)
    index = index.reshape(-1)
    now_counts = np.bincount(index[current], minlength=len(cells))
    before_counts = np.bincount(index[~current], minlength=len(cells))
    polygons = transform_geometries(hex_polygons(cells[:, 0], cells[:, 1], cell_m), epsg, 4326)
    cx, cy = hex_centres(cells[:, 0], cells[:, 1], cell_m)
    clon, clat = Projection(epsg, 4326).transform(cx, cy)
    order = np.lexsort((cells[:, 1], cells[:, 0], -now_counts))  # hottest first
    bins = tuple(
        HexBin(
            id=f"{cells[k, 0]},{cells[k, 1]}",
            q=int(cells[k, 0]),
            r=int(cells[k, 1]),
            lon=round(float(clon[k]), 6),
            lat=round(float(clat[k]), 6),
            trend=trend_of(int(now_counts[k]), int(before_counts[k])),
            geometry=shapely.geometry.mapping(polygons[k]),
        )
        for k in order
    )

    # Patrol areas: one STRtree query of every point against every area.
    area_trends = empty_areas
    if areas:
        areas_m = transform_geometries(np.array([a.geometry for a in areas]), 4326, epsg)
        pi, ai = shapely.STRtree(areas_m).query(shapely.points(x, y), predicate="intersects")
        in_now = np.bincount(ai[current[pi]], minlength=len(areas))
        in_before = np.bincount(ai[~current[pi]], minlength=len(areas))
        area_trends = tuple(
            AreaTrend(a.id, a.name, trend_of(int(in_now[k]), int(in_before[k])))
            for k, a in enumerate(areas)
        )
    return HotspotReport(
        cell_m=cell_m,
        cell_definition=definition,
        start=t0,
        end=t1,
        previous_start=tb,
        epsg=epsg,
        total=int(current.sum()),
        previous_total=int((~current).sum()),
        bins=bins,
        areas=area_trends,
    )


__all__ = [
    "AreaTrend",
    "HexBin",
    "HotspotReport",
    "Trend",
    "hex_cells",
    "hex_centres",
    "hex_polygons",
    "hotspots",
    "trend_of",
]
