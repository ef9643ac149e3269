"""Three installations exchanging packages: convergence, conflicts, releasability, relays,
replays, and refusals that leave the database untouched."""

from __future__ import annotations

import hashlib
import itertools
import time
from dataclasses import replace
from pathlib import Path

import pytest
from factories import incident, position, unit
from installations import Installation

from app.domain.hlc import Hlc
from app.errors import AppError
from app.store import open_store
from app.store.store import MissionStore
from app.sync.package import PackageRefused
from app.sync.service import export_package


def test_records_flow_a_to_b_to_c_and_digests_match(units):
    a, b, c = units
    u = a.store.save(unit())
    a.store.save_many([position(u.id), incident(title="Shots")])
    summary = b.receive(a.send(b))
    assert summary.counts["unit"]["new"] == 1 and summary.conflicts == 0
    c.receive(b.send(c))
    assert a.digest() == b.digest() == c.digest()
    assert c.store.check().healthy


def test_relay_keeps_the_original_origin_and_version(units):
    a, b, c = units
    sent = a.store.save(incident(title="Relayed"))
    b.receive(a.send(b))
    c.receive(b.send(c))
    got = c.store.get("incident", sent.id)
    assert (got.origin, got.version, got.created_at) == (sent.origin, sent.version, sent.created_at)


def test_different_arrival_orders_converge(units):
    a, b, c = units
    r = a.store.save(incident(title="v1"))
    to_c_first = a.send(c)
    b.receive(a.send(b))
    b.store.save(replace(b.store.get("incident", r.id), title="v2 by B"))
    from_b = b.send(c)
    # C gets B's newer edit first, then A's old version: stale, no conflict.
    c.receive(from_b)
    stale = c.receive(to_c_first)
    assert stale.counts["incident"] == {"stale": 1} and stale.conflicts == 0
    a.receive(b.send(a))
    assert a.digest() == b.digest() == c.digest()
    assert c.store.get("incident", r.id).title == "v2 by B"
    assert not c.store.conflicts()


def test_concurrent_edits_make_one_conflict_each_side_and_converge(units):
    a, b, _ = units
    r = a.store.save(incident(title="base"))
    b.receive(a.send(b))
    a.store.save(replace(a.store.get("incident", r.id), title="edit by A"))
    b.store.save(replace(b.store.get("incident", r.id), title="edit by B"))
    pa, pb = a.send(b), b.send(a)
    assert a.receive(pb).conflicts == 1
    assert b.receive(pa).conflicts == 1
    assert a.digest() == b.digest()
    assert len(a.store.conflicts()) == len(b.store.conflicts()) == 1
    # Further exchanges make no new conflicts.
    b.receive(a.send(b))
    a.receive(b.send(a))
    assert len(a.store.conflicts()) == len(b.store.conflicts()) == 1
    assert a.digest() == b.digest()


def test_resolving_travels_as_a_new_edit_without_new_conflicts(units):
    a, b, _ = units
    r = a.store.save(incident(title="base"))
    b.receive(a.send(b))
    a.store.save(replace(a.store.get("incident", r.id), title="edit by A"))
    b.store.save(replace(b.store.get("incident", r.id), title="edit by B"))
    pa, pb = a.send(b), b.send(a)
    a.receive(pb)
    b.receive(pa)
    conflict = a.store.conflicts()[0]
    kept = a.store.resolve_conflict(conflict.id, "local")
    assert kept.title == "edit by A" and not a.store.conflicts()
    result = b.receive(a.send(b))
    assert result.conflicts == 0 and result.counts["incident"]["updated"] == 1
    assert b.store.get("incident", r.id).title == "edit by A"
    assert a.digest() == b.digest()


def test_a_newer_deletion_wins_over_an_older_edit(units):
    a, b, _ = units
    r = a.store.save(incident(title="base"))
    b.receive(a.send(b))
    edited = b.store.save(replace(b.store.get("incident", r.id), title="edited"))
    # Later by the clock: within one millisecond the two would be ordered by node id alone.
    while time.time_ns() // 1_000_000 <= Hlc.parse(edited.version).wall_ms:
        pass
    a.store.delete("incident", r.id)  # later: a higher version
    pa, pb = a.send(b), b.send(a)
    a.receive(pb)
    b.receive(pa)
    assert a.store.get("incident", r.id).deleted and b.store.get("incident", r.id).deleted
    assert a.digest() == b.digest()


def test_a_record_releasable_only_to_npl_never_reaches_ghana(units):
    a, b, c = units
    a.store.save_many([incident(title="secret", releasable_to=("NPL",)), incident(title="shared")])
    path = a.send(b)  # b is Ghana
    assert b"secret" not in _members_text(path)
    b.receive(path)
    assert [i.title for i in b.store.query("incident")] == ["shared"]
    # France (no org match either) gets only MISSION records too.
    c.receive(a.send(c, full=True))
    assert [i.title for i in c.store.query("incident")] == ["shared"]


