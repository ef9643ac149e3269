"""Ceasefire violations by line and side: which incidents fall in or near which line's zone.

For the morning brief ("violations by line and side, by weapon, by day") and the map. Each
incident is matched to its nearest qualifying line (see ``app.analysis.lines``) and attributed to
the party on that side. Services layer: reads a MissionStore; no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from app.analysis._common import check_metres, check_time, check_window, iso, text_array
from app.analysis.lines import ON_LINE, SIDE_NAMES, match_to_lines, party_on, side_name
from app.domain.geo import geometries_epsg
from app.errors import NotFoundError
from app.i18n import translate
from app.store.settings import read_settings

if TYPE_CHECKING:
    from app.store.store import MissionStore

#: Firing and fighting counted with the mission's violation categories by default.
EXTRA_VIOLATION_CATEGORIES: tuple[str, ...] = (
    "indirect_fire",
    "airstrike",
    "armed_clash",
    "attack_on_peacekeepers",
)
_COLUMNS = (
    "id",
    "occurred_start",
    "category",
    "title",
    "description",
    "weapon_class",
    "lon",
    "lat",
)
#: Counted for violations on the line itself or on a side with no party named.
UNATTRIBUTED = "unattributed"
#: Shown for incidents with no weapon class recorded.
NO_WEAPON = "not_recorded"


@dataclass(frozen=True)
class Violation:
    """One incident attributed to a line and a side."""

    incident_id: str
    occurred_start: str
    category: str
    title: str
    description: str
    weapon_class: str | None
    line_id: str
    line_name: str
    distance_m: float
    side: str  # 'left' | 'right' | 'on_line'
    party: str | None
    inside_buffer: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class LineSideCount:
    line_id: str
    line_name: str
    side: str
    party: str | None
    count: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ViolationReport:
    """Violations in a window, with the counts a brief shows."""

    distance_m: float
    start: str | None
    end: str | None
    categories: tuple[str, ...]
    line_ids: tuple[str, ...]
    epsg: int | None
    total: int
    by_line_side: tuple[LineSideCount, ...]
    by_weapon_class: dict[str, int] = field(default_factory=dict)
    by_day: dict[str, int] = field(default_factory=dict)
    items: tuple[Violation, ...] = ()
    #: The mission's parties to the ceasefire (its settings), and violations per party: every
    #: configured party is listed, with 0 when none is attributed to it.
    parties: tuple[str, ...] = ()
    by_party: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "distance_m": self.distance_m,
            "start": self.start,
            "end": self.end,
            "categories": list(self.categories),
            "line_ids": list(self.line_ids),
            "epsg": self.epsg,
            "total": self.total,
            "by_line_side": [c.as_dict() for c in self.by_line_side],
            "by_weapon_class": dict(self.by_weapon_class),
            "by_day": dict(self.by_day),
            "items": [v.as_dict() for v in self.items],
            "parties": list(self.parties),
            "by_party": dict(self.by_party),
        }


def default_categories(store: MissionStore) -> tuple[str, ...]:
    """The mission's violation categories plus firing and fighting that cross lines."""
    known = [c.key for c in store.categories()]
    chosen = {c.key for c in store.categories() if c.is_violation}
    chosen |= set(EXTRA_VIOLATION_CATEGORIES) & set(known)
    return tuple(k for k in known if k in chosen)


def violations(
    store: MissionStore,
    *,
    distance_m: float = 0,
    start: datetime | None = None,
    end: datetime | None = None,
    categories: Iterable[str] | None = None,
    line_ids: Iterable[str] | None = None,
) -> ViolationReport:
    """Incidents inside a line's buffer zone (``distance_m`` 0) or within
    ``max(buffer_m, distance_m)`` of it, each given to its nearest such line.

    The time window keeps incidents whose occurred span overlaps [start, end]; a line only
    counts for incidents inside its validity window.
    """
    distance_m = check_metres(distance_m, "distance_m")
    start, end = check_time(start, "start"), check_time(end, "end")
    check_window(start, end)
    cats = tuple(categories) if categories is not None else default_categories(store)
    lines = store.ceasefire_lines()
    wanted = tuple(line_ids) if line_ids is not None else ()
    if line_ids is not None:
        known = {line.id for line in lines}
        missing = [i for i in wanted if i not in known]
        if missing:
            raise NotFoundError(
                translate("Analysis", "no ceasefire line with id {ids}").format(
                    ids=", ".join(missing)
                )
            )
        lines = [line for line in lines if line.id in set(wanted)]
    cols = store.incident_columns(
        columns=_COLUMNS, start=start, end=end, categories=cats, ordered=False
    )
    times = text_array(cols["occurred_start"])
    epsg = geometries_epsg([line.geometry for line in lines]) if lines else None
    matches = match_to_lines(
        np.asarray(cols["lon"], dtype=float),
        np.asarray(cols["lat"], dtype=float),
        lines,
        distance_m=distance_m,
        times=times,
        epsg=epsg,
    )
    # Report order: by time, then id — the order of a log.
    ids = np.asarray(cols["id"], dtype=object)
    order = np.lexsort((ids[matches.point].astype(str), times[matches.point]))
    items = []
    distances = np.round(matches.distance_m, 1)
    for k in order:
        i, line = int(matches.point[k]), lines[int(matches.line[k])]
        side = int(matches.side[k])
        items.append(
            Violation(
                incident_id=cols["id"][i],
                occurred_start=cols["occurred_start"][i],
                category=cols["category"][i],
                title=cols["title"][i],
                description=cols["description"][i] or "",
                weapon_class=cols["weapon_class"][i],
                line_id=line.id,
                line_name=line.name,
                distance_m=float(distances[k]),
                side=side_name(side),
                party=party_on(line, side),
                inside_buffer=bool(matches.inside_buffer[k]),
            )
        )
    by_pair = Counter((int(li), int(s)) for li, s in zip(matches.line, matches.side, strict=True))
    by_line_side = tuple(
        LineSideCount(line.id, line.name, SIDE_NAMES[s], party_on(line, s), by_pair[(li, s)])
        for li, line in enumerate(lines)
        for s in (1, -1, ON_LINE)
        if by_pair[(li, s)] or s != ON_LINE
    )
    weapons = Counter(item.weapon_class or NO_WEAPON for item in items)
    days = Counter(item.occurred_start[:10] for item in items)
    parties = read_settings(store).parties
    attributed = Counter(item.party or UNATTRIBUTED for item in items)
    by_party = {party: attributed.pop(party, 0) for party in parties}
    by_party.update(attributed.most_common())
    return ViolationReport(
        distance_m=distance_m,
        start=iso(start),
        end=iso(end),
        categories=cats,
        line_ids=tuple(line.id for line in lines),
        epsg=epsg,
        total=len(items),
        by_line_side=by_line_side,
        by_weapon_class=dict(weapons.most_common()),
        by_day=dict(sorted(days.items())),
        items=tuple(items),
        parties=parties,
        by_party=by_party,
    )


__all__ = ["LineSideCount", "Violation", "ViolationReport", "default_categories", "violations"]
