"""The picture service: reads the mission store and hands map documents their data.

This is the one place that knows both the store and ``maps``: the GUI's map view, the
``render`` command and exports all get their payloads here, so every output shows the same
picture. The payload format is documented in docs/map-page.md.
"""

from __future__ import annotations

import json
import sys
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import shapely
from shapely.geometry import mapping

from app.domain import map_items
from app.domain.coords import format_utc
from app.domain.geo import buffer_metres
from app.domain.labels import category_label
from app.domain.records import Patrol
from app.store import MissionStore
from app.store.settings import read_settings
from maps.document import script_json
from maps.styles import GROUP_COLOURS, category_colour, map_item_colour

#: The most fixes of one unit's track the map draws: its latest ones. A live feed adds a fix
#: every few seconds per unit, for hours; the mission keeps every fix (history, exports,
#: ``bluehelmet`` reports), the map shows the recent part, and holds no more as a feed runs.
TRACK_FIXES_SHOWN = 1_000
#: A span the store can count back from the latest fix (``track_fixes(recent=…)``), for a
#: "last 24 hours" tracks layer. Not the map's default: the briefing time slider filters the
#: fixes the page holds, so a map holding only the last day would show no tracks when the
#: slider is moved to an earlier day; the per-unit cap bounds the layer instead.
TRACK_SPAN = timedelta(hours=24)
#: Where the feeds keep units awaiting confirmation (unit id → feed name; app.feeds.awaiting).
AWAITING_KEY = "feeds.awaiting"

#: The payload keys that are map layers' data; ``updateData`` replaces only those given.
DATA_KEYS = (
    "incidents", "units", "tracks", "areas", "patrols", "lines", "buffers", "map_items",
)  # fmt: skip


@dataclass(frozen=True)
class IncidentFilter:
    """What the incident table and the map agree to show."""

    start: datetime | None = None
    end: datetime | None = None
    categories: tuple[str, ...] | None = None
    severities: tuple[int, ...] | None = None
    statuses: tuple[str, ...] | None = None
    unit_id: str | None = None
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None

    def query_args(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "categories": self.categories,
            "severities": self.severities,
            "statuses": self.statuses,
            "unit_id": self.unit_id,
            "text": self.text or None,
            "bbox": self.bbox,
        }


@dataclass
class Picture:
    """Everything a map page shows, ready to serialise."""

    payload: dict[str, Any]
    bounds: tuple[tuple[float, float], tuple[float, float]]
    counts: dict[str, int] = field(default_factory=dict)
    #: Layers already serialised (by SQLite): key → JSON text, spliced in by ``to_json``.
    raw: dict[str, str] = field(default_factory=dict)

    def to_json(self, *, inline: bool = True) -> str:
        """JSON text; ``inline`` escapes it for a <script> element (not needed for fetch())."""
        payload = dict(self.payload)
        if inline:
            payload.update({key: json.loads(text) for key, text in self.raw.items()})
            return payload_json(payload)
        text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
        for key, raw in self.raw.items():
            text = f"{text[:-1]},{json.dumps(key)}:{raw}}}"
        return text


def payload_json(payload: dict[str, Any]) -> str:
    """Compact JSON, safe to place inside a <script> element (no ``</script>`` breakout)."""
    return script_json(payload)


