"""The record commands against a ``postgresql://`` mission: the same edits, validation and
one-line errors as on a file; commands that still need a file say so in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.store import open_mission

DOCS = Path(__file__).resolve().parents[2] / "docs"
UNIT = {"designation": "NEPBATT 1", "nation": "NPL", "sidc": "10031000161211000000"}


def run(url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", url, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_add_show_update_delete_round_trip_on_postgis(pg_url: str, capsys):
    code, out, err = run(pg_url, capsys, "record", "add", "unit", "--json", json.dumps(UNIT))
    assert code == 0 and err == ""
    unit_id = out.strip()
    company = {**UNIT, "designation": "NEPBATT 1 A Coy", "parent_id": unit_id}
    code, out, err = run(pg_url, capsys, "record", "add", "unit", "--json", json.dumps(company))
    assert code == 0, err
    incident = {
        "title": "Mortar <b>impact</b>",
        "category": "indirect_fire",
        "occurred_start": "051430ZMAR26",
        "location": "33°15'00\"N 35°30'00\"E",
        "reporting_unit_id": unit_id,
        "actors": ["Northern Forces"],
        "source_reliability": "b",
        "info_credibility": 2,
    }
    code, out, err = run(
        pg_url, capsys, "record", "add", "incident", "--json", json.dumps(incident)
    )
    assert code == 0, err
    incident_id = out.strip()

    shown = json.loads(run(pg_url, capsys, "record", "show", incident_id)[1])
    assert shown["title"] == "Mortar <b>impact</b>"
    assert shown["occurred_start"] == "2026-03-05T14:30:00.000Z"
    assert (shown["lat"], shown["lon"]) == (33.25, 35.5)
    assert shown["actors"] == ["Northern Forces"]

    code, out, _ = run(
        pg_url, capsys, "record", "update", incident_id, "--json", '{"severity": 4, "injured": 1}'
    )
    assert (code, out.strip()) == (0, incident_id)
    shown = json.loads(run(pg_url, capsys, "record", "show", incident_id)[1])
    assert (shown["severity"], shown["injured"], shown["info_credibility"]) == (4, 1, 2)

    assert run(pg_url, capsys, "record", "status", incident_id, "confirmed")[0] == 0
    assert (
        json.loads(run(pg_url, capsys, "record", "show", incident_id)[1])["status"] == "confirmed"
    )

    code, _, err = run(pg_url, capsys, "record", "delete", unit_id)
    assert code == 1 and "sub-unit" in err and len(err.strip().splitlines()) == 1

    assert run(pg_url, capsys, "record", "delete", incident_id)[:2] == (0, incident_id + "\n")
    assert json.loads(run(pg_url, capsys, "record", "show", incident_id)[1])["deleted"] is True
    with open_mission(pg_url, readonly=True) as store:
        assert [c.op for c in store.changes_since(0)] == ["create"] * 3 + ["update"] * 2 + [
            "delete"
        ]
        assert store.check().healthy


def test_invalid_input_is_refused_in_one_line_and_writes_nothing(pg_url: str, capsys):
    bad = {"title": "x", "category": "rumour", "occurred_start": "2026-03-05T14:30Z",
           "location": "33.2 35.5", "reporting_unit_id": "no-such-unit"}  # fmt: skip
    code, _, err = run(pg_url, capsys, "record", "add", "incident", "--json", json.dumps(bad))
    assert code != 0 and err.startswith("Error: ") and "category" in err
    with open_mission(pg_url, readonly=True) as store:
        assert store.record_count() == 0 and store.last_change_seq() == 0


def test_briefing_outputs_on_postgis(pg_url: str, tmp_path: Path, capsys):
    """render (standalone HTML, with and without briefing furniture, and of a saved view) and
    the SITREP without its map run on a PostGIS mission and show its records."""
    from datetime import UTC, datetime, timedelta

    from factories import incident

    hour_ago = datetime.now(UTC) - timedelta(hours=1)
    with open_mission(pg_url) as store:
        store.save_many(
            [
                incident(title=f"Shelling near OP {i}", lat=33.2 + i / 100, occurred_start=hour_ago)
                for i in range(3)
            ]
        )
    out = tmp_path / "brief.html"
    code, printed, err = run(pg_url, capsys, "render", "--out", str(out))
    assert code == 0, err
    assert "standalone briefing map" in printed and "Shelling near OP 2" in out.read_text()
    plain = tmp_path / "plain.html"
    code, printed, err = run(pg_url, capsys, "render", "--plain", "--out", str(plain))
    assert code == 0, err
    assert "standalone map" in printed and "Shelling near OP 1" in plain.read_text()
    sitrep = tmp_path / "sitrep.html"
    code, printed, err = run(
        pg_url, capsys, "report", "sitrep", "--since", "24h", "--no-map", "--out", str(sitrep)
    )
    assert code == 0, err
    assert "3 incidents" in printed and "Daily situation report" in sitrep.read_text()


def test_mission_settings_and_categories_edit_the_same_on_postgis(pg_url: str, tmp_path, capsys):
    """The same settings and category edits on a file and on PostGIS show the same mission."""
    shown = []
    for target in (str(tmp_path / "mission.db"), pg_url):
        if not target.startswith("postgresql"):
            assert main(["--db", target, "init", "--name", "UNDOF"]) == 0
        steps = [
            ["mission", "set", "name", "UNDOF Golan"],
            ["mission", "set", "parties", "Alpha side, Bravo side"],
            ["mission", "set", "area", "35.6,32.6,36.1,33.4"],
            [
                "mission",
                "categories",
                "add",
                "drone_overflight",
                "Drone overflight",
                "--violation",
                "--label-fr",
                "Survol de drone",
            ],
            ["mission", "categories", "rename", "armed_clash", "Exchange of fire"],
            ["mission", "categories", "retire", "grenade"],
        ]
        for step in steps:
            code, _, err = run(target, capsys, *step)
            assert code == 0, (step, err)
        code, out, err = run(target, capsys, "mission", "show", "--json")
        assert code == 0, err
        result = json.loads(out)
        result.pop("database", None)
        shown.append(result)
        code, out, _ = run(target, capsys, "mission", "categories", "list")
        shown.append(out)
    assert shown[2] == shown[0] and shown[3] == shown[1]
    assert "Drone overflight" in shown[1] and "Exchange of fire" in shown[1]
    code, out, _ = run(pg_url, capsys, "--lang", "fr", "mission", "categories", "list")
    assert code == 0 and "Survol de drone" in out and "Drone overflight" not in out
    with open_mission(pg_url, readonly=True) as store:
        assert store.meta("mission_name") == "UNDOF Golan"
        kinds = [c.kind for c in store.changes_since(0)]
        assert kinds.count("mission") == 3 and kinds.count("category") == 3
        assert store.check().healthy


def test_imports_orbat_and_attachments_on_postgis(pg_url: str, tmp_path, capsys):
    site = tmp_path / "site.db"
    assert main(["--db", str(site), "demo", "--size", "150"]) == 0
    exported = tmp_path / "picture.geojson"
    assert main(["--db", str(site), "export", "--format", "geojson", "--out", str(exported)]) == 0
    capsys.readouterr()
    code, out, err = run(pg_url, capsys, "import", str(exported))
    assert code == 0, err
    assert "150 new incident" in out
    code, out, err = run(pg_url, capsys, "orbat", "import", str(DOCS / "orbat-example.csv"))
    assert code == 0, err
    assert "new unit" in out

    with open_mission(pg_url, readonly=True) as store:
        incident_id = store.query("incident", limit=1)[0].id
    photo = tmp_path / "cp4.jpg"
    photo.write_bytes(b"\xff\xd8\xff a checkpoint photo")
    code, out, err = run(pg_url, capsys, "record", "attach", incident_id, str(photo))
    assert code == 0, err
    sha256 = out.strip()
    copy = tmp_path / "copy.jpg"
    assert run(pg_url, capsys, "record", "attachment", sha256, "--out", str(copy))[0] == 0
    assert copy.read_bytes() == photo.read_bytes()
    shown = json.loads(run(pg_url, capsys, "record", "show", incident_id)[1])
    assert [a["file_name"] for a in shown["attachments_info"]] == ["cp4.jpg"]
    assert run(pg_url, capsys, "record", "detach", incident_id, sha256)[0] == 0
    with open_mission(pg_url, readonly=True) as store:
        assert store.get("incident", incident_id).attachments == ()
        assert store.check().healthy


def test_init_and_places_find_on_postgis(pg_url: str, capsys):
    code, out, err = run(pg_url, capsys, "init", "--name", "Sector East", "--labels", "nato")
    assert code == 0, err
    assert out.startswith("Mission 'Sector East' created in postgresql://")
    code, out, err = run(pg_url, capsys, "mission", "show", "--json")
    assert code == 0 and json.loads(out)["name"] == "Sector East"
    code, out, err = run(pg_url, capsys, "record", "add", "unit", "--json", json.dumps(UNIT))
    assert code == 0, err
    # A server's database with records is never replaced by init, --force or not.
    for extra in ([], ["--force"]):
        code, _, err = run(pg_url, capsys, "init", "--name", "Other", *extra)
        assert code == 1 and "already holds a mission with records" in err
        assert err.count("\n") == 1
    code, out, err = run(pg_url, capsys, "places", "find", "33.25, 35.5", "--json")
    assert code == 0, err
    assert json.loads(out)
