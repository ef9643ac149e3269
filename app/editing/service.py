"""Every edit of the picture: forms, map drawing, undo and the ``record`` CLI all come here.

``Editor`` turns JSON-shaped input (what a form or a script gives: text, numbers, GeoJSON, MGRS)
into validated records, checks what only the database knows (categories, referenced units,
areas and lines), and writes each edit as one transaction that also lands in the change log
with the editing unit. ``validate`` returns every problem at once for inline form messages;
the other methods raise the first as ``ValidationError(field, problem)``. Nothing is written when
anything is wrong. Plain Python: no Qt.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from app.domain import map_items, taxonomy
from app.domain.coords import (
    format_dd,
    format_dms,
    format_utc,
    parse_coordinate,
    parse_dtg,
    parse_utc,
    to_mgrs,
)
from app.domain.hlc import FUTURE_BOUND_MS
from app.domain.kind_words import kind_word
from app.domain.records import (
    REFERENCES,
    Incident,
    MapItem,
    PositionReport,
    Record,
    Unit,
    new_id,
    record_class,
)
from app.domain.serialize import (
    content_hash,
    field_types,
    geometry_from_geojson,
    record_to_dict,
)
from app.editing.attachments import (
    MAX_ATTACHMENT_BYTES,
    AttachmentInfo,
    check_size,
    clean_file_name,
    digest,
    info_from_row,
    sniff_media_type,
)
from app.errors import NotFoundError, ValidationError
from app.i18n import translate
from app.store.settings import read_settings
from app.store.store import MissionStore
from app.store.sync_state import name_attachment

KINDS: tuple[str, ...] = (
    "unit",
    "position_report",
    "patrol_area",
    "patrol",
    "ceasefire_line",
    "incident",
    "map_item",
)

#: Incident workflow: status → the statuses it may move to. A closed or rejected incident may be
#: reopened (back to reported) when new information arrives; nothing else skips the workflow.
INCIDENT_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "reported": ("confirmed", "disputed", "rejected", "closed"),
    "confirmed": ("disputed", "closed"),
    "disputed": ("confirmed", "rejected", "closed"),
    "closed": ("reported",),
    "rejected": ("reported",),
}

#: How far ahead of this machine's clock an observed time may lie (clock drift between radios,
#: GPS units and laptops), before it is refused as a typing mistake.
FUTURE_TOLERANCE = timedelta(milliseconds=FUTURE_BOUND_MS)

#: Envelope fields the store sets; input may repeat them (a `record show` fed back) but not change.
_STORE_FIELDS = ("origin", "version", "created_at", "updated_at", "deleted")
#: Derived output of ``show``; ignored on input so shown JSON can be edited and sent back.
_DERIVED_FIELDS = ("attachments_info",)
_POINT_KINDS = ("position_report", "incident")
_PLACEHOLDER_TIME = datetime(2000, 1, 1, tzinfo=UTC)
#: Valid stand-ins for required fields, so one bad field does not hide problems in the others.
_PLACEHOLDERS: dict[str, Any] = {
    "designation": "x",
    "nation": "XXX",
    "sidc": "10031000161211000000",
    "unit_id": "x",
    "observed_at": _PLACEHOLDER_TIME,
    "lat": 0.0,
    "lon": 0.0,
    "name": "x",
    "planned_start": _PLACEHOLDER_TIME,
    "planned_end": _PLACEHOLDER_TIME,
    "title": "x",
    "category": "x",
    "occurred_start": _PLACEHOLDER_TIME,
    "item_type": "marker",
}
_PLACEHOLDER_GEOMETRY: dict[str, BaseGeometry] = {
    "patrol_area": Polygon([(0, 0), (0.01, 0), (0.01, 0.01)]),
    "ceasefire_line": LineString([(0, 0), (0.01, 0.01)]),
}


#: Fixed choices per field name (categories and labels come from the mission database).
_CHOICES: dict[tuple[str, str], tuple[Any, ...]] = {
    ("unit", "echelon"): taxonomy.ECHELONS,
    ("unit", "role"): taxonomy.UNIT_ROLES,
    ("position_report", "status"): taxonomy.OPERATIONAL_STATUSES,
    ("position_report", "method"): taxonomy.POSITION_METHODS,
    ("patrol_area", "area_type"): taxonomy.AREA_TYPES,
    ("patrol_area", "status"): taxonomy.AREA_STATUSES,
    ("patrol", "patrol_type"): taxonomy.PATROL_TYPES,
    ("patrol", "status"): taxonomy.PATROL_STATUSES,
    ("ceasefire_line", "line_type"): taxonomy.LINE_TYPES,
    ("incident", "weapon_class"): taxonomy.WEAPON_CLASSES,
    ("incident", "severity"): taxonomy.SEVERITIES,
    ("incident", "source_kind"): taxonomy.SOURCE_KINDS,
    ("incident", "source_reliability"): tuple(taxonomy.SOURCE_RELIABILITY),
    ("incident", "info_credibility"): tuple(taxonomy.INFO_CREDIBILITY),
    ("incident", "status"): taxonomy.INCIDENT_STATUSES,
    ("map_item", "item_type"): tuple(map_items.MAP_ITEM_TYPES),
    ("map_item", "status"): map_items.MAP_ITEM_STATUSES,
}
#: Units of measure of numeric fields, as the form labels them.
_UNITS: dict[str, str] = {
    "lat": "degrees",
    "lon": "degrees",
    "accuracy_m": "metres",
    "precision_m": "metres",
    "buffer_m": "metres",
    "course_deg": "degrees true",
    "speed_kmh": "km/h",
}


@dataclass(frozen=True)
class FieldSpec:
    """What a form needs to offer one field: its type, whether it is required, its choices."""

    name: str
    #: text, int, float, time, geometry, list or bool (as in docs/schema.md).
    type: str
    required: bool
    default: Any = None
    choices: tuple[Any, ...] = ()
    unit: str = ""
    #: For references: the kind of record the field names.
    references: str = ""


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field, for the message beside that field in a form."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class _Problems(list[FieldProblem]):
    def add(self, field: str, message: str) -> None:
        if field not in self.fields:
            self.append(FieldProblem(field, message))

    @property
    def fields(self) -> set[str]:
        return {p.field for p in self}


def _raise_first(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationError(problems[0].field, problems[0].message)


class Editor:
    """Every edit of the picture, with validation and the change log. One per store."""

    def __init__(
        self,
        store: MissionStore,
        *,
        editing_unit: str | None = None,
        source: str = "local",
    ) -> None:
        self.store = store
        #: Who the change log names for these edits; default the store's own unit/installation.
        self.editing_unit = editing_unit or store.origin
        self.source = source

    # --- validation and building ---------------------------------------------------------------

    def validate(self, kind: str, data: Mapping[str, Any]) -> list[FieldProblem]:
        """Every problem with ``data`` as a new ``kind`` record, at once; [] when it would save."""
        try:
            _, problems = self._assemble(kind, data, None)
        except ValidationError as exc:
            return [FieldProblem(exc.field, exc.problem)]
        return list(problems)

    def validate_update(self, record_id: str, changes: Mapping[str, Any]) -> list[FieldProblem]:
        """Every problem with ``changes`` applied to the live record ``record_id``."""
        current = self._live(record_id)
        try:
            _, problems = self._assemble(current.KIND, changes, current)
        except ValidationError as exc:
            return [FieldProblem(exc.field, exc.problem)]
        return list(problems)

    def build(self, kind: str, data: Mapping[str, Any]) -> Record:
        """The validated record ``data`` describes, without writing it."""
        record, problems = self._assemble(kind, data, None)
        _raise_first(problems)
        assert record is not None
        return record

    def field_specs(self, kind: str) -> list[FieldSpec]:
        """The fields a form for ``kind`` offers, in order, with this mission's choices for
        ``category`` and ``classification``. Store bookkeeping (origin, version, times,
        deleted) is left out: nobody types it."""
        if kind not in KINDS:
            raise ValidationError(
                "kind", translate("Editing", "{kind!r} is not a record kind").format(kind=kind)
            )
        cls = record_class(kind)
        types = field_types(cls)
        specs = []
        for f in fields(cls):
            if f.name in _STORE_FIELDS:
                continue
            required = f.default is MISSING and f.default_factory is MISSING
            default = None if f.default is MISSING else f.default
            choices = _CHOICES.get((kind, f.name), ())
            if f.name == "category":
                choices = tuple(c.key for c in self.store.categories(active_only=True))
            elif f.name == "classification":
                choices = self.store.classifications
            specs.append(
                FieldSpec(
                    name=f.name,
                    type=types[f.name],
                    required=required,
                    default=default,
                    choices=choices,
                    unit=_UNITS.get(f.name, ""),
                    references=REFERENCES.get(f.name, ""),
                )
            )
        return specs

    # --- edits -----------------------------------------------------------------------------------

    def add(self, kind: str, data: Mapping[str, Any]) -> Record:
        """Create a record; returns it as saved (id assigned unless ``data`` has one)."""
        with self.store.transaction():
            record = self.build(kind, data)
            if self._row_exists(record.KIND, record.id):
                raise ValidationError(
                    "id",
                    translate("Editing", "a record with id {id} already exists").format(
                        id=record.id
                    ),
                )
            return self._save(record)

    def update(self, record_id: str, changes: Mapping[str, Any]) -> Record:
        """Change some fields of a live record; the others stay as they are."""
        with self.store.transaction():
            current = self._live(record_id)
            record, problems = self._assemble(current.KIND, changes, current)
            _raise_first(problems)
            assert record is not None
            old = current.status if isinstance(current, Incident) else None
            if isinstance(record, Incident) and old is not None and record.status != old:
                _check_transition(old, record.status)
            if content_hash(record) == content_hash(current):
                return current  # nothing changed: no new version, nothing for partners
            return self._save(record)

    def delete(self, record_id: str) -> Record:
        """Delete a live record (a tombstone that travels to partners); returns it as it was."""
        with self.store.transaction():
            current = self._live(record_id)
            if isinstance(current, Unit):
                children = len(self.store.query("unit", unit_id=current.id))
                if children:
                    raise ValidationError(
                        "id",
                        translate(
                            "Editing",
                            "unit {designation} has {children} sub-unit(s); delete or "
                            "move them first",
                        ).format(designation=current.designation, children=children),
                    )
            self.store.delete(current.KIND, current.id, source=self.source, unit=self.editing_unit)
        return current

    def restore(self, snapshot: Record) -> Record:
        """Write a snapshot back as the live current version (undo of a delete or an update)."""
        if not isinstance(snapshot, Record) or snapshot.KIND not in KINDS:
            raise ValidationError("snapshot", translate("Editing", "expected a record"))
        with self.store.transaction():
            return self._save(replace(snapshot, deleted=False))

    # --- reads -----------------------------------------------------------------------------------

    def get(self, record_id: str) -> Record:
        """The current version of a record (tombstones included); NotFoundError if unknown."""
        return self.store.find(record_id)

    def kind_of(self, record_id: str) -> str:
        return self.get(record_id).KIND

    def show(self, record_id: str) -> dict[str, Any]:
        """The documented JSON form of a record; incidents add ``attachments_info``."""
        record = self.get(record_id)
        out = record_to_dict(record)
        if isinstance(record, Incident | MapItem):
            infos: list[dict[str, Any]] = []
            for sha256 in record.attachments:
                row = self.store.attachment_info(sha256)
                if row is None:
                    infos.append({"sha256": sha256, "missing": True})
                else:
                    infos.append(info_from_row(row).to_dict())
            out["attachments_info"] = infos
        return out

    # --- unit movement -------------------------------------------------------------------------

    def move_unit(
        self,
        unit_id: str,
        lat: float,
        lon: float,
        observed_at: datetime | None = None,
        **fields: Any,
    ) -> PositionReport:
        """Record a unit's new position; its track grows and this becomes its current position
        unless a later report exists. ``fields``: accuracy_m, course_deg, speed_kmh, status,
        method (default ``manual``)."""
        unit = self._live(unit_id)
        if not isinstance(unit, Unit):
            raise ValidationError(
                "unit_id",
                translate("Editing", "{unit_id} is a {kind}, not a unit").format(
                    unit_id=unit_id, kind=unit.KIND
                ),
            )
        data: dict[str, Any] = {"method": "manual", **fields}
        data.update(unit_id=unit_id, lat=lat, lon=lon)
        data["observed_at"] = observed_at if observed_at is not None else datetime.now(UTC)
        record = self.add("position_report", data)
        assert isinstance(record, PositionReport)
        return record

    # --- incident workflow -----------------------------------------------------------------------

    def set_incident_status(self, incident_id: str, status: str) -> Incident:
        """Move an incident along its workflow (see ``INCIDENT_TRANSITIONS``)."""
        with self.store.transaction():
            current = self._live(incident_id)
            if not isinstance(current, Incident):
                raise ValidationError(
                    "status",
                    translate("Editing", "{incident_id} is a {kind}, not an incident").format(
                        incident_id=incident_id, kind=current.KIND
                    ),
                )
            if status not in taxonomy.INCIDENT_STATUSES:
                raise ValidationError(
                    "status",
                    translate(
                        "Editing",
                        "{status!r} is not an incident status; use one of {statuses}",
                    ).format(status=status, statuses=", ".join(taxonomy.INCIDENT_STATUSES)),
                )
            _check_transition(current.status, status)
            saved = self._save(current.evolve(status=status))
        assert isinstance(saved, Incident)
        return saved

    # --- attachments -----------------------------------------------------------------------------

    def attach(
        self,
        incident_id: str,
        path: Path | None = None,
        *,
        data: bytes | None = None,
        file_name: str | None = None,
        media_type: str | None = None,
    ) -> AttachmentInfo:
        """Attach a file (from ``path`` or ``data``) to an incident; the same content twice is
        kept once. The incident gets a new version naming the attachment's digest."""
        if (path is None) == (data is None):
            raise ValidationError(
                "attachment", translate("Editing", "give either a file or its bytes")
            )
        if path is not None:
            path = Path(path)
            if not path.is_file():
                raise NotFoundError(translate("Editing", "{path}: no such file").format(path=path))
            check_size(path.stat().st_size, str(path))
            data = path.read_bytes()
            file_name = file_name or path.name
        assert data is not None
        name = clean_file_name(file_name)
        check_size(len(data), name)
        sha256 = digest(data)
        media = media_type or sniff_media_type(data, name)
        if not isinstance(media, str) or "/" not in media or len(media) > 100:
            raise ValidationError(
                "media_type",
                translate("Editing", "{media!r} is not a media type such as image/jpeg").format(
                    media=media
                ),
            )
        with self.store.transaction():
            incident = self._live(incident_id)
            if not isinstance(incident, Incident | MapItem):
                raise ValidationError(
                    "attachment",
                    translate(
                        "Editing",
                        "{incident_id} is a {kind}; only incidents and map items have files",
                    ).format(incident_id=incident_id, kind=incident.KIND),
                )
            self.store.put_attachment(sha256, name, media, data, format_utc(datetime.now(UTC)))
            name_attachment(self.store, "incident", incident.id, sha256, name, media)
            if sha256 not in incident.attachments:
                self._save(incident.evolve(attachments=(*incident.attachments, sha256)))
            row = self.store.attachment_info(sha256)
        assert row is not None
        return info_from_row(row)

    def detach(self, incident_id: str, sha256: str) -> Incident | MapItem:
        """Take an attachment off an incident (its bytes stay: older versions and undo name it)."""
        with self.store.transaction():
            incident = self._live(incident_id)
            if not isinstance(incident, Incident | MapItem) or sha256 not in incident.attachments:
                raise NotFoundError(
                    translate("Editing", "{incident_id} has no attachment {sha256}").format(
                        incident_id=incident_id, sha256=sha256
                    )
                )
            kept = tuple(d for d in incident.attachments if d != sha256)
            saved = self._save(incident.evolve(attachments=kept))
        assert isinstance(saved, Incident | MapItem)
        return saved

    def attachment(self, sha256: str) -> tuple[AttachmentInfo, bytes]:
        """An attachment's description and bytes, to open it; NotFoundError when not here."""
        row, data = self.store.get_attachment(sha256)
        return info_from_row(row), data

    def attachments_of(self, incident_id: str) -> list[AttachmentInfo]:
        """The attachments of an incident held here, in the order they were attached."""
        incident = self.get(incident_id)
        if not isinstance(incident, Incident | MapItem):
            raise ValidationError(
                "attachment",
                translate(
                    "Editing", "{incident_id} is a {kind}; only incidents and map items have files"
                ).format(incident_id=incident_id, kind=incident.KIND),
            )
        out = []
        for sha256 in incident.attachments:
            row = self.store.attachment_info(sha256)
            if row is not None:
                out.append(info_from_row(row))
        return out

    # --- internals -------------------------------------------------------------------------------

    def _save(self, record: Record) -> Record:
        return self.store.save(record, source=self.source, unit=self.editing_unit)

    def _row_exists(self, kind: str, record_id: str) -> bool:
        return (kind, record_id) in self.store.existing([(kind, record_id)])

    def _live(self, record_id: str) -> Record:
        if not isinstance(record_id, str) or not record_id:
            raise ValidationError("id", translate("Editing", "is required"))
        record = self.store.find(record_id)
        if record.deleted:
            raise NotFoundError(
                translate("Editing", "{kind} {record_id} is deleted").format(
                    kind=record.KIND, record_id=record_id
                )
            )
        return record

    def _assemble(
        self, kind: str, data: Mapping[str, Any], current: Record | None
    ) -> tuple[Record | None, _Problems]:
        """Decode, construct and cross-check; returns the record (None when wrong) and problems."""
        if not isinstance(kind, str) or kind not in KINDS:
            raise ValidationError(
                "kind",
                translate("Editing", "{kind!r} is not a record kind; use one of {kinds}").format(
                    kind=kind, kinds=", ".join(KINDS)
                ),
            )
        if not isinstance(data, Mapping):
            raise ValidationError(
                "record", translate("Editing", "expected a JSON object of field names and values")
            )
        cls = record_class(kind)
        problems = _Problems()
        values: dict[str, Any] = {}
        if current is not None:
            values = {f.name: getattr(current, f.name) for f in fields(cls)}
        given = self._decode(cls, data, current, problems)
        values.update(given)
        if current is None:
            for f in fields(cls):
                required = f.default is MISSING and f.default_factory is MISSING
                if required and f.name not in values and f.name not in problems.fields:
                    problems.add(f.name, translate("Editing", "is required"))
        record = _construct(cls, values, problems)
        self._check_references(kind, given, problems, current)
        if isinstance(record, PositionReport) and "observed_at" in given:
            _not_future(record.observed_at, "observed_at", problems)
        if isinstance(record, Incident):
            for name in ("occurred_start", "reported_at"):
                if name in given and getattr(record, name) is not None:
                    _not_future(getattr(record, name), name, problems)
        return (record if not problems else None), _in_form_order(cls, problems)

    def _decode(
        self,
        cls: type[Record],
        data: Mapping[str, Any],
        current: Record | None,
        problems: _Problems,
    ) -> dict[str, Any]:
        kind = cls.KIND
        types = field_types(cls)
        defaults: dict[str, Any] = {
            f.name: _OMIT if f.default_factory is not MISSING else f.default for f in fields(cls)
        }
        out: dict[str, Any] = {}
        for name, value in data.items():
            if not isinstance(name, str):
                problems.add(str(name), translate("Editing", "field names must be text"))
                continue
            if name == "kind":
                if value != kind:
                    problems.add(
                        "kind",
                        translate("Editing", "{value!r} does not match {kind!r}").format(
                            value=value, kind=kind
                        ),
                    )
                continue
            if name in _DERIVED_FIELDS or (
                name in ("location", "geometry") and kind in _POINT_KINDS
            ):
                continue
            if name in _STORE_FIELDS:
                self._store_field(name, value, current, problems)
                continue
            if name == "id" and current is not None:
                if value != current.id:
                    problems.add(
                        "id",
                        translate("Editing", "cannot be changed; it names the record for good"),
                    )
                continue
            if name not in types:
                problems.add(
                    name,
                    translate("Editing", "is not a field of {kind}").format(kind=kind_word(kind)),
                )
                continue
            try:
                decoded = _decode_value(name, types[name], value, defaults[name])
            except ValidationError as exc:
                problems.add(exc.field, exc.problem)
                continue
            if decoded is not _OMIT:
                out[name] = decoded
        if kind in _POINT_KINDS:
            _decode_point(data, out, problems)
        for name in ("lat", "lon"):
            if name in out and name not in problems.fields:
                _check_axis(name, out[name], problems)
        return out

    def _store_field(
        self, name: str, value: Any, current: Record | None, problems: _Problems
    ) -> None:
        """Store bookkeeping may be repeated unchanged (shown JSON sent back), never changed."""
        if current is not None:
            shown = record_to_dict(current).get(name)
            if value == shown:
                return
        if name == "deleted" and value is False and current is None:
            return
        problems.add(
            name, translate("Editing", "is set by the store and cannot be given or changed")
        )

    def _check_references(
        self, kind: str, given: dict[str, Any], problems: _Problems, current: Record | None
    ) -> None:
        """Referenced records, the category and the label must exist here (only fields given:
        a partner's record may name a unit that was not shared with this installation)."""
        for name, target in REFERENCES.items():
            value = given.get(name)
            if not value or name in problems.fields or not isinstance(value, str):
                continue
            noun = kind_word(target)
            try:
                referenced = self.store.get(target, value)
            except NotFoundError:
                problems.add(
                    name,
                    translate("Editing", "no {noun} with id {value}").format(
                        noun=noun, value=value
                    ),
                )
                continue
            if referenced.deleted:
                problems.add(
                    name,
                    translate("Editing", "{noun} {value} is deleted").format(
                        noun=noun, value=value
                    ),
                )
        if kind == "unit" and given.get("parent_id") and "parent_id" not in problems.fields:
            own = current.id if current is not None else given.get("id")
            if own and _parent_chain_reaches(self.store, given["parent_id"], own):
                problems.add(
                    "parent_id", translate("Editing", "would make the unit its own ancestor")
                )
        category = given.get("category")
        if category and "category" not in problems.fields:
            known = {c.key for c in self.store.categories()}
            if category not in known:
                problems.add(
                    "category",
                    translate(
                        "Editing", "{category!r} is not in this mission's category list"
                    ).format(category=category),
                )
        parties = read_settings(self.store).parties
        for name in ("party_left", "party_right"):
            party = given.get(name)
            unchanged = current is not None and getattr(current, name, None) == party
            if parties and isinstance(party, str) and party.strip() and party not in parties:
                if unchanged:  # a line imported before the parties were set keeps its names
                    continue
                problems.add(
                    name,
                    translate(
                        "Editing",
                        "{party!r} is not a party to this mission's ceasefire: "
                        "{parties} (Mission → Settings)",
                    ).format(party=party, parties=", ".join(parties)),
                )
        label = given.get("classification")
        if isinstance(label, str) and "classification" not in problems.fields:
            labels = self.store.classifications
            if label.strip().upper() not in labels:
                problems.add(
                    "classification",
                    translate(
                        "Editing", "{label!r} is not one of this mission's labels: {labels}"
                    ).format(label=label, labels=", ".join(labels)),
                )
        digests = given.get("attachments")
        if digests and "attachments" not in problems.fields:
            for sha256 in digests:
                if isinstance(sha256, str) and self.store.attachment_info(sha256.lower()) is None:
                    problems.add(
                        "attachments",
                        translate(
                            "Editing", "no attachment {sha256} here; attach files first"
                        ).format(sha256=sha256),
                    )
                    break


