"""Every file of the hostile corpus through ``bluehelmet import``, as an operator would run it.

A refused file gives exit status 1 and exactly one ``Error:`` line naming the file, and the
database is exactly as it was (same digest, same change log, no package or backup surprises).
A file that is merely odd (a formula in a CSV cell, script in a title, SQL in a title) is
imported as inert text. Nothing crashes (exit 70), prints a traceback or hangs (a watchdog
kills the test run after 60 s per file).
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

import pytest
from make_corpus import FILES, ensure_large

from app.cli import main
from app.store import open_store

#: name → what must happen: ("refused", words the message must contain) or ("imported", title)
EXPECTED: dict[str, tuple[str, str]] = {
    "absolute_member.kmz": ("refused", "absolute path"),
    "absurd_fatalities.geojson": ("refused", "not a plausible count"),
    "billion_laughs.kml": ("refused", "entities"),
    "bom_then_garbage.geojson": ("refused", "not valid JSON"),
    "broken_geometry_blob.gpkg": ("refused", "feature 1"),
    "cot_entity_expansion.xml": ("refused", "entities"),
    "cot_infinite.cot": ("refused", "not a finite number"),
    "cot_latitude_out_of_range.cot": ("refused", "outside -90"),
    "deep_nesting.geojson": ("refused", "nested too deeply"),
    "empty_geometry.geojson": ("refused", "geometry"),
    "external_entity.kml": ("refused", "external references"),
    "five_megabyte_title.geojson": ("refused", "the limit is"),
    "formula_injection.csv": ("imported", '=HYPERLINK("http://x","click")'),
    "hostile_id.geojson": ("refused", "not a record id"),
    "infinite_coordinates.geojson": ("refused", "not a finite coordinate"),
    "invalid_utf8.csv": ("imported", "Shÿots"),  # read as Windows-1252, as Excel writes it
    "invalid_utf8.geojson": ("refused", "not UTF-8"),
    "latitude_91.geojson": ("refused", "outside"),
    "lying_sizes.kmz": ("refused", "refused"),
    "nan_coordinates.geojson": ("refused", "NaN"),
    "nan_coordinates.kml": ("refused", "not a finite coordinate"),
    "nan_latitude.csv": ("refused", "not a finite number"),
    "nvg_external_entity.nvg": ("refused", "external references"),
    "nvg_infinite.nvg": ("refused", "not a finite number"),
    "script_payloads.geojson": ("imported", "<img src=x onerror=\"document.title='pwned'\">"),
    "self_intersecting_area.geojson": ("refused", "cannot be repaired"),
    "shapefile_lying_sizes.zip": ("refused", "refused"),
    "shapefile_zip_slip.zip": ("refused", "climbs out of the archive"),
    "sql_looking_title.geojson": ("imported", "x'); DROP TABLE incidents; --"),
    "tak_zip_slip.zip": ("refused", "climbs out of the archive"),
    "ten_megabyte_field.csv": ("refused", "field"),
    "text_pretending.gpkg": ("refused", "named like GeoPackage"),
    "truncated.geojson": ("refused", "not valid JSON"),
    "truncated.kml": ("refused", "not well-formed XML"),
    # An unknown "kind" is a partner's own attribute, not ours: the feature is mapped by its
    # other fields (an incident), the attribute listed as ignored.
    "unknown_kind.geojson": ("imported", "Shots heard near the crossing"),
    "zip_bomb.kmz": ("refused", "zip bomb"),
    "zip_slip.kmz": ("refused", "climbs out of the archive"),
}


def corpus_files() -> list[Path]:
    ensure_large()
    return sorted(p for p in FILES.iterdir() if not p.name.startswith("."))


def test_the_corpus_is_complete_and_each_file_has_an_expectation():
    names = {p.name for p in corpus_files()}
    assert names == set(EXPECTED)
    assert len(names) >= 30


@pytest.fixture
def mission(tmp_path: Path) -> Path:
    from factories import incident, unit

    path = tmp_path / "mission.db"
    with open_store(path) as store:
        store.save_many([unit(), incident(title="Already in the picture")])
    return path


def _state(path: Path) -> tuple[str, int, list[str]]:
    with open_store(path, readonly=True) as store:
        log = store.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        titles = sorted(i.title for i in store.query("incident"))
        return store.digest(), log, titles


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_hostile_file_is_refused_in_one_line_or_imported_as_inert_text(mission, capsys, name):
    path = FILES / name
    ensure_large()
    before = _state(mission)
    # A hang fails the run loudly (on the real stderr: the captured one has no descriptor).
    faulthandler.dump_traceback_later(60, exit=True, file=sys.__stderr__)
    try:
        code = main(["--db", str(mission), "import", str(path)])
    finally:
        faulthandler.cancel_dump_traceback_later()
    out, err = capsys.readouterr()
    outcome, words = EXPECTED[name]
    assert "Traceback" not in out + err
    if outcome == "refused":
        assert code == 1, (out, err)
        assert err.count("\n") == 1 and err.startswith("Error: "), err
        assert name in err and words in err, err
        assert _state(mission) == before
    else:
        assert code == 0, err
        after = _state(mission)
        assert words in after[2]  # stored exactly as written: text, never interpreted
        with open_store(mission, readonly=True) as store:
            assert store.check().healthy
