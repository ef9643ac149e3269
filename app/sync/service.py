"""Export the picture to a partner as a signed package, and import a partner's package.

``export_package`` picks the records changed since the last package to that partner (or all of
them), keeps only those releasable to it, and writes them with the ancestors each record's merge
needs. ``import_package`` verifies the file completely first (nothing is written before), refuses
packages made for someone else and says so for a package already imported, then merges every
record in one transaction: all or nothing. Plain Python: must not import Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.coords import format_utc
from app.domain.hlc import FUTURE_BOUND_MS, Hlc
from app.domain.labels import label
from app.domain.records import Incident, MapItem, PositionReport, Record
from app.domain.serialize import record_from_dict, record_to_dict
from app.errors import AppError, NotFoundError
from app.i18n import translate
from app.store.backup import take_backup
from app.store.rows import record_to_row
from app.store.store import ApplySummary, MissionStore, RemoteChange
from app.store.sync_state import (
    attachment_holders,
    attachment_names,
    bind_nodes,
    kinds_of_ids,
    name_attachment,
    node_authors,
    package_ranges,
    partner_acknowledged,
    revocations,
    save_package_range,
    save_partner_acknowledged,
    save_revocation,
    save_sent_package,
    save_signatures,
    sent_packages,
    signatures_for,
    versions_signed,
)
from app.sync.hygiene import MAX_ATTACHMENT_BYTES, clean_name, media_type_for
from app.sync.identity import (
    Identity,
    Partner,
    TrustStore,
    load_identity,
    remember_sent,
    sent_high_water,
)
from app.sync.merge import MAX_ANCESTORS, RecordState, decide
from app.sync.package import (
    PackageRefused,
    VerifiedPackage,
    read_package,
    runs_of,
    write_package,
)
from app.sync.revocation import RevocationNotice, RevocationRefused, make_notice, verify_notice
from app.sync.settings_sync import (
    HANDOVER_SETTING,
    SettingsDecision,
    apply_settings,
    decide_settings,
    settings_notice_to_send,
)
from app.sync.signatures import (
    MISSION_AUTHORITY_SETTING,
    SIGNATURE_FIELD,
    RecordRefused,
    SignatureCheck,
    SignedBy,
    sign,
)
from app.sync.signatures import verify as verify_signature

#: The releasability token that every partner of the mission passes.
MISSION = "MISSION"
#: Field added to each NDJSON record line: earlier versions the sender had seen, newest first.
ANCESTORS_FIELD = "ancestors"
_ACTIONS = ("new", "updated", "unchanged", "stale", "kept")


def releasable(record: Record, nation: str, org: str | None) -> bool:
    """True when ``releasable_to`` names the partner's nation, its organisation or MISSION."""
    tokens = set(record.releasable_to)
    return MISSION in tokens or nation in tokens or (org is not None and org in tokens)


@dataclass
class ExportSummary:
    path: Path
    recipient: str
    sequence: int
    full: bool
    counts: dict[str, int] = field(default_factory=dict)
    #: Records changed but not releasable to this partner (left out).
    withheld: int = 0
    highest_classification: str = ""
    #: Attachment contents carried (photos, documents of the incidents sent).
    attachments: int = 0
    #: The classification the recipient is cleared for (the lowest label when not set).
    clearance: str = ""
    #: Records received before versions were signed: they cannot be relayed (left out).
    unsigned: int = 0
    #: Earlier packages the partner said it never received, whose changes this one sends again.
    resent: list[int] = field(default_factory=list)
    #: Versions signed by a key revoked before they were made (left out).
    revoked: int = 0

    def describe(self) -> str:
        what = ", ".join(f"{n} {kind}" for kind, n in self.counts.items()) or "no records"
        if self.attachments:
            what += f", {self.attachments} attachment{'s' * (self.attachments != 1)}"
        mode = "full snapshot" if self.full else "changes"
        held = (
            f"; {self.withheld} not releasable to {self.recipient} or above its accreditation "
            f"({self.clearance}), left out" * bool(self.withheld)
        )
        unsigned = f"; {self.unsigned} received without an author signature, not relayed" * bool(
            self.unsigned
        )
        resent = (
            f"; sends again the changes of {_which(self.resent)}, which {self.recipient} "
            "never received" * bool(self.resent)
        )
        revoked = f"; {self.revoked} signed by a revoked key, left out" * bool(self.revoked)
        return (
            f"Package {self.sequence} for {self.recipient} written to {self.path} ({mode}): "
            f"{what}; marked {self.highest_classification}{held}{unsigned}{revoked}{resent}"
        )


def _which(numbers: list[int]) -> str:
    """ "package 5" or "packages 5–6" (runs joined by commas)."""
    runs = runs_of(numbers)
    shown = ", ".join(f"{a}" if a == b else f"{a}–{b}" for a, b in runs)
    return f"package{'s' * (len(numbers) != 1)} {shown}"


