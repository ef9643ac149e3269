"""The unit identity, its key file, key cards and the trust list, with real files."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from app.errors import NotFoundError
from app.sync.identity import (
    IdentityError,
    TrustStore,
    export_card,
    identity_dir,
    init_identity,
    load_identity,
    new_key_pair,
    private_key_path,
    raw_public_key,
    read_card,
    signing_key,
)

FINGERPRINT = re.compile(r"^[0-9A-F]{4}( [0-9A-F]{4}){15}$")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_init_then_load_gives_the_same_identity_and_a_private_key_only_the_owner_reads():
    made = init_identity("JOC Naqoura", "fra", "un")
    loaded = load_identity()
    assert loaded == made
    assert (loaded.unit, loaded.nation, loaded.org) == ("JOC Naqoura", "FRA", "UN")
    assert FINGERPRINT.match(loaded.fingerprint)
    assert loaded.short_fingerprint == loaded.fingerprint[:19]
    assert len(loaded.short_fingerprint.split()) == 4
    assert mode(private_key_path()) == 0o600
    assert mode(identity_dir()) == 0o700
    assert private_key_path().read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert raw_public_key(signing_key()) == loaded.public_key


def test_no_identity_yet_says_how_to_make_one():
    with pytest.raises(NotFoundError, match=r"no identity yet; run 'bluehelmet identity init"):
        load_identity()


def test_init_refuses_to_replace_an_identity_unless_forced():
    first = init_identity("JOC Naqoura", "FRA")
    with pytest.raises(IdentityError, match=r"already exists.*--force"):
        init_identity("Someone Else", "ITA")
    assert load_identity() == first
    second = init_identity("Someone Else", "ITA", force=True)
    assert load_identity() == second != first
    assert raw_public_key(signing_key()) == second.public_key
    assert [p.name for p in identity_dir().iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("loose", [0o644, 0o640, 0o604])
def test_a_private_key_other_users_can_read_is_refused_with_the_fix(loose: int):
    init_identity("JOC Naqoura", "FRA")
    private_key_path().chmod(loose)
    with pytest.raises(IdentityError, match=r"can be read by other users.*chmod 600"):
        signing_key()


def test_a_private_key_that_does_not_match_identity_json_is_refused():
    init_identity("JOC Naqoura", "FRA")
    saved = private_key_path().read_bytes()
    init_identity("JOC Naqoura", "FRA", force=True)
    private_key_path().write_bytes(saved)
    with pytest.raises(IdentityError, match=r"does not belong to identity\.json"):
        signing_key()


def test_bad_identity_values_are_refused():
    with pytest.raises(IdentityError, match="nation"):
        init_identity("JOC", "FR")
    with pytest.raises(IdentityError, match="unit"):
        init_identity("  ", "FRA")


def test_key_card_round_trip(tmp_path: Path):
    me = init_identity("JOC Naqoura", "FRA", "UN")
    card = export_card(tmp_path / "joc.key.json")
    doc = json.loads(card.read_text())
    assert doc["format"] == "bluehelmet-key-card" and doc["version"] == 1
    assert doc["fingerprint"] == me.fingerprint
    assert "private" not in card.read_text().lower()
    assert read_card(card) == me
    into_folder = export_card(tmp_path)
    assert into_folder.parent == tmp_path and read_card(into_folder) == me


def _card(tmp_path: Path, **changes: object) -> Path:
    identity, key = new_key_pair("NEPBATT 1", "NPL", "UN")
    path = export_card(tmp_path / "card.json", identity, key)
    doc = json.loads(path.read_text())
    doc.update(changes)
    path.write_text(json.dumps(doc))
    return path


def test_a_card_whose_fingerprint_does_not_match_its_key_is_refused(tmp_path: Path):
    other, _ = new_key_pair("NEPBATT 1", "NPL")
    path = _card(tmp_path, fingerprint=other.fingerprint)
    with pytest.raises(IdentityError, match=r"does not match its key.*do not trust it"):
        read_card(path)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"public_key": "AAAA"}, "public_key is 3 bytes"),
        ({"public_key": "not base64!"}, "not valid base64"),
        ({"version": 2}, "written by a newer version"),
        ({"format": "something-else"}, "is not a bluehelmet-key-card"),
        ({"extra": 1}, "unexpected extra"),
        ({"nation": "XXXX"}, "nation"),
        ({"created_at": "yesterday"}, "created_at"),
    ],
)
def test_malformed_cards_are_refused(tmp_path: Path, changes: dict, message: str):
    with pytest.raises(IdentityError, match=message):
        read_card(_card(tmp_path, **changes))


def test_a_card_that_is_too_big_or_not_json_is_refused(tmp_path: Path):
    big = tmp_path / "big.json"
    big.write_text('{"x": "' + "a" * 20_000 + '"}')
    with pytest.raises(IdentityError, match="larger than 16 KB"):
        read_card(big)
    junk = tmp_path / "junk.json"
    junk.write_text("[1, 2]")
    with pytest.raises(IdentityError, match="not a JSON object"):
        read_card(junk)
    with pytest.raises(NotFoundError):
        read_card(tmp_path / "missing.json")


def test_trust_find_revoke_and_retrust_a_new_key():
    store = TrustStore()
    nepbatt, _ = new_key_pair("NEPBATT 1", "NPL", "UN")
    partner = store.trust(nepbatt)
    assert store.trust(nepbatt) == partner  # the same key twice changes nothing
    assert [p.fingerprint for p in store.list()] == [nepbatt.fingerprint]
    assert mode(store.path) == 0o600
    assert store.find("nepbatt 1") == partner
    assert store.find(nepbatt.short_fingerprint) == partner
    assert store.find(nepbatt.fingerprint.replace(" ", ":").lower()) == partner
    assert store.public_key(nepbatt.fingerprint).public_bytes_raw() == nepbatt.public_key

    replacement, _ = new_key_pair("NEPBATT 1", "NPL", "UN")
    with pytest.raises(IdentityError, match=r"already trusted with key.*revoke the old key first"):
        store.trust(replacement)

    revoked = store.revoke(nepbatt.short_fingerprint)
    assert revoked.revoked_at is not None
    found = store.find(nepbatt.short_fingerprint)
    assert found.revoked_at is not None and found.fingerprint == nepbatt.fingerprint
    with pytest.raises(IdentityError, match=f"{nepbatt.fingerprint}.*revoked"):
        store.public_key(nepbatt.fingerprint)
    with pytest.raises(IdentityError, match="revoked key is never trusted again"):
        store.trust(nepbatt)
    with pytest.raises(IdentityError, match="already revoked"):
        store.revoke("NEPBATT 1")

    current = store.trust(replacement)
    assert store.find("NEPBATT 1") == current  # the current key, not the revoked one
    listed = TrustStore().list()
    assert [(p.fingerprint, p.revoked) for p in listed] == [
        (nepbatt.fingerprint, True),
        (replacement.fingerprint, False),
    ]


def test_unknown_partners_and_a_key_under_another_name():
    store = TrustStore()
    with pytest.raises(NotFoundError, match="no trusted partner matches 'GHANBATT'"):
        store.find("GHANBATT")
    nepbatt, _ = new_key_pair("NEPBATT 1", "NPL")
    store.trust(nepbatt)
    renamed = type(nepbatt)(unit="GHANBATT", nation="GHA", public_key=nepbatt.public_key)
    with pytest.raises(IdentityError, match="already trusted as unit 'NEPBATT 1'"):
        store.trust(renamed)
    stranger, _ = new_key_pair("GHANBATT", "GHA")
    with pytest.raises(NotFoundError, match="is not trusted"):
        store.public_key(stranger.fingerprint)


def test_a_trust_list_others_can_change_is_refused():
    store = TrustStore()
    store.trust(new_key_pair("NEPBATT 1", "NPL")[0])
    store.path.chmod(0o666)
    with pytest.raises(IdentityError, match="chmod 600"):
        store.list()


# --- cards bind what releasability depends on (issue 13, problems 1 and 12) -----------------


@pytest.mark.parametrize(
    "changes",
    [{"org": "EU"}, {"unit": "NEPBATT 2"}, {"nation": "FRA"}, {"created_at": None}],
)
def test_a_card_edited_in_transit_is_refused_because_its_signature_covers_every_field(
    tmp_path: Path, changes: dict
):
    with pytest.raises(IdentityError, match="signature does not cover what it says"):
        read_card(_card(tmp_path, **changes))


def test_a_card_without_a_signature_is_refused(tmp_path: Path):
    path = _card(tmp_path)
    doc = json.loads(path.read_text())
    del doc["signature"]
    path.write_text(json.dumps(doc))
    with pytest.raises(IdentityError, match="missing signature"):
        read_card(path)


@pytest.mark.parametrize("org", ["FRA", "fra", "USA", "MISSION"])
def test_an_org_that_is_a_nation_code_or_mission_is_refused_when_the_identity_is_made(org: str):
    with pytest.raises(IdentityError, match="org"):
        init_identity("Sneaky", "NPL", org)


def test_a_nation_that_is_not_an_iso_code_is_refused():
    with pytest.raises(IdentityError, match="ISO 3166"):
        init_identity("Sneaky", "ABC")


def test_trust_refuses_an_org_outside_the_missions_list():
    card, _ = new_key_pair("NEPBATT 1", "NPL", "NATO")
    with pytest.raises(IdentityError, match="not one of the mission's organisations"):
        TrustStore().trust(card, orgs=("UN", "AU"))
    assert TrustStore().list() == []


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("N\u0395PBATT 1", "mixes scripts"),  # Greek capital Epsilon
        ("NEPBATT I", "looks like 'NEPBATT 1'"),  # capital I for the digit one
        ("\u039d\u0395\u03a1\u0392\u0391\u03a4\u03a4 1", "looks like 'NEPBATT 1'"),  # all Greek
    ],
)
def test_look_alike_unit_names_are_refused_at_trust_time(name: str, why: str):
    store = TrustStore()
    store.trust(new_key_pair("NEPBATT 1", "NPL", "UN")[0])
    with pytest.raises(IdentityError, match=why):
        store.trust(new_key_pair(name, "NPL", "UN")[0])
    assert [p.unit for p in store.list()] == ["NEPBATT 1"]


def test_a_look_alike_of_our_own_name_is_refused():
    with pytest.raises(IdentityError, match="looks like 'JOC Naqoura'"):
        TrustStore().trust(new_key_pair("J0C Naqoura", "FRA", "UN")[0], own_unit="JOC Naqoura")


def test_unit_names_are_nfc_normalised():
    decomposed = "Compan\u0303ia"  # n + combining tilde
    card, _ = new_key_pair(decomposed, "ESP", "UN")
    assert card.unit == "Compa\u00f1ia"
