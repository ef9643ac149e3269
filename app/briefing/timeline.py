"""Incidents per day and category: the histogram above the time slider.

One SQL ``GROUP BY`` day, category over the incidents the current filter lets through (the
store's ``incident_day_counts``), so the histogram costs one query even at 100k incidents.
Days are UTC calendar days of the occurred start (the slider and the map use the same
instant). Plain Python: no Qt here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.picture import IncidentFilter
from app.store import MissionStore

#: One day of the histogram: the day and its count per category key.
DayCounts = tuple[date, dict[str, int]]


def incidents_per_day(
    store: MissionStore,
    start: datetime | None = None,
    end: datetime | None = None,
    incident_filter: IncidentFilter | None = None,
) -> list[DayCounts]:
    """Counts per UTC day and category, every day from ``start`` to ``end`` present (zeros too).

    ``start``/``end`` default to the mission period; the filter's own time window is replaced
    by them (the histogram shows the whole period the slider moves over).
    """
    f = incident_filter or IncidentFilter()
    if start is None or end is None:
        period = store.mission_period()
        if period is None:
            return []
        start = start or period[0]
        end = end or period[1]
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    # The store's filter terms (live rows, categories, severities, statuses, unit, text, bbox):
    # one definition of "what the filter shows" for the table, the map and this histogram.
    first_day, last_day = start.date(), end.date()
    rows = store.incident_day_counts(
        first_day,
        last_day,
        bbox=f.bbox,
        categories=f.categories,
        unit_id=f.unit_id,
        text=f.text,
        severities=f.severities,
        statuses=f.statuses,
    )
    days: dict[date, dict[str, int]] = {}
    day = first_day
    while day <= last_day:
        days[day] = {}
        day += timedelta(days=1)
    for day_text, category, count in rows:
        days.setdefault(date.fromisoformat(day_text), {})[str(category)] = int(count)
    return sorted(days.items())


def window_total(days: list[DayCounts]) -> int:
    """All incidents in a histogram (for a caption)."""
    return sum(sum(counts.values()) for _day, counts in days)
