"""Place names in the window: Ctrl+G takes the map to a town, an MGRS reference or a position;
town labels appear at operational zoom; the incident form takes a place name as its location."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from webpages import js

from app.places import distance_km

pytestmark = pytest.mark.webengine
SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


@pytest.fixture
def world_places(gazetteer_folder: Path, _isolated_user_data: Path) -> Path:
    """The test's data folder sees the GeoNames index built once for the session."""
    (_isolated_user_data / "gazetteer").symlink_to(gazetteer_folder / "gazetteer")
    return _isolated_user_data


def view_of(qtbot, window) -> dict:
    return js(qtbot, window.map_view, "bhMap.view()")


def centre(view: dict) -> tuple[float, float]:
    return (view["south"] + view["north"]) / 2, (view["west"] + view["east"]) / 2


def go_to(qtbot, window, text: str):
    action = window.gazetteer.action
    assert action.shortcut().toString() == "Ctrl+G"
    action.trigger()
    dialog = window.gazetteer.dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.edit
    qtbot.keyClicks(dialog.edit, text)
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10_000)
    return dialog


def test_ctrl_g_takes_the_map_to_a_town_with_its_label(qtbot, world_places, window):
    dialog = go_to(qtbot, window, "bangui")
    first = dialog.results.item(0).text()
    assert first.startswith("Bangui, Central African Republic · pop. 812,407")
    assert dialog.results.count() >= 2  # the Philippines' Bangui is listed too
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "go-to-dialog.png"))
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    def arrived() -> bool:
        view = view_of(qtbot, window)
        return view["zoom"] == 11 and distance_km(centre(view), (4.3612, 18.555)) < 2

    qtbot.waitUntil(arrived, timeout=10_000)
    qtbot.waitUntil(
        lambda: "Bangui" in js(qtbot, window.map_view, "bhPlaces.state()")["names"],
        timeout=10_000,
    )
    state = js(qtbot, window.map_view, "bhPlaces.state()")
    assert state["visible"] and state["count"] > 3
    assert distance_km((state["mark"]["lat"], state["mark"]["lon"]), (4.3612, 18.555)) < 0.01
    labels = js(qtbot, window.map_view,
                "Array.from(document.querySelectorAll('.bh-place-label span'))"
                ".map(function (e) { return e.textContent; })")  # fmt: skip
    assert "Bangui" in labels
    assert "Went to Bangui, Central African Republic" in window.statusBar().currentMessage()
    window.grab().save(str(SCREENSHOTS / "go-to-bangui-map.png"))
    # Zoomed out past operational zoom, the labels go.
    window.map_view.call("setView", 4.36, 18.55, 5)
    qtbot.waitUntil(
        lambda: not js(qtbot, window.map_view, "bhPlaces.state()")["visible"], timeout=10_000
    )


def test_ctrl_g_takes_an_mgrs_reference(qtbot, world_places, window):
    dialog = go_to(qtbot, window, "34N CN 10000 80000")
    assert dialog.results.item(0).text().startswith("position")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view_of(qtbot, window)["zoom"] == 11, timeout=10_000)
    from app.domain.coords import parse_coordinate

    assert distance_km(centre(view_of(qtbot, window)), parse_coordinate("34N CN 10000 80000")) < 1


def test_incident_form_takes_a_place_name_as_location(qtbot, world_places, window):
    window.editing.new_incident_action.trigger()
    form = window.editing.form
    qtbot.keyClicks(form.widgets["title"], "Roadblock at the market")
    category = form.widgets["category"]
    category.setFocus()
    qtbot.keyClicks(category, "Ceasefire")
    location = form.widgets["location"]
    location.edit.clear()
    qtbot.keyClicks(location.edit, "MBRES")  # Mbrés, without its accent
    assert location.echo.text().startswith("Mbrés, Central African Republic")
    assert form.save_button.isEnabled(), form.problems
    with qtbot.waitSignal(window.editing.edited, timeout=10_000):
        qtbot.keyClick(form.widgets["title"], Qt.Key.Key_Return)
    (saved,) = [i for i in window.store.query("incident", text="Roadblock at the market")]
    assert distance_km((saved.lat, saved.lon), (6.6667, 19.8)) < 1


def test_demo_towns_are_labelled_fictional_at_operational_zoom(qtbot, world_places, window):
    town = next(p for p in window.gazetteer.finder.mission.places if p.kind == "town")
    window.map_view.call("setView", town.lat, town.lon, 9)

    def labelled() -> list[str]:
        return js(qtbot, window.map_view,
                  "Array.from(document.querySelectorAll('.bh-place-label.bh-fictional span'))"
                  ".map(function (e) { return e.textContent; })")  # fmt: skip

    qtbot.waitUntil(lambda: f"{town.name} (fictional)" in labelled(), timeout=10_000)
    window.grab().save(str(SCREENSHOTS / "demo-town-labels.png"))
