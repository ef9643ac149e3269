"""Adding and removing a feed from the Feeds dock: the Add feed dialog checks what it is given
with the same rules as ``bluehelmet feed add``, says in one line what is wrong, and keeps the
feed in this installation's list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytak
import pytest
from conftest import SCREENSHOTS, js
from PySide6.QtCore import Qt

from app.feeds.definitions import load_feeds
from app.ui.feed_dialogs import FeedDialog

pytestmark = pytest.mark.webengine


def position_event(uid: str, callsign: str, lat: float = 33.2, lon: float = 35.4) -> bytes:
    """A friendly infantry unit's position, as pytak makes one (stale in ten minutes)."""
    event = pytak.gen_cot(lat=lat, lon=lon, uid=uid, cot_type="a-f-G-U-C-I",
                          callsign=callsign, stale=600)  # fmt: skip
    assert event is not None
    return event


def _fill(dialog: FeedDialog, **fields: str) -> None:
    for name, value in fields.items():
        widget = getattr(dialog, name)
        if name == "direction":
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)


def test_a_feed_is_added_from_the_dock_and_mistakes_are_one_line(qtbot, window):
    feeds, dialogs = window.feeds, window.dialogs
    window.feeds_dock.show()
    window.feeds_dock.raise_()
    panel = feeds.panel
    assert panel.hint.isVisible()  # no feed yet: the dock says how to add one

    mistakes = [
        ({"name": "HQ LAN", "url": "udp://239.2.3.1:6969"}, "interface to join on"),
        ({"name": "HQ LAN", "url": "http://example.org"}, "udp://, tcp:// or tls://"),
        ({"name": "TAK", "url": "tls://127.0.0.1:8089"}, "client certificate"),
        ({"name": "Out", "url": "udp://127.0.0.1:6969", "direction": "out"}, "audience"),
        (
            {
                "name": "Out",
                "url": "udp://127.0.0.1:6969",
                "direction": "out",
                "audience": "Atlantis",
            },
            "ISO 3166",
        ),
    ]
    for fields, words in mistakes:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        dialog = dialogs.last(FeedDialog)
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        _fill(dialog, **fields)
        dialog.accept()
        assert dialog.isVisible(), fields  # stays open until it is right
        assert words in dialog.message.text(), dialog.message.text()
        assert "\n" not in dialog.message.text()
        if fields.get("audience") == "Atlantis":
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SCREENSHOTS / "feed-dialog-mistake.png"))
        dialog.reject()
    assert load_feeds() == []  # nothing kept from a wrong form

    # A TLS feed in: the certificate and its password become the address's options.
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.last(FeedDialog)
    _fill(dialog, name="TAK server", url="tls://127.0.0.1:8089")
    assert dialog.cert.isEnabled() and not dialog.audience.isEnabled()
    _fill(dialog, cert="/tmp/client.p12", password="s3cret")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    (tak,) = load_feeds()
    assert (tak.name, tak.direction) == ("TAK server", "in")
    assert "cert=%2Ftmp%2Fclient.p12" in tak.url and "password=s3cret" in tak.url
    assert panel.table.item(0, 0).text() == "TAK server"
    assert "s3cret" not in " ".join(panel.table.item(0, c).text() for c in range(6))

    # A feed out names its audience; nothing is sent until it is started.
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.last(FeedDialog)
    _fill(dialog, name="To Nepal", url="udp://127.0.0.1:6969", direction="out", audience="npl")
    dialog.layers["incident"].setChecked(True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "feed-dialog.png"))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    out = next(f for f in load_feeds() if f.name == "To Nepal")
    assert (out.direction, out.audience, out.layers) == ("out", "npl", ("units", "incident"))
    assert panel.table.rowCount() == 2 and not feeds.running
    assert not panel.hint.isVisible()
    window.feeds_dock.grab().save(str(SCREENSHOTS / "feeds-dock-two-feeds.png"))

    # The same name twice is refused in the dialog.
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.last(FeedDialog)
    _fill(dialog, name="to nepal", url="udp://127.0.0.1:7000")
    dialog.accept()
    assert "exists already" in dialog.message.text()
    dialog.reject()

    # Remove asks first; Cancel keeps the feed.
    panel.select_feed("TAK server")
    dialogs.answer(False)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "TAK server" in dialogs.confirmations[-1]
    assert sorted(f.name for f in load_feeds()) == ["TAK server", "To Nepal"]
    assert panel.table.rowCount() == 2
    # Confirmed, it forgets the selected feed.
    dialogs.answer(True)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [f.name for f in load_feeds()] == ["To Nepal"]
    assert panel.table.rowCount() == 1


