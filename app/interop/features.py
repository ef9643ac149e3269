"""Records ⇄ features: the one property mapping every reader and writer shares.

``record_to_feature`` gives a record's geometry (units at their current position) and every
field under its own name, with ``kind``; ``feature_to_record`` reads such a feature back exactly
(ids, times, envelope). Features from partners' files (no ``kind``) are mapped by the user's
choice (``--as``), by an explicit column mapping (``--map col=field``), or by their geometry and
attributes (ACLED-style columns become incidents; other points, lines and polygons become map
items — never a ceasefire line or patrol area, which change what the analysis counts).
Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

import shapely
from shapely.geometry import (
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

from app.domain import map_items, taxonomy
from app.domain.coords import format_utc, parse_coordinate, parse_dtg, parse_utc
from app.domain.langtag import normalize_language_tag
from app.domain.records import RECORD_KINDS, PositionReport, Record, Unit
from app.domain.serialize import (
    field_types,
    geometry_to_geojson,
    record_from_dict,
    record_to_dict,
)
from app.domain.sidc import normalize_sidc
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.interop.base import Feature, Job, field_words

#: Envelope bookkeeping written to files for information; the importing store stamps its own.
STAMPED = frozenset({"version", "created_at", "updated_at", "content_hash"})
#: Kinds located by a point (lat/lon fields), by a geometry field, or by a track.
POINT_KINDS = ("incident", "position_report")
SHAPE_FIELD = {
    "patrol_area": "geometry",
    "ceasefire_line": "geometry",
    "patrol": "track",
    "map_item": "geometry",
}
#: Stable namespace for ids made from a partner's own feature ids (re-import updates, not
#: duplicates).
FOREIGN_IDS = uuid.UUID("6f3c7d5e-2b7a-4c59-9a8e-1c0b6c2f4e11")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

# Column names partners use, lower-cased, in order of preference.
LAT_NAMES = ("lat", "latitude", "y", "lat_dd", "latitude_dd", "ycoord", "point_y", "reclat")
LON_NAMES = ("lon", "lng", "long", "longitude", "x", "lon_dd", "longitude_dd", "xcoord",
             "point_x", "reclong")  # fmt: skip
MGRS_NAMES = ("mgrs", "grid", "mgrs_grid", "grid_ref", "location_mgrs")
WKT_NAMES = ("wkt", "geometry_wkt", "the_geom", "geom")
TIME_NAMES = (
    "occurred_start", "event_date", "date", "datetime", "date_time", "time", "timestamp",
    "when", "start", "observed_at", "dtg",
)  # fmt: skip
TITLE_NAMES = ("title", "name", "label", "subject")
TEXT_NAMES = ("description", "notes", "remarks", "narrative", "comment", "comments")
#: Columns partners keep the language of a feature's text in: a tag (``fr``, ``pt-BR``) or the
#: name of one of the mission languages most often met (``French``, ``Français``).
LANGUAGE_NAMES = ("lang", "language", "xml:lang", "language_code", "lang_code")
_LANGUAGE_WORDS = {
    "english": "en", "anglais": "en", "french": "fr", "français": "fr", "francais": "fr",
    "arabic": "ar", "arabe": "ar", "العربية": "ar", "spanish": "es", "español": "es",
    "espagnol": "es", "portuguese": "pt", "português": "pt", "portugais": "pt",
    "russian": "ru", "русский": "ru", "russe": "ru", "chinese": "zh", "中文": "zh",
    "chinois": "zh",
}  # fmt: skip
CATEGORY_NAMES = ("category", "sub_event_type", "event_type", "type_of_incident")


_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(,[^)]*)?\)")


def hex_colour(text: str) -> str:
    """A CSS colour as partners write it (``#RRGGBB``, ``#rgb``, ``rgb(r, g, b)``) in the one
    form colours are stored in, ``#rrggbb``; anything else comes back lower-cased, unchanged."""
    text = text.strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", text):
        return "#" + "".join(c * 2 for c in text[1:])
    match = _RGB.fullmatch(text)
    if match and all(int(v) <= 255 for v in match.groups()[:3]):
        return "#" + "".join(f"{int(v):02x}" for v in match.groups()[:3])
    return text


def flat_value(value: Any) -> Any:
    """A property value as a flat format (CSV, GeoPackage) stores it: lists as JSON text."""
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def record_to_feature(
    record: Record,
    names: Mapping[str, str] | None = None,
    position: tuple[float, float] | None = None,
) -> Feature:
    """The record as a feature: geometry (a unit at ``position``, lon/lat) and every field."""
    data = record_to_dict(record)
    geometry: BaseGeometry | None
    if record.KIND in POINT_KINDS:
        geometry = Point(data.pop("lon"), data.pop("lat"))
    elif record.KIND in SHAPE_FIELD:
        geometry = getattr(record, SHAPE_FIELD[record.KIND])
        data.pop(SHAPE_FIELD[record.KIND])
    elif position is not None:
        geometry = Point(position[0], position[1])
    else:
        geometry = None
    return Feature(
        index=0,
        geometry=geometry,
        properties=data,
        name=label(record, names or {}),
        kind_hint=record.KIND,
    )


def feature_of(record: Record, job: Job) -> Feature:
    """``record_to_feature`` with the names and unit positions the exporter put on the job."""
    return record_to_feature(record, job.names, job.positions.get(record.id))


def label(record: Record, names: Mapping[str, str]) -> str:
    """What a partner's tool shows as the feature's name."""
    for attr in ("title", "designation", "name"):
        value = getattr(record, attr, None)
        if value:
            return str(value)
    unit_id = getattr(record, "unit_id", None)
    if unit_id:
        return names.get(unit_id, unit_id)
    return record.KIND


# --- features → records ----------------------------------------------------------------------


@dataclass
class MissionContext:
    """What mapping needs to know about the receiving mission."""

    categories: list[taxonomy.Category] = field(default_factory=list)
    #: lower-cased designation / short name / callsign → unit id
    units: dict[str, str] = field(default_factory=dict)
    #: (category, sub_event_type, event_type, type_of_incident) → key: partner files repeat them
    category_cache: dict[tuple[Any, ...], str] = field(default_factory=dict)
    #: What the file calls its named values ("column", "attribute"; "" when it has none a
    #: user could add, as in CoT): messages say how to supply a missing field in those terms.
    field_word: str = "column"

    def supply(self, name: str, what: str = "") -> str:
        """How a user supplies a missing field ``name`` in this file's terms."""
        every = translate("Import", "--set {name}=VALUE gives every feature one").format(name=name)
        what = _WHAT.get(what, what) if what else name
        if self.field_word == "column":
            how = translate("Import", "add a {what} column or --map NAME={name}; {every}")
        elif self.field_word == "attribute":
            how = translate("Import", "add a {what} attribute or --map NAME={name}; {every}")
        elif self.field_word == "property":
            how = translate("Import", "add a {what} property or --map NAME={name}; {every}")
        elif self.field_word == "data field":
            how = translate("Import", "add a {what} data field or --map NAME={name}; {every}")
        elif self.field_word:
            how = f"add a {{what}} {self.field_word} or --map NAME={{name}}; {{every}}"
        else:
            return every
        return how.format(what=translate("Import", what), name=name, every=every)


#: What ``MissionContext.supply`` calls a missing value, marked for translation.
_WHAT = {
    "date": QT_TRANSLATE_NOOP("Import", "date"),
    "time": QT_TRANSLATE_NOOP("Import", "time"),
    "name": QT_TRANSLATE_NOOP("Import", "name"),
    "unit or callsign": QT_TRANSLATE_NOOP("Import", "unit or callsign"),
}


class Skip(Exception):
    """A feature that does not become a record; the reason goes into the import summary."""


class _Lowered(dict[str, Any]):
    """Properties keyed by lower-cased names; made once per feature (imports run 100k+)."""


def _lower_keys(properties: Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(properties, _Lowered):
        return properties
    return _Lowered((str(k).strip().lower(), v) for k, v in properties.items())


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, float) and math.isnan(value)
    )  # fmt: skip


