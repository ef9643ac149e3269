"""Small helpers shared by the analysis services: times as stored text, checks, rounding.

Plain Python over the domain; no Qt, no SQLite.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

import numpy as np

from app.domain.coords import format_utc
from app.errors import ValidationError
from app.i18n import translate


def iso(value: datetime | None) -> str | None:
    """The storage and JSON form of a time (UTC, ``Z``), or None."""
    return None if value is None else format_utc(value)


def check_time(value: datetime | None, name: str) -> datetime | None:
    """Refuse naive times: a guessed zone silently moves a window by hours."""
    if value is None:
        return None
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            name, translate("Analysis", "give a UTC date-time (with a time zone)")
        )
    return value.astimezone(UTC)


def check_window(start: datetime | None, end: datetime | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError("end", translate("Analysis", "is before start"))


def check_metres(value: Any, name: str, *, positive: bool = False) -> float:
    """A finite, non-negative (or positive) number of metres or hours."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            name,
            translate("Analysis", "expected a finite number, got {value!r}").format(value=value),
        )
    if value < 0 or (positive and value == 0):
        raise ValidationError(
            name,
            (
                translate("Analysis", "must be above 0")
                if positive
                else translate("Analysis", "must be at least 0")
            ),
        )
    return float(value)


def text_array(values: list[Any]) -> np.ndarray:
    """Stored fixed-width UTC texts as a numpy string array (comparable as text = as time)."""
    return np.asarray(values, dtype=str) if values else np.zeros(0, dtype="<U24")
