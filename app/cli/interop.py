"""Files partners use, in and out: `import` and `export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import bbox_arg, open_existing, parse_when
from app.cli.sync import cmd_sync_import
from app.domain.records import RECORD_KINDS
from app.errors import AppError
from app.i18n import translate

EXPORT_FORMATS = ("geojson", "kml", "kmz", "gpkg", "csv", "cot", "tak", "takproto", "nvg")


def _mapping(text: str) -> tuple[str, str]:
    column, sep, field = text.partition("=")
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text!r} is not COLUMN=FIELD").format(text=text)
        )
    return column.strip(), field.strip()


def _setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text!r} is not FIELD=VALUE").format(text=text)
        )
    return name.strip(), value.strip()


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import/export commands."""
    imp = sub.add_parser(
        "import",
        help="import a file into the mission",
        description="Import a file in one transaction; the format is recognised by content "
        "(GeoJSON, CSV, GeoPackage, zipped Shapefile, KML/KMZ, Cursor-on-Target, TAK data "
        "package, NVG). A file with bad features writes nothing; the error counts the problems "
        "by reason and names the first 20 (--report FILE.csv lists every one). With "
        "--skip-invalid the good features are imported and the bad ones listed. A partner's "
        "sync package is recognised and verified exactly as by 'sync import'.",
    )
    imp.add_argument("file", type=Path, help="the file to import")
    imp.add_argument(
        "--as", dest="as_kind", default=None, choices=list(RECORD_KINDS),
        help="record kind of every feature (otherwise from the file's own fields or a guess)",
    )  # fmt: skip
    imp.add_argument("--dry-run", action="store_true", help="show what would be imported")
    imp.add_argument(
        "--map", dest="mapping", action="append", type=_mapping, default=[],
        metavar="COLUMN=FIELD",
        help="take a column as a record field (repeatable), e.g. --map Datum=occurred_start; "
        "lat, lon, mgrs and wkt name position columns; an empty FIELD drops the column",
    )  # fmt: skip
    imp.add_argument(
        "--set", dest="settings", action="append", type=_setting, default=[],
        metavar="FIELD=VALUE",
        help="give every feature this field's value, over the file's own (repeatable), "
        "e.g. --set nation=GHA --set classification='MISSION RESTRICTED'",
    )  # fmt: skip
    imp.add_argument(
        "--skip-invalid", action="store_true",
        help="import every feature that can be imported (in one transaction) and list the "
        "others with their reasons",
    )  # fmt: skip
    imp.add_argument(
        "--report", type=Path, default=None, metavar="FILE.csv",
        help="write every feature left out or refused, with its reason, to this CSV file",
    )  # fmt: skip
    imp.add_argument("--format", default=None, help="force a reader instead of recognising it")
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser(
        "export",
        help="write records to a file partners' tools open",
        description="Write live records to GeoJSON, KML/KMZ (Google Earth), GeoPackage (QGIS), "
        "CSV or Cursor-on-Target (ATAK). Units are placed at their current position.",
    )
    exp.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="file format")
    exp.add_argument("--out", required=True, type=Path, help="the file to write")
    exp.add_argument(
        "--kind", action="append", choices=list(RECORD_KINDS), default=None,
        help="only this record kind (repeatable; default all)",
    )  # fmt: skip
    exp.add_argument("--bbox", type=bbox_arg, default=None, help="only inside W,S,E,N (degrees)")
    exp.add_argument(
        "--since", default=None, help="only records whose time reaches past this (ISO, DTG, 24h)"
    )
    exp.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from app.interop.importer import FeaturesRefused, import_file, write_problem_report
    from app.sync.package import looks_like_package

    if looks_like_package(Path(args.file)):
        if args.as_kind is not None:
            raise AppError(
                translate(
                    "Cli",
                    "{file} is a signed sync package: its records keep the kinds "
                    "their sender gave them, so --as does not apply; import it without --as",
                ).format(file=Path(args.file).name)
            )
        return cmd_sync_import(args)  # the same verification, output and errors
    report: Path | None = getattr(args, "report", None)
    with open_existing(args, write=True, postgis=True) as store:  # a dry run rolls its writes back
        try:
            summary = import_file(
                store, args.file, as_kind=args.as_kind, dry_run=args.dry_run,
                mapping=dict(getattr(args, "mapping", []) or []),
                format=getattr(args, "format", None),
                settings=dict(getattr(args, "settings", []) or []),
                skip_invalid=getattr(args, "skip_invalid", False),
            )  # fmt: skip
        except FeaturesRefused as refused:
            if report is not None:
                write_problem_report(refused.summary.problems, report)
            raise
    if report is not None:
        write_problem_report(summary.problems, report)
    print(summary.describe())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from app.interop.exporter import export_file

    since = parse_when(args.since, "--since")
    with open_existing(args, postgis=True) as store:
        summary = export_file(
            store, args.out, args.format, kinds=args.kind, bbox=args.bbox, since=since
        )
    print(summary.describe())
    return 0
