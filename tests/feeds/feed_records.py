"""Records the feed tests put in a mission: our own units with a position reported here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.domain.records import PositionReport, Unit
from app.store import MissionStore


def our_unit_at(store: MissionStore, name: str, lat: float, lon: float, **kw: Any) -> Unit:
    """A friendly infantry unit of ours, with a GPS fix at (lat, lon) reported now."""
    position_kw = {k: kw.pop(k) for k in ("position_releasable_to", "position_classification")
                   if k in kw}  # fmt: skip
    unit = Unit(designation=name, nation="NPL", sidc="10031000161211000000", callsign=name, **kw)
    fix = PositionReport(
        unit_id=unit.id, observed_at=datetime.now(UTC), lat=lat, lon=lon, method="gps",
        **{k.removeprefix("position_"): v for k, v in position_kw.items()},
    )  # fmt: skip
    saved, _ = store.save_many([unit, fix])
    assert isinstance(saved, Unit)
    return saved
