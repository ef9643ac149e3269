"""Who wrote what, as a window watching the mission sees it, on both engines.

A window leaves out the writes of its own running feeds (their batches are drawn already) by
their change-log source, ``feed:NAME@WRITER`` with the window's writer token. The same feed
run elsewhere (another workstation, another window, the CLI) writes another source and is
heard. A unit's awaiting-confirmation mark, set by a feed or taken off by ``feed confirm``,
writes a change-log line in the same transaction, so a watcher hears a confirmation made
elsewhere without waiting for the next record write.
"""

from __future__ import annotations

import queue
import sys
import time
from pathlib import Path

_FEED_TESTS = str(Path(__file__).resolve().parents[1] / "feeds")
if _FEED_TESTS not in sys.path:
    sys.path.insert(0, _FEED_TESTS)

from feed_peers import pytak_position  # noqa: E402

from app.feeds.awaiting import awaiting_units, confirm_units  # noqa: E402
from app.feeds.framing import Frame  # noqa: E402
from app.feeds.ingest import FeedIngest, feed_source, new_writer_token  # noqa: E402
from app.store import open_mission  # noqa: E402
from app.store.postgis_live import ChangeNotice  # noqa: E402
from app.store.side_changes import AWAITING  # noqa: E402


def _fixes(*callsigns: str, lat: float = 33.1) -> list[Frame]:
    return [
        Frame("xml", pytak_position(f"ANDROID-{c}", c, lat + n / 1000, 35.1))
        for n, c in enumerate(callsigns)
    ]


def test_a_feed_writes_with_its_windows_token_and_its_marks_are_logged_with_it(target: str):
    writer = new_writer_token()
    assert writer != new_writer_token()  # each window its own
    with open_mission(target) as store:
        seq = store.last_change_seq()
        FeedIngest(store, "HQ LAN", writer=writer).ingest(_fixes("IRISH 2-1", "GHANBATT 3"))
        lines = store.changes_since(seq)
        marked = awaiting_units(store)
    assert len(marked) == 2
    assert {c.source for c in lines} == {f"feed:HQ LAN@{writer}"}
    assert {(c.record_id, c.op) for c in lines if c.kind == AWAITING} == {
        (unit_id, "create") for unit_id in marked
    }
    with open_mission(target, readonly=True) as store:
        assert store.check().errors == []  # the check knows the new kind of line


def test_a_confirmation_made_elsewhere_is_a_line_in_the_change_log(target: str):
    with open_mission(target) as store:
        FeedIngest(store, "HQ LAN", writer=new_writer_token()).ingest(_fixes("IRISH 2-1"))
        (unit_id,) = awaiting_units(store)
        seq = store.last_change_seq()
    with open_mission(target) as cli:  # ``bluehelmet feed confirm``, on its own connection
        assert confirm_units(cli, ["irish 2-1"], source="cli") == [unit_id]
    with open_mission(target, readonly=True) as store:
        lines = store.changes_since(seq)
        assert awaiting_units(store) == {}
    assert [(c.kind, c.record_id, c.op, c.source) for c in lines] == [
        (AWAITING, unit_id, "delete", "cli")
    ]


def test_sqlite_watcher_leaves_out_only_this_windows_feed_not_the_same_feed_elsewhere(
    tmp_path: Path,
):
    db = tmp_path / "mission.db"
    mine = new_writer_token()
    own = {feed_source("HQ LAN", mine)}
    with open_mission(db) as window, open_mission(db) as elsewhere:
        seq = window.last_change_seq()
        FeedIngest(window, "HQ LAN", writer=mine).ingest(_fixes("IRISH 2-1"))
        seq, kinds = window.kinds_changed_since(seq, except_sources=own)
        assert kinds == frozenset()  # the window's own feed: drawn already
        # The same feed run by the CLI (or another window) on this machine: heard.
        FeedIngest(elsewhere, "HQ LAN").ingest(_fixes("GHANBATT 3", lat=33.5))
        seq, kinds = window.kinds_changed_since(seq, except_sources=own)
        assert kinds == {"unit", "position_report", AWAITING}
        FeedIngest(elsewhere, "HQ LAN", writer=new_writer_token()).ingest(
            _fixes("GHANBATT 3", lat=33.6)
        )
        seq, kinds = window.kinds_changed_since(seq, except_sources=own)
        assert kinds == {"position_report"}
        confirm_units(elsewhere, ["GHANBATT 3"])
        seq, kinds = window.kinds_changed_since(seq, except_sources=own)
        assert kinds == {AWAITING}


def test_a_notice_says_who_wrote_so_a_window_drops_only_its_own_feeds(pg_url: str):
    target = pg_url
    mine = new_writer_token()
    own = {feed_source("HQ LAN", mine)}
    box: queue.Queue[ChangeNotice] = queue.Queue()

    def next_notice() -> ChangeNotice:
        started = time.monotonic()
        notice = box.get(timeout=1.0)  # within a second
        assert time.monotonic() - started < 1.0
        return notice

    with (
        open_mission(target) as window,
        open_mission(target) as feed_here,  # the window's feed: its own connection (or process)
        open_mission(target) as elsewhere,
        window.subscribe(box.put),
    ):
        FeedIngest(feed_here, "HQ LAN", writer=mine).ingest(_fixes("IRISH 2-1"))
        notice = next_notice()
        assert notice.kinds == {"unit", "position_report", AWAITING}
        assert notice.sources["unit"] == own
        assert notice.kinds_except(own) == frozenset()  # nothing for the window to re-read

        # Another workstation's feed of the same name is heard.
        FeedIngest(elsewhere, "HQ LAN", writer=new_writer_token()).ingest(
            _fixes("GHANBATT 3", lat=33.5)
        )
        assert next_notice().kinds_except(own) == {"unit", "position_report", AWAITING}
        FeedIngest(elsewhere, "HQ LAN").ingest(_fixes("GHANBATT 3", lat=33.6))  # the CLI's
        assert next_notice().kinds_except(own) == {"position_report"}

        # A confirmation made elsewhere is news of its own.
        confirm_units(elsewhere, ["IRISH 2-1"], source="cli")
        notice = next_notice()
        assert notice.kinds_except(own) == {AWAITING}
        assert notice.ids[AWAITING] == frozenset(
            u.id for u in window.units() if u.callsign == "IRISH 2-1"
        )
