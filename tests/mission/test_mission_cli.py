"""`bluehelmet init` and `bluehelmet mission …`: a real, empty mission from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.store import open_store

KINDS = ["units", "position_reports", "patrol_areas", "patrols", "ceasefire_lines", "incidents"]

INCIDENT = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [31.6, 4.85]},
            "properties": {
                "kind": "incident",
                "title": "Shots heard north of the camp",
                "category": "armed_clash",
                "occurred_start": "2026-12-01T10:00:00Z",
                "severity": 2,
            },
        }
    ],
}


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_new_mission_is_empty_healthy_named_and_takes_imports(tmp_path: Path):
    """The issue's "done when", through the real console entry point."""
    db = tmp_path / "east.db"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app", "--db", str(db), *args],
            capture_output=True, text=True, env=dict(os.environ), timeout=120,
        )  # fmt: skip

    made = cli("init", "--name", "UNMISS Sector East")
    assert made.returncode == 0, made.stderr
    counts = json.loads(cli("stats", "--json").stdout)
    assert set(KINDS) <= set(counts) and all(value == 0 for value in counts.values())
    checked = cli("check")
    assert checked.returncode == 0 and "healthy" in checked.stdout
    shown = json.loads(cli("mission", "show", "--json").stdout)
    assert shown["name"] == "UNMISS Sector East" and shown["training"] is False
    source = tmp_path / "incident.geojson"
    source.write_text(json.dumps(INCIDENT), encoding="utf-8")
    imported = cli("import", str(source))
    assert imported.returncode == 0, imported.stderr
    assert json.loads(cli("stats", "--json").stdout)["incidents"] == 1


def test_init_refuses_an_existing_file_unless_forced(tmp_path: Path, capsys):
    db = tmp_path / "m.db"
    assert run(db, capsys, "init", "--name", "First")[0] == 0
    before = db.read_bytes()
    code, _, err = run(db, capsys, "init", "--name", "Second")
    assert code == 1 and err.startswith("Error: ") and "--force" in err
    assert db.read_bytes() == before
    code, out, _ = run(db, capsys, "init", "--name", "Second", "--force")
    assert code == 0
    with open_store(db, readonly=True) as store:
        assert store.meta("mission_name") == "Second"
    # The replaced mission was backed up, not lost.
    code, out, _ = run(db, capsys, "backup", "--list")
    assert "replaced-by-init" in out


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        ("nato", ["UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET"]),
        ("Unclassified, Mission Restricted", ["UNCLASSIFIED", "MISSION RESTRICTED"]),
    ],
)
def test_init_takes_a_label_set(tmp_path: Path, capsys, labels: str, expected: list[str]):
    db = tmp_path / "m.db"
    assert run(db, capsys, "init", "--name", "X", "--labels", labels)[0] == 0
    _, out, _ = run(db, capsys, "mission", "show", "--json")
    assert json.loads(out)["labels"] == expected


@pytest.mark.parametrize(
    "command",
    [
        ["import", "x.geojson"],
        ["record", "add", "unit", "--json", "{}"],
        ["mission", "set", "name", "X"],
        ["mission", "categories", "add", "k_one", "K"],
        ["sync", "import", "p.bhp"],
        ["conflicts", "resolve", "1", "--keep", "local"],
    ],
)
def test_writing_commands_on_a_missing_database_point_to_init(tmp_path: Path, capsys, command):
    db = tmp_path / "nothing.db"
    code, _, err = run(db, capsys, *command)
    assert code != 0 and "init" in err and len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_settings_from_the_command_line(tmp_path: Path, capsys):
    db = tmp_path / "m.db"
    run(db, capsys, "init", "--name", "UNMISS Sector East")
    assert run(db, capsys, "mission", "set", "parties", "SSPDF, SPLA-IO")[0] == 0
    area = tmp_path / "ao.geojson"
    ring = [[31, 4], [33, 4], [33, 6], [31, 6], [31, 4]]
    area.write_text(json.dumps({"type": "Polygon", "coordinates": [ring]}), encoding="utf-8")
    assert run(db, capsys, "mission", "set", "area", f"@{area}")[0] == 0
    assert run(db, capsys, "mission", "set", "name", "UNMISS Sector East (Malakal)")[0] == 0
    _, out, _ = run(db, capsys, "mission", "show", "--json")
    shown = json.loads(out)
    assert shown["parties"] == ["SSPDF", "SPLA-IO"]
    assert shown["area_bounds"] == [31, 4, 33, 6]
    assert shown["name"] == "UNMISS Sector East (Malakal)"
    code, _, err = run(db, capsys, "mission", "set", "area", "40,10,30,5")
    assert code == 1 and err.startswith("Error: area:")
    code, _, err = run(db, capsys, "mission", "set", "name", "   ")
    assert code == 1 and "name" in err
    # Every change is in the change log, as settings (never records that sync would send).
    with open_store(db, readonly=True) as store:
        logged = [(c.kind, c.record_id) for c in store.changes_since(0)]
        assert ("mission", "parties") in logged and ("mission", "area") in logged
        assert store.changed_since(0) == []


