"""Mission users: a liaison officer's own PostgreSQL role reads only what is releasable to it.

The server enforces it (row-level security), so the tests read as such a role with the real
``psql`` client and with the app's own store, including with hostile queries, and compare the
SQL rule with sync's Python rule over many generated records.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

import psycopg
import pytest
from factories import T0, incident, map_item, position, unit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli.main import main
from app.errors import StoreError
from app.store import open_mission
from app.store.postgis import PostgisStore
from app.store.postgis_roles import add_user, list_users
from app.sync.service import cleared, releasable

LABELS = ("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL")
_numbers = itertools.count(1)


def role_name(stem: str) -> str:
    """Roles are server-wide: each test makes its own."""
    return f"{stem}_{os.getpid()}_{next(_numbers)}"


def as_role(pg_url: str, role: str) -> str:
    """The mission's URL for another role (the test server trusts its Unix socket)."""
    rest = pg_url.split("://", 1)[1].split("@", 1)[1]
    return f"postgresql://{quote(role)}@{rest}"


@dataclass
class Mission:
    url: str
    fra: str  # role: FRA, no organisation, lowest label only
    visible: set[str]
    hidden: set[str]
    secret_words: tuple[str, ...]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def mission(pg_url: str) -> Iterator[Mission]:
    """Records of every shape of the rule, and a FRA liaison role."""
    open_att, hidden_att = b"photo releasable to FRA", b"photo of NPL eyes only"
    shared = unit(designation="FORCE HQ", releasable_to=("MISSION",))
    npl = unit(designation="NEPBATT SECRET", classification="CONFIDENTIAL", releasable_to=("NPL",))
    seen = incident(
        title="Mortar impact near OP 7", releasable_to=("FRA",), attachments=(sha(open_att),)
    )
    withheld = incident(
        title="Zulu informant meeting", releasable_to=("NPL",), attachments=(sha(hidden_att),)
    )
    above = incident(
        title="Yankee assessment", classification="CONFIDENTIAL", releasable_to=("FRA",)
    )
    un_only = incident(title="Xray UN channel", releasable_to=("UN",))
    track_ok = position(shared.id, releasable_to=("MISSION",))
    track_hidden = position(npl.id, minutes=1, releasable_to=("MISSION",))  # unit withheld
    route = map_item(name="Whiskey route", releasable_to=("IND",))
    with PostgisStore(pg_url) as store:
        store.put_attachment(sha(open_att), "a.jpg", "image/jpeg", open_att, T0.isoformat())
        store.put_attachment(sha(hidden_att), "b.jpg", "image/jpeg", hidden_att, T0.isoformat())
        saved = store.save_many(
            [shared, npl, seen, withheld, above, un_only, track_ok, track_hidden, route]
        )
        by_id = {r.id: r for r in saved}
        # A conflict whose other version was NPL-only must stay hidden even though the record
        # itself is releasable now; one whose both versions pass shows.
        from app.domain.serialize import record_to_dict

        def body(record, **changes) -> str:
            d = record_to_dict(record)
            d.update(changes)
            return json.dumps(d, sort_keys=True)

        rec = by_id[seen.id]
        for remote in (body(rec, title="Zulu remote version", releasable_to=["NPL"]), body(rec)):
            store.conn.execute(
                "INSERT INTO conflicts (kind, record_id, local_version, remote_version,"
                " local_json, remote_json, detected_at) VALUES ('incident', %s, %s, %s, %s, %s,"
                " now())",
                (rec.id, rec.version, rec.version + "x", body(rec), remote),
            )
        store.conn.execute(
            "INSERT INTO seen_versions (kind, record_id, version, relation) VALUES"
            " ('incident', %s, 'v1', 'ancestor'), ('incident', %s, 'v1', 'ancestor')",
            (seen.id, withheld.id),
        )
        fra = role_name("fra_lo")
        add_user(store, fra, nation="FRA")
    yield Mission(
        pg_url,
        fra,
        visible={shared.id, seen.id, track_ok.id},
        hidden={npl.id, withheld.id, above.id, un_only.id, track_hidden.id, route.id},
        secret_words=("Zulu", "Yankee", "Xray", "Whiskey", "NEPBATT SECRET", sha(hidden_att)),
    )


