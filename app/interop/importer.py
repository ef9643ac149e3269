"""The import service: any partner file in, records out, all in one transaction.

The format is recognised by content (each reader's ``sniff``), not by the file name. Features
become records by ``app.interop.features`` (own fields, ``--map``, ``--as`` or a guess from
geometry and attributes); every record is validated and references are checked before anything
is written, so a bad feature refuses the whole file with a message naming the file and the
feature. A dry run takes exactly the same path and rolls back. Plain Python: no Qt.
"""

from __future__ import annotations

import hashlib
import importlib
import mimetypes
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.domain.coords import format_utc
from app.domain.records import (
    RECORD_KINDS,
    Incident,
    MapItem,
    Patrol,
    PositionReport,
    Record,
    Unit,
)
from app.errors import AppError, ValidationError
from app.interop import base, safety
from app.interop.base import InteropError, Job, Reader
from app.interop.features import MissionContext, Skip, feature_to_records
from app.store import MissionStore
from app.store.backup import take_backup

#: Modules that register readers and writers, in the order formats are tried when sniffing.
FORMAT_MODULES = ("ogr", "kml", "cot", "tak_protobuf", "nvg", "geojson", "csvfmt")
#: Sniffing order: the most specific signatures first, plain text (CSV) last.
SNIFF_ORDER = (
    "gpkg", "shapefile", "tak", "kmz", "kml", "cot", "takproto", "nvg", "geojson", "csv",
)  # fmt: skip
HEAD_BYTES = 8192

#: Kept for callers of the old ``app.importing`` module.
ImportRefused = InteropError


