"""The per-installation basemap library: imported tile sets and user-added online sources.

Basemaps live in ``data_dir()/basemaps``: one ``<id>.mbtiles`` per imported raster tile set,
one ``<id>.pmtiles`` per vector tile set (PMTiles as given; vector MBTiles laid out as PMTiles
on import; the page draws them, reading the file in byte ranges through ``read_range``), and
``online.json`` listing online XYZ sources, each with its own tile cache
``cache-<id>.mbtiles`` so that what was seen while a link was up stays usable offline.

Network: ``fetch_tile`` is the only code in the application that may touch the network, and
only for an online source the user added; everything else here works on local files.

This module must not import Qt or folium; the GUI serves tiles through its own URL scheme from
``read_tile`` and puts ``page_basemaps()`` into the map page's configuration.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import re
import tempfile
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.errors import AppError, NotFoundError, ValidationError
from app.files import atomic_file, fsync_dir
from app.i18n import translate
from app.paths import data_dir
from maps.mbtiles import (
    MAX_ZOOM,
    MIME_TYPES,
    MBTiles,
    TileCache,
    sniff_format,
    tile_in_range,
)
from maps.vector_tiles import (
    PMTilesInfo,
    VectorTilesError,
    is_pmtiles,
    mbtiles_format,
    mbtiles_to_pmtiles,
    read_pmtiles,
)

log = logging.getLogger(__name__)

USER_AGENT = "BlueHelmetCOP/0.1"
#: A map tile is tens of kilobytes; anything this big is not a tile.
MAX_TILE_BYTES = 2 * 1024 * 1024
#: The most a page may read from a vector archive in one request (a leaf directory or a tile
#: is kilobytes; pmtiles.js asks for 16 KiB first).
MAX_RANGE_BYTES = 8 * 1024 * 1024
ONLINE_FILE = "online.json"
CACHE_PREFIX = "cache-"
_ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
_PLACEHOLDERS = ("{z}", "{x}", "{y}")
_online_lock = threading.Lock()  # online.json is read-modify-written


class BasemapError(AppError):
    """A basemap cannot be imported, added or removed; the message says why."""


class TileFetchError(AppError):
    """An online source did not deliver a usable tile."""


@dataclass(frozen=True)
class Basemap:
    """One entry of the library.

    ``path`` is the MBTiles file (for an online source: its cache, which may not exist yet).
    ``format`` is empty for an online source: it is whatever image format the server sends.
    ``attribution`` is plain text (any HTML in the file's metadata is reduced to its text).
    """

    id: str
    label: str
    path: Path
    format: str
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None
    attribution: str
    online: bool = False
    url_template: str | None = None
    overlay: bool = False  #: imagery or a sheet meant to lie over another basemap
    acquired: str | None = None  #: ISO date imagery was taken, shown beside its name
    #: Where the tiles came from: the tile set's description (e.g. "Tiled from sheet.tif"),
    #: else its attribution; for an online source its host.
    source: str = ""
    #: Vector tiles' schema ("protomaps" or "openmaptiles"); empty for raster tiles.
    vector_schema: str = ""

    @property
    def vector(self) -> bool:
        """A vector tile set (PMTiles in the library), drawn by the page itself."""
        return bool(self.vector_schema)

    @property
    def size_bytes(self) -> int:
        """Bytes on disk: the tile file (for an online source, its cache so far)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def page_id(self) -> str:
        """The id the map page knows it by (``page_basemaps``)."""
        kind = "online" if self.online else "vector" if self.vector else "mbtiles"
        return f"{kind}:{self.id}"


# -- places and names ----------------------------------------------------------------------


def library_dir() -> Path:
    """The basemap folder, created on first use."""
    folder = data_dir() / "basemaps"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _check_id(basemap_id: str) -> str:
    """Ids become file names, so only a strict slug is accepted (no paths, no surprises)."""
    if not isinstance(basemap_id, str) or not _ID_PATTERN.match(basemap_id):
        raise ValidationError(
            "id",
            translate(
                "Basemaps", "{id!r} must be 1–64 lower-case letters, digits and inner hyphens"
            ).format(id=basemap_id),
        )
    if basemap_id.startswith(CACHE_PREFIX):
        raise ValidationError(
            "id",
            translate("Basemaps", "{id!r} must not start with '{prefix}'").format(
                id=basemap_id, prefix=CACHE_PREFIX
            ),
        )
    return basemap_id


def slug_from_filename(path: Path) -> str:
    """The id an imported file gets: its name in lower case, other characters as hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", Path(path).stem.lower()).strip("-")[:64].strip("-")
    if not slug:
        raise BasemapError(
            translate(
                "Basemaps", "{path}: cannot make a basemap id from this file name; give an id."
            ).format(path=path)
        )
    if slug.startswith(CACHE_PREFIX):
        raise BasemapError(
            translate(
                "Basemaps",
                "{path}: file names starting with '{prefix}' are reserved; give another id.",
            ).format(path=path, prefix=CACHE_PREFIX)
        )
    return slug


def _local_path(basemap_id: str) -> Path:
    return library_dir() / f"{basemap_id}.mbtiles"


def _vector_path(basemap_id: str) -> Path:
    return library_dir() / f"{basemap_id}.pmtiles"


def _cache_path(basemap_id: str) -> Path:
    return library_dir() / f"{CACHE_PREFIX}{basemap_id}.mbtiles"


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(markup: str) -> str:
    """Text of an HTML fragment (MBTiles attributions often carry links), on one line."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    return " ".join("".join(parser.parts).split())


# -- online sources ------------------------------------------------------------------------


@dataclass(frozen=True)
class _OnlineSource:
    id: str
    label: str
    url_template: str
    attribution: str
    max_zoom: int


def validate_url_template(url_template: str) -> str:
    """An http(s) URL with {z}, {x} and {y} in its path or query, and no other placeholder."""
    if not isinstance(url_template, str) or not url_template.strip():
        raise ValidationError("url_template", translate("Basemaps", "is empty"))
    template = url_template.strip()
    if any(ch.isspace() or ord(ch) < 32 for ch in template):
        raise ValidationError(
            "url_template", translate("Basemaps", "must not contain spaces or control characters")
        )
    parts = urlsplit(template)
    if parts.scheme.lower() not in ("http", "https"):
        raise ValidationError(
            "url_template", translate("Basemaps", "must start with http:// or https://")
        )
    if not parts.hostname:
        raise ValidationError("url_template", translate("Basemaps", "has no host name"))
    missing = [p for p in _PLACEHOLDERS if p not in template]
    if missing:
        raise ValidationError(
            "url_template",
            translate("Basemaps", "lacks {placeholders}").format(placeholders=", ".join(missing)),
        )
    if any(p in parts.netloc for p in _PLACEHOLDERS):
        raise ValidationError(
            "url_template", translate("Basemaps", "placeholders belong in the path, not the host")
        )
    rest = template
    for placeholder in _PLACEHOLDERS:
        rest = rest.replace(placeholder, "")
    if "{" in rest or "}" in rest:
        raise ValidationError(
            "url_template",
            translate("Basemaps", "only the placeholders {z}, {x} and {y} are allowed").format(
                z="{z}", x="{x}", y="{y}"
            ),
        )
    return template


def _validate_source(raw: dict[str, Any]) -> _OnlineSource:
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip() or "\n" in label:
        raise ValidationError("label", translate("Basemaps", "must be one non-empty line"))
    attribution = raw.get("attribution", "")
    if not isinstance(attribution, str):
        raise ValidationError("attribution", translate("Basemaps", "must be text"))
    max_zoom = raw.get("max_zoom", 19)
    if isinstance(max_zoom, bool) or not isinstance(max_zoom, int) or not 0 <= max_zoom <= MAX_ZOOM:
        raise ValidationError(
            "max_zoom",
            translate("Basemaps", "must be a whole number from 0 to {max}").format(max=MAX_ZOOM),
        )
    return _OnlineSource(
        id=_check_id(raw.get("id")),  # type: ignore[arg-type]
        label=label.strip(),
        url_template=validate_url_template(raw.get("url_template")),  # type: ignore[arg-type]
        attribution=attribution.strip(),
        max_zoom=max_zoom,
    )


def _read_online() -> dict[str, _OnlineSource]:
    path = library_dir() / ONLINE_FILE
    if not path.exists():
        return {}
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        entries = document["sources"]
        sources = [_validate_source(entry) for entry in entries]
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # ValidationError is a ValueError: a hand-edited bad entry lands here too.
        raise BasemapError(
            translate(
                "Basemaps", "{path}: the online basemap list cannot be read ({reason})."
            ).format(path=path, reason=exc)
        ) from exc
    return {source.id: source for source in sources}


def _write_online(sources: dict[str, _OnlineSource]) -> None:
    """Write online.json through a temporary file and a rename: never half a list."""
    folder = library_dir()
    document = {
        "version": 1,
        "sources": [
            {
                "id": s.id,
                "label": s.label,
                "url_template": s.url_template,
                "attribution": s.attribution,
                "max_zoom": s.max_zoom,
            }
            for s in sorted(sources.values(), key=lambda s: s.id)
        ],
    }
    with atomic_file(folder / ONLINE_FILE, 0o644) as handle:
        handle.write(json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8"))


def _online_source(basemap_id: str) -> _OnlineSource:
    _check_id(basemap_id)
    source = _read_online().get(basemap_id)
    if source is None:
        raise NotFoundError(
            translate("Basemaps", "No online basemap with the id '{id}'.").format(id=basemap_id)
        )
    return source


def _online_basemap(source: _OnlineSource) -> Basemap:
    return Basemap(
        id=source.id,
        label=source.label,
        path=_cache_path(source.id),
        format="",
        min_zoom=0,
        max_zoom=source.max_zoom,
        bounds=None,
        attribution=plain_text(source.attribution),
        online=True,
        url_template=source.url_template,
        source=f"online: {urlsplit(source.url_template).hostname}",
    )


def add_online_source(
    id: str,
    label: str,
    url_template: str,
    attribution: str = "",
    max_zoom: int = 19,
    *,
    replace: bool = False,
) -> Basemap:
    """Add an online XYZ source (validated); replacing one with a new URL drops its cache."""
    source = _validate_source(
        {
            "id": id,
            "label": label,
            "url_template": url_template,
            "attribution": attribution,
            "max_zoom": max_zoom,
        }
    )
    with _online_lock:
        if _local_path(source.id).exists() or _vector_path(source.id).exists():
            raise BasemapError(
                translate("Basemaps", "An imported basemap already uses the id '{id}'.").format(
                    id=source.id
                )
            )
        sources = _read_online()
        previous = sources.get(source.id)
        if previous is not None and not replace:
            raise BasemapError(
                translate(
                    "Basemaps",
                    "An online basemap with the id '{id}' already exists; "
                    "remove it first or replace it.",
                ).format(id=source.id)
            )
        sources[source.id] = source
        _write_online(sources)
        if previous is not None and previous.url_template != source.url_template:
            _cache_path(source.id).unlink(missing_ok=True)
    return _online_basemap(source)


# -- the library ---------------------------------------------------------------------------


def _local_basemap(basemap_id: str, tiles: MBTiles) -> Basemap:
    return Basemap(
        id=basemap_id,
        label=tiles.name,
        path=tiles.path,
        format=tiles.format,
        min_zoom=tiles.min_zoom,
        max_zoom=tiles.max_zoom,
        bounds=tiles.bounds,
        attribution=plain_text(tiles.attribution),
        overlay=tiles.metadata().get("type") == "overlay",
        acquired=tiles.metadata().get("acquired") or None,
        source=plain_text(tiles.metadata().get("description") or "")
        or plain_text(tiles.attribution)
        or "imported MBTiles",
    )


def _vector_basemap(basemap_id: str, path: Path, info: PMTilesInfo) -> Basemap:
    return Basemap(
        id=basemap_id,
        label=info.name,
        path=path,
        format="pbf",
        min_zoom=info.min_zoom,
        max_zoom=info.max_zoom,
        bounds=info.bounds,
        attribution=plain_text(info.attribution),
        source=plain_text(info.description)
        or plain_text(info.attribution)
        or "imported vector tiles",
        vector_schema=info.schema,
    )


def list_basemaps() -> list[Basemap]:
    """Imported tile sets (by label), then online sources (by label).

    A file that is not a usable tile set is left out and logged, so one bad file cannot hide
    the others.
    """
    local: list[Basemap] = []
    for path in sorted(library_dir().glob("*.mbtiles")):
        basemap_id = path.stem
        if basemap_id.startswith((CACHE_PREFIX, ".")):
            continue
        if not _ID_PATTERN.match(basemap_id):
            log.warning("Basemap file %s ignored: its name is not a valid basemap id", path)
            continue
        try:
            with MBTiles(path) as tiles:
                local.append(_local_basemap(basemap_id, tiles))
        except AppError as exc:
            log.warning("Basemap file ignored: %s", exc)
    for path in sorted(library_dir().glob("*.pmtiles")):
        basemap_id = path.stem
        if not _ID_PATTERN.match(basemap_id) or basemap_id.startswith(CACHE_PREFIX):
            log.warning("Basemap file %s ignored: its name is not a valid basemap id", path)
            continue
        try:
            local.append(_vector_basemap(basemap_id, path, read_pmtiles(path)))
        except AppError as exc:
            log.warning("Basemap file ignored: %s", exc)
    online = [_online_basemap(s) for s in _read_online().values()]
    return sorted(local, key=lambda b: (b.label.casefold(), b.id)) + sorted(
        online, key=lambda b: (b.label.casefold(), b.id)
    )


#: Half the width of the web-mercator world (EPSG:3857), metres.
_WEB_MERCATOR_HALF = 20037508.342789244


def is_geopackage(path: Path) -> bool:
    """Whether the file is a GeoPackage (SQLite with the GeoPackage application id)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(72)
    except OSError:
        return False
    return head.startswith(b"SQLite format 3\x00") and head[68:72] in (b"GPKG", b"GP10", b"GP11")


def geopackage_to_mbtiles(src: Path, out: Path) -> str:
    """Copy a GeoPackage's web-mercator tile pyramid into a new MBTiles file; returns the
    tile table's name. Only world-aligned EPSG:3857 pyramids (as GDAL, QGIS and most tile
    tools write them) translate tile for tile; others are refused with what to do."""
    import sqlite3
    from contextlib import closing

    uri = src.resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'tiles'")]  # fmt: skip
            if not tables:
                raise BasemapError(
                    translate("Basemaps", "{file}: this GeoPackage holds no tile table.").format(
                        file=src.name
                    )
                )
            table = tables[0]
            row = conn.execute(
                "SELECT s.organization, s.organization_coordsys_id, m.min_x, m.min_y, m.max_x,"
                " m.max_y FROM gpkg_tile_matrix_set m JOIN gpkg_spatial_ref_sys s"
                " ON s.srs_id = m.srs_id WHERE m.table_name = ?", (table,),
            ).fetchone()  # fmt: skip
            world = (-_WEB_MERCATOR_HALF, -_WEB_MERCATOR_HALF, _WEB_MERCATOR_HALF,
                     _WEB_MERCATOR_HALF)  # fmt: skip
            if (
                row is None
                or str(row[0]).upper() != "EPSG"
                or int(row[1]) not in (3857, 900913)
                or any(abs(a - b) > 1.0 for a, b in zip(row[2:], world, strict=True))
            ):
                raise BasemapError(
                    translate(
                        "Basemaps",
                        "{file}: its tiles are not a world web-mercator (EPSG:3857) pyramid; "
                        "convert it with gdal_translate -of MBTILES and import the .mbtiles file.",
                    ).format(file=src.name)
                )
            zooms = {
                z: w for z, w, h in conn.execute(
                    "SELECT zoom_level, matrix_width, matrix_height FROM gpkg_tile_matrix"
                    " WHERE table_name = ?", (table,)) if w == h and w & (w - 1) == 0
            }  # fmt: skip
            with closing(sqlite3.connect(out)) as target:
                target.executescript(
                    "CREATE TABLE metadata (name TEXT, value TEXT);"
                    "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                    " tile_row INTEGER, tile_data BLOB);"
                    "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);"
                )
                fmt = None
                quoted = '"' + table.replace('"', '""') + '"'
                for level, width in zooms.items():
                    z = width.bit_length() - 1
                    for column, tile_row, data in conn.execute(
                        f"SELECT tile_column, tile_row, tile_data FROM {quoted}"
                        " WHERE zoom_level = ?", (level,),
                    ):  # fmt: skip
                        fmt = fmt or sniff_format(bytes(data))
                        target.execute(
                            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
                            (z, column, (1 << z) - 1 - tile_row, data),
                        )
                target.executemany(
                    "INSERT INTO metadata VALUES (?, ?)",
                    [("name", table), ("format", fmt or "png"), ("scheme", "tms")],
                )
                target.commit()
    except sqlite3.Error:
        raise BasemapError(
            translate("Basemaps", "{file}: its tile table cannot be read.").format(file=src.name)
        ) from None
    return str(table)


def import_mbtiles(src: Path, *, id: str | None = None, replace: bool = False) -> Basemap:
    """Validate an MBTiles file, then copy it into the library under ``id`` (default: its name).

    A GeoPackage's tile table is accepted too: it is first copied into an MBTiles file.

    The file is refused before anything is copied; the copy is made under a temporary name
    with SQLite's backup API and renamed into place, so the folder never holds half a file.
    """
    src = Path(src)
    basemap_id = _check_id(id) if id is not None else slug_from_filename(src)
    if is_pmtiles(src) or src.suffix.lower() == ".pmtiles":
        return import_vector_tiles(src, id=basemap_id, replace=replace)
    if mbtiles_format(src) in ("pbf", "mvt"):
        with tempfile.TemporaryDirectory(prefix=".vector-", dir=library_dir()) as workdir:
            converted = Path(workdir) / f"{basemap_id}.pmtiles"
            try:
                mbtiles_to_pmtiles(src, converted)
            except VectorTilesError as exc:
                raise BasemapError(str(exc)) from None
            return import_vector_tiles(converted, id=basemap_id, replace=replace, origin=src)
    if is_geopackage(src):
        with tempfile.TemporaryDirectory() as workdir:
            converted = Path(workdir) / f"{basemap_id}.mbtiles"
            geopackage_to_mbtiles(src, converted)
            return import_mbtiles(converted, id=basemap_id, replace=replace)
    with MBTiles(src) as tiles:
        if not tiles.has_tiles():
            raise BasemapError(
                translate("Basemaps", "{file}: the tile set holds no tiles.").format(file=src)
            )
        folder = library_dir()
        destination = folder / f"{basemap_id}.mbtiles"
        _refuse_taken_id(basemap_id, replace=replace)
        fd, tmp_name = tempfile.mkstemp(prefix=".import-", suffix=".part", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            tiles.copy_to(tmp)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            with MBTiles(tmp) as copy:  # the copy must read back before it takes the name
                copy_format = copy.format
            os.replace(tmp, destination)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    _vector_path(basemap_id).unlink(missing_ok=True)  # replaced: one file per id
    fsync_dir(folder)
    log.info("Imported basemap %s (%s) from %s", basemap_id, copy_format, src)
    with MBTiles(destination) as imported:
        return _local_basemap(basemap_id, imported)


def _refuse_taken_id(basemap_id: str, *, replace: bool) -> None:
    """An import may not take an online source's id, nor a library file's (raster or vector)
    unless it replaces it: one basemap per id."""
    if basemap_id in _read_online():
        raise BasemapError(
            translate("Basemaps", "An online basemap already uses the id '{id}'.").format(
                id=basemap_id
            )
        )
    taken = _local_path(basemap_id).exists() or _vector_path(basemap_id).exists()
    if taken and not replace:
        raise BasemapError(
            translate(
                "Basemaps",
                "A basemap with the id '{id}' already exists; "
                "remove it first or import with replace.",
            ).format(id=basemap_id)
        )


def import_vector_tiles(
    src: Path, *, id: str | None = None, replace: bool = False, origin: Path | None = None
) -> Basemap:
    """Check a PMTiles archive of vector tiles, then copy it into the library as ``<id>.pmtiles``.

    Refused before anything is copied (not PMTiles v3, not vector tiles, a compression or schema
    the page cannot draw); the copy takes its name only once it reads back. ``origin`` names the
    file the user gave when ``src`` was converted from it (vector MBTiles).
    """
    src = Path(src)
    shown = origin or src
    basemap_id = _check_id(id) if id is not None else slug_from_filename(shown)
    try:
        read_pmtiles(src)
    except VectorTilesError as exc:
        raise BasemapError(str(exc).replace(str(src), str(shown))) from None
    folder = library_dir()
    destination = _vector_path(basemap_id)
    _refuse_taken_id(basemap_id, replace=replace)
    fd, tmp_name = tempfile.mkstemp(prefix=".import-", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as source:
            while chunk := source.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        info = read_pmtiles(tmp)  # the copy must read back before it takes the name
        os.replace(tmp, destination)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _local_path(basemap_id).unlink(missing_ok=True)  # replaced: one file per id
    fsync_dir(folder)
    log.info("Imported vector basemap %s (%s schema) from %s", basemap_id, info.schema, shown)
    return _vector_basemap(basemap_id, destination, info)


def remove_basemap(id: str) -> None:
    """Delete an imported tile set, or an online source together with its cache."""
    _check_id(id)
    for local in (_local_path(id), _vector_path(id)):
        if local.exists():
            local.unlink()
            return
    with _online_lock:
        sources = _read_online()
        if id not in sources:
            raise NotFoundError(
                translate("Basemaps", "No basemap with the id '{id}'.").format(id=id)
            )
        del sources[id]
        _write_online(sources)
        _cache_path(id).unlink(missing_ok=True)


# -- tiles ---------------------------------------------------------------------------------


def cached_tile(id: str, z: int, x: int, y: int) -> bytes | None:
    """A tile from an online source's cache, or None; never touches the network."""
    path = _cache_path(_check_id(id))
    if not path.exists():
        return None
    with MBTiles(path) as cache:
        return cache.tile(z, x, y)


def store_tile(id: str, z: int, x: int, y: int, data: bytes) -> None:
    """Keep a tile of an online source in its cache; only png, jpeg and webp images."""
    source = _online_source(id)
    fmt = sniff_format(bytes(data))
    if fmt is None or fmt not in MIME_TYPES:
        raise ValidationError(
            "tile_data",
            translate("Basemaps", "tile {z}/{x}/{y} is not a png, jpeg or webp image").format(
                z=z, x=x, y=y
            ),
        )
    with TileCache(
        _cache_path(source.id),
        name=source.label,
        format=fmt,
        attribution=source.attribution,
        max_zoom=source.max_zoom,
    ) as cache:
        cache.put(z, x, y, bytes(data))


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s): a tile server must not send us to file:// or ftp://."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(newurl, code, "redirect to a non-HTTP URL", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    """An opener that speaks HTTP(S) only (the default one also opens file:, ftp: and data:)."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),  # mission networks may only reach out through a proxy
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        _HttpOnlyRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _too_large() -> str:
    return translate("Basemaps", "the tile is larger than {size} MB").format(
        size=MAX_TILE_BYTES // (1024 * 1024)
    )


