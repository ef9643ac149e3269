"""``bluehelmet feed``: definitions kept per installation, listen and send from the command
line against real peers on 127.0.0.1, and one-line errors for what a user gets wrong."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from feed_peers import PytakReceiver, free_port, pytak_position, until, wait_for
from feed_records import our_unit_at

from app.cli.main import main
from app.feeds.definitions import feeds_path, load_feeds
from app.interop.cot import events_in
from app.store import open_store


def test_no_feed_is_defined_until_one_is_added(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feed", "list"]) == 0
    assert "No feeds defined" in capsys.readouterr().out
    assert not feeds_path().exists()


def test_feeds_are_added_listed_and_removed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["feed", "add", "SA group", "udp://239.2.3.1:6969?iface=127.0.0.1"]) == 0
    tls = "tls://tak.example:8089?cert=/certs/me.p12&password=secret"
    assert main(["feed", "add", "TAK out", tls, "--out", "--audience", "UN",
                 "--layers", "units,incident", "--every", "5s"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["feed", "list"]) == 0
    listed = capsys.readouterr().out
    assert "SA group: in from udp://239.2.3.1:6969?iface=127.0.0.1" in listed
    assert "TAK out: out to tls://tak.example:8089?cert=/certs/me.p12&password=*** for UN" in (
        listed
    )
    assert "secret" not in listed
    assert stat.S_IMODE(os.stat(feeds_path()).st_mode) == 0o600  # it may hold a password
    assert [f.layers for f in load_feeds()] == [("units",), ("units", "incident")]
    assert main(["feed", "remove", "sa group"]) == 0
    assert [f.name for f in load_feeds()] == ["TAK out"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["feed", "add", "x", "udp://239.2.3.1:6969"], "needs the interface to join on"),
        (["feed", "add", "x", "http://host:1"], "starts with udp://, tcp:// or tls://"),
        (["feed", "add", "x", "tls://host:8089"], "needs the client certificate"),
        (["feed", "add", "x", "tcp://h:1", "--out"], "needs an audience"),
        (["feed", "add", "x", "tcp://h:1", "--out", "--audience", "Nepal"], "audience 'Nepal'"),
        (["feed", "remove", "nothing"], "no feed named 'nothing'"),
    ],
)
def test_mistakes_are_one_line_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and message in err and err.count("\n") == 1


def test_feed_send_needs_an_audience(mission_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(mission_db), "feed", "send", "udp://127.0.0.1:9"]) == 1
    assert "--audience" in capsys.readouterr().err


@pytest.mark.slow  # `feed listen` in its own process
def test_feed_listen_stores_events_and_prints_counts(mission_db: Path) -> None:
    port = free_port(socket.SOCK_DGRAM)
    # A long --for: the test ends the listener with Ctrl-C once the fix is stored, so a slow
    # start-up on a loaded machine cannot close the window before the first event arrives.
    command = [sys.executable, "-m", "app.cli", "--db", str(mission_db), "feed", "listen",
               f"udp://127.0.0.1:{port}", "--for", "120s", "--json"]  # fmt: skip
    listening = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    fix = pytak_position("ANDROID-CLI", "PATROL 5", 12.5, 13.5)
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def stored() -> bool:
        with open_store(mission_db, readonly=True) as store:
            return store.count("unit") == 1

    try:
        with sender:
            until(lambda: sender.sendto(fix, ("127.0.0.1", port)), stored, timeout=60)
    finally:
        listening.send_signal(signal.SIGINT)  # Ctrl-C: listening ends and the counts follow
    out, err = listening.communicate(timeout=30)
    assert listening.returncode == 0, err
    counts = json.loads(out)
    assert counts["created"] == {"unit": 1, "position_report": 1}
    assert counts["errors"] == {}
    assert counts["feed"] == f"127.0.0.1:{port}"


def test_feed_send_reaches_pytak(mission_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(mission_db) as store:
        ours = our_unit_at(store, "NEPBATT 2", 3.0, 4.0)
        our_unit_at(store, "SECRET TEAM", 3.5, 4.5, releasable_to=("NPL",))
    port = free_port(socket.SOCK_DGRAM)
    with PytakReceiver(f"udp://127.0.0.1:{port}") as pytak_side:
        code = main(["--db", str(mission_db), "feed", "send", f"udp://127.0.0.1:{port}",
                     "--audience", "mission-wide"])  # fmt: skip
        assert code == 0
        wait_for(lambda: pytak_side.items, what="pytak to receive")
    assert [e.get("uid") for e in events_in(pytak_side.items[0], "pytak")] == [ours.id]
    out = capsys.readouterr().out
    assert "sent 1 event(s) in 1 round(s) to MISSION; 1 record(s) not releasable" in out


def _atak_events() -> list[bytes]:
    """Events of the types ATAK sends: a friendly unit's position, a spot-map marker, a drawn
    shape and a route with its checkpoints (written here, in ATAK's own shape)."""
    when = 'time="2026-03-05T10:00:00Z" start="2026-03-05T10:00:00Z"'
    stale = 'stale="2099-03-05T10:00:00Z"'
    point = 'hae="9999999.0" ce="9999999.0" le="9999999.0"'
    return [
        f'<event version="2.0" uid="ANDROID-9f2c" type="a-f-G-U-C" {when} {stale} how="m-g">'
        f'<point lat="33.21" lon="35.41" {point}/><detail><contact callsign="IRISH 2-1"/>'
        '<__group name="Cyan" role="Team Member"/></detail></event>',
        f'<event version="2.0" uid="spot-71" type="b-m-p-s-m" {when} {stale} how="h-g-i-g-o">'
        f'<point lat="33.25" lon="35.45" {point}/><detail><contact callsign="Burnt truck"/>'
        '<color argb="-65536"/><remarks>Seen at 0940</remarks></detail></event>',
        f'<event version="2.0" uid="shape-3" type="u-d-f" {when} {stale} how="h-e">'
        f'<point lat="33.1" lon="35.1" {point}/><detail>'
        '<link point="33.0,35.0"/><link point="33.0,35.2"/><link point="33.2,35.2"/>'
        '<link point="33.0,35.0"/><strokeColor value="-16776961"/>'
        '<contact callsign="AO Lima"/></detail></event>',
        f'<event version="2.0" uid="route-8" type="b-m-r" {when} {stale} how="h-e">'
        f'<point lat="33.05" lon="35.05" {point}/><detail>'
        '<link uid="wp-1" callsign="SP" type="b-m-p-w" point="33.05,35.05,0" relation="c"/>'
        '<link uid="wp-2" callsign="CP1" type="b-m-p-c" point="33.1,35.1,0" relation="c"/>'
        '<link uid="wp-3" callsign="RP" type="b-m-p-w" point="33.05,35.15,0" relation="c"/>'
        '<contact callsign="Route Blue"/></detail></event>',
    ]


@pytest.mark.slow  # `feed listen` in its own process until it has every event
def test_feed_listen_stores_atak_events_as_a_file_import_of_them_would(
    mission_db: Path, tmp_path: Path
) -> None:
    """`feed listen` for (at most) 10 s on a UDP port receiving ATAK's kinds of event."""
    import signal

    from app.interop.importer import import_file

    events = [e.encode() for e in _atak_events()]
    cot_file = tmp_path / "same-events.cot"
    cot_file.write_bytes(b"\n".join(events))
    imported = tmp_path / "imported.db"
    with open_store(imported) as store:
        import_file(store, cot_file)

    def content(db: Path) -> dict:
        with open_store(db, readonly=True) as store:
            return {
                (r.KIND, r.id): {k: v for k, v in vars(r).items()
                                 if k not in ("origin", "version", "created_at", "updated_at")}
                for r in store.all_records()
            }  # fmt: skip

    filed = content(imported)
    assert {kind for kind, _ in filed} >= {"unit", "position_report", "map_item"}
    port = free_port(socket.SOCK_DGRAM)
    command = [sys.executable, "-m", "app.cli", "--db", str(mission_db), "feed", "listen",
               f"udp://127.0.0.1:{port}", "--for", "10s", "--json"]  # fmt: skip
    listening = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send_all() -> None:  # one event per datagram, as ATAK sends them
        for event in events:
            sender.sendto(event, ("127.0.0.1", port))

    try:
        with sender:
            until(send_all, lambda: len(content(mission_db)) >= len(filed), timeout=10)
        listening.send_signal(signal.SIGINT)  # stored: no need to wait out the 10 s
        out, err = listening.communicate(timeout=30)
    finally:
        if listening.poll() is None:
            listening.kill()
            listening.communicate()
    assert listening.returncode == 0, err
    counts = json.loads(out)
    assert counts["errors"] == {}
    assert content(mission_db) == filed
