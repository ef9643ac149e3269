"""The import service: format by content, kinds by attributes or by choice, one transaction,
dry runs and cancels that leave the mission exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from interop_helpers import FIXTURES

from app.domain.taxonomy import UNKNOWN_NATION
from app.interop.base import Cancelled, InteropError, Job
from app.interop.importer import detect, formats, import_file
from app.store import open_store


def test_every_format_registers_a_reader():
    assert {"geojson", "csv", "gpkg", "shapefile"} <= set(formats())


def test_the_format_is_recognised_by_content_not_by_name(tmp_path: Path):
    disguised = tmp_path / "events.txt"
    disguised.write_bytes((FIXTURES / "qgis_areas.geojson").read_bytes())
    assert detect(disguised).name == "geojson"
    csv_as_json = tmp_path / "table.json"
    csv_as_json.write_bytes((FIXTURES / "acled_sample.csv").read_bytes())
    assert detect(csv_as_json).name == "csv"


def test_a_mission_database_is_not_mistaken_for_a_geopackage(tmp_path: Path):
    with open_store(tmp_path / "other.db"):
        pass
    refused = r"other\.db: not a format Blue Helmet can import"
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError, match=refused):
        import_file(store, tmp_path / "other.db")


def test_as_kind_overrides_the_guess_and_refuses_the_wrong_geometry(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(InteropError) as err:
            import_file(store, FIXTURES / "qgis_areas.geojson", as_kind="ceasefire_line")
        assert store.record_count() == 0
    assert "feature 1: geometry: a ceasefire_line needs a LineString" in str(err.value)


def test_a_partner_unit_marker_becomes_a_unit_and_a_position_report(tmp_path: Path):
    path = tmp_path / "units.geojson"
    properties = {"name": "GHANBATT Alpha", "nation": "GHA", "time": "2026-03-05T10:00Z"}
    geometry = {"type": "Point", "coordinates": [35.7, 33.4]}
    path.write_text(
        json.dumps({"type": "Feature", "id": "ANDROID-77", "geometry": geometry,
                    "properties": properties})
    )  # fmt: skip
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path, as_kind="unit")
        assert summary.created == {"unit": 1, "position_report": 1}
        (unit,) = store.query("unit")
        fix = store.current_positions()[unit.id]
    assert unit.designation == "GHANBATT Alpha" and unit.nation == "GHA"
    assert (fix.lon, fix.lat) == (35.7, 33.4) and fix.observed_at.hour == 10


def test_a_unit_without_a_nation_comes_in_as_of_unknown_nation(tmp_path: Path):
    path = tmp_path / "u.geojson"
    path.write_text('{"type": "Feature", "geometry": null, "properties": {"name": "X"}}')
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path, as_kind="unit")
        (unit,) = store.units()
    assert unit.nation == UNKNOWN_NATION == "XXX"


def test_a_cancelled_import_leaves_the_mission_as_it_was(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        import_file(store, FIXTURES / "incidents.ndjson")
        before = store.digest()
        seen: list[tuple[int, int]] = []
        job = Job(progress=lambda d, t: seen.append((d, t)), is_cancelled=lambda: len(seen) >= 2)
        with pytest.raises(Cancelled):
            import_file(store, FIXTURES / "acled_sample.csv", job=job)
        assert store.digest() == before and store.count("incident") == 2


def test_unknown_reference_is_refused_naming_the_feature(tmp_path: Path):
    path = tmp_path / "fix.csv"
    path.write_text("kind,unit_id,observed_at,lat,lon\n"
                    "position_report,no-such-unit,2026-03-05T10:00Z,33,35\n")  # fmt: skip
    refused = r"fix\.csv: row 2: unit_id: no unit"
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError, match=refused):
        import_file(store, path)


def test_an_unknown_format_name_is_refused(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError, match="--format"):
        import_file(store, FIXTURES / "acled_sample.csv", format="dbase")


def test_a_real_import_is_preceded_by_a_backup_and_a_dry_run_is_not(tmp_path: Path):
    from app.store.backup import list_backups

    db = tmp_path / "m.db"
    with open_store(db) as store:
        import_file(store, FIXTURES / "incidents.ndjson", dry_run=True)
        assert list_backups(db) == []
        import_file(store, FIXTURES / "incidents.ndjson")
    (made,) = list_backups(db)
    assert made.reason == "before-import"
    with open_store(made.path, readonly=True) as before:
        assert before.record_count() == 0


def test_a_file_named_like_one_format_holding_another_is_refused(tmp_path: Path):
    disguised = tmp_path / "areas.kml"
    disguised.write_bytes((FIXTURES / "qgis_areas.geojson").read_bytes())
    with pytest.raises(InteropError, match=r"named like KML.*content is GeoJSON.*--format geojson"):
        detect(disguised)
    assert detect(disguised, "geojson").name == "geojson"  # the user can say what it is


def test_a_file_none_of_whose_features_can_become_records_is_refused(tmp_path: Path):
    path = tmp_path / "bare.geojson"
    bare = {"type": "Feature", "geometry": None, "properties": {"note": "something here"}}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [bare, bare]}))
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError, match="--as KIND"):
        import_file(store, path)
