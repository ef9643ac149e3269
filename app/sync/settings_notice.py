"""Mission settings notices: the mission authority's settings, signed, riding in every package.

The installation whose key is the mission's authority key signs a notice holding the mission's
settings (name, area, parties, labels, training flag, the authority key itself, the package age
limit) and its category list, with a version that only grows. Every package carries the newest
notice its maker holds; a receiver applies a notice only when its signature verifies and its
signer is the key the receiver already holds as its mission authority, and only when it is newer
than the one it holds. This module is the notice's format, signing and checking; what a receiver
does with a notice is in ``app.sync.settings_sync``. Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from app.domain.coords import format_utc
from app.domain.mission import CategorySetting, MissionSettings, MissionSnapshot
from app.errors import AppError, ValidationError
from app.i18n import translate
from app.sync.identity import (
    Identity,
    Partner,
    check_unit,
    is_fingerprint,
    parse_signed_time,
    raw_public_key,
)

_DOMAIN = b"bluehelmet-mission-settings-1\n"
_FIELDS = frozenset(
    {"version", "issued_at", "unit", "signed_by", "settings", "categories", "signature"}
)
_SETTINGS = frozenset(
    {"name", "area", "parties", "labels", "training", "authority", "max_package_age_days"}
)
_CATEGORY = frozenset(
    {
        "key",
        "label",
        "group",
        "acled_event_type",
        "acled_sub_event_type",
        "is_violation",
        "description",
        "active",
        "sort_order",
    }
)
#: A notice carries at most this many categories (a mission has tens).
MAX_CATEGORIES = 500


class SettingsNoticeRefused(AppError):
    """A settings notice whose shape is wrong (the package holding it is malformed)."""


@dataclass(frozen=True)
class SettingsNotice:
    """The mission authority's settings as of ``version``, signed by ``signed_by``."""

    version: int
    issued_at: datetime
    unit: str
    signed_by: str
    snapshot: MissionSnapshot
    authority: str
    max_package_age_days: float | None
    signature: str

    def body(self) -> dict[str, Any]:
        """Everything the signature covers."""
        settings = self.snapshot.settings
        return {
            "version": self.version,
            "issued_at": format_utc(self.issued_at),
            "unit": self.unit,
            "signed_by": self.signed_by,
            "settings": {
                "name": settings.name,
                "area": settings.area,
                "parties": list(settings.parties),
                "labels": list(settings.labels),
                "training": settings.training,
                "authority": self.authority,
                "max_package_age_days": self.max_package_age_days,
            },
            "categories": [_category_dict(c) for c in self.snapshot.categories],
        }

    def payload(self) -> bytes:
        return _DOMAIN + canonical(self.body())

    def same_settings(self, other: SettingsNotice) -> bool:
        """Whether both notices say the same settings (whoever signed them, whatever version)."""
        return _said(self) == _said(other)

    def to_dict(self) -> dict[str, Any]:
        return self.body() | {"signature": self.signature}

    def to_json(self) -> str:
        return canonical(self.to_dict()).decode()

    @classmethod
    def from_json(cls, text: str) -> SettingsNotice:
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, value: Any, where: str = "mission settings notice") -> SettingsNotice:
        """Strictly read a notice (exact fields and types); ``SettingsNoticeRefused`` otherwise.
        What the settings mean (a valid label set, ACLED mapping) is checked when applied."""
        if not isinstance(value, dict) or set(value) != _FIELDS:
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: expected exactly {fields}").format(
                    where=where, fields=", ".join(sorted(_FIELDS))
                )
            )
        version = value["version"]
        if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**53:
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: version is not a whole number from 1").format(
                    where=where
                )
            )
        signed_by, signature = value["signed_by"], value["signature"]
        if not isinstance(signed_by, str) or not is_fingerprint(signed_by):
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: signed_by is not a fingerprint").format(where=where)
            )
        if not isinstance(signature, str) or len(signature) != 88:
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: signature is not 64 bytes of base64").format(
                    where=where
                )
            )
        try:
            issued_at = parse_signed_time(value["issued_at"], "issued_at")
            unit = check_unit(value["unit"], "unit")
        except ValidationError as exc:
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: {exc}").format(where=where, exc=exc)
            ) from None
        settings = value["settings"]
        if not isinstance(settings, dict) or set(settings) != _SETTINGS:
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: settings must hold exactly {fields}").format(
                    where=where, fields=", ".join(sorted(_SETTINGS))
                )
            )
        authority = settings["authority"]
        if not isinstance(authority, str) or not is_fingerprint(authority):
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: settings.authority is not a fingerprint").format(
                    where=where
                )
            )
        age = settings["max_package_age_days"]
        if age is not None and (
            isinstance(age, bool)
            or not isinstance(age, int | float)
            or not math.isfinite(age)
            or not 0 < age <= 3650
        ):
            raise SettingsNoticeRefused(
                translate(
                    "Sync",
                    "{where}: settings.max_package_age_days is not a number of days (0–3650) or "
                    "null",
                ).format(where=where)
            )
        name, area, parties, labels = (settings[k] for k in ("name", "area", "parties", "labels"))
        if not isinstance(name, str) or not isinstance(settings["training"], bool):
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: settings.name or settings.training is wrong").format(
                    where=where
                )
            )
        if area is not None and not isinstance(area, dict):
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: settings.area is not GeoJSON or null").format(
                    where=where
                )
            )
        for field_name, items in (("parties", parties), ("labels", labels)):
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise SettingsNoticeRefused(
                    translate("Sync", "{where}: settings.{field_name} is not a text list").format(
                        where=where, field_name=field_name
                    )
                )
        categories = value["categories"]
        if not isinstance(categories, list) or not 1 <= len(categories) <= MAX_CATEGORIES:
            raise SettingsNoticeRefused(
                translate("Sync", "{where}: categories is not a list of 1 to {most}").format(
                    where=where, most=MAX_CATEGORIES
                )
            )
        snapshot = MissionSnapshot(
            MissionSettings(
                name=name,
                area=area,
                parties=tuple(parties),
                labels=tuple(labels),
                training=settings["training"],
            ),
            tuple(_category(c, f"{where}: categories[{i}]") for i, c in enumerate(categories)),
        )
        return cls(
            version, issued_at, unit, signed_by, snapshot, authority,
            None if age is None else float(age), signature,
        )  # fmt: skip


