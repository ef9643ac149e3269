"""Versioned schema migrations for the mission database.

Each migration is frozen once released: a later change to the schema is a new migration, never an
edit of an old one, so that a database made by any earlier version upgrades step by step without
losing anything. ``PRAGMA user_version`` records the step reached. Every migration runs in one
transaction together with the version bump.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable

from app.domain import taxonomy

ENVELOPE = """
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    classification TEXT NOT NULL,
    releasable_to TEXT NOT NULL,
    content_hash TEXT NOT NULL"""

# Geometry is WKB; its bounding box is kept beside it so triggers can keep the R*Tree in step.
BBOX = """
    min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL"""

V1_TABLES = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE categories (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    group_name TEXT NOT NULL,
    acled_event_type TEXT,
    acled_sub_event_type TEXT,
    is_violation INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE units ({ENVELOPE},
    designation TEXT NOT NULL,
    nation TEXT NOT NULL,
    sidc TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    parent_id TEXT,
    echelon TEXT,
    role TEXT NOT NULL,
    callsign TEXT NOT NULL DEFAULT '',
    strength INTEGER
);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE position_reports ({ENVELOPE},
    unit_id TEXT NOT NULL REFERENCES units(id) DEFERRABLE INITIALLY DEFERRED,
    observed_at TEXT NOT NULL,
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    accuracy_m REAL,
    course_deg REAL,
    speed_kmh REAL,
    status TEXT NOT NULL,
    method TEXT NOT NULL
);
CREATE INDEX position_reports_unit_time ON position_reports(unit_id, observed_at);
CREATE INDEX position_reports_time ON position_reports(observed_at);

CREATE TABLE patrol_areas ({ENVELOPE},
    name TEXT NOT NULL,
    geometry BLOB NOT NULL,{BBOX},
    area_type TEXT NOT NULL,
    responsible_unit_id TEXT,
    status TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT
);

CREATE TABLE patrols ({ENVELOPE},
    unit_id TEXT NOT NULL,
    planned_start TEXT NOT NULL,
    planned_end TEXT NOT NULL,
    area_id TEXT,
    patrol_type TEXT NOT NULL,
    task TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    actual_start TEXT,
    actual_end TEXT,
    track BLOB,{BBOX},
    findings TEXT NOT NULL DEFAULT ''
);
CREATE INDEX patrols_area ON patrols(area_id);
CREATE INDEX patrols_unit ON patrols(unit_id);

CREATE TABLE ceasefire_lines ({ENVELOPE},
    name TEXT NOT NULL,
    geometry BLOB NOT NULL,{BBOX},
    line_type TEXT NOT NULL,
    agreement TEXT NOT NULL DEFAULT '',
    agreement_date TEXT,
    party_left TEXT NOT NULL DEFAULT '',
    party_right TEXT NOT NULL DEFAULT '',
    buffer_m REAL NOT NULL DEFAULT 0,
    valid_from TEXT,
    valid_to TEXT
);

CREATE TABLE incidents ({ENVELOPE},
    title TEXT NOT NULL,
    category TEXT NOT NULL REFERENCES categories(key),
    occurred_start TEXT NOT NULL,
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    occurred_end TEXT,
    reported_at TEXT,
    precision_m REAL,
    weapon_class TEXT,
    severity INTEGER NOT NULL,
    fatalities INTEGER NOT NULL DEFAULT 0,
    fatalities_civilian INTEGER NOT NULL DEFAULT 0,
    fatalities_peacekeeper INTEGER NOT NULL DEFAULT 0,
    injured INTEGER NOT NULL DEFAULT 0,
    actors TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    reporting_unit_id TEXT,
    source_kind TEXT NOT NULL,
    source_reliability TEXT NOT NULL,
    info_credibility INTEGER NOT NULL,
    status TEXT NOT NULL,
    area_id TEXT,
    line_id TEXT
);
CREATE INDEX incidents_time ON incidents(occurred_start);
CREATE INDEX incidents_category ON incidents(category, occurred_start);
CREATE INDEX incidents_reporting_unit ON incidents(reporting_unit_id);

-- What changed, when, by which unit: read by sync (deltas) and by the audit trail.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    unit TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX change_log_record ON change_log(kind, record_id);

-- Concurrent edits of one record by two units, kept until an operator resolves them.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    local_version TEXT NOT NULL,
    remote_version TEXT NOT NULL,
    local_json TEXT NOT NULL,
    remote_json TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT
);
"""

