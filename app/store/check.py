"""The consistency check behind ``bluehelmet check``.

Errors mean the database is not healthy (damaged file, index out of step with the rows, rows that
no longer decode into valid records, records missing from the change log). Warnings point at data
worth a look that can legitimately occur (a reference to a record not shared with us).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from app.domain.records import REFERENCES, Record, Unit, record_class
from app.i18n import translate
from app.store import migrations
from app.store.rows import row_to_record
from app.store.tables import TABLES


@dataclass
class CheckReport:
    """What ``check`` found: errors make the database unhealthy, warnings are worth a look."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return not self.errors


def run_checks(
    conn: sqlite3.Connection,
    schema_version: int,
    kinds_present: tuple[str, ...],
    *,
    readonly: bool,
) -> CheckReport:
    """Check the open database ``conn`` (at ``schema_version``, with tables for
    ``kinds_present``); read-only connections skip the checks that need to write."""
    report = CheckReport()
    _sqlite_checks(conn, report)
    if report.errors:
        return report  # a damaged file: the rest would only repeat the damage
    if schema_version < migrations.LATEST:
        report.warnings.append(
            translate(
                "Check",
                "schema is at step {step} of {latest}; opening the "
                "mission in the app (or any command that writes) upgrades it",
            ).format(step=schema_version, latest=migrations.LATEST)
        )
    present = {TABLES[kind] for kind in kinds_present}
    for table in migrations.SPATIAL_TABLES:
        if table in present:
            _rtree_in_step(conn, table, report)
    _fts_in_step(conn, report, readonly)
    live: dict[str, dict[str, Record]] = {}
    for kind in kinds_present:
        live[kind] = _rows_decode(conn, kind, TABLES[kind], report)
    _references(live, report)
    _change_log_covers(conn, report, kinds_present)
    from app.store.sync_state import ids_in_several_kinds

    for record_id, kinds in ids_in_several_kinds(conn, kinds_present):
        report.errors.append(
            translate(
                "Check",
                "id {record_id} names records of several kinds ({kinds}); "
                "'record show' and 'record update' cannot tell them apart",
            ).format(record_id=record_id, kinds=", ".join(kinds))
        )
    return report


def _sqlite_checks(conn: sqlite3.Connection, report: CheckReport) -> None:
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        report.errors.append(translate("Check", "integrity check failed: {exc}").format(exc=exc))
        return
    if result != ["ok"]:
        report.errors.extend(f"integrity: {line}" for line in result[:20])
    for row in conn.execute("PRAGMA foreign_key_check"):
        report.errors.append(
            translate(
                "Check", "foreign key: {table} row {row} points at a missing {target}"
            ).format(table=row[0], row=row[1], target=row[2])
        )


def _rtree_in_step(conn: sqlite3.Connection, table: str, report: CheckReport) -> None:
    x0, y0, x1, y1 = migrations.SPATIAL_TABLES[table]
    rtree = f"{table}_rtree"
    check = conn.execute(f"SELECT rtreecheck('{rtree}')").fetchone()[0]
    if check != "ok":
        report.errors.append(
            translate("Check", "{rtree}: {check}").format(rtree=rtree, check=check)
        )
    missing = conn.execute(
        f"SELECT count(*) FROM {table} t LEFT JOIN {rtree} r ON r.rid = t.rid"
        f" WHERE t.deleted = 0 AND t.{x0} IS NOT NULL AND r.rid IS NULL"
    ).fetchone()[0]
    stale = conn.execute(
        f"SELECT count(*) FROM {rtree} r LEFT JOIN {table} t ON r.rid = t.rid"
        f" WHERE t.rid IS NULL OR t.deleted = 1 OR t.{x0} IS NULL"
    ).fetchone()[0]
    # R*Tree stores 32-bit floats rounded outwards: a box must contain the row's own box.
    wrong = conn.execute(
        f"SELECT count(*) FROM {rtree} r JOIN {table} t ON r.rid = t.rid"
        f" WHERE r.min_lon > t.{x0} OR r.max_lon < t.{x1}"
        f" OR r.min_lat > t.{y0} OR r.max_lat < t.{y1}"
    ).fetchone()[0]
    for count, what in (
        (missing, translate("Check", "missing from")),
        (stale, translate("Check", "stale in")),
        (wrong, translate("Check", "wrong box in")),
    ):
        if count:
            report.errors.append(
                translate("Check", "{table}: {count} rows {what} the spatial index").format(
                    table=table, count=count, what=what
                )
            )
    report.checked[f"{rtree} entries"] = conn.execute(f"SELECT count(*) FROM {rtree}").fetchone()[0]


