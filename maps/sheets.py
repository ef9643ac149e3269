"""Map sheets and imagery as basemaps: a GeoTIFF (or GeoPDF) cut into Web Mercator tiles.

A mission's GIS cell hands out topographic map sheets (GeoTIFF, GeoPDF) and georeferenced
imagery (satellite or drone orthophotos). The map page shows XYZ tiles, so a sheet is warped
into Web Mercator (EPSG:3857) and cut into 256-pixel PNG tiles, written into one MBTiles file:

- any coordinate reference system the file declares; 8-bit grey, RGB(A) and paletted images,
  and 16-bit imagery stretched to 8 bits; the file's nodata and alpha become transparency;
- the collar (the white margin with legend and grid labels around a printed sheet) is cut away
  where the file carries a neatline (GDAL reports a GeoPDF's as ``NEATLINE``) or the caller gives
  one, so that neighbouring sheets of a series meet without their margins covering each other;
- several sheets go into one tile set (a mosaic): where they overlap, a later sheet is drawn
  over an earlier one, transparent parts letting the earlier one show through;
- the native zoom is the one whose pixel is closest to the sheet's own; lower zooms are built by
  halving the level above, down to the zoom where the whole set fits in a couple of tiles.

GeoPDF: the GDAL inside rasterio's wheels cannot read PDF, so a PDF goes through GDAL's own
``gdal_translate`` (Debian's ``gdal-bin``, built with poppler) into a temporary GeoTIFF first.

Work is reported through ``progress(done, total)`` and stopped through ``is_cancelled()``; a
cancelled or failed run leaves no output file. This module must not import Qt or anything from
``app`` except ``app.errors``.
"""

from __future__ import annotations

import io
import math
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np

from app.errors import AppError
from app.i18n import translate

#: Half the width of the Web Mercator plane in metres (EPSG:3857's x at longitude 180).
ORIGIN_SHIFT = 20037508.342789244
TILE = 256
#: The highest zoom a sheet is tiled at: 0.3 m pixels, finer than any drone orthophoto we tile.
MAX_NATIVE_ZOOM = 19
#: Lower zooms stop when the whole set fits in this many tiles across, or this many levels down.
FIT_TILES = 2
MAX_PYRAMID_LEVELS = 8
#: Large enough for a 1:50,000 sheet scanned at 600 dpi; bigger files are refused up front.
MAX_PIXELS = 40_000 * 40_000
MERCATOR_LAT = 85.05112877980659

Progress = Callable[[int, int], None]


class SheetError(AppError):
    """A map sheet or image that cannot be made into a basemap; the message says why."""


class SheetCancelled(SheetError):
    """The user stopped the import; nothing was written."""

    exit_code = 130


@dataclass(frozen=True)
class TiledSheets:
    """What ``tile_sheets`` wrote."""

    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float]  #: west, south, east, north in degrees
    tiles: int
    sheets: tuple[str, ...]  #: file names, in drawing order
    acquired: str | None  #: ISO date the imagery was taken, when known


def tile_size_m(zoom: int) -> float:
    return 2 * ORIGIN_SHIFT / (1 << zoom)


def native_zoom(pixel_m: float) -> int:
    """The zoom whose tile pixel is closest (in log scale) to a pixel of ``pixel_m`` metres."""
    if not pixel_m > 0:
        raise SheetError(translate("Basemaps", "the image's pixel size is not a positive number"))
    zoom = round(math.log2(tile_size_m(0) / TILE / pixel_m))
    return max(0, min(MAX_NATIVE_ZOOM, zoom))