def apply_mapping(properties: dict[str, Any], mapping: Mapping[str, str]) -> dict[str, Any]:
    """Rename columns as the user mapped them (``col=field``); a column mapped to "" is
    dropped. Matching is case-insensitive, like a spreadsheet user expects."""
    if not mapping:
        return properties
    wanted = {k.strip().lower(): v.strip() for k, v in mapping.items()}
    out: dict[str, Any] = {}
    for key, value in properties.items():
        target = wanted.get(str(key).strip().lower())
        if target is None:
            out.setdefault(key, value)
        elif target:
            out[target] = value
    return out


def feature_to_records(
    feature: Feature,
    *,
    as_kind: str | None = None,
    mapping: Mapping[str, str] | None = None,
    context: MissionContext | None = None,
    settings: Mapping[str, str] | None = None,
) -> tuple[list[Record], set[str]]:
    """The records a feature becomes, and the names of properties that were ignored.

    ``settings`` (``--set FIELD=VALUE``) are given to every feature, over the file's values.
    Raises ``ValidationError`` when the feature is meant as a record but is not a valid one,
    ``Skip`` when nothing says what record it should be.
    """
    context = context or MissionContext()
    props = apply_mapping(dict(feature.properties), mapping or {})
    if settings:
        lowered_names = {k.lower(): k for k in settings}
        props = {k: v for k, v in props.items() if str(k).lower() not in lowered_names}
        props.update(settings)
    if feature.name and not any(k.lower() == "name" for k in props):
        props["name"] = feature.name
    own_kind = props.get("kind")
    if as_kind is None and isinstance(own_kind, str) and own_kind in RECORD_KINDS:
        return _own_record(feature, props, own_kind)
    lowered = _lower_keys(props)
    geometry = feature.geometry if feature.geometry is not None else _geometry_from(lowered)
    kind = as_kind or _guess_kind(feature, geometry, lowered)
    if as_kind is not None and isinstance(own_kind, str) and own_kind == as_kind:
        return _own_record(feature, props, own_kind)
    return _foreign_records(feature, geometry, props, kind, context)


