"""Exchanging the picture with partners: ``sync``, ``digest`` and ``conflicts``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import open_existing
from app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    """Add the sync, digest and conflicts commands."""
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
    sync_revoke = sync_sub.add_parser(
        "revoke", help="revoke a key with a signed notice that travels to every partner",
        description="Revoke this installation's own key (no UNIT, or its own unit name), or, "
        "when this installation holds the mission authority's key, any unit's key. The signed "
        "notice rides in every package from now on and is relayed onward; versions signed by "
        "the key after the revocation time are refused everywhere it arrives.",
    )  # fmt: skip
    sync_revoke.add_argument("unit", nargs="?", help="unit name or fingerprint (default: own)")
    sync_revoke.add_argument(
        "--at", help="revoked from this UTC time, e.g. when the key was lost (default: now)"
    )
    sync_revoke.set_defaults(handler=cmd_sync_revoke)
    sync_authority = sync_sub.add_parser(
        "authority", help="show or name the mission authority's key",
        description="The mission authority's key may revoke any unit's key, and only settings "
        "it signs change this mission's settings (they ride in every package and are relayed "
        "onward). Name it with 'me' (this installation) or a trusted partner's unit name or "
        "fingerprint; without KEY, show the one named.",
    )  # fmt: skip
    sync_authority.add_argument("key", nargs="?", help="'me', a unit name or a fingerprint")
    sync_authority.set_defaults(handler=cmd_sync_authority)

    digest = sub.add_parser(
        "digest",
        help="print a fingerprint of the record set, to compare with partners",
        description="SHA-256 over every record's kind, id, version, content hash and the "
        "author signature of that version (tombstones included): equal on two installations "
        "holding the same records with the same signatures.",
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


def cmd_sync_export(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore, load_identity, signing_key
    from app.sync.service import export_package

    me, key = load_identity(), signing_key()
    partner = TrustStore().find(args.to)
    with open_existing(args, write=True, postgis=True) as store:
        summary = export_package(store, me, key, partner, args.out, full=args.full)
    print(summary.describe())
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore, load_identity
    from app.sync.service import import_package

    me = load_identity()
    with open_existing(args, write=True, postgis=True) as store:  # a dry run rolls its writes back
        summary = import_package(store, args.file, TrustStore(), identity=me, dry_run=args.dry_run)
    print(summary.describe())
    return 0


def cmd_sync_revoke(args: argparse.Namespace) -> int:
    from app.domain.coords import format_utc, parse_utc
    from app.sync.identity import TrustStore, load_identity, signing_key
    from app.sync.service import revoke_key

    me, key = load_identity(), signing_key()
    at = parse_utc(args.at, "--at") if args.at else None
    with open_existing(args, write=True, postgis=True) as store:
        notice = revoke_key(store, me, key, TrustStore(), args.unit, at=at)
    if notice.self_signed:
        revoked = translate(
            "Cli",
            "Revoked this installation's own key ({unit}, {key}) from {at}; the signed notice "
            "travels in every package from now on",
        )
    else:
        revoked = translate(
            "Cli",
            "Revoked {unit}'s key ({unit}, {key}) from {at}; the signed notice travels in every "
            "package from now on",
        )
    print(revoked.format(unit=notice.unit, key=notice.key, at=format_utc(notice.revoked_at)))
    if notice.self_signed:
        print(
            translate(
                "Cli",
                "Make a new key with 'bluehelmet identity init --force' and send partners its "
                "card.",
            )
        )
    return 0


def cmd_sync_authority(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore, describe_card, load_identity
    from app.sync.service import mission_authority, set_mission_authority

    me = load_identity()
    if args.key is None:
        with open_existing(args, postgis=True) as store:
            current = mission_authority(store)
        if current is None:
            print(translate("Cli", "No mission authority is named for this mission."))
            return 0
        who = me if current == me.fingerprint else TrustStore().get(current)
        print(translate("Cli", "Mission authority:"))
        print(
            describe_card(who.identity() if hasattr(who, "identity") else who) if who else current
        )
        return 0
    with open_existing(args, write=True, postgis=True) as store:
        chosen = set_mission_authority(store, me, TrustStore(), args.key)
    card = chosen.identity() if hasattr(chosen, "identity") else chosen
    print(translate("Cli", "Mission authority set to {unit}:").format(unit=chosen.unit))
    print(describe_card(card))
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    with open_existing(args, postgis=True) as store:
        print(store.digest())
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    with open_existing(args, postgis=True) as store:
        rows = store.conflicts()
    if args.json:
        print(json.dumps([asdict(r) for r in rows], ensure_ascii=False))
        return 0
    if not rows:
        print(translate("Cli", "No open conflicts."))
    for r in rows:
        print(
            translate("Cli", "{id}  {kind} {record_id}  local {local}  remote {remote}").format(
                id=f"{r.id:>5}", kind=f"{r.kind:<15}", record_id=r.record_id,
                local=r.local_version, remote=r.remote_version,
            )
        )  # fmt: skip
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    with open_existing(args, write=True, postgis=True) as store:
        saved = store.resolve_conflict(args.id, args.keep)
    print(
        translate("Cli", "Conflict {id} resolved: kept {side} as version {version}").format(
            id=args.id, side=args.keep, version=saved.version
        )
    )
    return 0
