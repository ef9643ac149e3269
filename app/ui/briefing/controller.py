"""The briefing controller: ties the time slider, saved views and briefing mode to the window.

It owns the two docks (Time slider, Saved views), the View-menu entries (Briefing mode F11,
Theme, the docks' toggles), the number keys 1–9 and the status-bar clock, and keeps the map
page's briefing furniture (bh-brief.js: banner, title, theme, clock, north arrow) and time
window (bh-time.js) in step with what the window shows. The main window only calls
``install_briefing``; everything else hangs off its existing signals.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu

from app.briefing.pages import describe_shown
from app.briefing.timeline import DayCounts, incidents_per_day
from app.briefing.views import THEMES, SavedView
from app.errors import AppError
from app.i18n import QT_TRANSLATE_NOOP
from app.picture import DATA_KEYS, IncidentFilter
from app.store import open_store
from app.ui import workers
from app.ui.briefing.clock import DtgClock
from app.ui.briefing.mode import BriefingMode
from app.ui.briefing.timeline import TimelinePanel
from app.ui.briefing.views_dock import SavedViewsPanel
from app.ui.map_view import MapView
from maps.styles import GROUP_COLOURS, category_colour

log = logging.getLogger(__name__)
THEME_LABELS = {
    "day": QT_TRANSLATE_NOOP("BriefingController", "&Day"),
    "briefing": QT_TRANSLATE_NOOP("BriefingController", "&Briefing (large, high contrast)"),
    "night": QT_TRANSLATE_NOOP("BriefingController", "&Night"),
}


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment else None


class BriefingController(QObject):
    """See the module docstring."""

    def __init__(self, window: Any, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        #: The operator's map theme; with a mirror window, ``display_theme`` is the mirror's.
        self.theme = "day"
        self.display_theme = "briefing"
        self.last_view: dict[str, Any] | None = None
        self._db_path: str | None = None
        self._histogram_request = 0
        self._tasks: set[workers.Task] = set()

        self.timeline = TimelinePanel()
        self.timeline_dock = window.add_dock(
            self.tr("Time slider"),
            "timelineDock",
            self.timeline,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        # Tabbed with the incident table when the window is first shown (see eventFilter).
        window.installEventFilter(self)
        self.views = SavedViewsPanel()
        self.views.capture = self.capture
        self.views.on_error = window.show_error
        self.views_dock = window.add_dock(
            self.tr("Saved views"),
            "savedViewsDock",
            self.views,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        window.tabifyDockWidget(window.analysis_dock, self.views_dock)
        window.details_dock.raise_()
        self.mode = BriefingMode(window, self)
        self.clock = DtgClock()
        # One visible time-filter state: the status bar says what the slider does.
        self.time_label = QLabel(self.tr("Time: all"))
        self.time_label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.time_label)
        window.statusBar().addPermanentWidget(self.clock)
        self._build_menu(view_menu)
        self._notice: QLabel | None = None
        self._notice_timer = QTimer(self, singleShot=True, interval=4000)
        self._number_keys = []
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(number)), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.recall_number(n))
            self._number_keys.append(shortcut)
        self._connect()

    # --- set-up -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first show, put the time slider in a tab beside the incident table, unless
        the user's saved layout placed it already. Not earlier: tabbing a dock that
        ``resizeDocks`` has sized fixes the window's minimum size before any saved geometry
        is restored."""
        window = self.window  # the main window (Any: not narrowed to the filter's QObject)
        if event.type() == QEvent.Type.Show and watched == window:
            window.removeEventFilter(self)
            if window.settings.value("window/state") is None:
                window.tabifyDockWidget(window.incident_dock, self.timeline_dock)
                window.incident_dock.raise_()
        return False

    def _build_menu(self, view_menu: QMenu) -> None:
        w = self.window
        self.briefing_action = QAction(self.tr("&Briefing mode"), w, checkable=True)
        # F11 itself, not Qt's StandardKey.FullScreen: that one has no binding on a plain X11
        # desktop (and is Ctrl+F11 on some), while the README and the briefers expect F11.
        self.briefing_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.briefing_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.briefing_action.setToolTip(
            self.tr("Full screen on the briefing display (Esc or F11 leaves)")
        )
        # Checked state follows the mode (it can also end with Esc or the mirror's closing).
        self.briefing_action.triggered.connect(lambda _on: self.mode.toggle())
        view_menu.addAction(self.briefing_action)
        # Actions live on the window too: its shortcuts must work with the menu bar hidden.
        w.addAction(self.briefing_action)
        self.theme_menu = view_menu.addMenu(self.tr("T&heme"))
        self.theme_group = QActionGroup(w)
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = QAction(
                self.tr(THEME_LABELS[name]) if name in THEME_LABELS else name, w, checkable=True
            )
            action.setChecked(name == self.theme)
            action.triggered.connect(lambda _on, n=name: self.set_theme(n))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[name] = action
        view_menu.addSeparator()
        view_menu.addAction(self.timeline_dock.toggleViewAction())
        view_menu.addAction(self.views_dock.toggleViewAction())

    def _connect(self) -> None:
        w = self.window
        mv = w.map_view
        mv.map_ready.connect(self._map_ready)
        mv.bridge.view_changed.connect(self._view_changed)
        # After the main window's own apply_filter (connected first): narrow to the window.
        w.incident_table.filter_bar.changed.connect(self._filter_changed)
        w.layer_panel.visibility_changed.connect(self._layer_visibility_changed)
        w.layer_panel.basemap_changed.connect(self._basemap_changed)
        w.layer_panel.grid_changed.connect(self._grid_changed)
        w.imported.connect(lambda _m: self.refresh_histogram())
        w.package_imported.connect(lambda _m: self.refresh_histogram())
        self.timeline.window_changed.connect(self._push_window)
        self.timeline.window_changed.connect(self._show_time_state)
        w.incident_table.filter_bar.slider_cleared.connect(self.timeline.clear_window)
        self.timeline.window_settled.connect(lambda *_: self._window_settled())
        self.views.recall_requested.connect(self.recall)
        self.mode.changed.connect(self.briefing_action.setChecked)

    def docks(self) -> list[QDockWidget]:
        return [d for d in self.window.findChildren(QDockWidget) if d.parent() is self.window]

    def map_views(self) -> list[MapView]:
        views = [self.window.map_view]
        if self.mode.mirror is not None:
            views.append(self.mode.mirror.map_view)
        return views

    def title(self) -> str:
        store = self.window.store
        if store is None:
            return "Blue Helmet COP"
        from app.mission import marked_title

        return marked_title(store)

    # --- the mission ------------------------------------------------------------------------

    def _map_ready(self, _info: dict) -> None:
        store = self.window.store
        if store is None:
            return
        path = str(store.path)
        if path != self._db_path:
            # A new mission: its period, its views; the old window means nothing here.
            self._db_path = path
            self.timeline.set_period(store.mission_period())
            self.timeline.clear_window()
            self.views.set_store(store)
            self.refresh_histogram()
        # A freshly loaded page knows nothing yet: time window, theme, furniture, banner.
        self._push_window(*(self.timeline.current_window() or (None, None)))
        self._apply_theme_js(self.theme, [self.window.map_view])
        self.briefing_furniture(self.mode.active)
        self.update_banner()

    def refresh_histogram(self) -> None:
        """Re-count incidents per day for the filter bar's filter, in a worker (one GROUP BY:
        0.15–0.2 s at 100k incidents); a newer request supersedes an older one."""
        store = self.window.store
        self._histogram_request += 1
        if store is None:
            self.timeline.set_counts([], {})
            return
        base = self.window.incident_table.filter_bar.current_filter()
        start, end = self.timeline.period or (None, None)
        path = Path(store.path)
        request = self._histogram_request
        categories = {c.key: (c.label, category_colour(c)) for c in store.categories()}
        # Stacked by group then category, so each colour is one band.
        ordered = dict(sorted(categories.items(), key=lambda kv: (kv[1][1], kv[0])))

        def work(_progress: workers.Progress) -> list[DayCounts]:
            with open_store(path, readonly=True) as own:
                return incidents_per_day(own, start, end, base)

        def done(days: list[DayCounts]) -> None:
            self._tasks.discard(task)
            if not shiboken6.isValid(self.timeline):
                return  # the window closed while the worker counted
            if request == self._histogram_request:
                used = {c for counts in (d[1] for d in days) for c in counts}
                colours = {ordered[k][1] for k in used if k in ordered}
                legend = [(g, c) for g, c in GROUP_COLOURS.items() if c in colours]
                self.timeline.set_counts(days, ordered, legend)

        def failed(exc: BaseException) -> None:
            self._tasks.discard(task)
            if shiboken6.isValid(self.window):
                self.window.show_error(exc)

        task = workers.start(work, result=done, error=failed)
        self._tasks.add(task)

    # --- filters and the time window --------------------------------------------------------

    def effective_filter(self) -> IncidentFilter:
        """The filter bar's filter narrowed to the time slider's window (table, banner)."""
        base = self.window.incident_table.filter_bar.current_filter()
        window = self.timeline.current_window()
        if window is None:
            return base
        start, end = window
        if base.start is not None:
            start = max(start, base.start)
        if base.end is not None:
            end = min(end, base.end)
        return replace(base, start=start, end=end)

    def _push_window(self, start: datetime | None, end: datetime | None) -> None:
        """Move the map's window now (in the page: smooth while dragging or playing)."""
        window = None if start is None or end is None else (_iso(start), _iso(end))
        for view in self.map_views():
            view.set_time_window(*(window or (None, None)))

    def _show_time_state(self, start: datetime | None, end: datetime | None) -> None:
        """The Incidents dock and the status bar show the slider's window as the map does."""
        text = f"{_dtg(start)} – {_dtg(end)}" if start and end else None
        self.window.incident_table.filter_bar.show_slider_window(text)
        self.time_label.setText(
            self.tr("Time slider: {window}").format(window=text) if text else self.tr("Time: all")
        )
        if self.mode.active:
            # While playing, the window never settles: the title block follows each step.
            self.briefing_furniture(True)

    def hidden_incident_note(self, incident_id: str) -> str | None:
        """Why an incident is not in the table (time slider or filters), or None if it is."""
        if self.window.incident_table.model.row_of(incident_id) is not None:
            return None
        window = self.timeline.current_window()
        if window is not None:
            note = self.tr(
                "That incident is outside the time slider's window ({start} – {end}): the map "
                'was not moved. Press "All time" to show it.'
            )
            return note.format(start=_dtg(window[0]), end=_dtg(window[1]))
        return self.tr(
            "That incident is hidden by the incident filters: the map was not moved."
            " Reset the filters to show it."
        )

    def _window_settled(self) -> None:
        """The window has stopped moving: the table, the counts and the banner follow."""
        self._reload_table()
        self.update_banner()

    def _reload_table(self) -> None:
        store = self.window.store
        if store is None:
            return
        self.window.incident_table.model.load(store, self.effective_filter())
        self.window.update_counts()

    def _filter_changed(self, incident_filter: IncidentFilter) -> None:
        for view in self.map_views()[1:]:
            view.set_incident_filter(incident_filter)
        # After the main window's own apply_filter has loaded the table with the bar's filter
        # (it may be connected after this), narrow the table to the time window.
        QTimer.singleShot(0, self._after_filter_change)

    def _after_filter_change(self) -> None:
        if self.timeline.current_window() is not None:
            self._reload_table()
        self.refresh_histogram()
        self.update_banner()

    def _layer_visibility_changed(self, name: str, visible: bool) -> None:
        for view in self.map_views()[1:]:
            view.set_layer_visible(name, visible)
        self.update_banner()

    def _basemap_changed(self, basemap_id: str) -> None:
        for view in self.map_views()[1:]:
            view.set_basemap(basemap_id)

    def _grid_changed(self, grid: str) -> None:
        for view in self.map_views()[1:]:
            view.set_grid(grid or None)

    def _view_changed(self, view: dict) -> None:
        if {"west", "south", "east", "north"} <= set(view):
            self.last_view = view
            if self.mode.mirror is not None:
                self.mode.mirror.follow(view)

    def sync_mirror(self) -> None:
        """A mirror page that has just loaded takes the main map's state."""
        mirror = self.mode.mirror
        if mirror is None:
            return
        if self.last_view:
            mirror.follow(self.last_view)
        self._push_window(*(self.timeline.current_window() or (None, None)))
        self._apply_theme_js(self.display_theme, [mirror.map_view])
        mirror.map_view.set_grid(self.window.layer_panel.grid() or None)
        self.briefing_furniture(self.mode.active)
        self.update_banner()

    # --- theme, banner and page furniture ---------------------------------------------------

    def set_theme(self, name: str) -> None:
        """Day, briefing (large type, high contrast) or night, on every map page shown."""
        if name not in THEMES:
            return
        self.theme_actions[name].setChecked(True)
        mirror = self.mode.mirror
        if mirror is not None:
            # The operator keeps a working map; the theme is the briefing display's.
            self.display_theme = name
            self._apply_theme_js(name, [mirror.map_view])
        else:
            self.theme = name
            self._apply_theme_js(name, [self.window.map_view])

    def _apply_theme_js(self, name: str, views: list[MapView]) -> None:
        for view in views:
            view.set_theme(name)

    def briefing_furniture(self, on: bool) -> None:
        """Title, DTG clock and north arrow on the briefing display's page (the legend is the
        briefer's: one click opens it, and open it covers a third of a small screen)."""
        mirror = self.mode.mirror
        # With a mirror, the furniture is the display's; the operator's map stays plain.
        self._show_furniture(self.window.map_view, on and mirror is None)
        if mirror is not None:
            self._show_furniture(mirror.map_view, on)

    def shown_subtitle(self) -> str:
        """The title block's second line: the recalled view, the time window (the one being
        played, too) and the filters in force; the same words as an exported picture's."""
        store = self.window.store
        labels = {c.key: c.label for c in store.categories()} if store else {}
        f = self.effective_filter()
        units = store.unit_names() if store is not None and f.unit_id else {}
        return describe_shown(self.views.current_name or "", f, labels, len(labels), units)

    def _show_furniture(self, view: MapView, on: bool) -> None:
        view.show_furniture(on, self.title() if on else "", self.shown_subtitle() if on else "")

    def visible_layers(self) -> tuple[str, ...]:
        shown = self.window.layer_panel.visible_layers()
        return tuple(k for k in (*DATA_KEYS, "heatmap") if shown.get(k, False))

    def shown_classification(self) -> tuple[str, str, str] | None:
        """(label, background, foreground) of the highest label of what is shown, if known."""
        store = self.window.store
        if store is None:
            return None
        try:
            from app.briefing import marking
        except ImportError:  # the marking service is not installed in this build
            return None
        try:
            label = marking.shown_classification(
                store, self.effective_filter(), self.visible_layers()
            )
            background, foreground = marking.banner_colours(label)
        except AppError as exc:
            log.warning("cannot work out the classification banner: %s", exc)
            return None
        return label, background, foreground

    def update_banner(self) -> None:
        marking = self.shown_classification()
        if self.mode.active:
            self.briefing_furniture(True)
        if marking is None:
            return
        for view in self.map_views():
            view.set_banner(*marking)

    # --- saved views ------------------------------------------------------------------------

    def recall_number(self, number: int) -> None:
        """The number keys: recall that view, or say that there is none (never nothing)."""
        if self.views.recall_number(number) is not None:
            return
        count = len(self.views.views())
        if count == 0:
            text = self.tr(
                "No saved view {number}: save one first (Saved views → Save current view)."
            ).format(number=number)
        else:
            text = self.tr("No saved view {number}: there are {count} (keys 1–{last}).").format(
                number=number, count=count, last=min(count, 9)
            )
        self.notify(text)

    def notify(self, text: str) -> None:
        """A short message over the map (seen in briefing mode too) and in the status bar."""
        self.window.statusBar().showMessage(text, 5000)
        notice = self._notice
        if notice is None:
            notice = QLabel(self.window.map_view)
            notice.setObjectName("briefingNotice")
            notice.setTextFormat(Qt.TextFormat.PlainText)
            notice.setStyleSheet(
                "QLabel#briefingNotice { background: rgba(20, 20, 20, 220); color: white;"
                " font-size: 18px; padding: 10px 16px; border-radius: 6px; }"
            )
            self._notice = notice
            self._notice_timer.timeout.connect(notice.hide)
        notice.setText(text)
        notice.adjustSize()
        view = self.window.map_view
        notice.move(max(0, (view.width() - notice.width()) // 2), 60)
        notice.show()
        notice.raise_()
        self._notice_timer.start()

    def capture(self, name: str) -> SavedView:
        """What the map shows now, as a view named ``name``."""
        w = self.window
        view = self.last_view or {}
        bounds = (
            max(-180.0, float(view.get("west", -180))), max(-90.0, float(view.get("south", -60))),
            min(180.0, float(view.get("east", 180))), min(90.0, float(view.get("north", 75))),
        )  # fmt: skip
        shown = w.layer_panel.visible_layers()
        f = w.incident_table.filter_bar.current_filter()
        filters: dict[str, Any] = {
            "categories": list(f.categories) if f.categories is not None else None,
            "severities": list(f.severities) if f.severities is not None else None,
            "statuses": list(f.statuses) if f.statuses is not None else None,
            "unit_id": f.unit_id,
            "text": f.text,
        }
        window = self.timeline.current_window()
        start, end = window if window else (f.start, f.end)
        return SavedView(
            name=name,
            bounds=bounds,
            layers=tuple(k for k, on in shown.items() if on),
            filter={k: v for k, v in filters.items() if v is not None},
            time_start=start,
            time_end=end,
            basemap=w.layer_panel.basemap.currentData(),
            theme=self.theme,
            grid=w.layer_panel.grid() or None,
        )

    def recall(self, view: SavedView) -> None:
        """Show a saved view: extent, layers, basemap, filters, time window and theme."""
        w = self.window
        west, south, east, north = view.bounds
        w.map_view.fit_bounds(south, west, north, east)
        if view.layers:
            for name, visible in view.visible().items():
                try:
                    if w.layer_panel.layer_visible(name) != visible:
                        w.layer_panel.set_layer_visible(name, visible)
                except KeyError:
                    continue
        if view.basemap:
            index = w.layer_panel.basemap.findData(view.basemap)
            if index >= 0:
                w.layer_panel.basemap.setCurrentIndex(index)
        w.layer_panel.set_grid(view.grid)
        self._set_filter_bar(view)
        w.apply_filter(w.incident_table.filter_bar.current_filter())
        self._filter_changed(w.incident_table.filter_bar.current_filter())
        period = self.timeline.period
        if (view.time_start is None and view.time_end is None) or period is None:
            self.timeline.clear_window()
        else:
            self.timeline.set_window(view.time_start or period[0], view.time_end or period[1])
        if not (self.mode.active and view.theme == "day"):
            self.set_theme(view.theme)

    def _set_filter_bar(self, view: SavedView) -> None:
        """Put the view's filters in the filter bar (time goes to the slider, not the bar)."""
        bar = self.window.incident_table.filter_bar
        f = view.filter
        bar.blockSignals(True)
        try:
            bar.window_box.setCurrentIndex(0)
            categories = f.get("categories")
            for action in bar.category_menu.actions():
                action.setChecked(categories is None or action.data() in categories)
            severities = f.get("severities")
            bar.severity_box.setCurrentIndex(
                max(0, min(4, min(severities) - 1)) if severities else 0
            )
            statuses = f.get("statuses")
            index = bar.status_box.findData(statuses[0]) if statuses else 0
            bar.status_box.setCurrentIndex(max(0, index))
            index = bar.unit_box.findData(f.get("unit_id")) if f.get("unit_id") else 0
            bar.unit_box.setCurrentIndex(max(0, index))
            bar.text_edit.setText(f.get("text") or "")
        finally:
            bar.cancel_pending_search()  # setting the text is not a new search
            bar.blockSignals(False)
        bar.show_category_count()


def _dtg(moment: datetime) -> str:
    from app.ui.briefing.timeline import dtg

    return dtg(moment)


def install_briefing(window: Any, view_menu: QMenu) -> BriefingController:
    """The main window's one hook: docks, menus, keys and clock for briefing."""
    return BriefingController(window, view_menu)
