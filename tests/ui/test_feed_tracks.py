"""A live feed moves a unit's marker and lengthens its track on the open map by sending the
page only the new fixes: no layer is reloaded, and the page's track is the stored one."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta

import pytak
import pytest
from conftest import SCREENSHOTS, js
from webpages import painted

from app.feeds.definitions import FeedDefinition, save_feeds
from app.picture import TRACK_FIXES_SHOWN, build_picture, tracks_payload
from app.store import open_store

pytestmark = pytest.mark.webengine


def _udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_feed_batch_moves_a_marker_and_lengthens_its_track_without_a_reload(qtbot, window):
    with open_store(window.store.path, readonly=True) as store:
        # What the map loads: each unit's latest fixes.
        loaded = build_picture(store, layers=("tracks",)).payload["tracks"]
        tracked = {t["unitId"]: t for t in loaded}
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
    # The feed's own writes never make the window re-read the picture: what the page is
    # served from here on is this feed's batches.

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
        # The stored fixes from the first one the page loaded on: the loaded ones, then the new.
        since = datetime.fromisoformat(old_track["time"][0])
        fixes = store.track_fixes(start=since, most=TRACK_FIXES_SHOWN)
        stored = {t["unitId"]: t for t in tracks_payload(fixes)}[unit.id]
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


def test_a_live_batch_updates_what_a_marker_says_as_a_full_reload_would(qtbot, window):
    """A unit new from a feed is drawn awaiting confirmation; confirmed elsewhere (the CLI)
    while the feed runs, its next fix clears the mark, and a faded (stale) marker comes back
    with a fresh report: all without reloading the units layer, and as a reload shows it."""
    from app.feeds.awaiting import confirm_units

    port = _udp_port()
    save_feeds([FeedDefinition("HQ LAN", f"udp://127.0.0.1:{port}")])
    feeds = window.feeds
    feeds.reload()
    feeds.start("HQ LAN")
    qtbot.waitUntil(lambda: feeds.is_running("HQ LAN") and feeds.running["HQ LAN"].listener
                    is not None, timeout=10_000)  # fmt: skip
    with open_store(window.store.path, readonly=True) as store:
        here = next(iter(store.current_positions().values()))

    def send(lat: float) -> None:
        event = pytak.gen_cot(lat=lat, lon=here.lon, uid="ANDROID-NEWCOMER",
                              cot_type="a-f-G-U-C-I", callsign="NEWCOMER 1", stale=600)  # fmt: skip
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.sendto(event, ("127.0.0.1", port))

    def unit_id() -> str | None:
        with open_store(window.store.path, readonly=True) as store:
            return next((u.id for u in store.units() if u.callsign == "NEWCOMER 1"), None)

    def page_unit(uid: str) -> dict | None:
        return js(qtbot, window.map_view, f"bhMap.unit({uid!r})")  # type: ignore[no-any-return]

    def awaiting_class(uid: str) -> bool:
        script = (
            "(function (m) { var e = m && m.getElement(); return !!(e && "
            f"e.classList.contains('bh-unit-awaiting')); }})(bhMap.unitMarker({uid!r}))"
        )
        return bool(js(qtbot, window.map_view, script))

    lat = round(here.lat + 0.03, 4)
    send(lat)
    qtbot.waitUntil(lambda: unit_id() is not None, timeout=10_000)
    uid = unit_id()
    assert uid is not None
    qtbot.waitUntil(lambda: (page_unit(uid) or {}).get("lat") == lat, timeout=10_000)
    assert page_unit(uid)["awaiting"] is True  # type: ignore[index]
    js(qtbot, window.map_view, f"bhMap.setView({lat}, {here.lon}, 16) || true")  # unclustered
    qtbot.waitUntil(lambda: awaiting_class(uid), timeout=10_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    painted(qtbot, window.map_view)
    window.map_view.grab().save(str(SCREENSHOTS / "live-unit-awaiting.png"))

    # Confirmed from the command line: a confirmation writes no change-log line, so while a
    # feed runs only the feed's next fix tells the page.
    with open_store(window.store.path) as store:
        confirm_units(store, ["NEWCOMER 1"])
    # The marker faded: its stale time is past (as the 5 s check would find it).
    past = (datetime.now(UTC) - timedelta(seconds=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    window.map_view.set_stale({uid: past}, merge=True)
    qtbot.waitUntil(lambda: js(qtbot, window.map_view,
                               f"bhMap.unitMarker({uid!r}).options.opacity") == 0.4,
                    timeout=5_000)  # fmt: skip
    served: list[str] = []
    provider = window.map_view.handler.data_provider

    def counting(path: str):  # type: ignore[no-untyped-def]
        served.append(path)
        return provider(path)

    window.map_view.handler.data_provider = counting
    lat2 = round(lat + 0.001, 4)
    send(lat2)
    qtbot.waitUntil(lambda: page_unit(uid)["lat"] == lat2, timeout=10_000)  # type: ignore[index]
    live = page_unit(uid)
    assert live["awaiting"] is False  # type: ignore[index]
    assert not awaiting_class(uid)
    assert js(qtbot, window.map_view, f"bhMap.unitMarker({uid!r}).options.opacity") == 1
    assert not [p for p in served if p.startswith(("layers/", "picture"))], served
    painted(qtbot, window.map_view)
    window.map_view.grab().save(str(SCREENSHOTS / "live-unit-confirmed.png"))

    # A full reload of the units layer shows the marker the same.
    window.map_view.handler.data_provider = provider
    appends = window.map_view.live_appends
    js(qtbot, window.map_view, f"(bhMap.unit({uid!r}).bhOld = true)")
    window.map_view.refresh_layers(["units"])
    qtbot.waitUntil(lambda: js(qtbot, window.map_view,
                               f"!!bhMap.unit({uid!r}) && !bhMap.unit({uid!r}).bhOld"),
                    timeout=10_000)  # fmt: skip
    reloaded = page_unit(uid)
    for key in ("lat", "lon", "observedAt", "status", "awaiting"):
        assert reloaded[key] == live[key], key  # type: ignore[index]
    assert window.map_view.live_appends == appends
    feeds.stop("HQ LAN")
