"""Revocation notices that travel: a key revoked once is refused everywhere, whatever the path.

A unit revokes its own key (a lost laptop, a key it no longer trusts) with a notice signed by
that key; the mission authority, when the mission names one, may revoke any unit's key with a
notice signed by the authority's key. A notice names the revoked key (fingerprint and public
key), its unit and the time from which versions signed by it are refused. Every package carries
every notice its maker holds, and every importer verifies each one before keeping it and passing
it on: a notice signed by anyone else is ignored (and said so), a notice whose signature fails is
a forgery and refuses the package. Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.domain.coords import format_utc
from app.errors import AppError, ValidationError
from app.i18n import translate
from app.sync.identity import (
    Identity,
    Partner,
    check_unit,
    fingerprint_of,
    is_fingerprint,
    parse_signed_time,
    raw_public_key,
)

_DOMAIN = b"bluehelmet-revocation-1\n"
_FIELDS = frozenset({"key", "public_key", "unit", "revoked_at", "signed_by", "signature"})
#: A package carries at most this many notices (a mission has tens of units, not thousands).
MAX_NOTICES = 1000


class RevocationRefused(AppError):
    """A revocation notice that is malformed or whose signature does not verify (a forgery)."""


@dataclass(frozen=True)
class RevocationNotice:
    """A signed statement that ``key`` (of ``unit``) is revoked from ``revoked_at`` on."""

    key: str
    public_key: bytes
    unit: str
    revoked_at: datetime
    signed_by: str
    signature: str

    @property
    def self_signed(self) -> bool:
        return self.signed_by == self.key

    def payload(self) -> bytes:
        return notice_payload(self.key, self.public_key, self.unit, self.revoked_at, self.signed_by)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
            "unit": self.unit,
            "revoked_at": format_utc(self.revoked_at),
            "signed_by": self.signed_by,
            "signature": self.signature,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_dict(cls, value: Any, where: str = "revocation notice") -> RevocationNotice:
        """Strictly read a notice (exact fields and types); ``RevocationRefused`` otherwise."""
        if not isinstance(value, dict) or set(value) != _FIELDS:
            raise RevocationRefused(
                translate("Sync", "{where}: expected exactly {fields}").format(
                    where=where, fields=", ".join(sorted(_FIELDS))
                )
            )
        key, signed_by = value["key"], value["signed_by"]
        for name, text in (("key", key), ("signed_by", signed_by)):
            if not isinstance(text, str) or not is_fingerprint(text):
                raise RevocationRefused(
                    translate("Sync", "{where}: {name} is not a fingerprint").format(
                        where=where, name=name
                    )
                )
        try:
            public = base64.b64decode(str(value["public_key"]), validate=True)
            raw_signature = base64.b64decode(str(value["signature"]), validate=True)
            Ed25519PublicKey.from_public_bytes(public)
        except (binascii.Error, ValueError):
            raise RevocationRefused(
                translate("Sync", "{where}: public_key or signature is not base64").format(
                    where=where
                )
            ) from None
        if len(raw_signature) != 64 or fingerprint_of(public) != key:
            raise RevocationRefused(
                translate("Sync", "{where}: its public key is not the key it names").format(
                    where=where
                )
            )
        try:
            revoked_at = parse_signed_time(value["revoked_at"], "revoked_at")
            unit = check_unit(value["unit"], "unit")
        except ValidationError as exc:
            raise RevocationRefused(
                translate("Sync", "{where}: {exc}").format(where=where, exc=exc)
            ) from None
        return cls(key, public, unit, revoked_at, signed_by, str(value["signature"]))

    @classmethod
    def from_json(cls, text: str) -> RevocationNotice:
        return cls.from_dict(json.loads(text))


def notice_payload(
    key: str, public_key: bytes, unit: str, revoked_at: datetime, signed_by: str
) -> bytes:
    """The bytes a notice's signature covers."""
    body = {
        "key": key,
        "public_key": base64.b64encode(public_key).decode("ascii"),
        "revoked_at": format_utc(revoked_at),
        "signed_by": signed_by,
        "unit": unit,
    }
    return _DOMAIN + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def make_notice(
    revoked: Identity | Partner,
    revoked_at: datetime,
    signer: Identity,
    signer_key: Ed25519PrivateKey,
) -> RevocationNotice:
    """A notice revoking ``revoked``'s key from ``revoked_at``, signed by ``signer`` (the key
    itself, or the mission authority)."""
    if raw_public_key(signer_key) != signer.public_key:
        raise AppError(translate("Sync", "the signing key does not belong to this identity"))
    revoked_at = revoked_at.replace(microsecond=revoked_at.microsecond // 1000 * 1000)
    payload = notice_payload(
        revoked.fingerprint, revoked.public_key, revoked.unit, revoked_at, signer.fingerprint
    )
    value = base64.b64encode(signer_key.sign(payload)).decode("ascii")
    return RevocationNotice(
        revoked.fingerprint, revoked.public_key, revoked.unit, revoked_at, signer.fingerprint, value
    )


def verify_notice(
    notice: RevocationNotice,
    *,
    authority: str | None,
    partners: Mapping[str, Partner],
    me: Identity,
) -> bool:
    """True when the notice is signed by the revoked key itself or by the mission authority
    (``authority``: its fingerprint, a trusted key or this installation's own); False when its
    signer is neither (the notice cannot be checked here and is ignored). A signature that does
    not verify is a forgery: ``RevocationRefused``."""
    if notice.self_signed:
        public = notice.public_key
    elif authority and notice.signed_by == authority:
        if authority == me.fingerprint:
            public = me.public_key
        else:
            partner = partners.get(authority)
            if partner is None or partner.revoked:
                return False
            public = partner.public_key
    else:
        return False
    try:
        raw = base64.b64decode(notice.signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(raw, notice.payload())
    except (InvalidSignature, binascii.Error, ValueError):
        raise RevocationRefused(
            translate(
                "Sync",
                "the revocation notice for {unit}'s key {key} … does not verify (changed after "
                "it was signed, or forged)",
            ).format(unit=notice.unit, key=notice.key[:19])
        ) from None
    return True
