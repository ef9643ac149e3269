"""The Feeds dock when the window holds a headquarters database (File → Open headquarters
database…): a feed started there writes what pytak sends into the PostGIS mission, the window
shows it, and another workstation on the mission hears of it. The window does not re-read
its views for its own feed's commits (heard back from the server), while other writers'
commits and a ``feed confirm`` typed elsewhere reach it within a second.

The throwaway server comes from tests/postgis (its fixtures, loaded here by path).
"""

from __future__ import annotations

import importlib.util
import queue
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytak
import pytest
from conftest import js
from factories import incident, position, unit
from PySide6.QtCore import Qt
from test_feeds_dock import _fix, _pytak_send, _streaming

from app.feeds.definitions import FeedDefinition, save_feeds
from app.store import open_mission

pytestmark = pytest.mark.webengine

_spec = importlib.util.spec_from_file_location(
    "postgis_cluster_fixtures_feeds_dock", Path(__file__).parents[1] / "postgis" / "conftest.py"
)
assert _spec is not None and _spec.loader is not None
_cluster = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _cluster
_spec.loader.exec_module(_cluster)
pg_cluster = _cluster.pg_cluster
pg_url = _cluster.pg_url


def _udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_feed_started_on_a_headquarters_database_writes_into_it(qtbot, pg_url: str):
    from fakes import ScriptedDialogs

    from app.store.postgis_live import ChangeNotice
    from app.ui.main_window import MainWindow

    with open_mission(pg_url) as store:
        force = unit(designation="FORCE HQ")
        store.save_many([force, position(force.id)])
    port = _udp_port()
    save_feeds([FeedDefinition("HQ LAN", f"udp://127.0.0.1:{port}")])

    dialogs = ScriptedDialogs()
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    dialogs.answer(pg_url)
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.choose_server_database()
    assert dialogs.errors == [] and window.store is not None
    assert window.store.engine == "postgis"

    feeds = window.feeds
    feeds.reload()
    window.feeds_dock.show()
    panel = feeds.panel
    panel.select_feed("HQ LAN")
    heard: queue.Queue[ChangeNotice] = queue.Queue()
    with open_mission(pg_url, readonly=True) as other, other.subscribe(heard.put):
        qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: feeds.is_running("HQ LAN") and feeds.running["HQ LAN"].listener
                        is not None, timeout=10_000)  # fmt: skip
        event = pytak.gen_cot(lat=33.3, lon=35.6, uid="ANDROID-JOC", cot_type="a-f-G-U-C-I",
                              callsign="FEED PATROL", stale=600)  # fmt: skip
        assert event is not None
        _pytak_send(port, [event])

        def on_server() -> list[str]:
            with open_mission(pg_url, readonly=True) as store:
                return [u.id for u in store.units() if u.callsign == "FEED PATROL"]

        qtbot.waitUntil(lambda: bool(on_server()), timeout=15_000)
        ids = on_server()
        notice = heard.get(timeout=5)  # another workstation hears the committed batch
        assert notice.ids.get("unit") == frozenset(ids)
    running = feeds.running["HQ LAN"]
    assert running.error == "" and running.state == "listening"
    # The window's own picture and the dock show it too.
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, f"bhMap.unit({ids[0]!r})") is not None, timeout=10_000
    )
    qtbot.waitUntil(lambda: panel.table.item(0, 4).text() != "", timeout=5_000)
    assert panel.table.item(0, 5).text() == ""  # no errors
    with open_mission(pg_url, readonly=True) as store:
        assert store.current_positions()[ids[0]].lat == pytest.approx(33.3)

    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not feeds.is_running("HQ LAN"), timeout=10_000)
    window.close()