@dataclass
class ImportSummary:
    path: Path
    origin: str
    sequence: int
    dry_run: bool = False
    already_imported: str | None = None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0
    #: Attachment contents stored (new to this database).
    attachments: int = 0
    #: Attachment contents over the local size cap, not kept.
    attachments_too_big: int = 0
    #: What the operator must know: packages that never arrived, a package that is old.
    notices: list[str] = field(default_factory=list)
    #: Revocation notices new to this database (kept and relayed onward).
    revocations: int = 0
    #: The mission authority's settings notice applied, in words (empty when none was).
    mission_settings: str = ""

    def describe(self) -> str:
        """What the import did (or would do), in the reader's language; kinds and actions as
        the reader's words, names, numbers and times as they are."""
        name = self.path.name
        if self.already_imported is not None:
            return translate(
                "SyncSummary",
                "{name}: already imported on {time} (package {sequence} from {origin}); "
                "nothing changed",
            ).format(
                name=name, time=self.already_imported, sequence=self.sequence, origin=self.origin
            )
        if self.dry_run:
            head = translate(
                "SyncSummary", "Would import {name} from {origin} (package {sequence}):"
            )
        else:
            head = translate("SyncSummary", "Imported {name} from {origin} (package {sequence}):")
        lines = [head.format(name=name, origin=self.origin, sequence=self.sequence)]
        for kind, per_action in self.counts.items():
            parts = [_ACTION_WORDS[a](per_action[a]) for a in _ACTIONS if per_action.get(a)]
            lines.append(
                "  "
                + translate("SyncSummary", "{kind}: {counts}").format(
                    kind=label("kind", kind), counts=", ".join(parts)
                )
            )
        if not self.counts:
            lines.append("  " + translate("SyncSummary", "no records"))
        lines.append("  " + translate("SyncSummary", "conflicts: {n}").format(n=self.conflicts))
        if self.attachments:
            lines.append(
                "  "
                + translate("SyncSummary", "attachments stored: {n}").format(n=self.attachments)
            )
        if self.attachments_too_big:
            lines.append(
                "  "
                + translate(
                    "SyncSummary", "attachments over the {limit} MiB limit, not kept: {n}"
                ).format(limit=MAX_ATTACHMENT_BYTES // 1024 // 1024, n=self.attachments_too_big)
            )
        if self.revocations:
            lines.append(
                "  "
                + translate("SyncSummary", "key revocations received: {n}").format(
                    n=self.revocations
                )
            )
        if self.mission_settings:
            lines.append(
                "  "
                + translate("SyncSummary", "mission settings: {what}").format(
                    what=self.mission_settings
                )
            )
        note = translate("SyncSummary", "NOTE: {notice}")
        lines.extend("  " + note.format(notice=notice) for notice in self.notices)
        if self.dry_run:
            lines.append(translate("SyncSummary", "Dry run: nothing was written."))
        return "\n".join(lines)


#: How many records of a kind an import made new, updated, … (the reader's words and plural).
_ACTION_WORDS = {
    "new": lambda n: translate("SyncSummary", "%n new", None, n),
    "updated": lambda n: translate("SyncSummary", "%n updated", None, n),
    "unchanged": lambda n: translate("SyncSummary", "%n unchanged", None, n),
    "stale": lambda n: translate("SyncSummary", "%n stale", None, n),
    "kept": lambda n: translate("SyncSummary", "%n kept", None, n),
}


# --- export ----------------------------------------------------------------------------------


def export_package(
    store: MissionStore,
    identity: Identity,
    signing_key: Ed25519PrivateKey,
    partner: Partner,
    out: Path,
    full: bool = False,
) -> ExportSummary:
    """Write the next package for ``partner``: records changed since the last one (or all with
    ``full``), releasable to it only, each with its ancestors; remember what was sent."""
    if partner.revoked:
        raise AppError(
            translate("Sync", "{unit}'s key is revoked; packages are no longer made for it").format(
                unit=partner.unit
            )
        )
    out = Path(out)
    with store.transaction():
        state = store.partner_state(partner.fingerprint)
        upto = store.last_change_seq()
        from_change, since = int(state["last_sent_seq"]), int(state["last_sent_sequence"])
        # Packages the partner says it never received (it holds later ones): their changes go
        # again, from where the first of them started (from the beginning when not known here).
        sent = sent_packages(store, partner.fingerprint)
        resent = (
            [] if full else _unacknowledged(sent, partner_acknowledged(store, partner.fingerprint))
        )
        if resent:
            from_change, since = min(from_change, sent.get(resent[0], 0)), resent[0] - 1
        candidates = store.all_records() if full else store.changed_since(from_change)
        shared = _releasable(store, candidates, partner)
        withheld = len(candidates) - len(shared)
        notices = held_notices(store)
        shared, signed, revoked = _signed(store, identity, signing_key, shared, notices)
        unsigned = len(candidates) - withheld - len(shared) - revoked
        ancestors = store.ancestors_for(shared, MAX_ANCESTORS)
        lines: dict[str, list[dict[str, Any]]] = {}
        for record in shared:
            line = record_to_dict(record)
            line[ANCESTORS_FIELD] = ancestors[(record.KIND, record.id)]
            author, value = signed[(record.KIND, record.id, record.version)]
            line[SIGNATURE_FIELD] = {"author": author, "value": value}
            lines.setdefault(record.KIND, []).append(line)
        # Never a number already used, even after this database was restored from a backup:
        # the receiver would take the new package for one it already imported.
        sequence = max(int(state["last_sent_sequence"]), sent_high_water(identity, partner)) + 1
        labels = store.classifications
        rank = {label: i for i, label in enumerate(labels)}
        highest = max(
            (r.classification for r in shared), key=lambda c: rank.get(c, 0), default=labels[0]
        )
        blobs, names = _attachments_for(store, shared, partner)
        # The file is written inside the transaction: if it cannot be, nothing is remembered.
        write_package(
            out,
            records=lines,
            attachments=blobs,
            attachment_names=names,
            identity=identity,
            signing_key=signing_key,
            recipient=partner,
            sequence=sequence,
            schema_version=store.schema_version,
            full=full,
            since_seq=None if full else since,
            highest_classification=highest,
            acknowledged=covered_numbers(store, partner.fingerprint),
            revocations=notices,
            mission_settings=settings_notice_to_send(store, identity, signing_key),
        )
        store.record_sent(partner.fingerprint, partner.unit, upto, sequence)
        save_sent_package(store, partner.fingerprint, sequence, 0 if full else from_change)
        remember_sent(identity, partner, sequence)
    return ExportSummary(
        path=out,
        recipient=partner.unit,
        sequence=sequence,
        full=full,
        counts={kind: len(items) for kind, items in lines.items()},
        withheld=withheld,
        unsigned=unsigned,
        highest_classification=highest,
        attachments=len(blobs),
        clearance=labels[clearance_rank(labels, partner)],
        resent=resent,
        revoked=revoked,
    )


def _unacknowledged(sent: dict[int, int], acknowledged: list[tuple[int, int]]) -> list[int]:
    """Packages sent that the partner does not hold although it holds a later one."""
    if not acknowledged:
        return []
    top = acknowledged[-1][1]
    return sorted(n for n in sent if n < top and not any(a <= n <= b for a, b in acknowledged))


def _signed(
    store: MissionStore,
    identity: Identity,
    key: Ed25519PrivateKey,
    records: list[Record],
    notices: Iterable[RevocationNotice] = (),
) -> tuple[list[Record], dict[tuple[str, str, str], tuple[str, str]], int]:
    """Each record with its author's signature: versions made here are signed now (once, then
    kept); received versions carry the signature they came with. A received version without
    one (from before versions were signed) cannot be relayed and is left out, and so is a
    version signed by a key revoked before it was made (every receiver would refuse it)."""
    keys = [(r.KIND, r.id, r.version) for r in records]
    known = signatures_for(store, keys)
    revoked_at = {n.key: n.revoked_at for n in notices}
    fresh = []
    out = []
    dropped = 0
    for record, key_ in zip(records, keys, strict=True):
        if key_ not in known:
            if Hlc.parse(record.version).node != store.node_id:
                continue
            content = record_to_row(record)["content_hash"]
            value = sign(key, identity, *key_, content)
            known[key_] = (identity.fingerprint, value)
            fresh.append((*key_, identity.fingerprint, value))
        when = revoked_at.get(known[key_][0])
        if when is not None and _version_time(record.version) >= when:
            dropped += 1
            continue
        out.append(record)
    save_signatures(store, fresh)
    return out, known, dropped


def _version_time(version: str) -> datetime:
    return datetime.fromtimestamp(Hlc.parse(version).wall_ms / 1000, UTC)


def version_authors(
    store: MissionStore, record: Record, me: Identity, trust: TrustStore
) -> list[dict[str, Any]]:
    """Who signed each version of ``record`` held here, newest first, and whether the current
    version's signature verifies now (against this trust list and the revocations held); a
    version made here and not yet sent is shown as this unit's, not yet signed."""
    signed = signatures_for(store, [(record.KIND, record.id, record.version)])
    authors = dict(versions_signed(store, record.KIND, record.id))
    partners = {p.fingerprint: p for p in trust.list()}
    revoked = _revoked_times(store, ())
    units = {me.fingerprint: me.unit, **{f: p.unit for f, p in partners.items()}}
    out: list[dict[str, Any]] = []
    if record.version not in authors and Hlc.parse(record.version).node == store.node_id:
        out.append({"version": record.version, "author": me.unit, "signature": "not yet signed"})
    for version in sorted(authors, key=Hlc.parse, reverse=True):
        author = authors[version]
        entry: dict[str, Any] = {
            "version": version,
            "author": units.get(author, f"unknown key {author[:19]} …"),
            "fingerprint": author,
        }
        if version == record.version:
            for fingerprint, when in revoked.items():
                if fingerprint in partners:
                    partners[fingerprint] = replace(partners[fingerprint], revoked_at=when)
            try:
                verify_signature(
                    kind=record.KIND, record_id=record.id, version=version,
                    content_hash=record_to_row(record)["content_hash"], author=author,
                    signature=signed[(record.KIND, record.id, version)][1], partners=partners,
                    me=me, nodes={}, own_node=store.node_id,
                )  # fmt: skip
                entry["signature"] = "verified"
            except (RecordRefused, KeyError) as exc:
                entry["signature"] = f"does not verify: {exc}"
        else:
            entry["signature"] = "kept (earlier version)"
        out.append(entry)
    return out


# --- revocation notices and acknowledgements --------------------------------------------------


def held_notices(store: MissionStore) -> list[RevocationNotice]:
    """Every revocation notice held here (each verified when it was kept)."""
    return [RevocationNotice.from_json(row[3]) for _, row in sorted(revocations(store).items())]


def covered_runs(store: MissionStore, fingerprint: str) -> list[tuple[int, int]]:
    """Package numbers from ``fingerprint`` whose changes this database holds, as runs: each
    package received, and the numbers its range spans (a full package spans all before it; a
    package sent again from an earlier point spans the ones it replaces)."""
    spans = sorted(
        (1 if since is None else min(since + 1, seq), seq)
        for seq, since in package_ranges(store, fingerprint)
    )
    out: list[list[int]] = []
    for first, last in spans:
        if out and first <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], last)
        else:
            out.append([first, last])
    return [(a, b) for a, b in out]