# --- decoding helpers ----------------------------------------------------------------------------


class _Omit:
    """A form's empty box for a field with a default: leave the field as it is."""


_OMIT = _Omit()


def _decode_value(name: str, kind: str, value: Any, default: Any) -> Any:
    """One input value to the record's Python type; tolerant of form text where unambiguous."""
    if isinstance(value, str) and not value.strip() and kind != "text":
        value = None
    if value is None:
        if default is MISSING:
            raise ValidationError(name, translate("Editing", "is required"))
        if default is None:
            return None
        return "" if default == "" else _OMIT
    if kind == "text":
        if not isinstance(value, str):
            raise ValidationError(
                name, translate("Editing", "expected text, got {show}").format(show=_show(value))
            )
        if not value.strip() and default is None:
            return None
        return value
    if kind == "int":
        return _whole(name, value)
    if kind == "float":
        return _number(name, value)
    if kind == "time":
        return _time(name, value)
    if kind == "geometry":
        return _geometry(name, value)
    if kind == "list":
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        if not isinstance(value, list | tuple):
            raise ValidationError(
                name, translate("Editing", "expected a list, got {show}").format(show=_show(value))
            )
        return tuple(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValidationError(
                name,
                translate("Editing", "expected true or false, got {show}").format(
                    show=_show(value)
                ),
            )
        return value
    return value


def _show(value: Any) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool):
        raise ValidationError(
            name, translate("Editing", "expected a number, got {show}").format(show=_show(value))
        )
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            raise ValidationError(
                name, translate("Editing", "{text!r} is not a number").format(text=value.strip())
            ) from None
    if not isinstance(value, int | float):
        raise ValidationError(
            name, translate("Editing", "expected a number, got {show}").format(show=_show(value))
        )
    if not math.isfinite(value):
        raise ValidationError(
            name, translate("Editing", "{value} is not a finite number").format(value=value)
        )
    return float(value)


