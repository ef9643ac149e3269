"""What a trusted but dishonest (or careless) partner could do with the exchange, refused.

Each test is one numbered problem of the sync hardening issue, tried the way the partner would.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from crafted import craft, line
from crafted import signature_of as sign_line
from factories import incident, unit
from installations import Installation

from app.cli import main
from app.domain.hlc import FUTURE_BOUND_MS, Hlc
from app.editing.service import Editor
from app.errors import ValidationError
from app.store import open_store
from app.sync.identity import new_key_pair
from app.sync.package import PackageRefused
from app.sync.service import apply_import, prepare_import

ANNEX = b"%PDF-1.7 names of informants in sector west"


def test_2_a_partner_cannot_pull_a_secret_annex_by_naming_its_digest_in_a_public_incident(units):
    a, b, c = units
    a.trust.accredit(b.identity.unit, "STRICTLY CONFIDENTIAL")
    secret = a.store.save(incident(title="Source report", classification="STRICTLY CONFIDENTIAL"))
    Editor(a.store).attach(secret.id, data=ANNEX, file_name="informants-west.pdf")
    b.receive(a.send(b))  # B is cleared for it and now knows the digest
    digest = hashlib.sha256(ANNEX).hexdigest()
    b.store.save(incident(title="Harmless road report", attachments=(digest,)))
    a.receive(b.send(a))
    # A's next export to C (cleared for UNCLASSIFIED only) carries the public incident only.
    package = a.send(c)
    summary = c.receive(package)
    assert summary.counts["incident"]["new"] == 1
    assert c.store.attachment_info(digest) is None
    assert b"informants" not in package.read_bytes()


def test_3_a_file_keeps_the_name_each_record_gives_it(units):
    a, _, c = units
    editor = Editor(a.store)
    secret = a.store.save(incident(title="Source report", classification="CONFIDENTIAL"))
    public = a.store.save(incident(title="Leaflet found"))
    editor.attach(secret.id, data=ANNEX, file_name="source-LIMA-identity.pdf")
    editor.attach(public.id, data=ANNEX, file_name="leaflet.pdf")
    editor.detach(secret.id, hashlib.sha256(ANNEX).hexdigest())
    package = a.send(c)
    c.receive(package)
    info = c.store.attachment_info(hashlib.sha256(ANNEX).hexdigest())
    assert info is not None and info["file_name"] == "leaflet.pdf"
    assert b"LIMA" not in package.read_bytes()


@pytest.mark.parametrize(
    ("declared", "content", "name", "media_type"),
    [
        ("photo\u202egpj.exe", b"\xff\xd8\xff\xe0jpeg", "photogpj.exe", "image/jpeg"),
        (".bashrc", b"alias ls='rm -rf ~'\n", "bashrc", "text/plain"),
        ("holiday.jpg", b"<html><script>alert(1)</script></html>", "holiday.jpg", "text/html"),
        ("..\u200f.profile", b"MZ\x90\x00", "profile", "application/x-msdownload"),
    ],
)
def test_11_incoming_attachment_names_are_cleaned_and_media_types_sniffed(
    units, declared: str, content: bytes, name: str, media_type: str
):
    a, b, _ = units
    digest = hashlib.sha256(content).hexdigest()
    with a.store.transaction():  # what a hostile partner's database says about the file
        a.store.put_attachment(digest, declared, "image/jpeg", content, "2026-11-20T06:00:00.000Z")
    a.store.save(incident(title="With a file", attachments=(digest,)))
    b.receive(a.send(b))
    info = b.store.attachment_info(digest)
    assert info is not None and (info["file_name"], info["media_type"]) == (name, media_type)


def test_11_an_incoming_attachment_over_the_local_cap_is_not_kept(units, monkeypatch):
    import app.sync.hygiene
    import app.sync.service

    assert app.sync.hygiene.MAX_ATTACHMENT_BYTES == 25 * 1024 * 1024  # the cap users are told
    # The same check with a 1 MiB cap: 25 MiB of random bytes signed and hashed cost seconds.
    monkeypatch.setattr(app.sync.service, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    a, b, _ = units
    big = os.urandom(1024 * 1024 + 1)
    digest = hashlib.sha256(big).hexdigest()
    with a.store.transaction():
        a.store.put_attachment(digest, "big.bin", "application/octet-stream", big, "2026-11-20")
    a.store.save(incident(title="With a huge file", attachments=(digest,)))
    summary = b.receive(a.send(b))
    assert summary.counts["incident"]["new"] == 1
    assert b.store.attachment_info(digest) is None
    assert "over the 1 MiB limit, not kept: 1" in summary.describe()


def test_11_record_attachment_out_never_writes_a_dotfile(tmp_path: Path, capsys):
    db = tmp_path / "m.db"
    content = b"export PATH=/tmp/evil:$PATH\n"
    digest = hashlib.sha256(content).hexdigest()
    with open_store(db) as store, store.transaction():
        store.put_attachment(digest, ".bashrc", "text/plain", content, "2026-11-20")
    out = tmp_path / "home"
    out.mkdir()
    assert main(["--db", str(db), "record", "attachment", digest, "--out", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["bashrc"]


# --- clock, ids, versions (problems 8, 9, 10) ------------------------------------------------


def _stamp(when: datetime) -> str:
    return f"{int(when.timestamp() * 1000):015d}.000000.partner"


def test_8_a_version_or_a_time_beyond_the_future_bound_is_refused_naming_the_record(units):
    a, b, _ = units
    record = a.store.save(incident(title="From the future"))
    future = datetime(2099, 1, 1, tzinfo=UTC)
    for changes, why in (
        ({"version": _stamp(future)}, "minutes ahead of this machine's clock"),
        ({"occurred_start": "2099-01-01T00:00:00.000Z"}, "occurred_start 2099-01-01"),
    ):
        package = craft(a, b, {"incident": [line(record, **changes)]})
        before = b.digest()
        with pytest.raises(PackageRefused, match=f"incident {record.id}.*{why}"):
            b.receive(package)
        assert b.digest() == before


def test_8_a_partner_a_few_minutes_ahead_does_not_push_our_clock_past_the_bound(units):
    a, b, _ = units
    ahead = datetime.now(UTC) + timedelta(minutes=4)
    record = a.store.save(incident(title="Fast clock"))
    b.receive(craft(a, b, {"incident": [line(record, version=_stamp(ahead))]}))
    bound = datetime.now(UTC) + timedelta(milliseconds=FUTURE_BOUND_MS)
    assert b.store.clock.last.wall_ms <= int(bound.timestamp() * 1000)
    # B's next local edit sorts after the partner's version and stays within the bound too.
    edited = b.store.save(replace(b.store.get("incident", record.id), title="B's edit"))
    assert edited.version > _stamp(ahead)


def test_9_a_partner_record_reusing_one_of_our_ids_under_another_kind_is_refused(units):
    a, b, _ = units
    ours = b.store.save(incident(title="Ours"))
    theirs = unit(id=ours.id, designation="Impostor")
    with pytest.raises(PackageRefused, match=f"unit {ours.id} reuses the id of a incident"):
        b.receive(craft(a, b, {"unit": [line(a.store.save(theirs))]}))
    assert b.store.find(ours.id).KIND == "incident"


def test_9_check_reports_an_id_used_by_two_kinds(units):
    _, b, _ = units
    ours = b.store.save(incident(title="Ours"))
    other = b.store.save(unit(designation="Other"))
    with b.store.transaction():
        b.store.conn.execute("UPDATE units SET id = ? WHERE id = ?", (ours.id, other.id))
    report = b.store.check()
    assert any(f"id {ours.id} names records of several kinds" in e for e in report.errors)


def test_10_a_version_with_a_trailing_newline_is_not_a_version():
    with pytest.raises(ValidationError):
        Hlc.parse("001772721000000.000000.nepbatt1\n")
    with pytest.raises(ValidationError):
        incident(id="abc\n")


def test_10_a_package_line_whose_version_ends_in_a_newline_is_refused(units):
    a, b, _ = units
    record = a.store.save(incident(title="Look-alike version"))
    package = craft(a, b, {"incident": [line(record, version=record.version + "\n")]})
    with pytest.raises(PackageRefused, match="not a version stamp"):
        b.receive(package)


# --- marking and bytes (problem 13) -----------------------------------------------------------


def test_13_a_package_marked_below_a_record_it_holds_is_refused(units):
    a, b, _ = units
    a.trust.accredit(b.identity.unit, "CONFIDENTIAL")
    b.trust.accredit(a.identity.unit, "CONFIDENTIAL")
    secret = a.store.save(incident(title="Secret", classification="CONFIDENTIAL"))
    package = craft(a, b, {"incident": [line(secret)]}, marking="UNCLASSIFIED")
    with pytest.raises(PackageRefused, match=f"marked UNCLASSIFIED but holds incident {secret.id}"):
        b.receive(package)
    assert b.store.query("incident") == []


def test_13_the_import_applies_the_bytes_it_verified_not_the_file_read_again(units):
    a, b, _ = units
    a.store.save(incident(title="Previewed"))
    package = a.send(b)
    prepared = prepare_import(b.store, package, b.trust, identity=b.identity)
    assert "1 new" in apply_import(b.store, prepared, dry_run=True).describe()
    a.store.save(incident(title="Swapped in after the preview"))
    package.write_bytes(a.send(b, full=True).read_bytes())  # the stick changes underneath
    summary = apply_import(b.store, prepared)
    assert summary.counts["incident"]["new"] == 1
    assert [i.title for i in b.store.query("incident")] == ["Previewed"]


# --- record versions signed by their authors (problems 4 and 5) ------------------------------


def test_4_a_record_forged_in_another_units_name_is_refused_naming_it(units):
    a, b, c = units
    c.receive(a.send(c))  # C learns which key makes A's versions (none yet: nothing sent)
    a.store.save(incident(title="Genuine from A"))
    c.receive(a.send(c))
    b.receive(a.send(b))
    genuine = b.store.query("incident")[0]
    forged = replace(genuine, title="Rewritten by B")
    forged_version = f"{int(genuine.version[:15]) + 1:015d}{genuine.version[15:]}"
    package = craft(b, c, {"incident": [line(forged, version=forged_version)]})
    before = c.digest()
    with pytest.raises(
        PackageRefused, match=f"incident {genuine.id} .*claims to come from NEPBATT 1"
    ):
        c.receive(package)
    assert c.digest() == before


def test_4_a_version_claiming_to_be_made_here_is_refused(units):
    a, b, _ = units
    mine = b.store.save(incident(title="B's own"))
    a.receive(b.send(a))
    stolen = f"{int(mine.version[:15]) + 1:015d}{mine.version[15:]}"
    package = craft(a, b, {"incident": [line(mine, title="Changed by A", version=stolen)]})
    with pytest.raises(PackageRefused, match="claims to be a version made here"):
        b.receive(package)


def test_4_unsigned_or_altered_versions_are_refused(units):
    a, b, _ = units
    record = a.store.save(incident(title="Signed"))
    unsigned = craft(a, b, {"incident": [line(record, signature=None)]})
    with pytest.raises(PackageRefused, match="carries no author signature"):
        b.receive(unsigned)
    good = line(record)
    signed = craft(a, b, {"incident": [dict(good)]})  # adds a valid signature
    b.receive(signed)
    b2 = Installation(b.folder.parent / "b2", "GHANBATT 3", "GHA")
    a.meet(b2)
    tampered = line(record, title="Altered after signing")
    tampered["signature"] = sign_line(a, "incident", line(record))
    with pytest.raises(PackageRefused, match="does not verify"):
        b2.receive(craft(a, b2, {"incident": [tampered]}))
    b2.store.close()


def test_4_an_edit_of_another_units_record_is_signed_by_the_editor_and_relayed(units):
    a, b, c = units
    original = a.store.save(incident(title="A's report"))
    b.receive(a.send(b))
    b.store.save(replace(b.store.get("incident", original.id), title="Corrected by B"))
    c.receive(b.send(c))  # relayed: A's version is not sent, B's edit is, signed by B
    assert c.store.get("incident", original.id).title == "Corrected by B"
    from app.store.sync_state import versions_signed

    signed = versions_signed(c.store, "incident", original.id)
    assert set(signed.values()) == {b.identity.fingerprint}


def test_5_a_version_made_after_its_authors_key_was_revoked_is_refused_even_through_a_relay(
    units,
):
    a, b, c = units
    early = a.store.save(incident(title="Before the laptop was lost"))
    b.receive(a.send(b))
    c.trust.revoke(a.identity.unit)
    late = a.store.save(incident(title="After"))  # made with the stolen key
    b.receive(a.send(b))
    with pytest.raises(PackageRefused, match=f"incident {late.id} .*revoked"):
        c.receive(b.send(c, full=True))
    b.store.delete("incident", late.id)
    assert early.id  # versions made before the revocation still travel via relays


# --- gaps and restores (problems 6 and 7) -----------------------------------------------------


def test_6_a_withheld_package_is_reported_in_words_at_the_next_import(units):
    a, b, _ = units
    a.store.save(incident(title="First"))
    b.receive(a.send(b))
    doomed = a.store.save(incident(title="Deleted later"))
    a.send(b)  # package 2: never delivered
    a.store.delete("incident", doomed.id)
    a.send(b)  # package 3: the deletion, withheld by a relay
    a.store.save(incident(title="Fourth"))
    summary = b.receive(a.send(b))
    assert "packages 2–3 from NEPBATT 1 never arrived: ask for them or for a full export" in (
        summary.describe()
    )
    b.receive(a.send(b, full=True))  # the full export heals it
    assert a.digest() == b.digest()


def test_6_an_old_package_is_flagged(units):
    a, b, _ = units
    with b.store.transaction():
        b.store.set_meta("sync.max_package_age_days", "-1")
    a.store.save(incident(title="Stale"))
    assert "ask for a fresh one" in b.receive(a.send(b)).describe()


def test_7_after_a_restore_the_sender_never_reuses_a_package_number(units, tmp_path: Path):
    import shutil

    a, b, _ = units
    a.store.close()
    snapshot = tmp_path / "backup.db"
    shutil.copy(a.db, snapshot)
    a.store = open_store(a.db)
    a.store.save(incident(title="Sent before the restore"))
    b.receive(a.send(b))
    a.store.close()
    shutil.copy(snapshot, a.db)  # A restores yesterday's backup
    a.store = open_store(a.db)
    a.store.save(incident(title="Made after the restore"))
    summary = b.receive(a.send(b))
    assert summary.already_imported is None and summary.sequence == 2
    assert {i.title for i in b.store.query("incident")} == {
        "Sent before the restore",
        "Made after the restore",
    }


def test_mission_authority_signatures_are_checked_against_its_trusted_key():
    from app.sync.identity import TrustStore
    from app.sync.signatures import signed_by_mission_authority

    authority, key = new_key_pair("MISSION HQ", "ISL", "UN")
    trust = TrustStore()
    trust.trust(authority)
    partners = {p.fingerprint: p for p in trust.list()}
    settings = b'{"max_package_age_days": 7}'
    good = key.sign(settings)
    assert signed_by_mission_authority(settings, good, authority.fingerprint, partners)
    assert not signed_by_mission_authority(settings + b" ", good, authority.fingerprint, partners)
    assert not signed_by_mission_authority(settings, good, None, partners)
    trust.revoke("MISSION HQ")
    partners = {p.fingerprint: p for p in trust.list()}
    assert not signed_by_mission_authority(settings, good, authority.fingerprint, partners)
