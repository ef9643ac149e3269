"""The import service: any partner file in, records out, all in one transaction.

The format is recognised by content (each reader's ``sniff``), not by the file name. Features
become records by ``app.interop.features`` (own fields, ``--map``, ``--as`` or a guess from
geometry and attributes); every record is validated and references are checked before anything
is written. Every feature that cannot become a record is listed with its reason: by default any
such feature refuses the whole file (the message counts the problems by reason and names the
first ones), with ``skip_invalid`` the good features are imported and the others listed. A dry
run takes exactly the same path and rolls back. Plain Python: no Qt.
"""

from __future__ import annotations

import hashlib
import importlib
import mimetypes
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from shapely.geometry import Point

from app.domain.coords import format_utc
from app.domain.kind_words import counted
from app.domain.records import (
    RECORD_KINDS,
    Incident,
    MapItem,
    Patrol,
    PositionReport,
    Record,
    Unit,
)
from app.domain.serialize import field_types
from app.errors import AppError, ValidationError
from app.i18n import translate
from app.interop import base, safety
from app.interop.base import Feature, InteropError, Job, Reader
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
            raise InteropError(
                translate("Import", "--format {forced}: use one of {readers}").format(
                    forced=forced, readers=", ".join(sorted(readers))
                )
            )
        return readers[forced]
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head:
        raise InteropError(translate("Import", "{name}: the file is empty").format(name=path.name))
    order = [n for n in SNIFF_ORDER if n in readers] + sorted(set(readers) - set(SNIFF_ORDER))
    for name in order:
        if readers[name].sniff(path, head):
            _check_name_matches(path, readers[name], readers)
            return readers[name]
    raise InteropError(
        translate("Import", "{name}: not a format Blue Helmet can import (tried {order})").format(
            name=path.name, order=", ".join(order)
        )
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
        translate(
            "Import",
            "{name}: named like {named}, but its content is {label}; "
            "rename it, or give --format {name2} if that is what it is",
        ).format(name=path.name, named=named, label=reader.label, name2=reader.name)
    )


#: How many problems a message or the summary lists; ``--report FILE.csv`` has every one.
LISTED_PROBLEMS = 20


@dataclass(frozen=True)
class Problem:
    """One feature that cannot become a record, named in the file's own terms."""

    index: int  #: 1-based position in the file
    item: str  #: "row 12", "placemark 3 (Camp Alpha)", "feature 7"
    reason: str  #: what is wrong, with the value at fault
    group: str  #: the reason as counted ("category '…' matches no category …")

    def line(self) -> str:
        return translate("Import", "{item}: {reason}").format(item=self.item, reason=self.reason)


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\(-?[\d.]+(, -?[\d.]+)*\)")


def problem_for(feature: Feature, reason: str, field_name: str = "") -> Problem:
    """A problem; it is counted with others of the same reason, values aside (a category
    that matches nothing is counted per value: those are few and each needs its own fix)."""
    group = reason if field_name == "category" else _QUOTED.sub("…", reason)
    return Problem(feature.index, feature.describe(), reason, group)


@dataclass
class ImportSummary:
    """What an import created or updated per kind, and what it left out and why.

    ``problems`` lists every feature that could not become a record. With ``skip_invalid``
    the others were imported (``good`` of them); without it the import was refused and
    ``FeaturesRefused`` carries this summary so a caller can offer to import the good ones.
    """

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
    problems: list[Problem] = field(default_factory=list)
    skip_invalid: bool = False
    good: int = 0  #: features that became records
    field_word: str = "column"

    @property
    def total(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())

    @property
    def problem_counts(self) -> Counter[str]:
        """Problems counted by reason."""
        return Counter(p.group for p in self.problems)

    def problem_lines(self, limit: int = LISTED_PROBLEMS) -> list[str]:
        """The first ``limit`` problems, one line each."""
        return [p.line() for p in self.problems[:limit]]

    def describe_problems(self, limit: int = LISTED_PROBLEMS) -> str:
        """Every problem counted by reason, then the first ``limit`` listed."""
        counts = "; ".join(f"{n} × {why}" for why, n in self.problem_counts.most_common())
        lines = [f"  {line}" for line in self.problem_lines(limit)]
        more = len(self.problems) - limit
        if more > 0:
            lines.append(
                "  "
                + translate(
                    "Import", "… and {more} more (--report FILE.csv lists every one)"
                ).format(more=more)
            )
        return "\n".join([counts, *lines])

    def describe(self) -> str:
        parts = [counted(n, k, "new") for k, n in sorted(self.created.items())]
        parts += [counted(n, k, "updated") for k, n in sorted(self.updated.items())]
        what = ", ".join(parts)
        if self.dry_run and what:
            text = translate("Import", "{file}: would import {what}").format(
                file=self.path.name, what=what
            )
        elif self.dry_run:
            text = translate("Import", "{file}: would import nothing").format(file=self.path.name)
        elif what:
            text = translate("Import", "{file}: imported {what}").format(
                file=self.path.name, what=what
            )
        else:
            text = translate("Import", "{file}: imported nothing").format(file=self.path.name)
        if self.skipped:
            reasons = "; ".join(f"{n} × {why}" for why, n in sorted(self.skipped.items()))
            text += translate("Import", "; skipped {count} ({reasons})").format(
                count=sum(self.skipped.values()), reasons=reasons
            )
        if self.ignored:
            text += translate("Import", "; ignored {fields}: {names}").format(
                fields=base.field_words(self.field_word), names=", ".join(sorted(self.ignored))
            )
        if self.problems:
            text += "\n" + translate(
                "Import", "left out {count} invalid feature(s): {problems}"
            ).format(count=len(self.problems), problems=self.describe_problems())
        return text


