"""MissionStore: the mission database service used by the CLI, the GUI, sync and interop.

One SQLite file per mission, opened with WAL, foreign keys, a busy timeout and full fsync. Every
write goes through ``MissionStore`` inside one transaction: the record row, its R*Tree entry
(kept by triggers), its full-text entry (triggers) and its change-log line land together or not at
all. Records are stamped here with origin, hybrid-logical-clock version and UTC times.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from app.domain import taxonomy
from app.domain.coords import format_utc
from app.domain.hlc import Hlc, HybridClock
from app.domain.kind_words import kind_word
from app.domain.mission import CATEGORY_TRANSLATIONS_KEY, decode_category_translations
from app.domain.records import (
    RECORD_KINDS,
    CeasefireLine,
    Incident,
    MapItem,
    PatrolArea,
    PositionReport,
    Record,
    Unit,
    record_class,
)
from app.domain.serialize import record_from_dict, record_to_dict
from app.errors import NotFoundError, StoreError, ValidationError
from app.i18n import translate
from app.store import migrations
from app.store.check import CheckReport, run_checks
from app.store.rows import record_to_row, row_to_record
from app.store.tables import TABLES

#: From this many new rows of one table in one write, indexes are filled in bulk.
BULK_ROWS = 2000

#: Per kind: the columns that bound a record in time (start, end) for time-window queries.
_TIME_COLUMNS: dict[str, tuple[str, str]] = {
    "position_report": ("observed_at", "observed_at"),
    "patrol_area": ("valid_from", "valid_to"),
    "patrol": ("planned_start", "planned_end"),
    "ceasefire_line": ("valid_from", "valid_to"),
    "incident": ("occurred_start", "coalesce(occurred_end, occurred_start)"),
}
_UNIT_COLUMNS: dict[str, str] = {
    "unit": "parent_id",
    "position_report": "unit_id",
    "patrol_area": "responsible_unit_id",
    "patrol": "unit_id",
    "incident": "reporting_unit_id",
}
_NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "unit": ("designation", "short_name", "callsign"),
    "patrol_area": ("name",),
    "patrol": ("task", "findings"),
    "ceasefire_line": ("name", "agreement"),
    "map_item": ("name", "notes"),
}
#: Incident columns a summary (map layer, table) needs; see ``incident_columns``.
INCIDENT_SUMMARY_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "category",
    "occurred_start",
    "lat",
    "lon",
    "severity",
    "status",
    "weapon_class",
    "reporting_unit_id",
    "fatalities",
    "injured",
)
_INCIDENT_COLUMN_NAMES = (
    *INCIDENT_SUMMARY_COLUMNS,
    "occurred_end",
    "reported_at",
    "precision_m",
    "description",
    "actors",
    "source_kind",
    "source_reliability",
    "info_credibility",
    "area_id",
    "line_id",
    "classification",
    "releasable_to",
    "origin",
    "version",
    "text_lang",
)
_DEFAULT_ORDER: dict[str, str] = {
    "unit": "designation",
    "position_report": "observed_at",
    "patrol_area": "name",
    "patrol": "planned_start",
    "ceasefire_line": "name",
    "incident": "occurred_start",
    "map_item": "name",
}


@dataclass(frozen=True)
class Change:
    """One line of the change log."""

    seq: int
    at: str
    kind: str
    record_id: str
    version: str
    op: str
    unit: str
    source: str


@dataclass(frozen=True)
class RemoteChange:
    """One record received from a partner, with the merge decision already taken for it."""

    record: Record
    #: Earlier versions of the record its sender had seen, newest first.
    ancestors: tuple[str, ...]
    #: new, updated, unchanged, stale or kept (see ``app.sync.merge.Action``).
    action: str
    conflict: bool = False
    #: The record's row (``record_to_row``) when the caller already built it for the merge.
    row: dict[str, Any] | None = None

    @property
    def applies(self) -> bool:
        return self.action in ("new", "updated")


@dataclass
class ApplySummary:
    """What ``apply_remote`` did, per kind and action, and how many conflicts it recorded."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0

    def add(self, kind: str, action: str) -> None:
        per_kind = self.counts.setdefault(kind, {})
        per_kind[action] = per_kind.get(action, 0) + 1


@dataclass(frozen=True)
class ConflictRow:
    """A concurrent edit kept for the operator to choose between."""

    id: int
    kind: str
    record_id: str
    local_version: str
    remote_version: str
    local_json: str
    remote_json: str
    detected_at: str
    resolved_at: str | None
    resolution: str | None


