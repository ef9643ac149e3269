"""The records of a mission picture, as plain frozen dataclasses.

Every shared record carries the same envelope (id, origin, version, times, tombstone, label);
each kind adds its own fields. Constructing a record validates it and raises ``ValidationError``
naming the field at fault, so an invalid record never exists. Geometry is shapely, in WGS 84
(lon, lat order). Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import copy as _copy
import math
import re
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import Any, ClassVar, Self

from shapely import is_valid_reason
from shapely.geometry import LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from app.domain import map_items, taxonomy
from app.domain.coords import check_lat_lon
from app.domain.langtag import normalize_language_tag
from app.domain.sidc import normalize_sidc
from app.errors import ValidationError
from app.i18n import translate

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}\Z")
_NATION = re.compile(r"^[A-Z]{3}\Z")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}\Z")
_SHA256 = re.compile(r"^[0-9a-f]{64}\Z")
MAX_TEXT = 20_000
MAX_SHORT_TEXT = 200


def new_id() -> str:
    """A fresh record id; made by the creating installation and never reused."""
    return str(uuid.uuid4())


# --- small validators shared by the record kinds ---------------------------------------------


def _text(
    value: Any, field_name: str, *, required: bool = False, limit: int = MAX_SHORT_TEXT
) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(
            field_name,
            translate("Validation", "expected text, got {name}").format(name=type(value).__name__),
        )
    value = value.strip() if limit <= MAX_SHORT_TEXT else value
    if required and not value:
        raise ValidationError(field_name, translate("Validation", "is required"))
    if len(value) > limit:
        raise ValidationError(
            field_name,
            translate("Validation", "is {length} characters long; the limit is {limit}").format(
                length=len(value), limit=limit
            ),
        )
    if "\x00" in value:
        raise ValidationError(field_name, translate("Validation", "contains a NUL character"))
    return value


def _shown(value: Any) -> str:
    """A value for a message: its repr, cut short (a hostile file may hold megabytes)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _choice(value: Any, field_name: str, allowed: tuple[Any, ...]) -> Any:
    if value not in allowed:
        shown = ", ".join(str(a) for a in allowed)
        raise ValidationError(
            field_name,
            translate("Validation", "{shown} is not one of: {choices}").format(
                shown=_shown(value), choices=shown
            ),
        )
    return value


def _optional_number(
    value: Any, field_name: str, low: float | None = None, high: float | None = None
) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(
            field_name,
            translate("Validation", "expected a number, got {shown}").format(shown=_shown(value)),
        )
    if isinstance(value, int) and abs(value) > 2**53:
        raise ValidationError(
            field_name, translate("Validation", "{shown} is too large").format(shown=_shown(value))
        )
    if not math.isfinite(value):
        raise ValidationError(
            field_name,
            translate("Validation", "{value!r} is not a finite number").format(value=value),
        )
    if low is not None and value < low:
        raise ValidationError(
            field_name,
            translate("Validation", "{value} is below the minimum {low}").format(
                value=value, low=low
            ),
        )
    if high is not None and value > high:
        raise ValidationError(
            field_name,
            translate("Validation", "{value} is above the maximum {high}").format(
                value=value, high=high
            ),
        )
    return float(value)


