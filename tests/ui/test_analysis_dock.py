"""The analysis dock: results list, select on the map, become layers; import alerts."""

from __future__ import annotations

import json

import pytest
from conftest import js
from PySide6.QtCore import Qt

from app import analysis
from app.store import open_store

pytestmark = pytest.mark.webengine


def test_violations_are_listed_and_a_row_selects_its_incident(qtbot, window):
    with open_store(window.store.path, readonly=True) as store:
        expected = analysis.violations(store).total
    panel = window.analysis
    window._run_analysis("violations")
    qtbot.waitUntil(lambda: panel.run_button.isEnabled() and panel.table.rowCount() > 0,
                    timeout=20_000)  # fmt: skip
    assert panel.table.rowCount() == expected
    assert f"{expected:,} violations" in panel.summary.text()
    panel.table.selectRow(3)
    data = panel.table.item(panel.table.currentRow(), 0).data(Qt.ItemDataRole.UserRole)
    kind, _, incident_id = data.partition("|")
    qtbot.waitUntil(
        lambda: (js(qtbot, window.map_view, "bhMap.selection()") or {}).get("id") == incident_id,
        timeout=10_000,
    )
    assert kind == "incident"


def test_coverage_gaps_and_hotspots_become_map_layers(qtbot, window):
    panel = window.analysis
    window._run_analysis("coverage")
    qtbot.waitUntil(lambda: panel.run_button.isEnabled() and panel.table.rowCount() > 0,
                    timeout=20_000)  # fmt: skip
    qtbot.waitUntil(
        lambda: (js(qtbot, window.map_view, "bhMap.overlays()") or {}).get("coverage-gaps", 0) > 0,
        timeout=10_000,
    )
    window._run_analysis("hotspots")
    qtbot.waitUntil(
        lambda: "hotspots" in (js(qtbot, window.map_view, "bhMap.overlays()") or {}),
        timeout=20_000,
    )
    overlays = js(qtbot, window.map_view, "bhMap.overlays()")
    assert "coverage-gaps" not in overlays and overlays["hotspots"] > 0


def test_an_import_with_a_new_violation_raises_the_alert(qtbot, window, tmp_path):
    with open_store(window.store.path, readonly=True) as store:
        line = store.ceasefire_lines()[0]
    lon, lat = line.geometry.interpolate(0.5, normalized=True).coords[0]
    path = tmp_path / "op-report.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {"kind": "incident", "title": "Mortar rounds landed on the line",
                       "category": "ceasefire_violation", "weapon_class": "mortar",
                       "occurred_start": "2026-11-20T05:30:00Z"},
    }]}))  # fmt: skip
    with qtbot.waitSignal(window.violations_arrived, timeout=30_000) as arrived:
        window.import_files([path])
    assert arrived.args == [1]
    assert window.alert.isVisible() and "1 new ceasefire violation" in window.alert.text()
    window.alert.click()
    qtbot.waitUntil(lambda: window.analysis.table.rowCount() > 0, timeout=20_000)
    assert not window.alert.isVisible()
    # The banner lists exactly the new violation, not every violation of the mission.
    assert window.analysis.table.rowCount() == 1
    assert window.analysis.table.item(0, 5).text() == "Mortar rounds landed on the line"
