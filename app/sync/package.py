"""The package file that carries part of the picture to one partner: write it, and verify it.

A package (docs/sync-format.md) is a ZIP holding a signed ``manifest.json``, its Ed25519
signature ``manifest.sig``, one NDJSON file of records per kind and attachments named by their
SHA-256. The manifest lists every other member with its hash and size, so one signature covers
everything. Packages arrive on USB sticks and by satellite mail from other nations'
installations: ``read_package`` treats the file as hostile until every check has passed, and
refuses with one line naming the file and the fault.

The ZIP container must follow a strict profile (no comments, no extra fields, no data
descriptors, fixed attributes, nothing before or after the entries) that this module parses
itself rather than through ``zipfile``: every byte of the file is then either covered by the
signature, repeated in two places that must agree, or fixed by the profile, so any alteration is
refused rather than silently ignored.

This module writes and verifies files only; merging into the store is the importer's job.
Plain Python: must not import Qt or SQLite.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import struct
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.coords import format_utc, parse_utc
from app.domain.records import RECORD_KINDS, Record, record_class
from app.domain.serialize import record_from_dict, record_to_dict
from app.errors import AppError, ValidationError
from app.files import atomic_file
from app.i18n import translate
from app.sync.identity import (
    Identity,
    Partner,
    TrustStore,
    check_nation,
    check_org,
    check_unit,
    is_fingerprint,
    raw_public_key,
    short_form,
)
from app.sync.revocation import MAX_NOTICES, RevocationNotice, RevocationRefused
from app.sync.settings_notice import SettingsNotice, SettingsNoticeRefused

PACKAGE_FORMAT = "bluehelmet-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_BYTES = 64

MiB = 1024 * 1024
#: Default limits a reader applies; each can be raised per call for a known, larger exchange.
DEFAULT_MAX_BYTES = 256 * MiB
DEFAULT_MAX_MEMBERS = 10_000
DEFAULT_MAX_MEMBER_BYTES = 128 * MiB
DEFAULT_MAX_TOTAL_BYTES = 512 * MiB
DEFAULT_MAX_RATIO = 100
#: Members smaller than this are not checked for compression ratio: they cannot hurt.
RATIO_FLOOR = 1 * MiB
MAX_MANIFEST_BYTES = 8 * MiB

_RECORD_MEMBER = re.compile(r"records/([a-z_]{1,64})\.ndjson")
_ATTACHMENT_MEMBER = re.compile(r"attachments/([0-9a-f]{64})")
_SHA256 = re.compile(r"[0-9a-f]{64}")
# The same shape as a record id in app.domain.records; full validation is the importer's.
_RECORD_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")

# --- the ZIP profile (see docs/sync-format.md) ---------------------------------------------
_LOCAL = struct.Struct("<4sHHHHHIIIHH")  # 30 bytes
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")  # 46 bytes
_END = struct.Struct("<4sHHHHIIH")  # 22 bytes
_LOCAL_SIG, _CENTRAL_SIG, _END_SIG = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"
STORED, DEFLATED = 0, 8
VERSION_MADE_BY = (3 << 8) | 20  # Unix, ZIP 2.0
VERSION_NEEDED = 20
EXTERNAL_ATTR = (stat.S_IFREG | 0o644) << 16
FLAG_UTF8 = 0x800


class PackageRefused(AppError):
    """A package file failed verification; the message names the file and the fault."""


class PackageError(AppError):
    """A package cannot be written (bad arguments, too large, disk error)."""


class _Bad(Exception):
    """Internal: one verification failure, turned into ``PackageRefused`` with the file name."""


def _shown(name: str) -> str:
    """A member name as it may appear in a one-line message: quoted, escaped, short."""
    return repr(name[:80] + ("…" if len(name) > 80 else ""))


# --- the manifest ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    unit: str
    nation: str
    org: str | None
    fingerprint: str


@dataclass(frozen=True)
class Recipient:
    unit: str
    fingerprint: str


@dataclass(frozen=True)
class MemberDigest:
    sha256: str
    size: int
    #: For attachments only: the file name and media type its sender gave it (optional).
    file_name: str | None = None
    media_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"sha256": self.sha256, "size": self.size}
        if self.file_name is not None:
            out["file_name"] = self.file_name
        if self.media_type is not None:
            out["media_type"] = self.media_type
        return out


@dataclass(frozen=True)
class Manifest:
    """What a package claims to hold, and from whom to whom; signed as its exact JSON bytes."""

    origin: Origin
    recipient: Recipient
    sequence: int
    created_at: datetime
    schema_version: int
    full: bool
    since_seq: int | None
    counts: Mapping[str, int]
    members: Mapping[str, MemberDigest]
    highest_classification: str
    format_version: int = FORMAT_VERSION
    #: Package numbers the sender received from the recipient, as [first, last] runs (so the
    #: recipient learns which of its packages never arrived and sends their changes again).
    acknowledged: tuple[tuple[int, int], ...] = ()
    #: Every revocation notice the sender holds (verified by each importer, relayed onward).
    revocations: tuple[RevocationNotice, ...] = ()
    #: The newest mission settings notice the sender holds (applied by a receiver only when
    #: signed by its mission authority; relayed onward unchanged).
    mission_settings: SettingsNotice | None = None

    def acknowledged_numbers(self) -> list[int]:
        return [n for first, last in self.acknowledged for n in range(first, last + 1)]

    def to_dict(self) -> dict[str, Any]:
        extra: dict[str, Any] = {}
        if self.acknowledged:
            extra["acknowledged"] = [list(run) for run in self.acknowledged]
        if self.revocations:
            extra["revocations"] = [n.to_dict() for n in self.revocations]
        if self.mission_settings is not None:
            extra["mission_settings"] = self.mission_settings.to_dict()
        return extra | {
            "format": PACKAGE_FORMAT,
            "format_version": self.format_version,
            "origin": {
                "unit": self.origin.unit,
                "nation": self.origin.nation,
                "org": self.origin.org,
                "fingerprint": self.origin.fingerprint,
            },
            "recipient": {"unit": self.recipient.unit, "fingerprint": self.recipient.fingerprint},
            "sequence": self.sequence,
            "created_at": format_utc(self.created_at),
            "schema_version": self.schema_version,
            "full": self.full,
            "since_seq": self.since_seq,
            "counts": dict(self.counts),
            "members": {name: d.to_dict() for name, d in self.members.items()},
            "highest_classification": self.highest_classification,
        }

    def to_bytes(self) -> bytes:
        """The canonical JSON (sorted keys, compact, UTF-8) that is signed and stored."""
        return canonical_bytes(self.to_dict())

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Manifest:
        """Strictly read a manifest: exact fields and types; raises ``_Bad`` naming the field."""
        _version_check(doc)
        optional = {"acknowledged", "revocations", "mission_settings"} & set(doc)
        _exact_keys(doc, _MANIFEST_FIELDS | optional, "manifest.json")
        acknowledged = _runs(doc.get("acknowledged", []))
        notices = doc.get("revocations", [])
        if not isinstance(notices, list) or len(notices) > MAX_NOTICES:
            raise _Bad(
                translate(
                    "Sync", "manifest.json: revocations is not a list of at most {limit}"
                ).format(limit=MAX_NOTICES)
            )
        try:
            revocations = tuple(
                RevocationNotice.from_dict(n, f"manifest.json: revocations[{i}]")
                for i, n in enumerate(notices)
            )
        except RevocationRefused as exc:
            raise _Bad(str(exc)) from None
        mission_settings = None
        if "mission_settings" in doc:
            try:
                mission_settings = SettingsNotice.from_dict(
                    doc["mission_settings"], "manifest.json: mission_settings"
                )
            except SettingsNoticeRefused as exc:
                raise _Bad(str(exc)) from None
        origin = _exact_keys(doc["origin"], {"unit", "nation", "org", "fingerprint"}, "origin")
        recipient = _exact_keys(doc["recipient"], {"unit", "fingerprint"}, "recipient")
        try:
            org = origin["org"]
            if org is not None and not isinstance(org, str):
                raise ValidationError("origin.org", translate("Sync", "expected text or null"))
            parsed_origin = Origin(
                unit=check_unit(origin["unit"], "origin.unit"),
                nation=check_nation(origin["nation"], "origin.nation"),
                org=check_org(org, "origin.org"),
                fingerprint=_fingerprint(origin["fingerprint"], "origin.fingerprint"),
            )
            parsed_recipient = Recipient(
                unit=check_unit(recipient["unit"], "recipient.unit"),
                fingerprint=_fingerprint(recipient["fingerprint"], "recipient.fingerprint"),
            )
        except ValidationError as exc:
            raise _Bad(translate("Sync", "manifest.json: {problem}").format(problem=exc)) from None
        sequence = _whole(doc["sequence"], "sequence", 1)
        schema_version = _whole(doc["schema_version"], "schema_version", 1)
        full = doc["full"]
        if not isinstance(full, bool):
            raise _Bad(translate("Sync", "manifest.json: full is not true or false"))
        since_seq = doc["since_seq"]
        if full:
            if since_seq is not None:
                raise _Bad(
                    translate("Sync", "manifest.json: since_seq must be null in a full package")
                )
        else:
            since_seq = _whole(since_seq, "since_seq", 0)
            if since_seq >= sequence:
                raise _Bad(
                    translate(
                        "Sync",
                        "manifest.json: since_seq {since_seq} is not below sequence {sequence}",
                    ).format(since_seq=since_seq, sequence=sequence)
                )
        created = doc["created_at"]
        if not isinstance(created, str) or not created.endswith("Z"):
            raise _Bad(translate("Sync", "manifest.json: created_at is not a UTC time ending in Z"))
        try:
            created_at = parse_utc(created, "created_at")
        except ValidationError as exc:
            raise _Bad(translate("Sync", "manifest.json: {problem}").format(problem=exc)) from None
        label = doc["highest_classification"]
        if not isinstance(label, str) or not label.strip() or len(label) > 200:
            raise _Bad(translate("Sync", "manifest.json: highest_classification is not a label"))
        if not label.isprintable():
            raise _Bad(
                translate(
                    "Sync", "manifest.json: highest_classification contains a control character"
                )
            )
        counts = _counts(doc["counts"])
        members = _members(doc["members"])
        record_kinds = {m.group(1) for n in members if (m := _RECORD_MEMBER.fullmatch(n))}
        if set(counts) != record_kinds:
            raise _Bad(
                translate(
                    "Sync",
                    "manifest.json: counts must list exactly the kinds that have a records member "
                    "(counts: {counts}; members: {members})",
                ).format(
                    counts=", ".join(sorted(counts)) or translate("Sync", "none"),
                    members=", ".join(sorted(record_kinds)) or translate("Sync", "none"),
                )
            )
        return cls(
            origin=parsed_origin,
            recipient=parsed_recipient,
            sequence=sequence,
            created_at=created_at,
            schema_version=schema_version,
            full=full,
            since_seq=since_seq,
            counts=counts,
            members=members,
            highest_classification=label,
            acknowledged=acknowledged,
            revocations=revocations,
            mission_settings=mission_settings,
        )


#: At most this many runs of acknowledged package numbers.
MAX_RUNS = 10_000


def runs_of(numbers: Iterable[int]) -> tuple[tuple[int, int], ...]:
    """Sorted numbers as [first, last] runs: 1, 2, 3, 5 → (1, 3), (5, 5)."""
    out: list[list[int]] = []
    for n in sorted(set(numbers)):
        if out and out[-1][1] + 1 == n:
            out[-1][1] = n
        else:
            out.append([n, n])
    return tuple((a, b) for a, b in out)


def _runs(value: Any) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, list) or len(value) > MAX_RUNS:
        raise _Bad(
            translate(
                "Sync", "manifest.json: acknowledged is not a list of at most {limit} runs"
            ).format(limit=MAX_RUNS)
        )
    out: list[tuple[int, int]] = []
    for run in value:
        if not isinstance(run, list) or len(run) != 2:
            raise _Bad(
                translate(
                    "Sync", "manifest.json: acknowledged holds something other than [first, last]"
                )
            )
        first, last = _whole(run[0], "acknowledged", 1), _whole(run[1], "acknowledged", 1)
        if last < first or (out and first <= out[-1][1]) or last - first > 2**32:
            raise _Bad(translate("Sync", "manifest.json: acknowledged runs are not in order"))
        out.append((first, last))
    return tuple(out)


_MANIFEST_FIELDS = frozenset(
    {
        "format",
        "format_version",
        "origin",
        "recipient",
        "sequence",
        "created_at",
        "schema_version",
        "full",
        "since_seq",
        "counts",
        "members",
        "highest_classification",
    }
)


def canonical_bytes(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: the form manifests and record lines are written in."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _version_check(doc: dict[str, Any]) -> None:
    """Format and version come first: a newer version may have other fields entirely."""
    if doc.get("format") != PACKAGE_FORMAT:
        raise _Bad(
            translate("Sync", "it is not a Blue Helmet package (format {format!r})").format(
                format=str(doc.get("format"))[:40]
            )
        )
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Bad(translate("Sync", "manifest.json: format_version is not a whole number"))
    if version > FORMAT_VERSION:
        raise _Bad(
            translate(
                "Sync",
                "it was written by a newer version of Blue Helmet (package format {version}; this "
                "version reads format {supported}); update the application",
            ).format(version=version, supported=FORMAT_VERSION)
        )
    if version < FORMAT_VERSION:
        raise _Bad(
            translate("Sync", "package format {version} is not supported").format(version=version)
        )


def _exact_keys(value: Any, wanted: Iterable[str], where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(
            translate("Sync", "manifest.json: {where} is not a JSON object").format(where=where)
        )
    wanted = set(wanted)
    missing, extra = sorted(wanted - set(value)), sorted(set(value) - wanted)
    if missing:
        raise _Bad(
            translate("Sync", "manifest.json: {where} lacks {missing}").format(
                where=where, missing=", ".join(missing)
            )
        )
    if extra:
        raise _Bad(
            translate("Sync", "manifest.json: {where} has unexpected {extra}").format(
                where=where, extra=", ".join(s[:40] for s in extra)
            )
        )
    return value


def _whole(value: Any, name: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(
            translate("Sync", "manifest.json: {name} is not a whole number").format(name=name)
        )
    if value < minimum or value > 2**53:
        raise _Bad(
            translate("Sync", "manifest.json: {name} {value} is out of range").format(
                name=name, value=value
            )
        )
    return value


def _fingerprint(value: Any, where: str) -> str:
    if not isinstance(value, str) or not is_fingerprint(value):
        raise ValidationError(
            where, translate("Sync", "is not a fingerprint (16 groups of 4 upper-case hex digits)")
        )
    return value


def _counts(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise _Bad(translate("Sync", "manifest.json: counts is not a JSON object"))
    for kind, count in value.items():
        if kind not in RECORD_KINDS:
            raise _Bad(
                translate(
                    "Sync", "manifest.json: counts names unknown record kind {kind!r}"
                ).format(kind=kind[:40])
            )
        _whole(count, f"counts.{kind}", 0)
    return dict(value)


def _members(value: Any) -> dict[str, MemberDigest]:
    if not isinstance(value, dict):
        raise _Bad(translate("Sync", "manifest.json: members is not a JSON object"))
    out: dict[str, MemberDigest] = {}
    for name, digest in value.items():
        if name in (MANIFEST, SIGNATURE) or not _allowed_name(name):
            raise _Bad(
                translate(
                    "Sync", "manifest.json: members lists {member}, which a package cannot hold"
                ).format(member=_shown(name))
            )
        where = f"members[{name}]"
        attachment = _ATTACHMENT_MEMBER.fullmatch(name)
        described = set(digest) & {"file_name", "media_type"} if isinstance(digest, dict) else set()
        if described and not attachment:
            raise _Bad(
                translate("Sync", "manifest.json: {where} has unexpected {extra}").format(
                    where=where, extra=", ".join(sorted(described))
                )
            )
        entry = _exact_keys(digest, {"sha256", "size", *described}, where)
        sha = entry["sha256"]
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            raise _Bad(
                translate(
                    "Sync", "manifest.json: {where}.sha256 is not 64 lower-case hex digits"
                ).format(where=where)
            )
        size = _whole(entry["size"], f"{where}.size", 0)
        if attachment and attachment.group(1) != sha:
            raise _Bad(
                translate("Sync", "manifest.json: {where} is not named by its own sha256").format(
                    where=where
                )
            )
        out[name] = MemberDigest(
            sha256=sha,
            size=size,
            file_name=_label(entry, "file_name", where, _FILE_NAME),
            media_type=_label(entry, "media_type", where, _MEDIA_TYPE),
        )
    return out


_FILE_NAME = re.compile(r"[^/\\\x00-\x1f\x7f]{1,255}")
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}")


def _label(entry: dict[str, Any], key: str, where: str, pattern: re.Pattern[str]) -> str | None:
    """An attachment's optional file name or media type: short text, no paths or controls."""
    if key not in entry:
        return None
    value = entry[key]
    if not isinstance(value, str) or not pattern.fullmatch(value) or value in (".", ".."):
        raise _Bad(
            translate("Sync", "manifest.json: {where}.{key} is not an acceptable {what}").format(
                where=where, key=key, what=key.replace("_", " ")
            )
        )
    return value