def _members_text(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return b"".join(z.read(n) for n in z.namelist())


def test_replay_is_a_no_op_that_says_so(units):
    a, b, _ = units
    a.store.save(incident())
    path = a.send(b)
    b.receive(path)
    before = (b.digest(), b.store.last_change_seq())
    again = b.receive(path)
    assert again.already_imported is not None
    assert "already imported" in again.describe()
    assert (b.digest(), b.store.last_change_seq()) == before


def test_dry_run_reports_and_writes_nothing(units):
    a, b, _ = units
    a.store.save(incident())
    path = a.send(b)
    before = b.digest()
    summary = b.receive(path, dry_run=True)
    assert summary.counts["incident"]["new"] == 1
    assert b.digest() == before and b.store.record_count() == 0
    assert b.receive(path).counts["incident"]["new"] == 1  # not logged as imported


def _db_bytes(inst: Installation) -> bytes:
    inst.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(inst.db.read_bytes()).digest()


def test_tampered_or_untrusted_or_misaddressed_packages_leave_the_database_unchanged(
    units, tmp_path: Path
):
    a, b, c = units
    b.store.save(incident(title="B's own"))
    a.store.save(incident(title="from A"))
    good = a.send(b)
    before = (b.digest(), _db_bytes(b))
    tampered = tmp_path / "tampered.bhpkg"
    data = bytearray(good.read_bytes())
    data[-200] ^= 0x01
    tampered.write_bytes(bytes(data))
    stranger = Installation(tmp_path / "s", "STRANGER", "ISL")
    stranger.trust.trust(b.identity)
    untrusted = stranger.send(b)
    for_c = a.send(c)
    for bad in (tampered, untrusted, for_c):
        with pytest.raises(PackageRefused):
            b.receive(bad)
        assert (b.digest(), _db_bytes(b)) == before
    stranger.store.close()


def test_position_reports_follow_their_unit_only_when_it_is_releasable(units):
    a, b, _ = units
    u = a.store.save(unit(releasable_to=("NPL",)))
    a.store.save(position(u.id))
    b.receive(a.send(b))
    assert b.store.record_count() == 0


def test_cli_sync_digest_and_conflicts(exchange, capsys):
    from app.cli import main

    be, package = exchange
    tmp_path = package.parent
    be("b")
    assert main(["sync", "import", str(tmp_path / "p.bhpkg"), "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert main(["sync", "import", str(tmp_path / "p.bhpkg")]) == 0
    assert main(["sync", "import", str(tmp_path / "p.bhpkg")]) == 0
    assert "already imported" in capsys.readouterr().out
    assert main(["digest"]) == 0
    digest_b = capsys.readouterr().out.strip()
    be("a")
    assert main(["digest"]) == 0
    assert capsys.readouterr().out.strip() == digest_b
    assert main(["conflicts", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert main(["conflicts", "resolve", "1", "--keep", "local"]) == 1
    assert capsys.readouterr().err.startswith("Error: no conflict with id 1")
    # A package not addressed to us: refused, one Error line.
    assert main(["sync", "import", str(tmp_path / "p.bhpkg")]) == 1
    assert capsys.readouterr().err.startswith("Error: package p.bhpkg refused")


@pytest.mark.slow
def test_random_exchanges_converge_and_every_concurrent_loss_is_a_conflict(tmp_path: Path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    step = st.one_of(
        st.tuples(st.just("create"), st.integers(0, 2)),
        st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 20)),
        st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 20)),
        st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), st.booleans()),
        st.tuples(st.just("replay"), st.integers(0, 2)),
    )
    runs = itertools.count()

    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(st.lists(step, max_size=25))
    def run(steps: list[tuple]) -> None:
        root = tmp_path / f"run{next(runs)}"
        xs = [
            Installation(root / "a", "A", "NPL"),
            Installation(root / "b", "B", "GHA"),
            Installation(root / "c", "C", "FRA"),
        ]
        for x, y in ((0, 1), (1, 2), (0, 2)):
            xs[x].meet(xs[y])
        inbox: list[list[Path]] = [[], [], []]
        try:
            for s in steps:
                me = xs[s[1]]
                live = me.store.query("incident")
                if s[0] == "create":
                    me.store.save(incident(title=f"new {s[1]}"))
                elif s[0] == "edit" and live:
                    r = live[s[2] % len(live)]
                    me.store.save(replace(r, title=f"{r.title}+{s[1]}"))
                elif s[0] == "delete" and live:
                    me.store.delete("incident", live[s[2] % len(live)].id)
                elif s[0] == "send" and s[1] != s[2]:
                    path = me.send(xs[s[2]])
                    inbox[s[2]].append(path)
                    if s[3]:  # delivered now; otherwise lost in transit
                        xs[s[2]].receive(path)
                elif s[0] == "replay" and inbox[s[1]]:
                    me.receive(inbox[s[1]][0])
            for _ in range(2):  # a full exchange, twice so relays reach everyone
                for i, j in itertools.permutations(range(3), 2):
                    xs[j].receive(xs[i].send(xs[j], full=True))
            assert xs[0].digest() == xs[1].digest() == xs[2].digest()
            # Every overwritten concurrent version is kept as a conflict somewhere.
            for x in xs:
                for row in x.store.conn.execute(
                    "SELECT kind, record_id, version FROM seen_versions WHERE relation = 'loser'"
                ):
                    assert any(
                        c.remote_version == row[2] or c.local_version == row[2]
                        for y in xs
                        for c in y.store.conflicts(open_only=False)
                    )
        finally:
            for x in xs:
                x.store.close()

    run()


