"""MBTiles 1.3 raster tile sets: read one safely, write one, and cache an online source in one.

A peacekeeping COP has no internet in the field, so its basemaps are MBTiles files (one SQLite
database per tile set) that the user imports, or caches filled while a link was up. This module
knows the file format only: it opens a file read-only and validates it before anything else
trusts it, answers tiles in the XYZ addressing Leaflet uses (MBTiles stores TMS rows, flipped),
and writes files with the tables, index and metadata the specification asks for.

Threads: an ``MBTiles`` or ``TileCache`` holds one SQLite connection, and Python's sqlite3
refuses to use a connection from a thread other than the one that made it. Each thread (a
tile-serving worker, say) opens its own instance; instances are cheap.

This module must not import Qt, folium or anything from ``app`` except ``app.errors``.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from types import MappingProxyType, TracebackType

from app.errors import AppError, NotFoundError, ValidationError
from app.i18n import translate

#: Highest zoom level accepted anywhere; 2**30 tiles a side is far beyond any real tile set.
MAX_ZOOM = 30
#: Raster formats a Leaflet tile layer can show, and the MIME type each is served with.
MIME_TYPES: Mapping[str, str] = MappingProxyType(
    {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}
)
#: ``application_id`` the MBTiles 1.3 specification asks writers to set ("MPBX").
APPLICATION_ID = 0x4D504258
#: Web Mercator's latitude limit: the bounds of a tile set that covers the whole world.
WORLD_BOUNDS = (-180.0, -85.05112877980659, 180.0, 85.05112877980659)

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS metadata (name TEXT NOT NULL, value TEXT)",
    "CREATE UNIQUE INDEX IF NOT EXISTS metadata_name ON metadata (name)",
    "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL,"
    " tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row)",
)
_REQUIRED_COLUMNS = {
    "tiles": ("zoom_level", "tile_column", "tile_row", "tile_data"),
    "metadata": ("name", "value"),
}


class MBTilesError(AppError):
    """A tile set file cannot be used; the message names the file and the reason."""


class MBTilesNotFoundError(MBTilesError, NotFoundError):
    """The tile set file does not exist."""


class NotMBTilesError(MBTilesError):
    """The file is not SQLite, or is SQLite without the MBTiles tables."""


class UnsupportedTileFormatError(MBTilesError):
    """The tiles are not a raster format the map can show (vector ``pbf`` tiles among them)."""


class MBTilesMetadataError(MBTilesError):
    """The metadata table holds bounds or zoom levels that make no sense."""


def sniff_format(data: bytes) -> str | None:
    """The tile format from the data's first bytes: ``png``, ``jpg``, ``webp``, ``pbf`` or None.

    Used when a file has no ``format`` metadata, and to check what an online server sent:
    a Content-Type header is only a claim.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"\x1f\x8b"):
        return "pbf"  # vector tiles are stored gzip-compressed
    return None


def tile_in_range(z: int, x: int, y: int) -> bool:
    """Whether z/x/y names a tile that can exist at all (checked before any query)."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (z, x, y)):
        return False
    if not 0 <= z <= MAX_ZOOM:
        return False
    side = 1 << z
    return 0 <= x < side and 0 <= y < side


def xyz_to_tms_row(z: int, y: int) -> int:
    """MBTiles rows count from the south (TMS); Leaflet's y counts from the north (XYZ)."""
    return (1 << z) - 1 - y


def _tile_lon(x: int, z: int) -> float:
    return x / (1 << z) * 360.0 - 180.0


def _tile_lat(y: int, z: int) -> float:
    """Latitude of the north edge of XYZ row y."""
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / (1 << z)))))


def _normalise_format(value: str) -> str:
    value = value.strip().lower()
    return "jpg" if value == "jpeg" else value


def _check_format(path: Path, fmt: str | None) -> str:
    """The format if it is a raster one the map can show; a clear refusal otherwise."""
    if fmt is None:
        raise UnsupportedTileFormatError(
            translate(
                "Basemaps",
                "{path}: the tile set has no 'format' metadata and no tiles to tell it from.",
            ).format(path=path)
        )
    if fmt == "pbf":
        raise UnsupportedTileFormatError(
            translate(
                "Basemaps",
                "{path}: this is a vector tile set (pbf); only raster tile sets "
                "(png, jpg, webp) can be used as a basemap.",
            ).format(path=path)
        )
    if fmt not in MIME_TYPES:
        raise UnsupportedTileFormatError(
            translate(
                "Basemaps",
                "{path}: tile format '{format}' is not supported; use png, jpg or webp tiles.",
            ).format(path=path, format=fmt)
        )
    return fmt


