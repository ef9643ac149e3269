"""Package files: a round trip, and a refusal for each way a file can be wrong or hostile.

Tampered packages are rebuilt with Python's own ``zipfile`` in the documented ZIP profile and
re-signed where the test needs a valid signature, as a partner's independent writer would.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import re
import stat
import tempfile
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from factories import area, incident, line, map_item, patrol, position, unit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.records import RECORD_KINDS
from app.domain.serialize import content_hash, record_from_dict, record_to_dict
from app.sync.identity import Identity, TrustStore, fingerprint_of, new_key_pair, raw_public_key
from app.sync.package import (
    MANIFEST,
    SIGNATURE,
    PackageError,
    PackageRefused,
    canonical_bytes,
    read_package,
    write_package,
)

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()


class Parties:
    """A sender (NEPBATT, in memory) and a receiver (this installation) that trusts it."""

    def __init__(self, folder: Path) -> None:
        self.sender, self.key = new_key_pair("NEPBATT 1", "NPL", "UN")
        self.receiver, _ = new_key_pair("JOC Naqoura", "FRA", "UN")
        self.trust = TrustStore(folder / "trust.json")
        self.trust.trust(self.sender)


@pytest.fixture
def parties(tmp_path_factory: pytest.TempPathFactory) -> Parties:
    return Parties(tmp_path_factory.mktemp("receiver"))


def sample_records() -> list[Any]:
    u = unit()
    a = area(responsible_unit_id=u.id)
    ln = line()
    return [
        u,
        position(u.id),
        position(u.id, minutes=5, accuracy_m=10),
        a,
        ln,
        patrol(u.id, area_id=a.id),
        incident(area_id=a.id, line_id=ln.id, actors=("Northern Forces",)),
        incident(deleted=True, classification="UN RESTRICTED", releasable_to=("UN", "NPL")),
        map_item(status="closed", releasable_to=("MISSION", "GHA")),
    ]


def write(path: Path, parties: Parties, records: Any = None, **kw: Any) -> Path:
    args: dict[str, Any] = dict(
        records=sample_records() if records is None else records,
        attachments={PHOTO_SHA: PHOTO},
        identity=parties.sender,
        signing_key=parties.key,
        recipient=parties.receiver,
        sequence=3,
        schema_version=1,
        full=False,
        since_seq=2,
        highest_classification="UN RESTRICTED",
    )
    args.update(kw)
    write_package(path, **args)
    return path


def members_of(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def profile_zip(path: Path, entries: list[tuple[str, bytes]], **attrs: Any) -> Path:
    """A ZIP in the package profile, written with the standard library."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate-name test
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=(2026, 3, 5, 14, 30, 0))
                info.create_system, info.create_version, info.extract_version = 3, 20, 20
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                for key, value in attrs.get(name, {}).items():
                    setattr(info, key, value)
                zf.writestr(info, data)
    return path


def repack(
    path: Path,
    contents: dict[str, bytes],
    key: Ed25519PrivateKey,
    *,
    relist: bool = True,
    extra: tuple[tuple[str, bytes], ...] = (),
    **manifest_changes: Any,
) -> Path:
    """Rebuild a package from members, with manifest fields changed and a fresh signature."""
    doc = json.loads(contents[MANIFEST])
    body = {n: d for n, d in contents.items() if n not in (MANIFEST, SIGNATURE)}
    if relist:
        doc["members"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in body.items()
        }
    doc.update(manifest_changes)
    manifest = canonical_bytes(doc)
    entries = [(MANIFEST, manifest), (SIGNATURE, key.sign(manifest)), *body.items(), *extra]
    return profile_zip(path, entries)


def refused(path: Path, trust: TrustStore, match: str, **kw: Any) -> PackageRefused:
    with pytest.raises(PackageRefused, match=match) as info:
        read_package(path, trust, **kw)
    message = str(info.value)
    assert message.startswith(f"package {path.name} refused: ")
    assert "\n" not in message
    return info.value


# --- the round trip ----------------------------------------------------------------------------


