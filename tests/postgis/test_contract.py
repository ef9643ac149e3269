"""The store contract, run on both engines: SQLite (a file) and PostGIS (a throwaway server).

Each test takes ``store`` and runs twice; what one engine does the other must do the same way:
stamping and versions, refusals that write nothing, tombstones, queries, the change log,
merges with conflicts, digests, stats, categories, meta and attachment contents.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from factories import T0, area, incident, line, map_item, patrol, position, unit
from shapely.geometry import Point, box

from app.domain import taxonomy
from app.domain.records import Record
from app.domain.serialize import canonical_json
from app.errors import NotFoundError, StoreError, ValidationError
from app.store import Store, open_mission
from app.store.rows import record_to_row
from app.store.store import RemoteChange
from app.store.sync_state import save_signatures
from app.sync.merge import RecordState, decide


def every_kind() -> list[Record]:
    u = unit()
    return [
        u,
        position(u.id, accuracy_m=12.5),
        area(),
        line(),
        patrol(u.id),
        incident(actors=("Northern Forces", "Southern Army"), releasable_to=("NPL", "IND")),
        map_item(),
    ]


def merge(store: Store, records: list[Record], ancestors: tuple[str, ...] = ()):
    """What sync's import does with received records: decide, then apply, in one transaction."""
    with store.transaction():
        current, history = store.merge_inputs([(r.KIND, r.id) for r in records])
        changes = []
        for record in records:
            key = (record.KIND, record.id)
            row = record_to_row(record)
            remote = RecordState(*key, record.version, row["content_hash"], ancestors)
            local = current.get(key)
            local_state = RecordState(*key, *local) if local else None
            decision = decide(local_state, remote, history.get(key, set()))
            changes.append(
                RemoteChange(record, ancestors, str(decision.action), decision.conflict, row=row)
            )
        return store.apply_remote(changes, "package:test.bhp", unit="partner")


def test_every_kind_round_trips_and_survives_reopening(target: str):
    with open_mission(target) as s:
        saved = s.save_many(every_kind())
    with open_mission(target) as s:
        for before in saved:
            after = s.get(before.KIND, before.id)
            assert after == before
            assert canonical_json(after) == canonical_json(before)
            assert s.find(before.id) == before


def test_save_stamps_origin_version_and_times(store: Store):
    saved = store.save(incident())
    assert saved.origin == store.origin
    assert saved.version and saved.created_at == saved.updated_at
    edited = store.save(replace(saved, title="Heavy machine-gun fire"))
    assert edited.version > saved.version
    assert edited.created_at == saved.created_at and edited.updated_at >= saved.updated_at
    assert store.get("incident", saved.id).title == "Heavy machine-gun fire"


def test_versions_keep_increasing_across_connections(target: str):
    with open_mission(target) as first, open_mission(target) as second:
        a = first.save(incident())
        b = second.save(incident())
        c = first.save(incident())
    assert a.version < b.version < c.version


def test_refused_batches_write_nothing(store: Store):
    store.save(incident())
    before = (store.stats(), store.digest(), store.last_change_seq())
    with pytest.raises(ValidationError, match="category"):
        store.save_many([incident(), incident(category="rumour")])
    with pytest.raises(ValidationError, match="classification"):
        store.save(incident(classification="TOP SECRET"))
    with pytest.raises(ValidationError, match="unit_id"):
        store.save(position("4b0f7d3c-0000-4000-8000-000000000000"))
    assert (store.stats(), store.digest(), store.last_change_seq()) == before


def test_a_failure_inside_a_transaction_rolls_everything_back(store: Store):
    with pytest.raises(RuntimeError), store.transaction():
        store.save_many([incident(), unit()])
        store.set_meta("mission_name", "Half written")
        raise RuntimeError("power cut")
    assert store.record_count() == 0 and store.meta("mission_name") is None
    assert store.changes_since(0) == []


def test_a_unit_may_arrive_later_in_the_same_batch(store: Store):
    u = unit()
    store.save_many([position(u.id), u])
    assert store.count("position_report") == 1


