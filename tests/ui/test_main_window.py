"""The main window opens a mission, shows its order of battle, and makes the demo on first run."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import DemoOptions, generate_demo
from app.store import open_store
from app.ui.launch import prepare_qt_environment

prepare_qt_environment()

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from app.ui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.webengine  # every main window holds the map's web view


@pytest.fixture
def small_mission(tmp_path: Path) -> Path:
    path = tmp_path / "mission.db"
    with open_store(path) as store:
        generate_demo(store, DemoOptions(incidents=200))
    return path


def test_opens_a_mission_and_shows_its_units(qtbot, small_mission: Path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_database(small_mission)
    assert window.store is not None
    with open_store(small_mission) as store:
        units = store.stats()["units"]
        roots = [u for u in store.units() if u.parent_id is None]
    model = window.unit_model
    assert model.rowCount() == len(roots) == 1
    total = 0
    stack = [model.invisibleRootItem()]
    while stack:
        item = stack.pop()
        for row in range(item.rowCount()):
            total += 1
            stack.append(item.child(row, 0))
    assert total == units
    qtbot.waitUntil(lambda: window.incident_table.model.total == 200, timeout=10_000)
    assert "incidents shown 200 of 200" in window.counts_label.text()
    assert window.db_label.text() == small_mission.name
    assert window.db_label.toolTip() == str(small_mission.resolve())
    assert str(small_mission.resolve()) in window.recent_databases()


def test_first_start_creates_the_demo_mission(qtbot, tmp_path: Path):
    path = tmp_path / "new" / "mission.db"
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_database(path, create_demo_if_missing=True)
    qtbot.waitUntil(lambda: window.store is not None, timeout=60_000)
    assert window.store.stats()["incidents"] > 0
    assert window.unit_model.rowCount() == 1


def test_a_broken_file_is_reported_and_nothing_opens(qtbot, tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 50)
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.error_shown) as shown:
        window.open_database(junk)
    assert window.store is None
    assert "junk.db" in shown.args[0]
    assert window.findChild(QMessageBox).isVisible()


def test_window_layout_and_recent_missions_are_remembered(qtbot, small_mission: Path):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(701, 503)  # within the offscreen screen (800×600)
    first.open_database(small_mission)
    first.incident_dock.hide()
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.restore_layout()
    assert second.size().width() == 701 and not second.incident_dock.isVisibleTo(second)
    assert second.recent_databases()[0] == str(small_mission.resolve())
