"""Violations by line and side, on hand-made lines whose answers are known."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString

from app.analysis import match_to_lines, violations
from app.domain.geo import geodesic_forward, transformers
from app.domain.records import CeasefireLine, Incident
from app.errors import NotFoundError, ValidationError
from app.store import open_store

T0 = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)
# Theatre in UTM zone 36N, near its central meridian (33° E), about 10° N.
EPSG = 32636
X0, Y0 = 500_000.0, 1_105_000.0


def north_of(lon: float, lat: float, metres: float) -> tuple[float, float]:
    """The point ``metres`` due north (negative: south) of (lon, lat), on the ellipsoid."""
    x, y = geodesic_forward(lon, lat, 0.0 if metres >= 0 else 180.0, abs(metres))
    return float(x), float(y)


def lonlat(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Grid metres (from the theatre origin) to lon/lat."""
    _, to_deg = transformers(EPSG)
    xs, ys = to_deg.transform([X0 + x for x, _ in points], [Y0 + y for _, y in points])
    return list(zip(np.asarray(xs).tolist(), np.asarray(ys).tolist(), strict=True))


def make_line(coords: Any, **kw: Any) -> CeasefireLine:
    geometry = coords if isinstance(coords, MultiLineString) else LineString(coords)
    values: dict[str, Any] = dict(
        name="Line A",
        geometry=geometry,
        party_left="Northern Forces",
        party_right="Southern Army",
        buffer_m=1000.0,
    )
    values.update(kw)
    return CeasefireLine(**values)


def make_incident(lon: float, lat: float, **kw: Any) -> Incident:
    values: dict[str, Any] = dict(
        title="Small-arms fire",
        category="ceasefire_violation",
        occurred_start=T0,
        lon=lon,
        lat=lat,
        weapon_class="small_arms",
    )
    values.update(kw)
    return Incident(**values)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "violations.db") as s:
        yield s


WEST_EAST = [(32.9, 10.0), (33.0, 10.0), (33.1, 10.0)]


def test_point_500_m_north_of_a_west_east_line_is_on_the_left(store):
    line = store.save(make_line(WEST_EAST))
    store.save(make_incident(*north_of(33.0, 10.0, 500)))
    report = violations(store)
    assert report.total == 1
    item = report.items[0]
    assert item.side == "left" and item.party == "Northern Forces"
    assert item.distance_m == pytest.approx(500, abs=0.5)
    assert item.inside_buffer and item.line_id == line.id and item.line_name == "Line A"


def test_point_north_of_a_segment_middle_on_the_equator(store):
    store.save(make_line([(32.9, 0.0), (33.1, 0.0)]))
    store.save(make_incident(*north_of(33.03, 0.0, 500)))
    (item,) = violations(store).items
    assert item.side == "left"
    assert item.distance_m == pytest.approx(500, abs=0.5)


def test_reversing_the_line_flips_the_side(store):
    store.save(make_line(list(reversed(WEST_EAST))))
    store.save(make_incident(*north_of(33.0, 10.0, 500)))
    store.save(make_incident(*north_of(33.05, 10.0, -300)))
    items = {round(i.distance_m): i for i in violations(store).items}
    assert items[500].side == "right" and items[500].party == "Southern Army"
    assert items[300].side == "left" and items[300].party == "Northern Forces"


def test_buffer_membership_at_buffer_plus_and_minus_one_metre(store):
    store.save(make_line(WEST_EAST, buffer_m=1000))
    inside = store.save(make_incident(*north_of(33.0, 10.0, 999)))
    outside = store.save(make_incident(*north_of(33.0, 10.0, 1001)))
    only_buffer = violations(store)
    assert [i.incident_id for i in only_buffer.items] == [inside.id]
    assert only_buffer.items[0].inside_buffer
    wider = {i.incident_id: i for i in violations(store, distance_m=2000).items}
    assert set(wider) == {inside.id, outside.id}
    assert wider[inside.id].inside_buffer and not wider[outside.id].inside_buffer
    assert wider[outside.id].distance_m == pytest.approx(1001, abs=0.1)
    # distance_m below the buffer still means the buffer (max of the two)
    assert violations(store, distance_m=10).total == 1