def covered_numbers(store: MissionStore, fingerprint: str) -> list[int]:
    return [n for a, b in covered_runs(store, fingerprint) for n in range(a, b + 1)]


def mission_authority(store: MissionStore) -> str | None:
    """The fingerprint of the mission authority's key, when the mission names one."""
    return store.meta(MISSION_AUTHORITY_SETTING) or None


def set_mission_authority(
    store: MissionStore, me: Identity, trust: TrustStore, name: str
) -> Identity | Partner:
    """Name the key that may revoke any unit's key: this installation's own (``me``/its unit
    name) or a trusted partner's (unit name or fingerprint)."""
    chosen: Identity | Partner
    if name.strip().casefold() in ("me", me.unit.casefold()) or name == me.fingerprint:
        chosen = me
    else:
        chosen = trust.find(name)
        if chosen.revoked:
            raise AppError(
                translate(
                    "Sync", "{unit}'s key is revoked; it cannot be the mission authority"
                ).format(unit=chosen.unit)
            )
    with store.transaction():
        if mission_authority(store) == me.fingerprint != chosen.fingerprint:
            # This installation's next packages carry its signed hand-over to the new key.
            store.set_meta(HANDOVER_SETTING, me.fingerprint)
        store.set_meta(MISSION_AUTHORITY_SETTING, chosen.fingerprint)
    return chosen


