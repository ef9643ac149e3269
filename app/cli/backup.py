"""``backup`` and ``restore`` of the mission database."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import db_path, db_target, redact
from app.i18n import format_number, translate


def register(sub: argparse._SubParsersAction) -> None:
    """Add the backup and restore commands."""
    backup = sub.add_parser(
        "backup",
        help="back up the mission database (consistent even while it is in use)",
        description="Copy the mission database through SQLite's online backup API (a PostGIS "
        "mission: a pg_dump custom-format file): to FILE with --out, otherwise into the "
        "automatic backup folder (rotated). Backups of files are also taken before every "
        "import and at an interval while the GUI runs.",
    )
    backup.add_argument("--out", type=Path, default=None, help="backup file to write")
    backup.add_argument("--list", action="store_true", help="list the automatic backups")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser(
        "restore",
        help="replace the mission database with a backup",
        description="Restore a backup over the mission database. The backup must be a healthy "
        "Blue Helmet database (checked first); the current database is backed up before it is "
        "replaced (or moved aside if it is damaged), so a restore can be undone. A PostGIS "
        "mission: a pg_dump custom-format file is loaded into an empty database (pg_restore, "
        "one transaction), then checked.",
    )
    restore.add_argument("file", type=Path, help="the backup file, or 'latest'")
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from app.store.backup import list_backups, take_backup

    if isinstance(db_target(args), str):
        return _backup_postgis(args)
    path = db_path(args)
    if args.list:
        backups = list_backups(path)
        if not backups:
            print(translate("Cli", "No automatic backups of {path} yet.").format(path=path))
        for item in backups:
            print(item.describe())
        return 0
    made = take_backup(path, out=args.out)
    print(
        translate("Cli", "Backed up {path} to {backup} ({size} MB)").format(
            path=path, backup=made.path, size=format_number(made.size / 1024 / 1024, 1)
        )
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.store.backup import BackupError, latest_good_backup, restore

    if isinstance(db_target(args), str):
        return _restore_postgis(args)
    path = db_path(args)
    source = args.file
    if str(source) == "latest":
        found = latest_good_backup(path)
        if found is None:
            raise BackupError(
                translate("Cli", "no healthy automatic backup of {path} to restore").format(
                    path=path
                )
            )
        source = found.path
    safety = restore(source, path)
    print(translate("Cli", "Restored {path} from {source}").format(path=path, source=source))
    if safety is not None:
        print(translate("Cli", "The database as it was is kept in {path}").format(path=safety.path))
    return 0


def _backup_postgis(args: argparse.Namespace) -> int:
    from app.store import postgis_backup

    url = str(db_target(args))
    if args.list:
        backups = postgis_backup.list_backups(url)
        if not backups:
            print(translate("Cli", "No automatic backups of {path} yet.").format(path=redact(url)))
        for item in backups:
            print(item.describe())
        return 0
    made = postgis_backup.take_backup(url, out=args.out)
    print(
        translate("Cli", "Backed up {path} to {backup} (pg_dump custom format, {size} MB)").format(
            path=redact(url), backup=made.path, size=format_number(made.size / 1024 / 1024, 1)
        )
    )
    return 0


def _restore_postgis(args: argparse.Namespace) -> int:
    from app.store import postgis_backup
    from app.store.backup import BackupError

    url = str(db_target(args))
    source = args.file
    if str(source) == "latest":
        found = postgis_backup.list_backups(url)
        if not found:
            raise BackupError(
                translate("Cli", "no automatic backup of {path} to restore").format(
                    path=redact(url)
                )
            )
        source = found[0].path
    restored = postgis_backup.restore(source, url)
    print(translate("Cli", "Restored {path} from {source}").format(path=redact(url), source=source))
    if restored.users_regranted:
        print(
            translate("Cli", "Mission users given their rights again: {users}").format(
                users=", ".join(restored.users_regranted)
            )
        )
    if restored.users_missing:
        print(
            translate(
                "Cli", "Mission users whose roles are not on this server (add them again): {users}"
            ).format(users=", ".join(restored.users_missing))
        )
    report = restored.report
    for line in report.errors:
        print(translate("Cli", "check: {line}").format(line=line))
    if not report.healthy:
        print(translate("Cli", "The restored mission does not pass 'check'; see the lines above"))
        return 1
    print(translate("Cli", "The restored mission passes 'check'"))
    return 0
