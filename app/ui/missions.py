"""Which mission the window shows: the start page, File → New mission…, the training demo,
Mission → Settings…, and the window title naming the open mission.

``install_missions(...)`` puts a start page beside the map in the window's centre, adds the
menu entries, and follows the session's ``opened`` to name the mission in the title bar. It is
given the window as a plain ``QMainWindow`` (its centre, menus and docks), the few operations on
mission files it offers (``MissionFiles``), the session, the dialog service and the editing
controller; it does not import the main window. The work itself is done by ``app.mission``
(plain Python); long work runs through ``app.ui.workers``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app.errors import AppError
from app.mission import create_mission, create_training_demo, demo_path, marked_title
from app.store import MissionTarget, is_database_url, open_store, shown_target
from app.ui import workers
from app.ui.mission_settings import MissionSettingsCommand, MissionSettingsDialog
from app.ui.start_page import NewMissionDialog, StartPage

if TYPE_CHECKING:
    from app.ui.dialogs import Dialogs
    from app.ui.editing.controller import EditingController
    from app.ui.map_view import MapView
    from app.ui.session import Session
    from app.ui.window_layout import FollowExtent

log = logging.getLogger(__name__)
APP_TITLE = "Blue Helmet COP"


def window_title(store) -> str:  # type: ignore[no-untyped-def]
    """The title bar: the mission first (training marked), then the application."""
    return f"{marked_title(store)} — {APP_TITLE}"


class MissionFiles(Protocol):
    """What the start page offers of the window's own work on mission files."""

    def choose_database(self) -> None:
        """Ask for a mission file and open it."""

    def open_database(self, target: MissionTarget) -> None:
        """Open the mission at ``target``, a file or a headquarters database address (an error
        is shown to the user, not raised)."""

    def recent_databases(self) -> list[str]:
        """Paths of the missions opened lately, newest first."""


