"""Record versions signed by their authors, so a relay cannot forge or rewrite them unseen.

The installation that makes a version signs its kind, id, version, content hash and its own
fingerprint (the author) with its Ed25519 key; the signature rides with the record line in every
package, relays carry it unchanged, and every importer verifies it against its own trust list.
An edit of another unit's record is a new version, signed by whoever made the edit.

Which key may sign the versions of an installation (the node part of the version stamp) is
learnt from the first signed version seen and never changes after: a version that names a node
bound to another key, or this installation's own node, is a forgery. Plain Python: no Qt.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring_ascii as _json_string
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.domain.coords import format_utc
from app.domain.hlc import Hlc
from app.errors import AppError
from app.i18n import translate
from app.sync.identity import Identity, Partner, is_fingerprint
from app.sync.verify_workers import PARALLEL_FROM, Verifier

#: Field added to each NDJSON record line: ``{"author": fingerprint, "value": base64}``.
SIGNATURE_FIELD = "signature"
_DOMAIN = b"bluehelmet-record-version-1\n"


class RecordRefused(AppError):
    """A record version whose author signature cannot be accepted; names the record and why."""


def payload(kind: str, record_id: str, version: str, author: str, content_hash: str) -> bytes:
    """The bytes an author signs for one version of one record: the domain line, then the
    canonical JSON object (sorted keys, no spaces, ASCII) of author, content, id, kind and
    version; built by hand, as ``json.dumps`` would, because imports build one per record."""
    q = _json_string
    body = (
        f'{{"author":{q(author)},"content":{q(content_hash)},"id":{q(record_id)},'
        f'"kind":{q(kind)},"version":{q(version)}}}'
    )
    return _DOMAIN + body.encode("ascii")


def sign(
    key: Ed25519PrivateKey,
    identity: Identity,
    kind: str,
    record_id: str,
    version: str,
    content_hash: str,
) -> str:
    """The base64 signature of one version by ``identity`` (whose key ``key`` is)."""
    raw = key.sign(payload(kind, record_id, version, identity.fingerprint, content_hash))
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class SignedBy:
    """A verified author of one record version."""

    fingerprint: str
    unit: str
    signature: str


def parse_field(value: Any, what: str) -> tuple[str, str]:
    """``(author fingerprint, signature)`` from a line's signature field; refuses anything
    else."""
    if value is None:
        raise RecordRefused(
            translate("Sync", "{what} carries no author signature").format(what=what)
        )
    if not isinstance(value, dict) or set(value) != {"author", "value"}:
        raise RecordRefused(
            translate("Sync", "{what}: its signature field is not {{author, value}}").format(
                what=what
            )
        )
    author, signature = value["author"], value["value"]
    if not isinstance(author, str) or not is_fingerprint(author):
        raise RecordRefused(
            translate("Sync", "{what}: its author is not a fingerprint").format(what=what)
        )
    if not isinstance(signature, str) or len(signature) != 88:
        raise RecordRefused(
            translate("Sync", "{what}: its signature is not 64 bytes of base64").format(what=what)
        )
    return author, signature


def verify(
    *,
    kind: str,
    record_id: str,
    version: str,
    content_hash: str,
    author: str,
    signature: str,
    partners: Mapping[str, Partner],
    me: Identity,
    nodes: Mapping[str, tuple[str, str]],
    own_node: str,
) -> SignedBy:
    """Check one version's author signature; ``RecordRefused`` says which record and why.

    ``partners`` maps fingerprints to trust-list entries (revoked included); ``nodes`` maps
    version nodes to the key bound to them; ``own_node`` is this database's node.
    """
    what = translate("Sync", "{kind} {record_id} version {version}").format(
        kind=kind, record_id=record_id, version=version
    )
    stamp = Hlc.parse(version)
    if author == me.fingerprint:
        unit, public = me.unit, me.public_key
        revoked_at = None
    else:
        partner = partners.get(author)
        if partner is None:
            raise RecordRefused(
                translate(
                    "Sync",
                    "{what} is signed by key {author} …, which is not trusted here: its author "
                    "is unknown",
                ).format(what=what, author=author[:19])
            )
        unit, public, revoked_at = partner.unit, partner.public_key, partner.revoked_at
    when = datetime.fromtimestamp(stamp.wall_ms / 1000, UTC)
    if revoked_at is not None and when >= revoked_at:
        raise RecordRefused(
            translate(
                "Sync",
                "{what} is signed by {unit}, whose key was revoked on {revoked_at}, before this "
                "version was made",
            ).format(what=what, unit=unit, revoked_at=format_utc(revoked_at))
        )
    try:
        raw = base64.b64decode(signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(
            raw, payload(kind, record_id, version, author, content_hash)
        )
    except (InvalidSignature, binascii.Error, ValueError):
        raise RecordRefused(
            translate(
                "Sync",
                "{what}: the signature of {unit} does not verify (the record was changed after "
                "its author signed it)",
            ).format(what=what, unit=unit)
        ) from None
    if stamp.node == own_node and author != me.fingerprint:
        raise RecordRefused(
            translate(
                "Sync", "{what} claims to be a version made here, but {unit} signed it: forged"
            ).format(what=what, unit=unit)
        )
    bound = nodes.get(stamp.node)
    if bound is not None and bound[0] != author:
        raise RecordRefused(
            translate(
                "Sync",
                "{what} claims to come from {bound}'s installation but is signed by {unit}: a "
                "record in another unit's name is refused (an edit must be signed as its editor)",
            ).format(what=what, bound=bound[1], unit=unit)
        )
    return SignedBy(author, unit, signature)


class SignatureCheck:
    """The author signatures of a package's record versions, checked as the records are
    decoded: the decisions (author trusted, not revoked when the version was made, the key
    that makes its node's versions) here, the Ed25519 checks in worker processes for a large
    package (``verify_workers``), while decoding goes on. ``finish`` waits and refuses the
    first record, in package order, that fails, with the same reason ``verify`` gives.

    ``partners`` maps fingerprints to trust-list entries (revocations marked); ``nodes`` maps
    version nodes to the key bound to them (updated as versions are added); ``expected`` is
    the number of versions to come (from the package's line counts).
    """

    def __init__(
        self,
        *,
        partners: Mapping[str, Partner],
        me: Identity,
        nodes: dict[str, tuple[str, str]],
        own_node: str,
        expected: int,
    ) -> None:
        self._partners = partners
        self._me = me
        self._me_fingerprint = me.fingerprint  # a property that hashes: once, not per record
        self._nodes = nodes
        self._own_node = own_node
        # fingerprint → (unit, raw public key, revoked at): looked up once per author.
        self._authors: dict[str, tuple[str, bytes, datetime | None]] = {}
        # Per version, in package order: (what, author's unit, verifier position or None for
        # a signature that is not even base64, the refusal found after its signature).
        self._entries: list[tuple[str, str, int | None, str | None]] = []
        self.signed: dict[tuple[str, str, str], SignedBy] = {}
        self._stop: str | None = None  # a refusal found before any signature check
        self._verifier = Verifier(parallel=expected >= PARALLEL_FROM)

    def _author(self, author: str, what: str) -> tuple[str, bytes, datetime | None]:
        known = self._authors.get(author)
        if known is None:
            if author == self._me_fingerprint:
                known = (self._me.unit, self._me.public_key, None)
            else:
                partner = self._partners.get(author)
                if partner is None:
                    raise RecordRefused(
                        translate(
                            "Sync",
                            "{what} is signed by key {author} …, which is not trusted here: its "
                            "author is unknown",
                        ).format(what=what, author=author[:19])
                    )
                known = (partner.unit, partner.public_key, partner.revoked_at)
            self._authors[author] = known
        return known

    def add(self, kind: str, record_id: str, version: str, content_hash: str, field: Any) -> None:
        """One version and its line's signature field (checked by ``finish``)."""
        if self._stop is not None:
            return  # an earlier version is refused already: nothing after it counts
        what = translate("Sync", "{kind} {record_id} version {version}").format(
            kind=kind, record_id=record_id, version=version
        )
        try:
            author, value = parse_field(field, what)
            stamp = Hlc.parse(version)
            unit, public, revoked_at = self._author(author, what)
            if revoked_at is not None:
                when = datetime.fromtimestamp(stamp.wall_ms / 1000, UTC)
                if when >= revoked_at:
                    raise RecordRefused(
                        translate(
                            "Sync",
                            "{what} is signed by {unit}, whose key was revoked on {revoked_at}, "
                            "before this version was made",
                        ).format(what=what, unit=unit, revoked_at=format_utc(revoked_at))
                    )
        except RecordRefused as exc:
            self._stop = str(exc)
            return
        try:
            raw = base64.b64decode(value, validate=True)
            position: int | None = self._verifier.add(
                public, raw, payload(kind, record_id, version, author, content_hash)
            )
        except (binascii.Error, ValueError):
            position = None
        after = None
        if stamp.node == self._own_node and author != self._me_fingerprint:
            after = f"{what} claims to be a version made here, but {unit} signed it: forged"
        else:
            bound = self._nodes.get(stamp.node)
            if bound is not None and bound[0] != author:
                after = (
                    f"{what} claims to come from {bound[1]}'s installation but is signed by "
                    f"{unit}: a record in another unit's name is refused (an edit must be "
                    "signed as its editor)"
                )
        self._nodes.setdefault(stamp.node, (author, unit))
        self._entries.append((what, unit, position, after))
        self.signed[(kind, record_id, version)] = SignedBy(author, unit, value)

    def finish(self) -> dict[tuple[str, str, str], SignedBy]:
        """Every version's verified author; ``RecordRefused`` for the first that fails."""
        try:
            failed = self._verifier.failed()
        finally:
            self.close()
        for what, unit, position, after in self._entries:
            if position is None or position in failed:
                raise RecordRefused(
                    translate(
                        "Sync",
                        "{what}: the signature of {unit} does not verify (the record was "
                        "changed after its author signed it)",
                    ).format(what=what, unit=unit)
                )
            if after is not None:
                raise RecordRefused(after)
        if self._stop is not None:
            raise RecordRefused(self._stop)
        return self.signed

    def close(self) -> None:
        """End the worker processes (also when the import is refused before ``finish``)."""
        self._verifier.close()


# --- the mission authority --------------------------------------------------------------------

#: Store setting naming the mission authority's key (its full fingerprint); the key itself must
#: be in the trust list, trusted like any partner's card after a fingerprint check.
MISSION_AUTHORITY_SETTING = "sync.mission_authority"


def signed_by_mission_authority(
    data: bytes,
    signature: bytes,
    authority_fingerprint: str | None,
    partners: Mapping[str, Partner],
) -> bool:
    """Whether ``signature`` over ``data`` is by the mission authority's key (named by its
    fingerprint, looked up in the trust list, not revoked). Mission settings travel only when
    this holds; False when no authority is set."""
    if not authority_fingerprint:
        return False
    partner = partners.get(authority_fingerprint)
    if partner is None or partner.revoked:
        return False
    try:
        partner.verifier().verify(signature, data)
    except InvalidSignature:
        return False
    return True
