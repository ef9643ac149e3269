"""A small vector tile set made here: roads, a lake, a river and a town around Abyei, zooms 8–14.

Protomaps basemap schema (``earth``, ``water``, ``roads``, ``places``) or OpenMapTiles
(``water``, ``transportation``, ``place``), encoded with mapbox-vector-tile and written as
PMTiles with the pmtiles package's writer, or as vector MBTiles. The geometry is laid out so
that tests know what lies where: land north of ``LAKE_NORTH``, water south of it, a major road
along ``ROAD_LAT`` and a highway along ``HIGHWAY_LON``, the town at ``TOWN``.
"""

from __future__ import annotations

import gzip
import json
import math
import sqlite3
import warnings
from pathlib import Path

import mapbox_vector_tile
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer
from shapely.geometry import LineString, Point, box
from shapely.geometry.base import BaseGeometry

WEST, SOUTH, EAST, NORTH = 28.36, 9.54, 28.50, 9.66
LAKE_NORTH = 9.58  #: water south of this latitude
ROAD_LAT = 9.62  #: a major road along this latitude
HIGHWAY_LON = 28.40  #: a highway along this longitude
TOWN = (28.45, 9.60)  #: (lon, lat) of the town
TOWN_NAME = "أبيي"  #: its own name (Arabic script)
TOWN_LATIN = "Abyei"  #: its name:en
ZOOMS = range(8, 15)
_R = 6378137.0


def _merc(lon: float, lat: float) -> tuple[float, float]:
    return (
        math.radians(lon) * _R,
        math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * _R,
    )


def _tile_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    size = 2 * math.pi * _R / (1 << z)
    west = -math.pi * _R + x * size
    north = math.pi * _R - y * size
    return west, north - size, west + size, north


def _tile_of(lon: float, lat: float, z: int) -> tuple[int, int]:
    n = 1 << z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


def _features(schema: str) -> dict[str, list[tuple[BaseGeometry, dict]]]:
    sw, ne = _merc(WEST - 0.3, SOUTH - 0.3), _merc(EAST + 0.3, NORTH + 0.3)
    lake = box(sw[0], sw[1], ne[0], _merc(0, LAKE_NORTH)[1])
    land = box(sw[0], sw[1], ne[0], ne[1])
    road = LineString([_merc(WEST - 0.3, ROAD_LAT), _merc(EAST + 0.3, ROAD_LAT)])
    highway = LineString([_merc(HIGHWAY_LON, LAKE_NORTH), _merc(HIGHWAY_LON, NORTH + 0.3)])
    town = Point(_merc(*TOWN))
    if schema == "openmaptiles":
        return {
            "water": [(lake, {"class": "lake"})],
            "transportation": [
                (road, {"class": "primary"}),
                (highway, {"class": "motorway"}),
            ],
            "place": [
                (town, {"class": "town", "name": TOWN_NAME, "name:latin": TOWN_LATIN}),
            ],
        }
    return {
        "earth": [(land, {"kind": "earth"})],
        "water": [(lake, {"kind": "lake"})],
        "roads": [
            (road, {"kind": "major_road", "name": "Abyei–Agok road"}),
            (highway, {"kind": "highway", "ref": "A1"}),
        ],
        "places": [
            (
                town,
                {
                    "kind": "locality",
                    "name": TOWN_NAME,
                    "name:en": TOWN_LATIN,
                    "population_rank": 10,
                    "min_zoom": 5,
                },
            ),
        ],
    }


def _encode(features: dict[str, list[tuple[BaseGeometry, dict]]], z: int, x: int, y: int) -> bytes:
    bounds = _tile_bounds(z, x, y)
    margin = (bounds[2] - bounds[0]) / 16
    clip = box(bounds[0] - margin, bounds[1] - margin, bounds[2] + margin, bounds[3] + margin)
    layers = []
    for name, items in features.items():
        kept = []
        for geometry, props in items:
            part = geometry.intersection(clip)
            if not part.is_empty:
                kept.append({"geometry": part, "properties": props})
        if kept:
            layers.append({"name": name, "features": kept})
    with warnings.catch_warnings():  # mapbox-vector-tile 2.2 calls shapely.ops.transform
        warnings.simplefilter("ignore", DeprecationWarning)
        data = mapbox_vector_tile.encode(
            layers, default_options={"quantize_bounds": bounds, "extents": 4096}
        )
    return gzip.compress(data, mtime=0)


def _tiles(schema: str) -> list[tuple[int, int, int, bytes]]:
    features = _features(schema)
    tiles = []
    for z in ZOOMS:
        x0, y0 = _tile_of(WEST, NORTH, z)
        x1, y1 = _tile_of(EAST, SOUTH, z)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                tiles.append((z, x, y, _encode(features, z, x, y)))
    return tiles


def _layers_meta(schema: str) -> list[dict]:
    return [{"id": name, "fields": {}} for name in _features(schema)]


def write_pmtiles(path: Path, *, schema: str = "protomaps", name: str = "Abyei extract") -> Path:
    """The sample as a PMTiles v3 archive of gzip-compressed Mapbox Vector Tiles."""
    tiles = sorted((zxy_to_tileid(z, x, y), data) for z, x, y, data in _tiles(schema))
    with open(path, "wb") as handle:
        writer = Writer(handle)
        for tile_id, data in tiles:
            writer.write_tile(tile_id, data)
        writer.finalize(
            {
                "tile_type": TileType.MVT,
                "tile_compression": Compression.GZIP,
                "min_lon_e7": int(WEST * 1e7),
                "min_lat_e7": int(SOUTH * 1e7),
                "max_lon_e7": int(EAST * 1e7),
                "max_lat_e7": int(NORTH * 1e7),
                "center_zoom": 11,
                "center_lon_e7": int(TOWN[0] * 1e7),
                "center_lat_e7": int(TOWN[1] * 1e7),
            },
            {
                "name": name,
                "attribution": "Test data made in the test",
                "vector_layers": _layers_meta(schema),
            },
        )
    return path


def write_vector_mbtiles(path: Path, *, schema: str = "openmaptiles") -> Path:
    """The sample as MBTiles with ``format`` ``pbf`` (TMS rows, gzip-compressed tiles)."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            "CREATE TABLE metadata (name TEXT, value TEXT);"
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " tile_data BLOB);"
        )
        meta = {
            "name": "Abyei vector MBTiles",
            "format": "pbf",
            "bounds": f"{WEST},{SOUTH},{EAST},{NORTH}",
            "minzoom": str(min(ZOOMS)),
            "maxzoom": str(max(ZOOMS)),
            "json": json.dumps({"vector_layers": _layers_meta(schema)}),
        }
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
        conn.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, (1 << z) - 1 - y, data) for z, x, y, data in _tiles(schema)],
        )
        conn.commit()
    finally:
        conn.close()
    return path
