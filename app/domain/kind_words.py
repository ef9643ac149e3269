"""Record kinds in the user's words, for every message that counts records.

``counted(3, "map_item", "new")`` → "3 new map items": the CLI, the GUI and the importer's
summaries say the same thing the same way, never a kind key such as ``position_report``.
Plain Python: no Qt, no SQLite.
"""

from __future__ import annotations

#: Record kinds in the user's words: (one, many).
KIND_WORDS: dict[str, tuple[str, str]] = {
    "incident": ("incident", "incidents"),
    "unit": ("unit", "units"),
    "position_report": ("position report", "position reports"),
    "patrol_area": ("patrol area", "patrol areas"),
    "patrol": ("patrol", "patrols"),
    "ceasefire_line": ("ceasefire line", "ceasefire lines"),
    "map_item": ("map item", "map items"),
}


def counted(n: int, kind: str, adjective: str = "") -> str:
    """``2 new ceasefire lines``, ``1 incident``: a count and the kind in words."""
    one, many = KIND_WORDS.get(kind, (kind.replace("_", " "), kind.replace("_", " ") + "s"))
    return " ".join(w for w in (f"{n:,}", adjective, one if n == 1 else many) if w)
