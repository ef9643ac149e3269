"""`bluehelmet import` and `bluehelmet export`: the same services, one-line errors, filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from interop_helpers import FIXTURES, cli

from app.cli import main
from app.store import open_store

run = cli


def test_export_filters_by_kind_area_and_time(source, tmp_path: Path, capsys):
    db, _ = source
    out = tmp_path / "inc.geojson"
    code = main(["--db", str(db), "export", "--format", "geojson", "--out", str(out),
                 "--kind", "incident", "--kind", "unit", "--bbox", "35.3,33.1,35.7,33.4",
                 "--since", "2026-03-05T00:00Z"])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.strip() == "inc.geojson: exported 1 incident, 1 unit"
    kinds = [f["properties"]["kind"] for f in json.loads(out.read_text())["features"]]
    assert kinds == ["unit", "incident"]
    main(["--db", str(db), "export", "--format", "csv", "--out", str(out), "--kind", "incident",
          "--since", "2026-03-06T00:00Z"])  # fmt: skip
    assert capsys.readouterr().out.strip() == "inc.geojson: exported nothing"
    result = run("--db", str(db), "export", "--format", "gpkg", "--out", str(tmp_path / "x.gpkg"),
                 "--bbox", "0,0,1,1")  # fmt: skip
    assert result.returncode == 1 and "x.gpkg: nothing to export" in result.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_import_with_a_column_mapping_and_dry_run(tmp_path: Path, capsys):
    db = tmp_path / "m.db"
    with open_store(db):
        pass
    path = FIXTURES / "observers_mgrs.csv"
    args = ["--db", str(db), "import", str(path), "--as", "incident", "--map", "Name=title",
            "--map", "Remarks="]  # fmt: skip
    assert main([*args, "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == "observers_mgrs.csv: would import 2 new incidents"
    assert main(args) == 0
    with open_store(db) as store:
        assert [i.description for i in store.query("incident")] == ["", ""]  # Remarks dropped


@pytest.mark.parametrize(
    "content, expected",
    [
        ("title,date,lat,lon,category\nx,2026-03-01,33,35,nope\n",
         "Error: bad.csv: row 2: category: category 'nope' matches no category"),
        ("just some words\n", "Error: bad.csv: not a format Blue Helmet can import"),
    ],
)  # fmt: skip
def test_a_bad_file_gives_one_line_and_exit_1_and_writes_nothing(tmp_path, content, expected):
    db = tmp_path / "m.db"
    with open_store(db):
        pass
    path = tmp_path / "bad.csv"
    path.write_text(content)
    result = run("--db", str(db), "import", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(expected) and result.stderr.count("\n") == 1
    with open_store(db) as store:
        assert store.record_count() == 0


def test_export_arguments_are_checked(source, tmp_path: Path):
    db, _ = source
    result = run("--db", str(db), "export", "--format", "shp", "--out", str(tmp_path / "x"))
    assert result.returncode == 2 and "invalid choice: 'shp'" in result.stderr
    result = run("--db", str(db), "export", "--format", "csv", "--out", "/no/such/dir/x.csv")
    assert result.returncode == 1 and result.stderr.startswith("Error: /no/such/dir/x.csv")


def test_every_interop_command_has_help():
    for command in ("import", "export"):
        result = run(command, "--help")
        assert result.returncode == 0 and "--format" in result.stdout
