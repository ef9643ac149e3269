"""``bluehelmet places find TEXT``: where a place name, MGRS, decimal degrees or DMS is.

Names come from the offline GeoNames gazetteer (indexed into the data folder at first use) and,
when the mission database exists, from the mission's own named places. Only reads: never
creates a database.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.errors import ValidationError
from app.i18n import translate


def _lat_lon(text: str) -> tuple[float, float]:
    from app.domain.coords import parse_coordinate

    try:
        return parse_coordinate(text, "--near")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.problem) from None


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``places`` commands."""
    places = sub.add_parser(
        "places",
        help="find where a place name, MGRS, decimal degrees or DMS is",
        description="The gazetteer: world towns of 1,000+ people (GeoNames, CC BY 4.0, offline) "
        "and the mission's own named places.",
    )
    actions = places.add_subparsers(dest="places_command", metavar="ACTION", required=True)
    find = actions.add_parser(
        "find",
        help="list the places TEXT may mean, best first",
        description="Accepts a place name (accents and case do not matter), MGRS, decimal "
        "degrees or DMS. Places named exactly TEXT are all listed, ranked by population, then "
        "by distance to --near (default: the centre of the mission's area); then places "
        "known by that name as an alternate, then names beginning with TEXT.",
    )
    find.add_argument("text", metavar="TEXT", help="a place name or a position")
    find.add_argument(
        "--near",
        type=_lat_lon,
        metavar="LAT,LON",
        help="rank places of equal population by distance to this point (any position notation)",
    )
    find.add_argument("--json", action="store_true", help="print the matches as a JSON list")
    find.set_defaults(handler=cmd_places_find)


def cmd_places_find(args: argparse.Namespace) -> int:
    from app.cli.common import db_target
    from app.places import find_places
    from app.places.mission import mission_places
    from app.places.world import WorldGazetteer

    providers: list[Any] = [WorldGazetteer()]
    near = args.near
    target = db_target(args)
    if isinstance(target, str) or target.exists():
        from app.picture import mission_bounds
        from app.store import open_mission

        with open_mission(target, readonly=True) as opened:
            store: Any = opened  # either engine: the store contract
            providers.insert(0, mission_places(store))
            if near is None and store.stats().get("incidents", 0) + len(store.units()) > 0:
                (south, west), (north, east) = mission_bounds(store)
                near = ((south + north) / 2, (west + east) / 2)
    matches = find_places(args.text, providers, near=near)
    rows = [_row(m) for m in matches]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print(
            translate("Cli", "No place called {text} in the gazetteer or the mission.").format(
                text=repr(args.text)
            )
        )
        return 1
    for row in rows:
        where = f"{row['lat']:.5f}, {row['lon']:.5f}  {row['mgrs']}"
        extra = [row["match"]]
        if row["population"]:
            extra.append(f"pop. {row['population']:,}")
        if row["distance_km"] is not None:
            extra.append(f"{row['distance_km']:,.0f} km away")
        if row["fictional"]:
            extra.append("FICTIONAL")
        title = ", ".join(p for p in (row["name"], row["country"]) if p)
        print(f"{title:<40}  {where}  ({'; '.join(extra)})")
    return 0


def _row(found: Any) -> dict[str, Any]:
    from app.domain.coords import to_mgrs

    place = found.place
    return {
        "name": place.name,
        "country": place.country,
        "lat": round(place.lat, 6),
        "lon": round(place.lon, 6),
        "mgrs": to_mgrs(place.lat, place.lon),
        "population": place.population,
        "kind": place.kind,
        "source": place.source,
        "fictional": place.fictional,
        "match": found.match.label,
        "distance_km": None if found.distance_km is None else round(found.distance_km, 1),
    }
