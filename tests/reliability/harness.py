"""Kill-point harness: SIGKILL a process in the middle of an import, an export or an edit, then
check that the mission database survived.

A fork server (clean, single-threaded, with the application modules preloaded) starts each
victim in milliseconds, so a hundred kill points spread over a whole import take minutes, not
an hour. After each kill the harness reopens the database and checks: SQLite's integrity check
passes, the application's consistency check passes, the package is wholly present or wholly
absent, and doing the work again completes with the same result as an uninterrupted run.

Run from the repository root for the figures in docs/reliability.md:

    .venv/bin/python tests/reliability/harness.py --points 100 --records 10000
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))
if str(ROOT / "tests") not in sys.path:  # factories
    sys.path.insert(0, str(ROOT / "tests"))

PRELOAD = ["app.sync.service", "app.editing.service", "app.store", "factories"]


# --- the victims (run in forked children) ---------------------------------------------------


def _victim_import(data_dir: str, db: str, package: str, ready: Any) -> None:
    os.environ["BLUEHELMET_DATA_DIR"] = data_dir
    from app.store import open_store
    from app.sync.identity import TrustStore
    from app.sync.service import import_package

    store = open_store(db)
    ready.set()
    import_package(store, package, TrustStore())
    store.close()


def _victim_export(data_dir: str, db: str, out: str, ready: Any) -> None:
    os.environ["BLUEHELMET_DATA_DIR"] = data_dir
    from app.store import open_store
    from app.sync.identity import TrustStore, load_identity, signing_key
    from app.sync.service import export_package

    store = open_store(db)
    ready.set()
    export_package(
        store, load_identity(), signing_key(), TrustStore().find("PARTNER"), Path(out), full=True
    )
    store.close()


def _victim_edits(data_dir: str, db: str, count: int, ready: Any) -> None:
    """What the GUI's forms do on Save, through the same editing service, many times over."""
    os.environ["BLUEHELMET_DATA_DIR"] = data_dir
    from app.editing.service import Editor
    from app.store import open_store

    store = open_store(db)
    editor = Editor(store)
    ready.set()
    for n in range(count):
        made = editor.add(
            "incident",
            {
                "title": f"Edit {n}",
                "category": "ceasefire_violation",
                "occurred_start": "2026-11-20T06:00:00Z",
                "location": "6.7N 20.1E",
            },
        )
        editor.update(made.id, {"description": "checked " * 50})
    store.close()


# --- set-up ---------------------------------------------------------------------------------


@dataclass
class Scene:
    """Two installations (sender, receiver) and a package from one to the other."""

    folder: Path
    sender_dir: Path
    receiver_dir: Path
    sender_db: Path
    template: Path  # the receiver's database before the import
    package: Path
    records: int
    reference_digest: str = ""


def _with_data_dir(folder: Path):  # type: ignore[no-untyped-def]
    class _Env:
        def __enter__(self) -> None:
            self.old = os.environ.get("BLUEHELMET_DATA_DIR")
            os.environ["BLUEHELMET_DATA_DIR"] = str(folder)

        def __exit__(self, *exc: object) -> None:
            if self.old is None:
                os.environ.pop("BLUEHELMET_DATA_DIR", None)
            else:
                os.environ["BLUEHELMET_DATA_DIR"] = self.old

    return _Env()