def test_categories_add_rename_retire(tmp_path: Path, capsys):
    db = tmp_path / "m.db"
    run(db, capsys, "init", "--name", "X")
    code, _, err = run(
        db, capsys, "mission", "categories", "add", "cattle_raid", "Cattle raid",
        "--acled", "Violence against civilians / Attack",
    )  # fmt: skip
    assert code == 0, err
    assert (
        run(db, capsys, "mission", "categories", "rename", "cattle_raid", "Cattle raiding")[0] == 0
    )
    assert run(db, capsys, "mission", "categories", "retire", "crime")[0] == 0
    _, out, _ = run(db, capsys, "mission", "categories", "list", "--json")
    categories = {c["key"]: c for c in json.loads(out)}
    assert categories["cattle_raid"]["label"] == "Cattle raiding"
    assert categories["cattle_raid"]["acled_sub_event_type"] == "Attack"
    assert categories["crime"]["active"] is False
    code, _, err = run(
        db, capsys, "mission", "categories", "add", "odd", "Odd", "--acled", "Battles / Picnic"
    )
    assert code == 1 and "ACLED" in err
    code, _, err = run(db, capsys, "mission", "categories", "add", "Bad Key", "Bad")
    assert code == 1 and err.startswith("Error: key:")
    assert run(db, capsys, "check")[0] == 0


def test_a_mission_category_has_a_label_per_language(tmp_path: Path, capsys):
    """`--label-fr` is what a French reader sees (list, SITREP); the main label everyone else;
    the key when the mission gave neither in the reader's language nor otherwise."""
    from app.briefing.sitrep import build_sitrep, sitrep_html
    from app.i18n import using_language

    db = tmp_path / "m.db"
    run(db, capsys, "init", "--name", "X")
    code, _, err = run(
        db, capsys, "mission", "categories", "add", "water_dispute", "Water dispute",
        "--label-fr", "Différend sur l'eau",
    )  # fmt: skip
    assert code == 0, err
    _, out, _ = run(db, capsys, "mission", "categories", "list")
    assert "Water dispute" in out and "Différend" not in out
    _, out, _ = run(db, capsys, "--lang", "fr", "mission", "categories", "list")
    assert "Différend sur l'eau" in out and "Water dispute" not in out
    # Only the French label changes; the English one stays.
    code, out, err = run(
        db, capsys, "mission", "categories", "rename", "water_dispute", "--label-fr", "Litige"
    )
    assert code == 0, err
    _, out, _ = run(db, capsys, "mission", "categories", "list", "--json")
    shown = {c["key"]: c for c in json.loads(out)}["water_dispute"]
    assert shown["label"] == "Water dispute" and shown["translations"] == {"fr": "Litige"}
    code, _, err = run(db, capsys, "mission", "categories", "rename", "water_dispute")
    assert code == 1 and "--label-LANG" in err
    code, _, err = run(db, capsys, "mission", "categories", "add", "long", "L",
                       "--label-fr", "x" * 81)  # fmt: skip
    assert code == 1 and err.startswith("Error: label_fr:")

    source = tmp_path / "incident.geojson"
    feature = json.loads(json.dumps(INCIDENT))
    feature["features"][0]["properties"]["category"] = "water_dispute"
    source.write_text(json.dumps(feature), encoding="utf-8")
    code, _, err = run(db, capsys, "import", str(source))
    assert code == 0, err
    with open_store(db) as store:
        from datetime import UTC, datetime

        end = datetime(2026, 12, 1, 12, tzinfo=UTC)
        with using_language("fr"):
            french = sitrep_html(build_sitrep(store, end=end))
        english = sitrep_html(build_sitrep(store, end=end))
    assert "Litige" in french and "Water dispute" not in french
    assert "Water dispute" in english and "Litige" not in english


def test_the_demo_command_marks_the_mission_as_training(tmp_path: Path, capsys):
    db = tmp_path / "demo.db"
    code, out, _ = run(db, capsys, "demo", "--size", "50", "--units", "12")
    assert code == 0 and "fictional" in out
    _, out, _ = run(db, capsys, "mission", "show", "--json")
    shown = json.loads(out)
    assert shown["training"] is True
    assert shown["title"].startswith("TRAINING — FICTIONAL DATA")
    assert shown["parties"] == ["Northern Forces", "Southern Army"]
    assert shown["area"] is not None


def test_the_check_report_reads_in_french(tmp_path: Path, capsys):
    db = tmp_path / "m.db"
    run(db, capsys, "init", "--name", "X")
    code, out, _ = run(db, capsys, "--lang", "fr", "check")
    assert code == 0 and out.strip().endswith(": saine, 0 enregistrements actifs contrôlés")
    code, out, _ = run(db, capsys, "check")
    assert code == 0 and out.strip().endswith(": healthy, 0 live records checked")
