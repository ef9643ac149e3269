"""Cursor-on-Target events and TAK data packages (ATAK, WinTAK, iTAK).

Reading (reader ``cot``) takes a single ``<event>``, an ``<events>`` wrapper, or a stream of
concatenated events (the form CoT takes on the wire). Reader ``tak`` takes a TAK data package:
a zip with ``MANIFEST/manifest.xml``, without a manifest, or wrapped in one root folder; every
``.cot`` (or ``.xml`` event) member is read. How an event becomes a feature (``kind_hint``):

- an event carrying our ``<__bluehelmet kind="…">`` detail: that kind, every field exact;
- ``a-*`` atoms of every affiliation (friend, neutral, hostile, unknown, …) → ``unit``, except
  one ATAK shows with an icon of an icon set (``usericon`` outside ``COT_MAPPING_2525*``):
  that is a marker → ``map_item``;
- ``b-r-f-h-c`` CASEVAC requests → ``incident``;
- markers, routes, drawings, telestrations, range-and-bearing tools → ``map_item`` (a partner's
  line or area is never guessed to be a ceasefire line or patrol area);
- chat, pings, tasking and file transfers are left out, listed with their reason.

Properties use our names where CoT says what a value means: ``uid`` → ``id``, callsign →
``name`` and ``callsign``, type → ``sidc`` (affiliation, dimension and common functions),
``start`` (else ``time``) → ``observed_at``, remarks → ``description``, ``ce`` → ``accuracy_m``,
``track`` course/speed → ``course_deg``/``speed_kmh``; the raw type stays in ``cot_type``.

Writing (writer ``cot``): a path ending ``.zip`` gets a TAK data package (``MANIFEST/
manifest.xml`` + one ``<uid>/<uid>.cot`` per record), what ATAK imports for many items;
any other path gets one ``<event>`` document when there is one record, otherwise a stream of
events, one per line (what CoT feeds and replay tools carry). Units are written at
``Job.positions`` (units without a position are skipped), areas and lines as ``u-d-f``
drawings with ``<link point>`` vertices, incidents as ``b-m-p-s-m`` spot markers coloured by
category group; position reports are not written (CoT has no track history: the unit's event
is its current position). Every field travels in ``<__bluehelmet>`` so a round trip is exact.

Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import io
import json
import math
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import numpy as np
from shapely.geometry import (
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

from app.domain import taxonomy
from app.domain.coords import format_utc
from app.domain.geo import geodesic_forward
from app.domain.records import RECORD_KINDS, Record
from app.domain.serialize import geometry_from_geojson, geometry_to_geojson
from app.domain.sidc import describe_sidc, normalize_sidc
from app.errors import ValidationError
from app.files import atomic_file
from app.i18n import format_number, translate
from app.interop.base import Feature, InteropError, Job, register_reader, register_writer
from app.interop.kml import property_text, read_kml_bytes, record_features
from app.interop.safety import (
    MAX_FEATURES,
    check_geometry,
    check_lonlat,
    local_name,
    open_zip,
    parse_xml,
    read_capped,
    read_member,
    safe_member_names,
    zip_member_names,
)
from maps.styles import FALLBACK_COLOUR, GROUP_COLOURS, map_item_colour

UNKNOWN = 9999999.0  #: CoT's "not known" for hae, ce and le
#: Most map items a TAK data package may hold (read or written); ATAK itself struggles well
#: before this, so bigger exports belong in KML or GeoJSON.
MAX_PACKAGE_ITEMS = 50_000
OUR_DETAIL = "__bluehelmet"
#: Largest file attached to a map item of a data package (a photo, a document).
MAX_FILE = 50 * 1024**2

# --- CoT type ⇄ SIDC ---------------------------------------------------------------------------

_AFFILIATION_DIGIT = {"p": "0", "u": "1", "o": "1", "a": "2", "f": "3", "n": "4", "s": "5",
                      "h": "6", "j": "5", "k": "6"}  # fmt: skip
_DIGIT_AFFILIATION = {"0": "p", "1": "u", "2": "a", "3": "f", "4": "n", "5": "s", "6": "h"}
#: 2525C affiliation letter (exercise letters too) → CoT affiliation letter.
_LETTER_AFFILIATION = dict(zip("PUAFNSHGWMDLJK", "puafnshpuafnjk", strict=True))

#: 2525D land-unit entity (positions 11-16) ⇄ 2525C function letters after ``a-x-G-``.
_LAND_FUNCTIONS = {
    "121100": "U-C-I",  # infantry
    "121102": "U-C-I-Z",  # mechanized infantry
    "120500": "U-C-A",  # armour
    "121300": "U-C-R",  # reconnaissance
    "140700": "U-C-E",  # combat engineer
    "141200": "U-U-L-M",  # military police
    "161300": "U-S-M",  # medical
    "163400": "U-S-S",  # supply / sustainment
    "111000": "U-U-S",  # signals
    "120100": "U-C-V",  # aviation
    "110000": "U-H",  # headquarters unit
    "000000": "U",
}
_FUNCTION_LAND = {v: k for k, v in _LAND_FUNCTIONS.items()}

#: Symbol set (2525D) ⇄ CoT dimension (plus function prefix for land kinds).
_SET_DIMENSION = {"01": "A", "02": "A", "05": "P", "06": "P", "10": "G", "11": "G", "15": "G-E",
                  "20": "G-I", "27": "G", "30": "S", "35": "U", "36": "U", "40": "G"}  # fmt: skip
_DIMENSION_SET = {"A": "01", "P": "05", "G": "10", "S": "30", "U": "35", "F": "10", "X": "10"}


def cot_type_for_sidc(sidc: str) -> str:
    """The CoT atom type for a symbol code: ``a-<affiliation>-<dimension>[-<function>]``."""
    code = normalize_sidc(sidc)
    if len(code) == 15:
        affiliation = _LETTER_AFFILIATION.get(code[1], "u")
        dimension = code[2] if code[2] in "PAGSUF" else "G"
        function = "-".join(ch for ch in code[4:10].rstrip("-") if ch != "-")
        return "-".join(p for p in ("a", affiliation, dimension, function) if p)
    info = describe_sidc(code)
    digit = code[3]
    affiliation = _DIGIT_AFFILIATION[digit]
    if info.is_exercise and digit in "56":
        affiliation = "j" if digit == "5" else "k"
    symbol_set = code[4:6]
    dimension = _SET_DIMENSION.get(symbol_set, "G")
    if symbol_set == "10":
        function = _LAND_FUNCTIONS.get(code[10:16], "U")
        return f"a-{affiliation}-G-{function}"
    return f"a-{affiliation}-{dimension}"


def sidc_for_cot_type(cot_type: str) -> str | None:
    """A 20-digit symbol code for a CoT atom type, or None when the type is not an atom."""
    parts = cot_type.strip().split("-")
    if len(parts) < 2 or parts[0] != "a" or parts[1] not in _AFFILIATION_DIGIT:
        return None
    identity = _AFFILIATION_DIGIT[parts[1]]
    context = "1" if parts[1] in "jk" else "0"
    dimension = parts[2] if len(parts) > 2 else "G"
    rest = "-".join(parts[3:])
    symbol_set, entity = _DIMENSION_SET.get(dimension, "10"), "000000"
    if dimension == "G":
        if rest.startswith("E"):
            symbol_set = "15"
        elif rest.startswith("I"):
            symbol_set = "20"
        else:
            # The longest known function prefix: a-f-G-U-C-I-d (infantry, with more letters)
            # is still infantry.
            for size in range(len(parts) - 3, 0, -1):
                key = "-".join(parts[3 : 3 + size])
                if key in _FUNCTION_LAND:
                    entity = _FUNCTION_LAND[key]
                    break
    return f"10{context}{identity}{symbol_set}0000{entity}0000"


#: CoT types of map items → our map-item type; the longest matching prefix wins.
ITEM_TYPES: dict[str, str] = {
    "b-m-p-s-m": "spot_marker",
    "b-m-p-s-p-i": "point_of_interest",
    "b-m-p-s-p-op": "observation_post",
    "b-m-p-s": "spot_marker",
    "b-m-p-w": "waypoint",
    "b-m-p-c": "checkpoint",
    "b-m-p": "marker",
    "b-m-r": "route",
    "b-i-v": "camera",
    "b-i-x-i": "marker",  # a Quick Pic: a photo at a place
    "u-d-f": "drawing",
    "u-d-r": "drawing",
    "u-d-c": "drawing",
    "u-d-p": "marker",
    "u-rb-a": "range_bearing",
    "u-r-b-c-c": "range_ring",
    "u-r-b-bullseye": "bullseye",
}
#: CoT types that are no map item (chat, pings, tasking, file transfers, deletions).
NOT_MAP_ITEMS = ("b-t-f", "t-", "b-f-t-r", "b-a-o-can", "y-")
CASEVAC = "b-r-f-h-c"
#: ``usericon`` icon sets that draw the CoT type's own 2525 symbol; an atom shown with any
#: other icon (ATAK's icon-set markers) is a marker, not a unit.
SYMBOL_ICON_SETS = ("COT_MAPPING_2525",)


def item_type_for_cot_type(cot_type: str) -> str | None:
    """The map-item type a CoT type names, or None when it names none."""
    for size in range(len(cot_type), 0, -1):
        found = ITEM_TYPES.get(cot_type[:size])
        if found is not None and (size == len(cot_type) or cot_type[size] == "-"):
            return found
    return None


def kind_for_cot_type(cot_type: str, closed: bool = False) -> str | None:
    """The record kind a CoT type implies: atoms of every affiliation are units, a CASEVAC
    request is an incident, markers, routes, drawings and range-and-bearing tools are map
    items; None for what is no map item at all (chat, pings). ``closed`` is kept for callers
    of the earlier signature: a closed drawing is a map item like an open one."""
    parts = cot_type.split("-")
    if parts[0] == "a" and len(parts) > 1:
        return "unit"
    if cot_type.startswith(CASEVAC):
        return "incident"
    if cot_type.startswith(NOT_MAP_ITEMS):
        return None
    return "map_item"


# --- colours -------------------------------------------------------------------------------------


def argb_int(css: str, opacity: float = 1.0) -> int:
    """``#rrggbb`` → the signed 32-bit ARGB integer ATAK stores colours as."""
    alpha = max(0, min(255, round(opacity * 255)))
    value = (alpha << 24) | int(css.lstrip("#")[:6], 16)
    return value - (1 << 32) if value >= 1 << 31 else value


