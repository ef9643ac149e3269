"""Imports that keep the good features: every problem reported, `--skip-invalid`, `--set`,
`--report`, and the summary the GUI shows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from interop_helpers import cli

from app.interop.importer import FeaturesRefused, import_file
from app.store import open_store

HEADER = "title,date,lat,lon,category\n"


def _rows(bad: dict[int, str], count: int = 30) -> str:
    lines = []
    for n in range(1, count + 1):
        lines.append(bad.get(n, f"Event {n},2026-03-01,33.{n:02d},35.5,armed_clash"))
    return HEADER + "\n".join(lines) + "\n"


run = cli


def test_without_skip_invalid_every_problem_is_counted_and_nothing_written(tmp_path: Path):
    bad = {n: f"Event {n},2026-03-01,33.1,35.5,grenade_{n % 2}" for n in range(1, 26)}
    bad[27] = "Event 27,someday,33.1,35.5,armed_clash"
    path = tmp_path / "events.csv"
    path.write_text(_rows(bad))
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(FeaturesRefused) as err:
            import_file(store, path)
        assert store.record_count() == 0
    summary = err.value.summary
    assert len(summary.problems) == 26 and summary.good == 4
    assert summary.problem_counts.most_common(3)[0][1] == 13  # per category value
    message = str(err.value)
    assert message.startswith("events.csv: 26 features cannot be imported, so nothing was; ")
    assert "--skip-invalid imports the 4 good feature(s)" in message
    assert "13 × category: category 'grenade_1' matches no category" in message
    assert "1 × date: … is not" in message  # counted without the value
    assert "\n  row 2: category: category 'grenade_1'" in message  # rows as a spreadsheet
    assert message.count("\n  row ") == 20 and "… and 6 more" in message


def test_skip_invalid_imports_the_rest_and_names_the_broken_row(tmp_path: Path):
    path = tmp_path / "events.csv"
    path.write_text(_rows({12: "Event 12,2026-03-01,north,35.5,armed_clash"}))
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, path, skip_invalid=True)
        assert store.count("incident") == 29
    assert [p.line() for p in summary.problems] == ["row 13: latitude: 'north' is not a number"]
    assert summary.describe().splitlines()[-1] == "  row 13: latitude: 'north' is not a number"


def test_set_gives_every_feature_a_value_over_the_files_own(tmp_path: Path):
    path = tmp_path / "events.csv"
    path.write_text(_rows({}, count=3))
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path, settings={"category": "crime", "severity": "4"})
        assert {(i.category, i.severity) for i in store.query("incident")} == {("crime", 4)}
        with pytest.raises(Exception, match=r"--set flavour=…: 'flavour' is not a record field"):
            import_file(store, path, settings={"flavour": "sweet"})


def test_cli_skip_invalid_and_report_list_every_problem(tmp_path: Path):
    db = tmp_path / "m.db"
    with open_store(db):
        pass
    path = tmp_path / "events.csv"
    path.write_text(_rows({n: f"Event {n},2026-03-01,33.1,35.5,nope" for n in range(5, 30)}))
    report = tmp_path / "problems.csv"
    refused = run("--db", str(db), "import", str(path), "--report", str(report))
    assert refused.returncode == 1 and "25 features cannot be imported" in refused.stderr
    with report.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 25 and rows[0]["feature"] == "row 6"
    done = run("--db", str(db), "import", str(path), "--skip-invalid", "--set", "severity=3")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first == "events.csv: imported 5 new incidents"
    assert "left out 25 invalid feature(s): 25 × category: category 'nope'" in done.stdout
    with open_store(db) as store:
        assert store.count("incident") == 5


def test_a_file_with_no_features_is_refused_with_a_reason(tmp_path: Path):
    path = tmp_path / "empty.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}')
    refused = r"empty\.geojson: the file holds no features"
    with open_store(tmp_path / "m.db") as store, pytest.raises(Exception, match=refused):
        import_file(store, path)
