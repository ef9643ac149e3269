"""Editing in the GUI: record forms, coordinates typed three ways, drawing on the map, undo.

Real main window on a copy of the demo mission, real Qt WebEngine page, real SQLite file; forms
are driven with key clicks, the map through its JavaScript (the same code paths Leaflet.draw and
marker dragging use), and every assertion reads the database, the table or the map page back.
"""

from __future__ import annotations

import pytest
from conftest import SCREENSHOTS, js
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from webpages import painted

from app.domain.coords import parse_coordinate, to_mgrs
from app.store import open_store
from app.ui.editing.coordinate_field import CoordinateField

pytestmark = pytest.mark.webengine


def _mgrs_in_mission(window) -> str:
    """A grid reference inside the demo mission's area (100 m precision, as people type it)."""
    incident = next(iter(window.store.query("incident", limit=1)))
    return to_mgrs(incident.lat + 0.013, incident.lon - 0.021, 3)


def _on_map(qtbot, window, kind: str, record_id: str) -> bool:
    script = f"window.bhMap && bhMap.select({kind!r}, {record_id!r}, {{pan: false}})"
    return bool(js(qtbot, window.map_view, script))


def _wait_on_map(qtbot, window, kind: str, record_id: str, present: bool = True) -> None:
    qtbot.waitUntil(lambda: _on_map(qtbot, window, kind, record_id) is present, timeout=20_000)


def _fill_incident(qtbot, form, title: str, location: str) -> None:
    qtbot.keyClicks(form.widgets["title"], title)
    category = form.widgets["category"]
    category.setFocus()
    qtbot.keyClicks(category, "Ceasefire")
    location_field = form.widgets["location"]
    location_field.edit.clear()
    qtbot.keyClicks(location_field.edit, location)


def _create_incident(qtbot, window, title: str = "Mortar rounds near OP 7"):
    window.editing.new_incident_action.trigger()
    form = window.editing.form
    assert form is not None and form.isVisible()
    grid = _mgrs_in_mission(window)
    _fill_incident(qtbot, form, title, grid)
    assert form.save_button.isEnabled(), form.problems
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        qtbot.keyClick(form.widgets["title"], Qt.Key.Key_Return)  # Enter saves
    assert window.editing.form is None
    found = [i for i in window.store.query("incident", text=title) if i.title == title]
    assert len(found) == 1
    return found[0], grid


def test_form_creates_an_incident_at_an_mgrs_reference_in_table_and_map(qtbot, window):
    incident, grid = _create_incident(qtbot, window)
    lat, lon = parse_coordinate(grid)
    assert incident.lat == pytest.approx(lat, abs=1e-9)
    assert incident.lon == pytest.approx(lon, abs=1e-9)
    assert incident.category == "ceasefire_violation"
    assert incident.status == "reported"
    # In the incident table, selected, and on the map.
    table = window.incident_table
    row = table.model.row_of(incident.id)
    assert row is not None
    assert table.view.currentIndex().row() == row
    _wait_on_map(qtbot, window, "incident", incident.id)


def test_invalid_input_shows_the_message_and_writes_nothing(qtbot, window):
    before = window.store.last_change_seq()
    count = window.store.count("incident")
    form = window.editing.new_incident_here()
    _fill_incident(qtbot, form, "Shots heard", "37S ZZ 99")
    location_error = form.errors["location"]
    assert location_error.isVisibleTo(form)
    assert location_error.text().startswith("Location: MGRS reference '37S ZZ 99'")
    assert not form.save_button.isEnabled()
    # Precision typed as words: its own message, under its own field.
    qtbot.keyClicks(form.widgets["precision_m"].edit, "about ten")
    assert "'about ten' is not a number" in form.errors["precision_m"].text()
    form.grab().save(str(SCREENSHOTS / "editing-invalid-incident.png"))
    qtbot.keyClick(form.widgets["title"], Qt.Key.Key_Return)
    assert form.isVisible()
    assert window.store.last_change_seq() == before
    assert window.store.count("incident") == count