def feature_to_record(feature: Feature, **options: Any) -> Record:
    """The main record a feature becomes (see ``feature_to_records``)."""
    return feature_to_records(feature, **options)[0][0]


def _own_record(
    feature: Feature, props: dict[str, Any], kind: str
) -> tuple[list[Record], set[str]]:
    """A feature written by Blue Helmet (or shaped like one): every field under its own name."""
    cls = RECORD_KINDS[kind]
    types = field_types(cls)
    optional = _optional_fields(cls)
    data: dict[str, Any] = {"kind": kind}
    ignored: set[str] = set()
    for key, value in props.items():
        if key == "kind" or key in STAMPED:
            continue
        if key not in types:
            geometry_column = key.lower() in (*LAT_NAMES, *LON_NAMES, *MGRS_NAMES, *WKT_NAMES)
            if not _empty(value) and key != "name" and not geometry_column:
                ignored.add(key)
            continue
        data[key] = coerce(key, types[key], value, optional=key in optional)
    geometry = feature.geometry
    if geometry is None:
        geometry = _geometry_from(props)
    if kind in POINT_KINDS:
        if geometry is not None:
            point = _as_point(geometry)
            data["lon"], data["lat"] = point.x, point.y
    elif kind in SHAPE_FIELD and geometry is not None:
        data[SHAPE_FIELD[kind]] = _shape_for(kind, geometry)
    # Fields a flat format left empty fall back to the record's defaults.
    data = {k: v for k, v in data.items() if not (v is None and k not in optional)}
    for key in ("classification", "origin"):
        if data.get(key) == "":
            data.pop(key)
    return [_build(data)], ignored


def _build(data: dict[str, Any]) -> Record:
    values = {
        k: (geometry_to_geojson(v) if isinstance(v, BaseGeometry) else v) for k, v in data.items()
    }
    return record_from_dict(values)


_OPTIONAL: dict[str, frozenset[str]] = {}


def _optional_fields(cls: type[Record]) -> frozenset[str]:
    """Fields whose default is None (an empty cell means "not given" for them)."""
    if cls.KIND not in _OPTIONAL:
        _OPTIONAL[cls.KIND] = frozenset(f.name for f in fields(cls) if f.default is None)
    return _OPTIONAL[cls.KIND]


def coerce(name: str, kind: str, value: Any, *, optional: bool = False) -> Any:
    """A value from a file (often text, from CSV) as the field's type."""
    if _empty(value):
        if kind == "text" and not optional:
            return ""
        if kind == "list":
            return []
        return None
    if isinstance(value, str):
        text = value.strip()
        if kind == "int":
            try:
                return int(float(text)) if re.fullmatch(r"-?\d+(\.0+)?", text) else int(text)
            except ValueError:
                raise ValidationError(
                    name, translate("Import", "{text!r} is not a whole number").format(text=text)
                ) from None
        if kind == "float":
            try:
                return float(text)
            except ValueError:
                raise ValidationError(
                    name, translate("Import", "{text!r} is not a number").format(text=text)
                ) from None
        if kind == "bool":
            lowered = text.lower()
            if lowered in ("true", "1", "yes", "y", "t"):
                return True
            if lowered in ("false", "0", "no", "n", "f"):
                return False
            raise ValidationError(
                name, translate("Import", "{text!r} is not true or false").format(text=text)
            )
        if kind == "list":
            if text.startswith("["):
                try:
                    items = json.loads(text)
                except json.JSONDecodeError:
                    raise ValidationError(
                        name, translate("Import", "{text!r} is not a list").format(text=text)
                    ) from None
                return list(items)
            return [part.strip() for part in re.split(r"[;|]", text) if part.strip()]
        if kind == "time":
            return parse_time(text, name)
        if kind == "geometry":
            return _wkt_or_json(text, name)
        return value
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind == "bool" and isinstance(value, int):
        return bool(value)
    if kind == "time" and isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return value


