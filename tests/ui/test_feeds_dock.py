"""The Feeds dock on the open demo mission: start a feed, a pytak client's position appears
on the map, a burst of events redraws the map at most four times a second, stop. While a feed
runs, its own writes are not re-read as another writer's, and another writer's are."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from configparser import ConfigParser

import pytak
import pytest
from conftest import SCREENSHOTS, js
from PySide6.QtCore import Qt

from app.feeds.definitions import FeedDefinition, save_feeds
from app.store import open_store
from app.ui.feeds_dock import REFRESH_MS

pytestmark = pytest.mark.webengine


def _pytak_send(port: int, events: list[bytes]) -> None:
    """pytak sends these CoT events to 127.0.0.1:port over UDP."""

    async def run() -> None:
        parser = ConfigParser()
        parser["pytak"] = {"COT_URL": f"udp+wo://127.0.0.1:{port}", "TAK_PROTO": "0"}
        config = parser["pytak"]
        _reader, writer = await pytak.protocol_factory(config)
        worker = pytak.TXWorker(asyncio.Queue(), config, writer)
        for event in events:
            await worker.send_data(event)
        writer.close()

    asyncio.run(run())


def _fix(uid: str, callsign: str, lat: float, lon: float) -> bytes:
    event = pytak.gen_cot(lat=lat, lon=lon, uid=uid, cot_type="a-f-G-U-C-I",
                          callsign=callsign, stale=600)  # fmt: skip
    assert event is not None
    return event


def _udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_pytak_position_appears_on_the_map_and_bursts_are_batched(qtbot, window):
    port = _udp_port()
    save_feeds([FeedDefinition("HQ LAN", f"udp://127.0.0.1:{port}")])
    feeds = window.feeds
    feeds.reload()
    window.feeds_dock.show()
    window.feeds_dock.raise_()
    panel = feeds.panel
    assert panel.table.item(0, 0).text() == "HQ LAN"
    assert panel.table.item(0, 2).text() == "stopped"  # nothing connects by itself
    panel.select_feed("HQ LAN")
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feeds.is_running("HQ LAN") and feeds.running["HQ LAN"].listener
                    is not None, timeout=10_000)  # fmt: skip
    assert panel.toggle_button.text() == "Stop"

    with open_store(window.store.path, readonly=True) as store:
        somewhere = next(iter(store.current_positions().values()))
    lat, lon = somewhere.lat, somewhere.lon
    sent_at = time.monotonic()
    _pytak_send(port, [_fix("ANDROID-GUI", "FEED PATROL", lat + 0.01, lon + 0.01)])

    def marker() -> dict | None:
        with open_store(window.store.path, readonly=True) as store:
            ids = [u.id for u in store.units() if u.callsign == "FEED PATROL"]
        return js(qtbot, window.map_view, f"bhMap.unit({ids[0]!r})") if ids else None

    qtbot.waitUntil(lambda: marker() is not None, timeout=10_000)
    latency = time.monotonic() - sent_at
    print(f"pytak send to marker on the map: {latency * 1000:.0f} ms")
    assert latency < 1.5  # measured 0.35 s here; the issue asks for under one second

    # A burst: 300 moving units in about a second; the session hears at most 4 times a second.
    before = feeds.notified
    changes: list[float] = []
    window.session.changed.connect(lambda _kinds: changes.append(time.monotonic()))
    start = time.monotonic()
    burst = [_fix(f"ANDROID-B{n}", f"B{n}", lat + n / 1e4, lon) for n in range(300)]
    _pytak_send(port, burst)
    stats = feeds.running["HQ LAN"].stats
    qtbot.waitUntil(lambda: stats.snapshot()["stored"].get("unit", 0) >= 301, timeout=30_000)
    assert stats.snapshot()["errors"] == {}  # none lost on the way in
    qtbot.waitUntil(lambda: feeds.running["HQ LAN"].pending == set(), timeout=5_000)
    elapsed = time.monotonic() - start
    gaps = [b - a for a, b in itertools.pairwise(changes)]
    assert feeds.notified - before <= elapsed * 1000 / REFRESH_MS + 2
    # The batch timer is precise (1 ms, never early) and starts again once a batch is done.
    assert all(gap >= (REFRESH_MS - 1) / 1000 for gap in gaps), gaps
    assert panel.table.item(0, 4).text()  # the last event's time
    assert panel.table.item(0, 5).text() == ""  # no errors
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "feeds-dock.png"))

    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not feeds.is_running("HQ LAN"), timeout=10_000)
    qtbot.waitUntil(lambda: panel.table.item(0, 2).text() == "stopped", timeout=5_000)
    assert panel.toggle_button.text() == "Start"


#: Another process writes one incident to the mission and prints its id.
OTHER_WRITER = """
import sys
from datetime import UTC, datetime
from app.domain.records import Incident
from app.store import open_store
incident = Incident(title="Mortar rounds heard from the ridge", category="ceasefire_violation",
                    occurred_start=datetime.now(UTC), lat=float(sys.argv[2]),
                    lon=float(sys.argv[3]), weapon_class="small_arms")