def psql(url: str, sql: str) -> subprocess.CompletedProcess[str]:
    program = shutil.which("psql")
    if program is None:
        pytest.skip("the psql client is not installed (Debian: postgresql-client)")
    return subprocess.run(
        [program, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_psql_as_a_liaison_role_shows_only_what_is_releasable(mission: Mission):
    url = as_role(mission.url, mission.fra)
    ids = psql(
        url,
        "SELECT id FROM units UNION ALL SELECT id FROM position_reports UNION ALL"
        " SELECT id FROM incidents UNION ALL SELECT id FROM map_items UNION ALL"
        " SELECT id FROM patrols UNION ALL SELECT id FROM patrol_areas UNION ALL"
        " SELECT id FROM ceasefire_lines",
    )
    assert ids.returncode == 0, ids.stderr
    assert set(ids.stdout.split()) == mission.visible
    # Hostile reads: counts, joins, the change log, attachments, conflicts, seen versions.
    queries = {
        "SELECT count(*) FROM incidents": "1",
        "SELECT count(*) FROM units": "1",
        "SELECT count(*) FROM position_reports p JOIN units u ON u.id = p.unit_id": "1",
        "SELECT count(*) FROM position_reports p LEFT JOIN units u ON u.id = p.unit_id": "1",
        "SELECT count(DISTINCT record_id) FROM change_log": "3",
        "SELECT count(*) FROM attachments": "1",
        "SELECT count(*) FROM conflicts": "1",
        "SELECT count(*) FROM seen_versions": "1",
        "SELECT count(*) FROM mission_users": "1",
    }
    for sql, expected in queries.items():
        done = psql(url, sql)
        assert (done.returncode, done.stdout.strip()) == (0, expected), (sql, done.stderr)
    everything = psql(
        url,
        "SELECT string_agg(t::text, ' ') FROM (SELECT * FROM incidents) t;"
        " SELECT string_agg(t::text, ' ') FROM change_log t;"
        " SELECT string_agg(t::text, ' ') FROM conflicts t;"
        " SELECT string_agg(sha256 || encode(data, 'escape'), ' ') FROM attachments",
    )
    assert everything.returncode == 0, everything.stderr
    assert "Mortar impact" in everything.stdout
    for word in mission.secret_words:
        assert word not in everything.stdout
    for hidden in mission.hidden:
        assert hidden not in everything.stdout


def test_psql_tricks_do_not_widen_what_a_liaison_role_sees(mission: Mission):
    url = as_role(mission.url, mission.fra)
    # A leaky function in the WHERE clause runs only on rows the policy let through.
    leak = psql(
        url,
        "CREATE FUNCTION pg_temp.leak(t text) RETURNS boolean LANGUAGE plpgsql COST 0.0001"
        " AS $$ BEGIN RAISE NOTICE 'saw %', t; RETURN true; END $$;"
        " SELECT count(*) FROM incidents WHERE pg_temp.leak(title)",
    )
    assert leak.returncode == 0, leak.stderr
    assert "saw Mortar impact" in leak.stderr
    for word in mission.secret_words:
        assert word not in leak.stderr
    # Its own temporary tables named like the mission's cannot raise its clearance.
    spoof = psql(
        url,
        "CREATE TEMP TABLE mission_users (role_name text, nation text, org text,"
        " accreditation text, editor boolean, added_at timestamptz);"
        " INSERT INTO mission_users VALUES (session_user, 'NPL', 'UN',"
        " 'STRICTLY CONFIDENTIAL', true, now());"
        " CREATE TEMP TABLE meta (key text, value text);"
        " INSERT INTO meta VALUES ('classifications', 'STRICTLY CONFIDENTIAL|CONFIDENTIAL');"
        " SELECT count(*) FROM incidents",
    )
    assert (spoof.returncode, spoof.stdout.strip().splitlines()[-1]) == (0, "1"), spoof.stderr
    # Planner statistics of the hidden rows are not shown to it either.
    with psycopg.connect(mission.url, autocommit=True) as admin:
        admin.execute("ANALYZE incidents")
    stats = psql(url, "SELECT count(*) FROM pg_stats WHERE tablename = 'incidents'")
    assert (stats.returncode, stats.stdout.strip()) == (0, "0"), stats.stderr
    # No writes, no bookkeeping, no users' list beyond its own line.
    for sql in (
        "UPDATE incidents SET title = 'changed'",
        "INSERT INTO meta VALUES ('x', 'y')",
        "DELETE FROM change_log",
        "SELECT * FROM package_log",
        "SELECT * FROM partner_state",
        "SELECT * FROM node_authors",
        "CREATE TABLE public.mine (x int)",
        "SET ROLE postgres",
    ):
        done = psql(url, sql)
        assert done.returncode != 0, sql
        assert "permission denied" in done.stderr, (sql, done.stderr)
    with psycopg.connect(mission.url) as admin:
        assert admin.execute("SELECT count(*) FROM incidents").fetchone() == (4,)


def test_the_app_as_a_liaison_role_reads_only_what_is_releasable(mission: Mission):
    with open_mission(as_role(mission.url, mission.fra)) as store:
        assert store.readonly
        ids = {r.id for r in store.all_records()}
        assert ids == mission.visible
        assert [i.title for i in store.query("incident")] == ["Mortar impact near OP 7"]
        assert store.incident_map_json()[1] == 1
        assert {c.record_id for c in store.changes_since(0)} <= mission.visible
        assert len(store.conflicts(open_only=False)) == 1
        assert len(store.attachment_digests()) == 1
        with pytest.raises(StoreError, match="read-only"):
            store.save(incident(title="written by a liaison officer"))


def test_users_commands_add_list_and_remove(pg_url: str, capsys):
    name = role_name("ind_lo")
    assert (
        main(
            [
                "--db",
                pg_url,
                "users",
                "add",
                name,
                "--nation",
                "IND",
                "--org",
                "UN",
                "--accreditation",
                "CONFIDENTIAL",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert f"Added {name}: nation IND, organisation UN, accreditation CONFIDENTIAL" in out
    assert "Password (shown once" in out
    assert main(["--db", pg_url, "users", "list"]) == 0
    assert name in capsys.readouterr().out
    with psycopg.connect(as_role(pg_url, name)) as conn:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (0,)
    assert main(["--db", pg_url, "users", "remove", name]) == 0
    assert "login role are gone" in capsys.readouterr().out
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(as_role(pg_url, name)).close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["Bad-Name", "--nation", "FRA"], "lower-case"),
        (["lo_x", "--nation", "France"], "alpha-3"),
        (["lo_x", "--nation", "FRA", "--accreditation", "TOP SECRET"], "not one of this"),
        (["postgres", "--nation", "FRA"], "exists already"),
    ],
)
def test_users_add_refuses_bad_input_in_one_line_and_creates_nothing(
    pg_url: str, capsys, args: list[str], words: str
):
    assert main(["--db", pg_url, "users", "add", *args]) != 0
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and words in err and err.count("\n") == 1
    with PostgisStore(pg_url) as store:
        assert list_users(store) == []
        assert (
            store.conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'lo_x'").fetchone() is None
        )


def test_users_on_an_sqlite_file_says_they_need_postgis(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "m.db"), "users", "list"]) != 0
    assert "PostgreSQL roles" in capsys.readouterr().err


