"""Map items in the mission database: stored, indexed, logged, and added to an existing mission
without changing any record it already holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factories import map_item
from shapely.geometry import Point
from test_migrations import make_first_schema_database

from app.store import migrations, open_store


def test_a_map_item_is_saved_found_by_place_and_name_and_deleted_as_a_tombstone(tmp_path):
    with open_store(tmp_path / "m.db") as store:
        route = store.save(map_item(status="closed"))
        camp = store.save(map_item(name="Camp Faouar", item_type="camp_base",
                                   geometry=Point(35.9, 33.4)))  # fmt: skip
        assert store.get("map_item", route.id) == route
        assert [m.id for m in store.query("map_item", bbox=(35.85, 33.35, 36, 33.5))] == [camp.id]
        assert [m.id for m in store.query("map_item", text="camp")] == [camp.id]
        assert store.stats()["map_items"] == 2
        store.delete("map_item", route.id)
        assert [m.id for m in store.map_items()] == [camp.id]
        assert [c.op for c in store.changes_since() if c.record_id == route.id] == [
            "create", "delete",
        ]  # fmt: skip
        report = store.check()
    assert report.healthy, report.errors


def test_an_existing_mission_upgrades_with_every_record_unchanged(tmp_path: Path):
    path = tmp_path / "old.db"
    make_first_schema_database(path)
    step = migrations.MIGRATIONS.index(migrations._map_items) + 1
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=step - 1)  # the mission as the version before map items
    before = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in ("units", "incidents")}
    # Later steps may add columns (with defaults): the columns that were there are unchanged.
    old_columns = {
        t: ", ".join(r[1] for r in conn.execute(f"PRAGMA table_info({t})")) for t in before
    }
    conn.close()
    with open_store(path, readonly=True) as old_look:  # a read-only look changes nothing
        assert old_look.stats()["map_items"] == 0 and old_look.query("map_item") == []
        digest = old_look.digest()
    with open_store(path) as store:
        assert store.schema_version == migrations.LATEST
        for table, rows in before.items():
            selected = store.conn.execute(f"SELECT {old_columns[table]} FROM {table}")
            assert [tuple(r) for r in selected] == rows
        assert store.digest() == digest
        assert store.count("map_item") == 0
        store.save(map_item())
        report = store.check()  # (the hand-written old rows carry a placeholder hash)
        assert report.checked["map_items rows"] == 1
        assert not [e for e in report.errors if "map_item" in e]
