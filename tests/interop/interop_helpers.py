"""Shared data for the interop tests (imported by name; conftest modules clash across folders)."""

from __future__ import annotations

from pathlib import Path

from factories import area, incident, line, patrol, position, unit

from app.domain.records import Record

FIXTURES = Path(__file__).parent / "fixtures"


def every_kind() -> list[Record]:
    """One record of each kind, with the awkward values a round trip must keep."""
    u = unit(callsign="Tiger 6", strength=None, short_name="NEP 1")
    return [
        u,
        position(u.id, accuracy_m=12.5, course_deg=270.0),
        incident(
            reporting_unit_id=u.id,
            actors=("Northern Forces", "=cmd|' /C calc'!A0"),
            description='Line 1\nLine 2, with "quotes" and ; semicolons',
            fatalities=2,
            fatalities_civilian=1,
            precision_m=None,
            releasable_to=("NPL", "UN"),
        ),
        area(),
        line(),
        patrol(u.id, task="Route Blue", findings="Nothing to report"),
    ]
