"""Map items in the GUI: a partner's road on the map as a map item (never a ceasefire line),
its popup and details, its layer switched off and on, and map items made with the form.

Real main window on a copy of the demo mission, real Qt WebEngine page, real SQLite file; the
map is driven through its JavaScript (the same code paths Leaflet and Leaflet.draw use), and
every assertion reads the database, the panels or the page back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SCREENSHOTS, js
from PySide6.QtCore import Qt
from webpages import painted, popup_text

pytestmark = pytest.mark.webengine

HOSTILE_NAME = "Route <b>Nord</b> & <img src=x onerror=alert(1)>"


def _road_kml(path: Path, lat: float, lon: float) -> Path:
    """A Google Earth file with one road in a "Roads" folder, as partners send them."""
    coords = " ".join(
        f"{lon + dx:.6f},{lat + dy:.6f},0" for dx, dy in ((0, 0), (0.03, 0.01), (0.06, 0.015))
    )
    name = HOSTILE_NAME.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>Roads</name>'
        f"<Placemark><name>{name}</name><description>Graded, passable in the dry season"
        f"</description><LineString><coordinates>{coords}</coordinates></LineString>"
        "</Placemark></Folder></Document></kml>",
        encoding="utf-8",
    )
    return path


def _demo_spot(window) -> tuple[float, float]:
    incident = next(iter(window.store.query("incident", limit=1)))
    return round(incident.lat, 5), round(incident.lon, 5)


def _count(qtbot, window, layer: str) -> int:
    return int(js(qtbot, window.map_view, f"bhMap.counts().{layer}"))


def _on_map(qtbot, window, record_id: str) -> bool:
    script = f"!!(window.bhMap && bhMap.mapItem({json.dumps(record_id)}))"
    return bool(js(qtbot, window.map_view, script))


def _import_road(qtbot, window, tmp_path: Path):
    lat, lon = _demo_spot(window)
    path = _road_kml(tmp_path / "partner roads.kml", lat, lon)
    lines_before = window.store.count("ceasefire_line")
    items_before = _count(qtbot, window, "map_items")
    with qtbot.waitSignal(window.imported, timeout=20_000) as done:
        window.import_files([path])
    assert "map item" in done.args[0][0], done.args[0]
    (road,) = [m for m in window.store.map_items() if m.name == HOSTILE_NAME]
    assert road.item_type == "road"
    assert window.store.count("ceasefire_line") == lines_before
    qtbot.waitUntil(lambda: _count(qtbot, window, "map_items") == items_before + 1, timeout=15_000)
    return road, (lat, lon)


def test_an_imported_kml_road_is_a_map_item_on_the_map_not_a_ceasefire_line(
    qtbot, window, tmp_path
):
    lines_on_map = _count(qtbot, window, "lines")
    road, (lat, lon) = _import_road(qtbot, window, tmp_path)
    view = window.map_view
    assert _count(qtbot, window, "lines") == lines_on_map  # no new ceasefire line drawn
    feature = js(qtbot, view, f"bhMap.mapItem({json.dumps(road.id)})")
    assert feature["properties"]["itemType"] == "road"
    assert feature["properties"]["shape"] == "line"
    assert feature["geometry"]["type"] == "LineString"
    # Drawn as a road (grey, no white casing), not as a ceasefire line (dark red).
    style = js(
        qtbot, view,
        "(function () { var s = bhMap.mapItem(" + json.dumps(road.id) + "); var out = null;"
        " bhMap.map.eachLayer(function (l) { if (l.feature === s && l.options) {"
        " out = {color: l.options.color, weight: l.options.weight}; } }); return out; })()",
    )  # fmt: skip
    assert style["color"] == "#616161"

    # A click on the road opens its popup: the hostile name as text, the type in words.
    # (Incidents off: the road was laid through demo incidents, which take clicks first.)
    js(qtbot, view, "bhMap.setVisible('incidents', false)")
    js(qtbot, view, f"(bhMap.setView({lat + 0.01}, {lon + 0.03}, 13), 1)")
    painted(qtbot, view)
    js(
        qtbot, view,
        f"(function () {{ var at = L.latLng({lat + 0.005}, {lon + 0.015});"
        " bhMap.map.fire('click', {latlng: at,"
        " layerPoint: bhMap.map.latLngToLayerPoint(at),"
        " containerPoint: bhMap.map.latLngToContainerPoint(at)}); return 1; })()",
    )  # fmt: skip
    qtbot.waitUntil(lambda: HOSTILE_NAME in popup_text(qtbot, view), timeout=10_000)
    text = popup_text(qtbot, view)
    assert "Map item · line" in text and "Road" in text
    assert "Graded, passable in the dry season" in text
    assert js(qtbot, view, "document.querySelectorAll('.leaflet-popup-content b, "
                           ".leaflet-popup-content img').length") == 0  # fmt: skip
    # The click selected the item: the details panel shows it in the user's terms.
    qtbot.waitUntil(lambda: window.details.shown == ("map_item", road.id), timeout=10_000)
    details = window.details.toPlainText()
    assert HOSTILE_NAME in details
    assert "Map item · Road · line, 3 vertices" in details
    assert window.editing.selection == ("map_item", road.id)

    # Selected on the map too, and listed in the legend with its count.
    assert js(qtbot, view, f"bhMap.select('map_item', {json.dumps(road.id)}, {{pan: false}})")
    legend = js(qtbot, view, "document.querySelector('.bh-legend').textContent")
    assert "Map items (partner points, lines, areas)" in legend and "Road" in legend
    painted(qtbot, view)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "map-items-road.png"))


def test_the_map_items_layer_switches_off_and_on_and_shows_its_count(qtbot, window, tmp_path):
    panel = window.layer_panel
    assert panel.layer_visible("map_items")
    total = window.store.count("map_item")
    label = next(
        panel.list.item(row).text()
        for row in range(panel.list.count())
        if panel.list.item(row).data(Qt.ItemDataRole.UserRole) == "map_items"
    )
    assert label == f"Map items ({total})"
    state = "bhMap.layerState().map_items"
    assert js(qtbot, window.map_view, state)["visible"]
    panel.set_layer_visible("map_items", False)
    qtbot.waitUntil(lambda: not js(qtbot, window.map_view, state)["visible"], timeout=10_000)
    # Hidden: a click where a village is opens nothing.
    panel.set_layer_visible("map_items", True)
    qtbot.waitUntil(lambda: js(qtbot, window.map_view, state)["visible"], timeout=10_000)
    assert js(qtbot, window.map_view, state)["count"] == total


def test_a_map_item_made_with_the_form_is_drawn_and_undo_takes_it_back(qtbot, window):
    view = window.map_view
    lines_before = window.store.count("ceasefire_line")
    window.editing.new_actions["map_item"].trigger()
    form = window.editing.form
    assert form is not None and form.kind == "map_item"
    assert form.windowTitle() == "New map item"
    geometry = form.widgets["geometry"]
    assert set(geometry.draw_buttons) == {"point", "line", "polygon"}
    qtbot.mouseClick(geometry.draw_buttons["line"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (js(qtbot, view, "bhEdit.state()") or {}).get("drawing") == "line")
    lat, lon = _demo_spot(window)
    path = [[lat, lon], [lat + 0.02, lon + 0.01], [lat + 0.03, lon + 0.04]]
    # What Leaflet.draw does when the user finishes the line.
    js(
        qtbot, view,
        f"(function () {{ bhMap.map.fire('draw:created', {{layer: L.polyline({path}), "
        "layerType: 'polyline'}); return true; })()",
    )  # fmt: skip
    qtbot.waitUntil(lambda: geometry.value() is not None, timeout=10_000)
    assert geometry.summary.text() == "Line, 3 vertices"
    # Drawn as a line: the type follows the shape until the user chooses one.
    assert form.field_value("item_type") == "line"
    item_type = form.widgets["item_type"]
    item_type.setCurrentIndex(item_type.findData("route"))
    status = form.widgets["status"]
    status.setCurrentIndex(status.findData("closed"))
    qtbot.keyClicks(form.widgets["name"], "MSR Amber")
    assert form.save_button.isEnabled(), form.problems
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SCREENSHOTS / "map-item-form.png"))
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        qtbot.keyClick(form.widgets["name"], Qt.Key.Key_Return)
    (item,) = [m for m in window.store.map_items() if m.name == "MSR Amber"]
    assert (item.item_type, item.status, item.geometry.geom_type) == ("route", "closed",
                                                                      "LineString")  # fmt: skip
    assert item.classification  # handled like every other record
    assert window.store.count("ceasefire_line") == lines_before
    qtbot.waitUntil(lambda: _on_map(qtbot, window, item.id), timeout=15_000)
    assert window.editing.selection == ("map_item", item.id)
    assert js(qtbot, view, "bhMap.selection()") == {"kind": "map_item", "id": item.id}

    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.undo_action.trigger()
    assert window.store.get("map_item", item.id).deleted
    qtbot.waitUntil(lambda: not _on_map(qtbot, window, item.id), timeout=15_000)
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.redo_action.trigger()
    assert not window.store.get("map_item", item.id).deleted
    qtbot.waitUntil(lambda: _on_map(qtbot, window, item.id), timeout=15_000)


def test_editing_a_village_into_a_checkpoint_draws_its_symbol(qtbot, window):
    view = window.map_view
    village = next(m for m in window.store.map_items() if m.item_type == "village")
    assert js(qtbot, view, "document.querySelectorAll('.bh-map-item-icon').length") == 0
    window.session.select("map_item", village.id)
    form = window.editing.edit_selected()
    assert form is not None and form.windowTitle() == "Edit map item"
    assert form.widgets["geometry"].summary.text().startswith("Point at ")
    item_type = form.widgets["item_type"]
    item_type.setCurrentIndex(item_type.findData("checkpoint"))
    assert form.save_button.isEnabled(), form.problems
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        form.accept()
    assert window.store.get("map_item", village.id).item_type == "checkpoint"
    # A checkpoint has a standard symbol: drawn with it (milsymbol), not as a plain diamond.
    qtbot.waitUntil(
        lambda: js(qtbot, view, "document.querySelectorAll('.bh-map-item-icon svg').length") > 0,
        timeout=15_000,
    )
    feature = js(qtbot, view, f"bhMap.mapItem({json.dumps(village.id)})")
    assert feature["properties"]["sidc"] == "10032500001303000000"
    assert not js(qtbot, view, "bhMap.errors.length")


def test_items_of_every_shape_draw_by_type_with_names_and_legend(qtbot, window):
    from shapely.geometry import LineString, MultiPoint, Point, Polygon

    from app.domain.records import MapItem

    incident = next(iter(window.store.query("incident", limit=1)))
    lat, lon = incident.lat + 0.05, incident.lon + 0.05

    def line(*points: tuple[float, float]) -> LineString:
        return LineString([(lon + x, lat + y) for x, y in points])

    items = [
        MapItem(name="MSR Amber", item_type="route",
                geometry=line((0, 0), (0.08, 0.02), (0.15, 0.01))),
        MapItem(name="MSR Amber (closed)", item_type="route", status="closed",
                geometry=line((0.15, 0.01), (0.2, 0.05))),
        MapItem(name="Wadi Kor", item_type="river",
                geometry=line((0, 0.05), (0.05, 0.06), (0.12, 0.09), (0.2, 0.08))),
        MapItem(name="Track to Bekuba", item_type="footpath",
                geometry=line((0.02, -0.03), (0.1, -0.02))),
        MapItem(name="Advance arrow", item_type="drawing", partner_type="nvg:arrow",
                colour="#e65100", geometry=line((0.05, -0.06), (0.1, -0.05), (0.14, -0.07))),
        MapItem(name="Market zone", item_type="zone", geometry=Polygon(
            [(lon + 0.16, lat - 0.05), (lon + 0.22, lat - 0.05), (lon + 0.22, lat - 0.01)])),
        MapItem(name="CP North", item_type="checkpoint", geometry=Point(lon + 0.08, lat + 0.02)),
        MapItem(name="Spot 3", item_type="spot_marker", geometry=Point(lon + 0.03, lat + 0.03)),
        MapItem(name="Wells", item_type="marker",
                geometry=MultiPoint([(lon + 0.01, lat - 0.04), (lon + 0.02, lat - 0.045)])),
    ]  # fmt: skip
    before = window.store.count("map_item")
    with window.store.transaction():
        for item in items:
            window.store.save(item)
    window.session.notify({"map_item"})
    view = window.map_view
    qtbot.waitUntil(
        lambda: js(qtbot, view, "bhMap.counts().map_items") == before + len(items), timeout=15_000
    )
    js(qtbot, view, "bhMap.setVisible('incidents', false)")
    js(qtbot, view, f"(bhMap.setView({lat + 0.01}, {lon + 0.1}, 12), 1)")
    painted(qtbot, view)
    # Lines and areas are named on the map (bh-labels.js), in slate rather than line red.
    qtbot.waitUntil(
        lambda: "MSR Amber" in js(qtbot, view, "Array.from(document.querySelectorAll("
                                               "'.bh-map-item-label')).map(function (e) {"
                                               " return e.textContent; }).join('|')"),
        timeout=10_000,
    )  # fmt: skip
    shapes = js(qtbot, view, "bhMap.namedShapes().filter(function (s) { return s.mapItem; })"
                             ".map(function (s) { return s.kind + ':' + s.name; })")  # fmt: skip
    assert "line:Wadi Kor" in shapes and "area:Market zone" in shapes
    legend = js(
        qtbot, view,
        "(document.querySelector('.bh-legend-header').click(),"
        " document.querySelectorAll('.bh-legend-section')[3].open = true,"
        " document.querySelectorAll('.bh-legend-section')[3].textContent)",
    )  # fmt: skip
    for label in ("Route", "River", "Footpath", "Drawing", "Zone", "Checkpoint", "Spot marker"):
        assert label in legend, legend
    wells = next(i for i in items if i.name == "Wells")
    assert js(qtbot, view, f"bhMap.select('map_item', {json.dumps(wells.id)}, {{pan: false}})")
    assert not js(qtbot, view, "bhMap.errors.length")
    js(qtbot, view, "(bhMap.clearSelection(), 1)")
    painted(qtbot, view)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SCREENSHOTS / "map-items-types.png"))


def test_a_map_item_line_is_reshaped_vertex_by_vertex_and_undo_restores_it(qtbot, window):
    from shapely.geometry import LineString

    from app.domain.records import MapItem

    view = window.map_view
    lat, lon = _demo_spot(window)
    road = MapItem(
        name="Road 7", item_type="road",
        geometry=LineString([(lon, lat), (lon + 0.03, lat + 0.01), (lon + 0.05, lat + 0.03)]),
    )  # fmt: skip
    with window.store.transaction():
        window.store.save(road)
    window.session.notify({"map_item"})
    qtbot.waitUntil(lambda: _on_map(qtbot, window, road.id), timeout=15_000)
    window.session.select("map_item", road.id)
    assert window.editing.vertices_action.isEnabled()
    window.editing.vertices_action.trigger()
    qtbot.waitUntil(lambda: (js(qtbot, view, "bhEdit.state()") or {}).get("editing") is not None)
    moved = (round(lat - 0.01, 6), round(lon - 0.01, 6))
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        js(
            qtbot, view,
            "(function () { var line = bhEdit.editingLayers()[0]; "
            "var marker = line.editing._verticesHandlers[0]._markers[0]; "
            f"marker.setLatLng([{moved[0]}, {moved[1]}]); marker.fire('drag'); "
            "marker.fire('dragend'); return bhEdit.finishEdit(); })()",
        )  # fmt: skip
    updated = window.store.get("map_item", road.id)
    first = updated.geometry.coords[0]
    assert (first[1], first[0]) == pytest.approx(moved, abs=1e-9)
    assert updated.item_type == "road" and len(updated.geometry.coords) == 3
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.undo_action.trigger()
    assert window.store.get("map_item", road.id).geometry.equals(road.geometry)
