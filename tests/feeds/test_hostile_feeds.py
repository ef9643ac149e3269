"""What a hostile or broken peer sends is dropped and counted, never a crash, never half a
batch: malformed XML, entity bombs, oversized and over-nested events, junk, cut streams and
floods, sent over real sockets on 127.0.0.1 to a running feed."""

from __future__ import annotations

import socket
import struct
from pathlib import Path

import pytest
from feed_peers import free_port, pytak_position, running_feed, wait_for

from app.feeds import transports
from app.feeds.framing import (
    CUT_SHORT,
    MAX_EVENT_BYTES,
    NOT_COT,
    OVERSIZED,
    TOO_DEEP,
    Frame,
    StreamSplitter,
    datagram_frames,
)
from app.feeds.ingest import (
    FLOOD,
    INVALID,
    NOT_PROTO,
    NOT_XML,
    REFUSED_XML,
    UNREADABLE,
    frame_event,
)
from app.feeds.transports import FeedListener
from app.feeds.urls import parse_feed_url
from app.interop.base import InteropError
from app.store import open_store

GOOD = pytak_position("ANDROID-OK", "GOOD ONE", 5.0, 6.0, stale=3600)
BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE event [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8)
    )
    + b']><event version="2.0" uid="bomb" type="a-f-G" time="2026-01-01T00:00:00Z" '
    b'start="2026-01-01T00:00:00Z" stale="2030-01-01T00:00:00Z"><point lat="1" lon="1"/>'
    b"<detail><remarks>&i;</remarks></detail></event>"
)
#: An event whose XML carries entity declarations inside it (the splitter passes it whole).
INNER_BOMB = (
    b'<event uid="x" type="a-f-G"><!DOCTYPE x [<!ENTITY a "aa">]><point lat="1" lon="1"/></event>'
)


def _event(uid: str, lat: str = "1", extra: str = "") -> bytes:
    return (
        f'<event version="2.0" uid="{uid}" type="a-f-G-U-C" time="2026-01-01T00:00:00Z" '
        f'start="2026-01-01T00:00:00Z" stale="2030-01-01T00:00:00Z" how="m-g">'
        f'<point lat="{lat}" lon="2" hae="0" ce="5" le="9999999.0"/>'
        f'<detail><contact callsign="{uid}"/>{extra}</detail></event>'
    ).encode()


# --- framing, byte by byte ---------------------------------------------------------------


def test_nested_events_split_at_any_chunk_boundary() -> None:
    stroke = b'<event uid="s"><point lat="0" lon="0"/></event>'
    outer = b'<event uid="o"><point lat="1" lon="1"/><detail>' + stroke + b"</detail></event>"
    stream = b'<?xml version="1.0"?>\n' + outer + b"\n" + _event("two")
    for size in (1, 2, 3, 7, 64, len(stream)):
        splitter = StreamSplitter()
        frames = []
        for at in range(0, len(stream), size):
            framed = splitter.feed(stream[at : at + size])
            assert not framed.errors
            frames += framed.frames
        assert [f.data for f in frames] == [outer, _event("two")]


def test_oversized_events_are_skipped_without_keeping_them() -> None:
    splitter = StreamSplitter(max_event=1000)
    big = b'<event uid="big">' + b"<x/>" * 5000 + b"</event>"
    errors: dict[str, int] = {}
    frames = []
    for at in range(0, len(big), 512):
        framed = splitter.feed(big[at : at + 512])
        frames += framed.frames
        for name, n in framed.errors.items():
            errors[name] = errors.get(name, 0) + n
        assert len(splitter._buf) < 2000  # memory stays bounded while skipping
    framed = splitter.feed(_event("after"))
    assert errors == {OVERSIZED: 1}
    assert [f.data for f in frames + framed.frames] == [_event("after")]


def test_protobuf_stream_framing_refuses_lengths_over_the_cap() -> None:
    splitter = StreamSplitter(max_event=100)
    huge = b"\xbf" + bytes([0x80 | 0x7F, 0x7F]) + b"x" * 16383  # varint 16383
    ok = b"\xbf\x03abc"
    framed = splitter.feed(huge + ok)
    assert framed.errors == {OVERSIZED: 1}
    assert [f.data for f in framed.frames] == [b"abc"]


def test_junk_nesting_and_cut_streams_are_counted() -> None:
    assert datagram_frames(b"hello there").errors == {NOT_COT: 1}
    deep = b"<event>" * 50 + b"</event>" * 50
    assert datagram_frames(deep).errors == {TOO_DEEP: 1}
    assert datagram_frames(_event("x")[:-5]).errors == {CUT_SHORT: 1}
    assert datagram_frames(b"x" * (MAX_EVENT_BYTES + 1)).errors == {OVERSIZED: 1}


# --- over real sockets ---------------------------------------------------------------------