def css_colour(argb: str) -> tuple[str, float] | None:
    """ATAK's signed ARGB integer text → (``#rrggbb``, opacity); None if not a number."""
    try:
        value = int(float(argb)) & 0xFFFFFFFF
    except (ValueError, OverflowError):
        return None
    return f"#{value & 0xFFFFFF:06x}", round((value >> 24) / 255, 3)


# --- reading ---------------------------------------------------------------------------------


def _float(value: str | None, what: str, where: str) -> float:
    try:
        return float(value if value is not None else "")
    except ValueError:
        raise InteropError(
            translate("Import", "{where}: {what} {value!r} is not a number").format(
                where=where, what=what, value=value
            )
        ) from None


def _link_point(text: str, where: str) -> tuple[float, float]:
    parts = text.split(",")
    if len(parts) < 2:
        raise InteropError(
            translate("Import", "{where}: link point {text!r} is not 'lat,lon'").format(
                where=where, text=text
            )
        )
    lat = _float(parts[0], "link latitude", where)
    lon = _float(parts[1], "link longitude", where)
    check_lonlat(lon, lat, where)
    return lon, lat


def _link_points(detail: Element, where: str) -> list[tuple[float, float]]:
    return [
        _link_point(link.get("point") or "", where)
        for link in detail.iter()
        if local_name(link.tag) == "link" and link.get("point")
    ]


