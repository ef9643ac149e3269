"""``demo`` and ``feed listen|send|awaiting|confirm`` against a ``postgresql://`` mission.

The demo fills an empty PostGIS database (schema made on first opening, as ``init`` does) with
the same records as on an SQLite file, in one transaction; a database that holds a mission is
refused and a failure leaves nothing. A feed's events land in the PostGIS mission exactly as
in an SQLite one, committed batch by batch, so another workstation's subscription hears them;
``feed send`` from PostGIS sends only what the audience may receive.
"""

from __future__ import annotations

import json
import queue
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_FEED_TESTS = str(Path(__file__).resolve().parents[1] / "feeds")
if _FEED_TESTS not in sys.path:
    sys.path.insert(0, _FEED_TESTS)

from feed_peers import (  # noqa: E402
    PytakReceiver,
    free_port,
    pytak_position,
    pytak_send,
    until,
    wait_for,
)
from feed_records import our_unit_at  # noqa: E402
from test_feed_cli import _atak_events  # noqa: E402

from app.cli.main import main  # noqa: E402
from app.interop.cot import events_in  # noqa: E402
from app.store import open_mission  # noqa: E402
from app.store.postgis_live import ChangeNotice  # noqa: E402

#: Envelope fields each installation stamps itself (its clock, its node): not the content.
STAMPS = ("origin", "version", "created_at", "updated_at")
DEMO = ("demo", "--size", "120", "--units", "14", "--days", "5", "--seed", "11")


