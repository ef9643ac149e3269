"""Three units exchanging packages converge, even when one restores a backup mid-way and a
package is withheld (the issue's "Done when": no record lost, the gap reported at the next
import, and healed by the exchange that follows)."""

from __future__ import annotations

import itertools
import os
import random
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest
from factories import incident
from installations import Installation

from app.store import open_store


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

#: Scenarios per run: about 0.6 a second on a two-core machine, so 100 take about three minutes;
#: the issue asks 2,000 (about an hour here): BLUEHELMET_CONVERGENCE_SCENARIOS sets the number.
SCENARIOS = int(os.environ.get("BLUEHELMET_CONVERGENCE_SCENARIOS", "100"))
STEPS = 14


def _scenario(seed: int, root: Path) -> None:
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
        overwritten: list[tuple[str, str, str]] = []  # (id, version a, version b)
        for _ in range(STEPS):
            step = rng.choice(
                ("edit", "edit", "concurrent", "exchange", "exchange", "withhold", "backup",
                 "restore")
            )  # fmt: skip
            if step == "edit":
                x = rng.choice(units)
                held = x.store.query("incident")
                if held and rng.random() < 0.5:
                    target = rng.choice(held)
                    x.store.save(replace(target, title=f"{target.title} ·"))
                else:
                    x.store.save(incident(title=f"{x.identity.unit} {rng.random():.4f}"))
            elif step == "concurrent":
                x, y = rng.sample(units, 2)
                shared = {i.id for i in x.store.query("incident")} & {
                    i.id for i in y.store.query("incident")
                }
                if shared:
                    rid = rng.choice(sorted(shared))
                    vx = x.store.save(replace(x.store.get("incident", rid), title="by x")).version
                    vy = y.store.save(replace(y.store.get("incident", rid), title="by y")).version
                    overwritten.append((rid, vx, vy))
            elif step in ("exchange", "withhold"):
                x, y = rng.sample(units, 2)
                path = x.send(y)
                if step == "exchange":
                    y.receive(path)
            elif step == "backup":
                units[0].store.close()
                backup = root / "a-backup.db"
                shutil.copy(units[0].db, backup)
                units[0].store = open_store(units[0].db)
            elif step == "restore" and backup is not None:
                overwritten.clear()  # A's own unsent edits are lost with the restore: not sync's
                units[0].store.close()
                shutil.copy(backup, units[0].db)
                units[0].store = open_store(units[0].db)
        for _ in range(3):  # acknowledgements travel, gaps are sent again
            _round(units)
        digests = {x.digest() for x in units}
        assert len(digests) == 1, f"seed {seed}: installations differ after the exchange"
        seen = {
            v
            for x in units
            for row in x.store.conflicts(open_only=False)
            for v in (row.local_version, row.remote_version)
        }
        for rid, vx, vy in overwritten:
            current = units[0].store.get("incident", rid).version
            if current in (vx, vy):  # one side won: the other is kept as a conflict somewhere
                loser = vy if current == vx else vx
                assert loser in seen, f"seed {seed}: overwritten version {loser} of {rid} lost"
    finally:
        for x in units:
            x.store.close()


@pytest.mark.slow
def test_random_exchanges_converge(tmp_path: Path) -> None:
    started = time.perf_counter()
    for seed in range(SCENARIOS):
        _scenario(seed, tmp_path / str(seed))
    elapsed = time.perf_counter() - started
    print(f"{SCENARIOS} scenarios in {elapsed:.1f} s ({SCENARIOS / elapsed:.1f} per second)")
