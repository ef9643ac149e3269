"""The pure merge rules, without a database."""

from __future__ import annotations

import pytest

from app.sync.merge import Action, MergeRefused, RecordState, decide

V1 = "001772721000000.000000.aaaa"
V2 = "001772721000001.000000.bbbb"
V3 = "001772721000002.000000.cccc"


def state(version: str, content: str = "h", ancestors: tuple[str, ...] = ()) -> RecordState:
    return RecordState("incident", "r1", version, content, ancestors)


def test_unknown_record_is_inserted():
    assert decide(None, state(V1), set()).action == Action.NEW


def test_same_version_same_content_is_unchanged():
    decision = decide(state(V1), state(V1), {V1})
    assert decision.action == Action.UNCHANGED and not decision.conflict


def test_same_version_other_content_is_refused():
    with pytest.raises(MergeRefused, match="different"):
        decide(state(V1, "a"), state(V1, "b"), {V1})


def test_a_version_already_in_the_history_is_stale():
    decision = decide(state(V2), state(V1), {V1, V2})
    assert decision.action == Action.STALE and not decision.conflict


def test_a_descendant_of_the_local_version_applies_without_conflict():
    decision = decide(state(V1), state(V2, ancestors=(V1,)), {V1})
    assert decision.action == Action.UPDATED and not decision.conflict
    assert decision.applies


def test_concurrent_newer_remote_wins_with_a_conflict():
    decision = decide(state(V1, "local edit"), state(V2, "remote edit"), {V1})
    assert decision.action == Action.UPDATED and decision.conflict


def test_concurrent_older_remote_loses_with_a_conflict():
    decision = decide(state(V2, "local edit"), state(V1, "remote edit"), {V2})
    assert decision.action == Action.KEPT and decision.conflict and not decision.applies


def test_older_remote_that_local_descends_from_via_a_relay_is_stale():
    # C got V2 (a descendant of V1) from B; A's V1 arrives late: known through V2's ancestors.
    decision = decide(state(V2), state(V1), {V2, V1})
    assert decision.action == Action.STALE


def test_an_ancestor_claim_never_lets_an_older_version_win():
    # Convergence: the higher version stays whatever the ancestors say.
    decision = decide(state(V3), state(V2, ancestors=(V3,)), {V3})
    assert not decision.applies


def test_a_newer_tombstone_wins_like_any_version():
    decision = decide(state(V1, "live"), state(V2, "tomb", ancestors=(V1,)), {V1})
    assert decision.action == Action.UPDATED


def test_concurrent_versions_with_the_same_content_are_not_a_conflict():
    local = RecordState("incident", "a", "000000000000002.000000.nodeA", "same-hash")
    remote = RecordState("incident", "a", "000000000000003.000000.nodeB", "same-hash")
    decision = decide(local, remote, {local.version})
    assert decision.action == Action.UPDATED and not decision.conflict
    earlier = RecordState("incident", "a", "000000000000001.000000.nodeB", "same-hash")
    assert not decide(local, earlier, {local.version}).conflict
