"""GeoPackage (QGIS, ArcGIS, QField) and zipped ESRI Shapefile, through pyogrio (GDAL).

Reading: every layer with features, any CRS reprojected to WGS 84 on the PROJ thread
(``app.domain.geo.to_wgs84``); a shapefile zip is checked by ``safety.open_zip`` and only its
``.shp/.shx/.dbf/.prj/.cpg`` members are unpacked, with a size cap, into a private folder.
Writing: a GeoPackage with one layer per record kind (``incidents``, ``units`` …) in EPSG:4326,
every field as a column; times as ISO 8601 text (UTC, milliseconds), lists as JSON text.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
import tempfile
import warnings
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np
import pyogrio
import shapely
from pyogrio.errors import DataLayerError, DataSourceError
from pyogrio.raw import read as ogr_read
from pyogrio.raw import write as ogr_write

from app.domain import geo
from app.domain.records import RECORD_KINDS, Record
from app.domain.serialize import field_types
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
from app.interop.features import feature_of, flat_value

#: Layer names the writer uses, and the record kind a layer of that name holds.
LAYERS = {
    "unit": "units",
    "position_report": "position_reports",
    "patrol_area": "patrol_areas",
    "patrol": "patrols",
    "ceasefire_line": "ceasefire_lines",
    "incident": "incidents",
    "map_item": "map_items",
}
#: Map items are written one layer per shape, so QGIS styles each as points, lines or areas.
MAP_ITEM_LAYERS = {"point": "map_item_points", "line": "map_item_lines", "area": "map_item_areas"}
KIND_OF_LAYER = {layer: kind for kind, layer in LAYERS.items()}
KIND_OF_LAYER |= {layer: "map_item" for layer in MAP_ITEM_LAYERS.values()}
_SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
_SQLITE = b"SQLite format 3\x00"
log = logging.getLogger(__name__)


def tile_tables(path: Path) -> list[str]:
    """The raster tile tables a GeoPackage declares (``gpkg_contents``), read-only."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            rows = conn.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type IN "
                "('tiles', '2d-gridded-coverage')"
            ).fetchall()
    except sqlite3.Error:
        return []
    return [str(r[0]) for r in rows]


#: WKB type codes of surfaces GEOS cannot read: PolyhedralSurface, TIN (whose parts are
#: Triangles). A shapefile's MultiPatch comes out of GDAL as these.
_SURFACES, _TRIANGLE, _POLYGON, _MULTIPOLYGON = (15, 16), 17, 3, 6


def _from_wkb(wkb: Any) -> Any:
    """Geometries from GDAL's WKB; a TIN or polyhedral surface (a 3D model's triangles, as in
    a MultiPatch shapefile) comes in as the multipolygon of its faces, which is what it covers
    on a 2D map."""
    try:
        return shapely.from_wkb(wkb)
    except shapely.errors.GEOSException:
        return shapely.from_wkb([_surface_as_multipolygon(w) for w in wkb])


def _surface_as_multipolygon(wkb: bytes | None) -> bytes | None:
    """The same bytes with a 2D PolyhedralSurface/TIN header made MultiPolygon and each
    Triangle made Polygon (their layouts are the same); anything else unchanged."""
    if wkb is None or len(wkb) < 9:
        return wkb
    order = "<" if wkb[0] == 1 else ">"
    if struct.unpack_from(f"{order}I", wkb, 1)[0] not in _SURFACES:
        return wkb
    out = bytearray(wkb[:1] + struct.pack(f"{order}I", _MULTIPOLYGON) + wkb[5:9])
    pos = 9
    for _ in range(struct.unpack_from(f"{order}I", wkb, 5)[0]):
        part = "<" if wkb[pos] == 1 else ">"
        kind = struct.unpack_from(f"{part}I", wkb, pos + 1)[0]
        end = pos + 9
        for _ring in range(struct.unpack_from(f"{part}I", wkb, pos + 5)[0]):
            end += 4 + 16 * struct.unpack_from(f"{part}I", wkb, end)[0]
        code = _POLYGON if kind == _TRIANGLE else kind
        out += wkb[pos : pos + 1] + struct.pack(f"{part}I", code) + wkb[pos + 5 : end]
        pos = end
    return bytes(out)


