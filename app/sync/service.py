"""Export the picture to a partner as a signed package, and import a partner's package.

``export_package`` picks the records changed since the last package to that partner (or all of
them), keeps only those releasable to it, and writes them with the ancestors each record's merge
needs. ``import_package`` verifies the file completely first (nothing is written before), refuses
packages made for someone else and says so for a package already imported, then merges every
record in one transaction: all or nothing. Plain Python: must not import Qt.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.domain.coords import format_utc
from app.domain.hlc import Hlc
from app.domain.records import Incident, MapItem, PositionReport, Record
from app.domain.serialize import record_from_dict, record_to_dict
from app.errors import AppError, NotFoundError
from app.store.backup import take_backup
from app.store.rows import record_to_row
from app.store.store import ApplySummary, MissionStore, RemoteChange
from app.sync.identity import Identity, Partner, TrustStore, load_identity
from app.sync.merge import MAX_ANCESTORS, RecordState, decide
from app.sync.package import PackageRefused, read_package, write_package

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

    def describe(self) -> str:
        what = ", ".join(f"{n} {kind}" for kind, n in self.counts.items()) or "no records"
        if self.attachments:
            what += f", {self.attachments} attachment{'s' * (self.attachments != 1)}"
        mode = "full snapshot" if self.full else "changes"
        held = (
            f"; {self.withheld} not releasable to {self.recipient} or above its accreditation "
            f"({self.clearance}), left out" * bool(self.withheld)
        )
        return (
            f"Package {self.sequence} for {self.recipient} written to {self.path} ({mode}): "
            f"{what}; marked {self.highest_classification}{held}"
        )


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

    def describe(self) -> str:
        name = self.path.name
        if self.already_imported is not None:
            return (
                f"{name}: already imported on {self.already_imported} (package "
                f"{self.sequence} from {self.origin}); nothing changed"
            )
        head = "Would import" if self.dry_run else "Imported"
        lines = [f"{head} {name} from {self.origin} (package {self.sequence}):"]
        for kind, per_action in self.counts.items():
            parts = [f"{per_action[a]} {a}" for a in _ACTIONS if per_action.get(a)]
            lines.append(f"  {kind}: " + ", ".join(parts))
        if not self.counts:
            lines.append("  no records")
        lines.append(f"  conflicts: {self.conflicts}")
        if self.attachments:
            lines.append(f"  attachments stored: {self.attachments}")
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return "\n".join(lines)


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
        raise AppError(f"{partner.unit}'s key is revoked; packages are no longer made for it")
    out = Path(out)
    with store.transaction():
        state = store.partner_state(partner.fingerprint)
        upto = store.last_change_seq()
        candidates = store.all_records() if full else store.changed_since(state["last_sent_seq"])
        shared = _releasable(store, candidates, partner)
        ancestors = store.ancestors_for(shared, MAX_ANCESTORS)
        lines: dict[str, list[dict[str, Any]]] = {}
        for record in shared:
            line = record_to_dict(record)
            line[ANCESTORS_FIELD] = ancestors[(record.KIND, record.id)]
            lines.setdefault(record.KIND, []).append(line)
        sequence = int(state["last_sent_sequence"]) + 1
        labels = store.classifications
        rank = {label: i for i, label in enumerate(labels)}
        highest = max(
            (r.classification for r in shared), key=lambda c: rank.get(c, 0), default=labels[0]
        )
        blobs, names = _attachments_for(store, shared)
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
            since_seq=None if full else int(state["last_sent_sequence"]),
            highest_classification=highest,
        )
        store.record_sent(partner.fingerprint, partner.unit, upto, sequence)
    return ExportSummary(
        path=out,
        recipient=partner.unit,
        sequence=sequence,
        full=full,
        counts={kind: len(items) for kind, items in lines.items()},
        withheld=len(candidates) - len(shared),
        highest_classification=highest,
        attachments=len(blobs),
        clearance=labels[clearance_rank(labels, partner)],
    )


def clearance_rank(labels: tuple[str, ...], partner: Partner) -> int:
    """Where the partner's accreditation sits among the mission's labels (lowest first); a
    partner without one is cleared for the lowest label only."""
    if partner.accreditation is None:
        return 0
    try:
        return labels.index(partner.accreditation)
    except ValueError:
        raise AppError(
            f"{partner.unit} is accredited for {partner.accreditation!r}, which is not one of "
            f"this mission's classification labels ({', '.join(labels)}); set it again with "
            f"'bluehelmet keys accredit'"
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
    path = Path(path)
    identity = identity or load_identity()
    package = read_package(path, trust, expected_recipient=identity)
    manifest = package.manifest
    file_sha = hashlib.sha256(path.read_bytes()).hexdigest()
    summary = ImportSummary(
        path=path, origin=manifest.origin.unit, sequence=manifest.sequence, dry_run=dry_run
    )
    prior = store.imported_package(manifest.origin.fingerprint, manifest.sequence, file_sha)
    if prior is not None:
        summary.already_imported = str(prior["imported_at"])
        return summary
    if manifest.schema_version > store.schema_version:
        raise PackageRefused(
            f"package {path.name} refused: it follows schema {manifest.schema_version}, written "
            f"by a newer version of Blue Helmet COP (this one knows {store.schema_version})"
        )
    received = _decode(package, identity)
    if not dry_run and store.path != ":memory:":
        take_backup(store.path, reason="before-import")  # verified, not yet written
    try:
        with store.transaction():
            keys = [(r.KIND, r.id) for r, _ in received]
            current, history = store.merge_inputs(keys)
            changes = []
            for record, ancestors in received:
                key = (record.KIND, record.id)
                row = record_to_row(record)  # its content hash decides; apply writes it as is
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
            summary.attachments = _store_attachments(store, package, received)
            store.log_package(
                fingerprint=manifest.origin.fingerprint,
                unit=manifest.origin.unit,
                sequence=manifest.sequence,
                file_name=path.name,
                file_sha256=file_sha,
                recipient=manifest.recipient.fingerprint,
                counts=applied.counts,
            )
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return summary


def _attachments_for(
    store: MissionStore, records: Iterable[Record]
) -> tuple[dict[str, bytes], dict[str, tuple[str, str]]]:
    """Contents (and names) of the attachments of the incidents being sent. A digest whose
    content this database never received (a relay that lacked it) is left out: the receiver
    keeps the reference and shows the file as not received."""
    digests = sorted(
        {d for r in records if isinstance(r, Incident | MapItem) and not r.deleted
         for d in r.attachments}
    )  # fmt: skip
    blobs: dict[str, bytes] = {}
    names: dict[str, tuple[str, str]] = {}
    for digest in digests:
        try:
            info, data = store.get_attachment(digest)
        except NotFoundError:
            continue
        blobs[digest] = data
        names[digest] = (str(info["file_name"]), str(info["media_type"]))
    return blobs, names


def _store_attachments(
    store: MissionStore, package: Any, received: list[tuple[Record, tuple[str, ...]]]
) -> int:
    """Keep the contents a package carries for the incidents in it (verified against the
    manifest's digests already); contents nothing in the package refers to are not kept."""
    now = format_utc(datetime.now(UTC))
    stored = 0
    wanted = {d for r, _ in received if isinstance(r, Incident | MapItem) for d in r.attachments}
    for digest in sorted(wanted & set(package.attachments)):
        file_name, media_type = package.attachment_label(digest)
        stored += store.put_attachment(
            digest,
            file_name or f"attachment-{digest[:12]}",
            media_type or "application/octet-stream",
            package.attachment(digest),
            now,
        )
    return stored


def _decode(package: Any, identity: Identity) -> list[tuple[Record, tuple[str, ...]]]:
    """Every record of a verified package, validated, with its ancestors; one clear refusal."""
    name = package.path.name
    out: list[tuple[Record, tuple[str, ...]]] = []
    for kind in package.kinds():
        member = f"records/{kind}.ndjson"
        numbers = [number for number, _ in package.lines[kind]]
        for number, data in zip(numbers, package.records(kind), strict=True):
            at = f"package {name} refused: {member} line {number}"
            ancestors = data.pop(ANCESTORS_FIELD, [])
            try:
                if not isinstance(ancestors, list) or len(ancestors) > 4 * MAX_ANCESTORS:
                    raise AppError("ancestors: expected a short list of versions")
                for version in ancestors:
                    Hlc.parse(version if isinstance(version, str) else "", "ancestors")
                record = record_from_dict(data, kind)
                Hlc.parse(record.version)
                if not record.origin or record.created_at is None or record.updated_at is None:
                    raise AppError("origin, created_at and updated_at are required in a package")
            except AppError as exc:
                raise PackageRefused(f"{at}: {exc}") from None
            except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as exc:
                raise PackageRefused(
                    f"{at}: not a valid {kind} record ({type(exc).__name__})"
                ) from None
            if not releasable(record, identity.nation, identity.org):
                raise PackageRefused(
                    f"{at}: {kind} {record.id} is not releasable to {identity.nation} "
                    f"(releasable to {', '.join(record.releasable_to) or 'nobody'})"
                )
            out.append((record, tuple(ancestors)))
    return out


__all__ = [
    "ExportSummary",
    "ImportSummary",
    "export_package",
    "import_package",
    "releasable",
]
