"""GeoPackage and zipped Shapefile: any CRS comes in as WGS 84, our GeoPackage has one valid
layer per kind and comes back exactly, and hostile zips are refused before anything is read."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from pyogrio.raw import write as ogr_write

from app.domain import geo
from app.domain.serialize import canonical_json
from app.interop.base import InteropError
from app.interop.exporter import export_file
from app.interop.importer import detect, import_file
from app.store import open_store

# Three hand-picked incident positions near the Golan (lon, lat).
PLACES = [(35.80, 33.10), (35.85, 33.20), (35.90, 33.30)]


def utm_points() -> np.ndarray:
    """The places in WGS 84 / UTM zone 36N, as a partner's QGIS project would hold them."""
    points = np.array([shapely.Point(lon, lat) for lon, lat in PLACES], dtype=object)
    return geo.transform_geometries(points, 4326, 32636)


def write_partner_gpkg(path: Path) -> Path:
    fields = {
        "event_date": np.array(["2026-03-01", "2026-03-02", "2026-03-03"], dtype=object),
        "event_type": np.array(["Battles", "Riots", "Protests"], dtype=object),
        "sub_event_type": np.array(
            ["Armed clash", "Mob violence", "Peaceful protest"], dtype=object
        ),
        "fatalities": np.array([2, 0, 0], dtype="int64"),
        "notes": np.array(["first", "second", "third"], dtype=object),
    }
    ogr_write(str(path), shapely.to_wkb(utm_points()), list(fields.values()), fields=list(fields),
              layer="events", driver="GPKG", geometry_type="Point", crs="EPSG:32636")  # fmt: skip
    return path


def test_a_partner_geopackage_in_utm_is_reprojected_and_mapped(tmp_path: Path):
    path = write_partner_gpkg(tmp_path / "partner.gpkg")
    assert detect(path).name == "gpkg"
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path)
        assert summary.created == {"incident": 3}
        incidents = sorted(store.query("incident"), key=lambda i: i.lat)
    for incident, (lon, lat) in zip(incidents, PLACES, strict=True):
        assert incident.lon == pytest.approx(lon, abs=1e-7)
        assert incident.lat == pytest.approx(lat, abs=1e-7)
    categories = [i.category for i in incidents]
    assert categories == ["armed_clash", "mob_violence", "demonstration_peaceful"]


def test_our_geopackage_is_valid_for_qgis_and_comes_back_exactly(source, tmp_path: Path):
    db, records = source
    out = tmp_path / "picture.gpkg"
    with open_store(db) as store:
        export_file(store, out, "gpkg")
        originals = {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records}
    layers = {name: kind for name, kind in pyogrio.list_layers(out)}
    assert layers == {
        "units": "Point", "position_reports": "Point", "patrol_areas": "Polygon",
        "patrols": "LineString", "ceasefire_lines": "LineString", "incidents": "Point",
        "map_item_points": "Point", "map_item_lines": "Unknown",  # a line and a telestration
    }  # fmt: skip
    info = pyogrio.read_info(out, layer="incidents")
    assert info["crs"] == "EPSG:4326" and info["features"] == 1
    with sqlite3.connect(out) as conn:  # what QGIS checks first: a GeoPackage, intact
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with open_store(tmp_path / "empty.db") as store:
        import_file(store, out)
        assert {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records} == originals


def write_shapefile_zip(tmp_path: Path, crs: str = "EPSG:32636") -> Path:
    folder = tmp_path / "shp"
    folder.mkdir()
    line = shapely.LineString([(35.81, 33.05), (35.86, 33.12), (35.90, 33.30)])
    projected = geo.transform_geometries(np.array([line], dtype=object), 4326, 32636)
    ogr_write(str(folder / "purple.shp"), shapely.to_wkb(projected),
              [np.array(["Purple Line"], dtype=object)], fields=["name"],
              driver="ESRI Shapefile", geometry_type="LineString", crs=crs)  # fmt: skip
    out = tmp_path / "lines.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for part in folder.iterdir():
            zf.write(part, f"export/{part.name}")
    return out


def test_a_zipped_shapefile_line_becomes_a_map_item_in_wgs84(tmp_path: Path):
    path = write_shapefile_zip(tmp_path)
    assert detect(path).name == "shapefile"
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path)
        assert store.count("ceasefire_line") == 0
        (line,) = store.map_items()
        assert store.count("ceasefire_line", include_deleted=True) == 0
        (as_asked,) = store.query("map_item")
        import_file(store, path, as_kind="ceasefire_line")  # only when the user says so
        assert store.count("ceasefire_line") == 1
    assert line.name == "Purple Line" and as_asked.id == line.id
    assert line.geometry.coords[0] == pytest.approx((35.81, 33.05), abs=1e-7)


@pytest.mark.parametrize(
    "member, data, expected",
    [
        ("../../evil.shp", b"x", "climbs out of the archive"),
        ("/etc/evil.shp", b"x", "absolute path"),
        ("bomb.shp", b"\0" * 50_000_000, "ratio|compress"),
    ],
)
def test_hostile_shapefile_zips_are_refused(tmp_path: Path, member, data, expected):
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(member, data)
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(InteropError, match=expected) as err:
            import_file(store, path)
        assert store.record_count() == 0
    assert "hostile.zip" in str(err.value)


def test_a_geopackage_with_coordinates_outside_the_globe_is_refused(tmp_path: Path):
    path = tmp_path / "wrong.gpkg"
    points = np.array([shapely.Point(35, 33), shapely.Point(500000, 3650000)], dtype=object)
    with pytest.warns(UserWarning, match="crs"):  # a partner's file with no CRS at all
        ogr_write(str(path), shapely.to_wkb(points), [np.array(["a", "b"], dtype=object)],
                  fields=["name"], layer="pts", driver="GPKG", geometry_type="Point")  # fmt: skip
    with open_store(tmp_path / "m.db") as store:
        refused = r"wrong\.gpkg: feature 2: vertex 1 \(500000.0, 3650000.0\) is outside"
        with pytest.raises(InteropError, match=refused) as err:
            import_file(store, path, as_kind="incident",
                        settings={"occurred_start": "2026-03-01", "category": "crime"})  # fmt: skip
        assert store.record_count() == 0
    assert "\n" not in str(err.value)
