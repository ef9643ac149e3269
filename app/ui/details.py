"""The Details panel: the selected record in the user's terms, as escaped HTML.

Title, symbol and narrative first; then the fields in the order and with the labels of the
record's form (``app.ui.editing.forms.FORM_SPECS``): times as DTG, positions as MGRS (with
DMS), category and choice keys as their labels, references as names, the unit's symbol drawn
as a symbol rather than its code. Technical fields (id, origin, version, times of the record's
own life, hash, raw coordinates and SIDC) sit under a folded "Technical details" link.
After an undo or a partner's package removes the record shown, the panel says so instead of
showing what is gone. Every record value goes through ``html.escape``.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain import map_items
from app.domain.coords import format_dms, format_dtg, parse_utc, to_mgrs
from app.domain.labels import category_labels, label, map_item_type_label
from app.domain.records import Record
from app.domain.serialize import record_to_dict
from app.domain.sidc import describe_sidc
from app.errors import AppError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.sync_state import node_authors
from app.ui.editing.forms import FORM_SPECS, FieldSpec, choice_text, form_text
from app.ui.editing.language_field import badge_hint, language_badge
from app.ui.own_unit import own_unit_name

#: Fields under "Technical details", in this order.
TECHNICAL = ("id", "origin", "version", "created_at", "updated_at", "deleted", "content_hash")
#: Fields never listed (drawn on the map, or shown elsewhere in the panel).
_NOT_LISTED = {"kind", "geometry", "track", "title", "description", "attachments"}
_KIND_LABELS = {
    "incident": QT_TRANSLATE_NOOP("DetailsPanel", "Incident"),
    "unit": QT_TRANSLATE_NOOP("DetailsPanel", "Unit"),
    "position_report": QT_TRANSLATE_NOOP("DetailsPanel", "Position report"),
    "patrol_area": QT_TRANSLATE_NOOP("DetailsPanel", "Area"),
    "patrol": QT_TRANSLATE_NOOP("DetailsPanel", "Patrol"),
    "ceasefire_line": QT_TRANSLATE_NOOP("DetailsPanel", "Line"),
    "map_item": QT_TRANSLATE_NOOP("DetailsPanel", "Map item"),
}
#: What the panel says when the record shown is gone, per kind (French nouns have genders).
_REMOVED = {
    "incident": QT_TRANSLATE_NOOP(
        "DetailsPanel", "The incident shown here was removed (undone or deleted)."
    ),
    "unit": QT_TRANSLATE_NOOP(
        "DetailsPanel", "The unit shown here was removed (undone or deleted)."
    ),
    "position_report": QT_TRANSLATE_NOOP(
        "DetailsPanel", "The position report shown here was removed (undone or deleted)."
    ),
    "patrol_area": QT_TRANSLATE_NOOP(
        "DetailsPanel", "The area shown here was removed (undone or deleted)."
    ),
    "patrol": QT_TRANSLATE_NOOP(
        "DetailsPanel", "The patrol shown here was removed (undone or deleted)."
    ),
    "ceasefire_line": QT_TRANSLATE_NOOP(
        "DetailsPanel", "The line shown here was removed (undone or deleted)."
    ),
    "map_item": QT_TRANSLATE_NOOP(
        "DetailsPanel", "The map item shown here was removed (undone or deleted)."
    ),
}
#: Affiliations and symbol sets of a SIDC (``app.domain.sidc``), as the panel names them.
_SIDC_WORDS = {
    "pending": QT_TRANSLATE_NOOP("SidcWords", "pending"),
    "unknown": QT_TRANSLATE_NOOP("SidcWords", "unknown"),
    "assumed_friend": QT_TRANSLATE_NOOP("SidcWords", "assumed friend"),
    "friend": QT_TRANSLATE_NOOP("SidcWords", "friend"),
    "neutral": QT_TRANSLATE_NOOP("SidcWords", "neutral"),
    "suspect": QT_TRANSLATE_NOOP("SidcWords", "suspect"),
    "hostile": QT_TRANSLATE_NOOP("SidcWords", "hostile"),
    "joker": QT_TRANSLATE_NOOP("SidcWords", "joker"),
    "faker": QT_TRANSLATE_NOOP("SidcWords", "faker"),
    "air": QT_TRANSLATE_NOOP("SidcWords", "air"),
    "air_missile": QT_TRANSLATE_NOOP("SidcWords", "air missile"),
    "space": QT_TRANSLATE_NOOP("SidcWords", "space"),
    "space_missile": QT_TRANSLATE_NOOP("SidcWords", "space missile"),
    "land_unit": QT_TRANSLATE_NOOP("SidcWords", "land unit"),
    "land_civilian": QT_TRANSLATE_NOOP("SidcWords", "land civilian"),
    "land_equipment": QT_TRANSLATE_NOOP("SidcWords", "land equipment"),
    "land_installation": QT_TRANSLATE_NOOP("SidcWords", "land installation"),
    "control_measure": QT_TRANSLATE_NOOP("SidcWords", "control measure"),
    "dismounted_individual": QT_TRANSLATE_NOOP("SidcWords", "dismounted individual"),
    "sea_surface": QT_TRANSLATE_NOOP("SidcWords", "sea surface"),
    "sea_subsurface": QT_TRANSLATE_NOOP("SidcWords", "sea subsurface"),
    "mine_warfare": QT_TRANSLATE_NOOP("SidcWords", "mine warfare"),
    "activity": QT_TRANSLATE_NOOP("SidcWords", "activity"),
    "special_operations": QT_TRANSLATE_NOOP("SidcWords", "special operations"),
    "other": QT_TRANSLATE_NOOP("SidcWords", "other"),
    "symbol": QT_TRANSLATE_NOOP("SidcWords", "symbol"),
}
#: The record's own life, under "Technical details".
_LIFE_FIELDS = (
    ("version", QT_TRANSLATE_NOOP("DetailsPanel", "Version")),
    ("created_at", QT_TRANSLATE_NOOP("DetailsPanel", "Created at")),
    ("updated_at", QT_TRANSLATE_NOOP("DetailsPanel", "Updated at")),
    ("content_hash", QT_TRANSLATE_NOOP("DetailsPanel", "Content hash")),
)
_KEY = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)+")
_SYMBOL_URL = "bh-symbol://selected"
_TECHNICAL_LINK = "bh:technical"
#: Affiliation → (frame fill, frame shape) as in APP-6 / MIL-STD-2525 (light fills).
_FRAMES = {
    "friend": ("#80e0ff", "rectangle"),
    "assumed_friend": ("#80e0ff", "rectangle"),
    "neutral": ("#aaffaa", "square"),
    "hostile": ("#ff8080", "diamond"),
    "suspect": ("#ff8080", "diamond"),
    "joker": ("#ff8080", "diamond"),
    "faker": ("#ff8080", "diamond"),
}


@dataclass
class Lookups:
    """What turns keys and ids into words: names of records, category labels, who we are."""

    names: dict[str, str] = field(default_factory=dict)
    categories: dict[str, str] = field(default_factory=dict)
    category_colours: dict[str, str] = field(default_factory=dict)
    #: This installation's origin string and the unit name it stands for.
    own_origin: str = ""
    own_unit: str = ""

    def origin(self, origin: str) -> str:
        if origin and origin == self.own_origin:
            if self.own_unit:
                return translate("DetailsPanel", "{unit} (this installation)").format(
                    unit=self.own_unit
                )
            return translate("DetailsPanel", "this installation")
        return self.names.get(origin, origin)


def lookups_for(store: Any) -> Lookups:
    """Names, category labels and this installation's unit, read from ``store``."""
    from maps.styles import category_colour

    names = dict(store.unit_names())
    # A partner installation without a unit identity writes ``install-<node>`` as the origin:
    # its signed versions told us which unit's key makes that node's versions.
    for node, (_author, unit) in node_authors(store).items():
        names.setdefault(f"install-{node}", unit)
    for kind in ("patrol_area", "ceasefire_line"):
        for record in store.query(kind):
            names[record.id] = getattr(record, "name", record.id)
    categories = store.categories()
    return Lookups(
        names=names,
        categories=category_labels(categories),
        category_colours={c.key: category_colour(c) for c in categories},
        own_origin=store.origin,
        own_unit=own_unit_name(),
    )


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    """``text`` (marked elsewhere with QT_TRANSLATE_NOOP) in the reader's language."""
    return translate("DetailsPanel", text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def human(key: str) -> str:
    """``heavy_machine_gun`` → "Heavy machine gun"."""
    return key.replace("_", " ").strip().capitalize()


def _specs(kind: str) -> list[FieldSpec]:
    return [spec for section in FORM_SPECS.get(kind, ()) for spec in section.fields]


def _dtg(value: Any) -> str:
    try:
        moment = parse_utc(value) if isinstance(value, str) else value
        return format_dtg(moment)
    except Exception:  # not a time after all: show it as it is
        return str(value)


def _number(value: Any) -> str:
    """A count or measure written the reader's way (« 2 000 », "2,000"; « 12,5 », "12.5")."""
    locale = QLocale()
    if isinstance(value, float):
        decimals = 0 if value.is_integer() else 1
        return locale.toString(value, "f", decimals)
    return locale.toString(value) if isinstance(value, int) else str(value)


def _value(spec: FieldSpec, value: Any, lookups: Lookups) -> str:
    """One field's value as the user reads it (plain text, escaped by the caller)."""
    if spec.name == "sidc":
        return _sidc_words(str(value))
    if spec.name == "category":
        return lookups.categories.get(value, human(str(value)))
    if spec.name == "item_type" and value in map_items.MAP_ITEM_TYPES:
        return map_item_type_label(value)
    if spec.widget == "time":
        return _dtg(value)
    if spec.widget == "ref":
        return lookups.names.get(
            value, QCoreApplication.translate("DetailsPanel", "(not in this mission)")
        )
    if spec.widget == "choice" and spec.vocabulary:
        return choice_text(spec, value)
    if spec.widget == "choice" and spec.choices:
        labels = dict(spec.choices)
        return choice_text(spec, value, str(labels.get(value, human(str(value)))))
    if spec.widget == "choice" or (isinstance(value, str) and _KEY.fullmatch(value)):
        # Keys such as ``heavy_machine_gun`` read as words; labels (UNCLASSIFIED) stay.
        return human(value) if isinstance(value, str) and _KEY.fullmatch(value) else str(value)
    if spec.widget in ("number", "count"):
        text = _number(value)
        return f"{text} {form_text(spec.suffix)}".strip() if spec.suffix else text
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _sidc_words(code: str) -> str:
    try:
        info = describe_sidc(code)
    except AppError:
        return code

    def word(key: str) -> str:
        english = _SIDC_WORDS.get(key)
        if english is None:
            return key.replace("_", " ")
        return QCoreApplication.translate("SidcWords", english)

    parts = {
        "affiliation": word(info.affiliation or "unknown"),
        "echelon": label("echelon", info.echelon) if info.echelon else "",
        "headquarters": QCoreApplication.translate("SidcWords", "headquarters")
        if info.is_headquarters
        else "",
        "symbol_set": word(info.symbol_set or "symbol"),
    }
    # The order of the words is the language's: "friend battalion land unit",
    # « unité terrestre · amie · bataillon ». Parts left empty leave no gap.
    text = QCoreApplication.translate(
        "SidcWords", "{affiliation} {echelon} {headquarters} {symbol_set}"
    ).format(**parts)
    pieces = [" ".join(piece.split()) for piece in text.split(" · ")]
    return _capital(" · ".join(piece for piece in pieces if piece))


def _badge(data: dict[str, Any]) -> str:
    """The language of the record's free text beside its title, when not the reader's."""
    tag = str(data.get("text_lang") or "")
    badge = language_badge(tag)
    if not badge:
        return ""
    hint = html.escape(badge_hint(tag), quote=True)
    return f" <small style='color:#555' title='{hint}'>[{html.escape(badge)}]</small>"


def record_html(
    record: Record, lookups: Lookups | None = None, *, technical_open: bool = False
) -> str:
    """The record as the Details panel shows it; every value goes through html.escape."""
    lookups = lookups or Lookups()
    data = record_to_dict(record)
    esc = html.escape
    title = (
        data.get("title")
        or data.get("designation")
        or data.get("name")
        or translate("DetailsPanel", "(untitled)")
    )
    kind = _kind_label(record.KIND)
    if record.KIND == "incident":
        kind = f"{kind} · {lookups.categories.get(data.get('category', ''), '')}".rstrip(" ·")
    elif record.KIND in ("patrol_area", "ceasefire_line"):
        sort = data.get("area_type") or data.get("line_type")
        if sort:
            vocabulary = "area_type" if record.KIND == "patrol_area" else "line_type"
            kind = _capital(label(vocabulary, sort))
    elif record.KIND == "map_item":
        known = map_items.MAP_ITEM_TYPES.get(str(data.get("item_type", "")))
        shape = _shape_words(data.get("geometry"))
        item_type = str(data.get("item_type", ""))
        sort = map_item_type_label(item_type) if known else human(item_type)
        kind = translate("DetailsPanel", "Map item") + f" · {sort}"
        kind += f" · {shape}" if shape else ""
    parts = [
        "<table cellspacing='0' cellpadding='0' width='100%'><tr>"
        f"<td valign='middle'><h3 style='margin:0'>{esc(str(title))}{_badge(data)}</h3>"
        f"<span style='color:#555'>{esc(kind)}</span></td>"
        f"<td valign='middle' align='right' width='50'><img src='{_SYMBOL_URL}'></td>"
        "</tr></table>"
    ]
    narrative = data.get("description") or data.get("findings")
    if narrative:
        parts.append(f"<p style='white-space:pre-wrap'>{esc(str(narrative))}</p>")
    rows: list[tuple[str, str]] = []
    listed = set(_NOT_LISTED) | set(TECHNICAL)
    for spec in _specs(record.KIND):
        listed.add(spec.name)
        if spec.name in ("findings",):
            continue
        if spec.widget == "location":
            if "lat" in data and "lon" in data:
                where = _location(data["lat"], data["lon"])
                precision = data.get("precision_m") or data.get("accuracy_m")
                if precision:
                    where = f"{where} (± {_number(precision)} m)"
                rows.append((translate("DetailsPanel", "Location"), where))
            listed.update({"lat", "lon", "precision_m", "accuracy_m"})
            continue
        if spec.widget == "geometry" and record.KIND == "map_item":
            where = _map_item_where(data.get("geometry"))
            if where:
                rows.append((translate("DetailsPanel", "Where"), where))
            continue
        if spec.widget == "geometry" or spec.name in _NOT_LISTED:
            continue
        value = data.get(spec.name)
        if value in (None, "", [], ()) or (spec.widget == "count" and value == 0):
            continue
        if spec.name == "precision_m":
            continue
        name = translate("DetailsPanel", "Symbol") if spec.name == "sidc" else form_text(spec.label)
        rows.append((name, _value(spec, value, lookups)))
    for key, value in data.items():
        if key in listed or value in (None, "", [], ()):
            continue
        rows.append((human(key), _value(FieldSpec(key, human(key)), value, lookups)))
    if data.get("attachments"):
        rows.append(
            (
                translate("DetailsPanel", "Attachments"),
                translate("DetailsPanel", "%n file(s)", None, len(data["attachments"])),
            )
        )
    parts.append(_table(rows))
    parts.append(_technical(record, data, lookups, technical_open))
    return "".join(parts)


def _shape_words(geometry: Any) -> str:
    """ "point", "line, 12 vertices", "area, 5 vertices" for a GeoJSON geometry."""
    if not isinstance(geometry, dict):
        return ""
    kind = str(geometry.get("type", ""))
    count = _vertices(geometry.get("coordinates"))
    if kind in ("Point", "MultiPoint"):
        return (
            translate("DetailsPanel", "point")
            if kind == "Point"
            else translate("DetailsPanel", "%n points", None, count)
        )
    if kind in ("LineString", "MultiLineString"):
        return translate("DetailsPanel", "line, %n vertices", None, count)
    if kind in ("Polygon", "MultiPolygon"):
        return translate("DetailsPanel", "area, %n vertices", None, count)
    return ""


def _vertices(coordinates: Any) -> int:
    if not isinstance(coordinates, list | tuple) or not coordinates:
        return 0
    if isinstance(coordinates[0], int | float):
        return 1
    return sum(_vertices(part) for part in coordinates)


def _map_item_where(geometry: Any) -> str:
    """A point's position as MGRS and DMS; a line's or area's start."""
    if not isinstance(geometry, dict):
        return ""
    coordinates: Any = geometry.get("coordinates")
    while (
        isinstance(coordinates, list | tuple)
        and coordinates
        and isinstance(coordinates[0], list | tuple)
    ):
        coordinates = coordinates[0]
    if not isinstance(coordinates, list | tuple) or len(coordinates) < 2:
        return ""
    where = _location(float(coordinates[1]), float(coordinates[0]))
    if geometry.get("type") == "Point":
        return where
    return translate("DetailsPanel", "from {where}").format(where=where)


def _location(lat: float, lon: float) -> str:
    try:
        return f"{to_mgrs(lat, lon, 5)}  ·  {format_dms(lat, lon)}"
    except Exception:  # off the MGRS grid (poles)
        return format_dms(lat, lon)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td valign='top' style='padding:1px 12px 1px 0;color:#555'>{html.escape(label)}"
        f"</td><td valign='top' style='padding:1px 0'>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='0'>{cells}</table>"


def _technical(record: Record, data: dict[str, Any], lookups: Lookups, open_: bool) -> str:
    arrow = "▾" if open_ else "▸"
    words = html.escape(translate("DetailsPanel", "Technical details"))
    link = f"<p><a href='{_TECHNICAL_LINK}'>{arrow} {words}</a></p>"
    if not open_:
        return link
    rows = [
        (translate("DetailsPanel", "Kind"), record.KIND),
        (translate("DetailsPanel", "Id"), record.id),
    ]
    if data.get("origin"):
        rows.append(
            (
                translate("DetailsPanel", "Origin"),
                f"{lookups.origin(data['origin'])} [{data['origin']}]",
            )
        )
    for key, name in _LIFE_FIELDS:
        if data.get(key):
            value = data[key]
            if key.endswith("_at"):
                value = f"{_dtg(value)} ({value})"
            rows.append((_tr(name), str(value)))
    rows.append(
        (
            translate("DetailsPanel", "Deleted"),
            translate("DetailsPanel", "yes")
            if data.get("deleted")
            else translate("DetailsPanel", "no"),
        )
    )
    if "lat" in data and "lon" in data:
        rows.append(
            (
                translate("DetailsPanel", "Latitude, longitude"),
                f"{data['lat']:.6f}, {data['lon']:.6f}",
            )
        )
    if data.get("sidc"):
        rows.append(("SIDC", str(data["sidc"])))
    if data.get("geometry"):
        rows.append((translate("DetailsPanel", "Geometry"), json.dumps(data["geometry"])[:400]))
    return link + _table(rows)


def _kind_label(kind: str) -> str:
    english = _KIND_LABELS.get(kind)
    return _tr(english) if english else human(kind)


def symbol_image(record: Record, lookups: Lookups, size: int = 44) -> QImage:
    """The record's map symbol: the unit's affiliation frame, the incident's coloured dot, the
    line or area's stroke."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        pen = QPen(QColor("#000000"), 2)
        painter.setPen(pen)
        sidc = getattr(record, "sidc", None)
        if record.KIND == "map_item":
            _draw_map_item(painter, record, size)
        elif sidc:
            _draw_frame(painter, sidc, size, getattr(record, "role", ""))
        elif record.KIND == "incident":
            colour = lookups.category_colours.get(getattr(record, "category", ""), "#546e7a")
            severity = int(getattr(record, "severity", 3) or 3)
            radius = size * (0.22 + 0.05 * severity)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QPointF(size / 2, size / 2), radius / 1.2, radius / 1.2)
        elif record.KIND == "ceasefire_line":
            painter.setPen(QPen(QColor("#b71c1c"), 4, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(3, size * 0.7), QPointF(size - 3, size * 0.3))
        else:
            painter.setPen(QPen(QColor("#1565c0"), 3))
            painter.setBrush(QColor(21, 101, 192, 50))
            painter.drawRect(QRectF(5, 9, size - 10, size - 18))
    finally:
        painter.end()
    return image


def _draw_map_item(painter: QPainter, record: Record, size: int) -> None:
    """The item as the map draws it: a diamond, a stroke or a dashed outline in its colour."""
    from maps.styles import map_item_colour

    geometry_type = getattr(getattr(record, "geometry", None), "geom_type", "Point")
    shape = {"LineString": "line", "MultiLineString": "line", "Polygon": "area",
             "MultiPolygon": "area"}.get(geometry_type, "point")  # fmt: skip
    colour = QColor(
        map_item_colour(getattr(record, "item_type", ""), getattr(record, "colour", ""), shape)
    )
    c = size / 2
    if shape == "line":
        painter.setPen(QPen(colour, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(4, size * 0.72), QPointF(size - 4, size * 0.28))
    elif shape == "area":
        painter.setPen(QPen(colour, 2.5, Qt.PenStyle.DashLine))
        fill = QColor(colour)
        fill.setAlpha(45)
        painter.setBrush(fill)
        painter.drawRect(QRectF(5, 9, size - 10, size - 18))
    else:
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(colour)
        r = size * 0.3
        points = [QPointF(c, c - r * 1.25), QPointF(c + r, c), QPointF(c, c + r * 1.25),
                  QPointF(c - r, c)]  # fmt: skip
        painter.drawPolygon(QPolygonF(points))


def _draw_frame(painter: QPainter, sidc: str, size: int, role: str) -> None:
    try:
        affiliation = describe_sidc(sidc).affiliation or "unknown"
    except AppError:
        affiliation = "unknown"
    fill, shape = _FRAMES.get(affiliation, ("#ffff80", "clover"))
    painter.setBrush(QColor(fill))
    c = size / 2
    if shape == "rectangle":
        frame = QRectF(3, size * 0.22, size - 6, size * 0.56)
        painter.drawRect(frame)
    elif shape == "square":
        frame = QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7)
        painter.drawRect(frame)
    elif shape == "diamond":
        points = [QPointF(c, 2), QPointF(size - 2, c), QPointF(c, size - 2), QPointF(2, c)]
        painter.drawPolygon(QPolygonF(points))
        frame = QRectF(size * 0.28, size * 0.28, size * 0.44, size * 0.44)
    else:
        path = QPainterPath()
        for dx, dy in ((0, -0.2), (0.2, 0), (0, 0.2), (-0.2, 0)):
            path.addEllipse(QPointF(c + dx * size, c + dy * size), size * 0.22, size * 0.22)
        painter.drawPath(path.simplified())
        frame = QRectF(size * 0.28, size * 0.28, size * 0.44, size * 0.44)
    if role in ("infantry", "") or role is None:
        # The infantry cross, the commonest unit on a peacekeeping map.
        painter.drawLine(frame.topLeft(), frame.bottomRight())
        painter.drawLine(frame.bottomLeft(), frame.topRight())


class DetailsPanel(QTextBrowser):
    """Shows one record; ``reload`` follows it through edits, undo and imports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setPlaceholderText(
            self.tr("Select an incident, unit, area, line or map item to see its details.")
        )
        self.anchorClicked.connect(self._link_clicked)
        self.shown: tuple[str, str] | None = None
        self.technical_open = False
        self._record: Record | None = None
        self._lookups = Lookups()

    def show_record(self, record: Record, lookups: Lookups | dict[str, str] | None = None) -> None:
        if isinstance(lookups, dict) or lookups is None:
            lookups = Lookups(names=dict(lookups or {}))
        if self.shown != (record.KIND, record.id):
            self.technical_open = False
        self.shown = (record.KIND, record.id)
        self._record, self._lookups = record, lookups
        self._render()

    def clear_record(self, message: str = "") -> None:
        self.shown = None
        self._record = None
        self.clear()
        if message:
            self.setHtml(f"<p style='color:#555'><i>{html.escape(message)}</i></p>")

    def show_again(self, store: Any) -> None:
        """Show the record again as the store now has it; say so when it is gone."""
        if self.shown is None or store is None:
            return
        kind, record_id = self.shown
        try:
            record = store.get(kind, record_id)
        except AppError:
            record = None
        if record is None or record.deleted:
            removed = _REMOVED.get(kind)
            self.clear_record(
                _tr(removed)
                if removed
                else translate(
                    "DetailsPanel", "The record shown here was removed (undone or deleted)."
                )
            )
            return
        self.show_record(record, lookups_for(store))

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        if QUrl(url).toString() == _SYMBOL_URL and self._record is not None:
            return symbol_image(self._record, self._lookups)
        return super().loadResource(kind, url)

    def _render(self) -> None:
        if self._record is None:
            return
        self.setHtml(record_html(self._record, self._lookups, technical_open=self.technical_open))

    def _link_clicked(self, url: QUrl) -> None:
        if url.toString() == _TECHNICAL_LINK:
            self.technical_open = not self.technical_open
            scroll = self.verticalScrollBar().value()
            self._render()
            self.verticalScrollBar().setValue(scroll)
