"""Sync packages: bytes per changed incident in a delta, and import throughput at 100k records.

Delta size: the default demo (3,000 incidents) sent in full to a partner, then 1,000 incidents
change status and a delta package goes out; its size per changed incident, against the same
1,000 records as plain uncompressed NDJSON. Target: 1,000 changed incidents under 300 KB.

Import: the cached 100k-incident demo (benchmarks.bench_map.mission) exported in full to a
partner, then imported into an empty database with ``import_package`` (verify, decode, merge
decisions, write, one transaction), against raw ``sqlite3.executemany`` of the same rows
(``record_to_row``) into bare tables in one transaction. Target: ratio ≥ 0.5.

Signatures: sign and verify per record version on one core, then the same 100k-record package
imported with author-signature checks (verified in worker processes while the package is
decoded) and without them (the check swapped out), each into an empty database, same run.
Target (issue 13): signed ≥ 0.7 × unsigned.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.demo import DemoOptions, generate_demo
from app.domain.records import Record
from app.domain.serialize import record_to_dict
from app.domain.taxonomy import INCIDENT_STATUSES
from app.store import open_store
from app.store.rows import record_to_row
from app.store.store import TABLES, MissionStore
from app.sync import service
from app.sync.identity import Identity, TrustStore, new_key_pair
from app.sync.package import canonical_bytes, read_package
from benchmarks.bench_map import mission
from benchmarks.common import report, timed

KB = 1024
TARGET_DELTA_BYTES = 300 * KB
TARGET_IMPORT_RATIO = 0.5
WRITE = "write (rows, inserts, indexes, change log)"


class _Node:
    """An installation for the benchmark: identity, key and trust list in its own folder."""

    def __init__(self, folder: Path, name: str, nation: str, org: str | None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.identity: Identity
        self.identity, self.key = new_key_pair(name, nation, org)
        self.trust = TrustStore(folder / "trust.json")

    def meet(self, other: _Node) -> None:
        self.trust.trust(other.identity)
        other.trust.trust(self.identity)


class _Stopwatch:
    """Cumulative time per label, by wrapping callables (one wrapper call per step, not per
    record, so the split costs nothing measurable)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.results: dict[str, Any] = {}
        self._undo: list[tuple[Any, str, Any]] = []

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - started
            self.results[label] = result
            return result

        return timed_call

    def patch(self, owner: Any, name: str, label: str) -> None:
        """Time ``owner.name`` (a module function or a store's method) until ``restore``."""
        original = getattr(owner, name)
        self._undo.append((owner, name, original))
        setattr(owner, name, self.wrap(label, original))

    def restore(self) -> None:
        while self._undo:
            owner, name, original = self._undo.pop()
            setattr(owner, name, original)


def _export(
    store: MissionStore, me: _Node, partner: _Node, out: Path, full: bool
) -> service.ExportSummary:
    target = me.trust.find(partner.identity.unit)
    return service.export_package(store, me.identity, me.key, target, out, full=full)


# --- (a) bytes per changed incident -----------------------------------------------------------


def delta_size(folder: Path) -> None:
    a = _Node(folder / "a", "NEPBATT 1", "NPL", "UN")
    b = _Node(folder / "b", "GHANBATT 2", "GHA", "UN")
    a.meet(b)
    with open_store(folder / "a.db") as store:
        generate_demo(store, DemoOptions())
        full = _export(store, a, b, folder / "full.bhpkg", full=True)
        full_size = full.path.stat().st_size
        print(
            f"   demo: {store.stats()}; full package to {b.identity.unit}: "
            f"{full_size / KB:,.0f} KB ({sum(full.counts.values()):,} records, "
            f"{full.withheld} not releasable)"
        )
        candidates = [
            r
            for r in store.query("incident")
            if service.releasable(r, b.identity.nation, b.identity.org)
        ][:1000]
        changed = len(candidates)
        edited = [
            replace(
                r,
                status=INCIDENT_STATUSES[
                    (INCIDENT_STATUSES.index(r.status) + 1) % len(INCIDENT_STATUSES)
                ],
            )
            for r in candidates
        ]
        saved = store.save_many(edited)
        delta = _export(store, a, b, folder / "delta.bhpkg", full=False)
        size = delta.path.stat().st_size
        package = read_package(delta.path, b.trust, expected_recipient=b.identity)
        member = package.manifest.members["records/incident.ndjson"]
        plain = sum(len(canonical_bytes(record_to_dict(r))) + 1 for r in saved)
    print(
        f"   delta package: {delta.counts}, {size:,} bytes; its incident lines (with ancestors) "
        f"are {member.size:,} bytes before compression ({member.size / changed:,.0f} B each)"
    )
    report("delta package (bytes per changed incident)", size / changed, "B",
           "plain NDJSON", plain / changed)  # fmt: skip
    verdict = "met" if size < TARGET_DELTA_BYTES and changed == 1000 else "NOT met"
    print(
        f"   target: 1,000 changed incidents under {TARGET_DELTA_BYTES // KB} KB → "
        f"{changed:,} in {size / KB:,.1f} KB: {verdict}"
    )