def _allowed_name(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE) or _ATTACHMENT_MEMBER.fullmatch(name):
        return True
    record = _RECORD_MEMBER.fullmatch(name)
    return bool(record and record.group(1) in RECORD_KINDS)


def _strict_json(text: str) -> Any:
    """Parse JSON refusing duplicate keys and NaN/Infinity, which other parsers read differently."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(pairs)
        if len(out) != len(pairs):  # a key was repeated: find it for the message
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    raise ValueError(
                        translate("Sync", "duplicate key {key!r}").format(key=key[:40])
                    )
                seen.add(key)
        return out

    def no_constants(name: str) -> Any:
        raise ValueError(translate("Sync", "{name} is not allowed").format(name=name))

    return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constants)


# --- the verified package --------------------------------------------------------------------


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose every check passed: signer trusted, signature good, members intact.

    It holds the verified bytes in memory, so the file on the stick may change or vanish
    afterwards without changing what is imported.
    """

    path: Path
    manifest: Manifest
    signer: Partner
    #: kind → (line number, line bytes) of each distinct record, in file order.
    lines: Mapping[str, tuple[tuple[int, bytes], ...]] = field(repr=False)
    #: kind → the same lines parsed (strict JSON), aligned with ``lines``.
    values: Mapping[str, tuple[dict[str, Any], ...]] = field(repr=False)
    attachments: Mapping[str, bytes] = field(repr=False)
    #: SHA-256 of the file's bytes as read (once) and verified.
    file_sha256: str = ""

    def kinds(self) -> list[str]:
        """Record kinds present, in dependency order (units before their positions, …)."""
        return [kind for kind in RECORD_KINDS if kind in self.lines]

    def records(self, kind: str) -> Iterator[dict[str, Any]]:
        """Fresh dicts of the records of one kind (not yet validated as records)."""
        record_class(kind)  # an unknown kind is a caller's mistake: say so
        for value in self.values.get(kind, ()):
            yield dict(value)

    def decoded(self) -> list[Record]:
        """Every record built and validated; one clear error naming the member and line."""
        out: list[Record] = []
        for kind in self.kinds():
            member = f"records/{kind}.ndjson"
            for (number, _), value in zip(self.lines[kind], self.values[kind], strict=True):
                try:
                    out.append(record_from_dict(dict(value), kind))
                except AppError as exc:
                    raise PackageRefused(
                        translate(
                            "Sync", "package {name} refused: {member} line {number}: {exc}"
                        ).format(name=self.path.name, member=member, number=number, exc=exc)
                    ) from None
                except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
                    raise PackageRefused(
                        translate(
                            "Sync",
                            "package {name} refused: {member} line {number}: not a valid "
                            "{kind} record ({error})",
                        ).format(
                            name=self.path.name,
                            member=member,
                            number=number,
                            kind=kind,
                            error=type(exc).__name__,
                        )
                    ) from None
        return out

    def attachment_label(self, sha256: str) -> tuple[str | None, str | None]:
        """The file name and media type the sender gave an attachment (None when not given)."""
        digest = self.manifest.members.get(f"attachments/{sha256}")
        return (digest.file_name, digest.media_type) if digest else (None, None)

    def attachment(self, sha256: str) -> bytes:
        try:
            return self.attachments[sha256]
        except KeyError:
            raise PackageRefused(
                translate("Sync", "package {name} has no attachment {sha256!r}").format(
                    name=self.path.name, sha256=sha256[:64]
                )
            ) from None


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """How much a reader accepts before looking inside; refuses anything bigger."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_members: int = DEFAULT_MAX_MEMBERS
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES
    max_ratio: int = DEFAULT_MAX_RATIO


@dataclass(frozen=True)
class _Entry:
    name: str
    raw_name: bytes
    flags: int
    method: int
    time: int
    date: int
    crc: int
    csize: int
    usize: int
    offset: int
    data_offset: int = 0


def read_package(
    path: str | Path,
    trust: TrustStore,
    *,
    expected_recipient: Identity | Partner | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_members: int = DEFAULT_MAX_MEMBERS,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
    max_ratio: int = DEFAULT_MAX_RATIO,
) -> VerifiedPackage:
    """Verify a package completely before anything of it is used; else ``PackageRefused``.

    ``expected_recipient`` (this installation's identity) refuses packages made for someone
    else: their records were filtered by another partner's releasability.
    Sequence and replay checks need the store and are the importer's.
    """
    path = Path(path)
    limits = Limits(max_bytes, max_members, max_member_bytes, max_total_bytes, max_ratio)
    try:
        return _verify(path, trust, limits, expected_recipient)
    except _Bad as exc:
        message = " ".join(str(exc).split())  # one line, whatever a name held
        raise PackageRefused(
            translate("Sync", "package {name} refused: {message}").format(
                name=path.name, message=message
            )
        ) from None


def _read_file(path: Path, limits: Limits) -> bytes:
    """The whole file, read once: what is verified is exactly what is used."""
    # O_NONBLOCK: opening a FIFO someone named *.bhpkg must not hang the application.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(path, flags), "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _Bad(translate("Sync", "it is not a regular file"))
            if info.st_size > limits.max_bytes:
                raise _Bad(
                    translate("Sync", "it is {size} bytes; the limit is {limit}").format(
                        size=info.st_size, limit=limits.max_bytes
                    )
                )
            data = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise _Bad(translate("Sync", "the file does not exist")) from None
    except OSError as exc:
        raise _Bad(
            translate("Sync", "it cannot be read ({reason})").format(reason=exc.strerror or exc)
        ) from None
    if len(data) > limits.max_bytes:
        raise _Bad(
            translate("Sync", "it is larger than the limit of {limit} bytes").format(
                limit=limits.max_bytes
            )
        )
    return data


def _verify(
    path: Path, trust: TrustStore, limits: Limits, expected: Identity | Partner | None
) -> VerifiedPackage:
    data = _read_file(path, limits)
    entries = {entry.name: entry for entry in _parse_container(data, limits)}
    if MANIFEST not in entries:
        raise _Bad(
            translate("Sync", "it has no {member} (a manifest is required)").format(member=MANIFEST)
        )
    if SIGNATURE not in entries:
        raise _Bad(
            translate("Sync", "it has no {member} (a signature is required)").format(
                member=SIGNATURE
            )
        )
    if entries[MANIFEST].usize > MAX_MANIFEST_BYTES:
        raise _Bad(
            translate("Sync", "manifest.json is larger than {limit} bytes").format(
                limit=MAX_MANIFEST_BYTES
            )
        )
    if entries[SIGNATURE].usize != SIGNATURE_BYTES:
        raise _Bad(
            translate("Sync", "manifest.sig is not a {size}-byte Ed25519 signature").format(
                size=SIGNATURE_BYTES
            )
        )
    manifest_bytes = _extract(data, entries[MANIFEST])
    signature = _extract(data, entries[SIGNATURE])
    try:
        doc = _strict_json(manifest_bytes.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Bad(translate("Sync", "manifest.json is not UTF-8")) from None
    except (ValueError, RecursionError) as exc:
        raise _Bad(
            translate("Sync", "manifest.json is not valid JSON ({problem})").format(problem=exc)
        ) from None
    if not isinstance(doc, dict):
        raise _Bad(translate("Sync", "manifest.json is not a JSON object"))
    manifest = Manifest.from_dict(doc)
    signer = _check_signature(manifest, manifest_bytes, signature, trust)
    if expected is not None and manifest.recipient.fingerprint != expected.fingerprint:
        raise _Bad(
            translate(
                "Sync",
                "it was made for {unit} ({fingerprint} …), not for this installation ({own} …)",
            ).format(
                unit=manifest.recipient.unit,
                fingerprint=short_form(manifest.recipient.fingerprint),
                own=expected.short_fingerprint,
            )
        )
    contents = _check_members(data, entries, manifest)
    lines, values = _check_records(contents, manifest)
    attachments = {
        name.removeprefix("attachments/"): content
        for name, content in contents.items()
        if name.startswith("attachments/")
    }
    return VerifiedPackage(
        path=path,
        manifest=manifest,
        signer=signer,
        lines=lines,
        values=values,
        attachments=attachments,
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def _check_signature(
    manifest: Manifest, manifest_bytes: bytes, signature: bytes, trust: TrustStore
) -> Partner:
    origin = manifest.origin
    signer = trust.get(origin.fingerprint)
    if signer is None:
        raise _Bad(
            translate(
                "Sync",
                "it is signed with key {fingerprint}, which is not trusted (the manifest names "
                "{unit}, {nation}); trust that partner's key card first, after comparing the "
                "fingerprint with them",
            ).format(fingerprint=origin.fingerprint, unit=origin.unit, nation=origin.nation)
        )
    if signer.revoked_at is not None:
        raise _Bad(
            translate(
                "Sync",
                "it is signed with key {fingerprint} ({unit}), which was revoked on {revoked_at}",
            ).format(
                fingerprint=signer.fingerprint,
                unit=signer.unit,
                revoked_at=format_utc(signer.revoked_at),
            )
        )
    try:
        signer.verifier().verify(signature, manifest_bytes)
    except InvalidSignature:
        raise _Bad(
            translate(
                "Sync",
                "the signature by {unit} ({short_fingerprint} …) does not match manifest.json: "
                "the package was altered or damaged",
            ).format(unit=signer.unit, short_fingerprint=signer.short_fingerprint)
        ) from None
    # A trusted partner may not sign in another unit's name.
    if origin.unit.casefold() != signer.unit.casefold() or origin.nation != signer.nation:
        raise _Bad(
            translate(
                "Sync",
                "the manifest names {unit} ({nation}) as origin, but key {short_fingerprint} … "
                "belongs to {signer} ({signer_nation})",
            ).format(
                unit=origin.unit,
                nation=origin.nation,
                short_fingerprint=signer.short_fingerprint,
                signer=signer.unit,
                signer_nation=signer.nation,
            )
        )
    return signer


def _check_members(
    data: bytes, entries: Mapping[str, _Entry], manifest: Manifest
) -> dict[str, bytes]:
    """Every member listed in the signed manifest, present, intact, and nothing else."""
    present = set(entries) - {MANIFEST, SIGNATURE}
    missing, unlisted = (
        sorted(set(manifest.members) - present),
        sorted(present - set(manifest.members)),
    )
    if missing:
        raise _Bad(
            translate(
                "Sync", "the manifest lists {member}, which the package does not contain"
            ).format(member=_shown(missing[0]))
        )
    if unlisted:
        raise _Bad(
            translate("Sync", "member {member} is not listed in the signed manifest").format(
                member=_shown(unlisted[0])
            )
        )
    contents: dict[str, bytes] = {}
    for name in sorted(manifest.members):
        digest, entry = manifest.members[name], entries[name]
        if entry.usize != digest.size:
            raise _Bad(
                translate("Sync", "{name} is {usize} bytes; the manifest says {size}").format(
                    name=name, usize=entry.usize, size=digest.size
                )
            )
        content = _extract(data, entry)
        if hashlib.sha256(content).hexdigest() != digest.sha256:
            raise _Bad(
                translate(
                    "Sync", "{name} does not match its SHA-256 in the manifest (altered or damaged)"
                ).format(name=name)
            )
        contents[name] = content
    return contents


def _check_records(
    contents: Mapping[str, bytes], manifest: Manifest
) -> tuple[dict[str, tuple[tuple[int, bytes], ...]], dict[str, tuple[dict[str, Any], ...]]]:
    """Each NDJSON line is a JSON object of its file's kind with an id; ids do not clash.

    Returns the kept lines and their parsed objects (parsed once: reading them is most of the
    cost of a big package)."""
    seen: dict[str, tuple[str, int, dict[str, Any]]] = {}  # id → (kind, line, parsed line)
    out: dict[str, tuple[tuple[int, bytes], ...]] = {}
    parsed: dict[str, tuple[dict[str, Any], ...]] = {}
    for kind in RECORD_KINDS:
        member = f"records/{kind}.ndjson"
        content = contents.get(member)
        if content is None:
            continue
        if content and not content.endswith(b"\n"):
            raise _Bad(
                translate("Sync", "{member} does not end with a newline").format(member=member)
            )
        raw_lines = content[:-1].split(b"\n") if content else []
        if len(raw_lines) != manifest.counts[kind]:
            raise _Bad(
                translate(
                    "Sync", "{member} has {count} records; the manifest says {declared}"
                ).format(member=member, count=len(raw_lines), declared=manifest.counts[kind])
            )
        kept: list[tuple[int, bytes]] = []
        values: list[dict[str, Any]] = []
        for number, raw in enumerate(raw_lines, 1):
            at = f"{member} line {number}"
            record_id, value = _check_line(raw, kind, at)
            if record_id in seen:
                other_kind, other_line, other_value = seen[record_id]
                if other_kind != kind:
                    raise _Bad(
                        translate(
                            "Sync",
                            "{at}: id {record_id!r} is also a {other_kind} record "
                            "(records/{other_kind}.ndjson line {other_line})",
                        ).format(
                            at=at, record_id=record_id, other_kind=other_kind, other_line=other_line
                        )
                    )
                if canonical_bytes(other_value) != canonical_bytes(value):
                    raise _Bad(
                        translate(
                            "Sync",
                            "{at}: id {record_id!r} appears twice with different content (first "
                            "on line {other_line})",
                        ).format(at=at, record_id=record_id, other_line=other_line)
                    )
                continue  # the very same record twice: keep one
            seen[record_id] = (kind, number, value)
            kept.append((number, raw))
            values.append(value)
        out[kind] = tuple(kept)
        parsed[kind] = tuple(values)
    return out, parsed


def _check_line(raw: bytes, kind: str, at: str) -> tuple[str, dict[str, Any]]:
    if not raw.strip():
        raise _Bad(translate("Sync", "{at} is empty").format(at=at))
    try:
        value = _strict_json(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Bad(translate("Sync", "{at} is not UTF-8").format(at=at)) from None
    except (ValueError, RecursionError) as exc:
        raise _Bad(
            translate("Sync", "{at} is not valid JSON ({problem})").format(at=at, problem=exc)
        ) from None
    if not isinstance(value, dict):
        raise _Bad(translate("Sync", "{at} is not a JSON object").format(at=at))
    if value.get("kind") != kind:
        raise _Bad(
            translate("Sync", "{at} has kind {found!r}, expected {kind!r}").format(
                at=at, found=str(value.get("kind"))[:40], kind=kind
            )
        )
    record_id = value.get("id")
    if not isinstance(record_id, str) or not _RECORD_ID.fullmatch(record_id):
        raise _Bad(translate("Sync", "{at} has no valid id").format(at=at))
    return record_id, value


# --- the ZIP container -----------------------------------------------------------------------


def _parse_container(data: bytes, limits: Limits) -> list[_Entry]:
    """Read the ZIP directory and check every byte against the strict profile, inflating nothing.

    Names, counts, declared sizes and compression ratio are checked first, so a hostile file is
    refused for what it is (a '../' name, a ZIP bomb) before any finer point of the profile.
    """
    size = len(data)
    if size < _END.size or data[size - _END.size : size - _END.size + 4] != _END_SIG:
        raise _Bad(translate("Sync", "it is not a complete ZIP file (truncated, or not a package)"))
    _, disk, cd_disk, on_disk, total, cd_size, cd_offset, comment = _END.unpack_from(
        data, size - _END.size
    )
    if comment or disk or cd_disk or on_disk != total:
        raise _Bad(
            translate(
                "Sync", "its ZIP end record is not allowed in a package (comment or several disks)"
            )
        )
    if total > limits.max_members:
        raise _Bad(
            translate("Sync", "it has {total} members; the limit is {limit}").format(
                total=total, limit=limits.max_members
            )
        )
    if cd_offset + cd_size != size - _END.size:
        raise _Bad(
            translate("Sync", "its ZIP directory is damaged (or data was added to the file)")
        )
    entries: list[_Entry] = []
    names: set[str] = set()
    declared_total = 0
    pos = cd_offset
    for _ in range(total):
        if pos + _CENTRAL.size > cd_offset + cd_size:
            raise _Bad(translate("Sync", "its ZIP directory is damaged"))
        (
            sig,
            made_by,
            needed,
            flags,
            method,
            time,
            date,
            crc,
            csize,
            usize,
            name_len,
            extra_len,
            comment_len,
            disk_start,
            internal,
            external,
            offset,
        ) = _CENTRAL.unpack_from(data, pos)
        raw_name = data[pos + _CENTRAL.size : pos + _CENTRAL.size + name_len]
        pos += _CENTRAL.size + name_len + extra_len + comment_len
        if sig != _CENTRAL_SIG or len(raw_name) != name_len or pos > cd_offset + cd_size:
            raise _Bad(translate("Sync", "its ZIP directory is damaged"))
        name = _member_name(raw_name, flags)
        if name in names:
            raise _Bad(
                translate("Sync", "member {member} appears twice").format(member=_shown(name))
            )
        names.add(name)
        file_type = stat.S_IFMT(external >> 16)
        if stat.S_ISLNK(external >> 16):
            raise _Bad(
                translate("Sync", "member {member} is a symbolic link").format(member=_shown(name))
            )
        if stat.S_ISDIR(external >> 16) or external & 0x10:
            raise _Bad(
                translate("Sync", "member {member} is a directory").format(member=_shown(name))
            )
        if flags & 0x1:
            raise _Bad(
                translate("Sync", "member {member} is encrypted").format(member=_shown(name))
            )
        if method not in (STORED, DEFLATED):
            raise _Bad(
                translate(
                    "Sync",
                    "member {member} uses compression method {method}; only stored (0) and "
                    "deflated (8) are allowed",
                ).format(member=_shown(name), method=method)
            )
        if usize > limits.max_member_bytes:
            raise _Bad(
                translate(
                    "Sync", "member {member} is {usize} bytes; the limit is {max_member_bytes}"
                ).format(member=_shown(name), usize=usize, max_member_bytes=limits.max_member_bytes)
            )
        declared_total += usize
        if declared_total > limits.max_total_bytes:
            raise _Bad(
                translate("Sync", "its members add up to more than {max_total_bytes} bytes").format(
                    max_total_bytes=limits.max_total_bytes
                )
            )
        if usize > RATIO_FLOOR and usize > csize * limits.max_ratio:
            raise _Bad(
                translate(
                    "Sync",
                    "member {member} would expand {ratio} times (limit {max_ratio}): a ZIP bomb?",
                ).format(
                    member=_shown(name), ratio=usize // max(csize, 1), max_ratio=limits.max_ratio
                )
            )
        profile = {
            "version made by": (made_by, VERSION_MADE_BY),
            "version needed": (needed, VERSION_NEEDED),
            "flags": (flags & ~FLAG_UTF8, 0),
            "extra field length": (extra_len, 0),
            "comment length": (comment_len, 0),
            "disk number": (disk_start, 0),
            "internal attributes": (internal, 0),
            "external attributes": (external, EXTERNAL_ATTR),
        }
        for label, (actual, wanted) in profile.items():
            if actual != wanted:
                raise _Bad(
                    translate(
                        "Sync",
                        "member {member} has ZIP {label} {actual:#x}, expected {wanted:#x} (file "
                        "type {file_type:#o}; see the ZIP profile in docs/sync-format.md)",
                    ).format(
                        member=_shown(name),
                        label=label,
                        actual=actual,
                        wanted=wanted,
                        file_type=file_type,
                    )
                )
        if method == STORED and csize != usize:
            raise _Bad(
                translate(
                    "Sync", "member {member} is stored but its sizes differ (damaged)"
                ).format(member=_shown(name))
            )
        entries.append(_Entry(name, raw_name, flags, method, time, date, crc, csize, usize, offset))
    if pos != cd_offset + cd_size:
        raise _Bad(translate("Sync", "its ZIP directory is damaged (unexpected bytes at its end)"))
    return _check_local_headers(data, entries, cd_offset)


def _member_name(raw: bytes, flags: int) -> str:
    try:
        name = raw.decode("utf-8") if flags & FLAG_UTF8 else raw.decode("ascii")
    except UnicodeDecodeError:
        raise _Bad(
            translate("Sync", "a member name is not ASCII ({raw!r})").format(raw=raw[:60])
        ) from None
    parts = name.replace("\\", "/").split("/")
    if (
        "\\" in name
        or name.startswith("/")
        or ".." in parts
        or "\x00" in name
        or re.match(r"[A-Za-z]:", name)
    ):
        raise _Bad(
            translate(
                "Sync", "member name {member} is unsafe (it points outside the package)"
            ).format(member=_shown(name))
        )
    if name.endswith("/"):
        raise _Bad(translate("Sync", "member {member} is a directory").format(member=_shown(name)))
    if not _allowed_name(name):
        raise _Bad(
            translate(
                "Sync",
                "member {member} is not allowed; a package holds only manifest.json, "
                "manifest.sig, records/<kind>.ndjson and attachments/<sha256>",
            ).format(member=_shown(name))
        )
    return name


def _check_local_headers(data: bytes, entries: list[_Entry], cd_offset: int) -> list[_Entry]:
    """Members lie back to back from byte 0 to the directory, each header repeating its entry."""
    pos = 0
    checked = []
    for entry in entries:
        if entry.offset != pos or pos + _LOCAL.size > cd_offset:
            raise _Bad(
                translate("Sync", "member {member} is not where the ZIP directory says").format(
                    member=_shown(entry.name)
                )
            )
        sig, needed, flags, method, time, date, crc, csize, usize, name_len, extra_len = (
            _LOCAL.unpack_from(data, pos)
        )
        start = pos + _LOCAL.size
        raw_name = data[start : start + name_len]
        local = (sig, needed, flags, method, time, date, crc, csize, usize, raw_name, extra_len)
        central = (
            _LOCAL_SIG,
            VERSION_NEEDED,
            entry.flags,
            entry.method,
            entry.time,
            entry.date,
            entry.crc,
            entry.csize,
            entry.usize,
            entry.raw_name,
            0,
        )
        if local != central:
            raise _Bad(
                translate(
                    "Sync",
                    "member {member}: its local header does not match the ZIP directory (damaged "
                    "or altered)",
                ).format(member=_shown(entry.name))
            )
        data_offset = start + name_len
        pos = data_offset + entry.csize
        if pos > cd_offset:
            raise _Bad(
                translate("Sync", "member {member} runs into the ZIP directory (damaged)").format(
                    member=_shown(entry.name)
                )
            )
        checked.append(replace(entry, data_offset=data_offset))
    if pos != cd_offset:
        raise _Bad(translate("Sync", "it has unexplained bytes before its ZIP directory"))
    return checked


def _extract(data: bytes, entry: _Entry) -> bytes:
    """A member's bytes, never more than its declared size, with the CRC checked."""
    stored = data[entry.data_offset : entry.data_offset + entry.csize]
    content = stored if entry.method == STORED else _inflate(stored, entry.usize, entry.name)
    if zlib.crc32(content) != entry.crc:
        raise _Bad(
            translate("Sync", "member {member} is damaged (CRC mismatch)").format(
                member=_shown(entry.name)
            )
        )
    return content


def _feed(decompressor: Any, data: bytes, out: bytearray, cap: int) -> bool:
    """Inflate ``data`` into ``out``; False as soon as the output would pass ``cap`` bytes."""
    while True:
        piece = decompressor.decompress(data, cap - len(out) + 1)
        out += piece
        if len(out) > cap:
            return False
        data = decompressor.unconsumed_tail
        if not data:
            return True


def _inflate(compressed: bytes, size: int, name: str) -> bytes:
    """Inflate a raw deflate stream to exactly ``size`` bytes (the hard cap), or refuse.

    The bits after the end of a deflate stream's last block are padding that inflaters ignore;
    they must be zero, so that no bit of a package can change without the change being seen.
    """
    shown = _shown(name)
    if not compressed:
        raise _Bad(
            translate("Sync", "member {member} is damaged (empty deflate stream)").format(
                member=shown
            )
        )
    body, last = compressed[:-1], compressed[-1]
    out = bytearray()
    try:
        decompressor = zlib.decompressobj(-15)
        if not _feed(decompressor, body, out, size):
            raise _Bad(
                translate(
                    "Sync", "member {member} expands beyond its declared size of {size} bytes"
                ).format(member=shown, size=size)
            )
        if decompressor.eof:
            raise _Bad(
                translate("Sync", "member {member} has bytes after its deflate stream").format(
                    member=shown
                )
            )
        before_last, mark = decompressor.copy(), len(out)
        if not _feed(decompressor, bytes([last]), out, size):
            raise _Bad(
                translate(
                    "Sync", "member {member} expands beyond its declared size of {size} bytes"
                ).format(member=shown, size=size)
            )
        if not decompressor.eof or decompressor.unused_data:
            raise _Bad(
                translate("Sync", "member {member} is damaged (incomplete deflate stream)").format(
                    member=shown
                )
            )
        tail = bytes(out[mark:])
        for bit in range(8):
            if not last & (1 << bit):
                continue
            trial, trial_out = before_last.copy(), bytearray()
            if (
                _feed(trial, bytes([last ^ (1 << bit)]), trial_out, len(tail))
                and trial.eof
                and bytes(trial_out) == tail
            ):
                raise _Bad(
                    translate("Sync", "member {member} has non-zero padding bits (altered)").format(
                        member=shown
                    )
                )
    except zlib.error as exc:
        raise _Bad(
            translate("Sync", "member {member} is damaged ({problem})").format(
                member=shown, problem=exc
            )
        ) from None
    if len(out) != size:
        raise _Bad(
            translate(
                "Sync", "member {member} is damaged ({size} bytes, declared {declared})"
            ).format(member=shown, size=len(out), declared=size)
        )
    return bytes(out)


# --- writing ---------------------------------------------------------------------------------


def write_package(
    path: str | Path,
    *,
    records: Iterable[Record] | Mapping[str, Iterable[Mapping[str, Any]]],
    attachments: Mapping[str, bytes] | None = None,
    attachment_names: Mapping[str, tuple[str, str]] | None = None,
    identity: Identity,
    signing_key: Ed25519PrivateKey,
    recipient: Partner | Identity,
    sequence: int,
    schema_version: int,
    full: bool,
    since_seq: int | None = None,
    highest_classification: str,
    acknowledged: Iterable[int] = (),
    revocations: Iterable[RevocationNotice] = (),
    mission_settings: SettingsNotice | None = None,
) -> Manifest:
    """Write a signed package for one recipient; the file appears complete or not at all.

    ``records`` are Record objects or JSON-shaped dicts per kind (as ``record_to_dict`` makes
    them); ``attachments`` are contents by SHA-256 and ``attachment_names`` their (file name,
    media type). Choosing which records are releasable to the recipient, and the highest label
    among them, is the caller's job.
    """
    path = Path(path)
    if raw_public_key(signing_key) != identity.public_key:
        raise PackageError(
            translate("Sync", "the signing key does not belong to the identity named as origin")
        )
    lines = _record_lines(records)
    members: dict[str, bytes] = {
        f"records/{kind}.ndjson": b"".join(line + b"\n" for line in kind_lines)
        for kind, kind_lines in lines.items()
    }
    for sha, content in (attachments or {}).items():
        if not isinstance(content, bytes | bytearray):
            raise PackageError(
                translate("Sync", "attachment {sha!r} is not bytes").format(sha=sha[:64])
            )
        if hashlib.sha256(content).hexdigest() != sha:
            raise PackageError(
                translate("Sync", "attachment {sha!r} is not named by its SHA-256").format(
                    sha=sha[:64]
                )
            )
        members[f"attachments/{sha}"] = bytes(content)
    manifest = Manifest(
        origin=Origin(identity.unit, identity.nation, identity.org, identity.fingerprint),
        recipient=Recipient(recipient.unit, recipient.fingerprint),
        sequence=sequence,
        created_at=datetime.now(UTC),
        schema_version=schema_version,
        full=full,
        since_seq=since_seq,
        counts={kind: len(kind_lines) for kind, kind_lines in lines.items()},
        members={
            name: MemberDigest(
                hashlib.sha256(content).hexdigest(),
                len(content),
                *(attachment_names or {}).get(name.removeprefix("attachments/"), (None, None)),
            )
            for name, content in sorted(members.items())
        },
        highest_classification=highest_classification,
        acknowledged=runs_of(acknowledged),
        revocations=tuple(revocations),
        mission_settings=mission_settings,
    )
    manifest_bytes = manifest.to_bytes()
    try:  # the writer holds itself to the reader's rules
        Manifest.from_dict(json.loads(manifest_bytes))
    except _Bad as exc:
        raise PackageError(
            translate("Sync", "cannot write package {name}: {exc}").format(name=path.name, exc=exc)
        ) from None
    entries = [(MANIFEST, manifest_bytes), (SIGNATURE, signing_key.sign(manifest_bytes))]
    entries += sorted(members.items())
    _check_write_limits(entries, path)
    try:
        with atomic_file(path, 0o600) as handle:
            _write_zip(handle, entries, manifest.created_at)
    except OSError as exc:
        raise PackageError(
            translate("Sync", "cannot write package {path}: {error}").format(
                path=path, error=exc.strerror or exc
            )
        ) from None
    return Manifest.from_dict(json.loads(manifest_bytes))


def _record_lines(
    records: Iterable[Record] | Mapping[str, Iterable[Mapping[str, Any]]],
) -> dict[str, list[bytes]]:
    """Canonical JSON lines per kind, identical duplicates dropped, clashing ones refused."""
    dicts: list[tuple[str, Mapping[str, Any]]] = []
    if isinstance(records, Mapping):
        for kind, items in records.items():
            record_class(kind)
            dicts += [(kind, item) for item in items]
    else:
        for record in records:
            if not isinstance(record, Record):
                raise PackageError(
                    translate("Sync", "expected records, got {name}").format(
                        name=type(record).__name__
                    )
                )
            dicts.append((record.KIND, record_to_dict(record)))
    seen: dict[str, tuple[str, bytes]] = {}
    lines: dict[str, list[bytes]] = {}
    for kind, item in dicts:
        if not isinstance(item, Mapping) or item.get("kind") != kind:
            raise PackageError(
                translate("Sync", "a {kind} record dict does not say kind {kind!r}").format(
                    kind=kind
                )
            )
        record_id = item.get("id")
        if not isinstance(record_id, str) or not _RECORD_ID.fullmatch(record_id):
            raise PackageError(
                translate("Sync", "a {kind} record has no valid id").format(kind=kind)
            )
        try:
            line = canonical_bytes(dict(item))
        except (TypeError, ValueError) as exc:
            raise PackageError(
                translate("Sync", "{kind} {record_id}: not JSON-shaped ({exc})").format(
                    kind=kind, record_id=record_id, exc=exc
                )
            ) from None
        if record_id in seen:
            if seen[record_id] != (kind, line):
                raise PackageError(
                    translate(
                        "Sync", "record id {record_id!r} is given twice with different content"
                    ).format(record_id=record_id)
                )
            continue
        seen[record_id] = (kind, line)
        lines.setdefault(kind, []).append(line)
    return {kind: lines[kind] for kind in RECORD_KINDS if kind in lines}


def _check_write_limits(entries: list[tuple[str, bytes]], path: Path) -> None:
    """Refuse to write what a partner with default limits would refuse to read."""
    if len(entries) > DEFAULT_MAX_MEMBERS:
        raise PackageError(
            translate("Sync", "cannot write package {name}: more than {limit} members").format(
                name=path.name, limit=DEFAULT_MAX_MEMBERS
            )
        )
    total = 0
    for name, content in entries:
        total += len(content)
        if len(content) > DEFAULT_MAX_MEMBER_BYTES:
            raise PackageError(
                translate(
                    "Sync",
                    "cannot write package {name}: {member} is {size} bytes, "
                    "above the {limit}-byte limit; send the "
                    "change in smaller packages",
                ).format(
                    name=path.name,
                    member=name,
                    size=len(content),
                    limit=DEFAULT_MAX_MEMBER_BYTES,
                )
            )
    if total > DEFAULT_MAX_TOTAL_BYTES:
        raise PackageError(
            translate(
                "Sync",
                "cannot write package {name}: {total} bytes in all, above "
                "the {limit}-byte limit; send the change "
                "in smaller packages",
            ).format(name=path.name, total=total, limit=DEFAULT_MAX_TOTAL_BYTES)
        )


def _dos_time(when: datetime) -> tuple[int, int]:
    when = when.astimezone(UTC)
    return (
        (when.hour << 11) | (when.minute << 5) | (when.second // 2),
        ((max(when.year, 1980) - 1980) << 9) | (when.month << 5) | when.day,
    )


def _compressed(name: str, content: bytes) -> tuple[int, bytes]:
    """Deflate when it pays, within the ratio a reader accepts; otherwise store."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = compressor.compress(content) + compressor.flush()
    if len(packed) >= len(content) * 0.9:
        return STORED, content
    if len(content) > RATIO_FLOOR and len(content) > len(packed) * (DEFAULT_MAX_RATIO // 2):
        return STORED, content
    try:
        _inflate(packed, len(content), name)  # our own reader's deflate rules
    except _Bad:
        return STORED, content
    return DEFLATED, packed


def _write_zip(handle: BinaryIO, entries: list[tuple[str, bytes]], when: datetime) -> None:
    """A ZIP in the package profile: members back to back, then the directory, then the end."""
    dos_time, dos_date = _dos_time(when)
    directory = bytearray()
    offset = 0
    for name, content in entries:
        raw_name = name.encode("ascii")
        method, stored = _compressed(name, content)
        crc = zlib.crc32(content)
        header = _LOCAL.pack(
            _LOCAL_SIG,
            VERSION_NEEDED,
            0,
            method,
            dos_time,
            dos_date,
            crc,
            len(stored),
            len(content),
            len(raw_name),
            0,
        )
        handle.write(header + raw_name)
        handle.write(stored)
        directory += _CENTRAL.pack(
            _CENTRAL_SIG,
            VERSION_MADE_BY,
            VERSION_NEEDED,
            0,
            method,
            dos_time,
            dos_date,
            crc,
            len(stored),
            len(content),
            len(raw_name),
            0,
            0,
            0,
            0,
            EXTERNAL_ATTR,
            offset,
        )
        directory += raw_name
        offset += len(header) + len(raw_name) + len(stored)
    if offset + len(directory) >= 2**32:
        raise PackageError(
            translate("Sync", "the package would exceed 4 GiB, which this format does not allow")
        )
    handle.write(bytes(directory))
    handle.write(_END.pack(_END_SIG, 0, 0, len(entries), len(entries), len(directory), offset, 0))


def looks_like_package(path: Path) -> bool:
    """A cheap look at the content, trusting nothing: a ZIP whose first member is manifest.json
    and whose first bytes name the package format. Verification stays in ``import_package``."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            head = handle.read(30 + len(MANIFEST) + 64 * 1024)
    except OSError:
        return False
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        return False
    (method,) = struct.unpack_from("<H", head, 8)
    name_len, extra_len = struct.unpack_from("<HH", head, 26)
    if head[30 : 30 + name_len] != MANIFEST.encode("ascii"):
        return False
    body = head[30 + name_len + extra_len :]
    if method == 8:  # deflated: inflate a few KB at most, never the whole member
        try:
            body = zlib.decompressobj(-15).decompress(body, 16 * 1024)
        except zlib.error:
            return False
    elif method != 0:
        return False
    return f'"format":"{PACKAGE_FORMAT}"'.encode() in body