def test_round_trip_of_every_record_kind_a_tombstone_and_an_attachment(
    tmp_path: Path, parties: Parties
):
    records = sample_records()
    assert {r.KIND for r in records} == set(RECORD_KINDS)
    path = write(tmp_path / "nepbatt-to-joc-3.bhpkg", parties, records)

    package = read_package(path, parties.trust, expected_recipient=parties.receiver)
    manifest = package.manifest
    assert manifest.origin.fingerprint == parties.sender.fingerprint
    assert (manifest.origin.unit, manifest.origin.nation) == ("NEPBATT 1", "NPL")
    assert manifest.recipient.fingerprint == parties.receiver.fingerprint
    assert (manifest.sequence, manifest.since_seq, manifest.full) == (3, 2, False)
    assert manifest.highest_classification == "UN RESTRICTED"
    assert dict(manifest.counts) == {
        "unit": 1,
        "position_report": 2,
        "patrol_area": 1,
        "patrol": 1,
        "ceasefire_line": 1,
        "incident": 2,
        "map_item": 1,
    }
    assert package.signer.unit == "NEPBATT 1"
    assert package.kinds() == list(RECORD_KINDS)
    for kind in RECORD_KINDS:
        expected = [record_to_dict(r) for r in records if kind == r.KIND]
        assert list(package.records(kind)) == json.loads(json.dumps(expected))
    decoded = package.decoded()
    assert sorted(content_hash(r) for r in decoded) == sorted(content_hash(r) for r in records)
    assert any(r.deleted for r in decoded)
    assert package.attachment(PHOTO_SHA) == PHOTO


def test_a_package_is_an_ordinary_zip_and_a_stdlib_written_one_is_accepted(
    tmp_path: Path, parties: Parties
):
    path = write(tmp_path / "p.bhpkg", parties)
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        assert zf.namelist()[:2] == [MANIFEST, SIGNATURE]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["p.bhpkg"]  # no temporary left behind
    again = profile_zip(tmp_path / "again.bhpkg", list(members_of(path).items()))
    assert read_package(again, parties.trust).manifest.sequence == 3


def test_identical_duplicates_are_written_once_and_clashing_ones_refused(
    tmp_path: Path, parties: Parties
):
    one = incident()
    path = write(tmp_path / "p.bhpkg", parties, [one, one])
    assert dict(read_package(path, parties.trust).manifest.counts) == {"incident": 1}
    with pytest.raises(PackageError, match="twice with different content"):
        write(tmp_path / "q.bhpkg", parties, [one, one.evolve(title="Other")])


def test_the_writer_refuses_a_key_that_is_not_the_origins(tmp_path: Path, parties: Parties):
    _, other_key = new_key_pair("X", "ITA")
    with pytest.raises(PackageError, match="signing key does not belong"):
        write(tmp_path / "p.bhpkg", parties, signing_key=other_key)
    with pytest.raises(PackageError, match="since_seq"):
        write(tmp_path / "p.bhpkg", parties, full=True, since_seq=2)
    assert list(tmp_path.iterdir()) == []


# --- refusals: the container -------------------------------------------------------------------


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_a_truncated_file_is_refused(tmp_path: Path, parties: Parties, keep: float):
    data = write(tmp_path / "p.bhpkg", parties).read_bytes()
    cut = tmp_path / "cut.bhpkg"
    cut.write_bytes(data[: int(len(data) * keep)])
    refused(cut, parties.trust, "not a complete ZIP file")


def test_not_a_zip_and_a_missing_file_are_refused(tmp_path: Path, parties: Parties):
    text = tmp_path / "notes.bhpkg"
    text.write_text("hello")
    refused(text, parties.trust, "not a complete ZIP file")
    refused(tmp_path / "missing.bhpkg", parties.trust, "does not exist")


def _member_offset(path: Path, name: str) -> int:
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    return info.header_offset + 30 + len(name.encode())


def test_one_byte_flipped_in_a_member_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    data = bytearray(path.read_bytes())
    data[_member_offset(path, f"attachments/{PHOTO_SHA}") + 100] ^= 0x01
    path.write_bytes(data)
    refused(path, parties.trust, "CRC mismatch")


def test_one_byte_flipped_in_the_manifest_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    data = bytearray(path.read_bytes())
    data[_member_offset(path, MANIFEST) + 10] ^= 0x20
    path.write_bytes(data)
    refused(path, parties.trust, "manifest.json")


def test_an_altered_manifest_with_a_consistent_zip_fails_the_signature(
    tmp_path: Path, parties: Parties
):
    path = write(tmp_path / "p.bhpkg", parties)
    members = members_of(path)
    members[MANIFEST] = members[MANIFEST].replace(b'"sequence":3', b'"sequence":4')
    profile_zip(path, list(members.items()))  # keeps the old signature
    refused(path, parties.trust, "signature by NEPBATT 1 .* does not match manifest.json")


