"""File → Import ORBAT…: units and their hierarchy from an Excel or CSV order of battle.

The import runs off the GUI thread with its own SQLite connection (``app.interop.orbat``); its
summary line goes to the window like any other import, and the unit tree and map refresh.
Dropped ``.xlsx`` files come here as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from app.errors import AppError
from app.ui import workers

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

ORBAT_FILTER = "ORBAT spreadsheets (*.xlsx *.csv);;All files (*)"


def orbat_action(window: MainWindow) -> QAction:
    """The menu action (Ctrl+Shift+O) that asks for a file and imports it."""
    action = QAction("Import &ORBAT…", window, shortcut="Ctrl+Shift+O")
    action.setStatusTip("Units and their hierarchy from an Excel or CSV order of battle")
    action.triggered.connect(lambda: choose_orbat(window))
    return action


def choose_orbat(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(window, "Import ORBAT", "", ORBAT_FILTER)
    if name:
        import_orbat_file(window, Path(name))


def import_orbat_file(window: MainWindow, path: Path) -> workers.Task | None:
    """Import ``path`` into the open mission in the background; report like File → Import."""
    if window.store is None:
        window.show_error(AppError("open a mission before importing an ORBAT"))
        return None
    db_path = Path(window.store.path)

    def work(_progress: workers.Progress) -> str:
        from app.interop.orbat import import_orbat
        from app.store import open_store

        with open_store(db_path) as store:
            return import_orbat(store, path).describe()

    window.statusBar().showMessage(f"Importing the ORBAT {path.name}…")
    task = workers.start(
        work,
        result=lambda text: window.imports_finished([text], [], 0),
        error=window.show_error,
    )
    window.orbat_task = task  # type: ignore[attr-defined]  # kept alive until it reports
    return task
