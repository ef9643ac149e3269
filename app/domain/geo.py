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
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

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
