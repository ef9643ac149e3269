"""Mission users of a PostGIS mission: PostgreSQL login roles for partner liaison officers.

A mission user connects with their own role, through the app or any client (psql included),
and reads through the row-level security policies of ``app.store.postgis_schema``: the
contents of exactly the records releasable to their nation or organisation and within their
accreditation — sync's export rule, enforced by the server. Such a role is granted ``SELECT``
on the record tables and the tables naming records (filtered by the policies) and on the
mission's settings and lists; no table privilege beyond that, no writes to any table: the
mission's own role (the owner of the tables) is the only one that writes them.

An editor (``--editor``) reads the same way and writes only through the app, by one function
(``bh_editor_write`` in ``app.store.postgis_schema``) that runs with the owner's rights: it
refuses a record the editor may not read (as it stands, and as it would be written), stamps the
version on the mission's own clock and node, and logs the change under the editor's name. An
editor is granted ``EXECUTE`` on that function and no table privilege: psql can read as the
policies allow and write nothing. Versions an editor makes carry the HQ's node, so they are
made at the HQ and signed by the HQ installation's identity key when they first leave in a
package — the key stays on that installation, never in the database or on an editor's
workstation.

Must not import Qt or anything from app.ui, app.cli or maps.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import NotFoundError, StoreError, ValidationError
from app.i18n import translate
from app.store import postgis_schema

if TYPE_CHECKING:
    from app.store.postgis import PostgisStore

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_NATION = re.compile(r"[A-Z]{3}")
_ORG = re.compile(r"[A-Z][A-Z0-9_-]{0,31}")

#: What a mission user may read (records through the policies; settings and lists whole).
READABLE_TABLES: tuple[str, ...] = (
    *postgis_schema.RECORD_TABLES,
    *postgis_schema.RECORD_KEYED_TABLES,
    "conflicts",
    "attachments",
    "mission_users",
    *postgis_schema.OPEN_TABLES,
)


@dataclass(frozen=True)
class MissionUser:
    name: str
    nation: str
    org: str | None
    accreditation: str | None
    editor: bool
    added_at: str

    def describe(self) -> str:
        parts = [translate("Store", "nation {nation}").format(nation=self.nation)]
        if self.org:
            parts.append(translate("Store", "organisation {org}").format(org=self.org))
        parts.append(
            translate("Store", "accreditation {label}").format(
                label=self.accreditation or translate("Store", "lowest label only")
            )
        )
        parts.append(
            translate("Store", "editor") if self.editor else translate("Store", "read-only")
        )
        return translate("Store", "{name}: {parts} (added {added_at})").format(
            name=self.name, parts=", ".join(parts), added_at=self.added_at
        )


@dataclass(frozen=True)
class AddedUser:
    user: MissionUser
    password: str


def _check(store: PostgisStore) -> None:
    if store.readonly:
        raise StoreError(
            translate(
                "Store",
                "{path}: users are managed by the mission's own role (the owner of its tables), "
                "not by a read-only connection",
            ).format(path=store.path)
        )


def add_user(
    store: PostgisStore,
    name: str,
    *,
    nation: str,
    org: str | None = None,
    accreditation: str | None = None,
    editor: bool = False,
) -> AddedUser:
    """Create the login role ``name`` for this mission, with a generated password (shown
    once), and record what it is cleared for. All or nothing."""
    from psycopg import errors, sql

    _check(store)
    if not _ROLE_NAME.fullmatch(name):
        raise ValidationError(
            "name",
            translate(
                "Store",
                "{name}: use lower-case letters, digits and _ (63 at most), not a digit first",
            ).format(name=repr(name)),
        )
    if not _NATION.fullmatch(nation):
        raise ValidationError(
            "nation",
            translate("Store", "{nation} is not an ISO 3166 alpha-3 code (e.g. FRA)").format(
                nation=repr(nation)
            ),
        )
    if org is not None and not _ORG.fullmatch(org):
        raise ValidationError(
            "org",
            translate("Store", "{org} is not an organisation token (e.g. UN, NATO)").format(
                org=repr(org)
            ),
        )
    if org == "MISSION":
        raise ValidationError(
            "org",
            translate("Store", "MISSION is passed by every mission user; name an organisation"),
        )
    labels = store.classifications
    if accreditation is not None and accreditation not in labels:
        raise ValidationError(
            "accreditation",
            translate(
                "Store", "{accreditation} is not one of this mission's labels: {labels}"
            ).format(accreditation=repr(accreditation), labels=", ".join(labels)),
        )
    password = secrets.token_urlsafe(18)
    role = sql.Identifier(name)
    try:
        with store.transaction():
            exists = store.conn.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)
            ).fetchone()
            if exists:
                raise StoreError(
                    translate(
                        "Store",
                        "a role named {name} exists already on this server; choose another name",
                    ).format(name=name)
                )
            store.conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN NOINHERIT PASSWORD {}").format(
                    role, sql.Literal(password)
                )
            )
            store.conn.execute(
                sql.SQL("GRANT SELECT ON {} TO {}").format(
                    sql.SQL(", ").join(sql.Identifier(t) for t in READABLE_TABLES), role
                )
            )
            if editor:
                _grant_editing(store, name)
            store.conn.execute(
                "INSERT INTO mission_users (role_name, nation, org, accreditation, editor)"
                " VALUES (%s, %s, %s, %s, %s)",
                (name, nation, org, accreditation, editor),
            )
    except errors.InsufficientPrivilege as exc:
        raise StoreError(
            translate(
                "Store",
                "{path}: cannot create roles ({exc}); connect as a role with CREATEROLE that "
                "owns the mission's tables",
            ).format(path=store.path, exc=str(exc).strip().splitlines()[0])
        ) from None
    user = next(u for u in list_users(store) if u.name == name)
    return AddedUser(user, password)


def _grant_editing(store: PostgisStore, name: str) -> None:
    """An editor's one write path: the checked function, not the tables."""
    from psycopg import sql

    store.conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(
            sql.SQL(postgis_schema.EDITOR_WRITE_FUNCTION), sql.Identifier(name)
        )
    )


