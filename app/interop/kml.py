"""KML 2.2 and KMZ (Google Earth): read placemarks, write the picture with our map's styles.

Reading walks Document/Folder trees (the folder path becomes ``Feature.layer``), takes Point,
LineString, LinearRing, Polygon (with holes) and MultiGeometry placemarks, ExtendedData
(``Data``/``value`` and ``SchemaData``/``SimpleData``) as text properties, TimeStamp as
``observed_at`` and TimeSpan as ``time_begin``/``time_end``, and the colour of the placemark's
style (shared ``Style``/``StyleMap`` or inline). A file written by Blue Helmet carries every field
of the record in ExtendedData, with ``kind``, so it reads back exactly.

Writing produces one folder per record kind, styles per kind and incident category group in the
colours of our map, TimeStamp/TimeSpan for Google Earth's time slider, and ExtendedData with
every field. Text shown as HTML by Google Earth (the balloon) is HTML-escaped first.

Every XML goes through ``app.interop.safety``. Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

import contextlib
import html
import json
import math
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from shapely.geometry import (
    GeometryCollection,
    LinearRing,
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

from app.domain import taxonomy
from app.domain.records import RECORD_KINDS, Record
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
from app.interop.features import record_to_feature
from app.interop.safety import (
    MAX_DEPTH,
    MAX_FEATURES,
    check_geometry,
    local_name,
    open_zip,
    parse_xml,
    read_capped,
    read_member,
    safe_member_names,
    zip_member_names,
)
from maps.styles import FALLBACK_COLOUR, GROUP_COLOURS, map_item_colour

KML_NS = "http://www.opengis.net/kml/2.2"
_Q = f"{{{KML_NS}}}"

#: Folder names per record kind, in the order the folders are written.
FOLDERS = {
    "unit": "Units",
    "position_report": "Position reports",
    "patrol_area": "Patrol areas",
    "patrol": "Patrols",
    "ceasefire_line": "Ceasefire lines",
    "incident": "Incidents",
    "map_item": "Map items",
}

#: Style id → (line colour, fill colour or None, line width): the map's palette (bh-map-core.js).
KIND_STYLES: dict[str, tuple[str, str | None, float]] = {
    "unit": ("#1d5fbf", None, 2.0),
    "position_report": ("#2b5797", None, 1.6),
    "patrol_area": ("#1d5fbf", "#4a8fe7", 2.0),
    "restricted_area": ("#e06500", "#e06500", 2.5),
    "buffer_zone": ("#8f7300", "#fff04d", 1.6),
    "area_of_separation": ("#a37800", "#ffcf33", 3.0),
    "patrol": ("#15903c", None, 3.2),
    "ceasefire_line": ("#a50f15", None, 3.6),
    "boundary": ("#3d3d3d", None, 3.6),
}
_AREA_FILL_OPACITY = 0.25
_CATEGORY_GROUP = {c.key: c.group for c in taxonomy.SEED_CATEGORIES}


# --- values as text, shared by the XML formats -------------------------------------------------


def property_text(value: Any) -> str | None:
    """A property as the text an XML attribute or element carries; None when absent.

    Lists become JSON arrays, booleans ``true``/``false``, floats their shortest exact form, so
    that reading the text back gives the same value.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def record_features(records: Iterable[Record], job: Job) -> Iterator[Feature]:
    """Records as features (every field by name, ``kind``), units placed at ``job.positions``."""
    for record in records:
        # ``job.names`` labels track points and patrols with their unit ("NEPBATT 1").
        feature = record_to_feature(record, job.names)
        if record.KIND == "unit":
            position = job.positions.get(record.id)
            feature.geometry = Point(position) if position is not None else None
        yield feature


def format_coord(x: float) -> str:
    """A coordinate as the shortest text that reads back to the same float."""
    return repr(float(x))


# --- reading -----------------------------------------------------------------------------------


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local_name(child.tag) == name]


def _child(element: Element, name: str) -> Element | None:
    for child in element:
        if local_name(child.tag) == name:
            return child
    return None


def _child_text(element: Element, name: str) -> str:
    child = _child(element, name)
    return (child.text or "").strip() if child is not None else ""


