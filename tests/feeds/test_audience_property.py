"""Property: a feed out sends exactly what its audience may receive, never anything more.

Random units (each with a position reported here or received from a partner), incidents,
areas, lines and map items with random ``releasable_to`` tokens and classifications, some
deleted; a random audience (a nation, an organisation or MISSION), clearance and choice of
layers; CoT XML or TAK protocol. Every event sent must stand for a record that passes the
rules in tests/releasability.py (shared with the sync package property test), and every
record that passes must be sent.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import fromstring

import takproto
from factories import T0, area, incident, line, map_item, unit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from releasability import LEVELS, cleared_for, may_receive

from app.domain.records import PositionReport, Record
from app.feeds.sender import LAYERS, Audience, encode_events, outgoing_records
from app.feeds.urls import parse_feed_url
from app.store import open_store

NATIONS = ("NPL", "GHA", "FRA", "IND")
TOKENS = (*NATIONS, "MISSION", "UN", "EU")
MAKERS = {"incident": incident, "patrol_area": area, "ceasefire_line": line,
          "map_item": map_item}  # fmt: skip

tokens = st.lists(st.sampled_from(TOKENS), max_size=3, unique=True).map(tuple)
levels = st.sampled_from(LEVELS)
unit_spec = st.tuples(tokens, levels, tokens, levels, st.sampled_from(("gps", "imported")))
other_spec = st.tuples(st.sampled_from(tuple(MAKERS)), tokens, levels, st.booleans())


def _uids(payloads: list[bytes], protobuf: bool) -> list[str]:
    if protobuf:
        return [takproto.parse_proto(p).cotEvent.uid for p in payloads]
    return [str(fromstring(p).get("uid")) for p in payloads]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    units=st.lists(unit_spec, max_size=6),
    others=st.lists(other_spec, max_size=8),
    audience=st.sampled_from(TOKENS),
    clearance=st.sampled_from((None, *LEVELS)),
    layers=st.lists(st.sampled_from(LAYERS), min_size=1, max_size=4, unique=True),
    protobuf=st.booleans(),
)
def test_a_feed_out_sends_exactly_what_its_audience_may_receive(
    units: list[tuple[Any, ...]],
    others: list[tuple[Any, ...]],
    audience: str,
    clearance: str | None,
    layers: list[str],
    protobuf: bool,
) -> None:
    def passes(record: Record) -> bool:
        return may_receive(record.releasable_to, audience, audience) and cleared_for(
            record.classification, clearance
        )

    expected: set[str] = set()
    with open_store(":memory:") as store:
        for unit_tokens, unit_level, fix_tokens, fix_level, method in units:
            u = unit(releasable_to=unit_tokens, classification=unit_level)
            fix = PositionReport(
                unit_id=u.id, observed_at=T0, lat=1.0, lon=2.0,
                method=method, releasable_to=fix_tokens, classification=fix_level,
            )  # fmt: skip
            store.save_many([u, fix])
            if "units" in layers and method != "imported" and passes(u) and passes(fix):
                expected.add(u.id)
        for kind, record_tokens, level, deleted in others:
            record = store.save(MAKERS[kind](releasable_to=record_tokens, classification=level))
            if deleted:
                store.delete(kind, record.id)
            elif kind in layers and passes(record):
                expected.add(record.id)
        fmt = "?format=protobuf" if protobuf else ""
        url = parse_feed_url(f"udp://127.0.0.1:9{fmt}")
        records, positions, _withheld = outgoing_records(
            store, Audience(audience, clearance), layers
        )
        sent = _uids(encode_events(records, positions, url), protobuf)
    assert len(sent) == len(set(sent))
    leaked = set(sent) - expected
    assert not leaked, f"sent to {audience}/{clearance} what it may not receive: {leaked}"
    assert set(sent) == expected, f"dropped {expected - set(sent)}"
