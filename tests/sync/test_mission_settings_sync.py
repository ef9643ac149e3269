"""Mission settings travel only as the mission authority's signed notice (issue 14, item 2).

JOC holds the mission authority's key; NEPBATT 1 and GHANBATT 2 name it as their authority.
What JOC sets (name, area, parties, labels, categories, the authority key, the package age
limit) reaches every unit, directly or relayed; a notice signed by anyone else, older than the
one held, changed after signing or invalid here is not applied, said in one line, and the rest
of the package still imports.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from factories import incident
from installations import Installation

from app.cli import main
from app.domain.mission import MissionSnapshot
from app.mission import MissionEditor
from app.store import open_store
from app.store.settings import read_snapshot, settings_history
from app.sync.package import write_package
from app.sync.service import set_mission_authority
from app.sync.settings_notice import SettingsNotice, make_settings_notice
from app.sync.settings_sync import HELD_NOTICE_SETTING, held_settings_notice
from app.sync.signatures import MISSION_AUTHORITY_SETTING

_n = itertools.count(7000)


@pytest.fixture
def mission(units):  # type: ignore[no-untyped-def]
    """The three units, JOC named as the mission authority everywhere."""
    a, b, c = units
    set_mission_authority(c.store, c.identity, c.trust, "me")
    for x in (a, b):
        set_mission_authority(x.store, x.identity, x.trust, "JOC")
    return a, b, c


def settings_state(x: Installation) -> tuple[Any, ...]:
    """Everything a settings notice could change on ``x``."""
    return (
        read_snapshot(x.store),
        x.store.meta(MISSION_AUTHORITY_SETTING),
        x.store.meta("sync.max_package_age_days"),
        x.store.meta(HELD_NOTICE_SETTING),
    )


def joc_edits(c: Installation) -> None:
    editor = MissionEditor(c.store)
    editor.set("name", "UNDOF Golan")
    editor.set("parties", "Alpha side, Bravo side")
    editor.set("area", "35.7,32.6,36.1,33.4")
    editor.set("labels", "UNCLASSIFIED,UN RESTRICTED,CONFIDENTIAL,STRICTLY CONFIDENTIAL")
    editor.add_category(
        "checkpoint_refusal", "Refusal at a checkpoint", acled="Strategic developments / Other"
    )
    editor.retire_category("crime")
    editor.change_category("airstrike", label="Air or drone strike")


def package_with(sender: Installation, to: Installation, notice: SettingsNotice | None) -> Path:
    """A package from ``sender`` to ``to`` with one of its own incidents and ``notice``."""
    record = sender.store.save(incident(title=f"report {next(_n)}"))
    from crafted import line, signature_of

    data = line(record)
    data["signature"] = signature_of(sender, "incident", data)
    out = sender.folder / f"settings-{next(_n)}.bhpkg"
    write_package(
        out, records={"incident": [data]}, identity=sender.identity, signing_key=sender.key,
        recipient=sender.trust.find(to.identity.unit), sequence=next(_n),
        schema_version=sender.store.schema_version, full=True,
        highest_classification="UNCLASSIFIED", mission_settings=notice,
    )  # fmt: skip
    return out


def notice_by(
    signer: Installation,
    snapshot: MissionSnapshot,
    *,
    version: int,
    authority: Installation | None = None,
) -> SettingsNotice:
    return make_settings_notice(
        snapshot,
        authority=(authority or signer).identity.fingerprint,
        max_package_age_days=None,
        version=version,
        issued_at=datetime.now(UTC),
        signer=signer.identity,
        signer_key=signer.key,
    )


def test_the_authority_settings_reach_a_field_unit_and_a_third_unit_through_a_relay(mission):
    a, b, c = mission
    joc_edits(c)
    c.store.set_meta("sync.max_package_age_days", "3")
    summary = a.receive(c.send(a))
    assert "mission settings: version 1 from JOC applied" in summary.describe()
    assert read_snapshot(a.store) == read_snapshot(c.store)
    assert a.store.meta("sync.max_package_age_days") == "3"
    history = settings_history(a.store)
    assert {h["key"] for h in history} >= {"name", "labels", "checkpoint_refusal", "crime"}
    assert all(h["unit"] == "JOC" and h["source"].startswith("package:") for h in history[:5])

    # GHANBATT 2 never hears from JOC: NEPBATT 1 relays the notice unchanged.
    assert held_settings_notice(a.store) == held_settings_notice(c.store)
    summary = b.receive(a.send(b))
    assert "version 1 from JOC applied" in summary.describe()
    assert read_snapshot(b.store) == read_snapshot(c.store)
    assert read_snapshot(b.store).settings.name == "UNDOF Golan"
    assert read_snapshot(b.store).category("crime").active is False  # type: ignore[union-attr]

    # JOC changes again; the notice goes up one version and overtakes the relayed one.
    MissionEditor(c.store).set("name", "UNDOF Golan Heights")
    b.receive(c.send(b))
    a.receive(b.send(a))
    assert held_settings_notice(a.store).version == 2  # type: ignore[union-attr]
    for x in (a, b):
        assert settings_state(x)[:3] == settings_state(c)[:3]
    # Nothing new: a package carrying the notice already held says nothing about settings.
    assert "mission settings" not in a.receive(c.send(a)).describe()


def test_an_unchanged_authority_relays_the_same_notice_and_its_own_coming_back_is_silent(mission):
    a, _b, c = mission
    first = c.send(a)
    a.receive(first)
    held = held_settings_notice(c.store)
    c.send(a)
    assert held_settings_notice(c.store) == held  # no new version without a change
    summary = c.receive(a.send(c))
    assert "mission settings" not in summary.describe()


def test_without_an_authority_the_notice_is_ignored_and_said_once(units):
    a, _b, c = units
    set_mission_authority(c.store, c.identity, c.trust, "me")
    MissionEditor(c.store).set("name", "Theirs")
    before = settings_state(a)
    summary = a.receive(c.send(a))
    assert (
        "mission settings from JOC ignored: this mission has no mission authority key "
        "(set one with `sync authority`)" in summary.describe()
    )
    assert settings_state(a)[:3] == before[:3]
    assert "mission settings" not in a.receive(c.send(a)).describe()  # said once
    assert read_snapshot(a.store).settings.name != "Theirs"


def _refused(x: Installation, path: Path, says: str) -> None:
    before = settings_state(x)
    summary = x.receive(path)
    text = summary.describe()
    assert says in text, text
    assert sum("mission settings" in line for line in text.splitlines()) == 1, text
    assert summary.counts["incident"]["new"] == 1  # the rest of the package imports
    assert settings_state(x) == before


def test_a_partner_or_an_outsider_cannot_change_our_settings(mission, tmp_path):
    a, b, c = mission
    outsider = Installation(tmp_path / "d", "ROGUE", "GHA")
    try:
        ours = read_snapshot(a.store)
        theirs = replace(ours, settings=replace(ours.settings, name="Rogue mission"))
        for signer in (outsider, b):
            notice = notice_by(signer, theirs, version=50)
            _refused(a, package_with(b, a, notice), "not by this mission's authority, JOC")
        # A notice naming a new authority key, signed by that key.
        notice = notice_by(b, ours, version=51, authority=b)
        _refused(a, package_with(b, a, notice), "not by this mission's authority, JOC")
        assert a.store.meta(MISSION_AUTHORITY_SETTING) == c.identity.fingerprint
    finally:
        outsider.store.close()


def test_a_tampered_or_replayed_authority_notice_is_not_applied(mission):
    a, b, c = mission
    ours = read_snapshot(c.store)
    renamed = replace(ours, settings=replace(ours.settings, name="Genuine"))
    genuine = notice_by(c, renamed, version=5)
    a.receive(package_with(c, a, genuine))
    assert read_snapshot(a.store).settings.name == "Genuine"
    # The snapshot changed after JOC signed it (name, then the authority key).
    for change in (
        {"snapshot": replace(renamed, settings=replace(renamed.settings, name="Forged"))},
        {"authority": b.identity.fingerprint},
        {"version": 9},
    ):
        forged = replace(genuine, **change)  # type: ignore[arg-type]
        _refused(a, package_with(b, a, forged), "does not verify")
    # Signed by the outsider but claiming to be JOC's.
    claimed = replace(notice_by(b, renamed, version=9), signed_by=c.identity.fingerprint)
    _refused(a, package_with(b, a, claimed), "does not verify")
    # An older notice, and another notice with the same version, both genuinely JOC's.
    older = notice_by(c, ours, version=4)
    _refused(a, package_with(b, a, older), "holds version 5 already")
    same = notice_by(c, ours, version=5)
    _refused(a, package_with(b, a, same), "holds version 5 already")


def test_an_authority_notice_that_would_break_old_records_is_refused_and_retiring_is_not(mission):
    a, _b, c = mission
    a.store.save(incident(title="old", category="crime", classification="CONFIDENTIAL"))
    ours = read_snapshot(a.store)
    labels = replace(ours.settings, labels=("UNCLASSIFIED", "STRICTLY CONFIDENTIAL"))
    _refused(
        a,
        package_with(c, a, notice_by(c, replace(ours, settings=labels), version=1)),
        "records are marked CONFIDENTIAL",
    )
    without = tuple(x for x in ours.categories if x.key != "crime")
    _refused(
        a,
        package_with(c, a, notice_by(c, replace(ours, categories=without), version=2)),
        "crime used by incidents",
    )
    retired = tuple(replace(x, active=x.active and x.key != "crime") for x in ours.categories)
    notice = notice_by(c, replace(ours, categories=retired), version=3)
    summary = a.receive(package_with(c, a, notice))
    assert "version 3 from JOC applied (changed category crime)" in summary.describe()
    assert read_snapshot(a.store).category("crime").active is False  # type: ignore[union-attr]


def test_the_authority_hands_over_to_another_key_and_then_only_that_key_counts(mission):
    a, b, c = mission
    set_mission_authority(c.store, c.identity, c.trust, "NEPBATT 1")
    summary = b.receive(c.send(b))
    assert "JOC hands the mission authority over to NEPBATT 1" in summary.describe()
    assert b.store.meta(MISSION_AUTHORITY_SETTING) == a.identity.fingerprint
    a.receive(c.send(a))
    assert a.store.meta(MISSION_AUTHORITY_SETTING) == a.identity.fingerprint
    MissionEditor(a.store).set("name", "Under new authority")
    assert "applied" in b.receive(a.send(b)).describe()
    assert read_snapshot(b.store).settings.name == "Under new authority"
    MissionEditor(c.store).set("name", "Old authority")
    summary = b.receive(c.send(b))
    assert "not by this mission's authority, NEPBATT 1" in summary.describe()
    assert read_snapshot(b.store).settings.name == "Under new authority"


def test_a_dry_run_says_what_would_change_and_writes_nothing(mission):
    a, _b, c = mission
    MissionEditor(c.store).set("name", "Dry")
    before = settings_state(a)
    summary = a.receive(c.send(a), dry_run=True)
    assert "version 1 from JOC applied" in summary.describe()
    assert settings_state(a) == before


def test_the_command_line_receiver_shows_the_authority_name_and_categories(
    exchange, tmp_path, capsys
):
    be, first = exchange
    be("a")
    assert main(["sync", "authority", "me"]) == 0
    assert main(["mission", "set", "name", "MINUSCA East"]) == 0
    assert main(["mission", "categories", "add", "road_block", "Road block"]) == 0
    assert main(["mission", "categories", "retire", "crime"]) == 0
    package = tmp_path / "settings.bhpkg"
    assert main(["sync", "export", "--to", "UNIT B", "--out", str(package)]) == 0
    be("b")
    assert main(["sync", "authority", "UNIT A"]) == 0
    assert main(["sync", "import", str(first)]) == 0
    capsys.readouterr()
    assert main(["sync", "import", str(package)]) == 0
    assert "mission settings: version 1 from UNIT A applied" in capsys.readouterr().out
    assert main(["mission", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["name"] == "MINUSCA East"
    assert main(["mission", "categories", "list", "--json"]) == 0
    listed = {c["key"]: c for c in json.loads(capsys.readouterr().out)}
    assert listed["road_block"]["label"] == "Road block"
    assert listed["crime"]["active"] is False
    with open_store(tmp_path / "b.db") as store:
        assert read_snapshot(store).settings.name == "MINUSCA East"


def test_a_label_the_authority_brings_may_mark_records_in_the_same_package(mission):
    a, _b, c = mission
    MissionEditor(c.store).set("labels", "PUBLIC,UNCLASSIFIED,CONFIDENTIAL,STRICTLY CONFIDENTIAL")
    c.store.save(incident(title="public notice", classification="PUBLIC"))
    summary = a.receive(c.send(a))
    assert "version 1 from JOC applied" in summary.describe()
    assert a.store.classifications[0] == "PUBLIC"
    assert summary.counts["incident"]["new"] == 1
