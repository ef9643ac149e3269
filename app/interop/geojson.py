"""GeoJSON in and out: FeatureCollection, a single Feature, or newline-delimited features.

Written files carry every record field as a property (with ``kind``), so they come back exactly;
partners' GeoJSON (ACLED exports, QGIS layers) is mapped by ``app.interop.features``.
Coordinates are longitude/latitude (RFC 7946); Z values are dropped on read.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import shapely
import shapely.geometry

from app.domain.records import Record
from app.i18n import format_number, translate
from app.interop import safety
from app.interop.base import (
    Feature,
    InteropError,
    Job,
    read_or_problem,
    register_reader,
    register_writer,
)
from app.interop.features import feature_of


class GeoJsonReader:
    name = "geojson"
    label = "GeoJSON"
    field_word = "property"
    suffixes: tuple[str, ...] = (".geojson", ".json", ".ndjson", ".geojsonl", ".geojsons")

    def sniff(self, path: Path, head: bytes) -> bool:
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        return text[:1] in (b"{", b"[")

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        safety.check_file_size(path)
        for index, raw in enumerate(_documents(path), 1):
            item = translate("Import", "feature {number}").format(number=index)
            where = f"{path.name}: {item}"
            if index % 2000 == 0:
                job.report(index)
            yield read_or_problem(index, where, item, partial(_feature, raw, index, where))


def _documents(path: Path) -> list[Any]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InteropError(
            translate("Import", "{file}: not UTF-8 text (byte {start})").format(
                file=path.name, start=exc.start
            )
        ) from None
    if not text.lstrip().startswith(("{", "[")):
        raise InteropError(
            translate("Import", "{file}: not GeoJSON (it does not start with '{{')").format(
                file=path.name
            )
        )
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise InteropError(
            translate("Import", "{file}: JSON nested too deeply").format(file=path.name)
        ) from None
    except ValueError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:3]):
            return _ndjson(path, lines)
        line = getattr(exc, "lineno", "?")
        msg = getattr(exc, "msg", str(exc))
        raise InteropError(
            translate("Import", "{file}: not valid JSON (line {line}: {msg})").format(
                file=path.name, line=line, msg=msg
            )
        ) from None
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        features = document.get("features")
        if not isinstance(features, list):
            raise InteropError(
                translate("Import", "{file}: FeatureCollection without a features list").format(
                    file=path.name
                )
            )
        if len(features) > safety.MAX_FEATURES:
            raise InteropError(
                translate("Import", "{file}: {count} features; at most {limit}").format(
                    file=path.name,
                    count=format_number(len(features)),
                    limit=format_number(safety.MAX_FEATURES),
                )
            )
        return features
    if isinstance(document, dict) and document.get("type") == "Feature":
        return [document]
    raise InteropError(
        translate(
            "Import", "{file}: JSON but not GeoJSON (no FeatureCollection or Feature)"
        ).format(file=path.name)
    )


def _refuse_constant(name: str) -> float:
    raise ValueError(translate("Import", "{name} is not a number GeoJSON allows").format(name=name))


def _ndjson(path: Path, lines: list[str]) -> list[Any]:
    features = []
    for number, line in enumerate(lines, 1):
        try:
            features.append(json.loads(line, parse_constant=_refuse_constant))
        except (ValueError, RecursionError):
            raise InteropError(
                translate("Import", "{file}: line {number} is not a JSON object").format(
                    file=path.name, number=number
                )
            ) from None
    return features


def _feature(raw: Any, index: int, where: str) -> Feature:
    if not isinstance(raw, dict) or raw.get("type") != "Feature":
        raise InteropError(
            translate("Import", "{where}: is not a GeoJSON Feature").format(where=where)
        )
    properties = raw.get("properties") or {}
    if not isinstance(properties, dict):
        raise InteropError(
            translate("Import", "{where}: properties must be an object").format(where=where)
        )
    properties = dict(properties)
    if raw.get("id") not in (None, "") and "id" not in properties:
        properties["id"] = str(raw["id"])
    geometry = None
    value = raw.get("geometry")
    if value is not None:
        if not isinstance(value, dict) or "type" not in value:
            raise InteropError(
                translate("Import", "{where}: geometry is not a GeoJSON geometry object").format(
                    where=where
                )
            )
        try:
            shape = shapely.geometry.shape(value)
        except Exception:  # shapely raises several types for malformed input
            raise InteropError(
                translate(
                    "Import",
                    "{where}: unreadable {geom_type} geometry (its coordinates are "
                    "not numbers nested as GeoJSON requires)",
                ).format(where=where, geom_type=str(value.get("type"))[:40])
            ) from None
        if not shape.is_empty:  # an empty geometry is no location at all
            geometry = safety.check_geometry(shapely.force_2d(shape), where)
    return Feature(index=index, geometry=geometry, properties=properties)


class GeoJsonWriter:
    name = "geojson"
    label = "GeoJSON"
    suffixes: tuple[str, ...] = (".geojson",)

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        """One FeatureCollection, written to a temporary file and renamed into place."""
        tmp = out.with_name(out.name + ".part")
        count = 0
        try:
            with tmp.open("w", encoding="utf-8") as handle:
                handle.write('{"type":"FeatureCollection","features":[\n')
                for record in records:
                    feature = feature_of(record, job)
                    data = {
                        "type": "Feature",
                        "id": record.id,
                        "geometry": (
                            shapely.geometry.mapping(feature.geometry)
                            if feature.geometry is not None
                            else None
                        ),
                        "properties": feature.properties,
                    }
                    if count:
                        handle.write(",\n")
                    handle.write(json.dumps(_plain(data), ensure_ascii=False, allow_nan=False))
                    count += 1
                    if count % 2000 == 0:
                        job.report(count)
                handle.write("\n]}\n")
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
        return count


def _plain(value: Any) -> Any:
    """Tuples from shapely's mapping as lists; JSON has no NaN, so it never gets one."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        raise InteropError(
            translate("Import", "cannot write {value} in GeoJSON").format(value=value)
        )
    return value


register_reader(GeoJsonReader())
register_writer(GeoJsonWriter())
