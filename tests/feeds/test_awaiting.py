"""A friendly position from a UID the mission does not know becomes a unit awaiting
confirmation; a known unit's position does not; ``feed awaiting`` lists them and
``feed confirm`` confirms them (a wrong name: one line, nothing confirmed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feed_peers import pytak_position
from feed_records import our_unit_at

from app.cli.main import main
from app.feeds.awaiting import awaiting_units
from app.feeds.framing import Frame
from app.feeds.ingest import FeedIngest
from app.store import open_store


def test_new_units_from_a_feed_await_confirmation(
    mission_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(mission_db) as store:
        ours = our_unit_at(store, "NEPBATT 1", 33.0, 35.0)
        FeedIngest(store, "HQ LAN").ingest([
            Frame("xml", pytak_position("ANDROID-A", "IRISH 2-1", 33.1, 35.1)),
            Frame("xml", pytak_position("ANDROID-B", "GHANBATT 3", 33.2, 35.2)),
            # Ours, known by its call sign: tracked, not new.
            Frame("xml", pytak_position("ANDROID-C", "NEPBATT 1", 33.3, 35.3)),
        ])  # fmt: skip
        marked = awaiting_units(store)
        names = {store.get("unit", i).callsign: feed for i, feed in marked.items()}
        assert names == {"IRISH 2-1": "HQ LAN", "GHANBATT 3": "HQ LAN"}
        assert ours.id not in marked
        assert store.current_positions()[ours.id].lat == 33.3  # still tracked
        # The same units again: still awaiting, not marked twice.
        FeedIngest(store, "Other").ingest(
            [Frame("xml", pytak_position("ANDROID-A", "IRISH 2-1", 33.15, 35.1))]
        )
        assert awaiting_units(store) == marked

    db = ["--db", str(mission_db)]
    assert main([*db, "feed", "awaiting", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(row["callsign"] for row in listed) == ["GHANBATT 3", "IRISH 2-1"]

    assert main([*db, "feed", "confirm", "irish 2-1", "NOBODY"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "NOBODY" in err and err.count("\n") == 1
    with open_store(mission_db, readonly=True) as store:
        assert awaiting_units(store) == marked  # nothing confirmed

    assert main([*db, "feed", "confirm", "irish 2-1"]) == 0
    assert "Confirmed" in capsys.readouterr().out
    assert main([*db, "feed", "awaiting"]) == 0
    out = capsys.readouterr().out
    assert "GHANBATT 3" in out and "IRISH 2-1" not in out
