"""Record kind → table: the one list of the tables that hold records.

Shared by the store and its consistency check (``app.store.check``); imports nothing.
"""

#: Record kind → table.
TABLES: dict[str, str] = {
    "unit": "units",
    "position_report": "position_reports",
    "patrol_area": "patrol_areas",
    "patrol": "patrols",
    "ceasefire_line": "ceasefire_lines",
    "incident": "incidents",
    "map_item": "map_items",
}
