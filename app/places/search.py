"""Finding a location from what an officer types: a place name, MGRS, decimal degrees or DMS.

Coordinates are read first (``app.domain.coords``); anything else is a name, looked up in every
provider accent- and case-insensitively. Matches are ranked: coordinates, then places whose own
name matches, then places known by that name as an alternate (so "Gao" is not Guantánamo), then
names that only begin with the text. Within each kind the mission's own places come first, then
larger population, then nearer to the reference point (``--near`` or the mission's area).
Every exact match is listed. Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.domain.coords import format_dd, parse_coordinate
from app.errors import ValidationError
from app.i18n import translate
from app.places.model import Match, Place, PlaceMatch, PlaceProvider
from app.places.text import fold

EARTH_RADIUS_KM = 6371.0088


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def find_places(
    text: str,
    providers: Sequence[PlaceProvider],
    *,
    near: tuple[float, float] | None = None,
    prefix_limit: int = 10,
) -> list[PlaceMatch]:
    """Every place ``text`` may mean, best first (see the module docstring for the order)."""
    stripped = text.strip() if isinstance(text, str) else ""
    if not stripped:
        raise ValidationError(
            "place", translate("Places", "type a place name, MGRS, decimal degrees or DMS")
        )
    try:
        lat, lon = parse_coordinate(stripped, "place")
    except ValidationError:
        pass
    else:
        point = Place(format_dd(lat, lon), lat, lon, kind="coordinates", source="coordinates")
        return [_matched(point, Match.COORDINATES, near)]
    key = fold(stripped)
    if not key:
        raise ValidationError(
            "place",
            translate("Places", "{text!r} is neither a place name nor a position").format(
                text=stripped
            ),
        )
    ranked: list[tuple[tuple[float, ...], PlaceMatch]] = []
    seen: set[tuple[str, float, float]] = set()
    for provider in providers:
        for place, match in provider.lookup(key, prefix_limit=prefix_limit):
            identity = (place.name, round(place.lat, 5), round(place.lon, 5))
            if identity in seen:
                continue
            seen.add(identity)
            found = _matched(place, match, near)
            order = (
                float(match),
                0.0 if provider.mission else 1.0,
                -float(place.population or 0),
                found.distance_km if found.distance_km is not None else 0.0,
            )
            ranked.append((order, found))
    ranked.sort(key=lambda item: item[0])
    best = [found for _, found in ranked]
    exact = [m for m in best if m.match is not Match.BEGINS_WITH]
    return exact + [m for m in best if m.match is Match.BEGINS_WITH][:prefix_limit]


def _matched(place: Place, match: Match, near: tuple[float, float] | None) -> PlaceMatch:
    distance = distance_km(near, (place.lat, place.lon)) if near is not None else None
    return PlaceMatch(place, match, distance)


def places_within(
    providers: Sequence[PlaceProvider],
    bbox: tuple[float, float, float, float],
    *,
    limit: int = 500,
) -> list[Place]:
    """Places to label on a map of ``bbox``: the mission's own first, then the largest towns."""
    found: list[Place] = []
    for provider in sorted(providers, key=lambda p: not p.mission):
        found.extend(provider.within(bbox, limit=limit - len(found)))
        if len(found) >= limit:
            break
    return found
