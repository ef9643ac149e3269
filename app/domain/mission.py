"""Mission settings as plain data: name, area of operations, parties, labels, training flag.

A mission database carries its own settings (not the installation): the name every title bar
and output shows, the area of operations the map opens on, the parties to the ceasefire that
violation analysis names, and the classification labels records may carry (lowest first).
A training mission (the demo) says so on every output with ``TRAINING_MARK``.

This module parses and validates what a user types or a file holds; it raises
``ValidationError`` naming the setting. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from app.domain import taxonomy
from app.errors import ValidationError
from app.i18n import translate

#: Shown on every title and output of a mission made of invented data.
TRAINING_MARK = "TRAINING — FICTIONAL DATA"

#: Named label sets for ``init --labels``; lowest first. The NATO set starts at plain
#: UNCLASSIFIED so that records and partner files without a marking stay valid.
LABEL_SETS: dict[str, tuple[str, ...]] = {
    "un": taxonomy.UN_CLASSIFICATIONS,
    "nato": ("UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET"),
}

#: ACLED event types (codebook since 2019) and their sub-event types.
ACLED_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

#: ACLED's event types before 2019 (no sub-event types then): valid on categories kept for old
#: records and files, not offered for new mappings.
ACLED_LEGACY_EVENT_TYPES: tuple[str, ...] = (
    "Battle-No change of territory",
    "Battle-Government regains territory",
    "Battle-Non-state actor overtakes territory",
    "Remote violence",
    "Riots/Protests",
    "Violence against civilians",
    "Strategic development",
    "Headquarters or base established",
    "Non-violent transfer of territory",
)

#: Settings a user can set by name (``bluehelmet mission set KEY VALUE``).
SETTING_KEYS: tuple[str, ...] = ("name", "area", "parties", "labels")

MAX_NAME = 120
MAX_PARTIES = 12
MAX_LABELS = 10
_KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


@dataclass(frozen=True)
class MissionSettings:
    """What a mission database says about itself."""

    name: str = ""
    #: A GeoJSON Polygon or MultiPolygon (lon, lat), or None while not set.
    area: dict[str, Any] | None = None
    parties: tuple[str, ...] = ()
    labels: tuple[str, ...] = taxonomy.UN_CLASSIFICATIONS
    training: bool = False

    @property
    def title(self) -> str:
        """The name as titles and outputs show it; a training mission says so first."""
        name = self.name or "Unnamed mission"
        return f"{TRAINING_MARK} · {name}" if self.training else name

    def area_bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of the area of operations, or None."""
        if self.area is None:
            return None
        points = list(_positions(self.area))
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        return min(lons), min(lats), max(lons), max(lats)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "training": self.training,
            "area": self.area,
            "area_bounds": list(self.area_bounds() or ()) or None,
            "parties": list(self.parties),
            "labels": list(self.labels),
        }

    def with_value(self, key: str, text: str) -> MissionSettings:
        """These settings with one setting parsed from what a user typed."""
        if key == "name":
            return replace(self, name=parse_name(text))
        if key == "area":
            return replace(self, area=parse_area(text))
        if key == "parties":
            return replace(self, parties=parse_parties(text))
        if key == "labels":
            return replace(self, labels=parse_labels(text))
        raise ValidationError(
            "setting",
            translate("Mission", "{key!r} is not a setting; use one of {choices}").format(
                key=key, choices=", ".join(SETTING_KEYS)
            ),
        )


@dataclass(frozen=True)
class CategorySetting:
    """One incident category as the mission keeps it (retired ones stay valid for old records)."""

    key: str
    label: str
    group: str = "Local"
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    is_violation: bool = False
    description: str = ""
    active: bool = True
    sort_order: int = 0
    #: The label in other languages, as (language, label) pairs sorted by language: shown to a
    #: reader of that language instead of ``label`` (which every other reader sees).
    translations: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "translations": dict(self.translations),
            "group": self.group,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "is_violation": self.is_violation,
            "description": self.description,
            "active": self.active,
        }


@dataclass(frozen=True)
class MissionSnapshot:
    """Settings and categories together: what one settings edit changes and its undo restores."""

    settings: MissionSettings
    categories: tuple[CategorySetting, ...] = field(default_factory=tuple)

    def category(self, key: str) -> CategorySetting | None:
        return next((c for c in self.categories if c.key == key), None)


# --- parsing ---------------------------------------------------------------------------------


