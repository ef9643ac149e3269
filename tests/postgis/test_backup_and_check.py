"""Backups, restores and checks of a PostGIS mission on the throwaway server.

``backup`` writes a pg_dump custom-format file; ``restore`` loads one into an empty database
(all or nothing) and checks it; ``check`` runs the record checks plus PostGIS geometry
validity, attachment contents and spatial index agreement.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import psycopg
import pytest
from factories import incident, line, position, unit
from test_mission_users import as_role, role_name

from app.cli.main import main
from app.store import open_mission
from app.store.postgis import PostgisStore
from app.store.postgis_roles import add_user

_numbers = itertools.count(1)


def empty_database(pg_cluster) -> str:
    name = f"restored_{os.getpid()}_{next(_numbers)}"
    pg_cluster.admin(f"CREATE DATABASE {name}")
    return pg_cluster.url(name)


def fill(url: str) -> tuple[str, str]:
    """A small mission with an attachment and a mission user; returns (digest, user)."""
    with PostgisStore(url) as store:
        data = b"report scan"
        import hashlib

        digest_of_data = hashlib.sha256(data).hexdigest()
        store.put_attachment(digest_of_data, "scan.pdf", "application/pdf", data, "2026-03-05")
        u = unit(releasable_to=("MISSION",))
        store.save_many(
            [
                u,
                position(u.id, releasable_to=("MISSION",)),
                line(),
                incident(attachments=(digest_of_data,), releasable_to=("FRA",)),
                incident(title="not for FRA", releasable_to=("NPL",)),
            ]
        )
        user = role_name("fra_bk")
        add_user(store, user, nation="FRA")
        return store.digest(), user


def test_backup_then_restore_into_an_empty_database_gives_the_same_mission(
    pg_url: str, pg_cluster, tmp_path: Path, capsys
):
    digest, user = fill(pg_url)
    dump = tmp_path / "hq.dump"
    assert main(["--db", pg_url, "backup", "--out", str(dump)]) == 0
    assert "pg_dump custom format" in capsys.readouterr().out
    assert dump.read_bytes()[:5] == b"PGDMP"
    target = empty_database(pg_cluster)
    assert main(["--db", target, "restore", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "passes 'check'" in out and f"rights again: {user}" in out
    with open_mission(target, readonly=True) as restored:
        assert restored.digest() == digest
        assert restored.check().healthy
    # The liaison officer reads the restored mission as before: one releasable incident.
    with psycopg.connect(as_role(target, user)) as conn:
        assert conn.execute("SELECT title FROM incidents").fetchall() == [
            ("Small-arms fire heard",)
        ]


def test_restore_refuses_a_database_that_is_not_empty_and_changes_nothing(
    pg_url: str, tmp_path: Path, capsys
):
    digest, _ = fill(pg_url)
    dump = tmp_path / "hq.dump"
    assert main(["--db", pg_url, "backup", "--out", str(dump)]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "restore", str(dump)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: restore refused:") and "is not empty" in err
    with open_mission(pg_url, readonly=True) as store:
        assert store.digest() == digest


def test_restore_refuses_what_is_not_a_mission_dump(pg_cluster, tmp_path: Path, capsys):
    target = empty_database(pg_cluster)
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"not a dump at all")
    assert main(["--db", target, "restore", str(junk)]) == 1
    assert "not a PostgreSQL custom-format dump" in capsys.readouterr().err
    other = empty_database(pg_cluster)
    with psycopg.connect(other, autocommit=True) as conn:
        conn.execute("CREATE TABLE inventory (item text)")
    foreign = tmp_path / "other.dump"
    assert main(["--db", other, "backup", "--out", str(foreign)]) == 0
    capsys.readouterr()
    assert main(["--db", target, "restore", str(foreign)]) == 1
    assert "not of a Blue Helmet mission" in capsys.readouterr().err
    with psycopg.connect(target) as conn:
        assert conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)


def test_automatic_backups_are_listed(pg_url: str, capsys):
    fill(pg_url)
    assert main(["--db", pg_url, "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "backup", "--list"]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "manual" in listed[0] and listed[0].endswith(".dump")


def test_check_reports_invalid_geometry_and_damaged_attachments(pg_url: str, capsys):
    fill(pg_url)
    assert main(["--db", pg_url, "check"]) == 0
    capsys.readouterr()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        # A self-crossing "bow tie" polygon, written past the app as a careless GIS edit would.
        conn.execute(
            "UPDATE ceasefire_lines SET geometry ="
            " ST_GeomFromText('POLYGON((35 33, 35.2 33.2, 35.2 33, 35 33.2, 35 33))', 4326)"
        )
        conn.execute("UPDATE attachments SET data = 'tampered'::bytea")
    assert main(["--db", pg_url, "check"]) != 0
    out = capsys.readouterr().out
    assert "invalid geometry (Self-intersection" in out
    assert "does not match its contents" in out


@pytest.mark.parametrize("command", [["backup"], ["restore", "x.dump"]])
def test_backup_needs_a_reachable_server(tmp_path: Path, capsys, command: list[str]):
    url = f"postgresql://nobody@{str(tmp_path).replace('/', '%2F')}/none"
    assert main(["--db", url, *command]) == 1
    assert capsys.readouterr().err.startswith("Error: ")
