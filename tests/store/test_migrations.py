"""An older database opens and upgrades without losing anything."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.store import migrations, open_store


def make_first_schema_database(path: Path) -> None:
    """A database exactly as the first released schema made it, with rows written by hand."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, target=1)
    envelope = (
        "origin, version, created_at, updated_at, deleted, classification, releasable_to, "
        "content_hash"
    )
    stamp = ("install-old", "001700000000000.000000.old", "2024-03-05T14:30:00.000Z",
             "2024-03-05T14:30:00.000Z", 0, "UNCLASSIFIED", '["MISSION"]')  # fmt: skip
    conn.execute(
        f"INSERT INTO units (id, {envelope}, designation, nation, sidc, role) VALUES "
        "('11111111-1111-4111-8111-111111111111', ?, ?, ?, ?, ?, ?, ?, 'x', "
        "'IRISHBATT', 'IRL', '10031000161211000000', 'infantry')",
        stamp,
    )
    conn.execute(
        f"INSERT INTO incidents (id, {envelope}, title, category, occurred_start, lat, lon, "
        "severity, source_kind, source_reliability, info_credibility, status, description) VALUES "
        "('22222222-2222-4222-8222-222222222222', ?, ?, ?, ?, ?, ?, ?, 'x', 'Mortar impact', "
        "'indirect_fire', '2024-03-05T14:00:00.000Z', 33.1, 35.6, 3, 'patrol', 'B', 2, "
        "'confirmed', 'Two rounds near the water tower')",
        stamp,
    )
    conn.close()


def test_first_schema_database_upgrades_and_keeps_its_rows(tmp_path: Path):
    path = tmp_path / "old.db"
    make_first_schema_database(path)
    conn = sqlite3.connect(path)
    assert migrations.schema_version(conn) == 1
    conn.close()

    with open_store(path) as store:
        assert store.schema_version == migrations.LATEST
        unit = store.get("unit", "11111111-1111-4111-8111-111111111111")
        assert unit.designation == "IRISHBATT" and unit.nation == "IRL"
        incident = store.get("incident", "22222222-2222-4222-8222-222222222222")
        assert incident.title == "Mortar impact" and incident.source_reliability == "B"
        # The step-2 text index covers rows written before it existed.
        assert [r.id for r in store.query("incident", text="water tower")] == [incident.id]
        assert [r.id for r in store.query("incident", bbox=(35, 33, 36, 34))] == [incident.id]
        # Step 11's map index holds rows written before it existed: the map's view finds them.
        since = datetime(2024, 3, 1, tzinfo=UTC)
        layer, count = store.incident_map_json(bbox=(35, 33, 36, 34), start=since)
        assert count == 1 and json.loads(layer)["id"] == [incident.id]


def test_upgrading_twice_is_harmless(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn) == []
    conn.close()


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path):
    import pytest

    from app.errors import StoreError

    path = tmp_path / "future.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)
