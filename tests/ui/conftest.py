"""Fixtures for GUI tests: a small real mission and a main window whose map has drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from webpages import js  # noqa: F401  (test modules import it from here)

from app.demo import DemoOptions, generate_demo
from app.store import open_store
from app.ui.launch import prepare_qt_environment

prepare_qt_environment()

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default demo mission, generated once per test session."""
    path = tmp_path_factory.mktemp("demo") / "template.db"
    with open_store(path) as store:
        generate_demo(store, DemoOptions())
    return path


@pytest.fixture
def mission(tmp_path: Path, demo_template: Path) -> Path:
    """A private copy of the demo mission (SQLite backup API, never a file copy)."""
    import sqlite3

    path = tmp_path / "mission.db"
    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    return path


def open_in_window(qtbot, target, *, size=(1500, 950), dialogs=None):  # type: ignore[no-untyped-def]
    """A main window, shown, with this mission open and its map drawn."""
    from app.ui.main_window import MainWindow

    win = MainWindow(dialogs=dialogs)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    with qtbot.waitSignal(win.map_view.map_ready, timeout=60_000):
        win.open_database(target)
    return win


@pytest.fixture
def window(qtbot, mission: Path):
    from fakes import ScriptedDialogs

    from app.ui.interop_dialogs import ImportPreviewDialog

    dialogs = ScriptedDialogs()
    # A drop or File → Import shows what would come in first; tests say Import unless they
    # look at the preview themselves (they replace this answer).
    dialogs.by_class[ImportPreviewDialog] = lambda _dialog: True
    win = open_in_window(qtbot, mission, dialogs=dialogs)
    # The incident table fills right after the map reports that it has painted.
    qtbot.waitUntil(lambda: win.incident_table.model.total > 0, timeout=20_000)
    return win


@pytest.fixture(autouse=True)
def _no_background_place_index(monkeypatch: pytest.MonkeyPatch):
    """Map labels do not index the world's place names in every test window (10 s each);
    tests of the gazetteer link the index built once per run (``gazetteer_folder``)."""
    from app.ui.gazetteer import PlaceFinder

    monkeypatch.setattr(PlaceFinder, "labels_build_index", False)


@pytest.fixture(scope="session", autouse=True)
def _delete_windows_before_exit():
    """Delete every window while Qt still runs: a web page outliving its profile at interpreter
    exit crashes the process after the tests have passed."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
