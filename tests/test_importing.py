"""Importing GeoJSON files of mission records: all or nothing, errors that name the feature."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from factories import area, incident, line, unit

from app.domain.serialize import canonical_json, record_to_dict
from app.importing import ImportRefused, import_file
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
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature(r) for r in
                                                                          records]}))  # fmt: skip
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


def test_one_bad_feature_writes_nothing_and_is_named(tmp_path: Path):
    good = [incident() for _ in range(5)]
    path = write(tmp_path / "bad.geojson", good)
    document = json.loads(path.read_text())
    document["features"][3]["geometry"]["coordinates"] = [200.0, 10.0]
    path.write_text(json.dumps(document))
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(ImportRefused) as err:
            import_file(store, path)
        assert store.count("incident") == 0
    message = str(err.value)
    assert "bad.geojson" in message and "feature 3" in message and "longitude" in message


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"\x89PNG\r\n\x1a\n....", "not UTF-8"),
        (b"Name,Lat,Lon\nA,1,2\n", "not a format"),
        (b'{"type": "FeatureCollection", "features": [', "not valid JSON"),
        (b'{"type": "Topology"}', "not GeoJSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_files_that_are_not_importable_are_refused_in_one_line(tmp_path, content, expected):
    path = tmp_path / "input.json"
    path.write_bytes(content)
    with open_store(tmp_path / "m.db") as store, pytest.raises(ImportRefused, match=expected):
        import_file(store, path)


def test_dry_run_reports_and_writes_nothing(tmp_path: Path):
    path = write(tmp_path / "p.geojson", [incident(), incident(), area()])
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path, dry_run=True)
        assert summary.describe() == "p.geojson: would import 2 new incident, 1 new patrol_area"
        assert store.record_count() == 0


def test_the_cli_import_exits_non_zero_with_one_line(tmp_path: Path):
    db = tmp_path / "m.db"
    with open_store(db):
        pass
    path = tmp_path / "broken.geojson"
    path.write_text('{"type": "Feature", "properties": {"kind": "incident", "title": "x"}}')
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "import", str(path)],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "broken.geojson: feature 0" in result.stderr
