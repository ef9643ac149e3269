"""Versioned schema of the HQ mission database on PostgreSQL + PostGIS.

The PostgreSQL counterpart of ``app.store.migrations``: the same tables and columns, in the
types a PostGIS mission's GIS staff expect — times as ``timestamptz``, lists as ``jsonb``,
flags as ``boolean``, shapes as ``geometry`` in EPSG:4326 with GiST indexes (point kinds keep
lat/lon and a generated point column beside them), incident text searchable by a generated
``tsvector`` with a GIN index. The table ``schema_migrations`` records each step applied.

Each migration is frozen once released (a change is a new step appended to ``MIGRATIONS``) and
runs in one transaction together with its line in ``schema_migrations``. Must not import Qt or
anything from app.ui, app.cli or maps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain import taxonomy

#: Per record table: (kind of shape, the column holding it). Points are generated from lat/lon.
GEOMETRY_COLUMNS: dict[str, str] = {
    "position_reports": "geom",
    "incidents": "geom",
    "patrol_areas": "geometry",
    "patrols": "track",
    "ceasefire_lines": "geometry",
    "map_items": "geometry",
}

_ENVELOPE = """
    rid bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL UNIQUE,
    origin text NOT NULL,
    version text NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    classification text NOT NULL,
    releasable_to jsonb NOT NULL,
    content_hash text NOT NULL"""

_POINT = """
    geom geometry(Point, 4326) GENERATED ALWAYS AS
        (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED"""

_FIRST_SCHEMA = f"""
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE categories (
    key text PRIMARY KEY,
    label text NOT NULL,
    group_name text NOT NULL,
    acled_event_type text,
    acled_sub_event_type text,
    is_violation boolean NOT NULL DEFAULT false,
    description text NOT NULL DEFAULT '',
    active boolean NOT NULL DEFAULT true,
    sort_order integer NOT NULL DEFAULT 0
);

CREATE TABLE units ({_ENVELOPE},
    designation text NOT NULL,
    nation text NOT NULL,
    sidc text NOT NULL,
    short_name text NOT NULL DEFAULT '',
    parent_id text,
    echelon text,
    role text NOT NULL,
    callsign text NOT NULL DEFAULT '',
    strength integer
);
CREATE INDEX units_parent ON units (parent_id);

CREATE TABLE position_reports ({_ENVELOPE},
    unit_id text NOT NULL REFERENCES units (id) DEFERRABLE INITIALLY DEFERRED,
    observed_at timestamptz NOT NULL,
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    accuracy_m double precision,
    course_deg double precision,
    speed_kmh double precision,
    status text NOT NULL,
    method text NOT NULL,{_POINT}
);
CREATE INDEX position_reports_unit_time ON position_reports (unit_id, observed_at);
CREATE INDEX position_reports_time ON position_reports (observed_at);

CREATE TABLE patrol_areas ({_ENVELOPE},
    name text NOT NULL,
    geometry geometry(Geometry, 4326) NOT NULL,
    area_type text NOT NULL,
    responsible_unit_id text,
    status text NOT NULL,
    valid_from timestamptz,
    valid_to timestamptz
);

CREATE TABLE patrols ({_ENVELOPE},
    unit_id text NOT NULL,
    planned_start timestamptz NOT NULL,
    planned_end timestamptz NOT NULL,
    area_id text,
    patrol_type text NOT NULL,
    task text NOT NULL DEFAULT '',
    status text NOT NULL,
    actual_start timestamptz,
    actual_end timestamptz,
    track geometry(Geometry, 4326),
    findings text NOT NULL DEFAULT ''
);
CREATE INDEX patrols_area ON patrols (area_id);
CREATE INDEX patrols_unit ON patrols (unit_id);

CREATE TABLE ceasefire_lines ({_ENVELOPE},
    name text NOT NULL,
    geometry geometry(Geometry, 4326) NOT NULL,
    line_type text NOT NULL,
    agreement text NOT NULL DEFAULT '',
    agreement_date timestamptz,
    party_left text NOT NULL DEFAULT '',
    party_right text NOT NULL DEFAULT '',
    buffer_m double precision NOT NULL DEFAULT 0,
    valid_from timestamptz,
    valid_to timestamptz
);

CREATE TABLE incidents ({_ENVELOPE},
    title text NOT NULL,
    category text NOT NULL REFERENCES categories (key),
    occurred_start timestamptz NOT NULL,
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    occurred_end timestamptz,
    reported_at timestamptz,
    precision_m double precision,
    weapon_class text,
    severity integer NOT NULL,
    fatalities integer NOT NULL DEFAULT 0,
    fatalities_civilian integer NOT NULL DEFAULT 0,
    fatalities_peacekeeper integer NOT NULL DEFAULT 0,
    injured integer NOT NULL DEFAULT 0,
    actors jsonb NOT NULL DEFAULT '[]',
    description text NOT NULL DEFAULT '',
    reporting_unit_id text,
    source_kind text NOT NULL,
    source_reliability text NOT NULL,
    info_credibility integer NOT NULL,
    status text NOT NULL,
    area_id text,
    line_id text,
    attachments jsonb NOT NULL DEFAULT '[]',{_POINT},
    search tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig,
            title || ' ' || description || ' ' || jsonb_path_query_array(actors, '$[*]')::text)
    ) STORED
);
CREATE INDEX incidents_time ON incidents (occurred_start);
CREATE INDEX incidents_category ON incidents (category, occurred_start);
CREATE INDEX incidents_reporting_unit ON incidents (reporting_unit_id);
CREATE INDEX incidents_search ON incidents USING gin (search);

