"""Records to and from database rows: the one place that knows how a field is stored.

Times are fixed-width UTC ISO 8601 text (so text order is time order), geometry is WKB with its
bounding box beside it, lists are JSON arrays, booleans are 0/1.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import shapely

from app.domain.coords import format_utc, parse_utc
from app.domain.records import Record
from app.domain.serialize import (
    BOOKKEEPING_FIELDS,
    OMITTED_WHEN_EMPTY,
    field_types,
    geometry_to_geojson,
    hash_canonical,
)

#: Field kinds stored and hashed as the value itself.
_AS_STORED = frozenset({"text", "int", "float"})


@functools.lru_cache(maxsize=4096)
def _list_text(values: tuple[str, ...]) -> str:
    """Stored JSON of a list field; the same few lists (releasable-to sets, actor pairs) recur
    across thousands of records, so each is encoded once."""
    return json.dumps(list(values), ensure_ascii=False)


def record_to_row(record: Record) -> dict[str, Any]:
    """The row for a record, with its content hash; one pass builds both (bulk imports)."""
    row: dict[str, Any] = {}
    canonical: dict[str, Any] = {"kind": record.KIND}
    for name, kind in field_types(type(record)).items():
        value = getattr(record, name)
        if kind in _AS_STORED and value is not None:  # most fields: checked first
            row[name] = canonical[name] = value
        elif value is None:
            row[name] = canonical[name] = None
            if kind == "geometry":
                row.update(min_lon=None, min_lat=None, max_lon=None, max_lat=None)
        elif kind == "time":
            row[name] = canonical[name] = format_utc(value)
        elif kind == "geometry":
            row[name] = shapely.to_wkb(value)
            row["min_lon"], row["min_lat"], row["max_lon"], row["max_lat"] = value.bounds
            canonical[name] = geometry_to_geojson(value)
        elif kind == "list":
            canonical[name] = list(value)
            row[name] = _list_text(tuple(value))
        elif kind == "bool":
            row[name] = int(value)
            canonical[name] = value
        else:
            row[name] = canonical[name] = value
    for name in BOOKKEEPING_FIELDS:
        del canonical[name]
    for name in OMITTED_WHEN_EMPTY:
        if canonical.get(name) == "":
            del canonical[name]
    row["content_hash"] = hash_canonical(canonical)
    return row


def row_to_record(cls: type[Record], row: dict[str, Any]) -> Record:
    values: dict[str, Any] = {}
    for name, kind in field_types(cls).items():
        if name not in row:  # a column a later schema step adds (read-only, not yet upgraded)
            continue
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
