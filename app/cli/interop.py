"""Files partners use, in and out: `import` (and later `export`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import _open_existing, cmd_sync_import
from app.errors import AppError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import/export commands."""
    imp = sub.add_parser(
        "import",
        help="import a file into the mission",
        description="Import a file (format recognised by content) in one transaction: a bad "
        "feature writes nothing and is named in the error. A partner's sync package is "
        "recognised and verified exactly as by 'sync import'.",
    )
    imp.add_argument("file", type=Path, help="the file to import")
    imp.add_argument("--as", dest="as_kind", default=None, help="record kind of every feature")
    imp.add_argument("--dry-run", action="store_true", help="show what would be imported")
    imp.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from app.importing import import_file
    from app.sync.package import looks_like_package

    if looks_like_package(Path(args.file)):
        if args.as_kind is not None:
            raise AppError(
                f"{Path(args.file).name} is a signed sync package: its records keep the kinds "
                "their sender gave them, so --as does not apply; import it without --as"
            )
        return cmd_sync_import(args)  # the same verification, output and errors
    with _open_existing(args, write=True) as store:  # a dry run rolls its writes back
        summary = import_file(store, args.file, as_kind=args.as_kind, dry_run=args.dry_run)
    print(summary.describe())
    return 0
