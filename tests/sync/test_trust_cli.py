"""Trusting a key card from the command line: the card is shown in full, fingerprint included,
and a fingerprint read out by the partner that does not match refuses it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.sync.identity import TrustStore, export_card, new_key_pair


def _card(tmp_path: Path, unit: str = "NEPBATT 1", org: str | None = "UN") -> Path:
    identity, key = new_key_pair(unit, "NPL", org)
    return export_card(tmp_path / "card.json", identity, key)


def test_keys_trust_shows_every_card_field_and_the_fingerprint(tmp_path: Path, capsys):
    card = _card(tmp_path)
    fingerprint = json.loads(card.read_text())["fingerprint"]
    assert main(["keys", "trust", str(card)]) == 0
    out = capsys.readouterr().out
    for shown in ("unit:        NEPBATT 1", "nation:      NPL", "org:         UN", fingerprint):
        assert shown in out
    assert main(["keys", "list"]) == 0
    listed = capsys.readouterr().out
    assert "org UN" in listed and fingerprint in listed


def test_keys_trust_refuses_a_card_whose_fingerprint_is_not_the_one_read_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    card = _card(tmp_path)
    other, _ = new_key_pair("OTHER", "GHA", "UN")
    assert main(["keys", "trust", str(card), "--fingerprint", other.fingerprint]) != 0
    assert "not the card's; do not trust it" in capsys.readouterr().err
    assert TrustStore().list() == []
    right = json.loads(card.read_text())["fingerprint"].replace(" ", "").lower()
    assert main(["keys", "trust", str(card), "--fingerprint", right]) == 0


def test_a_card_whose_org_was_changed_to_a_nation_in_transit_is_refused(tmp_path: Path, capsys):
    card = _card(tmp_path)
    doc = json.loads(card.read_text())
    doc["org"] = "FRA"
    card.write_text(json.dumps(doc))
    assert main(["keys", "trust", str(card)]) != 0
    assert "org" in capsys.readouterr().err
    assert TrustStore().list() == []