def _whole(value: Any, field_name: str) -> None:
    """Refuse 3.0 or True where a grade is a whole number (they would hash differently)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            field_name,
            translate("Validation", "expected a whole number, got {value!r}").format(value=value),
        )


#: Above any real count of people (and far inside SQLite's 64-bit integers).
MAX_COUNT = 10_000_000


def _count(value: Any, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            field_name,
            translate("Validation", "expected a whole number, got {value!r}").format(value=value),
        )
    if value < 0:
        raise ValidationError(
            field_name, translate("Validation", "{value} is negative").format(value=value)
        )
    if value > MAX_COUNT:
        shown = f"{value}" if value < 10**30 else f"a {len(str(value))}-digit number"
        raise ValidationError(
            field_name,
            translate("Validation", "{shown} is not a plausible count (at most {limit:,})").format(
                shown=shown, limit=MAX_COUNT
            ),
        )
    return value


def _time(value: Any, field_name: str, *, required: bool = True) -> datetime | None:
    if value is None:
        if required:
            raise ValidationError(field_name, translate("Validation", "is required"))
        return None
    if not isinstance(value, datetime):
        raise ValidationError(
            field_name,
            translate("Validation", "expected a date-time, got {value!r}").format(value=value),
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            field_name, translate("Validation", "has no time zone; give UTC times")
        )
    return value


def _ref(value: Any, field_name: str, *, required: bool = False) -> str | None:
    if value in (None, ""):
        if required:
            raise ValidationError(field_name, translate("Validation", "is required"))
        return None
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(
            field_name, translate("Validation", "{value!r} is not a record id").format(value=value)
        )
    return value


def _check_window(start: datetime | None, end: datetime | None, start_name: str, end_name: str):
    if start is not None and end is not None and end < start:
        raise ValidationError(
            end_name,
            translate("Validation", "is before {start_name}").format(start_name=start_name),
        )


def _geometry(
    value: Any, field_name: str, kinds: tuple[type[BaseGeometry], ...], *, required: bool = True
) -> BaseGeometry | None:
    if value is None:
        if required:
            raise ValidationError(field_name, translate("Validation", "is required"))
        return None
    if not isinstance(value, kinds):
        wanted = " or ".join(k.__name__ for k in kinds)
        raise ValidationError(
            field_name,
            translate("Validation", "expected a {wanted}, got {geom_type}").format(
                wanted=wanted, geom_type=value.geom_type
            ),
        )
    if value.is_empty:
        raise ValidationError(field_name, translate("Validation", "is empty"))
    if value.has_z:
        raise ValidationError(
            field_name, translate("Validation", "has Z coordinates; give 2D lon/lat geometry")
        )
    minx, miny, maxx, maxy = value.bounds
    if not all(math.isfinite(v) for v in (minx, miny, maxx, maxy)):
        raise ValidationError(
            field_name, translate("Validation", "has a coordinate that is not a finite number")
        )
    if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
        raise ValidationError(
            field_name,
            translate(
                "Validation", "lies outside lon -180…180 / lat -90…90 (bounds {bounds})"
            ).format(bounds=value.bounds),
        )
    if not value.is_valid:
        raise ValidationError(
            field_name,
            translate("Validation", "is not a valid geometry: {reason}").format(
                reason=is_valid_reason(value)
            ),
        )
    return value


_TIME_FIELDS: dict[type, tuple[str, ...]] = {}


def _time_fields(cls: type) -> tuple[str, ...]:
    """Names of a record class's date-time fields (normalised to UTC on construction), cached:
    looking at every field of every record was a fifth of the cost of reading a big package."""
    names = _TIME_FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in fields(cls) if "datetime" in str(f.type))
        _TIME_FIELDS[cls] = names
    return names


# --- the envelope ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Record:
    """The envelope every shared record carries."""

    KIND: ClassVar[str] = ""

    id: str = field(default_factory=new_id)
    #: Installation or unit that created the record; set by the store on first save.
    origin: str = ""
    #: Hybrid-logical-clock version of the last edit; set by the store on every save.
    version: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    #: Tombstone: deletions travel between installations like edits.
    deleted: bool = False
    classification: str = "UNCLASSIFIED"
    #: Nation codes (ISO 3166 alpha-3) and organisation tokens this record may be shared with.
    releasable_to: tuple[str, ...] = ("MISSION",)

    def __post_init__(self) -> None:
        for name in _time_fields(type(self)):
            value = getattr(self, name)
            if isinstance(value, datetime) and value.tzinfo is not None:
                # Times are kept in UTC to the millisecond, the precision they are stored with.
                value = value.astimezone(UTC)
                self._set(name, value.replace(microsecond=value.microsecond // 1000 * 1000))
        if not isinstance(self.id, str) or not _ID.match(self.id):
            raise ValidationError(
                "id", translate("Validation", "{id!r} is not a record id").format(id=self.id)
            )
        _text(self.origin, "origin")
        _time(self.created_at, "created_at", required=False)
        _time(self.updated_at, "updated_at", required=False)
        if not isinstance(self.deleted, bool):
            raise ValidationError(
                "deleted",
                translate("Validation", "expected true or false, got {deleted!r}").format(
                    deleted=self.deleted
                ),
            )
        label = _text(self.classification, "classification", required=True).upper()
        self._set("classification", label)
        tokens = self.releasable_to
        if isinstance(tokens, str) or not isinstance(tokens, tuple | list):
            raise ValidationError(
                "releasable_to",
                translate("Validation", "expected a list of nation or organisation codes"),
            )
        cleaned = []
        for token in tokens:
            token = str(token).strip().upper()
            if not (_NATION.match(token) or token in taxonomy.ORGANISATION_TOKENS):
                raise ValidationError(
                    "releasable_to",
                    translate(
                        "Validation",
                        "{token!r} is neither an ISO 3166 alpha-3 nation code nor one of {tokens}",
                    ).format(token=token, tokens=", ".join(taxonomy.ORGANISATION_TOKENS)),
                )
            if token not in cleaned:
                cleaned.append(token)
        self._set("releasable_to", tuple(sorted(cleaned)))
        self.validate()

    def _set(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)

    def validate(self) -> None:
        """Kind-specific checks; raise ValidationError naming the field."""

    def with_envelope(self, **envelope: Any) -> Self:
        """A copy with envelope bookkeeping changed (origin, version, times), not re-validated.

        Only the store uses this when it stamps a record it has already validated; content
        changes go through ``evolve``, which validates.
        """
        unknown = set(envelope) - {"origin", "version", "created_at", "updated_at"}
        if unknown:
            raise ValueError(
                translate("Validation", "not envelope bookkeeping: {unknown}").format(
                    unknown=sorted(unknown)
                )
            )
        copy = _copy.copy(self)
        for name, value in envelope.items():
            object.__setattr__(copy, name, value)
        return copy

    def evolve(self, **changes: Any) -> Self:
        """A copy with some fields changed, validated like a new record."""
        return replace(self, **changes)


# --- record kinds ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Unit(Record):
    """A unit or contingent; contingents sit at the top of a nation's subtree of the force."""

    KIND: ClassVar[str] = "unit"

    designation: str
    nation: str
    sidc: str
    short_name: str = ""
    parent_id: str | None = None
    echelon: str | None = None
    role: str = "infantry"
    callsign: str = ""
    strength: int | None = None

    def validate(self) -> None:
        _text(self.designation, "designation", required=True)
        _text(self.short_name, "short_name")
        _text(self.callsign, "callsign")
        nation = _text(self.nation, "nation", required=True).upper()
        if not (_NATION.match(nation) or nation in taxonomy.ORGANISATION_TOKENS):
            raise ValidationError(
                "nation",
                translate("Validation", "{nation!r} is not an ISO 3166 alpha-3 nation code").format(
                    nation=nation
                ),
            )
        self._set("nation", nation)
        self._set("sidc", normalize_sidc(self.sidc, "sidc"))
        _ref(self.parent_id, "parent_id")
        if self.parent_id == self.id:
            raise ValidationError(
                "parent_id", translate("Validation", "a unit cannot be its own parent")
            )
        if self.echelon is not None:
            _choice(self.echelon, "echelon", taxonomy.ECHELONS)
        _choice(self.role, "role", taxonomy.UNIT_ROLES)
        if self.strength is not None:
            _count(self.strength, "strength")