def _parse_zoom(path: Path, key: str, value: str) -> int:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not number.is_integer() or not 0 <= number <= MAX_ZOOM:
        raise MBTilesMetadataError(
            translate(
                "Basemaps",
                "{path}: metadata '{key}' is {value!r}; it must be a whole number from 0 to {max}.",
            ).format(path=path, key=key, value=value, max=MAX_ZOOM)
        )
    return int(number)


def _parse_bounds(path: Path, value: str) -> tuple[float, float, float, float]:
    problem = f"{path}: metadata 'bounds' is {value!r}; it must be 'west,south,east,north' in"
    problem += " degrees, west < east and south < north."
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise MBTilesMetadataError(problem) from None
    in_range = -180 <= west < east <= 180 and -90 <= south < north <= 90
    if not in_range:  # NaN fails every comparison, so it lands here too
        raise MBTilesMetadataError(problem)
    return (west, south, east, north)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection: an imported file is never changed, not even its journal mode."""
    if not path.exists():
        raise MBTilesNotFoundError(
            translate("Basemaps", "Tile set file not found: {path}").format(path=path)
        )
    if not path.is_file():
        raise NotMBTilesError(
            translate("Basemaps", "{path}: not a file, so not an MBTiles tile set.").format(
                path=path
            )
        )
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        return sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotMBTilesError(
            translate("Basemaps", "{path}: cannot be opened as SQLite ({reason}).").format(
                path=path, reason=exc
            )
        ) from exc


def _check_tables(path: Path, conn: sqlite3.Connection) -> None:
    """Refuse anything that is not SQLite with the two MBTiles tables (or views) and columns."""
    try:
        names = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            )
        }
        for table, required in _REQUIRED_COLUMNS.items():
            if table not in names:
                raise NotMBTilesError(
                    translate(
                        "Basemaps", "{path}: not an MBTiles tile set (it has no '{table}' table)."
                    ).format(path=path, table=table)
                )
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            missing = [c for c in required if c not in columns]
            if missing:
                raise NotMBTilesError(
                    translate(
                        "Basemaps", "{path}: not an MBTiles tile set ('{table}' lacks {columns})."
                    ).format(path=path, table=table, columns=", ".join(missing))
                )
    except sqlite3.DatabaseError as exc:
        raise NotMBTilesError(
            translate("Basemaps", "{path}: not an MBTiles tile set ({reason}).").format(
                path=path, reason=exc
            )
        ) from exc


class MBTiles:
    """One MBTiles file opened read-only, validated on opening.

    Opening checks the tables, the tile format and the bounds/zoom metadata, so every later
    failure is a missing tile, not a surprise. One connection per instance and per thread.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn = _connect_read_only(self.path)
        try:
            _check_tables(self.path, self._conn)
            self._metadata = self._read_metadata()
            self._format = _check_format(self.path, self._detect_format())
            self._zoom_meta = {
                key: _parse_zoom(self.path, key, self._metadata[key])
                for key in ("minzoom", "maxzoom")
                if self._metadata.get(key, "").strip()
            }
            if self._zoom_meta.get("minzoom", 0) > self._zoom_meta.get("maxzoom", MAX_ZOOM):
                raise MBTilesMetadataError(
                    translate("Basemaps", "{path}: metadata 'minzoom' is above 'maxzoom'.").format(
                        path=self.path
                    )
                )
            bounds = self._metadata.get("bounds", "").strip()
            self._bounds_meta = _parse_bounds(self.path, bounds) if bounds else None
        except BaseException:
            self._conn.close()
            raise

    # -- reading ---------------------------------------------------------------------------

    def _read_metadata(self) -> dict[str, str]:
        result: dict[str, str] = {}
        try:
            rows = self._conn.execute("SELECT name, value FROM metadata").fetchall()
        except sqlite3.DatabaseError as exc:
            raise NotMBTilesError(
                translate("Basemaps", "{path}: metadata cannot be read ({reason}).").format(
                    path=self.path, reason=exc
                )
            ) from exc
        for name, value in rows:
            if isinstance(value, bytes):
                value = value.decode("utf-8", errors="replace")
            result[str(name)] = "" if value is None else str(value)
        return result

    def _detect_format(self) -> str | None:
        declared = self._metadata.get("format", "").strip()
        if declared:
            return _normalise_format(declared)
        row = self._query_one("SELECT tile_data FROM tiles LIMIT 1")
        return sniff_format(bytes(row[0])) if row and row[0] is not None else None

    def _query_one(self, sql: str, params: tuple[int, ...] = ()) -> tuple | None:
        try:
            return self._conn.execute(sql, params).fetchone()
        except sqlite3.ProgrammingError:
            raise  # a closed or cross-thread connection is a bug, not a bad file
        except sqlite3.DatabaseError as exc:
            raise MBTilesError(
                translate("Basemaps", "{path}: the tile set cannot be read ({reason}).").format(
                    path=self.path, reason=exc
                )
            ) from exc

    def metadata(self) -> dict[str, str]:
        """Every metadata name and value, as text (a copy)."""
        return dict(self._metadata)

    @property
    def name(self) -> str:
        return self._metadata.get("name", "").strip() or self.path.stem

    @property
    def format(self) -> str:
        """``png``, ``jpg`` or ``webp`` (``jpeg`` is reported as ``jpg``)."""
        return self._format

    @property
    def mime_type(self) -> str:
        return MIME_TYPES[self._format]

    @property
    def attribution(self) -> str:
        """The attribution as stored; it may hold HTML, so escape or strip it before display."""
        return self._metadata.get("attribution", "").strip()

    @cached_property
    def _zoom_range_of_tiles(self) -> tuple[int, int] | None:
        row = self._query_one("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")
        return None if row is None or row[0] is None else (int(row[0]), int(row[1]))

    @property
    def min_zoom(self) -> int:
        """From metadata, else the lowest zoom that has tiles (0 for an empty set)."""
        if "minzoom" in self._zoom_meta:
            return self._zoom_meta["minzoom"]
        found = self._zoom_range_of_tiles
        return found[0] if found else 0

    @property
    def max_zoom(self) -> int:
        """From metadata, else the highest zoom that has tiles (0 for an empty set)."""
        if "maxzoom" in self._zoom_meta:
            return self._zoom_meta["maxzoom"]
        found = self._zoom_range_of_tiles
        return found[1] if found else 0

    @cached_property
    def bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) in degrees: metadata, else the tiles' extent; None if empty.

        The extent is taken at the highest zoom that has tiles, where it is tightest.
        """
        if self._bounds_meta is not None:
            return self._bounds_meta
        found = self._zoom_range_of_tiles
        if found is None:
            return None
        z = found[1]
        row = self._query_one(
            "SELECT MIN(tile_column), MAX(tile_column), MIN(tile_row), MAX(tile_row)"
            " FROM tiles WHERE zoom_level = ?",
            (z,),
        )
        assert row is not None and row[0] is not None
        min_col, max_col, min_row, max_row = (int(v) for v in row)
        north_y = xyz_to_tms_row(z, max_row)  # the highest TMS row is the northernmost
        south_y = xyz_to_tms_row(z, min_row) + 1
        return (
            _tile_lon(min_col, z),
            _tile_lat(south_y, z),
            _tile_lon(max_col + 1, z),
            _tile_lat(north_y, z),
        )

    def has_tiles(self) -> bool:
        """Whether there is at least one tile (cheap, unlike counting them)."""
        return self._query_one("SELECT 1 FROM tiles LIMIT 1") is not None

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at XYZ z/x/y, or None if there is none or the address is out of range."""
        if not tile_in_range(z, x, y) or not self.min_zoom <= z <= self.max_zoom:
            return None
        row = self._query_one(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, xyz_to_tms_row(z, y)),
        )
        return None if row is None or row[0] is None else bytes(row[0])

    def copy_to(self, destination: str | Path) -> None:
        """Write a consistent copy with SQLite's backup API (never copy a database file's bytes).

        The copy uses the rollback journal, whatever the source used, so it is one
        self-contained file. ``destination`` must not be open elsewhere.
        """
        target = sqlite3.connect(Path(destination), isolation_level=None)
        try:
            self._conn.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.Error as exc:
            raise MBTilesError(
                translate(
                    "Basemaps", "{path}: cannot be copied to {destination} ({reason})."
                ).format(path=self.path, destination=destination, reason=exc)
            ) from exc
        finally:
            target.close()

    # -- lifetime --------------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> MBTiles:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MBTiles({str(self.path)!r})"


