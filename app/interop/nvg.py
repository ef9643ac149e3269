"""NATO Vector Graphics (NVG 1.4/1.5/2.0) overlays: points, lines and areas with symbol codes.

Reading takes ``point``, ``multipoint``, ``text``, ``polyline``, ``corridor`` and ``arrow``
(their centre line; ``width`` kept as ``width_m``), ``arc``, ``polygon`` (``exclude`` rings
become holes), ``circle``, ``ellipse``, ``rect`` and ``arcband`` (drawn as polygons on the WGS 84
ellipsoid), ``composite`` (its parts as one multi-geometry) and ``g`` groups (their labels
become ``Feature.layer``). Coordinates are ``lon,lat``; radii and widths are metres. Properties:
``uri`` → ``id`` (a ``urn:uuid:`` prefix dropped), ``label`` → ``name``, ``symbol`` → ``sidc``
(the code after its ``app6a:``/``2525c:``/``app6d:`` … prefix; the raw value stays in
``symbol``), ``textInfo`` → ``description``, ``extendedData``/``simpleData`` by key. Kind hints:
our ``kind`` when the file was written by Blue Helmet; a point with a unit symbol (2525C ``S``
scheme or a 2525D land-unit code) → ``unit``; other points, lines and areas become map items
(never a ceasefire line or patrol area unless ``--as`` says so).

Writing produces NVG 2.0 (namespace ``https://tide.act.nato.int/schemas/2012/10/nvg``): one
``g`` per record kind; units as ``point`` with ``symbol="app6d:<20 digits>"`` (or
``app6b:`` for letter codes) at ``Job.positions`` (units without a position are skipped);
incidents and position reports as points; areas as ``polygon`` with ``exclude`` holes (several
parts in a ``composite``); lines and patrol tracks as ``polyline`` (patrols without a track are
skipped); every field in ``extendedData`` so a round trip is exact.

Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import partial
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
from app.domain.geo import geodesic_forward
from app.domain.records import RECORD_KINDS, Record
from app.domain.sidc import describe_sidc, normalize_sidc
from app.errors import ValidationError
from app.files import atomic_file
from app.i18n import format_number, translate
from app.interop.base import (
    Feature,
    InteropError,
    Job,
    read_or_problem,
    register_reader,
    register_writer,
)
from app.interop.kml import FOLDERS, KIND_STYLES, format_coord, property_text, record_features
from app.interop.safety import (
    MAX_DEPTH,
    MAX_FEATURES,
    check_geometry,
    local_name,
    parse_xml,
    read_capped,
)
from maps.styles import FALLBACK_COLOUR, GROUP_COLOURS

NVG_NS = "https://tide.act.nato.int/schemas/2012/10/nvg"
_MAX_RADIUS_M = 2_000_000.0
_UUID_URN = re.compile(r"^urn:uuid:", re.IGNORECASE)
_CATEGORY_GROUP = {c.key: c.group for c in taxonomy.SEED_CATEGORIES}

# --- reading -----------------------------------------------------------------------------------


def _name(element: Element) -> str:
    return local_name(element.tag).lower()


def _number(element: Element, attr: str, where: str, default: float | None = None) -> float:
    text = element.get(attr)
    if text is None:
        if default is not None:
            return default
        raise InteropError(
            translate("Import", "{where}: <{element}> has no {attr!r}").format(
                where=where, element=local_name(element.tag), attr=attr
            )
        )
    try:
        value = float(text)
    except ValueError:
        raise InteropError(
            translate("Import", "{where}: {attr} {text!r} is not a number").format(
                where=where, attr=attr, text=text[:40]
            )
        ) from None
    if not math.isfinite(value):
        raise InteropError(
            translate("Import", "{where}: {attr} {text!r} is not a finite number").format(
                where=where, attr=attr, text=text[:40]
            )
        )
    return value


def _points(element: Element, where: str) -> list[tuple[float, float]]:
    text = element.get("points") or ""
    points: list[tuple[float, float]] = []
    for token in text.split():
        parts = token.split(",")
        if len(parts) < 2:
            raise InteropError(
                translate("Import", "{where}: point {token!r} is not 'lon,lat'").format(
                    where=where, token=token[:40]
                )
            )
        try:
            x, y = float(parts[0]), float(parts[1])
        except ValueError:
            raise InteropError(
                translate("Import", "{where}: point {token!r} is not a number").format(
                    where=where, token=token[:40]
                )
            ) from None
        if not (math.isfinite(x) and math.isfinite(y)):
            raise InteropError(
                translate(
                    "Import", "{where}: vertex {number} ({x}, {y}) is not a finite coordinate"
                ).format(where=where, number=len(points) + 1, x=x, y=y)
            )
        points.append((x, y))
    if not points:
        raise InteropError(
            translate("Import", "{where}: <{element}> has no points").format(
                where=where, element=local_name(element.tag)
            )
        )
    return points


def _radius(value: float, what: str, where: str) -> float:
    if not 0 < value <= _MAX_RADIUS_M:
        raise InteropError(
            translate("Import", "{where}: {what} {value:g} m is not between 0 and 2000 km").format(
                where=where, what=what, value=value
            )
        )
    return value


def _ring_around(
    cx: float, cy: float, rx: float, ry: float, rotation: float, step: float = 5.0
) -> list[tuple[float, float]]:
    """Vertices of an ellipse (semi-axes in metres, ``rotation`` degrees clockwise from north)."""
    angles = np.arange(0.0, 360.0, step)
    theta = np.radians(angles)
    # Distance from the centre to the ellipse along each bearing (rx east-west, ry north-south).
    radius = rx * ry / np.sqrt((ry * np.sin(theta)) ** 2 + (rx * np.cos(theta)) ** 2)
    xs, ys = geodesic_forward(
        np.full_like(angles, cx), np.full_like(angles, cy), angles + rotation, radius
    )
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


def _arc_points(
    cx: float, cy: float, r: float, start: float, end: float
) -> list[tuple[float, float]]:
    if end <= start:
        end += 360.0
    angles = np.linspace(start, end, max(3, int((end - start) / 3) + 1))
    xs, ys = geodesic_forward(
        np.full_like(angles, cx), np.full_like(angles, cy), angles, np.full_like(angles, r)
    )
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


def _holes(element: Element, where: str) -> list[list[tuple[float, float]]]:
    holes = []
    for exclude in element:
        if _name(exclude) != "exclude":
            continue
        for ring in exclude:
            if _name(ring) == "linear-ring":
                points = _points(ring, where)
                if len(points) < 3:
                    raise InteropError(
                        translate(
                            "Import", "{where}: an excluded area needs at least 3 points"
                        ).format(where=where)
                    )
                holes.append(points)
            elif _name(ring) in ("circular-ring", "elliptic-ring"):
                cx, cy = _number(ring, "cx", where), _number(ring, "cy", where)
                r = _number(ring, "r", where, 0.0)
                rx = _radius(_number(ring, "rx", where, r), "radius", where)
                ry = _radius(_number(ring, "ry", where, rx), "radius", where)
                holes.append(_ring_around(cx, cy, rx, ry, _number(ring, "rotation", where, 0.0)))
    return holes


def _item_geometry(element: Element, where: str) -> BaseGeometry | None:
    tag = _name(element)
    if tag in ("point", "text"):
        return Point(_number(element, "x", where), _number(element, "y", where))
    if tag == "multipoint":
        return MultiPoint(_points(element, where))
    if tag in ("polyline", "corridor", "arrow", "orbit"):
        points = _points(element, where)
        if len(points) < 2:
            raise InteropError(
                translate("Import", "{where}: a line needs at least 2 points").format(where=where)
            )
        return LineString(points)
    if tag == "polygon":
        points = _points(element, where)
        if len(points) < 3:
            raise InteropError(
                translate("Import", "{where}: a polygon needs at least 3 points").format(
                    where=where
                )
            )
        return Polygon(points, _holes(element, where))
    if tag not in ("circle", "ellipse", "rect", "arc", "arcband"):
        return None
    # Every remaining shape is drawn around its centre: without one there is nothing to place.
    cx, cy = _number(element, "cx", where), _number(element, "cy", where)
    if tag in ("circle", "ellipse", "rect"):
        r = _number(element, "r", where, 0.0)
        rx = _radius(_number(element, "rx", where, r), "radius", where)
        ry = _radius(_number(element, "ry", where, rx), "radius", where)
        rotation = _number(element, "rotation", where, 0.0)
        if tag == "rect":
            corners = [(-rx, ry), (rx, ry), (rx, -ry), (-rx, -ry)]
            bearings = [math.degrees(math.atan2(x, y)) + rotation for x, y in corners]
            distances = [math.hypot(x, y) for x, y in corners]
            xs, ys = geodesic_forward([cx] * 4, [cy] * 4, bearings, distances)
            return Polygon(list(zip(xs.tolist(), ys.tolist(), strict=True)))
        return Polygon(_ring_around(cx, cy, rx, ry, rotation), _holes(element, where))
    if tag == "arc":
        r = _radius(_number(element, "r", where, _number(element, "rx", where, 0.0)), "r", where)
        start, end = _number(element, "startangle", where), _number(element, "endangle", where)
        return LineString(_arc_points(cx, cy, r, start, end))
    if tag == "arcband":
        minr = _number(element, "minr", where)
        maxr = _radius(_number(element, "maxr", where), "maxr", where)
        start, end = _number(element, "startangle", where), _number(element, "endangle", where)
        outer = _arc_points(cx, cy, maxr, start, end)
        inner = _arc_points(cx, cy, minr, start, end) if minr > 0 else [(cx, cy)]
        return Polygon(outer + inner[::-1])
    return None


_DRAWABLES = {
    "point", "text", "multipoint", "polyline", "corridor", "arrow", "orbit", "polygon",
    "circle", "ellipse", "rect", "arc", "arcband", "composite",
}  # fmt: skip


def _combine(parts: list[BaseGeometry], where: str) -> BaseGeometry:
    points = [p for p in parts if isinstance(p, Point)]
    lines = [p for p in parts if isinstance(p, LineString)]
    polygons = [p for p in parts if isinstance(p, Polygon)]
    if len(points) == len(parts):
        return MultiPoint(points)
    if len(lines) == len(parts):
        return MultiLineString(lines)
    if len(polygons) == len(parts):
        return MultiPolygon(polygons)
    raise InteropError(
        translate(
            "Import", "{where}: a composite mixing points, lines and areas is not supported"
        ).format(where=where)
    )


def _extended(element: Element) -> dict[str, str]:
    data: dict[str, str] = {}
    for child in element:
        if _name(child) != "extendeddata":
            continue
        for item in child.iter():
            if _name(item) == "simpledata":
                key = item.get("key") or item.get("name")
                if key:
                    data[key] = item.text or ""
    return data


_SYMBOL_PREFIX = re.compile(r"^\s*(app-?6[a-e]?|2525[a-e]?|mil-?std-?2525[a-e]?)\s*:", re.I)


def symbol_to_sidc(text: str) -> str | None:
    """The SIDC an NVG ``symbol`` names, or None when it names none we can draw.

    The scheme prefix (``app6a:``, ``app6b:``, ``2525b:`` … ``2525d:``, ``app6d:``) is dropped.
    Letter codes (APP-6A/B, 2525B/C) are upper-cased and padded with ``-`` to 15 characters:
    APP-6A tools often write 14 (or 10) leaving out the trailing modifiers; ``*`` placeholders
    inside the function id become ``-``. Numeric codes (2525D/E, APP-6(D)) keep their first 20
    digits (2525E's 30-digit codes add amplifiers we do not draw).
    """
    code = "".join(_SYMBOL_PREFIX.sub("", text or "").split())
    if not code:
        return None
    if code.isdigit():
        code = code[:20] if len(code) in (20, 30) else code
    elif code[0].isalpha() and 10 <= len(code) < 15:
        code = code.upper().ljust(15, "-")
    if len(code) == 15 and code[0].isalpha():
        code = code.upper()
        code = code[:4] + code[4:10].replace("*", "-") + code[10:]
    try:
        return normalize_sidc(code)
    except ValidationError:
        return None


_symbol = symbol_to_sidc


def _is_unit_symbol(sidc: str) -> bool:
    info = describe_sidc(sidc)
    return info.symbol_set == "land_unit" and (info.form == "numeric" or sidc[0] == "S")


def item_name(index: int, label: str) -> str:
    """How messages name an NVG item."""
    item = translate("Import", "item {number}").format(number=index)
    return item + (f" ({label[:60]})" if label else "")


#: NVG elements that are more than their geometry says (a corridor is a line with a width).
_TAGS_KEPT = frozenset(
    {"arrow", "corridor", "orbit", "circle", "ellipse", "arc", "arcband", "text", "multipoint"}
)


def _feature(
    element: Element, index: int, layer: str, where_file: str, link: str | None = None
) -> Feature:
    label = element.get("label") or ""
    tag = _name(element)
    if not label and tag == "text":
        label = " ".join((element.text or "").split())[:200]
    where = f"{where_file}: {item_name(index, label)}"
    if tag == "composite":
        parts = [
            g
            for child in element
            if _name(child) in _DRAWABLES and (g := _item_geometry(child, where)) is not None
        ]
        if not parts:
            raise InteropError(translate("Import", "{where}: empty composite").format(where=where))
        geometry: BaseGeometry | None = _combine(parts, where)
    else:
        geometry = _item_geometry(element, where)
    if geometry is None:
        raise InteropError(
            translate("Import", "{where}: <{element}> has no geometry").format(
                where=where, element=local_name(element.tag)
            )
        )
    geometry = check_geometry(geometry, where)
    props: dict[str, Any] = {}
    uri = element.get("uri")
    if uri:
        props["id"] = _UUID_URN.sub("", uri)
    if link:
        props["link"] = link
    if label:
        props["name"] = label
    symbol = element.get("symbol")
    if symbol:
        props["symbol"] = symbol
        sidc = _symbol(symbol)
        if sidc is not None:
            props["sidc"] = sidc
    if element.get("width"):
        props["width_m"] = _number(element, "width", where)
    for child in element:
        name = _name(child)
        if name == "textinfo" and (child.text or "").strip():
            props["description"] = (child.text or "").strip()
        elif name == "timestamp" and (child.text or "").strip():
            props["observed_at"] = (child.text or "").strip()
        elif name == "timespan":
            for part in child:
                if _name(part) in ("begin", "end") and (part.text or "").strip():
                    props[f"time_{_name(part)}"] = (part.text or "").strip()
    extended = _extended(element)
    kind: str | None
    if extended.get("kind") in RECORD_KINDS:
        props = dict(extended)
        kind = extended["kind"]
    else:
        props.update(extended)
        # Lines and areas are map items unless the user says otherwise (``--as``): an NVG
        # arrow or boundary is no ceasefire line, an NVG area no patrol area.
        kind = None
        if isinstance(geometry, Point) and "sidc" in props and _is_unit_symbol(props["sidc"]):
            kind = "unit"
        if tag in _TAGS_KEPT:
            # The element drawn (an arrow, a corridor, an orbit) is kept with the map item:
            # the map draws an arrow's head, and the popup says what the partner drew.
            props.setdefault("partner_type", f"nvg:{tag}")
            if tag == "arrow":
                props.setdefault("type", "arrow")  # a drawing, whatever its label says
    style: dict[str, Any] = {}
    for declaration in (element.get("style") or "").split(";"):
        key, _, value = declaration.partition(":")
        key, value = key.strip(), value.strip()
        if key == "stroke":
            style["color"] = value
        elif key == "fill" and value != "none":
            style["fillColor"] = value
        elif key == "fill-opacity":
            style["fillOpacity"] = value
    return Feature(
        index=index,
        geometry=geometry,
        properties=props,
        name=label,
        layer=layer,
        kind_hint=kind,
        style=style,
        item=item_name(index, label),
    )


class _Walk:
    def __init__(self, where: str, job: Job) -> None:
        self.where = where
        self.job = job
        self.count = 0

    def items(
        self, parent: Element, layer: str, depth: int = 0, link: str | None = None
    ) -> Iterator[Feature]:
        """Drawable items in document order; ``g`` groups name a layer, ``a`` hyperlinks are
        read through (their target kept as the items' ``link``)."""
        if depth > MAX_DEPTH:
            raise InteropError(
                translate(
                    "Import", "{where}: groups nested more than {max_depth} deep; refused"
                ).format(where=self.where, max_depth=MAX_DEPTH)
            )
        for child in parent:
            name = _name(child)
            if name == "g":
                title = child.get("label") or "g"
                path = f"{layer}/{title}" if layer else title
                yield from self.items(child, path, depth + 1, link)
            elif name == "a":
                href = next((v for k, v in child.attrib.items() if local_name(k) == "href"), None)
                yield from self.items(child, layer, depth + 1, href or link)
            elif name in _DRAWABLES:
                self.count += 1
                if self.count > MAX_FEATURES:
                    raise InteropError(
                        translate(
                            "Import", "{where}: more than {limit} items; split the file"
                        ).format(where=self.where, limit=format_number(MAX_FEATURES))
                    )
                if self.count % 500 == 0:
                    self.job.report(self.count)
                label = child.get("label") or ""
                yield read_or_problem(
                    self.count, f"{self.where}: {item_name(self.count, label)}",
                    item_name(self.count, label),
                    partial(_feature, child, self.count, layer, self.where, link),
                )  # fmt: skip


class NvgReader:
    name = "nvg"
    label = "NATO Vector Graphics (NVG)"
    field_word = "attribute"
    suffixes: tuple[str, ...] = (".nvg", ".xml")

    def sniff(self, path: Path, head: bytes) -> bool:
        start = head[:4096]
        if start[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark
            start = start.decode("utf-16", errors="ignore").encode("utf-8")
        return (
            b"tide.act.nato.int/schemas" in start
            or re.search(rb"<(\w+:)?nvg[\s>]", start) is not None
        )

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        root = parse_xml(read_capped(path), path.name)
        if _name(root) != "nvg":
            raise InteropError(
                translate(
                    "Import", "{file}: not an NVG document (root element is {root!r})"
                ).format(file=path.name, root=local_name(root.tag))
            )
        walk = _Walk(path.name, job)
        yield from walk.items(root, "")
        job.report(walk.count, walk.count)


# --- writing -----------------------------------------------------------------------------------


def _sub(parent: Element, tag: str, text: str | None = None, **attrs: str) -> Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _points_text(coords: Iterable[tuple[float, ...]], close: bool = False) -> str:
    items = [(c[0], c[1]) for c in coords]
    if not close and len(items) > 1 and items[0] == items[-1]:
        items = items[:-1]  # NVG polygons close themselves
    return " ".join(f"{format_coord(x)},{format_coord(y)}" for x, y in items)


def _shape(parent: Element, geometry: BaseGeometry, attrs: dict[str, str]) -> Element:
    if isinstance(geometry, Point):
        return _sub(
            parent, "point", x=format_coord(geometry.x), y=format_coord(geometry.y), **attrs
        )
    if isinstance(geometry, LineString):
        return _sub(parent, "polyline", points=_points_text(geometry.coords, close=True), **attrs)
    if isinstance(geometry, Polygon):
        polygon = _sub(parent, "polygon", points=_points_text(geometry.exterior.coords), **attrs)
        if geometry.interiors:
            exclude = _sub(polygon, "exclude")
            for hole in geometry.interiors:
                _sub(exclude, "linear-ring", points=_points_text(hole.coords))
        return polygon
    composite = _sub(parent, "composite", **attrs)
    for part in getattr(geometry, "geoms", ()):
        _shape(composite, part, {})
    return composite


def _symbol_attr(sidc: str) -> str:
    return ("app6d:" if len(sidc) == 20 else "app6b:") + sidc


def _style(props: dict[str, Any]) -> str:
    kind = str(props.get("kind"))
    if kind == "incident":
        colour = GROUP_COLOURS.get(_CATEGORY_GROUP.get(str(props.get("category")), ""), "")
        colour = colour or FALLBACK_COLOUR
        return f"stroke:{colour};fill:{colour};fill-opacity:1"
    key = str(props.get("area_type") or props.get("line_type") or kind)
    line, fill, width = KIND_STYLES.get(key, KIND_STYLES.get(kind, (FALLBACK_COLOUR, None, 2.0)))
    if fill:
        return f"stroke:{line};stroke-width:{width:g};fill:{fill};fill-opacity:0.25"
    return f"stroke:{line};stroke-width:{width:g};fill:none"


def build_nvg(records: Iterable[Record], job: Job) -> tuple[bytes, int]:
    """The NVG 2.0 document for ``records`` and how many items it holds."""
    root = Element("nvg", {"xmlns": NVG_NS, "version": "2.0.2"})
    groups: dict[str, Element] = {}
    count = 0
    for feature in record_features(records, job):
        props = feature.properties
        kind = str(props["kind"])
        if feature.geometry is None:
            continue  # a unit without a position, a patrol without a track
        group = groups.get(kind)
        if group is None:
            group = groups[kind] = Element("g", {"label": FOLDERS.get(kind, kind)})
        attrs = {"uri": f"urn:uuid:{props['id']}", "label": feature.name, "style": _style(props)}
        if kind == "unit":
            attrs["symbol"] = _symbol_attr(str(props["sidc"]))
        item = _shape(group, feature.geometry, attrs)
        text = str(props.get("description") or props.get("findings") or "")
        if text:
            _sub(item, "textInfo", text)
        extended = _sub(item, "extendedData")
        for key, value in props.items():
            value_text = property_text(value)
            if value_text:  # empty text is the default; leaving it out halves the file
                _sub(extended, "simpleData", value_text, key=key)
        count += 1
        if count % 500 == 0:
            job.report(count)
    for kind in sorted(groups, key=lambda k: list(FOLDERS).index(k) if k in FOLDERS else 99):
        root.append(groups[kind])
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True), count


class NvgWriter:
    name = "nvg"
    label = "NATO Vector Graphics (NVG 2.0)"
    suffixes: tuple[str, ...] = (".nvg",)

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        data, count = build_nvg(records, job)
        with atomic_file(out, 0o644) as handle:
            handle.write(data)
        job.report(count, count)
        return count


register_reader(NvgReader())
register_writer(NvgWriter())
