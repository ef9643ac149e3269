"""The mission store: round trips, refusals that write nothing, queries, change log, check."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import shapely
from factories import T0, area, incident, line, patrol, position, unit
from shapely.geometry import Point, box

from app.domain.serialize import canonical_json
from app.errors import NotFoundError, StoreError, ValidationError
from app.store import open_store


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "mission.db") as s:
        yield s


def file_bytes(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )


def test_every_kind_round_trips_through_a_real_file(tmp_path: Path):
    path = tmp_path / "m.db"
    u = unit()
    records = [u, position(u.id), area(), line(), patrol(u.id), incident(actors=("A", "B"))]
    with open_store(path) as s:
        saved = s.save_many(records)
    with open_store(path) as s:
        for before in saved:
            after = s.get(before.KIND, before.id)
            assert after == before
            assert canonical_json(after) == canonical_json(before)


def test_save_stamps_origin_version_and_times(store):
    saved = store.save(incident())
    assert saved.origin == store.origin
    assert saved.version and saved.created_at == saved.updated_at
    edited = store.save(replace(saved, title="Heavy machine-gun fire"))
    assert edited.version > saved.version
    assert edited.created_at == saved.created_at and edited.updated_at >= saved.updated_at
    assert store.get("incident", saved.id).title == "Heavy machine-gun fire"


@pytest.mark.parametrize(
    "make, field",
    [
        (lambda: incident(lat=91.0), "location"),
        (lambda: incident(lon=float("nan")), "location"),
        (lambda: incident(category="Not A Key"), "category"),
        (lambda: incident(source_reliability="G"), "source_reliability"),
        (lambda: incident(info_credibility=7), "info_credibility"),
        (lambda: incident(severity=9), "severity"),
        (lambda: incident(fatalities=1, fatalities_civilian=2), "fatalities"),
        (lambda: incident(occurred_end=T0 - timedelta(hours=1)), "occurred_end"),
        (lambda: unit(sidc="1003100016121100000X"), "sidc"),
        (lambda: unit(nation="Nepal"), "nation"),
        (lambda: incident(releasable_to=("XX",)), "releasable_to"),
        (lambda: area(geometry=shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])), "geometry"),
        (lambda: line(buffer_m=-5.0), "buffer_m"),
    ],
)
def test_invalid_records_are_refused_naming_the_field(make, field):
    with pytest.raises(ValidationError) as err:
        make()
    assert err.value.field == field
    assert field in str(err.value)


def test_unknown_category_is_refused_by_the_store_and_nothing_is_written(tmp_path: Path, store):
    store.save(incident())
    before = store.stats()
    with pytest.raises(ValidationError, match="category"):
        store.save_many([incident(), incident(category="rumour")])
    assert store.stats() == before
    assert len(store.changes_since(0)) == 1


def test_unknown_classification_label_is_refused(store):
    with pytest.raises(ValidationError, match="classification"):
        store.save(incident(classification="TOP SECRET"))
    assert store.count("incident") == 0


def test_position_report_needs_its_unit(store):
    with pytest.raises(ValidationError, match="unit_id"):
        store.save(position("4b0f7d3c-0000-4000-8000-000000000000"))
    u = unit()
    store.save_many([position(u.id), u])  # the unit may come later in the same batch
    assert store.count("position_report") == 1


def test_a_failed_batch_leaves_the_file_byte_for_byte_unchanged(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path) as s:
        s.save_many([incident() for _ in range(10)])
    before = file_bytes(path)
    with open_store(path) as s:
        good = [incident() for _ in range(50)]
        with pytest.raises(ValidationError):
            s.save_many([*good, incident(category="nope")])
        assert s.count("incident") == 10
    assert file_bytes(path) == before  # not one page written by the refused batch
    with open_store(path) as s:
        assert s.count("incident") == 10 and s.check().healthy


def test_delete_leaves_a_tombstone_that_drops_out_of_queries(store):
    saved = store.save(incident())
    tomb = store.delete("incident", saved.id)
    assert tomb.deleted and tomb.version > saved.version
    assert store.query("incident") == []
    assert store.query("incident", bbox=(35, 33, 36, 34)) == []
    assert [r.id for r in store.query("incident", include_deleted=True)] == [saved.id]
    assert [c.op for c in store.changes_since(0)] == ["create", "delete"]
    with pytest.raises(NotFoundError):
        store.delete("incident", saved.id)


def test_bbox_queries_agree_with_shapely(store):
    rng = random.Random(3)
    points = [incident(lat=rng.uniform(-60, 60), lon=rng.uniform(-179, 179)) for _ in range(2000)]
    polygons = []
    for _ in range(200):
        x, y = rng.uniform(-170, 170), rng.uniform(-60, 60)
        polygons.append(area(geometry=box(x, y, x + rng.uniform(0.1, 8), y + rng.uniform(0.1, 8))))
    store.save_many(points + polygons)
    for _ in range(25):
        w, s = rng.uniform(-180, 170), rng.uniform(-80, 70)
        query_box = (w, s, min(180, w + rng.uniform(1, 60)), min(90, s + rng.uniform(1, 30)))
        q = box(*query_box)
        got = {r.id for r in store.query("incident", bbox=query_box)}
        assert got == {p.id for p in points if q.intersects(Point(p.lon, p.lat))}
        got_areas = {r.id for r in store.query("patrol_area", bbox=query_box)}
        assert got_areas == {a.id for a in polygons if q.intersects(box(*a.geometry.bounds))}


def test_bbox_across_the_antimeridian(store):
    east = store.save(incident(lon=179.5, lat=-17.0))
    west = store.save(incident(lon=-179.5, lat=-17.0))
    store.save(incident(lon=0.0, lat=-17.0))
    got = {r.id for r in store.query("incident", bbox=(179.0, -18.0, -179.0, -16.0))}
    assert got == {east.id, west.id}


def test_time_category_unit_and_text_filters(store):
    u = store.save(unit())
    a = store.save(
        incident(
            occurred_start=T0,
            category="indirect_fire",
            reporting_unit_id=u.id,
            description="Mortar rounds impacted near the water point",
        )
    )
    b = store.save(
        incident(
            occurred_start=T0 + timedelta(days=2),
            category="demonstration_peaceful",
            title="Residents protest over water",
            description="Crowd of 200",
        )
    )
    c = store.save(
        incident(occurred_start=T0 - timedelta(days=1), occurred_end=T0 + timedelta(hours=1))
    )  # spans into the window
    window = store.query("incident", start=T0 - timedelta(minutes=1), end=T0 + timedelta(days=1))
    assert {r.id for r in window} == {a.id, c.id}
    assert [r.id for r in store.query("incident", categories=["demonstration_peaceful"])] == [b.id]
    assert [r.id for r in store.query("incident", unit_id=u.id)] == [a.id]
    assert {r.id for r in store.query("incident", text="water")} == {a.id, b.id}
    assert [r.id for r in store.query("incident", text="mort")] == [a.id]
    assert store.query("incident", text='" OR 1=1 --') == []
    assert [r.id for r in store.query("unit", text="NEPB")] == [u.id]  # fmt: skip


def test_current_position_is_the_latest_observed_report(store):
    u = store.save(unit())
    store.save_many([position(u.id, 30, lat=33.3), position(u.id, 90, lat=33.5),
                     position(u.id, 60, lat=33.4)])  # fmt: skip
    assert store.current_positions()[u.id].lat == 33.5


def test_change_log_records_kind_op_unit_and_source(store):
    u = store.save(unit())
    store.save(replace(u, callsign="HIMAL"), source="import:partner.bhp")
    log = store.changes_since(0)
    assert [(c.kind, c.op, c.source) for c in log] == [
        ("unit", "create", "local"),
        ("unit", "update", "import:partner.bhp"),
    ]
    assert all(c.unit == store.origin for c in log)
    assert store.changes_since(log[0].seq) == log[1:]


def test_versions_keep_increasing_after_reopening(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path) as s:
        first = s.save(incident())
    with open_store(path) as s:
        second = s.save(incident())
    assert second.version > first.version


def test_check_finds_a_spatial_index_out_of_step(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path) as s:
        s.save_many([incident() for _ in range(5)])
        assert s.check().healthy
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM incidents_rtree WHERE rid = (SELECT min(rid) FROM incidents)")
    conn.commit()
    conn.close()
    with open_store(path) as s:
        report = s.check()
    assert not report.healthy
    assert any("spatial index" in e for e in report.errors)


def test_check_finds_a_row_edited_behind_the_apps_back(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path) as s:
        s.save(incident())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE incidents SET title = 'changed by hand'")
    conn.commit()
    conn.close()
    with open_store(path) as s:
        assert any("hash" in e for e in s.check().errors)


def test_a_file_that_is_not_a_mission_database_is_refused(tmp_path: Path):
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(junk)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a Blue Helmet mission database"):
        open_store(other)


def test_bulk_writes_keep_every_index_in_step(store):
    from app.store.store import BULK_ROWS

    many = [incident(lon=35 + i * 1e-4, title=f"Bulk {i}") for i in range(BULK_ROWS + 10)]
    store.save_many(many)
    later = store.save(incident(lon=36.5, title="Single afterwards"))  # triggers are back
    assert store.check().healthy
    assert len(store.query("incident", bbox=(34.9, 33.0, 35.5, 33.5))) == len(many)
    assert [r.id for r in store.query("incident", text="single")] == [later.id]
    assert len(store.query("incident", text="bulk")) == len(many)


def test_numbers_are_stored_in_one_type_so_hashes_survive_a_round_trip(store):
    saved = store.save(incident(precision_m=100, severity=3))
    assert store.get("incident", saved.id).precision_m == 100.0
    assert store.check().healthy
    for bad in ({"severity": 3.0}, {"severity": True}, {"info_credibility": 2.0}):
        with pytest.raises(ValidationError):
            incident(**bad)


def test_check_reports_a_row_that_no_longer_decodes_instead_of_failing(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path) as s:
        s.save(unit())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE units SET role = 'bogus'")
    conn.commit()
    conn.close()
    with open_store(path, readonly=True) as s:
        report = s.check()
    assert not report.healthy and any("does not decode" in e for e in report.errors)


def test_blank_search_text_filters_nothing(store):
    store.save_many([incident(), incident()])
    assert len(store.query("incident", text="   ")) == 2


def test_two_connections_issue_distinct_increasing_versions(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path) as first, open_store(path) as second:
        for i in range(20):
            (first if i % 2 else second).save(incident(title=f"report {i}"))
        versions = [c.version for c in first.changes_since(0)]
    assert versions == sorted(versions) and len(set(versions)) == 20


def test_read_only_opening_changes_nothing(tmp_path: Path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="not a Blue Helmet mission database"):
        open_store(empty, readonly=True)
    assert empty.read_bytes() == b""
    path = tmp_path / "m.db"
    with open_store(path) as s:
        s.save(incident())
    before = file_bytes(path)
    with open_store(path, readonly=True) as s:
        assert s.count("incident") == 1
        with pytest.raises(StoreError, match="read-only"):
            s.save(incident())
    assert file_bytes(path) == before


def test_the_map_json_of_incidents_matches_the_column_read(store):
    import json

    store.save_many(
        [incident(lat=33.1234567891, category="indirect_fire", severity=4), incident()]
        + [incident(category="crime", lon=35.0 + i / 100) for i in range(5)]
    )
    text, count = store.incident_map_json(severities=(1, 2, 3, 4))
    data = json.loads(text)
    columns = store.incident_columns(ordered=False)
    order = [c.key for c in store.categories()]
    assert count == len(data["id"]) == 7
    by_id = dict(zip(columns["id"], range(len(columns["id"])), strict=True))
    for k, incident_id in enumerate(data["id"]):
        i = by_id[incident_id]
        assert data["lat"][k] == round(columns["lat"][i], 6)
        assert order[data["cat"][k]] == columns["category"][i]
        assert data["sev"][k] == columns["severity"][i]
    only_crime, n = store.incident_map_json(categories=["crime"])
    assert n == 5 and len(json.loads(only_crime)["id"]) == 5
    assert store.incident_map_json(categories=[])[1] == 0


def test_the_map_view_of_incidents_is_read_from_the_map_index_alone(store):
    """The map's view (incidents since a time, inside a box) comes from the step-11 index, as
    a covering index: the layer's columns without reading a table row. The rows and their
    order (by rid) are those of the generic incident filter."""
    import json

    start = T0 + timedelta(days=2)
    made = store.save_many(
        [
            incident(
                lat=33.0 + (i % 10) / 10,
                lon=35.0 + (i % 7) / 10,
                occurred_start=T0 + timedelta(hours=5 * i),
                occurred_end=T0 + timedelta(hours=5 * i + 30) if i % 3 == 0 else None,
                category="crime" if i % 2 else "indirect_fire",
                severity=1 + i % 5,
            )
            for i in range(40)
        ]
    )
    store.delete("incident", made[30].id)
    view = {"bbox": (35.1, 33.2, 35.5, 33.7), "start": start}
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        layer, count = store.incident_map_json(**view)
    finally:
        store.conn.set_trace_callback(None)
    plan = [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + statements[-1])]
    assert any("USING COVERING INDEX incidents_map_window" in step for step in plan), plan
    assert not any(step.startswith("SCAN incidents") for step in plan), plan

    shown = set(store.incident_columns(**view, columns=("id",))["id"])
    in_rid_order = [r.id for r in made if r.id in shown]  # saved in turn: rids in list order
    assert 0 < count < 39
    assert json.loads(layer)["id"] == in_rid_order
    assert made[30].id not in in_rid_order


def test_unit_names_label_live_units(store):
    plain = store.save(unit(designation="Sector West HQ"))
    short = store.save(unit(designation="1st Nepalese Battalion", short_name="NEPBATT 1"))
    gone = store.save(unit(designation="Disbanded"))
    store.delete("unit", gone.id)
    assert store.unit_names() == {plain.id: "Sector West HQ", short.id: "1st Nepalese Battalion"}
    assert store.unit_names(short=True)[short.id] == "NEPBATT 1"
    assert store.unit_names(short=True)[plain.id] == "Sector West HQ"
