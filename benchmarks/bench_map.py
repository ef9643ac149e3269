"""Map start-up at mission scale: window shown → every layer painted, and memory.

Data: the demo at 100k incidents, 500 units, 200 patrol areas, 20 ceasefire lines (generated
once and cached in .bench-cache/). Each start runs in a fresh process. Baseline, same run: a
naive folium GeoJSON layer of the same 100k incidents in Qt WebEngine.

Basemaps, same run: the same start on a vector basemap (a synthetic OpenStreetMap-like extract
over the mission area, zooms 6–12: roads, rivers, lakes and 2,000 towns, as vector MBTiles laid
out as PMTiles on import; bh-vector.js draws it) and on a raster MBTiles basemap covering the
same tiles, beside the start on the built-in Natural Earth map.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.demo import DemoOptions, generate_demo
from app.store import open_store
from benchmarks.common import report

CACHE = Path(__file__).resolve().parent.parent / ".bench-cache"


def mission(incidents: int) -> Path:
    path = CACHE / f"demo-{incidents}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        options = DemoOptions(incidents=incidents, units=500 if incidents >= 50_000 else None,
                              areas=200 if incidents >= 50_000 else None,
                              lines=20 if incidents >= 50_000 else None)  # fmt: skip
        with open_store(partial) as store:
            generate_demo(store, options)
        partial.rename(path)
    return path


def probe(mode: str, db: Path, basemap: str | None = None, data: Path | None = None) -> dict:
    env = dict(os.environ)
    if data is not None:
        env["BLUEHELMET_DATA_DIR"] = str(data)
    extra = [basemap] if basemap else []
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.map_probe", mode, str(db), *extra],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"probe {mode} failed: {out.stderr[-800:]}")
    return json.loads(lines[-1])


def _tiles_over(bounds: tuple[float, float, float, float], zooms: range):
    west, south, east, north = bounds
    for z in zooms:
        n = 1 << z

        def tile(lon: float, lat: float, n: int = n) -> tuple[int, int]:
            y = (1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n
            return int((lon + 180) / 360 * n), int(y)

        x0, y0 = tile(west, north)
        x1, y1 = tile(east, south)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                yield z, x, y


def vector_extract(bounds: tuple[float, float, float, float]) -> Path:
    """A synthetic extract over ``bounds`` (Protomaps schema) as vector MBTiles, cached."""
    import warnings

    import mapbox_vector_tile
    from shapely import STRtree
    from shapely.geometry import LineString, Point, Polygon, box

    from maps.mbtiles import write_mbtiles

    path = CACHE / f"vector2-{'-'.join(f'{v:.2f}' for v in bounds)}.mbtiles"
    if path.exists():
        return path
    rng = random.Random(19)
    west, south, east, north = bounds
    r = 6378137.0

    def merc(lon: float, lat: float) -> tuple[float, float]:
        return math.radians(lon) * r, math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * r

    features: list[tuple[str, object, dict]] = [
        ("earth", box(*merc(west - 1, south - 1), *merc(east + 1, north + 1)), {"kind": "earth"})
    ]
    for i in range(200):  # lakes
        lon, lat = rng.uniform(west, east), rng.uniform(south, north)
        size = rng.uniform(0.01, 0.08)
        ring = [merc(lon + size * math.cos(a / 8 * math.pi) * rng.uniform(0.6, 1.2),
                     lat + size * math.sin(a / 8 * math.pi) * rng.uniform(0.6, 1.2))
                for a in range(16)]  # fmt: skip
        features.append(("water", Polygon(ring), {"kind": "lake", "name": f"Lac {i}"}))
    for i in range(60):  # rivers and roads wander across the area
        for layer, props in (("water", {"kind": "river"}), ("roads", {"kind": "major_road"})):
            lon, lat, points = west, rng.uniform(south, north), []
            while lon < east:
                points.append(merc(lon, lat))
                lon += rng.uniform(0.003, 0.012)
                lat += rng.uniform(-0.006, 0.006)
            features.append((layer, LineString(points), {**props, "name": f"{layer} {i}"}))
    step = (east - west) / 240
    for k in range(241):  # a grid of minor roads and a few highways
        lon, lat = west + k * step, south + k * (north - south) / 240
        kind = "highway" if k % 60 == 0 else "minor_road"
        features.append(("roads", LineString([merc(lon, south), merc(lon, north)]), {"kind": kind}))
        features.append(("roads", LineString([merc(west, lat), merc(east, lat)]), {"kind": kind}))
    for i in range(2000):  # towns with their own name and a Latin one
        town = Point(merc(rng.uniform(west, east), rng.uniform(south, north)))
        from_zoom = 6 if i < 20 else 8 if i < 100 else 10 if i < 400 else 12
        props = {"kind": "locality", "name": f"بلدة {i}", "name:en": f"Town {i}",
                 "min_zoom": from_zoom}  # fmt: skip
        features.append(("places", town, props))
    tree = STRtree([geometry for _, geometry, _ in features])
    tiles = []
    for z, x, y in _tiles_over(bounds, range(6, 13)):
        size = 2 * math.pi * r / (1 << z)
        tile_west, tile_north = -math.pi * r + x * size, math.pi * r - y * size
        extent = (tile_west, tile_north - size, tile_west + size, tile_north)
        clip = box(extent[0] - size / 16, extent[1] - size / 16, extent[2] + size / 16,
                   extent[3] + size / 16)  # fmt: skip
        layers: dict[str, list[dict]] = {}
        for index in tree.query(clip):
            layer, geometry, props = features[index]
            if layer == "roads" and props["kind"] == "minor_road" and z < 10:
                continue
            part = geometry.intersection(clip)
            if not part.is_empty:
                layers.setdefault(layer, []).append({"geometry": part, "properties": props})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            data = mapbox_vector_tile.encode(
                [{"name": name, "features": items} for name, items in layers.items()],
                default_options={"quantize_bounds": extent, "extents": 4096},
            )
        tiles.append((z, x, y, gzip.compress(data)))
    layer_list = [{"id": name} for name in ("earth", "water", "roads", "places")]
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    write_mbtiles(partial, tiles, {
        "name": "Synthetic extract", "format": "pbf", "minzoom": 6, "maxzoom": 12,
        "bounds": f"{west},{south},{east},{north}",
        "json": json.dumps({"vector_layers": layer_list}),
    })  # fmt: skip
    partial.rename(path)
    return path


def raster_extract(bounds: tuple[float, float, float, float]) -> Path:
    """A raster MBTiles over the same tiles (one 256-pixel PNG photo-like tile each), cached."""
    import io

    from PIL import Image

    from maps.mbtiles import write_mbtiles

    path = CACHE / f"raster-{'-'.join(f'{v:.2f}' for v in bounds)}.mbtiles"
    if path.exists():
        return path
    noise = Image.effect_noise((256, 256), 40).convert("RGB")
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    tile = buffer.getvalue()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    tiles = [(z, x, y, tile) for z, x, y in _tiles_over(bounds, range(6, 13))]
    write_mbtiles(partial, tiles, {"name": "Raster extract", "format": "png"})
    partial.rename(path)
    return path


def basemap_library(db: Path) -> Path:
    """A data folder holding the vector and raster basemaps over the mission's area."""
    from app.picture import mission_bounds

    with open_store(db) as store:
        (south, west), (north, east) = mission_bounds(store)
    bounds = (west, south, east, north)
    vector, raster = vector_extract(bounds), raster_extract(bounds)
    folder = Path(tempfile.mkdtemp(prefix="bench-map-"))
    previous = os.environ.get("BLUEHELMET_DATA_DIR")
    os.environ["BLUEHELMET_DATA_DIR"] = str(folder)
    try:
        from app import basemaps

        started = time.perf_counter()
        imported = basemaps.import_mbtiles(vector, id="vector-extract")
        seconds = time.perf_counter() - started
        basemaps.import_mbtiles(raster, id="raster-extract")
    finally:
        if previous is None:
            os.environ.pop("BLUEHELMET_DATA_DIR")
        else:
            os.environ["BLUEHELMET_DATA_DIR"] = previous
    print(f"   vector extract: {vector.stat().st_size / 1e6:.1f} MB vector MBTiles → "
          f"{imported.path.stat().st_size / 1e6:.1f} MB PMTiles in {seconds:.2f} s; "
          f"raster: {raster.stat().st_size / 1e6:.1f} MB")  # fmt: skip
    return folder