def _strokes(detail: Element, where: str) -> list[list[tuple[float, float]]]:
    """A telestration's strokes: each ``<link line="…">`` holds a whole CoT event (escaped)
    whose ``<link point>`` vertices are one stroke."""
    strokes: list[list[tuple[float, float]]] = []
    for link in detail:
        if local_name(link.tag) != "link" or not link.get("line"):
            continue
        stroke = parse_xml((link.get("line") or "").encode("utf-8"), f"{where}: stroke")
        inner = next((c for c in stroke if local_name(c.tag) == "detail"), stroke)
        vertices = _link_points(inner, where)
        if len(vertices) >= 2:
            strokes.append(vertices)
    return strokes


def _circle(lon: float, lat: float, radius: float, where: str) -> Polygon:
    if not math.isfinite(radius) or radius <= 0 or radius > 1_000_000:
        raise InteropError(
            translate(
                "Import", "{where}: circle radius {radius} m is not between 0 and 1000 km"
            ).format(where=where, radius=radius)
        )
    bearings = np.arange(0.0, 360.0, 10.0)
    xs, ys = geodesic_forward(
        np.full_like(bearings, lon), np.full_like(bearings, lat), bearings,
        np.full_like(bearings, radius),
    )  # fmt: skip
    return Polygon(list(zip(xs.tolist(), ys.tolist(), strict=True)))


def _our_detail(element: Element) -> dict[str, Any]:
    props: dict[str, Any] = {"kind": element.get("kind", "")}
    for value in element:
        if local_name(value.tag) == "f" and value.get("n"):
            props[str(value.get("n"))] = value.text or ""
    return props


def _colour_of(child: Element) -> tuple[str, float] | None:
    return css_colour(child.get("value") or child.get("argb") or "")


def event_to_feature(event: Element, index: int, where: str) -> Feature:
    """One ``<event>`` as a feature; ``where`` names the file (and member) for errors."""
    return event_features(event, index, where)[0]


