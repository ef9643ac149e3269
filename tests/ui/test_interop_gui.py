"""File → Import and File → Export in the window: the CSV mapping dialog (remembered per header
set), the export dialog, and Cancel that leaves the mission exactly as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyogrio
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.store import open_store
from app.ui.interop_dialogs import CsvMappingDialog, ExportDialog

pytestmark = pytest.mark.webengine
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"

OBSERVER_CSV = (
    "Name;Grid;Date;Category;Remarks\n"
    "OP 7 report;34NDN0052740676;2026-11-20T05:30Z;ceasefire_violation;Small arms, 3 bursts\n"
    "Patrol stopped;34NDN1159951712;2026-11-20T06:00Z;fom_restriction;<b>Checkpoint</b>\n"
)


def drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)


def test_a_dropped_csv_opens_the_mapping_dialog_which_is_remembered(qtbot, window, tmp_path):
    path = tmp_path / "observers.csv"
    path.write_text(OBSERVER_CSV)
    before = window.store.count("incident")
    drop(window, path)
    qtbot.waitUntil(lambda: window.dialogs.last(CsvMappingDialog) is not None, timeout=10_000)
    dialog = window.dialogs.last(CsvMappingDialog)
    assert dialog.isVisible() and dialog.header == ["Name", "Grid", "Date", "Category", "Remarks"]
    assert dialog.table.item(2, 4).text() == "<b>Checkpoint</b>"  # shown as text, not markup
    assert dialog.combos[1].currentText() == "mgrs"  # a column called Grid is guessed
    dialog.set_target("Name", "title")
    dialog.set_target("Remarks", "description")
    dialog.kind.setCurrentIndex(dialog.kind.findData("incident"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "csv-mapping-dialog.png"))
    with qtbot.waitSignal(window.imported, timeout=30_000) as done:
        dialog.accept()
    assert done.args[0] == ["observers.csv: imported 2 new incidents"]
    assert window.store.count("incident") == before + 2
    # The next file with the same columns (other order, other case) opens already mapped.
    again = tmp_path / "observers-2.csv"
    again.write_text("remarks;name;grid;date;category\nx;OP 8;34NDN0052740676;2026-11-21;crime\n")
    drop(window, again)
    qtbot.waitUntil(lambda: window.dialogs.last(CsvMappingDialog) is not dialog, timeout=10_000)
    second = window.dialogs.last(CsvMappingDialog)
    assert second.mapping() == {"remarks": "description", "name": "title", "grid": "mgrs"}
    assert second.as_kind() == "incident"
    second.reject()


def test_cancel_leaves_the_mission_exactly_as_it_was(qtbot, window, tmp_path):
    path = tmp_path / "big.csv"
    rows = [
        f"Event {i},{i % 50 / 10 + 4},{i % 70 / 10 + 18},2026-11-20,crime" for i in range(30_000)
    ]
    path.write_text("title,lat,lon,date,category\n" + "\n".join(rows) + "\n")
    digest = window.store.digest()
    run = window.exchange.import_files([path], ask_mapping=False)
    from PySide6.QtWidgets import QPushButton

    run.progress.findChild(QPushButton).click()  # the user presses Cancel in the progress dialog
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=60_000)
    with open_store(window.store.path, readonly=True) as store:
        assert store.digest() == digest


def test_file_export_writes_a_geopackage_of_the_chosen_kinds(qtbot, window, tmp_path):
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "&Export…")  # fmt: skip
    action.trigger()
    dialog = window.dialogs.last(ExportDialog)
    qtbot.waitUntil(dialog.only_view.isEnabled, timeout=10_000)  # the map told its view
    dialog.format.setCurrentIndex(dialog.format.findData("gpkg"))
    for kind, box in dialog.kinds.items():
        box.setChecked(kind in ("incident", "ceasefire_line"))
    out = tmp_path / "for-qgis.gpkg"
    dialog.out.setText(str(out))
    dialog.grab().save(str(SHOTS / "export-dialog.png"))
    with qtbot.waitSignal(window.exported, timeout=60_000) as done:
        dialog._accepted()
    assert done.args[0].startswith("for-qgis.gpkg: exported")
    layers = sorted(name for name, _ in pyogrio.list_layers(out))
    assert layers == ["ceasefire_lines", "incidents"]
    incidents = pyogrio.read_info(out, layer="incidents")["features"]
    assert incidents == window.store.count("incident")
    with sqlite3.connect(out) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
