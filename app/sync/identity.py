"""This installation's unit identity and signing key, key cards, and the partners it trusts.

A package is only as trustworthy as the key that signed it, so the rules here are strict: the
private key lives in ``data_dir()/identity/private_key.pem`` readable by its owner only, a key
card whose fingerprint does not match its key is refused, and a unit name can only move to a
new key after its old key was revoked. Fingerprints are SHA-256 of the raw public key, shown as
16 groups of 4 hex digits so two operators can compare them over a voice or radio link.

Every file is written atomically (temporary file, fsync, rename), so a crash never leaves a
half-written key or trust list. Plain Python: must not import Qt or SQLite.
"""

from __future__ import annotations

import base64
import binascii
import builtins
import hashlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.domain.coords import format_utc, parse_utc
from app.errors import AppError, NotFoundError, ValidationError
from app.files import atomic_file
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.paths import data_dir
from app.sync.nations import ISO3166_ALPHA3

CARD_FORMAT = "bluehelmet-key-card"
IDENTITY_FORMAT = "bluehelmet-identity"
TRUST_FORMAT = "bluehelmet-trust"
FORMAT_VERSION = 1
#: A key card is a few hundred bytes; anything much bigger is not a key card.
MAX_CARD_BYTES = 16 * 1024
MAX_TRUST_BYTES = 4 * 1024 * 1024
MAX_KEY_FILE_BYTES = 64 * 1024
PUBLIC_KEY_BYTES = 32

#: Organisations a mission typically lists; a mission may define its own list (never a nation
#: code, never MISSION, which every partner passes).
DEFAULT_ORGS: tuple[str, ...] = ("UN", "AU", "EU", "NATO", "OSCE", "ECOWAS", "SADC", "IGAD")
SIGNATURE_BYTES = 64
_NATION = re.compile(r"^[A-Z]{3}$")
_ORG = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,31}$")
_FINGERPRINT = re.compile(r"^[0-9A-F]{4}( [0-9A-F]{4}){15}$")
_POSIX = os.name == "posix"


class IdentityError(AppError):
    """The identity, a key card or the trust list cannot be used; says what to do about it."""


# --- fingerprints ----------------------------------------------------------------------------


def fingerprint_of(public_key: bytes) -> str:
    """SHA-256 of the raw public key as 16 groups of 4 upper-case hex digits."""
    digest = hashlib.sha256(public_key).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def short_form(fingerprint: str) -> str:
    """The first 4 groups: enough to pick a partner out of a list, not to verify a key."""
    return fingerprint[:19]


def normalize_fingerprint(text: str) -> str:
    """Hex digits only, upper case: operators type fingerprints with spaces, colons or dashes."""
    return re.sub(r"[\s:-]", "", text).upper()


def is_fingerprint(text: str) -> bool:
    """Whether ``text`` is a fingerprint in the display form (``ABCD EF01 …``, 16 groups)."""
    return bool(_FINGERPRINT.fullmatch(text))


# --- identities and partners ----------------------------------------------------------------


def parse_signed_time(value: Any, field: str) -> datetime:
    """A time a signed notice carries: UTC text ending in ``Z`` (the form that was signed)."""
    if not isinstance(value, str) or not value.endswith("Z"):
        raise ValidationError(field, translate("Sync", "is not a UTC time ending in Z"))
    return parse_utc(value, field)


