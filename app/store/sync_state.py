"""What sync needs to remember beside the records: per-record attachment names, which records
hold an attachment, and which packages were received from whom (to report gaps).

Kept apart from ``store.py`` so that sync's tables and queries live in one place. The functions
take the open store (either engine) and join its transaction. Their statements are written once,
with ``?`` marks, and run through ``store.run_sql`` on both engines (PostgreSQL understands them
as they are); the one SQLite-only query (``json_each``) has its PostGIS counterpart in the store.
No Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.store.contract import Store
    from app.store.store import MissionStore


def create_sync_state_tables(conn: sqlite3.Connection) -> None:
    """Migration: per-record attachment names (a file keeps the name each record gave it)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS attachment_names ("
        " kind TEXT NOT NULL, record_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
        " file_name TEXT NOT NULL, media_type TEXT NOT NULL,"
        " PRIMARY KEY (kind, record_id, sha256)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS attachment_names_sha ON attachment_names(sha256)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS record_signatures ("
        " kind TEXT NOT NULL, record_id TEXT NOT NULL, version TEXT NOT NULL,"
        " author TEXT NOT NULL, signature TEXT NOT NULL,"
        " PRIMARY KEY (kind, record_id, version)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS node_authors ("
        " node TEXT PRIMARY KEY, author TEXT NOT NULL, unit TEXT NOT NULL) WITHOUT ROWID"
    )


#: Tables of the revocation and acknowledgement step (both engines: the statements are portable).
REVOCATION_TABLES = (
    # Signed revocation notices received or made here; they ride in every package.
    "CREATE TABLE IF NOT EXISTS revocations ("
    " fingerprint TEXT PRIMARY KEY, unit TEXT NOT NULL, revoked_at TEXT NOT NULL,"
    " signed_by TEXT NOT NULL, notice TEXT NOT NULL)",
    # What each received package covers (since_seq NULL: a full package).
    "CREATE TABLE IF NOT EXISTS package_ranges ("
    " origin_fingerprint TEXT NOT NULL, sequence BIGINT NOT NULL, since_seq BIGINT,"
    " PRIMARY KEY (origin_fingerprint, sequence))",
    # Each package sent: which changes it started from (to send them again when it is lost).
    "CREATE TABLE IF NOT EXISTS sent_packages ("
    " fingerprint TEXT NOT NULL, sequence BIGINT NOT NULL, from_change_seq BIGINT NOT NULL,"
    " PRIMARY KEY (fingerprint, sequence))",
    # What each partner says it received from us (its latest package's acknowledgement).
    "CREATE TABLE IF NOT EXISTS partner_acks ("
    " fingerprint TEXT PRIMARY KEY, acknowledged TEXT NOT NULL)",
)


def create_revocation_tables(conn: Any) -> None:
    """Migration (both engines): revocation notices, package ranges and acknowledgements."""
    for statement in REVOCATION_TABLES:
        conn.execute(statement)


def name_attachment(
    store: MissionStore,
    kind: str,
    record_id: str,
    sha256: str,
    file_name: str,
    media_type: str,
) -> None:
    """Remember the name and media type ``record_id`` gives to attachment ``sha256``."""
    with store.transaction():
        store.run_sql(
            "INSERT INTO attachment_names (kind, record_id, sha256, file_name, media_type)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(kind, record_id, sha256) DO UPDATE SET"
            " file_name = excluded.file_name, media_type = excluded.media_type",
            (kind, record_id, sha256, file_name, media_type),
        )


def attachment_names(
    store: MissionStore, kind: str, record_ids: Iterable[str]
) -> dict[tuple[str, str], tuple[str, str]]:
    """``{(record_id, sha256): (file_name, media_type)}`` for the given records."""
    ids = list(record_ids)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.run_sql(
            "SELECT record_id, sha256, file_name, media_type FROM attachment_names"
            f" WHERE kind = ? AND record_id IN ({marks})",
            (kind, *chunk),
        ):
            out[(row[0], row[1])] = (row[2], row[3])
    return out


