"""The demo mission: complete, repeatable, geographically honest, and all-or-nothing."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import CRS, Transformer
from pyproj.aoi import AreaOfInterest
from pyproj.database import query_utm_crs_info
from shapely.geometry.base import BaseGeometry

from app.demo import DemoOptions, generate_demo
from app.domain import taxonomy
from app.domain.records import CeasefireLine, Incident, PatrolArea, PositionReport, Unit
from app.domain.serialize import canonical_json
from app.domain.sidc import describe_sidc
from app.errors import AppError
from app.store import TABLES, MissionStore, open_store

KINDS = [
    "units",
    "position_reports",
    "patrol_areas",
    "patrols",
    "ceasefire_lines",
    "incidents",
    "map_items",  # the invented towns, marked fictional
]
SMALL = DemoOptions(incidents=300, units=20, areas=6, lines=2, days=7)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """The default demo, generated once for the read-only checks below."""
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.db")
    summary = generate_demo(store)
    yield store, summary
    store.close()


def content(store: MissionStore) -> dict[str, list[str]]:
    """Every record's canonical JSON per kind (the store's own stamps are left out)."""
    return {kind: sorted(canonical_json(r) for r in store.query(kind)) for kind in TABLES}


def utm_for(geometry: BaseGeometry) -> Transformer:
    """WGS 84 → the UTM zone of the geometry's centre, to measure in metres."""
    centre = geometry.centroid
    info = query_utm_crs_info(
        datum_name="WGS 84",
        area_of_interest=AreaOfInterest(centre.x, centre.y, centre.x, centre.y),
    )[0]
    return Transformer.from_crs("EPSG:4326", CRS.from_epsg(int(info.code)), always_xy=True)


def to_metres(transformer: Transformer, geometry: BaseGeometry) -> BaseGeometry:
    def project(coords: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, project)


def test_default_demo_writes_every_kind(demo):
    store, summary = demo
    assert list(summary) == KINDS
    stats = store.stats()
    assert {k: stats[k] for k in KINDS} == summary
    assert all(summary[k] > 0 for k in KINDS)
    assert summary["incidents"] == 3000 and summary["ceasefire_lines"] == 3
    assert summary["units"] == 40


def test_database_is_healthy_after_the_demo(demo):
    store, _ = demo
    report = store.check()
    assert report.healthy, report.errors
    assert not report.warnings


def test_incident_categories_are_the_missions(demo):
    store, _ = demo
    keys = {c.key for c in store.categories()}
    incidents = store.query("incident")
    assert {i.category for i in incidents} <= keys
    assert {i.category for i in incidents} >= {"ceasefire_violation", "demonstration_peaceful"}


def test_incidents_look_like_reports(demo):
    store, _ = demo
    incidents = [i for i in store.query("incident") if isinstance(i, Incident)]
    severities = Counter(i.severity for i in incidents)
    assert severities[1] + severities[2] > severities[4] + severities[5]  # skewed low
    assert sum(i.fatalities == 0 for i in incidents) > 0.8 * len(incidents)
    assert all(i.reported_at is not None and i.reported_at > i.occurred_start for i in incidents)
    fire = [i for i in incidents if i.category in ("ceasefire_violation", "indirect_fire")]
    assert fire and all(i.weapon_class in taxonomy.WEAPON_CLASSES for i in fire)
    assert all(i.line_id for i in fire)
    assert Counter(i.status for i in incidents).most_common(2)[0][0] in ("confirmed", "reported")
    labels = Counter(i.classification for i in incidents)
    assert labels["UNCLASSIFIED"] > 0.8 * len(incidents) and labels["CONFIDENTIAL"] > 0
    confidential = [i for i in incidents if i.classification == "CONFIDENTIAL"]
    assert all("MISSION" not in i.releasable_to for i in confidential)
    # A few reports quote residents verbatim, markup included, so escaping gets exercised.
    assert any("<script>" in i.title + i.description for i in incidents)
    assert any('"<Justice & Water>"' in i.title for i in incidents)


def test_most_incidents_lie_near_a_line(demo):
    store, _ = demo
    lines = store.ceasefire_lines()
    project = utm_for(lines[0].geometry)
    metric_lines = shapely.union_all([to_metres(project, ln.geometry) for ln in lines])
    incidents = [i for i in store.query("incident") if isinstance(i, Incident)]
    x, y = project.transform([i.lon for i in incidents], [i.lat for i in incidents])
    distances = shapely.distance(metric_lines, shapely.points(np.column_stack([x, y])))
    assert (distances <= 10_000).mean() > 0.5


