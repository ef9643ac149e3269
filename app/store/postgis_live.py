"""Live news of a PostGIS mission: what other workstations wrote, heard by LISTEN/NOTIFY.

The server announces each committed write on the mission's channel
(``postgis_schema.CHANNEL``, from a trigger on the change log). A ``Subscription`` is a
thread with its own connection that listens there; when it hears something it waits a short
moment for more (a large import is one batch, not thousands), reads the change log since the
last line it reported and hands the callback a ``ChangeNotice``: the kinds and ids written,
and the change-log sources that wrote each kind. It reads through the subscriber's own role,
so a mission user hears only of records they may read. Writes made through the subscribing
store's own connection are left out (that window refreshed already); writes the window made
through other connections (its feeds: ``feed:NAME@WRITER``, whatever process or connection
runs them) are left out by the listener, by their sources (``ChangeNotice.kinds_except``).
The notification itself carries nothing: a payload would bypass row security.

The callback runs on the subscription's thread: a GUI hands it over to its own thread (the
session does it with a queued Qt signal). Must not import Qt or anything from app.ui, app.cli
or maps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from app.store import postgis_schema

log = logging.getLogger(__name__)

#: How long to wait for more news after the first notice before reporting (one batch).
SETTLE_S = 0.15
#: How often the thread looks up from waiting to see whether it should stop.
_POLL_S = 0.5


@dataclass(frozen=True)
class ChangeNotice:
    """Records written elsewhere: record kind → ids, the last change-log line read, and
    record kind → the change-log sources that wrote it (``feed:NAME@WRITER``, ``local``…)."""

    ids: dict[str, frozenset[str]]
    last_seq: int
    sources: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def kinds_except(self, sources: Collection[str]) -> frozenset[str]:
        """The kinds some writer other than ``sources`` wrote (a window leaves out its own
        feeds' writes: their batches are drawn already)."""
        own = set(sources)
        if not own:
            return self.kinds
        return frozenset(k for k in self.ids if not self.sources.get(k, frozenset()) <= own)


class Subscription:
    """A listening thread; ``close()`` stops it (also on leaving a ``with`` block)."""

    def __init__(
        self,
        url: str,
        callback: Callable[[ChangeNotice], None],
        *,
        since: int,
        ignore_pid: int | None = None,
    ) -> None:
        import psycopg

        self._url = url
        self._callback = callback
        self._since = since
        self._ignore_pid = ignore_pid
        self._stop = threading.Event()
        # Connect and LISTEN before returning: a write made right after ``subscribe`` is heard.
        self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        self._conn.execute(f"LISTEN {postgis_schema.CHANNEL}")
        self._thread = threading.Thread(target=self._run, name="bluehelmet-listen", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5 * _POLL_S)

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                heard = list(self._conn.notifies(timeout=_POLL_S, stop_after=1))
                if not heard or self._stop.is_set():
                    continue
                heard += self._conn.notifies(timeout=SETTLE_S)
                notice = self._read()
                if notice is None:
                    continue
                try:
                    self._callback(notice)
                except Exception:
                    log.exception("a change subscriber failed")
        except Exception:
            if not self._stop.is_set():
                log.exception("listening for other workstations' changes stopped")
        finally:
            self._conn.close()

    def _read(self) -> ChangeNotice | None:
        """The change-log lines since the last report (only those this role may read)."""
        ids: dict[str, set[str]] = {}
        sources: dict[str, set[str]] = {}
        last = self._since
        for seq, kind, record_id, source, writer in self._conn.execute(
            "SELECT seq, kind, record_id, source, writer_pid FROM change_log WHERE seq > %s"
            " ORDER BY seq",
            (self._since,),
        ):
            last = max(last, int(seq))
            # The subscribing store's own connection is alive all along, so no other
            # process can hold its number meanwhile.
            if writer != self._ignore_pid:
                ids.setdefault(kind, set()).add(record_id)
                sources.setdefault(kind, set()).add(source)
        self._since = last
        if not ids:
            return None
        return ChangeNotice(
            {k: frozenset(v) for k, v in ids.items()},
            last,
            {k: frozenset(v) for k, v in sources.items()},
        )
