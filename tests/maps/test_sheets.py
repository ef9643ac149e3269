"""Map sheets (GeoTIFF) tiled into MBTiles: alignment, colours, collars, mosaics, refusals.

Every sheet here is made by the test with rasterio in a projected CRS, as a GIS cell's sheets
are; the alignment test puts a red control mark at a known UTM coordinate and finds it again in
the tiles at the native zoom.
"""

from __future__ import annotations

import io
import json
import math
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
from affine import Affine  # noqa: E402
from PIL import Image  # noqa: E402
from pyproj import Transformer  # noqa: E402
from shapely.geometry import Polygon  # noqa: E402

from maps.mbtiles import MBTiles  # noqa: E402
from maps.sheets import (  # noqa: E402
    SheetCancelled,
    SheetError,
    native_zoom,
    tile_sheets,
    tile_size_m,
)

UTM_34N = "EPSG:32634"  # the Central African Republic around Bangui
#: Upper-left corner of the test sheets, in UTM 34N metres (about 4.4 N, 18.5 E).
LEFT, TOP = 229_000.0, 490_000.0


def _write(
    path: Path,
    bands: np.ndarray,
    *,
    pixel: float = 5.0,
    left: float = LEFT,
    top: float = TOP,
    crs: str | None = UTM_34N,
    colormap: dict[int, tuple[int, int, int, int]] | None = None,
    tags: dict[str, str] | None = None,
) -> Path:
    count, height, width = bands.shape
    profile = {
        "driver": "GTiff",
        "width": width,
        "height": height,
        "count": count,
        "dtype": bands.dtype.name,
        "transform": Affine(pixel, 0, left, 0, -pixel, top),
    }
    if crs is not None:
        profile["crs"] = crs
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(bands)
        if colormap:
            dst.write_colormap(1, colormap)
        if tags:
            dst.update_tags(**tags)
    return path


def _rgb_sheet(height: int = 1200, width: int = 1600) -> np.ndarray:
    bands = np.full((3, height, width), 235, dtype=np.uint8)  # a pale map background
    bands[1, :, :] = 225
    return bands


def _tile_image(tiles: MBTiles, z: int, x: int, y: int) -> np.ndarray:
    data = tiles.tile(z, x, y)
    assert data is not None, f"no tile {z}/{x}/{y}"
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGBA"))


def _tile_pixel_of(lon: float, lat: float, zoom: int) -> tuple[int, int, float, float]:
    """Tile x, y and the fractional pixel column, row of a point at ``zoom``."""
    n = 1 << zoom
    fx = (lon + 180) / 360 * n
    lat_r = math.radians(lat)
    fy = (1 - math.asinh(math.tan(lat_r)) / math.pi) / 2 * n
    return int(fx), int(fy), (fx - int(fx)) * 256, (fy - int(fy)) * 256


def test_a_utm_sheet_lines_up_with_its_control_point_within_one_pixel(tmp_path: Path):
    bands = _rgb_sheet()
    row, col = 611, 877  # the control mark: a red 3 × 3 block centred here
    bands[:, row - 1 : row + 2, col - 1 : col + 2] = np.array([255, 0, 0])[:, None, None]
    sheet = _write(tmp_path / "sheet.tif", bands)
    easting, northing = LEFT + (col + 0.5) * 5.0, TOP - (row + 0.5) * 5.0
    lon, lat = Transformer.from_crs(UTM_34N, "EPSG:4326", always_xy=True).transform(
        easting, northing
    )

    result = tile_sheets([sheet], tmp_path / "out.mbtiles", name="Sheet 1")

    assert result.max_zoom == native_zoom(5.0)
    x, y, px, py = _tile_pixel_of(lon, lat, result.max_zoom)
    with MBTiles(tmp_path / "out.mbtiles") as tiles:
        image = _tile_image(tiles, result.max_zoom, x, y)
        assert tiles.min_zoom == result.min_zoom and tiles.max_zoom == result.max_zoom
    red = (image[..., 0] > 200) & (image[..., 1] < 80) & (image[..., 2] < 80)
    rows, cols = np.nonzero(red)
    assert rows.size, "the control mark is not in the tile where its coordinates say"
    assert abs(cols.mean() + 0.5 - px) <= 1.0
    assert abs(rows.mean() + 0.5 - py) <= 1.0


def test_the_native_zoom_matches_the_sheet_and_lower_zooms_are_built(tmp_path: Path):
    sheet = _write(tmp_path / "s.tif", _rgb_sheet(), pixel=10.0)
    result = tile_sheets([sheet], tmp_path / "o.mbtiles", name="S")
    # 10 m pixels: zoom 14 has 9.55 m tile pixels at the equator.
    assert result.max_zoom == 14
    assert tile_size_m(14) / 256 == pytest.approx(9.55, abs=0.01)
    with MBTiles(tmp_path / "o.mbtiles") as tiles:
        for z in range(result.min_zoom, result.max_zoom + 1):
            assert tiles.has_tiles() and any(True for _ in _tiles_at(tiles, z)), z
    assert result.min_zoom < result.max_zoom