def _kml_colour(text: str) -> str | None:
    """KML ``aabbggrr`` → ``#rrggbb``; None when it is not a colour."""
    text = text.strip().lstrip("#")
    if len(text) != 8:
        return None
    try:
        int(text, 16)
    except ValueError:
        return None
    return f"#{text[6:8]}{text[4:6]}{text[2:4]}".lower()


def _kml_opacity(text: str) -> float:
    try:
        return round(int(text.strip()[:2], 16) / 255, 3)
    except ValueError:
        return 1.0


def _style_of(element: Element) -> dict[str, Any]:
    """Colours of a ``Style`` element, in CSS form."""
    style: dict[str, Any] = {}
    for part, key in (("LineStyle", "color"), ("PolyStyle", "fillColor"), ("IconStyle", "icon")):
        node = _child(element, part)
        if node is None:
            continue
        text = _child_text(node, "color")
        colour = _kml_colour(text) if text else None
        if colour is not None:
            style[key if key != "icon" else "color"] = colour
            if key == "fillColor":
                style["fillOpacity"] = _kml_opacity(text)
        width = _child_text(node, "width")
        if width:
            with contextlib.suppress(ValueError):
                style["weight"] = float(width)
    return style


def _shared_styles(root: Element) -> dict[str, dict[str, Any]]:
    """Shared styles by id: ``Style`` directly, ``StyleMap`` through its "normal" pair."""
    styles: dict[str, dict[str, Any]] = {}
    maps: dict[str, str] = {}
    # Shared styles sit in Documents and Folders; placemarks are not searched (big files).
    containers = [root]
    while containers:
        for element in containers.pop():
            name = local_name(element.tag)
            if name in ("Document", "Folder"):
                containers.append(element)
            ident = element.get("id")
            if not ident:
                continue
            if name == "Style":
                styles[ident] = _style_of(element)
            elif name == "StyleMap":
                for pair in _children(element, "Pair"):
                    if _child_text(pair, "key") in ("normal", ""):
                        maps[ident] = _child_text(pair, "styleUrl").lstrip("#")
    for ident, target in maps.items():
        styles.setdefault(ident, styles.get(target, {}))
    return styles


class _Context:
    def __init__(self, where: str, job: Job, styles: dict[str, dict[str, Any]]) -> None:
        self.where = where
        self.job = job
        self.styles = styles
        self.count = 0


_COMMA_SPACES = re.compile(r"\s*,\s*")


def _parse_coordinates(text: str | None, where: str) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    # Tuples are "lon,lat[,alt]" separated by whitespace; hand-edited files often put a space
    # after the commas, which Google Earth forgives, so we do too.
    for token in _COMMA_SPACES.sub(",", (text or "").strip()).split():
        parts = token.split(",")
        if len(parts) < 2:
            raise InteropError(
                translate("Import", "{where}: coordinate {token!r} is not 'lon,lat[,alt]'").format(
                    where=where, token=token[:40]
                )
            )
        try:
            lon, lat = float(parts[0]), float(parts[1])
        except ValueError:
            raise InteropError(
                translate("Import", "{where}: coordinate {token!r} is not a number").format(
                    where=where, token=token[:40]
                )
            ) from None
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise InteropError(
                translate(
                    "Import", "{where}: vertex {number} ({lon}, {lat}) is not a finite coordinate"
                ).format(where=where, number=len(points) + 1, lon=lon, lat=lat)
            )
        points.append((lon, lat))
    if not points:
        raise InteropError(
            translate("Import", "{where}: the geometry has no coordinates").format(where=where)
        )
    return points


def _ring(element: Element | None, where: str) -> list[tuple[float, float]]:
    if element is None:
        raise InteropError(
            translate("Import", "{where}: polygon boundary without a LinearRing").format(
                where=where
            )
        )
    ring = _child(element, "LinearRing")
    if ring is None:
        raise InteropError(
            translate("Import", "{where}: polygon boundary without a LinearRing").format(
                where=where
            )
        )
    points = _parse_coordinates(_child_text(ring, "coordinates"), where)
    if len(points) < 3:
        raise InteropError(
            translate(
                "Import", "{where}: a polygon ring needs at least 3 points, got {count}"
            ).format(where=where, count=len(points))
        )
    return points