CREATE TABLE map_items ({_ENVELOPE},
    name text NOT NULL,
    item_type text NOT NULL,
    geometry geometry(Geometry, 4326) NOT NULL,
    sidc text NOT NULL DEFAULT '',
    colour text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT '',
    partner_type text NOT NULL DEFAULT '',
    attachments jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX map_items_type ON map_items (item_type);

CREATE TABLE change_log (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    kind text NOT NULL,
    record_id text NOT NULL,
    version text NOT NULL,
    op text NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    unit text NOT NULL,
    source text NOT NULL
);
CREATE INDEX change_log_record ON change_log (kind, record_id);

CREATE TABLE conflicts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    record_id text NOT NULL,
    local_version text NOT NULL,
    remote_version text NOT NULL,
    local_json text NOT NULL,
    remote_json text NOT NULL,
    detected_at timestamptz NOT NULL,
    resolved_at timestamptz,
    resolution text
);
CREATE INDEX conflicts_record ON conflicts (kind, record_id);

CREATE TABLE package_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin_fingerprint text NOT NULL,
    origin_unit text NOT NULL,
    sequence bigint NOT NULL,
    file_name text NOT NULL,
    file_sha256 text NOT NULL UNIQUE,
    recipient text NOT NULL,
    imported_at timestamptz NOT NULL,
    counts jsonb NOT NULL,
    UNIQUE (origin_fingerprint, sequence)
);
CREATE TABLE partner_state (
    fingerprint text PRIMARY KEY,
    unit text NOT NULL,
    last_sent_seq bigint NOT NULL DEFAULT 0,
    last_sent_sequence bigint NOT NULL DEFAULT 0,
    last_sent_at timestamptz,
    last_received_at timestamptz
);
CREATE TABLE seen_versions (
    kind text NOT NULL,
    record_id text NOT NULL,
    version text NOT NULL,
    relation text NOT NULL CHECK (relation IN ('ancestor', 'loser')),
    PRIMARY KEY (kind, record_id, version)
);
CREATE TABLE attachments (
    sha256 text PRIMARY KEY,
    file_name text NOT NULL,
    media_type text NOT NULL,
    size bigint NOT NULL,
    data bytea NOT NULL,
    added_at text NOT NULL
);
CREATE TABLE saved_views (
    name text PRIMARY KEY,
    position integer NOT NULL,
    spec jsonb NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE TABLE attachment_names (
    kind text NOT NULL,
    record_id text NOT NULL,
    sha256 text NOT NULL,
    file_name text NOT NULL,
    media_type text NOT NULL,
    PRIMARY KEY (kind, record_id, sha256)
);
CREATE INDEX attachment_names_sha ON attachment_names (sha256);
CREATE TABLE record_signatures (
    kind text NOT NULL,
    record_id text NOT NULL,
    version text NOT NULL,
    author text NOT NULL,
    signature text NOT NULL,
    PRIMARY KEY (kind, record_id, version)
);
CREATE TABLE node_authors (node text PRIMARY KEY, author text NOT NULL, unit text NOT NULL);
"""


def _first_schema(conn: Any) -> None:
    """Every table of today's SQLite schema, spatial indexes, and the seed categories (the
    current list, with the pre-2019 ACLED ones retired, as a new SQLite mission has them)."""
    conn.execute(_FIRST_SCHEMA)
    for table, column in GEOMETRY_COLUMNS.items():
        conn.execute(f"CREATE INDEX {table}_{column}_gist ON {table} USING gist ({column})")
    from app.store import migrations as sqlite_migrations

    seed = [
        (
            *(c.key, c.label, c.group, c.acled_event_type, c.acled_sub_event_type),
            *(c.is_violation, c.description, True, i),
        )
        for i, c in enumerate(taxonomy.SEED_CATEGORIES)
    ]
    have = {row[0] for row in seed}
    last = len(seed)
    for i, added in enumerate(a for a in sqlite_migrations.ACLED_ADDED if a[0] not in have):
        seed.append((*added[:5], False, "", added[5], last + 1 + i))
    retired = {a[0] for a in sqlite_migrations.ACLED_ADDED if not a[5]}
    seed = [(*row[:7], row[7] and row[0] not in retired, row[8]) for row in seed]
    with conn.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO categories (key, label, group_name, acled_event_type,"
            " acled_sub_event_type, is_violation, description, active, sort_order)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            seed,
        )


#: Record tables whose rows a mission user (``app.store.postgis_roles``) reads through the
#: releasability policy; a position report also needs its unit to pass (as in sync's export).
RECORD_TABLES: tuple[str, ...] = (
    "units",
    "position_reports",
    "patrol_areas",
    "patrols",
    "ceasefire_lines",
    "incidents",
    "map_items",
)
#: Tables keyed by (kind, record_id): a row shows when its record shows.
RECORD_KEYED_TABLES: tuple[str, ...] = (
    "change_log",
    "seen_versions",
    "attachment_names",
    "record_signatures",
)
#: Tables a mission user may read whole: settings and lists, no record contents or ids.
OPEN_TABLES: tuple[str, ...] = ("meta", "categories", "saved_views", "schema_migrations")
#: Tables closed to mission users (no grant; row security on with no policy for them either).
CLOSED_TABLES: tuple[str, ...] = ("package_log", "partner_state", "node_authors")
#: Closed likewise, made by a later step (revocation notices, package ranges, acknowledgements).
SYNC_CLOSED_TABLES: tuple[str, ...] = (
    "revocations",
    "package_ranges",
    "sent_packages",
    "partner_acks",
)

#: The releasability rule of sync's export (``app.sync.service.releasable`` and ``cleared``)
#: in SQL, over a label and a jsonb list of tokens: the label ranks at or below the user's
#: accreditation in the mission's list (a label the list does not know ranks above all), and
#: the list names MISSION, the user's nation or the user's organisation. Every function body is
#: SQL-standard (``BEGIN ATOMIC``), so its tables are bound when it is made: a user's own
#: temporary table named ``meta`` or ``mission_users`` cannot stand in for the real one.
_ROW_SECURITY = """
CREATE TABLE mission_users (
    role_name text PRIMARY KEY,
    nation text NOT NULL,
    org text,
    accreditation text,
    editor boolean NOT NULL DEFAULT false,
    added_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE mission_users ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON mission_users FOR SELECT USING (role_name = session_user);

CREATE FUNCTION bh_clearance(OUT labels text[], OUT ceiling integer, OUT tokens text[])
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT l.labels,
           CASE WHEN u.accreditation IS NULL THEN 1
                ELSE array_position(l.labels, u.accreditation) END,
           ARRAY['MISSION', u.nation] || coalesce(ARRAY[u.org], '{}'::text[])
    FROM mission_users u,
         (SELECT string_to_array(m.value, '|') AS labels FROM meta m
          WHERE m.key = 'classifications') l
    WHERE u.role_name = session_user;
END;

CREATE FUNCTION bh_may_read(classification text, releasable_to jsonb) RETURNS boolean
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(array_position(c.labels, classification) <= c.ceiling
                    AND releasable_to ?| c.tokens, false)
    FROM bh_clearance() c;
END;

CREATE FUNCTION bh_record_visible(kind text, record_id text) RETURNS boolean
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE kind
        WHEN 'unit' THEN EXISTS (SELECT 1 FROM units r WHERE r.id = record_id)
        WHEN 'position_report' THEN EXISTS (SELECT 1 FROM position_reports r WHERE r.id = record_id)
        WHEN 'patrol_area' THEN EXISTS (SELECT 1 FROM patrol_areas r WHERE r.id = record_id)
        WHEN 'patrol' THEN EXISTS (SELECT 1 FROM patrols r WHERE r.id = record_id)
        WHEN 'ceasefire_line' THEN EXISTS (SELECT 1 FROM ceasefire_lines r WHERE r.id = record_id)
        WHEN 'incident' THEN EXISTS (SELECT 1 FROM incidents r WHERE r.id = record_id)
        WHEN 'map_item' THEN EXISTS (SELECT 1 FROM map_items r WHERE r.id = record_id)
        ELSE false END;
END;

CREATE FUNCTION bh_version_readable(kind text, body jsonb) RETURNS boolean
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT bh_may_read(body ->> 'classification', body -> 'releasable_to')
        AND (kind <> 'position_report'
             OR EXISTS (SELECT 1 FROM units u WHERE u.id = body ->> 'unit_id'));
END;

CREATE INDEX incidents_attachments ON incidents USING gin (attachments);
CREATE INDEX map_items_attachments ON map_items USING gin (attachments);
"""

#: The rule inline in each record table's policy: the clearance is computed once per query
#: (uncorrelated sub-selects), so a large table is filtered at the cost of a comparison a row.
_RECORD_POLICY = """
CREATE POLICY mission_user_read ON {table} FOR SELECT USING (
    array_position((SELECT labels FROM bh_clearance()), classification)
        <= (SELECT ceiling FROM bh_clearance())
    AND releasable_to ?| (SELECT tokens FROM bh_clearance()){extra}
)"""


def _row_level_security(conn: Any) -> None:
    """Row security for mission users (liaison officers' own login roles): each record table,
    and each table naming records, shows such a role only what sync would send its nation at
    its accreditation. The mission's own role owns the tables and is not affected; a role
    with no row in ``mission_users`` sees nothing even if granted."""
    conn.execute(_ROW_SECURITY)
    for table in RECORD_TABLES:
        extra = ""
        if table == "position_reports":
            extra = "\n    AND EXISTS (SELECT 1 FROM units u WHERE u.id = position_reports.unit_id)"
        conn.execute(_RECORD_POLICY.format(table=table, extra=extra))
    for table in RECORD_KEYED_TABLES:
        conn.execute(
            f"CREATE POLICY mission_user_read ON {table} FOR SELECT"
            " USING (bh_record_visible(kind, record_id))"
        )
    conn.execute(
        "CREATE POLICY mission_user_read ON conflicts FOR SELECT USING ("
        " bh_record_visible(kind, record_id)"
        " AND bh_version_readable(kind, local_json::jsonb)"
        " AND bh_version_readable(kind, remote_json::jsonb))"
    )
    # An attachment's contents go with the live records that hold it (as in sync's export).
    conn.execute(
        "CREATE POLICY mission_user_read ON attachments FOR SELECT USING ("
        " EXISTS (SELECT 1 FROM incidents i WHERE NOT i.deleted"
        " AND i.attachments ? attachments.sha256)"
        " OR EXISTS (SELECT 1 FROM map_items m WHERE NOT m.deleted"
        " AND m.attachments ? attachments.sha256))"
    )
    for table in (*RECORD_TABLES, *RECORD_KEYED_TABLES, "conflicts", "attachments"):
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table in CLOSED_TABLES:
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")


#: The channel on which a mission's writes are announced (``PostgisStore.subscribe``).
#: Notifications stay inside one database, so each mission has its own.
CHANNEL = "bluehelmet_changes"


def _change_notices(conn: Any) -> None:
    """Announce every committed write on ``CHANNEL``, from the server itself so that every
    writer (the app, an import, a copy) is heard. The payload is empty: listeners read what
    changed from the change log, which row security filters for mission users, so the notice
    tells nobody which records changed. Identical notices of one transaction are merged.
    Each change-log line keeps the server process that wrote it (``writer_pid``), so that a
    listener can leave out its own connection's writes however they were batched."""
    conn.execute(
        f"""
        ALTER TABLE change_log ADD COLUMN writer_pid integer DEFAULT pg_backend_pid();
        CREATE FUNCTION bh_announce_changes() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', '');
            RETURN NULL;
        END $$;
        CREATE TRIGGER change_log_announce AFTER INSERT ON change_log
            FOR EACH STATEMENT EXECUTE FUNCTION bh_announce_changes();
        """
    )


def _sync_revocations(conn: Any) -> None:
    """Sync: revocation notices, package ranges, sent packages, acknowledgements (SQLite
    step 10; the same statements)."""
    from app.store.sync_state import create_revocation_tables

    create_revocation_tables(conn)
    # Sync bookkeeping is closed to mission users like the package log (no grant, and row
    # security on with no policy for them).
    for table in SYNC_CLOSED_TABLES:
        conn.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")


#: The one write path of editing roles (``app.store.postgis_roles``): a function that runs with
#: the rights of the mission's own role (its owner), checks the caller's clearance with the same
#: rule as the read policies, stamps the version on the mission's clock and node (so the
#: version is made at the HQ, and the HQ installation's key signs it when it first leaves in a
#: package), writes the record and its change-log line naming the editor, all in the caller's
#: transaction. Editors get ``EXECUTE`` on it and no table privilege at all.
_EDITOR_WRITE = """
CREATE FUNCTION bh_editor_write(kind text, body jsonb,
    OUT version text, OUT created_at timestamptz, OUT updated_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp
AS $fn$
DECLARE
    tbl text := CASE kind
        WHEN 'unit' THEN 'units' WHEN 'position_report' THEN 'position_reports'
        WHEN 'patrol_area' THEN 'patrol_areas' WHEN 'patrol' THEN 'patrols'
        WHEN 'ceasefire_line' THEN 'ceasefire_lines' WHEN 'incident' THEN 'incidents'
        WHEN 'map_item' THEN 'map_items' END;
    me text := session_user;
    rid text := body ->> 'id';
    prev record;
    held integer;
    kept_origin text;
    last text;
    wall bigint;
    counter integer;
    now_ms bigint;
    cols text;
    op text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM mission_users u WHERE u.role_name = me AND u.editor) THEN
        RAISE EXCEPTION '% is not an editor of this mission', me
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF tbl IS NULL OR rid IS NULL THEN
        RAISE EXCEPTION 'not a record: kind % with id %', kind, coalesce(rid, 'missing')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('bluehelmet write'));
    EXECUTE format('SELECT origin, created_at, classification, releasable_to, %s AS unit_id'
                   ' FROM %I WHERE id = $1 FOR UPDATE',
                   CASE WHEN kind = 'position_report' THEN 'unit_id' ELSE 'NULL::text' END, tbl)
        INTO prev USING rid;
    GET DIAGNOSTICS held = ROW_COUNT;
    -- The record as it stands must be one the editor may read (an id it cannot see is
    -- refused the same way whether or not it exists).
    IF held > 0 AND NOT (bh_may_read(prev.classification, prev.releasable_to)
            AND (prev.unit_id IS NULL OR EXISTS (SELECT 1 FROM units u WHERE u.id = prev.unit_id
                 AND bh_may_read(u.classification, u.releasable_to)))) THEN
        RAISE EXCEPTION '% %: not a record you may edit (an editor writes only what it may read)',
            kind, rid USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- And so must the version it writes: no raising it above its accreditation, no releasing
    -- it away from its own nation, no report on a unit it cannot see.
    IF NOT (bh_may_read(body ->> 'classification', body -> 'releasable_to')
            AND (kind <> 'position_report' OR EXISTS (SELECT 1 FROM units u
                 WHERE u.id = body ->> 'unit_id'
                 AND bh_may_read(u.classification, u.releasable_to)))) THEN
        RAISE EXCEPTION '% %: you could not read this version (its classification, releasability'
            ' or unit is beyond your clearance); an editor writes only what it may read',
            kind, rid USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF held > 0 THEN
        kept_origin := prev.origin;
    ELSE
        SELECT m.value INTO kept_origin FROM meta m WHERE m.key = 'origin';
    END IF;
    IF body ->> 'origin' IS DISTINCT FROM kept_origin THEN
        RAISE EXCEPTION '% %: a record keeps its origin, and a new one is the mission''s', kind, rid
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The mission's hybrid logical clock (``app.domain.hlc``), on its own node.
    SELECT m.value INTO last FROM meta m WHERE m.key = 'hlc_last';
    wall := coalesce(split_part(last, '.', 1)::bigint, 0);
    counter := coalesce(split_part(last, '.', 2)::integer, 0);
    now_ms := floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    IF now_ms > wall THEN
        wall := now_ms;
        counter := 0;
    ELSE
        counter := counter + 1;
    END IF;
    version := lpad(wall::text, 15, '0') || '.' || lpad(counter::text, 6, '0') || '.'
        || (SELECT m.value FROM meta m WHERE m.key = 'node_id');
    INSERT INTO meta (key, value) VALUES ('hlc_last', version)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value;
    updated_at := date_trunc('milliseconds', clock_timestamp());
    created_at := CASE WHEN held > 0 THEN prev.created_at ELSE updated_at END;
    body := body || jsonb_build_object(
        'version', version, 'created_at', created_at, 'updated_at', updated_at);
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
    FROM pg_attribute a
    WHERE a.attrelid = tbl::regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attgenerated = '' AND a.attidentity = '' AND body ? a.attname::text;
    IF held > 0 THEN
        EXECUTE format('UPDATE %I SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%I, $1))'
                       ' WHERE id = $2', tbl, cols, cols, tbl) USING body, rid;
    ELSE
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_populate_record(NULL::%I, $1)',
                       tbl, cols, cols, tbl) USING body;
    END IF;
    op := CASE WHEN coalesce((body ->> 'deleted')::boolean, false) THEN 'delete'
               WHEN held > 0 THEN 'update' ELSE 'create' END;
    INSERT INTO change_log (at, kind, record_id, version, op, unit, source)
        VALUES (updated_at, kind, rid, version, op, me, 'editor');
END
$fn$;
REVOKE ALL ON FUNCTION bh_editor_write(text, jsonb) FROM PUBLIC;
"""

#: The signature of the editors' write function, for grants.
EDITOR_WRITE_FUNCTION = "bh_editor_write(text, jsonb)"


def _editor_writes(conn: Any) -> None:
    """Editing roles: their one write path, ``bh_editor_write`` (see ``_EDITOR_WRITE``)."""
    schema = conn.execute("SELECT quote_ident(current_schema())").fetchone()[0]
    conn.execute(_EDITOR_WRITE.replace("{schema}", schema))


#: Point tables whose bounding-box id lookups (``PostgisStore.ids_in_bbox``) are answered from
#: a covering b-tree on (lat, lon) alone, without reading the table (see ``_bbox_ids_index``).
BBOX_ID_INDEXES: dict[str, str] = {"incidents": "incidents_bbox_ids"}


def _bbox_ids_index(conn: Any) -> None:
    """A b-tree on incidents' (lat, lon) carrying the id, live rows only: a bounding box's ids
    come from an index-only scan. The GiST index finds the same rows in a millisecond, but then
    reads one table page per hit (about 6,600 pages for a 7,000-hit box at 1M incidents,
    spread at random because incidents arrive in time order); this index reads ~100 pages.
    Index-only scans need the visibility map, which VACUUM sets (autovacuum, or the store
    after a bulk write: ``PostgisStore.refresh_statistics``)."""
    for table, name in BBOX_ID_INDEXES.items():
        conn.execute(f"CREATE INDEX {name} ON {table} (lat, lon) INCLUDE (id) WHERE NOT deleted")


def _incident_map_index(conn: Any) -> None:
    """A b-tree on incidents' time window end, then (lat, lon), carrying every column of the
    map's incident layer, live rows only: the map payload of a view (its incidents since a
    time, inside a box: ``PostgisStore.incident_map_json``) comes from an index-only scan.

    Without it the time filter (on ``coalesce(occurred_end, occurred_start)``, which no index
    held) read the whole table: 83,000 pages at 1M incidents, 0.4–1 s for a 1° × 1° view of
    the last 30 days. The key's first column is that expression, so "since" is a range of the
    index; lat and lon are compared inside it. ``occurred_end`` is carried too: PostgreSQL
    plans an index-only scan only when every column the query names is in the index."""
    conn.execute(
        "CREATE INDEX incidents_map_window ON incidents"
        " ((coalesce(occurred_end, occurred_start)), lat, lon)"
        " INCLUDE (id, category, severity, occurred_start, occurred_end, status, weapon_class,"
        " rid) WHERE NOT deleted"
    )


def _text_lang(conn: Any) -> None:
    """Records with free text say which language it is written in (SQLite step 11, the same
    column): a BCP 47 tag, '' when the author did not say."""
    for table in ("patrol_areas", "patrols", "ceasefire_lines", "incidents", "map_items"):
        conn.execute(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS text_lang text NOT NULL DEFAULT ''"
        )


MIGRATIONS: tuple[Callable[[Any], None], ...] = (
    _first_schema,
    _row_level_security,
    _change_notices,
    _sync_revocations,
    _editor_writes,
    _bbox_ids_index,
    _incident_map_index,
    _text_lang,
)
LATEST = len(MIGRATIONS)

#: For each PostGIS step, the SQLite schema step (``app.store.migrations``) whose records and
#: tables it matches. Sync packages name the record schema they follow by the SQLite step, so a
#: PostGIS mission speaks of its schema in those numbers. A new SQLite migration that changes
#: records or their tables needs a PostGIS step here too (a test compares the two).
SQLITE_STEP: tuple[int, ...] = (9, 9, 9, 10, 10, 10, 10, 11)


def schema_version(conn: Any) -> int:
    """The last step applied; 0 for a database without the migrations table."""
    exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    return int(
        conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
    )


def migrate(conn: Any, target: int = LATEST) -> list[int]:
    """Bring the schema up to ``target``, each step in one transaction; returns the steps run.

    An advisory lock makes two workstations opening a new mission at once take turns."""
    ran: list[int] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('bluehelmet schema'))")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY, name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        current = schema_version(conn)
        for step in range(current + 1, target + 1):
            with conn.transaction():
                migration = MIGRATIONS[step - 1]
                migration(conn)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                    (step, migration.__name__.lstrip("_")),
                )
            ran.append(step)
    return ran


def create_schema(url: str) -> None:
    """Create (or upgrade) the schema in the database at ``url``, without any mission identity:
    for making a template that new missions are cloned from."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        migrate(conn)
