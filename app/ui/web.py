"""The web view's world: the bh:// scheme, the network block, and the JS bridge.

Everything a map page loads comes from ``bh://local/``, served here from the installed files
(``web/``: npm assets, ``static/``: our own scripts), from the mission database (``data/``) or
from basemaps (``tiles/``: MBTiles tiles, PMTiles byte ranges). A request interceptor blocks
every other scheme and records what it blocked, so tests can prove the page made no outbound
request. The online tile source, when a user adds one, is fetched by Python into a local cache,
never by the page itself.
"""

from __future__ import annotations

import json
import logging
import math
import mimetypes
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal, Slot
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from app import basemaps
from app.errors import AppError, NotFoundError
from app.ui import workers
from maps.assets import web_root
from maps.document import STATIC_DIR

log = logging.getLogger(__name__)

SCHEME = b"bh"
HOST = "local"
#: Schemes a page may use: our own, Qt's resources (qwebchannel.js), and in-page data.
LOCAL_SCHEMES = frozenset({"bh", "qrc", "data", "blob", "about"})


def register_scheme() -> None:
    """Declare bh:// to Chromium; must run before the QApplication exists (once)."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
        | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
    )
    QWebEngineUrlScheme.registerScheme(scheme)


class NetworkBlocker(QWebEngineUrlRequestInterceptor):
    """Refuses every request that would leave the machine, and remembers it."""

    blocked_request = Signal(str)

    def __init__(self, parent: QObject | None = None, also_allow: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.allowed_schemes = LOCAL_SCHEMES | set(also_allow)
        self.blocked: list[str] = []
        self.allowed: list[str] = []
        self.allowed_count = 0

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() in self.allowed_schemes:
            if url.scheme() == "file":
                self.allowed.append(url.toString())
            self.allowed_count += 1
            return
        info.block(True)
        text = url.toString()
        self.blocked.append(text)
        log.warning("blocked a non-local request from a map page: %s", text)
        self.blocked_request.emit(text)


#: Given the path after /data/, returns (mime type, body) — runs in a worker thread.
DataProvider = Callable[[str], tuple[str, bytes]]
#: Given (basemap id, z, x, y), returns tile bytes or None — runs in a worker thread.
TileProvider = Callable[[str, int, int, int], bytes | None]
#: Given (basemap id, offset, length), returns those bytes of a vector basemap's archive.
RangeProvider = Callable[[str, int, int], bytes]


class LocalSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves bh://local/: pages from memory, files from disk, data and tiles from workers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages: dict[str, bytes] = {}
        self.data_provider: DataProvider | None = None
        self.tile_provider: TileProvider | None = None
        self.range_provider: RangeProvider = basemaps.read_range
        self._web_root = web_root().resolve()
        self._pending: set[workers.Task] = set()

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if url.host() != HOST:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        path = unquote(url.path()).lstrip("/")
        top, _, rest = path.partition("/")
        try:
            if path in self.pages:
                self._reply(job, "text/html", self.pages[path])
            elif top == "web":
                self._reply_file(job, self._web_root, rest)
            elif top == "static":
                self._reply_file(job, STATIC_DIR.resolve(), rest)
            elif top == "data" and self.data_provider is not None:
                provider = self.data_provider
                self._in_worker(job, lambda: provider(rest))
            elif top == "tiles" and self.tile_provider is not None:
                self._serve_tile(job, rest)
            else:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        except Exception:
            log.exception("failed to serve %s", url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

    def _serve_tile(self, job: QWebEngineUrlRequestJob, rest: str) -> None:
        parts = rest.split("/")
        if len(parts) == 3 and parts[0].endswith(".pmtiles"):
            self._serve_range(job, parts[0].removesuffix(".pmtiles"), parts[1], parts[2])
            return
        if len(parts) != 4:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        name, z, x, y = parts[0], *parts[1:]
        try:
            zi, xi, yi = int(z), int(x), int(y.split(".")[0])
        except ValueError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        provider = self.tile_provider
        assert provider is not None

        def tile() -> tuple[str, bytes] | None:
            data = provider(name, zi, xi, yi)
            if data is None:
                return None
            return _sniff_image(data), data

        self._in_worker(job, tile)

    def _serve_range(
        self, job: QWebEngineUrlRequestJob, name: str, offset: str, length: str
    ) -> None:
        """Bytes of a vector basemap's PMTiles archive: ``tiles/<id>.pmtiles/<offset>/<length>``.

        The range travels in the path, not in a ``Range`` header: a scheme handler's reply is
        always a 200 (no 206 Partial Content), which pmtiles' own fetch source takes for a
        server without byte serving, so the page's source (bh-vector.js) asks this way instead;
        each request is a plain GET answered with exactly its bytes.
        """
        if not (offset.isdigit() and length.isdigit()):
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        # Answered here, not in a worker: a range is one seek and a read of kilobytes, and the
        # worker pool may be busy with the mission's data just when the basemap starts.
        try:
            body = self.range_provider(name, int(offset), int(length))
        except NotFoundError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        except (AppError, OSError) as exc:
            log.warning("bh:// range request failed: %s", exc)
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        self._reply(job, "application/octet-stream", body)

    def _reply_file(self, job: QWebEngineUrlRequestJob, root: Path, relative: str) -> None:
        target = (root / relative).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix == ".json":
            mime = "application/json"
        self._reply(job, mime, target.read_bytes())

    def _in_worker(
        self, job: QWebEngineUrlRequestJob, work: Callable[[], tuple[str, bytes] | None]
    ) -> None:
        alive = {"job": True}
        job.destroyed.connect(lambda *_: alive.update(job=False))

        def done(result: tuple[str, bytes] | None) -> None:
            self._pending.discard(task)
            if not alive["job"]:
                return
            if result is None:
                job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            else:
                self._reply(job, *result)

        def failed(exc: BaseException) -> None:
            self._pending.discard(task)
            log.warning("bh:// request failed: %s", exc)
            if alive["job"]:
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)

        task = workers.start(lambda _progress: work(), result=done, error=failed)
        self._pending.add(task)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: str, body: bytes) -> None:
        buffer = QBuffer(parent=job)
        buffer.setData(QByteArray(body))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode("ascii"), buffer)


def _sniff_image(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


class MapBridge(QObject):
    """The page's one channel to Python (object ``bridge``); see docs/map-page.md."""

    feature_clicked = Signal(str, str)
    cursor_moved = Signal(float, float)
    view_changed = Signal(dict)
    map_ready = Signal(dict)
    page_error = Signal(str)
    live_missing = Signal(list)

    @Slot(str, str)
    def featureClicked(self, kind: str, record_id: str) -> None:
        self.feature_clicked.emit(str(kind)[:40], str(record_id)[:128])

    @Slot(float, float)
    def cursorMoved(self, lat: float, lon: float) -> None:
        lat, lon = float(lat), float(lon)
        if math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180:
            self.cursor_moved.emit(lat, lon)

    @Slot(str)
    def viewChanged(self, message: str) -> None:
        self.view_changed.emit(_json_object(message))

    @Slot(str)
    def mapReady(self, message: str) -> None:
        self.map_ready.emit(_json_object(message))

    @Slot(str)
    def liveMissing(self, message: str) -> None:
        """Ids (JSON list) of units a live batch named that the page does not show yet."""
        try:
            ids = json.loads(message)
        except ValueError:
            return
        if isinstance(ids, list) and ids:
            self.live_missing.emit([str(i) for i in ids])

    @Slot(str)
    def reportError(self, message: str) -> None:
        log.warning("map page error: %s", message[:500])
        self.page_error.emit(str(message)[:500])

    # --- editing (bh-edit.js; docs/map-page.md, "Editing") --------------------------------------

    #: A shape drawn with Leaflet.draw: kind 'point' | 'line' | 'polygon', GeoJSON geometry.
    shape_drawn = Signal(str, dict)
    #: The point chosen after ``bhEdit.pickPoint()``.
    point_picked = Signal(float, float)
    #: A click on the map that hit nothing else being edited (the "here" of "new incident here").
    map_clicked = Signal(float, float)
    #: A unit marker dropped after a drag: unit id, lat, lon.
    unit_dragged = Signal(str, float, float)
    #: New vertices of an area or line: kind 'patrol_area' | 'ceasefire_line' | 'map_item', id,
    #: GeoJSON.
    vertices_edited = Signal(str, str, dict)
    #: A drawing, pick or vertex edit was cancelled in the page (Esc or Cancel).
    edit_cancelled = Signal(str)

    @Slot(str, str)
    def drawn(self, kind: str, geojson: str) -> None:
        geometry = _json_object(geojson)
        if kind in ("point", "line", "polygon") and geometry:
            self.shape_drawn.emit(kind, geometry)

    @Slot(float, float)
    def picked(self, lat: float, lon: float) -> None:
        if _on_globe(lat, lon):
            self.point_picked.emit(float(lat), float(lon))

    @Slot(float, float)
    def mapClicked(self, lat: float, lon: float) -> None:
        if _on_globe(lat, lon):
            self.map_clicked.emit(float(lat), float(lon))

    @Slot(str, float, float)
    def unitDragged(self, unit_id: str, lat: float, lon: float) -> None:
        if _on_globe(lat, lon):
            self.unit_dragged.emit(str(unit_id)[:128], float(lat), float(lon))

    @Slot(str, str, str)
    def verticesEdited(self, kind: str, record_id: str, geojson: str) -> None:
        geometry = _json_object(geojson)
        if kind in ("patrol_area", "ceasefire_line", "map_item") and geometry:
            self.vertices_edited.emit(kind, str(record_id)[:128], geometry)

    @Slot(str)
    def editCancelled(self, kind: str) -> None:
        self.edit_cancelled.emit(str(kind)[:40])


def _on_globe(lat: float, lon: float) -> bool:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return False
    return math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180


def _json_object(text: str) -> dict:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def make_profile(
    parent: QObject | None = None,
) -> tuple[QWebEngineProfile, LocalSchemeHandler, NetworkBlocker]:
    """An off-the-record profile that serves bh:// and blocks everything non-local."""
    profile = QWebEngineProfile(parent)  # no storage name: off the record, nothing on disk
    handler = LocalSchemeHandler(profile)
    blocker = NetworkBlocker(profile)
    profile.installUrlSchemeHandler(SCHEME, handler)
    profile.setUrlRequestInterceptor(blocker)
    return profile, handler, blocker
