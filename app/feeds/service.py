"""Running a feed: listen for a while and store what arrives, or send on a schedule.

Both loops are synchronous and end by themselves (after ``duration`` seconds, or when
``stop`` is set); the CLI runs them in its own thread, the UI in a worker. ``listen``
writes each batch of events in one transaction as soon as it is there (at most ``MAX_BATCH``
events, or whatever arrived in ``batch_seconds``), and tells ``on_batch`` what it wrote.

Plain Python: no Qt.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.records import Record
from app.i18n import translate
from app.store import MissionStore

from .ingest import MAX_BATCH, FeedIngest, FeedStats
from .sender import DEFAULT_LAYERS, Audience, encode_events, outgoing_records
from .transports import FeedConnection, FeedListener
from .urls import FeedUrl

#: Longest wait for the next event before looking at the clock and the stop flag.
BATCH_SECONDS = 0.25


def listen(
    store: MissionStore,
    url: FeedUrl,
    name: str,
    *,
    duration: float | None = None,
    stop: threading.Event | None = None,
    on_batch: Callable[[list[Record], FeedStats], None] | None = None,
    on_start: Callable[[FeedListener], None] | None = None,
    batch_seconds: float = BATCH_SECONDS,
    stats: FeedStats | None = None,
    writer: str = "",
) -> FeedStats:
    """Receive ``url`` until ``duration`` runs out or ``stop`` is set; the stats at the end
    (also in ``stats`` when given, so a caller interrupted half-way still has them).
    ``writer``: the token the caller's window leaves its own feeds' writes out by
    (``app.feeds.ingest.feed_source``); none for the CLI."""
    stop = stop or threading.Event()
    stats = stats or FeedStats(name)
    ingest = FeedIngest(store, name, stats, writer=writer)

    def on_error(errors: Counter[str], example: str) -> None:
        stats.count_errors(errors, example)

    listener = FeedListener(url, on_error)
    listener.start()
    if on_start is not None:
        on_start(listener)
    end = None if duration is None else time.monotonic() + duration
    try:
        while not stop.is_set():
            left = batch_seconds if end is None else min(batch_seconds, end - time.monotonic())
            if left <= 0:
                break
            frames = listener.take(MAX_BATCH, left)
            if frames:
                written = ingest.ingest(frames)
                if on_batch is not None:
                    on_batch(written, stats)
    finally:
        listener.stop()
    rest = listener.take(MAX_BATCH, 0)
    while rest:  # what had arrived before the stop is stored too
        ingest.ingest(rest)
        rest = listener.take(MAX_BATCH, 0)
    return stats


@dataclass
class SendStats:
    rounds: int = 0
    sent: int = 0  #: events sent, summed over rounds
    withheld: int = 0  #: records not releasable to the audience (last round)

    def describe(self, target: str, audience: str) -> str:
        return translate(
            "Cli",
            "{target}: sent {sent} event(s) in {rounds} round(s) to {audience}; {withheld} "
            "record(s) not releasable to {audience} or above its clearance were not sent",
        ).format(
            target=target,
            sent=self.sent,
            rounds=self.rounds,
            audience=audience,
            withheld=self.withheld,
        )


def send(
    store: MissionStore,
    url: FeedUrl,
    audience: Audience,
    *,
    layers: tuple[str, ...] = DEFAULT_LAYERS,
    every: float | None = None,
    duration: float | None = None,
    stop: threading.Event | None = None,
    stats: SendStats | None = None,
) -> SendStats:
    """Send what the audience may receive once, or every ``every`` seconds until
    ``duration`` runs out or ``stop`` is set."""
    stop = stop or threading.Event()
    stats = stats or SendStats()
    end = None if duration is None else time.monotonic() + duration
    with FeedConnection(url) as connection:
        while True:
            records, positions, withheld = outgoing_records(store, audience, layers)
            payloads = encode_events(records, positions, url)
            connection.send(payloads)
            stats.rounds += 1
            stats.sent += len(payloads)
            stats.withheld = withheld
            if every is None:
                break
            wait = every if end is None else min(every, end - time.monotonic())
            if wait <= 0 or stop.wait(wait):
                break
    return stats
