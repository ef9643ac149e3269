"""Blue Helmet on a TAK server: taky on 127.0.0.1 relays between a pytak client and Blue
Helmet, both ways, over TCP and over TLS with client certificates (a CA, a server
certificate and PKCS#12 client certificates made here). TAK protocol streams, which taky
does not relay, go between pytak and Blue Helmet through a plain byte pipe."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from feed_peers import (
    Pipe,
    PytakReceiver,
    make_pki,
    pytak_position,
    pytak_send,
    running_feed,
    taky_server,
    until,
    wait_for,
)
from feed_records import our_unit_at

from app.feeds.sender import Audience
from app.feeds.service import send
from app.feeds.urls import parse_feed_url
from app.interop.cot import events_in
from app.store import open_store


def _send_until(db: Path, url: str, received: list, uid: str) -> None:
    """Blue Helmet sends our units every 0.2 s until the pytak side has ``uid``."""
    stop = threading.Event()

    def run() -> None:
        with open_store(db, readonly=True) as store:
            send(store, parse_feed_url(url), Audience("MISSION"), every=0.2, stop=stop)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        wait_for(
            lambda: uid.encode() in b"".join(received), timeout=20, what="pytak to get our unit"
        )
    finally:
        stop.set()
        thread.join(timeout=10)


@pytest.mark.slow
@pytest.mark.parametrize("secure", [False, True], ids=["tcp", "tls"])
def test_a_tak_server_relays_between_pytak_and_blue_helmet_both_ways(
    mission_db: Path, tmp_path: Path, secure: bool
) -> None:
    with open_store(mission_db) as store:
        ours = our_unit_at(store, "NEPBATT 1", 33.4, 35.7)
    pki = make_pki(tmp_path / "pki") if secure else None
    with taky_server(tmp_path, pki) as port:
        if pki is not None:
            ours_cert = pki.client_p12("bluehelmet")
            theirs_cert = pki.client_p12("pytak")
            url = f"tls://127.0.0.1:{port}?cert={ours_cert}&password={pki.password}&ca={pki.ca_pem}"
            pytak_url = f"tls://127.0.0.1:{port}"
            tls = {
                "PYTAK_TLS_CLIENT_CERT": str(theirs_cert),
                "PYTAK_TLS_CLIENT_PASSWORD": pki.password,
                "PYTAK_TLS_CLIENT_CAFILE": str(pki.ca_pem),
            }
        else:
            url = pytak_url = f"tcp://127.0.0.1:{port}"
            tls = {}
        # pytak → taky → Blue Helmet
        with running_feed(mission_db, url, connected=True) as feed:
            until(
                lambda: pytak_send(pytak_url, [pytak_position("ANDROID-3", "IRISH 3", 1.5, 2.5)],
                                   **tls),
                lambda: feed.stored("position_report"),
            )  # fmt: skip
        with open_store(mission_db, readonly=True) as store:
            assert "IRISH 3" in [u.callsign for u in store.units()]
        # Blue Helmet → taky → pytak
        with PytakReceiver(pytak_url, **tls) as pytak_side:
            _send_until(mission_db, url, pytak_side.items, ours.id)
            events = events_in(b"".join(pytak_side.items), "pytak")
        # (taky also replays what it knows, such as pytak's own earlier position)
        assert ours.id in {e.get("uid") for e in events}


def test_tls_with_a_wrong_certificate_password_says_so(tmp_path: Path) -> None:
    pki = make_pki(tmp_path / "pki")
    cert = pki.client_p12("bluehelmet")
    from app.feeds.transports import tls_context
    from app.feeds.urls import FeedError

    with pytest.raises(FeedError, match="not a PKCS#12 certificate, or the password is wrong"):
        tls_context(parse_feed_url(f"tls://127.0.0.1:1?cert={cert}&password=nope"))


@pytest.mark.parametrize("direction", ["in", "out"])
def test_protobuf_streams_between_pytak_and_blue_helmet(mission_db: Path, direction: str) -> None:
    with open_store(mission_db) as store:
        ours = our_unit_at(store, "NEPBATT 4", 10.0, 20.0)
    with Pipe() as pipe:
        url = f"tcp://127.0.0.1:{pipe.port}"
        if direction == "in":
            with running_feed(mission_db, url, connected=True) as feed:
                wait_for(lambda: len(pipe.clients) == 1, what="the pipe to see Blue Helmet")
                fixes = [
                    pytak_position(f"ANDROID-{n}", f"UNIT {n}", 1.0 + n, 2.0) for n in range(5)
                ]
                pytak_send(url, fixes, protobuf=True)
                wait_for(lambda: feed.stored("unit") == 5, what="five units")
            assert feed.stats.snapshot()["errors"] == {}
        else:
            with PytakReceiver(url, protobuf=True) as pytak_side:
                wait_for(lambda: len(pipe.clients) == 1, what="the pipe to see pytak")
                with open_store(mission_db, readonly=True) as store:
                    send(store, parse_feed_url(url + "?format=protobuf"), Audience("MISSION"))
                wait_for(lambda: pytak_side.items, what="pytak to receive")
            message = pytak_side.items[0]
            assert message.cotEvent.uid == ours.id
            assert message.cotEvent.detail.contact.callsign == "NEPBATT 4"
