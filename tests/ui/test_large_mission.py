"""A headquarters' mission of years of records opens on its last month, and says so.

At a million incidents, opening on all time put every one in the table and on the map (1.2 GB
for the app at that size, docs/benchmarks.md). A mission above ``LARGE_MISSION_INCIDENTS``
opens on the last ``LARGE_MISSION_DAYS`` days of its reports instead, with a note beside the
time window; "All time" is one choice away. The demo stands in for the large mission here,
with the threshold lowered below its size.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from conftest import open_in_window
from factories import incident

from app.domain.coords import parse_utc
from app.i18n import format_number
from app.store import open_store

pytestmark = pytest.mark.webengine
DAYS = 7


@pytest.fixture
def large_window(qtbot, mission: Path, monkeypatch: pytest.MonkeyPatch):
    import app.ui.main_window as main_window

    monkeypatch.setattr(main_window, "LARGE_MISSION_INCIDENTS", 1_000)
    monkeypatch.setattr(main_window, "LARGE_MISSION_DAYS", DAYS)  # the demo spans a month
    return open_in_window(qtbot, mission)


def test_a_large_mission_opens_on_its_last_month_and_all_time_is_one_choice_away(
    qtbot, large_window, mission: Path, tmp_path: Path
):
    window = large_window
    bar = window.incident_table.filter_bar
    model = window.incident_table.model
    with open_store(mission) as store:
        total = store.count("incident")
        first, latest = store.mission_period()
        recent = len(
            store.incident_columns(columns=("id",), start=latest - timedelta(days=DAYS))["id"]
        )
    assert first < latest - timedelta(days=DAYS)
    assert 0 < recent < total

    qtbot.waitUntil(lambda: len(model.rows) == recent, timeout=20_000)
    assert all(parse_utc(row[1]) >= latest - timedelta(days=DAYS + 1) for row in model.rows)
    assert bar.recent_note.isVisible()
    assert format_number(total) in bar.recent_note.text()
    assert f"last {DAYS} day" in bar.recent_note.text()
    # The map holds the same incidents as the table, not the whole mission.
    qtbot.waitUntil(lambda: window.map_view.last_counts.get("incidents") == recent, timeout=20_000)
    assert f"{format_number(recent)} of {format_number(total)}" in window.counts_label.text()

    bar.window_box.setCurrentText("All time")
    qtbot.waitUntil(lambda: len(model.rows) == total, timeout=20_000)
    qtbot.waitUntil(lambda: window.map_view.last_counts.get("incidents") == total, timeout=20_000)
    assert not bar.recent_note.isVisible()

    # Back to the window it opened on: a user's own choice now, so no note comes back, and a
    # small mission opened next starts on all time.
    small = tmp_path / "small.db"
    with open_store(small) as store:
        for n in range(3):
            store.save(incident(title=f"Small {n}"))
    bar.window_box.setCurrentText("Last 24 h")
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.open_database(small)
    assert bar.window_box.currentText() == "Last 24 h"  # the user's choice is kept
    assert not bar.recent_note.isVisible()


def test_the_window_a_large_mission_chose_is_dropped_for_the_next_small_one(
    qtbot, large_window, tmp_path: Path
):
    window = large_window
    bar = window.incident_table.filter_bar
    assert bar.recent_note.isVisible()
    small = tmp_path / "small.db"
    with open_store(small) as store:
        for n in range(3):
            store.save(incident(title=f"Small {n}"))
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.open_database(small)
    assert bar.window_box.currentText() == "All time"
    assert not bar.recent_note.isVisible()
    qtbot.waitUntil(lambda: len(window.incident_table.model.rows) == 3, timeout=20_000)
    qtbot.waitUntil(lambda: window.map_view.last_counts.get("incidents") == 3, timeout=20_000)
