"""Geodesic distances and bearings, and the proximity services built on them."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from shapely.geometry import LineString

from app.analysis import incidents_near_units, nearest_units, units_in_buffer_zones
from app.domain.geo import (
    centre_utm_epsg,
    geodesic_distance,
    geodesic_forward,
    geodesic_inverse,
)
from app.domain.records import CeasefireLine, Incident, PositionReport, Unit
from app.errors import NotFoundError, ValidationError
from app.store import open_store

T0 = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)


def make_unit(name: str) -> Unit:
    return Unit(designation=name, nation="NPL", sidc="10031000161211000000", echelon="company")


def make_position(unit: Unit, lon: float, lat: float, minutes: int = 0) -> PositionReport:
    return PositionReport(
        unit_id=unit.id, observed_at=T0 + timedelta(minutes=minutes), lon=lon, lat=lat
    )


def make_incident(lon: float, lat: float, **kw: Any) -> Incident:
    values: dict[str, Any] = dict(
        title="Shots heard", category="crime", occurred_start=T0, lon=lon, lat=lat
    )
    values.update(kw)
    return Incident(**values)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "proximity.db") as s:
        yield s


# --- geo additions ------------------------------------------------------------------------------


def test_one_degree_of_latitude_at_the_equator():
    assert float(geodesic_distance(0, 0, 0, 1)) == pytest.approx(110_574.4, abs=1.0)


def test_a_pair_across_the_antimeridian_is_close():
    bearing, distance = geodesic_inverse(179.9, 0.0, -179.9, 0.0)
    assert float(distance) == pytest.approx(0.2 * 111_319.49, abs=1.0)  # 0.2° of the equator
    assert float(bearing) == pytest.approx(90.0, abs=1e-6)


def test_a_pair_straddling_a_utm_zone_edge():
    # 0.02° of longitude at 45° N: N(45°)·cos 45°·Δλ = 6 388 838.3 m · 0.70711 · 3.4907e-4 rad
    distance = float(geodesic_distance(5.99, 45.0, 6.01, 45.0))
    assert distance == pytest.approx(1576.9, abs=0.5)
    assert centre_utm_epsg([5.99, 6.01], [45.0, 45.0]) in (32631, 32632)


def test_bearings_north_east_south_west():
    bearings, distances = geodesic_inverse(0.0, 0.0, [0, 1, 0, -1], [1, 0, -1, 0])
    assert bearings.tolist() == pytest.approx([0, 90, 180, 270], abs=1e-9)
    assert distances[0] == pytest.approx(110_574.4, abs=1.0)


def test_forward_and_inverse_agree_and_run_from_any_thread():
    results: list[Any] = []

    def work() -> None:
        lon, lat = geodesic_forward(33.0, 10.0, 37.5, 12_345.0)
        results.append(geodesic_inverse(33.0, 10.0, lon, lat))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    bearing, distance = results[0]
    assert float(bearing) == pytest.approx(37.5, abs=1e-6)
    assert float(distance) == pytest.approx(12_345.0, abs=1e-3)


def test_centre_zone_of_data_straddling_the_antimeridian():
    assert centre_utm_epsg([179.5, -179.5], [-10, -12]) in (32760, 32701)
    assert centre_utm_epsg([33.0], [10.0]) == 32636


# --- services -----------------------------------------------------------------------------------


def test_nearest_units_with_distance_and_bearing(store):
    incident = store.save(make_incident(33.0, 10.0))
    units = {}
    for name, bearing, metres in (
        ("North", 0, 1000),
        ("East", 90, 2000),
        ("South", 180, 3000),
        ("West", 270, 4000),
    ):
        unit = store.save(make_unit(name))
        lon, lat = geodesic_forward(33.0, 10.0, bearing, metres)
        store.save(make_position(unit, float(lon), float(lat)))
        units[name] = unit
    # an older report of North far away must not count: the latest report is where it is
    store.save(make_position(units["North"], 40.0, 10.0, minutes=-60))
    found = nearest_units(store, incident.id, k=3)
    assert [u.unit for u in found] == ["North", "East", "South"]
    assert [u.distance_m for u in found] == pytest.approx([1000, 2000, 3000], abs=0.1)
    assert [u.bearing_deg for u in found] == pytest.approx([0, 90, 180], abs=0.1)
    west = nearest_units(store, incident.id, k=10)[-1]
    assert west.unit == "West" and west.bearing_deg == pytest.approx(270, abs=0.1)
    with pytest.raises(NotFoundError):
        nearest_units(store, "no-such-incident")
    with pytest.raises(ValidationError):
        nearest_units(store, incident.id, k=0)


def test_nearest_unit_across_the_antimeridian(store):
    incident = store.save(make_incident(179.99, -17.0))
    unit = store.save(make_unit("Over the line"))
    store.save(make_position(unit, -179.99, -17.0))
    (found,) = nearest_units(store, incident.id)
    assert found.distance_m == pytest.approx(0.02 * 111_319.49 * np.cos(np.radians(17)), rel=3e-3)
    assert found.bearing_deg == pytest.approx(90, abs=0.1)


def test_incidents_near_units_by_radius_and_window(store):
    unit = store.save(make_unit("A Coy"))
    store.save(make_position(unit, 33.0, 10.0))
    near = [geodesic_forward(33.0, 10.0, 45, d) for d in (100, 4999)]
    far = geodesic_forward(33.0, 10.0, 45, 5001)
    saved = store.save_many(
        [make_incident(float(x), float(y)) for x, y in [*near, far]]
        + [
            make_incident(
                float(near[0][0]), float(near[0][1]), occurred_start=T0 - timedelta(days=3)
            )
        ]
    )
    pairs = incidents_near_units(store, radius_m=5000)
    assert len(pairs) == 3
    assert pairs[0].incident_id == saved[3].id  # the oldest first
    assert sorted(p.distance_m for p in pairs) == pytest.approx([100, 100, 4999], abs=0.1)
    assert all(p.bearing_deg == pytest.approx(225, abs=0.5) for p in pairs)
    assert len(incidents_near_units(store, radius_m=5000, start=T0 - timedelta(hours=1))) == 2
    assert len(incidents_near_units(store, radius_m=200)) == 2


def test_incidents_near_units_across_the_antimeridian(store):
    unit = store.save(make_unit("Dateline"))
    store.save(make_position(unit, -179.99, 0.0))
    store.save(make_incident(179.99, 0.0))
    (pair,) = incidents_near_units(store, radius_m=5000)
    assert pair.distance_m == pytest.approx(0.02 * 111_319.49, abs=1.0)


def test_units_in_buffer_zones(store):
    store.save(
        CeasefireLine(
            name="Line A",
            geometry=LineString([(32.9, 10.0), (33.0, 10.0), (33.1, 10.0)]),
            party_left="Northern Forces",
            party_right="Southern Army",
            buffer_m=1000,
        )
    )
    inside, outside = store.save(make_unit("Inside")), store.save(make_unit("Outside"))
    lon, lat = geodesic_forward(33.0, 10.0, 180, 400)
    store.save(make_position(inside, float(lon), float(lat)))
    lon, lat = geodesic_forward(33.0, 10.0, 0, 1200)
    store.save(make_position(outside, float(lon), float(lat)))
    (found,) = units_in_buffer_zones(store)
    assert found.unit == "Inside" and found.side == "right" and found.party == "Southern Army"
    assert found.distance_m == pytest.approx(400, abs=0.5)