def _download(url: str, fail_prefix: str, timeout: float) -> bytes:
    def fail(reason: str) -> TileFetchError:
        return TileFetchError(
            translate("Basemaps", "{failure}: {reason}.").format(failure=fail_prefix, reason=reason)
        )

    request = urllib.request.Request(
        url,
        headers={"User-Agent": USER_AGENT, "Accept": "image/png,image/jpeg,image/webp;q=0.9"},
    )
    try:
        with _opener().open(request, timeout=timeout) as response:
            if response.status != 200:
                raise fail(
                    translate("Basemaps", "the server answered {status}, not 200").format(
                        status=response.status
                    )
                )
            content_type = response.headers.get_content_type()
            if not content_type.startswith("image/"):
                raise fail(
                    translate("Basemaps", "the server sent {type}, not an image").format(
                        type=content_type
                    )
                )
            length = response.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > MAX_TILE_BYTES:
                raise fail(_too_large())
            data = response.read(MAX_TILE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        exc.close()  # the error holds the response's socket open until it is collected
        raise fail(f"HTTP {exc.code}") from exc
    except urllib.error.URLError as exc:
        raise fail(str(exc.reason)) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise fail(str(exc) or type(exc).__name__) from exc
    if len(data) > MAX_TILE_BYTES:
        raise fail(_too_large())
    if sniff_format(data) not in MIME_TYPES:
        raise fail(translate("Basemaps", "the data is not a png, jpeg or webp image"))
    return data


def fetch_tile(id: str, z: int, x: int, y: int, timeout: float = 5.0) -> bytes:
    """A tile of an online source: from its cache, else downloaded and cached.

    The only network access in the application, and only for a source the user added.
    Refuses responses that are not images or are larger than 2 MB.
    """
    source = _online_source(id)
    if not tile_in_range(z, x, y) or z > source.max_zoom:
        raise ValidationError(
            "tile",
            translate("Basemaps", "{z}/{x}/{y} is outside '{label}'").format(
                z=z, x=x, y=y, label=source.label
            ),
        )
    cached = cached_tile(source.id, z, x, y)
    if cached is not None:
        return cached
    url = source.url_template
    for placeholder, value in zip(_PLACEHOLDERS, (z, x, y), strict=True):
        url = url.replace(placeholder, str(value))
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if parts.port:
        host = f"{host}:{parts.port}"
    # The message names the host, not the URL: a template may carry an API key.
    data = _download(
        url,
        translate("Basemaps", "Tile {z}/{x}/{y} of '{label}' from {host} failed").format(
            z=z, x=x, y=y, label=source.label, host=host
        ),
        timeout,
    )
    store_tile(source.id, z, x, y, data)
    return data


def read_range(id: str, offset: int, length: int) -> bytes:
    """``length`` bytes from ``offset`` of a vector basemap's archive, as the page's pmtiles
    reader asks for them (``<url_base><id>.pmtiles/<offset>/<length>``); fewer at its end."""
    path = _vector_path(_check_id(id))
    if not path.exists():
        raise NotFoundError(
            translate("Basemaps", "No vector basemap with the id '{id}'.").format(id=id)
        )
    if offset < 0 or not 0 < length <= MAX_RANGE_BYTES:
        raise ValidationError(
            "range",
            translate("Basemaps", "{offset}+{length} is not a range the map reads").format(
                offset=offset, length=length
            ),
        )
    from maps.vector_tiles import read_range as read_file_range

    return read_file_range(path, offset, length)


def read_tile(id: str, z: int, x: int, y: int, *, fetch: bool = False) -> bytes | None:
    """The tile a map page asks for at ``<url_base><id>/z/x/y``: imported or cached.

    With ``fetch=True`` a cache miss of an online source is downloaded (see ``fetch_tile``).
    Opens the file per call; a busy tile server can keep one ``MBTiles`` per thread instead.
    Serve the result with ``MIME_TYPES[sniff_format(data)]``.
    """
    _check_id(id)
    local = _local_path(id)
    if local.exists():
        with MBTiles(local) as tiles:
            return tiles.tile(z, x, y)
    if not fetch:
        if id not in _read_online():
            raise NotFoundError(
                translate("Basemaps", "No basemap with the id '{id}'.").format(id=id)
            )
        return cached_tile(id, z, x, y)
    return fetch_tile(id, z, x, y)


def page_basemap_id(basemap_id: str) -> str:
    """The map page's id of a library basemap (``natural-earth`` for the built-in map)."""
    if basemap_id in ("natural-earth", ""):
        return "natural-earth"
    for basemap in list_basemaps():
        if basemap.id == basemap_id or basemap.page_id() == basemap_id:
            return basemap.page_id()
    raise NotFoundError(
        translate("Basemaps", "No basemap with the id '{id}'; see `basemap list`.").format(
            id=basemap_id
        )
    )


def page_basemaps(url_base: str = "bh://local/tiles/") -> list[dict[str, Any]]:
    """Entries for the map page's basemap list, one per library basemap.

    Label and attribution are plain text from files and users: the page escapes them where
    Leaflet would insert HTML (escape at the edge, once), and Qt widgets show them as text.
    """
    entries: list[dict[str, Any]] = []
    for basemap in list_basemaps():
        bounds = basemap.bounds
        if basemap.vector:
            entries.append(
                {
                    "id": basemap.page_id(),
                    "label": basemap.label,
                    "type": "pmtiles",
                    "url": f"{url_base}{basemap.id}.pmtiles",
                    "schema": basemap.vector_schema,
                    "minZoom": basemap.min_zoom,
                    "maxZoom": basemap.max_zoom,
                    "attribution": basemap.attribution,
                    "bounds": None
                    if bounds is None
                    else [[bounds[1], bounds[0]], [bounds[3], bounds[2]]],
                }
            )
            continue
        entries.append(
            {
                "id": f"{'online' if basemap.online else 'mbtiles'}:{basemap.id}",
                "label": basemap.label,
                "type": "xyz",
                "url": f"{url_base}{basemap.id}/{{z}}/{{x}}/{{y}}",
                "minZoom": basemap.min_zoom,
                "maxZoom": basemap.max_zoom,
                "attribution": basemap.attribution,
                "bounds": None
                if bounds is None
                else [[bounds[1], bounds[0]], [bounds[3], bounds[2]]],
            }
        )
    return entries


# -- map sheets and imagery ----------------------------------------------------------------

#: First bytes of the files ``import_map_sheets`` takes: TIFF (both byte orders, BigTIFF) and PDF.
SHEET_MAGIC = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+", b"%PDF-")


def is_map_sheet(path: Path) -> bool:
    """Whether ``path`` looks like a GeoTIFF or GeoPDF (judged from its first bytes)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(5)
    except OSError:
        return False
    return head.startswith(SHEET_MAGIC)


def import_map_sheets(
    sources: list[Path],
    *,
    id: str | None = None,
    name: str | None = None,
    overlay: bool = False,
    acquired: str | None = None,
    neatline: Any = None,
    replace: bool = False,
    progress: Any = None,
    is_cancelled: Any = None,
) -> Basemap:
    """Tile GeoTIFF/GeoPDF map sheets (one sheet, or a series as one mosaic) into the library.

    The sheets are warped and tiled into a temporary MBTiles file beside the library, which
    then goes through ``import_mbtiles`` like any other tile set; a failed or cancelled run
    leaves nothing behind. ``neatline`` (a shapely polygon in longitude/latitude) cuts every
    sheet's collar; ``overlay`` marks imagery to lie over another basemap.
    """
    from datetime import date

    from maps.sheets import tile_sheets

    sources = [Path(s) for s in sources]
    if not sources:
        raise BasemapError(translate("Basemaps", "no map sheet given"))
    basemap_id = _check_id(id) if id is not None else slug_from_filename(sources[0])
    if acquired is not None:
        try:
            acquired = date.fromisoformat(acquired).isoformat()
        except ValueError:
            raise BasemapError(
                translate("Basemaps", "acquired: {date!r} is not a date (YYYY-MM-DD)").format(
                    date=acquired
                )
            ) from None
    destination = _local_path(basemap_id)
    if destination.exists() and not replace:
        raise BasemapError(
            translate(
                "Basemaps",
                "A basemap with the id '{id}' already exists; "
                "remove it first or import with replace.",
            ).format(id=basemap_id)
        )
    folder = library_dir()
    with tempfile.TemporaryDirectory(prefix=".sheets-", dir=folder) as work:
        tiled = Path(work) / f"{basemap_id}.mbtiles"
        tile_sheets(
            sources,
            tiled,
            name=name or (sources[0].stem if len(sources) == 1 else f"{sources[0].stem} series"),
            neatline=neatline,
            acquired=acquired,
            overlay=overlay,
            progress=progress,
            is_cancelled=is_cancelled,
        )
        return import_mbtiles(tiled, id=basemap_id, replace=replace)
