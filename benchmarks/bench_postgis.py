"""The HQ store at scale: PostGIS beside SQLite on the same 1M incidents.

Both engines get the same generated incident rows (written in bulk: COPY on PostgreSQL,
one executemany on SQLite, indexes and triggers included), spread over a 2.4° × 2.4° sector
and a year, so that a 0.2° × 0.2° box holds about 7,000 of them at 1M (the issue's density).
Then, on each engine: p95 of bounding-box queries returning ids, the map payload of a 1° × 1°
view with its incidents of the last 30 days, and ``analyse violations`` over the last 7 days
end to end (20 ceasefire lines). PostGIS also gets position reports (200 units) and the
current-position query. The server is a throwaway cluster started here, as in the tests.
"""

from __future__ import annotations

import glob
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from shapely.geometry import LineString

from app.analysis import violations
from app.domain.records import CeasefireLine, Unit
from app.store import open_mission, open_store
from benchmarks.common import report, timed

END = datetime(2026, 12, 1, tzinfo=UTC)
WEST, SOUTH, SIZE = 28.0, 9.0, 2.4
CATEGORIES = ("ceasefire_violation", "indirect_fire", "crime", "displacement")
COLUMNS = (
    "id", "origin", "version", "created_at", "updated_at", "deleted", "classification",
    "releasable_to", "content_hash", "title", "category", "occurred_start", "lat", "lon",
    "severity", "source_kind", "source_reliability", "info_credibility", "status",
    "description", "actors", "attachments",
)  # fmt: skip