class FeaturesRefused(InteropError):
    """Some features of a file cannot be imported; nothing was. Carries the summary, whose
    ``problems`` list them and whose ``good`` says how many ``skip_invalid`` would import."""

    def __init__(self, summary: ImportSummary) -> None:
        self.summary = summary
        name = summary.path.name
        problems = summary.problems
        if len(problems) == 1 and not summary.good:
            text = translate("Import", "{file}: {problem}").format(
                file=name, problem=problems[0].line()
            )
        elif len(problems) == 1:
            text = translate(
                "Import",
                "{file}: {problem}; nothing was imported (--skip-invalid imports "
                "the {good} good feature(s))",
            ).format(file=name, problem=problems[0].line(), good=summary.good)
        elif summary.good:
            text = translate(
                "Import",
                "{file}: {count} features cannot be imported, so nothing was; "
                "--skip-invalid imports the {good} good feature(s): {problems}",
            ).format(
                file=name, count=len(problems), good=summary.good,
                problems=summary.describe_problems(),
            )  # fmt: skip
        else:
            text = translate(
                "Import", "{file}: {count} features cannot be imported, so nothing was: {problems}"
            ).format(file=name, count=len(problems), problems=summary.describe_problems())
        super().__init__(text)


def write_problem_report(problems: list[Problem], out: Path) -> None:
    """Every problem as a CSV file a spreadsheet opens: position, feature, reason."""
    import csv

    tmp = out.with_name(out.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["position", "feature", "reason"])
            for problem in problems:
                writer.writerow([problem.index, problem.item, problem.reason])
        os.replace(tmp, out)
    except OSError as exc:
        raise InteropError(
            translate("Import", "{name}: cannot write the report ({strerror})").format(
                name=out.name, strerror=exc.strerror
            )
        ) from None
    finally:
        tmp.unlink(missing_ok=True)


def mission_context(store: MissionStore) -> MissionContext:
    """Categories and unit names of the receiving mission, for mapping partners' features."""
    units: dict[str, str] = {}
    for unit in store.units():
        for name in (unit.designation, unit.short_name, unit.callsign):
            if name:
                units.setdefault(name.strip().lower(), unit.id)
    return MissionContext(categories=store.categories(), units=units)


def check_settings(settings: Mapping[str, str]) -> None:
    """Refuse ``--set`` names that are no record field, before reading anything."""
    known = {name for cls in RECORD_KINDS.values() for name in field_types(cls)}
    for name in settings:
        if name not in known or name in ("id", "kind", "version", "created_at", "updated_at"):
            raise InteropError(
                translate(
                    "Import",
                    "--set {name}=…: {name!r} is not a record field one can set for every feature",
                ).format(name=name)
            )