def test_undo_removes_the_new_incident_and_redo_restores_it(qtbot, window):
    incident, _grid = _create_incident(qtbot, window, "Checkpoint blocked by crowd")
    _wait_on_map(qtbot, window, "incident", incident.id)
    assert window.editing.undo_action.isEnabled()
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.undo_action.trigger()
    assert window.store.get("incident", incident.id).deleted
    assert window.incident_table.model.row_of(incident.id) is None
    _wait_on_map(qtbot, window, "incident", incident.id, present=False)
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.redo_action.trigger()
    restored = window.store.get("incident", incident.id)
    assert not restored.deleted
    assert (restored.title, restored.lat, restored.lon) == (incident.title, incident.lat,
                                                            incident.lon)  # fmt: skip
    assert window.incident_table.model.row_of(incident.id) is not None
    _wait_on_map(qtbot, window, "incident", incident.id)


def test_drawing_a_polygon_through_the_bridge_creates_a_patrol_area(qtbot, window):
    view = window.map_view
    window.editing.new_actions["patrol_area"].trigger()
    form = window.editing.form
    assert form is not None and form.kind == "patrol_area"
    qtbot.waitUntil(lambda: (js(qtbot, view, "bhEdit.state()") or {}).get("drawing") == "polygon")
    assert js(qtbot, view, "bhEdit.state().toolbar")
    assert js(qtbot, view, "document.querySelectorAll('.leaflet-draw-actions a').length") >= 2
    window.grab().save(str(SCREENSHOTS / "editing-draw-toolbar.png"))
    centre = js(qtbot, view, "bhMap.map.getCenter()")
    lat, lon = round(centre["lat"], 5), round(centre["lng"], 5)
    ring = [
        [lat, lon],
        [lat + 0.05, lon + 0.01],
        [lat + 0.04, lon + 0.08],
        [lat - 0.01, lon + 0.06],
    ]
    # What Leaflet.draw does when the user closes the polygon.
    js(
        qtbot, view,
        f"(function () {{ bhMap.map.fire('draw:created', {{layer: L.polygon({ring}), "
        "layerType: 'polygon'}); return true; })()",
    )  # fmt: skip
    qtbot.waitUntil(lambda: form.widgets["geometry"].value() is not None, timeout=10_000)
    assert form.widgets["geometry"].summary.text() == "Polygon, 4 vertices"
    qtbot.keyClicks(form.widgets["name"], "PA Lotus")
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        qtbot.keyClick(form.widgets["name"], Qt.Key.Key_Return)
    areas = [a for a in window.store.patrol_areas() if a.name == "PA Lotus"]
    assert len(areas) == 1
    stored = [(round(y, 9), round(x, 9)) for x, y in areas[0].geometry.exterior.coords]
    expected = [(round(y, 9), round(x, 9)) for y, x in ring]
    assert stored[:-1] == expected or stored[:-1] == [expected[0], *reversed(expected[1:])]
    assert stored[0] == stored[-1]
    assert not js(qtbot, view, "bhEdit.state().toolbar")  # hidden again
    _wait_on_map(qtbot, window, "patrol_area", areas[0].id)


def test_escape_cancels_the_form_without_writing(qtbot, window):
    before = window.store.last_change_seq()
    form = window.editing.new_incident_here()
    _fill_incident(qtbot, form, "Never saved", _mgrs_in_mission(window))
    assert form.save_button.isEnabled()
    qtbot.keyClick(form.widgets["title"], Qt.Key.Key_Escape)
    assert window.editing.form is None
    assert window.store.last_change_seq() == before
    assert not window.store.query("incident", text="Never saved")


def test_delete_selected_incident_and_undo(qtbot, window):
    table = window.incident_table
    table.view.selectRow(0)
    incident_id = table.model.rows[0][0]
    assert window.editing.selection == ("incident", incident_id)
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.delete_action.trigger()
    assert window.store.get("incident", incident_id).deleted
    assert table.model.row_of(incident_id) is None
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    _wait_on_map(qtbot, window, "incident", incident_id, present=False)
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.undo_action.trigger()
    assert not window.store.get("incident", incident_id).deleted
    assert table.model.row_of(incident_id) is not None
    _wait_on_map(qtbot, window, "incident", incident_id)


