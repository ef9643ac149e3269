"""Cutting what arrives on a feed into single events, with caps on every size.

CoT XML on a stream is a run of ``<event>…</event>`` documents (with or without XML
declarations between them); an event may hold nested events (ATAK telestrations), so an
event ends where the nesting depth returns to zero, not at the first ``</event>``. TAK
protocol messages come framed as *mesh* (``0xbf 0x01 0xbf`` + message, one per datagram) or
*stream* (``0xbf`` + the message length as a varint + message). A TCP stream may switch from
XML to protobuf between events (TAK protocol negotiation), so the splitter decides per event.

Nothing here parses XML: it only finds boundaries. An event larger than ``MAX_EVENT_BYTES``
is skipped to its end without being kept in memory; bytes that are no event at all are
counted and dropped. Plain Python: no Qt, no sockets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

#: Largest single event kept (XML or protobuf); a real CoT event is a few kilobytes.
MAX_EVENT_BYTES = 1024 * 1024
#: Deepest nesting of ``<event>`` inside ``<event>`` accepted (telestrations nest once).
MAX_NESTING = 8
MESH = b"\xbf\x01\xbf"
MAGIC = 0xBF

#: Error names, as counted and shown to the user.
OVERSIZED = "event larger than the size cap"
NOT_COT = "data that is no CoT event"
TOO_DEEP = "events nested too deep"
CUT_SHORT = "event cut short"

_TAG = re.compile(rb"<(/?)event(?=[\s/>])")
_NOISE = re.compile(rb"<\?xml[^>]*\?>|</?events\b[^>]*>|\s+")


@dataclass(frozen=True)
class Frame:
    """One event as it came: CoT XML bytes, or a serialized TAK protocol message."""

    kind: Literal["xml", "proto"]
    data: bytes


@dataclass
class Framed:
    """What some bytes held: whole events, and problems counted by name."""

    frames: list[Frame] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    def extend(self, other: Framed) -> None:
        self.frames.extend(other.frames)
        self.errors.update(other.errors)


def _is_noise(data: bytes) -> bool:
    return not _NOISE.sub(b"", data)


def _read_varint(data: bytes | bytearray, at: int) -> tuple[int, int] | None:
    """(value, position after it), or None when the bytes end inside it."""
    value = shift = 0
    while at < len(data):
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at
        if shift > 63:
            return -1, at
    return None


class StreamSplitter:
    """Events from a TCP or TLS byte stream, fed in chunks as they arrive."""

    def __init__(self, max_event: int = MAX_EVENT_BYTES) -> None:
        self.max_event = max_event
        self._buf = bytearray()
        self._pos = 0  # scanning position in _buf
        self._depth = 0  # <event> nesting of the XML event being read
        self._start = 0  # where the XML event being read starts
        self._skipping_xml = False  # inside an oversized XML event, keeping nothing
        self._skip_bytes = 0  # rest of an oversized protobuf message to pass over
        self._junk = False  # inside a run of bytes that are no event
        self._skip_reason = OVERSIZED

    def feed(self, data: bytes) -> Framed:
        out = Framed()
        self._buf += data
        while self._step(out):
            pass
        self._compact()
        return out

    def finish(self) -> Framed:
        """At the end of the stream: whatever was left half-read is an error."""
        out = Framed()
        rest = bytes(self._buf[self._pos :])
        if self._depth or self._skip_bytes or (rest and not _is_noise(rest)):
            out.errors[CUT_SHORT] += 1
        self._buf.clear()
        self._pos = self._depth = self._skip_bytes = 0
        self._skipping_xml = False
        return out

    # --- one step: returns False when more bytes are needed ---------------------------------

    def _step(self, out: Framed) -> bool:
        if self._skip_bytes:
            take = min(self._skip_bytes, len(self._buf) - self._pos)
            self._pos += take
            self._skip_bytes -= take
            return take > 0 and self._pos < len(self._buf)
        if self._depth:
            return self._xml_step(out)
        # Between events: skip noise, then see what comes.
        while self._pos < len(self._buf) and self._buf[self._pos] in b" \t\r\n":
            self._pos += 1
        if self._pos >= len(self._buf):
            return False
        head = self._buf[self._pos]
        if head == MAGIC:
            return self._proto_step(out)
        if head == ord("<"):
            return self._xml_step(out)
        # Bytes that are neither: drop up to the next thing that could start an event.
        nxt = self._next_start(self._pos + 1)
        if not self._junk:
            out.errors[NOT_COT] += 1
            self._junk = True
        if nxt is None:
            self._pos = len(self._buf)
            return False
        self._pos = nxt
        return True

    def _next_start(self, at: int) -> int | None:
        lt = self._buf.find(b"<", at)
        magic = self._buf.find(bytes([MAGIC]), at)
        found = [i for i in (lt, magic) if i >= 0]
        return min(found) if found else None

    def _proto_step(self, out: Framed) -> bool:
        at = self._pos
        if self._buf[at : at + 3] == MESH:
            # Mesh framing belongs in datagrams; on a stream it has no length: not readable.
            out.errors[NOT_COT] += 1
            self._pos += 3
            return True
        length = _read_varint(self._buf, at + 1)
        if length is None:
            return False
        size, body = length
        self._junk = False
        if size < 0 or size > self.max_event:
            out.errors[OVERSIZED if size > 0 else NOT_COT] += 1
            self._pos = body
            self._skip_bytes = max(size, 0)
            return True
        if body + size > len(self._buf):
            return False
        out.frames.append(Frame("proto", bytes(self._buf[body : body + size])))
        self._pos = body + size
        return True

    def _xml_step(self, out: Framed) -> bool:
        match = _TAG.search(self._buf, self._pos)
        if match is None:
            if not self._depth:
                rest = bytes(self._buf[self._pos :])
                # Keep a tail that may be the start of "<event"; the rest is noise or junk.
                last = self._buf.rfind(b"<", self._pos)
                keep = last if last >= 0 else len(self._buf)
                if not _is_noise(bytes(self._buf[self._pos : keep])) and not self._junk:
                    out.errors[NOT_COT] += 1
                    self._junk = True
                self._pos = keep if len(rest) < 4096 else len(self._buf)
            else:
                # Nothing more to find here: scan on from the end next time, keeping room
                # for a tag cut in two ("</event" is 7 bytes).
                self._pos = max(self._pos, len(self._buf) - 7)
                self._check_size(out)
            return False
        if not self._depth:
            gap = bytes(self._buf[self._pos : match.start()])
            if gap and not _is_noise(gap) and not self._junk:
                out.errors[NOT_COT] += 1
        end = self._buf.find(b">", match.end())
        if end < 0:
            self._pos = match.start() if not self._depth else self._pos
            if self._depth:
                self._check_size(out)
            return False
        closing = bool(match.group(1))
        self_closing = not closing and self._buf[end - 1] == ord("/")
        if not self._depth:
            self._junk = False
            if closing:
                out.errors[NOT_COT] += 1  # a stray </event>
                self._pos = end + 1
                return True
            self._start = match.start()
            self._skipping_xml = False
        if closing:
            self._depth -= 1
        elif not self_closing:
            self._depth += 1
        self._pos = end + 1
        if self._depth > MAX_NESTING and not self._skipping_xml:
            # Skipped to its end like an oversized event, keeping nothing.
            self._skipping_xml = True
            self._skip_reason = TOO_DEEP
        if self._depth == 0:
            self._check_size(out)
            if self._skipping_xml:
                out.errors[self._skip_reason] += 1
                self._skipping_xml = False
            else:
                out.frames.append(Frame("xml", bytes(self._buf[self._start : self._pos])))
            return True
        self._check_size(out)
        return True

    def _check_size(self, out: Framed) -> None:
        end = len(self._buf) if self._depth else self._pos
        if not self._skipping_xml and end - self._start > self.max_event:
            self._skipping_xml = True
            self._skip_reason = OVERSIZED

    def _compact(self) -> None:
        """Forget what is read: keep only the event under way (unless it is being skipped)."""
        keep_from = self._pos
        if self._depth and not self._skipping_xml:
            keep_from = min(self._start, self._pos)
        if keep_from:
            del self._buf[:keep_from]
            self._pos -= keep_from
            self._start = max(self._start - keep_from, 0)


def datagram_frames(data: bytes, max_event: int = MAX_EVENT_BYTES) -> Framed:
    """The events of one UDP datagram: a mesh-framed message, stream-framed messages, or
    CoT XML (one event or several)."""
    if len(data) > max_event:
        out = Framed()
        out.errors[OVERSIZED] += 1
        return out
    if data.startswith(MESH):
        return Framed([Frame("proto", data[len(MESH) :])])
    splitter = StreamSplitter(max_event)
    out = splitter.feed(data)
    out.extend(splitter.finish())
    return out