# -- writing -------------------------------------------------------------------------------


def _check_tile(z: int, x: int, y: int, data: bytes) -> None:
    if not tile_in_range(z, x, y):
        raise ValidationError(
            "tile",
            translate("Basemaps", "{z}/{x}/{y} is not a valid tile address").format(z=z, x=x, y=y),
        )
    if not isinstance(data, bytes | bytearray | memoryview) or len(data) == 0:
        raise ValidationError(
            "tile_data",
            translate("Basemaps", "tile {z}/{x}/{y} has no image data").format(z=z, x=x, y=y),
        )


def _connect_writable(path: Path) -> sqlite3.Connection:
    created = not path.exists()
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    except sqlite3.Error as exc:
        raise MBTilesError(
            translate("Basemaps", "{path}: cannot be opened for writing ({reason}).").format(
                path=path, reason=exc
            )
        ) from exc
    if created:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return conn


@contextmanager
def _transaction(path: Path, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error: all of a write or none of it."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as exc:
        raise NotMBTilesError(
            translate(
                "Basemaps", "{path}: cannot be written as an MBTiles file ({reason})."
            ).format(path=path, reason=exc)
        ) from exc
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def _ensure_schema(path: Path, conn: sqlite3.Connection) -> None:
    """Create the MBTiles tables and indexes if missing; must run inside a transaction."""
    try:
        for statement in _SCHEMA:
            conn.execute(statement)
    except sqlite3.DatabaseError as exc:
        raise NotMBTilesError(
            translate(
                "Basemaps", "{path}: cannot be written as an MBTiles file ({reason})."
            ).format(path=path, reason=exc)
        ) from exc
    _check_tables(path, conn)


def write_mbtiles(
    path: str | Path,
    tiles: Iterable[tuple[int, int, int, bytes]],
    metadata: Mapping[str, object],
) -> None:
    """Create (or add to) an MBTiles file: ``tiles`` as XYZ (z, x, y, data), in one transaction.

    Metadata values are stored as text and replace existing ones with the same name; tiles
    replace tiles at the same address. Nothing is written unless everything is.
    """
    path = Path(path)
    conn = _connect_writable(path)
    try:
        with _transaction(path, conn):
            _ensure_schema(path, conn)
            conn.executemany(
                "INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)",
                [(str(k), str(v)) for k, v in metadata.items()],
            )
            for z, x, y, data in tiles:
                _check_tile(z, x, y, data)
                conn.execute(
                    "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data)"
                    " VALUES (?, ?, ?, ?)",
                    (z, x, xyz_to_tms_row(z, y), bytes(data)),
                )
    finally:
        conn.close()


class TileCache:
    """A writable MBTiles file that keeps tiles fetched from an online XYZ source.

    Created with full metadata (name, format, type, version, description, attribution, zooms,
    bounds) if missing; an existing file keeps its metadata. The result is an ordinary MBTiles
    file: it can be copied to a machine with no network and imported there.
    One connection per instance and per thread; writers on other connections wait their turn.
    """

    VERSION = "1.0"

    def __init__(
        self,
        path: str | Path,
        *,
        name: str,
        format: str = "png",
        attribution: str = "",
        description: str = "",
        min_zoom: int = 0,
        max_zoom: int = 19,
    ) -> None:
        self.path = Path(path)
        defaults = {
            "name": name,
            "format": _normalise_format(format),
            "type": "baselayer",
            "version": self.VERSION,
            "description": description or f"Tiles cached from the online source '{name}'.",
            "attribution": attribution,
            "minzoom": str(min_zoom),
            "maxzoom": str(max_zoom),
            "bounds": ",".join(str(v) for v in WORLD_BOUNDS),
        }
        self._conn = _connect_writable(self.path)
        try:
            with _transaction(self.path, self._conn):
                _ensure_schema(self.path, self._conn)
                self._conn.executemany(
                    "INSERT OR IGNORE INTO metadata (name, value) VALUES (?, ?)",
                    list(defaults.items()),
                )
        except BaseException:
            self._conn.close()
            raise

    def put(self, z: int, x: int, y: int, data: bytes) -> None:
        """Store (or replace) the tile at XYZ z/x/y."""
        _check_tile(z, x, y, data)
        try:
            with _transaction(self.path, self._conn):
                self._conn.execute(
                    "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data)"
                    " VALUES (?, ?, ?, ?)",
                    (z, x, xyz_to_tms_row(z, y), bytes(data)),
                )
        except sqlite3.Error as exc:
            raise MBTilesError(
                translate(
                    "Basemaps", "{path}: tile {z}/{x}/{y} cannot be stored ({reason})."
                ).format(path=self.path, z=z, x=x, y=y, reason=exc)
            ) from exc

    def get(self, z: int, x: int, y: int) -> bytes | None:
        if not tile_in_range(z, x, y):
            return None
        row = self._conn.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, xyz_to_tms_row(z, y)),
        ).fetchone()
        return None if row is None else bytes(row[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> TileCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