@contextmanager
def _measures_dropped() -> Iterator[None]:
    """GDAL's note that M values are not read, silenced: records are 2D, and Z and M are
    dropped on purpose (a measured line from QGIS or GDAL is no problem to report)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"Measured \(M\) geometry types", UserWarning)
        yield


def _read_layers(path: Path, label: str, job: Job) -> Iterator[Feature]:
    """Every layer on its own: a layer that cannot be read becomes one feature carrying the
    problem (reported, or skipped with ``--skip-invalid``), and the others still come in."""
    try:
        with _measures_dropped():
            layers = pyogrio.list_layers(str(path))
    except (DataSourceError, DataLayerError, OSError) as exc:
        log.info("%s: GDAL cannot open it: %s", label, exc)
        if path.suffix.lower() == ".gpkg" and tile_tables(path):
            raise InteropError(_TILES_ONLY.format(label=label)) from None
        raise InteropError(
            translate(
                "Import",
                "{where}: cannot be read as a GIS file (damaged, or not the format its name says)",
            ).format(where=label)
        ) from None
    if not len(layers) and path.suffix.lower() == ".gpkg" and tile_tables(path):
        raise InteropError(_TILES_ONLY.format(label=label))
    index = 0
    for layer_name, _geometry_type in layers:
        try:
            with _measures_dropped():
                meta, _fids, wkb, columns = ogr_read(str(path), layer=layer_name, force_2d=True)
            count = len(columns[0]) if columns else (0 if wkb is None else len(wkb))
            geometries = _from_wkb(wkb) if wkb is not None else np.full(count, None, dtype=object)
        except Exception as exc:  # GDAL, GEOS and numpy raise many types for damaged layers
            log.info("%s: layer %s unreadable: %s", label, layer_name, exc)
            index += 1
            yield Feature(
                index=index, geometry=None, layer=str(layer_name),
                item=translate("Import", "layer {layer}").format(layer=layer_name),
                problem=translate(
                    "Import",
                    "this layer cannot be read (its geometry type or data is one GDAL "
                    "does not read); the other layers can be imported",
                ),
            )  # fmt: skip
            continue
        if index + count > safety.MAX_FEATURES:
            raise InteropError(
                translate("Import", "{where}: more than {limit} features").format(
                    where=label, limit=format_number(safety.MAX_FEATURES)
                )
            )
        geometries = _to_wgs84(geometries, meta.get("crs"), f"{label}: layer {layer_name}")
        geometries = _clamp(geometries)
        outside = _outside(geometries)
        names = [str(n) for n in meta["fields"]]
        values = [_plain_column(c) for c in columns]
        kind_hint = KIND_OF_LAYER.get(str(layer_name).lower())
        for row in range(count):
            index += 1
            geometry = geometries[row]
            if geometry is not None and geometry.is_empty:
                geometry = None
            item = translate("Import", "feature {number}").format(number=row + 1)
            if len(layers) > 1:
                item = translate("Import", "layer {layer}: feature {number}").format(
                    layer=layer_name, number=row + 1
                )
            properties = {name: column[row] for name, column in zip(names, values, strict=True)}
            if geometry is not None and (row in outside or geometry.geom_type != "Point"):
                checked = _checked(geometry, index, f"{label}: {item}", item)
                if checked.problem is not None:
                    yield checked
                    continue
                geometry = checked.geometry
            yield Feature(
                index=index,
                geometry=geometry,
                properties=properties,
                layer=str(layer_name),
                kind_hint=kind_hint,
                item=item,
            )
            if index % 5000 == 0:
                job.report(index)


def _checked(geometry: Any, index: int, where: str, item: str) -> Feature:
    """A feature holding the checked geometry, or the reason it was refused."""

    def build() -> Feature:
        return Feature(index, safety.check_geometry(geometry, where), item=item)

    return read_or_problem(index, where, item, build)


def _outside(geometries: np.ndarray) -> set[int]:
    """Rows with a coordinate that is not finite or off the globe (one vectorised pass)."""
    present = np.flatnonzero(np.array([g is not None for g in geometries], dtype=bool))
    if not len(present):
        return set()
    coords, owners = shapely.get_coordinates(geometries[present], return_index=True)
    bad = ~np.isfinite(coords).all(axis=1)
    bad |= (np.abs(coords[:, 0]) > 180) | (np.abs(coords[:, 1]) > 90)
    return {int(present[o]) for o in np.unique(owners[bad])}


_TILES_ONLY = (
    "{label}: this GeoPackage holds map tiles, not features: add it with `basemap import` "
    "(Basemaps → Import in the app)"
)

#: How far beyond ±180° / ±90° a coordinate may lie and still be taken as the edge: datum
#: shifts and reprojection leave world-edge vertices a few millionths of a degree outside.
CLAMP_DEGREES = 1e-5


def _clamp(geometries: np.ndarray) -> np.ndarray:
    """Coordinates within ``CLAMP_DEGREES`` beyond the edges of the globe set on the edge;
    others are left for ``check_geometry`` to refuse, printing them exactly."""
    present = np.array([g is not None for g in geometries], dtype=bool)
    if not present.any():
        return geometries
    coords = shapely.get_coordinates(geometries[present])
    lon, lat = np.abs(coords[:, 0]), np.abs(coords[:, 1])
    slightly = ((lon > 180) & (lon <= 180 + CLAMP_DEGREES)) | (
        (lat > 90) & (lat <= 90 + CLAMP_DEGREES)
    )
    if not slightly.any():
        return geometries
    out = geometries.copy()
    out[present] = shapely.transform(
        geometries[present],
        lambda xy: np.column_stack(
            (
                np.where(np.abs(xy[:, 0]) <= 180 + CLAMP_DEGREES, np.clip(xy[:, 0], -180, 180),
                         xy[:, 0]),
                np.where(np.abs(xy[:, 1]) <= 90 + CLAMP_DEGREES, np.clip(xy[:, 1], -90, 90),
                         xy[:, 1]),
            )
        ),
    )  # fmt: skip
    return out


def _plain_column(column: np.ndarray) -> list[Any]:
    """Python values; NaN (GDAL's empty number) becomes None."""
    if column.dtype.kind == "f":
        return [None if v != v else v for v in column.tolist()]
    if column.dtype.kind == "M":
        return [None if v is None else str(v) for v in column.astype("datetime64[ms]").tolist()]
    return column.tolist()  # type: ignore[no-any-return]


def _to_wgs84(geometries: np.ndarray, crs: str | None, where: str) -> np.ndarray:
    if not crs:
        return geometries  # no CRS given: taken as lon/lat, and the range check tells otherwise
    try:
        if geo.is_wgs84(crs):
            return geometries
        return geo.to_wgs84(geometries, crs)
    except Exception as exc:  # pyproj's CRSError and ProjError
        log.info("%s: cannot reproject: %s", where, exc)
        raise InteropError(
            translate(
                "Import",
                "{where}: its coordinate reference system cannot be "
                "converted to WGS 84 (unknown or damaged .prj / CRS "
                "definition)",
            ).format(where=where)
        ) from None


class GeoPackageReader:
    name = "gpkg"
    label = "GeoPackage"
    field_word = "attribute"
    suffixes: tuple[str, ...] = (".gpkg",)

    def sniff(self, path: Path, head: bytes) -> bool:
        return head.startswith(_SQLITE) and head[68:72] in (b"GPKG", b"GP10", b"GP11")

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        safety.check_file_size(path)
        yield from _read_layers(path, path.name, job)


class ShapefileReader:
    name = "shapefile"
    label = "ESRI Shapefile (zipped)"
    field_word = "attribute"
    suffixes: tuple[str, ...] = (".zip",)

    def sniff(self, path: Path, head: bytes) -> bool:
        if not head.startswith(b"PK\x03\x04"):
            return False
        return any(n.lower().endswith(".shp") for n in safety.zip_member_names(path))

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        safety.check_file_size(path)
        with safety.open_zip(path) as zf, tempfile.TemporaryDirectory() as folder:
            parts = [
                n for n in safety.safe_member_names(zf) if n.lower().endswith(_SHAPEFILE_PARTS)
            ]
            shapes = [n for n in parts if n.lower().endswith(".shp")]
            if not shapes:
                raise InteropError(
                    translate("Import", "{file}: the zip holds no .shp file").format(file=path.name)
                )
            for name in parts:
                # Flat, numbered names: nothing from the archive decides where a file lands.
                stem, suffix = os.path.splitext(name)
                target = Path(folder) / f"{_stem_number(parts, stem)}{suffix.lower()}"
                target.write_bytes(safety.read_member(zf, name, max_bytes=safety.MAX_FILE_BYTES))
            for shp in shapes:
                stem = os.path.splitext(shp)[0]
                local = Path(folder) / f"{_stem_number(parts, stem)}.shp"
                label = f"{path.name}: {shp}"
                yield from _read_layers(local, label, job)


def _stem_number(parts: list[str], stem: str) -> str:
    stems = sorted({os.path.splitext(p)[0] for p in parts})
    return f"layer{stems.index(stem)}"


class GeoPackageWriter:
    name = "gpkg"
    label = "GeoPackage"
    suffixes: tuple[str, ...] = (".gpkg",)

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        """One layer per record kind, EPSG:4326, written beside ``out`` and renamed into place."""
        by_kind: dict[str, list[Record]] = {}
        for record in records:
            by_kind.setdefault(record.KIND, []).append(record)
        tmp = out.with_name(out.name + ".part.gpkg")
        tmp.unlink(missing_ok=True)
        done = 0
        try:
            first = True
            for kind in RECORD_KINDS:
                if kind not in by_kind:
                    continue
                features = [feature_of(r, job) for r in by_kind[kind]]
                for layer, part in _layers(kind, features):
                    self._layer(tmp, kind, part, layer, append=not first)
                    first = False
                done += len(features)
                job.report(done)
            if first:
                raise InteropError(
                    translate("Import", "{file}: nothing to export").format(file=out.name)
                )
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
            for extra in ("-wal", "-shm", "-journal"):
                Path(str(tmp) + extra).unlink(missing_ok=True)
        return done

    def _layer(
        self, path: Path, kind: str, features: list[Feature], layer: str, *, append: bool
    ) -> None:
        types = field_types(RECORD_KINDS[kind])
        names = list(features[0].properties)  # "kind" too: the file says what each row is
        columns = [
            _column(types.get(n, "text"), [f.properties[n] for f in features]) for n in names
        ]
        geometries = [f.geometry for f in features]
        present = {g.geom_type for g in geometries if g is not None}
        geometry_type = present.pop() if len(present) == 1 else "Unknown"
        wkb = np.array([None if g is None else shapely.to_wkb(g) for g in geometries], dtype=object)
        ogr_write(
            str(path),
            wkb,
            columns,
            fields=names,
            layer=layer,
            driver="GPKG",
            geometry_type=geometry_type,
            crs="EPSG:4326",
            append=append,
        )


def _layers(kind: str, features: list[Feature]) -> list[tuple[str, list[Feature]]]:
    """The layers a kind's features are written to: one, or one per shape for map items."""
    if kind != "map_item":
        return [(LAYERS[kind], features)]
    shapes: dict[str, list[Feature]] = {}
    for feature in features:
        name = feature.geometry.geom_type if feature.geometry is not None else "Point"
        shape = "line" if "LineString" in name else "area" if "Polygon" in name else "point"
        shapes.setdefault(shape, []).append(feature)
    return [(MAP_ITEM_LAYERS[shape], shapes[shape]) for shape in MAP_ITEM_LAYERS if shape in shapes]


def _column(kind: str, values: list[Any]) -> np.ndarray:
    if kind == "float":
        return np.array([np.nan if v is None else v for v in values], dtype="float64")
    if kind == "int":
        if any(v is None for v in values):
            return np.array([np.nan if v is None else v for v in values], dtype="float64")
        return np.array(values, dtype="int64")
    if kind == "bool":
        return np.array(values, dtype=bool)
    return np.array([None if v is None else flat_value(v) for v in values], dtype=object)


register_reader(GeoPackageReader())
register_reader(ShapefileReader())
register_writer(GeoPackageWriter())
