"""`bluehelmet record …`: the same edits as the forms, from scripts, with one-line errors."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.cli.main import build_parser
from app.store import open_store

UNIT = {"designation": "NEPBATT 1", "nation": "NPL", "sidc": "10031000161211000000"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "mission.db"
    with open_store(path):
        pass
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def table_dump(db: Path) -> list[object]:
    conn = sqlite3.connect(db)
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
        )
    ]
    rows = [(n, sorted(map(repr, conn.execute(f"SELECT * FROM '{n}'")))) for n in sorted(names)]
    conn.close()
    return rows


def test_add_show_update_delete_round_trip(db: Path, capsys):
    code, out, err = run(db, capsys, "record", "add", "unit", "--json", json.dumps(UNIT))
    assert code == 0 and err == ""
    unit_id = out.strip()
    assert len(out.splitlines()) == 1

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
    code, out, _ = run(db, capsys, "record", "add", "incident", "--json", json.dumps(incident))
    assert code == 0
    incident_id = out.strip()

    code, out, _ = run(db, capsys, "record", "show", incident_id)
    shown = json.loads(out)
    assert out.startswith('{\n  "kind": "incident"')  # indented for reading
    assert shown["title"] == "Mortar <b>impact</b>"
    assert shown["occurred_start"] == "2026-03-05T14:30:00.000Z"
    assert (shown["lat"], shown["lon"]) == (33.25, 35.5)
    assert shown["source_reliability"] == "B" and shown["attachments_info"] == []

    code, out, _ = run(
        db, capsys, "record", "update", incident_id, "--json", '{"severity": 4, "injured": 1}'
    )
    assert (code, out.strip()) == (0, incident_id)
    shown = json.loads(run(db, capsys, "record", "show", incident_id)[1])
    assert (shown["severity"], shown["injured"], shown["info_credibility"]) == (4, 1, 2)

    assert run(db, capsys, "record", "delete", incident_id)[:2] == (0, incident_id + "\n")
    assert json.loads(run(db, capsys, "record", "show", incident_id)[1])["deleted"] is True


def test_every_kind_through_the_cli_with_geojson(db: Path, capsys, tmp_path: Path):
    unit_id = run(db, capsys, "record", "add", "unit", "--json", json.dumps(UNIT))[1].strip()
    polygon = {
        "type": "Polygon",
        "coordinates": [[[35.0, 33.0], [35.2, 33.0], [35.2, 33.2], [35.0, 33.0]]],
    }
    line = {"type": "LineString", "coordinates": [[35.0, 33.1], [35.3, 33.15]]}
    inputs = {
        "position_report": {"unit_id": unit_id, "observed_at": "2026-03-05T14:30Z",
                            "location": "36S YA 12345 67890"},
        "patrol_area": {"name": "PA North", "geometry": polygon},
        "patrol": {"unit_id": unit_id, "planned_start": "2026-03-05T06:00Z",
                   "planned_end": "2026-03-05T10:00Z", "track": line, "patrol_type": "foot"},
        "ceasefire_line": {"name": "Line A", "geometry": line, "party_left": "North",
                           "party_right": "South", "buffer_m": 1000},
    }  # fmt: skip
    for kind, data in inputs.items():
        code, out, err = run(db, capsys, "record", "add", kind, "--json", json.dumps(data))
        assert code == 0, err
        shown = json.loads(run(db, capsys, "record", "show", out.strip())[1])
        assert shown["kind"] == kind
    with open_store(db, readonly=True) as store:
        stats = store.stats()
    assert stats["patrols"] == stats["ceasefire_lines"] == stats["position_reports"] == 1


def test_json_from_a_file_and_from_standard_input(db: Path, capsys, tmp_path, monkeypatch):
    source = tmp_path / "unit.json"
    source.write_text(json.dumps(UNIT), encoding="utf-8")
    code, out, _ = run(db, capsys, "record", "add", "unit", "--json", f"@{source}")
    assert code == 0
    unit_id = out.strip()
    monkeypatch.setattr("sys.stdin", io.StringIO('{"callsign": "Tiger"}'))
    assert run(db, capsys, "record", "update", unit_id, "--json", "-")[0] == 0
    assert json.loads(run(db, capsys, "record", "show", unit_id)[1])["callsign"] == "Tiger"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "incident", "--json", '{"title": "x", "lat": 95}'],
         "Error: category: is required\n"),
        (["add", "unit", "--json", json.dumps({**UNIT, "nation": "Nepal"})],
         "Error: nation: 'NEPAL' is not an ISO 3166 alpha-3 nation code\n"),
        (["add", "unit", "--json", json.dumps({**UNIT, "colour": "blue"})],
         "Error: colour: is not a field of unit\n"),
        (["add", "unit", "--json", "{not json"],
         "Error: json: the argument is not valid JSON (line 1, column 2: Expecting property "
         "name enclosed in double quotes)\n"),
        (["add", "unit", "--json", "[1, 2]"],
         "Error: json: the argument must hold one JSON object of field names\n"),
        (["add", "unit", "--json", "@missing.json"], "Error: json: missing.json: no such file\n"),
        (["update", "no-such-id", "--json", "{}"], "Error: no record with id no-such-id\n"),
        (["delete", "no-such-id"], "Error: no record with id no-such-id\n"),
        (["show", "no-such-id"], "Error: no record with id no-such-id\n"),
    ],
)  # fmt: skip
def test_errors_are_one_line_and_nothing_is_written(db: Path, capsys, args, message):
    before = table_dump(db)
    code, out, err = run(db, capsys, "record", *args)
    assert code != 0 and out == ""
    assert err == message
    assert table_dump(db) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "incident", "--json", '{"title": "x", "lat": 95}'],
         "Erreur\u00a0: Catégorie (category) : est obligatoire\n"),
        (["add", "unit", "--json", json.dumps({**UNIT, "colour": "blue"})],
         "Erreur\u00a0: Couleur (colour) : n'est pas un champ d'enregistrement « unité »\n"),
        (["add", "incident", "--json", json.dumps({"title": "x", "category": "picnic"})],
         "Erreur\u00a0: Catégorie (category) : 'picnic' ne figure pas dans la liste des "
         "catégories de la mission\n"),
    ],
)  # fmt: skip
def test_a_french_reader_gets_the_editing_errors_in_french(db: Path, capsys, args, message):
    """The field is named as the record form labels it, beside the key the command takes;
    what is wrong is said in French."""
    before = table_dump(db)
    code, out, err = run(db, capsys, "--lang", "fr", "record", *args)
    assert code != 0 and out == ""
    assert err == message
    assert table_dump(db) == before


def test_status_attach_and_attachment_commands(db: Path, capsys, tmp_path: Path):
    incident = {
        "title": "Roadblock",
        "category": "fom_restriction",
        "occurred_start": "2026-03-05T09:00Z",
        "lat": 33.3,
        "lon": 35.4,
    }
    incident_id = run(db, capsys, "record", "add", "incident", "--json", json.dumps(incident))[
        1
    ].strip()
    assert run(db, capsys, "record", "status", incident_id, "confirmed")[0] == 0
    code, out, err = run(db, capsys, "record", "status", incident_id, "reported")
    assert code == 1 and err == (
        "Error: status: a confirmed incident cannot become reported; it can become disputed, "
        "closed\n"
    )
    photo = tmp_path / "roadblock.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not much of a photo \xff\xd9")
    code, out, _ = run(db, capsys, "record", "attach", incident_id, str(photo))
    sha256 = out.strip()
    assert code == 0 and len(sha256) == 64
    shown = json.loads(run(db, capsys, "record", "show", incident_id)[1])
    assert shown["status"] == "confirmed" and shown["attachments"] == [sha256]
    assert shown["attachments_info"][0]["media_type"] == "image/jpeg"
    saved = tmp_path / "out"
    saved.mkdir()
    code, out, _ = run(db, capsys, "record", "attachment", sha256, "--out", str(saved))
    assert code == 0 and (saved / "roadblock.jpg").read_bytes() == photo.read_bytes()
    assert run(db, capsys, "record", "detach", incident_id, sha256)[0] == 0
    assert json.loads(run(db, capsys, "record", "show", incident_id)[1])["attachments"] == []


def test_the_change_log_names_the_unit_given_with_as_unit(db: Path, capsys):
    run(db, capsys, "record", "--as-unit", "FRABATT", "add", "unit", "--json", json.dumps(UNIT))
    with open_store(db, readonly=True) as store:
        (change,) = store.changes_since(0)
    assert (change.op, change.unit, change.source) == ("create", "FRABATT", "cli")


def test_every_record_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    record = sub.choices["record"]  # type: ignore[attr-defined]
    actions = next(a for a in record._actions if a.dest == "record_command")
    assert set(actions.choices) >= {"add", "update", "delete", "show", "status", "attach"}
    for name, command in actions.choices.items():
        assert command.description, name


def test_a_script_pipes_json_into_the_real_command(db: Path):
    """The console entry point in a child process, as a shell script would run it."""
    import os
    import subprocess
    import sys

    def bluehelmet(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "--db", str(db), "record", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=dict(os.environ),
            timeout=120,
        )

    added = bluehelmet("add", "unit", "--json", "-", stdin=json.dumps(UNIT))
    assert added.returncode == 0 and added.stderr == ""
    unit_id = added.stdout.strip()
    moved = bluehelmet(
        "add",
        "position_report",
        "--json",
        json.dumps({"unit_id": unit_id, "observed_at": "051430ZMAR26", "location": "33.2, 35.4"}),
    )
    assert moved.returncode == 0
    refused = bluehelmet("add", "position_report", "--json", '{"unit_id": "ghost"}')
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == "Error: unit_id: no unit with id ghost\n"
    with open_store(db, readonly=True) as store:
        assert store.current_positions()[unit_id].id == moved.stdout.strip()
