"""The histogram over the time slider counts what the store holds, per UTC day and category."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import factories
import pytest

from app.briefing.timeline import incidents_per_day, window_total
from app.demo import DemoOptions, generate_demo
from app.picture import IncidentFilter
from app.store import open_store

T0 = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)


def test_counts_per_day_and_category_with_empty_days(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        store.save_many(
            [
                factories.incident(occurred_start=T0),  # 5 March, late evening UTC
                factories.incident(occurred_start=T0 + timedelta(minutes=20)),  # 5 March 23:50
                factories.incident(occurred_start=T0 + timedelta(minutes=40)),  # 6 March 00:10
                factories.incident(occurred_start=T0 + timedelta(days=3), category="armed_clash"),
            ]
        )
        deleted = store.save(factories.incident(occurred_start=T0))
        store.delete("incident", deleted.id)
        days = incidents_per_day(store)
    assert days == [
        (date(2026, 3, 5), {"ceasefire_violation": 2}),
        (date(2026, 3, 6), {"ceasefire_violation": 1}),
        (date(2026, 3, 7), {}),  # a quiet day is still a bar position
        (date(2026, 3, 8), {"armed_clash": 1}),
    ]
    assert window_total(days) == 4


def test_filter_and_period_limit_the_counts(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        store.save_many(
            [
                factories.incident(occurred_start=T0, severity=5),
                factories.incident(occurred_start=T0, severity=1),
                factories.incident(occurred_start=T0 + timedelta(days=1), severity=5),
                factories.incident(occurred_start=T0 + timedelta(days=5), severity=5),
            ]
        )
        days = incidents_per_day(
            store, T0, T0 + timedelta(days=1), IncidentFilter(severities=(4, 5))
        )
    assert days == [
        (date(2026, 3, 5), {"ceasefire_violation": 1}),
        (date(2026, 3, 6), {"ceasefire_violation": 1}),
    ]


def test_an_empty_mission_has_no_days(tmp_path: Path):
    with open_store(tmp_path / "m.db") as store:
        assert incidents_per_day(store) == []


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_store(path) as store:
        generate_demo(store, DemoOptions(incidents=1500))
    return path


def test_demo_histogram_equals_the_store_counted_one_by_one(demo: Path):
    with open_store(demo, readonly=True) as store:
        days = incidents_per_day(store)
        expected: Counter[tuple[date, str]] = Counter()
        for incident in store.query("incident"):
            expected[(incident.occurred_start.astimezone(UTC).date(), incident.category)] += 1
    got = Counter({(day, cat): n for day, counts in days for cat, n in counts.items()})
    assert got == expected
    assert window_total(days) == 1500
    # Every day of the mission period has its place, in order.
    assert [d for d, _ in days] == sorted(d for d, _ in days)
    assert len(days) == (days[-1][0] - days[0][0]).days + 1
