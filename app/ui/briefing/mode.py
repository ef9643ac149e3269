"""Briefing mode: the picture full screen on the briefing display, legible from the back.

With one screen, the main window itself goes full screen on it with the briefing theme, its
docks, menu bar and status bar hidden; Esc or F11 leaves and restores the layout exactly as
it was. With two screens, the operator keeps the working window and a second top-level window
(``MirrorWindow``, its own ``MapView`` on the same mission) goes full screen on the chosen
screen and follows the main map's extent, layers, filter and time window.

While briefing, with the docks out of sight, keys drive the brief: 1–9 recall saved views,
Page Down / Page Up the next and previous view, Space plays or pauses the time slider, Right /
Left move its window by its own length, Esc or F11 leave.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QInputDialog, QVBoxLayout, QWidget

from app.picture import IncidentFilter
from app.ui.map_view import MapView


class MirrorWindow(QWidget):
    """A second window showing the same picture on the briefing display."""

    closed = Signal()

    def __init__(
        self,
        db_path: Path,
        *,
        title: str,
        visible: dict[str, bool],
        bounds: tuple[tuple[float, float], tuple[float, float]] | None,
        incident_filter: IncidentFilter,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("{title} — briefing display").format(title=title))
        self.setStyleSheet("background: black;")
        self.map_view = MapView(self)
        self.map_view.incident_filter = incident_filter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.map_view)
        page: dict[str, Any] = {"visible": visible, "briefing": True}
        if bounds is not None:
            page["bounds"] = bounds
        self.map_view.show_mission(db_path, title=title, **page)

    def follow(self, view: dict[str, Any]) -> None:
        """Show at least the main map's extent (the screens may differ in shape)."""
        try:
            south, west = float(view["south"]), float(view["west"])
            north, east = float(view["north"]), float(view["east"])
        except (KeyError, TypeError, ValueError):
            return
        self.map_view.fit_bounds(south, west, north, east)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


class BriefingMode(QObject):
    """Enters and leaves briefing mode for one main window; see the module docstring."""

    changed = Signal(bool)

    def __init__(self, window: Any, controller: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.active = False
        self.mirror: MirrorWindow | None = None
        self.screen: QScreen | None = None
        self._saved: dict[str, Any] = {}
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self.leave)
        # The briefer's keys while the docks are hidden (off otherwise: the map, the table
        # and the text fields keep their own use of these keys).
        timeline, views = controller.timeline, controller.views
        self._keys: list[QShortcut] = []
        for key, slot in (
            (Qt.Key.Key_Space, timeline.toggle_playing),
            (Qt.Key.Key_Right, lambda: timeline.step_window(+1)),
            (Qt.Key.Key_Left, lambda: timeline.step_window(-1)),
            (Qt.Key.Key_PageDown, views.next_view),
            (Qt.Key.Key_PageUp, views.previous_view),
        ):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
            shortcut.activated.connect(slot)
            self._keys.append(shortcut)

    # --- screens ----------------------------------------------------------------------------

    def choose_screen(self) -> QScreen | None:
        """The briefing display: asked when there are several screens, else the only one."""
        screens = QGuiApplication.screens()
        if len(screens) <= 1:
            return screens[0] if screens else None
        current = self.window.screen()
        others = [s for s in screens if s is not current] or screens
        names = [f"{s.name()} ({s.size().width()}×{s.size().height()})" for s in screens]
        default = screens.index(others[0])
        choice, ok = QInputDialog.getItem(
            self.window,
            self.tr("Briefing mode"),
            self.tr("Show the briefing on:"),
            names,
            default,
            False,
        )
        return screens[names.index(choice)] if ok else None

    # --- enter and leave --------------------------------------------------------------------

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self, screen: QScreen | None = None, *, mirror: bool | None = None) -> bool:
        """Start briefing mode on ``screen`` (asked for when None); a mirror window when the
        briefing screen is not the one the main window is on, or when ``mirror`` says so."""
        if self.active:
            return True
        if screen is None:
            screen = self.choose_screen()
            if screen is None:
                return False
        if mirror is None:
            mirror = len(QGuiApplication.screens()) > 1 and screen is not self.window.screen()
        if mirror and self.window.store is None:
            mirror = False
        self.screen = screen
        self._saved = {"theme": self.controller.theme}
        if mirror:
            self._enter_mirror(screen)
        else:
            self._enter_single(screen)
        self.active = True
        self._escape.setEnabled(True)
        for shortcut in self._keys:
            shortcut.setEnabled(True)
        self.controller.set_theme("briefing")
        self.controller.briefing_furniture(True)
        self.changed.emit(True)
        return True

    def _enter_single(self, screen: QScreen) -> None:
        w = self.window
        self._saved.update(
            state=w.saveState(),
            geometry=w.saveGeometry(),
            maximized=w.isMaximized(),
            full=w.isFullScreen(),
            menu=w.menuBar().isVisible(),
            status=w.statusBar().isVisible(),
        )
        # Focus to the map first: a hidden dock hands focus on, and the unit tree takes it by
        # selecting its first unit (which would pan the map away from the briefer's view).
        w.map_view.setFocus()
        w.menuBar().hide()
        w.statusBar().hide()
        for dock in self.controller.docks():
            dock.hide()
        handle = w.windowHandle()
        if handle is not None and handle.screen() is not screen:
            handle.setScreen(screen)
            w.setGeometry(screen.geometry())
        w.showFullScreen()

    def _enter_mirror(self, screen: QScreen) -> None:
        w = self.window
        assert w.store is not None
        view = self.controller.last_view
        bounds = None
        if view:
            bounds = ((view["south"], view["west"]), (view["north"], view["east"]))
        mirror = MirrorWindow(
            Path(w.store.path),
            title=self.controller.title(),
            visible=w.layer_panel.visible_layers(),
            bounds=bounds,
            incident_filter=w.map_view.incident_filter,
        )
        mirror.map_view.map_ready.connect(lambda _info: self.controller.sync_mirror())
        mirror.closed.connect(self._mirror_closed)
        self.mirror = mirror
        mirror.setGeometry(screen.geometry())
        mirror.show()
        handle = mirror.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        mirror.setGeometry(screen.geometry())
        mirror.showFullScreen()

    def leave(self) -> None:
        """Back to the working layout exactly as it was."""
        if not self.active:
            return
        self.active = False
        self._escape.setEnabled(False)
        for shortcut in self._keys:
            shortcut.setEnabled(False)
        w = self.window
        if self.mirror is not None:
            mirror, self.mirror = self.mirror, None
            mirror.closed.disconnect(self._mirror_closed)
            mirror.close()
            mirror.deleteLater()
        else:
            saved = self._saved
            if saved.get("full"):
                w.showFullScreen()
            elif saved.get("maximized"):
                w.showMaximized()
            else:
                w.showNormal()
            if isinstance(saved.get("geometry"), QByteArray) and not saved.get("full"):
                w.restoreGeometry(saved["geometry"])
            if isinstance(saved.get("state"), QByteArray):
                w.restoreState(saved["state"])
            w.menuBar().setVisible(bool(saved.get("menu", True)))
            w.statusBar().setVisible(bool(saved.get("status", True)))
        self.controller.briefing_furniture(False)
        self.controller.set_theme(self._saved.get("theme", "day"))
        self.changed.emit(False)

    def _mirror_closed(self) -> None:
        # The briefer closed the display window itself (Alt+F4 on that screen).
        self.mirror = None
        if self.active:
            self.leave()
