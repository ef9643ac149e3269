"""Starting a mission in the GUI: the start page, New mission, the training demo in its own
file, Mission → Settings with undo, and a first-start window that is mostly map."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from conftest import SCREENSHOTS, open_in_window

from app.demo import DemoOptions
from app.mission import create_mission, demo_path
from app.store import open_store
from app.ui.launch import mission_to_open, prepare_qt_environment

prepare_qt_environment()

from PySide6.QtCore import QRect, Qt  # noqa: E402

from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.mission_settings import ACTIVE, EVENT, KEY, LABEL, SUB  # noqa: E402
from app.ui.window_layout import first_start_layout, map_share  # noqa: E402


def _save(widget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def fresh_window(qtbot):
    """A window as a first start shows it: no mission, the start page."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1229, 691)  # 90 % of 1366×768
    window.show()
    window.missions.show_start_page()
    return window


def test_first_start_shows_the_start_page_and_a_new_mission_opens_empty(
    qtbot, fresh_window: MainWindow, tmp_path: Path
):
    window = fresh_window
    assert window.missions.start_page_shown
    assert not window.incident_dock.isVisible() and not window.layer_dock.isVisible()
    assert window.windowTitle() == "Blue Helmet COP"
    _save(window, "start-page-1366x768.png")

    qtbot.mouseClick(window.missions.start_page.new_button, Qt.MouseButton.LeftButton)
    dialog = window.missions.new_dialog
    assert dialog is not None and dialog.isVisible()
    path = tmp_path / "east.db"
    dialog.name.setText("UNMISS Sector East")
    assert dialog.location.text().endswith("unmiss-sector-east.db")
    dialog.location.setText(str(path))
    dialog.labels.setCurrentIndex(dialog.labels.findData("nato"))
    _save(dialog, "new-mission-dialog.png")
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.store is not None and Path(window.store.path) == path
    assert window.windowTitle() == "UNMISS Sector East — Blue Helmet COP"
    assert not window.missions.start_page_shown and window.incident_dock.isVisible()
    assert all(v == 0 for v in window.store.stats().values())
    assert window.store.classifications[1] == "NATO RESTRICTED"
    assert str(path) in window.recent_databases()