def tile_range(bounds_m: tuple[float, float, float, float], zoom: int) -> tuple[int, int, int, int]:
    """Tiles (x_min, y_min, x_max, y_max, inclusive) covering a box in EPSG:3857 metres."""
    left, bottom, right, top = bounds_m
    size = tile_size_m(zoom)
    last = (1 << zoom) - 1
    x_min = max(0, math.floor((left + ORIGIN_SHIFT) / size))
    x_max = min(last, math.ceil((right + ORIGIN_SHIFT) / size) - 1)
    y_min = max(0, math.floor((ORIGIN_SHIFT - top) / size))
    y_max = min(last, math.ceil((ORIGIN_SHIFT - bottom) / size) - 1)
    return x_min, y_min, max(x_min, x_max), max(y_min, y_max)


def tile_lonlat_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """West, south, east, north in degrees of XYZ tile z/x/y."""
    n = 1 << z

    def lat(row: int) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

    return x / n * 360 - 180, lat(y + 1), (x + 1) / n * 360 - 180, lat(y)


# -- reading one sheet ---------------------------------------------------------------------


def _require_rasterio():  # type: ignore[no-untyped-def]
    try:
        import rasterio
    except ImportError:  # pragma: no cover - rasterio is a dependency
        raise SheetError(
            translate("Basemaps", "map sheets need the rasterio package, which is not installed")
        ) from None
    return rasterio


