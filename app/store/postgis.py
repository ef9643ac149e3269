"""The HQ mission store on PostgreSQL + PostGIS (psycopg 3), beside the SQLite ``MissionStore``.

Chosen by the database argument: ``postgresql://user@host:port/dbname`` (or ``postgres://``).
It keeps the store contract (``app.store.contract.Store``) with the same rules as SQLite: every
write is one transaction with its change-log lines; records are stamped here with origin,
hybrid-logical-clock version and UTC times; content hashes are the same function of the record
(``app.store.rows.record_to_row``), so ``digest`` agrees across engines for equal record sets.

Writers take a transaction-scoped advisory lock first (the counterpart of SQLite's
``BEGIN IMMEDIATE``): many workstations write one mission, each catching its clock up with the
versions the others issued, so versions stay unique and ordered. Bounding boxes are answered by
PostGIS (``&&`` on the GiST-indexed geometry; incident ids in a box from a covering b-tree),
incident text by the ``tsvector`` column. A transaction that writes ``BULK_ROWS`` rows or more
to a table refreshes that table's statistics after it commits.

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import shapely

from app.domain import taxonomy
from app.domain.coords import format_utc
from app.domain.hlc import Hlc, HybridClock
from app.domain.kind_words import kind_word
from app.domain.mission import CATEGORY_TRANSLATIONS_KEY, decode_category_translations
from app.domain.records import (
    CeasefireLine,
    Incident,
    MapItem,
    PatrolArea,
    PositionReport,
    Record,
    Unit,
    record_class,
)
from app.domain.serialize import field_types, record_from_dict, record_to_dict
from app.errors import NotFoundError, StoreError, ValidationError
from app.i18n import translate
from app.store import postgis_schema
from app.store.check import CheckReport
from app.store.rows import record_to_row
from app.store.side_changes import SIDE_KINDS
from app.store.store import (
    _DEFAULT_ORDER,
    _INCIDENT_COLUMN_NAMES,
    _NAME_COLUMNS,
    _TIME_COLUMNS,
    _UNIT_COLUMNS,
    INCIDENT_SUMMARY_COLUMNS,
    ApplySummary,
    Change,
    ConflictRow,
    RemoteChange,
    _check_bbox,
    _utcnow,
    digest_line,
)
from app.store.tables import TABLES

if TYPE_CHECKING:
    from app.store.postgis_live import ChangeNotice, Subscription


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


#: A timestamptz as the fixed-width UTC text SQLite stores (``format_utc``).
_UTC_TEXT = "to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"


def _select_list(kind: str) -> str:
    """The record's columns, geometry as WKB (what ``shapely.from_wkb`` reads)."""
    columns = []
    for name, field_kind in field_types(record_class(kind)).items():
        columns.append(f"ST_AsBinary({name}) AS {name}" if field_kind == "geometry" else name)
    return ", ".join(columns)


def _to_pg(record: Record, row: dict[str, Any]) -> dict[str, Any]:
    """The SQLite row of a record (with its content hash) in PostgreSQL's types."""
    from psycopg.types.json import Jsonb

    out: dict[str, Any] = {"content_hash": row["content_hash"]}
    for name, field_kind in field_types(type(record)).items():
        value = getattr(record, name)
        if value is None:
            out[name] = None
        elif field_kind == "list":
            out[name] = Jsonb(list(value))
        elif field_kind == "geometry":
            out[name] = shapely.to_wkb(value)
        else:  # times as aware datetimes, flags as booleans, the rest as they are
            out[name] = value
    return out


def _json_body(record: Record, content_hash: str) -> dict[str, Any]:
    """A record's columns as JSON for ``bh_editor_write`` (``jsonb_populate_record``): times as
    ISO text, lists as arrays, shapes as hex EWKB in EPSG:4326."""
    out: dict[str, Any] = {"content_hash": content_hash}
    for name, field_kind in field_types(type(record)).items():
        value = getattr(record, name)
        if value is None:
            out[name] = None
        elif field_kind == "list":
            out[name] = list(value)
        elif field_kind == "geometry":
            out[name] = shapely.to_wkb(shapely.set_srid(value, 4326), hex=True, include_srid=True)
        elif field_kind == "time":
            out[name] = value.isoformat()
        else:
            out[name] = value
    return out


def _from_pg(kind: str, row: Sequence[Any], names: Sequence[str]) -> Record:
    cls = record_class(kind)
    types = field_types(cls)
    values: dict[str, Any] = {}
    for name, value in zip(names, row, strict=True):
        field_kind = types.get(name)
        if field_kind is None:
            continue
        if value is None:
            values[name] = None
        elif field_kind == "time":
            values[name] = value.astimezone(UTC)
        elif field_kind == "geometry":
            values[name] = shapely.from_wkb(bytes(value))
        elif field_kind == "list":
            values[name] = tuple(value)
        else:
            values[name] = value
    return cls(**values)


def _ts_query(text: str) -> str:
    """Each word as a prefix term, all required: only word characters reach the query, so
    user text cannot inject tsquery syntax (like ``_fts_query`` for SQLite)."""
    words = re.findall(r"\w+", text.lower())
    return " & ".join(f"{w}:*" for w in words)


#: Kinds whose time columns (``_TIME_COLUMNS``) are NOT NULL in the schema.
_TIMES_NOT_NULL = frozenset({"position_report", "incident"})

#: Rows of one table written in one transaction from which the store refreshes that table's
#: planner statistics after the commit (``PostgisStore.refresh_statistics``).
BULK_ROWS = 10_000


