"""One way to run long work off the GUI thread and get its result or error back on it.

The work is a plain function; it must not touch widgets and opens its own SQLite connection.
``progress(done, total)`` reports to the GUI and returns False once the user cancelled.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]


class _Signals(QObject):
    progress = Signal(int, int)
    result = Signal(object)
    error = Signal(object)


class Task(QRunnable):
    """A function run in the thread pool; connect to ``signals`` before starting it."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancelled.set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            value = self.work(self._progress)
        except BaseException as exc:  # delivered to the GUI's one error sink
            log.info("background task failed: %s", exc, exc_info=True)
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)


def start(
    work: Callable[[Progress], Any],
    *,
    result: Callable[[Any], None] | None = None,
    error: Callable[[BaseException], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Task:
    task = Task(work)
    pool = QThreadPool.globalInstance()
    # Workers mostly wait on SQLite and Chromium, not the CPU: more than one per core helps.
    pool.setMaxThreadCount(max(pool.maxThreadCount(), 6))
    if result:
        task.signals.result.connect(result)
    if error:
        task.signals.error.connect(error)
    if progress:
        task.signals.progress.connect(progress)
    pool.start(task)
    return task
