"""Vector tile archives: read and check a PMTiles v3 file, and write one from vector MBTiles.

A mission's GIS cell hands out OpenStreetMap extracts as one PMTiles file (or as MBTiles whose
tiles are Mapbox Vector Tiles, ``format`` ``pbf``). The map page decodes and draws the tiles
itself (protomaps-leaflet with pmtiles, ``maps/static/bh-vector.js``) and reads the archive
through the app's ``bh://`` scheme in byte ranges, so Python only has to check a file before it
is imported (header, directory, metadata, schema) and, for vector MBTiles, lay the same tiles out
as a PMTiles archive once at import time. Format: https://github.com/protomaps/PMTiles (v3).

Standard library only; must not import Qt, folium or anything from ``app`` but ``app.errors``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import struct
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.i18n import QT_TRANSLATE_NOOP, translate

MAGIC = b"PMTiles"
HEADER_BYTES = 127
#: The page reads the header and the root directory in one first request of this many bytes.
ROOT_BYTES = 16384
#: PMTiles compression codes; browsers decompress gzip natively (DecompressionStream).
COMPRESSION = {0: "unknown", 1: "none", 2: "gzip", 3: "brotli", 4: "zstd"}
TILE_TYPES = {0: "unknown", 1: "mvt", 2: "png", 3: "jpeg", 4: "webp", 5: "avif"}
#: Why an archive is refused when a part of it lies past the end of the file.
_PAST_THE_END = (
    QT_TRANSLATE_NOOP("Basemaps", "{path}: its root directory lies past the end of the file."),
    QT_TRANSLATE_NOOP("Basemaps", "{path}: its metadata lies past the end of the file."),
    QT_TRANSLATE_NOOP("Basemaps", "{path}: its leaf directories lie past the end of the file."),
    QT_TRANSLATE_NOOP("Basemaps", "{path}: its tile data lies past the end of the file."),
)
#: Why an archive is refused when its directories, or its tiles, are compressed as the map cannot
#: read.
_COMPRESSED = (
    QT_TRANSLATE_NOOP(
        "Basemaps",
        "{path}: its directories use {compression} compression; the map reads gzip or none "
        "(re-write it with `pmtiles convert`).",
    ),
    QT_TRANSLATE_NOOP(
        "Basemaps",
        "{path}: its tiles use {compression} compression; the map reads gzip or none "
        "(re-write it with `pmtiles convert`).",
    ),
)
#: Layer names that mark a tile schema the page has styles for.
PROTOMAPS_LAYERS = frozenset({"earth", "water", "roads", "places", "boundaries", "landuse"})
OPENMAPTILES_LAYERS = frozenset({"transportation", "place", "waterway", "boundary", "landcover"})
SCHEMAS = ("protomaps", "openmaptiles")
_HEADER = struct.Struct("<7sBQQQQQQQQQQQBBBBBBiiiiBii")


class VectorTilesError(AppError):
    """A vector tile file cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class PMTilesInfo:
    """What the library needs to know about a PMTiles archive (from its header and metadata)."""

    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float]
    tile_compression: str
    name: str
    attribution: str
    description: str
    schema: str  #: "protomaps" or "openmaptiles"
    layers: tuple[str, ...]


def _decompress(data: bytes, code: int) -> bytes:
    if code == 1:
        return data
    if code == 2:
        return gzip.decompress(data)
    raise ValueError(
        translate("Basemaps", "{compression} compression").format(
            compression=COMPRESSION.get(code, code)
        )
    )


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError(translate("Basemaps", "directory ends inside a number"))
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _parse_directory(data: bytes) -> list[tuple[int, int, int, int]]:
    """(tile_id, offset, length, run_length) entries of a decompressed directory."""
    count, pos = _read_varint(data, 0)
    if count > len(data):  # every entry takes at least one byte per column
        raise ValueError(translate("Basemaps", "directory claims more entries than it holds"))
    ids: list[int] = []
    runs: list[int] = []
    lengths: list[int] = []
    offsets: list[int] = []
    last = 0
    for _ in range(count):
        delta, pos = _read_varint(data, pos)
        last += delta
        ids.append(last)
    for column in (runs, lengths):
        for _ in range(count):
            value, pos = _read_varint(data, pos)
            column.append(value)
    for i in range(count):
        value, pos = _read_varint(data, pos)
        if value == 0 and i > 0:
            offsets.append(offsets[i - 1] + lengths[i - 1])
        elif value == 0:
            raise ValueError(translate("Basemaps", "first directory entry has no offset"))
        else:
            offsets.append(value - 1)
    return list(zip(ids, offsets, lengths, runs, strict=True))


