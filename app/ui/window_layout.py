"""The window's first-start layout: a common operating picture is mostly map.

On a first start (no saved layout) the window takes 90 % of the available screen (and is
maximised where a window manager does that). The layer and unit docks share one narrow column
on the left, the incident table a short strip at the bottom, and the details dock on the right
stays narrow until something is selected (under 1500 px of width it waits hidden, so the
incident table keeps its rows); analysis and saved views open from their menus. The map gets
at least 60 % of the window's area at 1366×768 as at 1920×1080. Once the user rearranges
docks, their saved layout wins.

The layout is given the window as a plain ``QMainWindow`` and finds its docks by the object
names they are saved under (``layerDock``, ``unitDock``, ``incidentDock``, ``detailsDock``…);
it does not import the main window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

from app.ui.details import DetailsPanel
from app.ui.map_view import MapView
from app.ui.session import Session

#: Share of the available screen a first window takes (when not maximised).
SCREEN_SHARE = 0.9
#: Shares of the window width and height the docks get on a first start.
LEFT_SHARE, RIGHT_NARROW_SHARE, RIGHT_WIDE_SHARE, BOTTOM_SHARE = 0.13, 0.06, 0.2, 0.2
#: Seconds after a resize or a fit in which the map's own moves are expected.
QUIET_S = 0.6
#: From this window width the details dock shows (narrow) before anything is selected.
WIDE_WINDOW = 1500


def compact_docks(window: QMainWindow) -> None:
    """Let every dock shrink below its panel's natural minimum (the panel scrolls instead), so
    that docks never squeeze the map or push the window wider than a small screen."""
    for dock in window.findChildren(QDockWidget):
        content = dock.widget()
        if content is None or isinstance(content, QScrollArea):
            continue
        area = QScrollArea()
        area.setObjectName(f"{dock.objectName()}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(content)
        dock.setWidget(area)


def available_geometry(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def first_start_layout(
    window: QMainWindow, session: Session, available: QRect | None = None
) -> None:
    """Size and place the window and its docks for a first start on ``available``; the docks
    are sized once ``session`` has a mission open (the start page hides them until then)."""
    area = available or available_geometry(window)
    width, height = int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE)
    window.resize(width, height)
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
    if window.isVisible() and session.store is not None:
        size_docks(window, width, height)
        return

    # Once a mission shows (the start page hides the docks until then) and the first show
    # has placed the docks (the time slider tabs in then).
    # Queued: the window finishes showing the mission before the docks are sized.
    def size_when_opened() -> None:
        session.opened.disconnect(size_when_opened)
        QTimer.singleShot(0, lambda: size_docks(window, width, height))

    session.opened.connect(size_when_opened)


def _dock(window: QMainWindow, name: str) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    assert dock is not None, name  # the main window builds every dock the layout names
    return dock


def size_docks(window: QMainWindow, width: int, height: int) -> None:
    """Dock sizes in proportion to a window of ``width`` × ``height``."""
    layer_dock, unit_dock = _dock(window, "layerDock"), _dock(window, "unitDock")
    incident_dock, details_dock = _dock(window, "incidentDock"), _dock(window, "detailsDock")
    left = max(160, int(width * LEFT_SHARE))
    narrow = max(80, int(width * RIGHT_NARROW_SHARE))
    bottom = max(120, int(height * BOTTOM_SHARE))
    if not unit_dock.isFloating() and not layer_dock.isFloating():
        window.tabifyDockWidget(layer_dock, unit_dock)
        layer_dock.raise_()
    # Analysis, saved views and live feeds wait in the View and Analysis menus (running an
    # analysis shows its dock): on the right, the details dock alone can stay narrow.
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in ("analysisDock", "savedViewsDock", "feedsDock"):
            dock.hide()
    # On a small screen even a narrow column costs the incident table its rows: the details
    # dock then appears with the first selection.
    details_waits = width < WIDE_WINDOW
    if details_waits:
        details_dock.hide()
    window.resizeDocks([layer_dock], [left], Qt.Orientation.Horizontal)
    window.resizeDocks([details_dock], [narrow], Qt.Orientation.Horizontal)
    window.resizeDocks([incident_dock], [bottom], Qt.Orientation.Vertical)
    incident_dock.raise_()  # the table, not the time slider tabbed with it
    widen = max(260, int(width * RIGHT_WIDE_SHARE))
    details = window.findChild(DetailsPanel)
    assert details is not None  # the details dock's panel

    def widen_on_first_selection() -> None:
        details.textChanged.disconnect(widen_on_first_selection)
        details_dock.show()
        if details_dock.width() < widen:
            window.resizeDocks([details_dock], [widen], Qt.Orientation.Horizontal)

    details.textChanged.connect(widen_on_first_selection)


class FollowExtent(QObject):
    """Keeps the mission's extent in view while the window or its docks change size, until the
    user moves the map (a press, the wheel or a key on the map, or choosing a record: whoever
    offers a choice connects it to ``stop``); View → Zoom to mission (Ctrl+0) and every newly
    loaded mission follow again."""

    def __init__(self, view: MapView, parent: QObject | None = None, delay_ms: int = 150) -> None:
        super().__init__(parent)
        self.view = view
        self.following = False
        #: How many times the map was fitted to a new size (for tests and the log).
        self.fits = 0
        self._size = self.view.size()
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self._fit)
        self.view.installEventFilter(self)
        self.view.map_ready.connect(self._page_ready)
        # A move that neither a resize nor a fit of ours explains (a saved view, a selection,
        # a script) means someone chose what to look at: stop following.
        self._quiet_until = 0.0
        self.view.bridge.view_changed.connect(self._view_changed)
        self.view.feature_clicked.connect(lambda *_: self.stop())

    def _page_ready(self, _info: object) -> None:
        self.following = True
        # The page fitted the extent to the size it loaded at; docks may have moved since.
        # Now, not later: a script that sets the view once the page is ready must win.
        self._fit()
        proxy = self.view.focusProxy()
        if proxy is not None:  # the widget that receives the page's input
            proxy.removeEventFilter(self)
            proxy.installEventFilter(self)

    def follow(self) -> None:
        self.following = True

    def stop(self) -> None:
        self.following = False
        self.timer.stop()

    def _view_changed(self, _view: object) -> None:
        if time.monotonic() > self._quiet_until:
            self.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind == QEvent.Type.Resize:
            self._quiet_until = time.monotonic() + QUIET_S
            if self.following and self.view.ready and self.view.size() != self._size:
                self.timer.start()
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.KeyPress,
                      QEvent.Type.TouchBegin):  # fmt: skip
            self.stop()
        return False

    def _fit(self) -> None:
        if not (self.following and self.view.ready):
            return
        self._size = self.view.size()
        self._quiet_until = time.monotonic() + QUIET_S
        self.fits += 1
        self.view.fit_mission()


def map_share(window: QMainWindow) -> float:
    """The share of the window's area the map takes (what a first start promises ≥ 0.6)."""
    centre = window.centralWidget()
    view = centre.findChild(MapView) if centre is not None else None
    if view is None or not view.isVisible() or window.width() * window.height() == 0:
        return 0.0
    return (view.width() * view.height()) / (window.width() * window.height())
