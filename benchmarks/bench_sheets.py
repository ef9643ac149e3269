"""Map sheets: a 10,000 × 10,000-pixel GeoTIFF sheet in UTM tiled into a basemap.

The sheet is an RGB GeoTIFF (5 m pixels, UTM zone 34N — a 50 km square of the Central African
Republic, what a 1:50,000 sheet scanned at about 250 dpi gives) made by the benchmark.
``maps.sheets.tile_sheets`` warps it into Web Mercator and writes every zoom as PNG tiles into
MBTiles. Baseline in the same run: ``rasterio.warp.reproject`` of the whole sheet into one
Web Mercator array at the native zoom's resolution, the least any tiling must do (no tiles, no
lower zooms, no encoding). Target: the import within one minute on this machine class.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.enums import Resampling
from rasterio.warp import calculate_default_transform, reproject

from benchmarks.common import report, timed
from maps.sheets import tile_sheets

CRS = "EPSG:32634"
LEFT, TOP, PIXEL = 229_000.0, 490_000.0, 5.0


def _make_sheet(path: Path, side: int) -> None:
    rng = np.random.default_rng(7)
    profile = {
        "driver": "GTiff",
        "width": side,
        "height": side,
        "count": 3,
        "dtype": "uint8",
        "crs": CRS,
        "transform": Affine(PIXEL, 0, LEFT, 0, -PIXEL, TOP),
        "tiled": True,
        "compress": "deflate",
    }
    with rasterio.open(path, "w", **profile) as dst:
        for row in range(0, side, 1000):
            rows = min(1000, side - row)
            # A map-like picture: smooth gradients with noise, so PNG tiles are not trivial.
            y = np.linspace(row, row + rows, rows)[:, None]
            x = np.linspace(0, side, side)[None, :]
            base = (np.sin(x / 300) * np.cos(y / 200) * 60 + 180).astype(np.float32)
            noise = rng.integers(0, 12, size=(rows, side), dtype=np.uint8)
            for band in range(3):
                value = np.clip(base - band * 20 + noise, 0, 255).astype(np.uint8)
                dst.write(value, band + 1, window=((row, row + rows), (0, side)))


def _baseline(path: Path) -> None:
    with rasterio.open(path) as src:
        transform, width, height = calculate_default_transform(
            src.crs, "EPSG:3857", src.width, src.height, *src.bounds
        )
        out = np.zeros((3, height, width), dtype=np.uint8)
        reproject(
            rasterio.band(src, [1, 2, 3]),
            out,
            dst_transform=transform,
            dst_crs="EPSG:3857",
            resampling=Resampling.bilinear,
        )


def run(quick: bool = False) -> None:
    side = 3_000 if quick else 10_000
    with tempfile.TemporaryDirectory(prefix="bench-sheets-") as work:
        sheet = Path(work) / "sheet.tif"
        _make_sheet(sheet, side)
        baseline = timed(lambda: _baseline(sheet))
        result = {}

        def tile() -> None:
            result["r"] = tile_sheets([sheet], Path(work) / "out.mbtiles", name="Bench")

        seconds = timed(tile)
        tiled = result["r"]
        size_mb = (Path(work) / "out.mbtiles").stat().st_size / 1e6
        print(
            f"   {side:,} × {side:,} px sheet → {tiled.tiles:,} tiles, zoom "
            f"{tiled.min_zoom}-{tiled.max_zoom}, {size_mb:,.0f} MB"
        )
        report("sheet import (tile_sheets)", seconds, "s", "reproject whole sheet", baseline)