def formats() -> dict[str, Reader]:
    """Every reader, after importing the modules that register them."""
    for module in FORMAT_MODULES:
        try:
            importlib.import_module(f"app.interop.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.interop.{module}":
                raise
    return base.READERS


def detect(path: Path, forced: str | None = None) -> Reader:
    """The reader for a file: the one named, or the first whose ``sniff`` accepts its content."""
    readers = formats()
    if forced is not None:
        if forced not in readers:
            raise InteropError(f"--format {forced}: use one of {', '.join(sorted(readers))}")
        return readers[forced]
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head:
        raise InteropError(f"{path.name}: the file is empty")
    order = [n for n in SNIFF_ORDER if n in readers] + sorted(set(readers) - set(SNIFF_ORDER))
    for name in order:
        if readers[name].sniff(path, head):
            _check_name_matches(path, readers[name], readers)
            return readers[name]
    raise InteropError(
        f"{path.name}: not a format Blue Helmet can import (tried {', '.join(order)})"
    )


#: File name endings that say what a file is; content of another format under one of these names
#: is refused (a ".gpkg" that is really text, a ".kml" that is a zip) rather than read as
#: whatever it resembles. Generic endings (.zip, .xml, .json, .txt) carry several formats.
TELLING_SUFFIXES = (".gpkg", ".kml", ".kmz", ".geojson", ".csv", ".nvg", ".cot", ".shp")


def _check_name_matches(path: Path, reader: Reader, readers: Mapping[str, Reader]) -> None:
    suffix = path.suffix.lower()
    if suffix not in TELLING_SUFFIXES or suffix in reader.suffixes:
        return
    named = next((r.label for r in readers.values() if suffix in r.suffixes), suffix)
    raise InteropError(
        f"{path.name}: named like {named}, but its content is {reader.label}; rename it, or "
        f"give --format {reader.name} if that is what it is"
    )


@dataclass
class ImportSummary:
    """What an import created or updated per kind, and what it left out and why."""

    path: Path
    format: str = ""
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  #: reason → count
    ignored: set[str] = field(default_factory=set)  #: properties no record field takes
    dry_run: bool = False
    records: list[Record] = field(default_factory=list, repr=False)
    #: Attachment contents the records name: SHA-256 → (file name, media type, bytes).
    files: dict[str, tuple[str, str, bytes]] = field(default_factory=dict, repr=False)

    @property
    def total(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())

    def describe(self) -> str:
        parts = [f"{n} new {k}" for k, n in sorted(self.created.items())]
        parts += [f"{n} updated {k}" for k, n in sorted(self.updated.items())]
        verb = "would import" if self.dry_run else "imported"
        text = f"{self.path.name}: {verb} " + (", ".join(parts) or "nothing")
        if self.skipped:
            reasons = "; ".join(f"{n} × {why}" for why, n in sorted(self.skipped.items()))
            text += f"; skipped {sum(self.skipped.values())} ({reasons})"
        if self.ignored:
            text += f"; ignored columns: {', '.join(sorted(self.ignored))}"
        return text


def mission_context(store: MissionStore) -> MissionContext:
    """Categories and unit names of the receiving mission, for mapping partners' features."""
    units: dict[str, str] = {}
    for unit in store.units():
        for name in (unit.designation, unit.short_name, unit.callsign):
            if name:
                units.setdefault(name.strip().lower(), unit.id)
    return MissionContext(categories=store.categories(), units=units)


def read_records(
    store: MissionStore,
    path: Path,
    *,
    as_kind: str | None = None,
    mapping: Mapping[str, str] | None = None,
    format: str | None = None,
    job: Job | None = None,
) -> ImportSummary:
    """Read and map a file into validated records, without writing anything."""
    job = job or Job()
    path = Path(path)
    if not path.is_file():
        raise InteropError(f"{path}: no such file")
    safety.check_file_size(path)
    if as_kind is not None and as_kind not in RECORD_KINDS:
        raise InteropError(f"--as {as_kind}: use one of {', '.join(RECORD_KINDS)}")
    reader = detect(path, format)
    summary = ImportSummary(path, format=reader.name)
    context = mission_context(store)
    labels = set(store.classifications)
    by_key: dict[tuple[str, str], Record] = {}
    where_of: dict[tuple[str, str], int] = {}
    for feature in reader.read(path, job):
        where = f"{path.name}: feature {feature.index}"
        if feature.unreadable:
            summary.skipped[feature.unreadable] += 1
            continue
        try:
            records, ignored = feature_to_records(
                feature, as_kind=as_kind, mapping=mapping, context=context
            )
            for record in records:
                _check_labels(record, labels, context, where)
        except Skip as why:
            summary.skipped[str(why)] += 1
            continue
        except (ValidationError, InteropError) as exc:
            if not feature.optional:
                if isinstance(exc, InteropError):
                    raise
                raise InteropError(f"{where}: {exc}") from None
            # One bad item of a TAK package never sinks the package: it is listed instead.
            label = feature.name or f"item {feature.index}"
            summary.skipped[f"{label}: {str(exc).removeprefix(where + ': ')}"] += 1
            continue
        if feature.files:
            records = _with_files(records, feature.files, summary)
        summary.ignored |= ignored
        for record in records:
            key = (record.KIND, record.id)
            if key in by_key and record.KIND != "position_report":
                summary.skipped["same id twice in the file (the later one kept)"] += 1
            by_key[key] = record
            where_of[key] = feature.index
        if feature.index % 2000 == 0:
            job.report(feature.index)
    records = list(by_key.values())
    if not records and summary.skipped:
        reasons = "; ".join(f"{n} × {why}" for why, n in sorted(summary.skipped.items()))
        raise InteropError(
            f"{path.name}: none of its features could become a record ({reasons}); say what "
            "they are with --as KIND or map columns with --map COL=FIELD"
        )
    _check_units(store, records, where_of, path)
    existing = store._existing(list(by_key))  # one query per 500 ids
    for key in by_key:
        target = summary.updated if key in existing else summary.created
        target[key[0]] += 1
    summary.records = records
    return summary


def _with_files(
    records: list[Record], files: list[tuple[str, bytes]], summary: ImportSummary
) -> list[Record]:
    """The feature's main record with the files a package attached to it (a photo of a
    marker) as its attachments; the contents wait in the summary until the import writes."""
    main = records[0]
    if not isinstance(main, Incident | MapItem):
        summary.skipped[f"a file attached to a {main.KIND} (only incidents and map items)"] += 1
        return records
    digests = list(main.attachments)
    for name, data in files:
        sha256 = hashlib.sha256(data).hexdigest()
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
        summary.files[sha256] = (name, media, data)
        if sha256 not in digests:
            digests.append(sha256)
    return [main.evolve(attachments=tuple(digests)), *records[1:]]


def _check_labels(record: Record, labels: set[str], context: MissionContext, where: str) -> None:
    """What the store would refuse without saying which feature: say it here."""
    if record.classification not in labels:
        raise InteropError(
            f"{where}: classification {record.classification!r} is not one of this "
            f"mission's labels ({', '.join(sorted(labels))})"
        )
    known = context.categories
    if isinstance(record, Incident) and known and all(c.key != record.category for c in known):
        raise InteropError(
            f"{where}: category {record.category!r} is not in this mission's category list"
        )


def _check_units(
    store: MissionStore, records: list[Record], where_of: dict[tuple[str, str], int], path: Path
) -> None:
    batch = {r.id for r in records if isinstance(r, Unit)}
    wanted = {
        r.unit_id: (r.KIND, r.id)
        for r in records
        if isinstance(r, PositionReport | Patrol) and r.unit_id not in batch
    }
    known = store._existing([("unit", u) for u in wanted])
    for unit_id, key in sorted(wanted.items()):
        if ("unit", unit_id) not in known:
            raise InteropError(
                f"{path.name}: feature {where_of[key]}: unit_id: no unit with id {unit_id} in "
                "this mission or the file"
            )


def import_file(
    store: MissionStore,
    path: Path,
    *,
    as_kind: str | None = None,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
    format: str | None = None,
    job: Job | None = None,
) -> ImportSummary:
    """Import one file in one transaction; a dry run does the same and rolls back."""
    job = job or Job()
    path = Path(path)
    summary = read_records(store, path, as_kind=as_kind, mapping=mapping, format=format, job=job)
    summary.dry_run = dry_run
    total = len(summary.records)
    job.report(0, total)
    if total and not dry_run and store.path != ":memory:":
        take_backup(store.path, reason="before-import")  # read and valid, not yet written
    try:
        with store.transaction():
            # Units first: position reports and patrols in the same file may refer to them.
            ordered = sorted(summary.records, key=lambda r: r.KIND != "unit")
            added = format_utc(datetime.now(UTC))
            for sha256, (name, media, data) in summary.files.items():
                store.put_attachment(sha256, name, media, data, added)
            store.save_many(ordered, source=f"import:{path.name}")
            job.report(total, total)  # a cancel now still rolls everything back
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    except ValidationError as exc:
        raise InteropError(f"{path.name}: {exc}") from None
    except AppError:
        raise
    return summary


class _RollBack(Exception):
    """Leaves a dry run's transaction without keeping anything."""