@dataclass(frozen=True, kw_only=True)
class PositionReport(Record):
    """One fix of a unit's position; append-only, the latest is the current position."""

    KIND: ClassVar[str] = "position_report"

    unit_id: str
    observed_at: datetime
    lat: float
    lon: float
    accuracy_m: float | None = None
    course_deg: float | None = None
    speed_kmh: float | None = None
    status: str = "operational"
    method: str = "manual"

    def validate(self) -> None:
        _ref(self.unit_id, "unit_id", required=True)
        _time(self.observed_at, "observed_at")
        lat, lon = check_lat_lon(self.lat, self.lon)
        self._set("lat", lat)
        self._set("lon", lon)
        # Numbers are stored back as floats, so 100 and 100.0 hash the same everywhere.
        self._set("accuracy_m", _optional_number(self.accuracy_m, "accuracy_m", 0, 1_000_000))
        self._set("course_deg", _optional_number(self.course_deg, "course_deg", 0, 360))
        self._set("speed_kmh", _optional_number(self.speed_kmh, "speed_kmh", 0, 5_000))
        _choice(self.status, "status", taxonomy.OPERATIONAL_STATUSES)
        _choice(self.method, "method", taxonomy.POSITION_METHODS)


@dataclass(frozen=True, kw_only=True)
class PatrolArea(Record):
    """A patrol area, or another named area (sector, buffer zone, restricted area, …)."""

    KIND: ClassVar[str] = "patrol_area"

    name: str
    geometry: Polygon | MultiPolygon
    area_type: str = "patrol_area"
    responsible_unit_id: str | None = None
    status: str = "active"
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    # BCP 47 tag of the language its free text is written in ("fr", "pt-BR"); "" when the
    # author did not say. Left out of the serialised form when "" (``serialize``).
    text_lang: str = ""

    def validate(self) -> None:
        self._set("text_lang", normalize_language_tag(self.text_lang))
        _text(self.name, "name", required=True)
        _geometry(self.geometry, "geometry", (Polygon, MultiPolygon))
        _choice(self.area_type, "area_type", taxonomy.AREA_TYPES)
        _ref(self.responsible_unit_id, "responsible_unit_id")
        _choice(self.status, "status", taxonomy.AREA_STATUSES)
        _time(self.valid_from, "valid_from", required=False)
        _time(self.valid_to, "valid_to", required=False)
        _check_window(self.valid_from, self.valid_to, "valid_from", "valid_to")