class MissionController(QObject):
    """The start page and the mission-level menu entries of one main window."""

    #: The mission's settings changed (an edit, its undo or redo): views that show them re-read.
    settings_changed = Signal()

    def __init__(
        self,
        window: QMainWindow,
        files: MissionFiles,
        session: Session,
        dialogs: Dialogs,
        editing: EditingController,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.session = session
        self.dialogs = dialogs
        self.editing = editing
        self.new_dialog: NewMissionDialog | None = None
        self.settings_dialog: MissionSettingsDialog | None = None
        self._task: workers.Task | None = None
        self._hidden_docks: list[QDockWidget] = []
        self.follow_extent: FollowExtent | None = None

        # The centre becomes a stack: the start page, or the map as it was.
        self.stack = QStackedWidget()
        map_page = window.takeCentralWidget()
        assert map_page is not None  # the window is built with its map in the centre
        self.map_page: QWidget = map_page
        self.start_page = StartPage()
        # Scrolls rather than setting the window's minimum width on a small screen.
        self.start_scroll = QScrollArea()
        self.start_scroll.setWidgetResizable(True)
        self.start_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.start_scroll.setWidget(self.start_page)
        self.stack.addWidget(self.map_page)
        self.stack.addWidget(self.start_scroll)
        window.setCentralWidget(self.stack)
        page = self.start_page
        page.new_requested.connect(self.new_mission)
        page.open_requested.connect(files.choose_database)
        page.demo_requested.connect(self.open_demo)
        page.recent_chosen.connect(
            lambda path: files.open_database(path if is_database_url(path) else Path(path))
        )
        session.opened.connect(self._opened)
        editing.edited.connect(
            lambda command: (
                self._settings_edited() if isinstance(command, MissionSettingsCommand) else None
            )
        )
        self._build_menus()

    # --- menus ----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        window = self.window
        file_menu = window.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        first = file_menu.actions()[0] if file_menu.actions() else None
        self.new_action = QAction(
            self.tr("&New mission…"), window, shortcut=QKeySequence("Ctrl+Shift+N")
        )
        self.new_action.triggered.connect(self.new_mission)
        self.demo_action = QAction(self.tr("Open the &training demo"), window)
        self.demo_action.triggered.connect(self.open_demo)
        self.start_action = QAction(self.tr("&Start page"), window)
        self.start_action.triggered.connect(self.show_start_page)
        # File: New mission…, Open mission…, Open the training demo, Start page, then the rest.
        _insert_before(file_menu, first, self.new_action)
        actions = file_menu.actions()
        after_open = actions[actions.index(first) + 1] if first in actions[:-1] else None
        _insert_before(file_menu, after_open, self.demo_action)
        _insert_before(file_menu, after_open, self.start_action)
        if after_open is not None:
            file_menu.insertSeparator(after_open)

        self.mission_menu = QMenu(self.tr("&Mission"), window)
        self.mission_menu.setObjectName("missionMenu")
        self.settings_action = QAction(self.tr("&Settings…"), window)
        self.settings_action.triggered.connect(self.open_settings)
        self.mission_menu.addAction(self.settings_action)
        bar = window.menuBar()
        # Found by name, not by its text (which is translated).
        view = next(
            (a for a in bar.actions() if a.menu() and a.menu().objectName() == "viewMenu"), None
        )
        if view is None:
            bar.addMenu(self.mission_menu)
        else:
            bar.insertMenu(view, self.mission_menu)
        self.mission_menu.aboutToShow.connect(
            lambda: self.settings_action.setEnabled(self.session.store is not None)
        )

    # --- start page -------------------------------------------------------------------------------

    def show_start_page(self) -> None:
        """Show the start page in place of the map (docks hidden until a mission opens)."""
        self.start_page.set_recent(self.recent_missions())
        if self.stack.currentWidget() is not self.start_scroll:
            self._hidden_docks = [d for d in self.window.findChildren(QDockWidget) if d.isVisible()]
            for dock in self._hidden_docks:
                dock.hide()
            self.stack.setCurrentWidget(self.start_scroll)
        if self.session.store is None:
            self.window.setWindowTitle(APP_TITLE)

    @property
    def start_page_shown(self) -> bool:
        return self.stack.currentWidget() is self.start_scroll

    def recent_missions(self) -> list[tuple[str, str]]:
        """(path, title) of recent missions still on disk, newest first."""
        found = []
        for path in self.files.recent_databases():
            if is_database_url(path):  # kept without its password; not opened just to list it
                found.append((path, shown_target(path)))
                continue
            if not Path(path).is_file():
                continue
            try:
                with open_store(path, readonly=True) as store:
                    found.append((path, marked_title(store)))
            except AppError:
                continue
        return found

    def _opened(self) -> None:
        store = self.session.store
        if store is not None:
            self.window.setWindowTitle(window_title(store))
        if self.stack.currentWidget() is self.start_scroll:
            self.stack.setCurrentWidget(self.map_page)
            for dock in self._hidden_docks:
                dock.show()
            self._hidden_docks = []

    # --- new, demo ------------------------------------------------------------------------------

    def new_mission(self) -> NewMissionDialog:
        """Ask for name, labels and file (window-modal, not blocking); create and open it."""
        dialog = NewMissionDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create(dialog))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _create(self, dialog: NewMissionDialog) -> None:
        try:
            name, labels, path = dialog.values()
            create_mission(path, name=name, labels=labels)
        except AppError as exc:
            self.dialogs.error(exc)
            return
        self.files.open_database(path)
        message = self.tr(
            "Mission {name} created in {path}. Next: Mission → Settings… (area, parties), "
            "File → Import… (ORBAT, areas, lines)."
        )
        self.dialogs.status(message.format(name=name, path=path), 15000)

    def open_demo(self) -> None:
        """The training demo from its own file in the data folder (written on first use)."""
        path = demo_path()
        if path.exists():
            self.files.open_database(path)
            return
        dialog = QProgressDialog(
            self.tr("Writing the training demo…"), self.tr("Cancel"), 0, 100, self.window
        )
        dialog.setWindowTitle(self.tr("Training demo"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def done(result: Path) -> None:
            dialog.reset()
            self.files.open_database(result)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            self.dialogs.error(exc)

        def moved(done_count: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done_count)

        self._task = workers.start(
            lambda progress: create_training_demo(path, progress=progress),
            result=done, error=failed, progress=moved,
        )  # fmt: skip
        dialog.canceled.connect(self._task.cancel)

    # --- settings ---------------------------------------------------------------------------------

    def open_settings(self) -> MissionSettingsDialog | None:
        store = self.session.store
        if store is None:
            self.dialogs.error(AppError(self.tr("open a mission first: File → Open mission…")))
            return None
        dialog = MissionSettingsDialog(store, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.buttons.accepted.connect(lambda: self._save_settings(dialog))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _save_settings(self, dialog: MissionSettingsDialog) -> None:
        """Write what the dialog says as one undoable edit; a refusal keeps the dialog open."""
        editing = self.editing
        try:
            editing.editor()  # binds the undo stack to this mission before the push
            command = MissionSettingsCommand(
                dialog.editor, dialog.snapshot(), on_error=self.dialogs.error
            )
            edit = command.execute()
        except AppError as exc:
            dialog.show_problem(exc.message)
            return
        dialog.accept()
        if edit.changed:
            editing.stack.push(command)  # the controller refreshes the window after it
            message = self.tr("Mission settings saved ({changes}). Ctrl+Z takes it back.")
            self.dialogs.status(message.format(changes=edit.describe()), 8000)

    def _settings_edited(self) -> None:
        """After a settings edit, undo or redo: the title here, the rest where it shows."""
        store = self.session.store
        if store is None:
            return
        self.window.setWindowTitle(window_title(store))
        self.settings_changed.emit()


def install_missions(
    window: QMainWindow,
    files: MissionFiles,
    session: Session,
    dialogs: Dialogs,
    editing: EditingController,
    map_view: MapView,
) -> MissionController:
    """The start page and mission menus in ``window``, whose map follows the mission's extent."""
    from app.ui.window_layout import FollowExtent, compact_docks

    compact_docks(window)
    controller = MissionController(window, files, session, dialogs, editing)
    controller.follow_extent = FollowExtent(map_view, controller)
    zoom = next((a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+0"),
                None)  # fmt: skip
    if zoom is not None:  # View → Zoom to mission: follow the extent again
        zoom.triggered.connect(controller.follow_extent.follow)
    return controller


__all__ = ["MissionController", "MissionFiles", "install_missions", "window_title"]


def _insert_before(menu: QMenu, before: QAction | None, action: QAction) -> None:
    """``action`` into ``menu`` before ``before``, or at the end when there is none."""
    if before is None:
        menu.addAction(action)
    else:
        menu.insertAction(before, action)