def copy_db(source: Path, target: Path) -> None:
    """A database copy through the backup API (never a file copy of a live database)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()


def build_scene(folder: Path, records: int) -> Scene:
    from factories import incident, position, unit

    from app.store import open_store
    from app.sync.identity import TrustStore, init_identity, load_identity, signing_key
    from app.sync.service import export_package

    folder.mkdir(parents=True, exist_ok=True)
    sender_dir, receiver_dir = folder / "sender", folder / "receiver"
    with _with_data_dir(receiver_dir):
        receiver = init_identity("PARTNER", "GHA", "UN")
    with _with_data_dir(sender_dir):
        sender = init_identity("SENDER", "NPL", "UN")
        TrustStore().trust(receiver)
        key = signing_key()
    with _with_data_dir(receiver_dir):
        TrustStore().trust(sender)
    sender_db = folder / "sender.db"
    with open_store(sender_db) as store:
        units = [unit(designation=f"COY {i}") for i in range(20)]
        store.save_many(units)
        rows: list[Any] = [position(units[i % 20].id, minutes=i) for i in range(records // 5)]
        rows += [
            incident(title=f"Report {i}", lat=6.0 + (i % 100) / 100, lon=20.0 + i % 7)
            for i in range(records - len(rows) - 20)
        ]
        store.save_many(rows)
        package = folder / "big.bhpkg"
        with _with_data_dir(sender_dir):
            export_package(
                store, load_identity(), key, TrustStore().find("PARTNER"), package, full=True
            )
    template = folder / "receiver-template.db"
    with open_store(template) as store:
        store.save(incident(title="Already here before the import"))
    scene = Scene(folder, sender_dir, receiver_dir, sender_db, template, package, records)
    reference = folder / "reference.db"
    copy_db(template, reference)
    with _with_data_dir(receiver_dir), open_store(reference) as store:
        from app.sync.service import import_package

        import_package(store, package, TrustStore())
        scene.reference_digest = store.digest()
    return scene


# --- the runs -------------------------------------------------------------------------------


@dataclass
class Outcome:
    points: int = 0
    killed: int = 0
    finished_before_kill: int = 0
    states: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def describe(self, what: str) -> str:
        return (
            f"{what}: {self.points} kill points ({self.killed} killed mid-way, "
            f"{self.finished_before_kill} finished first); after the kill: "
            + ", ".join(f"{n} {state}" for state, n in sorted(self.states.items()))
            + f"; failures: {len(self.failures)}; {self.seconds:.0f} s"
        )


def _context() -> Any:
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def _run_and_kill(ctx: Any, target: Any, args: tuple[Any, ...], delay: float) -> bool:
    """Start the victim, wait until it is ready, kill it ``delay`` seconds later.
    True when it was killed before finishing."""
    ready = ctx.Event()
    proc = ctx.Process(target=target, args=(*args, ready))
    proc.start()
    if not ready.wait(30):
        proc.kill()
        proc.join()
        raise RuntimeError("the victim never became ready")
    time.sleep(delay)
    alive = proc.is_alive()
    proc.kill()
    proc.join()
    return alive


def _timed(ctx: Any, target: Any, args: tuple[Any, ...], reset: Any = None) -> float:
    """The median of three uninterrupted runs, from ready to done: kill delays are spread over
    it (on a busy machine some late kill points land just after the work finished)."""
    runs = []
    for _ in range(3):
        if reset is not None:
            reset()
        runs.append(_timed_once(ctx, target, args))
    return sorted(runs)[1]


def _timed_once(ctx: Any, target: Any, args: tuple[Any, ...]) -> float:
    ready = ctx.Event()
    proc = ctx.Process(target=target, args=(*args, ready))
    proc.start()
    ready.wait(30)
    started = time.perf_counter()
    proc.join()
    if proc.exitcode != 0:
        raise RuntimeError(f"uninterrupted run failed (exit {proc.exitcode})")
    return time.perf_counter() - started


def _integrity(db: Path) -> str | None:
    from app.store import open_store

    conn = sqlite3.connect(db)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    if result != ["ok"]:
        return "integrity_check: " + "; ".join(result[:3])
    with open_store(db) as store:
        report = store.check()
        if not report.healthy:
            return "check: " + "; ".join(report.errors[:3])
    return None


def kill_imports(scene: Scene, points: int) -> Outcome:
    """Kill an import at ``points`` moments spread evenly over its duration."""
    from app.store import open_store
    from app.sync.identity import TrustStore
    from app.sync.service import import_package

    ctx = _context()
    db = scene.folder / "victim.db"
    duration = _timed(
        ctx,
        _victim_import,
        (str(scene.receiver_dir), str(db), str(scene.package)),
        reset=lambda: copy_db(scene.template, db),
    )
    outcome = Outcome()
    started = time.perf_counter()
    for i in range(points):
        copy_db(scene.template, db)
        delay = duration * (i + 0.5) / points
        killed = _run_and_kill(
            ctx, _victim_import, (str(scene.receiver_dir), str(db), str(scene.package)), delay
        )
        outcome.points += 1
        outcome.killed += killed
        outcome.finished_before_kill += not killed
        problem = _integrity(db)
        if problem:
            outcome.failures.append(f"kill point {i}: {problem}")
            continue
        with open_store(db) as store:
            logged = store.conn.execute("SELECT count(*) FROM package_log").fetchone()[0]
            count = sum(
                store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("units", "position_reports", "incidents")
            )
            expected_all = scene.records + 1  # the package's records and the one already there
            if logged == 1 and count == expected_all:
                outcome.states["package wholly present"] += 1
            elif logged == 0 and count == 1:
                outcome.states["package wholly absent"] += 1
            else:
                outcome.failures.append(
                    f"kill point {i}: partial import ({logged} log lines, {count} records)"
                )
                continue
            with _with_data_dir(scene.receiver_dir):
                import_package(store, scene.package, TrustStore())
            if store.digest() != scene.reference_digest:
                outcome.failures.append(f"kill point {i}: re-import gave a different picture")
    outcome.seconds = time.perf_counter() - started
    return outcome


def kill_exports(scene: Scene, points: int) -> Outcome:
    """Kill a full export; the package file is then absent or complete and verifiable, and a
    second export completes."""
    from app.store import open_store
    from app.sync.identity import TrustStore, load_identity, signing_key
    from app.sync.package import read_package
    from app.sync.service import export_package

    ctx = _context()
    db = scene.folder / "export-victim.db"
    out = scene.folder / "export.bhpkg"
    duration = _timed(
        ctx,
        _victim_export,
        (str(scene.sender_dir), str(db), str(out)),
        reset=lambda: (copy_db(scene.sender_db, db), out.unlink(missing_ok=True)),
    )
    outcome = Outcome()
    started = time.perf_counter()
    for i in range(points):
        copy_db(scene.sender_db, db)
        out.unlink(missing_ok=True)
        killed = _run_and_kill(
            ctx,
            _victim_export,
            (str(scene.sender_dir), str(db), str(out)),
            duration * (i + 0.5) / points,
        )
        outcome.points += 1
        outcome.killed += killed
        outcome.finished_before_kill += not killed
        problem = _integrity(db)
        if problem:
            outcome.failures.append(f"kill point {i}: {problem}")
            continue
        leftovers = [p.name for p in out.parent.glob(f".{out.name}.*.tmp")]
        if leftovers:
            # A temporary file of the atomic write may remain; it never has the final name.
            outcome.states["temporary file left beside"] += 1
            for name in leftovers:
                (out.parent / name).unlink()
        if out.exists():
            with _with_data_dir(scene.receiver_dir):
                read_package(out, TrustStore())  # complete and verifiable, or it raises
            outcome.states["package complete"] += 1
        else:
            outcome.states["no package file"] += 1
        with _with_data_dir(scene.sender_dir), open_store(db) as store:
            export_package(
                store, load_identity(), signing_key(), TrustStore().find("PARTNER"), out, True
            )
        with _with_data_dir(scene.receiver_dir):
            read_package(out, TrustStore())
    outcome.seconds = time.perf_counter() - started
    return outcome


def kill_edits(scene: Scene, points: int, edits: int = 200) -> Outcome:
    """Kill a stream of edits (add then update, as the forms do); every edit is then wholly
    there or wholly absent and the database keeps working."""
    from app.editing.service import Editor
    from app.store import open_store

    ctx = _context()
    db = scene.folder / "edit-victim.db"
    duration = _timed(
        ctx,
        _victim_edits,
        (str(scene.receiver_dir), str(db), edits),
        reset=lambda: copy_db(scene.template, db),
    )
    outcome = Outcome()
    started = time.perf_counter()
    for i in range(points):
        copy_db(scene.template, db)
        killed = _run_and_kill(
            ctx,
            _victim_edits,
            (str(scene.receiver_dir), str(db), edits),
            duration * (i + 0.5) / points,
        )
        outcome.points += 1
        outcome.killed += killed
        outcome.finished_before_kill += not killed
        problem = _integrity(db)
        if problem:
            outcome.failures.append(f"kill point {i}: {problem}")
            continue
        with open_store(db) as store:
            made = [i for i in store.query("incident") if i.title.startswith("Edit ")]
            logged = store.conn.execute(
                "SELECT count(*) FROM change_log WHERE kind = 'incident'"
            ).fetchone()[0]
            if logged != 1 + 2 * len(made) - sum(not m.description for m in made):
                outcome.failures.append(f"kill point {i}: change log out of step with records")
                continue
            outcome.states["edits intact"] += 1
            Editor(store).add(
                "incident",
                {
                    "title": "After the crash",
                    "category": "ceasefire_violation",
                    "occurred_start": "2026-11-20T07:00:00Z",
                    "location": "6.7N 20.1E",
                },
            )
    outcome.seconds = time.perf_counter() - started
    return outcome


def main() -> int:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=100)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BLUEHELMET_DATA_DIR"] = str(Path(tmp) / "home")
        scene = build_scene(Path(tmp) / "scene", args.records)
        size = scene.package.stat().st_size / 1024 / 1024
        print(f"package: {scene.records:,} records, {size:.1f} MB")
        failures = 0
        for what, run in (
            ("import", kill_imports),
            ("export", kill_exports),
            ("edits", kill_edits),
        ):
            outcome = run(scene, args.points)
            print(outcome.describe(what))
            for failure in outcome.failures[:10]:
                print("   ", failure)
            failures += len(outcome.failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