def test_delete_leaves_a_tombstone_that_drops_out_of_queries(store: Store):
    saved = store.save(incident())
    tomb = store.delete("incident", saved.id)
    assert tomb.deleted and tomb.version > saved.version
    assert store.query("incident") == []
    assert store.query("incident", bbox=(35, 33, 36, 34)) == []
    assert [r.id for r in store.query("incident", include_deleted=True)] == [saved.id]
    assert [c.op for c in store.changes_since(0)] == ["create", "delete"]
    assert store.count("incident") == 0 and store.count("incident", include_deleted=True) == 1
    with pytest.raises(NotFoundError):
        store.delete("incident", saved.id)
    with pytest.raises(NotFoundError):
        store.get("incident", "no-such-id")


def test_bbox_queries_agree_with_shapely(store: Store):
    rng = random.Random(3)
    points = [incident(lat=rng.uniform(-60, 60), lon=rng.uniform(-179, 179)) for _ in range(600)]
    polygons = []
    for _ in range(80):
        x, y = rng.uniform(-170, 170), rng.uniform(-60, 60)
        polygons.append(area(geometry=box(x, y, x + rng.uniform(0.1, 8), y + rng.uniform(0.1, 8))))
    store.save_many(points + polygons)
    for _ in range(15):
        w, s = rng.uniform(-180, 170), rng.uniform(-80, 70)
        query_box = (w, s, min(180, w + rng.uniform(1, 60)), min(90, s + rng.uniform(1, 30)))
        q = box(*query_box)
        want = sorted(p.id for p in points if q.intersects(Point(p.lon, p.lat)))
        assert sorted(r.id for r in store.query("incident", bbox=query_box)) == want
        assert store.ids_in_bbox("incident", query_box) == want
        got_areas = {r.id for r in store.query("patrol_area", bbox=query_box)}
        assert got_areas == {a.id for a in polygons if q.intersects(box(*a.geometry.bounds))}


def test_bbox_across_the_antimeridian(store: Store):
    east = store.save(incident(lon=179.5, lat=-17.0))
    west = store.save(incident(lon=-179.5, lat=-17.0))
    store.save(incident(lon=0.0, lat=-17.0))
    got = {r.id for r in store.query("incident", bbox=(179.0, -18.0, -179.0, -16.0))}
    assert got == {east.id, west.id}
    assert store.ids_in_bbox("incident", (179.0, -18.0, -179.0, -16.0)) == sorted(
        [east.id, west.id]
    )
    # The map's incident layer and the table's columns take the same box.
    layer, count = store.incident_map_json(bbox=(179.0, -18.0, -179.0, -16.0))
    assert count == 2 and sorted(json.loads(layer)["id"]) == sorted([east.id, west.id])
    columns = store.incident_columns(columns=("id",), bbox=(179.0, -18.0, -179.0, -16.0))
    assert sorted(columns["id"]) == sorted([east.id, west.id])


def test_map_layer_of_a_view_takes_its_box_edges_and_what_lasts_into_its_time(store: Store):
    """The map of a view: incidents inside the box (edges included) that were going on at or
    after its start — one that began before but ended after counts."""
    start = T0 + timedelta(days=1)
    on_edge = store.save(incident(lon=35.0, lat=33.5, occurred_start=start))
    lasting = store.save(
        incident(lon=35.5, lat=33.5, occurred_start=T0, occurred_end=start + timedelta(hours=2))
    )
    store.save(incident(lon=35.5, lat=33.5, occurred_start=T0))  # over before the view starts
    store.save(incident(lon=34.9, lat=33.5, occurred_start=start))  # west of the box
    gone = store.save(incident(lon=35.5, lat=33.6, occurred_start=start))
    store.delete("incident", gone.id)
    layer, count = store.incident_map_json(bbox=(35.0, 33.0, 36.0, 34.0), start=start)
    data = json.loads(layer)
    assert count == 2 and sorted(data["id"]) == sorted([on_edge.id, lasting.id])
    assert all(len(values) == 2 for values in data.values())  # the arrays stay aligned
    at = data["id"].index(lasting.id)
    assert (data["lat"][at], data["lon"][at]) == (33.5, 35.5)


