"""GeoJSON in and out: our own files come back exactly; partners' files are mapped; bad files
are refused in one line that names the file and the feature, and write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import area, incident, line, unit
from interop_helpers import FIXTURES, cli

from app.domain.serialize import canonical_json, record_to_dict
from app.interop.base import InteropError
from app.interop.exporter import export_file
from app.interop.importer import import_file
from app.store import open_store


def feature(record) -> dict:
    data = record_to_dict(record)
    geometry = None
    if "lat" in data:
        geometry = {"type": "Point", "coordinates": [data["lon"], data["lat"]]}
    elif "geometry" in data:
        geometry = data.pop("geometry")
    return {"type": "Feature", "geometry": geometry, "properties": data}


def write(path: Path, records) -> Path:
    features = [feature(r) for r in records]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_records_come_back_with_the_same_content(tmp_path: Path):
    u = unit()
    records = [u, incident(reporting_unit_id=u.id, actors=("Northern Forces",)), area(), line()]
    source = write(tmp_path / "picture.geojson", records)
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, source)
        assert sum(summary.created.values()) == 4
        for record in records:
            expected = record.with_envelope(origin=store.origin)  # the importer stamps origin
            assert canonical_json(store.get(record.KIND, record.id)) == canonical_json(expected)
        assert {c.source for c in store.changes_since(0)} == {"import:picture.geojson"}


def test_export_then_import_into_an_empty_mission_gives_the_same_records(source, tmp_path):
    db, records = source
    out = tmp_path / "all.geojson"
    with open_store(db) as store:
        assert export_file(store, out, "geojson").total == 9
        originals = {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records}
    document = json.loads(out.read_text())
    unit_feature = next(f for f in document["features"] if f["properties"]["kind"] == "unit")
    assert unit_feature["geometry"]["coordinates"] == [35.4, 33.2]  # at its current position
    with open_store(tmp_path / "empty.db") as store:
        import_file(store, out)
        assert {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records} == originals


def test_one_bad_feature_writes_nothing_and_is_named(tmp_path: Path):
    path = write(tmp_path / "bad.geojson", [incident() for _ in range(5)])
    document = json.loads(path.read_text())
    document["features"][3]["geometry"]["coordinates"] = [200.0, 10.0]
    path.write_text(json.dumps(document))
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(InteropError) as err:
            import_file(store, path)
        assert store.count("incident") == 0
    message = str(err.value)
    assert "bad.geojson" in message and "feature 4" in message and "longitude" in message


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"\x89PNG\r\n\x1a\n....", "not a format"),
        (b'{"type": "FeatureCollection", "features": [', "not valid JSON"),
        (b'{"type": "Topology"}', "not GeoJSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"type": "Feature", "properties": {}, "geometry": '
         b'{"type": "Point", "coordinates": [NaN, 1]}}', "not valid JSON"),
        (b'{"type": "Feature", "properties": {}, "geometry": '
         b'{"type": "Point", "coordinates": [1e999, 1]}}', "feature 1"),
        (b'{"type": "Feature", "properties": {"kind": "patrol_area", "name": "bow"}, '
         b'"geometry": {"type": "Polygon", "coordinates": '
         b'[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}', "feature 1"),
        (b"", "empty"),
    ],
)  # fmt: skip
def test_files_that_are_not_importable_are_refused_in_one_line(tmp_path, content, expected):
    path = tmp_path / "input.json"
    path.write_bytes(content)
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError, match=expected) as e:
        import_file(store, path)
    assert "\n" not in str(e.value) and "input.json" in str(e.value)


def test_dry_run_reports_and_writes_nothing(tmp_path: Path):
    path = write(tmp_path / "p.geojson", [incident(), incident(), area()])
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path, dry_run=True)
        assert summary.describe() == "p.geojson: would import 2 new incidents, 1 new patrol area"
        assert store.record_count() == 0


def test_partner_geojson_becomes_map_items_never_areas_or_lines_and_z_is_dropped(
    tmp_path: Path,
):
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, FIXTURES / "qgis_areas.geojson")
        assert store.count("patrol_area") == 0 and store.count("ceasefire_line") == 0
        items = {m.name: m for m in store.map_items()}
    assert summary.describe() == "qgis_areas.geojson: imported 3 new map items"
    sector, purple, water = items["Sector East"], items["Purple Line"], items["Water point"]
    assert (sector.item_type, purple.item_type, water.item_type) == ("area", "line", "marker")
    assert not purple.geometry.has_z


def test_newline_delimited_features_with_dates_and_acled_types(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        import_file(store, FIXTURES / "incidents.ndjson")
        by_title = {i.title: i for i in store.query("incident")}
    assert by_title["Mortar impacts"].category == "indirect_fire"
    riot = by_title["Mob violence"]
    assert riot.category == "mob_violence" and riot.fatalities == 1
    assert riot.occurred_start.isoformat() == "2026-03-06T00:00:00+00:00"


def test_the_cli_import_exits_non_zero_with_one_line(tmp_path: Path):
    db = tmp_path / "m.db"
    with open_store(db):
        pass
    path = tmp_path / "broken.geojson"
    path.write_text('{"type": "Feature", "properties": {"kind": "incident", "title": "x"}}')
    result = cli("--db", str(db), "import", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "broken.geojson: feature 1" in result.stderr
