"""ACLED-format exports made up for the tests: ACLED's terms forbid redistributing its data.

The files reproduce real exports' columns and quirks: the current codebook (2019 on, 31
columns, every event and sub-event type), the pre-2019 codebook (event types only, ``ally``
actors, upper-case column names of the version 7 files), a leading unnamed index column as
pandas writes it, dates as ACLED writes them and as spreadsheets re-save them, notes with line
breaks, quotes and commas, and actors lists joined with "; ".
"""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path

CURRENT_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
PRE_2019_COLUMNS = (
    "GWNO", "EVENT_ID_CNTY", "EVENT_ID_NO_CNTY", "EVENT_DATE", "YEAR", "TIME_PRECISION",
    "EVENT_TYPE", "ACTOR1", "ALLY_ACTOR_1", "INTER1", "ACTOR2", "ALLY_ACTOR_2", "INTER2",
    "INTERACTION", "COUNTRY", "ADMIN1", "ADMIN2", "ADMIN3", "LOCATION", "LATITUDE", "LONGITUDE",
    "GEO_PRECISION", "SOURCE", "NOTES", "FATALITIES",
)  # fmt: skip

#: (event type, sub-event type) of the current codebook, and the category each must become.
CURRENT_TYPES = {
    ("Battles", "Armed clash"): "armed_clash",
    ("Battles", "Government regains territory"): "territory_regained",
    ("Battles", "Non-state actor overtakes territory"): "territory_overtaken",
    ("Explosions/Remote violence", "Chemical weapon"): "chemical_weapon",
    ("Explosions/Remote violence", "Air/drone strike"): "airstrike",
    ("Explosions/Remote violence", "Suicide bomb"): "suicide_bomb",
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"): "indirect_fire",
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"): "ied_mine_uxo",
    ("Explosions/Remote violence", "Grenade"): "grenade",
    ("Violence against civilians", "Sexual violence"): "sexual_violence",
    ("Violence against civilians", "Attack"): "attack_on_civilians",
    ("Violence against civilians", "Abduction/forced disappearance"): "abduction",
    ("Protests", "Peaceful protest"): "demonstration_peaceful",
    ("Protests", "Protest with intervention"): "protest_with_intervention",
    ("Protests", "Excessive force against protesters"): "excessive_force_protesters",
    ("Riots", "Violent demonstration"): "demonstration_violent",
    ("Riots", "Mob violence"): "mob_violence",
    ("Strategic developments", "Agreement"): "agreement_or_meeting",
    ("Strategic developments", "Arrests"): "arrest_detention",
    ("Strategic developments", "Change to group/activity"): "group_change",
    ("Strategic developments", "Disrupted weapons use"): "disrupted_weapons_use",
    ("Strategic developments", "Headquarters or base established"): "hq_base_established",
    ("Strategic developments", "Looting/property destruction"): "looting_destruction",
    ("Strategic developments", "Non-violent transfer of territory"): "territory_change",
    ("Strategic developments", "Other"): "strategic_other",
}
#: Event types of the pre-2019 codebook, and the category each must become.
PRE_2019_TYPES = {
    "Battle-No change of territory": "armed_clash",
    "Battle-Government regains territory": "territory_regained",
    "Battle-Non-state actor overtakes territory": "territory_overtaken",
    "Headquarters or base established": "hq_base_established",
    "Non-violent transfer of territory": "territory_change",
    "Riots/Protests": "riots_protests",
    "Remote violence": "remote_violence",
    "Violence against civilians": "violence_against_civilians",
    "Strategic development": "strategic_development",
}

ACTORS = (
    "Military Forces of Sudan (2019-)", "Rapid Support Forces", "Civilians (Sudan)",
    "Protesters (Sudan)", "Unidentified Armed Group (Sudan)", "Police Forces of Sudan (2019-)",
)  # fmt: skip
PLACES = (("Omdurman", 15.6445, 32.4777), ("El Fasher", 13.6279, 25.3494),
          ("Nyala", 12.0489, 24.8807), ("Kadugli", 11.0106, 29.7182))  # fmt: skip