def revoke_key(
    store: MissionStore,
    me: Identity,
    key: Ed25519PrivateKey,
    trust: TrustStore,
    target: str | None,
    *,
    at: datetime | None = None,
) -> RevocationNotice:
    """Revoke a key with a signed notice that rides in every package from now on: this
    installation's own key (``target`` None, or its own unit), signed by itself; or, when this
    installation holds the mission authority's key, any trusted unit's key."""
    at = at or datetime.now(UTC)
    own = target is None or target.strip().casefold() in (me.unit.casefold(), "me")
    if own:
        notice = make_notice(me, at, me, key)
    else:
        assert target is not None
        if mission_authority(store) != me.fingerprint:
            raise AppError(
                translate(
                    "Sync",
                    "only the mission authority may revoke another unit's key; "
                    "this installation is not it (see 'bluehelmet sync "
                    "authority'); revoke it here only with 'bluehelmet keys "
                    "revoke'",
                )
            )
        partner = trust.find(target)
        notice = make_notice(partner, at, me, key)
    save_revocation(
        store, notice.key, notice.unit, format_utc(notice.revoked_at), notice.signed_by,
        notice.to_json(),
    )  # fmt: skip
    if not own:
        trust.mark_revoked(notice.key, notice.revoked_at)
    return notice


def clearance_rank(labels: tuple[str, ...], partner: Partner) -> int:
    """Where the partner's accreditation sits among the mission's labels (lowest first); a
    partner without one is cleared for the lowest label only."""
    if partner.accreditation is None:
        return 0
    try:
        return labels.index(partner.accreditation)
    except ValueError:
        raise AppError(
            translate(
                "Sync",
                "{unit} is accredited for {accreditation!r}, which is not "
                "one of this mission's classification labels ({labels}); set "
                "it again with 'bluehelmet keys accredit'",
            ).format(
                unit=partner.unit, accreditation=partner.accreditation, labels=", ".join(labels)
            )
        ) from None


def cleared(record: Record, labels: tuple[str, ...], ceiling: int) -> bool:
    """The record's classification is within the partner's accreditation; a label the mission
    does not know ranks above every known one (withheld rather than guessed)."""
    try:
        return labels.index(record.classification) <= ceiling
    except ValueError:
        return False


def _releasable(store: MissionStore, records: Iterable[Record], partner: Partner) -> list[Record]:
    """Records the partner may receive: releasable to its nation or organisation and within
    its accreditation. A position report also needs its unit to pass: the receiver could not
    file it otherwise."""
    labels = store.classifications
    ceiling = clearance_rank(labels, partner)

    def passes(record: Record) -> bool:
        return releasable(record, partner.nation, partner.org) and cleared(record, labels, ceiling)

    records = list(records)
    ok = [r for r in records if passes(r)]
    units: dict[str, bool] = {}
    out = []
    for record in ok:
        if isinstance(record, PositionReport):
            if record.unit_id not in units:
                try:
                    units[record.unit_id] = passes(store.get("unit", record.unit_id))
                except AppError:
                    units[record.unit_id] = False
            if not units[record.unit_id]:
                continue
        out.append(record)
    return out


# --- import ----------------------------------------------------------------------------------


class _DryRun(Exception):
    """Raised inside the import transaction to roll a dry run back."""