#: Dates as ACLED writes them and as spreadsheets re-save them. Numeric dates are read day
#: first (09/05/2020 is 9 May), as ACLED and most of the world write them; two-digit years
#: are 1969–2068 (Python's rule).
DAY_FIRST_PATTERNS = (
    "%d %B %Y", "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d-%B-%Y", "%d %b %y", "%d/%m/%Y",
    "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S",
    "%d.%m.%Y %H:%M", "%B %d, %Y", "%b %d, %Y",
)  # fmt: skip

_ZONED_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$")


def parse_time(value: Any, name: str) -> datetime:
    """ISO 8601 (with zone), a bare date (midnight UTC), ACLED's "05 March 2024", or a DTG."""
    try:
        return _parse_time(value, name)
    except (ValueError, OverflowError) as exc:
        if isinstance(exc, ValidationError):
            raise
        shown = str(value)[:40]
        raise ValidationError(
            name,
            translate("Import", "{shown!r} is not a date and time ({exc})").format(
                shown=shown, exc=exc
            ),
        ) from None


def _parse_time(value: Any, name: str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = str(value).strip()
    if _ZONED_ISO.match(text):  # the common case first: our own files, ISO with a zone
        return parse_utc(text, name)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?", text):
        # GeoPackage/Shapefile datetimes often lose their zone; they are UTC by convention.
        return datetime.fromisoformat(text.replace(" ", "T")).replace(tzinfo=UTC)
    for pattern in DAY_FIRST_PATTERNS:
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=UTC)
        except ValueError:
            pass
    if re.fullmatch(r"\d{6}\s*[A-Z]\s*[A-Z]{3}\s*\d{2,4}", text.upper()):
        return parse_dtg(text.upper(), field=name)
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.*|\d{1,2}[ -]\w+[ -]\d{2,4}.*", text):
        raise ValidationError(
            name,
            translate(
                "Import",
                "{text!r} is not a date (dates are read day first: "
                "09/05/2020, 9-May-20, 09 May 2020 or 2020-05-09)",
            ).format(text=text[:40]),
        )
    return parse_utc(text, name)


def _wkt_or_json(text: str, name: str) -> BaseGeometry:
    try:
        if text.lstrip().startswith("{"):
            return shapely.geometry.shape(json.loads(text))
        return shapely.from_wkt(text)
    except Exception:  # shapely raises several types for malformed input
        curve = _CURVED.match(text)
        if curve:
            raise ValidationError(
                name,
                translate(
                    "Import",
                    "{geometry} is curved geometry, which cannot be read: "
                    "straighten it first (QGIS: Segmentize by maximum angle; "
                    "ogr2ogr: -nlt CONVERT_TO_LINEAR)",
                ).format(geometry=curve.group(1).upper()),
            ) from None
        raise ValidationError(
            name,
            translate("Import", "{text!r} is not WKT or GeoJSON geometry").format(text=text[:40]),
        ) from None


#: WKT types of curved geometry (ISO SQL/MM), which GEOS does not read.
_CURVED = re.compile(
    r"\s*(CIRCULARSTRING|COMPOUNDCURVE|CURVEPOLYGON|MULTICURVE|MULTISURFACE)\b", re.IGNORECASE
)


def _number(value: Any, name: str) -> float:
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            raise ValidationError(
                name, translate("Import", "{value!r} is not a number").format(value=value)
            ) from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            name, translate("Import", "{value!r} is not a number").format(value=value)
        )
    return float(value)


def _pick(props: Mapping[str, Any], names: Iterable[str]) -> tuple[str, Any] | None:
    lowered = _lower_keys(props)
    for name in names:
        if name in lowered and not _empty(lowered[name]):
            return name, lowered[name]
    return None


