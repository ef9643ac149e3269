"""``bluehelmet users``: login roles for partner liaison officers on a PostGIS mission.

The work is in ``app.store.postgis_roles``; what such a role may read is decided by the
server's row-level security (see docs/hq-server.md).
"""

from __future__ import annotations

import argparse

from app.cli.common import db_target, redact
from app.errors import AppError
from app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    users = sub.add_parser(
        "users",
        help="PostgreSQL login roles for partner liaison officers (PostGIS missions)",
        description="Each mission user connects with their own PostgreSQL role, through the app "
        "or any client, and the server shows them only the records releasable to their nation "
        "or organisation and within their accreditation (row-level security).",
    )
    users_sub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_sub.add_parser(
        "add",
        help="create a login role for a liaison officer",
        description="Create a PostgreSQL login role for this mission with a generated password "
        "(shown once). The role reads only what sync would send its nation at its accreditation; "
        "it writes no table, and an editor writes records only through the app.",
    )
    add.add_argument("name", help="role name: lower-case letters, digits and _")
    add.add_argument("--nation", required=True, help="ISO 3166 alpha-3 code, e.g. FRA")
    add.add_argument("--org", default=None, help="organisation token, e.g. UN or NATO")
    add.add_argument(
        "--accreditation",
        default=None,
        help="highest classification label the officer may read (default: the lowest label)",
    )
    add.add_argument(
        "--editor", action="store_true", help="may edit, through the app, the records it may read"
    )
    add.set_defaults(handler=cmd_users_add)
    listing = users_sub.add_parser(
        "list", help="list the mission's users", description="List the mission's login roles."
    )
    listing.set_defaults(handler=cmd_users_list)
    remove = users_sub.add_parser(
        "remove",
        help="remove a liaison officer's role",
        description="Take the role's rights on this mission away and drop the login role (kept "
        "if it still holds rights on another mission database of the server).",
    )
    remove.add_argument("name", help="role name")
    remove.set_defaults(handler=cmd_users_remove)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.store import open_mission

    target = db_target(args)
    if not isinstance(target, str):
        raise AppError(
            translate(
                "Cli",
                "mission users are PostgreSQL roles: give a PostGIS mission with --db postgresql://user@host:port/dbname",
            )
        )
    return open_mission(target)


def cmd_users_add(args: argparse.Namespace) -> int:
    from app.store.postgis_roles import add_user

    with _open(args) as store:
        added = add_user(
            store,
            args.name,
            nation=args.nation,
            org=args.org,
            accreditation=args.accreditation,
            editor=args.editor,
        )
        where = redact(store.url)
    print(
        translate("Cli", "Added {user} on {where}").format(user=added.user.describe(), where=where)
    )
    print(
        translate(
            "Cli",
            "Password (shown once; the officer can change it with \\password in psql): {password}",
        ).format(password=added.password)
    )
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from app.store.postgis_roles import list_users

    with _open(args) as store:
        users = list_users(store)
    if not users:
        print(
            translate(
                "Cli",
                "No mission users yet (add one with 'bluehelmet users add NAME --nation ISO3').",
            )
        )
    for user in users:
        print(user.describe())
    return 0


def cmd_users_remove(args: argparse.Namespace) -> int:
    from app.store.postgis_roles import remove_user

    with _open(args) as store:
        dropped = remove_user(store, args.name)
    if dropped:
        print(
            translate(
                "Cli", "Removed {name}: its rights on this mission and its login role are gone"
            ).format(name=args.name)
        )
    else:
        print(
            translate(
                "Cli",
                "Removed {name} from this mission; its login role stays, as it still holds "
                "rights on another database of this server",
            ).format(name=args.name)
        )
    return 0
