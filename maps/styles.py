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
