"""Live news between workstations on one PostGIS mission (LISTEN/NOTIFY).

A write by one client is heard by another's subscription within a second, with its kinds and
ids; a client does not hear its own writes; a mission user hears only of what it may read.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
from factories import incident, unit
from test_mission_users import as_role, role_name

from app.store.postgis import PostgisStore
from app.store.postgis_live import ChangeNotice
from app.store.postgis_roles import add_user


def heard(box: queue.Queue[ChangeNotice], within_s: float) -> ChangeNotice:
    """The next notice, waiting at most ``within_s`` (fails the test if none comes)."""
    return box.get(timeout=within_s)


def test_a_write_in_one_store_is_heard_in_another_within_a_second(pg_url: str):
    box: queue.Queue[ChangeNotice] = queue.Queue()
    with (
        PostgisStore(pg_url) as writer,
        PostgisStore(pg_url) as reader,
        reader.subscribe(box.put),
    ):
        saved = writer.save(incident(title="Heard at the JOC"))
        started = time.monotonic()
        notice = heard(box, within_s=1.0)
        assert time.monotonic() - started < 1.0
        assert notice.ids == {"incident": frozenset({saved.id})}
        # A batch is one notice: a hundred units saved at once.
        batch = writer.save_many([unit(designation=f"COY {i}") for i in range(100)])
        notice = heard(box, within_s=1.0)
        assert notice.ids == {"unit": frozenset(u.id for u in batch)}


def test_a_store_does_not_hear_its_own_writes(pg_url: str):
    box: queue.Queue[ChangeNotice] = queue.Queue()
    with (
        PostgisStore(pg_url) as mine,
        PostgisStore(pg_url) as other,
        mine.subscribe(box.put),
    ):
        mine.save(incident(title="my own edit"))
        theirs = other.save(incident(title="their edit"))
        notice = heard(box, within_s=2.0)
        # Its own edit is left out, however the two writes were batched.
        assert notice.ids == {"incident": frozenset({theirs.id})}
        assert box.empty()


@pytest.mark.slow  # a second Python process: its start-up is most of the time
def test_a_write_by_another_process_is_heard(pg_url: str):
    """The CLI in a separate process adds an incident; the listening store hears it, and the
    notice arrives within a second of the write (change-log time, same machine's clock)."""
    box: queue.Queue[tuple[ChangeNotice, datetime]] = queue.Queue()
    with (
        PostgisStore(pg_url) as reader,
        reader.subscribe(lambda n: box.put((n, datetime.now(UTC)))),
    ):
        body = {
            "title": "Reported from another workstation",
            "category": "armed_clash",
            "occurred_start": "2026-03-05T14:30:00Z",
            "lat": 33.2,
            "lon": 35.5,
        }
        done = subprocess.run(
            [sys.executable, "-m", "app.cli", "--db", pg_url, "record", "add", "incident",
             "--json", json.dumps(body)],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        notice, at = box.get(timeout=5.0)
        (record_id,) = notice.ids["incident"]
        assert reader.get("incident", record_id).title == "Reported from another workstation"
        written = reader.conn.execute(
            "SELECT max(at) FROM change_log WHERE record_id = %s", (record_id,)
        ).fetchone()[0]
        assert (at - written).total_seconds() < 1.0


def test_a_mission_user_hears_only_of_what_it_may_read(pg_url: str):
    box: queue.Queue[ChangeNotice] = queue.Queue()
    with PostgisStore(pg_url) as hq:
        fra = role_name("fra_live")
        add_user(hq, fra, nation="FRA")
        with PostgisStore(as_role(pg_url, fra)) as liaison, liaison.subscribe(box.put):
            hq.save(incident(title="NPL eyes only", releasable_to=("NPL",)))
            shared = hq.save(incident(title="For FRA", releasable_to=("FRA",)))
            notice = heard(box, within_s=2.0)
            assert notice.ids == {"incident": frozenset({shared.id})}
            assert box.empty()
