"""Geometry in metres on the ground: a local projected CRS chosen from the data.

Buffers and distances are never computed in degrees (a degree of longitude shrinks towards the
poles). Geometry is projected into the UTM zone of its centre, worked on in metres, and brought
back to WGS 84. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

from functools import lru_cache

import shapely
from pyproj import CRS, Transformer
from shapely.geometry.base import BaseGeometry
from shapely.ops import transform

WGS84 = CRS.from_epsg(4326)


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the UTM zone containing a point (WGS 84 / UTM, north or south)."""
    zone = min(int((lon + 180) // 6) + 1, 60)
    return (32600 if lat >= 0 else 32700) + zone


@lru_cache(maxsize=64)
def _transformers(epsg: int) -> tuple[Transformer, Transformer]:
    utm = CRS.from_epsg(epsg)
    forward = Transformer.from_crs(WGS84, utm, always_xy=True)
    back = Transformer.from_crs(utm, WGS84, always_xy=True)
    return forward, back


def local_epsg(geometry: BaseGeometry) -> int:
    """The UTM zone of a geometry's centre: metres there are true to within 0.1 % for a zone."""
    centre = geometry.centroid if not geometry.is_empty else shapely.Point(0, 0)
    return utm_epsg(centre.x, centre.y)


def to_metres(geometry: BaseGeometry, epsg: int | None = None) -> tuple[BaseGeometry, int]:
    epsg = epsg or local_epsg(geometry)
    forward, _ = _transformers(epsg)
    return transform(forward.transform, geometry), epsg


def to_degrees(geometry: BaseGeometry, epsg: int) -> BaseGeometry:
    _, back = _transformers(epsg)
    return transform(back.transform, geometry)


def buffer_metres(geometry: BaseGeometry, metres: float, *, resolution: int = 8) -> BaseGeometry:
    """The area within ``metres`` of a geometry, as WGS 84 geometry."""
    projected, epsg = to_metres(geometry)
    return to_degrees(projected.buffer(metres, quad_segs=resolution), epsg)