def run(quick: bool = False) -> None:
    incidents = 10_000 if quick else 100_000
    runs = 3 if quick else 5
    db = mission(incidents)
    with open_store(db) as store:
        print(f"   mission: {json.dumps(store.stats())}")
    app = [probe("app", db) for _ in range(runs)]
    naive = [probe("naive", db) for _ in range(max(2, runs // 2))]
    app_s = statistics.median(r["seconds"] for r in app)
    naive_s = statistics.median(r["seconds"] for r in naive)
    print("   app starts (s): " + ", ".join(f"{r['seconds']:.2f}" for r in app))
    print("   naive starts (s): " + ", ".join(f"{r['seconds']:.2f}" for r in naive))
    report("window shown → map painted (median, s)", app_s, "s", "naive folium GeoJSON", naive_s)
    page = statistics.median(r["info"].get("paintMs", 0) for r in app)
    print(f"   of which the page's own init → painted (median): {page:.0f} ms")
    report("memory, app + web processes (MB)", statistics.median(r["rss_mb"] for r in app),
           "MB", "naive page", statistics.median(r["rss_mb"] for r in naive))  # fmt: skip

    library = basemap_library(db)
    # Baseline in the same data folder (the user's own folder may hold a place index, which
    # adds town labels to the start).
    plain = [probe("app", db, None, library) for _ in range(runs)]
    plain_s = statistics.median(r["seconds"] for r in plain)
    vector = [probe("app", db, "vector:vector-extract", library) for _ in range(runs)]
    raster = [probe("app", db, "mbtiles:raster-extract", library) for _ in range(runs)]
    vector_s = statistics.median(r["seconds"] for r in vector)
    drawn_s = statistics.median(r.get("vector_seconds", float("nan")) for r in vector)
    print("   vector starts (s): " + ", ".join(
        f"{r['seconds']:.2f} (tiles drawn {r.get('vector_seconds', float('nan')):.2f})"
        for r in vector))  # fmt: skip
    print("   raster starts (s): " + ", ".join(f"{r['seconds']:.2f}" for r in raster))
    print("   Natural Earth starts, same folder (s): " + ", ".join(
        f"{r['seconds']:.2f}" for r in plain))  # fmt: skip
    report("start on a vector basemap (median, s)", vector_s, "s", "Natural Earth", plain_s)
    raster_s = statistics.median(r["seconds"] for r in raster)
    report("start on a raster basemap (median, s)", raster_s, "s", "Natural Earth", plain_s)
    report("… until the vector tiles are drawn (s)", drawn_s, "s", "Natural Earth", plain_s)
    plain_mb = statistics.median(r["rss_ready_mb"] for r in plain)
    report(
        "memory on a vector basemap, map painted (MB)",
        statistics.median(r["rss_ready_mb"] for r in vector),
        "MB",
        "Natural Earth",
        plain_mb,
    )
    report("… once its tiles are drawn (MB)", statistics.median(r["rss_mb"] for r in vector),
           "MB", "Natural Earth", plain_mb)  # fmt: skip
    shutil.rmtree(library, ignore_errors=True)