def _utcnow() -> datetime:
    """Now, to the millisecond: the precision times are stored with, so records round-trip."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (see MissionStore.transaction).
    if readonly:
        uri = Path(path).expanduser().resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if str(path) != ":memory:" and not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit survives power loss (NORMAL in WAL mode can lose the last commits).
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def open_store(path: str | Path, *, readonly: bool = False) -> MissionStore:
    """Open the mission database at ``path``.

    Writable (the default) creates and upgrades it as needed. ``readonly`` changes nothing on
    disk — no creation, no upgrade, no bookkeeping — for commands that only look.
    Only SQLite: ``app.store.contract.open_mission`` chooses the engine by the argument.
    """
    return MissionStore(path, readonly=readonly)


class MissionStore:
    """The mission database. Not thread-safe: each thread or worker opens its own."""

    engine = "sqlite"

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(
                    translate("Store", "{path}: folder {parent} does not exist").format(
                        path=self.path, parent=parent
                    )
                )
            if readonly and not Path(self.path).is_file():
                raise StoreError(
                    translate("Store", "{path}: no mission database there").format(path=self.path)
                )
        try:
            self.conn = _connect(self.path, readonly)
            self._check_is_mission_database()
            if not readonly:
                migrations.migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                translate("Store", "{path}: cannot open as a mission database ({exc})").format(
                    path=self.path, exc=exc
                )
            ) from None
        self.conn.row_factory = sqlite3.Row
        self.db = sqlite_utils.Database(self.conn)
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        #: Record kinds whose table exists: all of them, except in a read-only look at a
        #: database made before a later kind was added (it reads as having none of that kind).
        self.kinds_present: tuple[str, ...] = tuple(k for k, t in TABLES.items() if t in tables)
        if not readonly:
            self._ensure_meta()
        self.node_id: str = self.meta("node_id") or "readonly"
        last = self.meta("hlc_last")
        self.clock = HybridClock(self.node_id, Hlc.parse(last) if last else None)

    # --- housekeeping ---------------------------------------------------------------------

    def _check_is_mission_database(self) -> None:
        version = migrations.schema_version(self.conn)
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        if version == 0 and (tables or self.readonly):
            raise StoreError(
                translate(
                    "Store", "{path}: is an SQLite file but not a Blue Helmet mission database"
                ).format(path=self.path)
            )
        if version > migrations.LATEST:
            raise StoreError(
                translate(
                    "Store",
                    "{path}: was written by a newer version of Blue Helmet COP (schema "
                    "{version}, this version knows up to {latest})",
                ).format(path=self.path, version=version, latest=migrations.LATEST)
            )

    def _ensure_meta(self) -> None:
        with self.transaction():
            defaults = {
                "node_id": secrets.token_hex(6),
                "created_at": format_utc(_utcnow()),
                "classifications": "|".join(taxonomy.UN_CLASSIFICATIONS),
            }
            for key, value in defaults.items():
                self.conn.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value)
                )
            self.conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('origin', ?)",
                (f"install-{self.meta('node_id')}",),
            )

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def origin(self) -> str:
        """The unit (or, before an identity is set, the installation) that makes local edits."""
        return self.meta("origin") or f"install-{self.node_id}"

    @property
    def schema_version(self) -> int:
        return migrations.schema_version(self.conn)

    @property
    def classifications(self) -> tuple[str, ...]:
        """Configured classification labels, lowest first."""
        return tuple((self.meta("classifications") or "").split("|"))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> MissionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[MissionStore]:
        """One all-or-nothing unit of work; nests as a savepoint.

        The outermost level starts with BEGIN IMMEDIATE: it takes the write lock up front
        (waiting up to the busy timeout for another process), so a transaction that reads and
        then writes cannot fail half-way with "database is locked". It also catches the clock
        up with versions another connection issued, so versions stay unique and ordered.
        """
        if self.readonly:
            raise StoreError(
                translate("Store", "{path}: opened read-only; nothing can be written").format(
                    path=self.path
                )
            )
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                translate("Store", "{path}: the database is busy ({exc}); try again").format(
                    path=self.path, exc=exc
                )
            ) from None
        try:
            last = self.meta("hlc_last")
            clock = getattr(self, "clock", None)  # not there yet while the store opens
            if last and clock is not None:
                clock.observe(Hlc.parse(last))
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(
                translate("Store", "{path}: cannot commit ({exc}); nothing was written").format(
                    path=self.path, exc=exc
                )
            ) from None

    def all_meta(self) -> dict[str, str]:
        """Every meta key and value (for copying a mission between engines)."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT key, value FROM meta ORDER BY key")}

    # --- categories -------------------------------------------------------------------------

    def categories(self, *, active_only: bool = False) -> list[taxonomy.Category]:
        translations = decode_category_translations(self.meta(CATEGORY_TRANSLATIONS_KEY))
        sql = "SELECT * FROM categories"
        if active_only:
            sql += " WHERE active = 1"
        return [
            taxonomy.Category(
                r["key"],
                r["label"],
                r["group_name"],
                r["acled_event_type"],
                r["acled_sub_event_type"],
                bool(r["is_violation"]),
                r["description"],
                bool(r["active"]),
                translations.get(r["key"], ()),
            )
            for r in self.conn.execute(sql + " ORDER BY sort_order, key")
        ]

    def category_rows(self) -> list[dict[str, Any]]:
        """Every category row as stored (for copying a mission between engines)."""
        return [
            dict(r) for r in self.conn.execute("SELECT * FROM categories ORDER BY sort_order, key")
        ]

    def replace_categories(self, rows: Sequence[dict[str, Any]]) -> None:
        """Make the category list exactly ``rows`` (keys in use by incidents must stay)."""
        with self.transaction():
            keys = [r["key"] for r in rows]
            self.conn.execute(
                f"DELETE FROM categories WHERE key NOT IN ({','.join('?' * len(keys))})", keys
            )
            self.conn.executemany(
                "INSERT INTO categories (key, label, group_name, acled_event_type,"
                " acled_sub_event_type, is_violation, description, active, sort_order)"
                " VALUES (:key, :label, :group_name, :acled_event_type, :acled_sub_event_type,"
                " :is_violation, :description, :active, :sort_order)"
                " ON CONFLICT(key) DO UPDATE SET label = excluded.label,"
                " group_name = excluded.group_name, acled_event_type = excluded.acled_event_type,"
                " acled_sub_event_type = excluded.acled_sub_event_type,"
                " is_violation = excluded.is_violation, description = excluded.description,"
                " active = excluded.active, sort_order = excluded.sort_order",
                [
                    {**r, "is_violation": int(r["is_violation"]), "active": int(r["active"])}
                    for r in rows
                ],
            )

    # --- writes -------------------------------------------------------------------------------

    def save(self, record: Record, *, source: str = "local", unit: str | None = None) -> Record:
        """Create or update one record as a local edit; returns it stamped with its new version.

        ``unit`` is the editing unit the change log names (default: this installation's origin).
        """
        return self.save_many([record], source=source, unit=unit)[0]

    def save_many(
        self, records: Iterable[Record], *, source: str = "local", unit: str | None = None
    ) -> list[Record]:
        """Create or update many records in one transaction: all are written or none."""
        records = list(records)
        with self.transaction():
            existing = self._existing([(r.KIND, r.id) for r in records])
            origin = self.origin
            saved = [self._stamp(r, existing.get((r.KIND, r.id)), origin) for r in records]
            self._check_references(saved)
            self._write(saved, existing, source, unit)
            self._persist_clock()
        return saved

    def delete(
        self, kind: str, record_id: str, *, source: str = "local", unit: str | None = None
    ) -> Record:
        """Replace a record by its tombstone (the deletion travels to partners like an edit)."""
        record = self.get(kind, record_id)
        if record.deleted:
            raise NotFoundError(
                translate("Store", "{kind} {record_id} is already deleted").format(
                    kind=kind, record_id=record_id
                )
            )
        return self.save(replace(record, deleted=True), source=source, unit=unit)

    def _stamp(self, record: Record, previous: sqlite3.Row | None, origin: str) -> Record:
        now = _utcnow()
        version = str(self.clock.tick())
        if previous is None:
            return record.with_envelope(
                origin=record.origin or origin,
                version=version,
                created_at=now,
                updated_at=now,
            )
        return record.with_envelope(
            origin=previous["origin"],
            version=version,
            updated_at=now,
            created_at=datetime.fromisoformat(previous["created_at"]),
        )

    def _check_references(self, records: list[Record]) -> None:
        """Refuse what the row constraints cannot say clearly: labels, categories, units."""
        labels = self.classifications
        categories = {r[0] for r in self.conn.execute("SELECT key FROM categories")}
        batch_units = {r.id for r in records if isinstance(r, Unit)}
        wanted_units: set[str] = set()
        for record in records:
            if record.classification not in labels:
                raise ValidationError(
                    "classification",
                    translate(
                        "Store", "{classification} is not one of this mission's labels: {labels}"
                    ).format(classification=repr(record.classification), labels=", ".join(labels)),
                )
            if isinstance(record, Incident) and record.category not in categories:
                raise ValidationError(
                    "category",
                    translate("Store", "{category} is not in this mission's category list").format(
                        category=repr(record.category)
                    ),
                )
            if isinstance(record, PositionReport) and record.unit_id not in batch_units:
                wanted_units.add(record.unit_id)
        known = self._existing([("unit", unit_id) for unit_id in wanted_units])
        for unit_id in sorted(wanted_units):
            if ("unit", unit_id) not in known:
                raise ValidationError(
                    "unit_id",
                    translate("Store", "no unit with id {unit_id}").format(unit_id=unit_id),
                )

    def existing(self, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of these (kind, id) keys are stored (deleted or not)."""
        return set(self._existing(keys))

    def _existing(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], sqlite3.Row]:
        found: dict[tuple[str, str], sqlite3.Row] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            table = TABLES[kind]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for row in self.conn.execute(
                    f"SELECT id, origin, created_at, deleted FROM {table} WHERE id IN ({marks})",
                    chunk,
                ):
                    found[(kind, row["id"])] = row
        return found

    def _write(
        self,
        records: list[Record],
        existing: dict[tuple[str, str], sqlite3.Row],
        source: str,
        unit: str | None = None,
        *,
        rows: Sequence[dict[str, Any] | None] | None = None,
    ) -> None:
        """Insert or update ``records`` with their change-log lines; ``rows`` (aligned with
        ``records``) are their rows when the caller already built them."""
        at = format_utc(_utcnow())
        unit = unit or self.origin  # the editing unit, whoever created the record
        inserts: dict[str, list[dict[str, Any]]] = {}
        log: list[tuple[Any, ...]] = []
        for i, record in enumerate(records):
            table = TABLES[record.KIND]
            known = rows[i] if rows is not None else None
            row = known if known is not None else record_to_row(record)
            previous = existing.get((record.KIND, record.id))
            if previous is None:
                inserts.setdefault(table, []).append(row)
                op = "delete" if record.deleted else "create"
            else:
                assignments = ", ".join(f"{k} = :{k}" for k in row if k != "id")
                self.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = :id", row)
                op = "delete" if record.deleted else "update"
            log.append((at, record.KIND, record.id, record.version, op, unit, source))
        # Units first, so position reports in the same batch find them.
        order = sorted(inserts, key=lambda t: 0 if t == "units" else 1)
        for table in order:
            rows = inserts[table]
            columns = list(rows[0])
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join(':' + c for c in columns)})"
            )
            try:
                if len(rows) >= BULK_ROWS:
                    self._bulk_insert(table, sql, rows)
                else:
                    self.conn.executemany(sql, rows)
            except sqlite3.IntegrityError as exc:
                raise StoreError(
                    translate("Store", "cannot write {table}: {exc}").format(table=table, exc=exc)
                ) from None
        self.conn.executemany(
            "INSERT INTO change_log (at, kind, record_id, version, op, unit, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            log,
        )

    def _bulk_insert(self, table: str, sql: str, rows: list[dict[str, Any]]) -> None:
        """Insert many rows, then index them in one statement per index instead of one trigger
        run per row (three times faster). The triggers are dropped and recreated inside the
        caller's transaction, so other connections never see them missing."""
        statements = migrations.bulk_index_sql(table)
        triggers = dict(
            self.conn.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
                f" AND name IN ({','.join('?' * len(statements))})",
                (table, *statements),
            ).fetchall()
        )
        last_rid = self.conn.execute(f"SELECT coalesce(max(rid), 0) FROM {table}").fetchone()[0]
        for name in triggers:
            self.conn.execute(f"DROP TRIGGER {name}")
        self.conn.executemany(sql, rows)
        for name, trigger_sql in triggers.items():
            self.conn.execute(statements[name], (last_rid,))
            self.conn.execute(trigger_sql)

    def _persist_clock(self) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc_last', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(self.clock.last),),
        )

    def put_verbatim(self, records: Sequence[Record], *, source: str) -> None:
        """Write records exactly as given (origin, version, times kept) with their change-log
        lines, in one transaction: for moving a mission between engines."""
        with self.transaction():
            for record in records:
                if record.version:
                    self.clock.observe(Hlc.parse(record.version))
            existing = self._existing([(r.KIND, r.id) for r in records])
            self._write(list(records), existing, source)
            self._persist_clock()

    # --- attachment contents ------------------------------------------------------------------

    def put_attachment(
        self, sha256: str, file_name: str, media_type: str, data: bytes, added_at: str
    ) -> bool:
        """Keep attachment content once per digest; True when it was new (same content twice is
        one blob: the first file name and media type stay). Joins the caller's transaction."""
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO attachments (sha256, file_name, media_type, size, data, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
                (sha256, file_name, media_type, len(data), data, added_at),
            )
            return cursor.rowcount > 0

    def attachment_info(self, sha256: str) -> dict[str, Any] | None:
        """File name, media type, size and time added of one attachment, without its bytes."""
        row = self.conn.execute(
            "SELECT sha256, file_name, media_type, size, added_at FROM attachments"
            " WHERE sha256 = ?",
            (sha256,),
        ).fetchone()
        return dict(row) if row else None

    def get_attachment(self, sha256: str) -> tuple[dict[str, Any], bytes]:
        """An attachment's description and bytes; NotFoundError when it is not here."""
        row = self.conn.execute(
            "SELECT sha256, file_name, media_type, size, added_at, data FROM attachments"
            " WHERE sha256 = ?",
            (sha256,),
        ).fetchone()
        if row is None:
            raise NotFoundError(
                translate("Store", "no attachment with SHA-256 {sha256} in this database").format(
                    sha256=sha256
                )
            )
        info = dict(row)
        return info, bytes(info.pop("data"))

    def run_sql(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """One statement (``?`` marks) on this store's connection, for the store's own modules
        whose statements are the same on both engines (``PostgisStore.run_sql``)."""
        return self.conn.execute(sql, params)

    def run_sql_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def attachment_digests(self) -> list[str]:
        """The SHA-256 of every attachment held, in order."""
        return [r[0] for r in self.conn.execute("SELECT sha256 FROM attachments ORDER BY sha256")]

    # --- exchange with partners -----------------------------------------------------------

    def merge_inputs(
        self, keys: Sequence[tuple[str, str]]
    ) -> tuple[dict[tuple[str, str], tuple[str, str]], dict[tuple[str, str], set[str]]]:
        """For each (kind, id): the local (version, content_hash), and every version of it seen
        here (own edits, applied, ancestors, losers, conflicts) — what ``merge.decide`` needs."""
        current: dict[tuple[str, str], tuple[str, str]] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                for row in self.conn.execute(
                    f"SELECT id, version, content_hash FROM {TABLES[kind]} WHERE id IN ({marks})",
                    chunk,
                ):
                    current[(kind, row[0])] = (row[1], row[2])
        history = self._versions(list(current), exportable=False)
        return current, history

    def _versions(
        self, keys: Sequence[tuple[str, str]], *, exportable: bool
    ) -> dict[tuple[str, str], set[str]]:
        """Versions known per record. ``exportable``: only its causal past (own and applied
        versions and their ancestors), leaving out losers and both sides of open conflicts."""
        out: dict[tuple[str, str], set[str]] = {key: set() for key in keys}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        relation = " AND relation = 'ancestor'" if exportable else ""
        for kind, ids in by_kind.items():
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                queries = [
                    f"SELECT record_id, version FROM change_log"
                    f" WHERE kind = ? AND record_id IN ({marks})",
                    f"SELECT record_id, version FROM seen_versions"
                    f" WHERE kind = ? AND record_id IN ({marks}){relation}",
                ]
                if not exportable:
                    queries += [
                        f"SELECT record_id, {column} FROM conflicts"
                        f" WHERE kind = ? AND record_id IN ({marks})"
                        for column in ("local_version", "remote_version")
                    ]
                for sql in queries:
                    for record_id, version in self.conn.execute(sql, (kind, *chunk)):
                        out[(kind, record_id)].add(version)
                if exportable:
                    # While a conflict is open, neither side is in the other's past.
                    for record_id, a, b in self.conn.execute(
                        f"SELECT record_id, local_version, remote_version FROM conflicts"
                        f" WHERE resolved_at IS NULL AND kind = ? AND record_id IN ({marks})",
                        (kind, *chunk),
                    ):
                        out[(kind, record_id)] -= {a, b}
        return out

    def ancestors_for(
        self, records: Sequence[Record], limit: int = 32
    ) -> dict[tuple[str, str], list[str]]:
        """Per record: its history without its own version, newest first, at most ``limit``."""
        keys = [(r.KIND, r.id) for r in records]
        known = self._versions(keys, exportable=True)
        return {
            (r.KIND, r.id): sorted(known[(r.KIND, r.id)] - {r.version}, reverse=True)[:limit]
            for r in records
        }

    def apply_remote(
        self, changes: Sequence[RemoteChange], source: str, *, unit: str | None = None
    ) -> ApplySummary:
        """Write records received from a partner VERBATIM (origin, version, times kept), with
        their change-log lines, conflicts and seen versions, in one transaction.

        The merge decisions are taken by the caller (``app.sync.merge.decide``, pure) inside the
        same transaction; this method only carries them out.
        """
        summary = ApplySummary()
        with self.transaction():
            applying = [c for c in changes if c.applies]
            applied = [c.record for c in applying]
            for change in changes:
                if change.record.version:
                    self.clock.observe(Hlc.parse(change.record.version))
            self._check_references(applied)
            existing = self._existing([(r.KIND, r.id) for r in applied])
            conflicted = [c for c in changes if c.conflict]
            local_json: dict[tuple[str, str], str] = {}
            for change in conflicted:
                key = (change.record.KIND, change.record.id)
                local_json[key] = json.dumps(
                    record_to_dict(self.get(*key)), sort_keys=True, ensure_ascii=False
                )
            self._write(applied, existing, source, unit, rows=[c.row for c in applying])
            now = format_utc(_utcnow())
            seen: list[tuple[str, str, str, str]] = []
            for change in changes:
                record = change.record
                summary.add(record.KIND, change.action)
                if change.action in ("new", "updated", "unchanged"):
                    # Its ancestors are the past of what we now hold.
                    seen += [(record.KIND, record.id, v, "ancestor") for v in change.ancestors]
                elif change.action == "kept":
                    # Seen, but not part of our version's past until an operator resolves it.
                    seen.append((record.KIND, record.id, record.version, "loser"))
                    seen += [(record.KIND, record.id, v, "loser") for v in change.ancestors]
            self.conn.executemany(
                "INSERT INTO seen_versions (kind, record_id, version, relation)"
                " VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET relation = excluded.relation"
                " WHERE excluded.relation = 'ancestor'",
                seen,
            )
            for change in conflicted:
                record = change.record
                key = (record.KIND, record.id)
                local = json.loads(local_json[key])
                remote_json = json.dumps(record_to_dict(record), sort_keys=True, ensure_ascii=False)
                self.conn.execute(
                    "INSERT INTO conflicts (kind, record_id, local_version, remote_version,"
                    " local_json, remote_json, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.KIND,
                        record.id,
                        local["version"],
                        record.version,
                        local_json[key],
                        remote_json,
                        now,
                    ),
                )
                summary.conflicts += 1
            self._persist_clock()
        return summary

    def digest(self) -> str:
        """SHA-256 over (kind, id, version, content hash, author, signature) of every row,
        tombstones included: equal for equal record sets with equal author signatures on their
        current versions, whatever order they arrived in (a version not yet signed, made here
        and never sent, counts with an empty author and signature)."""
        lines = []
        # Absent from a database not yet upgraded (opened read-only): nothing is signed there.
        signed = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'record_signatures'"
        ).fetchone()
        columns, join = "NULL, NULL", ""
        if signed:
            columns = "s.author, s.signature"
            join = (
                " LEFT JOIN record_signatures s"
                " ON s.kind = ? AND s.record_id = t.id AND s.version = t.version"
            )
        for kind in self.kinds_present:
            sql = f"SELECT t.id, t.version, t.content_hash, {columns} FROM {TABLES[kind]} t{join}"
            rows = self.conn.execute(sql, (kind,) if signed else ())
            for record_id, version, content, author, signature in rows:
                lines.append(digest_line(kind, record_id, version, content, author, signature))
        lines.sort()
        return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()

    def last_change_seq(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])

    def kinds_changed_since(
        self, seq: int, *, except_sources: Iterable[str] = ()
    ) -> tuple[int, frozenset[str]]:
        """The change log's last position, and the kinds of the records changed after ``seq``
        by writers other than ``except_sources`` (e.g. ``feed:NAME@WRITER``: the writes of a
        window's own feeds, ``app.feeds.ingest.feed_source``). Kinds that name no record
        (``app.store.side_changes``: ``awaiting``, ``mission``, ``category``) are among them."""
        skip = sorted(set(except_sources))
        where = f" AND source NOT IN ({', '.join('?' * len(skip))})" if skip else ""
        # One statement, so one snapshot: the position and the kinds agree.
        rows = self.conn.execute(
            "SELECT coalesce(max(seq), 0), NULL FROM change_log UNION ALL"
            f" SELECT NULL, kind FROM (SELECT DISTINCT kind FROM change_log WHERE seq > ?{where})",
            (seq, *skip),
        ).fetchall()
        last = max((int(s) for s, _kind in rows if s is not None), default=seq)
        return last, frozenset(str(kind) for _s, kind in rows if kind is not None)

    def changed_since(self, seq: int) -> list[Record]:
        """The current row (tombstones included) of every record changed after ``seq``."""
        keys = self.conn.execute(
            "SELECT DISTINCT kind, record_id FROM change_log WHERE seq > ?", (seq,)
        ).fetchall()
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        out: list[Record] = []
        for kind in self.kinds_present:
            for chunk in _chunks(sorted(by_kind.get(kind, []))):
                marks = ",".join("?" * len(chunk))
                rows = self.conn.execute(
                    f"SELECT * FROM {TABLES[kind]} WHERE id IN ({marks}) ORDER BY id", chunk
                )
                out += [row_to_record(record_class(kind), dict(row)) for row in rows]
        return out

    def all_records(self) -> list[Record]:
        """Every record of every kind, tombstones included, in dependency order."""
        out: list[Record] = []
        for kind in self.kinds_present:
            out += self.query(kind, include_deleted=True)
        return out

    def partner_state(self, fingerprint: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT * FROM partner_state WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        if row is None:
            return {
                "fingerprint": fingerprint,
                "unit": "",
                "last_sent_seq": 0,
                "last_sent_sequence": 0,
                "last_sent_at": None,
                "last_received_at": None,
            }
        return dict(row)

    def record_sent(self, fingerprint: str, unit: str, seq: int, sequence: int) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO partner_state (fingerprint, unit, last_sent_seq, last_sent_sequence,"
                " last_sent_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET"
                " unit = excluded.unit, last_sent_seq = excluded.last_sent_seq,"
                " last_sent_sequence = excluded.last_sent_sequence,"
                " last_sent_at = excluded.last_sent_at",
                (fingerprint, unit, seq, sequence, format_utc(_utcnow())),
            )

    def imported_package(
        self, fingerprint: str, sequence: int, file_sha256: str
    ) -> dict[str, Any] | None:
        """The log line of a package already imported (same file or same origin and number)."""
        row = self.conn.execute(
            "SELECT * FROM package_log WHERE file_sha256 = ?"
            " OR (origin_fingerprint = ? AND sequence = ?)",
            (file_sha256, fingerprint, sequence),
        ).fetchone()
        return dict(row) if row else None

    def log_package(
        self,
        *,
        fingerprint: str,
        unit: str,
        sequence: int,
        file_name: str,
        file_sha256: str,
        recipient: str,
        counts: dict[str, Any],
    ) -> None:
        now = format_utc(_utcnow())
        with self.transaction():
            self.conn.execute(
                "INSERT INTO package_log (origin_fingerprint, origin_unit, sequence, file_name,"
                " file_sha256, recipient, imported_at, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    fingerprint,
                    unit,
                    sequence,
                    file_name,
                    file_sha256,
                    recipient,
                    now,
                    json.dumps(counts, sort_keys=True),
                ),
            )
            self.conn.execute(
                "INSERT INTO partner_state (fingerprint, unit, last_received_at) VALUES (?, ?, ?)"
                " ON CONFLICT(fingerprint) DO UPDATE"
                " SET last_received_at = excluded.last_received_at",
                (fingerprint, unit, now),
            )

    def conflicts(self, *, open_only: bool = True) -> list[ConflictRow]:
        sql = "SELECT * FROM conflicts"
        if open_only:
            sql += " WHERE resolved_at IS NULL"
        return [ConflictRow(**dict(r)) for r in self.conn.execute(sql + " ORDER BY id")]

    def resolve_conflict(self, conflict_id: int, keep: str) -> Record:
        """Settle a conflict: the chosen side is saved as a NEW local edit (a new version that
        names both sides as its past), so the choice travels to partners like any edit."""
        if keep not in ("local", "remote"):
            raise ValidationError("keep", translate("Store", "choose local or remote"))
        row = self.conn.execute("SELECT * FROM conflicts WHERE id = ?", (conflict_id,)).fetchone()
        if row is None:
            raise NotFoundError(
                translate("Store", "no conflict with id {conflict_id}").format(
                    conflict_id=conflict_id
                )
            )
        if row["resolved_at"] is not None:
            raise StoreError(
                translate(
                    "Store", "conflict {conflict_id} was already resolved ({resolution})"
                ).format(conflict_id=conflict_id, resolution=row["resolution"])
            )
        chosen = record_from_dict(json.loads(row[f"{keep}_json"]), row["kind"])
        with self.transaction():
            self.conn.execute(
                "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                (format_utc(_utcnow()), f"kept {keep}", conflict_id),
            )
            self.conn.executemany(
                "INSERT INTO seen_versions (kind, record_id, version, relation)"
                " VALUES (?, ?, ?, 'ancestor')"
                " ON CONFLICT DO UPDATE SET relation = 'ancestor'",
                [
                    (row["kind"], row["record_id"], row["local_version"]),
                    (row["kind"], row["record_id"], row["remote_version"]),
                ],
            )
            saved = self.save(chosen, source=f"conflict:{conflict_id}")
        return saved

    # --- reads --------------------------------------------------------------------------------

    def get(self, kind: str, record_id: str) -> Record:
        cls = record_class(kind)
        row = self.conn.execute(
            f"SELECT * FROM {TABLES[kind]} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(
                translate("Store", "no {kind} with id {record_id}").format(
                    kind=kind_word(kind), record_id=record_id
                )
            )
        return row_to_record(cls, dict(row))

    def find(self, record_id: str) -> Record:
        """Look a record up by id alone, whatever its kind."""
        for kind in self.kinds_present:
            table = TABLES[kind]
            if self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone():
                return self.get(kind, record_id)
        raise NotFoundError(
            translate("Store", "no record with id {record_id}").format(record_id=record_id)
        )

    def query(
        self,
        kind: str,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[Record]:
        """Records of one kind matching every filter given.

        ``bbox`` is (west, south, east, north) in degrees; west > east crosses the antimeridian.
        The time window keeps records whose own time span overlaps [start, end].
        """
        cls = record_class(kind)
        if kind not in self.kinds_present:
            return []
        where, params = self._filters(kind, bbox, start, end, categories, unit_id, text)
        if not include_deleted:
            where.append("deleted = 0")
        sql = f"SELECT * FROM {TABLES[kind]}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {_DEFAULT_ORDER[kind]}, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [row_to_record(cls, dict(row)) for row in self.conn.execute(sql, params)]

    def ids_in_bbox(self, kind: str, bbox: tuple[float, float, float, float]) -> list[str]:
        """Ids of the live records of ``kind`` whose bounding box meets the box, in id order."""
        if kind not in self.kinds_present:
            return []
        where, params = self._filters(kind, bbox, None, None, None, None, None)
        sql = f"SELECT id FROM {TABLES[kind]} WHERE {' AND '.join(where)} AND deleted = 0"
        return [r[0] for r in self.conn.execute(sql + " ORDER BY id", params)]

    def _filters(
        self,
        kind: str,
        bbox: tuple[float, float, float, float] | None,
        start: datetime | None,
        end: datetime | None,
        categories: Iterable[str] | None,
        unit_id: str | None,
        text: str | None,
    ) -> tuple[list[str], list[Any]]:
        table = TABLES[kind]
        where: list[str] = []
        params: list[Any] = []
        if bbox is not None:
            if table not in migrations.SPATIAL_TABLES:
                raise ValidationError(
                    "bbox", translate("Store", "{kind} records have no location").format(kind=kind)
                )
            west, south, east, north = _check_bbox(bbox)
            boxes = [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]
            parts = []
            for w, e in boxes:
                parts.append("(max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?)")
                params += [w, e, south, north]
            where.append(f"rid IN (SELECT rid FROM {table}_rtree WHERE {' OR '.join(parts)})")
        if start is not None or end is not None:
            if kind not in _TIME_COLUMNS:
                raise ValidationError(
                    "time", translate("Store", "{kind} records have no time").format(kind=kind)
                )
            first, last = _TIME_COLUMNS[kind]
            if start is not None:
                where.append(f"({last} IS NULL OR {last} >= ?)")
                params.append(format_utc(start))
            if end is not None:
                where.append(f"({first} IS NULL OR {first} <= ?)")
                params.append(format_utc(end))
        if categories is not None:
            if kind != "incident":
                raise ValidationError(
                    "category", translate("Store", "only incidents have categories")
                )
            keys = list(categories)
            where.append(f"category IN ({','.join('?' * len(keys))})" if keys else "0")
            params += keys
        if unit_id is not None:
            if kind not in _UNIT_COLUMNS:
                raise ValidationError(
                    "unit",
                    translate("Store", "{kind} records do not name a unit").format(kind=kind),
                )
            where.append(f"{_UNIT_COLUMNS[kind]} = ?")
            params.append(unit_id)
        if text and text.strip():
            if kind == "incident":
                where.append("rid IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)")
                params.append(_fts_query(text))
            elif kind in _NAME_COLUMNS:
                like = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in _NAME_COLUMNS[kind])
                where.append(f"({like})")
                pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                params += [pattern + "%"] * len(_NAME_COLUMNS[kind])
            else:
                raise ValidationError(
                    "text",
                    translate("Store", "{kind} records have no text to search").format(kind=kind),
                )
        return where, params

    def incident_filter_terms(self, *args: Any, **kwargs: Any) -> tuple[list[str], list[Any]]:
        """The WHERE terms and parameters of "what the incident filter shows" (live rows,
        categories, severities, statuses, unit, text, bbox), for queries built on top of it."""
        return self._live_incident_filters(*args, **kwargs)

    def _live_incident_filters(
        self,
        bbox: tuple[float, float, float, float] | None,
        start: datetime | None,
        end: datetime | None,
        categories: Iterable[str] | None,
        unit_id: str | None,
        text: str | None,
        severities: Iterable[int] | None,
        statuses: Iterable[str] | None,
    ) -> tuple[list[str], list[Any]]:
        """The WHERE terms shared by the lean incident reads: ``query``'s filters, live rows
        only, plus severities and statuses (an empty choice matches nothing)."""
        where, params = self._filters("incident", bbox, start, end, categories, unit_id, text)
        where.append("deleted = 0")
        choices: tuple[tuple[str, Iterable[Any] | None], ...] = (
            ("severity", severities),
            ("status", statuses),
        )
        for name, values in choices:
            if values is not None:
                chosen = list(values)
                where.append(f"{name} IN ({','.join('?' * len(chosen))})" if chosen else "0")
                params += chosen
        return where, params

    def incident_map_json(
        self,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        severities: Iterable[int] | None = None,
        statuses: Iterable[str] | None = None,
    ) -> tuple[str, int]:
        """The map's incident layer as one JSON object of aligned arrays, built by SQLite.

        Keys: id, lat, lon (6 decimals, 11 cm), cat (index into ``categories()`` order), sev,
        time, status, weapon. SQLite's json_group_array makes these arrays in a third less
        time than reading 100k rows into Python and dumping them. Returns (JSON, count).

        With "since" (the map's view) the rows come from the map index alone
        (``migrations._incident_map_index``); a test checks the plan uses it.
        """
        # The R*Tree answers the box only without "since": with it, the map index does, the
        # box compared on the coordinates exactly (as PostGIS), inside the index's time range.
        where, params = self._live_incident_filters(
            None if start is not None else bbox,
            None,
            end,
            categories,
            unit_id,
            text,
            severities,
            statuses,
        )
        if start is not None:
            # The index's expression and partial condition (``deleted = 0``, above) word for
            # word, without the generic time filter's "IS NULL OR" (occurred_start is never
            # null), so the planner can use the index as a range.
            where.append("coalesce(occurred_end, occurred_start) >= ?")
            params.append(format_utc(start))
        if bbox is not None:
            west, south, east, north = _check_bbox(bbox)
            across = "AND" if west <= east else "OR"  # a box across the antimeridian: two spans
            where.append(f"lat BETWEEN ? AND ? AND (lon >= ? {across} lon <= ?)")
            params += [south, north, west, east]
        # The rows in rid order (as before and as PostGIS), sorted once before the aggregate;
        # "+rid", an expression, so the planner sorts the few rows in the view rather than
        # walking the whole table in rowid order to skip the sort.
        sql = f"""
            WITH ranked AS (
                SELECT key, row_number() OVER (ORDER BY sort_order, key) - 1 AS idx
                FROM categories
            ), shown AS (
                SELECT id, lat, lon, category, severity, occurred_start, status, weapon_class
                FROM incidents
                WHERE {" AND ".join(where)}
                ORDER BY +rid
            )
            SELECT json_object(
                'id', json_group_array(i.id),
                'lat', json_group_array(round(i.lat, 6)),
                'lon', json_group_array(round(i.lon, 6)),
                'cat', json_group_array(coalesce(r.idx, -1)),
                'sev', json_group_array(i.severity),
                'time', json_group_array(i.occurred_start),
                'status', json_group_array(i.status),
                'weapon', json_group_array(i.weapon_class)
            ), count(*)
            FROM shown i LEFT JOIN ranked r ON r.key = i.category
        """
        row = self.conn.execute(sql, params).fetchone()
        return row[0], int(row[1])

    def incident_columns(
        self,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        severities: Iterable[int] | None = None,
        statuses: Iterable[str] | None = None,
        columns: Sequence[str] = INCIDENT_SUMMARY_COLUMNS,
        ordered: bool = True,
    ) -> dict[str, list[Any]]:
        """Live incidents as columns (name → list), for maps and tables of 100k rows.

        The lean path: plain SQL values, no record objects (building 100k validated records
        takes seconds). Same filters as ``query``, plus severities and statuses.
        """
        unknown = set(columns) - set(_INCIDENT_COLUMN_NAMES)
        if unknown:
            raise ValidationError(
                "columns",
                translate("Store", "not incident columns: {unknown}").format(
                    unknown=", ".join(sorted(unknown))
                ),
            )
        where, params = self._live_incident_filters(
            bbox, start, end, categories, unit_id, text, severities, statuses
        )
        sql = f"SELECT {', '.join(columns)} FROM incidents WHERE {' AND '.join(where)}"
        if ordered:  # by time; unordered reads the table front to back, three times faster
            sql += " ORDER BY occurred_start, id"
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: sqlite3.Row costs a third more at 100k rows
        rows = cursor.execute(sql, params).fetchall()
        if not rows:
            return {name: [] for name in columns}
        return {name: list(v) for name, v in zip(columns, zip(*rows, strict=True), strict=True)}

    def incident_day_counts(
        self,
        first_day: date,
        last_day: date,
        *,
        bbox: tuple[float, float, float, float] | None = None,
        categories: Iterable[str] | None = None,
        unit_id: str | None = None,
        text: str | None = None,
        severities: Iterable[int] | None = None,
        statuses: Iterable[str] | None = None,
    ) -> list[tuple[str, str, int]]:
        """(UTC day as YYYY-MM-DD, category, count) of the live incidents the filter lets
        through whose occurred start falls on ``first_day``…``last_day``, by day: one GROUP BY,
        so a histogram costs one query even at 100k incidents."""
        where, params = self._live_incident_filters(
            bbox, None, None, categories, unit_id, text, severities, statuses
        )
        # A range on the stored text (UTC ISO 8601 sorts as time): the index on it can serve.
        where.append("occurred_start >= ? AND occurred_start < ?")
        params += [first_day.isoformat(), (last_day + timedelta(days=1)).isoformat()]
        rows = self.conn.execute(
            "SELECT substr(occurred_start, 1, 10) AS day, category, count(*) FROM incidents"
            f" WHERE {' AND '.join(where)} GROUP BY day, category ORDER BY day",
            params,
        ).fetchall()
        return [(str(day), str(category), int(n)) for day, category, n in rows]

    def live_classifications(self, kind: str) -> set[str]:
        """The classification labels the live records of one kind carry."""
        if kind not in self.kinds_present:
            return set()
        rows = self.conn.execute(
            f"SELECT DISTINCT classification FROM {TABLES[kind]} WHERE deleted = 0"
        ).fetchall()
        return {row[0] for row in rows}

    def live_extent(self, kind: str) -> tuple[float, float, float, float] | None:
        """West, south, east, north around the live records of one kind with a location (None
        when none has one)."""
        if kind not in _EXTENT_COLUMNS or kind not in self.kinds_present:
            return None
        x0, y0, x1, y1 = _EXTENT_COLUMNS[kind]
        row = self.conn.execute(
            f"SELECT min({x0}), min({y0}), max({x1}), max({y1}) FROM {TABLES[kind]}"
            " WHERE deleted = 0"
        ).fetchone()
        if row[0] is None:
            return None
        return (float(row[0]), float(row[1]), float(row[2]), float(row[3]))

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version``: changes when another connection commits to this
        database (one cheap pragma, for noticing outside writes)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def count(self, kind: str, *, include_deleted: bool = False) -> int:
        if kind not in self.kinds_present:
            return 0
        sql = f"SELECT count(*) FROM {TABLES[kind]}"
        if not include_deleted:
            sql += " WHERE deleted = 0"
        return int(self.conn.execute(sql).fetchone()[0])

    def record_count(self) -> int:
        """Every record row, tombstones included."""
        return sum(self.count(kind, include_deleted=True) for kind in TABLES)

    def current_positions(self) -> dict[str, PositionReport]:
        """Each unit's latest position report (by observed time), keyed by unit id."""
        rows = self.conn.execute(
            """SELECT p.* FROM position_reports p
               JOIN (SELECT unit_id, max(observed_at) AS latest FROM position_reports
                     WHERE deleted = 0 GROUP BY unit_id) m
                 ON p.unit_id = m.unit_id AND p.observed_at = m.latest
               WHERE p.deleted = 0 ORDER BY p.unit_id, p.id"""
        )
        result: dict[str, PositionReport] = {}
        for row in rows:
            report = row_to_record(PositionReport, dict(row))
            assert isinstance(report, PositionReport)
            result.setdefault(report.unit_id, report)
        return result

    def track_fixes(
        self,
        ids: Sequence[str] | None = None,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        recent: timedelta | None = None,
        most: int | None = None,
    ) -> list[tuple[str, float, float, str]]:
        """Fixes for the map's unit tracks, (unit id, lat, lon, observed time as stored), by
        unit then time: the live reports with these ids (a feed's new ones), or else those
        observed from ``start`` to ``end`` (either open), or, with ``recent``, in that span up
        to the latest live fix (at or before ``end``); of each unit only its latest ``most``.

        The window and the cap are applied here, not after: a mission of months of fixes
        (10M) would otherwise hand every one of them to the map."""
        sql = "SELECT unit_id, lat, lon, observed_at FROM position_reports WHERE deleted = 0"
        if ids is not None:
            wanted = list(dict.fromkeys(ids))
            out: list[tuple[str, float, float, str]] = []
            for at in range(0, len(wanted), 500):
                chunk = wanted[at : at + 500]
                marks = ",".join("?" * len(chunk))
                out += [tuple(r) for r in self.conn.execute(f"{sql} AND id IN ({marks})", chunk)]  # type: ignore[misc]
            out.sort(key=lambda fix: (fix[0], fix[3]))
            return out
        if "position_report" not in self.kinds_present:
            return []
        where, params = self._track_window(start, end, recent)
        if most is None:
            rows = self.conn.execute(
                f"{sql}{''.join(' AND ' + w for w in where)} ORDER BY unit_id, observed_at, id",
                params,
            )
            return [tuple(row) for row in rows]  # type: ignore[misc]
        # Per unit (found by skipping along the (unit_id, observed_at) index), its latest
        # ``most`` fixes in the window, read backwards from that index: one short query a unit.
        units = self.conn.execute(
            """WITH RECURSIVE u(id) AS (
                   SELECT min(unit_id) FROM position_reports
                   UNION ALL
                   SELECT (SELECT min(unit_id) FROM position_reports WHERE unit_id > u.id)
                   FROM u WHERE u.id IS NOT NULL
               )
               SELECT id FROM u WHERE id IS NOT NULL"""
        ).fetchall()
        latest = f"{sql} AND unit_id = ?{''.join(' AND ' + w for w in where)}"
        latest += " ORDER BY observed_at DESC LIMIT ?"
        out = []
        for (unit_id,) in units:
            newest = self.conn.execute(latest, [unit_id, *params, max(0, int(most))]).fetchall()
            out += [tuple(row) for row in reversed(newest)]
        return out

    def _track_window(
        self, start: datetime | None, end: datetime | None, recent: timedelta | None
    ) -> tuple[list[str], list[Any]]:
        """The observed-time terms of ``track_fixes`` (column names unqualified)."""
        where: list[str] = []
        params: list[Any] = []
        if end is not None:
            where.append("observed_at <= ?")
            params.append(format_utc(end))
        if recent is not None and start is None:
            # The latest live fix, read backwards along the observed_at index.
            row = self.conn.execute(
                "SELECT observed_at FROM position_reports WHERE deleted = 0"
                + "".join(" AND " + w for w in where)
                + " ORDER BY observed_at DESC LIMIT 1",
                params,
            ).fetchone()
            if row is not None:
                start = datetime.fromisoformat(row[0]) - recent
        if start is not None:
            where.append("observed_at >= ?")
            params.append(format_utc(start))
        return where, params

    def units(self) -> list[Unit]:
        return [u for u in self.query("unit") if isinstance(u, Unit)]

    def unit_names(self, *, short: bool = False) -> dict[str, str]:
        """Unit id → designation (or short name where there is one): the lean read that labels
        tables and map layers without building every unit record."""
        column = "coalesce(nullif(short_name, ''), designation)" if short else "designation"
        rows = self.conn.execute(f"SELECT id, {column} FROM units WHERE deleted = 0")
        return {row[0]: row[1] for row in rows}

    def ceasefire_lines(self) -> list[CeasefireLine]:
        return [c for c in self.query("ceasefire_line") if isinstance(c, CeasefireLine)]

    def patrol_areas(self) -> list[PatrolArea]:
        return [a for a in self.query("patrol_area") if isinstance(a, PatrolArea)]

    def map_items(self) -> list[MapItem]:
        return [m for m in self.query("map_item") if isinstance(m, MapItem)]

    def changes_since(self, seq: int = 0, limit: int | None = None) -> list[Change]:
        sql = "SELECT * FROM change_log WHERE seq > ? ORDER BY seq"
        params: list[Any] = [seq]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [Change(**dict(r)) for r in self.conn.execute(sql, params)]

    def stats(self) -> dict[str, int]:
        """Live record counts per kind (plural names) and the number of open conflicts."""
        counts = {TABLES[kind]: self.count(kind) for kind in TABLES}
        counts["conflicts"] = int(
            self.conn.execute(
                "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"
            ).fetchone()[0]
        )
        return counts

    def mission_period(self) -> tuple[datetime, datetime] | None:
        """First and last incident time, or None for a mission with no incidents."""
        row = self.conn.execute(
            "SELECT min(occurred_start), max(coalesce(occurred_end, occurred_start))"
            " FROM incidents WHERE deleted = 0"
        ).fetchone()
        if row[0] is None:
            return None
        return datetime.fromisoformat(row[0]), datetime.fromisoformat(row[1])

    # --- integrity ----------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Integrity and consistency: SQLite's own checks, indexes, rows, references, log."""
        return run_checks(
            self.conn, self.schema_version, self.kinds_present, readonly=self.readonly
        )


