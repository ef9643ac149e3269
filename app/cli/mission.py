"""Whole-mission commands: ``demo``, ``stats`` and ``check``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import db_target, open_existing, positive_int, redact
from app.i18n import QT_TRANSLATE_NOOP, format_number, translate

if TYPE_CHECKING:
    from app.demo import DemoOptions


def register(sub: argparse._SubParsersAction) -> None:
    """Add the mission commands: demo, stats and check."""
    demo = sub.add_parser(
        "demo",
        help="fill an empty database with the fictional training demo",
        description="Generate the demo mission (deterministic for the same options) into an "
        "empty database, in one transaction: an SQLite file (created if missing) or an empty "
        "PostGIS database (--db postgresql://…).",
    )
    demo.add_argument("--size", type=positive_int, default=None, help="number of incidents")
    demo.add_argument("--units", type=positive_int, default=None, help="number of units")
    demo.add_argument("--areas", type=positive_int, default=None, help="number of patrol areas")
    demo.add_argument("--lines", type=positive_int, default=None, help="number of ceasefire lines")
    demo.add_argument("--days", type=positive_int, default=30, help="length of the period")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.set_defaults(handler=cmd_demo)

    stats = sub.add_parser(
        "stats",
        help="count the records of each kind",
        description="Count live records of each kind and open conflicts.",
    )
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(handler=cmd_stats)

    check = sub.add_parser(
        "check",
        help="check the database's integrity and consistency",
        description="Run SQLite's integrity checks and Blue Helmet's own consistency checks; "
        "exit 0 when healthy, 1 when an error was found (warnings do not fail).",
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(handler=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import DemoOptions

    target = db_target(args)
    options = DemoOptions(
        incidents=args.size,
        units=args.units,
        areas=args.areas,
        lines=args.lines,
        days=args.days,
        seed=args.seed,
    )
    if isinstance(target, str):
        from app.mission.service import fill_server_demo

        # One transaction on the server: a failure leaves no record and no demo setting.
        summary = fill_server_demo(target, options)
        where = redact(target)
    else:
        summary = _demo_file(target, options)
        where = str(target)
    from app.domain.kind_words import counted
    from app.store.tables import TABLES

    kind_of = {table: kind for kind, table in TABLES.items()}
    counts = ", ".join(counted(v, kind_of.get(k, k)) for k, v in summary.items())
    print(
        translate("Cli", "Training demo (fictional data) written to {where}: {counts}").format(
            where=where, counts=counts
        )
    )
    return 0


def _demo_file(path: Path, options: DemoOptions) -> dict[str, int]:
    """The demo into an SQLite file, created if missing (and removed again if it fails)."""
    from app.mission.service import fill_training_demo
    from app.store import open_store

    path.parent.mkdir(parents=True, exist_ok=True)
    created = not path.exists()
    try:
        with open_store(path) as store:
            return fill_training_demo(store, options)
    except BaseException:
        if created:
            _remove_database(path)
        raise


def _remove_database(path: Path) -> None:
    """A database this command created and could not fill is removed, leaving nothing behind."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


#: ``stats`` rows in words (the English is the --json key with spaces).
_STATS_WORDS: dict[str, str] = {
    "units": QT_TRANSLATE_NOOP("Stats", "units"),
    "position_reports": QT_TRANSLATE_NOOP("Stats", "position reports"),
    "patrol_areas": QT_TRANSLATE_NOOP("Stats", "patrol areas"),
    "patrols": QT_TRANSLATE_NOOP("Stats", "patrols"),
    "ceasefire_lines": QT_TRANSLATE_NOOP("Stats", "ceasefire lines"),
    "incidents": QT_TRANSLATE_NOOP("Stats", "incidents"),
    "map_items": QT_TRANSLATE_NOOP("Stats", "map items"),
    "conflicts": QT_TRANSLATE_NOOP("Stats", "conflicts"),
}


def cmd_stats(args: argparse.Namespace) -> int:
    with open_existing(args, postgis=True) as store:
        counts = store.stats()
    if args.json:
        print(json.dumps(counts, sort_keys=False))
    else:
        shown = {_STATS_WORDS.get(k, k.replace("_", " ")): v for k, v in counts.items()}
        labels = {k: translate("Stats", k) for k in shown}
        width = max(len(label) for label in labels.values())
        for key, value in shown.items():
            print(f"{labels[key]:<{width}}  {format_number(value):>9}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_existing(args, postgis=True) as store:
        report = store.check()
    if args.json:
        print(
            json.dumps(
                {
                    "healthy": report.healthy,
                    "errors": report.errors,
                    "warnings": report.warnings,
                    "checked": report.checked,
                },
                indent=2,
            )
        )
    else:
        for line in report.errors:
            print(translate("Cli", "error: {line}").format(line=line))
        for line in report.warnings:
            print(translate("Cli", "warning: {line}").format(line=line))
        total = sum(v for k, v in report.checked.items() if k.endswith("rows"))
        verdict = (
            translate("Cli", "healthy")
            if report.healthy
            else translate("Cli", "%n error(s)", None, len(report.errors))
        )
        print(
            translate("Cli", "{path}: {verdict}, {total} live records checked").format(
                path=store.path, verdict=verdict, total=format_number(total)
            )
        )
    return 0 if report.healthy else 1
