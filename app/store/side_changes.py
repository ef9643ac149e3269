"""Change-log lines for what the mission keeps beside its records, so that other windows hear
of it as they hear of record writes.

A window follows other writers through the change log: on SQLite ``ExternalChanges`` reads
the kinds changed since its last look, on PostGIS every insert into the change log is
announced (``postgis_live``). A write that leaves no line there (a meta value, say) is seen by
nobody until something else is written. So the marks a window shows beside the records get
lines of their own, written in the same transaction as the mark:

- ``awaiting``: a unit a feed brought in is marked awaiting confirmation (``create``, record
  id = the unit's id) or confirmed (``delete``); the mark itself is the meta value
  ``feeds.awaiting`` (``app.feeds.awaiting``).

Settings and categories have lines of their own already (kinds ``mission`` and ``category``,
``app.store.settings``). Sync reads only record kinds from the change log, so these lines never
travel. Written once for both engines (``store.run_sql``). Must not import Qt or anything from
app.ui, app.cli or maps.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.domain.coords import format_utc

if TYPE_CHECKING:
    from app.store.store import MissionStore

#: A unit's awaiting-confirmation mark was set (``create``) or taken off (``delete``).
AWAITING = "awaiting"
#: Change-log kinds that name no record table (settings, categories, marks): ``check`` knows them.
SIDE_KINDS: tuple[str, ...] = ("mission", "category", AWAITING)


def log_side_changes(
    store: MissionStore,
    kind: str,
    changes: Iterable[tuple[str, str]],
    *,
    source: str = "local",
    unit: str | None = None,
) -> None:
    """One change-log line per (key, op) — op ``create``, ``update`` or ``delete`` — inside
    the caller's transaction (opened here when there is none). ``source`` says who wrote, as
    for records (``feed:NAME…`` for a feed), so that a window can leave out its own feeds'."""
    lines = list(changes)
    if not lines:
        return
    from app.store.store import _utcnow

    with store.transaction():
        at = format_utc(_utcnow())
        version = str(store.clock.tick())
        by = unit or store.origin
        store.run_sql_many(
            "INSERT INTO change_log (at, kind, record_id, version, op, unit, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(at, kind, key, version, op, by, source) for key, op in lines],
        )
        store.run_sql(
            "INSERT INTO meta (key, value) VALUES ('hlc_last', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(store.clock.last),),
        )