def _whole(name: str, value: Any) -> int:
    number = _number(name, value)
    if not number.is_integer():
        raise ValidationError(
            name, translate("Editing", "{show} is not a whole number").format(show=_show(value))
        )
    return int(number)


def _time(name: str, value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if not isinstance(value, str):
        raise ValidationError(
            name,
            translate("Editing", "expected a time such as 2026-03-05T14:30Z, got {show}").format(
                show=_show(value)
            ),
        )
    text = value.strip()
    if _looks_dtg(text):
        return parse_dtg(text, field=name)
    try:
        parsed = datetime.fromisoformat(text[:-1] + "Z" if text[-1:] == "z" else text)
    except ValueError:
        return parse_utc(text, name)  # raises with the house message
    if len(text) <= 10:
        return parse_utc(text, name)  # a date alone: refused with an example
    # A time without a zone is taken as UTC, the mission's reference time (documented).
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _looks_dtg(text: str) -> bool:
    compact = "".join(text.split()).upper()
    return len(compact) in (12, 14) and compact[:6].isdigit() and compact[6].isalpha()


def _geometry(name: str, value: Any) -> BaseGeometry:
    if isinstance(value, BaseGeometry):
        return value
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise ValidationError(
                name, translate("Editing", "expected a GeoJSON geometry object")
            ) from None
    if isinstance(value, dict) and value.get("type") == "Feature":
        value = value.get("geometry")
    return geometry_from_geojson(value, name)


def _check_axis(name: str, value: Any, problems: _Problems) -> None:
    limit, noun = (90, "latitude") if name == "lat" else (180, "longitude")
    if isinstance(value, float) and not -limit <= value <= limit:
        problems.add(
            name,
            translate("Editing", "{value:g} is not a {noun} (−{limit} to {limit})").format(
                value=value, noun=noun, limit=limit
            ),
        )


def _decode_point(data: Mapping[str, Any], out: dict[str, Any], problems: _Problems) -> None:
    """``location`` text (MGRS, DD, DMS) or a GeoJSON Point, as an alternative to lat/lon."""
    sources = [name for name in ("location", "geometry") if data.get(name) not in (None, "")]
    if not sources:
        return
    if len(sources) > 1:
        problems.add("location", translate("Editing", "give either location or geometry, not both"))
        return
    name = sources[0]
    value = data[name]
    try:
        if name == "location":
            if isinstance(value, list | tuple) and len(value) == 2:
                lat, lon = (_number("location", v) for v in value)
            else:
                lat, lon = parse_coordinate(value, "location")
        else:
            point = _geometry("geometry", value)
            if not isinstance(point, Point):
                raise ValidationError(
                    "geometry",
                    translate("Editing", "expected a Point, got {geom_type}").format(
                        geom_type=point.geom_type
                    ),
                )
            lon, lat = point.x, point.y
    except ValidationError as exc:
        problems.add(exc.field, exc.problem)
        return
    for axis, parsed in (("lat", lat), ("lon", lon)):
        if axis in data and data[axis] not in (None, ""):
            typed = out.get(axis)
            if not isinstance(typed, float) or abs(typed - parsed) > 1e-7:
                problems.add(
                    name,
                    translate(
                        "Editing", "gives a different position from {axis}; give one of them"
                    ).format(axis=axis),
                )
                return
    out["lat"], out["lon"] = float(lat), float(lon)


def _map_item_placeholder(item_type: Any) -> BaseGeometry:
    """A stand-in geometry of the shape the map item's type is drawn as."""
    known = map_items.MAP_ITEM_TYPES.get(item_type) if isinstance(item_type, str) else None
    shape = known.shapes[0] if known else map_items.POINT
    if shape == map_items.LINE:
        return _PLACEHOLDER_GEOMETRY["ceasefire_line"]
    if shape == map_items.AREA:
        return _PLACEHOLDER_GEOMETRY["patrol_area"]
    return Point(0, 0)


def _construct(cls: type[Record], values: dict[str, Any], problems: _Problems) -> Record | None:
    """Build the record; on a bad field, note it, put a valid stand-in there and try again, so
    a form learns every bad field at once."""
    attempt = dict(values)
    defaults = {
        f.name: f.default if f.default is not MISSING else f.default_factory()  # type: ignore[operator]
        for f in fields(cls)
        if f.default is not MISSING or f.default_factory is not MISSING
    }

    def stand_in(name: str) -> bool:
        if name in ("lat", "lon", "location"):
            attempt["lat"], attempt["lon"] = 0.0, 0.0
        elif name == "geometry" and cls.KIND == "map_item":
            attempt[name] = _map_item_placeholder(attempt.get("item_type"))
        elif name == "geometry" and cls.KIND in _PLACEHOLDER_GEOMETRY:
            attempt[name] = _PLACEHOLDER_GEOMETRY[cls.KIND]
        elif name in defaults:
            attempt[name] = new_id() if name == "id" else defaults[name]
        elif name in _PLACEHOLDERS:
            attempt[name] = _PLACEHOLDERS[name]
        else:
            return False
        return True

    names = {f.name for f in fields(cls)} | {"location"}
    for name in problems.fields & names:
        if not stand_in(name):
            attempt.pop(name, None)
    replaced: set[str] = set(problems.fields)
    for _ in range(len(values) + 5):
        try:
            record = cls(**attempt)
        except ValidationError as exc:
            field = "lat" if exc.field == "location" and "lat" not in replaced else exc.field
            problems.add(field, exc.problem)
            if field in replaced or not stand_in(field):
                return None
            replaced.add(field)
            continue
        except TypeError as exc:  # a required field with no value and no stand-in
            problems.add(cls.KIND, translate("Editing", "cannot be built ({exc})").format(exc=exc))
            return None
        return None if problems else record
    return None


def location_forms(lat: float, lon: float) -> dict[str, str]:
    """A position shown back in every notation a form accepts: MGRS (1 m), DD and DMS."""
    return {
        "mgrs": to_mgrs(lat, lon),
        "dd": format_dd(lat, lon),
        "dms": format_dms(lat, lon),
    }


def parse_location(text: str, field: str = "location") -> tuple[float, float]:
    """(lat, lon) from MGRS, decimal degrees or DMS text; ValidationError naming ``field``."""
    return parse_coordinate(text, field)


def _in_form_order(cls: type[Record], problems: _Problems) -> _Problems:
    """Unknown fields first (usually a typo that explains the rest), then declaration order."""
    order = {f.name: i for i, f in enumerate(fields(cls))}
    order["location"] = order["geometry"] = order.get("lat", order.get("geometry", 0))
    ranked = sorted(problems, key=lambda p: order.get(p.field, -1))
    return _Problems(ranked)


def _not_future(moment: datetime, name: str, problems: _Problems) -> None:
    if moment > datetime.now(UTC) + FUTURE_TOLERANCE:
        problems.add(
            name,
            translate("Editing", "{time} is in the future").format(time=format_utc(moment)),
        )


def _check_transition(old: str, new: str) -> None:
    if new == old:
        raise ValidationError(
            "status", translate("Editing", "the incident is already {old}").format(old=old)
        )
    allowed = INCIDENT_TRANSITIONS.get(old, ())
    if new not in allowed:
        options = ", ".join(allowed) or "nothing"
        raise ValidationError(
            "status",
            translate(
                "Editing", "a {old} incident cannot become {new}; it can become {options}"
            ).format(old=old, new=new, options=options),
        )


def _parent_chain_reaches(store: Any, start: str, target: str) -> bool:
    seen: set[str] = set()
    current: str | None = start
    while current and current not in seen:
        if current == target:
            return True
        seen.add(current)
        try:
            parent = store.get("unit", current)
        except NotFoundError:
            return False
        current = parent.parent_id if isinstance(parent, Unit) else None
    return False


__all__ = [
    "FUTURE_TOLERANCE",
    "INCIDENT_TRANSITIONS",
    "KINDS",
    "MAX_ATTACHMENT_BYTES",
    "AttachmentInfo",
    "Editor",
    "FieldProblem",
    "FieldSpec",
    "location_forms",
    "parse_location",
]