@dataclass
class PreparedImport:
    """A package read once, verified, and decided on: what ``apply_import`` writes is exactly
    these bytes, never the file read again (the stick may change between preview and import).
    """

    path: Path
    package: VerifiedPackage
    identity: Identity
    received: list[tuple[Record, tuple[str, ...]]]
    #: Set when this very package (same file, or same signer and number) was imported before.
    already_imported: str | None = None
    #: (kind, id, version) → its verified author.
    signed: dict[tuple[str, str, str], SignedBy] = field(default_factory=dict)
    #: Revocation notices the package carries, verified (kept, and relayed onward).
    notices: list[RevocationNotice] = field(default_factory=list)
    #: What the operator must know before applying (notices that could not be checked, …).
    notes: list[str] = field(default_factory=list)
    #: The trust list the package was verified against (revocations are marked in it).
    trust: TrustStore | None = None
    #: (kind, id, version) → the record's row, made once for its content hash (apply reuses it).
    rows: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    #: The package's mission settings notice: applied or not, and why.
    settings: SettingsDecision = field(default_factory=SettingsDecision)


def prepare_import(
    store: MissionStore,
    path: str | Path,
    trust: TrustStore,
    *,
    identity: Identity | None = None,
) -> PreparedImport:
    """Read the file once, verify it completely, and validate every record; writes nothing.

    Refuses (``PackageRefused``) a package that fails verification, is made for another
    installation, holds an invalid record, a record above its declared marking, a time beyond
    the future bound, or an id this database holds under another kind."""
    path = Path(path)
    identity = identity or load_identity()
    package = read_package(path, trust, expected_recipient=identity)
    manifest = package.manifest
    prior = store.imported_package(
        manifest.origin.fingerprint, manifest.sequence, package.file_sha256
    )
    if prior is not None:
        return PreparedImport(path, package, identity, [], str(prior["imported_at"]))
    if manifest.schema_version > store.schema_version:
        raise PackageRefused(
            translate(
                "Sync",
                "package {name} refused: it follows schema {schema_version}, "
                "written by a newer version of Blue Helmet COP (this one "
                "knows {schema_version2})",
            ).format(
                name=path.name,
                schema_version=manifest.schema_version,
                schema_version2=store.schema_version,
            )
        )
    partners = {p.fingerprint: p for p in trust.list()}
    notices, notes = _verify_notices(store, package, identity, partners)
    revoked = _revoked_times(store, notices)
    # A package signed by a key already known here to be revoked is refused; one that brings
    # its own signer's revocation is read (the signer's later versions are refused one by one).
    signer_revoked = _revoked_times(store, ()).get(manifest.origin.fingerprint)
    if signer_revoked is not None and manifest.created_at >= signer_revoked:
        raise PackageRefused(
            translate(
                "Sync",
                "package {name} refused: it is signed by {unit}, whose key "
                "was revoked on {time}, before the package was made",
            ).format(name=path.name, unit=manifest.origin.unit, time=format_utc(signer_revoked))
        )
    for fingerprint, when in revoked.items():
        partner = partners.get(fingerprint)
        if partner is not None and (partner.revoked_at is None or when < partner.revoked_at):
            partners[fingerprint] = replace(partner, revoked_at=when)
    # Signatures are checked as the records are decoded (on the other cores for a large
    # package); the first failure, in package order, is reported after the other checks.
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    check = _signature_check(store, package, identity, partners)
    try:
        received = _decode(package, identity, _checking(check, rows))
        settings = decide_settings(
            store,
            manifest.mission_settings,
            me=identity,
            partners=partners,
            labels_received={r.classification for r, _ in received},
            categories_received={r.category for r, _ in received if isinstance(r, Incident)},
        )
        # Records may carry a label the authority's notice brings in this very package.
        labels = settings.target.settings.labels if settings.target is not None else None
        _check_marking(store, package, received, labels)
        _check_id_kinds(store, package, received)
        try:
            signed = check.finish()
        except RecordRefused as exc:
            raise PackageRefused(
                translate("Sync", "package {name} refused: {exc}").format(name=path.name, exc=exc)
            ) from None
    finally:
        check.close()
    return PreparedImport(
        path,
        package,
        identity,
        received,
        signed=signed,
        notices=notices,
        notes=[*notes, *settings.notes],
        trust=trust,
        rows=rows,
        settings=settings,
    )


def _verify_notices(
    store: MissionStore,
    package: VerifiedPackage,
    identity: Identity,
    partners: dict[str, Partner],
) -> tuple[list[RevocationNotice], list[str]]:
    """The package's revocation notices that verify (signed by the revoked key itself or by the
    mission authority); a forged one refuses the package; one signed by another key cannot be
    checked here and is ignored, with a note."""
    authority = mission_authority(store)
    kept, notes = [], []
    for notice in package.manifest.revocations:
        try:
            ok = verify_notice(notice, authority=authority, partners=partners, me=identity)
        except RevocationRefused as exc:
            raise PackageRefused(
                translate("Sync", "package {name} refused: {exc}").format(
                    name=package.path.name, exc=exc
                )
            ) from None
        if ok:
            kept.append(notice)
        else:
            notes.append(
                f"a revocation notice for {notice.unit}'s key ({notice.key[:19]} …) is signed by "
                f"key {notice.signed_by[:19]} …, not by that key nor by this mission's "
                "authority: ignored"
            )
    return kept, notes


