"""``bluehelmet orbat import FILE``: units and their hierarchy from a CSV or Excel ORBAT.

Column names and an example are in docs/orbat.md. One transaction: a bad row refuses the whole
file with a message naming the row, and the database stays as it was.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``orbat`` commands."""
    orbat = sub.add_parser(
        "orbat",
        help="import the order of battle from a spreadsheet (CSV or Excel .xlsx)",
        description="Units with their higher unit, nation, SIDC or unit type, echelon and call "
        "sign, one row per unit (docs/orbat.md).",
    )
    actions = orbat.add_subparsers(dest="orbat_command", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        help="add the file's units to the mission (units already there by name are updated)",
        description="Read a CSV or .xlsx ORBAT and write its units in one transaction. A unit's "
        "higher unit may be named by designation, short name, call sign or the file's id "
        "column, and may come later in the file.",
    )
    load.add_argument("file", type=Path, metavar="FILE", help="the ORBAT (.csv or .xlsx)")
    load.add_argument(
        "--dry-run", action="store_true", help="check the file and say what would change"
    )
    load.set_defaults(handler=cmd_orbat_import)


def cmd_orbat_import(args: argparse.Namespace) -> int:
    from app.cli.common import open_existing
    from app.interop.orbat import import_orbat

    with open_existing(args, write=not args.dry_run, postgis=True) as store:
        summary = import_orbat(store, args.file, dry_run=args.dry_run)
    print(summary.describe())
    return 0