def test_an_incident_near_two_lines_goes_to_the_nearer(store):
    south = store.save(make_line(WEST_EAST, name="South", buffer_m=2000))
    north_coords = [north_of(lon, lat, 1500) for lon, lat in WEST_EAST]
    north = store.save(make_line(north_coords, name="North", buffer_m=2000))
    a = store.save(make_incident(*north_of(33.0, 10.0, 600)))
    b = store.save(make_incident(*north_of(33.0, 10.0, 1000)))
    items = {i.incident_id: i for i in violations(store).items}
    assert items[a.id].line_id == south.id and items[a.id].side == "left"
    assert items[a.id].distance_m == pytest.approx(600, abs=0.5)
    assert items[b.id].line_id == north.id and items[b.id].side == "right"
    assert items[b.id].distance_m == pytest.approx(500, abs=0.5)


def test_multilinestring_uses_the_nearest_part(store):
    west_east = lonlat([(-5000, 0), (5000, 0)])
    east_west = lonlat([(5000, 5000), (-5000, 5000)])  # the second part runs backwards
    store.save(make_line(MultiLineString([west_east, east_west]), buffer_m=1000))
    near_second = store.save(make_incident(*lonlat([(0, 4500)])[0]))  # south of part 2
    near_first = store.save(make_incident(*lonlat([(0, 400)])[0]))  # north of part 1
    items = {i.incident_id: i for i in violations(store).items}
    assert items[near_second.id].side == "left"  # south of a line heading west
    assert items[near_first.id].side == "left"
    assert items[near_second.id].distance_m == pytest.approx(500, abs=1.0)


def test_side_behind_a_hairpin_bend_uses_both_segments():
    # East 10 km, then back west-north-west: a sharp left turn at (10 km, 0).
    line = make_line(lonlat([(0, 0), (10_000, 0), (0, 2000)]), buffer_m=3000)
    beyond_tip = lonlat([(10_500, 300)])[0]  # nearest point is the vertex; outside the bend
    between = lonlat([(5000, 500)])[0]  # inside the hairpin
    lon, lat = np.array([beyond_tip[0], between[0]]), np.array([beyond_tip[1], between[1]])
    matches = match_to_lines(lon, lat, [line])
    assert matches.point.tolist() == [0, 1]
    assert matches.side.tolist() == [-1, 1]  # right outside the bend, left inside it


def test_default_categories_filters_lines_and_validity(store):
    a = store.save(make_line(WEST_EAST, name="A"))
    b = store.save(make_line([north_of(x, y, 20_000) for x, y in WEST_EAST], name="B"))
    store.save(make_line([north_of(x, y, -20_000) for x, y in WEST_EAST], name="Later",
                         valid_from=T0 + timedelta(days=1)))  # fmt: skip
    near_a = north_of(33.0, 10.0, 100)
    store.save_many(
        [
            make_incident(*near_a, category="indirect_fire", weapon_class="mortar"),
            make_incident(*near_a, category="crime", weapon_class=None),  # not a violation
            make_incident(*north_of(33.0, 10.0, 20_100), weapon_class=None),
            make_incident(*north_of(33.0, 10.0, -20_100)),  # before "Later" was agreed
            make_incident(*near_a, occurred_start=T0 + timedelta(days=2)),
        ]
    )
    report = violations(store)
    assert report.total == 3
    assert report.by_weapon_class == {"small_arms": 1, "mortar": 1, "not_recorded": 1}
    assert report.by_day == {"2026-03-05": 2, "2026-03-07": 1}
    counts = {(c.line_name, c.side): c.count for c in report.by_line_side}
    assert counts[("A", "left")] == 2 and counts[("B", "left")] == 1
    assert counts[("A", "right")] == 0 and counts[("Later", "right")] == 0
    assert violations(store, line_ids=[b.id]).total == 1
    assert violations(store, categories=["crime"]).total == 1
    assert violations(store, end=T0 + timedelta(hours=1)).total == 2
    assert violations(store, line_ids=[a.id], start=T0 + timedelta(days=1)).total == 1
    json.dumps(report.as_dict())
    with pytest.raises(NotFoundError):
        violations(store, line_ids=["no-such-line"])
    with pytest.raises(ValidationError):
        violations(store, distance_m=-1)


def test_on_the_line_is_neither_side(store):
    store.save(make_line(WEST_EAST, party_left="N", party_right="S"))
    store.save(make_incident(33.0, 10.0))
    (item,) = violations(store).items
    assert item.side == "on_line" and item.party is None and item.distance_m == 0.0
    counts = {c.side: c.count for c in violations(store).by_line_side}
    assert counts == {"left": 0, "right": 0, "on_line": 1}
