"""Small valid records for tests; each call makes a fresh id."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from shapely.geometry import LineString, Polygon

from app.domain.records import (
    CeasefireLine,
    Incident,
    MapItem,
    Patrol,
    PatrolArea,
    PositionReport,
    Unit,
)

T0 = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)


def unit(**kw: Any) -> Unit:
    values: dict[str, Any] = dict(
        designation="NEPBATT 1", nation="NPL", sidc="10031000161211000000", echelon="battalion"
    )
    values.update(kw)
    return Unit(**values)


def incident(**kw: Any) -> Incident:
    values: dict[str, Any] = dict(
        title="Small-arms fire heard",
        category="ceasefire_violation",
        occurred_start=T0,
        lat=33.25,
        lon=35.5,
        weapon_class="small_arms",
    )
    values.update(kw)
    return Incident(**values)


def position(unit_id: str, minutes: int = 0, **kw: Any) -> PositionReport:
    values: dict[str, Any] = dict(
        unit_id=unit_id, observed_at=T0 + timedelta(minutes=minutes), lat=33.2, lon=35.4
    )
    values.update(kw)
    return PositionReport(**values)


def area(**kw: Any) -> PatrolArea:
    values: dict[str, Any] = dict(
        name="PA North",
        geometry=Polygon([(35.0, 33.0), (35.2, 33.0), (35.2, 33.2), (35.0, 33.2)]),
    )
    values.update(kw)
    return PatrolArea(**values)


def line(**kw: Any) -> CeasefireLine:
    values: dict[str, Any] = dict(
        name="Line A",
        geometry=LineString([(35.0, 33.1), (35.3, 33.15), (35.6, 33.1)]),
        party_left="Northern Forces",
        party_right="Southern Army",
        buffer_m=1000.0,
    )
    values.update(kw)
    return CeasefireLine(**values)


def patrol(unit_id: str, **kw: Any) -> Patrol:
    values: dict[str, Any] = dict(
        unit_id=unit_id,
        planned_start=T0,
        planned_end=T0 + timedelta(hours=4),
        track=LineString([(35.05, 33.05), (35.1, 33.1), (35.15, 33.05)]),
    )
    values.update(kw)
    return Patrol(**values)


def map_item(**kw: Any) -> MapItem:
    values: dict[str, Any] = dict(
        name="MSR Blue", item_type="route", geometry=LineString([(35.4, 33.2), (35.6, 33.3)])
    )
    values.update(kw)
    return MapItem(**values)