with open_store(sys.argv[1]) as store, store.transaction():
    store.save_many([incident], source="another window")
print(incident.id)
"""


def test_a_running_feed_is_not_re_read_as_another_writer_but_another_writer_is(qtbot, window):
    port = _udp_port()
    save_feeds([FeedDefinition("HQ LAN", f"udp://127.0.0.1:{port}")])
    feeds = window.feeds
    feeds.reload()
    feeds.start("HQ LAN")
    qtbot.waitUntil(lambda: feeds.is_running("HQ LAN") and feeds.running["HQ LAN"].listener
                    is not None, timeout=10_000)  # fmt: skip
    refreshes: list[float] = []
    whole = window.refresh

    def counted_refresh(*args, **kwargs):  # type: ignore[no-untyped-def]
        refreshes.append(time.monotonic())
        return whole(*args, **kwargs)

    window.refresh = counted_refresh  # type: ignore[method-assign]
    reloaded: list[str] = []
    layers = window.map_view.refresh_layers

    def counted_layers(keys, *args, **kwargs):  # type: ignore[no-untyped-def]
        reloaded.extend(keys)
        return layers(keys, *args, **kwargs)

    window.map_view.refresh_layers = counted_layers  # type: ignore[method-assign]
    polls = [0]
    window.external.timer.timeout.connect(lambda: polls.__setitem__(0, polls[0] + 1))
    with open_store(window.store.path, readonly=True) as store:
        somewhere = next(iter(store.current_positions().values()))
    lat, lon = somewhere.lat, somewhere.lon
    stats = feeds.running["HQ LAN"].stats
    # 50 units moving all the time while the window's watcher of outside writes polls three
    # times: the feed commits several times a second, between the window's batches and its
    # polls, and none of it is re-read as another writer's.
    moves = [[_fix(f"ANDROID-L{n}", f"L{n}", lat + n / 1e4 + turn / 1e5, lon) for n in range(50)]
             for turn in range(20)]  # fmt: skip
    with _streaming(port, moves):
        start_events, start_polls = stats.snapshot()["events"], polls[0]
        qtbot.waitUntil(lambda: polls[0] >= start_polls + 3, timeout=20_000)
        assert stats.snapshot()["events"] >= start_events + 500  # the feed did write meanwhile
        assert stats.snapshot()["errors"] == {}
        assert refreshes == []  # no whole re-read of the picture
        assert "incidents" not in reloaded  # the 3,000 incidents stay as they are on the page

        # Another process commits an incident while the feed runs: table and map show it within
        # a poll or two, and only the incidents are re-read for it.
        total = js(qtbot, window.map_view, "bhMap.counts().incidentsTotal")
        written = subprocess.run(
            [sys.executable, "-c", OTHER_WRITER, str(window.store.path), str(lat), str(lon)],
            capture_output=True, text=True, check=True, timeout=60,
        )  # fmt: skip
        incident_id = written.stdout.strip()
        qtbot.waitUntil(lambda: window.incident_table.model.row_of(incident_id) is not None,
                        timeout=5_000)  # fmt: skip
        qtbot.waitUntil(
            lambda: js(qtbot, window.map_view, "bhMap.counts().incidentsTotal") == total + 1,
            timeout=5_000,
        )
        assert refreshes == []
        assert "incidents" in reloaded
    feeds.stop("HQ LAN")


@contextlib.contextmanager
def _streaming(port: int, moves: list[list[bytes]]) -> Iterator[None]:
    """Sends ``moves`` round and round to 127.0.0.1:port over UDP, one list every 50 ms."""
    stop = threading.Event()

    def stream() -> None:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            for turn in itertools.count():
                for event in moves[turn % len(moves)]:
                    sender.sendto(event, ("127.0.0.1", port))
                if stop.wait(0.05):  # the load's pace, not a wait for a condition
                    return

    thread = threading.Thread(target=stream, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


#: Another process on this machine runs a feed of the same name (``bluehelmet feed listen``
#: in a terminal, or a second window) and stores one event; prints the unit's id.
SAME_FEED_ELSEWHERE = """
import sys
from app.feeds.framing import Frame
from app.feeds.ingest import FeedIngest
from app.store import open_store
with open_store(sys.argv[1]) as store:
    (written,) = [r for r in FeedIngest(store, "HQ LAN").ingest(
        [Frame("xml", sys.stdin.buffer.read())]) if r.KIND == "unit"]