def _category(value: Any, where: str) -> CategorySetting:
    if not isinstance(value, dict) or set(value) != _CATEGORY:
        raise SettingsNoticeRefused(
            translate("Sync", "{where}: expected exactly {fields}").format(
                where=where, fields=", ".join(sorted(_CATEGORY))
            )
        )
    texts = ("key", "label", "group", "description")
    optional = ("acled_event_type", "acled_sub_event_type")
    if (
        not all(isinstance(value[k], str) for k in texts)
        or not all(value[k] is None or isinstance(value[k], str) for k in optional)
        or not all(isinstance(value[k], bool) for k in ("is_violation", "active"))
        or not isinstance(value["sort_order"], int)
        or isinstance(value["sort_order"], bool)
    ):
        raise SettingsNoticeRefused(
            translate("Sync", "{where}: a field has the wrong type").format(where=where)
        )
    return CategorySetting(**value)


def _category_dict(category: CategorySetting) -> dict[str, Any]:
    return {
        "key": category.key,
        "label": category.label,
        "group": category.group,
        "acled_event_type": category.acled_event_type,
        "acled_sub_event_type": category.acled_sub_event_type,
        "is_violation": bool(category.is_violation),
        "description": category.description,
        "active": bool(category.active),
        "sort_order": category.sort_order,
    }


def _said(notice: SettingsNotice) -> dict[str, Any]:
    body = notice.body()
    return {"settings": body["settings"], "categories": body["categories"]}


def canonical(value: Any) -> bytes:
    """Sorted keys, compact separators, UTF-8: the bytes that are signed."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()


def make_settings_notice(
    snapshot: MissionSnapshot,
    *,
    authority: str,
    max_package_age_days: float | None,
    version: int,
    issued_at: datetime,
    signer: Identity,
    signer_key: Ed25519PrivateKey,
) -> SettingsNotice:
    """A notice of ``snapshot`` (and the authority key and package age limit) at ``version``,
    signed by ``signer``."""
    if raw_public_key(signer_key) != signer.public_key:
        raise AppError(translate("Sync", "the signing key does not belong to this identity"))
    issued_at = issued_at.replace(microsecond=issued_at.microsecond // 1000 * 1000)
    unsigned = SettingsNotice(
        version, issued_at, signer.unit, signer.fingerprint, snapshot, authority,
        max_package_age_days, "",
    )  # fmt: skip
    value = base64.b64encode(signer_key.sign(unsigned.payload())).decode("ascii")
    return replace(unsigned, signature=value)


def signature_verifies(notice: SettingsNotice, public_key: bytes) -> bool:
    """Whether the notice's signature is by ``public_key`` over exactly what it says."""
    try:
        raw = base64.b64decode(notice.signature, validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(raw, notice.payload())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def authority_key(
    authority: str | None, partners: Mapping[str, Partner], me: Identity
) -> bytes | None:
    """The public key of the mission authority this installation holds (its own, or a trusted
    partner's not revoked); None when none is named or its key is not usable here."""
    if not authority:
        return None
    if authority == me.fingerprint:
        return me.public_key
    partner = partners.get(authority)
    if partner is None or partner.revoked:
        return None
    return partner.public_key
