"""The map in the main window: layers, selection both ways, offline, escaping, basemaps."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SCREENSHOTS, js
from pngs import png_tile
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from webpages import painted, popup_text

from app import basemaps
from app.store import open_store
from maps.mbtiles import write_mbtiles

pytestmark = pytest.mark.webengine

LAYERS = ["basemap", "areas", "buffers", "lines", "patrols", "tracks", "units", "incidents",
          "heatmap"]  # fmt: skip


def third_pixel(view) -> QColor:  # type: ignore[no-untyped-def]
    """The colour a third of the way into the map, where a basemap tile shows."""
    image = view.grab().toImage()
    return image.pixelColor(image.width() // 3, image.height() // 3)


def test_the_demo_map_shows_every_layer(qtbot, window, mission: Path):
    state = js(qtbot, window.map_view, "bhMap.layerState()")
    assert set(LAYERS) <= set(state)
    with open_store(mission) as store:
        stats = store.stats()
    assert state["incidents"]["count"] == stats["incidents"]
    assert state["units"]["count"] == stats["units"]
    assert state["lines"]["count"] == stats["ceasefire_lines"]
    assert state["buffers"]["count"] == stats["ceasefire_lines"]
    assert state["areas"]["count"] == stats["patrol_areas"]
    assert state["incidents"]["visible"] and not state["heatmap"]["visible"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "main-window-demo.png"))


def test_rendering_makes_no_request_off_the_machine(qtbot, window):
    assert window.map_view.blocker.blocked == []
    assert window.map_view.blocker.allowed_count > 5  # the page really loaded its assets
    # And the block is real: a page that tries to reach out is stopped and recorded.
    js(qtbot, window.map_view, "(fetch('http://192.0.2.1/x').catch(() => null), 1)")
    js(qtbot, window.map_view, "(new Image().src = 'https://tiles.invalid/0/0/0.png', 1)")
    qtbot.waitUntil(lambda: len(window.map_view.blocker.blocked) >= 2, timeout=10_000)
    assert any("192.0.2.1" in url for url in window.map_view.blocker.blocked)


def test_table_selection_highlights_and_pans_the_map(qtbot, window):
    table = window.incident_table
    index = table.model.index(5, 0)
    incident_id = table.model.data(index, Qt.ItemDataRole.UserRole + 1)
    table.view.selectRow(5)
    qtbot.waitUntil(
        lambda: (js(qtbot, window.map_view, "bhMap.selection()") or {}).get("id") == incident_id,
        timeout=10_000,
    )
    assert incident_id in window.details.toPlainText() or window.details.toPlainText()
    with open_store(window.store.path) as store:
        incident = store.get("incident", incident_id)
    view = js(qtbot, window.map_view, "bhMap.view()")
    assert view["west"] < incident.lon < view["east"]
    assert view["south"] < incident.lat < view["north"]


def test_clicking_an_incident_on_the_map_selects_its_row(qtbot, window):
    table = window.incident_table
    model = table.model
    # Zoom right onto one incident so it is drawn alone, then click its pixel.
    target = model.rows[len(model.rows) // 2]
    incident_id, lat, lon = target[0], target[9], target[10]
    js(qtbot, window.map_view, f"(bhMap.setView({lat}, {lon}, 17), 1)")
    painted(qtbot, window.map_view)  # the marker is on screen before its pixel is clicked
    point = js(
        qtbot, window.map_view,
        f"(function(p){{return [p.x, p.y]}})(bhMap.map.latLngToContainerPoint([{lat}, {lon}]))",
    )  # fmt: skip
    widget = window.map_view.focusProxy()
    with qtbot.waitSignal(window.map_view.feature_clicked, timeout=10_000) as clicked:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(*map(round, point)))
    assert clicked.args == ["incident", incident_id]
    current = table.view.currentIndex()
    assert model.data(current, Qt.ItemDataRole.UserRole + 1) == incident_id
    assert window.details.toPlainText().lstrip().startswith(model.rows[current.row()][5][:20])


def test_popups_and_tables_show_hostile_text_as_text(qtbot, window, mission: Path):
    payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    with open_store(mission) as store:
        first = store.query("incident", limit=1)[0]
        store.save(replace(first, title=payload, description=payload))
    window.refresh()

    # Asked again until the reloaded layer's popup for this incident shows the new title. The
    # text is kept from the reading that showed it: the window also hears the outside write and
    # may reload the layer once more, re-opening the popup while its report loads again.
    shown: list[str] = []

    def popup_opened() -> bool:
        js(qtbot, window.map_view, f"(bhMap.select('incident', '{first.id}', {{pan: true, "
                                   "popup: true}), 1)")  # fmt: skip
        shown.append(popup_text(qtbot, window.map_view))
        return "<script>" in shown[-1]

    qtbot.waitUntil(popup_opened, timeout=15_000)
    text = shown[-1]
    assert js(qtbot, window.map_view, "window.__pwned === undefined")
    assert js(qtbot, window.map_view, "document.querySelectorAll('img[src=x]').length") == 0
    assert "<script>" in text
    row = window.incident_table.model.row_of(first.id)
    tip = window.incident_table.model.data(
        window.incident_table.model.index(row, 4), Qt.ItemDataRole.ToolTipRole
    )
    assert "&lt;script&gt;" in tip and "<script>" not in tip


def test_an_imported_mbtiles_basemap_is_served_from_sqlite(qtbot, mission: Path, tmp_path: Path):
    from app.ui.main_window import MainWindow

    source = tmp_path / "red.mbtiles"
    red = png_tile((220, 30, 30))
    tiles = [(z, x, y, red) for z in range(0, 5) for x in range(2**z) for y in range(2**z)]
    write_mbtiles(source, tiles, {"name": "Red test", "format": "png", "minzoom": "0",
                                   "maxzoom": "4"})  # fmt: skip
    basemap = basemaps.import_mbtiles(source)

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    with qtbot.waitSignal(win.map_view.map_ready, timeout=60_000):
        win.open_database(mission)
    combo = win.layer_panel.basemap
    index = combo.findData(f"mbtiles:{basemap.id}")
    assert index > 0, "the imported basemap is offered in the layer dock"
    js(qtbot, win.map_view, "(bhMap.setView(10, 30, 3), 1)")
    combo.setCurrentIndex(index)
    qtbot.waitUntil(
        lambda: js(qtbot, win.map_view,
                   "document.querySelectorAll('img.leaflet-tile-loaded').length") > 0,
        timeout=15_000,
    )  # fmt: skip
    # The tiles are on screen when the map's pixels turn red (waited for, not slept on).
    qtbot.waitUntil(
        lambda: (c := third_pixel(win.map_view)).red() > 150 and c.green() < 120, timeout=15_000
    )
    assert win.map_view.blocker.blocked == []


def test_a_dropped_file_is_imported_and_only_its_layer_refreshes(qtbot, window, tmp_path):
    import json as _json

    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    before_total = js(qtbot, window.map_view, "bhMap.counts().incidentsTotal")
    js(qtbot, window.map_view, "(window.__samePage = true, bhMap.setView(6.7, 20.1, 9), 1)")
    painted(qtbot, window.map_view)
    view_before = js(qtbot, window.map_view, "bhMap.view()")
    path = tmp_path / "patrol-report.geojson"
    path.write_text(_json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Point", "coordinates": [20.1, 6.7]},
        "properties": {"kind": "incident", "title": "Roadblock reported by A Coy",
                       "category": "fom_restriction", "occurred_start": "2026-11-20T05:00:00Z"},
    }]}))  # fmt: skip
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.imported, timeout=10_000) as done:
        window.dropEvent(drop)
    assert "1 new incident" in done.args[0][0]
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "bhMap.counts().incidentsTotal") == before_total + 1,
        timeout=10_000,
    )
    assert js(qtbot, window.map_view, "window.__samePage === true")  # no page reload
    # The map zooms to what came in (a look at it first: the preview, answered Import).
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhMap.view()") != view_before)
    view = js(qtbot, window.map_view, "bhMap.view()")
    assert view["west"] < 20.1 < view["east"] and view["south"] < 6.7 < view["north"]
    assert view["zoom"] < 18
    assert window.incident_table.model.total == before_total + 1


def test_an_mbtiles_file_dropped_on_the_window_becomes_the_basemap(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    source = tmp_path / "Blue sheet.mbtiles"
    blue = png_tile((30, 60, 220))
    tiles = [(z, x, y, blue) for z in range(0, 4) for x in range(2**z) for y in range(2**z)]
    write_mbtiles(source, tiles, {"name": "Blue sheet", "format": "png"})
    js(qtbot, window.map_view, "(bhMap.setView(10, 30, 3), 1)")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    qtbot.waitUntil(
        lambda: window.layer_panel.basemap.currentData() == "mbtiles:blue-sheet", timeout=15_000
    )
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view,
                   "document.querySelectorAll('img.leaflet-tile-loaded').length") > 0,
        timeout=15_000,
    )  # fmt: skip
    qtbot.waitUntil(
        lambda: (c := third_pixel(window.map_view)).blue() > 150 and c.red() < 120,
        timeout=15_000,
    )
    assert window.map_view.blocker.blocked == []


def test_a_pmtiles_file_chosen_in_the_basemap_import_dialog_becomes_the_basemap(
    qtbot, window, tmp_path
):
    """File → Basemaps → Import offers PMTiles (and vector MBTiles) files, and the vector
    basemap imported is the one chosen in the layer dock and drawn on the map."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "vector_sample_for_ui", Path(__file__).resolve().parents[1] / "maps" / "vector_sample.py"
    )
    assert spec is not None and spec.loader is not None
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)

    source = sample.write_pmtiles(tmp_path / "Abyei.pmtiles")
    window.dialogs.answer(source)
    window.exchange.choose_mbtiles()
    _title, filters = window.dialogs.file_filters[-1]
    first = filters.split(";;")[0]
    assert "*.pmtiles" in first and "*.mbtiles" in first
    qtbot.waitUntil(
        lambda: window.layer_panel.basemap.currentData() == "vector:abyei", timeout=15_000
    )
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "bhMap.basemaps().filter(function (b) {"
                   " return b.active; })[0].id") == "vector:abyei",
        timeout=15_000,
    )  # fmt: skip
    js(qtbot, window.map_view, f"(bhMap.setView({sample.TOWN[1]}, {sample.TOWN[0]}, 12), 1)")
    # The page was built without a vector basemap: it loads the scripts that draw one now.
    qtbot.waitUntil(
        lambda: (
            (s := js(qtbot, window.map_view, "window.bhVector ? bhVector.status() : null"))
            is not None
            and s["drawn"] > 0
            and not s["pending"]
        ),
        timeout=20_000,
    )
    assert js(qtbot, window.map_view, "bhVector.status().errors") == []
    assert js(qtbot, window.map_view, "bhMap.errors") == []
    assert window.map_view.blocker.blocked == []


