"""A partner's roads, rivers and polygons become map items: never a ceasefire line or patrol
area, which would change what the analysis counts."""

from __future__ import annotations

import json
from pathlib import Path

from factories import incident
from factories import line as ceasefire_line
from shapely.geometry import LineString

from app.analysis import violations
from app.interop.importer import import_file
from app.store import open_store


def feature(geometry: dict, **properties: object) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def partner_map(path: Path) -> Path:
    """Roads, rivers and polygons as an OpenStreetMap extract or a QGIS layer holds them."""
    road = {"type": "LineString", "coordinates": [[35.40, 33.20], [35.60, 33.30]]}
    river = {"type": "LineString", "coordinates": [[35.45, 33.15], [35.55, 33.35]]}
    ring = [[35.4, 33.2], [35.6, 33.2], [35.6, 33.3], [35.4, 33.3], [35.4, 33.2]]
    polygon = {"type": "Polygon", "coordinates": [ring]}
    features = [
        feature(road, name="Route 6", highway="primary", surface="paved", status="paved"),
        feature(river, name="Nahr al-Ruqqad", waterway="river"),
        feature(road, name="Main supply route", fclass="track"),
        feature(polygon, name="Grazing land", landuse="meadow"),
        feature({"type": "Point", "coordinates": [35.5, 33.25]}, name="Milepost 14"),
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_roads_rivers_and_polygons_change_no_violation_count(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        store.save(
            ceasefire_line(geometry=LineString([(35.45, 33.2), (35.55, 33.3)]), buffer_m=2000)
        )
        store.save_many([incident(lat=33.25, lon=35.5), incident(lat=33.26, lon=35.51)])
        before = violations(store).as_dict()
        assert before["total"] == 2
        summary = import_file(store, partner_map(tmp_path / "osm.geojson"))
        assert summary.describe() == "osm.geojson: imported 5 new map items"
        assert store.count("ceasefire_line") == 1 and store.count("patrol_area") == 0
        assert violations(store).as_dict() == before
        types = {m.name: (m.item_type, m.status) for m in store.map_items()}
    assert types == {
        "Route 6": ("road", ""),  # a partner's "status: paved" is no route status: dropped
        "Nahr al-Ruqqad": ("river", ""),
        "Main supply route": ("road", ""),  # fclass "track" said road before the name
        "Grazing land": ("area", ""),
        "Milepost 14": ("waypoint", ""),
    }


def test_only_as_a_mapping_or_our_own_kind_make_a_ceasefire_line_or_patrol_area(tmp_path):
    path = partner_map(tmp_path / "osm.geojson")
    data = json.loads(path.read_text())
    lines = tmp_path / "agreed.geojson"
    lines.write_text(json.dumps({**data, "features": data["features"][:2]}))
    square = data["features"][3]
    ours = tmp_path / "ours.geojson"
    ours.write_text(json.dumps({**data, "features": [
        {**square, "properties": {"kind": "patrol_area", "name": "PA Kilo"}},
        {**square, "properties": {"zone_kind": "patrol_area", "name": "PA Lima"}},
    ]}))  # fmt: skip
    with open_store(tmp_path / "m.db") as store:
        import_file(store, lines, as_kind="ceasefire_line")
        assert store.count("ceasefire_line") == 2 and store.count("map_item") == 0
        import_file(store, ours, mapping={"zone_kind": "kind"})
        assert sorted(a.name for a in store.patrol_areas()) == ["PA Kilo", "PA Lima"]


def test_an_nvg_arrow_is_a_drawing_that_keeps_being_an_arrow(tmp_path: Path):
    """Whatever its label says, an NVG arrow is a drawing; the map draws its head from the
    element kept as the partner's type, and a circle says it was one."""
    path = tmp_path / "overlay.nvg"
    path.write_text(
        '<nvg xmlns="https://tide.act.nato.int/schemas/2012/10/nvg" version="2.0.0">'
        '<arrow points="35.4,33.2 35.5,33.3 35.6,33.3" width="500" label="Route of advance"/>'
        '<circle cx="35.5" cy="33.2" r="1000" label="Ring"/>'
        '<polyline points="35.4,33.1 35.5,33.15" label="Track"/></nvg>'
    )
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path)
        items = {m.name: (m.item_type, m.partner_type) for m in store.map_items()}
        assert store.count("ceasefire_line") == 0 and store.count("patrol_area") == 0
    assert items == {
        "Route of advance": ("drawing", "nvg:arrow"),
        "Ring": ("area", "nvg:circle"),
        "Track": ("road", ""),
    }
