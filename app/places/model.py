"""What the gazetteer returns, and the small interface every source of place names implements.

Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol


class Match(IntEnum):
    """How a place's name matched the query; lower ranks first."""

    COORDINATES = 0
    NAME = 1
    ALTERNATE_NAME = 2
    BEGINS_WITH = 3

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")


@dataclass(frozen=True)
class Place:
    """A named point: a town from the world gazetteer, or one of the mission's own places."""

    name: str
    lat: float
    lon: float
    country: str = ""
    population: int | None = None
    kind: str = "populated place"
    source: str = "GeoNames"
    fictional: bool = False


@dataclass(frozen=True)
class PlaceMatch:
    place: Place
    match: Match
    distance_km: float | None = None


class PlaceProvider(Protocol):
    """A source of named places (the world gazetteer, the mission's named places, …)."""

    #: Sources of the mission's own places rank before the world gazetteer within a match kind.
    mission: bool

    def lookup(self, key: str, *, prefix_limit: int) -> list[tuple[Place, Match]]:
        """Places named ``key`` (a folded name, see ``app.places.text.fold``), and up to
        ``prefix_limit`` whose name begins with it."""
        ...

    def within(self, bbox: tuple[float, float, float, float], *, limit: int) -> list[Place]:
        """Up to ``limit`` places inside ``(west, south, east, north)``, most important first."""
        ...


class NamedPlaces:
    """A provider over a list of places held in memory (the mission's named places)."""

    mission = True

    def __init__(self, places: list[Place]) -> None:
        from app.places.text import fold

        self.places = places
        self._keys = [(fold(p.name), p) for p in places]

    def lookup(self, key: str, *, prefix_limit: int) -> list[tuple[Place, Match]]:
        exact = [(p, Match.NAME) for k, p in self._keys if key and k == key]
        begins = [(p, Match.BEGINS_WITH) for k, p in self._keys if key and k.startswith(key)]
        begins = [item for item in begins if item[0] not in {p for p, _ in exact}]
        return exact + begins[:prefix_limit]

    def within(self, bbox: tuple[float, float, float, float], *, limit: int) -> list[Place]:
        west, south, east, north = bbox
        inside = [p for p in self.places if west <= p.lon <= east and south <= p.lat <= north]
        return inside[:limit]
