"""This installation's identity and its partners' keys: ``identity`` and ``keys``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.errors import AppError
from app.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    """Add the identity and keys commands."""
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
        "--fingerprint",
        help="the fingerprint the partner read out; the card is trusted only if it matches",
    )
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


def cmd_identity_init(args: argparse.Namespace) -> int:
    from app.sync.identity import init_identity

    me = init_identity(args.unit, args.nation, args.org, force=args.force)
    print(
        translate(
            "Cli", "Identity created for {unit} ({nation}); fingerprint:\n  {fingerprint}"
        ).format(unit=me.unit, nation=me.nation, fingerprint=me.fingerprint)
    )
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
    print(translate("Cli", "Key card written to {path}").format(path=path))
    return 0


def cmd_keys_trust(args: argparse.Namespace) -> int:
    from app.sync.identity import (
        IdentityError,
        TrustStore,
        describe_card,
        load_identity,
        normalize_fingerprint,
        read_card,
    )

    card = read_card(args.card)
    print(
        translate("Cli", "Key card {name}:\n{card}").format(
            name=args.card.name, card=describe_card(card)
        )
    )
    if args.fingerprint is not None and normalize_fingerprint(
        args.fingerprint
    ) != normalize_fingerprint(card.fingerprint):
        raise IdentityError(
            translate(
                "Cli", "the fingerprint read out ({fingerprint}) is not the card's; do not trust it"
            ).format(fingerprint=args.fingerprint)
        )
    try:
        own_unit: str | None = load_identity().unit
    except AppError:
        own_unit = None
    partner = TrustStore().trust(card, accreditation=args.accreditation, own_unit=own_unit)
    print(
        translate(
            "Cli",
            "Trusted {unit} ({nation}, org {org}); compare the fingerprint above with the one "
            "the partner reads out",
        ).format(
            unit=partner.unit, nation=partner.nation, org=partner.org or translate("Cli", "none")
        )
    )
    return 0


def cmd_keys_accredit(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore

    partner = TrustStore().accredit(args.unit, args.label)
    print(
        translate("Cli", "{unit} may now receive records up to {accreditation}").format(
            unit=partner.unit, accreditation=partner.accreditation
        )
    )
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
        print(translate("Cli", "No partners trusted yet."))
    for p in partners:
        state = translate("Cli", "REVOKED") if p.revoked else translate("Cli", "trusted")
        cleared = p.accreditation or translate("Cli", "(lowest label)")
        print(
            translate("Cli", "{unit} {nation}  org {org} {state} {fingerprint}  cleared: {cleared}")
            .format(unit=f"{p.unit:<24}", nation=p.nation, org=f"{p.org or '-':<6}",
                    state=f"{state:<8}", fingerprint=p.fingerprint, cleared=cleared)
        )  # fmt: skip
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from app.sync.identity import TrustStore

    partner = TrustStore().revoke(args.unit)
    print(
        translate("Cli", "Revoked {unit} ({fingerprint}); its packages are refused now").format(
            unit=partner.unit, fingerprint=partner.short_fingerprint
        )
    )
    return 0