def build_picture(
    store: MissionStore,
    incident_filter: IncidentFilter | None = None,
    *,
    layers: tuple[str, ...] = DATA_KEYS,
    with_details: bool = False,
    with_titles: bool = True,
) -> Picture:
    """The payload for the given layers (all by default), filtered incidents included.

    ``with_titles=False`` leaves incident titles out (a third of the payload at 100k incidents):
    the app's popups fetch each record whole anyway.
    """
    incident_filter = incident_filter or IncidentFilter()
    payload: dict[str, Any] = {"generatedAt": format_utc(datetime.now(UTC))}
    categories = store.categories()
    payload["categories"] = [
        {
            "key": c.key,
            # The reader's language: a seed category's label translated, a mission's as given.
            "label": category_label(c.key, c.label, labels=dict(c.translations)),
            "group": c.group,
            "color": category_colour(c),
        }
        for c in categories
    ]
    payload["groups"] = [{"name": name, "color": colour} for name, colour in GROUP_COLOURS.items()]
    builders = {
        "incidents": lambda: _incidents(
            store, categories, incident_filter, with_details, with_titles
        ),
        "units": lambda: _units(store),
        "tracks": lambda: _tracks(store, incident_filter),
        "areas": lambda: _areas(store),
        "patrols": lambda: _patrols(store),
        "lines": lambda: _lines(store),
        "buffers": lambda: _buffers(store),
        "map_items": lambda: _map_items(store),
    }
    counts: dict[str, int] = {}
    raw: dict[str, str] = {}
    if "incidents" in layers and not with_titles and not with_details:
        # The app's map layer: built as JSON inside SQLite (the 100k-incident fast path).
        raw["incidents"], counts["incidents"] = store.incident_map_json(
            **incident_filter.query_args()
        )
        layers = tuple(k for k in layers if k != "incidents")
    for key in layers:
        payload[key] = builders[key]()
        data = payload[key]
        if isinstance(data, dict) and "features" in data:
            counts[key] = len(data["features"])
        elif isinstance(data, dict):
            counts[key] = len(data["id"])
        else:
            counts[key] = len(data)
    return Picture(payload, mission_bounds(store), counts, raw)


def mission_bounds(store: MissionStore) -> tuple[tuple[float, float], tuple[float, float]]:
    """[[south, west], [north, east]]: the mission's area of operations where one is set, else
    around everything with a location (the whole world if nothing has one)."""
    area = read_settings(store).area_bounds()
    if area is not None:
        west, south, east, north = area
        return ((south, west), (north, east))
    boxes = [
        box
        for kind in ("incident", "position_report", "patrol_area", "ceasefire_line", "map_item")
        if (box := store.live_extent(kind)) is not None
    ]
    if not boxes:
        return ((-60.0, -180.0), (75.0, 180.0))
    west = min(b[0] for b in boxes)
    south = min(b[1] for b in boxes)
    east = max(b[2] for b in boxes)
    north = max(b[3] for b in boxes)
    return ((south, west), (north, east))


def _incidents(
    store, categories, incident_filter: IncidentFilter, with_details: bool, with_titles: bool
):
    index = {c.key: i for i, c in enumerate(categories)}
    columns = [
        "id", "title", "category", "occurred_start", "lat", "lon", "severity", "status",
        "weapon_class",
    ]  # fmt: skip
    if with_titles:
        columns.append("text_lang")  # the language each title is written in
    if with_details:
        columns += [
            "description", "actors", "source_reliability", "info_credibility", "fatalities",
            "injured", "reporting_unit_id",
        ]  # fmt: skip
    data = store.incident_columns(columns=columns, ordered=False, **incident_filter.query_args())
    out: dict[str, Any] = {
        "id": data["id"],
        # Six decimals are 11 cm on the ground: plenty for a map, and half the characters.
        "lat": [round(v, 6) for v in data["lat"]],
        "lon": [round(v, 6) for v in data["lon"]],
        "cat": [index.get(key, -1) for key in data["category"]],
        "sev": data["severity"],
        "time": data["occurred_start"],
        "status": data["status"],
        "weapon": data["weapon_class"],
    }
    if with_titles:
        out["title"] = data["title"]
        if any(data["text_lang"]):  # when any author said
            out["lang"] = data["text_lang"]
    if with_details:
        out["detail"] = {
            "description": data["description"],
            "actors": [json.loads(a) for a in data["actors"]],
            "reliability": data["source_reliability"],
            "credibility": data["info_credibility"],
            "fatalities": data["fatalities"],
            "injured": data["injured"],
            "reportingUnit": data["reporting_unit_id"],
        }
    return out