def run(db: str | Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def content(db: str | Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record (tombstones too) by (kind, id), without the installation's own stamps."""
    with open_mission(db, readonly=True) as store:
        return {
            (r.KIND, r.id): {k: v for k, v in vars(r).items() if k not in STAMPS}
            for r in store.all_records()
        }


@pytest.fixture
def empty_pg_url(pg_cluster: Any) -> Iterator[str]:
    """A database with nothing in it: no schema, no PostGIS extension yet."""
    name = f"bare_{uuid.uuid4().hex}"
    pg_cluster.admin(f"CREATE DATABASE {name}")
    yield pg_cluster.url(name)
    pg_cluster.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def with_password(url: str, password: str) -> str:
    """The same URL with a password (the test cluster trusts local users, so it is unused)."""
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{password}@{host}"


# --- demo ------------------------------------------------------------------------------------


def test_demo_fills_an_empty_postgis_database_as_it_fills_a_file(
    empty_pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = with_password(empty_pg_url, "s3cret")
    code, out, err = run(url, capsys, *DEMO)
    assert code == 0, err
    assert out.startswith("Training demo (fictional data) written to postgresql://postgres:***@")
    assert "s3cret" not in out and out.count("\n") == 1
    site = tmp_path / "demo.db"
    code, file_out, err = run(site, capsys, *DEMO)
    assert code == 0, err
    # The same counts in the same words, the same records, the same mission settings.
    assert out.split(": ", 1)[1] == file_out.split(": ", 1)[1]
    stats = [json.loads(run(db, capsys, "stats", "--json")[1]) for db in (url, site)]
    assert stats[0] == stats[1] and stats[0]["incidents"] == 120
    assert content(url) == content(site)
    shown = [json.loads(run(db, capsys, "mission", "show", "--json")[1]) for db in (url, site)]
    for key in ("name", "training", "parties", "area", "labels"):
        assert shown[0][key] == shown[1][key], key
    assert shown[0]["training"] is True
    # Each installation stamps its own versions, so the digests differ; each is a digest of
    # a healthy mission, and stays the same while nothing is written.
    code, digest, err = run(url, capsys, "digest")
    assert code == 0 and len(digest.strip()) == 64, err
    assert run(url, capsys, "digest")[1] == digest
    assert run(url, capsys, "check")[0] == 0


def test_demo_refuses_a_postgis_mission_and_writes_nothing(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(pg_url, capsys, "init", "--name", "Sector East")[0] == 0
    before = run(pg_url, capsys, "digest")[1], content(pg_url)
    code, out, err = run(pg_url, capsys, *DEMO)
    assert (code, out) == (1, "")
    assert "already holds the mission 'Sector East'" in err and err.count("\n") == 1
    assert (run(pg_url, capsys, "digest")[1], content(pg_url)) == before
    unit = {"designation": "NEPBATT 1", "nation": "NPL", "sidc": "10031000161211000000"}
    assert run(pg_url, capsys, "record", "add", "unit", "--json", json.dumps(unit))[0] == 0
    before = run(pg_url, capsys, "digest")[1], content(pg_url)
    code, _, err = run(pg_url, capsys, *DEMO)
    assert code == 1 and "the demo needs an empty database" in err and err.count("\n") == 1
    assert (run(pg_url, capsys, "digest")[1], content(pg_url)) == before
    shown = json.loads(run(pg_url, capsys, "mission", "show", "--json")[1])
    assert (shown["name"], shown["training"]) == ("Sector East", False)


def test_a_demo_that_fails_half_way_leaves_nothing_behind(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import AppError
    from app.mission import service

    def fail(*_args: object, **_kw: object) -> None:  # after every record was written
        raise AppError("the disk of the demo's settings is full")

    monkeypatch.setattr(service.MissionEditor, "apply", fail)
    code, out, err = run(pg_url, capsys, *DEMO)
    assert (code, out) == (1, "") and "disk of the demo's settings" in err
    with open_mission(pg_url, readonly=True) as store:
        assert store.record_count() == 0 and store.last_change_seq() == 0
    shown = json.loads(run(pg_url, capsys, "mission", "show", "--json")[1])
    assert (shown["name"], shown["training"]) == ("", False)
    monkeypatch.undo()
    assert run(pg_url, capsys, *DEMO)[0] == 0  # and the database is still good for the demo


# --- feeds -----------------------------------------------------------------------------------


def _events() -> list[bytes]:
    """A pytak position of a unit new to the mission, and the kinds of event ATAK sends."""
    return [pytak_position("ANDROID-PG-7", "PATROL 7", 33.3, 35.6, stale=3600)] + [
        e.encode() for e in _atak_events()
    ]


def _listen_until_stored(db: str | Path, events: list[bytes], wanted: int) -> dict[str, Any]:
    """``bluehelmet feed listen`` in its own process on a loopback UDP port, pytak sending the
    events until ``wanted`` records are stored; then Ctrl-C, and its counts."""
    port = free_port(socket.SOCK_DGRAM)
    command = [sys.executable, "-m", "app.cli", "--db", str(db), "feed", "listen",
               f"udp://127.0.0.1:{port}", "--for", "60s", "--json"]  # fmt: skip
    listening = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        # pytak's UDP writer is connected and fails while nobody listens: the first event
        # goes by a plain socket until the listener stored it, then pytak sends them all.
        with probe:
            until(lambda: probe.sendto(events[0], ("127.0.0.1", port)), lambda: content(db))
        until(
            lambda: pytak_send(f"udp://127.0.0.1:{port}", events),
            lambda: len(content(db)) >= wanted,
            timeout=30,
        )
        listening.send_signal(signal.SIGINT)  # everything is stored: no need to wait longer
        out, err = listening.communicate(timeout=30)
    finally:
        if listening.poll() is None:
            listening.kill()
            listening.communicate()
    assert listening.returncode == 0, err
    return dict(json.loads(out))


@pytest.mark.slow  # two `feed listen` processes, each until every event is stored
def test_feed_listen_into_postgis_stores_what_it_stores_in_a_file_and_others_hear_it(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.interop.importer import import_file

    events = _events()  # the same bytes, times included, for every run
    cot_file = tmp_path / "same-events.cot"
    cot_file.write_bytes(b"\n".join(e.split(b"?>", 1)[-1].strip() for e in events))
    imported = tmp_path / "imported.db"
    with open_mission(imported) as store:
        import_file(store, cot_file)
    filed = content(imported)
    assert {kind for kind, _ in filed} >= {"unit", "position_report", "map_item"}
    site = tmp_path / "site.db"
    with open_mission(site):
        pass
    on_file = _listen_until_stored(site, events, wanted=len(filed))
    assert content(site) == filed

    heard: queue.Queue[ChangeNotice] = queue.Queue()
    with open_mission(pg_url, readonly=True) as other, other.subscribe(heard.put):
        on_server = _listen_until_stored(pg_url, events, wanted=len(filed))
        news: dict[str, set[str]] = {}
        while news.get("map_item", set()) < {i for k, i in filed if k == "map_item"}:
            notice = heard.get(timeout=5)  # another workstation hears each committed batch
            for kind, ids in notice.ids.items():
                news.setdefault(kind, set()).update(ids)
    assert content(pg_url) == filed
    assert news["unit"] == {i for k, i in filed if k == "unit"}
    assert on_server["errors"] == on_file["errors"] == {}
    assert on_server["created"] == on_file["created"]

    # The two units first seen on the feed wait for confirmation on the server too.
    code, out, err = run(pg_url, capsys, "feed", "awaiting", "--json")
    assert code == 0, err
    waiting = json.loads(out)
    assert sorted(r["callsign"] for r in waiting) == ["IRISH 2-1", "PATROL 7"]
    before = content(pg_url)
    code, _, err = run(pg_url, capsys, "feed", "confirm", "patrol 7", "NOBODY")
    assert code == 1 and "'NOBODY'" in err and err.count("\n") == 1
    assert len(json.loads(run(pg_url, capsys, "feed", "awaiting", "--json")[1])) == 2
    code, out, err = run(pg_url, capsys, "feed", "confirm", "patrol 7")
    assert (code, out) == (0, "Confirmed PATROL 7\n"), err
    code, out, _ = run(pg_url, capsys, "feed", "awaiting")
    assert code == 0 and out.startswith("IRISH 2-1 (IRISH 2-1) from feed 127.0.0.1:")
    assert out.count("\n") == 1
    assert content(pg_url) == before  # confirming changes no record


def test_feed_send_from_postgis_sends_only_what_the_audience_may_receive(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_mission(pg_url) as store:
        ours = our_unit_at(store, "NEPBATT 2", 3.0, 4.0)
        our_unit_at(store, "SECRET TEAM", 3.5, 4.5, releasable_to=("NPL",))
    port = free_port(socket.SOCK_DGRAM)
    with PytakReceiver(f"udp://127.0.0.1:{port}") as pytak_side:
        code, out, err = run(pg_url, capsys, "feed", "send", f"udp://127.0.0.1:{port}",
                             "--audience", "mission-wide")  # fmt: skip
        assert code == 0, err
        wait_for(lambda: pytak_side.items, what="pytak to receive")
    assert [e.get("uid") for e in events_in(pytak_side.items[0], "pytak")] == [ours.id]
    assert len(pytak_side.items) == 1
    assert "sent 1 event(s) in 1 round(s) to MISSION; 1 record(s) not releasable" in out


def test_feed_listen_as_a_login_that_may_only_read_is_refused_in_one_line(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_mission_users import as_role, role_name

    from app.store.postgis import PostgisStore
    from app.store.postgis_roles import add_user

    liaison = role_name("fra_lo_feed")
    with PostgisStore(pg_url) as store:
        add_user(store, liaison, nation="FRA")
    port = free_port(socket.SOCK_DGRAM)
    code, out, err = run(as_role(pg_url, liaison), capsys, "feed", "listen",
                         f"udp://127.0.0.1:{port}", "--for", "30s")  # fmt: skip
    assert (code, out) == (1, "")
    assert "may only read the mission" in err and err.count("\n") == 1
