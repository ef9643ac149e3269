"""Safe handling of partner files: XML without entity tricks, zips without traps, sane geometry.

Every reader goes through this module before it trusts a byte of a partner's file: XML is
parsed by defusedxml with DTDs, entities and external references refused (billion laughs,
XXE); zip archives are checked member by member for path traversal, links, duplicate names,
member counts, total uncompressed size and compression ratio (zip bombs), and members are read
with a hard cap even when the header lies; coordinates must be finite and within WGS 84 range;
invalid polygons are repaired only when the repair keeps the shape, otherwise refused naming the
feature. Every failure is an ``InteropError`` with a one-line message naming the file (and the
member or feature).

Plain Python: no Qt, no SQLite, no store.
"""

from __future__ import annotations

import math
import re
import stat
import zipfile
import zlib
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import numpy as np
import shapely
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DefusedET
from shapely.geometry import GeometryCollection, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from app.i18n import format_number, translate
from app.interop.base import InteropError

__all__ = [
    "MAX_DEPTH",
    "MAX_FEATURES",
    "MAX_FILE_BYTES",
    "MAX_VERTICES",
    "MAX_XML_BYTES",
    "check_file_size",
    "check_geometry",
    "check_lonlat",
    "local_name",
    "open_zip",
    "parse_xml",
    "read_capped",
    "read_member",
    "safe_member_names",
]

#: Largest partner file accepted at all (bytes on disk).
MAX_FILE_BYTES = 512 * 1024**2
#: Largest XML document parsed in memory (a KML, CoT file or NVG overlay, or a zip member).
MAX_XML_BYTES = 256 * 1024**2
#: Most features one file may hold; more is refused rather than swamping the database.
MAX_FEATURES = 2_000_000
#: Most vertices one geometry may hold.
MAX_VERTICES = 1_000_000
#: Deepest nesting of folders/groups/multi-geometries a reader follows (readers recurse).
MAX_DEPTH = 100
#: Members smaller than this are not judged by compression ratio: they cannot hurt.
_RATIO_FLOOR_BYTES = 1024**2
#: Area change allowed when repairing an invalid polygon (relative).
_AREA_TOLERANCE = 0.01

_DRIVE = re.compile(r"^[A-Za-z]:")


def _mib(n: float) -> str:
    return translate("Import", "{size} MiB").format(size=format_number(n / 1024**2, 1))


# --- files -----------------------------------------------------------------------------------


