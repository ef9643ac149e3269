"""The export service: choose records by kind, area and time, hand them to a format's writer.

Units have no geometry of their own: writers place them at their current position (the latest
position report), which the exporter puts on the job with the unit names. Plain Python: no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.domain.kind_words import counted
from app.domain.records import RECORD_KINDS, Record
from app.i18n import translate
from app.interop import base
from app.interop.base import InteropError, Job, Writer
from app.interop.importer import formats
from app.store import MissionStore

#: Kinds in the order they are written: units before what refers to them.
EXPORT_ORDER = (
    "unit", "patrol_area", "ceasefire_line", "patrol", "position_report", "incident", "map_item",
)  # fmt: skip
_TIMED = {"position_report", "patrol_area", "patrol", "ceasefire_line", "incident"}


@dataclass
class ExportSummary:
    path: Path
    format: str
    #: Records selected, per kind (the writer may leave out what its format cannot carry).
    written: Counter[str] = field(default_factory=Counter)
    #: How many of the selected records the format could not carry (e.g. CoT has no tracks).
    left_out: int = 0

    @property
    def total(self) -> int:
        return sum(self.written.values()) - self.left_out

    def describe(self) -> str:
        parts = [counted(n, k) for k, n in sorted(self.written.items())]
        if parts:
            text = translate("Export", "{file}: exported {what}").format(
                file=self.path.name, what=", ".join(parts)
            )
        else:
            text = translate("Export", "{file}: exported nothing").format(file=self.path.name)
        if self.left_out:
            text += translate(
                "Export",
                "; {count} of them left out, which {format} cannot carry (see docs/interop.md)",
            ).format(count=self.left_out, format=self.format)
        return text


def writers() -> dict[str, Writer]:
    """Every writer, after importing the modules that register them."""
    formats()
    return base.WRITERS


def writer_for(name: str) -> Writer:
    known = writers()
    if name not in known:
        raise InteropError(
            translate("Export", "--format {name}: use one of {choices}").format(
                name=name, choices=", ".join(sorted(known))
            )
        )
    return known[name]


def _in_bbox(lon: float, lat: float, bbox: tuple[float, float, float, float]) -> bool:
    west, south, east, north = bbox
    inside_lon = west <= lon <= east if west <= east else (lon >= west or lon <= east)
    return inside_lon and south <= lat <= north


def select_records(
    store: MissionStore,
    kinds: Iterable[str] | None = None,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    since: datetime | None = None,
) -> list[Record]:
    """Live records of the kinds asked for (all by default), in the area and time window.

    A unit is in the area when its current position is; ``since`` does not drop units (they are
    the reference the other records point at).
    """
    wanted = list(kinds) if kinds else list(RECORD_KINDS)
    for kind in wanted:
        if kind not in RECORD_KINDS:
            raise InteropError(
                translate("Export", "--kind {kind}: use one of {choices}").format(
                    kind=kind, choices=", ".join(RECORD_KINDS)
                )
            )
    records: list[Record] = []
    positions = store.current_positions() if bbox is not None else {}
    for kind in EXPORT_ORDER:
        if kind not in wanted:
            continue
        if kind == "unit":
            units = store.query("unit")
            if bbox is not None:
                units = [
                    u
                    for u in units
                    if u.id in positions
                    and _in_bbox(positions[u.id].lon, positions[u.id].lat, bbox)
                ]
            records.extend(units)
            continue
        start = since if kind in _TIMED else None
        records.extend(store.query(kind, bbox=bbox, start=start))
    return records


def export_file(
    store: MissionStore,
    out: Path,
    format: str,
    *,
    kinds: Iterable[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    since: datetime | None = None,
    job: Job | None = None,
) -> ExportSummary:
    """Write the chosen records to ``out`` in ``format``; the file appears whole or not at all."""
    writer = writer_for(format)
    out = Path(out)
    if not out.parent.is_dir():
        raise InteropError(
            translate("Export", "{out}: the folder {parent} does not exist").format(
                out=out, parent=out.parent
            )
        )
    job = job or Job()
    records = select_records(store, kinds, bbox=bbox, since=since)
    job.names = store.unit_names()
    job.positions = {u: (p.lon, p.lat) for u, p in store.current_positions().items()}
    job.report(0, len(records))
    count = writer.write(records, out, job)
    summary = ExportSummary(out, writer.name, left_out=max(0, len(records) - count))
    for record in records:
        summary.written[record.KIND] += 1
    return summary
