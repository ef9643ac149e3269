"""The main window: the picture in the centre, docks around it, menus and status bar."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import basemaps
from app.domain.coords import format_dms, to_mgrs
from app.errors import AppError
from app.i18n import format_number
from app.picture import IncidentFilter
from app.places.world import ATTRIBUTION
from app.store import MissionStore, MissionTarget, is_database_url, mission_target, shown_target
from app.ui import workers
from app.ui.analysis_panel import AnalysisPanel
from app.ui.details import DetailsPanel, lookups_for
from app.ui.dialogs import Dialogs
from app.ui.editing.controller import EditingController
from app.ui.exchange import Exchange
from app.ui.feeds_dock import FeedsController
from app.ui.gazetteer import install_gazetteer
from app.ui.incident_table import (
    ID_ROLE,
    LARGE_MISSION_DAYS,
    LARGE_MISSION_INCIDENTS,
    IncidentTable,
)
from app.ui.layer_panel import LayerPanel
from app.ui.map_view import MapView
from app.ui.safekeeping import ExternalChanges, IntervalBackups, recover_if_damaged
from app.ui.session import ALL_KINDS, Session, layers_of
from app.ui.unit_tree import UNIT_ID_ROLE, UnitTreeModel
from maps.document import APP_TILES_BASE, NATURAL_EARTH

log = logging.getLogger(__name__)
MAX_RECENT = 8


class MainWindow(QMainWindow):
    #: Emitted with the message each time the user is told that something failed.
    error_shown = Signal(str)
    #: Emitted with one summary line per file after files were imported.
    imported = Signal(list)
    #: Emitted with the number of ceasefire violations an import brought in.
    violations_arrived = Signal(int)
    #: Emitted with the summary after a partner's package was imported (or found already there).
    package_imported = Signal(str)
    package_exported = Signal(str)
    #: Emitted with the summary line after File → Export wrote a file.
    exported = Signal(str)
    #: Emitted with the path once a mission is open and shown.
    mission_opened = Signal(object)

    def __init__(self, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Blue Helmet COP"))
        self.resize(1400, 900)
        #: The open mission; every view follows its ``changed`` and ``selected`` news.
        self.session = Session(self)
        #: Everything the window asks the user goes through here (tests pass a scripted fake).
        self.dialogs = dialogs if dialogs is not None else Dialogs(self)
        self.dialogs.setParent(self)
        self.dialogs.window = self
        self.dialogs.error_shown.connect(self.error_shown)
        self.dialogs.status_message.connect(self.statusBar().showMessage)
        self.settings = QSettings()
        self._task: workers.Task | None = None
        self._table_pending = False
        self.backups = IntervalBackups(self)
        self.external = ExternalChanges(self)
        self.external.changed.connect(self._external_change)

        self.map_view = MapView(self)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        self.setCentralWidget(centre)
        self.setAcceptDrops(True)

        self.layer_panel = LayerPanel()
        self.layer_dock = self.add_dock(self.tr("Layers"), "layerDock", self.layer_panel,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)  # fmt: skip
        self.unit_model = UnitTreeModel(self)
        self.unit_view = QTreeView()
        self.unit_view.setModel(self.unit_model)
        self.unit_dock = self.add_dock(self.tr("Units"), "unitDock", self.unit_view,
                                    Qt.DockWidgetArea.LeftDockWidgetArea)  # fmt: skip
        self.incident_table = IncidentTable()
        self.incident_dock = self.add_dock(self.tr("Incidents"), "incidentDock",
                                           self.incident_table,
                                           Qt.DockWidgetArea.BottomDockWidgetArea)  # fmt: skip
        self.details = DetailsPanel()
        self.details_dock = self.add_dock(self.tr("Details"), "detailsDock", self.details,
                                       Qt.DockWidgetArea.RightDockWidgetArea)  # fmt: skip
        self.analysis = AnalysisPanel()
        self.analysis_dock = self.add_dock(self.tr("Analysis"), "analysisDock", self.analysis,
                                        Qt.DockWidgetArea.RightDockWidgetArea)  # fmt: skip
        self.tabifyDockWidget(self.details_dock, self.analysis_dock)
        # Live CoT feeds (app/ui/feeds_dock.py): the map follows them, batched.
        self.feeds = FeedsController(self.session, self.map_view, self.dialogs, self)
        # Their batches are drawn already: neither watcher of other writers re-reads for them.
        self.external.own_sources = self.session.own_sources = self.feeds.own_sources
        self.feeds_dock = self.add_dock(self.tr("Feeds"), "feedsDock", self.feeds.panel,
                                     Qt.DockWidgetArea.RightDockWidgetArea)  # fmt: skip
        self.tabifyDockWidget(self.analysis_dock, self.feeds_dock)
        self.details_dock.raise_()
        # A banner over the map when an import brings new ceasefire violations.
        self.alert = QPushButton()
        self.alert.setObjectName("violationAlert")
        self.alert.setStyleSheet(
            "QPushButton#violationAlert { background: #b71c1c; color: white; font-weight: bold;"
            " font-size: 15px; padding: 8px; border: none; }"
        )
        self.alert.hide()
        self._new_violations: list[object] = []
        self.alert.clicked.connect(self._show_new_violations)
        centre_layout.addWidget(self.alert)
        centre_layout.addWidget(self.map_view, 1)
        self.resizeDocks([self.incident_dock], [330], Qt.Orientation.Vertical)
        self.resizeDocks([self.layer_dock, self.details_dock], [300, 300],
                         Qt.Orientation.Horizontal)  # fmt: skip

        self.cursor_label = QLabel("—")
        self.cursor_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cursor_label.setMinimumWidth(360)
        self.counts_label = QLabel()
        self.db_label = QLabel()
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.cursor_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.db_label)
        # Partner files, packages, basemaps and exports (app/ui/exchange.py).
        self.exchange = Exchange(self.session, self.map_view, self.dialogs, self)
        # The Edit menu, record forms, map drawing and undo (app/ui/editing/controller.py).
        self.editing = EditingController(self.session, self.map_view, self.dialogs, self)
        self._build_menus()
        self._connect()
        # Start page, New mission…, the training demo, Mission → Settings (app/ui/missions.py).
        from app.ui.missions import install_missions

        self.missions = install_missions(
            self, self, self.session, self.dialogs, self.editing, self.map_view
        )
        # Choosing an incident in the table takes the map to it: stop following the extent.
        follow = self.missions.follow_extent
        assert follow is not None
        self.incident_table.incident_selected.connect(lambda *_: follow.stop())
        self.missions.settings_changed.connect(self._mission_settings_changed)

    def _mission_settings_changed(self) -> None:
        """The filter bar offers the mission's (new) parties and categories."""
        if self.store is not None:
            self.incident_table.filter_bar.populate(self.store)

    @property
    def store(self) -> MissionStore | None:
        """The open mission's store (the session's)."""
        return self.session.store

    def add_dock(
        self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        """A dock around the map, named for saving the layout."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        panel = self.layer_panel
        panel.visibility_changed.connect(self.map_view.set_layer_visible)
        panel.opacity_changed.connect(self.map_view.set_layer_opacity)
        panel.basemap_changed.connect(self.map_view.set_basemap)
        panel.grid_changed.connect(lambda grid: self.map_view.set_grid(grid or None))
        self.map_view.cursor_moved.connect(self._cursor_moved)
        self.map_view.feature_clicked.connect(self._feature_clicked)
        # After the other listeners: the table (up to 100k rows) must not hold up the news
        # that the map has painted.
        self.map_view.map_ready.connect(
            lambda _info: QTimer.singleShot(0, self._load_table_if_pending)
        )
        self.incident_table.incident_selected.connect(self._incident_selected)
        self.incident_table.filter_bar.changed.connect(self.apply_filter)
        self.unit_view.selectionModel().currentChanged.connect(self._unit_selected)
        self.analysis.record_chosen.connect(self._analysis_row_chosen)
        self.analysis.overlay_changed.connect(self._overlay_changed)
        self.session.changed.connect(self._mission_changed)
        self.session.selected.connect(self._record_selected)
        exchange = self.exchange
        exchange.imported.connect(self.imported)
        exchange.package_imported.connect(self.package_imported)
        exchange.package_exported.connect(self.package_exported)
        exchange.exported.connect(self.exported)
        exchange.violations_arrived.connect(self._violations_arrived)
        exchange.basemaps_changed.connect(self._basemaps_changed)
        # Editing from the incident table and the unit tree: double-click, or Enter on a row.
        table = self.incident_table.view
        table.doubleClicked.connect(self._edit_row)
        self.unit_view.doubleClicked.connect(lambda _index: self.editing.edit_selected())
        for view in (table, self.unit_view):
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shortcut = QShortcut(QKeySequence(key), view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(self.editing.edit_selected)

    # --- menus ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(
            self.tr("&Open mission…"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Open)
        )
        open_action.triggered.connect(self.choose_database)
        file_menu.addAction(open_action)
        open_server = QAction(self.tr("Open &headquarters database…"), self)
        open_server.triggered.connect(self.choose_server_database)
        file_menu.addAction(open_server)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addSeparator()
        quit_action = QAction(
            self.tr("&Quit"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit)
        )
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        import_action = QAction(self.tr("&Import file…"), self, shortcut=QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.exchange.choose_import)
        file_menu.insertAction(self.recent_menu.menuAction(), import_action)
        orbat = QAction(self.tr("Import &ORBAT…"), self, shortcut=QKeySequence("Ctrl+Shift+O"))
        orbat.setStatusTip(
            self.tr("Units and their hierarchy from an Excel or CSV order of battle")
        )
        orbat.triggered.connect(self.exchange.choose_orbat)
        file_menu.insertAction(self.recent_menu.menuAction(), orbat)
        export_action = QAction(self.tr("&Export…"), self, shortcut=QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.exchange.choose_export)
        file_menu.insertAction(self.recent_menu.menuAction(), export_action)
        basemap_menu = QMenu(self.tr("&Basemaps"), self)
        add_mbtiles = basemap_menu.addAction(self.tr("Import &MBTiles basemap…"))
        add_mbtiles.triggered.connect(self.exchange.choose_mbtiles)
        add_online = basemap_menu.addAction(self.tr("Add &online tile source…"))
        add_online.triggered.connect(self.exchange.add_online_source)
        manage = basemap_menu.addAction(self.tr("Manage &basemaps…"))
        manage.triggered.connect(self.manage_basemaps)
        file_menu.insertMenu(self.recent_menu.menuAction(), basemap_menu)
        export_png = QAction(
            self.tr("Export map as &PNG or PDF…"), self, shortcut=QKeySequence("Ctrl+Shift+P")
        )
        export_png.triggered.connect(self._export_png)
        file_menu.insertAction(self.recent_menu.menuAction(), export_png)

        self.menuBar().addMenu(self.editing.menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        refresh = QAction(
            self.tr("&Refresh"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Refresh)
        )
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        fit = QAction(self.tr("Zoom to &mission"), self, shortcut=QKeySequence("Ctrl+0"))
        fit.triggered.connect(self.map_view.fit_mission)
        view_menu.addAction(fit)
        find = QAction(
            self.tr("&Find incidents"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Find)
        )
        find.triggered.connect(self._focus_search)
        view_menu.addAction(find)
        self.gazetteer = install_gazetteer(
            self.session, self.map_view, self.dialogs, view_menu, self
        )
        # Briefing mode (F11), Theme, Time slider and Saved views docks: app/ui/briefing.
        from app.ui.briefing import install_briefing

        self.briefing = install_briefing(self, view_menu)
        view_menu.addSeparator()
        for dock in (self.layer_dock, self.unit_dock, self.incident_dock, self.details_dock,
                     self.analysis_dock):  # fmt: skip
            view_menu.addAction(dock.toggleViewAction())
        sync_menu = self.menuBar().addMenu(self.tr("&Sync"))
        for label, slot, shortcut in (
            (
                self.tr("&Import package from a partner…"),
                self.exchange.choose_package,
                "Ctrl+Shift+I",
            ),
            (
                self.tr("&Export package for a partner…"),
                self.exchange.choose_package_export,
                "Ctrl+Shift+E",
            ),
            (self.tr("&Conflicts…"), self._show_conflicts, None),
            (self.tr("&Partners and keys…"), self._show_partners, None),
            (self.tr("Unit &identity…"), self.ask_identity, None),
        ):
            action = sync_menu.addAction(label)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
        analysis_menu = self.menuBar().addMenu(self.tr("&Analysis"))
        analyses = (
            ("violations", self.tr("Violations")),
            ("coverage", self.tr("Coverage")),
            ("proximity", self.tr("Proximity")),
            ("hotspots", self.tr("Hotspots")),
        )
        for number, (name, title) in enumerate(analyses, 1):
            action = analysis_menu.addAction(title)
            action.setShortcut(f"Alt+{number}")
            action.triggered.connect(lambda _=False, n=name: self._run_analysis(n))

        self._build_preferences_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Blue Helmet COP"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self._refresh_recent_menu()

    def _build_preferences_menu(self) -> None:
        """Preferences → Language: the system's, or one of ours; applies at the next start."""
        from PySide6.QtGui import QActionGroup

        from app.i18n import LANGUAGES
        from app.ui.translation import preferred_language

        menu = self.menuBar().addMenu(self.tr("&Preferences"))
        self.language_menu = menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        saved = preferred_language(self.settings)
        choices = [("", self.tr("System default")), *LANGUAGES.items()]
        for code, name in choices:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))

    def choose_language(self, code: str) -> None:
        """Save the language preference; the window speaks it from the next start."""
        from app.ui.translation import save_preferred_language

        save_preferred_language(code, self.settings)
        self.statusBar().showMessage(
            self.tr("The language changes when Blue Helmet COP is next started."), 15000
        )

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_databases():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(
                lambda _=False, p=path: self.open_database(p if is_database_url(p) else Path(p))
            )
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def recent_databases(self) -> list[str]:
        value = self.settings.value("recentDatabases", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def _remember(self, path: Path | str) -> None:
        recent = [str(path)] + [p for p in self.recent_databases() if p != str(path)]
        self.settings.setValue("recentDatabases", recent[:MAX_RECENT])
        self._refresh_recent_menu()

    def choose_database(self) -> None:
        path = self.dialogs.open_file(
            self.tr("Open mission database"),
            self.tr("Mission databases (*.db *.sqlite);;All files (*)"),
        )
        if path is not None:
            self.open_database(path)

    def choose_server_database(self) -> None:
        """Open a mission kept in a headquarters database, by its address."""
        url = self.dialogs.text(
            self.tr("Open a headquarters database"),
            self.tr(
                "Address of the mission database "
                "(postgresql://user@host:port/database; a password may be given in it or in "
                "~/.pgpass; the recent list keeps the address without it):"
            ),
        )
        if url is None:
            return
        if not is_database_url(url):
            self.show_error(
                AppError(
                    self.tr(
                        "{url}: a headquarters database address starts with postgresql://"
                    ).replace("{url}", url)
                )
            )
            return
        self.open_database(url)

    def _about(self) -> None:
        text = self.tr(
            "<b>Blue Helmet COP</b><br>An offline common operating picture for multinational "
            "peacekeeping missions.<br><br>{attribution} "
            "(https://creativecommons.org/licenses/by/4.0/)."
        )
        self.dialogs.about(
            self.tr("About Blue Helmet COP"),
            text.format(attribution=html.escape(ATTRIBUTION)),
        )

    # --- the mission ------------------------------------------------------------------------

    def open_database(self, target: MissionTarget, *, create_demo_if_missing: bool = False) -> None:
        """Open a mission, a file or a headquarters database (a ``postgresql://`` URL); a
        missing file becomes the demo mission when asked (first run)."""
        if is_database_url(target):
            self._open_server_mission(str(target))
            return
        path = Path(target).expanduser()
        if not path.exists() and create_demo_if_missing:
            self._create_demo(path)
            return
        if not recover_if_damaged(self, path):
            return
        try:
            store = self.session.open(path)
        except AppError as exc:
            self.show_error(exc)
            return
        self.backups.watch(path)
        self.external.watch(store)
        self._remember(path.resolve())
        self.db_label.setText(path.name)  # the full path in the tooltip: the clock keeps room
        self.db_label.setToolTip(str(path.resolve()))
        self._show_opened(store, path)

    def _open_server_mission(self, url: str) -> None:
        """A mission in a PostgreSQL + PostGIS database: the server keeps it (its backups are
        the server's, ``docs/hq-server.md``) and tells this window what other workstations
        write. The recent list keeps the address without its password."""
        try:
            store = self.session.open(url)
        except AppError as exc:
            self.show_error(exc)
            return
        self.backups.watch(None)
        self.external.store = None  # the server's notices tell this window (Session)
        shown = shown_target(url)
        self._remember(shown)
        self.db_label.setText(shown.rsplit("/", 1)[-1] or shown)
        self.db_label.setToolTip(shown)
        self._show_opened(store, url)

    def _show_opened(self, store: MissionStore, target: MissionTarget) -> None:
        bar = self.incident_table.filter_bar
        bar.forget_recent_days()  # the last mission's, if it was a large one
        bar.populate(store)
        total = store.count("incident")
        if total > LARGE_MISSION_INCIDENTS and bar.chosen_window() == (None, None):
            # A headquarters' years of records: open on the last month, not a million rows.
            bar.start_on_recent_days(LARGE_MISSION_DAYS, total)
        self.map_view.set_incident_filter(bar.current_filter(), reload=False)  # as the bar says
        self.layer_panel.set_basemaps(
            [dict(NATURAL_EARTH), *basemaps.page_basemaps(APP_TILES_BASE)]
        )
        self.map_view.show_mission(
            target, title=self.session.title,
            visible=self.layer_panel.visible_layers(),
            grid=self.layer_panel.grid() or None,
        )  # fmt: skip
        self.analysis.db_path = target
        self.unit_model.load(store)
        self.unit_view.expandToDepth(1)
        self.unit_view.resizeColumnToContents(0)
        # The table of up to 100k incidents loads once the map has painted (it would compete
        # with the map's data for the interpreter), or after a few seconds if the map is slow.
        self._table_pending = True
        QTimer.singleShot(4000, self._load_table_if_pending)
        self.mission_opened.emit(target)

    def _create_demo(self, path: Path) -> None:
        from app.mission import create_training_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        dialog = self.dialogs.progress(self.tr("Creating the demo mission…"), cancellable=True)
        dialog.setWindowTitle(self.tr("First start"))

        def work(progress: workers.Progress) -> Path:
            return create_training_demo(path, progress=progress)

        def done(result: Path) -> None:
            dialog.reset()
            self.open_database(result)

        def failed(exc: BaseException) -> None:
            dialog.reset()
            self.show_error(exc)

        def moved(done_count: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done_count)

        self._task = workers.start(work, result=done, error=failed, progress=moved)
        dialog.canceled.connect(self._task.cancel)

    def refresh(self, reload_map: bool = True) -> None:
        """Re-read the whole mission after a change; the map reloads its layers, not the page."""
        if self.store is None:
            return
        self._reload_views(ALL_KINDS, reload_map=reload_map)

    def _external_change(self, kinds: frozenset[str]) -> None:
        """Another connection committed records of these kinds. A running feed's own commits
        are not among them (``ExternalChanges.own_sources``: its batches are drawn already);
        while one runs, only the views of what the other writer changed are re-read (not the
        whole picture, several times a minute); otherwise everything is. Either way the
        session tells its listeners (the Feeds dock's list of units awaiting confirmation
        among them)."""
        if kinds and self.feeds.any_running():
            self.session.notify(kinds)  # → _mission_changed: the views of those kinds
        else:
            self.refresh()
            self.feeds.show_awaiting()

    def _mission_changed(self, kinds: frozenset[str]) -> None:
        """Records of these kinds were written: re-read only the views that show them. A live
        feed's new positions are on the map already (drawn incrementally by the feeds
        controller): their layers are not reloaded for them."""
        map_kinds = kinds - {"position_report"} if self.feeds.positions_drawn else kinds
        self._reload_views(kinds, reload_map=True, map_kinds=map_kinds)

    def _reload_views(
        self,
        kinds: frozenset[str],
        *,
        reload_map: bool,
        map_kinds: frozenset[str] | None = None,
    ) -> None:
        if self.store is None:
            return
        if kinds == ALL_KINDS or not self.feeds.any_running():
            # While a feed runs, a batch's views re-read say nothing of other writers': their
            # changes stay for the next poll (ExternalChanges reads them from the change log).
            self.external.mark_seen()
        if "unit" in kinds:  # the tree shows no positions
            self.unit_model.load(self.store)
            self.unit_view.expandToDepth(1)
            self.unit_view.resizeColumnToContents(0)
        if kinds & {"incident", "unit"}:  # the table names each incident's unit
            self.incident_table.model.load(self.store, self.table_filter())
        self.update_counts()
        self.details.show_again(self.store)
        if reload_map:
            self.map_view.refresh_layers(layers_of(kinds if map_kinds is None else map_kinds))

    def _load_table_if_pending(self) -> None:
        if self._table_pending and self.store is not None:
            self._table_pending = False
            self.incident_table.model.load(self.store, self.table_filter())
        self.update_counts()

    def apply_filter(self, incident_filter: IncidentFilter) -> None:
        """The table and the map show the same incidents."""
        if self.store is None:
            return
        self.map_view.set_incident_filter(incident_filter)
        self.incident_table.model.load(self.store, self.table_filter())
        self.update_counts()

    def table_filter(self) -> IncidentFilter:
        """The table's filter: the filter bar's, narrowed to the time slider's window."""
        return self.briefing.effective_filter()

    def update_counts(self) -> None:
        """The status bar's counts of units and of the incidents shown."""
        model = self.incident_table.model
        units = self.store.count("unit") if self.store else 0
        text = self.tr("%n unit(s) · incidents shown {shown} of {total}", "", units)
        self.counts_label.setText(
            text.format(shown=format_number(len(model.rows)), total=format_number(model.total))
        )
        if self.store is not None:
            store = self.store
            self.layer_panel.set_counts(
                {
                    "units": units,
                    "incidents": model.total,
                    "patrols": store.count("patrol"),
                    "lines": store.count("ceasefire_line"),
                    "map_items": store.count("map_item"),
                    "areas": store.count("patrol_area"),
                }
            )

    def _cursor_moved(self, lat: float, lon: float) -> None:
        try:
            self.cursor_label.setText(f"{to_mgrs(lat, lon, 5)}   {format_dms(lat, lon)}")
        except Exception:  # off the MGRS grid (poles) or not a position
            self.cursor_label.setText(format_dms(lat, lon))

    def _record_selected(self, kind: str, record_id: str) -> None:
        """The session's selection: the table, the tree and the details follow."""
        if kind == "incident":
            self.incident_table.select_incident(record_id)
        elif kind == "unit":
            self._select_unit_row(record_id)
        self._show_details(kind, record_id)

    def _show_details(self, kind: str, record_id: str) -> None:
        if self.store is None:
            return
        try:
            record = self.store.get(kind, record_id)
        except AppError:
            return
        self.details.show_record(record, lookups_for(self.store))

    def _incident_selected(self, incident_id: str) -> None:
        self.map_view.select("incident", incident_id)
        self.session.select("incident", incident_id)

    def _feature_clicked(self, kind: str, record_id: str) -> None:
        self.session.select(kind, record_id)

    def _unit_selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        unit_id = current.siblingAtColumn(0).data(UNIT_ID_ROLE)
        if unit_id:
            self.map_view.select("unit", unit_id)
            self.session.select("unit", unit_id)

    def _edit_row(self, index) -> None:  # type: ignore[no-untyped-def]
        incident_id = index.model().data(index, ID_ROLE)
        if incident_id:
            self.session.select("incident", incident_id)
            self.editing.edit_selected()

    def _select_unit_row(self, unit_id: str) -> None:
        matches = self.unit_model.match(
            self.unit_model.index(0, 0), UNIT_ID_ROLE, unit_id, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )  # fmt: skip
        if matches:
            self.unit_view.selectionModel().blockSignals(True)
            self.unit_view.setCurrentIndex(matches[0])
            self.unit_view.selectionModel().blockSignals(False)
            self.unit_view.scrollTo(matches[0])

    def _run_analysis(self, name: str) -> None:
        self.analysis_dock.show()
        self.analysis_dock.raise_()
        self.analysis.run(name)

    def _analysis_row_chosen(self, kind: str, record_id: str) -> None:
        hidden = self.briefing.hidden_incident_note(record_id) if kind == "incident" else None
        if hidden:  # not zoomed to silently: the slider or the filters hide it
            self._show_details(kind, record_id)
            self.statusBar().showMessage(hidden, 15000)
            return
        self.map_view.select(kind, record_id)
        self.session.select(kind, record_id)

    def _overlay_changed(self, name: str, collection: object, style: object) -> None:
        if collection is None:
            self.map_view.clear_overlay(name)
        else:
            self.map_view.set_overlay(name, collection, style)

    def _violations_arrived(self, arrived: list) -> None:  # type: ignore[type-arg]
        """The red banner over the map; a click lists exactly these violations."""
        self._new_violations = list(arrived)
        self.alert.setText(
            self.tr(
                "⚠  %n new ceasefire violation(s) arrived with the import — click to list them",
                "",
                len(arrived),
            )
        )
        self.alert.show()
        self.violations_arrived.emit(len(arrived))

    def _show_new_violations(self) -> None:
        self.alert.hide()
        self.analysis_dock.show()
        self.analysis_dock.raise_()
        self.analysis.show_violations(self._new_violations, self.tr("arrived with the import"))

    def _focus_search(self) -> None:
        self.incident_dock.show()
        self.incident_table.filter_bar.text_edit.setFocus()
        self.incident_table.filter_bar.text_edit.selectAll()

    def _export_png(self) -> None:
        # The briefing picture of the view, as ``bluehelmet render`` draws it.
        from app.ui.export_map import open_export_dialog

        open_export_dialog(self.store, self.briefing, self.dialogs, self.settings)

    # --- exchange with partners --------------------------------------------------------------

    def ask_identity(self) -> None:
        from app.ui.sync_dialogs import IdentityDialog

        dialog = IdentityDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.show(dialog)

    def _show_partners(self) -> None:
        from app.ui.sync_dialogs import PartnersDialog

        dialog = PartnersDialog(mission_target(self.store) if self.store else None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.show(dialog)

    def _show_conflicts(self) -> None:
        from app.ui.sync_dialogs import ConflictsDialog

        if self.store is None:
            return
        dialog = ConflictsDialog(mission_target(self.store), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(self.refresh)
        self.dialogs.show(dialog)

    # --- files in and out (app/ui/exchange.py) --------------------------------------------

    def export_package(self, partner_name: str, out: Path, full: bool = False) -> None:
        """Write the next package for a partner in a worker; the summary goes to the status bar."""
        self.exchange.export_package(partner_name, out, full)

    def import_package(self, path: Path, *, confirm: bool = True) -> None:
        """Verify and preview (dry run) a partner's package, then import it if the user agrees."""
        self.exchange.import_package(path, confirm=confirm)

    def import_basemap(self, path: Path) -> None:
        """Validate and copy an MBTiles file off the GUI thread, then offer it on the map."""
        self.exchange.import_basemap(path)

    def import_files(self, paths: list[Path], *, ask_mapping: bool = True) -> None:
        """Import partner files (CSV files get the column mapping dialog first)."""
        self.exchange.import_files(paths, ask_mapping=ask_mapping)

    def manage_basemaps(self) -> None:
        """The Basemaps dialog: extents on the map, opacity, overlay, remove."""
        from app.ui.basemaps_dialog import BasemapsDialog

        dialog = BasemapsDialog(self.map_view, self.dialogs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(
            lambda: self._basemaps_changed(
                [dict(NATURAL_EARTH), *basemaps.page_basemaps(APP_TILES_BASE)], None
            )
        )
        self.dialogs.show(dialog)

    def _basemaps_changed(self, entries: list, select: str | None) -> None:  # type: ignore[type-arg]
        self.layer_panel.set_basemaps(entries)
        if select is not None:
            index = self.layer_panel.basemap.findData(select)
            if index >= 0:
                self.layer_panel.basemap.setCurrentIndex(index)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.exchange.import_paths(paths)

    def show_error(self, exc: BaseException) -> None:
        """The one place the GUI tells the user that something failed."""
        self.dialogs.error(exc)

    def restore_layout(self) -> bool:
        """Window size, position and docks as the user left them; False on a first start."""
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is None:
            return False
        self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        return True

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.feeds.stop_all()
        self.session.close()
        super().closeEvent(event)