def is_pdf(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(5) == b"%PDF-"


def geopdf_to_geotiff(path: Path, folder: Path, dpi: int = 200) -> Path:
    """A GeoPDF rendered into a GeoTIFF by GDAL's ``gdal_translate`` (poppler inside)."""
    tool = shutil.which("gdal_translate")
    if tool is None:
        raise SheetError(
            translate(
                "Basemaps",
                "{file}: a GeoPDF needs GDAL's command-line tools (the Debian package "
                "gdal-bin), which are not installed here; install them, or export the sheet as "
                "GeoTIFF and import that",
            ).format(file=path.name)
        )
    out = folder / (path.stem + ".tif")
    command = [tool, "-q", "-of", "GTiff", "-co", "TILED=YES", "--config", "GDAL_PDF_DPI"]
    command += [str(dpi), str(path), str(out)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        raise SheetError(
            translate("Basemaps", "{file}: reading the PDF took longer than 10 minutes").format(
                file=path.name
            )
        ) from None
    if result.returncode != 0 or not out.exists():
        first = (result.stderr or "").strip().splitlines()
        why = (
            first[0].removeprefix("ERROR 1: ")
            if first
            else translate("Basemaps", "GDAL could not read it")
        )
        raise SheetError(
            translate("Basemaps", "{file}: not a georeferenced PDF ({reason})").format(
                file=path.name, reason=why
            )
        )
    return out


def _acquired_from_tags(tags: dict[str, str]) -> str | None:
    """The ISO date of ``TIFFTAG_DATETIME`` ("YYYY:MM:DD HH:MM:SS"), when present and sane."""
    text = tags.get("TIFFTAG_DATETIME", "")
    match = re.match(r"^(\d{4})[:-](\d{2})[:-](\d{2})", text.strip())
    if not match:
        return None
    try:
        year, month, day = (int(g) for g in match.groups())
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def _neatline_mask_geometry(neatline_wkt: str, crs, where: str):  # type: ignore[no-untyped-def]
    """A neatline polygon given in the file's CRS, as a polygon in EPSG:3857."""
    from shapely import wkt
    from shapely.errors import ShapelyError

    try:
        shape = wkt.loads(neatline_wkt)
    except (ShapelyError, ValueError):
        raise SheetError(
            translate("Basemaps", "{file}: its neatline is not a readable polygon").format(
                file=where
            )
        ) from None
    return _to_mercator(shape, crs)


def _to_mercator(shape, crs="EPSG:4326"):  # type: ignore[no-untyped-def]
    """``shape`` (in ``crs``, longitude/latitude by default) in EPSG:3857 metres."""
    import shapely
    from pyproj import Transformer

    to_mercator = Transformer.from_crs(crs, "EPSG:3857", always_xy=True)
    return shapely.transform(shape, lambda x, y: to_mercator.transform(x, y), interleaved=False)


class _Sheet:
    """One opened source: its colours as RGBA, its footprint and pixel size in Web Mercator."""

    def __init__(self, dataset, name: str, neatline_m) -> None:  # type: ignore[no-untyped-def]
        from rasterio.warp import calculate_default_transform, transform_bounds

        self.dataset = dataset
        self.name = name
        if dataset.crs is None or dataset.transform.is_identity:
            raise SheetError(
                translate(
                    "Basemaps",
                    "{file}: the image is not georeferenced (no coordinate reference system); "
                    "georeference it in QGIS or GDAL first",
                ).format(file=name)
            )
        if dataset.width * dataset.height > MAX_PIXELS:
            raise SheetError(
                translate(
                    "Basemaps",
                    "{file}: {width:,} × {height:,} pixels is more than this import "
                    "takes; cut the sheet into parts first",
                ).format(file=name, width=dataset.width, height=dataset.height)
            )
        try:
            west, south, east, north = transform_bounds(
                dataset.crs, "EPSG:4326", *dataset.bounds, densify_pts=21
            )
        except Exception as exc:  # rasterio's CRS errors have no common base worth naming
            raise SheetError(
                translate(
                    "Basemaps", "{file}: its coordinate system cannot be converted ({reason})"
                ).format(file=name, reason=exc)
            ) from None
        south, north = max(south, -MERCATOR_LAT), min(north, MERCATOR_LAT)
        if not (west < east and south < north):
            raise SheetError(
                translate(
                    "Basemaps", "{file}: the image lies outside what a web map can show"
                ).format(file=name)
            )
        self.bounds_lonlat = (west, south, east, north)
        self.bounds_m = transform_bounds("EPSG:4326", "EPSG:3857", west, south, east, north)
        transform, _, _ = calculate_default_transform(
            dataset.crs, "EPSG:3857", dataset.width, dataset.height, *dataset.bounds
        )
        self.pixel_m = abs(transform.a)
        self.neatline_m = neatline_m
        if neatline_m is None and dataset.tags().get("NEATLINE"):
            self.neatline_m = _neatline_mask_geometry(dataset.tags()["NEATLINE"], dataset.crs, name)
        self._plan_colours()

    def _plan_colours(self) -> None:
        from rasterio.enums import ColorInterp

        ds = self.dataset
        interp = list(ds.colorinterp)
        self.alpha_band = interp.index(ColorInterp.alpha) + 1 if ColorInterp.alpha in interp else 0
        colour_bands = [i + 1 for i in range(ds.count) if i + 1 != self.alpha_band]
        if not colour_bands:
            raise SheetError(
                translate("Basemaps", "{file}: the image has no colour bands").format(
                    file=self.name
                )
            )
        self.palette: np.ndarray | None = None
        if len(colour_bands) < 3:
            colour_bands = colour_bands[:1]
            try:
                colormap = ds.colormap(colour_bands[0])
            except ValueError:
                colormap = None
            if colormap:
                lut = np.zeros((256, 4), dtype=np.uint8)
                for index, rgba in colormap.items():
                    if 0 <= index < 256:
                        lut[index] = rgba
                self.palette = lut
        else:
            colour_bands = colour_bands[:3]
        self.bands = colour_bands
        self.stretch: tuple[float, float] | None = None
        if ds.dtypes[colour_bands[0] - 1] != "uint8" and self.palette is None:
            self.stretch = self._stretch()

    def _stretch(self) -> tuple[float, float]:
        """2nd and 98th percentiles of a reduced read: 16-bit imagery shown in 8 bits."""
        ds = self.dataset
        scale = max(1, max(ds.width, ds.height) // 1024)
        sample = ds.read(
            self.bands, out_shape=(len(self.bands), ds.height // scale or 1, ds.width // scale or 1)
        ).astype("float64")
        if ds.nodata is not None:
            sample = sample[sample != ds.nodata]
        low, high = np.percentile(sample, (2, 98)) if sample.size else (0.0, 1.0)
        return float(low), float(max(high, low + 1))

    def rgba(self, data: np.ndarray, alpha: np.ndarray) -> np.ndarray:
        """Rows × columns × 4 bytes from warped band data and the warped validity mask."""
        if self.palette is not None:
            out = self.palette[data[0].astype(np.uint8)]
            out[..., 3] = np.minimum(out[..., 3], alpha)
            return out
        if self.stretch is not None:
            low, high = self.stretch
            data = np.clip((data.astype("float32") - low) * (255.0 / (high - low)), 0, 255)
        colours = data.astype(np.uint8)
        if colours.shape[0] == 1:
            colours = np.repeat(colours, 3, axis=0)
        return np.dstack([colours[0], colours[1], colours[2], alpha])


# -- tiling --------------------------------------------------------------------------------


def _warp_rows(
    sheet: _Sheet, zoom: int, check: Callable[[], None]
) -> Iterator[tuple[int, int, np.ndarray]]:
    """Tiles (x, y, rgba) of one sheet at ``zoom``, read one row of tiles at a time."""
    from affine import Affine
    from rasterio.enums import Resampling
    from rasterio.features import geometry_mask
    from rasterio.vrt import WarpedVRT
    from rasterio.windows import Window

    x_min, y_min, x_max, y_max = tile_range(sheet.bounds_m, zoom)
    size = tile_size_m(zoom)
    res = size / TILE
    left, top = -ORIGIN_SHIFT + x_min * size, ORIGIN_SHIFT - y_min * size
    columns, rows = (x_max - x_min + 1) * TILE, (y_max - y_min + 1) * TILE
    transform = Affine(res, 0.0, left, 0.0, -res, top)
    options = {
        "crs": "EPSG:3857",
        "transform": transform,
        "width": columns,
        "height": rows,
        "resampling": Resampling.nearest if sheet.palette is not None else Resampling.bilinear,
    }
    if not sheet.alpha_band:
        options["add_alpha"] = True
    options["NUM_THREADS"] = "ALL_CPUS"  # GDAL's warper splits each read over the cores
    with WarpedVRT(sheet.dataset, **options) as vrt:
        alpha_index = sheet.alpha_band or vrt.count
        for row in range(y_max - y_min + 1):
            check()
            window = Window(0, row * TILE, columns, TILE)
            # One read for colours and validity: each read of a warped VRT warps again.
            both = vrt.read([*sheet.bands, alpha_index], window=window)
            data = both[:-1]
            alpha = np.where(both[-1] > 0, 255, 0).astype(np.uint8)
            if sheet.neatline_m is not None:
                inside = geometry_mask(
                    [sheet.neatline_m],
                    out_shape=(TILE, columns),
                    transform=transform @ Affine.translation(0, row * TILE),
                    invert=True,
                )
                alpha[~inside] = 0
            if not alpha.any():
                continue
            strip = sheet.rgba(data, alpha)
            for column in range(x_max - x_min + 1):
                tile = strip[:, column * TILE : (column + 1) * TILE]
                if tile[..., 3].any():
                    yield x_min + column, y_min + row, np.ascontiguousarray(tile)


def _over(top: np.ndarray, bottom: np.ndarray) -> np.ndarray:
    """``top`` drawn over ``bottom`` (both RGBA with binary-ish alpha)."""
    a = top[..., 3:4].astype("float32") / 255.0
    out = top.astype("float32") * a + bottom.astype("float32") * (1 - a)
    out[..., 3] = np.maximum(top[..., 3], bottom[..., 3])
    return out.astype(np.uint8)


def _halve(children: dict[tuple[int, int], np.ndarray], x: int, y: int) -> np.ndarray | None:
    """The parent tile (x, y) one zoom lower, from its up to four children (alpha-weighted)."""
    canvas = np.zeros((2 * TILE, 2 * TILE, 4), dtype=np.uint8)
    found = False
    for dx in (0, 1):
        for dy in (0, 1):
            child = children.get((2 * x + dx, 2 * y + dy))
            if child is not None:
                canvas[dy * TILE : (dy + 1) * TILE, dx * TILE : (dx + 1) * TILE] = child
                found = True
    if not found:
        return None
    if canvas[..., 3].min() == 255:  # the usual case inside a sheet: a plain 2 × 2 mean
        wide = canvas.astype(np.uint16)
        total = wide[0::2, 0::2] + wide[1::2, 0::2] + wide[0::2, 1::2] + wide[1::2, 1::2]
        return ((total + 2) >> 2).astype(np.uint8)
    blocks = canvas.reshape(TILE, 2, TILE, 2, 4).astype("float32")
    alpha = blocks[..., 3]
    weight = alpha.sum(axis=(1, 3))
    rgb = (blocks[..., :3] * alpha[..., None]).sum(axis=(1, 3))
    with np.errstate(invalid="ignore", divide="ignore"):
        rgb = np.where(weight[..., None] > 0, rgb / weight[..., None], 0)
    parent = np.dstack([rgb, alpha.mean(axis=(1, 3))])
    return np.clip(parent + 0.5, 0, 255).astype(np.uint8)


def encode_png(tile: np.ndarray) -> bytes:
    """A fast PNG: RGB when the tile is opaque, RGBA otherwise."""
    from PIL import Image

    buffer = io.BytesIO()
    if tile[..., 3].min() == 255:
        Image.fromarray(tile[..., :3], "RGB").save(buffer, "PNG", compress_level=1)
    else:
        Image.fromarray(tile, "RGBA").save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def tile_sheets(
    paths: Sequence[Path],
    out: Path,
    *,
    name: str,
    neatline=None,  # type: ignore[no-untyped-def]
    acquired: str | None = None,
    overlay: bool = False,
    attribution: str = "",
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> TiledSheets:
    """Warp and tile ``paths`` (drawn in that order) into a new MBTiles file at ``out``.

    ``neatline`` is an optional shapely polygon in longitude/latitude: only what lies inside it
    is kept (for every sheet; a sheet's own neatline applies when none is given). ``overlay``
    marks the set as imagery to lay over another basemap. ``out`` must not exist; nothing is
    left there if the run fails or is cancelled.
    """
    from maps.mbtiles import write_mbtiles

    rasterio = _require_rasterio()
    if not paths:
        raise SheetError(translate("Basemaps", "no map sheet given"))
    out = Path(out)
    if out.exists():
        raise SheetError(translate("Basemaps", "{file} exists already").format(file=out.name))

    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise SheetCancelled(translate("Basemaps", "cancelled; no basemap was made"))

    neatline_m = _to_mercator(neatline) if neatline is not None else None
    with tempfile.TemporaryDirectory(prefix="bluehelmet-sheets-") as work, _Opened() as opened:
        sheets: list[_Sheet] = []
        dates: list[str] = []
        for path in paths:
            path = Path(path)
            if not path.is_file():
                raise SheetError(
                    translate("Basemaps", "{file}: no such file").format(file=path.name)
                )
            source = geopdf_to_geotiff(path, Path(work)) if is_pdf(path) else path
            try:
                dataset = opened.open(rasterio, source)
            except rasterio.errors.RasterioIOError:
                raise SheetError(
                    translate(
                        "Basemaps",
                        "{file}: not an image GDAL can read (GeoTIFF or GeoPDF expected)",
                    ).format(file=path.name)
                ) from None
            sheets.append(_Sheet(dataset, path.name, neatline_m))
            found = _acquired_from_tags(dataset.tags())
            if found:
                dates.append(found)
        zoom = native_zoom(min(sheet.pixel_m for sheet in sheets))
        levels = _pyramid_levels(sheets, zoom)
        total = sum(_count_tiles(sheets, z) for z in range(zoom - levels, zoom + 1))
        done = 0

        def report(step: int = 1) -> None:
            nonlocal done
            done += step
            if progress is not None:
                progress(done, total)

        level: dict[tuple[int, int], np.ndarray] = {}
        for sheet in sheets:
            for x, y, tile in _warp_rows(sheet, zoom, check):
                below = level.get((x, y))
                level[(x, y)] = tile if below is None else _over(tile, below)
                report()
        written = 0
        encoded: list[tuple[int, int, int, bytes]] = []
        with ThreadPoolExecutor(max_workers=2) as pool:
            for z in range(zoom, zoom - levels - 1, -1):
                check()
                keys = sorted(level)
                pngs = pool.map(encode_png, (level[k] for k in keys))
                for (x, y), data in zip(keys, pngs, strict=True):
                    encoded.append((z, x, y, data))
                written += len(keys)
                if z > zoom - levels:
                    parents = {(x // 2, y // 2) for x, y in keys}
                    halved = ((p, _halve(level, *p)) for p in sorted(parents))
                    level = {p: t for p, t in halved if t is not None}
                    report(len(level))
        check()
        west = min(s.bounds_lonlat[0] for s in sheets)
        south = min(s.bounds_lonlat[1] for s in sheets)
        east = max(s.bounds_lonlat[2] for s in sheets)
        north = max(s.bounds_lonlat[3] for s in sheets)
        when = acquired or (max(dates) if dates else None)
        metadata = {
            "name": name,
            "format": "png",
            "type": "overlay" if overlay else "baselayer",
            "version": "1.0",
            "description": "Tiled from " + ", ".join(s.name for s in sheets),
            "attribution": attribution,
            "minzoom": zoom - levels,
            "maxzoom": zoom,
            "bounds": f"{west:.7f},{south:.7f},{east:.7f},{north:.7f}",
            "center": f"{(west + east) / 2:.7f},{(south + north) / 2:.7f},{zoom - 2}",
        }
        if when:
            metadata["acquired"] = when
        try:
            write_mbtiles(out, encoded, metadata)
        except BaseException:
            out.unlink(missing_ok=True)
            raise
    return TiledSheets(
        min_zoom=zoom - levels,
        max_zoom=zoom,
        bounds=(west, south, east, north),
        tiles=written,
        sheets=tuple(s.name for s in sheets),
        acquired=when,
    )


def _count_tiles(sheets: list[_Sheet], zoom: int) -> int:
    """An estimate of the tiles at ``zoom`` (for progress): the union of the sheets' ranges."""
    ranges = [tile_range(s.bounds_m, zoom) for s in sheets]
    x0, y0 = min(r[0] for r in ranges), min(r[1] for r in ranges)
    x1, y1 = max(r[2] for r in ranges), max(r[3] for r in ranges)
    return (x1 - x0 + 1) * (y1 - y0 + 1)


def _pyramid_levels(sheets: list[_Sheet], zoom: int) -> int:
    """How many zooms below the native one: until the set fits in ``FIT_TILES`` across."""
    levels = 0
    while levels < min(MAX_PYRAMID_LEVELS, zoom):
        x0, y0, x1, y1 = (
            min(tile_range(s.bounds_m, zoom - levels)[i] for s in sheets)
            if i < 2
            else max(tile_range(s.bounds_m, zoom - levels)[i] for s in sheets)
            for i in range(4)
        )
        if max(x1 - x0, y1 - y0) + 1 <= FIT_TILES:
            break
        levels += 1
    return levels


class _Opened:
    """Closes every dataset opened during one run."""

    def __init__(self) -> None:
        self._datasets: list[object] = []

    def open(self, rasterio, path: Path):  # type: ignore[no-untyped-def]
        dataset = rasterio.open(path)
        self._datasets.append(dataset)
        return dataset

    def __enter__(self) -> _Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        for dataset in self._datasets:
            dataset.close()  # type: ignore[attr-defined]
