"""Who is near what: incidents near units, the nearest units to an incident, units in zones.

For the duty officer ("which of our units is closest to this report, and which way?") and for
force-protection checks. Uses each unit's current position (its latest report). Distances and
bearings are geodesic on WGS 84; candidate searches run in the UTM zone of the data's centre.
Services layer: no Qt.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from app.analysis._common import check_metres, check_time, check_window, iso, text_array
from app.analysis.lines import match_to_lines, party_on, side_name
from app.domain.geo import Projection, centre_utm_epsg, geodesic_inverse
from app.domain.records import Incident, PositionReport, Unit
from app.errors import NotFoundError, ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.store.store import MissionStore

_SCALE_MARGIN = 0.01
_SLACK_M = 10.0


@dataclass(frozen=True)
class IncidentNearUnit:
    incident_id: str
    occurred_start: str
    category: str
    title: str
    unit_id: str
    unit: str  # designation
    distance_m: float
    #: From the incident to the unit, degrees clockwise from true north.
    bearing_deg: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NearestUnit:
    unit_id: str
    unit: str  # designation
    short_name: str
    callsign: str
    nation: str
    lat: float
    lon: float
    observed_at: str
    distance_m: float
    #: From the incident to the unit, degrees clockwise from true north; None when co-located.
    bearing_deg: float | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UnitInBufferZone:
    unit_id: str
    unit: str  # designation
    observed_at: str
    line_id: str
    line_name: str
    buffer_m: float
    distance_m: float
    side: str  # 'left' | 'right' | 'on_line'
    party: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _positions(store: MissionStore) -> tuple[list[PositionReport], dict[str, Unit]]:
    units = {u.id: u for u in store.units()}
    positions = [p for p in store.current_positions().values() if p.unit_id in units]
    return positions, units


def _bearing(bearing: float, distance: float) -> float | None:
    return None if distance < 0.01 else round(float(bearing), 1)


def incidents_near_units(
    store: MissionStore,
    *,
    radius_m: float = 5000,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[IncidentNearUnit]:
    """Every (incident, unit) pair within ``radius_m``, by incident time then distance.

    Units are where they are now (their latest report), not where they were at the incident.
    """
    radius_m = check_metres(radius_m, "radius_m")
    start, end = check_time(start, "start"), check_time(end, "end")
    check_window(start, end)
    positions, units = _positions(store)
    cols = store.incident_columns(
        columns=("id", "occurred_start", "category", "title", "lon", "lat"),
        start=start,
        end=end,
        ordered=False,
    )
    if not positions or not cols["id"]:
        return []
    ilon, ilat = np.asarray(cols["lon"], float), np.asarray(cols["lat"], float)
    ulon = np.array([p.lon for p in positions])
    ulat = np.array([p.lat for p in positions])
    epsg = centre_utm_epsg(np.r_[ilon, ulon], np.r_[ilat, ulat])
    to_m = Projection(4326, epsg)
    ix, iy = to_m.transform(ilon, ilat)
    ux, uy = to_m.transform(ulon, ulat)
    tree = shapely.STRtree(shapely.points(ix, iy))
    search = radius_m * (1 + _SCALE_MARGIN) + _SLACK_M
    ui, ii = tree.query(shapely.points(ux, uy), predicate="dwithin", distance=search)
    bearing, dist = geodesic_inverse(ilon[ii], ilat[ii], ulon[ui], ulat[ui])
    keep = dist <= radius_m
    ui, ii, bearing, dist = ui[keep], ii[keep], bearing[keep], np.round(dist[keep], 1)
    times = text_array(cols["occurred_start"])
    order = np.lexsort((dist, np.asarray(cols["id"], dtype=str)[ii], times[ii]))
    result = []
    for k in order:
        i, unit = int(ii[k]), units[positions[int(ui[k])].unit_id]
        result.append(
            IncidentNearUnit(
                incident_id=cols["id"][i],
                occurred_start=cols["occurred_start"][i],
                category=cols["category"][i],
                title=cols["title"][i],
                unit_id=unit.id,
                unit=unit.designation,
                distance_m=float(dist[k]),
                bearing_deg=_bearing(bearing[k], dist[k]),
            )
        )
    return result


def nearest_units(store: MissionStore, incident_id: str, k: int = 3) -> list[NearestUnit]:
    """The ``k`` units nearest an incident now, with geodesic distance and bearing to each."""
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValidationError(
            "k",
            translate("Analysis", "expected a whole number of at least 1, got {k!r}").format(k=k),
        )
    incident = store.get("incident", incident_id)
    if not isinstance(incident, Incident) or incident.deleted:
        raise NotFoundError(
            translate("Analysis", "no incident with id {id}").format(id=incident_id)
        )
    positions, units = _positions(store)
    if not positions:
        return []
    ulon = np.array([p.lon for p in positions])
    ulat = np.array([p.lat for p in positions])
    bearing, dist = geodesic_inverse(incident.lon, incident.lat, ulon, ulat)
    order = np.lexsort((np.array([p.unit_id for p in positions]), dist))[:k]
    result = []
    for j in order:
        position, unit = positions[int(j)], units[positions[int(j)].unit_id]
        result.append(
            NearestUnit(
                unit_id=unit.id,
                unit=unit.designation,
                short_name=unit.short_name,
                callsign=unit.callsign,
                nation=unit.nation,
                lat=position.lat,
                lon=position.lon,
                observed_at=iso(position.observed_at) or "",
                distance_m=round(float(dist[j]), 1),
                bearing_deg=_bearing(bearing[j], dist[j]),
            )
        )
    return result


def units_in_buffer_zones(store: MissionStore) -> list[UnitInBufferZone]:
    """Units whose current position lies inside a control line's buffer zone (nearest line)."""
    positions, units = _positions(store)
    lines = store.ceasefire_lines()
    if not positions or not lines:
        return []
    times = np.array([iso(p.observed_at) for p in positions])
    matches = match_to_lines(
        np.array([p.lon for p in positions]),
        np.array([p.lat for p in positions]),
        lines,
        times=times,
    )
    result = []
    for k in np.lexsort((matches.distance_m, matches.line)):
        position, line = positions[int(matches.point[k])], lines[int(matches.line[k])]
        side = int(matches.side[k])
        result.append(
            UnitInBufferZone(
                unit_id=position.unit_id,
                unit=units[position.unit_id].designation,
                observed_at=str(times[matches.point[k]]),
                line_id=line.id,
                line_name=line.name,
                buffer_m=line.buffer_m,
                distance_m=round(float(matches.distance_m[k]), 1),
                side=side_name(side),
                party=party_on(line, side),
            )
        )
    return result


__all__ = [
    "IncidentNearUnit",
    "NearestUnit",
    "UnitInBufferZone",
    "incidents_near_units",
    "nearest_units",
    "units_in_buffer_zones",
]
