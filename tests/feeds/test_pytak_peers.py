"""Blue Helmet and pytak on one machine: pytak sends position reports and ATAK's own events
over UDP (unicast and the situational-awareness multicast group joined on 127.0.0.1), CoT
XML and TAK protocol messages (mesh and stream framing), and Blue Helmet stores them; Blue
Helmet sends our units to pytak the same ways."""

from __future__ import annotations

import socket
from pathlib import Path
from xml.etree.ElementTree import tostring

import pytest
from feed_peers import (
    FIXTURES,
    PytakReceiver,
    free_port,
    pytak_position,
    pytak_send,
    running_feed,
    wait_for,
)
from feed_records import our_unit_at

from app.domain.records import PositionReport, Unit
from app.feeds.sender import Audience
from app.feeds.service import send
from app.feeds.urls import parse_feed_url
from app.interop.cot import events_in
from app.interop.importer import import_file
from app.store import open_store

GROUP = "239.2.3.1"


def _udp_port() -> int:
    return free_port(socket.SOCK_DGRAM)


@pytest.mark.parametrize("protobuf", [False, True], ids=["xml", "protobuf"])
def test_pytak_positions_over_unicast_udp_move_the_unit_and_grow_its_track(
    mission_db: Path, protobuf: bool
) -> None:
    port = _udp_port()
    url = f"udp://127.0.0.1:{port}"
    with running_feed(mission_db, url) as feed:
        for i in range(3):  # one at a time: each fix has its own time, so each is a track point
            before = feed.stored("position_report")
            fix = pytak_position("ANDROID-1", "IRISH 2-1", 33.25 + i / 1000, 35.5)
            pytak_send(url, [fix], protobuf=protobuf)
            wait_for(lambda b=before: feed.stored("position_report") > b, what="the fix")
    with open_store(mission_db, readonly=True) as store:
        (unit,) = store.units()
        assert unit.callsign == "IRISH 2-1"  # its id is derived from the ATAK uid, stably
        track = store.query("position_report")
        assert len(track) == 3
        current = store.current_positions()[unit.id]
        assert current.lat == pytest.approx(33.252, abs=1e-4)
    assert feed.stats.snapshot()["errors"] == {}


def test_multicast_group_joined_on_loopback_carries_mesh_protobuf(mission_db: Path) -> None:
    port = _udp_port()
    url = f"udp://{GROUP}:{port}?iface=127.0.0.1"
    with running_feed(mission_db, url) as feed:
        pytak_send(
            f"udp://{GROUP}:{port}",
            [pytak_position("ANDROID-7", "NEPBATT 7", 33.3, 35.6)],
            protobuf=True,  # on a multicast group pytak frames TAK protocol as mesh
            PYTAK_MULTICAST_LOCAL_ADDR="127.0.0.1",
        )
        wait_for(lambda: feed.stored("unit") == 1, what="the multicast event")
    with open_store(mission_db, readonly=True) as store:
        assert [u.callsign for u in store.units()] == ["NEPBATT 7"]


def test_ten_seconds_of_atak_events_store_what_a_file_import_stores(
    mission_db: Path, tmp_path: Path
) -> None:
    """Markers, shapes, routes and units from ATAK, sent one event per datagram."""
    files = [FIXTURES / "atak_unit.cot", FIXTURES / "atak_drawings.xml"]
    events = [tostring(e) for path in files for e in events_in(path.read_bytes(), path.name)]
    port = _udp_port()
    url = f"udp://127.0.0.1:{port}"
    with running_feed(mission_db, url) as feed:
        pytak_send(url, events)
        wait_for(lambda: feed.stats.snapshot()["events"] == len(events), what="every event")
    imported = tmp_path / "imported.db"
    with open_store(imported) as store:
        for path in files:
            import_file(store, path)

    def content(db: Path) -> dict:
        with open_store(db, readonly=True) as store:
            return {
                (r.KIND, r.id): {k: v for k, v in vars(r).items()
                                 if k not in ("origin", "version", "created_at", "updated_at")}
                for r in store.all_records()
            }  # fmt: skip

    fed, filed = content(mission_db), content(imported)
    assert len(fed) >= len(events)
    assert fed == filed
    assert feed.stats.snapshot()["errors"] == {}


@pytest.mark.parametrize("protobuf", [False, True], ids=["xml", "protobuf"])
def test_pytak_receives_our_units_over_udp(mission_db: Path, protobuf: bool) -> None:
    with open_store(mission_db) as store:
        ours = our_unit_at(store, "NEPBATT 1", 33.4, 35.7)
    port = _udp_port()
    fmt = "?format=protobuf" if protobuf else ""
    with PytakReceiver(f"udp://127.0.0.1:{port}", protobuf=protobuf) as pytak_side:
        with open_store(mission_db, readonly=True) as store:
            stats = send(store, parse_feed_url(f"udp://127.0.0.1:{port}{fmt}"), Audience("MISSION"))
        assert stats.sent == 1
        (item,) = wait_for(lambda: pytak_side.items, what="pytak to receive")
    if protobuf:
        event = item.cotEvent
        assert (event.uid, event.type, event.detail.contact.callsign) == (
            ours.id, "a-f-G-U-C-I", "NEPBATT 1"
        )  # fmt: skip
        assert (event.lat, event.lon) == (33.4, 35.7)
    else:
        (event,) = events_in(item, "pytak")
        assert event.get("uid") == ours.id
        point = event.find("point")
        assert point is not None and (point.get("lat"), point.get("lon")) == ("33.4", "35.7")


def test_multicast_out_reaches_pytak_joined_on_loopback(mission_db: Path) -> None:
    with open_store(mission_db) as store:
        ours = our_unit_at(store, "GHANBATT 2", 9.1, 1.2)
    port = _udp_port()
    with PytakReceiver(
        f"udp://{GROUP}:{port}", PYTAK_MULTICAST_LOCAL_ADDR="127.0.0.1"
    ) as pytak_side:
        with open_store(mission_db, readonly=True) as store:
            send(store, parse_feed_url(f"udp://{GROUP}:{port}?iface=127.0.0.1"),
                 Audience("MISSION"))  # fmt: skip
        (item,) = wait_for(lambda: pytak_side.items, what="pytak to receive")
    assert events_in(item, "pytak")[0].get("uid") == ours.id


def test_units_and_tracks_received_from_a_feed_are_not_sent_back(mission_db: Path) -> None:
    port = _udp_port()
    url = f"udp://127.0.0.1:{port}"
    with running_feed(mission_db, url) as feed:
        pytak_send(url, [pytak_position("ANDROID-9", "PARTNER", 1.0, 2.0)])
        wait_for(lambda: feed.stored("unit") == 1, what="the partner's unit")
    with open_store(mission_db, readonly=True) as store:
        assert isinstance(store.units()[0], Unit)
        assert all(isinstance(r, PositionReport) for r in store.query("position_report"))
        from app.feeds.sender import outgoing_records

        records, _, _ = outgoing_records(store, Audience("MISSION"))
    assert records == []