def read_records(
    store: MissionStore,
    path: Path,
    *,
    as_kind: str | None = None,
    mapping: Mapping[str, str] | None = None,
    format: str | None = None,
    job: Job | None = None,
    settings: Mapping[str, str] | None = None,
    skip_invalid: bool = False,
) -> ImportSummary:
    """Read and map a file into validated records, without writing anything.

    Every feature that cannot become a record is listed in the summary's ``problems``; unless
    ``skip_invalid``, any problem refuses the file (``FeaturesRefused``, naming every one).
    """
    job = job or Job()
    path = Path(path)
    if not path.is_file():
        raise InteropError(translate("Import", "{name}: no such file").format(name=path.name))
    safety.check_file_size(path)
    if as_kind is not None and as_kind not in RECORD_KINDS:
        raise InteropError(
            translate("Import", "--as {as_kind}: use one of {kinds}").format(
                as_kind=as_kind, kinds=", ".join(RECORD_KINDS)
            )
        )
    settings = dict(settings or {})
    check_settings(settings)
    reader = detect(path, format)
    words = base.field_word(reader)
    summary = ImportSummary(path, format=reader.name, skip_invalid=skip_invalid, field_word=words)
    by_key = map_features(
        store, reader.read(path, job), summary, as_kind=as_kind, mapping=mapping,
        settings=settings, job=job,
    )  # fmt: skip
    if summary.problems and (not skip_invalid or not by_key):
        raise FeaturesRefused(summary)
    records = list(by_key.values())
    if not records:
        if summary.skipped:
            reasons = "; ".join(f"{n} × {why}" for why, n in sorted(summary.skipped.items()))
            if words:
                message = translate(
                    "Import",
                    "{file}: none of its features could become a record ({reasons}); say "
                    "what they are with --as KIND or map {fields} with --map NAME=FIELD",
                ).format(file=path.name, reasons=reasons, fields=base.field_words(words))
            else:
                message = translate(
                    "Import",
                    "{file}: none of its features could become a record ({reasons}); say "
                    "what they are with --as KIND",
                ).format(file=path.name, reasons=reasons)
            raise InteropError(message)
        raise InteropError(
            translate("Import", "{name}: the file holds no features to import").format(
                name=path.name
            )
        )
    count_changes(store, by_key, summary)
    return summary


def map_features(
    store: MissionStore,
    features: Iterable[Feature],
    summary: ImportSummary,
    *,
    as_kind: str | None = None,
    mapping: Mapping[str, str] | None = None,
    settings: Mapping[str, str] | None = None,
    job: Job | None = None,
) -> dict[tuple[str, str], Record]:
    """Features as validated records of this mission, keyed by (kind, id); a file import and
    a live feed both come through here. Each feature that cannot become a record is listed
    in ``summary.problems`` (and ``summary.skipped``); nothing is written."""
    job = job or Job()
    context = mission_context(store)
    context.field_word = summary.field_word
    labels = set(store.classifications)
    by_key: dict[tuple[str, str], Record] = {}
    feature_of_key: dict[tuple[str, str], Feature] = {}
    for feature in _expand_tracks(iter(features), context, as_kind):
        if feature.problem is not None:
            if feature.optional:
                # One bad item of a TAK package never sinks the package: it is listed instead.
                summary.skipped[feature.problem] += 1
            else:
                summary.problems.append(problem_for(feature, feature.problem))
            continue
        if feature.note is not None:
            summary.skipped[feature.note] += 1
            continue
        try:
            records, ignored = feature_to_records(
                feature, as_kind=as_kind, mapping=mapping, context=context, settings=settings
            )
            for record in records:
                _check_labels(record, labels, context)
        except Skip as why:
            summary.skipped[str(why)] += 1
            continue
        except ValidationError as exc:
            if feature.optional:
                label = feature.name or translate("Import", "item {number}").format(
                    number=feature.index
                )
                summary.skipped[f"{label}: {exc}"] += 1
                continue
            summary.problems.append(problem_for(feature, str(exc), exc.field))
            continue
        if feature.files:
            records = _with_files(records, feature.files, summary)
        summary.ignored |= ignored
        summary.good += 1
        for record in records:
            key = (record.KIND, record.id)
            if key in by_key and record.KIND != "position_report":
                summary.skipped[
                    translate("Import", "same id twice in the file (the later one kept)")
                ] += 1
            by_key[key] = record
            feature_of_key[key] = feature
        if feature.index % 2000 == 0:
            job.report(feature.index)
    for key in _check_units(store, list(by_key.values()), feature_of_key, summary):
        by_key.pop(key, None)
    return by_key


def count_changes(
    store: MissionStore, by_key: dict[tuple[str, str], Record], summary: ImportSummary
) -> None:
    """Fill ``summary``'s created and updated counts and its records from ``by_key``."""
    existing = store.existing(list(by_key))  # one query per 500 ids
    for key in by_key:
        target = summary.updated if key in existing else summary.created
        target[key[0]] += 1
    summary.records = list(by_key.values())