def _revoked_times(store: MissionStore, notices: Iterable[RevocationNotice]) -> dict[str, datetime]:
    """Fingerprint → the earliest revocation time known (notices held here and new ones)."""
    out = {n.key: n.revoked_at for n in held_notices(store)}
    for notice in notices:
        if notice.key not in out or notice.revoked_at < out[notice.key]:
            out[notice.key] = notice.revoked_at
    return out


def apply_import(
    store: MissionStore, prepared: PreparedImport, *, dry_run: bool = False
) -> ImportSummary:
    """Merge a prepared package in one transaction (or, dry, compute and roll back)."""
    package, path = prepared.package, prepared.path
    manifest = package.manifest
    summary = ImportSummary(
        path=path, origin=manifest.origin.unit, sequence=manifest.sequence, dry_run=dry_run
    )
    if prepared.already_imported is not None:
        summary.already_imported = prepared.already_imported
        return summary
    summary.notices = [*prepared.notes, *_gaps_and_age(store, package)]
    received = prepared.received
    # A PostGIS mission is backed up by its server (docs/hq-server.md), not file by file.
    if not dry_run and store.engine == "sqlite" and store.path != ":memory:":
        take_backup(store.path, reason="before-import")  # verified, not yet written
    try:
        with store.transaction():
            # Settings first: records may carry a label the authority's notice brings.
            summary.mission_settings = (
                apply_settings(store, prepared.settings, f"package:{path.name}") or ""
            )
            keys = [(r.KIND, r.id) for r, _ in received]
            current, history = store.merge_inputs(keys)
            changes = []
            for record, ancestors in received:
                key = (record.KIND, record.id)
                # Its content hash decides; apply writes it as is (made once, when verified).
                row = prepared.rows.get((*key, record.version)) or record_to_row(record)
                remote = RecordState(
                    record.KIND, record.id, record.version, row["content_hash"], ancestors
                )
                local = current.get(key)
                local_state = RecordState(key[0], key[1], local[0], local[1]) if local else None
                decision = decide(local_state, remote, history.get(key, set()))
                changes.append(
                    RemoteChange(
                        record, ancestors, str(decision.action), decision.conflict, row=row
                    )
                )
            applied: ApplySummary = store.apply_remote(
                changes, f"package:{path.name}", unit=manifest.origin.unit
            )
            summary.counts, summary.conflicts = applied.counts, applied.conflicts
            summary.attachments = _store_attachments(store, package, received, summary)
            save_signatures(
                store, ((*k, by.fingerprint, by.signature) for k, by in prepared.signed.items())
            )
            bind_nodes(
                store,
                {
                    (Hlc.parse(k[2]).node, by.fingerprint, by.unit)
                    for k, by in prepared.signed.items()
                },
            )
            store.log_package(
                fingerprint=manifest.origin.fingerprint,
                unit=manifest.origin.unit,
                sequence=manifest.sequence,
                file_name=path.name,
                file_sha256=package.file_sha256,
                recipient=manifest.recipient.fingerprint,
                counts=applied.counts,
            )
            save_package_range(
                store,
                manifest.origin.fingerprint,
                manifest.sequence,
                None if manifest.full else manifest.since_seq,
            )
            summary.notices += _acknowledgements(store, package)
            for notice in prepared.notices:
                if save_revocation(
                    store, notice.key, notice.unit, format_utc(notice.revoked_at),
                    notice.signed_by, notice.to_json(),
                ):  # fmt: skip
                    summary.revocations += 1
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    if not dry_run and prepared.trust is not None:
        # The trust list lives beside the key, outside the mission database: mark the keys
        # revoked there too, so 'keys list' and Sync → Partners show them so.
        for notice in prepared.notices:
            prepared.trust.mark_revoked(notice.key, notice.revoked_at)
    return summary


def _acknowledgements(store: MissionStore, package: VerifiedPackage) -> list[str]:
    """Keep what the sender says it holds from us; say which of our packages it never got
    (the next export to it sends their changes again)."""
    manifest = package.manifest
    if not manifest.acknowledged:
        return []
    fingerprint = manifest.origin.fingerprint
    save_partner_acknowledged(store, fingerprint, manifest.acknowledged)
    lost = _unacknowledged(sent_packages(store, fingerprint), list(manifest.acknowledged))
    if not lost:
        return []
    return [
        f"{manifest.origin.unit} never received {_which(lost)} from us: the next export to it "
        "sends their changes again"
    ]


def import_package(
    store: MissionStore,
    path: str | Path,
    trust: TrustStore,
    *,
    identity: Identity | None = None,
    dry_run: bool = False,
) -> ImportSummary:
    """Verify, then merge a partner's package in one transaction (or, dry, compute and roll back).

    Refuses (``PackageRefused``, nothing written) a package that fails verification, is made for
    another installation, or holds an invalid record; a package already imported is a no-op that
    says so.
    """
    prepared = prepare_import(store, path, trust, identity=identity)
    return apply_import(store, prepared, dry_run=dry_run)


def _signature_check(
    store: MissionStore, package: VerifiedPackage, identity: Identity, partners: dict[str, Partner]
) -> SignatureCheck:
    """Every version signed by its author, a trusted key not revoked when the version was
    made (by the trust list or a revocation notice), and by the key that makes its
    installation's versions; whatever path it came by."""
    return SignatureCheck(
        partners=partners,
        me=identity,
        nodes=dict(node_authors(store)),
        own_node=store.node_id,
        expected=sum(len(package.lines[kind]) for kind in package.kinds()),
    )