def attachment_holders(store: MissionStore, digests: Iterable[str]) -> dict[str, list[Any]]:
    """``{sha256: [record, …]}``: every live incident or map item here that holds each
    attachment, so an attachment is released only as far as the most restricted allows."""
    from app.domain.records import Incident, MapItem
    from app.store.rows import row_to_record

    if store.engine == "postgis":
        postgis: Any = store  # a PostgisStore (typed MissionStore here, as everywhere in sync)
        holders: dict[str, list[Any]] = postgis.attachment_holders(digests)
        return holders
    wanted = sorted(set(digests))
    out: dict[str, list[Any]] = {d: [] for d in wanted}
    for cls, table in ((Incident, "incidents"), (MapItem, "map_items")):
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = store.run_sql(
                f"SELECT {table}.*, j.value AS held FROM {table}, json_each({table}.attachments)"
                f" AS j WHERE {table}.deleted = 0 AND j.value IN ({marks})",
                chunk,
            ).fetchall()
            for row in rows:
                data = dict(row)
                held = data.pop("held")
                out[held].append(row_to_record(cls, data))
    return out


def kinds_of_ids(store: MissionStore, ids: Iterable[str]) -> dict[str, set[str]]:
    """``{id: {kind, …}}`` for the ids held here (tombstones included), whatever their kind."""
    from app.store.tables import TABLES

    wanted = sorted(set(ids))
    out: dict[str, set[str]] = {}
    for kind, table in TABLES.items():
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for (record_id,) in store.run_sql(
                f"SELECT id FROM {table} WHERE id IN ({marks})", chunk
            ):
                out.setdefault(record_id, set()).add(kind)
    return out


def ids_in_several_kinds(
    conn: sqlite3.Connection, kinds_present: Iterable[str]
) -> list[tuple[str, list[str]]]:
    """Ids held under more than one of the ``kinds_present`` here (``check`` reports them)."""
    from app.store.tables import TABLES

    union = " UNION ALL ".join(
        f"SELECT id, '{kind}' AS kind FROM {TABLES[kind]}" for kind in kinds_present
    )
    if not union:
        return []
    rows = conn.execute(
        f"SELECT id, group_concat(kind) FROM ({union}) GROUP BY id HAVING count(*) > 1"
    ).fetchall()
    return [(str(r[0]), sorted(str(r[1]).split(","))) for r in rows]


def signatures_for(
    store: MissionStore, keys: Iterable[tuple[str, str, str]]
) -> dict[tuple[str, str, str], tuple[str, str]]:
    """``{(kind, id, version): (author fingerprint, signature)}`` for the versions known."""
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, record_id, _ in keys:
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in store.run_sql(
                "SELECT record_id, version, author, signature FROM record_signatures"
                f" WHERE kind = ? AND record_id IN ({marks})",
                (kind, *chunk),
            ):
                out[(kind, row[0], row[1])] = (row[2], row[3])
    return out


def save_signatures(store: Store, rows: Iterable[tuple[str, str, str, str, str]]) -> None:
    """Keep ``(kind, id, version, author, signature)`` rows (a version's signature never
    changes: the first one kept stays)."""
    with store.transaction():
        store.run_sql_many(
            "INSERT INTO record_signatures (kind, record_id, version, author, signature)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            list(rows),
        )


def all_signatures(store: Store) -> list[tuple[str, str, str, str, str]]:
    """Every ``(kind, id, version, author, signature)`` row kept (a mission copy takes them)."""
    return [
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]))
        for r in store.run_sql(
            "SELECT kind, record_id, version, author, signature FROM record_signatures"
        )
    ]


def versions_signed(store: MissionStore, kind: str, record_id: str) -> dict[str, str]:
    """``{version: author fingerprint}`` of the signed versions of one record held here."""
    return {
        str(r[0]): str(r[1])
        for r in store.run_sql(
            "SELECT version, author FROM record_signatures WHERE kind = ? AND record_id = ?",
            (kind, record_id),
        )
    }


def node_authors(store: Store) -> dict[str, tuple[str, str]]:
    """``{version node: (author fingerprint, unit)}``: which key makes the versions of each
    installation, learnt from the first signed version seen."""
    return {
        str(r[0]): (str(r[1]), str(r[2]))
        for r in store.run_sql("SELECT node, author, unit FROM node_authors")
    }


def bind_nodes(store: Store, rows: Iterable[tuple[str, str, str]]) -> None:
    with store.transaction():
        store.run_sql_many(
            "INSERT INTO node_authors (node, author, unit) VALUES (?, ?, ?)"
            " ON CONFLICT(node) DO NOTHING",
            list(rows),
        )