#: The tables with geometry the first schema made, the columns that give each row's box (frozen
#: with ``_v1``; tables added later are in ``SPATIAL_TABLES``, which lists them all).
V1_SPATIAL_TABLES: dict[str, tuple[str, str, str, str]] = {
    "position_reports": ("lon", "lat", "lon", "lat"),
    "incidents": ("lon", "lat", "lon", "lat"),
    "patrol_areas": ("min_lon", "min_lat", "max_lon", "max_lat"),
    "patrols": ("min_lon", "min_lat", "max_lon", "max_lat"),
    "ceasefire_lines": ("min_lon", "min_lat", "max_lon", "max_lat"),
}
#: Every table with geometry, the columns that give each row's box, and its R*Tree.
SPATIAL_TABLES: dict[str, tuple[str, str, str, str]] = {
    **V1_SPATIAL_TABLES,
    "map_items": ("min_lon", "min_lat", "max_lon", "max_lat"),
}


def _rtree_sql(table: str, box: tuple[str, str, str, str]) -> str:
    """An R*Tree over a table's live rows, kept in step by triggers (tombstones drop out)."""
    x0, y0, x1, y1 = (f"NEW.{c}" for c in box)
    live = f"NEW.deleted = 0 AND NEW.{box[0]} IS NOT NULL"
    return f"""
CREATE VIRTUAL TABLE {table}_rtree USING rtree(rid, min_lon, max_lon, min_lat, max_lat);
CREATE TRIGGER {table}_rtree_insert AFTER INSERT ON {table} WHEN {live} BEGIN
    INSERT INTO {table}_rtree VALUES (NEW.rid, {x0}, {x1}, {y0}, {y1});
END;
CREATE TRIGGER {table}_rtree_update AFTER UPDATE ON {table} BEGIN
    DELETE FROM {table}_rtree WHERE rid = OLD.rid;
    INSERT INTO {table}_rtree SELECT NEW.rid, {x0}, {x1}, {y0}, {y1} WHERE {live};
END;
CREATE TRIGGER {table}_rtree_delete AFTER DELETE ON {table} BEGIN
    DELETE FROM {table}_rtree WHERE rid = OLD.rid;
END;
"""


def _v1(conn: sqlite3.Connection) -> None:
    """The first schema: record tables, R*Trees, change log, conflicts, seed categories."""
    for statement in _split(V1_TABLES):
        conn.execute(statement)
    for table, box in V1_SPATIAL_TABLES.items():
        for statement in _split(_rtree_sql(table, box)):
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO categories (key, label, group_name, acled_event_type, acled_sub_event_type,"
        " is_violation, description, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.key,
                c.label,
                c.group,
                c.acled_event_type,
                c.acled_sub_event_type,
                int(c.is_violation),
                c.description,
                i,
            )
            for i, c in enumerate(taxonomy.SEED_CATEGORIES)
        ],
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Full-text search over incident titles, descriptions and actors (FTS5, trigger-synced)."""
    statements = """
CREATE VIRTUAL TABLE incidents_fts USING fts5(
    title, description, actors, content='incidents', content_rowid='rid',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts(rowid, title, description, actors)
    VALUES (NEW.rid, NEW.title, NEW.description, NEW.actors);
END;
CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, description, actors)
    VALUES ('delete', OLD.rid, OLD.title, OLD.description, OLD.actors);
