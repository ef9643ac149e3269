"""The demo mission: a fictional peacekeeping mission on real-looking geography, made on demand.

``generate_demo`` fills an empty mission database with the "UN Demo Monitoring Force" (UNDMF)
watching ceasefire lines between two fictional parties, "Northern Forces" and "Southern Army",
in an inland savanna region of central Africa (about 200 x 150 km around 6.7 N, 20.15 E; the
place names are invented). It exists so that a new user, a briefing rehearsal, a benchmark or a
bug report has a full picture to work with: units in a command tree, their tracks, patrol areas
and areas of separation, patrols and incidents clustered the way real reports cluster.

The output depends only on the options: every random draw, id included, comes from one
``random.Random(seed)`` and the clock is never read, so the same options give the same records
on every machine. Geometry is built in metres in the local UTM zone and transformed back to
WGS 84 in bulk (buffers are never computed in degrees). Everything is written in one transaction:
a failure or a cancellation leaves the database as it was.

Services layer: imports the domain and the store only; never Qt.
"""

from __future__ import annotations

import math
import random
import uuid
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from app.domain.geo import transformers, utm_epsg
from app.domain.records import (
    CeasefireLine,
    Incident,
    MapItem,
    Patrol,
    PatrolArea,
    PositionReport,
    Record,
    Unit,
)
from app.domain.sidc import with_affiliation, with_echelon
from app.errors import AppError, ValidationError
from app.i18n import translate

if TYPE_CHECKING:
    from app.store import Store

__all__ = ["DEFAULT_END", "DemoOptions", "generate_demo"]

#: The demo's "now": fixed, so that the same options always give the same mission.
DEFAULT_END = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)

MISSION = "UN Demo Monitoring Force"
MISSION_SHORT = "UNDMF"
NORTH = "Northern Forces"
SOUTH = "Southern Army"
ARMED_GROUP = "unidentified armed group"
RESIDENTS = "local residents"
POLICE = "local police"
AGREEMENT = "Agreement on Ceasefire and Separation of Forces"

#: Theatre centre (lon, lat) and size on the ground.
CENTRE = (20.15, 6.70)
WIDTH_M = 200_000.0
HEIGHT_M = 150_000.0

SECTORS = ("West", "Centre", "East")
SECTOR_CODES = ("W", "C", "E")
# fmt: off
PHONETIC = (
    "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL", "INDIA", "JULIETT",
    "KILO", "LIMA", "MIKE", "NOVEMBER", "OSCAR", "PAPA", "QUEBEC", "ROMEO", "SIERRA", "TANGO",
    "UNIFORM", "VICTOR", "WHISKEY", "XRAY", "YANKEE", "ZULU",
)
# fmt: on

#: Troop-contributing nations (ISO 3166 alpha-3) and the stem of their contingent names.
NATIONS: dict[str, str] = {
    "NPL": "NEP",
    "IND": "IND",
    "GHA": "GHAN",
    "IRL": "IRISH",
    "URY": "URU",
    "BGD": "BAN",
    "FJI": "FIJI",
    "IDN": "INDO",
    "ITA": "ITAL",
    "KOR": "KOR",
    "PAK": "PAK",
    "RWA": "RWA",
    "ZMB": "ZAM",
    "MNG": "MON",
    "SEN": "SEN",
    "EGY": "EGY",
}
# fmt: off
CALLSIGN_WORDS = (
    "TIGER", "FALCON", "SHAMROCK", "CONDOR", "LION", "EAGLE", "COBRA", "RHINO", "ORCA", "PANTHER",
    "KESTREL", "BISON", "MAPLE", "JAGUAR", "HERON", "OTTER", "LYNX", "HAWK", "CEDAR", "IBIS",
)
# fmt: on

# 2525D land-unit entity codes (positions 11-16), checked against milsymbol 3.0.4.
_INFANTRY = "121100"
_MOTORIZED = "121104"
_MECHANIZED = "121102"
_OBSERVER = "121200"
_MILITARY_POLICE = "141200"
_ENGINEER = "140700"
_MEDICAL_FACILITY = "161400"
_LAW_ENFORCEMENT = "200700"
_COMMAND_CONTROL = "110000"
_MULTINATIONAL = "39"
_MEDICAL_ROLE_2 = "43"

#: Force-level enabler companies: kind, designation, name suffix, symbol entity and modifier,
#: role, callsign, strength range, and the nations that typically provide such a unit.
_ENABLERS = (
    ("mp", "Force Military Police Company", "MP", _MILITARY_POLICE, "00", "military_police",
     "WARDEN 0", 90, 120, ("NPL", "GHA", "URY", "IND", "ZMB")),
    ("eng", "Force Engineer Company", "ENGR", _ENGINEER, "00", "engineer", "SAPPER 0", 150, 200,
     ("BGD", "PAK", "KOR", "IDN", "IND")),
    ("med", "Level II Hospital", "MED", _MEDICAL_FACILITY, _MEDICAL_ROLE_2, "medical",
     "MEDIC 0", 60, 80, ("IND", "PAK", "BGD", "EGY", "IDN")),
    ("fpu", "Formed Police Unit 1", "FPU", _LAW_ENFORCEMENT, "00", "formed_police_unit",
     "BADGE 0", 140, 160, ("SEN", "RWA", "IDN", "BGD", "NPL", "EGY")),
)  # fmt: skip

_COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
# fmt: off
_COMPASS_WORDS = (
    "north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west",
)
# fmt: on
# fmt: off
_SYLLABLES_A = (
    "Ka", "Bo", "Lou", "Nda", "Sa", "Ti", "Ou", "Mbe", "Ko", "Ga", "Ye", "Di", "Ba", "Zo", "Ma",
    "Ngo", "Be", "Ki", "Mo", "Dja",
)
# fmt: on
_SYLLABLES_B = ("ra", "ma", "ko", "ga", "li", "nde", "sso", "bi", "ta", "lo", "ku", "ndi")
_SYLLABLES_C = ("a", "i", "o", "é", "ra", "ngo", "ba", "ya", "la")

_WEAPON_TEXT = {
    "small_arms": "small-arms",
    "heavy_machine_gun": "heavy machine-gun",
    "mortar": "mortar",
    "artillery": "artillery",
    "rocket": "rocket",
    "tank": "tank main-gun",
    "anti_tank": "anti-tank",
    "air_defence": "air-defence",
    "aircraft": "aircraft",
    "uav": "drone",
    "explosive_device": "explosive",
    "unknown": "unidentified weapon",
}
_WEAPON_TITLE = {key: text[0].upper() + text[1:] for key, text in _WEAPON_TEXT.items()}
_ROUNDS = {
    "small_arms": "bursts",
    "heavy_machine_gun": "bursts",
    "mortar": "rounds",
    "artillery": "rounds",
    "rocket": "rockets",
    "tank": "rounds",
    "anti_tank": "rounds",
    "uav": "strikes",
    "aircraft": "strikes",
    "explosive_device": "detonations",
    "unknown": "shots",
    "air_defence": "bursts",
}
_ROUND = {weapon: plural.removesuffix("s") for weapon, plural in _ROUNDS.items()}


@dataclass(frozen=True)
class DemoOptions:
    """What to generate; ``None`` sizes scale with the number of incidents."""

    incidents: int | None = None
    units: int | None = None
    areas: int | None = None
    lines: int | None = None
    days: int = 30
    seed: int = 7
    end: datetime = DEFAULT_END


@dataclass(frozen=True)
class _Sizes:
    incidents: int
    units: int
    areas: int
    lines: int
    days: int


def _resolve(options: DemoOptions) -> _Sizes:
    """Fill in default sizes (scaled so a 100k-incident demo has ~500 units) and check limits."""
    incidents = 3000 if options.incidents is None else options.incidents
    _check_range("incidents", incidents, 0, 2_000_000)
    units = _scaled(incidents, 40, 500) if options.units is None else options.units
    areas = _scaled(incidents, 24, 200) if options.areas is None else options.areas
    lines = _scaled(incidents, 3, 20) if options.lines is None else options.lines
    _check_range("units", units, 12, 5000)
    _check_range("areas", areas, 0, 2000)
    _check_range("lines", lines, 1, 60)
    _check_range("days", options.days, 1, 3650)
    end = options.end
    if not isinstance(end, datetime) or end.tzinfo is None or end.utcoffset() is None:
        raise ValidationError(
            "end", translate("Demo", "give the end of the demo period as a UTC date-time")
        )
    return _Sizes(incidents, units, areas, lines, options.days)


def _scaled(incidents: int, at_default: int, at_100k: int) -> int:
    """A size growing with the incidents along a power law through (3000, default), (100k, big)."""
    scale = max(1.0, incidents / 3000)
    exponent = math.log(at_100k / at_default) / math.log(100_000 / 3000)
    return round(at_default * scale**exponent)


def _check_range(name: str, value: Any, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            name,
            translate("Demo", "{value!r} is not a whole number from {low} to {high}").format(
                value=value, low=low, high=high
            ),
        )


#: Called with (records written, records to write); returning False cancels, None carries on.
ProgressCallback = Callable[[int, int], bool | None]

#: Record kinds in the order ``MissionStore.stats()`` lists them.
_KINDS = (
    "units",
    "position_reports",
    "patrol_areas",
    "patrols",
    "ceasefire_lines",
    "incidents",
    "map_items",
)