def _geometry(element: Element, where: str, depth: int = 0) -> BaseGeometry | None:
    name = local_name(element.tag)
    if name == "Point":
        points = _parse_coordinates(_child_text(element, "coordinates"), where)
        return Point(points[0])
    if name == "LineString":
        points = _parse_coordinates(_child_text(element, "coordinates"), where)
        if len(points) < 2:
            raise InteropError(
                translate("Import", "{where}: a LineString needs at least 2 points").format(
                    where=where
                )
            )
        return LineString(points)
    if name == "LinearRing":
        points = _parse_coordinates(_child_text(element, "coordinates"), where)
        if len(points) < 3:
            raise InteropError(
                translate("Import", "{where}: a LinearRing needs at least 3 points").format(
                    where=where
                )
            )
        return Polygon(points)
    if name == "Polygon":
        shell = _ring(_child(element, "outerBoundaryIs"), where)
        holes = [_ring(inner, where) for inner in _children(element, "innerBoundaryIs")]
        return Polygon(shell, holes)
    if name in ("MultiGeometry", "MultiPolygon", "MultiLineString", "MultiPoint"):
        # (the last three are not KML, but GDAL's older KML writer made them)
        if depth >= MAX_DEPTH:
            raise InteropError(
                translate(
                    "Import", "{where}: MultiGeometry nested more than {max_depth} deep"
                ).format(where=where, max_depth=MAX_DEPTH)
            )
        parts = [g for child in element if (g := _geometry(child, where, depth + 1)) is not None]
        if not parts:
            return None
        if all(isinstance(p, Point) for p in parts):
            return MultiPoint(parts)
        if all(isinstance(p, LineString) for p in parts):
            return MultiLineString(parts)
        if all(isinstance(p, Polygon) for p in parts):
            return MultiPolygon(parts)
        flat = [q for p in parts for q in (getattr(p, "geoms", None) or [p])]
        shapes = [p for p in flat if not isinstance(p, Point)]
        if shapes and depth == 0:
            # ArcGIS and others add a Point to place the label: the shapes are the feature.
            if all(isinstance(p, LineString) for p in shapes):
                return shapes[0] if len(shapes) == 1 else MultiLineString(shapes)
            if all(isinstance(p, Polygon) for p in shapes):
                return shapes[0] if len(shapes) == 1 else MultiPolygon(shapes)
        return GeometryCollection(parts)
    if name in ("Track", "MultiTrack"):
        track = _track_points(element, where)
        if len(track) == 1:
            return Point(track[0][1:])
        return LineString([(x, y) for _, x, y in track])
    return None


def _track_points(element: Element, where: str) -> list[tuple[str, float, float]]:
    """A ``gx:Track`` (or every track of a ``gx:MultiTrack``) as (when, lon, lat)."""
    tracks = [element] if local_name(element.tag) == "Track" else _children(element, "Track")
    out: list[tuple[str, float, float]] = []
    for track in tracks:
        whens = [(w.text or "").strip() for w in _children(track, "when")]
        coords = _children(track, "coord")
        for n, coord in enumerate(coords):
            parts = (coord.text or "").split()
            try:
                lon, lat = float(parts[0]), float(parts[1])
            except (IndexError, ValueError):
                raise InteropError(
                    translate(
                        "Import", "{where}: track point {number} {value!r} is not 'lon lat [alt]'"
                    ).format(where=where, number=n + 1, value=(coord.text or "")[:40])
                ) from None
            if not (math.isfinite(lon) and math.isfinite(lat)):
                raise InteropError(
                    translate(
                        "Import", "{where}: track point {number} is not a finite coordinate"
                    ).format(where=where, number=n + 1)
                )
            out.append((whens[n] if n < len(whens) else "", lon, lat))
    if not out:
        raise InteropError(
            translate("Import", "{where}: the track has no points").format(where=where)
        )
    return out


def _placemark_geometry(placemark: Element, where: str) -> BaseGeometry | None:
    for child in placemark:
        if local_name(child.tag) in (
            "Point",
            "LineString",
            "LinearRing",
            "Polygon",
            "MultiGeometry",
            "MultiPolygon",
            "MultiLineString",
            "MultiPoint",
            "Track",
            "MultiTrack",
        ):
            geometry = _geometry(child, where)
            if geometry is None:
                return None
            if isinstance(geometry, GeometryCollection) and not isinstance(
                geometry, MultiPoint | MultiLineString | MultiPolygon
            ):
                raise InteropError(
                    translate(
                        "Import",
                        "{where}: a MultiGeometry mixing points, lines and polygons "
                        "is not supported",
                    ).format(where=where)
                )
            return check_geometry(geometry, where)
    return None


