"""A large package's signatures are verified by worker processes while it is decoded: the
same refusals as one by one, the first bad record in package order named."""

from __future__ import annotations

import json
from typing import Any

import pytest
from crafted import craft, line
from crafted import signature_of as sign_line
from factories import incident

from app.sync import signatures, verify_workers
from app.sync.identity import new_key_pair
from app.sync.package import PackageRefused


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Worker processes for any package, in chunks of three; counts the chunks handed out."""
    handed: list[int] = []

    class Counting(verify_workers.ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            handed.append(len(args[1]))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(signatures, "PARALLEL_FROM", 1)
    monkeypatch.setattr(verify_workers, "CHUNK", 3)
    monkeypatch.setattr(verify_workers, "ProcessPoolExecutor", Counting)
    return handed


def _lines(a, count: int) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    return [line(a.store.save(incident(title=f"Report {i}"))) for i in range(count)]


def test_a_large_package_is_verified_by_workers_and_imported(units, workers):
    a, b, _ = units
    lines = _lines(a, 10)
    summary = b.receive(craft(a, b, {"incident": lines}))
    assert summary.counts["incident"]["new"] == 10
    assert sum(workers) >= 6, "no chunk went to a worker process"


def test_the_first_altered_record_in_package_order_is_named(units, workers):
    a, b, _ = units
    lines = _lines(a, 10)
    for index in (4, 8):  # altered after signing
        signed = sign_line(a, "incident", lines[index])
        lines[index] = dict(lines[index], title="Altered", signature=signed)
    with pytest.raises(PackageRefused, match=f"incident {lines[4]['id']} .* does not verify"):
        b.receive(craft(a, b, {"incident": lines}))
    assert b.store.query("incident") == []
    assert workers


def test_an_unknown_author_after_an_altered_record_is_not_what_is_reported(units, workers):
    a, b, _ = units
    stranger, _key = new_key_pair("STRANGER", "NPL", "UN")
    lines = _lines(a, 6)
    lines[1] = dict(lines[1], title="Altered", signature=sign_line(a, "incident", lines[1]))
    lines[5]["signature"] = {"author": stranger.fingerprint, "value": "A" * 86 + "=="}
    with pytest.raises(PackageRefused, match=f"incident {lines[1]['id']} .* does not verify"):
        b.receive(craft(a, b, {"incident": lines}))


@pytest.mark.parametrize("record_id", ["plain-1", "accentué", 'quote"and\\slash', "\u202eid"])
def test_the_signed_payload_is_the_canonical_json_of_its_fields(record_id):
    body = {"author": "F" * 79, "content": "0" * 64, "id": record_id, "kind": "incident",
            "version": "001700000000000.000000.n"}  # fmt: skip
    expected = (
        b"bluehelmet-record-version-1\n"
        + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    )
    assert signatures.payload("incident", record_id, body["version"], body["author"], "0" * 64) == (
        expected
    )