END;
CREATE TRIGGER incidents_fts_update AFTER UPDATE OF title, description, actors ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, description, actors)
    VALUES ('delete', OLD.rid, OLD.title, OLD.description, OLD.actors);
    INSERT INTO incidents_fts(rowid, title, description, actors)
    VALUES (NEW.rid, NEW.title, NEW.description, NEW.actors);
END;
INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild');
"""
    for statement in _split(statements):
        conn.execute(statement)


def _v3(conn: sqlite3.Connection) -> None:
    """Exchange bookkeeping: packages imported (replay refusal), what each partner was sent, and
    the versions of each record seen from partners (merge history beyond the change log)."""
    statements = """
CREATE TABLE package_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    origin_fingerprint TEXT NOT NULL,
    origin_unit TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL UNIQUE,
    recipient TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    counts TEXT NOT NULL,
    UNIQUE (origin_fingerprint, sequence)
);
CREATE TABLE partner_state (
    fingerprint TEXT PRIMARY KEY,
    unit TEXT NOT NULL,
    last_sent_seq INTEGER NOT NULL DEFAULT 0,
    last_sent_sequence INTEGER NOT NULL DEFAULT 0,
    last_sent_at TEXT,
    last_received_at TEXT
);
-- Versions of a record known from partners: 'ancestor' = in the causal past of a version this
-- installation applied (sent along as ancestors); 'loser' = seen, lost a concurrent merge.
CREATE TABLE seen_versions (
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation IN ('ancestor', 'loser')),
    PRIMARY KEY (kind, record_id, version)
) WITHOUT ROWID;
CREATE INDEX conflicts_record ON conflicts(kind, record_id);
"""
    for statement in _split(statements):
        conn.execute(statement)


def bulk_index_sql(table: str) -> dict[str, str]:
    """For each insert trigger that keeps an index of ``table`` in step, the one statement that
    does the same for every row with ``rid > ?`` at once (used by bulk writes)."""
    statements: dict[str, str] = {}
    if table in SPATIAL_TABLES:
        x0, y0, x1, y1 = SPATIAL_TABLES[table]
        statements[f"{table}_rtree_insert"] = (
            f"INSERT INTO {table}_rtree SELECT rid, {x0}, {x1}, {y0}, {y1} FROM {table}"
            f" WHERE rid > ? AND deleted = 0 AND {x0} IS NOT NULL"
        )
    if table == "incidents":
        statements["incidents_fts_insert"] = (
            "INSERT INTO incidents_fts(rowid, title, description, actors)"
            " SELECT rid, title, description, actors FROM incidents WHERE rid > ?"
        )
    return statements


def _v4(conn: sqlite3.Connection) -> None:
    """Attachment contents (photos, documents) kept once per content hash, and the briefer's
    saved views (local to this workstation's database; never exported)."""
    statements = """
CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE saved_views (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    spec TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""
    for statement in _split(statements):
        conn.execute(statement)


def _v5(conn: sqlite3.Connection) -> None:
    """Incidents name their attachments (SHA-256 digests, a JSON array); the content hash of
    every incident row is recomputed, because the canonical form now includes the field.

    Self-contained on purpose (frozen): the canonical form is rebuilt from the row as it stands
    at this step, not through today's record classes, which later steps may change.
    """
    conn.execute("ALTER TABLE incidents ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]'")
    skipped = {"rid", "content_hash", "version", "created_at", "updated_at"}
    skipped |= {"min_lon", "min_lat", "max_lon", "max_lat"}
    lists = {"releasable_to", "actors", "attachments"}
    cursor = conn.execute("SELECT * FROM incidents")
    names = [d[0] for d in cursor.description]
    updates: list[tuple[str, int]] = []
    for row in cursor.fetchall():
        values = dict(zip(names, row, strict=True))
        canonical: dict[str, object] = {"kind": "incident"}
        for name, value in values.items():
            if name in skipped:
                continue
            if name in lists:
                value = json.loads(value)
            elif name == "deleted":
                value = bool(value)
            canonical[name] = value
        text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        updates.append((hashlib.sha256(text.encode("utf-8")).hexdigest(), values["rid"]))
    conn.executemany("UPDATE incidents SET content_hash = ? WHERE rid = ?", updates)


def _map_items(conn: sqlite3.Connection) -> None:
    """Map items (checkpoints, camps, routes, roads, rivers, drawings, zones, …) in a table of
    their own with its R*Tree. Adds a table and nothing else: every record already stored stays
    exactly as it was (same rows, versions and content hashes)."""
    statements = f"""
CREATE TABLE map_items ({ENVELOPE},
    name TEXT NOT NULL,
    item_type TEXT NOT NULL,
    geometry BLOB NOT NULL,{BBOX},
    sidc TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    partner_type TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX map_items_type ON map_items(item_type);
"""
    box = ("min_lon", "min_lat", "max_lon", "max_lat")
    for statement in _split(statements) + _split(_rtree_sql("map_items", box)):
        conn.execute(statement)


#: The categories ``_acled_categories`` adds, frozen as they were when it was written:
#: (key, label, group, ACLED event type, ACLED sub-event type, active).
ACLED_ADDED: tuple[tuple[str, str, str, str, str | None, bool], ...] = (
    ("territory_regained", "Government regains territory", "Violence", "Battles",
     "Government regains territory", True),
    ("territory_overtaken", "Non-state actor overtakes territory", "Violence", "Battles",
     "Non-state actor overtakes territory", True),
    ("chemical_weapon", "Chemical weapon attack", "Violence", "Explosions/Remote violence",
     "Chemical weapon", True),
    ("suicide_bomb", "Suicide bombing", "Violence", "Explosions/Remote violence",
     "Suicide bomb", True),
    ("grenade", "Grenade attack", "Violence", "Explosions/Remote violence", "Grenade", True),
    ("protest_with_intervention", "Protest with intervention", "Civil unrest", "Protests",
     "Protest with intervention", True),
    ("excessive_force_protesters", "Excessive force against protesters", "Civil unrest",
     "Protests", "Excessive force against protesters", True),
    ("group_change", "Change to armed group or activity", "Political and security",
     "Strategic developments", "Change to group/activity", True),
    ("disrupted_weapons_use", "Disrupted weapons use (seized or defused)",
     "Safety and security", "Strategic developments", "Disrupted weapons use", True),
    ("strategic_other", "Other strategic development", "Political and security",
     "Strategic developments", "Other", True),
    ("riots_protests", "Riot or protest (ACLED before 2019)", "Civil unrest",
     "Riots/Protests", None, False),
    ("remote_violence", "Remote violence (ACLED before 2019)", "Violence",
     "Remote violence", None, False),
    ("violence_against_civilians", "Violence against civilians (ACLED before 2019)",
     "Protection of civilians", "Violence against civilians", None, False),
    ("strategic_development", "Strategic development (ACLED before 2019)",
     "Political and security", "Strategic development", None, False),
)  # fmt: skip


def _acled_categories(conn: sqlite3.Connection) -> None:
    """Categories for every ACLED event and sub-event type of the current and the pre-2019
    codebook; the pre-2019 ones retired (valid on records, not offered for new ones).
    Categories a mission already has are left as they are."""
    (last,) = conn.execute("SELECT COALESCE(MAX(sort_order), 0) FROM categories").fetchone()
    have = {row[0] for row in conn.execute("SELECT key FROM categories")}
    new = [c for c in ACLED_ADDED if c[0] not in have]
    conn.executemany(
        "INSERT INTO categories (key, label, group_name, acled_event_type, acled_sub_event_type,"
        " active, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(*c[:5], int(c[5]), last + 1 + i) for i, c in enumerate(new)],
    )
    # A new mission's first step seeds them from today's list, active: retire the old ones.
    retired = [c[0] for c in ACLED_ADDED if not c[5]]
    conn.executemany("UPDATE categories SET active = 0 WHERE key = ?", [(key,) for key in retired])


def _mark_demo_missions_as_training(conn: sqlite3.Connection) -> None:
    """Missions that hold the fictional demo (made before missions had settings, often as the
    user's default database) are marked as training, with the demo's name and parties, so that
    every title and output says they are fictional. Self-contained (frozen): the demo is known
    by its force headquarters' designation."""
    demo = conn.execute(
        "SELECT 1 FROM units WHERE designation = 'UNDMF Force HQ' LIMIT 1"
    ).fetchone()
    if demo is None:
        return
    for key, value in (
        ("training", "1"),
        ("mission_name", "UN Demo Monitoring Force"),
        ("mission_parties", '["Northern Forces", "Southern Army"]'),
    ):
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _sync_state(conn: sqlite3.Connection) -> None:
    """Sync: the name and media type each record gives an attachment (a file attached to a
    secret incident and to a public one keeps a separate name for each); the author's signature
    of each record version; which key makes each installation's versions."""
    from app.store.sync_state import create_sync_state_tables

    create_sync_state_tables(conn)


def _sync_revocations(conn: sqlite3.Connection) -> None:
    """Sync: signed revocation notices (they travel in every package), what each received
    package covers, where each sent package started, and what partners acknowledged."""
    from app.store.sync_state import create_revocation_tables

    create_revocation_tables(conn)


#: Tables of the record kinds with free text (``text_lang``); frozen with the step below.
TEXT_LANG_TABLES = ("patrol_areas", "patrols", "ceasefire_lines", "incidents", "map_items")


def _text_lang(conn: sqlite3.Connection) -> None:
    """Records with free text say which language it is written in (a BCP 47 tag, "" when the
    author did not say: every existing record, whose content hash is unchanged by it); and
    the map's incident index (``_incident_map_index``), shipped in the same step."""
    for table in TEXT_LANG_TABLES:
        columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if "text_lang" not in columns:  # run again over a database set back a few steps
            conn.execute(f"ALTER TABLE {table} ADD COLUMN text_lang TEXT NOT NULL DEFAULT ''")
    _incident_map_index(conn)


#: The map's incident layer of a view, from one index (``MissionStore.incident_map_json``).
INCIDENT_MAP_INDEX = "incidents_map_window"


def _incident_map_index(conn: sqlite3.Connection) -> None:
    """Part of step 11 (new in the same release as ``text_lang``, so sync packages keep one
    schema number): an index on incidents' time window end, then (lat, lon), then every
    column of the map's incident layer, live rows only, as PostGIS step 7.

    The map payload of a view (its incidents since a time, inside a box) read the R*Tree for
    the box, then each row of the table for the time test (≈ 230 ms for a 1° × 1°, 30-day view
    at 1M incidents). With this index "since" is a range of the index, lat and lon are
    compared inside it, and the layer's columns come from the index alone (≈ 30 ms). SQLite
    has no INCLUDE, so they are trailing key columns; ``occurred_end`` and ``deleted`` too,
    because SQLite 3.40 counts an index as covering only when it holds every column the query
    names, even inside the indexed expression or the partial condition."""
    conn.execute(
        f"CREATE INDEX IF NOT EXISTS {INCIDENT_MAP_INDEX} ON incidents"
        " (coalesce(occurred_end, occurred_start), lat, lon, id, category, severity,"
        " occurred_start, status, weapon_class, occurred_end, deleted) WHERE deleted = 0"
    )


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1, _v2, _v3, _v4, _v5, _map_items, _acled_categories, _mark_demo_missions_as_training,
    _sync_state, _sync_revocations, _text_lang,
)  # fmt: skip
LATEST = len(MIGRATIONS)


def _split(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Bring the schema up to ``target``; each step is all-or-nothing. Returns the steps run."""
    current = schema_version(conn)
    ran = []
    for step in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step - 1](conn)
            conn.execute(f"PRAGMA user_version = {step}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        ran.append(step)
    return ran
