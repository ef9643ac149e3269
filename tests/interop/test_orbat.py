"""The ORBAT from a spreadsheet: the docs' examples (CSV and Excel) build the same unit tree,
higher units named any way a staff table names them, also when they come later in the file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from interop_helpers import cli
from openpyxl import Workbook

from app.interop.base import InteropError
from app.interop.orbat import import_orbat, nation_code
from app.store import open_store

DOCS = Path(__file__).resolve().parents[2] / "docs"


def tree(store) -> dict[str, tuple]:
    units = {u.id: u for u in store.units()}
    return {
        u.designation: (
            units[u.parent_id].designation if u.parent_id else None,
            u.nation,
            u.echelon,
            u.role,
            u.callsign,
        )
        for u in units.values()
    }


EXPECTED = {
    "Sector East Headquarters": (None, "UN", "brigade", "headquarters", "SUNRISE"),
    "Bangladesh Battalion 1": ("Sector East Headquarters", "BGD", "battalion", "infantry", "TIGER"),
    # Higher unit by short name, given before the battalion's own row.
    "Alpha Company Bangladesh Battalion 1": (
        "Bangladesh Battalion 1", "BGD", "company", "infantry", "TIGER 1",
    ),
    # Higher unit by the file's id column.
    "Bravo Company Bangladesh Battalion 1": (
        "Bangladesh Battalion 1", "BGD", "company", "infantry", "TIGER 2",
    ),
    # Nation as a country name, higher unit by short name.
    "Force Military Police Company East": (
        "Sector East Headquarters", "NPL", "company", "military_police", "WARDEN",
    ),
    # Nation as an alpha-2 code, higher unit by call sign.
    "Formed Police Unit Rwanda": (
        "Sector East Headquarters", "RWA", "company", "formed_police_unit", "BADGE",
    ),
    # No unit type: the role is read from the SIDC.
    "Pakistani Engineer Company": (
        "Sector East Headquarters", "PAK", "company", "engineer", "SAPPER",
    ),
    "Team Site Kaga": ("Sector East Headquarters", "UN", "team", "observer_team", "KESTREL 8"),
}  # fmt: skip


@pytest.mark.parametrize("name", ["orbat-example.xlsx", "orbat-example.csv"])
def test_example_orbat_builds_the_documented_tree(tmp_path: Path, name: str):
    with open_store(tmp_path / "m.db") as store:
        summary = import_orbat(store, DOCS / name)
        assert summary.describe() == f"{name}: imported 8 new units"
        assert tree(store) == EXPECTED
        hq = next(u for u in store.units() if u.designation == "Sector East Headquarters")
        assert hq.sidc[7] == "2"  # drawn with the headquarters staff
        assert store.check().healthy


def test_importing_a_corrected_orbat_updates_instead_of_duplicating(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        import_orbat(store, DOCS / "orbat-example.xlsx")
        again = import_orbat(store, DOCS / "orbat-example.csv")
        assert again.describe() == "orbat-example.csv: imported 8 updated units"
        assert store.count("unit") == 8


def test_higher_unit_may_already_be_in_the_mission(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        import_orbat(store, DOCS / "orbat-example.csv")
        later = tmp_path / "reinforcement.csv"
        later.write_text("Unit;Higher;Nation;Type;Size\nCharlie Company;BANBAT-1;BGD;inf;I\n")
        import_orbat(store, later)
        assert tree(store)["Charlie Company"][:3] == ("Bangladesh Battalion 1", "BGD", "company")


def sheet(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["Unit", "Higher", "Nation", "Type"], ["A Coy", "Nowhere Bn", "BGD", "inf"]],
         "row 3: higher unit: 'Nowhere Bn' is neither a unit in the file nor in this mission"),
        ([["Unit", "Higher", "Nation", "Type"], ["A", "B", "BGD", "inf"], ["B", "A", "BGD", "inf"]],
         "goes round in a circle"),
        ([["Unit", "Nation", "Type"], ["A Coy", "Atlantis", "inf"]],
         "row 3: nation: 'Atlantis' is no country code or name we know"),
        ([["Unit", "Nation", "Type"], ["A Coy", "BGD", "wizards"]],
         "row 3: unit type: 'wizards' is not a unit type we know"),
        ([["Unit", "Nation", "Type", "Echelon"], ["A Coy", "BGD", "inf", "huge"]],
         "row 3: echelon: 'huge' is not an echelon"),
        ([["Colour", "Taste"], ["red", "sweet"]], "header row naming a unit column"),
    ],
)  # fmt: skip
def test_a_bad_row_refuses_the_whole_file_naming_the_row(tmp_path: Path, rows, message):
    # A title line above the header, as staff tables have.
    path = sheet(tmp_path / "bad.xlsx", [["Sector East ORBAT"], *rows])
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(InteropError, match=message.replace("(", r"\(").replace(")", r"\)")):
            import_orbat(store, path)
        assert store.count("unit") == 0


def test_nation_codes_from_names_and_codes():
    assert nation_code("Bangladesh") == nation_code("bd") == nation_code("BGD") == "BGD"
    assert nation_code("un") == "UN"


def test_cli_orbat_import_and_dry_run(tmp_path: Path):
    db = tmp_path / "m.db"
    open_store(db).close()

    def bluehelmet(*args: str) -> subprocess.CompletedProcess[str]:
        return cli("--db", str(db), *args)

    dry = bluehelmet("orbat", "import", str(DOCS / "orbat-example.xlsx"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would import 8 new units" in dry.stdout
    done = bluehelmet("orbat", "import", str(DOCS / "orbat-example.xlsx"))
    assert "imported 8 new units" in done.stdout
    assert '"units": 8' in bluehelmet("stats", "--json").stdout


def test_a_sidc_that_excel_turned_into_a_number_is_refused(tmp_path: Path):
    path = sheet(
        tmp_path / "numbers.xlsx",
        [["Unit", "Nation", "SIDC"], ["A Coy", "BGD", 10031000151211000000]],
    )
    with (
        open_store(tmp_path / "m.db") as store,
        pytest.raises(InteropError, match=r"row 2: sidc: .* store codes such as SIDCs as text"),
    ):
        import_orbat(store, path)