@dataclass(frozen=True, kw_only=True)
class Patrol(Record):
    """A patrol: who, where, when (planned and actual), its track and findings."""

    KIND: ClassVar[str] = "patrol"

    unit_id: str
    planned_start: datetime
    planned_end: datetime
    area_id: str | None = None
    patrol_type: str = "mobile"
    task: str = ""
    status: str = "planned"
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    track: LineString | MultiLineString | None = None
    findings: str = ""
    # BCP 47 tag of the language its free text is written in ("fr", "pt-BR"); "" when the
    # author did not say. Left out of the serialised form when "" (``serialize``).
    text_lang: str = ""

    def validate(self) -> None:
        self._set("text_lang", normalize_language_tag(self.text_lang))
        _ref(self.unit_id, "unit_id", required=True)
        _ref(self.area_id, "area_id")
        _choice(self.patrol_type, "patrol_type", taxonomy.PATROL_TYPES)
        _text(self.task, "task")
        _choice(self.status, "status", taxonomy.PATROL_STATUSES)
        _time(self.planned_start, "planned_start")
        _time(self.planned_end, "planned_end")
        _check_window(self.planned_start, self.planned_end, "planned_start", "planned_end")
        _time(self.actual_start, "actual_start", required=False)
        _time(self.actual_end, "actual_end", required=False)
        _check_window(self.actual_start, self.actual_end, "actual_start", "actual_end")
        _geometry(self.track, "track", (LineString, MultiLineString), required=False)
        _text(self.findings, "findings", limit=MAX_TEXT)


@dataclass(frozen=True, kw_only=True)
class CeasefireLine(Record):
    """A ceasefire or other control line, with the parties on each side and its buffer zone.

    Left and right are seen walking the line in its digitising direction, so that fire from one
    side across the line can be attributed to a party.
    """

    KIND: ClassVar[str] = "ceasefire_line"

    name: str
    geometry: LineString | MultiLineString
    line_type: str = "ceasefire_line"
    agreement: str = ""
    agreement_date: datetime | None = None
    party_left: str = ""
    party_right: str = ""
    #: Width of the buffer zone on each side of the line, metres on the ground.
    buffer_m: float = 0.0
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    # BCP 47 tag of the language its free text is written in ("fr", "pt-BR"); "" when the
    # author did not say. Left out of the serialised form when "" (``serialize``).
    text_lang: str = ""

    def validate(self) -> None:
        self._set("text_lang", normalize_language_tag(self.text_lang))
        _text(self.name, "name", required=True)
        _geometry(self.geometry, "geometry", (LineString, MultiLineString))
        _choice(self.line_type, "line_type", taxonomy.LINE_TYPES)
        _text(self.agreement, "agreement")
        _time(self.agreement_date, "agreement_date", required=False)
        _text(self.party_left, "party_left")
        _text(self.party_right, "party_right")
        buffer_m = _optional_number(self.buffer_m, "buffer_m", 0, 100_000)
        self._set("buffer_m", buffer_m or 0.0)
        _time(self.valid_from, "valid_from", required=False)
        _time(self.valid_to, "valid_to", required=False)
        _check_window(self.valid_from, self.valid_to, "valid_from", "valid_to")