def list_users(store: PostgisStore) -> list[MissionUser]:
    from app.domain.coords import format_utc

    return [
        MissionUser(r[0], r[1], r[2], r[3], bool(r[4]), format_utc(r[5]))
        for r in store.conn.execute(
            "SELECT role_name, nation, org, accreditation, editor, added_at FROM mission_users"
            " ORDER BY role_name"
        )
    ]


def remove_user(store: PostgisStore, name: str) -> bool:
    """Take the role's grants on this mission and its line away, and drop the login role
    itself unless it still holds rights in another database (then it stays; returns False)."""
    from psycopg import errors, sql

    _check(store)
    if not any(u.name == name for u in list_users(store)):
        raise NotFoundError(
            translate("Store", "{name} is not a user of this mission").format(name=name)
        )
    role = sql.Identifier(name)
    with store.transaction():
        store.conn.execute(
            sql.SQL("REVOKE ALL ON {} FROM {}").format(
                sql.SQL(", ").join(sql.Identifier(t) for t in READABLE_TABLES), role
            )
        )
        store.conn.execute(
            sql.SQL("REVOKE ALL ON FUNCTION {} FROM {}").format(
                sql.SQL(postgis_schema.EDITOR_WRITE_FUNCTION), role
            )
        )
        store.conn.execute("DELETE FROM mission_users WHERE role_name = %s", (name,))
    try:
        with store.transaction():
            store.conn.execute(sql.SQL("DROP ROLE {}").format(role))
    except (StoreError, errors.Error):
        return False
    return True


def regrant(store: PostgisStore) -> tuple[list[str], list[str]]:
    """After a restore (which brings no grants): give the mission users whose roles exist on
    this server their read rights (and editors their write path) again. Returns
    (regranted, missing) role names."""
    from psycopg import sql

    _check(store)
    present = {r[0] for r in store.conn.execute("SELECT rolname FROM pg_roles")}
    regranted, missing = [], []
    with store.transaction():
        for user in list_users(store):
            if user.name not in present:
                missing.append(user.name)
                continue
            store.conn.execute(
                sql.SQL("GRANT SELECT ON {} TO {}").format(
                    sql.SQL(", ").join(sql.Identifier(t) for t in READABLE_TABLES),
                    sql.Identifier(user.name),
                )
            )
            if user.editor:
                _grant_editing(store, user.name)
            regranted.append(user.name)
    return regranted, missing
