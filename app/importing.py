"""Importing files into the mission: recognise the format by content, validate, write once.

Every import is one transaction: a file with one bad feature writes nothing, and the error
names the file and the feature. Formats recognised so far: GeoJSON (FeatureCollection, Feature,
newline-delimited) whose features carry Blue Helmet record fields (``kind`` or ``--as``).
Partner formats (KML, GeoPackage, CoT, …) plug in here as further readers.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.records import RECORD_KINDS, Record
from app.domain.serialize import record_from_dict
from app.errors import AppError, ValidationError
from app.store import MissionStore

MAX_FILE_BYTES = 512 * 1024 * 1024
#: Envelope bookkeeping the importing store sets itself.
_STAMPED = {"version", "created_at", "updated_at", "content_hash"}


class ImportRefused(AppError):
    """A file that cannot be imported; the message names the file and what is wrong."""


@dataclass
class ImportSummary:
    path: Path
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    dry_run: bool = False

    def describe(self) -> str:
        parts = [f"{n} new {k}" for k, n in sorted(self.created.items())]
        parts += [f"{n} updated {k}" for k, n in sorted(self.updated.items())]
        verb = "would import" if self.dry_run else "imported"
        return f"{self.path.name}: {verb} " + (", ".join(parts) or "nothing")


def import_file(
    store: MissionStore, path: Path, *, as_kind: str | None = None, dry_run: bool = False
) -> ImportSummary:
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"{path}: {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
    if as_kind is not None and as_kind not in RECORD_KINDS:
        raise ImportRefused(f"--as {as_kind}: use one of {', '.join(RECORD_KINDS)}")
    features = _read_geojson(path)
    records = []
    for index, feature in enumerate(features):
        try:
            records.append(_feature_record(feature, as_kind))
        except ValidationError as exc:
            raise ImportRefused(f"{path.name}: feature {index}: {exc}") from None
    summary = ImportSummary(path, dry_run=dry_run)
    existing = {(r.KIND, r.id) for r in records if _exists(store, r)}
    for record in records:
        target = summary.updated if (record.KIND, record.id) in existing else summary.created
        target[record.KIND] += 1
    # A dry run writes too, then rolls back: it checks exactly what a real import would.
    try:
        with store.transaction():
            store.save_many(records, source=f"import:{path.name}")
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    except ValidationError as exc:
        raise ImportRefused(f"{path.name}: {exc}") from None
    return summary


class _RollBack(Exception):
    """Leaves a dry run's transaction without keeping anything."""


def _exists(store: MissionStore, record: Record) -> bool:
    try:
        store.get(record.KIND, record.id)
    except AppError:
        return False
    return True


def _read_geojson(path: Path) -> list[dict[str, Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"{path.name}: not UTF-8 text (byte {exc.start})") from None
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        raise ImportRefused(f"{path.name}: not a format Blue Helmet can import (expected GeoJSON)")
    try:
        document = json.loads(text)
    except RecursionError:
        raise ImportRefused(f"{path.name}: JSON nested too deeply") from None
    except json.JSONDecodeError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:3]):
            return _read_ndjson(path, lines)
        raise ImportRefused(f"{path.name}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            raise ImportRefused(f"{path.name}: FeatureCollection without a features list")
        return features
    if isinstance(document, dict) and document.get("type") == "Feature":
        return [document]
    raise ImportRefused(f"{path.name}: JSON but not GeoJSON (no FeatureCollection or Feature)")


def _read_ndjson(path: Path, lines: list[str]) -> list[dict[str, Any]]:
    features = []
    for number, line in enumerate(lines, 1):
        try:
            features.append(json.loads(line))
        except (json.JSONDecodeError, RecursionError):
            raise ImportRefused(f"{path.name}: line {number} is not a JSON object") from None
    return features


def _feature_record(feature: Any, as_kind: str | None) -> Record:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise ValidationError("feature", "is not a GeoJSON Feature")
    properties = feature.get("properties") or {}
    if not isinstance(properties, dict):
        raise ValidationError("properties", "must be an object")
    data = {k: v for k, v in properties.items() if k not in _STAMPED}
    kind = as_kind or data.get("kind")
    if not isinstance(kind, str):
        raise ValidationError("kind", "missing: give each feature a kind, or import --as KIND")
    data["kind"] = kind
    if feature.get("id") and "id" not in data:
        data["id"] = str(feature["id"])
    geometry = feature.get("geometry")
    if kind in ("incident", "position_report"):
        if isinstance(geometry, dict) and geometry.get("type") == "Point":
            coordinates = geometry.get("coordinates")
            if (
                not isinstance(coordinates, list)
                or len(coordinates) < 2
                or not all(isinstance(c, int | float) and not isinstance(c, bool)
                           for c in coordinates[:2])
            ):  # fmt: skip
                raise ValidationError("geometry", "a Point needs [longitude, latitude] numbers")
            data["lon"], data["lat"] = coordinates[0], coordinates[1]
    elif kind in ("patrol_area", "ceasefire_line") and geometry is not None:
        data["geometry"] = geometry
    elif kind == "patrol" and geometry is not None:
        data["track"] = geometry
    return record_from_dict(data)