def parse_name(text: str) -> str:
    name = " ".join(str(text).split())
    if not name:
        raise ValidationError("name", translate("Mission", "a mission needs a name"))
    if len(name) > MAX_NAME:
        raise ValidationError(
            "name", translate("Mission", "at most {max_name} characters").format(max_name=MAX_NAME)
        )
    return name


def parse_parties(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Parties to the ceasefire, comma- or line-separated; no blanks, no duplicates."""
    items = text if isinstance(text, list | tuple) else re.split(r"[,\n]", str(text))
    parties: list[str] = []
    for item in items:
        party = " ".join(str(item).split())
        if not party:
            continue
        if len(party) > 80:
            raise ValidationError(
                "parties",
                translate("Mission", "{party!r}…: at most 80 characters a party").format(
                    party=party[:20]
                ),
            )
        if party.casefold() in (p.casefold() for p in parties):
            raise ValidationError(
                "parties", translate("Mission", "{party!r} is named twice").format(party=party)
            )
        parties.append(party)
    if len(parties) > MAX_PARTIES:
        raise ValidationError(
            "parties",
            translate("Mission", "at most {max_parties} parties").format(max_parties=MAX_PARTIES),
        )
    return tuple(parties)


def parse_labels(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """``un``, ``nato`` or a comma-separated list of labels, lowest first."""
    if isinstance(text, str) and text.strip().lower() in LABEL_SETS:
        return LABEL_SETS[text.strip().lower()]
    items = text if isinstance(text, list | tuple) else str(text).split(",")
    labels: list[str] = []
    for item in items:
        label = " ".join(str(item).split()).upper()
        if not label:
            continue
        if "|" in label or len(label) > 40:
            raise ValidationError(
                "labels",
                translate("Mission", "{label!r} is not a usable label").format(label=label[:40]),
            )
        if label in labels:
            raise ValidationError(
                "labels", translate("Mission", "{label!r} is named twice").format(label=label)
            )
        labels.append(label)
    if not labels:
        raise ValidationError(
            "labels", translate("Mission", "give un, nato or a list of labels, lowest first")
        )
    if len(labels) > MAX_LABELS:
        raise ValidationError(
            "labels",
            translate("Mission", "at most {max_labels} labels").format(max_labels=MAX_LABELS),
        )
    return tuple(labels)


def parse_area(text: str) -> dict[str, Any] | None:
    """The area of operations from GeoJSON (geometry, Feature or FeatureCollection with one
    polygon), or a box ``W,S,E,N`` in degrees; ``none`` clears it."""
    value = str(text).strip()
    if value.lower() in ("", "none", "-"):
        return None
    if not value.startswith("{"):
        return _box(value)
    try:
        data = json.loads(value)
    except ValueError:
        raise ValidationError(
            "area", translate("Mission", "is neither GeoJSON nor a box W,S,E,N")
        ) from None
    return area_from_geojson(data)


def area_from_geojson(data: Any) -> dict[str, Any]:
    """A Polygon or MultiPolygon geometry out of GeoJSON, checked for sane coordinates."""
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features") or []
        polygons = [f for f in features if _is_polygonal((f or {}).get("geometry"))]
        if len(polygons) != 1:
            raise ValidationError(
                "area",
                translate(
                    "Mission", "the file holds {count} polygons; the area needs exactly one"
                ).format(count=len(polygons)),
            )
        data = polygons[0]
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = data.get("geometry")
    if not _is_polygonal(data):
        raise ValidationError(
            "area", translate("Mission", "must be a polygon (GeoJSON Polygon or MultiPolygon)")
        )
    assert isinstance(data, dict)
    count = 0
    for lon, lat in _positions(data):
        count += 1
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise ValidationError(
                "area", translate("Mission", "has a coordinate that is not a number")
            )
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise ValidationError(
                "area",
                translate("Mission", "({lon}, {lat}) is off the globe (lon, lat expected)").format(
                    lon=lon, lat=lat
                ),
            )
    if count < 4:
        raise ValidationError(
            "area", translate("Mission", "a polygon needs at least three corners")
        )
    return {"type": data["type"], "coordinates": data["coordinates"]}


def _box(text: str) -> dict[str, Any]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise ValidationError(
            "area", translate("Mission", "is neither GeoJSON nor a box W,S,E,N")
        ) from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise ValidationError(
            "area",
            translate("Mission", "{text!r} is not a box on the globe (W,S,E,N)").format(text=text),
        )
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


def _is_polygonal(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and data.get("type") in ("Polygon", "MultiPolygon")
        and bool(data.get("coordinates"))
    )


def _positions(geometry: dict[str, Any]):  # type: ignore[no-untyped-def]
    rings = geometry["coordinates"]
    polygons = rings if geometry["type"] == "MultiPolygon" else [rings]
    for polygon in polygons:
        for ring in polygon:
            for position in ring:
                try:
                    yield float(position[0]), float(position[1])
                except (TypeError, ValueError, IndexError):
                    raise ValidationError(
                        "area", translate("Mission", "has a position that is not [lon, lat]")
                    ) from None


#: Meta key holding the mission categories' labels in other languages (JSON: key → {lang: label}).
CATEGORY_TRANSLATIONS_KEY = "category_labels"


def parse_translations(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """A category's labels by language (``{"fr": "Pillage"}``), checked: a language the
    application speaks and a label of at most 80 characters; empty labels dropped."""
    from app.i18n import LANGUAGES, translate

    found = []
    for lang, text in labels.items():
        if lang not in LANGUAGES:
            raise ValidationError(
                "label",
                translate("Mission", "{lang!r} is not an available language; choose one of {all}")
                .format(lang=lang, all=", ".join(sorted(LANGUAGES))),
            )  # fmt: skip
        label = " ".join(str(text).split())
        if len(label) > 80:
            raise ValidationError(f"label_{lang}", translate("Mission", "at most 80 characters"))
        if label:
            found.append((lang, label))
    return tuple(sorted(found))


def encode_category_translations(categories: tuple[CategorySetting, ...]) -> str | None:
    """The meta value for the categories' labels in other languages (None: none has any)."""
    table = {c.key: dict(c.translations) for c in categories if c.translations}
    return json.dumps(table, ensure_ascii=False, sort_keys=True) if table else None


def decode_category_translations(text: str | None) -> dict[str, tuple[tuple[str, str], ...]]:
    """key → (language, label) pairs, from the meta value (tolerant of a missing value)."""
    if not text:
        return {}
    table = json.loads(text)
    return {key: tuple(sorted(labels.items())) for key, labels in table.items()}


def check_category(category: CategorySetting) -> CategorySetting:
    """A category's key, label and ACLED mapping, checked; returns it tidied."""
    if not _KEY_PATTERN.match(category.key):
        raise ValidationError(
            "key",
            translate(
                "Mission", "{key!r}: lower-case letters, digits and _ (2–40, a letter first)"
            ).format(key=category.key),
        )
    label = " ".join(category.label.split())
    if not label:
        raise ValidationError("label", translate("Mission", "a category needs a label"))
    group = " ".join(category.group.split()) or "Local"
    event, sub = category.acled_event_type or None, category.acled_sub_event_type or None
    legacy = event in ACLED_LEGACY_EVENT_TYPES and event not in ACLED_EVENT_TYPES
    if legacy and sub is not None:
        raise ValidationError(
            "acled_sub_event_type",
            translate(
                "Mission", "{event!r} is a pre-2019 ACLED event type: no sub-event types"
            ).format(event=event),
        )
    if event is not None and event not in ACLED_EVENT_TYPES and not legacy:
        raise ValidationError(
            "acled_event_type",
            translate("Mission", "{event!r} is not an ACLED event type: {choices}").format(
                event=event, choices=", ".join(ACLED_EVENT_TYPES)
            ),
        )
    if sub is not None and not legacy:
        if event is None:
            raise ValidationError(
                "acled_sub_event_type", translate("Mission", "give the ACLED event type too")
            )
        if sub not in ACLED_EVENT_TYPES[event]:
            raise ValidationError(
                "acled_sub_event_type",
                translate(
                    "Mission", "{sub!r} is not a sub-event type of {event}: {choices}"
                ).format(sub=sub, event=event, choices=", ".join(ACLED_EVENT_TYPES[event])),
            )
    translations = parse_translations(dict(category.translations))
    return replace(
        category,
        label=label,
        group=group,
        acled_event_type=event,
        acled_sub_event_type=sub,
        translations=translations,
    )


def parse_acled(text: str | None) -> tuple[str | None, str | None]:
    """``"Event type / Sub-event type"`` or ``"Event type"`` (or empty) into the two fields."""
    if not text or not text.strip():
        return None, None
    value = text.strip()
    for event, subs in ACLED_EVENT_TYPES.items():
        if value == event:
            return event, None
        for sub in subs:
            if value in (f"{event} / {sub}", f"{event}/{sub}", f"{event}: {sub}"):
                return event, sub
    raise ValidationError(
        "acled",
        translate(
            "Mission",
            "{value!r}: write 'Event type / Sub-event type' as in "
            "ACLED's codebook (e.g. 'Battles / Armed clash')",
        ).format(value=value),
    )