def event_features(
    event: Element, index: int, where: str, number: int | None = None
) -> list[Feature]:
    """One ``<event>`` as features: the item itself first, then the named waypoints and
    checkpoints of a route. ``where`` names the file (and member) for errors, ``number`` the
    event's place in it (default ``index``)."""
    uid = event.get("uid") or ""
    cot_type = event.get("type") or ""
    event_name = translate("Import", "event {number}").format(number=number or index)
    label = f"{where}: {event_name}" + (f" ({uid[:60]})" if uid else "")
    if not cot_type:
        raise InteropError(
            translate("Import", "{where}: the event has no type").format(where=label)
        )
    point = next((c for c in event if local_name(c.tag) == "point"), None)
    if point is None:
        raise InteropError(
            translate("Import", "{where}: the event has no <point>").format(where=label)
        )
    lat = _float(point.get("lat"), "latitude", label)
    lon = _float(point.get("lon"), "longitude", label)
    check_lonlat(lon, lat, label)
    detail = next((c for c in event if local_name(c.tag) == "detail"), None)
    if detail is None:
        detail = Element("detail")
    props: dict[str, Any] = {"id": uid, "cot_type": cot_type}
    if event.get("how"):
        props["how"] = event.get("how")
    when = event.get("start") or event.get("time")
    if when:
        props["observed_at"] = when
    if event.get("stale"):
        props["stale"] = event.get("stale")
    ce = point.get("ce")
    if ce is not None:
        accuracy = _float(ce, "ce", label)
        if math.isfinite(accuracy) and 0 <= accuracy < UNKNOWN:
            props["accuracy_m"] = accuracy
    sidc = sidc_for_cot_type(cot_type)
    if sidc is not None:
        props["sidc"] = sidc
    name = ""
    style: dict[str, Any] = {}
    ours: dict[str, Any] | None = None
    notes: list[str] = []
    camera = False
    icon = ""
    for child in detail:
        tag = local_name(child.tag)
        if tag == "contact" and child.get("callsign"):
            name = str(child.get("callsign"))
            if cot_type.startswith("a-"):
                props["callsign"] = name  # a drawing's "callsign" is its label, not a unit's
        elif tag == "remarks" and (child.text or "").strip():
            props["description"] = (child.text or "").strip()
        elif tag == "__group":
            if child.get("name"):
                props["group"] = child.get("name")
            if child.get("role"):
                props["role_in_group"] = child.get("role")
        elif tag == "track":
            for attr, key, factor in (("course", "course_deg", 1.0), ("speed", "speed_kmh", 3.6)):
                text = child.get(attr)
                if text:
                    value = _float(text, attr, label)
                    if math.isfinite(value) and value >= 0:
                        props[key] = value * factor
        elif tag in ("strokeColor", "color", "fillColor"):
            colour = _colour_of(child)
            if colour is not None:
                key = "fillColor" if tag == "fillColor" else "color"
                if key == "color" and tag == "color" and "color" in style:
                    continue  # the stroke colour says it better than the marker colour
                style[key] = colour[0]
                style["fillOpacity" if key == "fillColor" else "opacity"] = colour[1]
        elif tag == "strokeWeight" and child.get("value"):
            style["weight"] = _float(child.get("value"), "strokeWeight", label)
        elif tag == "link" and child.get("url"):
            notes.append(f"Link: {child.get('url')}")
        elif tag in ("__video", "sensor"):
            camera = True
            if child.get("url"):
                notes.append(f"Video: {child.get('url')}")
            for attr in ("azimuth", "fov", "range"):
                if child.get(attr):
                    notes.append(f"Sensor {attr}: {child.get(attr)}")
        elif tag == "usericon" and child.get("iconsetpath"):
            icon = str(child.get("iconsetpath"))
        elif tag == "_medevac_":
            props.update(_casevac(child))
        elif tag == OUR_DETAIL:
            ours = _our_detail(child)
    kind = kind_for_cot_type(cot_type)
    if kind == "unit" and icon and not icon.startswith(SYMBOL_ICON_SETS):
        # ATAK gives a marker picked from an icon set (a hiker, a car) a unit type such as
        # a-u-G but draws the icon: a marker on the map, not a party's forces.
        kind = "map_item"
        props.pop("callsign", None)
        props.pop("sidc", None)
        notes.append(f"Icon: {icon}")
    if not name and kind == "unit":
        name = uid  # a unit with no callsign is known by its uid, as ATAK lists it
    if name:
        props["name"] = name
    geometry = _event_geometry(event, cot_type, detail, lon, lat, label)
    extra: list[Feature] = []
    if kind == "map_item":
        item_type = "camera" if camera else item_type_for_cot_type(cot_type) or "marker"
        props["item_type"] = item_type
        props["partner_type"] = cot_type
        if notes:
            props["notes"] = "\n".join(filter(None, [props.pop("description", ""), *notes]))
        if cot_type.startswith("b-m-r"):
            extra = _route_points(detail, index, label)
    elif kind == "incident":
        props.update(_casevac_incident(props, name, when))
    if ours is not None and ours.get("kind") in RECORD_KINDS:
        props = ours
        kind = str(ours["kind"])
        if "geometry" in ours or "track" in ours:
            geometry = _our_geometry(ours, label)
        name = name or str(ours.get("name") or ours.get("title") or ours.get("designation") or "")
        extra = []
    if kind is None:
        problem = (
            translate("Import", "a chat message is no map item (left out)")
            if cot_type.startswith("b-t-f")
            else translate("Import", "a {cot_type} event is no map item (left out)").format(
                cot_type=cot_type
            )
        )
        return [Feature(index=index, geometry=None, name=name, optional=True, problem=problem)]
    feature = Feature(
        index=index, geometry=geometry, properties=props, name=name, kind_hint=kind, style=style
    )
    return [feature, *extra]


def _route_points(detail: Element, index: int, where: str) -> list[Feature]:
    """A route's named waypoints and checkpoints, each a map item of its own."""
    out: list[Feature] = []
    for link in detail:
        callsign = (link.get("callsign") or "").strip()
        if local_name(link.tag) != "link" or not link.get("point") or not callsign:
            continue
        link_type = link.get("type") or "b-m-p-w"
        lon, lat = _link_point(link.get("point") or "", where)
        props: dict[str, Any] = {
            "id": link.get("uid") or "",
            "item_type": item_type_for_cot_type(link_type) or "waypoint",
            "partner_type": link_type,
        }
        if link.get("remarks"):
            props["notes"] = link.get("remarks")
        out.append(Feature(index=index, geometry=Point(lon, lat), properties=props,
                           name=callsign, kind_hint="map_item"))  # fmt: skip
    return out


_CASEVAC_COUNTS = ("urgent", "priority", "routine", "litter", "ambulatory")


def _casevac(element: Element) -> dict[str, Any]:
    """What a CASEVAC request (ATAK's 9-line ``_medevac_`` detail) says, for its incident."""
    parts = []
    counts = {k: element.get(k) for k in _CASEVAC_COUNTS if element.get(k) not in (None, "0")}
    if counts:
        parts.append(", ".join(f"{k} {v}" for k, v in counts.items()))
    for attr in ("title", "freq", "zone_prot_selection", "medline_remarks"):
        if element.get(attr):
            parts.append(f"{attr.replace('_', ' ')}: {element.get(attr)}")
    return {"casevac": "; ".join(parts), "casevac_urgent": bool(element.get("urgent", "0") != "0")}


def _casevac_incident(props: dict[str, Any], name: str, when: str | None) -> dict[str, Any]:
    """A CASEVAC request as an incident: the mission's ``casevac`` category where it has one,
    otherwise accident or hazard; urgent patients make it severity 3."""
    text = "\n".join(filter(None, [props.get("description", ""), props.get("casevac", "")]))
    return {
        "title": f"CASEVAC request {name}".strip(),
        "category": "casevac",
        "type_of_incident": "accident_hazard",
        "occurred_start": when,
        "severity": 3 if props.pop("casevac_urgent", False) else 2,
        "source_kind": "partner_unit",
        "description": text,
    }


