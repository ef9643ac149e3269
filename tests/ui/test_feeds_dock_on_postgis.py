"""The Feeds dock when the window holds a headquarters database (File → Open headquarters
database…): a feed started there writes what pytak sends into the PostGIS mission, the window
shows it, and another workstation on the mission hears of it.

The throwaway server comes from tests/postgis (its fixtures, loaded here by path).
"""

from __future__ import annotations

import importlib.util
import queue
import socket
import sys
from pathlib import Path

import pytak
import pytest
from conftest import js
from factories import position, unit
from PySide6.QtCore import Qt
from test_feeds_dock import _pytak_send

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