def test_an_extra_member_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    members = members_of(path)
    profile_zip(path, [*members.items(), ("notes.txt", b"hi")])
    refused(path, parties.trust, "'notes.txt' is not allowed")
    sneaked = hashlib.sha256(b"sneaked").hexdigest()
    profile_zip(path, [*members.items(), (f"attachments/{sneaked}", b"sneaked")])
    refused(path, parties.trust, "is not listed in the signed manifest")


@pytest.mark.parametrize(
    "name", ["../evil", "records/../../evil", "/etc/passwd", "records\\unit.ndjson", "C:/x"]
)
def test_unsafe_member_names_are_refused(tmp_path: Path, parties: Parties, name: str):
    path = write(tmp_path / "p.bhpkg", parties)
    profile_zip(path, [*members_of(path).items(), (name, b"evil")])
    refused(path, parties.trust, "unsafe")


def test_directories_symlinks_and_duplicate_names_are_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    members = members_of(path)
    link = f"attachments/{hashlib.sha256(b'/etc/passwd').hexdigest()}"
    profile_zip(
        path,
        [*members.items(), (link, b"/etc/passwd")],
        **{link: {"external_attr": (stat.S_IFLNK | 0o777) << 16}},
    )
    refused(path, parties.trust, "is a symbolic link")
    profile_zip(path, [*members.items(), ("records/", b"")])
    refused(path, parties.trust, "is a directory")
    profile_zip(path, [*members.items(), (MANIFEST, members[MANIFEST])])
    refused(path, parties.trust, "'manifest.json' appears twice")


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path, parties: Parties):
    zeros = bytes(50 * 1024 * 1024)
    path = write(tmp_path / "p.bhpkg", parties)
    bomb = (f"attachments/{hashlib.sha256(zeros).hexdigest()}", zeros)
    profile_zip(path, [*members_of(path).items(), bomb])
    assert path.stat().st_size < 200_000
    refused(path, parties.trust, "would expand 10[0-9]{2} times .*ZIP bomb")


def test_members_and_files_above_the_limits_are_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    limit = len(PHOTO) - 1
    refused(
        path,
        parties.trust,
        f"attachments/{PHOTO_SHA}' is {len(PHOTO)} bytes; the limit is {limit}",
        max_member_bytes=limit,
    )
    refused(path, parties.trust, "the limit is 1000", max_bytes=1000)
    refused(path, parties.trust, "has 10 members; the limit is 4", max_members=4)
    refused(path, parties.trust, "add up to more than 2000 bytes", max_total_bytes=2000)


def _patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Change a member's declared size in both its local header and the ZIP directory."""
    buf = bytearray(data)
    raw = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        local = zf.getinfo(name).header_offset
    buf[local + 22 : local + 26] = size.to_bytes(4, "little")
    pos = int.from_bytes(buf[-6:-2], "little")
    while buf[pos : pos + 4] == b"PK\x01\x02":
        name_len = int.from_bytes(buf[pos + 28 : pos + 30], "little")
        if bytes(buf[pos + 46 : pos + 46 + name_len]) == raw:
            buf[pos + 24 : pos + 28] = size.to_bytes(4, "little")
        pos += 46 + name_len
    return bytes(buf)


def test_a_header_that_understates_a_size_does_not_make_the_reader_inflate_more(
    tmp_path: Path, parties: Parties
):
    path = write(tmp_path / "p.bhpkg", parties)
    members = members_of(path)
    listed = json.loads(members[MANIFEST])["members"]
    listed["records/incident.ndjson"]["size"] = 100  # the signed manifest agrees with the lie
    repack(path, members, parties.key, relist=False, members=listed)
    path.write_bytes(_patch_declared_size(path.read_bytes(), "records/incident.ndjson", 100))
    refused(path, parties.trust, "expands beyond its declared size of 100 bytes")


# --- refusals: signer and manifest -------------------------------------------------------------


def test_a_package_signed_by_an_untrusted_key_names_its_fingerprint(
    tmp_path: Path, parties: Parties
):
    stranger, key = new_key_pair("GHANBATT", "GHA")
    path = write(tmp_path / "p.bhpkg", parties, identity=stranger, signing_key=key)
    error = refused(path, parties.trust, "is not trusted")
    assert stranger.fingerprint in str(error) and "GHANBATT" in str(error)