def _our_geometry(ours: dict[str, Any], where: str) -> BaseGeometry:
    key = "geometry" if "geometry" in ours else "track"
    text = ours.pop(key)
    try:
        shape = geometry_from_geojson(json.loads(text), key)
    except (ValueError, ValidationError) as exc:
        raise InteropError(
            translate("Import", "{where}: {key} is not GeoJSON ({reason})").format(
                where=where, key=key, reason=exc
            )
        ) from None
    return check_geometry(shape, where)


def _event_geometry(
    event: Element, cot_type: str, detail: Element, lon: float, lat: float, where: str
) -> BaseGeometry:
    ellipse = next((c for c in detail.iter() if local_name(c.tag) == "ellipse"), None)
    if ellipse is not None and cot_type.startswith(("u-d-c", "u-r-b-c", "u-d-")):
        major = _float(ellipse.get("major"), "ellipse major", where)
        minor = _float(ellipse.get("minor") or ellipse.get("major"), "ellipse minor", where)
        return check_geometry(_circle(lon, lat, max(major, minor), where), where)
    if cot_type.startswith("u-d-f-m") or any(
        local_name(c.tag) == "link" and c.get("line") for c in detail
    ):
        strokes = _strokes(detail, where)
        if strokes:
            return check_geometry(MultiLineString(strokes), where)
    if cot_type.startswith("u-rb-a"):
        return _range_bearing(detail, lon, lat, where)
    if cot_type.startswith(("u-d-", "b-m-r")):
        vertices = _link_points(detail, where)
        if cot_type.startswith("u-d-r") and len(vertices) == 4:
            vertices.append(vertices[0])
        if len(vertices) >= 4 and vertices[0] == vertices[-1]:
            return check_geometry(Polygon(vertices), where)
        if len(vertices) >= 2:
            return check_geometry(LineString(vertices), where)
    return Point(lon, lat)


def _range_bearing(detail: Element, lon: float, lat: float, where: str) -> BaseGeometry:
    """A range-and-bearing line: from the event's point, ``range`` metres along ``bearing``
    degrees (ATAK writes both; the far end is not written)."""
    values: dict[str, float] = {}
    for child in detail:
        tag = local_name(child.tag)
        if tag in ("range", "bearing") and child.get("value"):
            values[tag] = _float(child.get("value"), tag, where)
    vertices = _link_points(detail, where)
    if len(vertices) >= 2:
        return check_geometry(LineString(vertices[:2]), where)
    if "range" not in values or "bearing" not in values:
        return Point(lon, lat)
    distance = values["range"]
    if not math.isfinite(distance) or not 0 < distance <= 20_000_000:
        raise InteropError(
            translate(
                "Import", "{where}: range {distance} m is not a distance on the Earth"
            ).format(where=where, distance=distance)
        )
    x, y = geodesic_forward(lon, lat, values["bearing"] % 360.0, distance)
    return check_geometry(LineString([(lon, lat), (float(x), float(y))]), where)


_DECLARATION = re.compile(rb"<\?xml[^>]*\?>")


def events_in(data: bytes, where: str) -> list[Element]:
    """The ``<event>`` elements of a CoT document, an ``<events>`` wrapper or an event stream."""
    try:
        root = parse_xml(data, where)
    except InteropError as exc:
        if "junk after document element" not in str(exc):
            raise
        # A stream of concatenated events: parse them under one synthetic root.
        body = _DECLARATION.sub(b"", data)
        root = parse_xml(b"<events>" + body + b"</events>", where)
    if local_name(root.tag) == "event":
        return [root]
    events = [child for child in root if local_name(child.tag) == "event"]
    if not events:
        raise InteropError(
            translate("Import", "{where}: no CoT <event> found (root element {root!r})").format(
                where=where, root=local_name(root.tag)
            )
        )
    return events


def _features(
    events: list[Element], where: str, job: Job, start: int = 0, *, optional: bool = False
) -> Iterator[Feature]:
    """The features of events; ``optional`` (a data package's items): an event that cannot
    be read becomes an unreadable feature naming why, instead of refusing the file."""
    for offset, event in enumerate(events, start=1):
        index = start + offset
        if index > MAX_FEATURES:
            raise InteropError(
                translate("Import", "{where}: more than {limit} events; split the file").format(
                    where=where, limit=format_number(MAX_FEATURES)
                )
            )
        if index % 500 == 0:
            job.report(index)
        try:
            features = event_features(event, index, where, offset)
        except InteropError as exc:
            if not optional:
                raise
            features = [Feature(index=index, geometry=None, problem=str(exc))]
        for feature in features:
            feature.optional = feature.optional or optional
            yield feature


class CotReader:
    name = "cot"
    label = "Cursor-on-Target events (ATAK, WinTAK)"
    suffixes: tuple[str, ...] = (".cot", ".xml")

    def sniff(self, path: Path, head: bytes) -> bool:
        return b"<event" in head[:4096] and b"<point" in head

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        events = events_in(read_capped(path), path.name)
        yield from _features(events, path.name, job)
        job.report(len(events), len(events))


_OVERLAYS = (".kml", ".kmz")
_CONTENT_MEMBERS = (".cot", ".xml", *_OVERLAYS)