def _checking(
    check: SignatureCheck, rows: dict[tuple[str, str, str], dict[str, Any]]
) -> Callable[[Record, Any], None]:
    """What ``_decode`` does with each record: make its row once (its content hash is signed;
    apply writes the same row) and hand its signature to ``check``."""

    def take(record: Record, signature: Any) -> None:
        row = rows[(record.KIND, record.id, record.version)] = record_to_row(record)
        check.add(record.KIND, record.id, record.version, row["content_hash"], signature)

    return take


#: Packages older than this many days are flagged (a mission may set ``sync.max_package_age_days``).
DEFAULT_MAX_PACKAGE_AGE_DAYS = 14


def _gaps_and_age(store: MissionStore, package: VerifiedPackage) -> list[str]:
    """Packages from this sender that never arrived (a withheld delta, a lost stick), and a
    package older than the mission allows, said in words."""
    manifest = package.manifest
    notices = []
    if not manifest.full and manifest.since_seq:
        held = covered_runs(store, manifest.origin.fingerprint)
        missing = [
            n
            for n in range(max(1, manifest.since_seq - 10_000), manifest.since_seq + 1)
            if not any(a <= n <= b for a, b in held)
        ]
        if missing:
            notices.append(
                f"{_which(missing)} from {manifest.origin.unit} never arrived: ask for them or "
                "for a full export"
            )
    days = float(store.meta("sync.max_package_age_days") or DEFAULT_MAX_PACKAGE_AGE_DAYS)
    age = datetime.now(UTC) - manifest.created_at
    if age > timedelta(days=days):
        notices.append(
            f"this package was made {age.days} days ago ({format_utc(manifest.created_at)}), "
            f"more than the mission's {days:g}; newer changes may exist: ask for a fresh one"
        )
    return notices


def _check_marking(
    store: MissionStore,
    package: VerifiedPackage,
    received: list[tuple[Record, tuple[str, ...]]],
    labels: tuple[str, ...] | None = None,
) -> None:
    """The package's declared marking must cover every record in it: a package marked
    UNCLASSIFIED holding a CONFIDENTIAL record is refused (it would be handled as the lower).
    ``labels``: the mission's labels once the package's settings notice is applied."""
    labels = labels or store.classifications
    declared = package.manifest.highest_classification
    if declared not in labels:
        raise PackageRefused(
            translate(
                "Sync",
                "package {name} refused: it is marked {declared!r}, which is "
                "not one of this mission's classification labels ({labels})",
            ).format(name=package.path.name, declared=declared, labels=", ".join(labels))
        )
    ceiling = labels.index(declared)
    for record, _ in received:
        if not cleared(record, labels, ceiling):
            raise PackageRefused(
                translate(
                    "Sync",
                    "package {name} refused: it is marked {declared} but holds "
                    "{kind} {id} marked {classification}",
                ).format(
                    name=package.path.name,
                    declared=declared,
                    kind=record.KIND,
                    id=record.id,
                    classification=record.classification,
                )
            )


def _check_id_kinds(
    store: MissionStore, package: VerifiedPackage, received: list[tuple[Record, tuple[str, ...]]]
) -> None:
    """An id names one record of one kind: a partner's unit may not reuse one of our incidents'
    ids (``record show ID`` would then show the other)."""
    held = kinds_of_ids(store, [r.id for r, _ in received])
    for record, _ in received:
        kinds = held.get(record.id, set()) - {record.KIND}
        if kinds:
            raise PackageRefused(
                translate(
                    "Sync",
                    "package {name} refused: {kind} {id} reuses the id of a "
                    "{kinds} held here; ids are unique across kinds",
                ).format(
                    name=package.path.name, kind=record.KIND, id=record.id, kinds=sorted(kinds)[0]
                )
            )


def _attachments_for(
    store: MissionStore, records: Iterable[Record], partner: Partner
) -> tuple[dict[str, bytes], dict[str, tuple[str, str]]]:
    """Contents (and names) of the attachments of the incidents being sent.

    An attachment is released by its owners: it leaves only with an incident being sent that
    holds it, and only when *every* live record here holding it may go to this partner (its
    classification is that of the most restricted holder: a partner cannot pull a secret annex
    by naming its digest in a public incident). Its name is the one a record being sent gives
    it. A digest whose content this database never received is left out: the receiver keeps
    the reference and shows the file as not received."""
    labels = store.classifications
    ceiling = clearance_rank(labels, partner)
    sent = [r for r in records if isinstance(r, Incident | MapItem) and not r.deleted]
    digests = sorted({d for r in sent for d in r.attachments})
    if not digests:
        return {}, {}
    holders = attachment_holders(store, digests)
    per_record = {
        key: name
        for kind in ("incident", "map_item")
        for key, name in attachment_names(
            store, kind, [r.id for r in sent if kind == r.KIND]
        ).items()
    }
    blobs: dict[str, bytes] = {}
    names: dict[str, tuple[str, str]] = {}
    for digest in digests:
        if not all(
            releasable(h, partner.nation, partner.org) and cleared(h, labels, ceiling)
            for h in holders.get(digest, [])
        ):
            continue
        try:
            info, data = store.get_attachment(digest)
        except NotFoundError:
            continue
        blobs[digest] = data
        given = [per_record[(r.id, digest)] for r in sent if (r.id, digest) in per_record]
        names[digest] = min(given) if given else (str(info["file_name"]), str(info["media_type"]))
    return blobs, names


