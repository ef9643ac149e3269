"""Geometry in metres on the ground: a local projected CRS chosen from the data.

Buffers and distances are never computed in degrees (a degree of longitude shrinks towards the
poles). Geometry is projected into the UTM zone of its centre, worked on in metres, and brought
back to WGS 84. Plain Python: no Qt, no SQLite.

All PROJ work runs on one dedicated thread: PROJ objects are bound to the thread context that
made them, and this process crashed when pyproj objects were made and dropped from the GUI's
worker threads. Callers on any thread get the same answers; the hop costs microseconds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import numpy as np
import shapely
from numpy.typing import ArrayLike
from pyproj import Geod, Transformer
from shapely.geometry.base import BaseGeometry

from app.i18n import translate

T = TypeVar("T")
_PROJ_THREAD = "bluehelmet-proj"
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=_PROJ_THREAD)
_transformers: dict[tuple[int, int], Transformer] = {}


def _on_proj_thread(work: Callable[[], T]) -> T:
    if threading.current_thread().name.startswith(_PROJ_THREAD):
        return work()
    return _executor.submit(work).result()


def _transformer(source: int, target: int) -> Transformer:
    """Only ever called on the PROJ thread, which owns every Transformer."""
    key = (source, target)
    if key not in _transformers:
        _transformers[key] = Transformer.from_crs(source, target, always_xy=True)
    return _transformers[key]


class Projection:
    """Like a pyproj Transformer (``transform(x, y)``), but safe to call from any thread."""

    def __init__(self, source: int, target: int) -> None:
        self.source = source
        self.target = target

    def transform(self, x: Any, y: Any) -> tuple[Any, Any]:
        return _on_proj_thread(lambda: _transformer(self.source, self.target).transform(x, y))

    def geometry(self, geometry: BaseGeometry) -> BaseGeometry:
        """The same geometry with every coordinate transformed (one call for all vertices)."""

        def move(coords: np.ndarray) -> np.ndarray:
            x, y = self.transform(coords[:, 0], coords[:, 1])
            return np.column_stack([x, y])

        return shapely.transform(geometry, move)


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the UTM zone containing a point (WGS 84 / UTM, north or south)."""
    zone = min(int((lon + 180) // 6) + 1, 60)
    return (32600 if lat >= 0 else 32700) + zone


def transformers(epsg: int) -> tuple[Projection, Projection]:
    """WGS 84 → ``epsg`` and back."""
    return Projection(4326, epsg), Projection(epsg, 4326)


def local_epsg(geometry: BaseGeometry) -> int:
    """The UTM zone of a geometry's centre: metres there are true to within 0.1 % for a zone."""
    centre = geometry.centroid if not geometry.is_empty else shapely.Point(0, 0)
    return utm_epsg(centre.x, centre.y)


def to_metres(geometry: BaseGeometry, epsg: int | None = None) -> tuple[BaseGeometry, int]:
    epsg = epsg or local_epsg(geometry)
    return Projection(4326, epsg).geometry(geometry), epsg


def to_degrees(geometry: BaseGeometry, epsg: int) -> BaseGeometry:
    return Projection(epsg, 4326).geometry(geometry)


def buffer_metres(geometry: BaseGeometry, metres: float, *, resolution: int = 8) -> BaseGeometry:
    """The area within ``metres`` of a geometry, as WGS 84 geometry."""
    projected, epsg = to_metres(geometry)
    return to_degrees(projected.buffer(metres, quad_segs=resolution), epsg)


# --- additions for the analysis services: geodesics, data-centred zones, arrays of geometry ----

_geods: dict[str, Geod] = {}


def _wgs84_geod() -> Geod:
    """Only ever called on the PROJ thread, which owns the Geod like every Transformer."""
    if "WGS84" not in _geods:
        _geods["WGS84"] = Geod(ellps="WGS84")
    return _geods["WGS84"]


def _flat_float_arrays(*values: Any) -> tuple[tuple[int, ...], list[np.ndarray]]:
    """Broadcast the inputs together; return their common shape and flat float copies (what
    pyproj's Geod wants: contiguous, writable, owned by us)."""
    arrays = np.broadcast_arrays(*values)
    shape = arrays[0].shape
    return shape, [np.ascontiguousarray(np.array(v, dtype=float).ravel()) for v in arrays]


def geodesic_inverse(
    lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike, lat2: ArrayLike
) -> tuple[np.ndarray, np.ndarray]:
    """Bearing and distance on the WGS 84 ellipsoid from each point 1 to its point 2.

    Returns (bearing in degrees clockwise from true north, 0 ≤ b < 360; distance in metres) as
    float arrays; the inputs broadcast. Exact across the antimeridian and UTM zone edges, which
    a projected distance is not. The bearing of a zero-length pair is meaningless (check the
    distance first).
    """
    shape, (a, b, c, d) = _flat_float_arrays(lon1, lat1, lon2, lat2)
    if a.size == 0:
        return np.zeros(shape), np.zeros(shape)

    def work() -> tuple[np.ndarray, np.ndarray]:
        azimuth, _back, distance = _wgs84_geod().inv(a, b, c, d)
        return np.asarray(azimuth, dtype=float), np.asarray(distance, dtype=float)

    azimuth, distance = _on_proj_thread(work)
    bearing = np.mod(azimuth, 360.0)
    bearing[bearing >= 360.0] = 0.0  # -1e-15 % 360 rounds to 360.0
    return bearing.reshape(shape), distance.reshape(shape)


def geodesic_distance(
    lon1: ArrayLike, lat1: ArrayLike, lon2: ArrayLike, lat2: ArrayLike
) -> np.ndarray:
    """Distance in metres on the WGS 84 ellipsoid between paired points (inputs broadcast)."""
    return geodesic_inverse(lon1, lat1, lon2, lat2)[1]


def centre_utm_epsg(lons: ArrayLike, lats: ArrayLike) -> int:
    """The UTM zone of the centre of a set of points (lon, lat degrees).

    The longitude centre is a circular mean, so data straddling the antimeridian gets a zone
    near 180° rather than one near 0°; the latitude centre is the middle of the extent.
    """
    lon = np.asarray(lons, dtype=float).ravel()
    lat = np.asarray(lats, dtype=float).ravel()
    keep = np.isfinite(lon) & np.isfinite(lat)
    lon, lat = lon[keep], lat[keep]
    if lon.size == 0:
        raise ValueError(translate("Coordinates", "no points to choose a projection from"))
    radians = np.radians(lon)
    centre_lon = float(np.degrees(np.arctan2(np.sin(radians).mean(), np.cos(radians).mean())))
    if not -180.0 <= centre_lon < 180.0:
        centre_lon = -180.0
    centre_lat = float(lat.min() + lat.max()) / 2.0
    return utm_epsg(centre_lon, centre_lat)


def geometries_epsg(geometries: ArrayLike) -> int:
    """The UTM zone of the centre of many geometries (their vertices, see ``centre_utm_epsg``)."""
    coords = shapely.get_coordinates(np.asarray(geometries, dtype=object))
    return centre_utm_epsg(coords[:, 0], coords[:, 1])


def transform_geometries(geometries: ArrayLike, source: int, target: int) -> np.ndarray:
    """An array of geometries with every vertex transformed ``source`` → ``target`` in one call."""
    projection = Projection(source, target)

    def move(coords: np.ndarray) -> np.ndarray:
        if len(coords) == 0:
            return coords
        x, y = projection.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return np.asarray(shapely.transform(np.asarray(geometries, dtype=object), move), dtype=object)


def geodesic_forward(
    lon: ArrayLike, lat: ArrayLike, bearing_deg: ArrayLike, distance_m: ArrayLike
) -> tuple[np.ndarray, np.ndarray]:
    """The point(s) ``distance_m`` from (lon, lat) along ``bearing_deg`` on WGS 84 (lon, lat).

    For range rings, offsets and test fixtures placed at exact ground distances.
    """
    shape, (a, b, c, d) = _flat_float_arrays(lon, lat, bearing_deg, distance_m)
    if a.size == 0:
        return np.zeros(shape), np.zeros(shape)

    def work() -> tuple[np.ndarray, np.ndarray]:
        lon2, lat2, _back = _wgs84_geod().fwd(a, b, c, d)
        return np.asarray(lon2, dtype=float), np.asarray(lat2, dtype=float)

    lon2, lat2 = _on_proj_thread(work)
    return lon2.reshape(shape), lat2.reshape(shape)


_crs_transformers: dict[str, Transformer] = {}


def to_wgs84(geometries: ArrayLike, crs: str) -> np.ndarray:
    """An array of geometries from any CRS pyproj reads (``EPSG:32636``, WKT, PROJJSON) to WGS 84
    longitude/latitude, transformed on the PROJ thread (partner files bring any CRS)."""

    def transformer() -> Transformer:
        if crs not in _crs_transformers:
            _crs_transformers[crs] = Transformer.from_crs(crs, 4326, always_xy=True)
        return _crs_transformers[crs]

    def move(coords: np.ndarray) -> np.ndarray:
        if len(coords) == 0:
            return coords
        x, y = _on_proj_thread(lambda: transformer().transform(coords[:, 0], coords[:, 1]))
        return np.column_stack([x, y])

    return np.asarray(shapely.transform(np.asarray(geometries, dtype=object), move), dtype=object)


def is_wgs84(crs: str) -> bool:
    """Whether a CRS is plain WGS 84 longitude/latitude (no transformation needed)."""

    def check() -> bool:
        from pyproj import CRS

        parsed = CRS.from_user_input(crs)
        return bool(parsed.equals(CRS.from_epsg(4326), ignore_axis_order=True))

    return _on_proj_thread(check)
