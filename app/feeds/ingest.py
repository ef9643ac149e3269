"""Events from a feed into the mission: decoded, read and mapped exactly as a file import.

Each frame (CoT XML or a TAK protocol message) goes through the same safe XML parser and CoT
reader as a ``.cot`` file (``app.interop.cot.event_features``; protobuf through
``app.interop.tak_protobuf.message_event``), then a whole batch through
``app.interop.importer.map_features`` and into the store in ONE transaction, with source
``feed:NAME`` in the change log (``feed:NAME@WRITER`` when the feed runs for a window that
gave it a writer token, ``feed_source``). So a friendly atom updates its unit and adds a
position report to its track (a unit the mission already holds keeps its own designation and
other fields; an event whose call sign names one of the mission's units is filed to that unit;
a unit first seen on a feed is marked awaiting confirmation, ``app.feeds.awaiting``), markers,
shapes and routes become or update map items, and a feed's ten seconds store what a file of
the same events would.

Nothing a feed sends can crash the listener or write half a batch: every frame that cannot
be read is dropped and counted by reason (``FeedStats.errors``), every event past its
``stale`` time is counted (kept in history; the live map fades it and later drops it, after
``app.feeds.staleness``), and a batch the store refuses is
rolled back whole and counted. Plain Python: no Qt.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from google.protobuf.message import DecodeError
from takproto.proto import TakMessage

from app.domain.coords import format_utc, parse_utc
from app.domain.records import PositionReport, Record, Unit
from app.errors import AppError
from app.i18n import translate
from app.interop.base import Feature, InteropError
from app.interop.cot import event_features
from app.interop.importer import ImportSummary, map_features, mission_context
from app.interop.safety import local_name, parse_xml
from app.interop.tak_protobuf import message_event
from app.store import MissionStore

from .awaiting import mark_awaiting
from .framing import Frame
from .staleness import remember_stale, stale_of

#: Seconds over which the events-per-second rate is taken.
RATE_WINDOW = 5.0
#: Most events written in one transaction; a bigger backlog is written in several.
MAX_BATCH = 2000

NOT_XML = "not well-formed XML"
REFUSED_XML = "XML with a DTD or entities (refused)"
NOT_EVENT = "XML that is no CoT <event>"
NOT_PROTO = "not a TAK protocol message"
UNREADABLE = "unreadable event"
INVALID = "event that cannot become a record"
STORE_REFUSED = "batch the mission refused (rolled back)"
FLOOD = "event dropped: arriving faster than it can be stored"


@dataclass
class FeedStats:
    """What a feed did since it started; safe to read from another thread via ``snapshot``."""

    name: str
    started: float = field(default_factory=time.monotonic)
    events: int = 0  #: events received whole (before reading)
    stored: Counter[str] = field(default_factory=Counter)  #: records written, per kind
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    stale: int = 0  #: events already past their stale time on arrival (kept in history)
    errors: Counter[str] = field(default_factory=Counter)  #: dropped input, per reason
    ignored: Counter[str] = field(default_factory=Counter)  #: no map item (chat, pings…)
    batches: int = 0
    last_event_at: str | None = None  #: UTC time the last event arrived
    last_error: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    #: (monotonic time, events) per batch of the last ``RATE_WINDOW`` seconds.
    _recent: deque[tuple[float, int]] = field(default_factory=deque, repr=False)

    def add_batch(
        self,
        *,
        events: int,
        stale: int,
        skipped: Counter[str],
        written: list[Record],
        existing: set[tuple[str, str]],
        at: datetime,
    ) -> None:
        """Count one batch: its events, what it wrote (new or updated) and left out."""
        with self._lock:
            now = time.monotonic()
            self.events += events
            self._recent.append((now, events))
            while self._recent and self._recent[0][0] < now - RATE_WINDOW:
                self._recent.popleft()
            self.stale += stale
            self.batches += 1
            self.ignored.update(skipped)
            for record in written:
                self.stored[record.KIND] += 1
                new = (record.KIND, record.id) not in existing
                (self.created if new else self.updated)[record.KIND] += 1
            if events:
                self.last_event_at = format_utc(at)

    def _rate(self) -> float:
        """Events per second over the last ``RATE_WINDOW`` seconds (or since the start)."""
        now = time.monotonic()
        span = min(RATE_WINDOW, max(now - self.started, 1e-9))
        return sum(n for at, n in self._recent if at >= now - RATE_WINDOW) / span

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "feed": self.name,
                "events": self.events,
                "events_per_second": round(self._rate(), 1),
                "stored": dict(self.stored),
                "created": dict(self.created),
                "updated": dict(self.updated),
                "stale": self.stale,
                "errors": dict(self.errors),
                "ignored": dict(self.ignored),
                "batches": self.batches,
                "last_event_at": self.last_event_at,
                "last_error": self.last_error,
            }

    def count_errors(self, errors: Counter[str], example: str = "") -> None:
        if not errors:
            return
        with self._lock:
            self.errors.update(errors)
            self.last_error = example or next(iter(errors))

    def describe(self) -> str:
        """One paragraph for the end of ``feed listen``."""
        snap = self.snapshot()
        stored = ", ".join(f"{n} {k}" for k, n in sorted(snap["stored"].items())) or translate(
            "Cli", "nothing"
        )
        text = translate("Cli", "{name}: {events} event(s) received, stored {stored}").format(
            name=self.name, events=snap["events"], stored=stored
        )
        if snap["stale"]:
            text += translate("Cli", "; {count} already stale (kept in history)").format(
                count=snap["stale"]
            )
        if snap["ignored"]:
            text += translate("Cli", "; ignored {what}").format(
                what="; ".join(f"{n} × {w}" for w, n in snap["ignored"].items())
            )
        if snap["errors"]:
            text += translate("Cli", "; dropped {what}").format(
                what="; ".join(f"{n} × {w}" for w, n in snap["errors"].items())
            )
        return text


def frame_event(frame: Frame, where: str) -> Element | None:
    """The CoT ``<event>`` a frame carries; None for a protocol control message.
    Raises ``InteropError`` with one of this module's reasons as its first words."""
    if frame.kind == "proto":
        message = TakMessage()
        try:
            message.ParseFromString(frame.data)
        except (DecodeError, RuntimeWarning, ValueError):
            raise InteropError(NOT_PROTO) from None
        if not message.HasField("cotEvent"):
            return None
        try:
            return message_event(message, where)
        except InteropError as exc:
            raise InteropError(
                translate("Feeds", "{reason}: {detail}").format(
                    reason=_xml_reason(str(exc)), detail=exc
                )
            ) from None
    try:
        element = parse_xml(frame.data, where)
    except InteropError as exc:
        raise InteropError(
            translate("Feeds", "{reason}: {detail}").format(
                reason=_xml_reason(str(exc)), detail=exc
            )
        ) from None
    if local_name(element.tag) != "event":
        raise InteropError(NOT_EVENT)
    return element


