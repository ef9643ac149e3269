"""Records to and from database rows: the one place that knows how a field is stored.

Times are fixed-width UTC ISO 8601 text (so text order is time order), geometry is WKB with its
bounding box beside it, lists are JSON arrays, booleans are 0/1.
"""

from __future__ import annotations

import json
from typing import Any

import shapely

from app.domain.coords import format_utc, parse_utc
from app.domain.records import Record
from app.domain.serialize import content_hash, field_types


def record_to_row(record: Record) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, kind in field_types(type(record)).items():
        value = getattr(record, name)
        if value is None:
            row[name] = None
            if kind == "geometry":
                row.update(min_lon=None, min_lat=None, max_lon=None, max_lat=None)
        elif kind == "time":
            row[name] = format_utc(value)
        elif kind == "geometry":
            row[name] = shapely.to_wkb(value)
            row["min_lon"], row["min_lat"], row["max_lon"], row["max_lat"] = value.bounds
        elif kind == "list":
            row[name] = json.dumps(list(value), ensure_ascii=False)
        elif kind == "bool":
            row[name] = int(value)
        else:
            row[name] = value
    row["content_hash"] = content_hash(record)
    return row


def row_to_record(cls: type[Record], row: dict[str, Any]) -> Record:
    values: dict[str, Any] = {}
    for name, kind in field_types(cls).items():
        value = row[name]
        if value is None:
            values[name] = None
        elif kind == "time":
            values[name] = parse_utc(value, name)
        elif kind == "geometry":
            values[name] = shapely.from_wkb(value)
        elif kind == "list":
            values[name] = tuple(json.loads(value))
        elif kind == "bool":
            values[name] = bool(value)
        else:
            values[name] = value
    return cls(**values)