def test_hostile_datagrams_are_dropped_and_counted_and_good_ones_stored(
    mission_db: Path,
) -> None:
    port = free_port(socket.SOCK_DGRAM)
    hostile = [
        b"<event uid='broken'><point lat='1' lon='2'></event>",  # not well-formed
        BOMB,  # entity expansion: refused, never expanded
        INNER_BOMB,
        b"<event uid='no-point' type='a-f-G'></event>",  # no <point>
        _event("far", lat="95"),  # latitude out of range
        b"\xbf\x01\xbf\xff\xff\xff\xff",  # mesh header, then no TAK message
        b"random junk, no XML at all",
        b"<events/>",
    ]
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with sender, running_feed(mission_db, f"udp://127.0.0.1:{port}") as feed:
        for payload in [*hostile, GOOD]:
            sender.sendto(payload, ("127.0.0.1", port))
        wait_for(lambda: feed.stored("unit") == 1, what="the good event")
        wait_for(lambda: sum(feed.stats.snapshot()["errors"].values()) >= 8, what="the errors")
    # The bomb's DOCTYPE comes before its <event>, so it never reaches the parser: the event
    # alone names an undefined entity. Nothing is ever expanded.
    assert feed.stats.snapshot()["errors"] == {
        NOT_XML: 3, NOT_COT: 2, UNREADABLE: 2, NOT_PROTO: 1
    }  # fmt: skip
    with open_store(mission_db, readonly=True) as store:
        assert [u.callsign for u in store.units()] == ["GOOD ONE"]
        assert store.count("position_report") == 1


def test_an_oversized_event_on_a_tcp_stream_does_not_stop_the_stream(
    mission_db: Path,
) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    with server, running_feed(mission_db, f"tcp://127.0.0.1:{port}") as feed:
        conn, _ = server.accept()
        with conn:
            conn.sendall(_event("before"))
            conn.sendall(b'<event uid="huge">' + b"<x/>" * (MAX_EVENT_BYTES // 4 + 10))
            conn.sendall(b"</event>" + _event("after"))
            wait_for(lambda: feed.stored("unit") == 2, what="both good events")
    assert feed.stats.snapshot()["errors"] == {OVERSIZED: 1}
    with open_store(mission_db, readonly=True) as store:
        assert sorted(u.callsign for u in store.units()) == ["after", "before"]


def test_an_invalid_record_in_a_batch_is_counted_and_the_rest_stored(mission_db: Path) -> None:
    """One event that reads but cannot become a valid record (an unknown classification
    label in our own detail) is left out; the batch's other events are stored."""
    bad = _event("labelled", extra='<__bluehelmet kind="unit" version="1"><f n="designation">'
                 'X</f><f n="nation">NPL</f><f n="sidc">10031000001211000000</f>'
                 '<f n="classification">TOP SECRET</f></__bluehelmet>')  # fmt: skip
    port = free_port(socket.SOCK_DGRAM)
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    with sender, running_feed(mission_db, f"udp://127.0.0.1:{port}") as feed:
        sender.sendto(bad + _event("fine"), ("127.0.0.1", port))
        wait_for(lambda: feed.stats.snapshot()["errors"], what="the invalid record")
        wait_for(lambda: feed.stored("unit") == 1, what="the good event")
    assert feed.stats.snapshot()["errors"] == {INVALID: 1}
    with open_store(mission_db, readonly=True) as store:
        assert [u.callsign for u in store.units()] == ["fine"]


def test_a_flood_beyond_the_queue_is_dropped_and_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transports, "QUEUE_LIMIT", 10)
    port = free_port(socket.SOCK_DGRAM)
    counted: dict[str, int] = {}

    def on_error(errors: dict[str, int], _example: str) -> None:
        for name, n in errors.items():
            counted[name] = counted.get(name, 0) + n

    listener = FeedListener(parse_feed_url(f"udp://127.0.0.1:{port}"), on_error)
    listener.start()
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        with sender:
            for n in range(40):
                sender.sendto(_event(f"u{n}"), ("127.0.0.1", port))
                # one datagram at a time, so the kernel's own buffer never drops any
                wait_for(lambda n=n: listener._queue.qsize() + counted.get(FLOOD, 0) == n + 1)
    finally:
        listener.stop()
    assert counted == {FLOOD: 30}
    assert len(listener.take(100, 0)) == 10


def test_a_tcp_stream_cut_mid_event_counts_it_and_reconnects(mission_db: Path) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    with server, running_feed(mission_db, f"tcp://127.0.0.1:{port}") as feed:
        conn, _ = server.accept()
        conn.sendall(_event("whole") + _event("cut")[:40])
        conn.close()
        again, _ = server.accept()  # the feed comes back by itself
        with again:
            again.sendall(_event("later"))
            wait_for(lambda: feed.stored("unit") == 2, what="the events around the cut")
    errors = feed.stats.snapshot()["errors"]
    assert errors == {CUT_SHORT: 1}


def test_a_stream_length_prefix_is_not_trusted() -> None:
    # A varint that never ends: ten continuation bytes.
    framed = StreamSplitter().feed(b"\xbf" + b"\xff" * 10 + b"\x01" + struct.pack("B", 1))
    assert not framed.frames
    assert framed.errors


def test_an_entity_bomb_inside_a_tak_message_detail_is_refused() -> None:
    """TAK protocol keeps unknown detail as XML text: it is parsed as safely as a file."""
    from takproto.proto import TakMessage

    message = TakMessage()
    message.cotEvent.type = "a-f-G"
    message.cotEvent.uid = "pb-bomb"
    message.cotEvent.detail.xmlDetail = '<!DOCTYPE d [<!ENTITY a "aaaa">]><remarks>&a;</remarks>'
    with pytest.raises(InteropError) as refused:
        frame_event(Frame("proto", message.SerializeToString()), "feed:test")
    assert str(refused.value).startswith((REFUSED_XML, NOT_XML))