def test_a_package_signed_by_a_revoked_key_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    parties.trust.revoke("NEPBATT 1")
    error = refused(path, parties.trust, "which was revoked on")
    assert parties.sender.fingerprint in str(error)


def test_a_trusted_key_cannot_sign_in_another_units_name(tmp_path: Path, parties: Parties):
    impostor = Identity(unit="GHANBATT", nation="GHA", public_key=parties.sender.public_key)
    path = write(tmp_path / "p.bhpkg", parties, identity=impostor)
    refused(path, parties.trust, "names GHANBATT .* belongs to NEPBATT 1")


def test_a_package_for_someone_else_is_refused(tmp_path: Path, parties: Parties):
    other, _ = new_key_pair("INDBATT", "IND")
    path = write(tmp_path / "p.bhpkg", parties, recipient=other)
    assert read_package(path, parties.trust).manifest.recipient.unit == "INDBATT"
    refused(path, parties.trust, "made for INDBATT", expected_recipient=parties.receiver)


def test_a_future_format_version_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    repack(path, members_of(path), parties.key, format_version=2, new_field={"x": 1})
    refused(path, parties.trust, "written by a newer version of Blue Helmet")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format": "other"}, "not a Blue Helmet package"),
        ({"sequence": "3"}, "sequence is not a whole number"),
        ({"full": 1}, "full is not true or false"),
        ({"created_at": "2026-03-05T14:30:00"}, "created_at"),
        ({"surprise": True}, "unexpected surprise"),
        ({"origin": {"unit": "NEPBATT 1"}}, "origin lacks"),
        ({"counts": {"incident": 2}}, "counts must list exactly"),
    ],
)
def test_manifest_fields_are_checked_strictly(
    tmp_path: Path, parties: Parties, changes: dict, message: str
):
    path = write(tmp_path / "p.bhpkg", parties)
    repack(path, members_of(path), parties.key, **changes)
    refused(path, parties.trust, message)


def test_a_member_listed_in_the_manifest_but_missing_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    members = members_of(path)
    doc = json.loads(members[MANIFEST])
    del members[f"attachments/{PHOTO_SHA}"]
    repack(path, members, parties.key, relist=False, members=doc["members"])
    refused(path, parties.trust, f"lists 'attachments/{PHOTO_SHA}', which the package does not")


def test_a_member_whose_hash_differs_from_the_manifest_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    members = members_of(path)
    doc = json.loads(members[MANIFEST])
    members["records/unit.ndjson"] = members["records/unit.ndjson"].replace(b"NEPBATT", b"NEPBATX")
    repack(path, members, parties.key, relist=False, members=doc["members"])
    refused(path, parties.trust, "records/unit.ndjson does not match its SHA-256")


# --- refusals: record lines --------------------------------------------------------------------


def _with_incident_lines(path: Path, parties: Parties, lines: list[bytes]) -> Path:
    members = members_of(path)
    members["records/incident.ndjson"] = b"".join(line + b"\n" for line in lines)
    doc = json.loads(members[MANIFEST])
    return repack(path, members, parties.key, counts={**doc["counts"], "incident": len(lines)})


def test_duplicate_ids_with_different_content_are_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    first = incident()
    lines = [canonical_bytes(record_to_dict(r)) for r in (first, first.evolve(title="Other"))]
    _with_incident_lines(path, parties, lines)
    refused(path, parties.trust, "line 2: id .* appears twice with different content")


def test_the_same_id_under_two_kinds_is_refused(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    unit_line = json.loads(members_of(path)["records/unit.ndjson"])
    clash = record_to_dict(incident(id=unit_line["id"]))
    _with_incident_lines(path, parties, [canonical_bytes(clash)])
    refused(path, parties.trust, "is also a unit record")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b"not json", "line 1 is not valid JSON"),
        (b"[1]", "line 1 is not a JSON object"),
        (b'{"kind":"unit","id":"x"}', "line 1 has kind 'unit', expected 'incident'"),
        (b'{"kind":"incident"}', "line 1 has no valid id"),
        (b'{"kind":"incident","id":"a","id":"b"}', "duplicate key 'id'"),
        (b"", "line 1 is empty"),
    ],
)
def test_bad_record_lines_are_refused(tmp_path: Path, parties: Parties, line: bytes, message):
    path = _with_incident_lines(write(tmp_path / "p.bhpkg", parties), parties, [line])
    refused(path, parties.trust, message)