@dataclass(frozen=True, kw_only=True)
class Incident(Record):
    """An incident, event or activity report, graded for source and credibility."""

    KIND: ClassVar[str] = "incident"

    title: str
    category: str
    occurred_start: datetime
    lat: float
    lon: float
    occurred_end: datetime | None = None
    reported_at: datetime | None = None
    #: Radius of uncertainty of the location, metres (a 100 m MGRS square is ~70 m).
    precision_m: float | None = None
    weapon_class: str | None = None
    severity: int = 2
    fatalities: int = 0
    fatalities_civilian: int = 0
    fatalities_peacekeeper: int = 0
    injured: int = 0
    actors: tuple[str, ...] = ()
    description: str = ""
    reporting_unit_id: str | None = None
    source_kind: str = "patrol"
    source_reliability: str = "F"
    info_credibility: int = 6
    status: str = "reported"
    area_id: str | None = None
    line_id: str | None = None
    #: SHA-256 hex digests of attached photos and documents (contents kept once per digest).
    attachments: tuple[str, ...] = ()
    # BCP 47 tag of the language its free text is written in ("fr", "pt-BR"); "" when the
    # author did not say. Left out of the serialised form when "" (``serialize``).
    text_lang: str = ""

    def validate(self) -> None:
        self._set("text_lang", normalize_language_tag(self.text_lang))
        _text(self.title, "title", required=True)
        if not isinstance(self.category, str) or not _KEY.match(self.category):
            raise ValidationError(
                "category",
                translate("Validation", "{category!r} is not a category key").format(
                    category=self.category
                ),
            )
        _time(self.occurred_start, "occurred_start")
        _time(self.occurred_end, "occurred_end", required=False)
        _check_window(self.occurred_start, self.occurred_end, "occurred_start", "occurred_end")
        _time(self.reported_at, "reported_at", required=False)
        lat, lon = check_lat_lon(self.lat, self.lon)
        self._set("lat", lat)
        self._set("lon", lon)
        self._set("precision_m", _optional_number(self.precision_m, "precision_m", 0, 1_000_000))
        if self.weapon_class is not None:
            _choice(self.weapon_class, "weapon_class", taxonomy.WEAPON_CLASSES)
        _whole(self.severity, "severity")
        _choice(self.severity, "severity", taxonomy.SEVERITIES)
        for name in ("fatalities", "fatalities_civilian", "fatalities_peacekeeper", "injured"):
            _count(getattr(self, name), name)
        if self.fatalities_civilian + self.fatalities_peacekeeper > self.fatalities:
            raise ValidationError(
                "fatalities",
                translate(
                    "Validation", "is less than civilian and peacekeeper fatalities together"
                ),
            )
        actors = self.actors
        if isinstance(actors, str) or not isinstance(actors, tuple | list):
            raise ValidationError("actors", translate("Validation", "expected a list of names"))
        self._set("actors", tuple(_text(a, "actors", required=True) for a in actors))
        _text(self.description, "description", limit=MAX_TEXT)
        _ref(self.reporting_unit_id, "reporting_unit_id")
        _choice(self.source_kind, "source_kind", taxonomy.SOURCE_KINDS)
        reliability = self.source_reliability
        if (
            not isinstance(reliability, str)
            or reliability.upper() not in taxonomy.SOURCE_RELIABILITY
        ):
            raise ValidationError(
                "source_reliability",
                translate("Validation", "{reliability!r} is not a source grade A–F").format(
                    reliability=reliability
                ),
            )
        self._set("source_reliability", reliability.upper())
        _whole(self.info_credibility, "info_credibility")
        _choice(self.info_credibility, "info_credibility", tuple(taxonomy.INFO_CREDIBILITY))
        _choice(self.status, "status", taxonomy.INCIDENT_STATUSES)
        _ref(self.area_id, "area_id")
        _ref(self.line_id, "line_id")
        self._set("attachments", _digests(self.attachments, "attachments"))


#: Shapes of map-item geometry, by the family a type allows.
_MAP_ITEM_SHAPES: dict[type[BaseGeometry], str] = {
    Point: map_items.POINT,
    MultiPoint: map_items.POINT,
    LineString: map_items.LINE,
    MultiLineString: map_items.LINE,
    Polygon: map_items.AREA,
    MultiPolygon: map_items.AREA,
}


