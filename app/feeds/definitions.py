"""This installation's feeds, kept in ``feeds.json`` in the data folder.

A definition names a feed, its address, its direction (``in`` to listen, ``out`` to send)
and, for a feed out, its audience, clearance, layers and interval. The file is written whole
and private (mode 0600: a TLS address may carry the certificate's password). No feed is
defined on a new installation: nothing connects until the user adds one.

Plain Python: no Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.files import atomic_file
from app.i18n import translate
from app.paths import data_dir

from .sender import DEFAULT_LAYERS, Audience, check_layers
from .urls import FeedError, parse_feed_url

FILE_NAME = "feeds.json"
DIRECTIONS = ("in", "out")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")


@dataclass(frozen=True)
class FeedDefinition:
    name: str
    url: str
    direction: str = "in"
    audience: str | None = None
    clearance: str | None = None
    layers: tuple[str, ...] = field(default=DEFAULT_LAYERS)
    every: float = 10.0  #: seconds between sends of a feed out

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise FeedError(
                translate(
                    "Feeds",
                    "feed name {name!r}: use letters, digits, spaces, '.', '_' or '-' "
                    "(at most 64, starting with a letter or digit)",
                ).format(name=self.name)
            )
        parse_feed_url(self.url)
        if self.direction not in DIRECTIONS:
            raise FeedError(
                translate("Feeds", "feed {name}: direction {direction!r} is not in or out").format(
                    name=self.name, direction=self.direction
                )
            )
        if self.direction == "out":
            if not self.audience:
                raise FeedError(
                    translate(
                        "Feeds", "feed {name}: a feed out needs an audience (--audience)"
                    ).format(name=self.name)
                )
            Audience.parse(self.audience, self.clearance)
            check_layers(self.layers)
            if not 0.5 <= self.every <= 86_400:
                raise FeedError(
                    translate("Feeds", "feed {name}: --every must be 0.5 s to 1 day").format(
                        name=self.name
                    )
                )

    def describe(self) -> str:
        url = parse_feed_url(self.url).safe_text()
        if self.direction == "in":
            return translate("Cli", "{name}: in from {url}").format(name=self.name, url=url)
        return translate(
            "Cli", "{name}: out to {url} for {audience}{clearance}, {layers} every {every} s"
        ).format(
            name=self.name,
            url=url,
            audience=self.audience,
            clearance=translate("Cli", " up to {label}").format(label=self.clearance)
            if self.clearance
            else "",
            layers=", ".join(self.layers),
            every=f"{self.every:g}",
        )


def feeds_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / FILE_NAME


def load_feeds(path: Path | None = None) -> list[FeedDefinition]:
    path = path or feeds_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise FeedError(
            translate("Feeds", "{path}: cannot read the feed list ({reason})").format(
                path=path, reason=exc
            )
        ) from None
    try:
        return [_definition(item) for item in data["feeds"]]
    except (KeyError, TypeError) as exc:
        raise FeedError(
            translate("Feeds", "{path}: not a feed list ({reason})").format(path=path, reason=exc)
        ) from None


def _definition(item: dict[str, Any]) -> FeedDefinition:
    item = dict(item)
    item["layers"] = tuple(item.get("layers", DEFAULT_LAYERS))
    return FeedDefinition(**item)


def save_feeds(feeds: list[FeedDefinition], path: Path | None = None) -> None:
    path = path or feeds_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": 1, "feeds": [dict(asdict(f), layers=list(f.layers)) for f in feeds]}
    with atomic_file(path, 0o600) as handle:
        handle.write(json.dumps(data, indent=2).encode("utf-8"))


def find_feed(name: str, path: Path | None = None) -> FeedDefinition:
    for feed in load_feeds(path):
        if feed.name.lower() == name.lower():
            return feed
    raise FeedError(
        translate("Feeds", "no feed named {name!r} (see 'bluehelmet feed list')").format(name=name)
    )


def add_feed(feed: FeedDefinition, path: Path | None = None) -> None:
    feeds = load_feeds(path)
    if any(f.name.lower() == feed.name.lower() for f in feeds):
        raise FeedError(
            translate("Feeds", "a feed named {name!r} exists already; remove it first").format(
                name=feed.name
            )
        )
    save_feeds([*feeds, feed], path)


def remove_feed(name: str, path: Path | None = None) -> FeedDefinition:
    feeds = load_feeds(path)
    gone = find_feed(name, path)
    save_feeds([f for f in feeds if f is not gone and f.name != gone.name], path)
    return gone