def _store_attachments(
    store: MissionStore,
    package: Any,
    received: list[tuple[Record, tuple[str, ...]]],
    summary: ImportSummary,
) -> int:
    """Keep the contents a package carries for the incidents in it (verified against the
    manifest's digests already); contents nothing in the package refers to are not kept.

    Nothing the partner says about a file is taken on trust: the local size cap applies, the
    name is cleaned, the media type is sniffed from the bytes; each incident that holds the
    file keeps its own name for it."""
    now = format_utc(datetime.now(UTC))
    stored = 0
    holders: dict[str, list[tuple[str, str]]] = {}
    for record, _ in received:
        if isinstance(record, Incident | MapItem):
            for digest in record.attachments:
                holders.setdefault(digest, []).append((record.KIND, record.id))
    for digest in sorted(set(holders) & set(package.attachments)):
        data = package.attachment(digest)
        if len(data) > MAX_ATTACHMENT_BYTES:
            summary.attachments_too_big += 1
            continue
        declared_name, declared_type = package.attachment_label(digest)
        file_name = clean_name(declared_name, f"attachment-{digest[:12]}")
        media_type = media_type_for(data, declared_type)
        stored += store.put_attachment(digest, file_name, media_type, data, now)
        for kind, record_id in holders[digest]:
            name_attachment(store, kind, record_id, digest, file_name, media_type)
    return stored


def _decode(
    package: Any, identity: Identity, take: Callable[[Record, Any], None]
) -> list[tuple[Record, tuple[str, ...]]]:
    """Every record of a verified package, validated, with its ancestors (each record and its
    line's signature field also go to ``take``); one clear refusal."""
    name = package.path.name
    out: list[tuple[Record, tuple[str, ...]]] = []
    bound = datetime.now(UTC) + timedelta(milliseconds=FUTURE_BOUND_MS)
    bound_ms = int(bound.timestamp() * 1000)
    for kind in package.kinds():
        member = f"records/{kind}.ndjson"
        numbers = [number for number, _ in package.lines[kind]]
        for number, data in zip(numbers, package.records(kind), strict=True):
            at = f"package {name} refused: {member} line {number}"
            ancestors = data.pop(ANCESTORS_FIELD, [])
            signature = data.pop(SIGNATURE_FIELD, None)
            try:
                if not isinstance(ancestors, list) or len(ancestors) > 4 * MAX_ANCESTORS:
                    raise AppError(
                        translate("Sync", "ancestors: expected a short list of versions")
                    )
                for version in ancestors:
                    Hlc.parse(version if isinstance(version, str) else "", "ancestors")
                record = record_from_dict(data, kind)
                version = Hlc.parse(record.version)
                if not record.origin or record.created_at is None or record.updated_at is None:
                    raise AppError(
                        translate(
                            "Sync", "origin, created_at and updated_at are required in a package"
                        )
                    )
                if version.wall_ms > bound_ms:
                    raise AppError(
                        translate(
                            "Sync",
                            "{kind} {id} has version {version}, more than {minutes} "
                            "minutes ahead of this machine's clock",
                        ).format(
                            kind=kind,
                            id=record.id,
                            version=record.version,
                            minutes=FUTURE_BOUND_MS // 60000,
                        )
                    )
                _check_times(record, bound)
            except AppError as exc:
                raise PackageRefused(
                    translate("Sync", "{at}: {exc}").format(at=at, exc=exc)
                ) from None
            except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
                raise PackageRefused(
                    translate("Sync", "{at}: not a valid {kind} record ({name})").format(
                        at=at, kind=kind, name=type(exc).__name__
                    )
                ) from None
            if not releasable(record, identity.nation, identity.org):
                raise PackageRefused(
                    translate(
                        "Sync",
                        "{at}: {kind} {id} is not releasable to {nation} "
                        "(releasable to {releasable})",
                    ).format(
                        at=at,
                        kind=kind,
                        id=record.id,
                        nation=identity.nation,
                        releasable=", ".join(record.releasable_to) or "nobody",
                    )
                )
            out.append((record, tuple(ancestors)))
            take(record, signature)
    return out


def _check_times(record: Record, bound: datetime) -> None:
    """The same future bound as local edits: no time of a record lies beyond it."""
    for item in fields(record):
        value = getattr(record, item.name)
        if isinstance(value, datetime) and value > bound:
            raise AppError(
                translate(
                    "Sync",
                    "{kind} {id}: {name} {time} is more than {minutes} "
                    "minutes ahead of this machine's clock",
                ).format(
                    kind=record.KIND,
                    id=record.id,
                    name=item.name,
                    time=format_utc(value),
                    minutes=FUTURE_BOUND_MS // 60000,
                )
            )


__all__ = [
    "ExportSummary",
    "ImportSummary",
    "PreparedImport",
    "apply_import",
    "export_package",
    "import_package",
    "prepare_import",
    "releasable",
]