def test_bbox_ids_take_points_on_the_edge_and_leave_out_deleted_ones(store: Store):
    corner = store.save(incident(lon=35.0, lat=33.0))
    edge = store.save(incident(lon=35.5, lat=34.0))
    gone = store.save(incident(lon=35.2, lat=33.5))
    store.save(incident(lon=36.01, lat=33.5))
    store.delete("incident", gone.id)
    assert store.ids_in_bbox("incident", (35.0, 33.0, 36.0, 34.0)) == sorted([corner.id, edge.id])
    with pytest.raises(ValidationError, match="bbox"):
        store.ids_in_bbox("incident", (0, 10, 1, 5))


def test_bbox_refuses_kinds_without_location_and_boxes_off_the_globe(store: Store):
    with pytest.raises(ValidationError, match="bbox"):
        store.query("unit", bbox=(0, 0, 1, 1))
    with pytest.raises(ValidationError, match="bbox"):
        store.query("incident", bbox=(0, 10, 1, 5))


def test_time_category_unit_and_text_filters(store: Store):
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
    )
    window = store.query("incident", start=T0 - timedelta(minutes=1), end=T0 + timedelta(days=1))
    assert {r.id for r in window} == {a.id, c.id}
    assert [r.id for r in store.query("incident", categories=["demonstration_peaceful"])] == [b.id]
    assert store.query("incident", categories=[]) == []
    assert [r.id for r in store.query("incident", unit_id=u.id)] == [a.id]
    assert {r.id for r in store.query("incident", text="water")} == {a.id, b.id}
    assert [r.id for r in store.query("incident", text="mort")] == [a.id]
    assert store.query("incident", text="' OR 1=1 --") == []
    assert len(store.query("incident", text="   ")) == 3
    assert [r.id for r in store.query("unit", text="nepb")] == [u.id]
    assert [r.id for r in store.query("incident", limit=1)] == [c.id]  # ordered by time
    assert store.mission_period() == (T0 - timedelta(days=1), T0 + timedelta(days=2))


def test_change_log_records_kind_op_unit_and_source(store: Store):
    u = store.save(unit())
    store.save(replace(u, callsign="HIMAL"), source="import:partner.bhp")
    log = store.changes_since(0)
    assert [(c.kind, c.op, c.source) for c in log] == [
        ("unit", "create", "local"),
        ("unit", "update", "import:partner.bhp"),
    ]
    assert all(c.unit == store.origin for c in log)
    assert store.changes_since(log[0].seq) == log[1:]
    assert store.last_change_seq() == log[-1].seq
    assert [r.id for r in store.changed_since(0)] == [u.id]


def test_stats_digest_and_counts(store: Store):
    empty = store.digest()
    records = store.save_many(every_kind())
    assert store.stats() == {
        "units": 1,
        "position_reports": 1,
        "patrol_areas": 1,
        "patrols": 1,
        "ceasefire_lines": 1,
        "incidents": 1,
        "map_items": 1,
        "conflicts": 0,
    }
    assert store.record_count() == len(records)
    assert store.digest() != empty
    store.delete("map_item", records[-1].id)
    assert store.stats()["map_items"] == 0 and store.record_count() == len(records)
    assert store.unit_names() == {records[0].id: "NEPBATT 1"}


def test_digest_is_the_same_on_both_engines_for_the_same_records(tmp_path: Path, pg_url: str):
    with open_mission(str(tmp_path / "a.db")) as sqlite_store:
        records = sqlite_store.save_many(every_kind())
        expected = sqlite_store.digest()
    with open_mission(pg_url) as postgis_store:
        postgis_store.put_verbatim(records, source="copy")
        assert postgis_store.digest() == expected
        assert postgis_store.all_records() == sorted(
            records, key=lambda r: list(postgis_store.kinds_present).index(r.KIND)
        )


def _signatures(records: list[Record], value: str) -> list[tuple[str, str, str, str, str]]:
    author = " ".join(["ABCD"] * 16)
    return [(r.KIND, r.id, r.version, author, f"{value}{r.id}") for r in records]


