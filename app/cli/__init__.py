"""The ``bluehelmet`` command: the same services as the GUI, without a screen.

With no command it opens the GUI. Errors the user can act on (``AppError``) print one
``Error: …`` line on stderr and exit non-zero; anything else is logged with its traceback and
reported in one line too. Commands that only read never create a database.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app import __version__
from app.errors import AppError, NotFoundError
from app.paths import DB_ENV, default_db_path, log_path

log = logging.getLogger("bluehelmet")

Handler = Callable[[argparse.Namespace], int]


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def _bbox(text: str) -> tuple[float, float, float, float]:
    try:
        values = tuple(float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not W,S,E,N in degrees") from None
    if len(values) != 4:
        raise argparse.ArgumentTypeError(f"{text!r} needs four numbers: W,S,E,N")
    west, south, east, north = values
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south < north <= 90):
        raise argparse.ArgumentTypeError(f"{text!r} is not a box on the globe (W,S,E,N)")
    return west, south, east, north


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be 200–8000 pixels")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bluehelmet",
        description="Blue Helmet COP: an offline common operating picture for peacekeeping "
        "missions. With no command, opens the desktop application.",
    )
    parser.add_argument(
        "--db",
        type=Path,
        help=f"mission database file (default: ${DB_ENV} or {default_db_path()})",
    )
    parser.add_argument("--version", action="version", version=f"bluehelmet {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="fill an empty database with the fictional demo mission",
        description="Generate the demo mission (deterministic for the same options) into an "
        "empty database; the file is created if missing.",
    )
    demo.add_argument("--size", type=_positive_int, default=None, help="number of incidents")
    demo.add_argument("--units", type=_positive_int, default=None, help="number of units")
    demo.add_argument("--areas", type=_positive_int, default=None, help="number of patrol areas")
    demo.add_argument("--lines", type=_positive_int, default=None, help="number of ceasefire lines")
    demo.add_argument("--days", type=_positive_int, default=30, help="length of the period")
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

    from app.cli import briefing, interop, orbat, places, records

    briefing.register(sub)
    interop.register(sub)
    orbat.register(sub)
    places.register(sub)
    records.register(sub)

    analyse = sub.add_parser(
        "analyse",
        help="answer the daily questions: violations, coverage, proximity, hotspots",
        description="Analyses of the picture, in metres on the ground. Times take ISO 8601, a "
        "date-time group (051430ZMAR24) or a duration back from now (24h, 7d).",
    )
    analyse_sub = analyse.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True)
    v = analyse_sub.add_parser(
        "violations",
        help="incidents in buffer zones or near ceasefire lines, by line and side",
        description="Incidents inside a ceasefire line's buffer zone, or within --distance "
        "metres of it, with the distance, the side and the party on that side.",
    )
    v.add_argument("--distance", type=float, default=0.0, help="metres from the line (0: buffer)")
    v.add_argument("--category", action="append", help="category key (repeatable)")
    v.add_argument("--line", action="append", help="ceasefire line id (repeatable)")
    c = analyse_sub.add_parser(
        "coverage",
        help="patrol areas not patrolled within N hours, share covered by tracks",
        description="Per patrol area: when it was last patrolled, whether that is overdue, and "
        "the share of it seen by patrol tracks (buffered by the sight distance).",
    )
    c.add_argument("--hours", type=float, default=24.0, help="patrol interval in hours")
    c.add_argument("--sight", type=float, default=500.0, help="sight distance in metres")
    c.add_argument("--at", dest="at", default=None, help="moment to judge at (default: data)")
    p = analyse_sub.add_parser(
        "proximity",
        help="incidents near units, nearest units to an incident, units in buffer zones",
        description="Incidents within --radius metres of a unit's current position; with "
        "--incident, the nearest units with distance and bearing.",
    )
    p.add_argument("--radius", type=float, default=5000.0, help="threat radius in metres")
    p.add_argument("--incident", default=None, help="incident id: list its nearest units")
    p.add_argument("--units", type=int, default=3, help="how many nearest units")
    h = analyse_sub.add_parser(
        "hotspots",
        help="incident density in hexagons and per patrol area, with the trend",
        description="Incident counts per hexagon (--cell metres across flats) and per patrol "
        "area, against the previous window of equal length.",
    )
    h.add_argument("--cell", type=float, default=2000.0, help="hexagon size in metres")
    h.add_argument("--category", action="append", help="category key (repeatable)")
    for parser_ in (v, p, h):
        parser_.add_argument("--since", default=None, help="start of the window")
        parser_.add_argument("--until", default=None, help="end of the window")
    for parser_ in (v, c, p, h):
        parser_.add_argument("--json", action="store_true", help="print one JSON object")
        parser_.set_defaults(handler=cmd_analyse)

    identity = sub.add_parser(
        "identity",
        help="this installation's unit identity and signing key",
        description="Each installation signs what it sends with its own Ed25519 key; the "
        "private key never leaves this machine (owner-only file permissions).",
    )
    identity_sub = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    init = identity_sub.add_parser(
        "init", help="create the identity and key pair", description="Create the unit identity "
        "and a new key pair (refuses to replace an existing one without --force).",
    )  # fmt: skip
    init.add_argument("--unit", required=True, help="unit designation, e.g. 'NEPBATT 1'")
    init.add_argument("--nation", required=True, help="ISO 3166 alpha-3 code, e.g. NPL")
    init.add_argument("--org", default=None, help="organisation, e.g. UN")
    init.add_argument("--force", action="store_true", help="replace an existing identity")
    init.set_defaults(handler=cmd_identity_init)
    show = identity_sub.add_parser(
        "show", help="show the identity and fingerprint", description="Show the unit identity "
        "and its key fingerprint, for comparison by voice or radio.",
    )  # fmt: skip
    show.add_argument("--json", action="store_true", help="print one JSON object")
    show.set_defaults(handler=cmd_identity_show)

    keys = sub.add_parser(
        "keys",
        help="exchange and trust partners' key cards",
        description="Key cards carry a unit's public key. Compare the fingerprint with the "
        "partner by voice or radio before trusting a card.",
    )
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    export = keys_sub.add_parser(
        "export", help="write this installation's key card", description="Write the public key "
        "card (unit, nation, fingerprint) to give to partners.",
    )  # fmt: skip
    export.add_argument("--out", type=Path, required=True, help="card file or folder")
    export.set_defaults(handler=cmd_keys_export)
    trust = keys_sub.add_parser(
        "trust", help="trust a partner's key card", description="Add a partner's key card to "
        "this installation's trust list.",
    )  # fmt: skip
    trust.add_argument("card", type=Path, help="the partner's key card file")
    trust.add_argument(
        "--accreditation",
        metavar="LABEL",
        help="highest classification the partner may receive (default: the lowest label only)",
    )
    trust.set_defaults(handler=cmd_keys_trust)
    accredit = keys_sub.add_parser(
        "accredit", help="set the classification a partner is cleared for",
        description="Set the highest classification label a partner may receive; records "
        "above it are never exported to that partner.",
    )  # fmt: skip
    accredit.add_argument("unit", help="unit name or fingerprint")
    accredit.add_argument("label", help="classification label, e.g. CONFIDENTIAL")
    accredit.set_defaults(handler=cmd_keys_accredit)
    klist = keys_sub.add_parser(
        "list", help="list trusted partners", description="List trusted (and revoked) partners."
    )
    klist.add_argument("--json", action="store_true", help="print a JSON list")
    klist.set_defaults(handler=cmd_keys_list)
    revoke = keys_sub.add_parser(
        "revoke", help="stop trusting a partner's key", description="Revoke a partner's key: "
        "packages it signed are refused from now on.",
    )  # fmt: skip
    revoke.add_argument("unit", help="unit name or fingerprint")
    revoke.set_defaults(handler=cmd_keys_revoke)

    sync = sub.add_parser(
        "sync",
        help="exchange the picture with a partner by signed package files",
        description="Write a signed package of what a partner may receive, or merge a "
        "partner's package (verified completely before anything is written).",
    )
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    sync_export = sync_sub.add_parser(
        "export", help="write a package for a partner", description="Write the records changed "
        "since the last package to PARTNER (or all with --full), releasable to it only.",
    )  # fmt: skip
    sync_export.add_argument("--to", required=True, help="partner unit name or fingerprint")
    sync_export.add_argument("--out", type=Path, required=True, help="package file to write")
    sync_export.add_argument("--full", action="store_true", help="every releasable record")
    sync_export.set_defaults(handler=cmd_sync_export)
    sync_import = sync_sub.add_parser(
        "import", help="merge a partner's package", description="Verify and merge a partner's "
        "package in one transaction; concurrent edits are kept as conflicts.",
    )  # fmt: skip
    sync_import.add_argument("file", type=Path, help="the package file")
    sync_import.add_argument("--dry-run", action="store_true", help="show what would change")
    sync_import.set_defaults(handler=cmd_sync_import)

    digest = sub.add_parser(
        "digest",
        help="print a fingerprint of the record set, to compare with partners",
        description="SHA-256 over every record's kind, id, version and content hash "
        "(tombstones included): equal on two installations holding the same records.",
    )
    digest.set_defaults(handler=cmd_digest)

    conflicts = sub.add_parser(
        "conflicts",
        help="list and resolve concurrent edits received from partners",
        description="Concurrent edits of one record are merged by version; the other side is "
        "kept here until an operator chooses.",
    )
    conflicts_sub = conflicts.add_subparsers(
        dest="conflicts_command", metavar="ACTION", required=True
    )
    clist = conflicts_sub.add_parser(
        "list", help="list open conflicts", description="List conflicts not yet resolved."
    )
    clist.add_argument("--json", action="store_true", help="print a JSON list")
    clist.set_defaults(handler=cmd_conflicts_list)
    cresolve = conflicts_sub.add_parser(
        "resolve", help="keep one side of a conflict", description="Keep the local or the "
        "remote side; it is saved as a new edit, so the choice reaches partners.",
    )  # fmt: skip
    cresolve.add_argument("id", type=int, help="conflict id (see 'conflicts list')")
    cresolve.add_argument("--keep", choices=("local", "remote"), required=True, help="side")
    cresolve.set_defaults(handler=cmd_conflicts_resolve)

    basemap = sub.add_parser(
        "basemap",
        help="manage offline basemaps (MBTiles) and optional online tile sources",
        description="Basemaps belong to this installation, not to a mission: they live in the "
        "user data folder and every mission can show them.",
    )
    basemap_sub = basemap.add_subparsers(dest="basemap_command", metavar="ACTION", required=True)
    listing = basemap_sub.add_parser(
        "list", help="list basemaps", description="List imported and online basemaps."
    )
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=cmd_basemap_list)
    add_file = basemap_sub.add_parser(
        "import",
        help="import a raster MBTiles file",
        description="Validate a raster MBTiles file (png, jpg, webp) and copy it into the library.",
    )
    add_file.add_argument("file", type=Path, help="the .mbtiles file")
    add_file.add_argument("--id", default=None, help="id to file it under (default: file name)")
    add_file.add_argument("--replace", action="store_true", help="replace a basemap of that id")
    add_file.set_defaults(handler=cmd_basemap_import)
    online = basemap_sub.add_parser(
        "add-online",
        help="add an online XYZ tile source (cached for offline use)",
        description="Add an online XYZ source. The map page never reaches the network itself: "
        "the app fetches the tiles it shows and keeps them in an MBTiles cache for later "
        "offline use.",
    )
    online.add_argument("id", help="short id (letters, digits, dashes)")
    online.add_argument("url", help="URL template with {z}, {x} and {y}")
    online.add_argument("--label", default=None, help="name shown in the layer dock")
    online.add_argument("--attribution", default="", help="credit line required by the source")
    online.add_argument("--max-zoom", type=_positive_int, default=19, help="deepest zoom level")
    online.set_defaults(handler=cmd_basemap_online)
    remove = basemap_sub.add_parser(
        "remove", help="remove a basemap", description="Remove a basemap (and its tile cache)."
    )
    remove.add_argument("id", help="the basemap's id")
    remove.set_defaults(handler=cmd_basemap_remove)

    backup = sub.add_parser(
        "backup",
        help="back up the mission database (consistent even while it is in use)",
        description="Copy the mission database through SQLite's online backup API: to FILE "
        "with --out, otherwise into the automatic backup folder (rotated). Backups are also "
        "taken before every import and at an interval while the GUI runs.",
    )
    backup.add_argument("--out", type=Path, default=None, help="backup file to write")
    backup.add_argument("--list", action="store_true", help="list the automatic backups")
    backup.set_defaults(handler=cmd_backup)
    restore = sub.add_parser(
        "restore",
        help="replace the mission database with a backup",
        description="Restore a backup over the mission database. The backup must be a healthy "
        "Blue Helmet database (checked first); the current database is backed up before it is "
        "replaced (or moved aside if it is damaged), so a restore can be undone.",
    )
    restore.add_argument("file", type=Path, help="the backup file, or 'latest'")
    restore.set_defaults(handler=cmd_restore)

    gui = sub.add_parser(
        "gui", help="open the desktop application", description="Open the desktop application."
    )
    gui.set_defaults(handler=cmd_gui)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def _open_existing(args: argparse.Namespace, *, write: bool = False):  # type: ignore[no-untyped-def]
    """An existing mission; read-only unless the command writes (nothing else changes then)."""
    from app.store import open_store

    path = _db_path(args)
    if not path.exists():
        raise NotFoundError(
            f"{path}: no mission database there (create one with 'bluehelmet demo')"
        )
    return open_store(path, readonly=not write)


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import DemoOptions, generate_demo
    from app.store import open_store

    path = _db_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    options = DemoOptions(
        incidents=args.size,
        units=args.units,
        areas=args.areas,
        lines=args.lines,
        days=args.days,
        seed=args.seed,
    )
    created = not path.exists()
    try:
        with open_store(path) as store:
            summary = generate_demo(store, options)
    except BaseException:
        if created:
            _remove_database(path)
        raise
    print(f"Demo mission written to {path}: " + ", ".join(f"{v} {k}" for k, v in summary.items()))
    return 0


def _remove_database(path: Path) -> None:
    """A database this command created and could not fill is removed, leaving nothing behind."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def cmd_stats(args: argparse.Namespace) -> int:
    with _open_existing(args) as store:
        counts = store.stats()
    if args.json:
        print(json.dumps(counts, sort_keys=False))
    else:
        width = max(len(k) for k in counts)
        for key, value in counts.items():
            print(f"{key.replace('_', ' '):<{width}}  {value:>9,}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.store.backup import list_backups, take_backup

    path = _db_path(args)
    if args.list:
        backups = list_backups(path)
        if not backups:
            print(f"No automatic backups of {path} yet.")
        for item in backups:
            print(item.describe())
        return 0
    made = take_backup(path, out=args.out)
    print(f"Backed up {path} to {made.path} ({made.size / 1024 / 1024:.1f} MB)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.store.backup import BackupError, latest_good_backup, restore

    path = _db_path(args)
    source = args.file
    if str(source) == "latest":
        found = latest_good_backup(path)
        if found is None:
            raise BackupError(f"no healthy automatic backup of {path} to restore")
        source = found.path
    safety = restore(source, path)
    print(f"Restored {path} from {source}")
    if safety is not None:
        print(f"The database as it was is kept in {safety.path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open_existing(args) as store:
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
            print(f"error: {line}")
        for line in report.warnings:
            print(f"warning: {line}")
        total = sum(v for k, v in report.checked.items() if k.endswith("rows"))
        verdict = "healthy" if report.healthy else f"{len(report.errors)} errors"
        print(f"{_db_path(args)}: {verdict}, {total:,} live records checked")
    return 0 if report.healthy else 1


def parse_when(text: str | None, field: str) -> datetime | None:
    """ISO 8601, a date-time group, or a duration back from now (``24h``, ``7d``, ``90m``)."""
    from app.domain.coords import parse_dtg, parse_utc

    if text is None:
        return None
    value = text.strip()
    units = {"m": 60, "h": 3600, "d": 86400}
    if len(value) > 1 and value[-1].lower() in units and value[:-1].isdigit():
        return datetime.now(UTC) - timedelta(seconds=int(value[:-1]) * units[value[-1].lower()])
    if value[:6].isdigit() and len(value) in (12, 14) and not value[6].isdigit():
        return parse_dtg(value, field=field)
    return parse_utc(value, field)


def cmd_analyse(args: argparse.Namespace) -> int:
    from app import analysis

    start = parse_when(getattr(args, "since", None), "--since")
    end = parse_when(getattr(args, "until", None), "--until")
    with _open_existing(args) as store:
        if args.analysis == "violations":
            result: dict = analysis.violations(
                store, distance_m=args.distance, start=start, end=end,
                categories=args.category, line_ids=args.line,
            ).as_dict()  # fmt: skip
        elif args.analysis == "coverage":
            at = parse_when(args.at, "--at")
            result = analysis.coverage(
                store, hours=args.hours, sight_m=args.sight, now=at
            ).as_dict()
        elif args.analysis == "proximity":
            if args.incident:
                nearest = analysis.nearest_units(store, args.incident, k=args.units)
                result = {"incident": args.incident, "nearest": [n.as_dict() for n in nearest]}
            else:
                near = analysis.incidents_near_units(
                    store, radius_m=args.radius, start=start, end=end
                )
                inside = analysis.units_in_buffer_zones(store)
                result = {
                    "radius_m": args.radius,
                    "incidents_near_units": [n.as_dict() for n in near],
                    "units_in_buffer_zones": [u.as_dict() for u in inside],
                }
        else:
            result = analysis.hotspots(
                store, cell_m=args.cell, start=start, end=end, categories=args.category
            ).as_dict()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(_summarise(args.analysis, result))
    return 0


def _summarise(name: str, result: dict) -> str:
    """A few human lines; --json carries everything."""
    lines = [f"{name}:"]
    for key, value in result.items():
        if isinstance(value, list):
            lines.append(f"  {key.replace('_', ' ')}: {len(value)}")
            for item in value[:10]:
                if isinstance(item, dict):
                    shown = {k: v for k, v in item.items() if not isinstance(v, dict | list)}
                    lines.append("    " + ", ".join(f"{k}={v}" for k, v in list(shown.items())[:7]))
        elif not isinstance(value, dict):
            lines.append(f"  {key.replace('_', ' ')}: {value}")
        else:
            lines.append(
                f"  {key.replace('_', ' ')}: {json.dumps(value, ensure_ascii=False)[:300]}"
            )
    return "\n".join(lines)


def cmd_identity_init(args: argparse.Namespace) -> int:
    from app.sync.identity import init_identity

    me = init_identity(args.unit, args.nation, args.org, force=args.force)
    print(f"Identity created for {me.unit} ({me.nation}); fingerprint:\n  {me.fingerprint}")
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    from app.sync.identity import load_identity

    me = load_identity()
    data = {"unit": me.unit, "nation": me.nation, "org": me.org, "fingerprint": me.fingerprint}
    print(json.dumps(data) if args.json else f"{me.unit} ({me.nation})\n  {me.fingerprint}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from app.sync.identity import export_card

    path = export_card(args.out)
    print(f"Key card written to {path}")
    return 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore, read_card

    partner = TrustStore().trust(read_card(args.card), accreditation=args.accreditation)
    print(f"Trusted {partner.unit} ({partner.nation}); fingerprint:\n  {partner.fingerprint}")
    return 0


def cmd_keys_accredit(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore

    partner = TrustStore().accredit(args.unit, args.label)
    print(f"{partner.unit} may now receive records up to {partner.accreditation}")
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore

    partners = TrustStore().list()
    if args.json:
        print(json.dumps([
            {"unit": p.unit, "nation": p.nation, "org": p.org, "fingerprint": p.fingerprint,
             "revoked": p.revoked, "accreditation": p.accreditation}
            for p in partners
        ]))  # fmt: skip
        return 0
    if not partners:
        print("No partners trusted yet.")
    for p in partners:
        state = "REVOKED" if p.revoked else "trusted"
        cleared = p.accreditation or "(lowest label)"
        print(f"{p.unit:<24} {p.nation}  {state:<8} {p.short_fingerprint}  cleared: {cleared}")
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore

    partner = TrustStore().revoke(args.unit)
    print(f"Revoked {partner.unit} ({partner.short_fingerprint}); its packages are refused now")
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore, load_identity, signing_key
    from app.sync.service import export_package

    me, key = load_identity(), signing_key()
    partner = TrustStore().find(args.to)
    with _open_existing(args, write=True) as store:
        summary = export_package(store, me, key, partner, args.out, full=args.full)
    print(summary.describe())
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore, load_identity
    from app.sync.service import import_package

    me = load_identity()
    with _open_existing(args, write=True) as store:  # a dry run rolls its writes back
        summary = import_package(store, args.file, TrustStore(), identity=me, dry_run=args.dry_run)
    print(summary.describe())
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    with _open_existing(args) as store:
        print(store.digest())
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    with _open_existing(args) as store:
        rows = store.conflicts()
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("No open conflicts.")
    for r in rows:
        print(f"{r.id:>5}  {r.kind:<15} {r.record_id}  local {r.local_version}  "
              f"remote {r.remote_version}")  # fmt: skip
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    with _open_existing(args, write=True) as store:
        saved = store.resolve_conflict(args.id, args.keep)
    print(f"Conflict {args.id} resolved: kept {args.keep} as version {saved.version}")
    return 0


def cmd_basemap_list(args: argparse.Namespace) -> int:
    from app import basemaps

    entries = basemaps.list_basemaps()
    if args.json:
        print(
            json.dumps(
                [
                    {"id": b.id, "label": b.label, "online": b.online, "format": b.format,
                     "min_zoom": b.min_zoom, "max_zoom": b.max_zoom, "bounds": b.bounds,
                     "path": str(b.path), "url": b.url_template}
                    for b in entries
                ]
            )
        )  # fmt: skip
        return 0
    if not entries:
        print("No basemaps yet; the built-in Natural Earth map is always there.")
    for b in entries:
        zooms = f"z{b.min_zoom}-{b.max_zoom}"
        kind = f"online ({b.url_template})" if b.online else f"{b.format} {zooms}"
        print(f"{b.id:<20} {b.label:<30} {kind}")
    return 0


def cmd_basemap_import(args: argparse.Namespace) -> int:
    from app import basemaps

    entry = basemaps.import_mbtiles(args.file, id=args.id, replace=args.replace)
    print(f"Imported {entry.label!r} as {entry.id} (zoom {entry.min_zoom}-{entry.max_zoom})")
    return 0


def cmd_basemap_online(args: argparse.Namespace) -> int:
    from app import basemaps

    entry = basemaps.add_online_source(
        args.id, args.label or args.id, args.url, args.attribution, args.max_zoom
    )
    print(f"Added online source {entry.id}; its tiles are cached in {entry.path}")
    return 0


def cmd_basemap_remove(args: argparse.Namespace) -> int:
    from app import basemaps

    basemaps.remove_basemap(args.id)
    print(f"Removed basemap {args.id}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.launch import run_gui

    return run_gui(_db_path(args))


def _setup_logging() -> None:
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging()
    handler: Handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except AppError as exc:
        log.info("command failed: %s", exc)
        print(f"Error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("Error: interrupted; nothing was written by the unfinished step", file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("unexpected failure")
        print(
            f"Error: unexpected failure ({type(exc).__name__}: {exc}); details in {log_path()}",
            file=sys.stderr,
        )
        return 70


if __name__ == "__main__":
    sys.exit(main())