def _tiles_at(tiles: MBTiles, z: int):  # type: ignore[no-untyped-def]
    west, south, east, north = tiles.bounds or (0, 0, 0, 0)
    x0, y0, _, _ = _tile_pixel_of(west, north, z)
    x1, y1, _, _ = _tile_pixel_of(east, south, z)
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            if tiles.tile(z, x, y) is not None:
                yield x, y


def test_paletted_and_grey_sheets_keep_their_colours(tmp_path: Path):
    indexes = np.zeros((1, 600, 800), dtype=np.uint8)
    indexes[0, :, 400:] = 1
    palette = {0: (0, 0, 255, 255), 1: (0, 160, 0, 255)}
    paletted = _write(tmp_path / "p.tif", indexes, colormap=palette)
    grey = _write(tmp_path / "g.tif", np.full((1, 600, 800), 90, dtype=np.uint8))

    for source, expected in ((paletted, {(0, 0, 255), (0, 160, 0)}), (grey, {(90, 90, 90)})):
        out = tmp_path / f"{source.stem}.mbtiles"
        result = tile_sheets([source], out, name=source.stem)
        seen: set[tuple[int, int, int]] = set()
        with MBTiles(out) as tiles:
            for x, y in _tiles_at(tiles, result.max_zoom):
                image = _tile_image(tiles, result.max_zoom, x, y)
                opaque = image[image[..., 3] == 255][:, :3]
                seen |= {tuple(int(v) for v in c) for c in np.unique(opaque, axis=0)}
        assert expected <= seen, source.name


def test_sixteen_bit_imagery_is_stretched_into_view(tmp_path: Path):
    data = np.linspace(1000, 3000, 600 * 800, dtype=np.float64).reshape(1, 600, 800)
    image = _write(tmp_path / "drone.tif", data.astype(np.uint16), pixel=0.5)
    out = tmp_path / "d.mbtiles"
    result = tile_sheets([image], out, name="Drone", overlay=True, acquired="2026-11-30")
    with MBTiles(out) as tiles:
        assert tiles.metadata()["type"] == "overlay"
        assert tiles.metadata()["acquired"] == "2026-11-30"
        levels = [
            _tile_image(tiles, result.max_zoom, x, y)[..., 0]
            for x, y in _tiles_at(tiles, result.max_zoom)
        ]
    values = np.concatenate([level.ravel() for level in levels])
    assert values.min() < 40 and values.max() > 215  # the stretch uses the whole range


def test_the_acquisition_date_comes_from_the_tiff_when_not_given(tmp_path: Path):
    image = _write(
        tmp_path / "sat.tif", _rgb_sheet(300, 300), tags={"TIFFTAG_DATETIME": "2026:10:02 09:14:00"}
    )
    assert tile_sheets([image], tmp_path / "s.mbtiles", name="Sat").acquired == "2026-10-02"


def test_the_collar_outside_the_neatline_is_cut(tmp_path: Path):
    bands = _rgb_sheet(800, 800)
    bands[:, :100, :] = 255  # a white collar around the map face
    bands[:, -100:, :] = 255
    bands[:, :, :100] = 255
    bands[:, :, -100:] = 255
    sheet = _write(tmp_path / "collar.tif", bands)
    to_lonlat = Transformer.from_crs(UTM_34N, "EPSG:4326", always_xy=True)
    # The map face's corners on the UTM grid (a grid square is no lon/lat box).
    corners = [(LEFT + 500, TOP - 500), (LEFT + 3500, TOP - 500)]
    corners += [(LEFT + 3500, TOP - 3500), (LEFT + 500, TOP - 3500)]
    face = Polygon([to_lonlat.transform(e, n) for e, n in corners])

    result = tile_sheets([sheet], tmp_path / "c.mbtiles", name="C", neatline=face)

    with MBTiles(tmp_path / "c.mbtiles") as tiles:
        images = [
            _tile_image(tiles, result.max_zoom, x, y) for x, y in _tiles_at(tiles, result.max_zoom)
        ]
    visible = np.concatenate([im[im[..., 3] == 255][:, :3] for im in images])
    assert visible.size
    assert not (visible == 255).all(axis=1).any(), "the white collar still shows"


def test_two_neighbouring_sheets_make_one_mosaic(tmp_path: Path):
    west_sheet = _write(tmp_path / "w.tif", _rgb_sheet(600, 600))
    east_bands = _rgb_sheet(600, 600)
    east_bands[:] = np.array([200, 100, 50])[:, None, None]
    east_sheet = _write(tmp_path / "e.tif", east_bands, left=LEFT + 3000)

    result = tile_sheets([west_sheet, east_sheet], tmp_path / "m.mbtiles", name="Series")

    assert result.sheets == ("w.tif", "e.tif")
    to_lonlat = Transformer.from_crs(UTM_34N, "EPSG:4326", always_xy=True)
    with MBTiles(tmp_path / "m.mbtiles") as tiles:
        for easting, colour in ((LEFT + 1500, (235, 225, 235)), (LEFT + 4500, (200, 100, 50))):
            lon, lat = to_lonlat.transform(easting, TOP - 1500)
            x, y, px, py = _tile_pixel_of(lon, lat, result.max_zoom)
            pixel = _tile_image(tiles, result.max_zoom, x, y)[int(py), int(px)]
            assert tuple(int(v) for v in pixel[:3]) == pytest.approx(colour, abs=2)