def _schema(layers: Iterable[str]) -> str | None:
    names = set(layers)
    if names & {"roads", "earth", "places"}:
        return "protomaps"
    if names & {"transportation", "place", "waterway"}:
        return "openmaptiles"
    return None


def read_pmtiles(path: Path) -> PMTilesInfo:
    """Check a PMTiles v3 archive of Mapbox Vector Tiles the page can draw; raise saying why not."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(ROOT_BYTES)
            if len(head) < HEADER_BYTES or not head.startswith(MAGIC):
                raise VectorTilesError(
                    translate("Basemaps", "{path}: this is not a PMTiles archive.").format(
                        path=path
                    )
                )
            fields = _HEADER.unpack(head[:HEADER_BYTES])
            version, root_off, root_len, meta_off, meta_len = fields[1:6]
            leaf_off, leaf_len, data_off, data_len = fields[6:10]
            internal, tile_comp, tile_type, min_zoom, max_zoom = fields[14:19]
            min_lon, min_lat, max_lon, max_lat = fields[19:23]
            if version != 3:
                raise VectorTilesError(
                    translate(
                        "Basemaps",
                        "{path}: PMTiles version {version}; only version 3 is read "
                        "(convert it with `pmtiles convert`).",
                    ).format(path=path, version=version)
                )
            for past_the_end, offset, length in (
                (_PAST_THE_END[0], root_off, root_len),
                (_PAST_THE_END[1], meta_off, meta_len),
                (_PAST_THE_END[2], leaf_off, leaf_len),
                (_PAST_THE_END[3], data_off, data_len),
            ):
                if offset + length > size:
                    raise VectorTilesError(translate("Basemaps", past_the_end).format(path=path))
            if TILE_TYPES.get(tile_type) != "mvt":
                raise VectorTilesError(
                    translate(
                        "Basemaps",
                        "{path}: its tiles are {type}, not "
                        "vector tiles (MVT); import raster tiles as MBTiles.",
                    ).format(
                        path=path,
                        type=TILE_TYPES.get(tile_type) or translate("Basemaps", "of unknown type"),
                    )
                )
            for compressed, code in ((_COMPRESSED[0], internal), (_COMPRESSED[1], tile_comp)):
                if code not in (1, 2):
                    raise VectorTilesError(
                        translate("Basemaps", compressed).format(
                            path=path, compression=COMPRESSION.get(code, code)
                        )
                    )
            if root_off + root_len > ROOT_BYTES:
                raise VectorTilesError(
                    translate(
                        "Basemaps", "{path}: its root directory is not in the first 16 KiB."
                    ).format(path=path)
                )
            try:
                root = _parse_directory(_decompress(head[root_off : root_off + root_len], internal))
                handle.seek(meta_off)
                metadata = json.loads(_decompress(handle.read(meta_len), internal) or b"{}")
            except (OSError, ValueError, EOFError) as exc:
                raise VectorTilesError(
                    translate(
                        "Basemaps", "{path}: its directory or metadata is damaged ({reason})."
                    ).format(path=path, reason=exc)
                ) from None
    except OSError as exc:
        raise VectorTilesError(
            translate("Basemaps", "{path}: cannot be read ({reason}).").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    if not root:
        raise VectorTilesError(
            translate("Basemaps", "{path}: the archive holds no tiles.").format(path=path)
        )
    if not 0 <= min_zoom <= max_zoom <= 30:
        raise VectorTilesError(
            translate("Basemaps", "{path}: zoom levels {low}–{high} make no sense.").format(
                path=path, low=min_zoom, high=max_zoom
            )
        )
    if not isinstance(metadata, dict):
        metadata = {}
    layers = tuple(
        str(layer.get("id"))
        for layer in metadata.get("vector_layers") or []
        if isinstance(layer, dict) and layer.get("id")
    )
    schema = _schema(layers)
    if schema is None:
        raise VectorTilesError(
            translate(
                "Basemaps",
                "{path}: its layers ({layers}) follow neither the "
                "Protomaps nor the OpenMapTiles schema, so the map has no style for them.",
            ).format(path=path, layers=", ".join(layers) or translate("Basemaps", "none listed"))
        )
    bounds = (min_lon / 1e7, min_lat / 1e7, max_lon / 1e7, max_lat / 1e7)
    if not (-180 <= bounds[0] < bounds[2] <= 180 and -90 <= bounds[1] < bounds[3] <= 90):
        bounds = (-180.0, -85.05112877980659, 180.0, 85.05112877980659)

    def text(key: str) -> str:
        value = metadata.get(key)
        return value.strip() if isinstance(value, str) else ""

    return PMTilesInfo(
        min_zoom=min_zoom,
        max_zoom=max_zoom,
        bounds=bounds,
        tile_compression=COMPRESSION[tile_comp],
        name=text("name") or path.stem,
        attribution=text("attribution"),
        description=text("description"),
        schema=schema,
        layers=layers,
    )


def read_range(path: Path, offset: int, length: int) -> bytes:
    """Bytes ``offset`` to ``offset + length`` of the file (fewer at its end)."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read(length)


