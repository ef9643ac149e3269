"""Two workstations on one PostGIS mission: a write by one reaches the other's open session
as ``changed`` (what the map and tables re-read on) within a second, on the GUI thread.

The throwaway server comes from tests/postgis (its fixtures, loaded here by path).
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import time
from pathlib import Path

import pytest
from factories import incident, unit

_spec = importlib.util.spec_from_file_location(
    "postgis_cluster_fixtures", Path(__file__).parents[1] / "postgis" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_cluster = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _cluster
_spec.loader.exec_module(_cluster)
pg_cluster = _cluster.pg_cluster
pg_url = _cluster.pg_url


@pytest.fixture
def follower(pg_url: str, qtbot):
    from app.store.postgis import PostgisStore
    from app.ui.session import Session

    session = Session()
    session.store = PostgisStore(pg_url)  # the GUI's own connection to the shared mission
    session.follow_other_clients()
    yield session
    session.close()


def test_another_workstations_edit_reaches_the_open_session_within_a_second(
    pg_url: str, follower, qtbot
):
    from app.store.postgis import PostgisStore

    heard: list[tuple[frozenset[str], bool]] = []
    follower.changed.connect(
        lambda kinds: heard.append((kinds, threading.current_thread() is threading.main_thread()))
    )
    with PostgisStore(pg_url) as other:
        started = time.monotonic()
        saved = other.save(incident(title="Edited at the next desk"))
        qtbot.waitUntil(lambda: bool(heard), timeout=1000)
        assert time.monotonic() - started < 1.0
        assert heard == [(frozenset({"incident"}), True)]
        assert follower.store.get("incident", saved.id).title == "Edited at the next desk"
        other.save_many([unit(designation=f"COY {i}") for i in range(50)])
        qtbot.waitUntil(lambda: len(heard) == 2, timeout=1000)
        assert heard[1] == (frozenset({"unit"}), True)


def test_the_sessions_own_writes_do_not_come_back_as_news(pg_url: str, follower, qtbot):
    from app.store.postgis import PostgisStore

    heard: list[frozenset[str]] = []
    follower.changed.connect(heard.append)
    follower.store.save(incident(title="mine"))  # the window that wrote refreshes itself
    with PostgisStore(pg_url) as other:
        other.save(unit(designation="theirs"))
        qtbot.waitUntil(lambda: bool(heard), timeout=2000)
    assert heard == [frozenset({"unit"})]
