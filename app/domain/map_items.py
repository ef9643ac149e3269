"""The vocabulary of map items: everything on a partner's map that is none of the other kinds.

A map item is a point (checkpoint, camp, village, spot marker, camera, …), a line (route, road,
river, boundary, drawing, …) or an area (zone, drawing, overlay shape, …). It is never a unit, a
position report, a patrol area, a patrol, a ceasefire line or an incident: those carry meaning
the analysis counts (violations, coverage), so a partner's line or polygon only becomes one of
them when the user, a column mapping or the file's own ``kind`` says so. Everything else lands
here, keeping its shape, label, colour and notes.

``MAP_ITEM_TYPES`` is the type vocabulary (stable keys), each with the shapes it may take, the
label a user sees and, where a standard symbol exists, a 2525D/APP-6(D) code. ``item_type_for``
reads a partner's own words (a KML folder name, a shapefile's ``highway`` column, a CoT type)
into a type, and falls back to the plain ``marker``/``line``/``area`` — never to a kind that
changes the analysis. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: The three shapes a map item takes.
POINT, LINE, AREA = "point", "line", "area"
SHAPES = (POINT, LINE, AREA)


@dataclass(frozen=True)
class MapItemType:
    key: str
    label: str
    #: The shapes an item of this type may take (a drawing may be a line or an area).
    shapes: tuple[str, ...]
    #: The 20-digit symbol code drawn for a point of this type when the item has none.
    sidc: str = ""
    #: Words partners use for it (lower case), beside the key and label.
    words: tuple[str, ...] = ()


_TYPES: tuple[MapItemType, ...] = (
    # points
    MapItemType("marker", "Marker", (POINT,), words=("placemark", "point", "pin")),
    MapItemType(
        "checkpoint", "Checkpoint", (POINT,), "10032500001303000000", ("check point", "cp")
    ),
    MapItemType("team_site", "Team site", (POINT,), words=("teamsite", "team base")),
    MapItemType("camp_base", "Camp or base", (POINT,), words=("camp", "base", "fob", "cob")),
    MapItemType(
        "idp_site",
        "IDP site",
        (POINT,),
        "10042000001119010000",
        ("idp camp", "refugee camp", "displaced persons site"),
    ),
    MapItemType("village", "Village", (POINT,), words=("hamlet", "settlement")),
    MapItemType("town", "Town", (POINT,), words=("city", "populated place")),
    MapItemType("bridge", "Bridge", (POINT, LINE)),
    MapItemType(
        "crossing", "Crossing", (POINT,), words=("crossing point", "ford", "border crossing")
    ),
    MapItemType("landing_zone", "Landing zone", (POINT, AREA), words=("lz", "hlz", "helipad")),
    MapItemType("observation_post", "Observation post", (POINT,), "10032500001601000000", ("op",)),
    MapItemType("spot_marker", "Spot marker", (POINT,), words=("spot", "spot map")),
    MapItemType("point_of_interest", "Point of interest", (POINT,), words=("poi",)),
    MapItemType("camera", "Camera or sensor", (POINT,), words=("sensor", "video")),
    MapItemType("waypoint", "Waypoint", (POINT,), words=("wpt", "milepost", "mile post")),
    MapItemType("bullseye", "Bullseye", (POINT,)),
    # lines
    MapItemType("line", "Line", (LINE,), words=("polyline", "linestring")),
    MapItemType("route", "Route", (LINE,), words=("msr", "asr", "main supply route")),
    MapItemType("road", "Road", (LINE,), words=("highway", "street", "track")),
    MapItemType("footpath", "Footpath", (LINE,), words=("path", "trail")),
    MapItemType("river", "River", (LINE,), words=("stream", "waterway", "wadi", "canal")),
    MapItemType("boundary", "Boundary", (LINE, AREA), words=("border", "admin boundary")),
    MapItemType("range_bearing", "Range and bearing", (LINE,), words=("r&b", "range line")),
    MapItemType(
        "drawing", "Drawing", (LINE, AREA), words=("telestration", "freehand", "sketch", "arrow")
    ),
    # areas
    MapItemType("area", "Area", (AREA,), words=("polygon", "shape")),
    MapItemType("zone", "Zone", (AREA,), words=("region",)),
    MapItemType("range_ring", "Range ring", (AREA,), words=("range circle",)),
    MapItemType("overlay_shape", "Overlay shape", (AREA,), words=("overlay",)),
)

MAP_ITEM_TYPES: dict[str, MapItemType] = {t.key: t for t in _TYPES}

#: The type of an item nothing more is known about, per shape.
FALLBACK_TYPE = {POINT: "marker", LINE: "line", AREA: "area"}

#: Status of a route or road (open to traffic, restricted, closed); empty when not known.
MAP_ITEM_STATUSES: tuple[str, ...] = ("", "open", "restricted", "closed", "unknown")

_COLOUR = re.compile(r"^#[0-9a-f]{6}$")


def is_colour(text: str) -> bool:
    """``#rrggbb`` in lower case: the one form colours are stored in."""
    return bool(_COLOUR.match(text))


def types_for_shape(shape: str) -> tuple[str, ...]:
    """The type keys an item of this shape may have, in vocabulary order."""
    return tuple(t.key for t in _TYPES if shape in t.shapes)


def _words() -> dict[str, str]:
    table: dict[str, str] = {}
    for item in _TYPES:
        for word in (item.key, item.key.replace("_", " "), item.label.lower(), *item.words):
            table.setdefault(word, item.key)
    return table


_WORDS = _words()
#: Any vocabulary word or phrase inside a longer text, longest first, plural "s" allowed.
_PHRASES = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) + r")s?\b"
)


def item_type_for(words: Iterable[object], shape: str) -> str:
    """The type a partner's own words name (values of type-like columns, a folder name), for
    an item of ``shape``; the shape's plain fallback when none of them names a type that fits.

    Whole values are tried first, then the words and phrases inside them, the last first
    ("Two observation posts" → observation_post, "Wadi road" → road).
    """
    texts = [str(w).strip().lower() for w in words if w is not None and str(w).strip()]
    for text in texts:
        key = _WORDS.get(text)
        if key is not None and shape in MAP_ITEM_TYPES[key].shapes:
            return key
    for text in texts:
        # The last word that names a type wins: English puts the head noun last ("Wadi
        # road" is a road, "Bridge camera" a camera).
        for found in reversed(list(_PHRASES.finditer(text))):
            key = _WORDS[found.group(1)]
            if shape in MAP_ITEM_TYPES[key].shapes:
                return key
    return FALLBACK_TYPE[shape]
