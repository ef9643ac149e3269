"""``bluehelmet feed``: live Cursor-on-Target feeds from the command line.

``feed listen`` stores what a UDP group, a TCP stream or a TAK server sends into the mission
and prints the counts when it ends; ``feed send`` sends our units' positions (and chosen
layers) that an audience may receive; ``feed list|add|remove`` keep this installation's feed
definitions. A thin shell over ``app.feeds``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re

from app.cli.common import open_existing
from app.errors import AppError
from app.i18n import translate

_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$")


def duration_arg(text: str) -> float:
    """``90``, ``90s``, ``5m``, ``2h`` → seconds."""
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is not a duration like 30s, 5m or 2h").format(text=repr(text))
        )
    value = (
        float(match.group(1)) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600, None: 1}[match.group(2)]
    )
    if value <= 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text}: a duration must be more than zero").format(text=repr(text))
        )
    return value


def register(sub: argparse._SubParsersAction) -> None:
    feed = sub.add_parser(
        "feed",
        help="live Cursor-on-Target feeds: listen, send, and the list of this installation's",
        description="Live Cursor-on-Target feeds (ATAK, WinTAK, TAK servers). Addresses: "
        "udp://239.2.3.1:6969?iface=ADDR (multicast: the interface to join on), "
        "udp://0.0.0.0:4242, tcp://HOST:8087, tls://HOST:8089?cert=FILE.p12&password=PW"
        "[&ca=CA.pem]; add format=protobuf to send TAK protocol messages. Nothing connects "
        "unless you start a feed.",
    )
    commands = feed.add_subparsers(dest="feed_command", metavar="SUBCOMMAND", required=True)

    listen = commands.add_parser(
        "listen",
        help="store what a feed sends into the mission; print counts on exit",
        description="Receive CoT XML or TAK protocol events and store them as a file import "
        "of the same events would, one transaction per batch. Ends after --for, or on Ctrl-C.",
    )
    listen.add_argument("feed", metavar="URL|NAME", help="a feed address or a defined feed")
    listen.add_argument(
        "--for", dest="duration", type=duration_arg, metavar="DURATION",
        help="stop after this long (30s, 5m, 2h); default: until Ctrl-C",
    )  # fmt: skip
    listen.add_argument("--json", action="store_true", help="print the counts as JSON")
    listen.set_defaults(handler=cmd_listen)

    send = commands.add_parser(
        "send",
        help="send our units' positions (and chosen layers) an audience may receive",
        description="Send as CoT what the audience may receive under the mission's "
        "releasability rules (as for sync packages): our units' current positions, and the "
        "layers named with --layers. Records not releasable to the audience are never sent.",
    )
    send.add_argument("feed", metavar="URL|NAME", help="a feed address or a defined feed out")
    send.add_argument(
        "--audience", help="a nation (NPL), an organisation (UN) or MISSION (mission-wide)"
    )
    send.add_argument(
        "--clearance", metavar="LABEL",
        help="highest classification the audience may receive (default: the lowest label)",
    )  # fmt: skip
    send.add_argument(
        "--layers", metavar="LIST",
        help="comma-separated: units, incident, map_item, patrol_area, ceasefire_line, patrol "
        "(default: units)",
    )  # fmt: skip
    send.add_argument("--every", type=duration_arg, metavar="S", help="send again every S seconds")
    send.add_argument(
        "--for", dest="duration", type=duration_arg, metavar="DURATION",
        help="with --every: stop after this long (default: until Ctrl-C)",
    )  # fmt: skip
    send.set_defaults(handler=cmd_send)

    show = commands.add_parser(
        "list",
        help="this installation's feeds",
        description="The feeds defined on this installation (feeds.json in the data folder); "
        "certificate passwords are not shown.",
    )
    show.add_argument("--json", action="store_true", help="print the list as JSON")
    show.set_defaults(handler=cmd_list)

    add = commands.add_parser(
        "add",
        help="define a feed (in, or out with an audience)",
        description="Keep a feed definition in this installation's feeds.json (private: a "
        "TLS address may carry a password). It connects only when started.",
    )
    add.add_argument("name", help="a short name (letters, digits, spaces, . _ -)")
    add.add_argument("url", metavar="URL", help="the feed address")
    add.add_argument("--out", action="store_true", help="a feed out (default: a feed in)")
    add.add_argument("--audience", help="for a feed out: NATION, ORG or MISSION")
    add.add_argument("--clearance", metavar="LABEL", help="for a feed out: highest label sent")
    add.add_argument("--layers", metavar="LIST", help="for a feed out: layers sent")
    add.add_argument(
        "--every", type=duration_arg, default=10.0, metavar="S",
        help="for a feed out: seconds between sends (default 10)",
    )  # fmt: skip
    add.set_defaults(handler=cmd_add)

    remove = commands.add_parser(
        "remove",
        help="forget a feed definition",
        description="Remove a feed from this installation's feeds.json (a running feed stops "
        "only when it is stopped).",
    )
    remove.add_argument("name", help="the feed's name (any case)")
    remove.set_defaults(handler=cmd_remove)

    awaiting = commands.add_parser(
        "awaiting",
        help="units a feed brought in that wait for confirmation",
        description="Units first seen on a feed (a friendly position from a new UID) are kept "
        "and shown, marked as awaiting confirmation until someone confirms them.",
    )
    awaiting.add_argument("--json", action="store_true", help="print the list as JSON")
    awaiting.set_defaults(handler=cmd_awaiting)

    confirm = commands.add_parser(
        "confirm",
        help="confirm units a feed brought in",
        description="Confirm units awaiting confirmation, by id, call sign or designation "
        "(any case). A name that matches none: an error, and nothing is confirmed.",
    )
    confirm.add_argument("units", nargs="+", metavar="UNIT", help="id, call sign or designation")
    confirm.set_defaults(handler=cmd_confirm)


def _resolve(text: str):  # type: ignore[no-untyped-def]
    """(definition or None, parsed address, name): a defined feed's name, or an address."""
    from app.feeds.definitions import find_feed
    from app.feeds.urls import parse_feed_url

    if "://" in text:
        url = parse_feed_url(text)
        return None, url, f"{url.host}:{url.port}"
    feed = find_feed(text)
    return feed, parse_feed_url(feed.url), feed.name