def check_unit(value: Any, where: str = "unit") -> str:
    """A unit designation as identities, cards and manifests carry it."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(where, translate("Sync", "a unit designation is required"))
    value = unicodedata.normalize("NFC", value.strip())
    if len(value) > 100:
        raise ValidationError(
            where,
            translate("Sync", "is {length} characters long; the limit is 100").format(
                length=len(value)
            ),
        )
    # Unit names end up in one-line messages and file names: no control characters.
    if not value.isprintable():
        raise ValidationError(where, translate("Sync", "contains a control character"))
    return value


def check_nation(value: Any, where: str = "nation") -> str:
    """An ISO 3166 alpha-3 code, upper case (the form releasability labels use)."""
    if not isinstance(value, str) or not _NATION.fullmatch(value.strip().upper()):
        raise ValidationError(
            where,
            translate("Sync", "{value} is not an ISO 3166 alpha-3 nation code").format(
                value=repr(value)
            ),
        )
    code = value.strip().upper()
    if code not in ISO3166_ALPHA3:
        raise ValidationError(
            where,
            translate("Sync", "{code} is not an ISO 3166 alpha-3 nation code").format(
                code=repr(code)
            ),
        )
    return code


def check_org(value: Any, where: str = "org", orgs: Collection[str] | None = None) -> str | None:
    """An optional organisation token such as UN; empty means none.

    An org is what releasability labels name besides nations, so it can never be a nation code
    (a card with ``org: FRA`` would receive France-only records) nor ``MISSION``; with ``orgs``
    (the mission's list) it must be one of them.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _ORG.fullmatch(value.strip().upper()):
        raise ValidationError(
            where,
            translate("Sync", "{value} is not an organisation token such as UN").format(
                value=repr(value)
            ),
        )
    token = value.strip().upper()
    if token in ISO3166_ALPHA3:
        raise ValidationError(
            where,
            translate("Sync", "{token} is a nation code, not an organisation").format(
                token=repr(token)
            ),
        )
    if token == "MISSION":
        raise ValidationError(
            where, translate("Sync", "MISSION is the releasability token every partner passes")
        )
    if orgs is not None and token not in orgs:
        raise ValidationError(
            where,
            translate("Sync", "{token} is not one of the mission's organisations ({orgs})").format(
                token=repr(token), orgs=", ".join(orgs)
            ),
        )
    return token


# --- look-alike names (Unicode TS #39, a small table) -----------------------------------------

#: Greek and Cyrillic letters (and digits) that read as Latin ones: the subset of the Unicode
#: confusables table that matters for unit designations written in Latin script.
_LOOK_ALIKES = {
    "a": "ΑАᎪаα",
    "b": "ΒВЬ",
    "c": "СϹс",
    "e": "ΕЕеε",
    "h": "ΗНһ",
    "l": "ΙІӀіι1I|",
    "j": "Јј",
    "k": "ΚКκ",
    "m": "ΜМ",
    "n": "Ν",
    "o": "ΟОоο0",
    "p": "ΡРрρ",
    "s": "Ѕѕ",
    "t": "ΤТ",
    "x": "ΧХхχ",
    "y": "ΥҮуγ",
    "z": "Ζ",
    "v": "ν",
}
_CONFUSABLES = str.maketrans({c: latin for latin, chars in _LOOK_ALIKES.items() for c in chars})


def skeleton(name: str) -> str:
    """The confusable skeleton of a name (UTS #39 style): look-alikes mapped to one letter, case
    and spacing folded, so "NΕPBATT 1" (Greek Epsilon) and "NEPBATT 1" have the same one."""
    text = unicodedata.normalize("NFKD", name).translate(_CONFUSABLES)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(text.translate(_CONFUSABLES).split())


def scripts_of(name: str) -> set[str]:
    """The scripts of the letters in a name (LATIN, GREEK, CYRILLIC, …); digits and
    punctuation belong to none."""
    out = set()
    for char in name:
        if char.isalpha():
            out.add(unicodedata.name(char, "UNKNOWN").split(" ")[0])
    return out


def _check_public_key(value: Any, where: str = "public_key") -> bytes:
    if not isinstance(value, bytes) or len(value) != PUBLIC_KEY_BYTES:
        raise ValidationError(
            where,
            translate("Sync", "an Ed25519 public key is {size} bytes").format(
                size=PUBLIC_KEY_BYTES
            ),
        )
    try:
        Ed25519PublicKey.from_public_bytes(value)
    except ValueError as exc:
        raise ValidationError(
            where, translate("Sync", "is not an Ed25519 public key ({exc})").format(exc=exc)
        ) from None
    return value


@dataclass(frozen=True)
class Identity:
    """Who an installation is: its unit, nation, organisation and public key."""

    unit: str
    nation: str
    public_key: bytes
    org: str | None = None
    #: When the key pair was made.
    created_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "unit", check_unit(self.unit))
        object.__setattr__(self, "nation", check_nation(self.nation))
        object.__setattr__(self, "org", check_org(self.org))
        _check_public_key(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key)

    @property
    def short_fingerprint(self) -> str:
        return short_form(self.fingerprint)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


@dataclass(frozen=True)
class Partner:
    """A partner installation whose key this installation trusts (or trusted, until revoked)."""

    unit: str
    nation: str
    public_key: bytes
    trusted_at: datetime
    org: str | None = None
    created_at: datetime | None = None
    revoked_at: datetime | None = None
    #: The highest classification this partner is cleared to receive; None = not set, which
    #: releases only the mission's lowest label (see ``app.sync.service``).
    accreditation: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key)

    @property
    def short_fingerprint(self) -> str:
        return short_form(self.fingerprint)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def identity(self) -> Identity:
        return Identity(
            unit=self.unit,
            nation=self.nation,
            org=self.org,
            public_key=self.public_key,
            created_at=self.created_at,
        )

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


