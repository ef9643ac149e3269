"""Hexagon bins with a trend, on points placed in known cells."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import Polygon, shape

from app.analysis import hotspots
from app.analysis.hotspots import hex_cells, hex_centres, hex_polygons, trend_of
from app.domain.geo import centre_utm_epsg, to_metres, transformers
from app.domain.records import Incident, PatrolArea
from app.store import open_store

END = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
CELL = 2000.0


def test_cell_size_is_flat_to_flat():
    q, r = np.array([7]), np.array([-3])
    cx, cy = hex_centres(q, r, CELL)
    size = CELL / math.sqrt(3)  # circumradius
    # Across the flats (east-west on a pointy-top hexagon) the cell is CELL wide ...
    inside = hex_cells(cx + np.array([0.49, -0.49]) * CELL, np.repeat(cy, 2), CELL)
    outside = hex_cells(cx + np.array([0.51, -0.51]) * CELL, np.repeat(cy, 2), CELL)
    assert inside[0].tolist() == [7, 7] and inside[1].tolist() == [-3, -3]
    assert outside[0].tolist() == [8, 6]
    # ... and corner to corner (north-south) 2 × circumradius.
    assert hex_cells(cx, cy + 0.99 * size, CELL)[1].tolist() == [-3]
    assert hex_cells(cx, cy + 1.01 * size, CELL)[1].tolist() == [-2]
    (polygon,) = hex_polygons(q, r, CELL)
    assert polygon.area == pytest.approx(math.sqrt(3) / 2 * CELL**2)
    assert polygon.bounds[2] - polygon.bounds[0] == pytest.approx(CELL)


def test_trend_words():
    assert trend_of(3, 1).trend == "up" and trend_of(3, 1).ratio == 3.0
    assert trend_of(0, 2).trend == "gone" and trend_of(2, 0).ratio is None
    assert trend_of(2, 0).trend == "new" and trend_of(1, 2).trend == "down"
    assert trend_of(2, 2).trend == "steady" and trend_of(2, 2).delta == 0


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "hotspots.db") as s:
        yield s


def test_hex_bins_count_points_with_a_trend(store):
    epsg = centre_utm_epsg([33.0], [10.0])
    to_m, to_deg = transformers(epsg)
    x0, y0 = to_m.transform(33.0, 10.0)
    q0, r0 = (int(v[0]) for v in hex_cells(np.array([x0]), np.array([y0]), CELL))
    cells = {"A": (q0, r0), "B": (q0 + 2, r0), "C": (q0, r0 + 2)}

    def near(cell: str, dx: float = 0.0) -> tuple[float, float]:
        cx, cy = hex_centres(np.array([cells[cell][0]]), np.array([cells[cell][1]]), CELL)
        lon, lat = to_deg.transform(cx[0] + dx, cy[0] + dx / 2)
        return float(lon), float(lat)

    now, before = END - timedelta(days=1), END - timedelta(days=10)
    placed = [
        ("A", now, 0), ("A", now, 300), ("A", now, -300), ("A", before, 100),
        ("B", before, 0), ("B", before, 200),
        ("C", now, 0),
        ("C", END - timedelta(days=20), 0),  # older than both windows
    ]  # fmt: skip
    store.save_many(
        Incident(title="x", category="crime", occurred_start=when, lon=near(c, dx)[0],
                 lat=near(c, dx)[1])
        for c, when, dx in placed
    )  # fmt: skip
    area_corners = [near("A", d) for d in (-800, 800)]
    (w, s), (e, n) = area_corners
    store.save(PatrolArea(name="Around A", geometry=Polygon([(w, s), (e, s), (e, n), (w, n)])))
    report = hotspots(store, cell_m=CELL)  # default: the last 7 days of the data vs the 7 before
    assert report.end == "2026-03-19T12:00:00.000Z"  # the latest incident
    assert report.total == 4 and report.previous_total == 3
    by_cell = {(b.q, b.r): b.trend for b in report.bins}
    assert set(by_cell) == set(cells.values())
    a, b, c = (by_cell[cells[k]] for k in "ABC")
    assert (a.count, a.previous, a.delta, a.ratio, a.trend) == (3, 1, 2, 3.0, "up")
    assert (b.count, b.previous, b.trend) == (0, 2, "gone")
    assert (c.count, c.previous, c.ratio, c.trend) == (1, 0, None, "new")
    assert report.bins[0].trend.count == 3  # hottest first
    (area,) = report.areas
    assert (area.trend.count, area.trend.previous) == (3, 1)
    collection = report.geojson()
    hexagon, _ = to_metres(shape(collection["features"][0]["geometry"]), epsg)
    assert shapely.area(hexagon) == pytest.approx(math.sqrt(3) / 2 * CELL**2, rel=1e-6)
    json.dumps(report.as_dict())
    # An explicit window: [start, end] against the same length just before.
    explicit = hotspots(store, cell_m=CELL, start=END - timedelta(days=2), end=END)
    assert explicit.total == 4 and explicit.previous_total == 0


def test_no_incidents_gives_an_empty_report(store):
    report = hotspots(store)
    assert report.total == 0 and report.bins == ()