# --- the SQL rule is sync's rule ------------------------------------------------------------

TOKENS = ("MISSION", "FRA", "NPL", "IND", "UN", "NATO")
USERS = (("FRA", None, None), ("NPL", "UN", "CONFIDENTIAL"), ("IND", "NATO", LABELS[2]))
envelopes = st.tuples(st.sampled_from(LABELS), st.sets(st.sampled_from(TOKENS), min_size=1))


@pytest.fixture
def rule_mission(pg_url: str) -> Iterator[tuple[PostgisStore, list[tuple[str, ...]]]]:
    with PostgisStore(pg_url) as store:
        users = []
        for nation, org, accreditation in USERS:
            name = role_name(f"{nation.lower()}_lo")
            add_user(store, name, nation=nation, org=org, accreditation=accreditation)
            users.append((name, nation, org, accreditation))
        yield store, users


@pytest.mark.slow  # 25 generated missions, each read back as three roles
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    units=st.lists(envelopes, min_size=1, max_size=6),
    reports=st.lists(st.tuples(st.integers(0, 5), envelopes), max_size=10),
    incidents=st.lists(envelopes, max_size=10),
    dropped=st.sampled_from((None, *LABELS)),
)
def test_the_sql_rule_is_sync_rule(rule_mission, units, reports, incidents, dropped):
    store, users = rule_mission
    store.conn.execute("TRUNCATE units, position_reports, incidents, change_log")
    store.set_meta("classifications", "|".join(LABELS))
    made_units = [unit(classification=c, releasable_to=tuple(sorted(t))) for c, t in units]
    records = [
        *made_units,
        *(
            position(
                made_units[i % len(made_units)].id,
                minutes=n,
                classification=c,
                releasable_to=tuple(sorted(t)),
            )
            for n, (i, (c, t)) in enumerate(reports)
        ),
        *(incident(classification=c, releasable_to=tuple(sorted(t))) for c, t in incidents),
    ]
    store.save_many(records)
    labels = LABELS
    if dropped is not None:  # the mission's list changed since: unknown labels are withheld
        labels = tuple(label for label in LABELS if label != dropped)
        store.set_meta("classifications", "|".join(labels))
    by_id = {r.id: r for r in records}
    for name, nation, org, accreditation in users:
        if accreditation is not None and accreditation not in labels:
            expected: set[str] = set()  # sync refuses to export to such a partner at all
        else:
            ceiling = labels.index(accreditation) if accreditation else 0

            def passes(record, nation=nation, org=org, ceiling=ceiling) -> bool:
                return releasable(record, nation, org) and cleared(record, labels, ceiling)

            expected = {
                r.id
                for r in records
                if passes(r) and (r.KIND != "position_report" or passes(by_id[r.unit_id]))
            }
        with psycopg.connect(as_role(store.url, name)) as conn:
            seen = {
                row[0]
                for row in conn.execute(
                    "SELECT id FROM units UNION ALL SELECT id FROM position_reports"
                    " UNION ALL SELECT id FROM incidents"
                )
            }
        assert seen == expected, (name, labels)