def received_sequences(store: MissionStore, fingerprint: str) -> list[int]:
    """Sequence numbers of every package imported from the key ``fingerprint``."""
    return [
        int(r[0])
        for r in store.run_sql(
            "SELECT sequence FROM package_log WHERE origin_fingerprint = ? ORDER BY sequence",
            (fingerprint,),
        )
    ]


def counts_json(counts: dict[str, Any]) -> str:
    return json.dumps(counts, sort_keys=True)


# --- revocation notices, package ranges and acknowledgements ------------------------------------


def revocations(store: MissionStore) -> dict[str, tuple[str, str, str, str]]:
    """``{fingerprint: (unit, revoked_at, signed_by, notice JSON)}`` of every notice held."""
    return {
        str(r[0]): (str(r[1]), str(r[2]), str(r[3]), str(r[4]))
        for r in store.run_sql(
            "SELECT fingerprint, unit, revoked_at, signed_by, notice FROM revocations"
        )
    }


def save_revocation(
    store: MissionStore, fingerprint: str, unit: str, revoked_at: str, signed_by: str, notice: str
) -> bool:
    """Keep a verified notice; an earlier revocation time wins. True when it changed anything."""
    with store.transaction():
        row = store.run_sql(
            "SELECT revoked_at FROM revocations WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        if row is not None and str(row[0]) <= revoked_at:
            return False
        store.run_sql(
            "INSERT INTO revocations (fingerprint, unit, revoked_at, signed_by, notice)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET"
            " unit = excluded.unit, revoked_at = excluded.revoked_at,"
            " signed_by = excluded.signed_by, notice = excluded.notice",
            (fingerprint, unit, revoked_at, signed_by, notice),
        )
    return True


def package_ranges(store: MissionStore, fingerprint: str) -> list[tuple[int, int | None]]:
    """``[(sequence, since_seq), …]`` of every package imported from ``fingerprint`` (since_seq
    None for a full package; a package logged before ranges were kept follows the one before)."""
    ranges = {
        int(r[0]): (None if r[1] is None else int(r[1]))
        for r in store.run_sql(
            "SELECT sequence, since_seq FROM package_ranges WHERE origin_fingerprint = ?",
            (fingerprint,),
        )
    }
    return [
        (seq, ranges[seq] if seq in ranges else seq - 1)
        for seq in received_sequences(store, fingerprint)
    ]


def save_package_range(
    store: MissionStore, fingerprint: str, sequence: int, since_seq: int | None
) -> None:
    with store.transaction():
        store.run_sql(
            "INSERT INTO package_ranges (origin_fingerprint, sequence, since_seq)"
            " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (fingerprint, sequence, since_seq),
        )


def sent_packages(store: MissionStore, fingerprint: str) -> dict[int, int]:
    """``{sequence: from_change_seq}`` of the packages sent to ``fingerprint``."""
    return {
        int(r[0]): int(r[1])
        for r in store.run_sql(
            "SELECT sequence, from_change_seq FROM sent_packages WHERE fingerprint = ?",
            (fingerprint,),
        )
    }


def save_sent_package(
    store: MissionStore, fingerprint: str, sequence: int, from_change_seq: int
) -> None:
    with store.transaction():
        store.run_sql(
            "INSERT INTO sent_packages (fingerprint, sequence, from_change_seq)"
            " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (fingerprint, sequence, from_change_seq),
        )


def partner_acknowledged(store: MissionStore, fingerprint: str) -> list[tuple[int, int]]:
    """The package numbers ``fingerprint`` last said it holds from us, as [first, last] runs."""
    row = store.run_sql(
        "SELECT acknowledged FROM partner_acks WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return [(int(a), int(b)) for a, b in json.loads(str(row[0]))] if row else []


def save_partner_acknowledged(
    store: MissionStore, fingerprint: str, runs: Iterable[tuple[int, int]]
) -> None:
    with store.transaction():
        store.run_sql(
            "INSERT INTO partner_acks (fingerprint, acknowledged) VALUES (?, ?)"
            " ON CONFLICT(fingerprint) DO UPDATE SET acknowledged = excluded.acknowledged",
            (fingerprint, json.dumps([list(run) for run in runs])),
        )
