"""The map in the main window: a Qt WebEngine view of the picture, and its controls.

The view loads the page built by ``maps.document`` from bh://local/map.html, answers its data
requests from the mission database (each in a worker with its own connection), and talks to it
one way each: the page calls Python only through ``MapBridge`` (the web channel's ``bridge``),
and Python reaches the page only through the typed methods below, the one place in the app that
writes JavaScript (the page's APIs: ``bhMap``, ``bhEdit``, ``bhBrief``, ``bhTime``;
docs/map-page.md). A data change refreshes only the affected layers; the view keeps its extent.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from app import basemaps
from app.domain.serialize import record_to_dict
from app.errors import AppError
from app.picture import (
    DATA_KEYS,
    TRACK_FIXES_SHOWN,
    IncidentFilter,
    LiveWire,
    build_picture,
    live_wire_bytes,
    mission_bounds,
)
from app.store import MissionTarget
from app.ui.session import open_target
from app.ui.web import MapBridge, make_profile
from maps.document import APP_PAGE_URL, APP_TILES_BASE, NATURAL_EARTH, PageOptions, build_map_html

log = logging.getLogger(__name__)


class MapPage(QWebEnginePage):
    """Keeps the page on bh://local/ and its console messages for diagnosis."""

    def __init__(self, profile, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(profile, parent)
        self.console: list[tuple[int, str]] = []

    def acceptNavigationRequest(self, url: QUrl | str, nav_type, is_main_frame: bool) -> bool:
        target = QUrl(url) if isinstance(url, str) else url
        return target.scheme() == "bh" and target.host() == "local"

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:
        self.console.append((int(level.value), message))
        if level != QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel:
            log.info("map console (%s:%s): %s", source, line, message[:300])


#: Live batches kept for the page to fetch; older ones go (the page is not listening).
LIVE_BATCHES_KEPT = 40


class AsText:
    """An argument for the page sent as JSON text the page parses (``JSON.parse``), not as a
    literal in the script: V8 parses JSON text much faster than it compiles a large literal,
    and keeps no compiled copy of it (a live feed sends one every batch)."""

    def __init__(self, value: Any) -> None:
        self.value = value


def _js_arguments(args: tuple[Any, ...]) -> str:
    return ", ".join(
        f"JSON.parse({json.dumps(json.dumps(a.value))})" if isinstance(a, AsText) else json.dumps(a)
        for a in args
    )


class MapView(QWebEngineView):
    """The picture, fed from one mission database."""

    feature_clicked = Signal(str, str)
    cursor_moved = Signal(float, float)
    map_ready = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile, self.handler, self.blocker = make_profile(self)
        self.map_page = MapPage(self.profile, self)
        self.setPage(self.map_page)
        # Children die in the order they joined: the page must go before its profile.
        self.profile.setParent(None)
        self.profile.setParent(self)
        settings = self.map_page.settings()
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        self.map_page.setWebChannel(self.channel)
        self.bridge.feature_clicked.connect(self.feature_clicked)
        self.bridge.cursor_moved.connect(self.cursor_moved)
        self.bridge.map_ready.connect(self._on_ready)
        self.bridge.live_missing.connect(self._live_missing)
        #: The extent the page last reported ({west, south, east, north}), or None.
        self.last_view: dict[str, Any] | None = None
        self.bridge.view_changed.connect(self._remember_view)
        self.db_path: MissionTarget | None = None
        self.incident_filter = IncidentFilter()
        self.ready = False
        self.ready_info: dict[str, Any] = {}
        self.load_started_at = 0.0
        self.handler.data_provider = self._serve_data
        self.handler.tile_provider = _serve_tile
        self.last_counts: dict[str, int] = {}
        #: Layer visibility the page started with; data of hidden layers loads on first show.
        self.visible: dict[str, bool] = {}
        self.loaded_layers: set[str] = set()
        self._prefetch: dict[str, Any] | None = None
        #: A record to select once the next reload has brought its layer's new data.
        self._select_after: tuple[str, str] | None = None
        #: How many live batches of positions were sent to the page (``append_positions``).
        self.live_appends = 0
        #: Live batches waiting for the page to fetch them (bh://local/data/live/N.bin).
        self._live_batches: dict[str, bytes] = {}
        #: What the page was sent already (its table of unit ids, statuses, stale times).
        self._live_wire = LiveWire()
        self._lock = threading.Lock()

    # --- loading ----------------------------------------------------------------------------

    def show_mission(
        self, db_path: MissionTarget, title: str = "Blue Helmet COP", **page: Any
    ) -> None:
        """Build the page for a mission database and load it."""
        self.db_path = db_path
        with open_target(self.db_path, readonly=True) as store:
            bounds = page.pop("bounds", None) or mission_bounds(store)
        options = PageOptions(
            title=title,
            bounds=bounds,
            mode="app",
            basemaps=[dict(NATURAL_EARTH), *basemaps.page_basemaps(APP_TILES_BASE)],
            **page,
        )
        self.visible = dict(options.visible)
        self.loaded_layers = set()
        self._start_prefetch()
        self.handler.pages["map.html"] = build_map_html(options).encode("utf-8")
        self._live_restart()
        self.ready = False
        self.load_started_at = time.perf_counter()
        self.load(QUrl(APP_PAGE_URL))

    def _initial_keys(self) -> tuple[str, ...]:
        # Layers hidden at start are fetched when first shown (set_layer_visible).
        return tuple(k for k in DATA_KEYS if self.visible.get(k, True))

    def _build(self, keys: tuple[str, ...], incident_filter: IncidentFilter) -> tuple[str, bytes]:
        """Runs in worker threads: touches no widget, only this view's lock-guarded records."""
        assert self.db_path is not None
        with open_target(self.db_path, readonly=True) as store:
            picture = build_picture(store, incident_filter, layers=keys, with_titles=False)
        with self._lock:
            self.loaded_layers.update(keys)
            if incident_filter == self.incident_filter:  # a stale build does not overwrite
                self.last_counts = picture.counts
        return "application/json", picture.to_json(inline=False).encode("utf-8")

    def _start_prefetch(self) -> None:
        """Start building the page's data now, while Chromium is still loading the page."""
        keys, incident_filter = self._initial_keys(), self.incident_filter
        done = threading.Event()
        holder: dict[str, Any] = {"done": done, "filter": incident_filter, "keys": keys}

        def work() -> None:
            try:
                holder["result"] = self._build(keys, incident_filter)
            except Exception as exc:  # the page's own request will build it again and report
                log.warning("map data prefetch failed: %s", exc)
            finally:
                done.set()

        # Its own thread, not the pool: a pool worker waiting on it must not starve it.
        threading.Thread(target=work, name="map-prefetch", daemon=True).start()
        with self._lock:
            self._prefetch = holder

    def _remember_view(self, view: dict) -> None:
        if {"west", "south", "east", "north"} <= set(view):
            self.last_view = view

    def _on_ready(self, info: dict) -> None:
        self.ready = True
        self.ready_info = info
        self.map_ready.emit(info)

    def _serve_data(self, path: str) -> tuple[str, bytes]:
        """Answers bh://local/data/… in a worker thread, with its own database connection."""
        if self.db_path is None:
            raise AppError("no mission is open")
        incident_filter = self.incident_filter
        if path == "picture.json":
            with self._lock:
                prefetch, self._prefetch = self._prefetch, None
            keys = self._initial_keys()
            if prefetch and prefetch["filter"] == incident_filter and prefetch["keys"] == keys:
                prefetch["done"].wait(120)
                if "result" in prefetch:
                    return prefetch["result"]
            return self._build(keys, incident_filter)
        if path.startswith("live/"):
            with self._lock:
                body = self._live_batches.pop(path, None)
            if body is None:
                raise AppError(f"no such live batch: {path}")
            return "application/octet-stream", body
        if path.startswith("layers/") and path.endswith(".json"):
            keys = tuple(k for k in path[7:-5].split(",") if k in DATA_KEYS)
            if keys:
                return self._build(keys, incident_filter)
        with open_target(self.db_path, readonly=True) as store:
            if path.startswith("record/") and path.endswith(".json"):
                _, kind, name = path.split("/", 2)
                record = store.get(kind, name[:-5])
                return "application/json", json.dumps(record_to_dict(record)).encode("utf-8")
        raise AppError(f"no such data: {path}")

    # --- Python → page: every script the app runs in the page is written here -------------------

    def _run(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        if callback is None:
            self.map_page.runJavaScript(script)
        else:
            self.map_page.runJavaScript(script, 0, callback)

    def _call(
        self, api: str, method: str, *args: Any, callback: Callable[[Any], None] | None = None
    ) -> None:
        """``window.<api>.<method>(…)`` with JSON arguments, when the page has that API (and,
        for ``bhMap``, once it is ready); nothing otherwise."""
        arguments = _js_arguments(args)
        ready = " && window.bhMap.ready" if api == "bhMap" else ""
        self._run(
            f"window.{api}{ready} ? window.{api}.{method}({arguments}) : null", callback=callback
        )

    def _ask(self, api: str, method: str, *args: Any, answer: Callable[[Any], None]) -> None:
        """Like ``_call``, with the result handed to ``answer`` (None when there was none).
        Objects cross from the page reliably only as JSON text, so they travel as that."""
        arguments = _js_arguments(args)
        ready = " && window.bhMap.ready" if api == "bhMap" else ""

        def parse(text: Any) -> None:
            try:
                answer(json.loads(text) if isinstance(text, str) and text else None)
            except json.JSONDecodeError:
                answer(None)

        self._run(
            f"JSON.stringify(window.{api}{ready} ? window.{api}.{method}({arguments}) : null)",
            callback=parse,
        )

    # bhMap: layers, basemaps, selection, extent, overlays

    def set_layer_visible(self, name: str, visible: bool) -> None:
        self.visible[name] = visible
        if visible and name in DATA_KEYS and name not in self.loaded_layers:
            self.refresh_layers([name])
        self._call("bhMap", "setVisible", name, visible)

    def set_layer_opacity(self, name: str, opacity: float) -> None:
        self._call("bhMap", "setOpacity", name, opacity)

    def add_basemap(self, entry: dict[str, Any]) -> None:
        """Offer a basemap (``maps.document`` basemap entry) in the page; a shown one stays."""
        self._call("bhMap", "addBasemap", entry)

    def set_basemap(self, basemap_id: str) -> None:
        self._call("bhMap", "setBasemap", basemap_id)

    def set_basemap_opacity(self, basemap_id: str, opacity: float) -> None:
        """The opacity (0..1) of one basemap's tiles, as the basemap or laid over it."""
        self._call("bhMap", "setBasemapOpacity", basemap_id, opacity)

    def set_basemap_overlay(self, basemap_id: str, on: bool, opacity: float = 1.0) -> None:
        """Lay a basemap's tiles over the basemap shown (a sheet over the base), or not."""
        self._call("bhMap", "setBasemapOverlay", basemap_id, on, opacity)

    def request_basemaps(self, answer: Callable[[Any], None]) -> None:
        """``bhMap.basemaps()`` to ``answer``: id, label, active, opacity, overlay."""
        self._ask("bhMap", "basemaps", answer=answer)

    def select(self, kind: str, record_id: str, pan: bool = True) -> None:
        self._call("bhMap", "select", kind, record_id, {"pan": pan})

    def clear_selection(self) -> None:
        self._call("bhMap", "clearSelection")

    def fit_bounds(self, south: float, west: float, north: float, east: float) -> None:
        self._call("bhMap", "fitBounds", [[south, west], [north, east]])

    def set_view(self, lat: float, lon: float, zoom: float | None = None) -> None:
        """Centre the map on a position (at ``zoom``, else the zoom shown)."""
        self._call("bhMap", "setView", lat, lon, *(() if zoom is None else (zoom,)))

    def fit_mission(self) -> None:
        """Back to the extent the page was opened with (the mission's)."""
        self._run("window.bhMap && window.bhMap.ready ? bhMap.fitBounds(BH_CONFIG.bounds) : null")

    def request_view(self, answer: Callable[[dict[str, Any] | None], None]) -> None:
        """The extent shown, ``{west, south, east, north, zoom}``, to ``answer`` (None before
        the page is ready)."""
        self._ask("bhMap", "view", answer=answer)

    def set_overlay(self, name: str, collection: object, style: object) -> None:
        """Draw an analysis overlay (GeoJSON) named ``name``, replacing one of that name."""
        self._call("bhMap", "setOverlay", name, collection, style)

    def clear_overlay(self, name: str) -> None:
        self._call("bhMap", "clearOverlay", name)

    def refresh_layers(
        self, keys: Iterable[str] = DATA_KEYS, select: tuple[str, str] | None = None
    ) -> None:
        """Re-read only these layers from the database; the page keeps its extent. Then select
        ``select`` (kind, id) without panning, once its data is there.

        Hidden layers that were never loaded stay unloaded until they are shown."""
        wanted = [
            k
            for k in keys
            if k in DATA_KEYS and (self.visible.get(k, True) or k in self.loaded_layers)
        ]
        target = select or self._select_after
        self._select_after = None
        if not wanted:
            if target is not None:
                self.select(*target, pan=False)
            return
        if target is None:
            self._call("bhMap", "reload", wanted)
            return
        then = f"bhMap.select({json.dumps(target[0])}, {json.dumps(target[1])}, {{pan: false}});"
        self._run(
            f"window.bhMap && window.bhMap.ready ? bhMap.reload({json.dumps(wanted)})"
            f".then(function () {{ {then} }}) : null"
        )

    def append_positions(self, batch: dict[str, Any]) -> None:
        """A live feed's new fixes (``app.picture.live_positions``, one array per field): in
        the page each unit's track lengthens and its marker moves to its latest fix, no layer
        reloaded. Units the page does not show yet (new, or a track of one fix) reload the
        units and tracks.

        The batch travels as data the page fetches (bh://local/data/live/N.bin), not inside
        the script: Chromium keeps every script's source it ran, and a feed runs one four
        times a second (its page's heap grew by some 35 MB a minute that way)."""
        if not batch.get("unit"):
            return
        self.live_appends += 1
        name = f"live/{self.live_appends}.bin"
        body = live_wire_bytes(self._live_wire.encode(batch))
        with self._lock:
            tracks = "tracks" in self.loaded_layers
            self._live_batches[name] = body
            lost = len(self._live_batches) > LIVE_BATCHES_KEPT
            while len(self._live_batches) > LIVE_BATCHES_KEPT:  # a page that never fetched
                del self._live_batches[next(iter(self._live_batches))]
        if lost:  # what it carried (new unit ids, a changed status) goes again, whole
            self._live_restart()
        options = {"tracks": tracks, "maxFixes": TRACK_FIXES_SHOWN}
        self._call("bhMap", "appendPositionsFrom", name, options)

    def _live_restart(self) -> None:
        """A new page, or one that lost a batch: the next batch starts the table of unit ids
        again and sends every status and stale time."""
        self._live_wire.restart()

    def _live_missing(self, _ids: list[str]) -> None:
        """A live batch named units the page does not show (or did not follow on from the
        last one): reload units and tracks, which bring every unit's status; start again."""
        self._live_restart()
        self.refresh_layers(["units", "tracks"])

    def set_stale(
        self, times: dict[str, str], drop_after: float = 300.0, *, merge: bool = False
    ) -> None:
        """Live feeds: units and map items past their CoT stale time (id → UTC time) fade,
        and leave the live map ``drop_after`` seconds later; the mission keeps them. With
        ``merge`` only these ids' times change (the others stay as the page has them)."""
        self._call("bhMap", "setStale", AsText(times), {"dropAfter": drop_after, "merge": merge})

    def request_stale_state(self, answer: Callable[[dict[str, Any] | None], None]) -> None:
        """{faded: [ids], dropped: [ids]} on the live map now (for tests)."""
        self._ask("bhMap", "staleState", answer=answer)

    def select_after_reload(self, kind: str, record_id: str) -> None:
        """Select this record once the next ``refresh_layers`` has reloaded its layer."""
        self._select_after = (kind, record_id)

    def set_incident_filter(self, incident_filter: IncidentFilter, reload: bool = True) -> None:
        """Show the incidents this filter passes; without ``reload`` only the next page built
        (``show_mission``) uses it."""
        self.incident_filter = incident_filter
        if reload:
            self.refresh_layers(["incidents"])

    def show_as_output(self, *, furniture_drawn_outside: bool = False) -> None:
        """Ready the page for an image: no zoom buttons or measuring tool (an image cannot be
        clicked); with ``furniture_drawn_outside`` (a PDF page draws its own) also no in-map
        banners, title block, clock or source note."""
        self._run("document.body.classList.add('bh-output');")
        if furniture_drawn_outside:
            self._call("bhBrief", "setBanner", None)
            self._call("bhBrief", "setTitle", "")
            self._call("bhBrief", "showClock", False)
            self._call("bhBrief", "setSourceNote", "")

    # bhPlaces: place names (the gazetteer)

    def set_places(self, places: object) -> None:
        """The place names to label in the view (bh-places.js)."""
        self._call("bhPlaces", "setPlaces", places)

    def mark_place(self, lat: float, lon: float, name: str) -> None:
        """Mark the place the user went to."""
        self._call("bhPlaces", "mark", lat, lon, name)

    # bhGrid: the map grid

    def set_grid(self, grid: str | None) -> None:
        """Draw the MGRS/UTM grid (``"mgrs"``), the lat/lon graticule (``"latlon"``) or none."""
        self._call("bhGrid", "setMode", grid)

    def request_grid_state(
        self, answer: Callable[[dict[str, Any] | None], None], *, refresh: bool = False
    ) -> None:
        """``bhGrid.state()`` to ``answer``: mode, spacing (m or degrees), lines and labels;
        ``refresh``: the grid drawn again for the map's current view first."""
        self._ask("bhGrid", "refresh" if refresh else "state", answer=answer)

    # bhEdit: drawing, picking, vertex editing, unit dragging (app page only)

    def start_drawing(self, shape: str) -> None:
        """Draw a ``point``, ``line`` or ``polygon``; the bridge reports the result."""
        self._call("bhEdit", "startDraw", shape)

    def pick_point(self) -> None:
        """The next click on the map is reported as ``picked`` instead of a plain click."""
        self._call("bhEdit", "pickPoint")

    def edit_vertices(self, kind: str, record_id: str, geometry: object | None = None) -> None:
        """Edit the vertices of an area or a line (its geometry from the page if not given)."""
        self._call("bhEdit", "editVertices", kind, record_id, geometry)

    def enable_unit_drag(self, on: bool) -> None:
        self._call("bhEdit", "enableUnitDrag", on)

    def cancel_editing(self) -> None:
        """Stop any drawing, picking or vertex editing in the page."""
        self._call("bhEdit", "cancel")

    # bhBrief and bhTime: briefing furniture, theme and the time window

    def set_time_window(
        self,
        start: str | None,
        end: str | None,
        answer: Callable[[dict[str, Any] | None], None] | None = None,
    ) -> None:
        """Filter incidents and track fixes in the page to [start, end] (ISO 8601 UTC); both
        None: no window. ``answer`` gets the window's ``state()``."""
        args = () if start is None or end is None else (start, end)
        method = "setWindow" if args else "clear"
        if answer is None:
            self._call("bhTime", method, *args)
        else:
            self._ask("bhTime", method, *args, answer=answer)

    def set_theme(self, theme: str) -> None:
        """``day``, ``briefing`` or ``night``: bh-brief.js owns the themes; without it the
        briefing theme is the map's large scale."""
        self._run(
            f"(function (t) {{ document.body.dataset.bhTheme = t;"
            f" if (window.bhBrief && window.bhBrief.setTheme) {{ window.bhBrief.setTheme(t); }}"
            f" else {{ document.body.classList.toggle('bh-briefing', t === 'briefing'); }}"
            f" return t; }})({json.dumps(theme)})"
        )

    def show_furniture(self, on: bool, title: str = "", subtitle: str = "") -> None:
        """Title block (title, subtitle), DTG clock and north arrow on or off."""
        self._call("bhBrief", "setTitle", title, subtitle)
        self._call("bhBrief", "setFurniture", on)
        self._call("bhBrief", "showClock", on)
        self._call("bhBrief", "showNorthArrow", on)

    def set_banner(self, label: str, background: str, foreground: str) -> None:
        """The classification banners, top and bottom."""
        self._call("bhBrief", "setBanner", label, background, foreground)


def _serve_tile(basemap: str, z: int, x: int, y: int) -> bytes | None:
    """Imported MBTiles, or an online source's cache (downloaded on a miss: the user's choice)."""
    return basemaps.read_tile(basemap, z, x, y, fetch=True)