def test_dragging_a_unit_records_a_position_report_and_moves_it(qtbot, window):
    view = window.map_view
    positions = window.store.current_positions()
    unit_id, current = next(iter(positions.items()))
    reports = window.store.count("position_report")
    window.editing.drag_action.setChecked(True)
    assert js(qtbot, view, "bhEdit.state().unitDrag")
    lat, lon = round(current.lat + 0.02, 6), round(current.lon + 0.03, 6)
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        js(
            qtbot, view,
            f"(function () {{ var m = bhMap.unitMarker({unit_id!r}); "
            f"m.setLatLng([{lat}, {lon}]); m.fire('dragend'); return true; }})()",
        )  # fmt: skip
    assert window.store.count("position_report") == reports + 1
    now = window.store.current_positions()[unit_id]
    assert (now.lat, now.lon) == pytest.approx((lat, lon), abs=1e-9)
    assert now.method == "manual"

    def unit_on_map() -> list[float]:
        unit = js(qtbot, view, f"bhMap.unit({unit_id!r})")
        return [unit["lat"], unit["lon"]]

    qtbot.waitUntil(lambda: unit_on_map() == pytest.approx([lat, lon], abs=1e-6), timeout=20_000)
    # Undo takes the report back: the unit is where it was.
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.undo_action.trigger()
    assert window.store.current_positions()[unit_id].id == current.id


def test_editing_vertices_of_a_patrol_area_on_the_map(qtbot, window):
    view = window.map_view
    area = window.store.patrol_areas()[0]
    window.editing._select("patrol_area", area.id)
    window.editing.vertices_action.trigger()
    qtbot.waitUntil(lambda: (js(qtbot, view, "bhEdit.state()") or {}).get("editing") is not None)
    first = area.geometry.exterior.coords[0] if area.geometry.geom_type == "Polygon" else None
    assert first is not None
    assert js(qtbot, view, "!!document.querySelector('.bh-edit-bar .bh-edit-save')")
    painted(qtbot, view)  # the handles are drawn before the screenshot
    window.grab().save(str(SCREENSHOTS / "editing-vertices.png"))
    moved = (round(first[1] + 0.01, 6), round(first[0] - 0.01, 6))
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        js(
            qtbot, view,
            "(function () { var poly = bhEdit.editingLayers()[0]; "
            "var marker = poly.editing._verticesHandlers[0]._markers[0]; "
            f"marker.setLatLng([{moved[0]}, {moved[1]}]); marker.fire('drag'); "
            "marker.fire('dragend'); return bhEdit.finishEdit(); })()",
        )  # fmt: skip
    updated = window.store.get("patrol_area", area.id)
    assert (updated.geometry.exterior.coords[0][1], updated.geometry.exterior.coords[0][0]) == (
        pytest.approx(moved, abs=1e-9)
    )
    assert len(updated.geometry.exterior.coords) == len(area.geometry.exterior.coords)
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        window.editing.undo_action.trigger()
    assert window.store.get("patrol_area", area.id).geometry.equals(area.geometry)


def test_coordinate_field_shows_the_other_notations(qtbot):
    field = CoordinateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "33.51, 36.29")
    assert field.position() == (33.51, 36.29)
    echo = field.echo.text()
    assert echo.startswith("37S ") and "33.51000, 36.29000" in echo and "33°30'36.0\"N" in echo
    field.edit.clear()
    qtbot.keyClicks(field.edit, "33°30'36\"N 36°17'24\"E")
    assert field.position() == pytest.approx((33.51, 36.29))
    assert "33.51000, 36.29000" in field.echo.text()
    field.edit.clear()
    qtbot.keyClicks(field.edit, "not a place")
    assert field.position() is None and "could not read" in field.error


def test_form_screenshots(qtbot, window, tmp_path):
    """Every kind's form renders (looked at by a person: out/screenshots/editing-*.png)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for kind in ("incident", "unit", "position_report", "patrol_area", "patrol", "ceasefire_line"):
        form = window.editing.open_form(kind)
        QApplication.processEvents()
        form.grab().save(str(SCREENSHOTS / f"editing-form-{kind}.png"))
        assert not form.save_button.isEnabled() or kind == "position_report"
        form.reject()
    with open_store(window.store.path, readonly=True) as store:
        assert store.stats()["incidents"] == window.store.stats()["incidents"]
