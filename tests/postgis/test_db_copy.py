"""``bluehelmet db copy`` between SQLite and PostGIS, both ways, and the commands a user runs
against a ``postgresql://`` mission (stats, check, record reads)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from factories import incident, unit

from app.cli.main import main
from app.store import open_mission
from app.store.sync_state import bind_nodes, save_signatures


def bluehelmet(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def field_mission(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A team site's SQLite mission: the training demo, an edit, a tombstone, a photo, and
    author signatures on some versions (the digest covers them: a copy must keep them)."""
    path = tmp_path / "site.db"
    code, _, err = bluehelmet(capsys, "--db", str(path), "demo", "--size", "300", "--days", "5")
    assert code == 0, err
    with open_mission(path) as store:
        first = store.query("incident", limit=2)
        store.save(replace(first[0], title="Edited at the team site"))
        store.delete("incident", first[1].id)
        store.set_meta("mission_name", "UNDMF Sector East")
        author = " ".join(["ABCD"] * 16)
        signed = store.query("incident", limit=5)
        save_signatures(store, [("incident", r.id, r.version, author, "s" * 88) for r in signed])
        bind_nodes(store, [(store.node_id, author, "SECTOR EAST")])
        photo = b"\xff\xd8 a checkpoint photo"
        store.put_attachment(
            hashlib.sha256(photo).hexdigest(), "cp.jpg", "image/jpeg", photo, "2026-03-05T10:00Z"
        )
    return path


def digest_of(target: str | Path) -> str:
    with open_mission(target, readonly=True) as store:
        return store.digest()


def test_sqlite_to_postgis_to_sqlite_keeps_the_digest(
    field_mission: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    original = digest_of(field_mission)
    code, out, err = bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)
    assert code == 0, err
    assert "1 attachments" in out and original[:16] in out
    assert digest_of(pg_url) == original

    back = tmp_path / "back.db"
    code, out, err = bluehelmet(capsys, "db", "copy", pg_url, str(back))
    assert code == 0, err
    assert digest_of(back) == original
    with open_mission(field_mission) as a, open_mission(back) as b, open_mission(pg_url) as c:
        assert b.all_records() == a.all_records() == c.all_records()
        assert b.categories() == a.categories() == c.categories()
        assert b.meta("mission_name") == c.meta("mission_name") == "UNDMF Sector East"
        assert b.attachment_digests() == a.attachment_digests() == c.attachment_digests()
        assert b.node_id != a.node_id and c.node_id != a.node_id  # own identity each
        assert b.check().healthy and c.check().healthy


def test_the_copy_goes_on_working_as_a_mission(
    field_mission: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
):
    assert bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)[0] == 0
    with open_mission(field_mission, readonly=True) as a:
        newest = max(r.version for r in a.all_records())
    with open_mission(pg_url) as hq:
        edited = hq.save(replace(hq.query("incident", limit=1)[0], title="Confirmed by the JOC"))
        assert edited.version > newest
        hq.save(unit(designation="JOC watch"))


def test_copy_into_a_mission_with_records_is_refused_and_writes_nothing(
    field_mission: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
):
    with open_mission(pg_url) as hq:
        hq.save(incident())
        before = hq.digest()
    code, _, err = bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)
    assert code == 1 and err.startswith("Error: ") and "already holds 1 records" in err
    assert len(err.strip().splitlines()) == 1
    assert digest_of(pg_url) == before


def test_an_unreachable_server_is_one_line_without_the_password(
    field_mission: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    url = f"postgresql://joc:s3cret@{str(tmp_path / 'nowhere').replace('/', '%2F')}/mission"
    code, _, err = bluehelmet(capsys, "db", "copy", str(field_mission), url)
    assert code == 1 and err.startswith("Error: ") and "cannot connect" in err
    assert "s3cret" not in err and len(err.strip().splitlines()) == 1


def test_stats_check_and_records_against_a_postgis_mission(
    field_mission: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
):
    assert bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)[0] == 0
    code, out, err = bluehelmet(capsys, "--db", pg_url, "stats", "--json")
    assert code == 0, err
    counts = json.loads(out)
    assert counts["incidents"] == 299 and counts["conflicts"] == 0
    code, out, err = bluehelmet(capsys, "--db", pg_url, "check")
    assert code == 0, out + err
    assert "healthy" in out
    code, out, err = bluehelmet(capsys, "--db", pg_url, "stats")
    assert code == 0 and "incidents" in out


def test_the_environment_variable_selects_postgis(
    field_mission: Path, pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch
):
    assert bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)[0] == 0
    monkeypatch.setenv("BLUEHELMET_DB", pg_url)
    code, out, err = bluehelmet(capsys, "stats", "--json")
    assert code == 0, err
    assert json.loads(out)["incidents"] == 299


def test_check_on_postgis_finds_invalid_geometry_and_an_altered_row(
    field_mission: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
):
    import psycopg

    assert bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)[0] == 0
    with psycopg.connect(pg_url, autocommit=True) as conn:  # behind the app's back
        conn.execute(
            "UPDATE patrol_areas SET geometry = ST_GeomFromText("
            "'POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))', 4326)"
            " WHERE id = (SELECT min(id) FROM patrol_areas)"
        )
        conn.execute(
            "UPDATE incidents SET title = 'Changed by hand'"
            " WHERE id = (SELECT min(id) FROM incidents)"
        )
    code, out, _ = bluehelmet(capsys, "--db", pg_url, "check")
    assert code == 1
    assert "invalid geometry (Self-intersection" in out
    assert "no longer reads as a record" in out
    assert "incidents:" in out and "does not match its content hash" in out


@pytest.mark.parametrize(
    "command",
    [
        ["digest"],
        ["conflicts", "list"],
        ["mission", "show"],
        # The analyses compute over the whole mission twice (file and copy): seconds each.
        *(
            pytest.param(["analyse", name, "--json"], marks=pytest.mark.slow)
            for name in ("violations", "coverage", "hotspots", "proximity")
        ),
    ],
    ids=lambda c: " ".join(c),
)
def test_reads_on_the_postgis_copy_print_what_the_file_prints(
    field_mission: Path, pg_url: str, capsys: pytest.CaptureFixture[str], command: list[str]
):
    assert bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)[0] == 0
    on_file = bluehelmet(capsys, "--db", str(field_mission), *command)
    on_postgis = bluehelmet(capsys, "--db", pg_url, *command)
    assert on_file[0] == 0, on_file[2]
    # The same but for the line naming the database.
    assert on_postgis[1].replace(pg_url, "DB") == on_file[1].replace(str(field_mission), "DB")
    assert on_postgis[::2] == on_file[::2]


def test_export_from_postgis_is_the_same_file(
    field_mission: Path, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert bluehelmet(capsys, "db", "copy", str(field_mission), pg_url)[0] == 0
    for target, name in ((str(field_mission), "file.geojson"), (pg_url, "postgis.geojson")):
        code, _, err = bluehelmet(
            capsys, "--db", target, "export", "--format", "geojson", "--out", str(tmp_path / name)
        )
        assert code == 0, err
    exported = json.loads((tmp_path / "postgis.geojson").read_text())
    assert exported == json.loads((tmp_path / "file.geojson").read_text())
    assert len(exported["features"]) > 300
