"""Three units exchanging packages converge, even when one restores a backup mid-way and a
package is withheld (the issue's "Done when": no record lost, the gap reported at the next
import, and healed by the exchange that follows)."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import random
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from factories import incident
from installations import Installation

from app.domain.hlc import Hlc
from app.store import open_store
from app.store.sync_state import signatures_for
from app.sync import service
from app.sync.service import held_notices, revoke_key


def _round(units: tuple[Installation, ...]) -> None:
    for sender in units:
        for receiver in units:
            if sender is not receiver:
                receiver.receive(sender.send(receiver))


def test_a_restore_mid_way_and_a_withheld_package_still_converge_with_no_lost_record(
    units, tmp_path: Path
):
    a, b, c = units
    made = [a.store.save(incident(title="A 1")), b.store.save(incident(title="B 1"))]
    _round(units)
    a.store.close()
    backup = tmp_path / "a-backup.db"
    shutil.copy(a.db, backup)  # A's backup after the first round
    a.store = open_store(a.db)
    made.append(a.store.save(incident(title="A 2, sent then lost in A's restore")))
    _round(units)
    a.store.close()
    shutil.copy(backup, a.db)  # A restores: "A 2" is gone from A, but B and C hold it
    a.store = open_store(a.db)
    made.append(a.store.save(incident(title="A 3, after the restore")))
    edited = b.store.save(replace(b.store.get("incident", made[1].id), title="B 1, edited"))
    b.send(c)  # withheld by a careless relay: never delivered
    made.append(b.store.save(incident(title="B 2")))
    summary = c.receive(b.send(c))
    assert f"from {b.identity.unit} never arrived: ask for them or for a full export" in (
        summary.describe()
    )
    for _ in range(2):
        _round(units)
    assert a.digest() == b.digest() == c.digest()
    for x in units:
        held = {i.id: i.title for i in x.store.query("incident")}
        assert set(held) >= {r.id for r in made}, f"{x.identity.unit} lost a record"
        assert held[edited.id] == "B 1, edited"
        assert held[made[2].id] == "A 2, sent then lost in A's restore"


# --- random exchanges -------------------------------------------------------------------------

#: Scenarios per ``make test`` (the issue asks at least 2,000); BLUEHELMET_CONVERGENCE_SCENARIOS
#: sets another number for a longer hunt. They run in worker processes, one per core, in
#: batches, each scenario on scratch files in memory (/dev/shm) where the system has it.
SCENARIOS = int(os.environ.get("BLUEHELMET_CONVERGENCE_SCENARIOS", "2000"))
STEPS = 14
BATCH = 25
STEP_KINDS = (
    "edit", "edit", "concurrent", "exchange", "exchange", "relay", "withhold", "backup",
    "restore", "revoke",
)  # fmt: skip


def _scenario(seed: int, root: Path) -> None:
    """Random steps among three units, then three full rounds: the units whose key stands end
    with equal digests (author signatures included), every concurrent version that lost is
    kept as a conflict, and no version the revoked key signed after its revocation reaches
    anyone else."""
    rng = random.Random(seed)
    units = (
        Installation(root / "a", "NEPBATT 1", "NPL"),
        Installation(root / "b", "GHANBATT 2", "GHA"),
        Installation(root / "c", "JOC", "FRA"),
    )
    try:
        for x, y in itertools.combinations(units, 2):
            x.meet(y)
        backup: Path | None = None
        revoked: Installation | None = None  # a unit whose laptop was lost: it revoked its key
        revoked_at: str | None = None
        # A restore after the notice arrived may lose it where it was the only copy (notices
        # live in the database; the trust list keeps only the mark): see docs/sync-format.md.
        notice_may_be_lost = False
        overwritten: list[tuple[str, str, str]] = []  # (id, version a, version b)

        def active() -> list[Installation]:
            return [x for x in units if x is not revoked]

        for _ in range(STEPS):
            step = rng.choice(STEP_KINDS)
            if step == "edit":
                x = rng.choice(active())
                held = x.store.query("incident")
                if held and rng.random() < 0.5:
                    target = rng.choice(held)
                    x.store.save(replace(target, title=f"{target.title} ·"))
                else:
                    x.store.save(incident(title=f"{x.identity.unit} {rng.random():.4f}"))
            elif step == "concurrent":
                x, y = rng.sample(active(), 2)
                shared = {i.id for i in x.store.query("incident")} & {
                    i.id for i in y.store.query("incident")
                }
                if shared:
                    rid = rng.choice(sorted(shared))
                    vx = x.store.save(
                        replace(x.store.get("incident", rid), title=f"by x {rng.random():.6f}")
                    ).version
                    vy = y.store.save(
                        replace(y.store.get("incident", rid), title=f"by y {rng.random():.6f}")
                    ).version
                    overwritten.append((rid, vx, vy))
            elif step in ("exchange", "withhold"):
                x, y = rng.sample(active(), 2)
                path = x.send(y)
                if step == "exchange":
                    y.receive(path)
            elif step == "relay":  # x's records reach z only through y
                x, y = rng.sample(active(), 2)
                y.receive(x.send(y))
                z = next(u for u in units if u is not x and u is not y)
                if z is not revoked:  # no package is made for a revoked key
                    z.receive(y.send(z))
            elif step == "backup":
                units[0].store.close()
                backup = root / "a-backup.db"
                shutil.copy(units[0].db, backup)
                units[0].store = open_store(units[0].db)
            elif step == "restore" and backup is not None:
                notice_may_be_lost = revoked is not None
                overwritten.clear()  # A's own unsent edits are lost with the restore: not sync's
                units[0].store.close()
                shutil.copy(backup, units[0].db)
                units[0].store = open_store(units[0].db)
            elif step == "revoke" and revoked is None:
                # B or C revokes its own key and sends the notice once; it makes nothing after
                # (its unsent edits are lost with the laptop, so their conflicts are not sync's).
                revoked = rng.choice(units[1:])
                notice = revoke_key(
                    revoked.store, revoked.identity, revoked.key, revoked.trust, None
                )
                revoked_at = notice.revoked_at.isoformat()
                first = rng.choice(active())
                first.receive(revoked.send(first))  # the notice travels on, relayed by others
                overwritten.clear()
        for _ in range(3):  # acknowledgements travel, gaps are sent again
            _round(tuple(active()))
        digests = {x.digest() for x in active()}
        assert len(digests) == 1, f"seed {seed}: installations differ after the exchange"
        seen: dict[str, set[str]] = {}
        for x in units:
            for row in x.store.conflicts(open_only=False):
                seen.setdefault(row.record_id, set()).update(
                    (row.local_version, row.remote_version)
                )

        def kept(rid: str, loser: str) -> bool:
            # The losing version, or a later edit of it by the same installation (which then
            # met the winner instead), is kept as a conflict somewhere.
            lost = Hlc.parse(loser)
            return any(
                v == loser
                or (
                    Hlc.parse(v).node == lost.node
                    and (Hlc.parse(v).wall_ms, Hlc.parse(v).counter) > (lost.wall_ms, lost.counter)
                )
                for v in seen.get(rid, ())
            )

        for rid, vx, vy in overwritten:
            current = units[0].store.get("incident", rid).version
            if current in (vx, vy):  # one side won: the other is kept as a conflict somewhere
                loser = vy if current == vx else vx
                assert kept(rid, loser), f"seed {seed}: overwritten version {loser} of {rid} lost"
        if revoked is not None:
            assert revoked_at is not None
            for x in active():
                held = {n.key for n in held_notices(x.store)}
                assert notice_may_be_lost or revoked.identity.fingerprint in held, (
                    f"seed {seed}: the revocation notice never reached {x.identity.unit}"
                )
                for record in x.store.query("incident", include_deleted=True):
                    author = signatures_for(x.store, [(record.KIND, record.id, record.version)])
                    by = author.get((record.KIND, record.id, record.version), ("", ""))[0]
                    made = datetime.fromtimestamp(Hlc.parse(record.version).wall_ms / 1000, UTC)
                    assert not (
                        by == revoked.identity.fingerprint and made.isoformat() >= revoked_at
                    ), (
                        f"seed {seed}: a version signed after the revocation reached "
                        f"{x.identity.unit}"
                    )
    finally:
        for x in units:
            x.store.close()


def _batch(seeds: range, root: str) -> int:
    """Run scenarios in a worker process; the import's own safety backup is left out (the
    scenarios take and restore backups themselves)."""
    service.take_backup = lambda *args, **kwargs: None  # type: ignore[assignment]
    for seed in seeds:
        folder = Path(root) / str(seed)
        # Each scenario's own data folder: the package numbers kept beside the keys start empty.
        os.environ["BLUEHELMET_DATA_DIR"] = str(folder / "data")
        _scenario(seed, folder)
        shutil.rmtree(folder)
    return len(seeds)


@pytest.mark.slow
@pytest.mark.timeout(600)  # about 1.5 min on two idle cores; a loaded machine takes longer
def test_random_exchanges_converge(tmp_path: Path) -> None:
    started = time.perf_counter()
    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shm if shm.is_dir() else tmp_path) as scratch:
        context = multiprocessing.get_context(
            "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        )
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=context) as pool:
            batches = [range(s, min(s + BATCH, SCENARIOS)) for s in range(0, SCENARIOS, BATCH)]
            done = sum(f.result() for f in [pool.submit(_batch, b, scratch) for b in batches])
    elapsed = time.perf_counter() - started
    assert done == SCENARIOS
    print(f"{SCENARIOS} scenarios in {elapsed:.1f} s ({SCENARIOS / elapsed:.1f} per second)")
