"""The CLI contract: demo, stats --json, check, errors as one line with a non-zero exit."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.cli.main import build_parser

KINDS = ["units", "position_reports", "patrol_areas", "patrols", "ceasefire_lines", "incidents"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a child process, as a user or script would run it."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("--db", str(path), "demo", "--size", "400")
    assert result.returncode == 0, result.stderr
    return path


def test_demo_then_stats_shows_every_kind(demo_db: Path):
    result = run("--db", str(demo_db), "stats", "--json")
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    assert set(counts) == {*KINDS, "map_items", "conflicts"}
    assert all(counts[k] > 0 for k in KINDS)
    assert counts["incidents"] == 400 and counts["conflicts"] == 0


def test_check_passes_on_the_demo(demo_db: Path):
    result = run("--db", str(demo_db), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "healthy" in result.stdout


def test_check_fails_on_a_damaged_database(demo_db: Path, tmp_path: Path):
    damaged = tmp_path / "damaged.db"
    src = sqlite3.connect(demo_db)
    dst = sqlite3.connect(damaged)
    src.backup(dst)
    src.close()
    dst.execute("DELETE FROM incidents_rtree WHERE rid IN (SELECT rid FROM incidents LIMIT 3)")
    dst.commit()
    dst.close()
    result = run("--db", str(damaged), "check", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert not report["healthy"] and any("spatial index" in e for e in report["errors"])


def test_database_defaults_to_the_environment_variable(demo_db: Path):
    result = run("stats", "--json", env={"BLUEHELMET_DB": str(demo_db)})
    assert result.returncode == 0 and json.loads(result.stdout)["incidents"] == 400


def test_demo_refuses_a_database_that_holds_a_mission(demo_db: Path):
    before = demo_db.read_bytes()
    result = run("--db", str(demo_db), "demo")
    assert result.returncode != 0
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
    assert "already holds" in result.stderr
    assert demo_db.read_bytes() == before


def test_reading_commands_never_create_a_database(tmp_path: Path, capsys):
    missing = tmp_path / "nowhere.db"
    for command in (["stats", "--json"], ["check"]):
        assert main(["--db", str(missing), *command]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Error: ") and "nowhere.db" in err and "Traceback" not in err
    assert not missing.exists()


def test_a_file_that_is_not_a_database_gives_one_line(tmp_path: Path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 1000)
    assert main(["--db", str(junk), "stats"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Error: ") and "junk.db" in err and "\n" not in err
    assert junk.read_bytes() == b"\x00garbage" * 1000


def test_bad_arguments_exit_non_zero():
    result = run("demo", "--size", "-3")
    assert result.returncode == 2 and "negative" in result.stderr


def test_every_command_has_help_text():
    def walk(parser, path):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    assert sub.description, f"{path} {name} has no description"
                    walk(sub, f"{path} {name}")
            elif action.dest != "help":
                assert action.help, f"{path} {action.dest} has no help"

    walk(build_parser(), "bluehelmet")


def test_basemaps_are_managed_from_the_command_line(tmp_path: Path, capsys):
    from pngs import png_tile

    from maps.mbtiles import write_mbtiles

    source = tmp_path / "Sector West 1-50k.mbtiles"
    tile = png_tile((10, 120, 10))
    write_mbtiles(source, [(z, 0, 0, tile) for z in range(3)], {"name": "Sector West 1:50k",
                                                                  "format": "png"})  # fmt: skip
    assert main(["basemap", "import", str(source), "--id", "sector-west"]) == 0
    assert main(["basemap", "add-online", "osm", "https://tiles.invalid/{z}/{x}/{y}.png",
                 "--label", "Street map", "--attribution", "© contributors"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["basemap", "list", "--json"]) == 0
    listed = {b["id"]: b for b in json.loads(capsys.readouterr().out)}
    assert (
        listed["sector-west"]["label"] == "Sector West 1:50k"
        and not listed["sector-west"]["online"]
    )
    assert listed["osm"]["online"] and listed["osm"]["url"].startswith("https://")
    assert main(["basemap", "add-online", "bad", "file:///etc/passwd"]) == 1
    assert "Error: " in capsys.readouterr().err
    assert main(["basemap", "remove", "osm"]) == 0
    assert main(["basemap", "import", str(tmp_path / "missing.mbtiles")]) == 1


def test_reading_commands_leave_any_file_as_it_was(tmp_path: Path, capsys):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert main(["--db", str(empty), "stats", "--json"]) == 1
    assert "not a Blue Helmet mission database" in capsys.readouterr().err
    assert empty.read_bytes() == b""


def test_analyse_violations_lists_each_incident_with_line_distance_and_side(demo_db: Path):
    result = run("--db", str(demo_db), "analyse", "violations", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["total"] == len(report["items"]) > 0
    item = report["items"][0]
    for key in ("incident_id", "occurred_start", "category", "description", "line_name",
                "distance_m", "side"):  # fmt: skip
        assert key in item
    assert item["side"] in ("left", "right", "on_line")
    for name in ("coverage", "hotspots", "proximity"):
        other = run("--db", str(demo_db), "analyse", name, "--json")
        assert other.returncode == 0, other.stderr
        assert json.loads(other.stdout)
    bad = run("--db", str(demo_db), "analyse", "violations", "--since", "yesterday")
    assert bad.returncode == 1 and bad.stderr.startswith("Error: --since")


def test_identity_and_key_cards_from_the_command_line(tmp_path: Path, capsys):
    assert main(["identity", "init", "--unit", "NEPBATT 1", "--nation", "NPL", "--org", "UN"]) == 0
    assert main(["identity", "init", "--unit", "X", "--nation", "NPL"]) == 1  # no silent replace
    assert "Error: " in capsys.readouterr().err
    assert main(["identity", "show", "--json"]) == 0
    me = json.loads(capsys.readouterr().out)
    card = tmp_path / "nepbatt.card"
    assert main(["keys", "export", "--out", str(card)]) == 0
    assert main(["keys", "trust", str(card)]) == 0
    capsys.readouterr()
    assert main(["keys", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"unit": "NEPBATT 1", "nation": "NPL", "org": "UN",
                       "fingerprint": me["fingerprint"], "revoked": False,
                       "accreditation": None}]  # fmt: skip
    assert main(["keys", "accredit", "NEPBATT 1", "confidential"]) == 0
    assert "up to CONFIDENTIAL" in capsys.readouterr().out
    assert main(["keys", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["accreditation"] == "CONFIDENTIAL"
    assert main(["keys", "revoke", "NEPBATT 1"]) == 0
    capsys.readouterr()
    assert main(["keys", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["revoked"] is True