def _xml_reason(message: str) -> str:
    return REFUSED_XML if "refused" in message else NOT_XML


def _is_stale(event: Element, now: datetime) -> bool:
    text = event.get("stale")
    if not text:
        return False
    try:
        return parse_utc(text, "stale") < now
    except AppError:
        return False


def new_writer_token() -> str:
    """A token naming one writer of feeds (a window, say), unique across processes and
    machines: its feeds write with it (``feed_source``) so that it can tell their writes from
    those of a feed of the same name run elsewhere."""
    return uuid.uuid4().hex[:12]


def feed_source(name: str, writer: str = "") -> str:
    """The change-log source of a feed's writes: ``feed:NAME``, or ``feed:NAME@WRITER`` for a
    feed run with a writer token (``new_writer_token``). A window leaves out the writes of
    its own feeds by these exact sources; the same feed run elsewhere (another workstation,
    another window, the CLI) writes another source and is heard."""
    return f"feed:{name}@{writer}" if writer else f"feed:{name}"


class FeedIngest:
    """Writes a feed's events into one mission, batch by batch, counting everything.

    ``writer`` (optional): the token of whoever runs the feed, written into the change log's
    source (``feed_source``); any process may write with it, on any connection."""

    def __init__(
        self, store: MissionStore, name: str, stats: FeedStats | None = None, *, writer: str = ""
    ) -> None:
        self.store = store
        self.name = name
        self.stats = stats or FeedStats(name)
        #: The change-log source of this feed's writes.
        self.change_source = feed_source(name, writer)
        self._counter = 0

    @property
    def source(self) -> str:
        """The feed's label (``feed:NAME``): where read errors and imported features say they
        came from."""
        return f"feed:{self.name}"

    def ingest(self, frames: Sequence[Frame]) -> list[Record]:
        """Read and store ``frames`` (in batches of at most ``MAX_BATCH``); returns the
        records written. Never raises for what a feed sent."""
        written: list[Record] = []
        for at in range(0, len(frames), MAX_BATCH):
            written += self._batch(frames[at : at + MAX_BATCH])
        return written

    def _batch(self, frames: Sequence[Frame]) -> list[Record]:
        now = datetime.now(UTC)
        errors: Counter[str] = Counter()
        example = ""
        features: list[Feature] = []
        stale = controls = 0
        for frame in frames:
            self._counter += 1
            where = f"{self.source}: event {self._counter}"
            try:
                event = frame_event(frame, where)
                if event is None:
                    controls += 1
                    continue
                read = event_features(event, self._counter, self.source)
            except InteropError as exc:
                text = str(exc)
                reason = text.split(":")[0] if text.startswith((NOT_XML, REFUSED_XML)) else None
                reason = reason or (text if text in (NOT_PROTO, NOT_EVENT) else UNREADABLE)
                errors[reason] += 1
                example = example or text
                continue
            stale += _is_stale(event, now)
            features += read
        summary = ImportSummary(Path(self.source), format="cot")
        records: list[Record] = []
        if features:
            by_key = map_features(self.store, features, summary)
            records = self._file_to_known_units(list(by_key.values()))
        for problem in summary.problems:
            errors[INVALID] += 1
            example = example or problem.line()
        written: list[Record] = []
        existing: set[tuple[str, str]] = set()
        if records:
            existing = self.store.existing([(r.KIND, r.id) for r in records])
            try:
                with self.store.transaction():
                    ordered = sorted(records, key=lambda r: r.KIND != "unit")
                    written = self.store.save_many(ordered, source=self.change_source)
                    # A unit first seen on this feed waits for someone to confirm it.
                    new_units = [
                        r.id
                        for r in written
                        if isinstance(r, Unit) and ("unit", r.id) not in existing
                    ]
                    mark_awaiting(self.store, new_units, self.name, source=self.change_source)
                    remember_stale(self.store, stale_of(features, written))
            except AppError as exc:
                errors[STORE_REFUSED] += 1
                example = str(exc)
                written = []
        self.stats.add_batch(
            events=len(frames), stale=stale, written=written,
            skipped=summary.skipped + Counter({"protocol control message": controls}),
            existing=existing, at=now,
        )  # fmt: skip
        self.stats.count_errors(errors, example)
        return written

    def _file_to_known_units(self, records: list[Record]) -> list[Record]:
        """A friendly atom of a unit the mission holds adds only a position report (the
        mission's own fields for the unit stay as they are); one whose call sign names a
        mission unit under another id is filed to that unit."""
        units = [r for r in records if isinstance(r, Unit)]
        if not units:
            return records
        known = self.store.existing([("unit", u.id) for u in units])
        names = mission_context(self.store).units
        moved: dict[str, str] = {}
        out: list[Record] = []
        for record in records:
            if isinstance(record, Unit):
                if ("unit", record.id) in known:
                    continue
                for name in (record.callsign, record.designation):
                    match = names.get(name.strip().lower()) if name else None
                    if match and match != record.id:
                        moved[record.id] = match
                        break
                if record.id in moved:
                    continue
            out.append(record)
        if moved:
            out = [
                replace(r, unit_id=moved[r.unit_id])
                if isinstance(r, PositionReport) and r.unit_id in moved
                else r
                for r in out
            ]
        return out