def test_the_digest_covers_the_author_signature_of_each_current_version(store: Store):
    records = store.save_many(every_kind())
    unsigned = store.digest()
    save_signatures(store, _signatures(records[:-1], "sig-"))
    partly = store.digest()
    save_signatures(store, _signatures(records[-1:], "sig-"))
    signed = store.digest()
    assert len({unsigned, partly, signed}) == 3
    edited = store.save(replace(records[5], title="Shots heard, corrected"))
    before = store.digest()
    save_signatures(store, _signatures([records[5]], "other-"))  # an earlier version: no effect
    assert store.digest() == before
    save_signatures(store, _signatures([edited], "sig-"))
    assert store.digest() != before


def test_signatures_count_the_same_way_in_the_digest_on_both_engines(tmp_path: Path, pg_url: str):
    with open_mission(str(tmp_path / "a.db")) as sqlite_store:
        records = sqlite_store.save_many(every_kind())
        save_signatures(sqlite_store, _signatures(records, "sig-"))
        signed = sqlite_store.digest()
    with open_mission(str(tmp_path / "b.db")) as other:
        other.put_verbatim(records, source="copy")
        save_signatures(other, _signatures(records[1:], "sig-"))
        missing = other.digest()
        save_signatures(other, _signatures(records[:1], "forged-"))
        different = other.digest()
    with open_mission(pg_url) as postgis_store:
        postgis_store.put_verbatim(records, source="copy")
        save_signatures(postgis_store, _signatures(records[1:], "sig-"))
        assert postgis_store.digest() == missing
        save_signatures(postgis_store, _signatures(records[:1], "sig-"))
        assert postgis_store.digest() == signed
    assert len({signed, missing, different}) == 3


def test_partner_records_merge_verbatim_and_concurrent_edits_become_conflicts(
    store: Store, tmp_path: Path
):
    with open_mission(str(tmp_path / "partner.db")) as partner:
        theirs = partner.save(incident(title="Shots heard at CP 4"))
    summary = merge(store, [theirs])
    assert summary.counts == {"incident": {"new": 1}} and summary.conflicts == 0
    assert store.get("incident", theirs.id) == theirs  # origin, version and times kept
    ours = store.save(replace(theirs, title="Shots heard at CP 4, two rounds"))
    with open_mission(str(tmp_path / "partner.db")) as partner:
        their_edit = partner.save(replace(theirs, title="Shots heard at CP 5"))
    summary = merge(store, [their_edit], ancestors=(theirs.version,))
    assert summary.conflicts == 1
    (conflict,) = store.conflicts()
    assert {conflict.local_version, conflict.remote_version} == {ours.version, their_edit.version}
    assert store.stats()["conflicts"] == 1
    resolved = store.resolve_conflict(conflict.id, "local")
    assert resolved.title == ours.title and resolved.version > their_edit.version
    assert store.conflicts() == [] and len(store.conflicts(open_only=False)) == 1
    with pytest.raises(StoreError, match="already resolved"):
        store.resolve_conflict(conflict.id, "remote")
    history = store.ancestors_for([resolved])[(resolved.KIND, resolved.id)]
    assert ours.version in history and their_edit.version in history


def test_categories_meta_and_settings(store: Store):
    keys = [c.key for c in store.categories()]
    assert "ceasefire_violation" in keys and "indirect_fire" in keys
    active = [c.key for c in store.categories(active_only=True)]
    assert "riots_protests" in keys and "riots_protests" not in active
    assert store.classifications == tuple(taxonomy.UN_CLASSIFICATIONS)
    store.set_meta("mission_name", "UNDOF")
    store.set_meta("mission_name", "UNDOF Golan")
    assert store.meta("mission_name") == "UNDOF Golan"
    assert store.all_meta()["mission_name"] == "UNDOF Golan"
    assert store.meta("no_such_key", "fallback") == "fallback"
    rows = store.category_rows()
    renamed = [{**r, "label": "Shooting"} if r["key"] == "indirect_fire" else r for r in rows]
    store.replace_categories(renamed)
    assert {c.key: c.label for c in store.categories()}["indirect_fire"] == "Shooting"


