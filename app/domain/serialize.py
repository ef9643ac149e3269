"""Records to and from JSON-shaped dicts, the canonical form, and the content hash.

One mapping, used by the CLI's ``record`` commands, sync packages and exports: times are UTC
ISO 8601 strings with ``Z``, geometry is a GeoJSON geometry object, lists are JSON arrays.
The canonical form (sorted keys, no whitespace, envelope bookkeeping left out) hashes the same on
every installation. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from dataclasses import fields
from datetime import datetime
from typing import Any

import shapely.geometry
from shapely.geometry.base import BaseGeometry

from app.domain.coords import format_utc, parse_utc
from app.domain.records import Record, record_class
from app.errors import ValidationError
from app.i18n import translate

#: Envelope fields that describe an edit rather than the content; left out of the content hash.
BOOKKEEPING_FIELDS = frozenset({"version", "created_at", "updated_at"})

#: Fields added after records were first exchanged, left out of the JSON form (and so of the
#: content hash and every signature) while empty: a record that does not use one serialises,
#: hashes and verifies exactly as it did before the field existed.
OMITTED_WHEN_EMPTY = frozenset({"text_lang"})


_FIELD_TYPES: dict[type[Record], dict[str, str]] = {}


def field_types(cls: type[Record]) -> dict[str, str]:
    """Field name → one of 'text', 'int', 'float', 'bool', 'time', 'geometry', 'list'."""
    known = _FIELD_TYPES.get(cls)
    if known is not None:
        return known
    hints = typing.get_type_hints(cls)
    result: dict[str, str] = {}
    for f in fields(cls):
        hint = hints[f.name]
        args = typing.get_args(hint)
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            base = [a for a in args if a is not type(None)]
        else:
            base = [hint]
        first = base[0]
        if typing.get_origin(first) is tuple:
            result[f.name] = "list"
        elif isinstance(first, type) and issubclass(first, BaseGeometry):
            result[f.name] = "geometry"
        elif first is datetime:
            result[f.name] = "time"
        elif first is bool:
            result[f.name] = "bool"
        elif first is int:
            result[f.name] = "int"
        elif first is float:
            result[f.name] = "float"
        else:
            result[f.name] = "text"
    _FIELD_TYPES[cls] = result
    return result


def geometry_to_geojson(geometry: BaseGeometry) -> dict[str, Any]:
    return shapely.geometry.mapping(geometry)  # type: ignore[no-any-return]


def geometry_from_geojson(value: Any, field: str) -> BaseGeometry:
    if not isinstance(value, dict) or "type" not in value:
        raise ValidationError(field, translate("Validation", "expected a GeoJSON geometry object"))
    try:
        geometry = shapely.geometry.shape(value)
    except Exception as exc:  # shapely raises several types for malformed input
        raise ValidationError(
            field,
            translate("Validation", "is not a readable GeoJSON geometry ({reason})").format(
                reason=exc
            ),
        ) from None
    return geometry


def record_to_dict(record: Record) -> dict[str, Any]:
    """The record as a JSON-shaped dict (every field, geometry as GeoJSON)."""
    out: dict[str, Any] = {"kind": record.KIND}
    for name, kind in field_types(type(record)).items():
        value = getattr(record, name)
        if value is None:
            out[name] = None
        elif value == "" and name in OMITTED_WHEN_EMPTY:
            continue
        elif kind == "time":
            out[name] = format_utc(value)
        elif kind == "geometry":
            out[name] = geometry_to_geojson(value)
        elif kind == "list":
            out[name] = list(value)
        else:
            out[name] = value
    return out


def record_from_dict(data: dict[str, Any], kind: str | None = None) -> Record:
    """Build and validate a record from a JSON-shaped dict; unknown fields are refused."""
    if not isinstance(data, dict):
        raise ValidationError("record", translate("Validation", "expected a JSON object"))
    kind = kind or data.get("kind")
    if not isinstance(kind, str):
        raise ValidationError("kind", translate("Validation", "is required"))
    cls = record_class(kind)
    types_by_field = field_types(cls)
    values: dict[str, Any] = {}
    for name, value in data.items():
        field_kind = types_by_field.get(name)
        if field_kind is None:
            if name == "kind":
                if value != kind:
                    raise ValidationError(
                        "kind",
                        translate("Validation", "{value!r} does not match {kind!r}").format(
                            value=value, kind=kind
                        ),
                    )
                continue
            raise ValidationError(
                name, translate("Validation", "is not a field of {kind}").format(kind=kind)
            )
        if value is None or field_kind in _AS_GIVEN:
            values[name] = value  # the record's own validation checks the type
        else:
            values[name] = _decode(name, field_kind, value)
    try:
        return cls(**values)
    except TypeError as exc:
        missing = str(exc).split("argument")[-1].strip(": ")
        raise ValidationError(
            kind,
            translate("Validation", "missing required field {missing}").format(missing=missing),
        ) from None


#: Field kinds whose JSON value is already the Python value (checked by the record itself).
_AS_GIVEN = frozenset({"text", "int", "bool"})


def _decode(name: str, kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "time":
        if isinstance(value, datetime):
            return value
        if not isinstance(value, str):
            raise ValidationError(
                name,
                translate("Validation", "expected an ISO 8601 time string, got {value!r}").format(
                    value=value
                ),
            )
        return parse_utc(value, name)
    if kind == "geometry":
        return geometry_from_geojson(value, name)
    if kind == "list":
        if not isinstance(value, list | tuple):
            raise ValidationError(name, translate("Validation", "expected a list"))
        return tuple(value)
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def canonical_json(record: Record) -> str:
    """Sorted, compact JSON of the record's content; the same bytes on every installation."""
    data = {k: v for k, v in record_to_dict(record).items() if k not in BOOKKEEPING_FIELDS}
    return _canonical_text(data)


def _canonical_text(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def hash_canonical(data: dict[str, Any]) -> str:
    """SHA-256 of a record dict already stripped of bookkeeping (see ``canonical_json``)."""
    return hashlib.sha256(_canonical_text(data).encode("utf-8")).hexdigest()


def content_hash(record: Record) -> str:
    """SHA-256 of the canonical JSON: equal content gives an equal hash wherever it is made."""
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()
