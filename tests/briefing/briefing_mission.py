"""A small hand-made mission for the briefing tests: two days of incidents around one line.

Period of interest: the 24 h up to END (5 March 2026 12:00 Z) and the 24 h before them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import factories
from shapely.geometry import Polygon

from app.store import open_store

END = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
#: A title a hostile report could carry: it must come out as text, never as markup.
HOSTILE_TITLE = '<img src=x onerror="alert(1)"> Shelling <b>near</b> & "school"'


def make_mission(path: Path, *, secret_line: bool = False) -> dict[str, str]:
    """Write the mission; returns the ids the tests look for."""
    north = Polygon([(35.0, 33.12), (35.7, 33.12), (35.7, 33.4), (35.0, 33.4)])
    south = Polygon([(35.0, 32.8), (35.7, 32.8), (35.7, 33.12), (35.0, 33.12)])
    with open_store(path) as store:
        store.set_meta("mission_name", "UNTEST")
        unit = factories.unit(designation="NEPBATT 1", short_name="NEPBATT")
        sector_n = factories.area(name="Sector North", area_type="sector", geometry=north)
        sector_s = factories.area(name="Sector South", area_type="sector", geometry=south)
        patrol_area = factories.area(name="PA Alpha")
        line = factories.line(
            name="Line A", classification="CONFIDENTIAL" if secret_line else "UNCLASSIFIED"
        )
        store.save_many([unit, sector_n, sector_s, patrol_area, line])
        store.save(factories.position(unit.id, observed_at=END - timedelta(hours=1)))
        store.save(
            factories.patrol(
                unit.id,
                area_id=patrol_area.id,
                planned_start=END - timedelta(hours=6),
                planned_end=END - timedelta(hours=2),
                actual_start=END - timedelta(hours=6),
                actual_end=END - timedelta(hours=2),
                status="completed",
            )
        )
        hour = timedelta(hours=1)
        current = [
            # Three ceasefire violations near the line (north side), one armed clash in the south.
            factories.incident(occurred_start=END - 2 * hour, lat=33.155, lon=35.3),
            factories.incident(occurred_start=END - 3 * hour, lat=33.156, lon=35.31),
            factories.incident(occurred_start=END - 4 * hour, lat=33.155, lon=35.29),
            factories.incident(
                title=HOSTILE_TITLE, category="armed_clash", severity=5, fatalities=2,
                occurred_start=END - 5 * hour, lat=32.9, lon=35.2, weapon_class="artillery",
                classification="CONFIDENTIAL",
            ),
        ]  # fmt: skip
        previous = [
            factories.incident(occurred_start=END - 30 * hour, lat=33.155, lon=35.3),
            factories.incident(
                title="Protest at the market", category="demonstration_peaceful",
                occurred_start=END - 40 * hour, lat=32.95, lon=35.4, weapon_class=None,
            ),
        ]  # fmt: skip
        old = factories.incident(
            title="Old report", occurred_start=END - 200 * hour, lat=33.3, lon=35.5
        )
        store.save_many([*current, *previous, old])
        return {
            "unit": unit.id,
            "line": line.id,
            "sector_n": sector_n.id,
            "sector_s": sector_s.id,
            "hostile": current[3].id,
        }
