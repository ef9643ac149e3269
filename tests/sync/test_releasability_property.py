"""Property: a package holds exactly the changed records releasable to its recipient.

Random records (units, position reports, incidents, patrol areas, ceasefire lines) with random
``releasable_to`` labels, some deleted, some relayed from a third installation, exported once
or twice to a partner of random nation and organisation. Reading each package back as the
partner would (verified with a trust list that trusts the exporter), every record in it must be
releasable to the partner, and every releasable changed record must be there: nothing leaks,
nothing is dropped. The rule is restated in tests/releasability.py (shared with the feed-out
test), not imported, so the test checks service.py.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from factories import area, incident, line, position, unit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from releasability import LEVELS, cleared_for, may_receive

from app.domain.records import Record
from app.domain.serialize import record_from_dict
from app.store import open_store
from app.store.store import MissionStore
from app.sync.identity import Identity, TrustStore, new_key_pair
from app.sync.package import read_package
from app.sync.service import export_package, import_package

NATIONS = ("NPL", "GHA", "FRA", "IND")
TOKENS = (*NATIONS, "MISSION", "UN", "EU")
KINDS = ("unit", "position_report", "incident", "patrol_area", "ceasefire_line")
MAKERS = {"unit": unit, "incident": incident, "patrol_area": area, "ceasefire_line": line}


labels = st.lists(st.sampled_from(TOKENS), max_size=3, unique=True).map(tuple)
#: (kind, releasable_to, deleted, relayed from the third installation, classification)
spec = st.tuples(
    st.sampled_from(KINDS),
    labels,
    st.integers(0, 3).map(lambda n: n == 0),
    st.booleans(),
    st.sampled_from(LEVELS),
)
edit = st.tuples(st.integers(0, 1000), st.one_of(labels, st.just("delete")))
second_round = st.none() | st.fixed_dictionaries(
    {
        "edits": st.lists(edit, max_size=8),
        "new": st.lists(spec, max_size=5),
        "full": st.booleans(),
    }
)
partner_of = st.tuples(
    st.sampled_from((*NATIONS, "BRA")),
    st.sampled_from((None, "UN", "EU")),
    st.sampled_from((None, *LEVELS)),  # accreditation; None releases the lowest label only
)

_runs = itertools.count()


class Node:
    def __init__(self, folder: Path, name: str, nation: str, org: str | None) -> None:
        folder.mkdir(parents=True)
        self.folder = folder
        self.identity: Identity
        self.identity, self.key = new_key_pair(name, nation, org)
        self.trust = TrustStore(folder / "trust.json")
        self.store: MissionStore | None = None

    def open(self) -> MissionStore:
        self.store = open_store(self.folder / "mission.db")
        return self.store

    def export_to(self, other: Node, full: bool = False) -> tuple[Path, Any]:
        assert self.store is not None
        out = self.folder / f"to-{other.identity.unit}-{next(_runs)}.bhpkg"
        summary = export_package(
            self.store, self.identity, self.key, self.trust.find(other.identity.unit), out, full
        )
        return out, summary


def meet(x: Node, y: Node, accreditation: str | None = None) -> None:
    """x and y trust each other; x clears y for ``accreditation``."""
    x.trust.trust(y.identity, accreditation=accreditation)
    y.trust.trust(x.identity)


def create(a: Node, c: Node, specs: list[tuple]) -> set[tuple[str, str]]:
    """Save each spec at A (or at C, then relay C's changes to A); the keys A changed."""
    assert a.store is not None and c.store is not None
    touched: set[tuple[str, str]] = set()
    relayed: list[tuple[str, str]] = []
    for kind, tokens, deleted, from_c, level in specs:
        if kind == "position_report":  # filed at A, for one of the units A holds
            units = a.store.query("unit", include_deleted=True)
            if not units:
                continue
            record: Record = position(
                units[len(touched) % len(units)].id, releasable_to=tokens, classification=level
            )
            store, from_c = a.store, False
        else:
            record = MAKERS[kind](releasable_to=tokens, classification=level)
            store = c.store if from_c else a.store
        saved = store.save(record)
        if deleted:
            saved = store.delete(kind, saved.id)
        if from_c:
            relayed.append((kind, saved.id))
        else:
            touched.add((kind, saved.id))
    if relayed:
        path, _ = c.export_to(a)
        import_package(a.store, path, a.trust, identity=a.identity)
        held = {(r.KIND, r.id) for r in a.store.all_records()}
        touched |= {key for key in relayed if key in held}  # C withholds what A may not see
    return touched


def check_package(
    path: Path,
    summary: Any,
    a: Node,
    b: Node,
    changed: set[tuple[str, str]],
    accreditation: str | None,
) -> None:
    assert a.store is not None
    nation, org = b.identity.nation, b.identity.org
    current = {(r.KIND, r.id): r for r in a.store.all_records()}

    def passes(record: Record) -> bool:
        return may_receive(record.releasable_to, nation, org) and cleared_for(
            record.classification, accreditation
        )

    def releasable(record: Record) -> bool:
        if not passes(record):
            return False
        if record.KIND == "position_report":
            owner = current.get(("unit", record.unit_id))  # type: ignore[attr-defined]
            return owner is not None and passes(owner)
        return True

    package = read_package(path, b.trust, expected_recipient=b.identity)
    sent: dict[tuple[str, str], Record] = {}
    for kind in package.kinds():
        for data in package.records(kind):
            data.pop("ancestors")
            data.pop("signature")
            record = record_from_dict(data, kind)
            assert releasable(record), (
                f"{kind} {record.id} releasable to {record.releasable_to} was sent to "
                f"{nation}/{org}"
            )
            sent[(kind, record.id)] = record
    expected = {key for key in changed if releasable(current[key])}
    assert set(sent) == expected, (
        f"dropped {sorted(expected - set(sent))}, unexpected {sorted(set(sent) - expected)}"
    )
    for key, record in sent.items():  # the current version, tombstones included
        assert (record.version, record.deleted) == (current[key].version, current[key].deleted)
    assert summary.withheld == len(changed) - len(expected)
    assert sum(summary.counts.values()) == len(expected)


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    specs=st.lists(spec, max_size=14),
    partner=partner_of,
    first_full=st.booleans(),
    then=second_round,
)
def test_packages_hold_exactly_the_releasable_changes(
    tmp_path_factory: pytest.TempPathFactory,
    specs: list[tuple],
    partner: tuple[str, str | None, str | None],
    first_full: bool,
    then: dict[str, Any] | None,
) -> None:
    root = tmp_path_factory.mktemp("releasability")
    a = Node(root / "a", "NEPBATT 1", "NPL", "UN")
    b = Node(root / "b", "PARTNER", partner[0], partner[1])
    c = Node(root / "c", "JOC", "FRA", "UN")
    meet(a, b, partner[2])
    meet(a, c)
    a.open()
    c.open()
    assert a.store is not None
    try:
        changed = create(a, c, specs)
        path, summary = a.export_to(b, full=first_full)
        check_package(path, summary, a, b, changed, partner[2])
        if then is None:
            return
        live = [r for r in a.store.all_records() if not r.deleted]
        changed = set()
        for index, change in then["edits"]:
            if not live:
                break
            record = live[index % len(live)]
            if change == "delete":
                a.store.delete(record.KIND, record.id)
                live.remove(record)
            else:
                saved = a.store.save(replace(record, releasable_to=change))
                live[live.index(record)] = saved
            changed.add((record.KIND, record.id))
        changed |= create(a, c, then["new"])
        if then["full"]:
            changed = {(r.KIND, r.id) for r in a.store.all_records()}
        path, summary = a.export_to(b, full=then["full"])
        check_package(path, summary, a, b, changed, partner[2])
    finally:
        for node in (a, c):
            if node.store is not None:
                node.store.close()