def _with_files(
    records: list[Record], files: list[tuple[str, bytes]], summary: ImportSummary
) -> list[Record]:
    """The feature's main record with the files a package attached to it (a photo of a
    marker) as its attachments; the contents wait in the summary until the import writes."""
    main = records[0]
    if not isinstance(main, Incident | MapItem):
        reason = translate(
            "Import", "a file attached to a {kind} (only incidents and map items)"
        ).format(kind=main.KIND)
        summary.skipped[reason] += 1
        return records
    digests = list(main.attachments)
    for name, data in files:
        sha256 = hashlib.sha256(data).hexdigest()
        media = mimetypes.guess_type(name)[0] or "application/octet-stream"
        summary.files[sha256] = (name, media, data)
        if sha256 not in digests:
            digests.append(sha256)
    return [main.evolve(attachments=tuple(digests)), *records[1:]]


def _expand_tracks(
    features: Iterator[Feature], context: MissionContext, as_kind: str | None
) -> Iterator[Feature]:
    """A recorded track whose name is one of the mission's units becomes that unit's position
    reports (one per timed point); any other track stays one line (a route)."""
    for feature in features:
        unit = feature.name.strip().lower()
        wanted = as_kind in (None, "position_report")
        if not feature.track or unit not in context.units or not wanted:
            yield feature
            continue
        for when, lon, lat in feature.track:
            if not when:
                continue
            yield Feature(
                index=feature.index, geometry=Point(lon, lat), item=feature.describe(),
                properties={"unit_id": context.units[unit], "observed_at": when,
                            "id": f"track:{context.units[unit]}:{when}"},
                kind_hint="position_report",
            )  # fmt: skip


def _check_labels(record: Record, labels: set[str], context: MissionContext) -> None:
    """What the store would refuse without saying which feature: say it here."""
    if record.classification not in labels:
        raise ValidationError(
            "classification",
            translate(
                "Import", "{classification!r} is not one of this mission's labels ({labels})"
            ).format(classification=record.classification, labels=", ".join(sorted(labels))),
        )
    known = context.categories
    if isinstance(record, Incident) and known and all(c.key != record.category for c in known):
        raise ValidationError(
            "category",
            translate("Import", "{category!r} is not in this mission's category list").format(
                category=record.category
            ),
        )


def _check_units(
    store: MissionStore,
    records: list[Record],
    feature_of_key: dict[tuple[str, str], Feature],
    summary: ImportSummary,
) -> list[tuple[str, str]]:
    """Records that name a unit neither the mission nor the file holds: each becomes a
    problem of its feature; returns their keys."""
    batch = {r.id for r in records if isinstance(r, Unit)}
    wanted: dict[str, list[tuple[str, str]]] = {}
    for r in records:
        if isinstance(r, PositionReport | Patrol) and r.unit_id not in batch:
            wanted.setdefault(r.unit_id, []).append((r.KIND, r.id))
    known = store.existing([("unit", u) for u in wanted])
    dropped: list[tuple[str, str]] = []
    for unit_id, keys in sorted(wanted.items()):
        if ("unit", unit_id) in known:
            continue
        for key in keys:
            feature = feature_of_key[key]
            reason = translate(
                "Import", "unit_id: no unit with id {unit_id} in this mission or the file"
            ).format(unit_id=unit_id)
            summary.problems.append(problem_for(feature, reason, "unit_id"))
            summary.good -= 1
            dropped.append(key)
    summary.problems.sort(key=lambda p: p.index)
    return dropped


def import_file(
    store: MissionStore,
    path: Path,
    *,
    as_kind: str | None = None,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
    format: str | None = None,
    job: Job | None = None,
    settings: Mapping[str, str] | None = None,
    skip_invalid: bool = False,
) -> ImportSummary:
    """Import one file in one transaction; a dry run does the same and rolls back.

    ``settings`` (``--set FIELD=VALUE``) gives every feature a field's value. With
    ``skip_invalid`` every feature that can become a record is imported and the others are
    listed in the summary; without it one bad feature refuses the file (``FeaturesRefused``).
    """
    job = job or Job()
    path = Path(path)
    summary = read_records(
        store, path, as_kind=as_kind, mapping=mapping, format=format, job=job,
        settings=settings, skip_invalid=skip_invalid,
    )  # fmt: skip
    summary.dry_run = dry_run
    total = len(summary.records)
    job.report(0, total)
    if total and not dry_run and store.engine == "sqlite" and store.path != ":memory:":
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
        raise InteropError(
            translate("Import", "{name}: {exc}").format(name=path.name, exc=exc)
        ) from None
    except AppError:
        raise
    return summary


class _RollBack(Exception):
    """Leaves a dry run's transaction without keeping anything."""