# -- writing (vector MBTiles -> PMTiles) ------------------------------------------------------


def zxy_to_tile_id(z: int, x: int, y: int) -> int:
    """The PMTiles tile id: tiles of lower zooms first, then the Hilbert curve within a zoom."""
    acc = ((1 << (2 * z)) - 1) // 3
    n = 1 << z
    d = 0
    s = n >> 1
    while s > 0:
        rx = 1 if x & s else 0
        ry = 1 if y & s else 0
        d += s * s * ((3 * rx) ^ ry)
        if ry == 0:
            if rx == 1:
                x = s - 1 - x
                y = s - 1 - y
            x, y = y, x
        s >>= 1
    return acc + d


def _varint(value: int, out: bytearray) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def _serialize(entries: list[tuple[int, int, int, int]]) -> bytes:
    out = bytearray()
    _varint(len(entries), out)
    last = 0
    for tile_id, *_ in entries:
        _varint(tile_id - last, out)
        last = tile_id
    for *_, run in entries:
        _varint(run, out)
    for _, _, length, _ in entries:
        _varint(length, out)
    for i, (_, offset, _, _) in enumerate(entries):
        previous = entries[i - 1] if i else None
        if previous is not None and offset == previous[1] + previous[2]:
            _varint(0, out)
        else:
            _varint(offset + 1, out)
    return gzip.compress(bytes(out), mtime=0)


def _directories(entries: list[tuple[int, int, int, int]]) -> tuple[bytes, bytes]:
    """(root, leaves): everything in the root if it fits in the first 16 KiB, else leaves."""
    root = _serialize(entries)
    if len(root) <= ROOT_BYTES - HEADER_BYTES:
        return root, b""
    leaf_size = 4096
    while True:
        leaves = bytearray()
        root_entries = []
        for start in range(0, len(entries), leaf_size):
            chunk = entries[start : start + leaf_size]
            leaf = _serialize(chunk)
            root_entries.append((chunk[0][0], len(leaves), len(leaf), 0))
            leaves += leaf
        root = _serialize(root_entries)
        if len(root) <= ROOT_BYTES - HEADER_BYTES:
            return root, bytes(leaves)
        leaf_size *= 2