def check_file_size(path: Path, limit: int = MAX_FILE_BYTES) -> int:
    """The file's size in bytes; refuses a missing file or one above ``limit`` up front."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InteropError(
            translate("Import", "{file}: file not found").format(file=path.name)
        ) from None
    except OSError as exc:
        raise InteropError(
            translate("Import", "{file}: cannot read the file ({reason})").format(
                file=path.name, reason=exc.strerror
            )
        ) from None
    if size > limit:
        raise InteropError(
            translate(
                "Import", "{file}: the file is {size}; files above {limit} are refused"
            ).format(file=path.name, size=_mib(size), limit=_mib(limit))
        )
    return size


def read_capped(path: Path, limit: int = MAX_XML_BYTES) -> bytes:
    """The whole file, refused with a clear message when it is larger than ``limit``."""
    check_file_size(path, limit)
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InteropError(
            translate("Import", "{file}: cannot read the file ({reason})").format(
                file=path.name, reason=exc.strerror
            )
        ) from None
    if len(data) > limit:  # the file grew between stat and read
        raise InteropError(
            translate("Import", "{file}: the file is larger than {limit}; refused").format(
                file=path.name, limit=_mib(limit)
            )
        )
    return data


# --- zip archives ----------------------------------------------------------------------------


def _member_problem(name: str) -> str | None:
    """Why a member name is unsafe to use as a path (a translated sentence naming {file} and
    {name}), or None when it is fine."""
    if not name:
        return translate("Import", "{file}: member {name!r} has an empty name; refused")
    if "\x00" in name:
        return translate(
            "Import", "{file}: member {name!r} has a NUL character in its name; refused"
        )
    if "\\" in name:
        return translate("Import", "{file}: member {name!r} uses backslashes in its path; refused")
    if name.startswith("/"):
        return translate("Import", "{file}: member {name!r} has an absolute path; refused")
    if _DRIVE.match(name):
        return translate("Import", "{file}: member {name!r} names a drive letter; refused")
    if any(part == ".." for part in name.split("/")):
        return translate(
            "Import", "{file}: member {name!r} climbs out of the archive with '..'; refused"
        )
    return None


def open_zip(
    path: Path,
    *,
    max_members: int = 10_000,
    max_total_bytes: int = 2 * 1024**3,
    max_ratio: float = 200.0,
) -> zipfile.ZipFile:
    """Open a partner zip (KMZ, TAK data package) after checking every member header.

    Refuses path traversal ("../", absolute paths, drive letters, backslashes), duplicate
    names, symbolic links, encrypted members, too many members, a total uncompressed size above
    ``max_total_bytes`` and members compressed more than ``max_ratio`` to one (zip bombs).
    """
    check_file_size(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
        # ValueError/EOFError: zipfile's own reaction to some damaged directories.
        raise InteropError(
            translate("Import", "{file}: not a zip archive, or a damaged one").format(
                file=path.name
            )
        ) from None
    except OSError as exc:
        raise InteropError(
            translate("Import", "{file}: cannot read the file ({reason})").format(
                file=path.name, reason=exc.strerror
            )
        ) from None
    try:
        _check_members(path, zf, max_members, max_total_bytes, max_ratio)
    except BaseException:
        zf.close()
        raise
    return zf


def _check_members(
    path: Path, zf: zipfile.ZipFile, max_members: int, max_total_bytes: int, max_ratio: float
) -> None:
    infos = zf.infolist()
    if len(infos) > max_members:
        raise InteropError(
            translate(
                "Import",
                "{file}: the archive holds {count} members; at most {max_members} are accepted",
            ).format(
                file=path.name,
                count=format_number(len(infos)),
                max_members=format_number(max_members),
            )
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        problem = _member_problem(name)
        if problem is not None:
            raise InteropError(problem.format(file=path.name, name=name))
        folded = name.rstrip("/").casefold()
        if folded in seen:
            raise InteropError(
                translate("Import", "{file}: member {name!r} appears twice; refused").format(
                    file=path.name, name=name
                )
            )
        seen.add(folded)
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise InteropError(
                translate("Import", "{file}: member {name!r} is a symbolic link; refused").format(
                    file=path.name, name=name
                )
            )
        if info.flag_bits & 0x1:
            raise InteropError(
                translate("Import", "{file}: member {name!r} is encrypted; refused").format(
                    file=path.name, name=name
                )
            )
        total += info.file_size
        if total > max_total_bytes:
            raise InteropError(
                translate(
                    "Import", "{file}: the archive unpacks to more than {max_total_bytes}; refused"
                ).format(file=path.name, max_total_bytes=_mib(max_total_bytes))
            )
        if info.file_size > _RATIO_FLOOR_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > max_ratio:
                raise InteropError(
                    translate(
                        "Import",
                        "{file}: member {name!r} is compressed {ratio} to 1 "
                        "(limit {max_ratio}); refused as a possible zip bomb",
                    ).format(
                        file=path.name,
                        name=name,
                        ratio=format_number(ratio),
                        max_ratio=format_number(max_ratio),
                    )
                )


def zip_member_names(path: Path, limit: int = 10_000) -> list[str]:
    """Member names of what may be a ZIP, for format sniffing only: [] for anything zipfile
    cannot read (sniffing must never fail; ``open_zip`` gives the reason when it is read)."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.namelist()[:limit]
    except Exception:  # zipfile raises many types on damaged directories
        return []


def safe_member_names(zf: zipfile.ZipFile) -> list[str]:
    """The archive's file members (folders left out), in archive order; all already checked."""
    return [info.filename for info in zf.infolist() if not info.is_dir()]


