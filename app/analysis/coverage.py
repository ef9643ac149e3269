"""Patrol coverage: when each patrol area was last patrolled, and how much of it was seen.

For the brief ("which areas have we not been to in 24 h?") and a map layer of the gaps. A patrol
counts for an area when its track crosses the area; what it saw is its track widened by the
sight distance. Tracks carry no per-vertex times, so a patrol in the window counts with its whole
track. Areas are measured in the UTM zone of their centre. Services layer: no Qt.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from app.analysis._common import check_metres, check_time, iso
from app.domain.geo import geometries_epsg, transform_geometries
from app.domain.records import Patrol, PatrolArea

if TYPE_CHECKING:
    from app.store.store import MissionStore

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
#: Patrols that never left (or have not left yet) saw nothing.
_NOT_PATROLLED = frozenset({"planned", "cancelled"})


@dataclass(frozen=True)
class AreaCoverage:
    """One patrol area: last visit, overdue flag, share seen in the window, and the gap."""

    area_id: str
    name: str
    responsible_unit_id: str | None
    area_km2: float
    last_patrolled: str | None
    hours_since: float | None
    overdue: bool
    #: Patrols whose track crossed the area during the window.
    patrols_in_window: int
    covered_share: float
    #: The part not seen in the window, WGS 84 GeoJSON geometry; None when all was seen.
    gap: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CoverageReport:
    now: str
    hours: float
    sight_m: float
    epsg: int | None
    overdue: int
    areas: tuple[AreaCoverage, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "now": self.now,
            "hours": self.hours,
            "sight_m": self.sight_m,
            "epsg": self.epsg,
            "overdue": self.overdue,
            "areas": [a.as_dict() for a in self.areas],
        }

    def gaps_geojson(self) -> dict[str, Any]:
        """The gaps as one FeatureCollection for a map layer (properties without the geometry)."""
        features = []
        for area in self.areas:
            if area.gap is None:
                continue
            properties = {k: v for k, v in area.as_dict().items() if k != "gap"}
            features.append({"type": "Feature", "geometry": area.gap, "properties": properties})
        return {"type": "FeatureCollection", "features": features}


def data_now(store: MissionStore, patrols: list[Patrol] | None = None) -> datetime:
    """The latest moment the data speaks of: last position report, patrol start or end.

    Used instead of the wall clock so that an old exercise or the demo gives sensible answers.
    Falls back to the last incident, then to the wall clock for an empty mission.
    """
    latest: list[datetime] = [p.observed_at for p in store.current_positions().values()]
    for patrol in _patrols(store) if patrols is None else patrols:
        latest += [t for t in (patrol.actual_start, patrol.actual_end) if t is not None]
    if latest:
        return max(latest)
    period = store.mission_period()
    return period[1] if period else datetime.now(UTC)


def _patrols(store: MissionStore) -> list[Patrol]:
    return [p for p in store.query("patrol") if isinstance(p, Patrol)]


def coverage(
    store: MissionStore,
    *,
    hours: float = 24,
    sight_m: float = 500,
    now: datetime | None = None,
) -> CoverageReport:
    """Coverage of every patrol area valid at ``now`` (default: the data's own latest time)."""
    hours = check_metres(hours, "hours", positive=True)
    sight_m = check_metres(sight_m, "sight_m")
    patrols = _patrols(store)
    now = check_time(now, "now") or data_now(store, patrols)
    areas = [
        a
        for a in store.patrol_areas()
        if a.area_type == "patrol_area"
        and (a.valid_from is None or a.valid_from <= now)
        and (a.valid_to is None or a.valid_to >= now)
    ]
    if not areas:
        return CoverageReport(iso(now) or "", hours, sight_m, None, 0, ())
    return _coverage(areas, patrols, now=now, hours=hours, sight_m=sight_m)


def _ms(when: datetime) -> int:
    """Epoch milliseconds: exact for stored times, and cheap to compare in numpy."""
    return round(when.timestamp() * 1000)


def _patrol_times(patrols: list[Patrol], now: datetime) -> tuple[list[int], np.ndarray]:
    """Patrols that were out by ``now``, with their (start, end) as epoch milliseconds.

    The end is the actual end, else the planned end of a completed patrol, else ``now`` for one
    still out; never later than ``now``.
    """
    chosen, spans = [], []
    for i, patrol in enumerate(patrols):
        if patrol.track is None or patrol.status in _NOT_PATROLLED:
            continue
        began = patrol.actual_start or patrol.planned_start
        if began > now:
            continue
        ended = patrol.actual_end
        if ended is None:
            ended = patrol.planned_end if patrol.status == "completed" else now
        chosen.append(i)
        spans.append((_ms(began), _ms(min(ended, now))))
    return chosen, np.array(spans, dtype=np.int64).reshape(-1, 2)


def _coverage(
    areas: list[PatrolArea],
    patrols: list[Patrol],
    *,
    now: datetime,
    hours: float,
    sight_m: float,
) -> CoverageReport:
    """The geometry: pure over records, so tests and benchmarks can call it without a store."""
    area_geoms = np.array([a.geometry for a in areas], dtype=object)
    epsg = geometries_epsg(area_geoms)
    areas_m = transform_geometries(area_geoms, 4326, epsg)
    tree = shapely.STRtree(areas_m)
    chosen, spans = _patrol_times(patrols, now)
    tracks_m = transform_geometries(
        np.array([patrols[i].track for i in chosen], dtype=object), 4326, epsg
    )

    # Last visit: the latest end among patrols whose track crosses the area.
    never = np.iinfo(np.int64).min
    last = np.full(len(areas), never, dtype=np.int64)
    ti, ai = tree.query(tracks_m, predicate="intersects")
    np.maximum.at(last, ai, spans[ti, 1])

    # Seen in the window: tracks of patrols out during it, widened by the sight distance.
    since = _ms(now - timedelta(hours=hours))
    window = (spans[:, 1] >= since) & (spans[:, 0] <= _ms(now))
    in_window = np.flatnonzero(window)
    counts = np.bincount(ai[window[ti]], minlength=len(areas))
    seen = shapely.buffer(tracks_m[in_window], sight_m, quad_segs=4)
    wi, ai = tree.query(seen, predicate="intersects")
    pieces = shapely.intersection(seen[wi], areas_m[ai])
    order = np.argsort(ai, kind="stable")
    ai_sorted, pieces = ai[order], pieces[order]
    covered = np.full(len(areas), None, dtype=object)
    if len(ai):
        cuts = np.flatnonzero(np.r_[True, ai_sorted[1:] != ai_sorted[:-1]])
        for first, stop in zip(cuts, [*cuts[1:], len(ai_sorted)], strict=True):  # per area seen
            covered[ai_sorted[first]] = shapely.union_all(pieces[first:stop])
    empty = shapely.Polygon()
    covered = np.array([c if c is not None else empty for c in covered], dtype=object)
    gaps_m = shapely.difference(areas_m, covered)
    gaps = transform_geometries(gaps_m, epsg, 4326)
    area_m2 = shapely.area(areas_m)
    shares = np.clip(shapely.area(covered) / np.where(area_m2 > 0, area_m2, 1.0), 0.0, 1.0)

    items = []
    for k, area in enumerate(areas):
        seen_at = None if last[k] == never else _EPOCH + timedelta(milliseconds=int(last[k]))
        hours_since = None if seen_at is None else round((now - seen_at) / timedelta(hours=1), 2)
        gap = gaps[k]
        items.append(
            AreaCoverage(
                area_id=area.id,
                name=area.name,
                responsible_unit_id=area.responsible_unit_id,
                area_km2=round(float(area_m2[k]) / 1e6, 3),
                last_patrolled=iso(seen_at),
                hours_since=hours_since,
                overdue=hours_since is None or hours_since > hours,
                patrols_in_window=int(counts[k]),
                covered_share=round(float(shares[k]), 4),
                gap=None if shapely.is_empty(gap) else shapely.geometry.mapping(gap),
            )
        )
    return CoverageReport(
        now=iso(now) or "",
        hours=hours,
        sight_m=sight_m,
        epsg=epsg,
        overdue=sum(a.overdue for a in items),
        areas=tuple(items),
    )


__all__ = ["AreaCoverage", "CoverageReport", "coverage", "data_now"]
