"""Exports ATAK would open: map items written as ATAK's own CoT types, read back the same by
our reader (without the Blue Helmet detail, as ATAK sees them), TAK protocol messages that
``takproto`` decodes, and events a TAK server (taky, on loopback) relays unchanged."""

from __future__ import annotations

import re
import socket
import sys
import time
from pathlib import Path

import pytest
import takproto
from interop_helpers import every_kind
from shapely.geometry import Point

from app.domain.serialize import canonical_json
from app.interop.base import Job
from app.interop.cot import CotReader, CotWriter, event_features, events_in
from app.interop.exporter import export_file
from app.interop.importer import detect, import_file
from app.interop.tak_protobuf import TakProtobufReader, TakProtobufWriter, payloads
from app.store import open_store

_FEED_TESTS = str(Path(__file__).resolve().parents[1] / "feeds")
if _FEED_TESTS not in sys.path:
    sys.path.insert(0, _FEED_TESTS)

from feed_peers import taky_server  # noqa: E402

ATAK_TYPES = {
    "MSR Blue": "b-m-r",
    "CP 4 «Alpha»": "b-m-p-s-m",
    "Sketch": "u-d-f-m",
}


def write_events(tmp_path: Path) -> tuple[list, Path]:
    records = every_kind()
    out = tmp_path / "all.cot"
    CotWriter().write(records, out, Job(positions={records[0].id: (35.4, 33.2)}))
    return records, out


def test_map_items_are_written_as_atak_draws_them_and_read_back_without_our_detail(tmp_path):
    _records, out = write_events(tmp_path)
    text = out.read_text()
    # What ATAK reads: drop the Blue Helmet detail and read what is left.
    bare = tmp_path / "bare.cot"
    bare.write_text(re.sub(r"<__bluehelmet.*?</__bluehelmet>", "", text, flags=re.S))
    features = {f.name: f for f in CotReader().read(bare, Job())}
    for name, cot_type in ATAK_TYPES.items():
        assert features[name].properties["cot_type"] == cot_type
        assert features[name].kind_hint == "map_item"
    route = features["MSR Blue"]
    assert list(route.geometry.coords) == [(35.4, 33.2), (35.6, 33.3)]
    assert route.style["color"] == "#8c510a"
    assert features["CP 4 «Alpha»"].geometry == Point(35.52, 33.26)
    sketch = features["Sketch"]
    assert sketch.geometry.geom_type == "MultiLineString" and len(sketch.geometry.geoms) == 2


def test_tak_protocol_messages_decode_with_takproto_and_read_back_exactly(tmp_path: Path):
    records = every_kind()
    with open_store(tmp_path / "a.db") as store:
        store.save_many(records)
        export_file(store, tmp_path / "all.takproto", "takproto")
        originals = {r.id: canonical_json(r) for r in store.all_records()}
    data = (tmp_path / "all.takproto").read_bytes()
    decoded = [takproto.parse_proto(bytearray(b"\xbf" + _frame(m))) for m in payloads(data, "x")]
    by_uid = {m.cotEvent.uid: m.cotEvent for m in decoded}
    sketch = next(r for r in records if getattr(r, "name", "") == "Sketch")
    assert by_uid[sketch.id].type == "u-d-f-m"
    assert by_uid[sketch.id].detail.contact.callsign == "Sketch"
    assert "<link line=" in by_uid[sketch.id].detail.xmlDetail
    assert detect(tmp_path / "all.takproto").name == "takproto"
    with open_store(tmp_path / "b.db") as store:
        summary = import_file(store, tmp_path / "all.takproto")
        back = {r.id: canonical_json(r) for r in store.all_records()}
    assert summary.format == "takproto"
    # Every record comes back exactly, but the position report: CoT carries no track history.
    assert {k: v for k, v in originals.items() if k in back} == back
    assert [k for k in originals if k not in back] == [records[1].id]


def _frame(message: bytes) -> bytes:
    size, out = len(message), bytearray()
    while True:
        byte = size & 0x7F
        size >>= 7
        out.append(byte | (0x80 if size else 0))
        if not size:
            return bytes(out) + message


def test_a_mesh_payload_is_read_too(tmp_path: Path):
    records = every_kind()[-1:]
    stream = tmp_path / "one.takproto"
    TakProtobufWriter().write(records, stream, Job())
    (message,) = payloads(stream.read_bytes(), "x")
    mesh = tmp_path / "one.bin"
    mesh.write_bytes(b"\xbf\x01\xbf" + message)
    (feature,) = TakProtobufReader().read(mesh, Job())
    assert feature.properties["kind"] == "map_item" and feature.name == "Sketch"


# --- a TAK server on loopback --------------------------------------------------------------


def _connect(port: int, deadline: float) -> socket.socket:
    while True:
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=2)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)  # polling for the server to listen, not a fixed wait


@pytest.fixture
def tak_server(tmp_path: Path):
    """taky on 127.0.0.1, as the feed tests start it."""
    with taky_server(tmp_path) as port:
        yield port


def test_a_tak_server_relays_our_events_unchanged(tmp_path: Path, tak_server: int):
    _records, out = write_events(tmp_path)
    sent = events_in(out.read_bytes(), "sent")
    deadline = time.monotonic() + 20
    receiver = _connect(tak_server, deadline)
    sender = _connect(tak_server, deadline)
    body = re.sub(rb"<\?xml[^>]*\?>", b"", out.read_bytes())
    with receiver, sender:
        sender.sendall(body)
        received = b""
        while received.count(b"</event>") < len(sent) and time.monotonic() < deadline:
            chunk = receiver.recv(65536)
            if not chunk:
                break
            received += chunk
    relayed = events_in(received, "relayed")
    assert len(relayed) == len(sent)
    mine = [event_features(e, i, "sent")[0] for i, e in enumerate(sent, 1)]
    theirs = [event_features(e, i, "relayed")[0] for i, e in enumerate(relayed, 1)]
    assert [(f.properties, f.geometry.wkt, f.name) for f in theirs] == [
        (f.properties, f.geometry.wkt, f.name) for f in mine
    ]