def read_member(zf: zipfile.ZipFile, name: str, *, max_bytes: int = MAX_XML_BYTES) -> bytes:
    """One member's bytes, read with a hard cap even if its header under-states its size."""
    label = Path(zf.filename or "archive").name
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise InteropError(
            translate("Import", "{where}: the archive has no member {name!r}").format(
                where=label, name=name
            )
        ) from None
    if info.file_size > max_bytes:
        raise InteropError(
            translate(
                "Import",
                "{where}: member {name!r} is {file_size}; members above {max_bytes} are refused",
            ).format(
                where=label, name=name, file_size=_mib(info.file_size), max_bytes=_mib(max_bytes)
            )
        )
    chunks: list[bytes] = []
    size = 0
    try:
        with zf.open(info) as handle:
            while True:
                chunk = handle.read(min(1024**2, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise InteropError(
                        translate(
                            "Import",
                            "{where}: member {name!r} unpacks to more than {max_bytes}; refused",
                        ).format(where=label, name=name, max_bytes=_mib(max_bytes))
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        # OSError/ValueError: a damaged directory can point before the start of the file.
        raise InteropError(
            translate("Import", "{where}: member {name!r} is damaged ({reason})").format(
                where=label, name=name, reason=exc
            )
        ) from None
    except NotImplementedError:
        raise InteropError(
            translate(
                "Import",
                "{where}: member {name!r} uses a compression method this program cannot read",
            ).format(where=label, name=name)
        ) from None
    return b"".join(chunks)


# --- XML -------------------------------------------------------------------------------------


def parse_xml(data: bytes, where: str) -> Element:
    """Parse partner XML with DTDs, entities and external references refused.

    ``where`` names the file (and member) for the one-line error message.
    """
    if len(data) > MAX_XML_BYTES:
        raise InteropError(
            translate(
                "Import",
                "{where}: the XML document is {size}; documents above {limit} are refused",
            ).format(where=where, size=_mib(len(data)), limit=_mib(MAX_XML_BYTES))
        )
    try:
        return DefusedET.fromstring(  # type: ignore[no-any-return]
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise InteropError(
            translate(
                "Import",
                "{where}: refused: the XML declares a document type, "
                "entities or external references ({error}), which partner "
                "files must not use",
            ).format(where=where, error=type(exc).__name__)
        ) from None
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        reason = str(exc).split(":")[0]
        raise InteropError(
            translate(
                "Import", "{where}: not well-formed XML (line {line}, character {column}): {reason}"
            ).format(where=where, line=line, column=column + 1, reason=reason)
        ) from None
    except (ValueError, UnicodeError, LookupError):  # e.g. an unknown encoding
        raise InteropError(
            translate(
                "Import",
                "{where}: not well-formed XML (its declared encoding is "
                "unknown or its text does not match it)",
            ).format(where=where)
        ) from None


_LOCAL_NAMES: dict[str, str] = {}


def local_name(tag: object) -> str:
    """An element's tag without its namespace (``{http://…/kml/2.2}Point`` → ``Point``)."""
    if not isinstance(tag, str):
        return ""  # comments and processing instructions
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        # A document has few distinct tags and readers ask for them a million times.
        name = tag.rsplit("}", 1)[-1]
        if len(_LOCAL_NAMES) < 10_000:
            _LOCAL_NAMES[tag] = name
    return name


# --- coordinates and geometry ----------------------------------------------------------------


def check_lonlat(lon: float, lat: float, where: str) -> None:
    """Refuse NaN, infinities and positions outside longitude -180…180 / latitude -90…90."""
    longitude, latitude = translate("Import", "longitude"), translate("Import", "latitude")
    for axis, value, limit in ((longitude, lon, 180.0), (latitude, lat, 90.0)):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise InteropError(
                translate("Import", "{where}: {axis} {value!r} is not a number").format(
                    where=where, axis=axis, value=value
                )
            )
        if not math.isfinite(value):
            raise InteropError(
                translate("Import", "{where}: {axis} {value!r} is not a finite number").format(
                    where=where, axis=axis, value=value
                )
            )
        if not -limit <= value <= limit:
            raise InteropError(
                translate(
                    "Import", "{where}: {axis} {value} is outside -{limit:g}…{limit:g}"
                ).format(where=where, axis=axis, value=value, limit=limit)
            )


def check_geometry(geom: BaseGeometry, where: str) -> BaseGeometry:
    """The geometry in 2D, every coordinate checked; an invalid polygon repaired or refused.

    A repair (``shapely.make_valid``) is kept only when it is still polygonal and covers about
    the same area; a bow-tie, whose lobes cancel out, is refused rather than guessed at.
    """
    if geom is None or geom.is_empty:
        raise InteropError(
            translate("Import", "{where}: the geometry is empty").format(where=where)
        )
    coords = shapely.get_coordinates(geom)
    if len(coords) > MAX_VERTICES:
        raise InteropError(
            translate(
                "Import",
                "{where}: the geometry has {count} vertices; at most {max_vertices} are accepted",
            ).format(
                where=where,
                count=format_number(len(coords)),
                max_vertices=format_number(MAX_VERTICES),
            )
        )
    finite = np.isfinite(coords)
    if not finite.all():
        row = int(np.argwhere(~finite.all(axis=1))[0][0])
        lon, lat = coords[row]
        raise InteropError(
            translate(
                "Import", "{where}: vertex {number} ({lon}, {lat}) is not a finite coordinate"
            ).format(where=where, number=row + 1, lon=lon, lat=lat)
        )
    bad = (np.abs(coords[:, 0]) > 180) | (np.abs(coords[:, 1]) > 90)
    if bad.any():
        row = int(np.argwhere(bad)[0][0])
        lon, lat = coords[row]
        raise InteropError(
            translate(
                "Import",
                "{where}: vertex {number} ({lon!r}, {lat!r}) is outside "
                "longitude -180…180 / latitude -90…90",
            ).format(where=where, number=row + 1, lon=float(lon), lat=float(lat))
        )
    if geom.has_z:
        geom = shapely.force_2d(geom)
    if geom.is_valid:
        return geom
    reason = shapely.is_valid_reason(geom)
    if not isinstance(geom, Polygon | MultiPolygon):
        raise InteropError(
            translate("Import", "{where}: invalid {geom_type}: {reason}").format(
                where=where, geom_type=geom.geom_type, reason=reason
            )
        )
    repaired = shapely.make_valid(geom)
    if isinstance(repaired, GeometryCollection) and not isinstance(repaired, MultiPolygon):
        # Spikes and zero-width slivers become lines next to the polygon: drop them.
        parts = [g for g in repaired.geoms if isinstance(g, Polygon | MultiPolygon)]
        repaired = shapely.union_all(parts) if parts else GeometryCollection()
    original_area = abs(geom.area)
    if (
        isinstance(repaired, Polygon | MultiPolygon)
        and not repaired.is_empty
        and repaired.is_valid
        and original_area > 0
        and abs(repaired.area - original_area) <= _AREA_TOLERANCE * original_area
    ):
        return repaired
    raise InteropError(
        translate(
            "Import", "{where}: invalid polygon that cannot be repaired safely: {reason}"
        ).format(where=where, reason=reason)
    )
