"""The Feeds dock: this installation's live feeds, each with its state, events per second,
last event and errors, and a Start/Stop button.

Each running feed works on a thread of its own with its own SQLite connection
(``app.feeds.service.listen`` or ``send``); nothing touches a widget from there. The GUI
thread looks every ``REFRESH_MS`` (250 ms, so at most four times a second) at what the feeds
wrote since it last looked, and tells the session once for all of it (``session.notify``):
the map, the tables and the briefing mirror redraw at most four times a second, whatever
the rate of events. Nothing connects until the user starts a feed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.coords import format_dtg, format_utc, parse_utc
from app.domain.records import PositionReport, Record
from app.errors import AppError
from app.feeds.awaiting import awaiting_units, confirm_units
from app.feeds.definitions import FeedDefinition, add_feed, load_feeds, remove_feed
from app.feeds.ingest import FeedStats, feed_source, new_writer_token
from app.feeds.sender import Audience
from app.feeds.service import SendStats, listen, send
from app.feeds.staleness import stale_times
from app.feeds.transports import FeedListener
from app.feeds.urls import parse_feed_url
from app.picture import live_positions
from app.ui.feed_dialogs import FeedDialog
from app.ui.session import open_target

log = logging.getLogger(__name__)

#: How often the dock and the map catch up with the feeds (milliseconds): ≤ 4 redraws a second.
REFRESH_MS = 250
#: Units added to the awaiting list per turn of the event loop (a feed may bring hundreds).
AWAITING_CHUNK = 100
#: Seconds a stale unit or map item stays on the live map, faded, before it leaves it.
STALE_DROP_S = 300.0
COLUMNS = (
    QT_TRANSLATE_NOOP("FeedsPanel", "Feed"),
    QT_TRANSLATE_NOOP("FeedsPanel", "Direction"),
    QT_TRANSLATE_NOOP("FeedsPanel", "State"),
    QT_TRANSLATE_NOOP("FeedsPanel", "Events/s"),
    QT_TRANSLATE_NOOP("FeedsPanel", "Last event"),
    QT_TRANSLATE_NOOP("FeedsPanel", "Errors"),
)


@dataclass
class RunningFeed:
    """A feed started from the dock: its thread, stop flag, and what it has done."""

    definition: FeedDefinition
    stop: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None
    stats: FeedStats | None = None
    sent: SendStats | None = None
    state: str = "starting"
    listener: FeedListener | None = None
    error: str = ""
    #: Record kinds written since the GUI last looked (guarded by ``lock``).
    pending: set[str] = field(default_factory=set)
    #: The position reports written since then, (unit id, lat, lon, observed time as stored),
    #: drawn on the map incrementally (as written: the GUI thread reads none of them back).
    fixes: list[tuple[str, float, float, str]] = field(default_factory=list)
    #: Unit id → (observed time, operational status) of its latest report since then.
    statuses: dict[str, tuple[Any, str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def alive(self) -> bool:
        return self.thread is not None and self.thread.is_alive()


class FeedsPanel(QWidget):
    """The dock's widget: a table of feeds and the Start/Stop button."""

    start_stop = Signal(str)  # feed name
    #: The user confirmed this unit (id) from the awaiting list.
    confirm = Signal(str)
    #: The user picked a unit (id) in the awaiting list.
    unit_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("FeedsPanel", str(c)) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()
        layout.addWidget(self.table)
        buttons = QGridLayout()  # two by two: the dock is often narrow
        self.toggle_button = QPushButton(self.tr("Start"))
        self.toggle_button.setEnabled(False)
        self.toggle_button.clicked.connect(self._toggle)
        self.add_button = QPushButton(self.tr("Add feed…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setEnabled(False)
        self.reload_button = QPushButton(self.tr("Reload list"))
        buttons.addWidget(self.toggle_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.add_button, 1, 0)
        buttons.addWidget(self.reload_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        self.awaiting_label = QLabel(self.tr("New units from feeds, awaiting confirmation:"))
        self.awaiting_label.setWordWrap(True)
        self.awaiting = QListWidget()
        self.awaiting.setMaximumHeight(90)
        self.awaiting.setSortingEnabled(True)  # by designation: each text starts with it
        self._to_add: list[tuple[str, str]] = []  # waiting for their turn (update_awaiting)
        self.confirm_button = QPushButton(self.tr("Confirm unit"))
        self.confirm_button.setEnabled(False)
        self.awaiting.itemSelectionChanged.connect(
            lambda: self.confirm_button.setEnabled(bool(self.awaiting.selectedItems()))
        )
        self.confirm_button.clicked.connect(self._confirm)
        self.hint = QLabel(
            self.tr(
                "No feeds defined. Add one with Add feed… (or 'bluehelmet feed add NAME "
                "URL'); nothing connects until you start it."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.hint)
        layout.addWidget(self.awaiting_label)
        layout.addWidget(self.awaiting)
        confirm_row = QGridLayout()
        confirm_row.addWidget(self.confirm_button, 0, 0)
        confirm_row.setColumnStretch(1, 1)
        layout.addLayout(confirm_row)
        self.show_awaiting([])
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._running: Callable[[str], bool] = lambda _name: False

    def selected_name(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def select_feed(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() == name:
                self.table.selectRow(row)

    def show_awaiting(self, units: list[tuple[str, str]]) -> None:
        """(unit id, what to show) for each unit awaiting confirmation; hidden when none."""
        self._to_add.clear()
        self.awaiting.clear()
        self.update_awaiting(units, set())

    def update_awaiting(self, added: list[tuple[str, str]], removed: set[str]) -> None:
        """Only what changed: units newly awaiting confirmation join the list (in order,
        ``AWAITING_CHUNK`` per turn of the event loop: a feed's first batch may bring
        hundreds) and confirmed ones leave it; the rest stays as it is, selection included."""
        if removed:
            self._to_add = [row for row in self._to_add if row[0] not in removed]
            for row in reversed(range(self.awaiting.count())):
                item = self.awaiting.item(row)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) in removed:
                    self.awaiting.takeItem(row)
        self._to_add += added
        self._add_some()

    def _add_some(self) -> None:
        chunk, self._to_add = self._to_add[:AWAITING_CHUNK], self._to_add[AWAITING_CHUNK:]
        if chunk:
            self.awaiting.setUpdatesEnabled(False)
            self.awaiting.setSortingEnabled(False)  # sorted once below, not at each insertion
            try:
                for unit_id, text in chunk:
                    item = QListWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, unit_id)
                    self.awaiting.addItem(item)
            finally:
                self.awaiting.setSortingEnabled(True)
                self.awaiting.setUpdatesEnabled(True)
        if self._to_add:
            QTimer.singleShot(0, self, self._add_some)
        shown = self.awaiting.count() > 0
        for widget in (self.awaiting_label, self.awaiting, self.confirm_button):
            widget.setVisible(shown)
        self.confirm_button.setEnabled(bool(self.awaiting.selectedItems()))

    def _confirm(self) -> None:
        for item in self.awaiting.selectedItems():
            self.confirm.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _fit_columns(self) -> None:
        """Each column as wide as its header or its widest cell, whichever is wider: Qt's own
        fit-to-contents leaves headers a few pixels short of their words."""
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        cell_metrics = self.table.fontMetrics()
        for column in range(self.table.columnCount() - 1):
            heading = self.table.horizontalHeaderItem(column)
            need = header_metrics.horizontalAdvance(heading.text() if heading else "") + 24
            for row in range(self.table.rowCount()):
                item = self.table.item(row, column)
                if item is not None:
                    need = max(need, cell_metrics.horizontalAdvance(item.text()) + 16)
            if header.sectionSize(column) != need:
                header.resizeSection(column, need)

    def _toggle(self) -> None:
        name = self.selected_name()
        if name is not None:
            self.start_stop.emit(name)

    def _selection_changed(self) -> None:
        name = self.selected_name()
        self.toggle_button.setEnabled(name is not None)
        self.remove_button.setEnabled(name is not None)
        self.toggle_button.setText(
            self.tr("Stop") if name and self._running(name) else self.tr("Start")
        )

    def show_rows(self, rows: list[tuple[str, ...]], running: Callable[[str], bool]) -> None:
        """One row per feed; the table keeps its selection."""
        self._running = running
        selected = self.selected_name()
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                if item.text() != value:
                    item.setText(value)
        self._fit_columns()
        self.hint.setVisible(not rows)
        if selected is not None:
            self.select_feed(selected)
        self._selection_changed()


class FeedsController(QObject):
    """Starts and stops feeds, and hands what they wrote to the session in batches."""

    #: A feed's state changed or it wrote something (name); for tests and the status bar.
    updated = Signal(str)

    def __init__(self, session: Any, map_view: Any, dialogs: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self.map_view = map_view
        self.dialogs = dialogs
        self.panel = FeedsPanel()
        self.feeds: dict[str, FeedDefinition] = {}
        self.running: dict[str, RunningFeed] = {}
        self.notified = 0  #: how many times the session was told (a test looks)
        #: This window's feeds write with this token in their change-log source (own_sources).
        self.writer = new_writer_token()
        #: True while the session hears of a batch whose new positions the map already shows
        #: (``MapView.append_positions``): the window then reloads no units or tracks for them.
        self.positions_drawn = False
        # REFRESH_MS is a floor between two catch-ups: a precise timer (a coarse one may fire
        # up to 5% early), started again once each catch-up is done (a repeating timer that
        # fired late fires the next time early, to keep its rhythm).
        self.timer = QTimer(self, timerType=Qt.TimerType.PreciseTimer, singleShot=True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._catch_up)
        self.panel.start_stop.connect(self.toggle)
        self.panel.reload_button.clicked.connect(self.reload)
        self.panel.add_button.clicked.connect(self.ask_new_feed)
        self.panel.remove_button.clicked.connect(self._remove_selected)
        session.opened.connect(self.stop_all)  # a feed writes into the mission it started with
        session.opened.connect(lambda *_args: self.show_awaiting(rebuild=True))
        session.changed.connect(self._mission_changed)
        self._stale_shown: dict[str, str] | None = None
        #: Unit ids the awaiting list shows (it changes by what was added or confirmed).
        self._awaiting_shown: set[str] = set()
        if hasattr(map_view, "map_ready"):
            map_view.map_ready.connect(lambda _info: self.push_stale(force=True))
        self.panel.confirm.connect(self.confirm_unit)
        self.panel.awaiting.itemClicked.connect(
            lambda item: session.select("unit", str(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.reload()

    # --- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.feeds = {f.name: f for f in load_feeds()}
        except AppError as exc:
            self.dialogs.error(exc)
            self.feeds = {}
        self._show()

    def ask_new_feed(self) -> None:
        """The Add feed dialog; the feed is kept in this installation's list when it is right."""
        dialog = FeedDialog(self.feeds, self.session.labels, self.panel.window())

        def closed(accepted: bool) -> None:
            if accepted and dialog.definition is not None:
                self.add(dialog.definition)

        self.dialogs.show(dialog, closed)

    def add(self, definition: FeedDefinition) -> None:
        try:
            add_feed(definition)
        except AppError as exc:
            self.dialogs.error(exc)
            return
        self.reload()
        self.panel.select_feed(definition.name)
        self.dialogs.status(self.tr("Added feed {0}").format(definition.describe()))

    def _remove_selected(self) -> None:
        name = self.panel.selected_name()
        if name is None:
            return
        definition = self.feeds.get(name)
        text = self.tr(
            "Remove the feed {0}? Its definition is forgotten; what it brought stays in the "
            "mission."
        ).format(definition.describe() if definition is not None else name)
        if self.is_running(name):
            text += " " + self.tr("It is running and stops now.")
        self.dialogs.confirm(
            self.tr("Remove feed"), text, self.tr("Remove"), lambda: self.remove(name)
        )

    def remove(self, name: str) -> None:
        """Stop the feed if it runs, and forget its definition."""
        if self.is_running(name):
            self.stop(name)
        self.running.pop(name, None)
        try:
            remove_feed(name)
        except AppError as exc:
            self.dialogs.error(exc)
        self.reload()

    # --- stale events fade on the live map --------------------------------------------------

    def push_stale(self, force: bool = False, times: dict[str, str] | None = None) -> None:
        """Tell the map the stale times of what feeds brought: all of them when the page is
        new, then only those that changed (units' own go with their fixes, see _catch_up)."""
        store = self.session.store
        if store is None:
            return
        if times is None:
            times = stale_times(store)
        if not times:
            return
        shown = self._stale_shown
        if force or shown is None:
            self.map_view.set_stale(times, STALE_DROP_S)
        else:
            changed = {k: v for k, v in times.items() if shown.get(k) != v}
            if changed:
                self.map_view.set_stale(changed, STALE_DROP_S, merge=True)
        self._stale_shown = times

    # --- units awaiting confirmation --------------------------------------------------------

    def _mission_changed(self, kinds: frozenset[str]) -> None:
        if "unit" in kinds:
            self.show_awaiting()

    def show_awaiting(self, rebuild: bool = False) -> None:
        """The list of units awaiting confirmation, changed by what changed: a feed's first
        batch of 500 new units adds them once; a later batch with no new unit costs one read
        of the marks."""
        store = self.session.store
        if store is None:
            self._awaiting_shown = set()
            self.panel.show_awaiting([])
            return
        marked = awaiting_units(store)
        if rebuild:
            self._awaiting_shown = set()
            self.panel.show_awaiting([])
        new = marked.keys() - self._awaiting_shown
        gone = self._awaiting_shown - marked.keys()
        if not new and not gone:
            return
        units = store.units() if new else []
        self.panel.update_awaiting([
            (u.id, self.tr("{0} ({1}), from {2}").format(
                u.designation, u.callsign or "—", marked[u.id]))
            for u in units if u.id in new
        ], gone)  # fmt: skip
        self._awaiting_shown = (self._awaiting_shown - gone) | {u.id for u in units if u.id in new}

    def confirm_unit(self, unit_id: str) -> None:
        try:
            confirm_units(self.session.require("confirming a unit"), [unit_id])
        except AppError as exc:
            self.dialogs.error(exc)
            return
        self.session.notify({"unit"})  # the unit tree drops its mark; this list follows

    def own_sources(self) -> set[str]:
        """The change-log sources of the inbound feeds running here (``feed:NAME@WRITER``, this
        window's token): what they write reaches the views by their batches, not as another
        writer's changes (a stopped feed's last batch was caught up with as it stopped). The
        same feed run elsewhere writes another source, and is heard."""
        running = self.running.items()
        return {
            feed_source(name, self.writer) for name, f in running if f.stats is not None and f.alive
        }

    def any_running(self) -> bool:
        return any(feed.alive for feed in self.running.values())

    def is_running(self, name: str) -> bool:
        feed = self.running.get(name)
        return feed is not None and feed.alive

    # --- start and stop ---------------------------------------------------------------------

    def toggle(self, name: str) -> None:
        if self.is_running(name):
            self.stop(name)
        else:
            self.start(name)

    def start(self, name: str) -> None:
        definition = self.feeds.get(name)
        if definition is None:
            return
        try:
            db = self.session.db_path("starting a feed")
            url = parse_feed_url(definition.url)
            audience = (
                Audience.parse(definition.audience or "", definition.clearance)
                if definition.direction == "out"
                else None
            )
        except AppError as exc:
            self.dialogs.error(exc)
            return
        feed = RunningFeed(definition)
        feed.stats = FeedStats(name) if audience is None else None
        feed.sent = SendStats() if audience is not None else None

        def on_batch(written: list[Record], _stats: FeedStats) -> None:
            with feed.lock:
                feed.pending.update(r.KIND for r in written)
                for r in written:
                    if isinstance(r, PositionReport):
                        feed.fixes.append((r.unit_id, r.lat, r.lon, format_utc(r.observed_at)))
                        seen = feed.statuses.get(r.unit_id)
                        if seen is None or seen[0] <= r.observed_at:
                            feed.statuses[r.unit_id] = (r.observed_at, r.status)

        def on_start(listener: FeedListener) -> None:
            feed.listener = listener

        def run() -> None:
            try:
                with open_target(db) as store:
                    if audience is None:
                        assert feed.stats is not None
                        feed.state = "listening"
                        listen(store, url, name, stop=feed.stop, on_batch=on_batch,
                               stats=feed.stats, on_start=on_start,
                               writer=self.writer)  # fmt: skip
                    else:
                        feed.state = "sending"
                        send(store, url, audience, layers=definition.layers,
                             every=definition.every, stop=feed.stop, stats=feed.sent)  # fmt: skip
                feed.state = "stopped"
            except AppError as exc:
                feed.state, feed.error = "failed", str(exc)
            except Exception as exc:  # a bug: logged with its traceback, shown in one line
                log.exception("feed %s failed", name)
                feed.state, feed.error = "failed", f"{type(exc).__name__}: {exc}"

        feed.thread = threading.Thread(target=run, name=f"feed {name}", daemon=True)
        self.running[name] = feed
        feed.thread.start()
        self.timer.start()
        self._show()

    def stop(self, name: str) -> None:
        feed = self.running.get(name)
        if feed is None:
            return
        feed.stop.set()
        if feed.thread is not None:
            feed.thread.join(timeout=10)
        self._catch_up()

    def stop_all(self) -> None:
        for name in list(self.running):
            self.stop(name)
        self.running.clear()
        self.timer.stop()
        self._show()

    # --- catching up, at most every REFRESH_MS ----------------------------------------------

    def _catch_up(self) -> None:
        try:
            self._take_batches()
        finally:
            if any(f.alive for f in self.running.values()):
                self.timer.start()  # REFRESH_MS from now
            else:
                self.timer.stop()

    def _take_batches(self) -> None:
        kinds: set[str] = set()
        fixes: list[tuple[str, float, float, str]] = []
        statuses: dict[str, tuple[Any, str]] = {}
        for feed in self.running.values():
            with feed.lock:
                kinds |= feed.pending
                feed.pending.clear()
                fixes += feed.fixes
                feed.fixes = []
                for unit_id, seen in feed.statuses.items():
                    if unit_id not in statuses or statuses[unit_id][0] <= seen[0]:
                        statuses[unit_id] = seen
                feed.statuses = {}
        if kinds:
            self.notified += 1
            store = self.session.store
            times = stale_times(store) if store is not None else {}
            # Only what changed goes to the page: each unit's new fixes (not whole tracks),
            # with what its marker shows (status, awaiting confirmation, stale time).
            drawn = bool(fixes) and store is not None and hasattr(self.map_view, "append_positions")
            if drawn:
                batch = live_positions(
                    store, fixes, statuses={k: v[1] for k, v in statuses.items()}, stale=times
                )
                self.map_view.append_positions(batch)
                if self._stale_shown is not None:  # these went with the fixes
                    self._stale_shown.update(
                        {u: at for u, at in zip(batch["ids"], batch["stale"], strict=True) if at}
                    )
            self.positions_drawn = drawn
            try:
                self.session.notify(kinds)
            finally:
                self.positions_drawn = False
            self.push_stale(times=times)
        self._show()
        for name in self.running:
            self.updated.emit(name)

    def _show(self) -> None:
        rows = [self._row(definition) for definition in self.feeds.values()]
        self.panel.show_rows(rows, self.is_running)

    def _row(self, definition: FeedDefinition) -> tuple[str, ...]:
        feed = self.running.get(definition.name)
        direction = (
            self.tr("in")
            if definition.direction == "in"
            else self.tr("out → {0}").format(definition.audience)
        )
        if feed is None:
            return (definition.name, direction, _state("stopped"), "", "", "")
        state = feed.state
        if feed.listener is not None and feed.alive:
            state = feed.listener.state  # listening, connecting, connected, retrying
        state = _state(state)
        if feed.stats is not None and feed.alive:
            snap = feed.stats.snapshot()
            last = _dtg(snap["last_event_at"])
            errors = sum(snap["errors"].values())
            error_text = f"{errors}: {snap['last_error']}" if errors else ""
            return (definition.name, direction, state, f"{snap['events_per_second']:.1f}",
                    last, error_text)  # fmt: skip
        if feed.sent is not None:
            sent = self.tr("{0} sent, {1} withheld").format(feed.sent.sent, feed.sent.withheld)
            return (definition.name, direction, state, "", sent, feed.error)
        if feed.stats is not None:
            snap = feed.stats.snapshot()
            errors = sum(snap["errors"].values())
            error_text = feed.error or (f"{errors}: {snap['last_error']}" if errors else "")
            return (definition.name, direction, state, "", _dtg(snap["last_event_at"]),
                    error_text)  # fmt: skip
        return (definition.name, direction, state, "", "", feed.error)


_STATES = {
    "starting": QT_TRANSLATE_NOOP("FeedsPanel", "starting"),
    "listening": QT_TRANSLATE_NOOP("FeedsPanel", "listening"),
    "connecting": QT_TRANSLATE_NOOP("FeedsPanel", "connecting"),
    "connected": QT_TRANSLATE_NOOP("FeedsPanel", "connected"),
    "retrying": QT_TRANSLATE_NOOP("FeedsPanel", "retrying"),
    "sending": QT_TRANSLATE_NOOP("FeedsPanel", "sending"),
    "stopped": QT_TRANSLATE_NOOP("FeedsPanel", "stopped"),
    "failed": QT_TRANSLATE_NOOP("FeedsPanel", "failed"),
}


def _state(state: str) -> str:
    """A feed's state in the user's language."""
    return (
        QCoreApplication.translate("FeedsPanel", str(_STATES[state])) if state in _STATES else state
    )


def _dtg(text: str | None) -> str:
    return format_dtg(parse_utc(text)) if text else ""
