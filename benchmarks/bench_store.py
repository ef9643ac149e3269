"""Store insert and bounding-box query throughput at 100k incidents.

Insert: ``MissionStore.save_many`` (validation already done, stamping, change log, R*Tree and
text-index triggers, one transaction) against raw ``sqlite3.executemany`` of the same rows into
a bare table in one transaction. Query: R*Tree-backed ``MissionStore.query(bbox=…)`` against a
full scan of the same table.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.domain.records import Incident
from app.store import open_store
from app.store.rows import record_to_row
from benchmarks.common import median_of, report, timed


def make_incidents(n: int, seed: int = 1) -> list[Incident]:
    rng = random.Random(seed)
    t0 = datetime(2026, 10, 1, tzinfo=UTC)
    return [
        Incident(
            title=f"Report {i}",
            category=rng.choice(["ceasefire_violation", "indirect_fire", "crime", "displacement"]),
            occurred_start=t0 + timedelta(minutes=rng.randrange(60 * 24 * 30)),
            lat=rng.uniform(9.0, 11.0),
            lon=rng.uniform(28.0, 31.0),
            description="Observers heard bursts of small-arms fire to the north-east.",
        )
        for i in range(n)
    ]


def run(quick: bool = False) -> None:
    n = 10_000 if quick else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build = timed(lambda: make_incidents(n))
        records = make_incidents(n)
        print(f"   {n:,} incidents built and validated in {build:.2f} s ({n / build:,.0f}/s)")

        store = open_store(folder / "store.db")
        insert = timed(lambda: store.save_many(records))

        rows = [record_to_row(r) for r in records]
        columns = list(rows[0])
        raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute(f"CREATE TABLE incidents ({', '.join(columns)})")
        sql = f"INSERT INTO incidents VALUES ({', '.join('?' * len(columns))})"
        values = [tuple(r[c] for c in columns) for r in rows]

        def raw_insert() -> None:
            raw.execute("BEGIN")
            raw.executemany(sql, values)
            raw.execute("COMMIT")

        baseline = timed(raw_insert)
        report("store insert (records/s)", n / insert, "rec/s", "raw executemany", n / baseline)

        rng = random.Random(5)
        boxes = []
        for _ in range(200):
            w, s = rng.uniform(28.0, 30.8), rng.uniform(9.0, 10.8)
            boxes.append((w, s, w + 0.2, s + 0.2))

        def store_queries() -> None:
            for b in boxes:
                store.query("incident", bbox=b)

        def store_id_queries() -> None:
            for w, s, e, nn in boxes:
                store.conn.execute(
                    "SELECT id FROM incidents WHERE rid IN (SELECT rid FROM incidents_rtree"
                    " WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?)",
                    (w, e, s, nn),
                ).fetchall()

        def scan_queries() -> None:
            for w, s, e, nn in boxes:
                raw.execute(
                    "SELECT id FROM incidents WHERE lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?",
                    (w, e, s, nn),
                ).fetchall()

        per = len(boxes)
        scan = median_of(scan_queries, 3) / per * 1000
        ids = median_of(store_id_queries, 3) / per * 1000
        full = median_of(store_queries, 3) / per * 1000
        hits = sum(len(store.query("incident", bbox=b)) for b in boxes[:20]) / 20
        print(f"   bbox queries: 0.2°×0.2° boxes, ~{hits:.0f} hits each, {per} boxes")
        report("R*Tree bbox query, ids (ms/query)", ids, "ms", "full scan", scan)
        report("store.query bbox, records (ms/query)", full, "ms", "full scan ids", scan)
        store.close()
        raw.close()