def _geometry_from(props: Mapping[str, Any]) -> BaseGeometry | None:
    """A position from lat/lon or MGRS columns, or a shape from a WKT column."""
    lat, lon = _pick(props, LAT_NAMES), _pick(props, LON_NAMES)
    if lat and lon:
        y, x = _number(lat[1], "latitude"), _number(lon[1], "longitude")
        from app.domain.coords import check_lat_lon

        y, x = check_lat_lon(y, x, f"{lat[0]}/{lon[0]}")
        return Point(x, y)
    grid = _pick(props, MGRS_NAMES)
    if grid:
        y, x = parse_coordinate(str(grid[1]), grid[0])
        return Point(x, y)
    wkt = _pick(props, WKT_NAMES)
    if wkt and isinstance(wkt[1], str):
        return _wkt_or_json(wkt[1], wkt[0])
    return None


def _as_point(geometry: BaseGeometry) -> Point:
    if isinstance(geometry, Point):
        return geometry
    if isinstance(geometry, MultiPoint) and len(geometry.geoms) == 1:
        return geometry.geoms[0]  # type: ignore[no-any-return]
    raise ValidationError(
        "geometry",
        translate("Import", "expected a Point, got {geom_type}").format(
            geom_type=geometry.geom_type
        ),
    )


def _shape_for(kind: str, geometry: BaseGeometry) -> BaseGeometry:
    if kind == "map_item":
        return geometry  # points, lines and areas alike; the record checks its type fits
    if kind == "patrol_area" and isinstance(geometry, Polygon | MultiPolygon):
        return geometry
    if kind in ("ceasefire_line", "patrol") and isinstance(geometry, LineString | MultiLineString):
        return geometry
    if kind == "patrol_area" and isinstance(geometry, LineString) and geometry.is_ring:
        return Polygon(geometry.coords)  # a closed line drawn as an area outline
    wanted = "Polygon" if kind == "patrol_area" else "LineString"
    raise ValidationError(
        "geometry",
        translate("Import", "a {kind} needs a {wanted}, got {geom_type}").format(
            kind=kind, wanted=wanted, geom_type=geometry.geom_type
        ),
    )


def _has_any(props: Mapping[str, Any], names: Iterable[str]) -> bool:
    return _pick(props, names) is not None


def _guess_kind(feature: Feature, geometry: BaseGeometry | None, props: Mapping[str, Any]) -> str:
    """The kind a partner's feature becomes when nothing says which. A line or polygon is a
    map item, never a ceasefire line or patrol area: those change violation counts and
    coverage, so only ``--as``, a column mapping or the feature's own ``kind`` makes one."""
    if feature.kind_hint in RECORD_KINDS:
        return feature.kind_hint
    if isinstance(geometry, Polygon | MultiPolygon):
        return "map_item"
    if isinstance(geometry, LineString | MultiLineString):
        if _has_any(props, ("unit_id",)) and _has_any(props, ("planned_start",)):
            return "patrol"
        return "map_item"
    if isinstance(geometry, Point | MultiPoint):
        if _has_any(props, TIME_NAMES) and _has_any(
            props, (*CATEGORY_NAMES, "fatalities", "severity")
        ):
            return "incident"
        if _has_any(props, ("unit_id", "unit", "callsign")) and _has_any(props, TIME_NAMES):
            return "position_report"
        return "map_item"  # a placemark, point of interest, milepost, station, …
    if geometry is None and _has_any(props, ("designation",)) and _has_any(props, ("nation",)):
        return "unit"
    if geometry is None:
        raise Skip(translate("Import", "no geometry and no coordinates"))
    raise Skip(
        translate(
            "Import", "a {geom_type} is none of the record kinds: import it --as KIND"
        ).format(geom_type=geometry.geom_type)
    )


def _foreign_id(props: Mapping[str, Any], kind: str) -> str | None:
    found = _pick(props, ("id", "uid", "event_id_cnty", "fid", "feature_id"))
    if found is None:
        return None
    text = str(found[1]).strip()
    if _UUID.match(text):
        return text.lower()
    return str(uuid.uuid5(FOREIGN_IDS, f"{kind}:{text}"))


def category_for(props: Mapping[str, Any], context: MissionContext) -> str:
    """The mission category a partner's value names: a key, a label, or an ACLED (sub-)event
    type that maps to exactly one category. Anything else is refused, never guessed."""
    lowered = _lower_keys(props)
    given = tuple(lowered.get(n) for n in ("category", "sub_event_type", "event_type",
                                           "type_of_incident"))  # fmt: skip
    if given not in context.category_cache:
        context.category_cache[given] = _category_for(lowered, context)
    return context.category_cache[given]