def test_new_mission_refuses_an_existing_file(qtbot, fresh_window: MainWindow, tmp_path: Path):
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"")
    dialog = fresh_window.missions.new_mission()
    dialog.name.setText("X")
    dialog.location.setText(str(taken))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "already exists" in dialog.problem.text()
    dialog.name.setText(" ")
    dialog.location.setText(str(tmp_path / "free.db"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert "name" in dialog.problem.text() and fresh_window.store is None


def test_recent_missions_open_from_the_start_page(qtbot, fresh_window: MainWindow, tmp_path):
    path = tmp_path / "west.db"
    create_mission(path, name="Sector West")
    fresh_window.settings.setValue("recentDatabases", [str(path), str(tmp_path / "gone.db")])
    fresh_window.missions.show_start_page()
    recent = fresh_window.missions.start_page.recent
    assert recent.count() == 1 and "Sector West" in recent.item(0).text()
    with qtbot.waitSignal(fresh_window.map_view.map_ready, timeout=60_000):
        recent.itemActivated.emit(recent.item(0))
    assert fresh_window.windowTitle().startswith("Sector West")
    # The next start opens the last mission instead of the start page.
    assert mission_to_open(tmp_path / "none.db", [str(path)], explicit=False) == path
    assert mission_to_open(tmp_path / "none.db", [str(path)], explicit=True) is None


def test_the_training_demo_is_written_to_its_own_file(
    qtbot, fresh_window: MainWindow, monkeypatch: pytest.MonkeyPatch
):
    import app.ui.missions as missions

    small = functools.partial(missions.create_training_demo, options=DemoOptions(incidents=150))
    monkeypatch.setattr(missions, "create_training_demo", small)
    with qtbot.waitSignal(fresh_window.map_view.map_ready, timeout=60_000):
        qtbot.mouseClick(fresh_window.missions.start_page.demo_button, Qt.MouseButton.LeftButton)
    store = fresh_window.store
    assert store is not None and Path(store.path) == demo_path()
    assert fresh_window.windowTitle().startswith("TRAINING — FICTIONAL DATA")
    assert store.stats()["incidents"] == 150
    # Never into the user's default mission database.
    from app.paths import default_db_path

    assert not default_db_path().exists()


@pytest.fixture
def mission_window(qtbot, tmp_path: Path):
    path = tmp_path / "east.db"
    create_mission(path, name="UNMISS Sector East")
    return open_in_window(qtbot, path, size=(1229, 691))


def test_mission_settings_are_saved_and_undone(qtbot, mission_window: MainWindow):
    window = mission_window
    dialog = window.missions.open_settings()
    assert dialog is not None
    dialog.name.setText("UNMISS Sector East (Malakal)")
    dialog.parties.setPlainText("SSPDF\nSPLA-IO")
    dialog.box.setText("31, 8.5, 32.5, 10.5")
    dialog._use_box()
    row = dialog.add_category_row()
    dialog.table.item(row, KEY).setText("cattle_raid")
    dialog.table.item(row, LABEL).setText("Cattle raid")
    event = dialog.table.cellWidget(row, EVENT)
    event.setCurrentIndex(event.findData("Violence against civilians"))
    sub = dialog.table.cellWidget(row, SUB)
    sub.setCurrentIndex(sub.findData("Attack"))
    crime = dialog.row_of("crime")
    dialog.table.item(crime, ACTIVE).setCheckState(Qt.CheckState.Unchecked)
    dialog.tabs.setCurrentIndex(2)
    _save(dialog, "mission-settings-categories.png")
    dialog.tabs.setCurrentIndex(0)
    _save(dialog, "mission-settings-general.png")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()

    store = window.store
    from app.store.settings import read_snapshot

    after = read_snapshot(store)
    assert after.settings.parties == ("SSPDF", "SPLA-IO")
    assert after.settings.area_bounds() == (31.0, 8.5, 32.5, 10.5)
    assert after.category("cattle_raid").acled_sub_event_type == "Attack"
    assert after.category("crime").active is False
    assert window.windowTitle() == "UNMISS Sector East (Malakal) — Blue Helmet COP"
    assert any(c.kind == "mission" for c in store.changes_since(0))

    window.editing.undo()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("UNMISS Sector East —"))
    undone = read_snapshot(store)
    assert undone.settings.parties == () and undone.category("cattle_raid") is None
    assert undone.category("crime").active is True
    window.editing.redo()
    assert read_snapshot(store) == after
    assert store.check().healthy


def test_a_refused_settings_change_keeps_the_dialog_open(qtbot, mission_window: MainWindow):
    dialog = mission_window.missions.open_settings()
    dialog.parties.setPlainText("SSPDF\nsspdf")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "twice" in dialog.problem.text()
    dialog.parties.setPlainText("")
    dialog.labels.setText("")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "labels" in dialog.problem.text()
    assert mission_window.editing.stack.count() == 0


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_first_start_window_is_mostly_map(qtbot, mission: Path, width: int, height: int):
    """The map takes ≥ 60 % of the window; the details dock waits narrow for a selection."""
    with open_store(mission) as store:
        from app.mission import MissionEditor

        MissionEditor(store).set("name", "UN Demo Monitoring Force")
    window = MainWindow()
    qtbot.addWidget(window)
    first_start_layout(window, window.session, QRect(0, 0, width, height))
    window.show()
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.open_database(mission)
    qtbot.waitUntil(lambda: window.incident_table.model.total > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not window.analysis_dock.isVisible())  # docks sized after the show
    assert (window.width(), window.height()) == (int(width * 0.9), int(height * 0.9))
    assert map_share(window) >= 0.6, map_share(window)
    details = window.details_dock
    assert not details.isVisible() or details.width() <= 0.1 * window.width()
    assert window.incident_dock.height() >= 0.15 * window.height()  # plus its tab bar
    _save(window, f"window-first-start-{width}x{height}.png")
    window._incident_selected(window.incident_table.model.rows[0][0])
    qtbot.waitUntil(lambda: details.isVisible() and details.width() >= 0.15 * window.width())
    _save(window, f"window-selected-{width}x{height}.png")


def test_the_map_follows_resizes_until_the_user_moves_it(qtbot, window):
    from conftest import js
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    follow = window.missions.follow_extent
    assert follow.following
    qtbot.waitUntil(lambda: follow.fits == 1)  # once on the page's first show
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: follow.fits == 2)
    (south, west), (north, east) = js(qtbot, window.map_view, "BH_CONFIG.bounds")
    view = js(qtbot, window.map_view, "bhMap.view()")
    assert view["south"] <= south and view["west"] <= west
    assert view["north"] >= north and view["east"] >= east
    # The user takes the map somewhere: from then on a resize leaves the map where it is.
    proxy = window.map_view.focusProxy()
    QTest.mousePress(proxy, Qt.MouseButton.LeftButton, pos=QPoint(60, 60))
    QTest.mouseRelease(proxy, Qt.MouseButton.LeftButton, pos=QPoint(60, 60))
    assert not follow.following
    width = window.map_view.width()
    window.resize(1500, 950)
    qtbot.waitUntil(lambda: window.map_view.width() != width)
    assert not follow.timer.isActive() and follow.fits == 2
    # View → Zoom to mission follows the extent again.
    zoom = next(a for a in window.findChildren(type(window.missions.new_action))
                if a.shortcut().toString() == "Ctrl+0")  # fmt: skip
    zoom.trigger()
    assert follow.following


def test_a_first_start_on_the_start_page_lays_out_the_mission_it_opens(qtbot, tmp_path: Path):
    path = tmp_path / "east.db"
    create_mission(path, name="UNMISS Sector East")
    window = MainWindow()
    qtbot.addWidget(window)
    first_start_layout(window, window.session, QRect(0, 0, 1366, 768))
    window.show()
    window.missions.show_start_page()
    assert not window.incident_dock.isVisible()
    with qtbot.waitSignal(window.map_view.map_ready, timeout=60_000):
        window.open_database(path)
    qtbot.waitUntil(lambda: not window.analysis_dock.isVisible())
    assert window.incident_dock.isVisible() and window.layer_dock.isVisible()
    assert map_share(window) >= 0.6, map_share(window)
