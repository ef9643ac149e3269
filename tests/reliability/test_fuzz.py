"""Fuzzing every importer and the package reader with mutated real files (hypothesis).

Each input starts from a valid partner file of one format and is damaged the way media and
people damage files: bytes flipped, cut short, spliced, repeated, random bytes inserted. The
import runs as a dry run (the very same path as a real import, rolled back): whatever the
input, it either reads or is refused with an ``AppError`` — never another exception, never a
hang — and the database is unchanged. ``FUZZ_EXAMPLES`` sets how many inputs each format gets
(the figures in docs/reliability.md come from a run with FUZZ_EXAMPLES=2000).
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import AppError
from app.interop.importer import import_file
from app.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "interop" / "fixtures"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
COUNTS: dict[str, int] = {}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _seeds() -> dict[str, tuple[str, bytes]]:
    kml = (FIXTURES / "partner_overlay.kml").read_bytes()
    cot = (FIXTURES / "atak_unit.cot").read_bytes()
    manifest = (
        b'<MissionPackageManifest version="2"><Configuration>'
        b'<Parameter name="uid" value="p1"/><Parameter name="name" value="Fuzz"/>'
        b'</Configuration><Contents><Content ignore="false" zipEntry="u1/u1.cot"/>'
        b"</Contents></MissionPackageManifest>"
    )
    return {
        "geojson": (".geojson", (FIXTURES / "qgis_areas.geojson").read_bytes()),
        "ndjson": (".geojson", (FIXTURES / "incidents.ndjson").read_bytes()),
        "csv": (".csv", (FIXTURES / "acled_sample.csv").read_bytes()),
        "csv-mgrs": (".csv", (FIXTURES / "observers_mgrs.csv").read_bytes()),
        "kml": (".kml", kml),
        "kmz": (".kmz", _zip({"doc.kml": kml})),
        "cot": (".cot", cot),
        "cot-shapes": (".xml", (FIXTURES / "atak_drawings.xml").read_bytes()),
        "tak": (".zip", _zip({"MANIFEST/manifest.xml": manifest, "u1/u1.cot": cot})),
        "nvg": (".nvg", (FIXTURES / "partner_overlay.nvg").read_bytes()),
    }


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "splice", "repeat", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del data[at:]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif action == "splice" and data:
            end = draw(st.integers(at, len(data)))
            other = draw(st.integers(0, max(0, len(data) - 1)))
            data[other:other] = data[at:end]
        elif action == "repeat" and data:
            end = min(len(data), at + draw(st.integers(1, 64)))
            data[at:at] = data[at:end] * draw(st.integers(2, 50))
        elif action == "delete" and data:
            del data[at : at + draw(st.integers(1, 32))]
    return bytes(data)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    with open_store(tmp_path_factory.mktemp("fuzz") / "mission.db") as mission:
        yield mission


def test_every_seed_is_a_file_its_importer_reads(store, tmp_path):
    """The fuzzing starts from files that work (else it would only test the refusal path)."""
    for name, (suffix, data) in SEEDS.items():
        path = tmp_path / f"seed-{name}{suffix}"
        path.write_bytes(data)
        try:
            summary = import_file(store, path, dry_run=True)
        except AppError as exc:  # some partner files need --as or --map: still read and mapped
            assert "feature" in exc.message or "--as" in exc.message, (name, exc.message)
        else:
            assert summary.total > 0, name


def assert_one_statement(message: str) -> None:
    """A refusal is one line saying what is wrong; a refusal of several features may list
    them below it, each on its own indented line (a partner's value never breaks a line)."""
    first, *listed = message.strip("\n").split("\n")
    assert first.strip() and not first[0].isspace(), message
    assert all(line.startswith("  ") for line in listed), message


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_mutated_files_are_read_or_refused_never_crash(store, tmp_path, name):
    suffix, seed = SEEDS[name]
    digest = store.digest()
    path = tmp_path / f"fuzz{suffix}"

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )
    @given(data=mutated(seed))
    def run(data: bytes) -> None:
        path.write_bytes(data)
        COUNTS[name] = COUNTS.get(name, 0) + 1
        try:
            import_file(store, path, dry_run=True)
        except AppError as exc:
            assert_one_statement(exc.message)

    run()
    assert store.digest() == digest
    assert COUNTS[name] >= min(EXAMPLES, 50)


def test_mutated_sync_packages_are_refused_cleanly(tmp_path):
    """The package reader under the same treatment: a damaged package is refused with a
    one-line reason, or — if the damage left every signed byte intact — reads exactly the same
    records (the signature and member hashes catch what the parser does not)."""
    from factories import incident

    from app.sync.identity import TrustStore, new_key_pair
    from app.sync.package import read_package
    from app.sync.service import export_package

    me, key = new_key_pair("SENDER", "NPL", "UN")
    them, _ = new_key_pair("RECEIVER", "GHA", "UN")
    trust = TrustStore(tmp_path / "trust.json")
    trust.trust(me)
    sender_trust = TrustStore(tmp_path / "sender-trust.json")
    partner = sender_trust.trust(them)
    with open_store(tmp_path / "sender.db") as sender:
        sender.save_many([incident(title=f"Report {i}") for i in range(20)])
        package = tmp_path / "good.bhpkg"
        export_package(sender, me, key, partner, package, full=True)
    seed = package.read_bytes()
    original = read_package(package, trust, expected_recipient=them).values  # the seed is fine
    path = tmp_path / "fuzz.bhpkg"
    seen = {"refused": 0, "read": 0}

    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(data=mutated(seed))
    def run(data: bytes) -> None:
        path.write_bytes(data)
        try:
            read_package(path, trust, expected_recipient=them)
        except AppError as exc:
            assert "\n" not in exc.message.strip()
            seen["refused"] += 1
        else:  # a change that still verifies can never change what is read
            assert read_package(path, trust, expected_recipient=them).values == original
            seen["read"] += 1

    run()
    assert seen["refused"] > 0