def _category_for(lowered: Mapping[str, Any], context: MissionContext) -> str:
    cats = context.categories or list(taxonomy.SEED_CATEGORIES)
    keys = {c.key for c in cats}
    tried = []
    explicit = lowered.get("category")
    if not _empty(explicit):
        folded = str(explicit).strip().lower()
        for cat in cats:
            if folded in (cat.key, cat.label.lower()):
                return cat.key
    # ACLED's own event and sub-event types (either codebook) have a category each.
    event, sub = lowered.get("event_type"), lowered.get("sub_event_type")
    if _empty(explicit) and not (_empty(event) and _empty(sub)):
        key = taxonomy.acled_category(
            None if _empty(event) else str(event), None if _empty(sub) else str(sub)
        )
        if key in keys:
            return str(key)
    for name in ("category", "sub_event_type", "event_type", "type_of_incident"):
        value = lowered.get(name)
        if _empty(value):
            continue
        text = str(value).strip()
        tried.append(f"{name} {text!r}")
        folded = text.lower()
        for cat in cats:
            if folded in (cat.key, cat.label.lower()):
                return cat.key
        if name == "sub_event_type":
            hits = [c.key for c in cats if (c.acled_sub_event_type or "").lower() == folded]
            if len(hits) >= 1 and folded != "other":
                return hits[0]  # the first, in the mission's own order, is the general one
        if name == "event_type":
            hits = [c.key for c in cats if (c.acled_event_type or "").lower() == folded]
            if len(hits) == 1:
                return hits[0]
    if not tried:
        raise ValidationError(
            "category",
            translate("Import", "is required: {how}").format(how=context.supply("category")),
        )
    raise ValidationError(
        "category",
        translate(
            "Import",
            "{tried} matches no category of this mission; add it to the "
            "mission's categories, or give a category key with --set "
            "category=KEY",
        ).format(tried=" / ".join(tried)),
    )


#: ACLED's geo-precision codes as a radius of uncertainty, metres: 1 the named town, 2 near
#: it or part of a region, 3 only a larger region (its capital given). Approximations.
ACLED_GEO_PRECISION_M = {1: 2_000.0, 2: 15_000.0, 3: 50_000.0}
ACLED_ACTOR_NAMES = ("actor1", "assoc_actor_1", "ally_actor_1", "actor2", "assoc_actor_2",
                     "ally_actor_2")  # fmt: skip


def _is_acled(lowered: Mapping[str, Any]) -> bool:
    return "event_id_cnty" in lowered or (
        "event_type" in lowered and ("interaction" in lowered or "inter1" in lowered)
    )


def acled_fields(lowered: Mapping[str, Any]) -> dict[str, Any]:
    """What an ACLED row says beyond the incident's own fields: actors (main and associated),
    a location uncertainty from geo-precision, and a closing line of the description that
    keeps event id, event types, interaction, precisions and source."""
    out: dict[str, Any] = {}
    actors: list[str] = []
    for name in ACLED_ACTOR_NAMES:
        value = lowered.get(name)
        if _empty(value):
            continue
        for actor in str(value).split(";"):
            if actor.strip() and actor.strip() not in actors:
                actors.append(actor.strip()[:200])
    if actors:
        out["actors"] = actors
    precision = _whole(lowered.get("geo_precision"))
    if precision in ACLED_GEO_PRECISION_M:
        out["precision_m"] = ACLED_GEO_PRECISION_M[precision]
    facts = []
    labels = (
        ("event_id_cnty", "ACLED event"), ("event_type", "event type"),
        ("sub_event_type", "sub-event type"), ("interaction", "interaction"),
        ("geo_precision", "geo-precision"), ("time_precision", "time-precision"),
        ("source", "source"), ("source_scale", "source scale"),
    )  # fmt: skip
    for name, label in labels:
        value = lowered.get(name)
        if not _empty(value):
            facts.append(f"{label}: {str(value).strip()}")
    if facts:
        out["acled_line"] = "[" + " · ".join(facts) + "]"
    return out


def _whole(value: Any) -> int | None:
    try:
        return int(float(str(value).strip()))
    except ValueError:
        return None


