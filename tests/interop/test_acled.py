"""ACLED exports as they really are: both codebooks, every event type, the dates spreadsheets
write, a leading index column, multi-line notes; files made up by ``acled_files``."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from acled_files import CURRENT_TYPES, PRE_2019_TYPES, write_current, write_pre_2019

from app.domain import taxonomy
from app.interop.features import parse_time
from app.interop.importer import FeaturesRefused, import_file
from app.store import open_store


@pytest.mark.parametrize(
    "text", ["2020-05-09", "09 May 2020", "9 May 2020", "9-May-20", "09/05/2020", "09-May-2020"]
)
def test_every_date_form_acled_and_spreadsheets_write_is_read_day_first(text: str):
    assert parse_time(text, "event_date").date().isoformat() == "2020-05-09"


def test_every_event_type_of_both_codebooks_has_a_seed_category():
    keys = {c.key: c for c in taxonomy.SEED_CATEGORIES}
    for (event, sub), key in CURRENT_TYPES.items():
        assert taxonomy.acled_category(event, sub) == key and keys[key].active
    for event, key in PRE_2019_TYPES.items():
        assert taxonomy.acled_category(event, None) == key
    assert not keys["remote_violence"].active  # retired with the pre-2019 codebook


def test_thousands_of_events_of_both_codebooks_import_with_no_flags(tmp_path: Path):
    current = write_current(tmp_path / "current.csv", 2500)
    old = write_pre_2019(tmp_path / "old.csv", 900, index_column=True)
    with open_store(tmp_path / "m.db") as store:
        first = import_file(store, tmp_path / "current.csv")
        second = import_file(store, tmp_path / "old.csv")
        assert (first.created["incident"], second.created["incident"]) == (2500, 900)
        incidents = store.query("incident")
    by_category = Counter(i.category for i in incidents)
    assert set(by_category) == set(CURRENT_TYPES.values()) | set(PRE_2019_TYPES.values())
    assert by_category["riots_protests"] == 100
    sample = next(i for i in incidents if "SDN10005" in i.description)
    row = current[5]
    assert (sample.lat, sample.lon) == (float(row["latitude"]), float(row["longitude"]))
    assert sample.occurred_start.date().isoformat() == "2019-01-06"
    assert sample.category == "suicide_bomb" and sample.fatalities == 1
    assert sample.actors == (
        "Police Forces of Sudan (2019-)", "Misseriya Ethnic Militia (Sudan)",
        "Hamar Ethnic Group (Sudan)", "Rapid Support Forces",
    )  # fmt: skip
    assert sample.precision_m == 50_000.0  # geo-precision 3: only a larger region
    assert sample.description.endswith(
        "[ACLED event: SDN10005 · event type: Explosions/Remote violence · sub-event type: "
        "Suicide bomb · interaction: 13 · geo-precision: 3 · time-precision: 3 · source: "
        "Radio Dabanga; Sudan Tribune · source scale: National]"
    )
    with_breaks = [i for i in incidents if "\nA second paragraph" in i.description]
    assert with_breaks  # multi-line notes kept whole
    old_one = next(i for i in incidents if "SUD2003" in i.description)
    assert old_one.occurred_start.date().isoformat() == "2012-01-04"
    assert old_one.category == "hq_base_established" and old[3]["FATALITIES"] == "3"


def test_one_broken_row_is_named_and_skip_invalid_imports_the_rest(tmp_path: Path):
    path = tmp_path / "current.csv"
    rows = write_current(path, 400, index_column=False)
    text = path.read_text(encoding="utf-8")
    broken = f"SDN10041,{rows[41]['event_date']},"
    assert text.count(broken) == 1
    path.write_text(text.replace(broken, "SDN10041,31 Febtember 2020,"), encoding="utf-8")
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(FeaturesRefused) as err:
            import_file(store, path)
        assert store.count("incident") == 0
        summary = import_file(store, path, skip_invalid=True)
        assert store.count("incident") == 399
    row = 2 + 41  # the header is row 1; a note with line breaks is still one row
    expected = f"row {row}: event_date: '31 Febtember 2020' is not a date (dates are read day first"
    assert str(err.value).startswith(f"current.csv: {expected}")
    assert [p.line()[: len(expected)] for p in summary.problems] == [expected]
