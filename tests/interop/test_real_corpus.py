"""Files other tools wrote, imported as their makers meant them (see real/SOURCES.md).

The files are not in this repository: they are read from ``BLUEHELMET_REAL_CORPUS`` or
``<repo>/../shared/interop-corpus/``; the tests skip, saying so, when neither is there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.interop.base import InteropError
from app.interop.importer import FeaturesRefused, import_file
from app.store import open_store

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("BLUEHELMET_REAL_CORPUS") or REPO.parent / "shared/interop-corpus")

M = "map_item"
#: file → (records that must come in, by kind; a (lon, lat) that a map item or position report
#: must hold, or None). Counts are exact: a unit, an incident or a map item more or less is a
#: file imported otherwise than its maker meant.
IMPORTED: dict[str, tuple[dict[str, int], tuple[float, float] | None]] = {
    # GDAL autotest KML
    "gdal__extended_data_without_schema_data.kml": ({M: 2}, (2.0, 48.0)),
    "gdal__gx_track_without_when.kml": ({M: 1}, (-122.207881, 37.371915)),
    "gdal__non_conformant_multi.kml": ({M: 3}, (0.0, 0.0)),
    "gdal__placemark.kml": ({M: 1}, (2.0, 49.0)),
    "gdal__ID_simple_field.kml": ({M: 1}, (2.0, 49.0)),
    "gdal__placemark_in_root_and_subfolder.kml": ({M: 2}, (4.0, 51.0)),
    "gdal__point_with_external_style.kml": ({M: 1}, (2.0, 49.0)),
    # OpenLayers examples: KML, KMZ, GeoJSON
    "ol__2012-02-10.kml": ({M: 1119}, None),
    "ol__2012_Earthquakes_Mag5.kml": ({M: 1535}, None),
    "ol__states.kml": ({M: 50}, None),
    "ol__timezones.kml": ({M: 38}, None),
    "ol__iceland.kmz": ({M: 83}, (-20.31, 64.09)),
    "ol__fire.json": ({M: 1}, (-120.146653, 46.957252)),
    "ol__line-samples.geojson": ({M: 9}, (-74.317812, 48.287712)),
    "ol__point-samples.geojson": ({M: 9}, (-75.849254, 47.643435)),
    "ol__polygon-samples.geojson": ({M: 9}, (-72.357206, 47.728588)),
    "ol__roads-seoul.geojson": ({M: 94}, (126.991594, 37.527277)),
    "ol__switzerland.geojson": ({M: 2}, (9.594226, 47.525058)),
    "ol__vienna-streets.geojson": ({M: 3356}, None),
    "ol__photovoltaic.json": ({M: 1046}, (16.349806, 48.250171)),
    "ol__ship-trajectories.json": ({M: 77}, (11.80462, 57.676125)),
    # ATAK-CIV takcot/examples: one file per item type ATAK draws, and a data package
    "atak__Marker - 2525.cot": ({"unit": 1, "position_report": 1}, (-77.063642, 38.85665)),
    "atak__Marker - Icon Set.cot": ({M: 1}, (-77.05144, 38.855132)),
    "atak__Marker - Spot.cot": ({M: 1}, (-77.056376, 38.856063)),
    "atak__Drawing Shapes - Circle.cot": ({M: 1}, None),
    "atak__Drawing Shapes - Free Form.cot": ({M: 1}, (-77.066165, 38.838232)),
    "atak__Drawing Shapes - Rectangle.cot": ({M: 1}, (-77.068969, 38.838845)),
    "atak__Drawing Shapes - Telestration.cot": ({M: 1}, (-77.063372, 38.838028)),
    "atak__Geo Fence.cot": ({M: 1}, None),
    "atak__Range & Bearing - Bullseye.cot": ({M: 1}, (-77.056291, 38.815314)),
    "atak__Range & Bearing - Circle.cot": ({M: 1}, None),
    "atak__Range & Bearing - Line.cot": ({M: 1}, (-77.054946, 38.820807)),
    "atak__Route.cot": ({M: 5}, (-77.0544, 38.843353)),
    "atak__CoT Types Data Package.zip": (
        {M: 15, "unit": 2, "position_report": 2},
        (-77.056376, 38.856063),
    ),
    # NVG: 0.3 recordings (NVGViewer's test data), 2.0 (spatialillusions/nvg)
    "nvgviewer__AIS.nvg": ({M: 182, "unit": 1, "position_report": 1}, (4.082719, 51.973696)),
    "nvgviewer__Demo-Link16-recording.nvg": ({M: 8}, (-5.25, 55.75)),
    "nvgviewer__Demo-NFFI-recording.nvg": ({"unit": 12, "position_report": 12}, (2.35, 48.85)),
    "spatialillusions__sample.xml": ({M: 9}, (15.8, 60.1)),
    # GeoPackages written by GDAL (pyogrio's fixtures), shapefiles, GeoJSON from Fiona
    "pyogrio__curve.gpkg": ({M: 1}, None),
    "pyogrio__curvepolygon.gpkg": ({M: 1}, None),
    "pyogrio__line_zm.gpkg": ({M: 1}, (-123.210798, 48.98615)),
    "pyogrio__multisurface.gpkg": ({M: 1}, None),
    "pyogrio__test_gpkg_nulls.gpkg": ({M: 4}, (2.0, 2.0)),
    "pyogrio__naturalearth_lowres.zip": ({M: 177}, None),
    "fiona__coutwildrnp.zip": ({M: 67}, (-111.735275, 41.995094)),
    "fiona__gre.zip": ({M: 1}, (-61.173214, 12.516655)),
    "fiona__test_tin.zip": ({M: 1}, (1.0, 1.0)),
    "fiona__grenada.geojson": ({M: 1}, (-61.173214, 12.516655)),
    "fiona__issue627.geojson": ({M: 3}, (-111.735275, 41.995094)),
    "fiona__rmnp.geojson": ({M: 1}, (-105.829932, 40.234298)),
    "fiona__test_tz.geojson": ({M: 1}, (-79.4, 43.6)),
    "fiona__trio.geojson": ({M: 3}, (3.869011, 43.611401)),
}
#: file → (problems the refusal counts, what --skip-invalid then imports)
REFUSED = {
    "ol__ufo_sighting_data.csv": (20, 80312),
    "ol__meteorite_landings.csv": (1, 38400),
    "fiona__curves_line.csv": (4, 5),
}


#: file → how its refusal starts: files with nothing a map can show say so, and why
NOTHING_TO_SHOW = {
    "gdal__gxtimestamp.kml": "gdal__gxtimestamp.kml: none of its features could become a "
    "record (2 × no geometry and no coordinates)",
    "gdal__several_schema_in_layer.kml": "gdal__several_schema_in_layer.kml: none of its "
    "features could become a record (2 × no geometry and no coordinates)",
    "gdal__kml_with_space_content_in_coordinates.kml": "gdal__kml_with_space_content_in_"
    "coordinates.kml: feature 1: the geometry has no coordinates",
    "fiona__test_gpx.gpx": "fiona__test_gpx.gpx: not a format Blue Helmet can import",
}


@pytest.mark.parametrize("name", sorted(NOTHING_TO_SHOW))
def test_a_real_file_with_nothing_to_show_is_refused_with_the_reason(tmp_path, name):
    path = _corpus_file(name)
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError) as err:
        import_file(store, path)
    assert str(err.value).startswith(NOTHING_TO_SHOW[name])


def _corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"real-file corpus not found: {path} (set BLUEHELMET_REAL_CORPUS)")
    return path


@pytest.mark.parametrize("name", sorted(IMPORTED))
def test_a_real_file_comes_in_as_its_maker_meant(tmp_path: Path, name: str):
    path = _corpus_file(name)
    counts, spot = IMPORTED[name]
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path)
        items = store.query("map_item")
        reports = store.query("position_report")
        assert store.count("ceasefire_line") == store.count("patrol_area") == 0
    assert dict(summary.created) == counts and not summary.problems
    if spot is not None:
        coords = {tuple(round(c, 6) for c in xy) for i in items for xy in _coords(i.geometry)}
        coords |= {(round(r.lon, 6), round(r.lat, 6)) for r in reports}
        assert tuple(round(c, 6) for c in spot) in coords


def _coords(geometry) -> list:
    import shapely

    return shapely.get_coordinates(geometry).tolist()


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_real_file_with_impossible_rows_names_them_and_imports_the_rest(tmp_path, name):
    path = _corpus_file(name)
    problems, good = REFUSED[name]
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(FeaturesRefused) as err:
            import_file(store, path)
        assert len(err.value.summary.problems) == problems
        summary = import_file(store, path, skip_invalid=True)
    assert summary.total == good


def test_atak_example_items_keep_the_type_atak_drew(tmp_path: Path):
    """ATAK-CIV's data package of every CoT type: each drawing tool's item keeps its own map
    item type; the 2525 markers are units of no nation (shown as such), the icon-set hiker a
    marker; the photo attached to the neutral 2525 marker is listed as left out."""
    from collections import Counter

    path = _corpus_file("atak__CoT Types Data Package.zip")
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path)
        types = Counter(m.item_type for m in store.map_items())
        units = {u.designation: u.nation for u in store.units()}
        shapes = {m.name: m.geometry.geom_type for m in store.map_items()}
    assert types == {
        "waypoint": 4, "drawing": 5, "spot_marker": 1, "route": 1, "bullseye": 1,
        "range_bearing": 1, "range_ring": 1, "marker": 1,
    }  # fmt: skip
    assert units == {"U.16.135057": "XXX", "N.16.135210": "XXX"}
    assert shapes["Freehand 1"] == "MultiLineString" and shapes["Route 1"] == "LineString"
    assert summary.skipped == {"a file attached to a unit (only incidents and map items)": 1}