def _foreign_records(
    feature: Feature,
    geometry: BaseGeometry | None,
    props: dict[str, Any],
    kind: str,
    context: MissionContext,
) -> tuple[list[Record], set[str]]:
    cls = RECORD_KINDS[kind]
    lowered = _lower_keys(props)
    types = field_types(cls)
    optional = _optional_fields(cls)
    data: dict[str, Any] = {"kind": kind}
    # Values already under our field names are taken as they are.
    for key, value in props.items():
        if key in types and key not in STAMPED and key != "id":
            data[key] = coerce(key, types[key], value, optional=key in optional)
    data = {k: v for k, v in data.items() if not (v is None and k not in optional)}
    record_id = _foreign_id(lowered, kind)
    if record_id:
        data["id"] = record_id
    name = _pick(lowered, TITLE_NAMES)
    text = _pick(lowered, TEXT_NAMES)
    when = _pick(lowered, TIME_NAMES)
    extra: list[Record] = []
    if kind in POINT_KINDS:
        if geometry is None:
            raise ValidationError(
                "location",
                translate(
                    "Import", "no geometry and no latitude/longitude or MGRS {fields}"
                ).format(fields=field_words(context.field_word))
                if context.field_word
                else translate("Import", "no geometry"),
            )  # fmt: skip
        point = _as_point(geometry)
        data["lon"], data["lat"] = point.x, point.y
    if kind == "incident":
        if "occurred_start" not in data:
            if when is None:
                raise ValidationError(
                    "occurred_start",
                    translate("Import", "is required: {how}").format(
                        how=context.supply("occurred_start", "date")
                    ),
                )
            data["occurred_start"] = parse_time(when[1], when[0])
        if "category" not in data or not any(c.key == data["category"] for c in context.categories):
            data["category"] = category_for(lowered, context)
        if not data.get("title"):
            data["title"] = _incident_title(lowered, name)
        if not data.get("description") and text:
            data["description"] = str(text[1])
        if "fatalities" in data and isinstance(data["fatalities"], float):
            data["fatalities"] = int(data["fatalities"])
        if _is_acled(lowered):
            acled = acled_fields(lowered)
            if acled.get("actors") and not data.get("actors"):
                data["actors"] = acled["actors"]
            if "precision_m" in acled and data.get("precision_m") is None:
                data["precision_m"] = acled["precision_m"]
            if "acled_line" in acled:
                notes = str(data.get("description") or "").strip()
                data["description"] = (notes + "\n\n" if notes else "") + acled["acled_line"]
        else:
            actors = [
                str(lowered[a]).strip() for a in ("actor1", "actor2") if not _empty(lowered.get(a))
            ]
            if actors and not data.get("actors"):
                data["actors"] = actors
        data.setdefault("source_kind", "other")
    elif kind == "position_report":
        data.setdefault("method", "imported")
        if "unit_id" not in data:
            data["unit_id"] = _unit_for(lowered, context)
        if "observed_at" not in data:
            if when is None:
                raise ValidationError(
                    "observed_at",
                    translate("Import", "is required: {how}").format(
                        how=context.supply("observed_at", "time")
                    ),
                )
            data["observed_at"] = parse_time(when[1], when[0])
    elif kind in ("patrol_area", "ceasefire_line"):
        if geometry is None:
            raise ValidationError("geometry", translate("Import", "is required"))
        data["geometry"] = _shape_for(kind, geometry)
        if not data.get("name"):
            data["name"] = str(name[1]) if name else f"{kind.replace('_', ' ')} {feature.index}"
    elif kind == "map_item":
        data = _map_item_data(feature, geometry, data, lowered, name, text)
    elif kind == "patrol":
        if geometry is not None:
            data["track"] = _shape_for(kind, geometry)
        if "unit_id" not in data:
            data["unit_id"] = _unit_for(lowered, context)
    elif kind == "unit":
        if not data.get("designation"):
            if name is None:
                raise ValidationError(
                    "designation",
                    translate("Import", "is required: {how}").format(
                        how=context.supply("designation", "name")
                    ),
                )
            data["designation"] = str(name[1])
        if not data.get("nation"):
            nation = _pick(lowered, ("nation", "country", "country_code"))
            # A partner's unit whose file names no nation comes in as of unknown nation.
            data["nation"] = str(nation[1]) if nation else taxonomy.UNKNOWN_NATION
        if not data.get("sidc"):
            data["sidc"] = "10031000001211000000"  # friendly ground unit, nothing more known
    if "text_lang" in types and not data.get("text_lang"):
        data["text_lang"] = _text_language(lowered)
    record = _build(data)
    if isinstance(record, Unit) and isinstance(geometry, Point):
        # A partner's unit marker is also a fix of where the unit was.
        seen = parse_time(when[1], when[0]) if when else datetime.now(UTC)
        extra.append(
            PositionReport(
                id=str(uuid.uuid5(FOREIGN_IDS, f"position:{record.id}:{format_utc(seen)}")),
                unit_id=record.id, observed_at=seen, lat=geometry.y, lon=geometry.x,
                method="imported",
            )
        )  # fmt: skip
    return [record, *extra], set()


