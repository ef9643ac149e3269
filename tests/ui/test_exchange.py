"""Partner files through the GUI's exchange flows: what an import reloads and scans, counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import app.analysis

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"

pytestmark = pytest.mark.webengine


def geojson(path: Path, *features: dict) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}))
    return path


def incident_feature(lon: float, lat: float, title: str) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {"kind": "incident", "title": title, "category": "crime",
                       "occurred_start": "2026-11-20T05:30:00Z"},
    }  # fmt: skip


def area_feature(lon: float, lat: float) -> dict:
    ring = [[lon, lat], [lon + 0.05, lat], [lon + 0.05, lat + 0.05], [lon, lat]]
    return {
        "type": "Feature",
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {"kind": "patrol_area", "name": "Imported sector"},
    }


@pytest.fixture
def counted(window, monkeypatch):
    """Counts violation scans, map layer reloads and unit tree loads during the test."""
    counts: dict[str, list] = {"scans": [], "reloads": [], "unit_loads": []}
    scan = app.analysis.violations

    def counting_scan(*args, **kwargs):
        counts["scans"].append(1)
        return scan(*args, **kwargs)

    monkeypatch.setattr(app.analysis, "violations", counting_scan)
    reload = window.map_view.refresh_layers

    def counting_reload(keys=()):
        counts["reloads"].append(list(keys))
        reload(keys)

    monkeypatch.setattr(window.map_view, "refresh_layers", counting_reload)
    load = window.unit_model.load
    monkeypatch.setattr(
        window.unit_model, "load", lambda store: (counts["unit_loads"].append(1), load(store))
    )
    return counts


def test_an_incident_import_reloads_the_incident_layer_only_and_scans_once(
    qtbot, window, counted, tmp_path
):
    path = geojson(tmp_path / "reports.geojson", incident_feature(20.1, 6.7, "Looting at market"))
    window.dialogs.answer([path])  # File → Import… : the user picks the file
    with qtbot.waitSignal(window.imported, timeout=30_000) as done:
        window.exchange.choose_import()
    assert done.args[0] == ["reports.geojson: imported 1 new incident"]
    assert counted["scans"] == [1]
    assert counted["reloads"] == [["incidents"]]
    assert counted["unit_loads"] == []


def test_an_area_import_reloads_the_area_layer_and_does_not_scan(qtbot, window, counted, tmp_path):
    path = geojson(tmp_path / "sectors.geojson", area_feature(20.1, 6.7))
    with qtbot.waitSignal(window.imported, timeout=30_000):
        window.import_files([path])
    assert counted["scans"] == []
    assert counted["reloads"] == [["areas"]]
    assert counted["unit_loads"] == []
    assert not window.alert.isVisible()


def test_the_news_of_an_import_names_the_kinds_in_words():
    from collections import Counter
    from types import SimpleNamespace

    from app.ui.exchange import import_news

    summary = SimpleNamespace(
        path=Path("/tmp/lines.kml"),
        created=Counter({"ceasefire_line": 2, "incident": 1}),
        updated=Counter({"patrol_area": 3}),
        skipped=Counter({"no position": 4}),
    )
    assert import_news(summary) == (
        "lines.kml: imported 2 new ceasefire lines, 1 new incident, 3 updated patrol areas;"
        " left out 4 (4 × no position)"
    )


def test_the_preview_warns_of_features_outside_the_mission_and_cancel_writes_nothing(
    qtbot, window, tmp_path
):
    from app.ui.interop_dialogs import ImportPreviewDialog

    seen: list[ImportPreviewDialog] = []

    def look_then_cancel(dialog: ImportPreviewDialog) -> bool:
        seen.append(dialog)
        dialog.grab().save(str(SCREENSHOTS / "import-preview.png"))
        return False

    window.dialogs.by_class[ImportPreviewDialog] = look_then_cancel
    path = geojson(
        tmp_path / "far.geojson",
        incident_feature(20.1, 6.7, "Near the mission"),
        incident_feature(51.5, 25.3, "Thousands of kilometres away"),
        {"type": "Feature", "geometry": None, "properties": {"kind": "incident"}},
    )
    digest = window.store.digest()
    window.dialogs.answer([path])
    window.exchange.choose_import()
    qtbot.waitUntil(lambda: bool(seen) or bool(window.dialogs.errors), timeout=20_000)
    assert window.dialogs.errors == []
    dialog = seen[0]
    assert dialog.summary.text() == "far.geojson: would bring 2 new incidents"
    assert dialog.problems.count() == 1
    assert dialog.problems.item(0).text().startswith("far.geojson: feature 3: ")
    assert "1 of 2 features lie outside the mission's area" in dialog.outside.text()
    assert dialog.import_button.text() == "Import the 2 good features"
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=5_000)
    assert window.store.digest() == digest
