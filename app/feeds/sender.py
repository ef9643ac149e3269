"""What a feed out sends: our units' current positions and the layers the user picked, as
CoT, and only what the feed's audience may receive.

The audience is one releasability token: a nation (``NPL``), an organisation (``UN``) or
``MISSION`` (mission-wide). A record goes out only when it passes the same two rules as a
sync package (``app.sync.service``): ``releasable`` to that token, and ``cleared`` — its
classification at or below the audience's clearance, which is the mission's lowest label
unless the feed names a higher one. A unit's position goes out only when the unit and the
position report both pass. "Our" units are those whose current position was reported here
(GPS, voice, manual), not one that came in from a partner's file or feed: Blue Helmet does
not echo other people's tracks. Nothing is sent unless a feed out is started.

Plain Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree.ElementTree import tostring

import takproto

from app.domain.records import PositionReport, Record, Unit
from app.domain.taxonomy import ORGANISATION_TOKENS
from app.i18n import translate
from app.interop.base import Job
from app.interop.cot import record_event
from app.interop.kml import record_features
from app.store import MissionStore
from app.sync.service import MISSION, cleared, releasable

from .urls import FeedError, FeedUrl

#: Layers a feed out can carry; "units" is our units' current positions.
LAYERS = ("units", "incident", "map_item", "patrol_area", "ceasefire_line", "patrol")
DEFAULT_LAYERS = ("units",)
#: Words accepted for the mission-wide audience.
MISSION_WORDS = ("MISSION", "MISSION-WIDE", "ALL")


@dataclass(frozen=True)
class Audience:
    """Who a feed out is for: one releasability token and the highest label it may see."""

    token: str
    clearance: str | None = None  #: None: the mission's lowest label only

    @classmethod
    def parse(cls, text: str, clearance: str | None = None) -> Audience:
        token = text.strip().upper()
        if token in MISSION_WORDS:
            token = MISSION
        elif not (len(token) == 3 and token.isalpha()) and token not in ORGANISATION_TOKENS:
            known = ", ".join(ORGANISATION_TOKENS)
            raise FeedError(
                translate(
                    "Feeds",
                    "audience {text!r}: name a nation (ISO 3166 alpha-3, e.g. NPL), an "
                    "organisation ({known}) or MISSION for mission-wide",
                ).format(text=text, known=known)
            )
        return cls(token, clearance)

    def ceiling(self, labels: tuple[str, ...]) -> int:
        if self.clearance is None:
            return 0
        try:
            return labels.index(self.clearance)
        except ValueError:
            raise FeedError(
                translate(
                    "Feeds",
                    "clearance {clearance!r} is not one of this mission's labels ({labels})",
                ).format(clearance=self.clearance, labels=", ".join(labels))
            ) from None

    def may_receive(self, record: Record, labels: tuple[str, ...]) -> bool:
        """The sync package rule, for this audience."""
        return releasable(record, self.token, self.token) and cleared(
            record, labels, self.ceiling(labels)
        )


def check_layers(layers: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(layer.strip() for layer in layers if layer.strip()))
    for layer in chosen:
        if layer not in LAYERS:
            raise FeedError(
                translate("Feeds", "layer {layer!r}: choose from {choices}").format(
                    layer=layer, choices=", ".join(LAYERS)
                )
            )
    return chosen


def outgoing_records(
    store: MissionStore, audience: Audience, layers: Iterable[str] = DEFAULT_LAYERS
) -> tuple[list[Record], dict[str, tuple[float, float]], int]:
    """(records to send, unit id → (lon, lat) of each unit sent, records withheld)."""
    labels = store.classifications
    chosen = check_layers(layers)
    out: list[Record] = []
    positions: dict[str, tuple[float, float]] = {}
    withheld = 0
    if "units" in chosen:
        current: dict[str, PositionReport] = store.current_positions()
        for unit in store.units():
            report = current.get(unit.id)
            if report is None or report.method == "imported":
                continue
            if audience.may_receive(unit, labels) and audience.may_receive(report, labels):
                out.append(unit)
                positions[unit.id] = (report.lon, report.lat)
            else:
                withheld += 1
    for kind in chosen:
        if kind == "units":
            continue
        for record in store.query(kind):
            if audience.may_receive(record, labels):
                out.append(record)
            else:
                withheld += 1
    return out, positions, withheld


def encode_events(
    records: list[Record],
    positions: dict[str, tuple[float, float]],
    url: FeedUrl,
    now: datetime | None = None,
) -> list[bytes]:
    """Each record's CoT event, as XML or as a TAK protocol message (mesh framing on a
    multicast group, stream framing otherwise)."""
    now = now or datetime.now(UTC)
    job = Job(positions=positions, names={r.id: r.designation for r in records
                                          if isinstance(r, Unit)})  # fmt: skip
    payloads: list[bytes] = []
    for feature in record_features(records, job):
        event = record_event(feature, now)
        if event is None:
            continue
        xml = tostring(event, encoding="utf-8", xml_declaration=False)
        if url.format == "protobuf":
            mesh = url.scheme == "udp"
            framing = takproto.TAKProtoVer.MESH if mesh else takproto.TAKProtoVer.STREAM
            payloads.append(bytes(takproto.xml2proto(xml.decode("utf-8"), framing)))
        else:
            payloads.append(xml)
    return payloads
