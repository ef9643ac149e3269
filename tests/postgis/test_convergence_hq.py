"""The three-unit random exchanges of tests/sync/test_convergence.py with the HQ on PostGIS.

The same scenarios (edits, concurrent edits, exchanges, withheld packages, a backup and a
restore at the first field unit), reused by import: only the third installation, the JOC,
keeps its mission in a PostGIS database cloned from the schema template for each scenario.
After the closing rounds every installation holds the same digest. A bounded number of
scenarios (BLUEHELMET_HQ_CONVERGENCE_SCENARIOS, 100 by default), not the full SQLite count.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

_SYNC_TESTS = str(Path(__file__).resolve().parents[1] / "sync")
if _SYNC_TESTS not in sys.path:
    sys.path.insert(0, _SYNC_TESTS)

import test_convergence as exchanges  # noqa: E402
from installations import Installation  # noqa: E402

from app.store import open_mission  # noqa: E402
from app.sync.identity import TrustStore, new_key_pair  # noqa: E402

SCENARIOS = int(os.environ.get("BLUEHELMET_HQ_CONVERGENCE_SCENARIOS", "100"))
HQ_UNIT = "JOC"
_numbers = itertools.count(1)


class HqInstallation(Installation):
    """The JOC: an installation whose mission is a PostGIS database."""

    def __init__(self, folder: Path, url: str, name: str, nation: str, org: str | None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db = folder / "not-a-file"  # the scenarios back up and restore only the first unit
        self.store: Any = open_mission(url)
        self.identity, self.key = new_key_pair(name, nation, org)
        self.trust = TrustStore(folder / "trust.json")


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_random_exchanges_converge_with_the_hq_on_postgis(
    tmp_path: Path, pg_cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    databases: list[str] = []
    made: list[str] = []
    template = pg_cluster.template

    def installation(folder: Path, name: str, nation: str, org: str | None = "UN") -> Installation:
        if name != HQ_UNIT:
            return Installation(folder, name, nation, org)
        database = f"hq_{os.getpid()}_{next(_numbers)}"
        pg_cluster.admin(f"CREATE DATABASE {database} TEMPLATE {template}")
        databases.append(database)
        made.append(database)
        return HqInstallation(folder, pg_cluster.url(database), name, nation, org)

    monkeypatch.setattr(exchanges, "Installation", installation)
    started = time.perf_counter()
    for seed in range(SCENARIOS):
        try:
            exchanges._scenario(seed, tmp_path / str(seed))
        finally:
            while databases:
                pg_cluster.admin(f"DROP DATABASE IF EXISTS {databases.pop()} WITH (FORCE)")
    assert len(made) == SCENARIOS, "the JOC was not on PostGIS in every scenario"
    elapsed = time.perf_counter() - started
    print(f"{SCENARIOS} scenarios with the HQ on PostGIS in {elapsed:.1f} s")
