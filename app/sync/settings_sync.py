"""Mission settings that travel: the authority sends its signed notice, receivers check it.

The installation holding the mission authority's key makes a new settings notice (version + 1)
whenever its settings differ from the last one it signed, and every package it exports carries
it; every other installation keeps the newest notice it applied and relays it onward unchanged.
A receiver applies a notice only when it is signed by the key the receiving mission already
holds as its authority, verifies, is newer than the one held, and passes the same checks as a
local edit; otherwise it says why in one line and imports the rest of the package. Applying
goes through ``write_snapshot`` inside the import's transaction, so the change log names the
authority's unit. Services layer: plain Python, no Qt; SQL stays in ``app.store``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.mission import MissionSnapshot
from app.errors import ValidationError
from app.store.settings import SYNC_META_KEYS, check_snapshot, read_snapshot, write_snapshot
from app.sync.identity import Identity, Partner
from app.sync.settings_notice import (
    SettingsNotice,
    authority_key,
    make_settings_notice,
    signature_verifies,
)
from app.sync.signatures import MISSION_AUTHORITY_SETTING

if TYPE_CHECKING:
    from app.store import MissionStore

#: Meta key holding the newest settings notice this mission applied (or, at the authority,
#: signed): the one its packages carry.
HELD_NOTICE_SETTING = "sync.settings_notice"
#: Meta key set when this installation, the mission authority, named another key as authority:
#: its packages then carry a notice, signed by it, handing over to that key.
HANDOVER_SETTING = "sync.settings_handover_from"
#: Meta key naming the last notice ignored because no authority is set (said once per notice).
IGNORED_NOTICE_SETTING = "sync.settings_notice_ignored"


def held_settings_notice(store: MissionStore) -> SettingsNotice | None:
    text = store.meta(HELD_NOTICE_SETTING)
    return SettingsNotice.from_json(text) if text else None


def _age_limit(store: MissionStore) -> float | None:
    text = store.meta(SYNC_META_KEYS["max_package_age_days"])
    try:
        return float(text) if text else None
    except ValueError:
        return None


def settings_notice_to_send(
    store: MissionStore, identity: Identity, key: Ed25519PrivateKey
) -> SettingsNotice | None:
    """The notice this installation's packages carry (call inside the export transaction).

    The mission authority signs a new one (the held version + 1) when its settings changed
    since the last it signed; an authority that named another key as authority signs one last
    notice handing over to it. Any other installation relays the notice it holds, unchanged.
    """
    held = held_settings_notice(store)
    authority = store.meta(MISSION_AUTHORITY_SETTING) or None
    is_authority = authority == identity.fingerprint
    signed_last = held is not None and held.signed_by == identity.fingerprint
    handing_over = store.meta(HANDOVER_SETTING) == identity.fingerprint or (
        signed_last and held is not None and held.authority != authority
    )
    if authority is None or not (is_authority or handing_over):
        return held
    notice = make_settings_notice(
        read_snapshot(store),
        authority=authority,
        max_package_age_days=_age_limit(store),
        version=(held.version if held else 0) + 1,
        issued_at=datetime.now(UTC),
        signer=identity,
        signer_key=key,
    )
    if held is not None and held.signed_by == identity.fingerprint and held.same_settings(notice):
        return held
    store.set_meta(HELD_NOTICE_SETTING, notice.to_json())
    if handing_over:
        store.set_meta(HANDOVER_SETTING, "")  # handed over: from now on it relays
    return notice


@dataclass
class SettingsDecision:
    """What an import does with the settings notice its package carries."""

    #: The notice to apply (verified, newer, valid), with the snapshot as checked.
    notice: SettingsNotice | None = None
    target: MissionSnapshot | None = None
    #: The authority's unit name as this installation's trust list knows it.
    unit: str = ""
    #: One line each: why a notice was not applied, a hand-over of the authority.
    notes: list[str] = field(default_factory=list)
    #: Set when a notice is ignored for want of an authority (remembered: said once).
    ignored: str | None = None


def decide_settings(
    store: MissionStore,
    notice: SettingsNotice | None,
    *,
    me: Identity,
    partners: Mapping[str, Partner],
    labels_received: set[str],
    categories_received: set[str],
) -> SettingsDecision:
    """Check a package's settings notice against this mission and the records the package
    brings (``labels_received``, ``categories_received``); writes nothing."""
    decision = SettingsDecision()
    held = held_settings_notice(store)
    if notice is None or (held is not None and notice.to_json() == held.to_json()):
        return decision  # none, or the one held here relayed back: nothing to say
    authority = store.meta(MISSION_AUTHORITY_SETTING) or None
    what = f"mission settings version {notice.version} from {notice.unit}"
    if authority is None:
        seen = f"{notice.signed_by} {notice.version}"
        if store.meta(IGNORED_NOTICE_SETTING) != seen:
            decision.ignored = seen
            decision.notes.append(
                f"mission settings from {notice.unit} ignored: this mission has no mission "
                "authority key (set one with `sync authority`)"
            )
        return decision
    units = {me.fingerprint: me.unit, **{f: p.unit for f, p in partners.items()}}
    authority_unit = units.get(authority, f"key {authority[:19]} …")
    if notice.signed_by != authority:
        signer = units.get(notice.signed_by, "a key not trusted here")
        decision.notes.append(
            f"{what} not applied: it is signed by {signer} ({notice.signed_by[:19]} …), not by "
            f"this mission's authority, {authority_unit}"
        )
        return decision
    public = authority_key(authority, partners, me)
    if public is None:
        decision.notes.append(
            f"{what} not applied: the mission authority's key is not trusted here (or revoked); "
            "trust its key card to check its notices"
        )
        return decision
    if not signature_verifies(notice, public):
        decision.notes.append(
            f"{what} not applied: its signature does not verify (changed after "
            f"{authority_unit} signed it, or forged)"
        )
        return decision
    if held is not None and notice.version <= held.version:
        if notice.signed_by != me.fingerprint:  # our own older notice coming back: not news
            decision.notes.append(
                f"{what} not applied: this mission holds version {held.version} already (an "
                "older or replayed notice)"
            )
        return decision
    try:
        target = check_snapshot(store, notice.snapshot)
    except ValidationError as exc:
        decision.notes.append(f"{what} not applied: {exc}")
        return decision
    missing = sorted(labels_received - set(target.settings.labels))
    dropped = sorted(categories_received - {c.key for c in target.categories})
    if missing or dropped:
        decision.notes.append(
            f"{what} not applied: records in this package use "
            f"{', '.join(missing + dropped)}, which it drops"
        )
        return decision
    if notice.authority != authority:
        new = units.get(notice.authority)
        decision.notes.append(
            f"{authority_unit} hands the mission authority over to "
            + (new or f"key {notice.authority[:19]} …, which is not trusted here: trust its key "
               "card so its settings notices can be checked")
        )  # fmt: skip
    decision.notice, decision.target, decision.unit = notice, target, authority_unit
    return decision


def apply_settings(store: MissionStore, decision: SettingsDecision, source: str) -> str | None:
    """Write a decided notice (inside the import's transaction); a summary line, or None."""
    if decision.ignored is not None:
        store.set_meta(IGNORED_NOTICE_SETTING, decision.ignored)
    notice, target = decision.notice, decision.target
    if notice is None or target is None:
        return None
    age = notice.max_package_age_days
    changed = write_snapshot(
        store,
        check_snapshot(store, target),
        source=source,
        unit=decision.unit,
        sync_settings={
            "authority": notice.authority,
            "max_package_age_days": None if age is None else f"{age:g}",
        },
    )
    store.set_meta(HELD_NOTICE_SETTING, notice.to_json())
    shown = [f"{kind} {key}" for kind, key in changed[:6]]
    if len(changed) > 6:
        shown.append(f"and {len(changed) - 6} more")
    what = "changed " + ", ".join(shown) if shown else "nothing changed"
    return f"version {notice.version} from {decision.unit} applied ({what})"
