"""CSV in and out: ACLED exports, spreadsheets with MGRS columns, semicolons and a BOM, the
user's column mapping, and our own CSV coming back exactly."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from interop_helpers import FIXTURES

from app.domain.serialize import canonical_json
from app.interop.base import InteropError
from app.interop.csvfmt import header_and_rows
from app.interop.exporter import export_file
from app.interop.importer import detect, import_file
from app.store import open_store


def test_acled_rows_become_incidents_with_mission_categories(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        summary = import_file(store, FIXTURES / "acled_sample.csv")
        assert summary.describe() == "acled_sample.csv: imported 3 new incidents"
        by_category = {i.category: i for i in store.query("incident")}
    assert set(by_category) == {"armed_clash", "airstrike", "demonstration_peaceful"}
    clash = by_category["armed_clash"]
    assert clash.title == "Armed clash – Omdurman"
    assert clash.fatalities == 3 and clash.lat == 15.6445 and clash.lon == 32.4777
    assert clash.actors == ("Military Forces of Sudan (2019-)", "Rapid Support Forces")
    assert clash.description == (
        "Clashes near the market; 3 killed.\n\n[ACLED event: SDN30001 · event type: Battles · "
        "sub-event type: Armed clash · geo-precision: 1 · source: Radio Dabanga]"
    )
    assert clash.precision_m == 2000.0
    assert clash.occurred_start.isoformat() == "2024-03-05T00:00:00+00:00"


def test_importing_the_same_partner_file_again_updates_instead_of_duplicating(tmp_path):
    with open_store(tmp_path / "m.db") as store:
        import_file(store, FIXTURES / "acled_sample.csv")
        again = import_file(store, FIXTURES / "acled_sample.csv")
        assert again.describe() == "acled_sample.csv: imported 3 updated incidents"
        assert store.count("incident") == 3


def test_semicolons_bom_and_mgrs_with_a_column_mapping(tmp_path: Path):
    path = FIXTURES / "observers_mgrs.csv"
    assert detect(path).name == "csv"
    header, rows = header_and_rows(path)
    assert header == ["Name", "Grid", "Date", "Category", "Remarks"] and len(rows) == 2
    with open_store(tmp_path / "m.db") as store:
        import_file(store, path, as_kind="incident", mapping={"Name": "title"})
        (first, second) = store.query("incident")
    assert first.title == "OP 7 report" and first.category == "ceasefire_violation"
    assert first.lat == pytest.approx(34.0302, abs=1e-4)
    assert first.lon == pytest.approx(35.2999, abs=1e-4)
    assert first.description == "Small arms, 3 bursts"
    assert second.category == "fom_restriction"


def test_an_unknown_category_is_refused_naming_the_row_and_the_value(tmp_path: Path):
    path = tmp_path / "odd.csv"
    path.write_text(
        "title,date,lat,lon,category\n"
        "a,2026-03-01,33.1,35.1,armed_clash\n"
        "b,2026-03-01,33.1,35.1,space_invasion\n"
    )
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(InteropError) as err:
            import_file(store, path)
        assert store.count("incident") == 0
    assert "odd.csv: row 3" in str(err.value) and "space_invasion" in str(err.value)


@pytest.mark.parametrize(
    "row, expected",
    [
        ("a,2026-03-01,95,35.1,crime", "latitude 95.0 is outside"),
        ("a,2026-03-01,nan,35.1,crime", "latitude nan is not a finite number"),
        ("a,2026-03-01,33,inf,crime", "longitude inf is not a finite number"),
        ("a,2026-03-01,north,35.1,crime", "'north' is not a number"),
        ("a,yesterday-ish,33,35.1,crime", "date: .yesterday-ish. is not an ISO 8601 time"),
    ],
)
def test_bad_coordinates_and_times_are_refused_with_the_row(tmp_path: Path, row, expected):
    path = tmp_path / "bad.csv"
    path.write_text("title,date,lat,lon,category\na,2026-03-01,33,35,crime\n" + row + "\n")
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(InteropError, match=expected) as err:
            import_file(store, path)
        assert store.count("incident") == 0
    assert str(err.value).startswith("bad.csv: row 3")


def test_our_csv_comes_back_exactly_and_defuses_formulas(source, tmp_path: Path):
    db, records = source
    out = tmp_path / "all.csv"
    with open_store(db) as store:
        export_file(store, out, "csv")
        originals = {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records}
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    incident_row = next(r for r in rows if r["kind"] == "incident")
    assert incident_row["actors"].startswith("[")  # lists as JSON text
    area_row = next(r for r in rows if r["kind"] == "patrol_area")
    assert area_row["wkt"].startswith("POLYGON")
    assert not any(v.startswith("=") for row in rows for v in row.values())
    with open_store(tmp_path / "empty.db") as store:
        summary = import_file(store, out)
        assert not summary.ignored
        assert {r.id: canonical_json(store.get(r.KIND, r.id)) for r in records} == originals


def test_a_row_with_more_cells_than_columns_is_refused(tmp_path: Path):
    path = tmp_path / "ragged.csv"
    path.write_text("title,lat,lon\na,1,2,surprise\n")
    with open_store(tmp_path / "m.db") as store, pytest.raises(InteropError, match="4 cells"):
        import_file(store, path, as_kind="incident")


def test_position_reports_find_their_unit_by_callsign(source, tmp_path: Path):
    db, records = source
    path = tmp_path / "fixes.csv"
    path.write_text("callsign,time,latitude,longitude\nTiger 6,2026-03-05T15:00Z,33.3,35.6\n")
    with open_store(db) as store:
        summary = import_file(store, path)
        assert summary.created == {"position_report": 1}
        fix = store.current_positions()[records[0].id]
    assert (fix.lat, fix.lon, fix.method) == (33.3, 35.6, "imported")
    path.write_text("callsign,time,latitude,longitude\nGhost 9,2026-03-05T15:00Z,33.3,35.6\n")
    with open_store(db) as store, pytest.raises(InteropError, match="'Ghost 9' is no unit"):
        import_file(store, path)


def test_curved_wkt_is_named_as_curved_with_how_to_straighten_it(tmp_path: Path):
    """GDAL writes curves (Fiona's ``tests/data/curves_line.csv``) that GEOS cannot read: the
    row says so instead of calling it no WKT."""
    from app.interop.importer import FeaturesRefused

    path = tmp_path / "curves.csv"
    path.write_text(
        'WKT,name\n"LINESTRING (1 48,2 48)",straight\n'
        '"MULTICURVE (CIRCULARSTRING (1 47,2 47.5,1.4 46.7))",curved\n',
        encoding="utf-8",
    )
    with open_store(tmp_path / "m.db") as store, pytest.raises(FeaturesRefused) as err:
        import_file(store, path)
    assert "row 3: wkt: MULTICURVE is curved geometry, which cannot be read" in str(err.value)
    assert "CONVERT_TO_LINEAR" in str(err.value)