print(written.id)
"""


def _awaiting_listed(panel) -> set[str]:  # type: ignore[no-untyped-def]
    items = (panel.awaiting.item(row) for row in range(panel.awaiting.count()))
    return {str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None}


def _tree_text(model, unit_id: str) -> str | None:  # type: ignore[no-untyped-def]
    from app.ui.unit_tree import UNIT_ID_ROLE

    found = model.match(model.index(0, 0), UNIT_ID_ROLE, unit_id, 1,
                        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)  # fmt: skip
    return str(found[0].data()) if found else None


def test_a_feed_of_the_same_name_elsewhere_and_a_confirmation_elsewhere_are_heard(qtbot, window):
    """While this window runs feed "HQ LAN" (quiet, bringing nothing), the same feed run by
    another process on the mission file is another writer: its unit appears. A ``feed
    confirm`` typed in a terminal takes a unit off the awaiting list and its mark off the
    unit tree at the watcher's next look, without waiting for a batch."""
    port = _udp_port()
    save_feeds([FeedDefinition("HQ LAN", f"udp://127.0.0.1:{port}")])
    feeds, panel = window.feeds, window.feeds.panel
    feeds.reload()
    feeds.start("HQ LAN")
    qtbot.waitUntil(lambda: feeds.is_running("HQ LAN") and feeds.running["HQ LAN"].listener
                    is not None, timeout=10_000)  # fmt: skip
    with open_store(window.store.path, readonly=True) as store:
        somewhere = next(iter(store.current_positions().values()))
    lat, lon = somewhere.lat, somewhere.lon
    _pytak_send(port, [_fix(f"ANDROID-Q{n}", f"Q{n}", lat + n / 1e4, lon) for n in range(3)])
    qtbot.waitUntil(lambda: len(_awaiting_listed(panel)) == 3, timeout=15_000)
    stats = feeds.running["HQ LAN"].stats
    batches = stats.snapshot()["batches"]

    elsewhere = subprocess.run(
        [sys.executable, "-c", SAME_FEED_ELSEWHERE, str(window.store.path)],
        input=_fix("ANDROID-FAR", "FAR 1", lat + 0.01, lon), capture_output=True, timeout=60,
    )  # fmt: skip
    assert elsewhere.returncode == 0, elsewhere.stderr
    far = elsewhere.stdout.decode().strip()
    qtbot.waitUntil(lambda: far in _awaiting_listed(panel), timeout=10_000)
    assert "awaiting confirmation" in (_tree_text(window.unit_model, far) or "")

    with open_store(window.store.path, readonly=True) as store:
        q1 = next(u.id for u in store.units() if u.callsign == "Q1")
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(window.store.path), "feed", "confirm",
         "Q1"], capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: q1 not in _awaiting_listed(panel), timeout=10_000)
    qtbot.waitUntil(
        lambda: "awaiting" not in (_tree_text(window.unit_model, q1) or "awaiting"),
        timeout=5_000,
    )
    assert len(_awaiting_listed(panel)) == 3  # Q0, Q2 and FAR 1 still wait
    assert stats.snapshot()["batches"] == batches  # no batch of this window's feed brought it
    feeds.stop("HQ LAN")