def _extended_data(placemark: Element) -> dict[str, Any]:
    data: dict[str, Any] = {}
    extended = _child(placemark, "ExtendedData")
    if extended is None:
        return data
    for item in _children(extended, "Data"):
        name = item.get("name")
        if name:
            value = _child(item, "value")
            data[name] = (value.text or "") if value is not None else ""
    for schema_data in _children(extended, "SchemaData"):
        for simple in _children(schema_data, "SimpleData"):
            name = simple.get("name")
            if name:
                data[name] = simple.text or ""
    return data


def _placemark(placemark: Element, layer: str, ctx: _Context) -> Feature:
    index = ctx.count
    name = _child_text(placemark, "name")
    feature = translate("Import", "feature {number}").format(number=index)
    where = f"{ctx.where}: {feature}" + (f" ({name[:60]})" if name else "")
    geometry = _placemark_geometry(placemark, where)
    props: dict[str, Any] = {}
    description = _child_text(placemark, "description")
    if description:
        props["description"] = description
    stamp = _child(placemark, "TimeStamp")
    if stamp is not None and _child_text(stamp, "when"):
        props["observed_at"] = _child_text(stamp, "when")
    span = _child(placemark, "TimeSpan")
    if span is not None:
        if _child_text(span, "begin"):
            props["time_begin"] = _child_text(span, "begin")
        if _child_text(span, "end"):
            props["time_end"] = _child_text(span, "end")
    extended = _extended_data(placemark)
    ours = extended.get("kind") in RECORD_KINDS
    if ours:
        # Written by Blue Helmet: ExtendedData holds every field; nothing else is needed.
        props = extended
    else:
        props.update(extended)
    style: dict[str, Any] = {}
    url = _child_text(placemark, "styleUrl")
    if url.startswith("#"):
        style.update(ctx.styles.get(url[1:], {}))
    inline = _child(placemark, "Style")
    if inline is not None:
        style.update(_style_of(inline))
    # A partner's polygon is no patrol area unless someone says so: the importer makes it a
    # map item (see ``app.interop.features``).
    kind = str(props["kind"]) if ours else None
    track: list[tuple[str, float, float]] = []
    for child in placemark:
        if local_name(child.tag) in ("Track", "MultiTrack"):
            track = _track_points(child, where)
            break
    return Feature(
        track=track,
        index=index,
        geometry=geometry,
        properties=props,
        name=name,
        layer=layer,
        kind_hint=kind,
        style=style,
    )


def _network_link(href: str) -> str:
    if href:
        return translate(
            "Import",
            "a NetworkLink loads its content from {href} over a network, and this program works "
            "offline: open it in Google Earth on a connected machine, save the result as KML or "
            "KMZ (right-click → Save Place As) and import that",
        ).format(href=href[:80])
    return translate(
        "Import",
        "a NetworkLink loads its content over a network, and this program works "
        "offline: open it in Google Earth on a connected machine, save the result as KML or "
        "KMZ (right-click → Save Place As) and import that",
    )


def _image_overlay(href: str) -> str:
    image = f" ({Path(href).name[:60]})" if href else ""
    return translate(
        "Import",
        "an image overlay{image} is a picture, not map features: to see it as a basemap, "
        "save the image with its corner coordinates as a GeoTIFF (QGIS Georeferencer, or "
        "gdal_translate -a_ullr WEST NORTH EAST SOUTH -a_srs EPSG:4326) and add it with "
        "`basemap import`",
    ).format(image=image)


_NOT_FEATURES = {
    "NetworkLink": _network_link,
    "GroundOverlay": _image_overlay,
    "PhotoOverlay": _image_overlay,
    "ScreenOverlay": lambda href: (
        "a screen overlay (a legend or logo fixed on the screen) is no map feature; it is left out"
    ),
}