@dataclass
class _PackageContents:
    """What a data package holds: map items (CoT), overlays (KML/KMZ) and files attached to
    map items (by the item's uid), each a member name."""

    events: list[str] = field(default_factory=list)
    overlays: list[str] = field(default_factory=list)
    attached: dict[str, list[str]] = field(default_factory=dict)


def _package_entries(zf: zipfile.ZipFile, label: str) -> _PackageContents:
    """The members the manifest lists (every .cot, event .xml and KML/KMZ when it has none)."""
    names = safe_member_names(zf)
    manifest = next((n for n in names if n.lower().endswith("manifest/manifest.xml")), None)
    root_folder = manifest[: -len("MANIFEST/manifest.xml")] if manifest else ""
    found = _PackageContents()
    if manifest is not None:
        root = parse_xml(read_member(zf, manifest, max_bytes=8 * 1024**2), f"{label}/{manifest}")
        if local_name(root.tag) != "MissionPackageManifest":
            raise InteropError(
                translate("Import", "{where}/{manifest}: not a MissionPackageManifest").format(
                    where=label, manifest=manifest
                )
            )
        present = set(names)
        for content in root.iter():
            if local_name(content.tag) != "Content" or content.get("ignore") == "true":
                continue
            entry = content.get("zipEntry") or ""
            member = next((c for c in (entry, root_folder + entry) if c in present), None)
            if member is None:
                continue
            lowered = member.lower()
            owner = next(
                (p.get("value") for p in content
                 if local_name(p.tag) == "Parameter" and p.get("name") == "uid"),
                None,
            )  # fmt: skip
            if lowered.endswith((".cot", ".xml")):
                found.events.append(member)
            elif lowered.endswith(_OVERLAYS):
                found.overlays.append(member)
            elif owner:
                found.attached.setdefault(str(owner), []).append(member)
    if found.events or found.overlays:
        return found
    # No manifest (or one listing only attachments): be lenient, as ATAK is.
    for name in names:
        lowered = name.lower()
        if lowered.endswith(".cot") or (
            lowered.endswith(".xml") and not lowered.endswith("manifest.xml")
        ):
            found.events.append(name)
        elif lowered.endswith(_OVERLAYS):
            found.overlays.append(name)
    return found


def _overlay_features(
    zf: zipfile.ZipFile, member: str, where: str, job: Job, start: int
) -> list[Feature]:
    """A KML or KMZ overlay in a data package, read like a file of its own."""
    data = read_member(zf, member)
    if member.lower().endswith(".kmz"):
        with zipfile.ZipFile(io.BytesIO(data)) as kmz:
            inner = [n for n in safe_member_names(kmz) if n.lower().endswith(".kml")]
            if not inner:
                raise InteropError(
                    translate("Import", "{where}: the KMZ holds no .kml document").format(
                        where=where
                    )
                )
            chosen = next((n for n in inner if n.lower() == "doc.kml"), inner[0])
            data, where = read_member(kmz, chosen), f"{where}/{chosen}"
    features = list(read_kml_bytes(data, where, job))
    for offset, feature in enumerate(features, start=1):
        feature.index = start + offset
        feature.optional = True
        if not feature.layer:
            feature.layer = member.rsplit("/", 1)[-1]
    return features


class TakPackageReader:
    name = "tak"
    label = "TAK data package (zip)"
    suffixes: tuple[str, ...] = (".zip", ".dpk")

    def sniff(self, path: Path, head: bytes) -> bool:
        if head[:2] != b"PK":
            return False
        names = [n.lower() for n in zip_member_names(path)]
        return any(n.endswith(("manifest/manifest.xml", ".cot")) for n in names)

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        count = 0
        with open_zip(path, max_members=MAX_PACKAGE_ITEMS + 10) as zf:
            contents = _package_entries(zf, path.name)
            if not contents.events and not contents.overlays:
                raise InteropError(
                    translate(
                        "Import",
                        "{file}: the package holds no map items (no CoT event, KML or KMZ overlay)",
                    ).format(file=path.name)
                )
            for entry in contents.events:
                where = f"{path.name}/{entry}"
                try:
                    events = events_in(read_member(zf, entry), where)
                except InteropError as exc:
                    if entry.lower().endswith(".xml"):
                        continue  # an attached XML file that is not an event
                    count += 1
                    yield Feature(index=count, geometry=None, optional=True, problem=str(exc))
                    continue
                for feature in _features(events, where, job, start=count, optional=True):
                    owner = str(feature.properties.get("id") or "")
                    if owner in contents.attached and feature.kind_hint is not None:
                        feature.files = [
                            (name.rsplit("/", 1)[-1], read_member(zf, name, max_bytes=MAX_FILE))
                            for name in contents.attached.pop(owner)
                        ]
                    yield feature
                count += len(events)
            for entry in contents.overlays:
                where = f"{path.name}/{entry}"
                try:
                    features = _overlay_features(zf, entry, where, job, count)
                except (InteropError, zipfile.BadZipFile) as exc:
                    count += 1
                    reason = str(exc) if isinstance(exc, InteropError) else f"{where}: {exc}"
                    yield Feature(index=count, geometry=None, optional=True, problem=reason)
                    continue
                yield from features
                count += len(features)
        job.report(count, count)


# --- writing -----------------------------------------------------------------------------------

