"""Every analysis service on the default demo mission gives sane, JSON-ready answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.analysis import (
    coverage,
    hotspots,
    incidents_near_units,
    nearest_units,
    units_in_buffer_zones,
    violations,
)
from app.demo import DEFAULT_END, DemoOptions, generate_demo
from app.store import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("analysis-demo") / "demo.db"
    with open_store(path) as store:
        generate_demo(store, DemoOptions())
    with open_store(path, readonly=True) as store:
        yield store


def test_violations_on_the_demo(demo):
    report = violations(demo)
    assert report.total > 100
    sides = {c.side: 0 for c in report.by_line_side}
    for c in report.by_line_side:
        sides[c.side] += c.count
    assert sides["left"] > 0 and sides["right"] > 0
    assert sum(c.count for c in report.by_line_side) == report.total
    assert sum(report.by_day.values()) == report.total
    assert all(v.inside_buffer and v.distance_m <= 5000 for v in report.items)
    assert all(v.party for v in report.items if v.side != "on_line")
    wider = violations(demo, distance_m=5000)
    assert wider.total > report.total
    assert any(not v.inside_buffer for v in wider.items)
    json.dumps(report.as_dict())


def test_coverage_on_the_demo(demo):
    report = coverage(demo)
    assert report.now == "2026-11-20T06:00:00.000Z"  # the demo's own "now", not the wall clock
    assert len(report.areas) > 10
    assert all(0.0 <= a.covered_share <= 1.0 for a in report.areas)
    assert any(a.covered_share > 0 for a in report.areas)
    assert any(a.last_patrolled for a in report.areas)
    assert all(a.hours_since is None or a.hours_since >= 0 for a in report.areas)
    json.dumps(report.as_dict())


def test_proximity_on_the_demo(demo):
    start = DEFAULT_END.replace(day=19)
    pairs = incidents_near_units(demo, radius_m=5000, start=start)
    assert pairs and all(0 <= p.distance_m <= 5000 for p in pairs)
    found = nearest_units(demo, pairs[0].incident_id, k=3)
    assert len(found) == 3
    assert [u.distance_m for u in found] == sorted(u.distance_m for u in found)
    assert found[0].distance_m <= min(p.distance_m for p in pairs[:1])
    assert all(u.bearing_deg is None or 0 <= u.bearing_deg < 360 for u in found)
    in_zones = units_in_buffer_zones(demo)
    assert all(u.distance_m <= u.buffer_m for u in in_zones)
    json.dumps([p.as_dict() for p in pairs[:10]] + [u.as_dict() for u in found + in_zones])


def test_hotspots_on_the_demo(demo):
    report = hotspots(demo)
    assert report.total > 0 and report.previous_total > 0 and report.bins
    assert sum(b.trend.count for b in report.bins) == report.total
    assert sum(b.trend.previous for b in report.bins) == report.previous_total
    assert any(a.trend.count for a in report.areas)
    json.dumps(report.as_dict())
