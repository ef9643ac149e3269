"""The mission's own named places (villages, towns, camps… drawn or imported as point map
items) as a ``PlaceProvider``, so the gazetteer finds them beside the world's towns.

A map item whose notes say "fictional" (the training demo's invented towns) is marked so, and
the map labels it as such. Plain Python: no Qt, no SQL (the store is asked for its records).
"""

from __future__ import annotations

from typing import Any

from app.places.model import NamedPlaces, Place

#: Point map item types that name a place someone may type as a location.
PLACE_TYPES = {
    "town": "town",
    "village": "village",
    "camp_base": "camp or base",
    "idp_site": "IDP site",
    "team_site": "team site",
    "checkpoint": "checkpoint",
    "observation_post": "observation post",
    "crossing": "crossing",
    "bridge": "bridge",
    "landing_zone": "landing zone",
    "point_of_interest": "point of interest",
}
FICTIONAL_MARK = "fictional"


def mission_places(store: Any) -> NamedPlaces:
    """The named point places of the mission in ``store``."""
    return NamedPlaces(_named_points(store))


def _named_points(store: Any) -> list[Place]:
    items = store.map_items() if hasattr(store, "map_items") else []
    places: list[Place] = []
    for item in items:
        geometry = item.geometry
        if item.item_type not in PLACE_TYPES or geometry.geom_type != "Point" or not item.name:
            continue
        places.append(
            Place(
                name=item.name,
                lat=float(geometry.y),
                lon=float(geometry.x),
                kind=PLACE_TYPES[item.item_type],
                source="mission",
                fictional=FICTIONAL_MARK in (item.notes or "").lower(),
            )
        )
    # Towns first, so labels keep the important names when there are many.
    places.sort(key=lambda p: (p.kind != "town", p.kind != "village", p.name))
    return places