def test_the_layer_dock_draws_and_removes_the_grid(qtbot, window):
    panel = window.layer_panel
    js(qtbot, window.map_view, "(bhMap.setView(6.6, 20.2, 13), 1)")
    panel.set_grid("mgrs")
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhGrid.state().lines") > 10, timeout=10_000)
    state = js(qtbot, window.map_view, "bhGrid.state()")
    assert state["mode"] == "mgrs" and state["spacing"] == 1000
    edges = {label["edge"] for label in state["labels"]}
    assert {"top", "bottom", "left", "right", "square"} <= edges
    assert any(label["text"].startswith("34N ") for label in state["labels"])
    panel.set_grid("latlon")
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhGrid.state().mode") == "latlon")
    assert any(
        label["text"].endswith("N") for label in js(qtbot, window.map_view, "bhGrid.state().labels")
    )
    panel.set_grid(None)
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhGrid.state().lines") == 0)
    assert window.map_view.blocker.blocked == []


@pytest.fixture
def red_sheet(tmp_path: Path) -> basemaps.Basemap:
    """A red basemap over the demo's area (imported before the window opens)."""
    source = tmp_path / "red.mbtiles"
    red = png_tile((220, 0, 0))
    tiles = [(z, x, y, red) for z in range(0, 4) for x in range(2**z) for y in range(2**z)]
    write_mbtiles(source, tiles, {"name": "Red sheet", "format": "png", "bounds": "15,2,25,12",
                                  "description": "Tiled from red.tif"})  # fmt: skip
    return basemaps.import_mbtiles(source, id="red-sheet")


