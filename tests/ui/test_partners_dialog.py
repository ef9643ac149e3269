"""Sync → Partners: the three steps, our own fingerprint, actions only when they apply, and a
key card trusted only after its fingerprint is confirmed."""

from __future__ import annotations

import os
from pathlib import Path

from app.sync.identity import TrustStore, export_card, init_identity, new_key_pair
from app.ui.sync_dialogs import PartnersDialog


def _card(tmp_path: Path) -> Path:
    identity, key = new_key_pair("GHANBATT", "GHA", "UN")
    return export_card(tmp_path / "ghanbatt.key.json", identity, key)


def test_partners_dialog_guides_a_new_user_and_confirms_fingerprints(qtbot, tmp_path: Path):
    me = init_identity("Sector West JOC", "IRL", "UN")
    dialog = PartnersDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "1. Send your key card" in texts and "2. Trust theirs" in texts
    assert "3. Set what they are cleared for" in texts and me.fingerprint in texts
    assert not dialog.revoke_button.isEnabled() and not dialog.clear_button.isEnabled()

    shown: list[str] = []
    dialog.confirm_card = lambda card: shown.append(card.fingerprint) or False  # type: ignore[method-assign]
    card = _card(tmp_path)
    dialog.trust_card_file(card)
    assert TrustStore().list() == [] and "not confirmed" in dialog.message.text()

    dialog.confirm_card = lambda card: True  # type: ignore[method-assign]
    dialog.trust_card_file(card)
    (partner,) = TrustStore().list()
    assert shown == [partner.fingerprint]
    assert not dialog.revoke_button.isEnabled()  # nothing selected yet
    dialog.table.selectRow(0)
    assert dialog.revoke_button.isEnabled() and dialog.clear_button.isEnabled()
    out = Path(os.environ.get("BH_SCREENSHOTS", tmp_path)) / "partners.png"
    assert dialog.grab().save(str(out))