def test_decoding_names_the_member_and_line_of_an_invalid_record(tmp_path: Path, parties: Parties):
    path = write(tmp_path / "p.bhpkg", parties)
    good = record_to_dict(incident())
    bad = {**record_to_dict(incident()), "lat": 999}
    _with_incident_lines(path, parties, [canonical_bytes(good), canonical_bytes(bad)])
    package = read_package(path, parties.trust)  # the structure is fine
    assert len(list(package.records("incident"))) == 2
    with pytest.raises(PackageRefused, match=r"records/incident.ndjson line 2: .*lat"):
        package.decoded()


# --- any change anywhere is refused ------------------------------------------------------------


@functools.cache
def _valid_package() -> tuple[bytes, Path]:
    """One small valid package and a trust list that accepts it, outside any test's folder."""
    folder = Path(tempfile.mkdtemp(prefix="bluehelmet-flip-"))
    parties = Parties(folder)
    u = unit()
    records = [u, incident(), incident(deleted=True), position(u.id)]
    path = write(folder / "valid.bhpkg", parties, records)
    read_package(path, parties.trust)
    return path.read_bytes(), parties.trust.path


def _member_contents(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _flipped(data: bytes, trust_path: Path, index: int, mask: int) -> Path:
    """The package ``data`` with one byte changed, written beside its trust list."""
    changed = bytearray(data)
    changed[index % len(data)] ^= mask
    target = trust_path.parent / "flipped.bhpkg"
    target.write_bytes(changed)
    return target


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(index=st.integers(min_value=0), mask=st.integers(min_value=1, max_value=255))
def test_any_single_byte_flip_anywhere_is_refused(index: int, mask: int):
    data, trust_path = _valid_package()
    flipped = _flipped(data, trust_path, index, mask)
    try:
        read_package(flipped, TrustStore(trust_path))
    except PackageRefused:
        return
    # Only a flip in deflate's redundant bits may pass: the members read are unchanged.
    assert _member_contents(flipped.read_bytes()) == _member_contents(data)


@pytest.mark.slow
def test_every_byte_of_a_package_matters():
    """Exhaustively, one bit each: no change to a valid package's bytes alters what is imported.

    Deflate has a few redundant bits (a flip there decodes to the very same member bytes); such a
    flip may pass, since nothing that is read changes. Any flip that changes a decoded member must
    be refused."""
    data, trust_path = _valid_package()
    trust = TrustStore(trust_path)
    original = _member_contents(data)
    changed_and_accepted = []
    for index in range(len(data)):
        flipped = _flipped(data, trust_path, index, 0x01 << (index % 8))
        try:
            read_package(flipped, trust)
        except PackageRefused:
            continue
        if _member_contents(flipped.read_bytes()) != original:
            changed_and_accepted.append(index)
    assert changed_and_accepted == []


def test_the_worked_example_in_the_format_document_is_right():
    """docs/sync-format.md §8 shows real bytes: recompute them from the documented test seeds."""
    doc = (Path(__file__).parents[2] / "docs" / "sync-format.md").read_text(encoding="utf-8")
    sender = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    receiver = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
    blocks = re.findall(r"^```[a-z]*\n(.*?)\n```$", doc, flags=re.S | re.M)
    line = next(b for b in blocks if b.startswith('{"actors"')).encode() + b"\n"
    manifest = next(b for b in blocks if b.startswith('{"counts"')).encode()
    signature = bytes.fromhex(next(b for b in blocks if re.fullmatch(r"[0-9a-f]{128}", b)))
    assert len(line) == 783 and len(manifest) == 623
    assert hashlib.sha256(line).hexdigest() in manifest.decode()
    assert hashlib.sha256(manifest).hexdigest() in doc
    sender.public_key().verify(signature, manifest)
    assert sender.sign(manifest) == signature  # Ed25519 signatures are deterministic
    parsed = json.loads(manifest)
    assert parsed["origin"]["fingerprint"] == fingerprint_of(raw_public_key(sender))
    assert parsed["recipient"]["fingerprint"] == fingerprint_of(raw_public_key(receiver))
    assert base64.b64encode(raw_public_key(sender)).decode() in doc
    assert canonical_bytes(parsed) == manifest
    assert canonical_bytes(json.loads(line)) + b"\n" == line
    record = record_from_dict(json.loads(line))
    assert record.KIND == "incident"