def awaiting_units(store: MissionStore) -> dict[str, str]:
    """Unit id → name of the feed that brought it, for units awaiting confirmation (the mark
    lives in the mission's meta table; ``app.feeds.awaiting`` sets and clears it)."""
    try:
        data = json.loads(store.meta(AWAITING_KEY) or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _units(store: MissionStore) -> list[dict[str, Any]]:
    positions = store.current_positions()
    awaiting = awaiting_units(store)
    units = store.units()
    names = {u.id: u.short_name or u.designation for u in units}
    result = []
    for unit in units:
        fix = positions.get(unit.id)
        if fix is None:
            continue  # a unit with no reported position has no place on the map
        result.append(
            {
                "id": unit.id,
                "designation": unit.designation,
                "short": unit.short_name or unit.designation,
                "nation": unit.nation,
                "sidc": unit.sidc,
                "echelon": unit.echelon,
                "role": unit.role,
                "callsign": unit.callsign,
                "strength": unit.strength,
                "lat": fix.lat,
                "lon": fix.lon,
                "observedAt": format_utc(fix.observed_at),
                "status": fix.status,
                "parent": names.get(unit.parent_id or "", ""),
                "awaiting": unit.id in awaiting,
            }
        )
    return result


def _tracks(store: MissionStore, incident_filter: IncidentFilter) -> list[dict[str, Any]]:
    """Each unit's latest ``TRACK_FIXES_SHOWN`` fixes within the view's time filter (all time
    when it has none), chosen by the store: only those leave the database, so the layer is
    bounded by the units, not by the months of fixes a mission keeps."""
    fixes = store.track_fixes(
        start=incident_filter.start, end=incident_filter.end, most=TRACK_FIXES_SHOWN
    )
    return tracks_payload(fixes)


def tracks_payload(
    fixes: list[tuple[str, float, float, str]], most: int = TRACK_FIXES_SHOWN
) -> list[dict[str, Any]]:
    """Fixes (by unit then time) as the page's tracks, each unit's latest ``most``; a live
    feed's new fixes go the same way (``MapView.append_positions``, the page keeping the same
    bound), so the page's tracks stay what a full reload would give."""
    tracks: dict[str, list[list[float]]] = {}
    # Observed times, parallel to coords: the page's time slider (bh-time.js) filters fixes.
    times: dict[str, list[str]] = {}
    for unit_id, lat, lon, observed_at in fixes:
        tracks.setdefault(unit_id, []).append([round(lat, 6), round(lon, 6)])
        times.setdefault(unit_id, []).append(observed_at)
    return [
        {"unitId": k, "coords": v[-most:], "time": times[k][-most:]}
        for k, v in tracks.items()
        if len(v) > 1
    ]


def live_positions(
    store: MissionStore,
    fixes: list[tuple[str, float, float, str]],
    *,
    statuses: dict[str, str] | None = None,
    stale: dict[str, str] | None = None,
) -> dict[str, Any]:
    """What a live feed's new position reports change on the map, as one columnar batch
    (``live_batch``): per unit its new fixes (as in ``tracks_payload``, single fixes too), and
    what its marker shows as a full reload would: its operational status (of its latest report,
    from ``statuses``), whether it awaits confirmation, and its CoT stale time (when a feed
    gave one). ``fixes`` are the reports as the feed wrote them, (unit id, lat, lon, observed
    time as stored), in any order: the GUI thread reads none back from the store (at 1,000
    reports a second that read cost more than the rest of the batch)."""
    ordered = sorted(fixes, key=lambda fix: (fix[0], fix[3]))
    return live_batch(ordered, awaiting_units(store), statuses=statuses, stale=stale)


def live_batch(
    fixes: list[tuple[str, float, float, str]],
    awaiting: dict[str, str] | set[str],
    *,
    statuses: dict[str, str] | None = None,
    stale: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Fixes (by unit then time) as the page's live batch (``bhMap.appendPositions``): one
    array per field, so that the page parses a handful of arrays of numbers and short strings
    instead of an object, three arrays and two strings per fix. ``ids``, ``awaiting`` (1/0),
    ``status`` and ``stale`` (null when unknown) have one element per unit; ``unit`` (an index
    into ``ids``), ``lat``, ``lon`` and ``time`` (milliseconds since 1970: the page writes the
    stored form back, ``format_utc``) one per fix, each unit's fixes together and by time."""
    index: dict[str, int] = {}
    batch: dict[str, list[Any]] = {k: [] for k in
                                   ("ids", "awaiting", "status", "stale", "unit", "lat", "lon",
                                    "time")}  # fmt: skip
    for unit_id, lat, lon, observed_at in fixes:
        at = index.get(unit_id)
        if at is None:
            at = index[unit_id] = len(batch["ids"])
            batch["ids"].append(unit_id)
            batch["awaiting"].append(1 if unit_id in awaiting else 0)
            batch["status"].append((statuses or {}).get(unit_id))
            batch["stale"].append((stale or {}).get(unit_id))
        batch["unit"].append(at)
        batch["lat"].append(round(lat, 6))
        batch["lon"].append(round(lon, 6))
        batch["time"].append(_epoch_ms(observed_at))
    return batch


class LiveWire:
    """A page's side of the live batches it was sent (``MapView.append_positions``): each
    batch travels with its units as places in a table of unit ids the page keeps (a new id
    once, ``newIds`` from ``idBase``; ``idBase`` 0 starts the table again), and a unit's status
    and stale time only when they differ from what the page was last sent (null: as before).
    ``restart`` for a new page, or one that lost a batch (bh-live.js, ``resolve``)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.sent: dict[str, tuple[Any, Any]] = {}

    def restart(self) -> None:
        self.ids = {}
        self.sent = {}

    def encode(self, batch: dict[str, Any]) -> dict[str, Any]:
        """``live_batch``'s batch as it travels: ``ids`` become ``units`` (places in the
        table), with ``idBase`` and ``newIds``; ``status`` and ``stale`` keep what changed."""
        base = len(self.ids)
        new_ids: list[str] = []
        places: list[int] = []
        status: list[Any] = []
        stale: list[Any] = []
        for k, unit_id in enumerate(batch["ids"]):
            place = self.ids.get(unit_id)
            if place is None:
                place = self.ids[unit_id] = base + len(new_ids)
                new_ids.append(unit_id)
            places.append(place)
            sent = self.sent.get(unit_id, (None, None))
            now = (batch["status"][k] or sent[0], batch["stale"][k] or sent[1])
            status.append(None if now[0] == sent[0] else now[0])
            stale.append(None if now[1] == sent[1] else now[1])
            self.sent[unit_id] = now
        wire = {k: v for k, v in batch.items() if k not in ("ids", "status", "stale")}
        wire.update(idBase=base, newIds=new_ids, units=places, status=status, stale=stale)
        return wire


def live_wire_bytes(wire: dict[str, Any]) -> bytes:
    """A batch as it travels (``LiveWire.encode``) in binary, read by the page into typed
    arrays (bh-live.js, ``decode``) so that it parses no number and builds no array element:
    a little-endian uint32 header length, the header (UTF-8 JSON: ``n`` fixes, ``m`` units,
    ``idBase``, ``newIds``, and ``status``/``stale`` as {unit: value} for those that changed),
    zeros to a multiple of 8, then float64 ``lat``, ``lon``, ``time`` (n each) and int32
    ``unit`` (n), ``units`` and ``awaiting`` (m each)."""
    n, m = len(wire["unit"]), len(wire["units"])
    header = {
        "n": n,
        "m": m,
        "idBase": wire["idBase"],
        "newIds": wire["newIds"],
        "status": {str(k): v for k, v in enumerate(wire["status"]) if v is not None},
        "stale": {str(k): v for k, v in enumerate(wire["stale"]) if v is not None},
    }
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    head = len(text).to_bytes(4, "little") + text
    head += b"\0" * (-len(head) % 8)
    parts = [head]
    for code, key in (("d", "lat"), ("d", "lon"), ("d", "time"), ("i", "unit"),
                        ("i", "units"), ("i", "awaiting")):  # fmt: skip
        column = array(code, wire[key])
        if sys.byteorder != "little":
            column.byteswap()
        parts.append(column.tobytes())
    return b"".join(parts)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MS = timedelta(milliseconds=1)


def _epoch_ms(stored: str) -> int:
    """A stored time (``format_utc``, millisecond precision) as whole milliseconds since 1970,
    exactly (no float on the way)."""
    moment = datetime.fromisoformat(stored)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // _MS


def _feature(geometry: shapely.Geometry, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": mapping(geometry), "properties": properties}


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


def _lang(tag: str) -> dict[str, str]:
    """The language of a feature's free text, for its popup; nothing when not given."""
    return {"lang": tag} if tag else {}


def _areas(store: MissionStore) -> dict[str, Any]:
    names = store.unit_names()
    return _collection(
        [
            _feature(
                a.geometry,
                {
                    "id": a.id,
                    "name": a.name,
                    "areaType": a.area_type,
                    "status": a.status,
                    "responsible": names.get(a.responsible_unit_id or "", ""),
                    **_lang(a.text_lang),
                },
            )
            for a in store.patrol_areas()
        ]
    )


def _patrols(store: MissionStore) -> dict[str, Any]:
    names = store.unit_names()
    features = []
    for p in store.query("patrol"):
        if not isinstance(p, Patrol) or p.track is None:
            continue
        track = p.track
        features.append(
            _feature(
                track,
                {
                    "id": p.id,
                    "unit": names.get(p.unit_id, ""),
                    "status": p.status,
                    "patrolType": p.patrol_type,
                    "task": p.task,
                    "start": format_utc(p.actual_start or p.planned_start),
                    "end": format_utc(p.actual_end or p.planned_end),
                },
            )
        )
    return _collection(features)


def _lines(store: MissionStore) -> dict[str, Any]:
    return _collection(
        [
            _feature(
                line.geometry,
                {
                    "id": line.id,
                    "name": line.name,
                    "lineType": line.line_type,
                    "partyLeft": line.party_left,
                    "partyRight": line.party_right,
                    "bufferM": line.buffer_m,
                    "agreement": line.agreement,
                    "agreementDate": format_utc(line.agreement_date)
                    if line.agreement_date
                    else None,
                    **_lang(line.text_lang),
                },
            )
            for line in store.ceasefire_lines()
        ]
    )


def _buffers(store: MissionStore) -> dict[str, Any]:
    """Buffer zones drawn from each line's width in metres on the ground (never degrees)."""
    features = []
    for line in store.ceasefire_lines():
        if line.buffer_m <= 0:
            continue
        zone = buffer_metres(line.geometry, line.buffer_m)
        zone = shapely.set_precision(zone, 1e-6)
        features.append(
            _feature(zone, {"lineId": line.id, "name": line.name, "bufferM": line.buffer_m})
        )
    return _collection(features)


#: Geometry type → the shape a map item takes on the map.
_ITEM_SHAPES = {
    "Point": map_items.POINT,
    "MultiPoint": map_items.POINT,
    "LineString": map_items.LINE,
    "MultiLineString": map_items.LINE,
    "Polygon": map_items.AREA,
    "MultiPolygon": map_items.AREA,
}


def _map_items(store: MissionStore) -> dict[str, Any]:
    """Partner points, lines and areas that are none of the other kinds, with the colour each
    is drawn in (its own, else its type's, else its shape's: ``maps.styles``)."""
    features = []
    for item in store.map_items():
        shape = _ITEM_SHAPES.get(item.geometry.geom_type, map_items.POINT)
        kind = map_items.MAP_ITEM_TYPES.get(item.item_type)
        features.append(
            _feature(
                item.geometry,
                {
                    "id": item.id,
                    "name": item.name,
                    "itemType": item.item_type,
                    "typeLabel": kind.label if kind else item.item_type,
                    "shape": shape,
                    "sidc": item.sidc or (kind.sidc if kind and shape == map_items.POINT else ""),
                    "color": map_item_colour(item.item_type, item.colour, shape),
                    "status": item.status,
                    "notes": item.notes[:600],
                    "partnerType": item.partner_type,
                    "classification": item.classification,
                    **_lang(item.text_lang),
                },
            )
        )
    return _collection(features)