#: Kind → the columns bounding its live records (west, south, east, north).
_EXTENT_COLUMNS: dict[str, tuple[str, str, str, str]] = {
    "incident": ("lon", "lat", "lon", "lat"),
    "position_report": ("lon", "lat", "lon", "lat"),
    "patrol_area": ("min_lon", "min_lat", "max_lon", "max_lat"),
    "ceasefire_line": ("min_lon", "min_lat", "max_lon", "max_lat"),
    "map_item": ("min_lon", "min_lat", "max_lon", "max_lat"),
}


def digest_line(
    kind: str,
    record_id: str,
    version: str,
    content_hash: str,
    author: str | None,
    signature: str | None,
) -> str:
    """One row's line in ``digest`` (both engines hash the same lines)."""
    return f"{kind}\t{record_id}\t{version}\t{content_hash}\t{author or ''}\t{signature or ''}\n"


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _check_bbox(bbox: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    import math

    if len(bbox) != 4:
        raise ValidationError("bbox", translate("Store", "expected west,south,east,north"))
    west, south, east, north = (float(v) for v in bbox)
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise ValidationError("bbox", translate("Store", "has a value that is not a finite number"))
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise ValidationError("bbox", translate("Store", "longitudes must lie within -180…180"))
    if not (-90 <= south <= north <= 90):
        raise ValidationError(
            "bbox", translate("Store", "latitudes must lie within -90…90 with south ≤ north")
        )
    return west, south, east, north


def _fts_query(text: str) -> str:
    """Each word as a quoted prefix term, so user text cannot inject FTS syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"*' for w in words if w)


__all__ = ["RECORD_KINDS", "MissionStore", "open_store"]
