"""The HQ store at scale: PostGIS beside SQLite on the same 1M incidents and 10M position reports.

Both engines get the same generated incident rows (written in bulk: COPY on PostgreSQL,
one executemany on SQLite, indexes and triggers included), spread over a 2.4° × 2.4° sector
and a year, so that a 0.2° × 0.2° box holds about 7,000 of them at 1M (the issue's density).
Then, on each engine: p95 of bounding-box queries returning ids, the map payload of a 1° × 1°
view with its incidents of the last 30 days, and ``analyse violations`` over the last 7 days
end to end (20 ceasefire lines). Then the same 10M position reports on each (200 units, a fix
a minute for about 35 days): load time, a unit's track for a day, every unit's latest position.
Then the app's memory opening each mission and building the map payload of a sector view (a
fresh process each); 10 editors and 20 readers, each a process of its own with its own
connection, for 60 s on each engine (edits through the editing service: versions and change
log real; lost writes counted); and the import of a signed 100k-record package (the 100k demo
mission, exported in full) into an empty mission on each engine.

The server is a throwaway cluster started here, as in the tests. Scale by environment
(defaults in brackets; ``--quick`` takes a tenth or less): BLUEHELMET_BENCH_INCIDENTS
[1,000,000], BLUEHELMET_BENCH_REPORTS [10,000,000], BLUEHELMET_BENCH_SQLITE_REPORTS [as many],
BLUEHELMET_BENCH_PACKAGE [100,000], BLUEHELMET_BENCH_SECONDS [60], BLUEHELMET_BENCH_THINK
[1 s mean pause between one client's edits or refreshes; 0: closed loop],
BLUEHELMET_BENCH_TRACKS [1: also the map's tracks layer in the memory probe; 2: and every fix
read as before the store kept the window and the cap (``--quick``'s default; heavy at 10M); 0 not],
BLUEHELMET_BENCH_GUI [0; 1: also the main window opened on each mission, map drawn, in a fresh
process (``benchmarks.hq_gui_probe``): its memory and that of its WebEngine processes].
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
from app.domain.records import CeasefireLine, Incident, Unit
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
    result: dict[str, float] = {}
    if hasattr(store, "refresh_statistics"):
        # The same views without the map index (PostGIS schema step 7), in the same run: the
        # index dropped inside a transaction that is rolled back.
        import psycopg

        without: list[float] = []
        with store.conn.transaction():
            store.conn.execute("DROP INDEX incidents_map_window")
            for b in views:
                started = time.perf_counter()
                store.incident_map_json(bbox=b, start=since)
                without.append(time.perf_counter() - started)
            raise psycopg.Rollback()
        result["payload_no_index_p95_ms"] = p95(without) * 1000
    week = [timed(lambda: violations(store, start=END - timedelta(days=7))) for _ in range(3)]
    found = violations(store, start=END - timedelta(days=7))
    print(
        f"   {label}: bbox 0.2° hits median {statistics.median(hits):,.0f}; 1° view last 30 days "
        f"median {statistics.median(sizes):,.0f} incidents; violations 7 days: "
        f"{len(found.items):,}"
    )
    return {
        **result,
        "bbox_p95_ms": p95(times) * 1000,
        "payload_p95_ms": p95(payload) * 1000,
        "violations_ms": statistics.median(week) * 1000,
    }


def _scale(name: str, full: int, quick: int, is_quick: bool) -> int:
    value = os.environ.get(f"BLUEHELMET_BENCH_{name}")
    return int(value.replace("_", "")) if value else (quick if is_quick else full)


REPORT_COLUMNS = (
    "id", "origin", "version", "created_at", "updated_at", "deleted", "classification",
    "releasable_to", "content_hash", "unit_id", "observed_at", "lat", "lon", "status", "method",
)  # fmt: skip
UNITS = 200
#: Mean pause (s) of an editor between edits and of a reader between refreshes; 0 for a
#: closed loop (every client as fast as it can: a saturation test rather than a JOC).
THINK = float(os.environ.get("BLUEHELMET_BENCH_THINK", "1"))


def report_rows(n: int, unit_ids: list[str], seed: int = 11) -> Iterator[tuple[object, ...]]:
    """``n`` position reports, streamed: each of the units a fix a minute back from END, on a
    random walk inside the sector (unit k's fixes are every UNITS-th row)."""
    rng = random.Random(seed)
    made = _utc(END)
    walk = [(SOUTH + rng.random() * SIZE, WEST + rng.random() * SIZE) for _ in unit_ids]
    when = ""
    for i in range(n):
        k = i % len(unit_ids)
        if k == 0:
            when = _utc(END - timedelta(minutes=i // len(unit_ids)))
        lat, lon = walk[k]
        lat = min(SOUTH + SIZE, max(SOUTH, lat + rng.uniform(-0.002, 0.002)))
        lon = min(WEST + SIZE, max(WEST, lon + rng.uniform(-0.002, 0.002)))
        walk[k] = (lat, lon)
        yield (
            f"pr-{i:09d}", "install-bench", f"{i:015d}.000000.bench", made, made, 0,
            "UNCLASSIFIED", '["MISSION"]', f"{i:064x}", unit_ids[k], when, round(lat, 6),
            round(lon, 6), "operational", "gps",
        )  # fmt: skip


def measure_reports(store, unit_ids: list[str], reports: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """A unit's track for a day (query by unit and time) and every unit's latest position."""
    rng = random.Random(13)
    days = max(1, reports // len(unit_ids) // 1440)
    track, sizes = [], []
    for _ in range(40):
        day = END - timedelta(days=1 + rng.randrange(days))
        unit_id = rng.choice(unit_ids)
        started = time.perf_counter()
        fixes = store.query("position_report", unit_id=unit_id, start=day,
                            end=day + timedelta(days=1))  # fmt: skip
        track.append(time.perf_counter() - started)
        sizes.append(len(fixes))
    latest: list[float] = []
    budget = time.perf_counter() + 60  # at most 10 runs, and no more than a minute of them
    while len(latest) < 3 or (len(latest) < 10 and time.perf_counter() < budget):
        started = time.perf_counter()
        found = store.current_positions()
        latest.append(time.perf_counter() - started)
    assert len(found) == len(unit_ids), len(found)
    return {
        "track_p95_ms": p95(track) * 1000,
        "track_fixes": statistics.median(sizes),
        "latest_p95_ms": p95(latest) * 1000,
    }


def load_reports_postgis(store, n: int, unit_ids: list[str]) -> float:  # type: ignore[no-untyped-def]
    def fill() -> None:
        with (
            store.transaction(),
            store.conn.cursor() as cursor,
            cursor.copy(f"COPY position_reports ({', '.join(REPORT_COLUMNS)}) FROM STDIN") as copy,
        ):
            for row in report_rows(n, unit_ids):
                copy.write_row(row)
        store.refresh_statistics(["position_reports"])

    return timed(fill)


def load_reports_sqlite(store, n: int, unit_ids: list[str]) -> float:  # type: ignore[no-untyped-def]
    marks = ", ".join("?" * len(REPORT_COLUMNS))

    def fill() -> None:
        with store.transaction():
            store.conn.executemany(
                f"INSERT INTO position_reports ({', '.join(REPORT_COLUMNS)}) VALUES ({marks})",
                report_rows(n, unit_ids),
            )

    return timed(fill)


# --- many workstations at once ------------------------------------------------------------------


def _editor(target: str, number: int, pool: list[str], ready, go, deadline, out) -> None:  # type: ignore[no-untyped-def]
    """One editing workstation: edits incidents of a shared pool through the editing service,
    back to back (no think time), until told time is up; reports each edit it made."""
    from app.editing.service import Editor

    store = open_mission(target)
    editor = Editor(store, editing_unit=f"EDITOR {number}", source="bench-editor")
    rng = random.Random(100 + number)
    made: list[tuple[str, str, str]] = []
    latencies: list[float] = []
    failures: list[str] = []
    ready.put(number)
    go.wait()
    stop_at = deadline.value
    n = 0
    while time.time() < stop_at:
        record_id = rng.choice(pool)
        text = f"Edited by editor {number}, edit {n}."
        n += 1
        started = time.perf_counter()
        try:
            saved = editor.update(record_id, {"description": text})
        except Exception as exc:  # counted and shown, not hidden
            failures.append(f"{type(exc).__name__}: {exc}")
            continue
        latencies.append(time.perf_counter() - started)
        made.append((record_id, saved.version, text))
        time.sleep(rng.uniform(0.5, 1.5) * THINK)  # an officer reads before the next edit
    store.close()
    out.put({"edits": made, "latencies": latencies, "failures": failures})


def _reader(target: str, number: int, ready, go, deadline, out) -> None:  # type: ignore[no-untyped-def]
    """One reading workstation: bounding-box ids of a 0.2° box, then the map payload of a
    1° × 1° view over the last 30 days, back to back, until time is up."""
    store = open_mission(target)
    small = boxes(500, 0.2, seed=200 + number)
    views = boxes(500, 1.0, seed=300 + number)
    since = END - timedelta(days=30)
    bbox_t: list[float] = []
    view_t: list[float] = []
    ready.put(number)
    go.wait()
    stop_at = deadline.value
    i = 0
    while time.time() < stop_at:
        started = time.perf_counter()
        store.ids_in_bbox("incident", small[i % 500])
        bbox_t.append(time.perf_counter() - started)
        if time.time() >= stop_at:
            break
        started = time.perf_counter()
        store.incident_map_json(bbox=views[i % 500], start=since)
        view_t.append(time.perf_counter() - started)
        i += 1
        time.sleep(random.uniform(0.5, 1.5) * THINK)  # a screen refreshing about once a second
    store.close()
    out.put({"bbox": bbox_t, "view": view_t})


def concurrency(target: str, pool: list[str], seconds: float, label: str) -> dict[str, float]:
    """10 editors and 20 readers, each a process with its own connection, for ``seconds``."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    go = context.Event()
    deadline = context.Value("d", 0.0)
    out = context.Queue()
    ready = context.Queue()
    workers = [
        context.Process(target=_editor, args=(target, i, pool, ready, go, deadline, out))
        for i in range(10)
    ] + [
        context.Process(target=_reader, args=(target, i, ready, go, deadline, out))
        for i in range(20)
    ]
    for w in workers:
        w.start()
    for _ in workers:  # every workstation connected and ready before the clock starts
        ready.get(timeout=600)
    deadline.value = time.time() + seconds
    go.set()
    results = [out.get(timeout=seconds + 600) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    edits = [e for r in results for e in r.get("edits", [])]
    failures = [f for r in results for f in r.get("failures", [])]
    latencies = [t for r in results for t in r.get("latencies", [])]
    bbox_t = [t for r in results for t in r.get("bbox", [])]
    view_t = [t for r in results for t in r.get("view", [])]
    # Lost writes: every edit an editor was told it made has its own version in the change log,
    # and each record ends as the edit with the greatest version left it.
    from app.domain.hlc import Hlc

    store = open_mission(target)
    logged = {
        c.version
        for c in store.changes_since(0)
        if c.kind == "incident" and c.op == "update" and c.source == "bench-editor"
    }
    last: dict[str, tuple[Hlc, str]] = {}
    for record_id, version, text in edits:
        key = Hlc.parse(version)
        if record_id not in last or key > last[record_id][0]:
            last[record_id] = (key, text)
    wrong = sum(
        1 for rid, (_, text) in last.items() if store.get("incident", rid).description != text
    )
    missing = sum(1 for _, version, _ in edits if version not in logged)
    store.close()
    print(
        f"   {label}: {len(edits):,} edits in {seconds:.0f} s by 10 editors "
        f"({len(failures):,} refused{': ' + failures[0] if failures else ''}); versions "
        f"missing from the change log: {missing}; records not as their last edit left them: "
        f"{wrong} of {len(last):,}; reader queries: {len(bbox_t):,} boxes, {len(view_t):,} views"
    )
    return {
        "edits": len(edits),
        "lost": missing + wrong,
        "edit_p95_ms": p95(latencies) * 1000 if len(latencies) > 1 else float("nan"),
        "bbox_p95_ms": p95(bbox_t) * 1000 if len(bbox_t) > 1 else float("nan"),
        "view_p95_ms": p95(view_t) * 1000 if len(view_t) > 1 else float("nan"),
    }


# --- memory and package import ------------------------------------------------------------------


def memory(target: str, tracks: int) -> dict[str, float]:
    """The app's memory on this mission: a fresh process (``benchmarks.hq_memory_probe``)."""
    import json
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.hq_memory_probe", target, str(tracks)],
        capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"memory probe failed: {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(lines[-1])
    return result


def gui_memory(target: str) -> dict[str, float]:
    """The main window open on this mission with its map drawn: a fresh process
    (``benchmarks.hq_gui_probe``)."""
    import json
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.hq_gui_probe", target],
        capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"GUI probe failed: {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(lines[-1])
    return result


def package_import(url_base: str, folder: Path, records: int) -> tuple[float, float, int]:
    """A signed full package of the ``records``-incident demo mission, imported into an empty
    mission on each engine: (PostGIS seconds, SQLite seconds, records)."""
    import psycopg

    from app.sync import service
    from app.sync.identity import TrustStore, new_key_pair
    from benchmarks.bench_map import mission

    field, field_key = new_key_pair("NEPBATT 1", "NPL", "UN")
    hq, _ = new_key_pair("FHQ JOC", "FRA", "UN")
    field_trust = TrustStore(folder / "field-trust.json")
    hq_trust = TrustStore(folder / "hq-trust.json")
    field_trust.trust(hq)
    hq_trust.trust(field)
    source = folder / "field.db"
    shutil.copyfile(mission(records), source)  # export remembers what it sent: not the cache
    with open_store(source) as store:
        summary = service.export_package(
            store, field, field_key, field_trust.find(hq.unit), folder / "all.bhpkg", full=True
        )
    n = sum(summary.counts.values())
    with psycopg.connect(f"{url_base}/postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE package")
    with open_mission(f"{url_base}/package") as pg:
        pg_s = timed(lambda: service.import_package(pg, summary.path, hq_trust, identity=hq))
        assert pg.record_count() >= n, (pg.record_count(), n)
    with open_store(folder / "hq.db") as lite:
        lite_s = timed(lambda: service.import_package(lite, summary.path, hq_trust, identity=hq))
        assert lite.record_count() >= n
    return pg_s, lite_s, n


def _load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def run(quick: bool = False) -> None:
    n = _scale("INCIDENTS", 1_000_000, 100_000, quick)
    reports_n = _scale("REPORTS", 10_000_000, 100_000, quick)
    sqlite_reports = _scale("SQLITE_REPORTS", reports_n, reports_n, quick)
    package_n = _scale("PACKAGE", 100_000, 10_000, quick)
    seconds = float(_scale("SECONDS", 60, 5, quick))
    tracks = _scale("TRACKS", 1, 2, quick)
    gui = _scale("GUI", 0, 0, quick) != 0
    print(f"   load average at start: {_load_average()} (2 cores)")
    started = time.perf_counter()
    rows = incident_rows(n)
    build = time.perf_counter() - started
    print(f"   {n:,} incident rows generated in {build:.1f} s (the same rows on both engines)")
    with tempfile.TemporaryDirectory() as tmp, cluster() as url:
        sqlite_path = Path(tmp) / "bench.db"
        sqlite_store = open_store(sqlite_path)
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
            # What the store does itself after a bulk write through the app (package import,
            # ``db copy``); this load goes around it, so it asks.
            pg_store.refresh_statistics(["incidents"])

        pg_fill = timed(fill_postgis)
        rows.clear()  # 1M tuples: free them before the position reports
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
        report("  the same without the map index (ms)", pg["payload_no_index_p95_ms"], "ms",
               "with it", pg["payload_p95_ms"])  # fmt: skip
        print(f"   target ≤ 1,000 ms: {'met' if pg['payload_p95_ms'] <= 1000 else 'NOT met'}")
        report("violations, last 7 days (ms)", pg["violations_ms"], "ms", "SQLite",
               lite["violations_ms"])  # fmt: skip
        print(f"   target ≤ 2,000 ms: {'met' if pg['violations_ms'] <= 2000 else 'NOT met'}")
        print(f"   load average: {_load_average()}")

        units = [Unit(designation=f"COY {i}", nation="NPL", sidc="10031000151211000000")
                 for i in range(UNITS)]  # fmt: skip
        pg_store.save_many(units)
        sqlite_store.save_many(units)
        unit_ids = [u.id for u in units]
        pg_load = load_reports_postgis(pg_store, reports_n, unit_ids)
        lite_load = load_reports_sqlite(sqlite_store, sqlite_reports, unit_ids)
        print(
            f"   position reports loaded: PostGIS {reports_n:,} in {pg_load:.1f} s (COPY, then "
            f"VACUUM ANALYZE); SQLite {sqlite_reports:,} in {lite_load:.1f} s (executemany)"
        )
        report("load 1 position report (µs)", pg_load / reports_n * 1e6, "µs", "SQLite",
               lite_load / sqlite_reports * 1e6)  # fmt: skip
        pg_r = measure_reports(pg_store, unit_ids, reports_n)
        lite_r = measure_reports(sqlite_store, unit_ids, sqlite_reports)
        print(f"   a unit's track for a day: median {pg_r['track_fixes']:,.0f} fixes")
        report("track of a unit for a day, p95 (ms)", pg_r["track_p95_ms"], "ms", "SQLite",
               lite_r["track_p95_ms"])  # fmt: skip
        report(f"latest positions of {UNITS} units, p95 (ms)", pg_r["latest_p95_ms"], "ms",
               "SQLite", lite_r["latest_p95_ms"])  # fmt: skip
        size = pg_store.conn.execute("SELECT pg_database_size(current_database())").fetchone()
        print(
            f"   database size: PostGIS {(size[0] if size else 0) / 1024**2:,.0f} MB; SQLite "
            f"{sqlite_path.stat().st_size / 1024**2:,.0f} MB; load average: {_load_average()}"
        )
        # The incidents editors work on: saved through the store (valid records with a change
        # history), the same on both engines.
        made = [
            Incident(title=f"Pool {i}", category="crime", occurred_start=END - timedelta(hours=i),
                     lat=SOUTH + 1 + i / 1000, lon=WEST + 1 + i / 1000)
            for i in range(500)
        ]  # fmt: skip
        pool = [r.id for r in pg_store.save_many(made)]
        sqlite_store.save_many([pg_store.get("incident", i) for i in pool])
        pg_store.close()
        sqlite_store.close()

        pg_m = memory(url, tracks)
        lite_m = memory(str(sqlite_path), tracks)
        for key, name in (
            ("rss_open_mb", "RSS, mission open (MB)"),
            ("rss_view_mb", "RSS, sector view payload built (MB)"),
            ("rss_tracks_mb", "RSS, + tracks layer (MB)"),
            ("rss_every_fix_mb", "RSS, + every fix read, as before (MB)"),
        ):
            if key in pg_m:
                report(name, pg_m[key], "MB", "SQLite", lite_m[key])
        for key, name in (
            ("view_s", "sector view payload (s)"),
            ("tracks_s", "tracks layer, 30 days, latest 1,000 a unit (s)"),
            ("every_fix_s", "tracks layer as before: every fix read (s)"),
        ):
            if key in pg_m:
                report(name, pg_m[key], "s", "SQLite", lite_m[key])
        if "tracks" in pg_m:
            print(
                f"   tracks layer: {pg_m['tracks']} units, {pg_m['tracks_kb']:,} KB of JSON "
                f"(SQLite: {lite_m['tracks']}, {lite_m['tracks_kb']:,} KB)"
                + (f"; every fix read before: {pg_m['every_fix']:,}" if "every_fix" in pg_m else "")
            )
        print(f"   sector view: {pg_m.get('counts')} (SQLite: {lite_m.get('counts')})")

        if gui:
            pg_g = gui_memory(url)
            lite_g = gui_memory(str(sqlite_path))
            for key, name in (
                ("rss_app_mb", "GUI: RSS of the app process, map drawn (MB)"),
                ("rss_webengine_mb", "GUI: RSS of its WebEngine processes (MB)"),
                ("rss_total_mb", "GUI: RSS, app and WebEngine (MB)"),
                ("seconds", "GUI: open to map drawn (s)"),
            ):
                report(name, pg_g[key], "s" if key == "seconds" else "MB", "SQLite", lite_g[key])
            print(f"   GUI map drawn: PostGIS {pg_g['drawn']}, SQLite {lite_g['drawn']}; load "
                  f"average: {_load_average()}")  # fmt: skip

        print(f"   load average before the concurrent run: {_load_average()}")
        pg_c = concurrency(url, pool, seconds, "PostGIS")
        lite_c = concurrency(str(sqlite_path), pool, seconds, "SQLite")
        report("lost writes (10 editors, 20 readers)", pg_c["lost"], "", "SQLite", lite_c["lost"])
        report("edits made", pg_c["edits"], "", "SQLite", lite_c["edits"])
        report("edit latency p95 (ms)", pg_c["edit_p95_ms"], "ms", "SQLite", lite_c["edit_p95_ms"])
        report("reader bbox ids p95 (ms)", pg_c["bbox_p95_ms"], "ms", "SQLite",
               lite_c["bbox_p95_ms"])  # fmt: skip
        report("reader 1° view payload p95 (ms)", pg_c["view_p95_ms"], "ms", "SQLite",
               lite_c["view_p95_ms"])  # fmt: skip
        print(f"   load average after: {_load_average()}")

        base = url.rsplit("/", 1)[0]
        pg_s, lite_s, records = package_import(base, Path(tmp), package_n)
        report(f"import signed package, {records:,} records (s)", pg_s, "s", "SQLite", lite_s)
        print(f"   load average at the end: {_load_average()}")
