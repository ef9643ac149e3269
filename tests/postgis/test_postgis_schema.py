"""What a PostGIS mission's GIS and IT staff expect of the database itself: geometry in
EPSG:4326 with GiST indexes, a migrations table, refusals of databases that are not ours or are
newer, and many writers at once without lost or duplicated versions."""

from __future__ import annotations

import threading

import psycopg
import pytest
from factories import incident

from app.errors import StoreError
from app.store import migrations, open_mission
from app.store.postgis_schema import GEOMETRY_COLUMNS, LATEST, SQLITE_STEP


def test_geometry_columns_are_epsg_4326_with_gist_indexes(pg_url: str):
    with open_mission(pg_url):
        pass
    with psycopg.connect(pg_url) as conn:
        registered = {
            (table, column): srid
            for table, column, srid in conn.execute(
                "SELECT f_table_name, f_geometry_column, srid FROM geometry_columns"
            )
        }
        indexed = {
            (table, definition)
            for table, definition in conn.execute(
                "SELECT tablename, indexdef FROM pg_indexes WHERE indexdef LIKE '%USING gist%'"
            )
        }
        steps = conn.execute("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [row[0] for row in steps] == list(range(1, LATEST + 1))
        plan = "\n".join(
            row[0]
            for row in conn.execute(
                "EXPLAIN SELECT id FROM incidents"
                " WHERE geom && ST_MakeEnvelope(35, 33, 35.2, 33.2, 4326)"
            )
        )
    for table, column in GEOMETRY_COLUMNS.items():
        assert registered[(table, column)] == 4326
        assert any(t == table and f"({column})" in d for t, d in indexed), (table, column)
    assert "incidents_geom_gist" in plan


def test_a_database_with_other_tables_is_not_taken_over(pg_url: str):
    other = pg_url.rsplit("/", 1)[0] + "/postgres"  # the server's own, not a mission
    with psycopg.connect(other, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS payroll")
        conn.execute("CREATE TABLE payroll (name text)")
    try:
        with pytest.raises(StoreError, match="holds other tables"):
            open_mission(other)
        with psycopg.connect(other) as conn:
            assert conn.execute("SELECT to_regclass('incidents')").fetchone() == (None,)
    finally:
        with psycopg.connect(other, autocommit=True) as conn:
            conn.execute("DROP TABLE payroll")


def test_a_newer_schema_is_refused_rather_than_guessed_at(pg_url: str):
    with open_mission(pg_url):
        pass
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO schema_migrations (version, name) VALUES (%s, 'from the future')",
            (LATEST + 1,),
        )
    with pytest.raises(StoreError, match="newer version of Blue Helmet COP"):
        open_mission(pg_url)


def test_a_wrong_password_or_server_is_one_line_without_the_secret(pg_url: str):
    url = pg_url.replace("postgres@", "nobody:hunter2@", 1)
    with pytest.raises(StoreError) as refused:
        open_mission(url)
    message = str(refused.value)
    assert "hunter2" not in message and "cannot connect" in message
    assert len(message.splitlines()) == 1


@pytest.mark.slow  # workstations writing concurrently for a while, by design
def test_many_workstations_writing_at_once_lose_nothing(pg_url: str):
    with open_mission(pg_url):
        pass
    saved: list[str] = []
    failures: list[BaseException] = []

    def workstation() -> None:
        try:
            with open_mission(pg_url) as store:
                for _ in range(15):
                    saved.append(store.save(incident()).version)
        except BaseException as exc:  # reported below, in the test's own thread
            failures.append(exc)

    threads = [threading.Thread(target=workstation) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert len(saved) == len(set(saved)) == 60
    with open_mission(pg_url, readonly=True) as store:
        assert store.count("incident") == 60
        assert len(store.changes_since(0)) == 60
        assert store.check().healthy


def test_the_postgis_schema_keeps_up_with_the_sqlite_one(pg_url: str):
    """A new SQLite migration needs its PostGIS counterpart (``SQLITE_STEP``): packages name the
    record schema by SQLite's step, and both engines must hold the same records."""
    assert len(SQLITE_STEP) == LATEST
    assert SQLITE_STEP[-1] == migrations.LATEST
    with open_mission(pg_url) as store:
        assert store.schema_version == migrations.LATEST


def test_a_bulk_write_leaves_the_planner_knowing_the_new_rows(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
):
    """After an import of many records the planner's row counts are the real ones at once
    (not when autovacuum next passes), so the first queries after it get the right plans."""
    from app.store import postgis

    monkeypatch.setattr(postgis, "BULK_ROWS", 20)

    def planner_rows(table: str) -> float:
        with psycopg.connect(pg_url) as conn:
            row = conn.execute(
                "SELECT reltuples FROM pg_class WHERE relname = %s", (table,)
            ).fetchone()
            assert row is not None
            return float(row[0])

    with open_mission(pg_url) as store:
        store.save_many([incident() for _ in range(5)])
        assert planner_rows("incidents") < 0  # a few edits: left to autovacuum
        store.save_many([incident() for _ in range(25)])
        assert planner_rows("incidents") == 30
        assert planner_rows("position_reports") < 0
