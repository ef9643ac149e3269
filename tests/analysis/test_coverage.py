"""Patrol coverage on a square area whose covered share is known."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Polygon, shape

from app.analysis import coverage, data_now
from app.domain.geo import to_metres, transformers
from app.domain.records import Patrol, PatrolArea, PositionReport, Unit
from app.store import open_store

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
EPSG = 32636  # UTM 36N; the theatre sits near its central meridian
X0, Y0 = 500_000.0, 1_105_000.0


def lonlat(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    _, to_deg = transformers(EPSG)
    xs, ys = to_deg.transform([X0 + x for x, _ in points], [Y0 + y for _, y in points])
    return list(zip(np.asarray(xs).tolist(), np.asarray(ys).tolist(), strict=True))


def square(x: float, y: float, side: float, name: str) -> PatrolArea:
    corners = [(x, y), (x + side, y), (x + side, y + side), (x, y + side)]
    return PatrolArea(name=name, geometry=Polygon(lonlat(corners)))


def make_patrol(unit: Unit, track: list[tuple[float, float]], ended_h: float, **kw: Any) -> Patrol:
    """A patrol of 3 hours that ended ``ended_h`` hours before NOW, along ``track`` (metres)."""
    end = NOW - timedelta(hours=ended_h)
    values: dict[str, Any] = dict(
        unit_id=unit.id,
        planned_start=end - timedelta(hours=3),
        planned_end=end,
        actual_start=end - timedelta(hours=3),
        actual_end=end,
        status="completed",
        track=LineString(lonlat(track)),
    )
    values.update(kw)
    return Patrol(**values)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "coverage.db") as s:
        yield s


@pytest.fixture
def unit(store):
    return store.save(
        Unit(designation="A Coy", nation="NPL", sidc="10031000161211000000", echelon="company")
    )


def through_middle(x: float = 0.0) -> list[tuple[float, float]]:
    """West to east through the middle of a 10 km square at ``x``, 1 km beyond each side."""
    return [(x - 1000, 5000), (x + 11_000, 5000)]


def test_covered_share_of_a_square_with_a_track_through_its_middle(store, unit):
    store.save(square(0, 0, 10_000, "PA 1"))
    store.save(make_patrol(unit, through_middle(), ended_h=2))
    report = coverage(store, now=NOW, hours=24, sight_m=500)
    (area,) = report.areas
    # A 1 km wide strip across a 10 km square: 10 km² of 100 km².
    assert area.area_km2 == pytest.approx(100, rel=1e-6)
    assert area.covered_share == pytest.approx(0.1, abs=1e-4)
    assert area.last_patrolled == "2026-03-05T10:00:00.000Z" and area.hours_since == 2.0
    assert not area.overdue and area.patrols_in_window == 1
    gap, _ = to_metres(shape(area.gap), EPSG)
    assert shapely.area(gap) == pytest.approx(90e6, rel=1e-4)
    wider = coverage(store, now=NOW, hours=24, sight_m=1000).areas[0]
    assert wider.covered_share == pytest.approx(0.2, abs=1e-4)
    feature = report.gaps_geojson()["features"][0]
    assert feature["properties"]["name"] == "PA 1"
    json.dumps(report.as_dict())


def test_overdue_when_not_patrolled_within_the_window(store, unit):
    store.save(square(0, 0, 10_000, "Old visit"))
    store.save(square(20_000, 0, 10_000, "Never"))
    store.save(make_patrol(unit, through_middle(), ended_h=30))
    report = coverage(store, now=NOW, hours=24)
    areas = {a.name: a for a in report.areas}
    assert areas["Old visit"].overdue and areas["Old visit"].hours_since == 30.0
    assert areas["Old visit"].covered_share == 0.0 and areas["Old visit"].patrols_in_window == 0
    assert areas["Never"].overdue and areas["Never"].last_patrolled is None
    assert areas["Never"].hours_since is None and areas["Never"].covered_share == 0.0
    assert report.overdue == 2
    longer = {a.name: a for a in coverage(store, now=NOW, hours=48).areas}
    assert not longer["Old visit"].overdue
    assert longer["Old visit"].covered_share == pytest.approx(0.1, abs=1e-4)


def test_which_patrols_count(store, unit):
    store.save(square(0, 0, 10_000, "PA"))
    completed_without_actual_end = make_patrol(unit, through_middle(), ended_h=5, actual_end=None)
    cancelled = make_patrol(unit, [(-1000, 2000), (11_000, 2000)], ended_h=1, status="cancelled")
    later = make_patrol(unit, [(-1000, 8000), (11_000, 8000)], ended_h=-5)  # after "now"
    store.save_many([completed_without_actual_end, cancelled, later])
    (area,) = coverage(store, now=NOW).areas
    assert area.hours_since == 5.0  # the planned end of the completed patrol
    assert area.covered_share == pytest.approx(0.1, abs=1e-4)


def test_default_now_is_the_latest_time_in_the_data(store, unit):
    store.save(square(0, 0, 10_000, "PA"))
    store.save(make_patrol(unit, through_middle(), ended_h=3))
    lon, lat = lonlat([(0, 0)])[0]
    store.save(PositionReport(unit_id=unit.id, observed_at=NOW - timedelta(hours=1), lon=lon,
                              lat=lat))  # fmt: skip
    assert data_now(store) == NOW - timedelta(hours=1)
    report = coverage(store)
    assert report.now == "2026-03-05T11:00:00.000Z"
    assert report.areas[0].hours_since == 2.0