def _photo(store: MissionStore, content: bytes, name: str = "checkpoint.jpg") -> str:
    digest = hashlib.sha256(content).hexdigest()
    with store.transaction():
        store.put_attachment(digest, name, "image/jpeg", content, "2026-11-20T06:00:00.000Z")
    return digest


def test_attachments_travel_with_their_incident_and_are_relayed(units):
    a, b, c = units
    photo = b"\xff\xd8\xff\xe0 a photo of the checkpoint"
    digest = _photo(a.store, photo)
    a.store.save(incident(title="Roadblock", attachments=(digest,)))
    package = a.send(b)
    summary = b.receive(package)
    assert summary.attachments == 1 and "attachments stored: 1" in summary.describe()
    info, data = b.store.get_attachment(digest)
    assert data == photo and (info["file_name"], info["media_type"]) == (
        "checkpoint.jpg",
        "image/jpeg",
    )
    c.receive(b.send(c))  # B relays the incident and the photo it received
    assert c.store.get_attachment(digest)[1] == photo
    assert a.digest() == b.digest() == c.digest()


def test_an_attachment_whose_content_was_never_received_is_referenced_not_invented(units):
    a, b, _ = units
    missing = hashlib.sha256(b"never stored here").hexdigest()
    a.store.save(incident(title="Report with a lost photo", attachments=(missing,)))
    summary = b.receive(a.send(b))
    assert summary.counts["incident"]["new"] == 1 and summary.attachments == 0
    assert b.store.attachment_info(missing) is None
    assert b.store.query("incident")[0].attachments == (missing,)


@pytest.mark.parametrize("name", ["../../etc/passwd", "dir/evil.sh", "bad\x07name", ""])
def test_a_package_naming_an_attachment_with_a_path_or_control_characters_is_refused(units, name):
    from app.sync.package import write_package

    a, b, _ = units
    photo = b"content"
    digest = hashlib.sha256(photo).hexdigest()
    out = a.folder / "hostile.bhpkg"
    with pytest.raises(Exception, match="file name"):
        write_package(
            out,
            records={"incident": []},
            attachments={digest: photo},
            attachment_names={digest: (name, "image/jpeg")},
            identity=a.identity,
            signing_key=a.key,
            recipient=a.trust.find(b.identity.unit),
            sequence=1,
            schema_version=a.store.schema_version,
            full=True,
            highest_classification="UNCLASSIFIED",
        )
    assert not out.exists()


def test_records_above_a_partners_accreditation_stay_home_until_it_is_raised(units):
    a, b, _ = units
    secret = a.store.save(incident(title="Informant report", classification="CONFIDENTIAL"))
    a.store.save(incident(title="Patrol contact"))
    partner = a.trust.find(b.identity.unit)
    out = a.folder / "first.bhpkg"
    summary = export_package(a.store, a.identity, a.key, partner, out)
    assert summary.counts == {"incident": 1} and summary.withheld == 1
    assert "accreditation (UNCLASSIFIED)" in summary.describe()
    b.receive(out)
    assert [i.title for i in b.store.query("incident")] == ["Patrol contact"]

    a.trust.accredit(b.identity.unit, "confidential")
    b.receive(a.send(b, full=True))
    assert b.store.get("incident", secret.id).title == "Informant report"


def test_an_accreditation_the_mission_does_not_know_refuses_the_export(units):
    a, b, _ = units
    a.store.save(incident())
    a.trust.accredit(b.identity.unit, "COSMIC TOP SECRET")
    with pytest.raises(AppError, match="not one of this mission's classification labels"):
        a.send(b)
    assert not list(a.folder.glob("*.bhpkg"))


def test_every_import_is_preceded_by_a_backup_and_a_dry_run_by_none(units):
    from app.store.backup import list_backups

    a, b, _ = units
    a.store.save(incident(title="Backed up first"))
    package = a.send(b)
    b.receive(package, dry_run=True)
    assert list_backups(b.db) == []
    b.receive(package)
    (made,) = list_backups(b.db)
    assert made.reason == "before-import"
    with open_store(made.path, readonly=True) as before:
        assert before.query("incident") == []  # the state the import started from


def test_a_package_signed_with_a_revoked_key_never_gets_a_record_in(units):
    a, b, _ = units
    a.store.save(incident(title="Sent before the laptop was lost"))
    package = a.send(b)
    b.trust.revoke(a.identity.unit)
    before = (b.digest(), _db_bytes(b))
    with pytest.raises(PackageRefused, match="revoked"):
        b.receive(package)
    assert (b.digest(), _db_bytes(b)) == before
    assert b.store.query("incident") == []