def cmd_listen(args: argparse.Namespace) -> int:
    from app.feeds.ingest import FeedStats
    from app.feeds.service import listen

    definition, url, name = _resolve(args.feed)
    if definition is not None and definition.direction != "in":
        raise AppError(
            translate("Cli", "feed {name} is a feed out; use 'bluehelmet feed send {name}'").format(
                name=name
            )
        )
    stats = FeedStats(name)
    # Ctrl-C ends listening like the end of --for: the counts follow.
    # On PostGIS each batch is a committed transaction that other workstations hear of.
    with (
        open_existing(args, write=True, postgis=True) as store,
        contextlib.suppress(KeyboardInterrupt),
    ):
        if store.readonly:  # a mission user's role on a server: refused before listening
            raise AppError(
                translate(
                    "Cli", "{database}: this login may only read the mission; a feed cannot be "
                    "stored there"
                ).format(database=store.path)
            )  # fmt: skip
        listen(store, url, name, duration=args.duration, stats=stats)
    if args.json:
        print(json.dumps(stats.snapshot(), indent=2, sort_keys=True))
    else:
        print(stats.describe())
    return 0


def _layers(text: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    from app.feeds.sender import check_layers

    return default if text is None else check_layers(text.split(","))


def cmd_send(args: argparse.Namespace) -> int:
    from app.feeds.sender import DEFAULT_LAYERS, Audience
    from app.feeds.service import SendStats, send

    definition, url, name = _resolve(args.feed)
    if definition is not None:
        if definition.direction != "out":
            raise AppError(
                translate(
                    "Cli", "feed {name} is a feed in; use 'bluehelmet feed listen {name}'"
                ).format(name=name)
            )
        audience_text = args.audience or definition.audience
        clearance = args.clearance or definition.clearance
        layers = _layers(args.layers, definition.layers)
        every = args.every or definition.every
    else:
        audience_text, clearance = args.audience, args.clearance
        layers = _layers(args.layers, DEFAULT_LAYERS)
        every = args.every
    if not audience_text:
        raise AppError(
            translate("Cli", "feed send: name the audience with --audience NATION, ORG or MISSION")
        )
    audience = Audience.parse(audience_text, clearance)
    stats = SendStats()
    with open_existing(args, postgis=True) as store:
        audience.ceiling(store.classifications)  # an unknown clearance fails before sending
        with contextlib.suppress(KeyboardInterrupt):
            send(
                store, url, audience, layers=layers, every=every, duration=args.duration,
                stats=stats,
            )  # fmt: skip
    print(stats.describe(url.safe_text(), audience.token))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.feeds.definitions import feeds_path, load_feeds
    from app.feeds.urls import parse_feed_url

    feeds = load_feeds()
    if args.json:
        rows = [
            dict(asdict(f), url=parse_feed_url(f.url).safe_text(), layers=list(f.layers))
            for f in feeds
        ]
        print(json.dumps(rows, indent=2))
        return 0
    if not feeds:
        print(
            translate(
                "Cli", "No feeds defined ({path}); add one with 'bluehelmet feed add'."
            ).format(path=feeds_path())
        )
    for feed in feeds:
        print(feed.describe())
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from app.feeds.definitions import FeedDefinition, add_feed
    from app.feeds.sender import DEFAULT_LAYERS

    if not args.out and (args.audience or args.clearance or args.layers):
        raise AppError(
            translate("Cli", "--audience, --clearance and --layers are for a feed out: add --out")
        )
    feed = FeedDefinition(
        name=args.name,
        url=args.url,
        direction="out" if args.out else "in",
        audience=args.audience,
        clearance=args.clearance,
        layers=_layers(args.layers, DEFAULT_LAYERS),
        every=args.every,
    )
    add_feed(feed)
    print(translate("Cli", "Added feed {feed}").format(feed=feed.describe()))
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from app.feeds.definitions import remove_feed

    gone = remove_feed(args.name)
    print(translate("Cli", "Removed feed {name}").format(name=gone.name))
    return 0


def cmd_awaiting(args: argparse.Namespace) -> int:
    from app.feeds.awaiting import awaiting_units

    with open_existing(args, postgis=True) as store:
        marked = awaiting_units(store)
        units = [u for u in store.units() if u.id in marked]
    rows = [
        {"id": u.id, "callsign": u.callsign, "designation": u.designation, "feed": marked[u.id]}
        for u in sorted(units, key=lambda u: u.designation)
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print(translate("Cli", "No unit is awaiting confirmation."))
    for row in rows if not args.json else []:
        print(
            translate("Cli", "{designation} ({callsign}) from feed {feed}: {id}").format(
                designation=row["designation"],
                callsign=row["callsign"] or translate("Cli", "no call sign"),
                feed=row["feed"],
                id=row["id"],
            )
        )
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    from app.feeds.awaiting import confirm_units

    with open_existing(args, write=True, postgis=True) as store:
        confirmed = confirm_units(store, args.units)
        names = store.unit_names()
    print(
        translate("Cli", "Confirmed {units}").format(
            units=", ".join(names.get(i, i) for i in confirmed)
        )
    )
    return 0
