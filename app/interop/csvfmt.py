"""CSV in and out: spreadsheets, ACLED exports, partners' position lists.

Reading: the delimiter is sniffed (comma, semicolon, tab, pipe), a UTF-8 byte-order mark is
dropped, Windows-1252 is accepted when the file is not UTF-8. Rows become features with no
geometry; ``app.interop.features`` finds the position in latitude/longitude columns (common
names), an MGRS column, or a WKT column, after the user's ``--map col=field``.
Writing: one row per record with our field names; points as ``lat``/``lon``, lines and polygons
as a ``wkt`` column. Text that a spreadsheet would run as a formula gets a leading ``'``, which
the reader takes off again.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.domain.records import RECORD_KINDS, Record
from app.domain.serialize import field_types
from app.i18n import format_number, translate
from app.interop import safety
from app.interop.base import Feature, InteropError, Job, register_reader, register_writer
from app.interop.features import feature_of, flat_value

DELIMITERS = ",;\t|"
_FORMULA = re.compile(r"^[=+\-@\t\r]")
_QUOTED_FORMULA = re.compile(r"^'[=+\-@\t\r]")


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as spreadsheets on Windows save it."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def sniff_delimiter(sample: str) -> str:
    first = sample.splitlines()[0] if sample else ""
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def header_and_rows(path: Path, limit: int | None = None) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``limit`` rows (all when None); for previews and reading."""
    header, numbered = numbered_rows(path, limit)
    return header, [row for _, row in numbered]


#: Names spreadsheet and pandas exports give a leading index column that has no header.
_INDEX_NAMES = re.compile(r"^(unnamed: ?0|index|)$", re.IGNORECASE)


def numbered_rows(
    path: Path, limit: int | None = None
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the rows with their row number as a spreadsheet shows it (the header
    is row 1; a cell with line breaks stays one row); blank rows are left out."""
    safety.check_file_size(path)
    text = decode(path.read_bytes())
    if "\x00" in text[:8192]:
        raise InteropError(
            translate("Import", "{file}: binary data, not CSV text").format(file=path.name)
        )
    delimiter = sniff_delimiter(text[:65536])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        header = next(reader, [])
        for number, row in enumerate(reader, 2):
            if not any(cell.strip() for cell in row):
                continue
            rows.append((number, row))
            if limit is not None and len(rows) >= limit:
                break
            if len(rows) > safety.MAX_FEATURES:
                raise InteropError(
                    translate("Import", "{file}: more than {limit} rows").format(
                        file=path.name, limit=format_number(safety.MAX_FEATURES)
                    )
                )
    except csv.Error as exc:
        raise InteropError(
            translate("Import", "{file}: line {line_num}: not readable CSV ({reason})").format(
                file=path.name, line_num=reader.line_num, reason=exc
            )
        ) from None
    header = [h.strip() for h in header]
    if (
        header
        and _INDEX_NAMES.match(header[0])
        and rows
        and all(cell.strip().isdigit() for _, row in rows[:50] for cell in row[:1])
    ):
        header[0] = ""  # a leading index column (pandas, R, spreadsheets): not data
    if len(header) < 2 or not any(header):
        raise InteropError(
            translate("Import", "{file}: a CSV file needs a header row with column names").format(
                file=path.name
            )
        )
    seen: set[str] = set()
    for name in header:
        if name.lower() in seen and name:
            raise InteropError(
                translate(
                    "Import", "{file}: the column {name!r} appears twice in the header"
                ).format(file=path.name, name=name)
            )
        seen.add(name.lower())
    return header, rows


class CsvReader:
    name = "csv"
    label = "CSV (latitude/longitude or MGRS columns)"
    field_word = "column"
    suffixes: tuple[str, ...] = (".csv", ".tsv", ".txt")

    def sniff(self, path: Path, head: bytes) -> bool:
        if b"\x00" in head:
            return False
        text = decode(head).lstrip()
        if not text or text[0] in "{[<":
            return False
        first = text.splitlines()[0]
        return any(d in first for d in DELIMITERS)

    def read(self, path: Path, job: Job) -> Iterator[Feature]:
        header, rows = numbered_rows(path)
        for index, (number, row) in enumerate(rows, 1):
            if index % 2000 == 0:
                job.report(index, len(rows))
            item = translate("Import", "row {number}").format(number=number)
            if len(row) > len(header):
                extra = [c for c in row[len(header) :] if c.strip()]
                if extra:
                    problem = translate("Import", "{cells} cells for {columns} columns").format(
                        cells=len(row), columns=len(header)
                    )
                    yield Feature(index=index, geometry=None, item=item, problem=problem)
                    continue
            properties = {
                name: _unquote(row[i]) if i < len(row) else ""
                for i, name in enumerate(header)
                if name
            }
            yield Feature(index=index, geometry=None, properties=properties, item=item)


def _unquote(cell: str) -> str:
    return cell[1:] if _QUOTED_FORMULA.match(cell) else cell


class CsvWriter:
    name = "csv"
    label = "CSV"
    suffixes: tuple[str, ...] = (".csv",)

    def write(self, records: Iterable[Record], out: Path, job: Job) -> int:
        records = list(records)
        kinds = [k for k in RECORD_KINDS if any(k == r.KIND for r in records)]
        columns: list[str] = ["kind"]
        text_fields: set[str] = set()
        for kind in kinds:
            for name, kind_of in field_types(RECORD_KINDS[kind]).items():
                if kind_of == "geometry" or name in ("lat", "lon"):
                    continue
                if kind_of == "text":
                    text_fields.add(name)
                if name not in columns:
                    columns.append(name)
        columns += ["lat", "lon", "wkt"]
        tmp = out.with_name(out.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, columns, extrasaction="ignore")
                writer.writeheader()
                for count, record in enumerate(records, 1):
                    feature = feature_of(record, job)
                    row = {k: _cell(k, v, text_fields) for k, v in feature.properties.items()}
                    geometry = feature.geometry
                    if geometry is not None and geometry.geom_type == "Point":
                        row["lon"], row["lat"] = repr(geometry.x), repr(geometry.y)
                    elif geometry is not None:
                        row["wkt"] = geometry.wkt
                    writer.writerow(row)
                    if count % 2000 == 0:
                        job.report(count, len(records))
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
        return len(records)


def _cell(name: str, value: Any, text_fields: set[str]) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    value = flat_value(value)
    if (
        isinstance(value, str)
        and (name in text_fields or value[:1] == "[")
        and (_FORMULA.match(value) or _QUOTED_FORMULA.match(value))
    ):
        return "'" + value  # a spreadsheet shows it as text instead of running it
    return value


register_reader(CsvReader())
register_writer(CsvWriter())
