"""``bluehelmet db``: whole-mission operations across engines (``db copy SRC DST``).

SRC and DST are each an SQLite mission file or a ``postgresql://`` URL; the work itself is in
``app.store.copy``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import db_arg, redact
from app.errors import NotFoundError
from app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser(
        "db",
        help="move a whole mission between SQLite and PostgreSQL/PostGIS",
        description="Whole-mission operations on SQLite files and PostGIS databases.",
    )
    db_sub = db.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    copy = db_sub.add_parser(
        "copy",
        help="copy a mission into an empty one, SQLite or PostGIS, either way",
        description="Copy every record (verbatim: versions, times and hashes kept), the "
        "category list, the mission settings and attachments from SRC into DST, in one "
        "transaction, and check that both have the same digest. DST must be empty or new. "
        "Each is a mission file or postgresql://user@host:port/dbname.",
    )
    copy.add_argument("source", metavar="SRC", type=db_arg, help="mission to copy from")
    copy.add_argument("destination", metavar="DST", type=db_arg, help="empty mission to fill")
    copy.set_defaults(handler=cmd_copy)


def _shown(target: str | Path) -> str:
    return redact(target) if isinstance(target, str) else str(target)


def cmd_copy(args: argparse.Namespace) -> int:
    from app.store import open_mission
    from app.store.copy import copy_mission

    source, destination = args.source, args.destination
    if isinstance(source, Path) and not source.exists():
        raise NotFoundError(
            translate("Cli", "{path}: no mission database there").format(path=source)
        )
    with open_mission(source, readonly=True) as src, open_mission(destination) as dst:
        summary = copy_mission(src, dst, label=f"copy:{_shown(source)}")
    from app.domain.kind_words import counted
    from app.store.tables import TABLES

    kind_of = {table: kind for kind, table in TABLES.items()}
    counts = ", ".join(counted(n, kind_of.get(t, t)) for t, n in summary.records.items())
    print(
        translate(
            "Cli",
            "Copied {records} and {attachments} attachments from {source} to {destination}; "
            "digest {digest} on both",
        ).format(
            records=counts or translate("Cli", "no records"),
            attachments=summary.attachments,
            source=_shown(source),
            destination=_shown(destination),
            digest=summary.digest[:16],
        )
    )
    return 0
