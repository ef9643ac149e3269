"""The gazetteer: where a place name, MGRS, decimal degrees or DMS is on the ground.

World towns come offline from GeoNames (``world``), the mission's own named places through the
same ``PlaceProvider`` interface (``mission``); ``search.find_places`` ranks what they return.
Plain Python: must not import Qt, app.ui, app.cli or maps; SQL lives in ``app.store``.
"""

from app.places.model import Match, NamedPlaces, Place, PlaceMatch, PlaceProvider
from app.places.search import distance_km, find_places, places_within
from app.places.text import fold

__all__ = [
    "Match",
    "NamedPlaces",
    "Place",
    "PlaceMatch",
    "PlaceProvider",
    "distance_km",
    "find_places",
    "fold",
    "places_within",
]