def raw_public_key(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def new_key_pair(
    unit: str, nation: str, org: str | None = None
) -> tuple[Identity, Ed25519PrivateKey]:
    """A fresh identity and its private key, in memory only (``init_identity`` stores them)."""
    key = Ed25519PrivateKey.generate()
    identity = Identity(
        unit=unit,
        nation=nation,
        org=org,
        public_key=raw_public_key(key),
        created_at=_now(),
    )
    return identity, key


def _now() -> datetime:
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _read_limited(path: Path, limit: int, what: str) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise NotFoundError(
            translate("Sync", "{what} {path} does not exist").format(what=what, path=path)
        ) from None
    except OSError as exc:
        raise IdentityError(
            translate("Sync", "cannot read {what} {path}: {exc}").format(
                what=what, path=path, exc=exc.strerror or exc
            )
        ) from None
    if len(data) > limit:
        raise IdentityError(
            translate("Sync", "{what} {path} is larger than {limit} KB; it is not one").format(
                what=what, path=path, limit=limit // 1024
            )
        )
    return data


def _strict_json(data: bytes, where: str) -> dict[str, Any]:
    """One JSON object, UTF-8, no duplicate keys and no NaN: anything else is refused."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise ValueError(translate("Sync", "duplicate key {key}").format(key=repr(key)))
            out[key] = value
        return out

    def no_constants(name: str) -> Any:
        raise ValueError(translate("Sync", "{name} is not allowed").format(name=name))

    try:
        value = json.loads(
            data.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants
        )
    except UnicodeDecodeError:
        raise IdentityError(
            translate("Sync", "{where} is not UTF-8 text").format(where=where)
        ) from None
    except (ValueError, RecursionError) as exc:
        raise IdentityError(
            translate("Sync", "{where} is not valid JSON ({exc})").format(where=where, exc=exc)
        ) from None
    if not isinstance(value, dict):
        raise IdentityError(translate("Sync", "{where} is not a JSON object").format(where=where))
    return value


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _from_b64(value: Any, where: str) -> bytes:
    if not isinstance(value, str):
        raise IdentityError(
            translate("Sync", "{where}: public_key is not base64 text").format(where=where)
        )
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise IdentityError(
            translate("Sync", "{where}: public_key is not valid base64").format(where=where)
        ) from None
    if _b64(raw) != value:
        raise IdentityError(
            translate("Sync", "{where}: public_key is not in canonical base64").format(where=where)
        )
    if len(raw) != PUBLIC_KEY_BYTES:
        raise IdentityError(
            translate(
                "Sync",
                "{where}: public_key is {length} bytes; an Ed25519 key is {size}",
            ).format(where=where, length=len(raw), size=PUBLIC_KEY_BYTES)
        )
    return raw


def _time_field(value: Any, name: str, where: str, *, required: bool) -> datetime | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.endswith("Z"):
        raise IdentityError(
            translate(
                "Sync", "{where}: {name} is not a UTC time such as 2026-03-05T14:30:00.000Z"
            ).format(where=where, name=name)
        )
    try:
        return parse_utc(value, name)
    except ValidationError as exc:
        raise IdentityError(
            translate("Sync", "{where}: {exc}").format(where=where, exc=exc)
        ) from None


def _identity_document(identity: Identity, format_name: str) -> dict[str, Any]:
    return {
        "format": format_name,
        "version": FORMAT_VERSION,
        "unit": identity.unit,
        "nation": identity.nation,
        "org": identity.org,
        "public_key": _b64(identity.public_key),
        "fingerprint": identity.fingerprint,
        "created_at": format_utc(identity.created_at) if identity.created_at else None,
    }


_IDENTITY_FIELDS = frozenset(
    {"format", "version", "unit", "nation", "org", "public_key", "fingerprint", "created_at"}
)


def card_payload(identity: Identity) -> bytes:
    """The bytes a key card's signature covers: every field but the signature, canonical JSON.

    Signing the unit, nation, organisation and creation time with the card's own key binds them
    to the fingerprint the operators compare: a card edited in transit no longer verifies.
    """
    doc = _identity_document(identity, CARD_FORMAT)
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _parse_identity_document(
    doc: dict[str, Any], format_name: str, where: str, *, signed: bool = False
) -> Identity:
    """Strictly read a key card or identity.json: exact fields, types, and a matching key; with
    ``signed``, a ``signature`` by that key over every other field (a key card)."""
    if doc.get("format") != format_name:
        raise IdentityError(
            translate("Sync", "{where} is not a {format_name} file (format {format})").format(
                where=where, format_name=format_name, format=repr(doc.get("format"))
            )
        )
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise IdentityError(
            translate("Sync", "{where}: version is not a whole number").format(where=where)
        )
    if version > FORMAT_VERSION:
        raise IdentityError(
            translate(
                "Sync",
                "{where} was written by a newer version of Blue Helmet (version {version}; this "
                "one reads {supported}); update the application",
            ).format(where=where, version=version, supported=FORMAT_VERSION)
        )
    if version != FORMAT_VERSION:
        raise IdentityError(
            translate("Sync", "{where}: version {version} is not supported").format(
                where=where, version=version
            )
        )
    keys = set(doc)
    wanted = _IDENTITY_FIELDS | {"signature"} if signed else _IDENTITY_FIELDS
    if keys != wanted:
        missing = sorted(wanted - keys)
        extra = sorted(keys - wanted)
        problem = "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"unexpected {', '.join(extra)}" if extra else "",
            )
            if part
        )
        raise IdentityError(
            translate("Sync", "{where}: {problem}").format(where=where, problem=problem)
        )
    public_key = _from_b64(doc["public_key"], where)
    claimed = doc["fingerprint"]
    actual = fingerprint_of(public_key)
    if not isinstance(claimed, str) or normalize_fingerprint(claimed) != normalize_fingerprint(
        actual
    ):
        raise IdentityError(
            translate(
                "Sync",
                "{where}: its fingerprint {claimed} does not match its key ({actual}); the file "
                "is damaged or forged: do not trust it",
            ).format(where=where, claimed=repr(str(claimed)[:80]), actual=actual)
        )
    created_at = _time_field(doc["created_at"], "created_at", where, required=False)
    org = doc["org"]
    if org is not None and not isinstance(org, str):
        raise IdentityError(translate("Sync", "{where}: org is not text").format(where=where))
    try:
        identity = Identity(
            unit=doc["unit"],
            nation=doc["nation"],
            org=org,
            public_key=public_key,
            created_at=created_at,
        )
    except ValidationError as exc:
        raise IdentityError(
            translate("Sync", "{where}: {exc}").format(where=where, exc=exc)
        ) from None
    if signed:
        payload = {k: v for k, v in doc.items() if k != "signature"}
        signature = _signature_bytes(doc["signature"], where)
        try:
            identity.verifier().verify(
                signature,
                json.dumps(
                    payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False
                ).encode(),
            )
        except InvalidSignature:
            raise IdentityError(
                translate(
                    "Sync",
                    "{where}: its signature does not cover what it says (unit, nation, org or "
                    "creation time were changed after it was signed): do not trust it",
                ).format(where=where)
            ) from None
    return identity


def _signature_bytes(value: Any, where: str) -> bytes:
    if not isinstance(value, str):
        raise IdentityError(
            translate("Sync", "{where}: signature is not base64 text").format(where=where)
        )
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise IdentityError(
            translate("Sync", "{where}: signature is not valid base64").format(where=where)
        ) from None
    if len(raw) != SIGNATURE_BYTES or _b64(raw) != value:
        raise IdentityError(
            translate("Sync", "{where}: signature is not {size} bytes of base64").format(
                where=where, size=SIGNATURE_BYTES
            )
        )
    return raw


def _json_bytes(doc: Any) -> bytes:
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


# --- this installation's identity ------------------------------------------------------------


def identity_dir() -> Path:
    return data_dir() / "identity"


def private_key_path() -> Path:
    return identity_dir() / "private_key.pem"


def identity_path() -> Path:
    return identity_dir() / "identity.json"


_NO_IDENTITY = QT_TRANSLATE_NOOP(
    "Sync", "no identity yet; run 'bluehelmet identity init --unit … --nation …'"
)


def init_identity(
    unit: str, nation: str, org: str | None = None, *, force: bool = False
) -> Identity:
    """Make this installation's key pair and store it; refuses to replace one unless ``force``.

    Replacing a key means every partner must trust the new key card (and should revoke the old
    one), so it is never done by accident.
    """
    try:
        identity, key = new_key_pair(unit, nation, org)
    except ValidationError as exc:
        raise IdentityError(
            translate("Sync", "cannot create the identity: {exc}").format(exc=exc)
        ) from None
    folder = identity_dir()
    key_path, doc_path = private_key_path(), identity_path()
    if not force and (key_path.exists() or doc_path.exists()):
        try:
            shown = load_identity()
            which = translate("Sync", " ({unit}, fingerprint {fingerprint} …)").format(
                unit=shown.unit, fingerprint=shown.short_fingerprint
            )
        except AppError:
            which = ""
        raise IdentityError(
            translate(
                "Sync",
                "an identity already exists in {folder}{which}; use --force to replace it "
                "(every partner must then trust your new key card)",
            ).format(folder=folder, which=which)
        )
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if _POSIX:
            os.chmod(folder, 0o700)
        # The key first: identity.json without its key would look like a usable identity.
        with atomic_file(key_path, 0o600) as handle:
            handle.write(pem)
        with atomic_file(doc_path, 0o600) as handle:
            handle.write(_json_bytes(_identity_document(identity, IDENTITY_FORMAT)))
    except OSError as exc:
        raise IdentityError(
            translate("Sync", "cannot write the identity to {folder}: {exc}").format(
                folder=folder, exc=exc.strerror or exc
            )
        ) from None
    return identity


def load_identity() -> Identity:
    """This installation's identity (public part only; ``signing_key`` reads the private key)."""
    path = identity_path()
    if not path.exists():
        raise NotFoundError(translate("Sync", _NO_IDENTITY))
    data = _read_limited(path, MAX_CARD_BYTES, translate("Sync", "identity file"))
    return _parse_identity_document(_strict_json(data, str(path)), IDENTITY_FORMAT, str(path))


def signing_key() -> Ed25519PrivateKey:
    """The private key, refused if other users could read it or it does not match identity.json."""
    identity = load_identity()
    path = private_key_path()
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise NotFoundError(
            translate(
                "Sync",
                "the private key {path} is missing; restore it from a backup, or make a new "
                "identity with 'bluehelmet identity init … --force'",
            ).format(path=path)
        ) from None
    except OSError as exc:
        raise IdentityError(
            translate("Sync", "cannot open the private key {path}: {exc}").format(
                path=path, exc=exc.strerror or exc
            )
        ) from None
    with os.fdopen(fd, "rb") as handle:
        # fstat the open file, not the path: the file checked is the file read.
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise IdentityError(
                translate("Sync", "the private key {path} is not a regular file").format(path=path)
            )
        if _POSIX and info.st_mode & 0o077:
            raise IdentityError(
                translate(
                    "Sync",
                    "the private key {path} can be read by other users (mode {mode}); fix it "
                    "with: chmod 600 {path}",
                ).format(path=path, mode=format(stat.S_IMODE(info.st_mode), "04o"))
            )
        data = handle.read(MAX_KEY_FILE_BYTES + 1)
    if len(data) > MAX_KEY_FILE_BYTES:
        raise IdentityError(
            translate("Sync", "the private key {path} is too large to be a key").format(path=path)
        )
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise IdentityError(
            translate("Sync", "the private key {path} cannot be read ({exc})").format(
                path=path, exc=exc
            )
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise IdentityError(
            translate("Sync", "the private key {path} is not an Ed25519 key").format(path=path)
        )
    if raw_public_key(key) != identity.public_key:
        raise IdentityError(
            translate(
                "Sync",
                "the private key {path} does not belong to identity.json (fingerprint "
                "{short_fingerprint} …); restore the matching pair",
            ).format(path=path, short_fingerprint=identity.short_fingerprint)
        )
    return key


# --- key cards -------------------------------------------------------------------------------


def card_document(identity: Identity, key: Ed25519PrivateKey) -> dict[str, Any]:
    """A key card: the identity's public fields and a signature over them by its own key."""
    if raw_public_key(key) != identity.public_key:
        raise IdentityError(translate("Sync", "the signing key does not belong to this identity"))
    doc = _identity_document(identity, CARD_FORMAT)
    doc["signature"] = _b64(key.sign(card_payload(identity)))
    return doc


def export_card(
    path: str | Path, identity: Identity | None = None, key: Ed25519PrivateKey | None = None
) -> Path:
    """Write this installation's key card (public data, signed by its key) to ``path``, or into
    a folder."""
    identity = identity or load_identity()
    key = key or signing_key()
    target = Path(path)
    if target.is_dir():
        slug = re.sub(r"[^A-Za-z0-9]+", "-", identity.unit).strip("-").lower() or "unit"
        target = target / f"{slug}-{normalize_fingerprint(identity.short_fingerprint)}.key.json"
    try:
        with atomic_file(target, 0o644) as handle:
            handle.write(_json_bytes(card_document(identity, key)))
    except OSError as exc:
        raise IdentityError(
            translate("Sync", "cannot write the key card {target}: {exc}").format(
                target=target, exc=exc.strerror or exc
            )
        ) from None
    return target


def read_card(path: str | Path) -> Identity:
    """Read and strictly check a partner's key card: a fingerprint that lies, or fields its
    signature does not cover, are refused."""
    path = Path(path)
    where = translate("Sync", "key card {name}").format(name=path.name)
    data = _read_limited(path, MAX_CARD_BYTES, translate("Sync", "key card"))
    return parse_card(data, where)


def parse_card(data: bytes, where: str = "key card") -> Identity:
    """A key card from its bytes (see ``read_card``)."""
    return _parse_identity_document(_strict_json(data, where), CARD_FORMAT, where, signed=True)


def describe_card(card: Identity) -> str:
    """Every field of a card, fingerprint last, as shown at each trust step: what the partner
    is cleared for is decided from exactly these attributes."""
    created = format_utc(card.created_at) if card.created_at else translate("Sync", "(not stated)")
    return "\n".join(
        (
            translate("Sync", "  unit:        {unit}").format(unit=card.unit),
            translate("Sync", "  nation:      {nation}").format(nation=card.nation),
            translate("Sync", "  org:         {org}").format(
                org=card.org or translate("Sync", "(none)")
            ),
            translate("Sync", "  created:     {created}").format(created=created),
            translate("Sync", "  fingerprint: {fingerprint}").format(fingerprint=card.fingerprint),
        )
    )


def check_name_against(card: Identity, others: Collection[str]) -> None:
    """Refuse a unit name that mixes scripts or looks like another trusted name (same
    confusable skeleton, different text): "NΕPBATT 1" with a Greek Epsilon beside "NEPBATT 1"."""
    scripts = scripts_of(card.unit)
    if len(scripts) > 1:
        raise IdentityError(
            translate(
                "Sync",
                "unit name {unit} mixes scripts ({scripts}); a name that mixes alphabets can "
                "pass for another unit's: ask for a card in one script",
            ).format(unit=repr(card.unit), scripts=", ".join(sorted(scripts)))
        )
    mine = skeleton(card.unit)
    for other in others:
        if other.casefold() != card.unit.casefold() and skeleton(other) == mine:
            raise IdentityError(
                translate(
                    "Sync",
                    "unit name {unit} looks like {other}, already known here; two units that "
                    "read the same cannot be told apart: ask for a distinct name",
                ).format(unit=repr(card.unit), other=repr(other))
            )


# --- trusted partners ------------------------------------------------------------------------


def _find_matches(partners: builtins.list[Partner], text: str) -> builtins.list[Partner]:
    """Partners named ``text`` (any case), else those whose full or short fingerprint it is."""
    wanted = text.strip()
    by_name = [p for p in partners if p.unit.casefold() == wanted.casefold()]
    if by_name:
        return by_name
    hex_digits = normalize_fingerprint(wanted)
    if not re.fullmatch(r"[0-9A-F]+", hex_digits) or len(hex_digits) not in (16, 64):
        return []
    return [p for p in partners if normalize_fingerprint(p.fingerprint).startswith(hex_digits)]


@dataclass
class TrustStore:
    """The partners whose packages this installation accepts, kept in ``data_dir()/trust.json``.

    The file is read on every call and written atomically, so two windows or a CLI run at the
    same time never see a half-written list.
    """

    path: Path = field(default_factory=lambda: data_dir() / "trust.json")

    def list(self) -> builtins.list[Partner]:
        """Every partner ever trusted, revoked ones included (with ``revoked_at`` set)."""
        return self._load()

    def trust(
        self,
        card: Identity,
        accreditation: str | None = None,
        *,
        orgs: Collection[str] = DEFAULT_ORGS,
        own_unit: str | None = None,
    ) -> Partner:
        """Trust a partner's key card (after its fingerprint was compared by voice or radio),
        optionally with the highest classification it is cleared to receive.

        The card's org must be one of the mission's ``orgs``; its unit name may not mix scripts
        or look like another trusted unit's (or ``own_unit``).
        """
        accreditation = _accreditation(accreditation)
        try:
            check_org(card.org, "org", orgs)
        except ValidationError as exc:
            raise IdentityError(
                translate("Sync", "key card of {unit}: {exc}").format(unit=card.unit, exc=exc)
            ) from None
        partners = self._load()
        names = [p.unit for p in partners if not p.revoked and p.public_key != card.public_key]
        check_name_against(card, [*names, *([own_unit] if own_unit else [])])
        for partner in partners:
            if partner.public_key != card.public_key:
                continue
            if partner.revoked_at is not None:
                raise IdentityError(
                    translate(
                        "Sync",
                        "key {fingerprint} ({unit}) was revoked on {revoked_at}; a revoked key "
                        "is never trusted again: ask the partner for a new key card",
                    ).format(
                        fingerprint=partner.fingerprint,
                        unit=partner.unit,
                        revoked_at=format_utc(partner.revoked_at),
                    )
                )
            if partner.unit.casefold() != card.unit.casefold():
                raise IdentityError(
                    translate(
                        "Sync",
                        "key {fingerprint} is already trusted as unit {unit}, not {new_unit}",
                    ).format(
                        fingerprint=partner.fingerprint,
                        unit=repr(partner.unit),
                        new_unit=repr(card.unit),
                    )
                )
            return partner  # the same key again: nothing to do
        for partner in partners:
            if partner.revoked_at is None and partner.unit.casefold() == card.unit.casefold():
                raise IdentityError(
                    translate(
                        "Sync",
                        "unit {unit} is already trusted with key {short_fingerprint} …, not "
                        "{new_fingerprint} …; if its key really changed, confirm the new "
                        "fingerprint with the partner and revoke the old key first",
                    ).format(
                        unit=repr(partner.unit),
                        short_fingerprint=partner.short_fingerprint,
                        new_fingerprint=card.short_fingerprint,
                    )
                )
        partner = Partner(
            unit=card.unit,
            nation=card.nation,
            org=card.org,
            public_key=card.public_key,
            created_at=card.created_at,
            trusted_at=_now(),
            accreditation=accreditation,
        )
        self._save([*partners, partner])
        return partner

    def accredit(self, unit_or_fingerprint: str, label: str) -> Partner:
        """Set the highest classification a partner is cleared to receive."""
        partners = self._load()
        target = self.find(unit_or_fingerprint)
        if target.revoked:
            raise IdentityError(
                translate("Sync", "{unit}'s key is revoked; nothing is sent to it any more").format(
                    unit=target.unit
                )
            )
        updated = replace(target, accreditation=_accreditation(label))
        self._save([updated if p.public_key == target.public_key else p for p in partners])
        return updated

    def revoke(self, unit_or_fingerprint: str) -> Partner:
        """Stop trusting a partner's key for good (lost laptop, compromised key, left mission)."""
        partners = self._load()
        matches = [p for p in _find_matches(partners, unit_or_fingerprint) if not p.revoked]
        if not matches:
            revoked = _find_matches(partners, unit_or_fingerprint)
            if revoked:
                shown = revoked[-1]
                raise IdentityError(
                    translate(
                        "Sync", "key {fingerprint} ({unit}) was already revoked on {revoked_at}"
                    ).format(
                        fingerprint=shown.fingerprint,
                        unit=shown.unit,
                        revoked_at=format_utc(shown.revoked_at or shown.trusted_at),
                    )
                )
            raise NotFoundError(
                translate("Sync", "no trusted partner matches {unit_or_fingerprint}").format(
                    unit_or_fingerprint=repr(unit_or_fingerprint)
                )
            )
        if len(matches) > 1:
            raise IdentityError(_ambiguous(unit_or_fingerprint, matches))
        target = matches[0]
        revoked_partner = replace(target, revoked_at=_now())
        self._save([revoked_partner if p is target else p for p in partners])
        return revoked_partner

    def mark_revoked(self, fingerprint: str, revoked_at: datetime) -> bool:
        """Record a verified revocation notice: the key (if trusted here) is revoked from
        ``revoked_at`` on, or from earlier if it was revoked here already. True if changed."""
        partners = self._load()
        changed = False
        out = []
        for partner in partners:
            if partner.fingerprint == fingerprint and (
                partner.revoked_at is None or revoked_at < partner.revoked_at
            ):
                partner = replace(partner, revoked_at=revoked_at)
                changed = True
            out.append(partner)
        if changed:
            self._save(out)
        return changed

    def find(self, name_or_fingerprint: str) -> Partner:
        """The partner with this unit name or full/short fingerprint; may be revoked (check it).

        When a unit has a revoked key and a current one, the current one is returned.
        """
        matches = _find_matches(self._load(), name_or_fingerprint)
        if not matches:
            raise NotFoundError(
                translate("Sync", "no trusted partner matches {name_or_fingerprint}").format(
                    name_or_fingerprint=repr(name_or_fingerprint)
                )
            )
        active = [p for p in matches if not p.revoked]
        if len(active) > 1:
            raise IdentityError(_ambiguous(name_or_fingerprint, active))
        if active:
            return active[0]
        # Only revoked keys: the latest one is the one the caller is asking about.
        return max(matches, key=lambda p: p.revoked_at or p.trusted_at)

    def get(self, fingerprint: str) -> Partner | None:
        """The partner with exactly this full fingerprint, revoked or not; None if unknown."""
        wanted = normalize_fingerprint(fingerprint)
        for partner in self._load():
            if normalize_fingerprint(partner.fingerprint) == wanted:
                return partner
        return None

    def public_key(self, fingerprint: str) -> Ed25519PublicKey:
        """The key to verify a signature with; refuses unknown and revoked keys."""
        partner = self.get(fingerprint)
        if partner is None:
            raise NotFoundError(
                translate("Sync", "key {fingerprint} is not trusted").format(
                    fingerprint=fingerprint
                )
            )
        if partner.revoked_at is not None:
            raise IdentityError(
                translate("Sync", "key {fingerprint} ({unit}) was revoked on {revoked_at}").format(
                    fingerprint=partner.fingerprint,
                    unit=partner.unit,
                    revoked_at=format_utc(partner.revoked_at),
                )
            )
        return partner.verifier()

    # -- the file --

    def _load(self) -> builtins.list[Partner]:
        where = str(self.path)
        if not self.path.exists():
            return []
        if _POSIX:
            mode = self.path.stat().st_mode
            # Whoever can write this file decides whose packages are accepted.
            if mode & 0o022:
                raise IdentityError(
                    translate(
                        "Sync",
                        "the trust list {where} can be changed by other users (mode {mode}); "
                        "fix it with: chmod 600 {where}",
                    ).format(where=where, mode=format(stat.S_IMODE(mode), "04o"))
                )
        doc = _strict_json(
            _read_limited(self.path, MAX_TRUST_BYTES, translate("Sync", "trust list")), where
        )
        if doc.get("format") != TRUST_FORMAT or doc.get("version") != FORMAT_VERSION:
            raise IdentityError(
                translate("Sync", "{where} is not a version {supported} trust list").format(
                    where=where, supported=FORMAT_VERSION
                )
            )
        entries = doc.get("partners")
        if set(doc) != {"format", "version", "partners"} or not isinstance(entries, list):
            raise IdentityError(
                translate("Sync", "{where}: expected exactly format, version and partners").format(
                    where=where
                )
            )
        partners = []
        for number, entry in enumerate(entries, 1):
            at = f"{where}, partner {number}"
            if not isinstance(entry, dict):
                raise IdentityError(translate("Sync", "{at}: not a JSON object").format(at=at))
            extra = {k: entry.get(k) for k in ("trusted_at", "revoked_at", "accreditation")}
            card = {k: v for k, v in entry.items() if k not in extra}
            identity = _parse_identity_document(
                {"format": CARD_FORMAT, "version": FORMAT_VERSION, **card}, CARD_FORMAT, at
            )
            trusted_at = _time_field(extra["trusted_at"], "trusted_at", at, required=True)
            assert trusted_at is not None
            partners.append(
                Partner(
                    unit=identity.unit,
                    nation=identity.nation,
                    org=identity.org,
                    public_key=identity.public_key,
                    created_at=identity.created_at,
                    trusted_at=trusted_at,
                    revoked_at=_time_field(extra["revoked_at"], "revoked_at", at, required=False),
                    accreditation=_stored_accreditation(extra["accreditation"], at),
                )
            )
        return partners

    def _save(self, partners: builtins.list[Partner]) -> None:
        entries = []
        for partner in partners:
            doc = _identity_document(partner.identity(), CARD_FORMAT)
            del doc["format"], doc["version"]
            doc["trusted_at"] = format_utc(partner.trusted_at)
            doc["revoked_at"] = format_utc(partner.revoked_at) if partner.revoked_at else None
            if partner.accreditation is not None:
                doc["accreditation"] = partner.accreditation
            entries.append(doc)
        document = {"format": TRUST_FORMAT, "version": FORMAT_VERSION, "partners": entries}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_file(self.path, 0o600) as handle:
                handle.write(_json_bytes(document))
        except OSError as exc:
            raise IdentityError(
                translate("Sync", "cannot write the trust list {path}: {exc}").format(
                    path=self.path, exc=exc.strerror or exc
                )
            ) from None


def _accreditation(label: str | None) -> str | None:
    """A classification label as the records carry it (upper case, trimmed), or None."""
    if label is None:
        return None
    cleaned = " ".join(str(label).split()).upper()
    if not cleaned or len(cleaned) > 64 or not cleaned.isprintable():
        raise IdentityError(
            translate("Sync", "{label} is not a classification label").format(label=repr(label))
        )
    return cleaned


def _stored_accreditation(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise IdentityError(
            translate("Sync", "{where}: accreditation is not a label").format(where=where)
        )
    try:
        return _accreditation(value)
    except IdentityError:
        raise IdentityError(
            translate("Sync", "{where}: accreditation {value} is not a label").format(
                where=where, value=repr(value[:64])
            )
        ) from None


def _ambiguous(text: str, partners: builtins.list[Partner]) -> str:
    shown = ", ".join(f"{p.unit} ({p.short_fingerprint} …)" for p in partners[:5])
    return f"{text!r} matches several partners: {shown}; give the full fingerprint"


# --- package numbers that survive a database restore -----------------------------------------


def _sequences_path() -> Path:
    return data_dir() / "sync-sequences.json"


def _sequence_key(me: Identity, partner: Partner | Identity) -> str:
    return f"{normalize_fingerprint(me.fingerprint)}>{normalize_fingerprint(partner.fingerprint)}"


def sent_high_water(me: Identity, partner: Partner | Identity) -> int:
    """The highest package number this installation ever sent to ``partner``, kept beside the
    key (outside the mission database, so restoring a backup does not roll it back)."""
    path = _sequences_path()
    if not path.exists():
        return 0
    doc = _strict_json(
        _read_limited(path, MAX_TRUST_BYTES, translate("Sync", "sequence file")), str(path)
    )
    value = doc.get(_sequence_key(me, partner), 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def remember_sent(me: Identity, partner: Partner | Identity, sequence: int) -> None:
    path = _sequences_path()
    doc: dict[str, Any] = {}
    if path.exists():
        doc = _strict_json(
            _read_limited(path, MAX_TRUST_BYTES, translate("Sync", "sequence file")), str(path)
        )
    key = _sequence_key(me, partner)
    doc[key] = max(sequence, int(doc.get(key, 0) or 0))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_file(path, 0o600) as handle:
            handle.write(_json_bytes(doc))
    except OSError as exc:
        raise IdentityError(
            translate("Sync", "cannot write {path}: {exc}").format(
                path=path, exc=exc.strerror or exc
            )
        ) from None