# --- (b) import throughput ----------------------------------------------------------------------


def import_throughput(folder: Path, incidents: int) -> None:
    a = _Node(folder / "a", "FHQ JOC", "FRA", "UN")
    b = _Node(folder / "b", "GHANBATT 2", "GHA", "UN")
    a.meet(b)
    source = mission(incidents)
    copy = folder / "source.db"
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(copy)
    src.backup(dst)  # export remembers what it sent: never in the shared cache
    src.close()
    dst.close()

    export_watch = _Stopwatch()
    with open_store(copy) as store:
        export_watch.patch(store, "all_records", "read records")
        export_watch.patch(store, "ancestors_for", "ancestors")
        export_watch.patch(service, "write_package", "write package")
        try:
            started = time.perf_counter()
            summary = _export(store, a, b, folder / "all.bhpkg", full=True)
            export_s = time.perf_counter() - started
        finally:
            export_watch.restore()
    n = sum(summary.counts.values())
    size = summary.path.stat().st_size
    print(
        f"   full export of the {incidents:,}-incident demo to {b.identity.unit}: {n:,} records "
        f"({summary.withheld:,} not releasable) in {export_s:.1f} s ({n / export_s:,.0f} rec/s), "
        f"{size / 1024 / 1024:,.1f} MB"
    )
    export_split = dict(export_watch.seconds)
    export_split["releasability + record lines"] = export_s - sum(export_split.values())
    print("   export: " + _split(export_split, export_s))

    watch = _Stopwatch()
    watch.patch(service, "read_package", "verify")
    watch.patch(service, "_decode", "decode")
    try:
        with open_store(folder / "empty.db") as target:
            watch.patch(target, "merge_inputs", "merge inputs")
            watch.patch(target, "apply_remote", "apply")
            watch.patch(target, "_write", WRITE)
            started = time.perf_counter()
            result = service.import_package(target, summary.path, b.trust, identity=b.identity)
            import_s = time.perf_counter() - started
            imported = sum(sum(per.values()) for per in result.counts.values())
            assert imported == n, (imported, n)
    finally:
        watch.restore()
    seconds = dict(watch.seconds)
    apply_rest = seconds.pop("apply") - seconds[WRITE]
    seconds["references, seen versions, conflicts"] = apply_rest
    seconds["merge decisions (hash + decide)"] = import_s - sum(seconds.values())
    received: list[tuple[Record, tuple[str, ...]]] = watch.results["decode"]

    rows_s = timed(lambda: [record_to_row(r) for r, _ in received])
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record, _ in received:
        by_kind[record.KIND].append(record_to_row(record))
    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    statements = []
    for kind, rows in by_kind.items():
        columns = list(rows[0])
        raw.execute(f"CREATE TABLE {kind} ({', '.join(columns)})")
        sql = f"INSERT INTO {kind} VALUES ({', '.join('?' * len(columns))})"
        statements.append((sql, [tuple(r[c] for c in columns) for r in rows]))

    def raw_insert() -> None:
        raw.execute("BEGIN")
        for sql, values in statements:
            raw.executemany(sql, values)
        raw.execute("COMMIT")

    baseline_s = timed(raw_insert)
    raw.close()

    # The same rows by executemany into the mission schema itself (its indexes, R*Trees and
    # full-text index kept up to date by its triggers), in one transaction: what any import
    # into a mission database has to pay before verifying, validating or merging anything.
    with open_store(folder / "schema.db") as bare:
        conn = bare.conn
        schema_statements = []
        for kind in sorted(by_kind, key=lambda k: 0 if k == "unit" else 1):
            rows = by_kind[kind]
            columns = list(rows[0])
            sql = (
                f"INSERT INTO {TABLES[kind]} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            schema_statements.append((sql, [tuple(r[c] for c in columns) for r in rows]))

        def schema_insert() -> None:
            conn.execute("BEGIN")
            for sql, values in schema_statements:
                conn.executemany(sql, values)
            conn.execute("ROLLBACK")  # timed once: the rows stay out, the work was done

        schema_s = timed(schema_insert)
    print(f"   import of {n:,} records into an empty database: {import_s:.1f} s")
    print("   import: " + _split(seconds, import_s))
    print(f"   (record_to_row alone for the same records: {rows_s:.1f} s; not in the baseline)")
    report("package import (records/s)", n / import_s, "rec/s",
           "raw executemany, bare tables", n / baseline_s)  # fmt: skip
    report("package import (records/s)", n / import_s, "rec/s",
           "raw executemany, mission schema", n / schema_s)  # fmt: skip
    for label, base in (("bare tables", baseline_s), ("mission schema", schema_s)):
        ratio = base / import_s
        verdict = "met" if ratio >= TARGET_IMPORT_RATIO else "NOT met"
        print(
            f"   target: import ≥ {TARGET_IMPORT_RATIO} × raw executemany ({label}): "
            f"{ratio:.3f}, {verdict}"
        )
    signature_cost(summary.path, b, folder, n)


#: Issue 13: a package import with signature checks at least this fraction of the same import
#: without them (same run).
TARGET_SIGNED_RATIO = 0.7


def signature_cost(package: Path, b: Any, folder: Path, n: int) -> None:
    """Sign/verify per record, and the same package imported with and without author-signature
    checks (the second with the check replaced by a no-op), each into an empty database."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.sync import signatures

    key = Ed25519PrivateKey.generate()
    me = Identity("BENCH", "FRA", signatures_public(key), "UN")
    count = 5_000
    sign_s = timed(
        lambda: [
            signatures.sign(key, me, "incident", f"id-{i}", "001700000000000.000000.n", "h" * 64)
            for i in range(count)
        ]
    )
    value = signatures.sign(key, me, "incident", "x", "001700000000000.000000.n", "h" * 64)
    verify_s = timed(
        lambda: [
            signatures.verify(
                kind="incident",
                record_id="x",
                version="001700000000000.000000.n",
                content_hash="h" * 64,
                author=me.fingerprint,
                signature=value,
                partners={},
                me=me,
                nodes={},
                own_node="other",
            )
            for _ in range(count)
        ]
    )
    print(
        f"   author signatures: sign {sign_s / count * 1e6:.0f} µs, verify "
        f"{verify_s / count * 1e6:.0f} µs per record version (Ed25519, one core)"
    )
    with open_store(folder / "signed.db") as target:
        started = time.perf_counter()
        service.import_package(target, package, b.trust, identity=b.identity)
        signed_s = time.perf_counter() - started
    patch = _Stopwatch()  # used here only to swap the checks out, and back
    patch._undo = [
        (service, "_signature_check", service._signature_check),
        (service, "_checking", service._checking),
    ]
    service._signature_check = lambda *args, **kwargs: _NoCheck()  # type: ignore[assignment]
    service._checking = lambda *args, **kwargs: lambda *a: None  # type: ignore[assignment]
    try:
        with open_store(folder / "unsigned.db") as target:
            started = time.perf_counter()
            service.import_package(target, package, b.trust, identity=b.identity)
            unsigned_s = time.perf_counter() - started
    finally:
        patch.restore()
    report("package import with signature checks (records/s)", n / signed_s, "rec/s",
           "same import without them", n / unsigned_s)  # fmt: skip
    ratio = unsigned_s / signed_s
    verdict = "met" if ratio >= TARGET_SIGNED_RATIO else "NOT met"
    print(f"   target: signed import ≥ {TARGET_SIGNED_RATIO} × unsigned: {ratio:.3f}, {verdict}")


class _NoCheck:
    """The import without author-signature checks: nothing checked, no row made ahead (apply
    makes each row itself, as it does for any record it was not handed one for)."""

    def finish(self) -> dict[Any, Any]:
        return {}

    def close(self) -> None:
        pass


def signatures_public(key: Any) -> bytes:
    from app.sync.identity import raw_public_key

    return bytes(raw_public_key(key))


def _split(seconds: dict[str, float], total: float) -> str:
    return ", ".join(
        f"{label} {s:.1f} s ({s / total:.0%})"
        for label, s in sorted(seconds.items(), key=lambda item: -item[1])
    )


def run(quick: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        delta_size(Path(tmp) / "delta")
        import_throughput(Path(tmp) / "import", 10_000 if quick else 100_000)