def test_the_seed_categories_are_the_same_on_both_engines(tmp_path: Path, pg_url: str):
    with open_mission(str(tmp_path / "a.db")) as a, open_mission(pg_url) as b:
        assert a.categories() == b.categories()


def test_attachment_contents_are_kept_once_per_digest(store: Store):
    data = b"\x89PNG photo bytes"
    digest = hashlib.sha256(data).hexdigest()
    assert store.put_attachment(digest, "cp4.png", "image/png", data, "2026-03-05T14:30:00.000Z")
    assert not store.put_attachment(digest, "again.png", "image/png", data, "2026-03-06T00:00Z")
    info, content = store.get_attachment(digest)
    assert content == data and info["file_name"] == "cp4.png" and info["size"] == len(data)
    assert store.attachment_info(digest) == {k: v for k, v in info.items()}
    assert store.attachment_digests() == [digest]
    with pytest.raises(NotFoundError):
        store.get_attachment("0" * 64)


def test_read_only_opening_refuses_writes(target: str):
    with open_mission(target) as s:
        s.save(incident())
    with open_mission(target, readonly=True) as s:
        assert s.count("incident") == 1
        with pytest.raises(StoreError, match="read-only"):
            s.save(incident())


def test_check_is_healthy_for_a_mission_written_through_the_store(store: Store):
    store.save_many(every_kind())
    report = store.check()
    assert report.healthy, report.errors


def test_current_positions_and_kind_lists(store: Store):
    u = unit()
    store.save_many([u, position(u.id, 30, lat=33.3), position(u.id, 90, lat=33.5),
                     position(u.id, 60, lat=33.4), line(), area(), map_item()])  # fmt: skip
    assert store.current_positions()[u.id].lat == 33.5
    assert [len(store.ceasefire_lines()), len(store.patrol_areas()), len(store.map_items())] == [
        1,
        1,
        1,
    ]


def test_current_positions_skip_deleted_reports_and_units_without_any(store: Store):
    a, b, silent = unit(), unit(designation="GHANBATT 2"), unit(designation="INDBATT 3")
    tied = [position(b.id, 45, lat=33.1 + i / 100, id=f"tie-{i}") for i in (2, 0, 1)]
    newest = position(a.id, 90, lat=33.9)
    store.save_many([a, b, silent, position(a.id, 30, lat=33.3), newest, *tied])
    store.delete("position_report", newest.id)
    found = store.current_positions()
    assert set(found) == {a.id, b.id}
    assert found[a.id].lat == 33.3  # the deleted later fix is not where the unit is
    assert found[b.id].id == "tie-0"  # reports at the same time: the smallest id, on both


def test_track_fixes_by_unit_then_time_all_or_by_id(store: Store):
    u, v = unit(), unit()
    late, early, other = position(u.id, 90, lat=33.5), position(u.id, 30, lat=33.3), position(v.id)
    gone = position(u.id, 60, lat=33.4)
    store.save_many([u, v, late, early, other, gone])
    store.delete("position_report", gone.id)
    fixes = store.track_fixes()
    assert [(f[0], f[1]) for f in fixes if f[0] == u.id] == [(u.id, 33.3), (u.id, 33.5)]
    assert len(fixes) == 3
    assert fixes[0][3].endswith("Z")  # the fixed-width UTC text the page's time slider reads
    # A feed's new reports only: a deleted one is not drawn.
    assert [f[1] for f in store.track_fixes([late.id, gone.id, early.id])] == [33.3, 33.5]
    assert store.track_fixes([]) == []