def _tree_texts(model) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Unit id → the text of its row in the unit tree."""
    from app.ui.unit_tree import UNIT_ID_ROLE

    out: dict[str, str] = {}
    pending = [model.invisibleRootItem()]
    while pending:
        parent = pending.pop()
        for row in range(parent.rowCount()):
            item = parent.child(row, 0)
            out[str(item.data(UNIT_ID_ROLE))] = item.text()
            pending.append(item)
    return out


def _awaiting_listed(panel) -> set[str]:  # type: ignore[no-untyped-def]
    items = (panel.awaiting.item(row) for row in range(panel.awaiting.count()))
    return {str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None}


def _counted(load, calls: list[str], name: str):  # type: ignore[no-untyped-def]
    """``load``, noting ``name`` in ``calls`` each time it runs."""

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(name)
        return load(*args, **kwargs)

    return counted


#: ``bluehelmet feed confirm`` as an operator types it at another desk.
CONFIRM = [sys.executable, "-m", "app.cli", "--db"]


def test_a_windows_own_feed_is_not_re_read_but_other_writers_and_confirmations_are(
    qtbot, pg_url: str
):
    """The window's own feed commits several times a second and each commit comes back as a
    notice: none of them re-reads a view. Meanwhile an incident written at another desk and
    another workstation's feed of the same name reach the window within a second, and a
    ``feed confirm`` typed elsewhere while the feed runs (and brings nothing) takes the unit
    off the awaiting list and its mark off the unit tree."""
    from fakes import ScriptedDialogs

    from app.feeds.framing import Frame
    from app.feeds.ingest import FeedIngest
    from app.ui.main_window import MainWindow

    with open_mission(pg_url) as store:
        force = unit(designation="FORCE HQ")
        store.save_many([force, position(force.id)])
    port = _udp_port()
    save_feeds([FeedDefinition("HQ LAN", f"udp://127.0.0.1:{port}")])
    dialogs = ScriptedDialogs()
    window = MainWindow(dialogs=dialogs)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    dialogs.answer(pg_url)
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.choose_server_database()
    assert dialogs.errors == [] and window.store is not None
    session, feeds, panel = window.session, window.feeds, window.feeds.panel
    feeds.reload()
    feeds.start("HQ LAN")
    qtbot.waitUntil(lambda: feeds.is_running("HQ LAN") and feeds.running["HQ LAN"].listener
                    is not None, timeout=10_000)  # fmt: skip
    stats = feeds.running["HQ LAN"].stats
    # 20 new units: the window lists them as awaiting confirmation.
    first = [_fix(f"ANDROID-L{n}", f"L{n}", 33.3 + n / 1e4, 35.6) for n in range(20)]
    _pytak_send(port, first)
    qtbot.waitUntil(lambda: len(_awaiting_listed(panel)) == 20, timeout=15_000)
    qtbot.waitUntil(lambda: feeds.running["HQ LAN"].pending == set(), timeout=5_000)

    changed: list[tuple[float, frozenset[str]]] = []
    session.changed.connect(lambda kinds: changed.append((time.monotonic(), kinds)))
    loads: list[str] = []  # whole re-reads of the unit tree and the incident table
    for name, model in (("tree", window.unit_model), ("table", window.incident_table.model)):
        model.load = _counted(model.load, loads, name)  # type: ignore[method-assign]
    moves = [[_fix(f"ANDROID-L{n}", f"L{n}", 33.3 + n / 1e4 + turn / 1e5, 35.6)
              for n in range(20)] for turn in range(20)]  # fmt: skip
    with _streaming(port, moves):
        notified, heard, batches = feeds.notified, session.heard, stats.snapshot()["batches"]
        qtbot.waitUntil(lambda: session.heard >= heard + 8, timeout=20_000)
        own_batches = stats.snapshot()["batches"] - batches
        assert own_batches >= 8  # the feed committed all along, and the window heard it back
        # Every re-read was one of the dock's own batches (drawn as fixes): none for a notice.
        assert len(changed) == feeds.notified - notified
        assert loads == []

        # Another desk writes an incident; another workstation runs a feed of the same name.
        with open_mission(pg_url) as other:
            changed.clear()
            written_at = time.monotonic()
            saved = other.save(incident(title="Mortar rounds heard from the ridge"))
            qtbot.waitUntil(lambda: any("incident" in k for _t, k in changed), timeout=2_000)
            at = next(t for t, k in changed if "incident" in k)
            assert at - written_at < 1.0
            qtbot.waitUntil(lambda: window.incident_table.model.row_of(saved.id) is not None,
                            timeout=5_000)  # fmt: skip

            changed.clear()
            written_at = time.monotonic()
            FeedIngest(other, "HQ LAN").ingest(
                [Frame("xml", _fix("ANDROID-FAR", "FAR 1", 33.9, 35.9))]
            )
            far = next(u.id for u in other.units() if u.callsign == "FAR 1")
            qtbot.waitUntil(lambda: any("unit" in k for _t, k in changed), timeout=2_000)
            at = next(t for t, k in changed if "unit" in k)
            assert at - written_at < 1.0
            qtbot.waitUntil(lambda: far in _tree_texts(window.unit_model), timeout=5_000)
            qtbot.waitUntil(lambda: far in _awaiting_listed(panel), timeout=5_000)

    # The feed runs on, quiet. A ``feed confirm`` at another desk shows without a batch.
    qtbot.waitUntil(lambda: feeds.running["HQ LAN"].pending == set(), timeout=5_000)
    batches = stats.snapshot()["batches"]
    with open_mission(pg_url, readonly=True) as store:
        l3 = next(u.id for u in store.units() if u.callsign == "L3")
    assert "awaiting confirmation" in _tree_texts(window.unit_model)[l3]
    done = subprocess.run([*CONFIRM, pg_url, "feed", "confirm", "L3"], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: l3 not in _awaiting_listed(panel), timeout=5_000)
    qtbot.waitUntil(
        lambda: "awaiting" not in _tree_texts(window.unit_model).get(l3, "awaiting"), timeout=5_000
    )
    assert len(_awaiting_listed(panel)) == 20  # the other 19 and FAR 1 still wait
    assert stats.snapshot()["batches"] == batches  # no feed batch brought it
    assert feeds.is_running("HQ LAN")
    feeds.stop("HQ LAN")
    window.close()
