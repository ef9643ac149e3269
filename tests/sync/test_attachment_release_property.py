"""Property: an attachment leaves only with its owners' consent (problem 2 of issue 13).

Random incidents with random labels share a few attachments; a partner whose key card (signed,
read back from its bytes) names a random nation and organisation gets a full export. Every
attachment in the package must be held by a record sent in it, and every live record holding it
here must be releasable to the partner and within its accreditation; an attachment whose every
holder passes, and which a sent record holds, must be there.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from factories import incident
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from installations import Installation

from app.sync.identity import card_document, new_key_pair, parse_card
from app.sync.package import read_package
from app.sync.service import releasable

BLOBS = [b"annex %d " % i + bytes(40) for i in range(3)]
LABELS = ("UNCLASSIFIED", "CONFIDENTIAL")
holder = st.tuples(
    st.lists(st.sampled_from(["MISSION", "NPL", "GHA", "FRA", "UN", "NATO"]), max_size=2),
    st.sampled_from(LABELS),
    st.sets(st.integers(0, len(BLOBS) - 1), max_size=3),
)


@pytest.mark.slow
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    holders=st.lists(holder, min_size=1, max_size=6),
    nation=st.sampled_from(["GHA", "FRA", "NPL"]),
    org=st.sampled_from([None, "UN", "NATO"]),
    accreditation=st.sampled_from([None, *LABELS]),
)
def test_attachments_leave_only_when_every_holder_may(
    tmp_path_factory: pytest.TempPathFactory,
    holders: list[tuple[list[str], str, set[int]]],
    nation: str,
    org: str | None,
    accreditation: str | None,
) -> None:
    root = tmp_path_factory.mktemp("attachments")
    a = Installation(root / "a", "NEPBATT 1", "NPL")
    b = Installation(root / "b", "PARTNER", nation, org)
    identity, key = new_key_pair("PARTNER", nation, org)
    b.identity, b.key = identity, key
    card = parse_card(json.dumps(card_document(identity, key)).encode())  # what a trusts
    a.trust.trust(card, accreditation)
    b.trust.trust(a.identity)
    try:
        digests = [hashlib.sha256(blob).hexdigest() for blob in BLOBS]
        for digest, blob in zip(digests, BLOBS, strict=True):
            a.store.put_attachment(digest, "annex.bin", "application/octet-stream", blob, "x")
        saved = [
            a.store.save(
                incident(
                    releasable_to=tuple(to) or ("NPL",),
                    classification=label,
                    attachments=tuple(digests[i] for i in sorted(held)),
                )
            )
            for to, label, held in holders
        ]
        path = a.send(b, full=True)
        package = read_package(path, b.trust, expected_recipient=b.identity)
        ceiling = LABELS.index(accreditation) if accreditation else 0

        def may(record) -> bool:  # type: ignore[no-untyped-def]
            return (
                releasable(record, nation, org) and LABELS.index(record.classification) <= ceiling
            )

        sent = [r for r in saved if may(r)]
        for digest in digests:
            holding = [r for r in saved if digest in r.attachments]
            should = (
                bool(holding)
                and all(may(r) for r in holding)
                and any(digest in r.attachments for r in sent)
            )
            assert (digest in package.attachments) == should, (digest[:8], holding)
    finally:
        for x in (a, b):
            x.store.close()