_CATEGORY_GROUP = {c.key: c.group for c in taxonomy.SEED_CATEGORIES}
_SHAPE_COLOURS = {"patrol_area": "#1d5fbf", "ceasefire_line": "#a50f15", "patrol": "#15903c"}


def _sub(parent: Element, tag: str, text: str | None = None, **attrs: str) -> Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _cot_time(dt: datetime) -> str:
    return format_utc(dt)


def _outline(geometry: BaseGeometry) -> list[tuple[float, float]]:
    """The vertices ATAK draws: the largest polygon's outer ring, or the longest line."""
    if isinstance(geometry, MultiPolygon):
        geometry = max(geometry.geoms, key=lambda g: g.area)
    if isinstance(geometry, MultiLineString):
        geometry = max(geometry.geoms, key=lambda g: g.length)
    if isinstance(geometry, Polygon):
        return [(x, y) for x, y, *_ in geometry.exterior.coords]
    return [(x, y) for x, y, *_ in geometry.coords]


def record_event(feature: Feature, now: datetime) -> Element | None:
    """The CoT ``<event>`` for a record's feature; None for what CoT cannot carry."""
    props = feature.properties
    kind = str(props["kind"])
    geometry = feature.geometry
    if kind == "position_report" or geometry is None:
        return None
    stale = now + timedelta(days=365)
    if kind == "unit":
        cot_type, stale = cot_type_for_sidc(str(props["sidc"])), now + timedelta(days=1)
    elif kind == "incident":
        cot_type = "b-m-p-s-m"
    elif kind == "map_item":
        cot_type = map_item_cot_type(props, geometry)
    else:
        cot_type = "u-d-f"
    event = Element(
        "event",
        {
            "version": "2.0",
            "uid": str(props["id"]),
            "type": cot_type,
            "time": _cot_time(now),
            "start": _cot_time(now),
            "stale": _cot_time(stale),
            "how": "h-e",
        },
    )
    anchor = geometry if isinstance(geometry, Point) else geometry.representative_point()
    _sub(
        event,
        "point",
        lat=repr(anchor.y),
        lon=repr(anchor.x),
        hae=str(UNKNOWN),
        ce=repr(float(props.get("accuracy_m") or props.get("precision_m") or UNKNOWN)),
        le=str(UNKNOWN),
    )
    detail = _sub(event, "detail")
    _sub(detail, "contact", callsign=str(props.get("callsign") or feature.name or kind))
    if kind == "unit":
        _sub(detail, "__group", name="Cyan" if cot_type[2] in "fa" else "White", role="Team Member")
    elif kind == "incident":
        group = _CATEGORY_GROUP.get(str(props.get("category", "")), "")
        _sub(detail, "color", argb=str(argb_int(GROUP_COLOURS.get(group, FALLBACK_COLOUR))))
    elif kind == "map_item":
        _map_item_detail(detail, cot_type, props, geometry, now)
    else:
        for x, y in _outline(geometry):
            _sub(detail, "link", point=f"{y!r},{x!r}")
        colour = _SHAPE_COLOURS.get(kind, FALLBACK_COLOUR)
        _sub(detail, "strokeColor", value=str(argb_int(colour)))
        _sub(detail, "strokeWeight", value="3.0")
        if kind == "patrol_area":
            _sub(detail, "fillColor", value=str(argb_int(colour, 0.25)))
        _sub(detail, "labels_on", value="true")
    remarks = str(
        props.get("description") or props.get("findings") or props.get("task")
        or props.get("notes") or ""
    )  # fmt: skip
    _sub(detail, "remarks", remarks)
    ours = _sub(detail, OUR_DETAIL, kind=kind, version="1")
    for key, value in props.items():
        text = property_text(value)
        if text and key != "kind":
            _sub(ours, "f", text, n=key)
    if kind in ("patrol_area", "ceasefire_line", "patrol", "map_item"):
        key = "track" if kind == "patrol" else "geometry"
        _sub(ours, "f", json.dumps(geometry_to_geojson(geometry)), n=key)
    return event


#: Map-item types written as a CoT type of their own (points); other points are spot markers.
_POINT_COT_TYPES = {"waypoint": "b-m-p-w", "bullseye": "u-r-b-bullseye", "camera": "b-m-p-s-p-loc"}


def map_item_cot_type(props: dict[str, Any], geometry: BaseGeometry) -> str:
    """The CoT type ATAK draws a map item as: the partner's own type when it fits the shape
    (a round trip gives ATAK back what it sent), else by shape and type."""
    own = str(props.get("partner_type") or "")
    item_type = str(props.get("item_type") or "")
    if isinstance(geometry, Point | MultiPoint):
        if own and not own.startswith(("u-d-", "b-m-r", "u-rb-", "u-r-b-c")):
            return own
        return _POINT_COT_TYPES.get(item_type, "b-m-p-s-m")
    if isinstance(geometry, MultiLineString):
        return "u-d-f-m"  # a telestration: one stroke per part
    if isinstance(geometry, LineString) and (item_type == "route" or own.startswith("b-m-r")):
        return "b-m-r"
    return "u-d-f"


