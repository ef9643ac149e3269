"""The offline gazetteer index: one SQLite file of world place names, built once, then only read.

It is not the mission database: it lives in the data folder, is written in one go from the
GeoNames rows that ``app.places`` hands over (to a temporary file renamed into place, so a crash
or a second process never sees half an index) and is opened read-only afterwards. Names are
stored as folded search keys (see ``app.places.text.fold``) so a lookup is one indexed range scan.

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.errors import StoreError
from app.i18n import translate

INDEX_FORMAT = "1"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
"""
# Built after the rows are in: one sort instead of a B-tree kept in order row by row.
_INDEXES = "CREATE INDEX places_by_position ON places (lat, lon);"


@dataclass(frozen=True)
class GazetteerRow:
    """One place as stored; ``names`` are its folded keys (the primary name's key first)."""

    id: int
    name: str
    country: str
    lat: float
    lon: float
    population: int
    keys: tuple[str, ...]


@dataclass(frozen=True)
class IndexedPlace:
    """A place read back from the index, with how its name matched the query."""

    id: int
    name: str
    country: str
    lat: float
    lon: float
    population: int
    primary: bool
    exact: bool


def build_index(path: Path, rows: Iterable[GazetteerRow], meta: dict[str, str]) -> None:
    """Write a complete index to ``path`` all at once (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        conn = sqlite3.connect(temporary)
        try:
            conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            with conn:
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    sorted({**meta, "format": INDEX_FORMAT}.items()),
                )
                for batch in _batches(rows, 5000):
                    conn.executemany(
                        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)",
                        [(r.id, r.name, r.country, r.lat, r.lon, r.population) for r in batch],
                    )
                    conn.executemany(
                        "INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
                        [
                            (key, r.id, 1 if n == 0 else 0)
                            for r in batch
                            for n, key in enumerate(r.keys)
                            if key
                        ],
                    )
                conn.executescript(_INDEXES)
            conn.execute("VACUUM")
        finally:
            conn.close()
        os.replace(temporary, path)
    except sqlite3.Error as exc:
        raise StoreError(
            translate("Store", "{path}: cannot write the place-name index ({exc})").format(
                path=path, exc=exc
            )
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)


def _batches(rows: Iterable[GazetteerRow], size: int) -> Iterator[list[GazetteerRow]]:
    batch: list[GazetteerRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class GazetteerIndex:
    """Read-only access to a built index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            self.conn.execute("SELECT 1 FROM places LIMIT 1")
        except sqlite3.Error as exc:
            raise StoreError(
                translate("Store", "{path}: not a readable place-name index ({exc})").format(
                    path=path, exc=exc
                )
            ) from exc

    def close(self) -> None:
        self.conn.close()

    def meta(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM meta").fetchall())

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM places").fetchone()[0])

    def lookup(self, key: str, *, prefix_limit: int = 0) -> list[IndexedPlace]:
        """Places with a name whose key equals ``key``; plus up to ``prefix_limit`` more (the
        most populous) whose own name (not an alternate) begins with it."""
        if not key:
            return []
        rows = self.conn.execute(
            """SELECT p.id, p.name, p.country, p.lat, p.lon, p.population, max(n.is_primary)
               FROM names n JOIN places p ON p.id = n.place_id
               WHERE n.key = ? GROUP BY p.id""",
            (key,),
        ).fetchall()
        found = [_place(row, exact=True) for row in rows]
        if prefix_limit > 0:
            seen = {p.id for p in found}
            rows = self.conn.execute(
                """SELECT p.id, p.name, p.country, p.lat, p.lon, p.population, max(n.is_primary)
                   FROM names n JOIN places p ON p.id = n.place_id
                   WHERE n.key > ? AND n.key < ? AND n.is_primary = 1 GROUP BY p.id
                   ORDER BY p.population DESC LIMIT ?""",
                (key, key + "\U0010ffff", prefix_limit + len(seen)),
            ).fetchall()
            extra = [_place(row, exact=False) for row in rows if row[0] not in seen]
            found.extend(extra[:prefix_limit])
        return found

    def within(self, bbox: tuple[float, float, float, float], *, limit: int) -> list[IndexedPlace]:
        """The most populous places inside ``(west, south, east, north)``, largest first."""
        west, south, east, north = bbox
        rows = self.conn.execute(
            """SELECT id, name, country, lat, lon, population, 1 FROM places
               WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
               ORDER BY population DESC LIMIT ?""",
            (south, north, west, east, limit),
        ).fetchall()
        return [_place(row, exact=True) for row in rows]


def _place(row: tuple, *, exact: bool) -> IndexedPlace:
    return IndexedPlace(
        id=row[0],
        name=row[1],
        country=row[2],
        lat=row[3],
        lon=row[4],
        population=row[5],
        primary=bool(row[6]),
        exact=exact,
    )
