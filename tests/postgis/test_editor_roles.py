"""Editing roles: an editor writes, through the app, only records it may read; its versions are
made at the HQ (the mission's node) and signed by the HQ installation's key when they leave;
with psql it can read as the policies allow and write no table at all."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from factories import incident, unit
from test_hq_sync import Site
from test_mission_users import as_role, psql, role_name

from app.cli.main import main
from app.editing import Editor
from app.errors import AppError, StoreError
from app.store import open_mission
from app.store.postgis import PostgisStore
from app.store.postgis_roles import add_user, list_users
from app.sync.service import version_authors

TABLES = (
    "units",
    "position_reports",
    "incidents",
    "map_items",
    "patrols",
    "patrol_areas",
    "ceasefire_lines",
    "change_log",
    "conflicts",
    "seen_versions",
    "attachments",
    "attachment_names",
    "record_signatures",
    "meta",
    "categories",
    "saved_views",
    "mission_users",
    "package_log",
    "partner_state",
    "node_authors",
)


@pytest.fixture
def hq(tmp_path: Path, pg_url: str):  # type: ignore[no-untyped-def]
    """The HQ on PostGIS with its own identity, a field unit that trusts it, records for FRA
    and for NPL only, and a FRA editor (lowest label) and a FRA liaison officer (read-only)."""
    hq = Site(tmp_path / "hq", pg_url, "Sector East JOC", "GHA")
    field = Site(tmp_path / "field", str(tmp_path / "field.db"), "FRABATT 1", "FRA")
    hq.meet(field)
    store = hq.store
    force = store.save(unit(designation="FORCE HQ", releasable_to=("MISSION",)))
    shared = store.save(incident(title="Mortar impact near OP 7", releasable_to=("FRA",)))
    hidden = store.save(incident(title="Zulu informant meeting", releasable_to=("NPL",)))
    editor, reader = role_name("fra_ed"), role_name("fra_lo")
    add_user(store, editor, nation="FRA", editor=True)
    add_user(store, reader, nation="FRA")
    yield {
        "hq": hq,
        "field": field,
        "force": force,
        "shared": shared,
        "hidden": hidden,
        "editor": as_role(pg_url, editor),
        "editor_name": editor,
        "reader": as_role(pg_url, reader),
    }
    hq.store.close()
    field.store.close()


def test_an_editor_creates_and_edits_through_the_app_and_the_hq_key_signs(hq):
    with open_mission(hq["editor"]) as store:
        assert not store.readonly and store.editor
        made = Editor(store).add(
            "incident",
            {
                "title": "Roadblock at checkpoint 4",
                "category": "fom_restriction",
                "occurred_start": "2026-03-05T14:30:00Z",
                "location": "33.25, 35.5",
                "releasable_to": ["FRA", "GHA"],
                "source_reliability": "B",
                "info_credibility": 2,
            },
        )
        edited = Editor(store).update(hq["shared"].id, {"severity": 4})
        assert store.get("incident", made.id) == made
        assert store.get("incident", edited.id) == edited
    owner = hq["hq"].store
    # Made at the HQ: the mission's own node and origin, the change log naming the editor.
    for record in (made, edited):
        assert record.version.endswith("." + owner.node_id)
        assert owner.get("incident", record.id) == record
    assert made.origin == owner.origin
    assert edited.created_at == hq["shared"].created_at and edited.version > hq["shared"].version
    log = {(c.record_id, c.op): c.unit for c in owner.changes_since(0)}
    assert log[(made.id, "create")] == hq["editor_name"]
    assert log[(edited.id, "update")] == hq["editor_name"]
    assert owner.check().healthy
    # The HQ installation signs them when they leave; the field unit verifies and takes them.
    summary = hq["field"].receive(hq["hq"].send(hq["field"]))
    assert summary.counts["incident"] == {"new": 2}
    field_store = hq["field"].store
    assert field_store.get("incident", made.id) == made
    authors = version_authors(field_store, made, hq["field"].identity, hq["field"].trust)
    assert authors[0]["author"] == "Sector East JOC"
    assert authors[0]["signature"] == "verified"


def test_an_editor_cannot_edit_or_make_what_it_may_not_read(hq):
    hidden = hq["hidden"]
    with open_mission(hq["editor"]) as store:
        editor = Editor(store)
        with pytest.raises(AppError) as refused:
            editor.update(hidden.id, {"title": "overwritten"})
        assert "\n" not in str(refused.value)
        # Past the app's own read (a crafted record with the hidden id): the server refuses.
        with pytest.raises(StoreError, match="not a record you may edit") as refused:
            store.save(replace(hidden, title="overwritten"))
        assert "\n" not in str(refused.value)
        # Releasing a record away from its own nation, or above its accreditation: refused.
        for bad in (
            replace(hq["shared"], releasable_to=("NPL",)),
            replace(hq["shared"], classification="CONFIDENTIAL"),
            incident(title="for Nepal only", releasable_to=("NPL",)),
        ):
            with pytest.raises(StoreError, match="an editor writes only what it may read"):
                store.save(bad)
        # All or nothing: a good record in the same batch as a refused one is not written.
        with pytest.raises(StoreError):
            store.save_many([incident(title="good"), replace(hidden, title="bad")])
    owner = hq["hq"].store
    assert owner.get("incident", hidden.id) == hidden
    assert owner.get("incident", hq["shared"].id) == hq["shared"]
    assert {i.title for i in owner.query("incident")} == {
        "Mortar impact near OP 7",
        "Zulu informant meeting",
    }


def test_the_cli_as_an_editor_refuses_a_hidden_record_in_one_line(hq, capsys):
    hidden = hq["hidden"]
    code = main(["--db", hq["editor"], "record", "update", hidden.id, "--json", '{"severity": 5}'])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Error: ") and err.count("\n") == 1
    code = main(
        ["--db", hq["editor"], "record", "update", hq["shared"].id, "--json", '{"severity": 5}']
    )
    assert code == 0, capsys.readouterr().err
    assert hq["hq"].store.get("incident", hq["shared"].id).severity == 5


def test_psql_as_an_editor_writes_no_table(hq):
    url = hq["editor"]
    shared = hq["shared"].id
    with psycopg.connect(hq["hq"].store.url) as admin:
        column = dict(
            admin.execute(
                "SELECT DISTINCT ON (table_name) table_name, column_name"
                " FROM information_schema.columns WHERE table_name = ANY(%s)"
                " AND is_generated = 'NEVER' AND is_identity = 'NO'"
                " ORDER BY table_name, ordinal_position",
                (list(TABLES),),
            ).fetchall()
        )
    assert set(column) == set(TABLES)
    for table in TABLES:
        for sql in (
            f"INSERT INTO {table} DEFAULT VALUES",
            f"UPDATE {table} SET {column[table]} = {column[table]}",
            f"DELETE FROM {table}",
            f"TRUNCATE {table}",
        ):
            done = psql(url, sql)
            assert done.returncode != 0, sql
            assert "permission denied" in done.stderr, (sql, done.stderr)
    done = psql(url, f"UPDATE incidents SET title = 'x' WHERE id = '{shared}'")
    assert "permission denied" in done.stderr
    # The write function is the editor's only path, and it checks: a hidden record is refused
    # even when called by hand, and a read-only role may not call it at all.
    body = (
        "jsonb_build_object('id', '{}', 'classification', 'UNCLASSIFIED',"
        " 'releasable_to', '[\"FRA\"]'::jsonb)"
    )
    done = psql(url, f"SELECT * FROM bh_editor_write('incident', {body.format(hq['hidden'].id)})")
    assert done.returncode != 0 and "not a record you may edit" in done.stderr
    done = psql(hq["reader"], f"SELECT * FROM bh_editor_write('incident', {body.format(shared)})")
    assert done.returncode != 0 and "permission denied" in done.stderr
    with psycopg.connect(hq["hq"].store.url) as admin:
        assert admin.execute("SELECT count(*) FROM incidents").fetchone() == (2,)
    assert hq["hq"].store.get("incident", shared) == hq["shared"]


def test_users_add_editor_lists_it_and_remove_takes_its_write_path(pg_url: str, capsys):
    name = role_name("fra_ed")
    assert main(["--db", pg_url, "users", "add", name, "--nation", "FRA", "--editor"]) == 0
    assert f"Added {name}: nation FRA, accreditation lowest label only, editor" in (
        capsys.readouterr().out
    )
    with PostgisStore(pg_url) as store:
        assert [u.editor for u in list_users(store)] == [True]
    assert main(["--db", pg_url, "users", "remove", name]) == 0
    with psycopg.connect(pg_url) as admin:
        assert (
            admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None
        )