def test_buffer_zones_are_as_wide_as_the_agreement_says(demo):
    store, _ = demo
    zones = {
        a.name.removeprefix("Area of Separation "): a
        for a in store.patrol_areas()
        if a.area_type == "area_of_separation"
    }
    lines = store.ceasefire_lines()
    assert len(zones) == len(lines)
    for line in lines:
        assert isinstance(line, CeasefireLine)
        assert 500 <= line.buffer_m <= 2000
        assert len(line.geometry.coords) >= 30  # a drawn line, not a ruler stroke
        zone = zones[line.name.removeprefix("Ceasefire Line ")]
        project = utm_for(line.geometry)
        metric_line = to_metres(project, line.geometry)
        boundary = to_metres(project, zone.geometry).exterior
        ring = shapely.points(np.asarray(boundary.coords))
        distances = shapely.distance(metric_line, ring)
        assert distances.min() == pytest.approx(line.buffer_m, rel=0.02)
        assert distances.max() == pytest.approx(line.buffer_m, rel=0.02)


def test_patrol_areas_are_valid_and_some_have_holes(demo):
    store, _ = demo
    areas = [a for a in store.patrol_areas() if isinstance(a, PatrolArea)]
    patrol = [a for a in areas if a.area_type == "patrol_area"]
    assert len(patrol) == 24
    assert all(a.geometry.is_valid and a.responsible_unit_id for a in areas)
    assert any(len(a.geometry.interiors) > 0 for a in patrol)
    statuses = Counter(a.status for a in patrol)
    assert statuses.most_common(1)[0][0] == "active"


def test_units_form_one_tree_with_nations_and_matching_symbols(demo):
    store, _ = demo
    units = {u.id: u for u in store.units() if isinstance(u, Unit)}
    roots = [u for u in units.values() if u.parent_id is None]
    assert len(roots) == 1
    for unit in units.values():
        seen = {unit.id}
        current = unit.parent_id
        while current is not None:
            assert current in units and current not in seen
            seen.add(current)
            current = units[current].parent_id
        info = describe_sidc(unit.sidc)
        assert info.affiliation == "friend" and info.echelon == unit.echelon
    contingents = [
        u for u in units.values() if u.parent_id and units[u.parent_id].nation != u.nation
    ]
    national = [u for u in contingents if u.nation not in taxonomy.ORGANISATION_TOKENS]
    assert len({u.nation for u in national}) >= 5
    assert all(re.fullmatch(r"[A-Z]{3}", u.nation) for u in national)
    battalions = [u for u in units.values() if u.echelon == "battalion"]
    assert battalions and all(u in national for u in battalions)
    roles = {u.role for u in units.values()}
    assert {"headquarters", "observer_team", "military_police", "engineer", "medical"} <= roles
    assert "formed_police_unit" in roles


def test_position_reports_move_forward_in_time(demo):
    store, _ = demo
    last: dict[str, object] = {}
    reports = [r for r in store.query("position_report") if isinstance(r, PositionReport)]
    for report in sorted(reports, key=lambda r: (r.unit_id, r.observed_at)):
        previous = last.get(report.unit_id)
        assert previous is None or report.observed_at > previous
        last[report.unit_id] = report.observed_at
    assert len(last) == len(store.units())
    per_unit = Counter(r.unit_id for r in reports)
    assert max(per_unit.values()) <= 60


def test_same_options_give_the_same_mission(tmp_path: Path):
    results = []
    for name in ("a.db", "b.db"):
        with open_store(tmp_path / name) as store:
            generate_demo(store, SMALL)
            results.append(content(store))
    assert results[0] == results[1]
    with open_store(tmp_path / "c.db") as store:
        generate_demo(store, DemoOptions(**{**SMALL.__dict__, "seed": 8}))
        other = content(store)
    assert other["incident"] != results[0]["incident"]
    assert other["unit"] != results[0]["unit"]


def test_a_database_with_records_is_refused_and_left_alone(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        generate_demo(store, SMALL)
        before = store.stats()
        with pytest.raises(AppError, match=r"already holds .* the demo needs an empty database"):
            generate_demo(store, SMALL)
        assert store.stats() == before


@pytest.mark.parametrize("stop_at", [0.0, 0.3])
def test_cancelling_leaves_the_database_empty(tmp_path: Path, stop_at: float):
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total * stop_at

    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(AppError, match="cancelled; nothing was written"):
            generate_demo(store, SMALL, progress)
        assert store.record_count() == 0
        assert store.check().healthy
    done, total = calls[-1]
    assert done >= total * stop_at and (done < total or stop_at == 0)


def test_progress_reaches_the_total(tmp_path: Path):
    calls: list[tuple[int, int]] = []
    with open_store(tmp_path / "m.db") as store:
        summary = generate_demo(store, SMALL, lambda done, total: calls.append((done, total)))
        assert store.record_count() == sum(summary.values())
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == sum(summary.values())


def test_sizes_out_of_range_are_refused(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        with pytest.raises(AppError, match="units"):
            generate_demo(store, DemoOptions(units=3))
        assert store.record_count() == 0
