"""What every partner format plugs into: features read from a file, and format handlers.

A reader turns a file into ``Feature`` objects (WGS 84 longitude/latitude geometry plus
attributes); the import service (``app.interop.importer``) maps features to records, validates
them and writes them in one transaction. A writer turns records into a file. Readers and writers
register themselves in ``FORMATS`` so the CLI, the GUI and tests find them by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from shapely.errors import ShapelyError
from shapely.geometry.base import BaseGeometry

from app.domain.records import Record
from app.errors import AppError
from app.i18n import translate


class InteropError(AppError):
    """A file that cannot be read or written; the message names the file and the feature."""


class Cancelled(AppError):
    """The user cancelled a long import or export; nothing was written."""

    exit_code = 130


@dataclass
class Feature:
    """One thing read from a partner file, before it becomes a record.

    ``properties`` uses Blue Helmet field names where the format says what a value means
    (a CoT ``uid`` becomes ``id``) and the file's own names otherwise, for mapping.
    """

    index: int  #: 1-based position in the file, for error messages
    geometry: BaseGeometry | None  #: longitude/latitude (WGS 84), already checked for range
    properties: dict[str, Any] = field(default_factory=dict)
    name: str = ""  #: the feature's own label (KML Placemark name, CoT callsign, …)
    layer: str = ""  #: folder / layer path ("Document/Patrols"), "" when flat
    kind_hint: str | None = None  #: the record kind the format itself implies, if any
    style: dict[str, Any] = field(default_factory=dict)  #: colours etc. the file gave it
    #: Files the format attaches to this item (a TAK package's photos): (file name, bytes).
    #: They become the record's attachments when its kind has them.
    files: list[tuple[str, bytes]] = field(default_factory=list)
    #: An item the format lets a reader leave out on its own (one map item of a TAK data
    #: package): when it cannot be read or become a record, the importer skips it, naming the
    #: reason, instead of refusing the whole file.
    optional: bool = False
    #: How the file's own terms name this feature in messages ("row 12", "placemark 3
    #: (Camp Alpha)"); "" means "feature N (name)".
    item: str = ""
    #: Why the reader could not read this feature (its geometry, its coordinates…); such a
    #: feature carries no geometry and is reported, or skipped with ``--skip-invalid``.
    problem: str | None = None
    #: Why the reader leaves this out although nothing is wrong (a legend, a logo): counted
    #: in the summary's ``skipped``.
    note: str | None = None
    #: A recorded track (KML ``gx:Track``) as (time, longitude, latitude): position reports
    #: when the feature's name is one of the mission's units, otherwise a line (a route).
    track: list[tuple[str, float, float]] = field(default_factory=list)

    def describe(self) -> str:
        """The feature as messages name it, in the file's own terms."""
        if self.item:
            return self.item
        return translate("Import", "feature {number}").format(number=self.index)


Progress = Callable[[int, int], None]
"""Called with (done, total) as work advances; ``total`` is 0 when unknown."""


@dataclass
class Job:
    """Progress reporting and cancellation for one import or export."""

    progress: Progress | None = None
    is_cancelled: Callable[[], bool] | None = None
    #: For writers: unit id → name, to label records that point at a unit.
    names: dict[str, str] = field(default_factory=dict)
    #: For writers: unit id → current position as (longitude, latitude). Units carry no
    #: geometry of their own; formats that place them on a map (KML, CoT, NVG) need this.
    positions: Mapping[str, tuple[float, float]] = field(default_factory=dict)

    def report(self, done: int, total: int = 0) -> None:
        if self.progress is not None:
            self.progress(done, total)
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled(translate("Import", "cancelled; nothing was written"))


def read_or_problem(index: int, where: str, item: str, build: Callable[[], Feature]) -> Feature:
    """``build()``'s feature, or a feature carrying the reader's refusal as its ``problem``.

    ``where`` is the prefix the reader's messages start with ("file.kml: placemark 3"); it is
    taken off so the problem reads as a reason, and ``item`` names the feature instead.
    """
    try:
        return build()
    except InteropError as exc:
        text = str(exc)
        reason = text
        for separator in (": ", " : "):  # English, then French typography
            if text.startswith(where + separator):
                reason = text[len(where + separator) :]
                break
        return Feature(index=index, geometry=None, item=item, problem=reason)
    except ShapelyError as exc:  # a shape the file describes that no geometry can be made of
        reason = translate("Import", "its shape cannot be drawn ({reason})").format(reason=exc)
        return Feature(index=index, geometry=None, item=item, problem=reason)


class Reader(Protocol):
    name: str  #: short format name, as on the command line ("kml")
    label: str  #: what a user calls it ("KML / Google Earth")
    suffixes: tuple[str, ...]  #: usual file name endings, for file dialogs (".kml",)

    def sniff(self, path: Path, head: bytes) -> bool:
        """Whether the file is this format, judged from its first bytes (and name if needed)."""
        ...

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        """The file's features; raises ``InteropError`` naming the file and feature."""
        ...


class Writer(Protocol):
    name: str
    label: str
    suffixes: tuple[str, ...]

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        """Write ``records`` to ``out`` atomically; returns how many were written."""
        ...


READERS: dict[str, Reader] = {}
WRITERS: dict[str, Writer] = {}


def register_reader(reader: Reader) -> Reader:
    READERS[reader.name] = reader
    return reader


def register_writer(writer: Writer) -> Writer:
    WRITERS[writer.name] = writer
    return writer


def field_word(reader: object) -> str:
    """What a format calls a feature's named values, for messages: CSV and GeoPackage have
    columns, GeoJSON properties, KML data fields, NVG attributes; CoT has none to add."""
    return str(getattr(reader, "field_word", "") or "")


def field_words(word: str) -> str:
    """A reader's word for its fields, in the plural and the reader's language."""
    words = {
        "column": translate("Import", "columns"),
        "attribute": translate("Import", "attributes"),
        "property": translate("Import", "properties"),
        "data field": translate("Import", "data fields"),
        "": translate("Import", "fields"),
    }
    return words.get(word, f"{word}s")
