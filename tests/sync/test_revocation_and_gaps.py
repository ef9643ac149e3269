"""Revocation notices and acknowledgements that travel (problems 5 and 6 of the sync hardening).

A key revoked by its own unit, or by the mission authority, is refused by every installation the
notice reaches, whatever path a version signed by it takes afterwards; a package that never
arrived is reported by its receiver, learnt by its sender from the next package back, and its
changes are sent again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from crafted import craft, line
from crafted import signature_of as sign_line
from factories import incident

from app.cli import main
from app.errors import AppError
from app.sync.package import PackageRefused, write_package
from app.sync.revocation import RevocationNotice, make_notice
from app.sync.service import held_notices, revoke_key, set_mission_authority


def test_5_a_self_revocation_reaches_a_third_unit_through_a_relay_and_refuses_the_stolen_key(
    units,
):
    a, b, c = units
    early = a.store.save(incident(title="Before the laptop was lost"))
    b.receive(a.send(b))
    notice = revoke_key(a.store, a.identity, a.key, a.trust, None)
    assert notice.self_signed
    summary = b.receive(a.send(b))  # the notice rides in A's next package
    assert summary.revocations == 1
    assert b.trust.get(a.identity.fingerprint).revoked  # keys list / Partners show it
    c.receive(b.send(c))  # relayed onward by B
    assert [n.key for n in held_notices(c.store)] == [a.identity.fingerprint]
    assert c.trust.get(a.identity.fingerprint).revoked
    assert c.store.get("incident", early.id).title == "Before the laptop was lost"
    # The thief signs a new version with A's key and has a partner relay it to C.
    late = a.store.save(incident(title="Forged after the revocation"))
    forged = line(late)
    forged["signature"] = sign_line(a, "incident", forged)
    before = c.digest()
    with pytest.raises(PackageRefused, match=f"incident {late.id} .*revoked"):
        c.receive(craft(b, c, {"incident": [forged]}))
    with pytest.raises(PackageRefused, match="refused"):  # sent straight from the stolen key
        c.receive(craft(a, c, {"incident": [line(late)]}))
    assert c.digest() == before


def test_5_the_mission_authority_revokes_any_units_key_and_others_obey_it(units):
    a, b, c = units
    set_mission_authority(c.store, c.identity, c.trust, "me")
    set_mission_authority(b.store, b.identity, b.trust, c.identity.unit)
    with pytest.raises(AppError, match="only the mission authority"):
        revoke_key(b.store, b.identity, b.key, b.trust, a.identity.unit)
    revoke_key(c.store, c.identity, c.key, c.trust, a.identity.unit)
    assert c.trust.get(a.identity.fingerprint).revoked
    b.receive(c.send(b))
    assert b.trust.get(a.identity.fingerprint).revoked
    assert a.identity.fingerprint in {n.key for n in held_notices(b.store)}


def test_5_a_notice_signed_by_someone_else_is_ignored_and_a_forged_one_refuses_the_package(
    units,
):
    a, b, c = units
    by_b = make_notice(a.identity, datetime.now(UTC), b.identity, b.key)  # b is no authority
    forged = RevocationNotice(**{**by_b.__dict__, "signed_by": a.identity.fingerprint})

    def package(notice: RevocationNotice, number: int) -> Path:
        out = b.folder / f"notice-{number}.bhpkg"
        write_package(
            out, records={}, identity=b.identity, signing_key=b.key,
            recipient=b.trust.find(c.identity.unit), sequence=number,
            schema_version=b.store.schema_version, full=True,
            highest_classification="UNCLASSIFIED", revocations=[notice],
        )  # fmt: skip
        return out

    summary = c.receive(package(by_b, 1))
    assert "not by that key nor by this mission's authority: ignored" in summary.describe()
    assert not c.trust.get(a.identity.fingerprint).revoked
    before = c.digest()
    with pytest.raises(PackageRefused, match=r"revocation notice .* does not verify"):
        c.receive(package(forged, 2))
    assert c.digest() == before and held_notices(c.store) == []


def test_5_sync_revoke_and_authority_on_the_command_line(exchange, capsys):
    be, package = exchange
    be("b")
    assert main(["sync", "import", str(package)]) == 0
    assert main(["sync", "authority"]) == 0
    assert "No mission authority" in capsys.readouterr().out
    assert main(["sync", "authority", "me"]) == 0
    assert "UNIT B" in capsys.readouterr().out
    assert main(["sync", "revoke", "UNIT A", "--at", "2026-01-01T00:00:00Z"]) == 0
    assert "UNIT A" in capsys.readouterr().out
    assert main(["keys", "list"]) == 0
    assert "REVOKED" in capsys.readouterr().out


def test_6_a_lost_package_is_reported_learnt_by_its_sender_and_sent_again(units):
    a, b, _ = units
    a.store.save(incident(title="First"))
    b.receive(a.send(b))
    lost = a.store.save(incident(title="On the lost stick"))
    a.send(b)  # package 2 never arrives
    a.store.save(incident(title="Third"))
    summary = b.receive(a.send(b))
    assert "package 2 from NEPBATT 1 never arrived: ask for them or for a full export" in (
        summary.describe()
    )
    back = a.receive(b.send(a))  # B acknowledges 1 and 3
    assert "GHANBATT 2 never received package 2 from us" in back.describe()
    heal = a.store.last_change_seq()
    out = a.folder / "heal.bhpkg"
    from app.sync.service import export_package

    exported = export_package(a.store, a.identity, a.key, a.trust.find(b.identity.unit), out)
    assert exported.resent == [2] and "sends again the changes of package 2" in (
        exported.describe()
    )
    healed = b.receive(out)
    assert "never arrived" not in healed.describe()
    assert b.store.get("incident", lost.id).title == "On the lost stick"
    assert heal and a.digest() == b.digest()
    b.receive(a.send(b))
    assert "never arrived" not in b.receive(a.send(b)).describe()


def test_6_the_withheld_package_stays_reported_until_healed(units):
    a, b, _ = units
    a.store.save(incident(title="First"))
    b.receive(a.send(b))
    a.send(b)
    a.store.save(incident(title="Later"))
    assert "package 2 from" in b.receive(a.send(b)).describe()
    a.store.save(incident(title="Later still"))
    assert "package 2 from" in b.receive(a.send(b)).describe()
    b.receive(a.send(b, full=True))
    a.store.save(incident(title="After the full export"))
    assert "never arrived" not in b.receive(a.send(b)).describe()


def test_6_a_package_older_than_the_mission_age_is_flagged_with_its_age(units):
    a, b, _ = units
    with b.store.transaction():
        b.store.set_meta("sync.max_package_age_days", "3")
    a.store.save(incident(title="Fresh"))
    assert "ask for a fresh one" not in b.receive(a.send(b)).describe()
    a.store.save(incident(title="Old"))
    path = a.send(b)
    future = datetime.now(UTC) + timedelta(days=5)
    import app.sync.service as service

    real = service.datetime

    class Later(real):  # type: ignore[misc,valid-type]
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def]
            return future

    service.datetime = Later  # type: ignore[misc]
    try:
        text = b.receive(path).describe()
    finally:
        service.datetime = real  # type: ignore[misc]
    assert "more than the mission's 3" in text


def test_5_a_unit_that_revoked_its_key_no_longer_sends_versions_signed_after_it(units):
    a, b, _ = units
    a.store.save(incident(title="Fine"))
    b.receive(a.send(b))
    revoke_key(a.store, a.identity, a.key, a.trust, None)
    late = a.store.save(incident(title="After"))
    out = a.folder / "after.bhpkg"
    from app.sync.service import export_package

    summary = export_package(a.store, a.identity, a.key, a.trust.find(b.identity.unit), out)
    assert summary.revoked == 1 and "signed by a revoked key, left out" in summary.describe()
    b.receive(out)
    assert late.id not in {i.id for i in b.store.query("incident")}


def test_record_show_names_the_author_of_each_version_and_whether_it_verified(exchange, capsys):
    import json

    from app.store import open_store

    be, package = exchange
    be("b")
    assert main(["sync", "import", str(package)]) == 0
    import os

    with open_store(os.environ["BLUEHELMET_DB"]) as store:
        (received,) = store.query("incident")
    capsys.readouterr()
    assert main(["record", "show", received.id]) == 0
    shown = json.loads(capsys.readouterr().out)
    (version,) = shown["versions_signed"]
    assert version["author"] == "UNIT A" and version["signature"] == "verified"
    be("a")
    assert main(["record", "show", received.id]) == 0
    (mine,) = json.loads(capsys.readouterr().out)["versions_signed"]
    assert mine["author"] == "UNIT A" and mine["signature"] == "verified"
