"""Exchanging packages from the GUI: preview before import, refusal that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import incident
from PySide6.QtWidgets import QApplication

from app.store import open_store
from app.sync.identity import TrustStore, init_identity, new_key_pair
from app.sync.service import export_package

pytestmark = pytest.mark.webengine


def partner_package(tmp_path: Path, *, titles: list[str]) -> Path:
    """A partner (GHANBATT) that trusts us sends a package with new incidents."""
    me = init_identity("Sector West JOC", "IRL", "UN")  # this installation (test data folder)
    partner, key = new_key_pair("GHANBATT", "GHA", "UN")
    TrustStore().trust(partner)
    theirs = TrustStore(tmp_path / "partner-trust.json")
    them_to_us = theirs.trust(me)
    with open_store(tmp_path / "partner.db") as store:
        store.save_many([incident(title=t, lon=20.1, lat=6.7) for t in titles])
        out = tmp_path / "from-ghanbatt.bhp"
        export_package(store, partner, key, them_to_us, out, full=True)
    return out


def test_a_package_is_previewed_then_imported(qtbot, window, tmp_path):
    path = partner_package(tmp_path, titles=["Checkpoint moved", "Shots heard at night"])
    before = window.store.count("incident")
    window.import_package(path)
    from app.ui.sync_dialogs import ImportPreviewDialog

    qtbot.waitUntil(lambda: window.dialogs.last(ImportPreviewDialog) is not None, timeout=20_000)
    dialog = window.dialogs.last(ImportPreviewDialog)
    assert dialog.isVisible()
    assert "2 new" in dialog.summary.text()
    assert window.store.count("incident") == before  # nothing written by the preview
    with qtbot.waitSignal(window.package_imported, timeout=20_000):
        dialog.accept()
    qtbot.waitUntil(lambda: window.incident_table.model.total == before + 2, timeout=20_000)
    # Who sent it is named by the unit whose key signed it, not by ``install-…``.
    from PySide6.QtCore import QUrl

    received = next(i for i in window.store.query("incident") if i.title == "Checkpoint moved")
    window._show_details("incident", received.id)
    window.details.anchorClicked.emit(QUrl("bh:technical"))
    text = window.details.toPlainText()
    assert f"GHANBATT [{received.origin}]" in text, text


def test_a_tampered_package_is_refused_in_one_line_and_changes_nothing(qtbot, window, tmp_path):
    path = partner_package(tmp_path, titles=["Original text"])
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    digest = window.store.digest()
    with qtbot.waitSignal(window.error_shown, timeout=20_000) as shown:
        window.import_package(path)
    assert "\n" not in shown.args[0] and path.name in shown.args[0]
    assert window.store.digest() == digest


def test_first_start_asks_for_the_unit_identity_once_the_demo_shows(qtbot, tmp_path):
    from app.ui.launch import _ask_identity_once
    from app.ui.main_window import MainWindow
    from app.ui.sync_dialogs import IdentityDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    _ask_identity_once(window)  # no mission open yet: the demo is about to be made
    assert window.findChild(IdentityDialog) is None
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.open_database(tmp_path / "first.db", create_demo_if_missing=True)
    qtbot.waitUntil(lambda: window.findChild(IdentityDialog) is not None, timeout=10_000)
    dialog = window.findChild(IdentityDialog)
    dialog.unit.setText("Sector West JOC")
    dialog.nation.setText("Ireland")  # not a code: said in the form, nothing saved
    dialog._create()
    assert "nation" in dialog.error.text() and dialog.isVisible()
    dialog.nation.setText("IRL")
    dialog._create()
    assert not dialog.isVisible()
    _ask_identity_once(window)  # asked once only (and an identity exists now)
    QApplication.processEvents()
    assert all(not d.isVisible() for d in window.findChildren(IdentityDialog))


def test_partners_dialog_shows_and_sets_what_a_partner_is_cleared_for(qtbot, tmp_path):
    from app.ui.sync_dialogs import PartnersDialog

    partner, _ = new_key_pair("GHANBATT", "GHA", "UN")
    TrustStore().trust(partner)
    db = tmp_path / "mission.db"
    open_store(db).close()
    dialog = PartnersDialog(db)
    qtbot.addWidget(dialog)
    header = [dialog.table.horizontalHeaderItem(c).text() for c in range(7)]
    column = header.index("Cleared for")
    assert dialog.table.item(0, column).text() == "UNCLASSIFIED (not set)"
    dialog.table.selectRow(0)
    dialog.clearance.setCurrentText("CONFIDENTIAL")
    from PySide6.QtWidgets import QPushButton

    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Set clearance")
    button.click()
    assert dialog.table.item(0, column).text() == "CONFIDENTIAL"
    assert TrustStore().find("GHANBATT").accreditation == "CONFIDENTIAL"
    assert "up to CONFIDENTIAL" in dialog.message.text()
