"""Colours and styles of the picture, in one table shared by the map, legend and exports.

Incident colours follow the category's group so that a briefer can say "red is violence,
magenta is the ceasefire" and be right on every map and report.
"""

from __future__ import annotations

from app.domain.taxonomy import Category

#: Category group → colour (chosen to stay distinct on the light basemap and for common
#: colour-vision deficiencies when paired with the legend's labels).
GROUP_COLOURS: dict[str, str] = {
    "Violence": "#c62828",
    "Ceasefire": "#d81b60",
    "Protection of civilians": "#6a1b9a",
    "Safety and security": "#ef6c00",
    "Civil unrest": "#f9a825",
    "Political and security": "#00838f",
    "Humanitarian": "#1565c0",
}
FALLBACK_COLOUR = "#546e7a"


def category_colour(category: Category) -> str:
    return GROUP_COLOURS.get(category.group, FALLBACK_COLOUR)


#: Map-item type → colour where the type has a conventional one (water is blue, roads grey);
#: other types take their shape's colour. An item's own ``colour`` overrides both.
MAP_ITEM_TYPE_COLOURS: dict[str, str] = {
    "route": "#8c510a",
    "road": "#616161",
    "footpath": "#8d6e63",
    "river": "#1e88e5",
    "boundary": "#37474f",
    "range_bearing": "#e53935",
    "range_ring": "#e53935",
    "checkpoint": "#5d4037",
    "idp_site": "#6a1b9a",
    "camera": "#263238",
}
MAP_ITEM_SHAPE_COLOURS: dict[str, str] = {
    "point": "#4527a0",
    "line": "#7b1fa2",
    "area": "#ad1457",
}


def map_item_colour(item_type: str, colour: str = "", shape: str = "point") -> str:
    """The colour a map item is drawn in: its own, its type's, else its shape's."""
    if colour:
        return colour
    return MAP_ITEM_TYPE_COLOURS.get(item_type, MAP_ITEM_SHAPE_COLOURS.get(shape, FALLBACK_COLOUR))