def test_an_image_without_a_coordinate_system_is_refused_in_words(tmp_path: Path):
    plain = _write(tmp_path / "scan.tif", _rgb_sheet(100, 100), crs=None)
    with pytest.raises(SheetError, match=r"scan\.tif: the image is not georeferenced"):
        tile_sheets([plain], tmp_path / "x.mbtiles", name="X")
    assert not (tmp_path / "x.mbtiles").exists()


def test_a_file_that_is_no_image_is_refused_in_words(tmp_path: Path):
    junk = tmp_path / "notes.tif"
    junk.write_text("not an image")
    with pytest.raises(SheetError, match=r"notes\.tif: not an image GDAL can read"):
        tile_sheets([junk], tmp_path / "x.mbtiles", name="X")


def test_a_cancelled_import_leaves_no_file(tmp_path: Path):
    sheet = _write(tmp_path / "s.tif", _rgb_sheet())
    calls: list[tuple[int, int]] = []
    with pytest.raises(SheetCancelled):
        tile_sheets(
            [sheet],
            tmp_path / "x.mbtiles",
            name="X",
            progress=lambda done, total: calls.append((done, total)),
            is_cancelled=lambda: len(calls) > 3,
        )
    assert not (tmp_path / "x.mbtiles").exists()
    assert calls and all(total >= done for done, total in calls)


def test_basemap_import_of_sheets_on_the_command_line_lists_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from app.cli import main

    west_sheet = _write(tmp_path / "sheet-w.tif", _rgb_sheet(400, 400))
    east_sheet = _write(tmp_path / "sheet-e.tif", _rgb_sheet(400, 400), left=LEFT + 2000)
    code = main(
        [
            "basemap", "import", str(west_sheet), str(east_sheet), "--id", "series-a",
            "--name", "Series A", "--overlay", "--acquired", "2026-11-30",
        ]
    )  # fmt: skip
    assert code == 0
    assert "from 2 sheets" in capsys.readouterr().out
    assert main(["basemap", "list", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert (entry["id"], entry["label"], entry["overlay"], entry["acquired"]) == (
        "series-a",
        "Series A",
        True,
        "2026-11-30",
    )
    west, south, east, north = entry["bounds"]
    assert 18.4 < west < east < 18.6 and 4.3 < south < north < 4.5


def test_basemap_import_refuses_a_bad_neatline_and_leaves_no_basemap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from app.basemaps import list_basemaps
    from app.cli import main

    sheet = _write(tmp_path / "s.tif", _rgb_sheet(200, 200))
    assert main(["basemap", "import", str(sheet), "--neatline", "LINESTRING(0 0, 1 1)"]) != 0
    assert "--neatline: give a POLYGON" in capsys.readouterr().err
    assert list_basemaps() == []


@pytest.mark.skipif(shutil.which("gdal_translate") is None, reason="needs Debian's gdal-bin")
def test_a_geopdf_sheet_is_read_through_gdal_and_keeps_its_place(tmp_path: Path):
    bands = _rgb_sheet(400, 400)
    bands[:, 195:205, 195:205] = np.array([255, 0, 0])[:, None, None]
    tif = _write(tmp_path / "sheet.tif", bands, pixel=10.0)
    pdf = tmp_path / "sheet.pdf"
    subprocess.run(
        ["gdal_translate", "-q", "-of", "PDF", str(tif), str(pdf)], check=True, timeout=120
    )
    assert pdf.read_bytes().startswith(b"%PDF-")
    easting, northing = LEFT + 200 * 10.0, TOP - 200 * 10.0
    lon, lat = Transformer.from_crs(UTM_34N, "EPSG:4326", always_xy=True).transform(
        easting, northing
    )

    result = tile_sheets([pdf], tmp_path / "pdf.mbtiles", name="PDF sheet")

    x, y, px, py = _tile_pixel_of(lon, lat, result.max_zoom)
    with MBTiles(tmp_path / "pdf.mbtiles") as tiles:
        image = _tile_image(tiles, result.max_zoom, x, y)
    red = (image[..., 0] > 200) & (image[..., 1] < 80) & (image[..., 2] < 80)
    rows, cols = np.nonzero(red)
    assert rows.size
    tile_pixel_m = tile_size_m(result.max_zoom) / 256
    # The mark is 100 m wide: its centre within one sheet pixel (10 m) of where it belongs.
    assert abs(cols.mean() + 0.5 - px) * tile_pixel_m <= 10.0 * 1.5
    assert abs(rows.mean() + 0.5 - py) * tile_pixel_m <= 10.0 * 1.5


def test_a_geopdf_without_gdal_tools_is_refused_with_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(SheetError, match="gdal-bin"):
        tile_sheets([pdf], tmp_path / "x.mbtiles", name="X")
