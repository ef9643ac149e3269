"""TAK protocol version 1 (protobuf) payloads: what ATAK and TAK servers send on the wire.

A payload is a ``TakMessage`` (``takproto``) framed one of two ways: *mesh* (``0xbf 0x01 0xbf``
then the message; one per UDP datagram) or *stream* (``0xbf``, the message length as a varint,
then the message; concatenated on a TCP stream). A file of such payloads — a capture, a
recording — is read message by message: each becomes the CoT ``<event>`` it stands for (typed
fields plus the ``xmlDetail`` the protocol keeps as text) and then goes through the CoT reader,
so a protobuf item comes in exactly like its XML twin. The writer writes stream-framed
messages of the events the CoT writer makes.

Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, tostring

import takproto
from google.protobuf.message import DecodeError
from takproto.proto import TakMessage

from app.domain.coords import format_utc
from app.domain.records import Record
from app.files import atomic_file
from app.i18n import format_number, translate
from app.interop.base import Feature, InteropError, Job, register_reader, register_writer
from app.interop.cot import event_features, record_event
from app.interop.kml import record_features
from app.interop.safety import MAX_FEATURES, parse_xml, read_capped

MESH = b"\xbf\x01\xbf"
STREAM = b"\xbf"


def _varint(data: bytes, at: int, where: str) -> tuple[int, int]:
    value = shift = 0
    while True:
        if at >= len(data) or shift > 63:
            raise InteropError(
                translate("Import", "{where}: a message length is cut short").format(where=where)
            )
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at


def payloads(data: bytes, where: str) -> list[bytes]:
    """The serialized messages of a file of mesh or stream payloads."""
    if data.startswith(MESH):
        return [data[len(MESH) :]]
    out: list[bytes] = []
    at = 0
    while at < len(data):
        if data[at : at + 1] != STREAM:
            raise InteropError(
                translate(
                    "Import",
                    "{where}: message {number} does not start with the TAK protocol's 0xbf",
                ).format(where=where, number=len(out) + 1)
            )
        size, at = _varint(data, at + 1, where)
        if at + size > len(data):
            raise InteropError(
                translate("Import", "{where}: message {number} is cut short").format(
                    where=where, number=len(out) + 1
                )
            )
        out.append(data[at : at + size])
        at += size
        if len(out) > MAX_FEATURES:
            raise InteropError(
                translate("Import", "{where}: more than {limit} messages; split the file").format(
                    where=where, limit=format_number(MAX_FEATURES)
                )
            )
    return out


def _time(milliseconds: int) -> str:
    return format_utc(datetime.fromtimestamp(milliseconds / 1000, UTC))


def message_event(message: TakMessage, where: str) -> Element:
    """The CoT ``<event>`` a TAK protocol message stands for."""
    cot = message.cotEvent
    event = Element("event", {"version": "2.0", "uid": cot.uid, "type": cot.type})
    if cot.how:
        event.set("how", cot.how)
    for name, value in (("time", cot.sendTime), ("start", cot.startTime), ("stale", cot.staleTime)):
        if value:
            event.set(name, _time(value))
    SubElement(
        event, "point", {k: repr(getattr(cot, k)) for k in ("lat", "lon", "hae", "ce", "le")}
    )
    detail = SubElement(event, "detail")
    if cot.detail.xmlDetail:
        # The protocol keeps what has no typed field as XML text: read it as safely as a file.
        wrapped = parse_xml(f"<detail>{cot.detail.xmlDetail}</detail>".encode(), where)
        detail.extend(list(wrapped))
    typed = cot.detail
    if typed.HasField("contact"):
        SubElement(detail, "contact", {"callsign": typed.contact.callsign})
    if typed.HasField("group"):
        SubElement(detail, "__group", {"name": typed.group.name, "role": typed.group.role})
    if typed.HasField("track"):
        SubElement(
            detail, "track", {"course": repr(typed.track.course), "speed": repr(typed.track.speed)}
        )
    return event


class TakProtobufReader:
    name = "takproto"
    label = "TAK protocol messages (protobuf)"
    suffixes: tuple[str, ...] = (".takproto", ".pb")

    def sniff(self, path: Path, head: bytes) -> bool:
        if head.startswith(MESH):
            return True
        # Stream framing: 0xbf, a length (a varint of one or two bytes), then a TakMessage,
        # whose first field is takControl (tag 0x0a) or cotEvent (tag 0x12).
        tags = (b"\x0a", b"\x12")
        return head[:1] == STREAM and (head[2:3] in tags or head[3:4] in tags)

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        messages = payloads(read_capped(path), path.name)
        count = 0
        for number, raw in enumerate(messages, start=1):
            where = f"{path.name}: " + translate("Import", "message {number}").format(number=number)
            message = TakMessage()
            try:
                message.ParseFromString(raw)
            except DecodeError:
                raise InteropError(
                    translate("Import", "{where}: not a TAK protocol message").format(where=where)
                ) from None
            if not message.HasField("cotEvent"):
                continue  # a control message (protocol negotiation): no map item
            count += 1
            yield from event_features(message_event(message, where), count, path.name, number)
            if number % 500 == 0:
                job.report(number, len(messages))
        job.report(len(messages), len(messages))


class TakProtobufWriter:
    name = "takproto"
    label = "TAK protocol messages (protobuf, stream framing)"
    suffixes: tuple[str, ...] = (".takproto", ".pb")

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        now = datetime.now(UTC)
        count = 0
        with atomic_file(out, 0o644) as handle:
            for feature in record_features(records, job):
                event = record_event(feature, now)
                if event is None:
                    continue
                xml = tostring(event, encoding="unicode")
                handle.write(bytes(takproto.xml2proto(xml, takproto.TAKProtoVer.STREAM)))
                count += 1
                if count % 500 == 0:
                    job.report(count)
        job.report(count, count)
        return count


register_reader(TakProtobufReader())
register_writer(TakProtobufWriter())
