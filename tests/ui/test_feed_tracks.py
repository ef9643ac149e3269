"""A live feed moves a unit's marker and lengthens its track on the open map by sending the
page only the new fixes: no layer is reloaded, and the page's track is the stored one."""

from __future__ import annotations

import socket
import time

import pytak
import pytest
from conftest import js

from app.feeds.definitions import FeedDefinition, save_feeds
from app.picture import tracks_payload
from app.store import open_store

pytestmark = pytest.mark.webengine


def _udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_feed_batch_moves_a_marker_and_lengthens_its_track_without_a_reload(qtbot, window):
    with open_store(window.store.path, readonly=True) as store:
        tracked = {t["unitId"]: t for t in tracks_payload(store.track_fixes())}
        unit = next(u for u in store.units() if u.callsign and u.id in tracked)
        here = store.current_positions()[unit.id]
    window.map_view.set_layer_visible("tracks", True)  # hidden until shown
    page_track = f"bhMap.track({unit.id!r})"
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, page_track) is not None, timeout=10_000)
    before = js(qtbot, window.map_view, f"bhMap.unit({unit.id!r})")
    old_track = js(qtbot, window.map_view, page_track)
    assert old_track["coords"] == tracked[unit.id]["coords"]

    port = _udp_port()
    save_feeds([FeedDefinition("HQ LAN", f"udp://127.0.0.1:{port}")])
    feeds = window.feeds
    feeds.reload()
    feeds.start("HQ LAN")
    qtbot.waitUntil(lambda: feeds.is_running("HQ LAN") and feeds.running["HQ LAN"].listener
                    is not None, timeout=10_000)  # fmt: skip
    # Count every layer the page fetches again from now on (a reload asks bh://local/data).
    served: list[str] = []
    provider = window.map_view.handler.data_provider

    def counting(path: str):  # type: ignore[no-untyped-def]
        served.append(path)
        return provider(path)

    window.map_view.handler.data_provider = counting
    # Other writers' changes re-read the whole picture at most every 30 s while a feed runs:
    # that one is not this feed's batch.
    window._last_external_refresh = time.monotonic()

    # Four decimals: as pytak writes them.
    lat, lon = round(here.lat + 0.02, 4), round(here.lon + 0.01, 4)
    event = pytak.gen_cot(lat=lat, lon=lon, uid="ANDROID-TRACKED", cot_type="a-f-G-U-C-I",
                          callsign=unit.callsign, stale=600)  # fmt: skip
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.sendto(event, ("127.0.0.1", port))

    def moved() -> bool:
        now = js(qtbot, window.map_view, f"bhMap.unit({unit.id!r})")
        return abs(now["lat"] - lat) < 1e-6 and abs(now["lon"] - lon) < 1e-6

    qtbot.waitUntil(moved, timeout=10_000)
    marker = js(qtbot, window.map_view,
                f"(function (m) {{ var p = m.getLatLng(); return [p.lat, p.lng]; }})"
                f"(bhMap.unitMarker({unit.id!r}))")  # fmt: skip
    assert marker == pytest.approx([lat, lon])
    assert (before["lat"], before["lon"]) != (lat, lon)

    new_track = js(qtbot, window.map_view, page_track)
    assert len(new_track["coords"]) == len(old_track["coords"]) + 1
    with open_store(window.store.path, readonly=True) as store:
        stored = {t["unitId"]: t for t in tracks_payload(store.track_fixes())}[unit.id]
    assert new_track["coords"] == stored["coords"]
    assert new_track["time"] == stored["time"]
    # The line drawn is the stored track (no time window is set).
    assert new_track["drawn"] == [pytest.approx(point) for point in stored["coords"]]
    # The time slider filters the appended fix by its own time, as it does a loaded one.
    window.map_view.set_time_window(stored["time"][0], stored["time"][-2])
    qtbot.waitUntil(lambda: len(js(qtbot, window.map_view, page_track)["drawn"])
                    == len(stored["coords"]) - 1, timeout=5_000)  # fmt: skip
    window.map_view.set_time_window(None, None)
    qtbot.waitUntil(lambda: len(js(qtbot, window.map_view, page_track)["drawn"])
                    == len(stored["coords"]), timeout=5_000)  # fmt: skip
    assert not [p for p in served if p.startswith(("layers/", "picture"))], served
    assert window.map_view.live_appends >= 1

    feeds.stop("HQ LAN")