def _map_item_detail(
    detail: Element, cot_type: str, props: dict[str, Any], geometry: BaseGeometry, now: datetime
) -> None:
    """Vertices, strokes and colours of a map item as ATAK writes them."""
    shape = "point"
    if isinstance(geometry, LineString | MultiLineString):
        shape = "line"
    elif isinstance(geometry, Polygon | MultiPolygon):
        shape = "area"
    colour = map_item_colour(str(props.get("item_type", "")), str(props.get("colour") or ""), shape)
    argb = str(argb_int(colour))
    if shape == "point":
        _sub(detail, "color", argb=argb)
        if cot_type == "b-m-p-s-m":
            _sub(detail, "usericon", iconsetpath=f"COT_MAPPING_SPOTMAP/b-m-p-s-m/{argb}")
        return
    if cot_type == "u-d-f-m" and isinstance(geometry, MultiLineString):
        for number, part in enumerate(geometry.geoms, start=1):
            stroke = Element("event", {"version": "2.0", "uid": f"{props['id']}.{number}",
                                       "type": "u-d-f", "time": _cot_time(now),
                                       "start": _cot_time(now), "stale": _cot_time(now),
                                       "how": "h-e"})  # fmt: skip
            _sub(stroke, "point", lat="0", lon="0", hae=str(UNKNOWN), ce=str(UNKNOWN),
                 le=str(UNKNOWN))  # fmt: skip
            inner = _sub(stroke, "detail")
            for x, y, *_ in part.coords:
                _sub(inner, "link", point=f"{y!r},{x!r}")
            _sub(inner, "strokeColor", value=argb)
            _sub(detail, "link", line=ET.tostring(stroke, encoding="unicode"))
    elif cot_type == "b-m-r":
        vertices = _outline(geometry)
        for number, (x, y) in enumerate(vertices):
            end = number in (0, len(vertices) - 1)
            _sub(detail, "link", uid=f"{props['id']}.{number}",
                 type="b-m-p-w" if end else "b-m-p-c",
                 callsign=("SP" if number == 0 else "EP") if end else "",
                 point=f"{y!r},{x!r}", relation="c")  # fmt: skip
        _sub(detail, "link_attr", color=argb, method="Driving", prefix="CP", direction="Infil",
             routetype="Primary", order="Ascending Check Points")  # fmt: skip
    else:
        for x, y in _outline(geometry):
            _sub(detail, "link", point=f"{y!r},{x!r}")
    _sub(detail, "strokeColor", value=argb)
    _sub(detail, "strokeWeight", value="3.0")
    if shape == "area":
        _sub(detail, "fillColor", value=str(argb_int(colour, 0.25)))
    _sub(detail, "labels_on", value="true")


def _event_bytes(event: Element, declaration: bool = True) -> bytes:
    return ET.tostring(event, encoding="utf-8", xml_declaration=declaration)


def _manifest(name: str, entries: list[tuple[str, str]]) -> bytes:
    root = Element("MissionPackageManifest", {"version": "2"})
    config = _sub(root, "Configuration")
    _sub(config, "Parameter", name="uid", value=str(uuid.uuid4()))
    _sub(config, "Parameter", name="name", value=name)
    _sub(config, "Parameter", name="onReceiveDelete", value="false")
    contents = _sub(root, "Contents")
    for entry, uid in entries:
        content = _sub(contents, "Content", ignore="false", zipEntry=entry)
        _sub(content, "Parameter", name="uid", value=uid)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


_SAFE_UID = re.compile(r"[^A-Za-z0-9._-]")


class CotWriter:
    name = "cot"
    label = "Cursor-on-Target events (ATAK, WinTAK); .zip gives a TAK data package"
    suffixes: tuple[str, ...] = (".cot", ".xml", ".zip")

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        now = datetime.now(UTC)
        events: list[Element] = []
        for feature in record_features(records, job):
            event = record_event(feature, now)
            if event is not None:
                events.append(event)
                if len(events) % 500 == 0:
                    job.report(len(events))
        if self.as_package(out):
            if len(events) > MAX_PACKAGE_ITEMS:
                raise InteropError(
                    translate(
                        "Import",
                        "{file}: {count} map items is more than a TAK data package "
                        "should carry ({limit}); export to KML or "
                        "GeoJSON instead",
                    ).format(
                        file=out.name,
                        count=format_number(len(events)),
                        limit=format_number(MAX_PACKAGE_ITEMS),
                    )
                )
            self._package(events, out)
        elif len(events) == 1:
            with atomic_file(out, 0o644) as handle:
                handle.write(_event_bytes(events[0]))
        else:
            with atomic_file(out, 0o644) as handle:
                for event in events:
                    handle.write(_event_bytes(event, declaration=False) + b"\n")
        job.report(len(events), len(events))
        return len(events)

    def as_package(self, out: Path) -> bool:
        """A zip name asks for a TAK data package; anything else gets CoT XML."""
        return out.suffix.lower() in (".zip", ".dpk")

    def _package(self, events: list[Element], out: Path) -> None:
        entries: list[tuple[str, str]] = []
        with (
            atomic_file(out, 0o644) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf,
        ):
            for event in events:
                uid = str(event.get("uid"))
                folder = _SAFE_UID.sub("_", uid)
                entry = f"{folder}/{folder}.cot"
                zf.writestr(entry, _event_bytes(event))
                entries.append((entry, uid))
            zf.writestr("MANIFEST/manifest.xml", _manifest(out.stem, entries))


class TakPackageWriter(CotWriter):
    """Always a TAK data package, whatever the file name ends with."""

    name = "tak"
    label = "TAK data package (zip)"
    suffixes: tuple[str, ...] = (".zip",)

    def as_package(self, out: Path) -> bool:
        return True


register_reader(CotReader())
register_reader(TakPackageReader())
register_writer(CotWriter())
register_writer(TakPackageWriter())