def test_a_unit_new_from_a_feed_awaits_confirmation_in_the_tree_and_the_dock(qtbot, window):
    from app.feeds.framing import Frame
    from app.feeds.ingest import FeedIngest
    from app.store import open_store

    with open_store(window.store.path) as store:  # as a running feed does: its own connection
        FeedIngest(store, "HQ LAN").ingest([Frame("xml", position_event("ANDROID-N", "IRISH 9"))])
    window.session.notify({"unit", "position_report"})
    panel = window.feeds.panel
    window.feeds_dock.show()
    window.feeds_dock.raise_()
    qtbot.waitUntil(lambda: panel.awaiting.count() == 1, timeout=5_000)
    assert "IRISH 9" in panel.awaiting.item(0).text()
    assert "HQ LAN" in panel.awaiting.item(0).text()

    def tree_texts() -> list[str]:
        model, found = window.unit_model, []

        def walk(parent) -> None:  # type: ignore[no-untyped-def]
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                found.append(str(index.data()))
                walk(index)

        walk(window.unit_view.rootIndex())
        return found

    assert any("(awaiting confirmation)" in t for t in tree_texts())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.feeds_dock.grab().save(str(SCREENSHOTS / "feeds-dock-awaiting.png"))
    panel.awaiting.setCurrentRow(0)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.awaiting.count() == 0, timeout=5_000)
    assert not panel.awaiting.isVisible()
    assert not any("(awaiting confirmation)" in t for t in tree_texts())


def _event_until(uid: str, callsign: str, stale: datetime, lat: float, lon: float) -> bytes:
    stamp = (stale - timedelta(minutes=10)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    until = stale.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return (
        f'<event version="2.0" uid="{uid}" type="a-f-G-U-C-I" time="{stamp}" start="{stamp}" '
        f'stale="{until}" how="m-g"><point lat="{lat}" lon="{lon}" hae="0" ce="10" '
        f'le="9999999.0"/><detail><contact callsign="{callsign}"/></detail></event>'
    ).encode()


def test_stale_events_fade_then_leave_the_live_map_but_stay_in_the_mission(qtbot, window):
    from app.feeds.framing import Frame
    from app.feeds.ingest import FeedIngest
    from app.store import open_store

    now = datetime.now(UTC)
    with open_store(window.store.path) as store:
        somewhere = next(iter(store.current_positions().values()))
        lat, lon = somewhere.lat, somewhere.lon
        FeedIngest(store, "HQ LAN").ingest([
            Frame("xml", _event_until("ANDROID-OLD", "OLD PATROL", now - timedelta(seconds=30),
                                      lat, lon)),
            Frame("xml", _event_until("ANDROID-NEW", "NEW PATROL", now + timedelta(hours=1),
                                      lat + 0.01, lon)),
        ])  # fmt: skip
        ids = {u.callsign: u.id for u in store.units() if u.callsign.endswith(" PATROL")}
    window.session.notify({"unit", "position_report"})
    window.feeds.push_stale()

    def state() -> dict | None:
        answers: list = []
        window.map_view.request_stale_state(answers.append)
        qtbot.waitUntil(lambda: bool(answers), timeout=5_000)
        return answers[0]

    def on_map(unit_id: str) -> bool:
        return bool(js(qtbot, window.map_view, f"bhMap.unit({unit_id!r}) !== null"))

    qtbot.waitUntil(lambda: on_map(ids["NEW PATROL"]) and on_map(ids["OLD PATROL"]), timeout=10_000)
    qtbot.waitUntil(lambda: ids["OLD PATROL"] in state()["faded"], timeout=5_000)
    seen = state()
    assert ids["NEW PATROL"] not in seen["faded"] + seen["dropped"]
    opacity = js(qtbot, window.map_view,
                 f"bhMap.unitMarker({ids['OLD PATROL']!r}).options.opacity")  # fmt: skip
    assert opacity == pytest.approx(0.4)

    # Past the grace period it leaves the live map; the mission keeps the unit and its track.
    window.map_view.set_stale(stale_times_of(window), drop_after=10)
    qtbot.waitUntil(lambda: ids["OLD PATROL"] in state()["dropped"], timeout=5_000)
    assert ids["NEW PATROL"] not in state()["dropped"]
    with open_store(window.store.path, readonly=True) as store:
        assert ids["OLD PATROL"] in store.current_positions()


def stale_times_of(window) -> dict:  # type: ignore[no-untyped-def]
    from app.feeds.staleness import stale_times

    return stale_times(window.store)