def _walk(element: Element, layer: str, ctx: _Context, depth: int = 0) -> Iterator[Feature]:
    if depth > MAX_DEPTH:
        raise InteropError(
            translate(
                "Import", "{where}: folders nested more than {max_depth} deep; refused"
            ).format(where=ctx.where, max_depth=MAX_DEPTH)
        )
    for child in element:
        name = local_name(child.tag)
        if name in ("Document", "Folder"):
            title = _child_text(child, "name") or name
            yield from _walk(child, f"{layer}/{title}" if layer else title, ctx, depth + 1)
        elif name == "Placemark":
            ctx.count += 1
            if ctx.count > MAX_FEATURES:
                raise InteropError(
                    translate(
                        "Import", "{where}: more than {limit} placemarks; split the file"
                    ).format(where=ctx.where, limit=format_number(MAX_FEATURES))
                )
            if ctx.count % 500 == 0:
                ctx.job.report(ctx.count)
            title = _child_text(child, "name")
            feature = translate("Import", "feature {number}").format(number=ctx.count)
            item = feature + (f" ({title[:60]})" if title else "")
            yield read_or_problem(
                ctx.count, f"{ctx.where}: {item}", item, partial(_placemark, child, layer, ctx)
            )
        elif name in _NOT_FEATURES:
            ctx.count += 1
            title = _child_text(child, "name")
            item = f"{name} {ctx.count}" + (f" ({title[:60]})" if title else "")
            link = _child(child, "Link") or _child(child, "Icon") or _child(child, "Url")
            href = _child_text(link, "href") if link is not None else ""
            reason = _NOT_FEATURES[name](href)
            if name == "ScreenOverlay":  # a legend or logo: nothing is lost
                yield Feature(index=ctx.count, geometry=None, item=item, note=reason)
            else:
                yield Feature(index=ctx.count, geometry=None, item=item, problem=reason)


def read_kml_bytes(data: bytes, where: str, job: Job) -> Iterator[Feature]:
    """Features of a KML document already in memory (``where`` names it in errors)."""
    root = parse_xml(data, where)
    if local_name(root.tag) != "kml":
        raise InteropError(
            translate("Import", "{where}: not a KML document (root element is {root!r})").format(
                where=where, root=local_name(root.tag)
            )
        )
    ctx = _Context(where, job, _shared_styles(root))
    yield from _walk(root, "", ctx)
    job.report(ctx.count, ctx.count)


class KmlReader:
    name = "kml"
    label = "KML / Google Earth"
    field_word = "data field"
    suffixes: tuple[str, ...] = (".kml",)

    def sniff(self, path: Path, head: bytes) -> bool:
        # By content: the KML namespace, or a <kml> root for files written without it.
        start = head[:4096]
        return b"opengis.net/kml" in start or re.search(rb"<(\w+:)?kml[\s>]", start) is not None

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        return read_kml_bytes(read_capped(path), path.name, job)


class KmzReader:
    name = "kmz"
    label = "KMZ / Google Earth (zipped)"
    field_word = "data field"
    suffixes: tuple[str, ...] = (".kmz",)

    def sniff(self, path: Path, head: bytes) -> bool:
        if head[:2] != b"PK":
            return False
        return any(n.lower().endswith(".kml") for n in zip_member_names(path))

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        with open_zip(path) as zf:
            names = safe_member_names(zf)
            # The KMZ convention: doc.kml, otherwise the first .kml at the root (then anywhere).
            kml = [n for n in names if n.lower().endswith(".kml")]
            if not kml:
                raise InteropError(
                    translate("Import", "{file}: the KMZ holds no .kml document").format(
                        file=path.name
                    )
                )
            chosen = next(
                (n for n in kml if n.lower() == "doc.kml"),
                next((n for n in kml if "/" not in n), kml[0]),
            )
            data = read_member(zf, chosen)
        return read_kml_bytes(data, f"{path.name}/{chosen}", job)


# --- writing -----------------------------------------------------------------------------------


def _colour(css: str, opacity: float = 1.0) -> str:
    """``#rrggbb`` → KML ``aabbggrr``."""
    css = css.lstrip("#")
    alpha = max(0, min(255, round(opacity * 255)))
    return f"{alpha:02x}{css[4:6]}{css[2:4]}{css[0:2]}"