def test_track_fixes_keep_a_window_and_each_units_latest_fixes(store: Store):
    u, v = unit(), unit(designation="INDBATT 2")
    # u: a fix every 10 minutes for 30 hours (181 fixes), one deleted; v: two fixes long ago.
    fixes = [position(u.id, 10 * k, lat=33.0 + k / 1000) for k in range(181)]
    old = [position(v.id, -3000, lat=32.0), position(v.id, -2990, lat=32.1)]
    store.save_many([u, v, *fixes, *old])
    store.delete("position_report", fixes[-1].id)  # the latest fix is withdrawn
    latest = T0 + timedelta(minutes=1790)  # the latest live fix

    # The 24 h up to the latest live fix: u's last 145 fixes; nothing of v's.
    day = store.track_fixes(recent=timedelta(hours=24))
    assert {f[0] for f in day} == {u.id}
    assert len(day) == 145
    assert day[0][1] == pytest.approx(33.035) and day[-1][1] == pytest.approx(33.179)
    assert [f[3] for f in day] == sorted(f[3] for f in day)  # by time, oldest first

    # Only each unit's latest ``most`` leave the store, still oldest first.
    capped = store.track_fixes(recent=timedelta(hours=24), most=3)
    assert [f[1] for f in capped] == pytest.approx([33.177, 33.178, 33.179])
    both = store.track_fixes(start=T0 - timedelta(days=3), most=2)
    assert [(f[0], round(f[1], 3)) for f in both if f[0] == v.id] == [(v.id, 32.0), (v.id, 32.1)]
    assert len(both) == 4

    # A view's span: from start to end, both kept; ``recent`` counts back from ``end``.
    span = store.track_fixes(start=T0 + timedelta(minutes=100), end=T0 + timedelta(minutes=130))
    assert [f[1] for f in span] == pytest.approx([33.010, 33.011, 33.012, 33.013])
    before = store.track_fixes(end=T0 + timedelta(minutes=60), recent=timedelta(minutes=20))
    assert [f[1] for f in before] == pytest.approx([33.004, 33.005, 33.006])
    assert store.track_fixes(start=latest + timedelta(minutes=1)) == []
    assert store.track_fixes(recent=timedelta(hours=1), most=0) == []


def test_lean_incident_reads_agree_across_engines(tmp_path: Path, pg_url: str):
    rng = random.Random(7)
    u = unit()
    records: list[Record] = [u]
    for i in range(120):
        records.append(
            incident(
                lat=round(rng.uniform(33.0, 33.6), 7),
                lon=round(rng.uniform(35.0, 35.8), 7),
                occurred_start=T0 + timedelta(minutes=37 * i),
                category=rng.choice(["indirect_fire", "ceasefire_violation", "armed_clash"]),
                severity=rng.randint(1, 5),
                reporting_unit_id=u.id if i % 3 == 0 else None,
                actors=("Northern Forces",) if i % 2 else (),
                title=f"Report {i} near the water point" if i % 4 == 0 else f"Report {i}",
            )
        )
    with open_mission(str(tmp_path / "a.db")) as a, open_mission(pg_url) as b:
        saved = a.save_many(records)
        b.put_verbatim(saved, source="copy")
        b.delete("incident", saved[5].id)
        a.delete("incident", saved[5].id)
        filters: list[dict] = [
            {},
            {"bbox": (35.1, 33.1, 35.5, 33.4)},
            {"start": T0 + timedelta(hours=10), "end": T0 + timedelta(hours=40)},
            {"bbox": (35.1, 33.1, 35.5, 33.4), "start": T0 + timedelta(hours=30)},
            {"categories": ["indirect_fire"], "severities": [4, 5]},
            {"unit_id": u.id, "text": "water"},
            {"statuses": []},
        ]
        for chosen in filters:
            sqlite_json, sqlite_count = a.incident_map_json(**chosen)
            postgis_json, postgis_count = b.incident_map_json(**chosen)
            assert postgis_count == sqlite_count
            sqlite_layer, postgis_layer = json.loads(sqlite_json), json.loads(postgis_json)
            order = sorted(range(sqlite_count), key=lambda i: sqlite_layer["id"][i])
            back = sorted(range(postgis_count), key=lambda i: postgis_layer["id"][i])
            for key in sqlite_layer:
                assert [postgis_layer[key][i] for i in back] == [
                    sqlite_layer[key][i] for i in order
                ], (chosen, key)
            columns = ("id", "occurred_start", "actors", "lat", "severity", "reporting_unit_id")
            assert b.incident_columns(columns=columns, **chosen) == a.incident_columns(
                columns=columns, **chosen
            )