def test_basemaps_dialog_draws_extents_lays_a_sheet_over_and_removes(qtbot, red_sheet, window):
    from app.ui.basemaps_dialog import BasemapsDialog

    window.manage_basemaps()
    dialog = window.dialogs.last(BasemapsDialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row[:3] == ["Red sheet", "red-sheet", "0–3"]
    assert row[3] == "15.00, 2.00, 25.00, 12.00" and row[5] == "Tiled from red.tif"
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhMap.overlays()") == {
        "basemap-extents": 1, "basemap-extent-selected": 1})  # fmt: skip

    js(qtbot, window.map_view, "(bhMap.setView(7, 20, 5), 1)")
    dialog.overlay.setChecked(True)
    dialog.opacity.setValue(40)
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhMap.basemapOverlays()") == [
        {"id": "mbtiles:red-sheet", "opacity": 0.4}])  # fmt: skip
    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "document.querySelectorAll("
                   "'.leaflet-bhBasemapOverlay-pane img.leaflet-tile-loaded').length") > 0,
        timeout=15_000,
    )  # fmt: skip

    def beside_the_mission() -> QColor:  # 16.5°E 10.5°N: inside the sheet, off the mission
        image = window.map_view.grab().toImage()
        return image.pixelColor(image.width() // 2 - 80, image.height() // 2 - 80)

    # Laid over the base at 40 %: the map turns reddish, not red.
    qtbot.waitUntil(lambda: (c := beside_the_mission()).red() > c.blue() + 40, timeout=10_000)
    assert beside_the_mission().green() > 60
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.map_view.grab().save(str(SCREENSHOTS / "basemaps-dialog-map.png"))
    dialog.grab().save(str(SCREENSHOTS / "basemaps-dialog.png"))

    window.dialogs.answer("Remove")
    dialog.remove.click()
    assert dialog.table.rowCount() == 0 and not red_sheet.path.exists()
    assert window.layer_panel.basemap.findData("mbtiles:red-sheet") < 0
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhMap.basemapOverlays()") == [])
    dialog.reject()
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, "bhMap.overlays()") == {})
    assert window.map_view.blocker.blocked == []