def date_text(day: date, style: int) -> str:
    """A date as ACLED exports write it (ISO, "09 May 2020") or a spreadsheet re-saves it."""
    return (
        day.isoformat(),
        day.strftime("%d %B %Y"),
        f"{day.day}-{day.strftime('%b')}-{day.strftime('%y')}",
        day.strftime("%d/%m/%Y"),
    )[style % 4]


def _notes(rng: random.Random, n: int) -> str:
    base = f'On {n % 28 + 1} May, clashes near the "market", 3 km east; sources differ.'
    if rng.random() < 0.3:
        return base + "\nA second paragraph, after a line break.\r\nAnd a third."
    return base


def write_current(
    path: Path, count: int, *, seed: int = 7, index_column: bool = True
) -> list[dict]:
    """An export of the current codebook; returns the rows as written."""
    rng = random.Random(seed)
    types = list(CURRENT_TYPES)
    rows = []
    start = date(2019, 1, 1)
    for n in range(count):
        event, sub = types[n % len(types)]
        place, lat, lon = PLACES[n % len(PLACES)]
        day = start + timedelta(days=n % 1800)
        actor2 = ACTORS[(n + 2) % len(ACTORS)] if n % 3 else ""
        rows.append({
            "event_id_cnty": f"SDN{10000 + n}", "event_date": date_text(day, n),
            "year": str(day.year), "time_precision": str(1 + n % 3),
            "disorder_type": "Political violence", "event_type": event, "sub_event_type": sub,
            "actor1": ACTORS[n % len(ACTORS)],
            "assoc_actor_1": "Misseriya Ethnic Militia (Sudan); Hamar Ethnic Group (Sudan)"
            if n % 5 == 0 else "",
            "inter1": "1", "actor2": actor2, "assoc_actor_2": "", "inter2": "3" if actor2 else "",
            "interaction": "13" if actor2 else "10", "civilian_targeting": "",
            "iso": "729", "region": "Northern Africa", "country": "Sudan", "admin1": "Khartoum",
            "admin2": "", "admin3": "", "location": place,
            "latitude": f"{lat + (n % 50) / 1000:.4f}", "longitude": f"{lon:.4f}",
            "geo_precision": str(1 + n % 3), "source": "Radio Dabanga; Sudan Tribune",
            "source_scale": "National", "notes": _notes(rng, n), "fatalities": str(n % 4),
            "tags": "", "timestamp": "1618529706",
        })  # fmt: skip
    _write(path, CURRENT_COLUMNS, rows, index_column)
    return rows


def write_pre_2019(path: Path, count: int, *, index_column: bool = False) -> list[dict]:
    """An export of the pre-2019 codebook (version 7 column names); returns the rows."""
    types = list(PRE_2019_TYPES)
    rows = []
    start = date(2012, 1, 1)
    for n in range(count):
        place, lat, lon = PLACES[n % len(PLACES)]
        day = start + timedelta(days=n % 2000)
        rows.append({
            "GWNO": "625", "EVENT_ID_CNTY": f"SUD{2000 + n}", "EVENT_ID_NO_CNTY": str(2000 + n),
            "EVENT_DATE": date_text(day, n + 1), "YEAR": str(day.year),
            "TIME_PRECISION": str(1 + n % 3), "EVENT_TYPE": types[n % len(types)],
            "ACTOR1": ACTORS[n % len(ACTORS)], "ALLY_ACTOR_1": "", "INTER1": "2",
            "ACTOR2": ACTORS[(n + 1) % len(ACTORS)], "ALLY_ACTOR_2": "", "INTER2": "7",
            "INTERACTION": "27", "COUNTRY": "Sudan", "ADMIN1": "North Darfur", "ADMIN2": "",
            "ADMIN3": "", "LOCATION": place, "LATITUDE": f"{lat:.4f}", "LONGITUDE": f"{lon:.4f}",
            "GEO_PRECISION": str(1 + n % 3), "SOURCE": "Agence France Presse",
            "NOTES": f"Event {n}, as reported.", "FATALITIES": str(n % 7),
        })  # fmt: skip
    _write(path, PRE_2019_COLUMNS, rows, index_column)
    return rows


def _write(path: Path, columns: tuple[str, ...], rows: list[dict], index_column: bool) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("", *columns) if index_column else columns)
        for n, row in enumerate(rows):
            values = [row[c] for c in columns]
            writer.writerow((str(n), *values) if index_column else values)