def generate_demo(
    store: Store,
    options: DemoOptions = DemoOptions(),
    progress: ProgressCallback | None = None,
) -> dict[str, int]:
    """Write the demo mission into an empty database; return the records written per kind.

    ``progress(done, total)`` is called before writing and after each batch; returning
    ``False`` cancels, and the whole transaction is rolled back. Refuses a database that holds
    any record (tombstones included) so a real mission can never be mixed with invented data.
    """
    existing = store.record_count()
    if existing > 0:
        raise AppError(
            translate(
                "Demo", "{path} already holds {count:,} records; the demo needs an empty database"
            ).format(path=store.path, count=existing)
        )
    sizes = _resolve(options)
    batches = _Demo(options, sizes).build()
    total = sum(len(records) for _, records in batches)
    written = dict(batches)
    counts = {kind: len(written[kind]) for kind in _KINDS}

    def keep_going(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise AppError(translate("Demo", "demo generation cancelled; nothing was written"))

    keep_going(0)
    done = 0
    with store.transaction():
        for _, records in batches:
            for start in range(0, len(records), 2000):
                chunk = records[start : start + 2000]
                store.save_many(chunk)
                done += len(chunk)
                keep_going(done)
    return counts


# --- the generator -----------------------------------------------------------------------------


class _Table:
    """Weighted choices with their running totals, for fast repeated draws."""

    __slots__ = ("cum", "total", "values")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cum: list[float] = []
        acc = 0.0
        for _, weight in pairs:
            acc += weight
            self.cum.append(acc)
        self.total = acc


def _tables(spec: dict[Any, Sequence[tuple[Any, float]]]) -> dict[Any, _Table]:
    return {key: _Table(pairs) for key, pairs in spec.items()}


@dataclass
class _Line:
    index: int
    letter: str
    id: str
    xy: np.ndarray  # metres, in digitising order
    xs_we: np.ndarray  # x ascending (west to east), for y(x) lookups
    ys_we: np.ndarray
    buffer_m: float
    party_left: str
    party_right: str
    sector: int
    geom: LineString
    aos: Polygon
    aos_id: str = ""
    cum: list[float] = field(default_factory=list)
    seg: list[tuple[float, float, float, float, float, float]] = field(default_factory=list)
    depth: float = 10_000.0

    @property
    def name(self) -> str:
        return f"Ceasefire Line {self.letter}"

    @property
    def length(self) -> float:
        return self.cum[-1]


@dataclass
class _Town:
    name: str
    x: float
    y: float
    weight: float
    spread: float


@dataclass
class _Area:
    id: str
    name: str
    geom: Polygon
    area_type: str
    sector: int
    status: str = "active"
    responsible: str | None = None
    valid_to_days: float | None = None
    classified: bool = False


@dataclass
class _UnitPlan:
    id: str
    kind: str
    designation: str
    short_name: str
    nation: str
    sidc: str
    echelon: str
    role: str
    callsign: str
    strength: int
    parent: _UnitPlan | None
    sector: int
    areas: list[int] = field(default_factory=list)
    x: float = 0.0
    y: float = 0.0
    patrol_type: str = "mobile"


def _sidc(entity: str, echelon: str, *, hq: bool = False, modifier: str = "00") -> str:
    """A friendly land-unit code whose echelon amplifier says the same as the unit's echelon."""
    # Version 10, reality, identity pending (set below), land unit, present, no amplifier yet.
    code = f"1000100{'2' if hq else '0'}00{entity}{modifier}00"
    return with_echelon(with_affiliation(code, "friend"), echelon)


class _Demo:
    """One run of the generator; holds the random stream and the metric model of the theatre."""

    def __init__(self, options: DemoOptions, sizes: _Sizes) -> None:
        self.rng = random.Random(options.seed)
        self.sizes = sizes
        self.end = options.end.astimezone(UTC)
        self.start = self.end - timedelta(days=sizes.days)
        self.hours = sizes.days * 24
        # The theatre's UTM zone, through the per-thread transformers of app.domain.geo: the demo
        # also runs in a GUI worker thread, and pyproj objects must not cross threads.
        self.to_utm, self.to_wgs = transformers(utm_epsg(*CENTRE))
        cx, cy = self.to_utm.transform(*CENTRE)
        self.x0, self.x1 = cx - WIDTH_M / 2, cx + WIDTH_M / 2
        self.y0, self.y1 = cy - HEIGHT_M / 2, cy + HEIGHT_M / 2
        self.lines: list[_Line] = []
        self.towns: list[_Town] = []
        self.areas: list[_Area] = []
        self.units: list[_UnitPlan] = []
        self.nations_used: list[str] = []
        self._nearest_line: dict[str, _Line] = {}

    # --- small helpers ----------------------------------------------------------------------

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, table: _Table | Sequence[tuple[Any, float]]) -> Any:
        """One value drawn by weight; module tables are prepared once, since this runs ~1M times."""
        if not isinstance(table, _Table):
            table = _Table(table)
        i = bisect_right(table.cum, self.rng.random() * table.total)
        return table.values[min(i, len(table.values) - 1)]

    def at(self, hours: float) -> datetime:
        """A time ``hours`` after the period start, to the whole second."""
        return self.start + timedelta(seconds=round(hours * 3600))

    def hour_of(self, day: int, utc_hour: float) -> float:
        """Hours from the period start to ``utc_hour`` o'clock on its ``day``-th day."""
        return day * 24 + utc_hour - (self.start.hour + self.start.minute / 60)

    def sector_of(self, x: float) -> int:
        return min(2, max(0, int((x - self.x0) / (WIDTH_M / 3))))

    def sector_bounds(self, sector: int) -> tuple[float, float]:
        width = WIDTH_M / 3
        return self.x0 + sector * width, self.x0 + (sector + 1) * width

    def clip(self, x: float, y: float, sector: int | None = None) -> tuple[float, float]:
        lo, hi = (self.x0, self.x1) if sector is None else self.sector_bounds(sector)
        return min(hi - 500, max(lo + 500, x)), min(self.y1 - 500, max(self.y0 + 500, y))

    def line_distance(self, x: float, y: float) -> float:
        return min(line.geom.distance(Point(x, y)) - line.buffer_m for line in self.lines)

    def wgs(self, geoms: Sequence[BaseGeometry]) -> list[Any]:
        """Metric geometries to WGS 84 in one vectorised transform."""
        if not geoms:
            return []
        array = np.empty(len(geoms), dtype=object)
        array[:] = list(geoms)
        out = shapely.transform(array, self._inverse)
        bad = ~shapely.is_valid(out)
        if bad.any():
            out[bad] = shapely.make_valid(out[bad])
        return list(out)

    def _inverse(self, coords: np.ndarray) -> np.ndarray:
        lon, lat = self.to_wgs.transform(coords[:, 0], coords[:, 1])
        return np.round(np.column_stack([lon, lat]), 7)

    def lonlat(
        self, xs: Sequence[float] | np.ndarray, ys: Sequence[float] | np.ndarray
    ) -> tuple[list[float], list[float]]:
        lon, lat = self.to_wgs.transform(np.asarray(xs, float), np.asarray(ys, float))
        return np.round(lon, 6).tolist(), np.round(lat, 6).tolist()

    def point_in(self, poly: Polygon, tries: int = 200) -> tuple[float, float] | None:
        minx, miny, maxx, maxy = poly.bounds
        for _ in range(tries):
            x, y = self.rng.uniform(minx, maxx), self.rng.uniform(miny, maxy)
            if shapely.contains_xy(poly, x, y):
                return x, y
        return None

    def releasable(self, nation: str) -> tuple[str, ...]:
        chosen = set(self.rng.sample(self.nations_used, min(2, len(self.nations_used))))
        if nation in NATIONS:
            chosen.add(nation)
        return tuple(sorted(chosen))

    # --- the whole mission ------------------------------------------------------------------

    def build(self) -> list[tuple[str, list[Record]]]:
        self.plan_units()
        self.make_lines()
        self.make_towns()
        self.make_areas()
        self.place_units()
        units = self.unit_records()
        lines = self.line_records()
        areas = self.area_records()
        patrols, tracks = self.patrols()
        positions = self.positions(tracks)
        incidents = self.incidents()
        # Last, so the records above stay what they were for the same seed.
        towns = self.town_records()
        return [
            ("units", units),
            ("ceasefire_lines", lines),
            ("patrol_areas", areas),
            ("patrols", patrols),
            ("position_reports", positions),
            ("incidents", incidents),
            ("map_items", towns),
        ]

    def town_records(self) -> list[Record]:
        """The invented towns as named point map items, marked fictional: the demo lies at real
        coordinates, so the map says which names are invented (app.places.mission)."""
        lons, lats = self.lonlat([t.x for t in self.towns], [t.y for t in self.towns])
        return [
            MapItem(
                id=self.new_id(),
                name=town.name,
                item_type="town" if town.weight >= 1.0 else "village",
                geometry=Point(lon, lat),
                notes="Fictional place of the training demo (invented name and position).",
                origin=f"{MISSION_SHORT} Force HQ JOC",
                created_at=self.at(0),
                updated_at=self.at(0),
            )
            for town, lon, lat in zip(self.towns, lons, lats, strict=True)
        ]

    # --- units: the command tree -----------------------------------------------------------

    def plan_units(self) -> None:
        rng = self.rng
        n = self.sizes.units
        rest = n - 8  # force HQ, three sector HQs, MP, engineers, hospital, police unit
        milobs = max(1, min(round(rest * 0.12), 3 * self.sizes.lines + 3))
        battalions = max(3, min(round(math.sqrt(rest * 0.6)), rest - milobs))
        while rest - battalions - milobs > battalions * 16:
            battalions += 1
        subunits = rest - battalions - milobs

        order = rng.sample(list(NATIONS), len(NATIONS))
        fhq = self.add_unit(
            "fhq", f"{MISSION_SHORT} Force HQ", "FHQ", "UN",
            _sidc(_COMMAND_CONTROL, "division", hq=True, modifier=_MULTINATIONAL), "division",
            "headquarters", "UNITY 0", rng.randint(300, 400), None, 1,
        )  # fmt: skip
        sector_hqs = []
        for s, name in enumerate(SECTORS):
            shq = self.add_unit(
                "shq", f"Sector {name} HQ", f"S{SECTOR_CODES[s]} HQ", "UN",
                _sidc(_INFANTRY, "brigade", hq=True, modifier=_MULTINATIONAL), "brigade",
                "headquarters", f"{name.upper()} 0", rng.randint(120, 180), fhq, s,
            )  # fmt: skip
            sector_hqs.append(shq)
        enablers: list[str] = []
        for spec in _ENABLERS:
            kind, designation, suffix, entity, modifier, role, callsign, low, high, usual = spec
            free = [c for c in order if c not in enablers]
            nation = next((c for c in free if c in usual), free[0])
            enablers.append(nation)
            sidc = _sidc(entity, "company", modifier=modifier)
            self.add_unit(
                kind, designation, f"{NATIONS[nation]}{suffix}", nation, sidc, "company", role,
                callsign, rng.randint(low, high), fhq, 1,
            )  # fmt: skip

        contributors = [c for c in order if c not in enablers]
        batt_nations = [contributors[i % len(contributors)] for i in range(battalions)]
        per_nation: dict[str, int] = {}
        for nation in batt_nations:
            per_nation[nation] = per_nation.get(nation, 0) + 1
        seen: dict[str, int] = {}
        batts: list[_UnitPlan] = []
        for i, nation in enumerate(batt_nations):
            seen[nation] = seen.get(nation, 0) + 1
            name = f"{NATIONS[nation]}BATT"
            if per_nation[nation] > 1:
                name += f" {seen[nation]}"
            entity = self.pick([(_INFANTRY, 5), (_MOTORIZED, 3), (_MECHANIZED, 2)])
            word = CALLSIGN_WORDS[i % len(CALLSIGN_WORDS)]
            if i >= len(CALLSIGN_WORDS):
                word += str(i // len(CALLSIGN_WORDS) + 1)
            sector = i % 3
            batt = self.add_unit(
                "batt", name, name, nation, _sidc(entity, "battalion"), "battalion",
                "mechanized_infantry" if entity == _MECHANIZED else "infantry", f"{word} 0",
                rng.randint(650, 850), sector_hqs[sector], sector,
            )  # fmt: skip
            batt.patrol_type = "mobile" if entity != _INFANTRY else "foot"
            batts.append(batt)
        companies: list[_UnitPlan] = []
        for letter_index, letter in enumerate("ABCD"):
            for batt in batts:
                if subunits == 0:
                    break
                subunits -= 1
                entity = batt.sidc[10:16]
                coy = self.add_unit(
                    "coy", f"{letter} Coy {batt.designation}", f"{letter}/{batt.short_name}",
                    batt.nation, _sidc(entity, "company"), "company", batt.role,
                    f"{batt.callsign.split()[0]} {letter_index + 1}0", rng.randint(110, 150), batt,
                    batt.sector,
                )  # fmt: skip
                coy.patrol_type = batt.patrol_type
                companies.append(coy)
        for number in (1, 2, 3):
            for coy in companies:
                if subunits == 0:
                    break
                subunits -= 1
                word, digits = coy.callsign.split()
                entity = coy.sidc[10:16]
                platoon = self.add_unit(
                    "pl", f"{number} Pl {coy.designation}", f"{number}/{coy.short_name}",
                    coy.nation, _sidc(entity, "platoon"), "platoon", coy.role,
                    f"{word} {digits[0]}{number}", rng.randint(28, 36), coy, coy.sector,
                )  # fmt: skip
                platoon.patrol_type = "foot" if rng.random() < 0.5 else coy.patrol_type
        per_sector = [0, 0, 0]
        for i in range(milobs):
            sector = i % 3
            per_sector[sector] += 1
            code = SECTOR_CODES[sector]
            self.add_unit(
                "milob", f"UNMO Team {code}-{per_sector[sector]}",
                f"TS {code}{per_sector[sector]}", "UN", _sidc(_OBSERVER, "team"), "team",
                "observer_team", f"OSCAR {code}{per_sector[sector]}", rng.randint(4, 8),
                sector_hqs[sector], sector,
            )  # fmt: skip
        self.nations_used = sorted({u.nation for u in self.units if u.nation in NATIONS})

    def add_unit(
        self,
        kind: str,
        designation: str,
        short_name: str,
        nation: str,
        sidc: str,
        echelon: str,
        role: str,
        callsign: str,
        strength: int,
        parent: _UnitPlan | None,
        sector: int,
    ) -> _UnitPlan:
        plan = _UnitPlan(
            self.new_id(), kind, designation, short_name, nation, sidc, echelon, role, callsign,
            strength, parent, sector,
        )  # fmt: skip
        self.units.append(plan)
        return plan

    # --- ceasefire lines and their areas of separation -------------------------------------

    def make_lines(self) -> None:
        n = self.sizes.lines
        rows = min(n, max(1, round(math.sqrt(n / 2.5))))
        per_row = [n // rows + (1 if r < n % rows else 0) for r in range(rows)]
        cell_h = HEIGHT_M / rows
        amplitude = min(12_000.0, 0.22 * cell_h)
        index = 0
        for row, count in enumerate(per_row):
            yc = self.y1 - (row + 0.5) * cell_h
            cell_w = WIDTH_M / count
            margin = 3_000.0 if count > 1 else 5_000.0
            for col in range(count):
                xa = self.x0 + col * cell_w + margin
                xb = self.x0 + (col + 1) * cell_w - margin
                wiggle = min(amplitude, 0.2 * (xb - xa))
                self.lines.append(self.make_line(index, xa, xb, yc, wiggle))
                self.lines[-1].depth = min(12_000.0, 0.22 * cell_h)
                index += 1

    def make_line(self, index: int, xa: float, xb: float, yc: float, amplitude: float) -> _Line:
        """A wiggly line across [xa, xb]: x strictly increasing, so it never crosses itself."""
        rng = self.rng
        nv = rng.randint(32, 64)
        spacing = (xb - xa) / (nv - 1)
        xs = np.array(
            [
                xa + i * spacing + (rng.uniform(-0.3, 0.3) * spacing if 0 < i < nv - 1 else 0.0)
                for i in range(nv)
            ]
        )
        walk = np.cumsum([rng.gauss(0.0, 1.0) for _ in range(nv)])
        walk -= np.linspace(walk[0], walk[-1], nv) * 0.7  # keep the ends near the cell's middle
        padded = np.concatenate([np.full(3, walk[0]), walk, np.full(3, walk[-1])])
        smooth = np.convolve(padded, np.ones(7) / 7, mode="valid")
        smooth -= smooth.mean()
        peak = float(np.abs(smooth).max()) or 1.0
        profile = smooth / peak * amplitude * 0.6
        length = xb - xa
        for share, wavelength in ((0.2, rng.uniform(0.4, 0.7)), (0.08, rng.uniform(0.1, 0.2))):
            phase = rng.uniform(0, 2 * math.pi)
            profile += (
                amplitude * share * np.sin(2 * math.pi * (xs - xa) / (length * wavelength) + phase)
            )
        profile += np.array([rng.uniform(-120.0, 120.0) for _ in range(nv)])
        ys = yc + np.clip(profile, -amplitude, amplitude)
        xy = np.column_stack([xs, ys])
        reverse = rng.random() < 0.3
        if reverse:
            xy = xy[::-1].copy()
        buffer_m = round(rng.uniform(500, 2000) / 50) * 50.0
        geom = LineString(xy)
        line = _Line(
            index=index,
            letter=_letter(index),
            id=self.new_id(),
            xy=xy,
            xs_we=xs,
            ys_we=ys,
            buffer_m=buffer_m,
            # Walking the line east, north is on the left; walking it west, south is.
            party_left=SOUTH if reverse else NORTH,
            party_right=NORTH if reverse else SOUTH,
            sector=self.sector_of(float(xs.mean())),
            geom=geom,
            aos=geom.buffer(buffer_m, quad_segs=16),
        )
        cum = [0.0]
        for (ax, ay), (bx, by) in pairwise(xy):
            dx, dy = float(bx - ax), float(by - ay)
            seg_len = math.hypot(dx, dy)
            cum.append(cum[-1] + seg_len)
            # Left normal of the digitising direction.
            line.seg.append((float(ax), float(ay), dx, dy, -dy / seg_len, dx / seg_len))
        line.cum = cum
        line.aos_id = self.new_id()
        return line

    # --- towns: where civil unrest, crime and displacement cluster ------------------------

    def make_towns(self) -> None:
        rng = self.rng
        count = max(6, min(40, round(8 * max(1.0, self.sizes.incidents / 3000) ** 0.4)))
        names: list[str] = []
        while len(names) < count:
            name = rng.choice(_SYLLABLES_A) + rng.choice(_SYLLABLES_B) + rng.choice(_SYLLABLES_C)
            if name not in names:
                names.append(name)
        towns: list[_Town] = []
        for name in names:
            # About 40 % of towns lie close to a line: frontline villages see the most trouble.
            near_line = rng.random() < 0.4
            best: tuple[float, float, float] | None = None
            for _ in range(80):
                x = rng.uniform(self.x0 + 5000, self.x1 - 5000)
                y = rng.uniform(self.y0 + 5000, self.y1 - 5000)
                clearance = self.line_distance(x, y) - 1500
                spacing = min((math.hypot(t.x - x, t.y - y) for t in towns), default=1e9) - 8000
                score = min(clearance, spacing)
                if best is None or score > best[0]:
                    best = (score, x, y)
                if clearance > 0 and spacing > 0 and (not near_line or clearance < 8000):
                    best = (score, x, y)
                    break
            assert best is not None
            weight = rng.lognormvariate(0.0, 0.7)
            towns.append(_Town(name, best[1], best[2], weight, 700 + 500 * min(weight, 3.0)))
        towns.sort(key=lambda t: -t.weight)
        self.towns = towns

    # --- patrol areas tiled along both sides of each line ---------------------------------

    def make_areas(self) -> None:
        rng = self.rng
        for line in self.lines:
            self.areas.append(
                _Area(
                    line.aos_id,
                    f"Area of Separation {line.letter}",
                    line.aos,
                    "area_of_separation",
                    line.sector,
                )
            )
        for s, name in enumerate(SECTORS):
            lo, hi = self.sector_bounds(s)
            box = shapely.segmentize(shapely.box(lo, self.y0, hi, self.y1), 5000)
            self.areas.append(_Area(self.new_id(), f"Sector {name}", box, "sector", s))
        aor = shapely.segmentize(shapely.box(self.x0, self.y0, self.x1, self.y1), 5000)
        self.areas.append(
            _Area(
                self.new_id(),
                f"{MISSION_SHORT} Area of Responsibility",
                aor,
                "area_of_responsibility",
                1,
            )
        )
        total = self.sizes.areas
        n = len(self.lines)
        counters = [0, 0, 0]
        for line in self.lines:
            k = total // n + (1 if line.index < total % n else 0)
            for side, m in ((1, (k + 1) // 2), (-1, k // 2)):
                if m == 0:
                    continue
                xa, xb = float(line.xs_we[0]), float(line.xs_we[-1])
                cuts = [xa + (xb - xa) * (j + rng.uniform(-0.2, 0.2)) / m for j in range(1, m)]
                edges = [xa, *cuts, xb]
                for left, right in pairwise(edges):
                    poly = self.strip(line, left, right, side)
                    if poly is None:
                        continue
                    sector = self.sector_of(poly.centroid.x)
                    counters[sector] += 1
                    town = self.place_town(poly.centroid.x, poly.centroid.y)
                    name = f"Patrol Area {SECTOR_CODES[sector]}-{counters[sector]:02d} ({town})"
                    status = self.pick([("active", 80), ("restricted", 12), ("inactive", 8)])
                    self.areas.append(
                        _Area(
                            self.new_id(),
                            name,
                            poly,
                            "patrol_area",
                            sector,
                            status,
                            valid_to_days=rng.uniform(2, self.sizes.days - 1)
                            if status == "inactive" and self.sizes.days > 3
                            else None,
                            classified=status == "restricted" and rng.random() < 0.5,
                        )
                    )

    def strip(self, line: _Line, left: float, right: float, side: int) -> Polygon | None:
        """The band beside the line over [left, right], outside its area of separation."""
        rng = self.rng
        inner = [x for x in line.xs_we if left < x < right]
        xs = np.array([left, *inner, right])
        ys = np.interp(xs, line.xs_we, line.ys_we)
        depth = line.depth * rng.uniform(0.75, 1.0)
        outer = ys + side * (depth + np.array([rng.uniform(-400, 400) for _ in xs]))
        ring = [*zip(xs, ys, strict=True), *zip(xs[::-1], outer[::-1], strict=True)]
        poly = Polygon(ring)
        if not poly.is_valid:
            poly = shapely.make_valid(poly)
        poly = poly.difference(line.aos.buffer(1.0))
        if poly.geom_type != "Polygon":
            parts = [g for g in getattr(poly, "geoms", []) if g.geom_type == "Polygon"]
            if not parts:
                return None
            poly = max(parts, key=lambda g: g.area)
        if poly.is_empty or poly.area < 4e6:
            return None
        poly = shapely.simplify(poly, 5.0)
        if rng.random() < 0.25:
            poly = self.with_hole(poly)
        return poly

    def with_hole(self, poly: Polygon) -> Polygon:
        """Cut out a small enclave (a camp or a town under police primacy), well inside."""
        radius = self.rng.uniform(700, 1800)
        for _ in range(20):
            found = self.point_in(poly, 20)
            if found is None:
                break
            centre = Point(found)
            if poly.exterior.distance(centre) > radius + 400:
                hole = centre.buffer(radius, quad_segs=8)
                return Polygon(poly.exterior.coords, [hole.exterior.coords])
        return poly

    def nearest_line(self, unit: _UnitPlan) -> _Line:
        if unit.id not in self._nearest_line:
            spot = Point(unit.x, unit.y)
            self._nearest_line[unit.id] = min(self.lines, key=lambda ln: ln.geom.distance(spot))
        return self._nearest_line[unit.id]

    def place_town(self, x: float, y: float) -> str:
        return min(self.towns, key=lambda t: (t.x - x) ** 2 + (t.y - y) ** 2).name

    # --- where units sit --------------------------------------------------------------------

    def place_units(self) -> None:
        rng = self.rng
        patrol_areas = [i for i, a in enumerate(self.areas) if a.area_type == "patrol_area"]
        by_kind: dict[str, list[_UnitPlan]] = {}
        for unit in self.units:
            by_kind.setdefault(unit.kind, []).append(unit)
        # Each sector's patrol areas (made line by line, side by side, west to east) go to its
        # companies (battalions if it has none) in contiguous blocks, a battalion's companies
        # side by side, so that a company patrols neighbouring areas, not the whole sector.
        batt_order = {u.id: i for i, u in enumerate(by_kind["batt"])}
        for s in range(3):
            owners = sorted(
                (u for u in by_kind.get("coy", []) if u.sector == s),
                key=lambda u: (batt_order[u.parent.id] if u.parent else 0, u.designation),
            ) or [u for u in by_kind["batt"] if u.sector == s]
            mine = [i for i in patrol_areas if self.areas[i].sector == s]
            for j, area_index in enumerate(mine):
                owner = owners[j * len(owners) // len(mine)]
                owner.areas.append(area_index)
                self.areas[area_index].responsible = owner.id
            for j, owner in enumerate(owners):
                if not owner.areas and mine:  # more companies than areas: share a neighbour's
                    owner.areas.append(mine[j * len(mine) // len(owners)])

        fhq = by_kind["fhq"][0]
        cx, cy = (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2
        central = [
            t for t in self.towns if abs(t.x - cx) < WIDTH_M / 4 and abs(t.y - cy) < HEIGHT_M / 3
        ]
        capital = (
            central[0]
            if central
            else min(self.towns, key=lambda t: (t.x - cx) ** 2 + (t.y - cy) ** 2)
        )
        fhq.sector = self.sector_of(capital.x)
        self.set_base(fhq, capital.x + rng.gauss(0, 600), capital.y + rng.gauss(0, 600))
        for shq in by_kind["shq"]:
            lo, hi = self.sector_bounds(shq.sector)
            towns = [t for t in self.towns if lo < t.x < hi and t is not capital] or [
                t for t in self.towns if lo < t.x < hi
            ]
            if towns:
                self.set_base(shq, towns[0].x + rng.gauss(0, 500), towns[0].y + rng.gauss(0, 500))
            else:
                self.set_base(shq, (lo + hi) / 2, cy)
        for kind in ("mp", "eng", "med"):
            for unit in by_kind[kind]:
                unit.sector = fhq.sector
                angle, dist = rng.uniform(0, 2 * math.pi), rng.uniform(1000, 3000)
                self.set_base(unit, fhq.x + dist * math.cos(angle), fhq.y + dist * math.sin(angle))
        for unit in by_kind["fpu"]:
            town = self.towns[0]
            unit.sector = self.sector_of(town.x)
            self.set_base(unit, town.x + rng.gauss(0, 500), town.y + rng.gauss(0, 500))
        widest = max(line.buffer_m for line in self.lines)
        for batt in by_kind["batt"]:
            lo, hi = self.sector_bounds(batt.sector)
            # The battalion camp sits back from the line behind its companies' areas.
            coy_areas = [
                a for u in by_kind.get("coy", []) if u.parent is batt for a in u.areas
            ] or batt.areas
            anchor = self.areas[coy_areas[0]].geom.centroid if coy_areas else None
            best: tuple[float, float, float] | None = None
            for attempt in range(80):
                if anchor is not None and attempt < 60:
                    angle, dist = rng.uniform(0, 2 * math.pi), rng.uniform(3000, 20_000)
                    x, y = self.clip(
                        anchor.x + dist * math.cos(angle),
                        anchor.y + dist * math.sin(angle),
                        batt.sector,
                    )
                else:
                    x, y = (
                        rng.uniform(lo + 2000, hi - 2000),
                        rng.uniform(self.y0 + 3000, self.y1 - 3000),
                    )
                clear = self.line_distance(x, y) - widest - 5000
                apart = min(
                    (math.hypot(u.x - x, u.y - y) for u in self.units if u.kind == "batt" and u.x),
                    default=1e9,
                )
                score = min(clear, apart - 4000)
                if best is None or score > best[0]:
                    best = (score, x, y)
                if score > 0:
                    break
            assert best is not None
            self.set_base(batt, best[1], best[2])
        for coy in by_kind.get("coy", []):
            spot = None
            if coy.areas:
                spot = self.point_in_sector(self.areas[coy.areas[0]].geom, coy.sector)
            if spot is None:
                spot = self.near(coy.parent, 3000, 9000, coy.sector)  # type: ignore[arg-type]
            self.set_base(coy, *spot)
        for platoon in by_kind.get("pl", []):
            company = platoon.parent
            assert company is not None
            platoon.areas = list(company.areas)
            spot = None
            for _ in range(30):
                x, y = self.near(company, 2000, 5000, platoon.sector)
                area_ok = not company.areas or shapely.contains_xy(
                    self.areas[company.areas[0]].geom, x, y
                )
                if area_ok and self.line_distance(x, y) > 300:
                    spot = (x, y)
                    break
            self.set_base(platoon, *(spot or self.near(company, 2000, 5000, platoon.sector)))
        for team in by_kind.get("milob", []):
            lines = [ln for ln in self.lines if ln.sector == team.sector] or self.lines
            line = rng.choice(lines)
            team.areas = [self.areas.index(next(a for a in self.areas if a.id == line.aos_id))]
            x, y, nx, ny = self.along(line, rng.uniform(0.1, 0.9) * line.length)
            side = rng.choice((-1, 1))
            offset = line.buffer_m + rng.uniform(800, 3000)
            self.set_base(team, x + side * offset * nx, y + side * offset * ny)

    def set_base(self, unit: _UnitPlan, x: float, y: float) -> None:
        unit.x, unit.y = self.clip(x, y, unit.sector)

    def near(self, unit: _UnitPlan, low: float, high: float, sector: int) -> tuple[float, float]:
        angle, dist = self.rng.uniform(0, 2 * math.pi), self.rng.uniform(low, high)
        return self.clip(unit.x + dist * math.cos(angle), unit.y + dist * math.sin(angle), sector)

    def point_in_sector(self, poly: Polygon, sector: int) -> tuple[float, float] | None:
        lo, hi = self.sector_bounds(sector)
        for _ in range(30):
            found = self.point_in(poly, 50)
            if found is not None and lo + 500 < found[0] < hi - 500:
                return found
        return None

    def along(self, line: _Line, s: float) -> tuple[float, float, float, float]:
        """Point at distance ``s`` along the line, and the left normal there."""
        i = min(len(line.seg) - 1, max(0, bisect_right(line.cum, s) - 1))
        ax, ay, dx, dy, nx, ny = line.seg[i]
        seg_len = line.cum[i + 1] - line.cum[i]
        t = (s - line.cum[i]) / seg_len if seg_len else 0.0
        return ax + t * dx, ay + t * dy, nx, ny

    # --- records of the static picture ------------------------------------------------------

    def unit_records(self) -> list[Record]:
        hq = f"{MISSION_SHORT} Force HQ JOC"
        return [
            Unit(
                id=u.id,
                origin=hq,
                designation=u.designation,
                short_name=u.short_name,
                nation=u.nation,
                sidc=u.sidc,
                parent_id=u.parent.id if u.parent else None,
                echelon=u.echelon,
                role=u.role,
                callsign=u.callsign,
                strength=u.strength,
            )
            for u in self.units
        ]

    def line_records(self) -> list[Record]:
        rng = self.rng
        geoms = self.wgs([line.geom for line in self.lines])
        records: list[Record] = []
        for line, geom in zip(self.lines, geoms, strict=True):
            protocol = 1 + (line.index // 3)
            signed = datetime(2025, 6, 12, tzinfo=UTC) + timedelta(days=47 * (protocol - 1))
            records.append(
                CeasefireLine(
                    id=line.id,
                    origin=f"{MISSION_SHORT} Force HQ JOC",
                    name=line.name,
                    geometry=geom,
                    line_type="ceasefire_line",
                    agreement=f"{AGREEMENT}, Protocol {protocol}, Annex A "
                    f"(map sheet {rng.randint(12, 48)}-{rng.choice('ABCD')})",
                    agreement_date=signed,
                    party_left=line.party_left,
                    party_right=line.party_right,
                    buffer_m=line.buffer_m,
                    valid_from=signed,
                )
            )
        return records

    def area_records(self) -> list[Record]:
        shq = {u.sector: u.id for u in self.units if u.kind == "shq"}
        fhq = next(u.id for u in self.units if u.kind == "fhq")
        geoms = self.wgs([a.geom for a in self.areas])
        valid_from = self.start - timedelta(days=90)
        records: list[Record] = []
        for area, geom in zip(self.areas, geoms, strict=True):
            responsible = area.responsible
            if responsible is None:
                responsible = (
                    fhq if area.area_type == "area_of_responsibility" else shq[area.sector]
                )
            extra: dict[str, Any] = {}
            if area.classified:
                nation = next(u.nation for u in self.units if u.id == responsible)
                extra = {"classification": "CONFIDENTIAL", "releasable_to": self.releasable(nation)}
            records.append(
                PatrolArea(
                    id=area.id,
                    origin=f"Sector {SECTORS[area.sector]} JOC",
                    name=area.name,
                    geometry=geom,
                    area_type=area.area_type,
                    responsible_unit_id=responsible,
                    status=area.status,
                    valid_from=valid_from,
                    valid_to=self.at(area.valid_to_days * 24) if area.valid_to_days else None,
                    **extra,
                )
            )
        return records

    # --- patrols ----------------------------------------------------------------------------

    def patrols(
        self,
    ) -> tuple[list[Record], dict[str, list[tuple[LineString, datetime, datetime]]]]:
        """Patrols of every patrolling unit; also the metric tracks their reports follow."""
        rng = self.rng
        rates = {"coy": 0.5, "pl": 0.4, "milob": 0.5, "mp": 0.3, "fpu": 0.3}
        has_coys = any(u.kind == "coy" for u in self.units)
        if not has_coys:
            rates["batt"] = 0.4
        horizon = self.sizes.days + 3  # a few planned patrols beyond "now"
        now_h = self.sizes.days * 24.0
        pending: list[dict[str, Any]] = []
        metric: list[LineString] = []
        tracks: dict[str, list[tuple[LineString, datetime, datetime]]] = {}
        for unit in self.units:
            rate = rates.get(unit.kind)
            if rate is None:
                continue
            count = min(horizon, max(1, round(rate * horizon * rng.uniform(0.8, 1.2))))
            reachable = self.reachable_areas(unit)
            for day in sorted(rng.sample(range(horizon), count)):
                night = rng.random() < 0.15
                utc_hour = rng.uniform(17, 19) if night else rng.uniform(4.5, 8.5)
                start_h = max(0.25, self.hour_of(day, utc_hour))
                kind = self.patrol_kind(unit)
                hours = {"foot": (2.5, 5.0), "joint": (3.0, 6.0)}.get(kind, (4.0, 9.0))
                duration = rng.uniform(*hours) if not night else rng.uniform(2.5, 6.0)
                planned_start = _round_minutes(self.at(start_h), 5)
                planned_end = _round_minutes(planned_start + timedelta(hours=duration), 5)
                area = self.areas[rng.choice(reachable)] if reachable else None
                actual_start = planned_start + timedelta(minutes=rng.randint(-20, 35))
                actual_h = (actual_start - self.start).total_seconds() / 3600
                real = duration * rng.uniform(0.85, 1.15)
                if actual_h > now_h:
                    status = "planned"
                elif actual_h + real > now_h:
                    status = "in_progress"
                else:
                    status = self.pick(
                        [("completed", 80), ("cancelled", 7), ("aborted", 6), ("restricted", 7)]
                    )
                info: dict[str, Any] = {
                    "unit": unit,
                    "area": area,
                    "kind": kind,
                    "status": status,
                    "night": night,
                    "planned_start": planned_start,
                    "planned_end": planned_end,
                    "actual_start": None,
                    "actual_end": None,
                    "track": None,
                }
                if status in ("completed", "aborted", "restricted", "in_progress"):
                    share = 1.0
                    if status in ("aborted", "restricted"):
                        share = rng.uniform(0.2, 0.6)
                    elif status == "in_progress":
                        share = max(0.05, (now_h - actual_h) / real)
                    actual_end = actual_start + timedelta(seconds=round(real * share * 3600))
                    info["actual_start"] = actual_start
                    if status != "in_progress":
                        info["actual_end"] = actual_end
                    track = self.track(unit, area, share)
                    info["track"] = len(metric)
                    metric.append(track)
                    tracks.setdefault(unit.id, []).append(
                        (track, actual_start, min(actual_end, self.end))
                    )
                pending.append(info)
        geoms = self.wgs(metric)
        records: list[Record] = []
        for info in pending:
            unit = info["unit"]
            area = info["area"]
            task, findings = self.patrol_text(info)
            extra: dict[str, Any] = {}
            if rng.random() < 0.05:
                extra = {
                    "classification": "CONFIDENTIAL",
                    "releasable_to": self.releasable(unit.nation),
                }
            records.append(
                Patrol(
                    id=self.new_id(),
                    origin=f"Sector {SECTORS[unit.sector]} JOC",
                    unit_id=unit.id,
                    planned_start=info["planned_start"],
                    planned_end=info["planned_end"],
                    area_id=area.id if area else None,
                    patrol_type=info["kind"],
                    task=task,
                    status=info["status"],
                    actual_start=info["actual_start"],
                    actual_end=info["actual_end"],
                    track=geoms[info["track"]] if info["track"] is not None else None,
                    findings=findings,
                    **extra,
                )
            )
        return records, tracks

    def reachable_areas(self, unit: _UnitPlan) -> list[int]:
        """The unit's areas within a day's drive of its base (at least the nearest one)."""
        if not unit.areas:
            return []

        def distance(i: int) -> float:
            centre = self.areas[i].geom.centroid
            return math.hypot(centre.x - unit.x, centre.y - unit.y)

        near = [i for i in unit.areas if distance(i) < 25_000]
        return near or [min(unit.areas, key=distance)]

    def patrol_kind(self, unit: _UnitPlan) -> str:
        if unit.kind in ("milob", "mp"):
            return "mobile"
        if unit.kind == "fpu":
            return self.pick([("mobile", 6), ("joint", 4)])
        return self.pick([(unit.patrol_type, 6), ("mobile", 2), ("foot", 2), ("joint", 1)])

    def track(self, unit: _UnitPlan, area: _Area | None, share: float) -> LineString:
        """Out from the base through a few waypoints in the area and back, road-like wobble."""
        rng = self.rng
        points = [(unit.x, unit.y)]
        for _ in range(rng.randint(2, 5)):
            spot = self.point_in(area.geom, 40) if area is not None else None
            if spot is None:
                spot = self.near(unit, 1500, 6000, unit.sector)
            points.append(spot)
        points.append((unit.x + rng.gauss(0, 30), unit.y + rng.gauss(0, 30)))
        dense: list[tuple[float, float]] = [points[0]]
        for (ax, ay), (bx, by) in pairwise(points):
            dist = math.hypot(bx - ax, by - ay)
            steps = max(2, min(12, int(dist / 700)))
            for k in range(1, steps + 1):
                t = k / steps
                wobble = rng.gauss(0, 80) if k < steps else 0.0
                dense.append((ax + t * (bx - ax) + wobble, ay + t * (by - ay) + wobble * 0.7))
        line = LineString(dense)
        if share < 0.999:
            cut = line.length * share
            line = substring(line, 0, max(cut, 50.0))
            if line.geom_type != "LineString" or len(line.coords) < 2:
                line = LineString(dense[:2])
        return line

    def patrol_text(self, info: dict[str, Any]) -> tuple[str, str]:
        rng = self.rng
        unit: _UnitPlan = info["unit"]
        area: _Area | None = info["area"]
        x, y = unit.x, unit.y
        town = self.place_town(x, y)
        where = area.name if area else f"{town} and surroundings"
        line = self.nearest_line(unit)
        task = rng.choice(
            [
                f"Area domination patrol in {where}",
                f"Monitor the Area of Separation along {line.name}",
                f"Verify reported ceasefire violation near {town}",
                f"Liaison visit to community leaders in {town}",
                f"Route reconnaissance {town} to {self.rng.choice(self.towns).name}",
                f"Escort humanitarian convoy to {town}",
                f"Night observation patrol in {where}"
                if info["night"]
                else f"Confidence-building patrol in {where}",
            ]
        )
        status = info["status"]
        if status == "completed":
            findings = rng.choice(
                [
                    "Area calm. No violations observed.",
                    f"Observed {rng.randint(2, 12)} armed personnel of {line.party_left} "
                    f"inside the area of separation near {town}; reported to Sector JOC.",
                    f"Village chief of {town} reports night-time firing from the "
                    f"{rng.choice(_COMPASS_WORDS)}; no impacts found.",
                    f"Road {town} passable; two culverts damaged by rain.",
                    f"New earth works observed on the {line.party_right} side of {line.name}.",
                    f"Met {rng.randint(20, 120)} displaced persons at {town} water point; "
                    "needs passed to humanitarian partners.",
                    "Patrol completed as planned; local population friendly.",
                ]
            )
        elif status == "cancelled":
            findings = "Cancelled: " + rng.choice(
                [
                    "heavy rain made the route impassable.",
                    "vehicles unavailable (maintenance).",
                    "force protection concerns after overnight firing.",
                    "escort re-tasked to medical evacuation.",
                ]
            )
        elif status == "aborted":
            findings = "Aborted: " + rng.choice(
                [
                    "vehicle broke down; recovered to base.",
                    f"small-arms fire heard close to the route near {town}.",
                    "suspected explosive device on the road; route closed for EOD.",
                ]
            )
        elif status == "restricted":
            party = rng.choice((NORTH, SOUTH))
            findings = (
                f"Stopped at a checkpoint manned by {party} near {town} and denied passage; "
                "returned to base. Freedom-of-movement restriction reported."
            )
        elif status == "in_progress":
            findings = "Patrol under way; last check-in normal."
        else:
            findings = ""
        return task, findings

    # --- position reports ---------------------------------------------------------------

    def positions(
        self, tracks: dict[str, list[tuple[LineString, datetime, datetime]]]
    ) -> list[Record]:
        rng = self.rng
        cap = max(15, min(60, 30_000 // max(1, len(self.units))))
        period_h = self.sizes.days * 24.0
        rows: list[tuple[str, datetime, float, float, str, float | None, float | None]] = []
        for unit in self.units:
            fixes: list[tuple[datetime, float, float, float | None, float | None]] = []
            # Every unit reports from its base at the start, so it has a current position.
            fixes.append((self.at(rng.uniform(0.2, 3.0)), unit.x, unit.y, None, 0.0))
            patrols = tracks.get(unit.id, [])
            busy_days = {int((a - self.start).total_seconds() // 86400) for _, a, _ in patrols}
            if patrols:
                for day in range(self.sizes.days):
                    if day not in busy_days and rng.random() < 0.4:
                        hour = self.hour_of(day, rng.uniform(11, 14))
                        if 0 <= hour < period_h:
                            fixes.append((self.at(hour), unit.x, unit.y, None, 0.0))
                for track, t0, t1 in patrols:
                    if t1 <= t0:
                        continue
                    shares = sorted({0.0, 1.0, *(rng.random() for _ in range(rng.randint(1, 3)))})
                    spots = shapely.line_interpolate_point(track, shares, normalized=True)
                    ahead = shapely.line_interpolate_point(
                        track, [min(1.0, s + 0.02) for s in shares], normalized=True
                    )
                    hours = (t1 - t0).total_seconds() / 3600
                    speed = track.length / 1000 / hours if hours > 0 else 0.0
                    for share, spot, nxt in zip(shares, spots, ahead, strict=True):
                        dx, dy = nxt.x - spot.x, nxt.y - spot.y
                        moving = 0.0 < share < 1.0 and (dx != 0 or dy != 0)
                        bearing = round(math.degrees(math.atan2(dx, dy)) % 360) % 360
                        fixes.append(
                            (
                                t0 + (t1 - t0) * share,
                                spot.x,
                                spot.y,
                                float(bearing) if moving else None,
                                round(speed * rng.uniform(0.5, 1.4), 1) if moving else 0.0,
                            )
                        )
            else:
                for _ in range(rng.randint(3, 8)):
                    fixes.append((self.at(rng.uniform(0, period_h)), unit.x, unit.y, None, 0.0))
            fixes.sort(key=lambda f: f[0])
            if len(fixes) > cap:
                keep = sorted(rng.sample(range(1, len(fixes)), cap - 1))
                fixes = [fixes[0]] + [fixes[i] for i in keep]
            last: datetime | None = None
            for when, x, y, course, speed in fixes:
                when = when.replace(microsecond=0)
                if last is not None and when <= last:
                    when = last + timedelta(seconds=1)
                if when > self.end:
                    break
                last = when
                voice = rng.random() < 0.15
                if voice:  # read out as a 100 m grid square: the centre of the square
                    x, y = (x // 100) * 100 + 50, (y // 100) * 100 + 50
                else:
                    x, y = x + rng.gauss(0, 8), y + rng.gauss(0, 8)
                rows.append((unit.id, when, x, y, "voice" if voice else "gps", course, speed))
        lons, lats = self.lonlat([r[2] for r in rows], [r[3] for r in rows])
        records: list[Record] = []
        for (unit_id, when, _, _, method, course, speed), lon, lat in zip(
            rows, lons, lats, strict=True
        ):
            accuracy = rng.randint(100, 500) if method == "voice" else rng.randint(4, 25)
            status = self.pick(_UNIT_STATUS)
            records.append(
                PositionReport(
                    id=self.new_id(),
                    origin=f"{MISSION_SHORT} Force HQ JOC",
                    unit_id=unit_id,
                    observed_at=when,
                    lat=lat,
                    lon=lon,
                    accuracy_m=float(accuracy),
                    course_deg=course,
                    speed_kmh=speed,
                    status=status,
                    method=method,
                )
            )
        return records

    # --- incidents ----------------------------------------------------------------------

    def hourly_weights(self) -> tuple[list[float], list[float], list[float]]:
        """Cumulative weights per hour for line, town and background incidents.

        A weekly rhythm (markets and Friday gatherings in towns, weekend lulls at the lines) and
        a daily one (firing at dusk and before dawn, unrest by day).
        """
        line_week = (1.0, 0.95, 1.0, 1.05, 1.2, 1.25, 0.75)
        town_week = (0.9, 1.0, 1.0, 1.1, 1.7, 1.2, 0.6)
        line, town, background = [], [], []
        acc_l = acc_t = acc_b = 0.0
        for h in range(self.hours):
            when = self.start + timedelta(hours=h)
            hour, day = when.hour, when.weekday()
            night = hour < 5 or hour >= 17
            acc_l += line_week[day] * (1.6 if night else 0.6)
            acc_t += town_week[day] * (1.5 if 7 <= hour <= 16 else 0.4)
            acc_b += 1.2 if 5 <= hour <= 18 else 0.8
            line.append(acc_l)
            town.append(acc_t)
            background.append(acc_b)
        return line, town, background

    def incidents(self) -> list[Record]:
        rng = self.rng
        n = self.sizes.incidents
        special = 3 if n >= 20 else 0
        line_cum, town_cum, bg_cum = self.hourly_weights()
        line_len_cum: list[float] = []
        acc = 0.0
        for line in self.lines:
            acc += line.length
            line_len_cum.append(acc)
        town_cum_w: list[float] = []
        acc = 0.0
        for town in self.towns:
            acc += town.weight
            town_cum_w.append(acc)
        spikes = []
        for centre in (0.38, 0.77) if self.sizes.days >= 7 else (0.5,):
            spike_line = self.lines[rng.randrange(len(self.lines))]
            hour = self.hours * centre + rng.uniform(-12, 12)
            spikes.append((hour, spike_line, rng.uniform(0.0, 0.6) * spike_line.length))
        drafts: list[dict[str, Any]] = []
        for _ in range(n - special):
            family = self.pick(_FAMILIES)
            if family == "line":
                drafts.append(self.line_incident(line_len_cum, line_cum, spikes))
            elif family == "town":
                drafts.append(self.town_incident(town_cum_w, town_cum))
            else:
                drafts.append(self.background_incident(bg_cum))
        for k in range(special):
            drafts.append(self.special_incident(k, town_cum))
        drafts.sort(key=lambda d: d["minute"])  # the log order; also keeps index inserts local
        return self.incident_records(drafts)

    def sample_minute(self, cum: list[float]) -> int:
        hour = min(len(cum) - 1, bisect_right(cum, self.rng.random() * cum[-1]))
        return min(hour * 60 + self.rng.randrange(60), self.hours * 60 - 3)

    def line_incident(
        self, len_cum: list[float], hour_cum: list[float], spikes: list[tuple[float, _Line, float]]
    ) -> dict[str, Any]:
        rng = self.rng
        spike = spikes[rng.randrange(len(spikes))] if rng.random() < 0.15 else None
        if spike is not None:
            centre, line, s0 = spike
            s = s0 + rng.random() * 0.3 * line.length
            hour = min(self.hours - 0.05, max(0.0, rng.gauss(centre, 14)))
            minute = min(int(hour * 60), self.hours * 60 - 3)
        else:
            line = self.lines[
                min(len(self.lines) - 1, bisect_right(len_cum, rng.random() * len_cum[-1]))
            ]
            s = rng.random() * line.length
            minute = self.sample_minute(hour_cum)
        category = self.pick(_LINE_CATEGORIES)
        px, py, nx, ny = self.along(line, s)
        side = 1 if rng.random() < 0.5 else -1  # the side the actor acts from
        buffer_m = line.buffer_m
        weapon = None
        if category in ("ceasefire_violation", "indirect_fire", "airstrike"):
            loc, dist = -side, min(25_000.0, 100 + rng.expovariate(1 / 2500))
            weapon = self.pick(_WEAPONS[category])
        elif category == "zone_violation":
            loc, dist = side, rng.uniform(0, buffer_m)
            weapon = self.pick(_WEAPONS[category])
        elif category == "line_crossing":
            loc, dist = -side, rng.uniform(0, min(buffer_m, 600.0))
            weapon = "uav" if rng.random() < 0.2 else None
        elif category == "fom_restriction":
            loc, dist = side, 300 + rng.expovariate(1 / 3000)
        elif category == "hq_base_established":
            loc, dist = side, buffer_m + 500 + rng.expovariate(1 / 3000)
        elif category == "agreement_or_meeting":
            loc, dist = side, rng.uniform(0, buffer_m)
        else:
            loc, dist = rng.choice((-1, 1)), rng.expovariate(1 / 2000)
            if category in _WEAPONS:
                weapon = self.pick(_WEAPONS[category])
        x, y = self.clip(px + loc * dist * nx, py + loc * dist * ny)
        party = line.party_left if side > 0 else line.party_right
        other = line.party_right if side > 0 else line.party_left
        if category in ("armed_clash", "agreement_or_meeting"):
            actors: tuple[str, ...] = (party, other)
        elif category in ("ied_mine_uxo", "accident_hazard"):
            actors = (ARMED_GROUP,) if rng.random() < 0.4 else ()
        elif category == "attack_on_peacekeepers":
            actors = (party,) if rng.random() < 0.6 else (ARMED_GROUP,)
        else:
            actors = (party,) if rng.random() < 0.9 else (ARMED_GROUP,)
        heading = _COMPASS_WORDS[_octant(side * nx, side * ny)]
        return {
            "family": "line",
            "category": category,
            "x": x,
            "y": y,
            "minute": minute,
            "weapon": weapon,
            "actors": actors,
            "line": line,
            "party": party,
            "other": other,
            "from": heading,
            "spike": spike is not None,
        }

    def town_incident(self, weights_cum: list[float], hour_cum: list[float]) -> dict[str, Any]:
        rng = self.rng
        i = min(len(self.towns) - 1, bisect_right(weights_cum, rng.random() * weights_cum[-1]))
        town = self.towns[i]
        x, y = self.clip(rng.gauss(town.x, town.spread), rng.gauss(town.y, town.spread))
        category = self.pick(_TOWN_CATEGORIES)
        weapon = None
        if category in _WEAPONS and rng.random() < 0.6:
            weapon = self.pick(_WEAPONS[category])
        party = rng.choice((NORTH, SOUTH))
        actors: tuple[str, ...]
        if category in ("demonstration_peaceful", "displacement"):
            actors = (RESIDENTS,)
        elif category in ("demonstration_violent", "arrest_detention"):
            actors = (RESIDENTS, POLICE)
        elif category in ("crime", "abduction", "sexual_violence", "looting_destruction"):
            actors = (ARMED_GROUP,) if rng.random() < 0.6 else (party,)
        elif category in ("attack_on_civilians", "humanitarian_access_denied"):
            actors = (rng.choice((ARMED_GROUP, party)), RESIDENTS)
        else:
            actors = (RESIDENTS,)
        return {
            "family": "town",
            "category": category,
            "x": x,
            "y": y,
            "minute": self.sample_minute(hour_cum),
            "weapon": weapon,
            "actors": actors,
            "line": None,
            "party": party,
            "other": RESIDENTS,
            "from": "",
            "spike": False,
        }

    def background_incident(self, hour_cum: list[float]) -> dict[str, Any]:
        rng = self.rng
        x = rng.uniform(self.x0 + 1000, self.x1 - 1000)
        y = rng.uniform(self.y0 + 1000, self.y1 - 1000)
        category = self.pick(_BACKGROUND_CATEGORIES)
        weapon = self.pick(_WEAPONS[category]) if category in _WEAPONS else None
        party = rng.choice((NORTH, SOUTH))
        actors: tuple[str, ...] = (
            ()
            if category == "accident_hazard"
            else ((ARMED_GROUP,) if rng.random() < 0.5 else (party,))
        )
        return {
            "family": "background",
            "category": category,
            "x": x,
            "y": y,
            "minute": self.sample_minute(hour_cum),
            "weapon": weapon,
            "actors": actors,
            "line": None,
            "party": party,
            "other": RESIDENTS,
            "from": "",
            "spike": False,
        }

    def special_incident(self, k: int, hour_cum: list[float]) -> dict[str, Any]:
        """Reports quoting residents verbatim, markup and all: the app must escape them."""
        town = self.towns[k % len(self.towns)]
        x, y = self.clip(town.x + self.rng.gauss(0, 300), town.y + self.rng.gauss(0, 300))
        category = ("demonstration_peaceful", "demonstration_peaceful", "mob_violence")[k]
        return {
            "family": "special",
            "category": category,
            "x": x,
            "y": y,
            "minute": self.sample_minute(hour_cum),
            "weapon": None,
            "actors": (RESIDENTS,),
            "line": None,
            "party": NORTH,
            "other": RESIDENTS,
            "from": "",
            "spike": False,
            "special": k,
            "town": town.name,
        }

    def incident_records(self, drafts: list[dict[str, Any]]) -> list[Record]:
        rng = self.rng
        if not drafts:
            return []
        xy = np.array([(d["x"], d["y"]) for d in drafts])
        # Nearest town and nearest field unit, vectorised.
        town_xy = np.array([(t.x, t.y) for t in self.towns])
        field_units = [
            u for u in self.units if u.kind in ("batt", "coy", "pl", "milob", "mp", "fpu")
        ]
        unit_xy = np.array([(u.x, u.y) for u in field_units])
        points = shapely.points(xy)
        nearest_town = _nearest(points, town_xy)
        nearest_unit = _nearest(points, unit_xy)
        # The area each incident lies in (areas of separation first, then patrol areas).
        lookup = [a for a in self.areas if a.area_type in ("area_of_separation", "patrol_area")]
        area_of: dict[int, int] = {}
        if lookup:
            tree = shapely.STRtree([a.geom for a in lookup])
            pairs = tree.query(points, predicate="within")
            for point_index, area_index in zip(pairs[0].tolist(), pairs[1].tolist(), strict=True):
                if point_index not in area_of or area_index < area_of[point_index]:
                    area_of[point_index] = area_index
        lons, lats = self.lonlat(xy[:, 0], xy[:, 1])
        sector_hqs = {u.sector: u for u in self.units if u.kind == "shq"}
        recent = self.hours * 60 - 48 * 60
        records: list[Record] = []
        for i, draft in enumerate(drafts):
            category = draft["category"]
            family = draft["family"]
            town = self.towns[int(nearest_town[i])]
            source = self.pick(_SOURCES[family if family != "special" else "town"])
            if source in ("media", "humanitarian", "party_liaison"):
                reporter = sector_hqs[self.sector_of(draft["x"])]
            else:
                reporter = field_units[int(nearest_unit[i])]
            reliability = self.pick(_RELIABILITY[source])
            credibility = self.pick(_CREDIBILITY[reliability])
            severity = self.pick(_SEVERITY)
            if category in ("demonstration_peaceful", "agreement_or_meeting", "accident_hazard"):
                severity = min(severity, 2)
            elif category in ("indirect_fire", "armed_clash", "airstrike", "attack_on_civilians"):
                severity = min(5, severity + 1)
            if draft["spike"]:
                severity = min(5, severity + 1)
            fatalities = civilian = peacekeeper = injured = 0
            if severity >= 3 and category in _LETHAL:
                if rng.random() < {3: 0.12, 4: 0.45, 5: 0.9}[severity]:
                    fatalities = 1 + int(rng.expovariate(1 / (severity - 2)))
                    if family == "town" or category == "attack_on_civilians":
                        civilian = fatalities
                    else:
                        civilian = sum(rng.random() < 0.3 for _ in range(fatalities))
                    if category == "attack_on_peacekeepers":
                        peacekeeper = fatalities - civilian
                if rng.random() < 0.5:
                    injured = 1 + int(rng.expovariate(1 / severity))
            elif severity >= 2 and category in _LETHAL and rng.random() < 0.15:
                injured = 1 + int(rng.expovariate(1 / 2))
            minute = draft["minute"]
            occurred = self.start + timedelta(minutes=minute)
            occurred_end = None
            if rng.random() < 0.4 or category.startswith("demonstration"):
                span = rng.uniform(60, 300) if category.startswith("demo") else rng.uniform(5, 180)
                occurred_end = min(self.end, occurred + timedelta(minutes=round(span)))
            delay = timedelta(minutes=round(rng.lognormvariate(math.log(45), 1.0)) + 5)
            reported = min(self.end, (occurred_end or occurred) + delay)
            status = self.pick(_RECENT_STATUS if minute >= recent else _STATUS)
            precision = self.pick(_PRECISION[source])
            text = self.incident_text(draft, town, reporter, occurred, status)
            title, description = text
            casualty_text = _casualty_sentence(fatalities, civilian, peacekeeper, injured)
            description = f"{description} {casualty_text}"
            extra: dict[str, Any] = {}
            if category == "sexual_violence":
                extra = {"classification": "STRICTLY CONFIDENTIAL", "releasable_to": ("UN",)}
            elif rng.random() < 0.08:
                extra = {
                    "classification": "CONFIDENTIAL",
                    "releasable_to": self.releasable(reporter.nation),
                }
            line: _Line | None = draft["line"]
            area_index = area_of.get(i)
            records.append(
                Incident(
                    id=self.new_id(),
                    origin=f"Sector {SECTORS[reporter.sector]} JOC",
                    title=title,
                    category=category,
                    occurred_start=occurred,
                    occurred_end=occurred_end,
                    reported_at=reported,
                    lat=lats[i],
                    lon=lons[i],
                    precision_m=float(precision),
                    weapon_class=draft["weapon"],
                    severity=severity,
                    fatalities=fatalities,
                    fatalities_civilian=civilian,
                    fatalities_peacekeeper=peacekeeper,
                    injured=injured,
                    actors=draft["actors"],
                    description=description,
                    reporting_unit_id=reporter.id,
                    source_kind=source,
                    source_reliability=reliability,
                    info_credibility=credibility,
                    status=status,
                    line_id=line.id if line else None,
                    area_id=lookup[area_index].id if area_index is not None else None,
                    **extra,
                )
            )
        return records

    def incident_text(
        self, draft: dict[str, Any], town: _Town, reporter: _UnitPlan, when: datetime, status: str
    ) -> tuple[str, str]:
        rng = self.rng
        category = draft["category"]
        weapon = draft["weapon"] or "unknown"
        line: _Line | None = draft["line"]
        count = 1 + int(rng.expovariate(1 / 4))
        values = {
            "place": _place_text(town, draft["x"], draft["y"]),
            "town": town.name,
            "line": line.name if line else "the ceasefire line",
            "party": draft["actors"][0] if draft["actors"] else "unknown persons",
            "other": draft["other"],
            "weapon": _WEAPON_TEXT[weapon],
            "Weapon": _WEAPON_TITLE[weapon],
            "rounds": _ROUNDS.get(weapon, "rounds") if count > 1 else _ROUND.get(weapon, "round"),
            "count": count,
            "crowd": 10 * (3 + int(rng.random() * 58)),
            "unit": reporter.short_name,
            "hhmm": f"{when.hour:02d}{when.minute:02d}Z",
            "from": draft["from"] or rng.choice(_COMPASS_WORDS),
        }
        if draft.get("special") is not None:
            title, description = _SPECIAL[draft["special"]]
            return title.format(**values), description.format(**values)
        titles, openings = _TEXTS[category]
        k = rng.randrange(len(titles))
        title = titles[k].format(**values)
        # Where title and story come in matching pairs, keep them together.
        paired = len(titles) == len(openings) and category in _PAIRED
        opening = (openings[k] if paired else rng.choice(openings)).format(**values)
        closing = rng.choice(_CLOSINGS[status]).format(**values)
        return title, f"{opening} {closing}"


# --- text and distributions ---------------------------------------------------------------------


def _nearest(points: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Index of the nearest target for every point (the first one on a tie, so repeatable)."""
    tree = shapely.STRtree(shapely.points(targets))
    pairs = tree.query_nearest(points, all_matches=True)
    best = np.full(len(points), len(targets), dtype=np.int64)
    np.minimum.at(best, pairs[0], pairs[1])
    return best


def _letter(index: int) -> str:
    word = PHONETIC[index % len(PHONETIC)]
    return word if index < len(PHONETIC) else f"{word} {index // len(PHONETIC) + 1}"


def _octant(dx: float, dy: float) -> int:
    return round(math.degrees(math.atan2(dx, dy)) / 45) % 8


def _place_text(town: _Town, x: float, y: float) -> str:
    dx, dy = x - town.x, y - town.y
    km = math.hypot(dx, dy) / 1000
    if km < 1.0:
        return f"in {town.name}"
    return f"{km:.0f} km {_COMPASS[_octant(dx, dy)]} of {town.name}"


def _round_minutes(when: datetime, step: int) -> datetime:
    minutes = (when.hour * 60 + when.minute + step // 2) // step * step
    return when.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(minutes=minutes)


def _casualty_sentence(fatalities: int, civilian: int, peacekeeper: int, injured: int) -> str:
    if not fatalities and not injured:
        return "No casualties reported."
    parts = []
    if fatalities:
        detail = []
        if civilian:
            detail.append(f"{civilian} civilian")
        if peacekeeper:
            detail.append(f"{peacekeeper} peacekeeper")
        parts.append(f"{fatalities} killed" + (f" ({', '.join(detail)})" if detail else ""))
    if injured:
        parts.append(f"{injured} injured")
    return "Casualties: " + " and ".join(parts) + "."


_LINE_CATEGORIES = _Table(
    (
        ("ceasefire_violation", 30),
        ("indirect_fire", 14),
        ("line_crossing", 11),
        ("zone_violation", 14),
        ("armed_clash", 6),
        ("fom_restriction", 8),
        ("ied_mine_uxo", 5),
        ("hq_base_established", 3),
        ("attack_on_peacekeepers", 2),
        ("airstrike", 1.5),
        ("territory_change", 0.5),
        ("agreement_or_meeting", 2),
        ("accident_hazard", 2),
    )
)
_TOWN_CATEGORIES = _Table(
    (
        ("demonstration_peaceful", 22),
        ("demonstration_violent", 8),
        ("crime", 20),
        ("displacement", 8),
        ("attack_on_civilians", 9),
        ("mob_violence", 5),
        ("looting_destruction", 6),
        ("arrest_detention", 6),
        ("abduction", 4),
        ("sexual_violence", 2),
        ("humanitarian_access_denied", 4),
        ("agreement_or_meeting", 3),
        ("accident_hazard", 3),
    )
)
_BACKGROUND_CATEGORIES = _Table(
    (
        ("accident_hazard", 25),
        ("crime", 20),
        ("ied_mine_uxo", 15),
        ("displacement", 10),
        ("humanitarian_access_denied", 10),
        ("fom_restriction", 10),
        ("hq_base_established", 5),
        ("armed_clash", 5),
    )
)
_WEAPONS = _tables({
    "ceasefire_violation": (
        ("small_arms", 50), ("heavy_machine_gun", 20), ("mortar", 10), ("anti_tank", 4),
        ("tank", 2), ("artillery", 3), ("explosive_device", 3), ("unknown", 8),
    ),
    "indirect_fire": (("mortar", 50), ("artillery", 25), ("rocket", 20), ("unknown", 5)),
    "airstrike": (("uav", 80), ("aircraft", 20)),
    "zone_violation": (("small_arms", 40), ("heavy_machine_gun", 25), ("tank", 10),
                       ("anti_tank", 10), ("air_defence", 5), ("unknown", 10)),
    "armed_clash": (("small_arms", 60), ("heavy_machine_gun", 25), ("anti_tank", 5),
                    ("unknown", 10)),
    "attack_on_peacekeepers": (("small_arms", 70), ("explosive_device", 15), ("unknown", 15)),
    "ied_mine_uxo": (("explosive_device", 100),),
    "attack_on_civilians": (("small_arms", 80), ("unknown", 20)),
    "crime": (("small_arms", 100),),
})  # fmt: skip
_LETHAL = frozenset(
    {
        "ceasefire_violation", "indirect_fire", "airstrike", "armed_clash", "ied_mine_uxo",
        "attack_on_peacekeepers", "attack_on_civilians", "demonstration_violent",
        "mob_violence", "crime", "accident_hazard",
    }
)  # fmt: skip
_FAMILIES = _Table((("line", 64), ("town", 26), ("background", 10)))
_UNIT_STATUS = _Table((("operational", 94), ("limited", 5), ("non_operational", 1)))
_RECENT_STATUS = _Table((("reported", 70), ("confirmed", 25), ("disputed", 5)))
_SEVERITY = _Table(((1, 38), (2, 34), (3, 18), (4, 8), (5, 2)))
_STATUS = _Table(
    (("confirmed", 50), ("reported", 22), ("closed", 18), ("disputed", 7), ("rejected", 3))
)
_SOURCES = _tables({
    "line": (
        ("observation_post", 35), ("patrol", 35), ("sensor", 8), ("party_liaison", 10),
        ("local_population", 7), ("media", 3), ("partner_unit", 2),
    ),
    "town": (
        ("local_population", 30), ("patrol", 25), ("humanitarian", 15), ("media", 12),
        ("party_liaison", 5), ("partner_unit", 5), ("other", 3), ("observation_post", 5),
    ),
    "background": (
        ("patrol", 40), ("local_population", 25), ("humanitarian", 15), ("media", 10),
        ("partner_unit", 10),
    ),
})  # fmt: skip
_OWN = (("A", 20), ("B", 55), ("C", 20), ("F", 5))
_RELIABILITY = _tables(
    {
        "patrol": _OWN,
        "observation_post": _OWN,
        "sensor": _OWN,
        "partner_unit": (("A", 20), ("B", 50), ("C", 25), ("F", 5)),
        "local_population": (("B", 10), ("C", 35), ("D", 25), ("E", 10), ("F", 20)),
        "media": (("C", 30), ("D", 35), ("E", 15), ("F", 20)),
        "humanitarian": (("B", 40), ("C", 40), ("F", 20)),
        "party_liaison": (("C", 30), ("D", 40), ("E", 20), ("F", 10)),
        "other": (("F", 100),),
    }
)
_CREDIBILITY = _tables(
    {
        "A": ((1, 70), (2, 30)),
        "B": ((1, 30), (2, 50), (3, 20)),
        "C": ((2, 35), (3, 45), (4, 20)),
        "D": ((3, 40), (4, 40), (5, 20)),
        "E": ((4, 50), (5, 50)),
        "F": ((6, 60), (3, 25), (4, 15)),
    }
)
_PRECISION = _tables(
    {
        "patrol": ((50, 40), (100, 40), (250, 20)),
        "observation_post": ((100, 30), (250, 40), (500, 30)),
        "sensor": ((100, 50), (250, 50)),
        "partner_unit": ((100, 50), (500, 50)),
        "local_population": ((500, 30), (1000, 40), (3000, 30)),
        "media": ((1000, 40), (5000, 60)),
        "humanitarian": ((250, 30), (1000, 70)),
        "party_liaison": ((500, 50), (2000, 50)),
        "other": ((1000, 100),),
    }
)

#: Categories whose title and description templates correspond one to one.
_PAIRED = frozenset({"crime", "accident_hazard", "looting_destruction"})

_CLOSINGS = {
    "reported": (
        "Verification is ongoing.",
        "Awaiting confirmation from a second source.",
        "Sector JOC has tasked a verification patrol.",
    ),
    "confirmed": (
        "Confirmed by a second observation post.",
        "Verified on site by {unit}.",
        "Confirmed; the parties were informed through the liaison channel.",
    ),
    "disputed": (
        "{party} liaison officer denies involvement.",
        "Accounts from the two parties differ; under review.",
    ),
    "closed": ("Investigation closed; no further action.", "Closed after a liaison meeting."),
    "rejected": ("Report assessed as unfounded after a verification patrol.",),
}

_TEXTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ceasefire_violation": (
        (
            "{Weapon} fire across {line} {place}",
            "{Weapon} fire from {party} positions {place}",
            "Ceasefire violation: {count} {rounds} of {weapon} fire {place}",
            "{Weapon} fire heard by {unit} {place}",
        ),
        (
            "{unit} observed {count} {rounds} of {weapon} fire coming from the {from} at {hhmm}.",
            "At {hhmm} {unit} heard {count} {rounds} of {weapon} fire; the fire came from "
            "{party} positions and crossed {line}.",
            "Observation post reported {weapon} fire towards {other} positions {place}.",
        ),
    ),
    "indirect_fire": (
        (
            "{Weapon} impacts {place}",
            "Indirect fire: {count} {weapon} {rounds} {place}",
            "{Weapon} fire across {line} {place}",
        ),
        (
            "{count} {weapon} {rounds} impacted {place} at {hhmm}; point of origin assessed to the "
            "{from}, in the {party} area.",
            "{unit} recorded {count} outgoing {weapon} {rounds} from the {from} and impacts on the "
            "{other} side of {line}.",
        ),
    ),
    "airstrike": (
        ("{Weapon} strike {place}", "{Weapon} overflight and strike near {line}"),
        (
            "A {weapon} was seen coming from the {from} at {hhmm} before an explosion {place}.",
            "{unit} observed a {weapon} crossing {line} and a strike {place}.",
        ),
    ),
    "zone_violation": (
        (
            "Armed personnel in the Area of Separation {place}",
            "{Weapon} weapon inside the buffer zone {place}",
            "{party} position inside the Area of Separation",
        ),
        (
            "{unit} observed {count} armed personnel of {party} with a {weapon} weapon inside the "
            "Area of Separation of {line} at {hhmm}.",
            "Patrol found a new {party} position with {weapon} weapons in the buffer zone {place}.",
        ),
    ),
    "line_crossing": (
        (
            "Crossing of {line} {place}",
            "{party} personnel crossed {line}",
            "Line crossing reported {place}",
        ),
        (
            "At {hhmm} {unit} saw {count} persons in uniform cross {line} from the {from} and "
            "return after about 20 minutes.",
            "A vehicle of {party} crossed {line} {place} and was turned back by {unit}.",
        ),
    ),
    "armed_clash": (
        ("Exchange of fire between the parties {place}", "Armed clash {place}"),
        (
            "{party} and {other} exchanged {weapon} fire for about {count}0 minutes {place}.",
            "{unit} reported a firefight involving {party} and {other} from {hhmm}.",
        ),
    ),
    "fom_restriction": (
        ("Patrol stopped at a checkpoint {place}", "Freedom of movement denied {place}"),
        (
            "{unit} was stopped at a {party} checkpoint {place} at {hhmm} and denied passage.",
            "{party} personnel blocked the road {place}; the patrol returned to base.",
        ),
    ),
    "ied_mine_uxo": (
        ("Suspected explosive device {place}", "UXO found {place}", "Mine incident {place}"),
        (
            "Residents reported an unexploded item {place}; the area was cordoned off.",
            "{unit} found a suspected explosive device on the road {place}; EOD tasked.",
        ),
    ),
    "hq_base_established": (
        ("New position established {place}", "{party} base reported {place}"),
        (
            "{unit} observed new earth works and a flag of {party} {place}.",
            "Construction of a fortified position by {party} observed {place}.",
        ),
    ),
    "attack_on_peacekeepers": (
        ("Shots fired towards {unit} {place}", "Weapons pointed at peacekeepers {place}"),
        (
            "At {hhmm} {unit} came under {weapon} fire {place}; the patrol withdrew.",
            "Personnel of {party} pointed weapons at {unit} {place}.",
        ),
    ),
    "territory_change": (
        ("{party} took over a position {place}",),
        ("{party} moved into a position previously held by {other} {place}.",),
    ),
    "agreement_or_meeting": (
        ("Liaison meeting {place}", "Local agreement reached in {town}"),
        (
            "Representatives of {party} and {other} met {place} under mission facilitation.",
            "Community leaders of {town} agreed on market access across {line}.",
        ),
    ),
    "accident_hazard": (
        ("Road accident {place}", "Bush fire {place}", "Flooded road {place}"),
        (
            "A truck overturned {place}; {unit} assisted.",
            "A bush fire spread {place}; no threat to mission premises.",
            "Heavy rain flooded the road {place}; route closed.",
        ),
    ),
    "demonstration_peaceful": (
        ("Peaceful demonstration in {town}", "Residents protest in {town}"),
        (
            "About {crowd} residents gathered {place} to protest the lack of water and services.",
            "Some {crowd} people marched peacefully {place} and dispersed by noon.",
        ),
    ),
    "demonstration_violent": (
        ("Violent demonstration in {town}", "Protesters clash with police in {town}"),
        (
            "About {crowd} protesters threw stones at the district office {place}; "
            "police used tear gas.",
            "A demonstration {place} turned violent; tyres were burned on the main road.",
        ),
    ),
    "mob_violence": (
        ("Mob violence in {town}",),
        ("A crowd attacked a suspected thief {place} before police intervened.",),
    ),
    "looting_destruction": (
        ("Shops looted in {town}", "Property destroyed {place}"),
        (
            "Armed men looted {count} shops {place} during the night.",
            "Houses were burned {place}; residents fled to {town}.",
        ),
    ),
    "arrest_detention": (
        ("Arrests in {town}",),
        ("Local police arrested {count} persons {place} after a dispute.",),
    ),
    "abduction": (
        ("Abduction reported {place}",),
        ("Residents report that {count} persons were taken by armed men {place}.",),
    ),
    "sexual_violence": (
        ("Sexual violence reported {place}",),
        ("A case of sexual violence was reported to the protection team {place}.",),
    ),
    "attack_on_civilians": (
        ("Civilians attacked {place}", "Armed men fire on villagers {place}"),
        (
            "Armed men fired on residents {place} at {hhmm}.",
            "{unit} received reports of an attack on a farming village {place}.",
        ),
    ),
    "crime": (
        ("Armed robbery {place}", "Cattle theft {place}", "Burglary in {town}"),
        (
            "Armed men robbed travellers on the road {place}.",
            "Residents report {count}0 head of cattle stolen {place}.",
            "A shop was broken into {place} overnight.",
        ),
    ),
    "displacement": (
        ("Displaced families arrive in {town}", "Population movement {place}"),
        (
            "About {crowd} displaced persons arrived {place}, citing insecurity to the {from}.",
            "Families are leaving villages {place} with livestock.",
        ),
    ),
    "humanitarian_access_denied": (
        ("Humanitarian convoy blocked {place}",),
        (
            "A humanitarian convoy was turned back at a checkpoint {place}; "
            "access to {town} is blocked.",
        ),
    ),
}

_SPECIAL = (
    (
        'Protest banner "<Justice & Water>" carried through {town} market',
        "About 250 residents marched from the market to the district office carrying a banner "
        'reading "<Justice & Water>". One resident told the patrol: "We were promised a borehole '
        '& pumps <b>two years ago</b> and we are still waiting." The crowd dispersed at {hhmm}.',
    ),
    (
        'Call to rally in {town} spread by SMS: "<script>alert(1)</script> & come at 10:00"',
        "A shopkeeper showed the patrol a text message calling residents to the square; it began "
        "with the characters <script>alert(1)</script>, apparently pasted from a web page. "
        "Residents say the rally is about water & school fees; about 60 people gathered.",
    ),
    (
        'Residents\' "peace & reconciliation" meeting in {town} disrupted by youths',
        'Youths threw stones at the meeting hall & shouted "<b>No talks</b> without our land!". '
        'The organiser told {unit}: "We won\'t let <i>anyone</i> stop the dialogue."',
    ),
)
