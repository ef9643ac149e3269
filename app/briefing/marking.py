"""Classification marking for briefing outputs: which label a view carries, and its colours.

An output is marked with the highest classification of the records it shows. Labels are ranked
by the mission's configured list (``MissionStore.classifications``, lowest first; the UN levels
of ST/SGB/2007/6 by default), the same list ``app.sync`` ranks package labels by. One difference,
on purpose: a label that is not in the configured list ranks *above* every configured one here,
because a banner must never under-mark what is on the screen.

This helps people follow marking rules; it is not an accredited guard. Plain Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.domain.taxonomy import UN_CLASSIFICATIONS
from app.picture import DATA_KEYS, IncidentFilter
from app.store import MissionStore

#: UN information sensitivity levels, lowest first. A mission may configure its own list
#: (stored in the database meta table); pass it as ``levels`` where it matters.
LEVELS: tuple[str, ...] = UN_CLASSIFICATIONS

#: Banner colours (background, text) by label. Every pair has a contrast ratio of at least 7:1
#: (WCAG AAA), so the marking reads from the back of a room and on a projector.
_COLOURS: dict[str, tuple[str, str]] = {
    "UNCLASSIFIED": ("#005F2A", "#FFFFFF"),
    "UN RESTRICTED": ("#5B2C83", "#FFFFFF"),
    "RESTRICTED": ("#5B2C83", "#FFFFFF"),
    "CONFIDENTIAL": ("#0033A0", "#FFFFFF"),
    "STRICTLY CONFIDENTIAL": ("#A50000", "#FFFFFF"),
    "SECRET": ("#A50000", "#FFFFFF"),
    "TOP SECRET": ("#FF8C00", "#000000"),
}
#: A label the table does not know: black and yellow, unmistakably a marking, never "safe" green.
_UNKNOWN_COLOURS = ("#000000", "#FFD400")


def normalise(label: str) -> str:
    """A label as it is compared and printed: trimmed, single-spaced, upper case."""
    return " ".join(str(label).split()).upper()


def rank(label: str, levels: Sequence[str] = LEVELS) -> int:
    """A label's place in ``levels``; a label not in the list ranks above all of them."""
    order = [normalise(level) for level in levels]
    label = normalise(label)
    return order.index(label) if label in order else len(order)


def highest(labels: Iterable[str], levels: Sequence[str] = LEVELS) -> str:
    """The highest of ``labels`` (the lowest level when there are none)."""
    found = {normalise(label) for label in labels if label and str(label).strip()}
    if not found:
        return normalise(levels[0]) if levels else "UNCLASSIFIED"
    # Among several unknown labels the order is arbitrary but stable (alphabetical).
    return max(sorted(found), key=lambda label: rank(label, levels))


def banner_colours(label: str) -> tuple[str, str]:
    """(background, text) CSS colours for a banner marked ``label``; contrast ≥ 7:1."""
    label = normalise(label)
    if label in _COLOURS:
        return _COLOURS[label]
    for word in ("TOP SECRET", "STRICTLY CONFIDENTIAL", "SECRET", "CONFIDENTIAL", "RESTRICTED"):
        if word in label:
            return _COLOURS[word]
    if "UNCLASSIFIED" in label:
        return _COLOURS["UNCLASSIFIED"]
    return _UNKNOWN_COLOURS


def contrast_ratio(background: str, text: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(background), luminance(text)), reverse=True)
    return (high + 0.05) / (low + 0.05)


#: Map layer key → the record kinds that layer draws.
_LAYER_KINDS: dict[str, tuple[str, ...]] = {
    "units": ("unit", "position_report"),
    "tracks": ("unit", "position_report"),
    "areas": ("patrol_area",),
    "patrols": ("patrol", "patrol_area"),
    "lines": ("ceasefire_line",),
    "buffers": ("ceasefire_line",),
    "map_items": ("map_item",),
}


def shown_classification(
    store: MissionStore,
    incident_filter: IncidentFilter | None = None,
    layers: Iterable[str] | None = None,
) -> str:
    """The highest label among the live records a view shows.

    ``layers`` are map layer keys (``app.picture.DATA_KEYS``; all of them when empty or None);
    incidents count only where they pass ``incident_filter``. Other layers count whole: a
    standalone briefing map can be panned beyond the view's extent.
    """
    keys = set(layers or ()) or set(DATA_KEYS)
    labels: set[str] = set()
    for kind in sorted({kind for key in keys for kind in _LAYER_KINDS.get(key, ())}):
        labels.update(store.live_classifications(kind))
    if "incidents" in keys or "heatmap" in keys:
        query = (incident_filter or IncidentFilter()).query_args()
        data = store.incident_columns(columns=["classification"], ordered=False, **query)
        labels.update(data["classification"])
    return highest(labels, store.classifications or LEVELS)
