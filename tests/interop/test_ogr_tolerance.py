"""GeoPackages and shapefiles as other tools write them: every layer read on its own, world
edges a few millionths of a degree out, and GeoPackages that hold map tiles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyogrio.errors import DataLayerError
from pyogrio.raw import write as ogr_write

from app.interop import ogr
from app.interop.base import InteropError
from app.interop.importer import FeaturesRefused, import_file
from app.store import open_store


def _layer(path: Path, layer: str, geometries: list, names: list[str], **kw) -> None:
    wkb = shapely.to_wkb(np.array(geometries, dtype=object))
    ogr_write(str(path), wkb, [np.array(names, dtype=object)], fields=["name"], layer=layer,
              driver="GPKG", crs="EPSG:4326", **kw)  # fmt: skip


def test_an_unreadable_layer_is_reported_and_skipped_and_the_others_come_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "two.gpkg"
    _layer(path, "roads", [shapely.LineString([(35, 33), (35.1, 33.1)])], ["Road 1"],
           geometry_type="LineString")  # fmt: skip
    _layer(path, "broken", [shapely.Point(35, 33)], ["Mark"], geometry_type="Point", append=True)
    real_read = ogr.ogr_read

    def gdal_fails_on_broken(source: str, layer: str, **options):  # as on a 3D GEOMETRY layer
        if layer == "broken":
            raise DataLayerError(f"{source}: Unsupported geometry type 1003 (GDAL's own words)")
        return real_read(source, layer=layer, **options)

    monkeypatch.setattr(ogr, "ogr_read", gdal_fails_on_broken)
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(FeaturesRefused) as err:
            import_file(store, path, as_kind="ceasefire_line")
        assert store.record_count() == 0
        summary = import_file(store, path, as_kind="ceasefire_line", skip_invalid=True)
        assert store.count("ceasefire_line") == 1
    assert str(err.value).startswith("two.gpkg: layer broken: this layer cannot be read")
    assert "GDAL" not in str(err.value).split("(")[0] and str(tmp_path) not in str(err.value)
    assert [p.item for p in summary.problems] == ["layer broken"]


def test_world_edges_a_few_millionths_out_are_clamped_and_others_printed_exactly(tmp_path):
    path = tmp_path / "borders.gpkg"
    edge = shapely.Polygon([(179.5, 10), (180.000002, 10), (180.000002, 11), (179.5, 11)])
    _layer(path, "borders", [edge], ["Fiji"], geometry_type="Polygon")
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path, as_kind="patrol_area")
        (area,) = store.query("patrol_area")
    assert max(x for x, _ in area.geometry.exterior.coords) == 180.0
    far = tmp_path / "far.gpkg"
    _layer(far, "borders", [shapely.Point(180.0002, 10)], ["Out"], geometry_type="Point")
    with open_store(tmp_path / "n.db") as store, pytest.raises(InteropError) as err:
        import_file(store, far, as_kind="incident",
                    settings={"occurred_start": "2026-03-01", "category": "crime"})  # fmt: skip
    assert "vertex 1 (180.0002, 10.0) is outside" in str(err.value)


def write_tiles_gpkg(path: Path, zoom: int = 1) -> None:
    """A GeoPackage holding only a web-mercator tile pyramid, as GDAL and QGIS write one."""
    from tests_tiles import PNG

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1196444487")
    conn.execute("PRAGMA user_version = 10200")
    conn.executescript("""
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY,
            organization TEXT, organization_coordsys_id INTEGER, definition TEXT,
            description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857,
            'undefined', NULL);
        CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT,
            identifier TEXT, description TEXT, last_change TEXT, min_x REAL, min_y REAL,
            max_x REAL, max_y REAL, srs_id INTEGER);
        INSERT INTO gpkg_contents VALUES ('osm', 'tiles', 'OSM extract', '', '2024-01-01',
            -20037508.342789244, -20037508.342789244, 20037508.342789244, 20037508.342789244,
            3857);
        CREATE TABLE gpkg_tile_matrix_set (table_name TEXT PRIMARY KEY, srs_id INTEGER,
            min_x REAL, min_y REAL, max_x REAL, max_y REAL);
        INSERT INTO gpkg_tile_matrix_set VALUES ('osm', 3857, -20037508.342789244,
            -20037508.342789244, 20037508.342789244, 20037508.342789244);
        CREATE TABLE gpkg_tile_matrix (table_name TEXT, zoom_level INTEGER,
            matrix_width INTEGER, matrix_height INTEGER, tile_width INTEGER,
            tile_height INTEGER, pixel_x_size REAL, pixel_y_size REAL);
        CREATE TABLE osm (id INTEGER PRIMARY KEY, zoom_level INTEGER, tile_column INTEGER,
            tile_row INTEGER, tile_data BLOB);
    """)
    for z in range(zoom + 1):
        n = 2**z
        size = 40075016.68557849 / n / 256
        conn.execute("INSERT INTO gpkg_tile_matrix VALUES ('osm', ?, ?, ?, 256, 256, ?, ?)",
                     (z, n, n, size, size))  # fmt: skip
        for x in range(n):
            for y in range(n):
                conn.execute(
                    "INSERT INTO osm (zoom_level, tile_column, tile_row, tile_data) "
                    "VALUES (?, ?, ?, ?)", (z, x, y, PNG),
                )  # fmt: skip
    conn.commit()
    conn.close()


def test_a_geopackage_of_map_tiles_is_answered_with_basemap_import(tmp_path: Path):
    path = tmp_path / "osm.gpkg"
    write_tiles_gpkg(path)
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError) as err:
        import_file(store, path)
    assert str(err.value).startswith(
        "osm.gpkg: this GeoPackage holds map tiles, not features: add it with `basemap import`"
    )


def test_basemap_import_takes_a_geopackage_tile_table(tmp_path: Path):
    from app import basemaps

    path = tmp_path / "osm.gpkg"
    write_tiles_gpkg(path, zoom=2)
    entry = basemaps.import_mbtiles(path)
    assert (entry.id, entry.min_zoom, entry.max_zoom) == ("osm", 0, 2)
    # GeoPackage rows count from the top, MBTiles rows from the bottom: the tile comes through.
    assert basemaps.read_tile("osm", 2, 1, 0) is not None


def test_a_tin_or_polyhedral_surface_comes_in_as_the_multipolygon_of_its_faces():
    """GDAL reads a MultiPatch shapefile (Fiona's ``tests/data/test_tin.shp``) as a TIN, which
    GEOS cannot parse: its triangles are what it covers on a 2D map."""
    import struct

    def triangle(*xy: float) -> bytes:
        return struct.pack("<BIII", 1, 17, 1, 4) + struct.pack("<8d", *xy, *xy[:2])

    faces = [triangle(0, 0, 1, 0, 1, 1), triangle(0, 0, 1, 1, 0, 1)]
    tin = struct.pack("<BII", 1, 16, len(faces)) + b"".join(faces)
    point = shapely.Point(2, 3).wkb
    geometries = ogr._from_wkb(np.array([tin, point, None], dtype=object))
    assert geometries[0].geom_type == "MultiPolygon" and len(geometries[0].geoms) == 2
    assert geometries[0].area == pytest.approx(1.0)
    assert geometries[1] == shapely.Point(2, 3) and geometries[2] is None


def test_gdals_note_on_measured_geometries_is_no_warning_but_others_are():
    """pyogrio warns when a layer is measured (LineString ZM, as in pyogrio's ``line_zm.gpkg``,
    which pyogrio itself cannot write): M is dropped on purpose, like Z; the real file is in the
    real-file corpus test. Other warnings still come through."""
    import warnings

    note = "Measured (M) geometry types are not supported. Original type 'Measured 3D "
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with ogr._measures_dropped():
            warnings.warn(
                note + "LineString' is converted to 'LineString Z'", UserWarning, stacklevel=1
            )
            with pytest.raises(UserWarning):
                warnings.warn("something else", UserWarning, stacklevel=1)