def _sub(parent: Element, tag: str, text: str | None = None, **attrs: str) -> Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _style_id(feature: Feature) -> str:
    kind = str(feature.properties.get("kind", ""))
    props = feature.properties
    if kind == "incident":
        group = _CATEGORY_GROUP.get(str(props.get("category", "")), "")
        return "bh-incident-" + (group.lower().replace(" ", "-") or "other")
    if kind == "patrol_area" and props.get("area_type") in KIND_STYLES:
        return f"bh-{props['area_type']}"
    if kind == "ceasefire_line" and props.get("line_type") == "boundary":
        return "bh-boundary"
    return f"bh-{kind}"


def _write_styles(document: Element) -> None:
    for key, (line, fill, width) in KIND_STYLES.items():
        style = _sub(document, "Style", id=f"bh-{key}")
        icon = _sub(style, "IconStyle")
        _sub(icon, "color", _colour(line))
        _sub(icon, "scale", "1.0")
        line_style = _sub(style, "LineStyle")
        _sub(line_style, "color", _colour(line))
        _sub(line_style, "width", f"{width:g}")
        poly = _sub(style, "PolyStyle")
        _sub(poly, "color", _colour(fill or line, _AREA_FILL_OPACITY if fill else 0.0))
        _sub(poly, "fill", "1" if fill else "0")
        _balloon(style)
    groups = dict(GROUP_COLOURS)
    groups["other"] = FALLBACK_COLOUR
    for group, colour in groups.items():
        style = _sub(document, "Style", id="bh-incident-" + group.lower().replace(" ", "-"))
        icon = _sub(style, "IconStyle")
        _sub(icon, "color", _colour(colour))
        _sub(_sub(style, "LabelStyle"), "scale", "0.8")
        _balloon(style)


def _map_item_style(placemark: Element, feature: Feature) -> None:
    """A map item's own colour, inline: its type's colour when it has none of its own."""
    props = feature.properties
    shape = "point"
    if isinstance(feature.geometry, LineString | MultiLineString):
        shape = "line"
    elif isinstance(feature.geometry, Polygon | MultiPolygon):
        shape = "area"
    colour = map_item_colour(str(props.get("item_type", "")), str(props.get("colour") or ""), shape)
    style = _sub(placemark, "Style")
    _sub(_sub(style, "IconStyle"), "color", _colour(colour))
    line = _sub(style, "LineStyle")
    _sub(line, "color", _colour(colour))
    _sub(line, "width", "3")
    _sub(_sub(style, "PolyStyle"), "color", _colour(colour, _AREA_FILL_OPACITY))
    _balloon(style)


def _balloon(style: Element) -> None:
    # The balloon shows only our description, which is built from HTML-escaped text: Google
    # Earth renders balloon text as HTML, so a partner's "<script>" must arrive as text.
    _sub(_sub(style, "BalloonStyle"), "text", "$[description]")


def _coords(points: Iterable[tuple[float, ...]]) -> str:
    return " ".join(f"{format_coord(p[0])},{format_coord(p[1])}" for p in points)


def _write_geometry(parent: Element, geometry: BaseGeometry) -> None:
    if isinstance(geometry, Point):
        _sub(_sub(parent, "Point"), "coordinates", _coords([(geometry.x, geometry.y)]))
    elif isinstance(geometry, LineString | LinearRing):
        line = _sub(parent, "LineString")
        _sub(line, "tessellate", "1")
        _sub(line, "coordinates", _coords(geometry.coords))
    elif isinstance(geometry, Polygon):
        polygon = _sub(parent, "Polygon")
        _sub(polygon, "tessellate", "1")
        outer = _sub(_sub(polygon, "outerBoundaryIs"), "LinearRing")
        _sub(outer, "coordinates", _coords(geometry.exterior.coords))
        for hole in geometry.interiors:
            inner = _sub(_sub(polygon, "innerBoundaryIs"), "LinearRing")
            _sub(inner, "coordinates", _coords(hole.coords))
    elif isinstance(geometry, MultiPoint | MultiLineString | MultiPolygon):
        multi = _sub(parent, "MultiGeometry")
        for part in geometry.geoms:
            _write_geometry(multi, part)


#: Which fields drive Google Earth's time slider, per kind: (begin, end) or (stamp, None).
_TIME_FIELDS = {
    "incident": ("occurred_start", "occurred_end"),
    "position_report": ("observed_at", None),
    "patrol": ("planned_start", "planned_end"),
    "patrol_area": ("valid_from", "valid_to"),
    "ceasefire_line": ("valid_from", "valid_to"),
}