def _fts_in_step(conn: sqlite3.Connection, report: CheckReport, readonly: bool) -> None:
    """FTS5's own integrity check is a write statement; read-only, compare counts instead."""
    indexed = conn.execute("SELECT count(*) FROM incidents_fts_docsize").fetchone()[0]
    rows = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
    if indexed != rows:
        report.errors.append(
            translate(
                "Check", "incident text index holds {indexed} rows for {rows} incidents"
            ).format(indexed=indexed, rows=rows)
        )
    if readonly:
        return
    try:
        conn.execute("INSERT INTO incidents_fts(incidents_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        report.errors.append(translate("Check", "incident text index: {exc}").format(exc=exc))


def _rows_decode(
    conn: sqlite3.Connection, kind: str, table: str, report: CheckReport
) -> dict[str, Record]:
    """Every live row as its record; a row that does not decode is reported, never raised."""
    from app.domain.serialize import content_hash

    cls = record_class(kind)
    live: dict[str, Record] = {}
    bad = 0
    for row in conn.execute(f"SELECT * FROM {table}"):
        row = dict(row)
        try:
            record = row_to_record(cls, row)
        except Exception as exc:  # damaged rows fail in many ways (GEOS, JSON, validation)
            bad += 1
            if bad <= 5:
                report.errors.append(
                    translate("Check", "{kind} {id}: does not decode ({exc})").format(
                        kind=kind, id=row.get("id"), exc=exc
                    )
                )
            continue
        if content_hash(record) != row["content_hash"]:
            bad += 1
            if bad <= 5:
                report.errors.append(
                    translate("Check", "{kind} {id}: content does not match its hash").format(
                        kind=kind, id=record.id
                    )
                )
        if not record.deleted:
            live[record.id] = record
    if bad > 5:
        report.errors.append(
            translate("Check", "{kind}: {n} more bad rows").format(kind=kind, n=bad - 5)
        )
    report.checked[f"{table} rows"] = len(live)
    return live


def _references(live: dict[str, dict[str, Record]], report: CheckReport) -> None:
    """References to records that are not here are warnings: a partner may not share them."""
    dangling: dict[tuple[str, str], int] = {}
    for kind, records in live.items():
        for record in records.values():
            for name, target_kind in REFERENCES.items():
                target = getattr(record, name, None)
                if target and target not in live.get(target_kind, {}):
                    dangling[(kind, name)] = dangling.get((kind, name), 0) + 1
    for (kind, name), count in sorted(dangling.items()):
        report.warnings.append(
            translate("Check", "{count} {kind} records name a {name} that is not here").format(
                count=count, kind=kind, name=name
            )
        )
    parents = {u.id: u.parent_id for u in live["unit"].values() if isinstance(u, Unit)}
    for unit_id in parents:
        seen = {unit_id}
        current = parents.get(unit_id)
        while current is not None:
            if current in seen:
                report.errors.append(
                    translate("Check", "unit {unit_id}: its chain of parents loops").format(
                        unit_id=unit_id
                    )
                )
                break
            seen.add(current)
            current = parents.get(current)


def _change_log_covers(
    conn: sqlite3.Connection, report: CheckReport, kinds: tuple[str, ...]
) -> None:
    for kind in kinds:
        table = TABLES[kind]
        missing = conn.execute(
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM change_log c"
            f" WHERE c.kind = ? AND c.record_id = t.id AND c.version = t.version)",
            (kind,),
        ).fetchone()[0]
        if missing:
            report.errors.append(
                translate(
                    "Check", "{table}: {missing} rows have no change-log line for their version"
                ).format(table=table, missing=missing)
            )
