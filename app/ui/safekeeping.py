"""Keeping the mission safe while the GUI runs: backups at an interval, recovery at start-up,
and following changes other processes commit to the same database.

Both are thin shells over ``app.store.backup``: the backup runs on a worker thread through
SQLite's online backup API (the operator keeps working), and a database found damaged when it
is opened is offered its newest healthy backup.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.coords import format_dtg
from app.store import MissionStore
from app.store.backup import latest_good_backup, quick_problem, restore, take_backup
from app.ui import workers

log = logging.getLogger(__name__)

#: Default minutes between automatic backups while the GUI runs (QSettings backup/interval_min).
DEFAULT_INTERVAL_MIN = 60


class IntervalBackups(QObject):
    """Backs the open database up every ``interval_min`` minutes, off the GUI thread."""

    def __init__(self, parent: QObject, interval_min: int | None = None) -> None:
        super().__init__(parent)
        saved = QSettings().value("backup/interval_min", DEFAULT_INTERVAL_MIN)
        minutes = interval_min or int(str(saved or DEFAULT_INTERVAL_MIN))
        self.db_path: Path | None = None
        self.last: Path | None = None
        self._running = False
        self.timer = QTimer(self, interval=max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.run_now)
        self.timer.start()

    def watch(self, db_path: Path | None) -> None:
        """Back this file up at the interval; None stops (a PostGIS mission is backed up by
        its server, ``docs/hq-server.md``)."""
        self.db_path = db_path

    def run_now(self) -> None:
        if self.db_path is None or self._running or not self.db_path.exists():
            return
        self._running = True
        path = self.db_path

        def work(_progress: workers.Progress) -> Path:
            return take_backup(path, reason="interval").path

        def done(made: Path) -> None:
            self._running = False
            self.last = made
            log.info("interval backup written to %s", made)

        def failed(exc: BaseException) -> None:
            self._running = False
            log.warning("interval backup failed: %s", exc)

        self._task = workers.start(work, result=done, error=failed)


class ExternalChanges(QObject):
    """Notices commits made by other connections (a CLI import, a second window, a worker) by
    polling SQLite's ``data_version`` — one cheap pragma — and emits ``changed`` once per burst,
    so the picture follows the database whoever wrote to it.

    ``changed`` carries the kinds those writers changed (read from the change log since the
    position last seen), without the writes of ``own_sources`` (``feed:NAME@WRITER`` for each
    feed this window runs, with the window's writer token: their batches are drawn already; the
    same feed run by another process writes another source and is heard). A poll that finds
    only those emits nothing. Kinds that name no record (``awaiting``: a unit confirmed
    elsewhere) come too; the session turns them into the views that show them."""

    changed = Signal(frozenset)

    def __init__(self, parent: QObject, interval_ms: int = 2000) -> None:
        super().__init__(parent)
        self.store: MissionStore | None = None
        self._version: int | None = None
        self._seq = 0
        #: The change-log sources whose writes this window shows already (none by default).
        self.own_sources: Callable[[], Collection[str]] = tuple
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def watch(self, store: MissionStore) -> None:
        self.store = store
        self.mark_seen()

    def mark_seen(self) -> None:
        """The picture was just re-read: what was committed so far is on screen already (so an
        import the window ran itself does not reload everything a second time)."""
        self._version = self._read()
        if self.store is not None and self._version is not None:
            self._seq = self.store.last_change_seq()

    def _read(self) -> int | None:
        if self.store is None:
            return None
        try:
            return self.store.data_version()
        except Exception:  # a closed or replaced store: stop following it
            self.store = None
            return None

    def poll(self) -> None:
        version = self._read()
        if version is None or self.store is None:
            self._version = version
            return
        if self._version is not None and version != self._version:
            self._seq, kinds = self.store.kinds_changed_since(
                self._seq, except_sources=self.own_sources()
            )
            if kinds or not self.own_sources():
                self.changed.emit(kinds)
        self._version = version


def recover_if_damaged(parent: QWidget | None, path: Path, *, ask: bool = True) -> bool:
    """False when the operator declined to restore a damaged database from its newest healthy
    backup (the file is left untouched); True otherwise — healthy, restored, or damaged with no
    backup to offer, in which case opening it reports the problem as any other error."""
    problem = quick_problem(path)
    if problem is None:
        return True
    backup = latest_good_backup(path)
    if backup is None:
        return True  # nothing to offer: opening it reports the problem the usual way
    when = format_dtg(backup.taken_at)
    if ask:
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            parent,
            translate("Safekeeping", "Mission database damaged"),
            translate(
                "Safekeeping",
                "{problem}\n\nRestore the newest healthy backup, taken {when} ({reason})? "
                "Changes made after it are lost; the damaged file is kept beside the database.",
            ).format(problem=problem, when=when, reason=backup.reason),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    restore(backup.path, path)
    log.warning("restored %s from %s after: %s", path, backup.path, problem)
    return True