def _write_time(placemark: Element, props: Mapping[str, Any]) -> None:
    kind = str(props.get("kind", ""))
    fields = _TIME_FIELDS.get(kind)
    if fields is None:
        return
    begin, end = props.get(fields[0]), props.get(fields[1]) if fields[1] else None
    if begin and (kind == "position_report" or (kind == "incident" and not end)):
        _sub(_sub(placemark, "TimeStamp"), "when", str(begin))
    elif begin or end:
        span = _sub(placemark, "TimeSpan")
        if begin:
            _sub(span, "begin", str(begin))
        if end:
            _sub(span, "end", str(end))


_SUMMARY_FIELDS = (
    "classification", "releasable_to", "category", "severity", "occurred_start", "status",
    "area_type", "line_type", "nation", "callsign", "sidc", "planned_start", "party_left",
    "party_right", "agreement", "fatalities", "description", "findings", "task", "item_type",
    "notes",
)  # fmt: skip


def _description(feature: Feature) -> str:
    """An HTML balloon made only of escaped values; the label comes first, as on screen."""
    rows = []
    for key in _SUMMARY_FIELDS:
        value = feature.properties.get(key)
        if value is None or value == "" or value == [] or (key == "fatalities" and not value):
            continue
        text = html.escape(property_text(value) or "")
        rows.append(f"<tr><th>{html.escape(key)}</th><td>{text}</td></tr>")
    title = html.escape(feature.name)
    return f"<h3>{title}</h3><table>{''.join(rows)}</table>"


def build_kml(
    records: Iterable[Record], job: Job, title: str = "Blue Helmet COP"
) -> tuple[bytes, int]:
    """The KML document for ``records`` and how many placemarks it holds."""
    root = Element("kml", {"xmlns": KML_NS})
    document = _sub(root, "Document")
    _sub(document, "name", title)
    _sub(document, "open", "1")
    _write_styles(document)
    folders: dict[str, Element] = {}
    count = 0
    for feature in record_features(records, job):
        props = feature.properties
        kind = str(props["kind"])
        folder = folders.get(kind)
        if folder is None:
            folder = folders[kind] = Element("Folder")
            _sub(folder, "name", FOLDERS.get(kind, kind))
        placemark = _sub(folder, "Placemark")
        _sub(placemark, "name", feature.name)
        if kind == "unit" and feature.geometry is None:
            _sub(placemark, "visibility", "0")
        _sub(placemark, "description", _description(feature))
        _write_time(placemark, props)
        _sub(placemark, "styleUrl", "#" + _style_id(feature))
        if kind == "map_item":
            _map_item_style(placemark, feature)
        # Data/value pairs, not SchemaData: GDAL (QGIS) loses SchemaData fields in a KMZ.
        # Empty text is left out; the record's default is "" anyway.
        extended = _sub(placemark, "ExtendedData")
        for key, value in props.items():
            text = property_text(value)
            if text:
                _sub(_sub(extended, "Data", name=key), "value", text)
        if feature.geometry is not None:
            _write_geometry(placemark, feature.geometry)
        count += 1
        if count % 500 == 0:
            job.report(count)
    for kind in sorted(folders, key=lambda k: list(FOLDERS).index(k) if k in FOLDERS else 99):
        document.append(folders[kind])
    # Tags are written plain under one default namespace declared on the root; no icon
    # references (Google Earth's default pushpin takes the style's colour), so nothing remote.
    ET.indent(root, space=" ")
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data, count


class KmlWriter:
    name = "kml"
    label = "KML / Google Earth"
    suffixes: tuple[str, ...] = (".kml",)

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        data, count = build_kml(records, job, title=out.stem)
        with atomic_file(out, 0o644) as handle:
            handle.write(data)
        job.report(count, count)
        return count


class KmzWriter:
    name = "kmz"
    label = "KMZ / Google Earth (zipped)"
    suffixes: tuple[str, ...] = (".kmz",)

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        data, count = build_kml(records, job, title=out.stem)
        with (
            atomic_file(out, 0o644) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf,
        ):
            zf.writestr("doc.kml", data)
        job.report(count, count)
        return count


register_reader(KmlReader())
register_reader(KmzReader())
register_writer(KmlWriter())
register_writer(KmzWriter())
