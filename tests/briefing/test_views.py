"""Saved views: named extents with layers, filters and a time window, kept in the mission file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.briefing.views import SavedView, ViewStore
from app.errors import NotFoundError, ValidationError
from app.picture import IncidentFilter
from app.store import open_store

START = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def view(name: str, **kw) -> SavedView:
    values = dict(name=name, bounds=(35.0, 33.0, 35.6, 33.4))
    values.update(kw)
    return SavedView(**values)


def test_a_view_survives_closing_and_reopening_the_mission(tmp_path: Path):
    path = tmp_path / "m.db"
    full = view(
        "Line A — morning",
        layers=("incidents", "lines", "buffers"),
        filter={"categories": ["ceasefire_violation"], "severities": [3, 4, 5], "text": "mortar"},
        time_start=START,
        time_end=START + timedelta(hours=24),
        basemap="natural-earth",
        theme="briefing",
    )
    with open_store(path) as store:
        ViewStore(store).save(full)
    with open_store(path) as store:
        again = ViewStore(store).get("Line A — morning")
    assert again == full
    assert again.incident_filter() == IncidentFilter(
        start=START,
        end=START + timedelta(hours=24),
        categories=("ceasefire_violation",),
        severities=(3, 4, 5),
        text="mortar",
    )
    assert again.visible()["lines"] and not again.visible()["units"]


def test_new_views_go_last_replacing_keeps_the_place_and_move_reorders(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        views = ViewStore(store)
        for name in ("North", "Centre", "South"):
            views.save(view(name))
        assert [v.name for v in views.list()] == ["North", "Centre", "South"]
        views.save(view("North", theme="night"))  # replaced in place
        assert [v.name for v in views.list()] == ["North", "Centre", "South"]
        assert views.get("North").theme == "night"
        views.move("South", 0)
        assert [(v.name, v.position) for v in views.list()] == [
            ("South", 0), ("North", 1), ("Centre", 2),
        ]  # fmt: skip
        views.move("South", 99)  # clamped to the end
        assert [v.name for v in views.list()] == ["North", "Centre", "South"]
        views.delete("Centre")
        assert [(v.name, v.position) for v in views.list()] == [("North", 0), ("South", 1)]


def test_times_in_other_zones_are_kept_as_utc(tmp_path: Path):
    local = datetime(2026, 3, 4, 15, 0, tzinfo=timezone(timedelta(hours=3)))
    with open_store(tmp_path / "m.db") as store:
        saved = ViewStore(store).save(view("Zoned", time_start=local))
    assert saved.time_start == START and saved.time_start.tzinfo == UTC


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"name": ""}, "view name: must be 1–80 characters"),
        ({"name": "x" * 81}, "view name: must be 1–80 characters"),
        ({"name": "a\nb"}, "view name: must not contain control characters"),
        ({"bounds": (35.0, 34.0, 36.0, 33.0)}, "view bounds: south must be below north"),
        ({"bounds": (190.0, 33.0, 36.0, 34.0)}, "view bounds: west and east must be within"),
        ({"bounds": (1, 2, 3)}, "view bounds: need four numbers"),
        ({"layers": ("incidents", "rivers")}, "view layers: unknown layer 'rivers'"),
        ({"filter": {"colour": "red"}}, "view filter: unknown field 'colour'"),
        ({"theme": "neon"}, "view theme: must be one of day, briefing, night"),
        (
            {"time_start": START, "time_end": START - timedelta(hours=1)},
            "view time window: ends before it starts",
        ),
        ({"time_start": datetime(2026, 3, 4)}, "view start: must carry a time zone"),
    ],
)
def test_bad_views_are_refused_with_a_message_naming_the_field(kw, message):
    values = {"name": "V", "bounds": (35.0, 33.0, 36.0, 34.0), **kw}
    with pytest.raises(ValidationError) as caught:
        SavedView(**values)
    assert str(caught.value).startswith(message)


def test_missing_views_and_name_clashes_change_nothing(tmp_path: Path):
    path = tmp_path / "m.db"
    with open_store(path) as store:
        views = ViewStore(store)
        views.save(view("North"))
        views.save(view("South"))
        with pytest.raises(NotFoundError, match="no saved view named 'West'"):
            views.get("West")
        with pytest.raises(NotFoundError):
            views.delete("West")
        with pytest.raises(NotFoundError):
            views.move("West", 0)
        with pytest.raises(ValidationError, match="a view named 'South' exists"):
            views.rename("North", "South")
        assert views.rename("North", "Far North").position == 0
    rows = (
        sqlite3.connect(path)
        .execute("SELECT name, position FROM saved_views ORDER BY position")
        .fetchall()
    )
    assert rows == [("Far North", 0), ("South", 1)]