class PostgisStore:
    """A mission in a PostgreSQL + PostGIS database. Not thread-safe: each thread opens its own."""

    engine = "postgis"

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        import psycopg

        self.url = url
        #: Rows written per table in the current outermost transaction (for ``BULK_ROWS``).
        self._written: dict[str, int] = {}
        self.path = redact(url)  # what messages and the CLI show
        self.readonly = readonly
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                translate("Store", "{path}: cannot connect ({detail})").format(
                    path=self.path, detail=detail
                )
            ) from None
        try:
            self.conn.execute("SET TIME ZONE 'UTC'")
            version = postgis_schema.schema_version(self.conn)
            if version > postgis_schema.LATEST:
                raise StoreError(
                    translate(
                        "Store",
                        "{path}: was written by a newer version of Blue Helmet COP (schema "
                        "{version}, this version knows up to {latest})",
                    ).format(path=self.path, version=version, latest=postgis_schema.LATEST)
                )
            self.editor = False
            if not readonly and version and self._reads_only():
                # A mission user (a liaison officer's own role) opens the mission read-only:
                # the server grants it nothing else (``app.store.postgis_roles``); an editor
                # writes records through the server's checked function, nothing else.
                self.editor = self._is_editor()
                readonly = self.readonly = not self.editor
            if readonly or self.editor:
                if version == 0:
                    raise StoreError(
                        translate("Store", "{path}: is not a Blue Helmet mission database").format(
                            path=self.path
                        )
                    )
                self.conn.read_only = readonly
            else:
                if version == 0 and self._has_other_tables():
                    raise StoreError(
                        translate(
                            "Store",
                            "{path}: holds other tables; not a Blue Helmet mission database",
                        ).format(path=self.path)
                    )
                postgis_schema.migrate(self.conn)
                self._ensure_meta()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(
                translate("Store", "{path}: cannot open as a mission database ({exc})").format(
                    path=self.path, exc=_first_line(exc)
                )
            ) from None
        except BaseException:
            self.conn.close()
            raise
        self.kinds_present: tuple[str, ...] = tuple(TABLES)
        self.node_id: str = self.meta("node_id") or "readonly"
        last = self.meta("hlc_last")
        self.clock = HybridClock(self.node_id, Hlc.parse(last) if last else None)

    # --- housekeeping ---------------------------------------------------------------------

    def _reads_only(self) -> bool:
        """Whether this connection's role may not write the mission (a mission user)."""
        row = self.conn.execute("SELECT NOT has_table_privilege('meta', 'INSERT')").fetchone()
        return bool(row and row[0])

    def _is_editor(self) -> bool:
        """Whether this connection's role is one of the mission's editors (its own row of
        ``mission_users`` is the one it can read)."""
        row = self.conn.execute(
            "SELECT editor FROM mission_users WHERE role_name = session_user"
        ).fetchone()
        return bool(row and row[0])

    def _has_other_tables(self) -> bool:
        row = self.conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
            " AND tablename NOT IN ('spatial_ref_sys', 'schema_migrations')"
        ).fetchone()
        return bool(row and row[0])

    def _ensure_meta(self) -> None:
        with self.transaction():
            node = secrets.token_hex(6)
            defaults = {
                "node_id": node,
                "created_at": format_utc(_utcnow()),
                "classifications": "|".join(taxonomy.UN_CLASSIFICATIONS),
            }
            for key, value in defaults.items():
                self.conn.execute(
                    "INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (key, value),
                )
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('origin', %s) ON CONFLICT DO NOTHING",
                (f"install-{self.meta('node_id')}",),
            )

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (%s, %s)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def all_meta(self) -> dict[str, str]:
        return {k: v for k, v in self.conn.execute("SELECT key, value FROM meta ORDER BY key")}

    @property
    def origin(self) -> str:
        return self.meta("origin") or f"install-{self.node_id}"

    @property
    def schema_version(self) -> int:
        """The record schema, in SQLite's step numbers (what sync packages name)."""
        own = self.postgis_schema_version
        return postgis_schema.SQLITE_STEP[own - 1] if own else 0

    @property
    def postgis_schema_version(self) -> int:
        """The last PostGIS schema step applied (``schema_migrations``)."""
        return postgis_schema.schema_version(self.conn)

    @property
    def classifications(self) -> tuple[str, ...]:
        return tuple((self.meta("classifications") or "").split("|"))

    def close(self) -> None:
        self.conn.close()

    def subscribe(self, callback: Callable[[ChangeNotice], None]) -> Subscription:
        """Hear what other clients write to this mission from now on (``postgis_live``):
        ``callback`` gets each batch's kinds and ids on a thread of its own."""
        from app.store.postgis_live import Subscription

        return Subscription(
            self.url,
            callback,
            since=self.last_change_seq(),
            ignore_pid=self.conn.info.backend_pid,
        )

    def __enter__(self) -> PostgisStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[PostgisStore]:
        """One all-or-nothing unit of work; nests as a savepoint. The outermost level takes the
        mission's write lock (one writer at a time, as in SQLite) and catches the clock up."""
        import psycopg

        if self.readonly:
            raise StoreError(
                translate("Store", "{path}: opened read-only; nothing can be written").format(
                    path=self.path
                )
            )
        outermost = self.conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        if outermost:
            self._written = {}
        try:
            with self.conn.transaction():
                if outermost:
                    self.conn.execute("SELECT pg_advisory_xact_lock(hashtext('bluehelmet write'))")
                    last = self.meta("hlc_last")
                    clock = getattr(self, "clock", None)
                    if last and clock is not None:
                        clock.observe(Hlc.parse(last))
                yield self
        except psycopg.errors.IntegrityError as exc:
            raise StoreError(
                translate("Store", "cannot write: {exc}; nothing was written").format(
                    exc=_first_line(exc)
                )
            ) from None
        except psycopg.errors.InsufficientPrivilege as exc:
            raise StoreError(
                translate("Store", "{path}: refused: {exc}; nothing was written").format(
                    path=self.path, exc=_first_line(exc)
                )
            ) from None
        except psycopg.OperationalError as exc:
            raise StoreError(
                translate("Store", "{path}: {exc}; nothing was written").format(
                    path=self.path, exc=_first_line(exc)
                )
            ) from None
        if outermost:
            bulk = [table for table, rows in self._written.items() if rows >= BULK_ROWS]
            self._written = {}
            if bulk:
                self.refresh_statistics(bulk)

    def refresh_statistics(self, tables: Iterable[str]) -> None:
        """``VACUUM (ANALYZE)`` these tables, after a bulk write has committed (a package
        import, ``db copy``, a bulk load): the planner's statistics then know the new rows, and
        the visibility map lets bounding-box ids come from the index alone. Autovacuum would
        get there too, minutes later; until then a fresh 100k-row import is read with stale
        estimates. Best effort: the data is already committed, so a failure (a role that does
        not own the tables) only leaves the statistics to autovacuum."""
        import psycopg

        for table in tables:
            if table not in TABLES.values():
                raise ValueError(
                    translate("Store", "not a record table: {table}").format(table=table)
                )
            with suppress(psycopg.Error):
                self.conn.execute(f"VACUUM (ANALYZE) {table}")

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The one value a query returns (it must return a row)."""
        row = self.conn.execute(sql, params).fetchone()
        if row is None:
            raise StoreError(
                translate("Store", "{path}: a query returned nothing").format(path=self.path)
            )
        return row[0]

    # --- categories -------------------------------------------------------------------------

    def categories(self, *, active_only: bool = False) -> list[taxonomy.Category]:
        sql = (
            "SELECT key, label, group_name, acled_event_type, acled_sub_event_type,"
            " is_violation, description, active FROM categories"
        )
        if active_only:
            sql += " WHERE active"
        translations = decode_category_translations(self.meta(CATEGORY_TRANSLATIONS_KEY))
        return [
            taxonomy.Category(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                bool(r[5]),
                r[6],
                bool(r[7]),
                translations.get(r[0], ()),
            )
            for r in self.conn.execute(sql + " ORDER BY sort_order, key")
        ]

    def category_rows(self) -> list[dict[str, Any]]:
        """Every category row as stored (for copying a mission between engines)."""
        cursor = self.conn.execute("SELECT * FROM categories ORDER BY sort_order, key")
        names = [d.name for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def replace_categories(self, rows: Sequence[dict[str, Any]]) -> None:
        """Make the category list exactly ``rows`` (keys in use by incidents must stay)."""
        with self.transaction():
            keys = [r["key"] for r in rows]
            self.conn.execute("DELETE FROM categories WHERE NOT (key = ANY(%s))", (keys,))
            with self.conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO categories (key, label, group_name, acled_event_type,"
                    " acled_sub_event_type, is_violation, description, active, sort_order)"
                    " VALUES (%(key)s, %(label)s, %(group_name)s, %(acled_event_type)s,"
                    " %(acled_sub_event_type)s, %(is_violation)s, %(description)s, %(active)s,"
                    " %(sort_order)s) ON CONFLICT (key) DO UPDATE SET label = excluded.label,"
                    " group_name = excluded.group_name,"
                    " acled_event_type = excluded.acled_event_type,"
                    " acled_sub_event_type = excluded.acled_sub_event_type,"
                    " is_violation = excluded.is_violation, description = excluded.description,"
                    " active = excluded.active, sort_order = excluded.sort_order",
                    [
                        {**r, "is_violation": bool(r["is_violation"]), "active": bool(r["active"])}
                        for r in rows
                    ],
                )

    # --- writes -------------------------------------------------------------------------------

    def save(self, record: Record, *, source: str = "local", unit: str | None = None) -> Record:
        return self.save_many([record], source=source, unit=unit)[0]

    def save_many(
        self, records: Iterable[Record], *, source: str = "local", unit: str | None = None
    ) -> list[Record]:
        records = list(records)
        if self.editor:
            return self._save_as_editor(records)
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
        record = self.get(kind, record_id)
        if record.deleted:
            raise NotFoundError(
                translate("Store", "{kind} {record_id} is already deleted").format(
                    kind=kind, record_id=record_id
                )
            )
        return self.save(replace(record, deleted=True), source=source, unit=unit)

    def _save_as_editor(self, records: list[Record]) -> list[Record]:
        """An editor's writes: each record through ``bh_editor_write``, which checks the
        editor's clearance and stamps the version on the mission's clock (see
        ``app.store.postgis_roles``); all in one transaction."""
        from psycopg.types.json import Jsonb

        saved: list[Record] = []
        with self.transaction():
            existing = self._existing([(r.KIND, r.id) for r in records])
            origin = self.origin
            for record in records:
                previous = existing.get((record.KIND, record.id))
                record = record.with_envelope(
                    origin=previous["origin"] if previous else (record.origin or origin)
                )
                self._check_references([record])
                body = _json_body(record, record_to_row(record)["content_hash"])
                version, created, updated = self.conn.execute(
                    "SELECT version, created_at, updated_at FROM bh_editor_write(%s, %s)",
                    (record.KIND, Jsonb(body)),
                ).fetchone() or (None, None, None)
                saved.append(
                    record.with_envelope(
                        version=version,
                        created_at=created.astimezone(UTC),
                        updated_at=updated.astimezone(UTC),
                    )
                )
        return saved

    def _stamp(self, record: Record, previous: dict[str, Any] | None, origin: str) -> Record:
        now = _utcnow()
        version = str(self.clock.tick())
        if previous is None:
            return record.with_envelope(
                origin=record.origin or origin, version=version, created_at=now, updated_at=now
            )
        return record.with_envelope(
            origin=previous["origin"],
            version=version,
            updated_at=now,
            created_at=previous["created_at"].astimezone(UTC),
        )

    def _check_references(self, records: list[Record]) -> None:
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
        return set(self._existing(keys))

    def _existing(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
        found: dict[tuple[str, str], dict[str, Any]] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            for row in self.conn.execute(
                f"SELECT id, origin, created_at, deleted FROM {TABLES[kind]} WHERE id = ANY(%s)",
                (ids,),
            ):
                found[(kind, row[0])] = {"origin": row[1], "created_at": row[2], "deleted": row[3]}
        return found

    def _write(
        self,
        records: list[Record],
        existing: dict[tuple[str, str], dict[str, Any]],
        source: str,
        unit: str | None = None,
        *,
        rows: Sequence[dict[str, Any] | None] | None = None,
    ) -> None:
        at = _utcnow()
        unit = unit or self.origin
        inserts: dict[str, list[dict[str, Any]]] = {}
        log: list[tuple[Any, ...]] = []
        with self.conn.cursor() as cursor:
            for i, record in enumerate(records):
                kind = record.KIND
                table = TABLES[kind]
                known = rows[i] if rows is not None else None
                row = _to_pg(record, known if known is not None else record_to_row(record))
                previous = existing.get((kind, record.id))
                self._written[table] = self._written.get(table, 0) + 1
                if previous is None:
                    inserts.setdefault(kind, []).append(row)
                    op = "delete" if record.deleted else "create"
                else:
                    assignments = ", ".join(
                        f"{k} = {self._placeholder(kind, k)}" for k in row if k != "id"
                    )
                    cursor.execute(
                        f"UPDATE {table} SET {assignments} WHERE id = %(id)s",
                        row,
                    )
                    op = "delete" if record.deleted else "update"
                log.append((at, kind, record.id, record.version, op, unit, source))
            # Units first, so position reports in the same batch find them.
            for kind in sorted(inserts, key=lambda k: 0 if k == "unit" else 1):
                batch = inserts[kind]
                columns = list(batch[0])
                sql = (
                    f"INSERT INTO {TABLES[kind]} ({', '.join(columns)}) VALUES "
                    f"({', '.join(self._placeholder(kind, c) for c in columns)})"
                )
                cursor.executemany(sql, batch)
            cursor.executemany(
                "INSERT INTO change_log (at, kind, record_id, version, op, unit, source)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s)",
                log,
            )

    @staticmethod
    def _placeholder(kind: str, column: str) -> str:
        if field_types(record_class(kind)).get(column) == "geometry":
            return f"ST_GeomFromWKB(%({column})s, 4326)"
        return f"%({column})s"

    def _persist_clock(self) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc_last', %s)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
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
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO attachments (sha256, file_name, media_type, size, data, added_at)"
                " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                (sha256, file_name, media_type, len(data), data, added_at),
            )
            return cursor.rowcount > 0

    def attachment_info(self, sha256: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT sha256, file_name, media_type, size, added_at FROM attachments"
            " WHERE sha256 = %s",
            (sha256,),
        ).fetchone()
        if row is None:
            return None
        return dict(
            zip(("sha256", "file_name", "media_type", "size", "added_at"), row, strict=True)
        )

    def get_attachment(self, sha256: str) -> tuple[dict[str, Any], bytes]:
        info = self.attachment_info(sha256)
        if info is None:
            raise NotFoundError(
                translate("Store", "no attachment with SHA-256 {sha256} in this database").format(
                    sha256=sha256
                )
            )
        return info, bytes(
            self._scalar("SELECT data FROM attachments WHERE sha256 = %s", (sha256,))
        )

    def attachment_digests(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT sha256 FROM attachments ORDER BY sha256")]

    # --- exchange with partners -----------------------------------------------------------

    def merge_inputs(
        self, keys: Sequence[tuple[str, str]]
    ) -> tuple[dict[tuple[str, str], tuple[str, str]], dict[tuple[str, str], set[str]]]:
        current: dict[tuple[str, str], tuple[str, str]] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            for row in self.conn.execute(
                f"SELECT id, version, content_hash FROM {TABLES[kind]} WHERE id = ANY(%s)",
                (ids,),
            ):
                current[(kind, row[0])] = (row[1], row[2])
        return current, self._versions(list(current), exportable=False)

    def _versions(
        self, keys: Sequence[tuple[str, str]], *, exportable: bool
    ) -> dict[tuple[str, str], set[str]]:
        out: dict[tuple[str, str], set[str]] = {key: set() for key in keys}
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        relation = " AND relation = 'ancestor'" if exportable else ""
        for kind, ids in by_kind.items():
            queries = [
                "SELECT record_id, version FROM change_log WHERE kind = %s AND record_id = ANY(%s)",
                "SELECT record_id, version FROM seen_versions"
                f" WHERE kind = %s AND record_id = ANY(%s){relation}",
            ]
            if not exportable:
                queries += [
                    f"SELECT record_id, {column} FROM conflicts"
                    " WHERE kind = %s AND record_id = ANY(%s)"
                    for column in ("local_version", "remote_version")
                ]
            for sql in queries:
                for record_id, version in self.conn.execute(sql, (kind, ids)):
                    out[(kind, record_id)].add(version)
            if exportable:
                for record_id, a, b in self.conn.execute(
                    "SELECT record_id, local_version, remote_version FROM conflicts"
                    " WHERE resolved_at IS NULL AND kind = %s AND record_id = ANY(%s)",
                    (kind, ids),
                ):
                    out[(kind, record_id)] -= {a, b}
        return out

    def ancestors_for(
        self, records: Sequence[Record], limit: int = 32
    ) -> dict[tuple[str, str], list[str]]:
        keys = [(r.KIND, r.id) for r in records]
        known = self._versions(keys, exportable=True)
        return {
            (r.KIND, r.id): sorted(known[(r.KIND, r.id)] - {r.version}, reverse=True)[:limit]
            for r in records
        }

    def apply_remote(
        self, changes: Sequence[RemoteChange], source: str, *, unit: str | None = None
    ) -> ApplySummary:
        """Write records received from a partner verbatim, with their change-log lines,
        conflicts and seen versions, in one transaction (see ``MissionStore.apply_remote``)."""
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
            now = _utcnow()
            seen: list[tuple[str, str, str, str]] = []
            for change in changes:
                record = change.record
                summary.add(record.KIND, change.action)
                if change.action in ("new", "updated", "unchanged"):
                    seen += [(record.KIND, record.id, v, "ancestor") for v in change.ancestors]
                elif change.action == "kept":
                    seen.append((record.KIND, record.id, record.version, "loser"))
                    seen += [(record.KIND, record.id, v, "loser") for v in change.ancestors]
            with self.conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO seen_versions (kind, record_id, version, relation)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT (kind, record_id, version)"
                    " DO UPDATE SET relation = excluded.relation"
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
                    " local_json, remote_json, detected_at) VALUES (%s, %s, %s, %s, %s, %s, %s)",
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

    def conflicts(self, *, open_only: bool = True) -> list[ConflictRow]:
        sql = (
            "SELECT id, kind, record_id, local_version, remote_version, local_json, remote_json,"
            " detected_at, resolved_at, resolution FROM conflicts"
        )
        if open_only:
            sql += " WHERE resolved_at IS NULL"
        out = []
        for r in self.conn.execute(sql + " ORDER BY id"):
            detected = format_utc(r[7])
            resolved = format_utc(r[8]) if r[8] is not None else None
            out.append(
                ConflictRow(
                    id=int(r[0]),
                    kind=r[1],
                    record_id=r[2],
                    local_version=r[3],
                    remote_version=r[4],
                    local_json=r[5],
                    remote_json=r[6],
                    detected_at=detected,
                    resolved_at=resolved,
                    resolution=r[9],
                )
            )
        return out

    def resolve_conflict(self, conflict_id: int, keep: str) -> Record:
        if keep not in ("local", "remote"):
            raise ValidationError("keep", translate("Store", "choose local or remote"))
        found = [c for c in self.conflicts(open_only=False) if c.id == conflict_id]
        if not found:
            raise NotFoundError(
                translate("Store", "no conflict with id {conflict_id}").format(
                    conflict_id=conflict_id
                )
            )
        row = found[0]
        if row.resolved_at is not None:
            raise StoreError(
                translate(
                    "Store", "conflict {conflict_id} was already resolved ({resolution})"
                ).format(conflict_id=conflict_id, resolution=row.resolution)
            )
        chosen_json = row.local_json if keep == "local" else row.remote_json
        chosen = record_from_dict(json.loads(chosen_json), row.kind)
        with self.transaction():
            self.conn.execute(
                "UPDATE conflicts SET resolved_at = %s, resolution = %s WHERE id = %s",
                (_utcnow(), f"kept {keep}", conflict_id),
            )
            with self.conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO seen_versions (kind, record_id, version, relation)"
                    " VALUES (%s, %s, %s, 'ancestor') ON CONFLICT (kind, record_id, version)"
                    " DO UPDATE SET relation = 'ancestor'",
                    [
                        (row.kind, row.record_id, row.local_version),
                        (row.kind, row.record_id, row.remote_version),
                    ],
                )
            saved = self.save(chosen, source=f"conflict:{conflict_id}")
        return saved

    # --- exchange bookkeeping -------------------------------------------------------------------

    def partner_state(self, fingerprint: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT fingerprint, unit, last_sent_seq, last_sent_sequence, last_sent_at,"
            " last_received_at FROM partner_state WHERE fingerprint = %s",
            (fingerprint,),
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
        names = ("fingerprint", "unit", "last_sent_seq", "last_sent_sequence")
        state: dict[str, Any] = dict(zip(names, row[:4], strict=True))
        state["last_sent_at"] = format_utc(row[4]) if row[4] is not None else None
        state["last_received_at"] = format_utc(row[5]) if row[5] is not None else None
        return state

    def record_sent(self, fingerprint: str, unit: str, seq: int, sequence: int) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO partner_state (fingerprint, unit, last_sent_seq, last_sent_sequence,"
                " last_sent_at) VALUES (%s, %s, %s, %s, %s) ON CONFLICT (fingerprint) DO UPDATE"
                " SET unit = excluded.unit, last_sent_seq = excluded.last_sent_seq,"
                " last_sent_sequence = excluded.last_sent_sequence,"
                " last_sent_at = excluded.last_sent_at",
                (fingerprint, unit, seq, sequence, _utcnow()),
            )

    def imported_package(
        self, fingerprint: str, sequence: int, file_sha256: str
    ) -> dict[str, Any] | None:
        """The log line of a package already imported (same file or same origin and number)."""
        cursor = self.conn.execute(
            "SELECT id, origin_fingerprint, origin_unit, sequence, file_name, file_sha256,"
            " recipient, imported_at, counts::text AS counts FROM package_log"
            " WHERE file_sha256 = %s OR (origin_fingerprint = %s AND sequence = %s)",
            (file_sha256, fingerprint, sequence),
        )
        row = cursor.fetchone()
        if row is None:
            return None
        found = dict(zip([d.name for d in cursor.description or ()], row, strict=True))
        found["imported_at"] = format_utc(found["imported_at"])
        return found

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
        now = _utcnow()
        with self.transaction():
            self.conn.execute(
                "INSERT INTO package_log (origin_fingerprint, origin_unit, sequence, file_name,"
                " file_sha256, recipient, imported_at, counts)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s::jsonb)",
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
                "INSERT INTO partner_state (fingerprint, unit, last_received_at)"
                " VALUES (%s, %s, %s) ON CONFLICT (fingerprint) DO UPDATE"
                " SET last_received_at = excluded.last_received_at",
                (fingerprint, unit, now),
            )

    def attachment_holders(self, digests: Iterable[str]) -> dict[str, list[Record]]:
        """``{sha256: [record, …]}``: the live incidents and map items holding each attachment
        (see ``app.store.sync_state.attachment_holders``)."""
        wanted = sorted(set(digests))
        out: dict[str, list[Record]] = {d: [] for d in wanted}
        for kind in ("incident", "map_item"):
            cursor = self.conn.execute(
                f"SELECT j.held, {_select_list(kind)} FROM {TABLES[kind]},"
                f" jsonb_array_elements_text({TABLES[kind]}.attachments) AS j(held)"
                " WHERE NOT deleted AND j.held = ANY(%s) ORDER BY id",
                (wanted,),
            )
            names = [d.name for d in cursor.description or ()][1:]
            for held, *values in cursor:
                out[held].append(_from_pg(kind, values, names))
        return out

    def run_sql(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """One statement written with SQLite's ``?`` marks (the store's own modules share a few
        portable statements between the engines); returns the cursor."""
        return self.conn.execute(sql.replace("?", "%s"), params)

    def run_sql_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), list(rows))

    # --- reads --------------------------------------------------------------------------------

    def _records(self, kind: str, sql_tail: str, params: Sequence[Any] = ()) -> list[Record]:
        cursor = self.conn.execute(
            f"SELECT {_select_list(kind)} FROM {TABLES[kind]} {sql_tail}",
            params,
        )
        names = [d.name for d in cursor.description or ()]
        return [_from_pg(kind, row, names) for row in cursor]

    def get(self, kind: str, record_id: str) -> Record:
        found = self._records(kind, "WHERE id = %s", (record_id,))
        if not found:
            raise NotFoundError(
                translate("Store", "no {kind} with id {record_id}").format(
                    kind=kind_word(kind), record_id=record_id
                )
            )
        return found[0]

    def find(self, record_id: str) -> Record:
        for kind in self.kinds_present:
            found = self._records(kind, "WHERE id = %s", (record_id,))
            if found:
                return found[0]
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
        record_class(kind)  # an unknown kind fails here, as in SQLite
        where, params = self._filters(kind, bbox, start, end, categories, unit_id, text)
        if not include_deleted:
            where.append("NOT deleted")
        tail = ("WHERE " + " AND ".join(where)) if where else ""
        tail += f" ORDER BY {_DEFAULT_ORDER[kind]}, id"
        if limit is not None:
            tail += " LIMIT %s"
            params.append(int(limit))
        return self._records(kind, tail, params)

    def ids_in_bbox(self, kind: str, bbox: tuple[float, float, float, float]) -> list[str]:
        """Ids of the live records of ``kind`` whose shape meets the box, in id order (byte
        order, as SQLite's: ``COLLATE "C"`` also spares the server a locale-aware sort).

        Incidents are points: their ids come from the covering (lat, lon, id) index by an
        index-only scan, comparing the coordinates exactly (``postgis_schema.BBOX_ID_INDEXES``);
        other kinds go through the GiST index."""
        table = TABLES[kind]
        if table in postgis_schema.BBOX_ID_INDEXES:
            west, south, east, north = _check_bbox(bbox)
            across = "AND" if west <= east else "OR"  # a box across the antimeridian: two spans
            where = [f"lat BETWEEN %s AND %s AND (lon >= %s {across} lon <= %s)"]
            params: list[Any] = [south, north, west, east]
        else:
            where, params = self._filters(kind, bbox, None, None, None, None, None)
        rows = self.conn.execute(
            f"SELECT id FROM {table} WHERE {' AND '.join(where)} AND NOT deleted"
            ' ORDER BY id COLLATE "C"',
            params,
        )
        return [r[0] for r in rows]

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
            column = postgis_schema.GEOMETRY_COLUMNS.get(table)
            if column is None:
                raise ValidationError(
                    "bbox", translate("Store", "{kind} records have no location").format(kind=kind)
                )
            west, south, east, north = _check_bbox(bbox)
            boxes = [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]
            parts = [f"{column} && ST_MakeEnvelope(%s, %s, %s, %s, 4326)" for _ in boxes]
            for w, e in boxes:
                params += [w, south, e, north]
            where.append(f"({' OR '.join(parts)})")
        if start is not None or end is not None:
            if kind not in _TIME_COLUMNS:
                raise ValidationError(
                    "time", translate("Store", "{kind} records have no time").format(kind=kind)
                )
            first, last = _TIME_COLUMNS[kind]
            # Kinds whose times are never null compare them alone: an ``IS NULL OR`` keeps the
            # planner from a range scan of the (unit_id, observed_at) index for a unit's track.
            never_null = kind in _TIMES_NOT_NULL
            if start is not None:
                where.append(f"{last} >= %s" if never_null else f"({last} IS NULL OR {last} >= %s)")
                params.append(start)
            if end is not None:
                where.append(
                    f"{first} <= %s" if never_null else f"({first} IS NULL OR {first} <= %s)"
                )
                params.append(end)
        if categories is not None:
            if kind != "incident":
                raise ValidationError(
                    "category", translate("Store", "only incidents have categories")
                )
            where.append("category = ANY(%s)")
            params.append(list(categories))
        if unit_id is not None:
            if kind not in _UNIT_COLUMNS:
                raise ValidationError(
                    "unit",
                    translate("Store", "{kind} records do not name a unit").format(kind=kind),
                )
            where.append(f"{_UNIT_COLUMNS[kind]} = %s")
            params.append(unit_id)
        if text and text.strip():
            if kind == "incident":
                query = _ts_query(text)
                if query:
                    where.append("search @@ to_tsquery('simple', %s)")
                    params.append(query)
                else:
                    where.append("false")
            elif kind in _NAME_COLUMNS:
                like = " OR ".join(f"{c} ILIKE %s ESCAPE '\\'" for c in _NAME_COLUMNS[kind])
                where.append(f"({like})")
                pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                params += [pattern + "%"] * len(_NAME_COLUMNS[kind])
            else:
                raise ValidationError(
                    "text",
                    translate("Store", "{kind} records have no text to search").format(kind=kind),
                )
        return where, params

    def count(self, kind: str, *, include_deleted: bool = False) -> int:
        sql = f"SELECT count(*) FROM {TABLES[kind]}"
        if not include_deleted:
            sql += " WHERE NOT deleted"
        return int(self._scalar(sql))

    def record_count(self) -> int:
        return sum(self.count(kind, include_deleted=True) for kind in TABLES)

    def current_positions(self) -> dict[str, PositionReport]:
        """Each unit's latest position report (by observed time), keyed by unit id."""
        # Per unit, its latest time from the (unit_id, observed_at) index (a few pages each),
        # then the reports at that time: the cost grows with the units, not with the reports
        # (a GROUP BY over every report took seconds at 10M). Ties go to the smallest id.
        names = list(field_types(PositionReport))
        cursor = self.conn.execute(
            f"SELECT {', '.join('p.' + n for n in names)} FROM units u"
            " CROSS JOIN LATERAL (SELECT max(q.observed_at) AS at FROM position_reports q"
            " WHERE q.unit_id = u.id AND NOT q.deleted) m"
            " JOIN position_reports p ON p.unit_id = u.id AND p.observed_at = m.at"
            " AND NOT p.deleted ORDER BY p.unit_id, p.id"
        )
        result: dict[str, PositionReport] = {}
        for row in cursor:
            report = _from_pg("position_report", row, names)
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
        """Fixes for the map's unit tracks, (unit id, lat, lon, observed time), by unit then
        time: the live reports with these ids (a feed's new ones), or else those observed from
        ``start`` to ``end`` (either open), or, with ``recent``, in that span up to the latest
        live fix (at or before ``end``); of each unit only its latest ``most``.

        The window and the cap are applied in the server: at 10M reports every fix would be
        hundreds of megabytes in the app."""
        # Times as the fixed-width UTC text the page reads, made by the server (formatting
        # 200,000 of them in Python took a second).
        at = _UTC_TEXT.format("observed_at")
        sql = f"SELECT unit_id, lat, lon, {at} FROM position_reports WHERE NOT deleted"
        if ids is not None:
            rows = self.conn.execute(
                sql + " AND id = ANY(%s) ORDER BY unit_id, observed_at", (list(ids),)
            ).fetchall()
            return [tuple(row) for row in rows]
        where: list[str] = []
        params: list[Any] = []
        if end is not None:
            where.append("observed_at <= %s")
            params.append(end)
        if recent is not None and start is None:
            # The latest live fix, read backwards along the observed_at index.
            row = self.conn.execute(
                "SELECT observed_at FROM position_reports WHERE NOT deleted"
                + "".join(" AND " + w for w in where)
                + " ORDER BY observed_at DESC LIMIT 1",
                params,
            ).fetchone()
            if row is not None:
                start = row[0] - recent
        if start is not None:
            where.append("observed_at >= %s")
            params.append(start)
        if most is None:
            rows = self.conn.execute(
                f"{sql}{''.join(' AND ' + w for w in where)} ORDER BY unit_id, observed_at, id",
                params,
            ).fetchall()
            return [tuple(row) for row in rows]
        # Per unit (found by skipping along the (unit_id, observed_at) index), its latest
        # ``most`` fixes in the window, read backwards from that index, newest first; put
        # oldest first here (a sort of 200,000 rows in the server spilled to disk).
        inner = " AND ".join(["q.unit_id = u.id", "NOT q.deleted"] + [f"q.{w}" for w in where])
        rows = self.conn.execute(
            f"""WITH RECURSIVE u(id) AS (
                    SELECT min(unit_id) FROM position_reports
                    UNION ALL
                    SELECT (SELECT min(unit_id) FROM position_reports WHERE unit_id > u.id)
                    FROM u WHERE u.id IS NOT NULL
                )
                SELECT f.unit_id, f.lat, f.lon, {_UTC_TEXT.format("f.observed_at")} FROM u
                CROSS JOIN LATERAL (
                    SELECT q.unit_id, q.lat, q.lon, q.observed_at
                    FROM position_reports q WHERE {inner}
                    ORDER BY q.observed_at DESC LIMIT %s
                ) f""",
            [*params, max(0, int(most))],
            prepare=False,
        ).fetchall()
        fixes: list[tuple[str, float, float, str]] = [tuple(row) for row in rows]
        fixes.sort(key=lambda fix: (fix[0], fix[3]))
        return fixes

    def ceasefire_lines(self) -> list[CeasefireLine]:
        return [c for c in self.query("ceasefire_line") if isinstance(c, CeasefireLine)]

    def patrol_areas(self) -> list[PatrolArea]:
        return [a for a in self.query("patrol_area") if isinstance(a, PatrolArea)]

    def map_items(self) -> list[MapItem]:
        return [m for m in self.query("map_item") if isinstance(m, MapItem)]

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
        # The box on the coordinates themselves, exactly (as ``ids_in_bbox``): the map index
        # (``postgis_schema._incident_map_index``) compares them inside its time range.
        where, params = self._filters("incident", None, start, end, categories, unit_id, text)
        if bbox is not None:
            west, south, east, north = _check_bbox(bbox)
            across = "AND" if west <= east else "OR"  # a box across the antimeridian: two spans
            where.append(f"lat BETWEEN %s AND %s AND (lon >= %s {across} lon <= %s)")
            params += [south, north, west, east]
        where.append("NOT deleted")
        for name, values in (("severity", severities), ("status", statuses)):
            if values is not None:
                where.append(f"{name} = ANY(%s)")
                params.append(list(values))
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
        """The map's incident layer as one JSON object of aligned arrays, built by PostgreSQL
        (same keys and values as SQLite's: id, lat, lon, cat, sev, time, status, weapon)."""
        where, params = self._live_incident_filters(
            bbox, start, end, categories, unit_id, text, severities, statuses
        )
        arrays = {
            "id": "i.id",
            "lat": "round(i.lat::numeric, 6)",
            "lon": "round(i.lon::numeric, 6)",
            "cat": "coalesce(r.idx, -1)",
            "sev": "i.severity",
            "time": _UTC_TEXT.format("i.occurred_start"),
            "status": "i.status",
            "weapon": "i.weapon_class",
        }
        # The rows sorted once, then one aggregate node builds every array from the same row
        # stream (so they stay aligned); an ORDER BY inside each json_agg sorted eight times.
        # With a time filter the rows come from the map index alone (no table pages).
        columns = ", ".join(f"{value} AS {key}" for key, value in arrays.items())
        pairs = ", ".join(f"'{key}', coalesce(json_agg({key}), '[]'::json)" for key in arrays)
        sql = f"""
            WITH ranked AS (
                SELECT key, row_number() OVER (ORDER BY sort_order, key) - 1 AS idx
                FROM categories
            ), shown AS (
                SELECT {columns}
                FROM incidents i LEFT JOIN ranked r ON r.key = i.category
                WHERE {" AND ".join(where)}
                ORDER BY i.rid
            )
            SELECT json_build_object({pairs})::text, count(*) FROM shown
        """
        # Never a prepared statement: psycopg prepares a query from its fifth run, and the
        # server's generic plan, blind to the time and box given, reads the whole table
        # (0.5 s instead of 40 ms at 1M incidents).
        row = self.conn.execute(sql, params, prepare=False).fetchone()
        assert row is not None
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
        """Live incidents as columns (name → list), values as SQLite gives them: times as
        fixed-width UTC text, lists as JSON text."""
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
        if ordered:
            sql += " ORDER BY occurred_start, id"
        rows = self.conn.execute(sql, params).fetchall()
        if not rows:
            return {name: [] for name in columns}
        types = field_types(Incident)
        out: dict[str, list[Any]] = {}
        for name, values in zip(columns, zip(*rows, strict=True), strict=True):
            if types.get(name) == "time":
                out[name] = [None if v is None else format_utc(v) for v in values]
            elif types.get(name) == "list":
                out[name] = [json.dumps(v, ensure_ascii=False) for v in values]
            else:
                out[name] = list(values)
        return out

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
        """(UTC day as YYYY-MM-DD, category, count), as ``MissionStore.incident_day_counts``."""
        where, params = self._live_incident_filters(
            bbox, None, None, categories, unit_id, text, severities, statuses
        )
        where.append("occurred_start >= %s AND occurred_start < %s")
        params += [
            datetime.combine(first_day, time(), UTC),
            datetime.combine(last_day + timedelta(days=1), time(), UTC),
        ]
        rows = self.conn.execute(
            "SELECT to_char(occurred_start AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, category,"
            f" count(*) FROM incidents WHERE {' AND '.join(where)}"
            " GROUP BY day, category ORDER BY day",
            params,
        ).fetchall()
        return [(str(day), str(category), int(n)) for day, category, n in rows]

    def live_classifications(self, kind: str) -> set[str]:
        """The classification labels the live records of one kind carry."""
        rows = self.conn.execute(
            f"SELECT DISTINCT classification FROM {TABLES[kind]} WHERE NOT deleted"
        ).fetchall()
        return {row[0] for row in rows}

    def live_extent(self, kind: str) -> tuple[float, float, float, float] | None:
        """West, south, east, north around the live records of one kind with a shape (None
        when none has one), from their PostGIS geometries."""
        table = TABLES[kind]
        column = postgis_schema.GEOMETRY_COLUMNS.get(table)
        if column is None:
            return None
        row = self.conn.execute(
            "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)"
            f" FROM (SELECT ST_Extent({column}) AS e FROM {table} WHERE NOT deleted) AS x"
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return (float(row[0]), float(row[1]), float(row[2]), float(row[3]))

    def units(self) -> list[Unit]:
        return [u for u in self.query("unit") if isinstance(u, Unit)]

    def unit_names(self, *, short: bool = False) -> dict[str, str]:
        column = "coalesce(nullif(short_name, ''), designation)" if short else "designation"
        rows = self.conn.execute(f"SELECT id, {column} FROM units WHERE NOT deleted")
        return {row[0]: row[1] for row in rows}

    def changes_since(self, seq: int = 0, limit: int | None = None) -> list[Change]:
        sql = (
            "SELECT seq, at, kind, record_id, version, op, unit, source FROM change_log"
            " WHERE seq > %s ORDER BY seq"
        )
        params: list[Any] = [seq]
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)
        return [Change(int(r[0]), format_utc(r[1]), *r[2:]) for r in self.conn.execute(sql, params)]

    def last_change_seq(self) -> int:
        return int(self._scalar("SELECT coalesce(max(seq), 0) FROM change_log"))

    def changed_since(self, seq: int) -> list[Record]:
        keys = self.conn.execute(
            "SELECT DISTINCT kind, record_id FROM change_log WHERE seq > %s", (seq,)
        ).fetchall()
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in keys:
            by_kind.setdefault(kind, []).append(record_id)
        out: list[Record] = []
        for kind in self.kinds_present:
            if kind in by_kind:
                out += self._records(kind, "WHERE id = ANY(%s) ORDER BY id", (by_kind[kind],))
        return out

    def all_records(self) -> list[Record]:
        out: list[Record] = []
        for kind in self.kinds_present:
            out += self.query(kind, include_deleted=True)
        return out

    def stats(self) -> dict[str, int]:
        counts = {TABLES[kind]: self.count(kind) for kind in TABLES}
        counts["conflicts"] = int(
            self._scalar("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")
        )
        return counts

    def mission_period(self) -> tuple[datetime, datetime] | None:
        row = self.conn.execute(
            "SELECT min(occurred_start), max(coalesce(occurred_end, occurred_start))"
            " FROM incidents WHERE NOT deleted"
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return row[0].astimezone(UTC), row[1].astimezone(UTC)

    def digest(self) -> str:
        """SHA-256 over (kind, id, version, content hash, author, signature) of every row,
        tombstones included: the same function as SQLite's, so equal record sets with equal
        signatures give equal digests across engines."""
        lines = []
        for kind in self.kinds_present:
            for record_id, version, content, author, signature in self.conn.execute(
                f"SELECT t.id, t.version, t.content_hash, s.author, s.signature"
                f" FROM {TABLES[kind]} t LEFT JOIN record_signatures s"
                " ON s.kind = %s AND s.record_id = t.id AND s.version = t.version",
                (kind,),
            ):
                lines.append(digest_line(kind, record_id, version, content, author, signature))
        lines.sort()
        return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()

    # --- integrity ----------------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Content hashes, references, the change log, and PostGIS geometry validity."""
        report = CheckReport()
        if self.postgis_schema_version < postgis_schema.LATEST:
            report.warnings.append(
                translate(
                    "Store",
                    "schema is at step {step} of {latest}; opening it for writing upgrades it",
                ).format(step=self.postgis_schema_version, latest=postgis_schema.LATEST)
            )
        for kind in self.kinds_present:
            table = TABLES[kind]
            cursor = self.conn.execute(
                f"SELECT content_hash, {_select_list(kind)} FROM {table} ORDER BY id"
            )
            names = [d.name for d in cursor.description or ()][1:]
            live = 0
            for content_hash, *values in cursor:
                try:
                    record = _from_pg(kind, values, names)
                except (ValidationError, ValueError, TypeError) as exc:
                    record_id = values[names.index("id")]
                    report.errors.append(
                        translate(
                            "Store", "{table}: {record_id} no longer reads as a record ({exc})"
                        ).format(table=table, record_id=record_id, exc=exc)
                    )
                    continue
                live += not record.deleted
                if record_to_row(record)["content_hash"] != content_hash:
                    report.errors.append(
                        translate("Store", "{table}: {id} does not match its content hash").format(
                            table=table, id=record.id
                        )
                    )
            report.checked[f"{table} rows"] = live
            column = postgis_schema.GEOMETRY_COLUMNS.get(table)
            if column is not None:
                for record_id, reason in self.conn.execute(
                    f"SELECT id, ST_IsValidReason({column}) FROM {table}"
                    f" WHERE {column} IS NOT NULL AND NOT ST_IsValid({column}) ORDER BY id"
                ):
                    report.errors.append(
                        translate(
                            "Store", "{table}: {record_id} has invalid geometry ({reason})"
                        ).format(table=table, record_id=record_id, reason=reason)
                    )
        for table, column in (
            ("position_reports", "unit_id"),
            ("patrols", "unit_id"),
            ("incidents", "reporting_unit_id"),
            ("patrol_areas", "responsible_unit_id"),
        ):
            for record_id, unit_id in self.conn.execute(
                f"SELECT t.id, t.{column} FROM {table} t"
                f" WHERE t.{column} IS NOT NULL AND NOT t.deleted"
                f" AND NOT EXISTS (SELECT 1 FROM units u WHERE u.id = t.{column})"
            ):
                report.warnings.append(
                    translate("Store", "{table}: {record_id} names unknown unit {unit_id}").format(
                        table=table, record_id=record_id, unit_id=unit_id
                    )
                )
        for (kind,) in self.conn.execute("SELECT DISTINCT kind FROM change_log ORDER BY kind"):
            if kind not in TABLES and kind not in SIDE_KINDS:
                report.errors.append(
                    translate("Store", "change_log: unknown kind {kind}").format(kind=repr(kind))
                )
        unlogged = 0
        for kind in self.kinds_present:
            row = self.conn.execute(
                f"SELECT count(*) FROM {TABLES[kind]} t WHERE NOT EXISTS"
                " (SELECT 1 FROM change_log c WHERE c.kind = %s AND c.record_id = t.id"
                " AND c.version = t.version)",
                (kind,),
            ).fetchone()
            unlogged += int(row[0]) if row else 0
        if unlogged:
            report.warnings.append(
                translate(
                    "Store", "{unlogged} records have no change-log line for their version"
                ).format(unlogged=unlogged)
            )
        report.checked["change_log"] = self.last_change_seq()
        self._check_indexes(report)
        for (sha,) in self.conn.execute(
            "SELECT sha256 FROM attachments WHERE encode(sha256(data), 'hex') <> sha256"
        ):
            report.errors.append(
                translate("Store", "attachments: {sha} does not match its contents").format(sha=sha)
            )
        return report

    def _check_indexes(self, report: CheckReport) -> None:
        """Each GiST index finds every shape its table holds (read through the index alone,
        then through the table alone): the counterpart of SQLite's R*Tree agreement check."""
        import psycopg

        everywhere = "ST_MakeEnvelope(-1e9, -1e9, 1e9, 1e9, 4326)"
        try:
            with self.conn.transaction():
                for table, column in postgis_schema.GEOMETRY_COLUMNS.items():
                    self.conn.execute("SET LOCAL enable_seqscan = off")
                    by_index = self._scalar(
                        f"SELECT count(*) FROM {table} WHERE {column} && {everywhere}"
                    )
                    self.conn.execute("SET LOCAL enable_seqscan = on")
                    self.conn.execute("SET LOCAL enable_bitmapscan = off")
                    self.conn.execute("SET LOCAL enable_indexscan = off")
                    by_rows = self._scalar(
                        f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL"
                    )
                    self.conn.execute("RESET enable_bitmapscan")
                    self.conn.execute("RESET enable_indexscan")
                    if by_index != by_rows:
                        report.errors.append(
                            translate(
                                "Store",
                                "{table}: the spatial index finds {by_index} of {by_rows} shapes",
                            ).format(table=table, by_index=by_index, by_rows=by_rows)
                        )
        except psycopg.Error as exc:
            report.errors.append(
                translate("Store", "spatial index check: {exc}").format(exc=_first_line(exc))
            )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
