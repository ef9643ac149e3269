"""Interop: import speed of a 100k-feature GeoPackage of incident points, beside raw reading.

A partner's GeoPackage (QGIS-style, ACLED columns: event_date, event_type, sub_event_type,
fatalities, notes, actor1) with 100,000 incident points in EPSG:4326 is imported into an empty
mission with ``app.interop.importer.import_file`` (sniff, read, map to records, validate,
check references, write in one transaction). Baseline in the same run: ``pyogrio.raw.read`` of
the same file plus ``sqlite3.executemany`` of (fid, lon, lat, columns…) into one bare table in
one transaction — the least any GeoPackage import must do. Also: the same points in UTM 36N
(reprojection on the PROJ thread), and our own GeoPackage export of the imported incidents and
its re-import (the round trip).
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely
from pyogrio.raw import read as ogr_read
from pyogrio.raw import write as ogr_write

from app.domain import geo
from app.interop.base import Job
from app.interop.exporter import export_file
from app.interop.importer import detect, import_file
from app.store import open_store
from benchmarks.common import report, timed

TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Riots", "Mob violence"),
    ("Protests", "Peaceful protest"),
    ("Violence against civilians", "Attack"),
]


def partner_geopackage(path: Path, n: int, epsg: int = 4326) -> Path:
    """``n`` incident points around the demo area with ACLED-style columns."""
    rng = np.random.default_rng(7)
    lon = 20.0 + rng.random(n) * 2.0
    lat = 6.0 + rng.random(n) * 2.0
    points = shapely.points(lon, lat)
    if epsg != 4326:
        points = geo.transform_geometries(points, 4326, epsg)
    kinds = rng.integers(0, len(TYPES), n)
    days = rng.integers(1, 28, n)
    fields = {
        "event_id_cnty": np.array([f"CAF{i:06d}" for i in range(n)], dtype=object),
        "event_date": np.array([f"2026-10-{d:02d}" for d in days], dtype=object),
        "event_type": np.array([TYPES[k][0] for k in kinds], dtype=object),
        "sub_event_type": np.array([TYPES[k][1] for k in kinds], dtype=object),
        "actor1": np.array(["Armed group A"] * n, dtype=object),
        "fatalities": rng.integers(0, 5, n).astype("int64"),
        "notes": np.array([f"Report {i} from the field." for i in range(n)], dtype=object),
    }
    ogr_write(str(path), shapely.to_wkb(points), list(fields.values()), fields=list(fields),
              layer="events", driver="GPKG", geometry_type="Point", crs=f"EPSG:{epsg}")  # fmt: skip
    return path


def raw_baseline(source: Path, target: Path) -> float:
    """pyogrio read + executemany into a bare table, one transaction."""

    def work() -> None:
        meta, _fids, wkb, columns = ogr_read(str(source))
        coords = shapely.get_coordinates(shapely.from_wkb(wkb))
        names = [str(n) for n in meta["fields"]]
        conn = sqlite3.connect(target, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"CREATE TABLE events (lon, lat, {', '.join(names)})")
        values = zip(coords[:, 0].tolist(), coords[:, 1].tolist(),
                     *[c.tolist() for c in columns], strict=True)  # fmt: skip
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO events VALUES ({', '.join('?' * (len(names) + 2))})", values)
        conn.execute("COMMIT")
        conn.close()

    return timed(work)


def import_into_empty(source: Path, db: Path) -> tuple[float, str]:
    with open_store(db) as store:
        started = time.perf_counter()
        summary = import_file(store, source, job=Job())
        seconds = time.perf_counter() - started
    return seconds, summary.describe()


def run(quick: bool = False) -> None:
    n = 10_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        source = partner_geopackage(folder / "partner.gpkg", n)
        made_s = time.perf_counter() - started
        size = source.stat().st_size / 1024**2
        print(f"   made a {n:,}-point partner GeoPackage in {made_s:.1f} s ({size:.1f} MiB); "
              f"sniffed as {detect(source).name}")  # fmt: skip
        baseline_s = raw_baseline(source, folder / "raw.db")
        import_s, described = import_into_empty(source, folder / "mission.db")
        print(f"   {described} in {import_s:.1f} s")
        report("GeoPackage import (features/s)", n / import_s, "feat/s",
               "pyogrio read + executemany", n / baseline_s)  # fmt: skip

        utm = partner_geopackage(folder / "partner-utm.gpkg", n, epsg=32634)
        utm_s, _ = import_into_empty(utm, folder / "mission-utm.db")
        report("GeoPackage import, UTM 34N (features/s)", n / utm_s, "feat/s",
               "pyogrio read + executemany", n / baseline_s)  # fmt: skip

        out = folder / "export.gpkg"
        with open_store(folder / "mission.db", readonly=True) as store:
            export_s = timed(lambda: export_file(store, out, "gpkg"))
        again_s, _ = import_into_empty(out, folder / "round-trip.db")
        report("GeoPackage export, our own (records/s)", n / export_s, "rec/s",
               "pyogrio read + executemany", n / baseline_s)  # fmt: skip
        report("GeoPackage re-import, our own (records/s)", n / again_s, "rec/s",
               "pyogrio read + executemany", n / baseline_s)  # fmt: skip