def _mbtiles_rows(conn: sqlite3.Connection) -> Iterator[tuple[int, int, int, bytes]]:
    for z, column, row, data in conn.execute(
        "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles"
    ):
        if 0 <= z <= 30:
            yield z, column, (1 << z) - 1 - row, bytes(data)


def mbtiles_to_pmtiles(src: Path, out: Path) -> None:
    """Lay out a vector MBTiles file (Mapbox Vector Tiles, ``format`` ``pbf``) as PMTiles v3."""
    uri = Path(src).resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            metadata = dict(conn.execute("SELECT name, value FROM metadata").fetchall())
            zooms: set[int] = set()
            rows = []
            for z, x, y, tile in _mbtiles_rows(conn):
                zooms.add(z)
                rows.append((zxy_to_tile_id(z, x, y), tile))
            rows.sort()
    except sqlite3.Error as exc:
        raise VectorTilesError(
            translate("Basemaps", "{path}: its tiles cannot be read ({reason}).").format(
                path=src, reason=exc
            )
        ) from None
    if not rows:
        raise VectorTilesError(
            translate("Basemaps", "{path}: the tile set holds no tiles.").format(path=src)
        )
    try:
        json_meta = json.loads(metadata.get("json") or "{}")
    except ValueError:
        json_meta = {}
    document: dict[str, Any] = {
        key: metadata[key] for key in ("name", "attribution", "description") if key in metadata
    }
    if isinstance(json_meta, dict) and isinstance(json_meta.get("vector_layers"), list):
        document["vector_layers"] = json_meta["vector_layers"]
    gzipped = rows[0][1].startswith(b"\x1f\x8b")
    data = bytearray()
    entries: list[tuple[int, int, int, int]] = []
    seen: dict[bytes, tuple[int, int]] = {}
    for tile_id, tile in rows:
        digest = hashlib.sha256(tile).digest()
        if digest in seen:
            offset, length = seen[digest]
        else:
            offset, length = len(data), len(tile)
            seen[digest] = (offset, length)
            data += tile
        last = entries[-1] if entries else None
        if last and last[0] + last[3] == tile_id and last[1] == offset and last[2] == length:
            entries[-1] = (last[0], last[1], last[2], last[3] + 1)  # a run of one tile (sea)
        else:
            entries.append((tile_id, offset, length, 1))
    root, leaves = _directories(entries)
    meta = gzip.compress(json.dumps(document, ensure_ascii=False).encode("utf-8"), mtime=0)
    west, south, east, north = _bounds(metadata.get("bounds"))
    root_off = HEADER_BYTES
    meta_off = root_off + len(root)
    leaf_off = meta_off + len(meta)
    data_off = leaf_off + len(leaves)
    header = _HEADER.pack(
        MAGIC, 3, root_off, len(root), meta_off, len(meta), leaf_off, len(leaves), data_off,
        len(data), len(rows), len(entries), len(seen), 1, 2, 2 if gzipped else 1, 1,
        min(zooms), max(zooms), round(west * 1e7), round(south * 1e7), round(east * 1e7),
        round(north * 1e7), min(zooms), round((west + east) / 2 * 1e7),
        round((south + north) / 2 * 1e7),
    )  # fmt: skip
    with open(out, "wb") as handle:
        for part in (header, root, meta, leaves, data):
            handle.write(part)


def _bounds(text: str | None) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in str(text).split(","))
        if -180 <= west < east <= 180 and -90 <= south < north <= 90:
            return west, south, east, north
    except ValueError:
        pass
    return -180.0, -85.05112877980659, 180.0, 85.05112877980659


def is_pmtiles(path: Path) -> bool:
    """Whether the file starts like a PMTiles archive."""
    try:
        with open(path, "rb") as handle:
            return handle.read(7) == MAGIC
    except OSError:
        return False


def mbtiles_format(path: Path) -> str | None:
    """The ``format`` metadata of an MBTiles file, lower case, or None (read-only)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            row = conn.execute("SELECT value FROM metadata WHERE name = 'format'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]).strip().lower() if row and row[0] else None
