"""The consistency check behind ``bluehelmet check``.

Errors mean the database is not healthy (damaged file, index out of step with the rows, rows that
no longer decode into valid records, records missing from the change log). Warnings point at data
worth a look that can legitimately occur (a reference to a record not shared with us).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from app.domain.records import Incident, Patrol, PositionReport, Record, Unit, record_class
from app.errors import AppError
from app.store import migrations
from app.store.rows import row_to_record

if TYPE_CHECKING:
    from app.store.store import CheckReport, MissionStore


def run_checks(store: MissionStore) -> CheckReport:
    from app.store.store import TABLES, CheckReport

    report = CheckReport()
    conn = store.conn
    _sqlite_checks(conn, report)
    if report.errors:
        return report  # a damaged file: the rest would only repeat the damage
    if store.schema_version != migrations.LATEST:
        report.errors.append(f"schema is at step {store.schema_version}, not {migrations.LATEST}")
    for table in migrations.SPATIAL_TABLES:
        _rtree_in_step(conn, table, report)
    _fts_in_step(conn, report)
    ids: dict[str, set[str]] = {}
    for kind, table in TABLES.items():
        ids[kind] = _rows_decode(conn, kind, table, report)
    _references(store, ids, report)
    _change_log_covers(conn, report)
    return report


def _sqlite_checks(conn: sqlite3.Connection, report: CheckReport) -> None:
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        report.errors.append(f"integrity check failed: {exc}")
        return
    if result != ["ok"]:
        report.errors.extend(f"integrity: {line}" for line in result[:20])
    for row in conn.execute("PRAGMA foreign_key_check"):
        report.errors.append(f"foreign key: {row[0]} row {row[1]} points at a missing {row[2]}")


def _rtree_in_step(conn: sqlite3.Connection, table: str, report: CheckReport) -> None:
    x0, y0, x1, y1 = migrations.SPATIAL_TABLES[table]
    rtree = f"{table}_rtree"
    check = conn.execute(f"SELECT rtreecheck('{rtree}')").fetchone()[0]
    if check != "ok":
        report.errors.append(f"{rtree}: {check}")
    missing = conn.execute(
        f"SELECT count(*) FROM {table} t LEFT JOIN {rtree} r ON r.rid = t.rid"
        f" WHERE t.deleted = 0 AND t.{x0} IS NOT NULL AND r.rid IS NULL"
    ).fetchone()[0]
    stale = conn.execute(
        f"SELECT count(*) FROM {rtree} r LEFT JOIN {table} t ON r.rid = t.rid"
        f" WHERE t.rid IS NULL OR t.deleted = 1"
    ).fetchone()[0]
    # R*Tree stores 32-bit floats rounded outwards: a box must contain the row's own box.
    wrong = conn.execute(
        f"SELECT count(*) FROM {rtree} r JOIN {table} t ON r.rid = t.rid"
        f" WHERE r.min_lon > t.{x0} OR r.max_lon < t.{x1}"
        f" OR r.min_lat > t.{y0} OR r.max_lat < t.{y1}"
    ).fetchone()[0]
    for count, what in ((missing, "missing from"), (stale, "stale in"), (wrong, "wrong box in")):
        if count:
            report.errors.append(f"{table}: {count} rows {what} the spatial index")
    report.checked[f"{rtree} entries"] = conn.execute(f"SELECT count(*) FROM {rtree}").fetchone()[0]


def _fts_in_step(conn: sqlite3.Connection, report: CheckReport) -> None:
    try:
        conn.execute("INSERT INTO incidents_fts(incidents_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        report.errors.append(f"incident text index: {exc}")


def _rows_decode(conn: sqlite3.Connection, kind: str, table: str, report: CheckReport) -> set[str]:
    from app.domain.serialize import content_hash

    cls = record_class(kind)
    live: set[str] = set()
    bad = 0
    for row in conn.execute(f"SELECT * FROM {table}"):
        row = dict(row)
        try:
            record = row_to_record(cls, row)
        except (AppError, ValueError, TypeError) as exc:
            bad += 1
            if bad <= 5:
                report.errors.append(f"{kind} {row.get('id')}: does not decode ({exc})")
            continue
        if content_hash(record) != row["content_hash"]:
            bad += 1
            if bad <= 5:
                report.errors.append(f"{kind} {record.id}: content does not match its hash")
        if not record.deleted:
            live.add(record.id)
    if bad > 5:
        report.errors.append(f"{kind}: {bad - 5} more bad rows")
    report.checked[f"{table} rows"] = len(live)
    return live


def _references(store: MissionStore, ids: dict[str, set[str]], report: CheckReport) -> None:
    def note(record: Record, name: str, target_kind: str) -> None:
        target = getattr(record, name)
        if target and target not in ids[target_kind]:
            dangling[(record.KIND, name)] = dangling.get((record.KIND, name), 0) + 1

    dangling: dict[tuple[str, str], int] = {}
    parents: dict[str, str | None] = {}
    for unit in store.query("unit"):
        assert isinstance(unit, Unit)
        parents[unit.id] = unit.parent_id
        note(unit, "parent_id", "unit")
    for report_ in store.query("position_report"):
        assert isinstance(report_, PositionReport)
        note(report_, "unit_id", "unit")
    for patrol in store.query("patrol"):
        assert isinstance(patrol, Patrol)
        note(patrol, "unit_id", "unit")
        note(patrol, "area_id", "patrol_area")
    for area in store.query("patrol_area"):
        note(area, "responsible_unit_id", "unit")
    for row in store.conn.execute(
        "SELECT id, reporting_unit_id, area_id, line_id FROM incidents WHERE deleted = 0"
    ):
        for name, target_kind in (
            ("reporting_unit_id", "unit"),
            ("area_id", "patrol_area"),
            ("line_id", "ceasefire_line"),
        ):
            if row[name] and row[name] not in ids[target_kind]:
                dangling[(Incident.KIND, name)] = dangling.get((Incident.KIND, name), 0) + 1
    for (kind, name), count in sorted(dangling.items()):
        report.warnings.append(f"{count} {kind} records name a {name} that is not here")
    for unit_id in parents:
        seen = {unit_id}
        current = parents.get(unit_id)
        while current is not None:
            if current in seen:
                report.errors.append(f"unit {unit_id}: its chain of parents loops")
                break
            seen.add(current)
            current = parents.get(current)


def _change_log_covers(conn: sqlite3.Connection, report: CheckReport) -> None:
    from app.store.store import TABLES

    for kind, table in TABLES.items():
        missing = conn.execute(
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM change_log c"
            f" WHERE c.kind = ? AND c.record_id = t.id AND c.version = t.version)",
            (kind,),
        ).fetchone()[0]
        if missing:
            report.errors.append(
                f"{table}: {missing} rows have no change-log line for their version"
            )
