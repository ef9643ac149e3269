"""The map page's own words in the reader's language, passed in its configuration.

The page scripts (maps/static) hold no translations: each English text they show goes through
``t('…')`` (``bhMap.t`` for the helper scripts), which looks it up in ``BH_CONFIG.strings``,
built here from the same ``.ts`` files as the app's (context ``MapPage``). Stored keys (statuses,
weapon classes, area types, …) come as ``BH_CONFIG.labels``, from ``app.domain.labels``.
``tests/maps/test_page_text.py`` checks that every ``t('…')`` of the scripts is listed here.
"""

from __future__ import annotations

from typing import Any

from app.domain.labels import CATEGORY_GROUPS, VOCABULARIES
from app.i18n import QT_TRANSLATE_NOOP, current_language, normalise_language, translate

#: Every text the page scripts show, in English (the key the scripts look up).
PAGE_STRINGS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("MapPage", "North"),
    QT_TRANSLATE_NOOP("MapPage", "{dtg} (local)"),
    QT_TRANSLATE_NOOP(
        "MapPage", "Drag the vertices of the area; click a middle marker to add one."
    ),
    QT_TRANSLATE_NOOP(
        "MapPage", "Drag the vertices of the line; click a middle marker to add one."
    ),
    QT_TRANSLATE_NOOP("MapPage", "Save"),
    QT_TRANSLATE_NOOP("MapPage", "Cancel"),
    QT_TRANSLATE_NOOP("MapPage", "Left: {party}"),
    QT_TRANSLATE_NOOP("MapPage", "Right: {party}"),
    QT_TRANSLATE_NOOP("MapPage", "Move the pointer over the map"),
    QT_TRANSLATE_NOOP("MapPage", "Measure distance and area"),
    QT_TRANSLATE_NOOP("MapPage", "Finish"),
    QT_TRANSLATE_NOOP("MapPage", "Clear"),
    QT_TRANSLATE_NOOP("MapPage", "Distance {value}"),
    QT_TRANSLATE_NOOP("MapPage", "Area {value}"),
    QT_TRANSLATE_NOOP(
        "MapPage", "Click to add points; double-click or Finish to end; Esc cancels."
    ),
    QT_TRANSLATE_NOOP("MapPage", "Legend"),
    QT_TRANSLATE_NOOP("MapPage", "Incidents"),
    QT_TRANSLATE_NOOP("MapPage", "Other"),
    QT_TRANSLATE_NOOP("MapPage", "Severity 1–5"),
    QT_TRANSLATE_NOOP("MapPage", "Cluster: number of incidents"),
    QT_TRANSLATE_NOOP("MapPage", "Heatmap (off by default)"),
    QT_TRANSLATE_NOOP("MapPage", "Units"),
    QT_TRANSLATE_NOOP("MapPage", "Friendly"),
    QT_TRANSLATE_NOOP("MapPage", "Neutral"),
    QT_TRANSLATE_NOOP("MapPage", "Hostile"),
    QT_TRANSLATE_NOOP("MapPage", "Unknown"),
    QT_TRANSLATE_NOOP("MapPage", "Group of units"),
    QT_TRANSLATE_NOOP("MapPage", "Unit track"),
    QT_TRANSLATE_NOOP("MapPage", "Lines and areas"),
    QT_TRANSLATE_NOOP("MapPage", "Ceasefire line"),
    QT_TRANSLATE_NOOP("MapPage", "Alpha line"),
    QT_TRANSLATE_NOOP("MapPage", "Line of contact"),
    QT_TRANSLATE_NOOP("MapPage", "Boundary"),
    QT_TRANSLATE_NOOP("MapPage", "Buffer zone"),
    QT_TRANSLATE_NOOP("MapPage", "Area of separation"),
    QT_TRANSLATE_NOOP("MapPage", "Area, active"),
    QT_TRANSLATE_NOOP("MapPage", "Area, restricted"),
    QT_TRANSLATE_NOOP("MapPage", "Area, inactive or closed"),
    QT_TRANSLATE_NOOP("MapPage", "Patrol in progress"),
    QT_TRANSLATE_NOOP("MapPage", "Patrol planned"),
    QT_TRANSLATE_NOOP("MapPage", "Patrol completed"),
    QT_TRANSLATE_NOOP("MapPage", "Patrol cancelled or aborted"),
    QT_TRANSLATE_NOOP("MapPage", "Data as of {dtg}"),
    QT_TRANSLATE_NOOP("MapPage", "(untitled)"),
    QT_TRANSLATE_NOOP("MapPage", "unknown category"),
    QT_TRANSLATE_NOOP("MapPage", "Time"),
    QT_TRANSLATE_NOOP("MapPage", "Category"),
    QT_TRANSLATE_NOOP("MapPage", "Severity"),
    QT_TRANSLATE_NOOP("MapPage", "Status"),
    QT_TRANSLATE_NOOP("MapPage", "Weapon"),
    QT_TRANSLATE_NOOP("MapPage", "Position"),
    QT_TRANSLATE_NOOP("MapPage", "ID"),
    QT_TRANSLATE_NOOP("MapPage", "{n} civilian"),
    QT_TRANSLATE_NOOP("MapPage", "{n} peacekeeper"),
    QT_TRANSLATE_NOOP("MapPage", "Description"),
    QT_TRANSLATE_NOOP("MapPage", "Actors"),
    QT_TRANSLATE_NOOP("MapPage", "Source"),
    QT_TRANSLATE_NOOP("MapPage", "Credibility"),
    QT_TRANSLATE_NOOP("MapPage", "Fatalities"),
    QT_TRANSLATE_NOOP("MapPage", "Injured"),
    QT_TRANSLATE_NOOP("MapPage", "Reported by"),
    QT_TRANSLATE_NOOP("MapPage", "Source kind"),
    QT_TRANSLATE_NOOP("MapPage", "Ended"),
    QT_TRANSLATE_NOOP("MapPage", "Reported"),
    QT_TRANSLATE_NOOP("MapPage", "Precision"),
    QT_TRANSLATE_NOOP("MapPage", "Area"),
    QT_TRANSLATE_NOOP("MapPage", "Line"),
    QT_TRANSLATE_NOOP("MapPage", "Incident"),
    QT_TRANSLATE_NOOP("MapPage", "Loading the full report…"),
    QT_TRANSLATE_NOOP("MapPage", "Language of the text: {tag} (not translated)"),
    QT_TRANSLATE_NOOP("MapPage", "The full report could not be loaded."),
    QT_TRANSLATE_NOOP("MapPage", "Unit"),
    QT_TRANSLATE_NOOP("MapPage", "Short"),
    QT_TRANSLATE_NOOP("MapPage", "Nation"),
    QT_TRANSLATE_NOOP("MapPage", "Echelon"),
    QT_TRANSLATE_NOOP("MapPage", "Role"),
    QT_TRANSLATE_NOOP("MapPage", "Callsign"),
    QT_TRANSLATE_NOOP("MapPage", "Strength"),
    QT_TRANSLATE_NOOP("MapPage", "Parent"),
    QT_TRANSLATE_NOOP("MapPage", "Last report"),
    QT_TRANSLATE_NOOP("MapPage", "Confirmation"),
    QT_TRANSLATE_NOOP("MapPage", "awaiting confirmation"),
    QT_TRANSLATE_NOOP("MapPage", "Awaiting confirmation"),
    QT_TRANSLATE_NOOP("MapPage", "no position report"),
    QT_TRANSLATE_NOOP("MapPage", "SIDC"),
    QT_TRANSLATE_NOOP("MapPage", "Responsible"),
    QT_TRANSLATE_NOOP("MapPage", "Left party"),
    QT_TRANSLATE_NOOP("MapPage", "Right party"),
    QT_TRANSLATE_NOOP("MapPage", "Buffer"),
    QT_TRANSLATE_NOOP("MapPage", "{m} m each side"),
    QT_TRANSLATE_NOOP("MapPage", "Agreement"),
    QT_TRANSLATE_NOOP("MapPage", "Agreed"),
    QT_TRANSLATE_NOOP("MapPage", "Direction"),
    QT_TRANSLATE_NOOP(
        "MapPage", "left and right as seen walking the line in its digitising direction"
    ),
    QT_TRANSLATE_NOOP("MapPage", "Width"),
    QT_TRANSLATE_NOOP("MapPage", "{m} m each side of the line"),
    QT_TRANSLATE_NOOP("MapPage", "Line ID"),
    QT_TRANSLATE_NOOP("MapPage", "Patrol"),
    QT_TRANSLATE_NOOP("MapPage", "Task"),
    QT_TRANSLATE_NOOP("MapPage", "Start"),
    QT_TRANSLATE_NOOP("MapPage", "End"),
    QT_TRANSLATE_NOOP("MapPage", "Basemap"),
    QT_TRANSLATE_NOOP("MapPage", "Areas"),
    QT_TRANSLATE_NOOP("MapPage", "Buffer zones"),
    QT_TRANSLATE_NOOP("MapPage", "Ceasefire and control lines"),
    QT_TRANSLATE_NOOP("MapPage", "Patrols"),
    QT_TRANSLATE_NOOP("MapPage", "Unit tracks"),
    QT_TRANSLATE_NOOP("MapPage", "Incident heatmap"),
    QT_TRANSLATE_NOOP("MapPage", "Map item"),
    QT_TRANSLATE_NOOP("MapPage", "Map item · area"),
    QT_TRANSLATE_NOOP("MapPage", "Map item · line"),
    QT_TRANSLATE_NOOP("MapPage", "Map item · point"),
    QT_TRANSLATE_NOOP("MapPage", "Type"),
    QT_TRANSLATE_NOOP("MapPage", "Notes"),
    QT_TRANSLATE_NOOP("MapPage", "Vertices"),
    QT_TRANSLATE_NOOP("MapPage", "Classification"),
    QT_TRANSLATE_NOOP("MapPage", "Partner type"),
    QT_TRANSLATE_NOOP("MapPage", "Symbol"),
    QT_TRANSLATE_NOOP("MapPage", "Map items (partner points, lines, areas)"),
)


def page_text(lang: str | None = None) -> dict[str, Any]:
    """``lang``, ``strings`` (English → reader's) and ``labels`` (vocabulary → key → label)."""
    language = normalise_language(lang) or current_language()
    strings = {s: translate("MapPage", s, lang=language) for s in PAGE_STRINGS}
    labels = {
        name: {key: translate(context, english, lang=language) for key, english in table.items()}
        for name, (context, table) in VOCABULARIES.items()
    }
    labels["category_group"] = {
        key: translate("CategoryGroup", english, lang=language)
        for key, english in CATEGORY_GROUPS.items()
    }
    return {"lang": language, "strings": strings, "labels": labels}