def _utc(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def incident_rows(n: int, seed: int = 7) -> list[tuple[object, ...]]:
    """Rows as the stores keep them (text times, JSON lists), not through the record class:
    the figures are about queries, and 1M validated records would take minutes to build."""
    rng = random.Random(seed)
    made = _utc(END)
    rows = []
    for i in range(n):
        when = END - timedelta(seconds=rng.randrange(365 * 86400))
        rows.append(
            (
                f"bench-{i:08d}", "install-bench", f"{1764547200000 + i:015d}.000000.bench",
                made, made, 0, "UNCLASSIFIED", '["MISSION"]', f"{i:064x}", f"Report {i}",
                CATEGORIES[i % 4], _utc(when), round(SOUTH + rng.random() * SIZE, 6),
                round(WEST + rng.random() * SIZE, 6), 1 + i % 5, "patrol", "C", 3, "reported",
                "Observers heard bursts of small-arms fire to the north-east.", "[]", "[]",
            )
        )  # fmt: skip
    return rows


def lines() -> list[CeasefireLine]:
    rng = random.Random(3)
    out = []
    for i in range(20):
        lat = SOUTH + 0.1 + i * (SIZE - 0.2) / 19
        points = [(WEST + k * SIZE / 8, lat + rng.uniform(-0.02, 0.02)) for k in range(9)]
        out.append(
            CeasefireLine(
                name=f"Line {i}",
                geometry=LineString(points),
                party_left="North",
                party_right="South",
                buffer_m=1000.0,
            )
        )
    return out


@contextmanager
def cluster() -> Iterator[str]:
    """A throwaway PostgreSQL server on a Unix socket; yields the URL of database ``bench``."""
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    programs = Path(folders[0]) if folders else Path(shutil.which("initdb") or "x").parent
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="bluehelmet-bench-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    user = "postgres" if as_root else os.environ.get("USER", "postgres")
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    data = folder / "data"

    def run(*command: str) -> None:
        subprocess.run([*prefix, *command], env=env, check=True, capture_output=True)

    run(str(programs / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "--no-sync")
    # Durable settings (fsync on): the figures are for a real server, not a test one.
    options = f"-k {folder} -c listen_addresses='' -c shared_buffers=512MB"
    run(str(programs / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options,
        "-w", "start")  # fmt: skip
    base = f"postgresql://{user}@{quote(str(folder), safe='')}"
    try:
        import psycopg

        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        yield f"{base}/bench"
    finally:
        run(str(programs / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def boxes(count: int, size: float, seed: int = 5) -> list[tuple[float, float, float, float]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        w, s = rng.uniform(WEST, WEST + SIZE - size), rng.uniform(SOUTH, SOUTH + SIZE - size)
        out.append((w, s, w + size, s + size))
    return out


def measure(store, label: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    small = boxes(200, 0.2)
    hits = []
    times = []
    for b in small:
        started = time.perf_counter()
        hits.append(len(store.ids_in_bbox("incident", b)))
        times.append(time.perf_counter() - started)
    views = boxes(10, 1.0, seed=9)
    since = END - timedelta(days=30)
    payload = []
    sizes = []
    for b in views:
        started = time.perf_counter()
        _, count = store.incident_map_json(bbox=b, start=since)
        payload.append(time.perf_counter() - started)
        sizes.append(count)
    week = [timed(lambda: violations(store, start=END - timedelta(days=7))) for _ in range(3)]
    found = violations(store, start=END - timedelta(days=7))
    print(
        f"   {label}: bbox 0.2° hits median {statistics.median(hits):,.0f}; 1° view last 30 days "
        f"median {statistics.median(sizes):,.0f} incidents; violations 7 days: "
        f"{len(found.items):,}"
    )
    return {
        "bbox_p95_ms": p95(times) * 1000,
        "payload_p95_ms": p95(payload) * 1000,
        "violations_ms": statistics.median(week) * 1000,
    }


def run(quick: bool = False) -> None:
    n = 100_000 if quick else 1_000_000
    reports_n = 100_000 if quick else 1_000_000
    started = time.perf_counter()
    rows = incident_rows(n)
    build = time.perf_counter() - started
    print(f"   {n:,} incident rows generated in {build:.1f} s (the same rows on both engines)")
    with tempfile.TemporaryDirectory() as tmp, cluster() as url:
        sqlite_store = open_store(Path(tmp) / "bench.db")
        sqlite_store.save_many(lines())
        marks = ", ".join("?" * len(COLUMNS))

        def fill_sqlite() -> None:
            with sqlite_store.transaction():
                sqlite_store.conn.executemany(
                    f"INSERT INTO incidents ({', '.join(COLUMNS)}) VALUES ({marks})", rows
                )

        sqlite_fill = timed(fill_sqlite)
        pg_store = open_mission(url)
        pg_store.save_many(lines())

        def fill_postgis() -> None:
            with (
                pg_store.transaction(),
                pg_store.conn.cursor() as cursor,
                cursor.copy(f"COPY incidents ({', '.join(COLUMNS)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
            pg_store.conn.execute("ANALYZE incidents")

        pg_fill = timed(fill_postgis)
        report(
            "bulk load 1 incident (µs)", pg_fill / n * 1e6, "µs", "SQLite", sqlite_fill / n * 1e6
        )
        pg = measure(pg_store, "PostGIS")
        lite = measure(sqlite_store, "SQLite")
        report(
            "bbox 0.2°×0.2° ids, p95 (ms)", pg["bbox_p95_ms"], "ms", "SQLite", lite["bbox_p95_ms"]
        )
        print(f"   target ≤ 50 ms: {'met' if pg['bbox_p95_ms'] <= 50 else 'NOT met'}")
        report("map payload 1°×1°, 30 days, p95 (ms)", pg["payload_p95_ms"], "ms", "SQLite",
               lite["payload_p95_ms"])  # fmt: skip
        print(f"   target ≤ 1,000 ms: {'met' if pg['payload_p95_ms'] <= 1000 else 'NOT met'}")
        report("violations, last 7 days (ms)", pg["violations_ms"], "ms", "SQLite",
               lite["violations_ms"])  # fmt: skip
        print(f"   target ≤ 2,000 ms: {'met' if pg['violations_ms'] <= 2000 else 'NOT met'}")

        units = [Unit(designation=f"COY {i}", nation="NPL", sidc="10031000151211000000")
                 for i in range(200)]  # fmt: skip
        pg_store.save_many(units)
        rng = random.Random(11)

        def fill_reports() -> None:
            with (
                pg_store.transaction(),
                pg_store.conn.cursor() as cursor,
                cursor.copy(
                    "COPY position_reports (id, origin, version, created_at, updated_at,"
                    " classification, releasable_to, content_hash, unit_id, observed_at, lat,"
                    " lon, status, method) FROM STDIN"
                ) as copy,
            ):
                made = _utc(END)
                for i in range(reports_n):
                    copy.write_row(
                        (
                            f"pr-{i:09d}", "install-bench", f"{i:015d}.000000.bench", made, made,
                            "UNCLASSIFIED", '["MISSION"]', f"{i:064x}", units[i % 200].id,
                            _utc(END - timedelta(minutes=i // 200)),
                            SOUTH + rng.random() * SIZE, WEST + rng.random() * SIZE,
                            "operational", "gps",
                        )
                    )  # fmt: skip
            pg_store.conn.execute("ANALYZE position_reports")

        reports_fill = timed(fill_reports)
        current = [timed(pg_store.current_positions) for _ in range(3)]
        print(
            f"   PostGIS: {reports_n:,} position reports loaded in {reports_fill:.1f} s; current "
            f"positions of 200 units: median {statistics.median(current) * 1000:,.0f} ms"
        )
        size = pg_store.conn.execute("SELECT pg_database_size(current_database())").fetchone()
        print(f"   PostGIS database size: {(size[0] if size else 0) / 1024**2:,.0f} MB")
        pg_store.close()
        sqlite_store.close()