def _text_language(lowered: Mapping[str, Any]) -> str:
    """The language a partner's feature says its text is in, as a tag; ``""`` when its column
    holds neither a tag nor a language name we know (a partner's odd value is not a reason to
    refuse the feature: the text simply carries no tag)."""
    found = _pick(lowered, LANGUAGE_NAMES)
    if found is None or not isinstance(found[1], str):
        return ""
    value = found[1].strip()
    if value.lower() in _LANGUAGE_WORDS:
        return _LANGUAGE_WORDS[value.lower()]
    try:
        return normalize_language_tag(value.replace("_", "-"))  # a locale such as fr_FR
    except ValidationError:
        return ""


#: Columns partners keep a feature's type in (beside ``item_type``), most telling first.
TYPE_NAMES = (
    "item_type", "type", "feature_type", "fclass", "class", "category", "kind", "highway",
    "waterway", "amenity", "place", "natural", "landuse", "style", "symbol",
)  # fmt: skip
#: Columns whose presence alone says what a line is (OpenStreetMap-style extracts).
_TELLING_COLUMNS = {"highway": "road", "waterway": "river", "railway": "line"}


def _map_item_data(
    feature: Feature,
    geometry: BaseGeometry | None,
    data: dict[str, Any],
    lowered: Mapping[str, Any],
    name: tuple[str, Any] | None,
    text: tuple[str, Any] | None,
) -> dict[str, Any]:
    """A partner's feature as a map item: its shape, a type read from its own words, label,
    colour and notes. Values a partner's columns hold under our field names (``status``,
    ``colour``, ``sidc``) are kept only when they are valid ones; a partner's "status: paved"
    is not a reason to refuse the file."""
    if geometry is None:
        raise ValidationError(
            "geometry", translate("Import", "no geometry and no lat/lon or MGRS columns")
        )
    if isinstance(geometry, MultiPoint) and len(geometry.geoms) == 1:
        geometry = geometry.geoms[0]
    data["geometry"] = geometry
    shape = map_items.POINT
    if isinstance(geometry, LineString | MultiLineString):
        shape = map_items.LINE
    elif isinstance(geometry, Polygon | MultiPolygon):
        shape = map_items.AREA
    given = data.get("item_type")
    if not (isinstance(given, str) and given in map_items.MAP_ITEM_TYPES
            and shape in map_items.MAP_ITEM_TYPES[given].shapes):  # fmt: skip
        words: list[Any] = [lowered.get(n) for n in TYPE_NAMES if not _empty(lowered.get(n))]
        words += [word for column, word in _TELLING_COLUMNS.items() if column in lowered]
        words += [feature.layer.rsplit("/", 1)[-1]] if feature.layer else []
        words += [name[1]] if name else []
        data["item_type"] = map_items.item_type_for(words, shape)
    if not data.get("name"):
        label = map_items.MAP_ITEM_TYPES[data["item_type"]].label
        data["name"] = str(name[1])[:200] if name else f"{label} {feature.index}"
    if not data.get("notes") and text:
        data["notes"] = str(text[1])
    status = str(data.get("status") or "").strip().lower()
    data["status"] = status if status in map_items.MAP_ITEM_STATUSES else ""
    drawn = feature.style.get("color") or feature.style.get("fillColor")  # a fill alone too
    colour = hex_colour(str(data.get("colour") or drawn or ""))
    data["colour"] = colour if map_items.is_colour(colour) else ""
    sidc = data.get("sidc")
    if sidc:
        try:
            data["sidc"] = normalize_sidc(str(sidc))
        except ValidationError:
            data.pop("sidc")
    return data


def _incident_title(props: Mapping[str, Any], name: tuple[str, Any] | None) -> str:
    if name:
        return str(name[1])[:200]
    lowered = _lower_keys(props)
    given = [k for k in ("sub_event_type", "event_type", "category") if not _empty(lowered.get(k))]
    what = str(lowered[given[0]]) if given else "Imported incident"
    where = lowered.get("location")
    return (f"{what} – {where}" if not _empty(where) else what)[:200]


def _unit_for(props: Mapping[str, Any], context: MissionContext) -> str:
    found = _pick(props, ("unit", "unit_name", "callsign", "designation"))
    if found is None:
        raise ValidationError(
            "unit_id",
            translate("Import", "is required: {how}").format(
                how=context.supply("unit_id", "unit or callsign")
            ),
        )
    unit_id = context.units.get(str(found[1]).strip().lower())
    if unit_id is None:
        raise ValidationError(
            "unit_id",
            translate("Import", "{column} {value!r} is no unit of this mission").format(
                column=found[0], value=found[1]
            ),
        )
    return unit_id