@dataclass(frozen=True, kw_only=True)
class MapItem(Record):
    """Anything on the map that is none of the other kinds: a point (checkpoint, camp, spot
    marker, camera, …), a line (route, road, river, drawing, …) or an area (zone, drawing, …).

    The analysis never counts a map item: it is no ceasefire line, patrol area or incident.
    ``item_type`` comes from ``app.domain.map_items.MAP_ITEM_TYPES`` and must fit the shape.
    """

    KIND: ClassVar[str] = "map_item"

    name: str
    item_type: str
    geometry: Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon
    #: Symbol code for a control measure or tactical graphic; empty when none is known.
    sidc: str = ""
    #: ``#rrggbb``; empty draws the type's own colour.
    colour: str = ""
    notes: str = ""
    #: Route or road status (open, restricted, closed, unknown); empty when not given.
    status: str = ""
    #: The partner's own type for the item (a CoT type such as ``b-m-p-s-m``), kept so an
    #: export gives the partner back what it sent.
    partner_type: str = ""
    #: SHA-256 digests of attached images and documents (contents kept once per digest).
    attachments: tuple[str, ...] = ()
    # BCP 47 tag of the language its free text is written in ("fr", "pt-BR"); "" when the
    # author did not say. Left out of the serialised form when "" (``serialize``).
    text_lang: str = ""

    def validate(self) -> None:
        self._set("text_lang", normalize_language_tag(self.text_lang))
        _text(self.name, "name", required=True)
        _geometry(self.geometry, "geometry", tuple(_MAP_ITEM_SHAPES))
        kind = map_items.MAP_ITEM_TYPES.get(self.item_type)
        if kind is None:
            _choice(self.item_type, "item_type", tuple(map_items.MAP_ITEM_TYPES))
            return
        shape = _MAP_ITEM_SHAPES[type(self.geometry)]
        if shape not in kind.shapes:
            raise ValidationError(
                "item_type",
                translate(
                    "Validation",
                    "a {kind} is drawn as a {shapes}, not as a {shape}; choose one of: {types}",
                ).format(
                    kind=kind.label.lower(),
                    shapes=" or ".join(kind.shapes),
                    shape=shape,
                    types=", ".join(map_items.types_for_shape(shape)),
                ),
            )
        if _text(self.sidc, "sidc"):
            self._set("sidc", normalize_sidc(self.sidc, "sidc"))
        else:
            self._set("sidc", "")
        colour = _text(self.colour, "colour").lower()
        if colour and not map_items.is_colour(colour):
            raise ValidationError(
                "colour",
                translate("Validation", "{shown} is not a colour like #1d5fbf").format(
                    shown=_shown(self.colour)
                ),
            )
        self._set("colour", colour)
        _text(self.notes, "notes", limit=MAX_TEXT)
        _choice(self.status, "status", map_items.MAP_ITEM_STATUSES)
        _text(self.partner_type, "partner_type")
        self._set("attachments", _digests(self.attachments, "attachments"))


def _digests(value: Any, field_name: str) -> tuple[str, ...]:
    """SHA-256 digests as 64 lowercase hex characters, each once, in the order given."""
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise ValidationError(
            field_name, translate("Validation", "expected a list of SHA-256 digests")
        )
    cleaned: list[str] = []
    for digest in value:
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise ValidationError(
                field_name,
                translate(
                    "Validation", "{digest!r} is not a SHA-256 digest (64 lowercase hex characters)"
                ).format(digest=digest),
            )
        if digest not in cleaned:
            cleaned.append(digest)
    return tuple(cleaned)


RECORD_KINDS: dict[str, type[Record]] = {
    cls.KIND: cls
    for cls in (Unit, PositionReport, PatrolArea, Patrol, CeasefireLine, Incident, MapItem)
}

#: Fields that name another record → the kind of record they must name.
REFERENCES: dict[str, str] = {
    "parent_id": "unit",
    "unit_id": "unit",
    "responsible_unit_id": "unit",
    "reporting_unit_id": "unit",
    "area_id": "patrol_area",
    "line_id": "ceasefire_line",
}


def record_class(kind: str) -> type[Record]:
    """The record class for a kind name as used in the CLI and files (``incident``, …)."""
    try:
        return RECORD_KINDS[kind]
    except KeyError:
        raise ValidationError(
            "kind",
            translate("Validation", "{kind!r} is not a record kind; use one of {kinds}").format(
                kind=kind, kinds=", ".join(RECORD_KINDS)
            ),
        ) from None
