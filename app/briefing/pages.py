"""What a briefing output shows: a saved view (or a box) turned into map-page settings.

The PNG and PDF of a view (``app.ui.outputs``), the standalone HTML briefing map and the
``render`` command all start from one ``BriefingPage``, so every output of a view carries the
same extent, layers, filter, marking, title, date-time group and source note.
Plain Python: no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.briefing.marking import banner_colours, shown_classification
from app.briefing.views import SavedView
from app.domain.coords import format_dtg, format_utc
from app.domain.labels import category_labels
from app.mission import marked_title
from app.picture import DATA_KEYS, IncidentFilter, build_picture, mission_bounds
from app.store import MissionStore
from maps.document import PageOptions, build_map_html


@dataclass(frozen=True)
class BriefingPage:
    """Settings of one briefing output (times UTC; bounds as [[south, west], [north, east]])."""

    title: str
    subtitle: str
    classification: str
    bounds: tuple[tuple[float, float], tuple[float, float]]
    at: datetime
    source_note: str
    theme: str = "briefing"
    layers: tuple[str, ...] = DATA_KEYS
    visible: dict[str, bool] = field(default_factory=dict)
    basemap: str | None = None
    #: Map grid: "mgrs", "latlon" or None.
    grid: str | None = None
    incident_filter: IncidentFilter = field(default_factory=IncidentFilter)

    @property
    def colours(self) -> tuple[str, str]:
        return banner_colours(self.classification)

    def page_kwargs(self) -> dict[str, Any]:
        """``maps.document.PageOptions`` fields (besides title, mode and payload)."""
        kwargs: dict[str, Any] = {
            "bounds": self.bounds,
            "classification": self.classification,
            "banner_colours": self.colours,
            "theme": self.theme,
            "subtitle": self.subtitle,
            "source_note": self.source_note,
            "clock_at": format_utc(self.at),
            "furniture": True,
            "legend_open": True,
        }
        if self.visible:
            kwargs["visible"] = dict(self.visible)
        if self.basemap:
            kwargs["basemap"] = self.basemap
        if self.grid:
            kwargs["grid"] = self.grid
        return kwargs


def briefing_page(
    store: MissionStore,
    view: SavedView | None = None,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    theme: str | None = None,
    at: datetime | None = None,
    grid: str | None = None,
) -> BriefingPage:
    """The page for a saved view (or the whole mission, or ``bbox``), marked for what it shows."""
    at = (at or datetime.now(UTC)).astimezone(UTC)
    mission_name = store.meta("mission_name")
    mission = marked_title(store)
    if title is not None:
        title = marked_title(store, title)
    incident_filter = view.incident_filter() if view else IncidentFilter()
    layers = tuple(k for k in view.layers if k in DATA_KEYS) if view and view.layers else DATA_KEYS
    if view and view.layers and "heatmap" in view.layers and "incidents" not in layers:
        layers = (*layers, "incidents")  # the heat map is drawn from the incidents
    if bbox is not None:
        west, south, east, north = bbox
        bounds = ((south, west), (north, east))
    elif view is not None:
        west, south, east, north = view.bounds
        bounds = ((south, west), (north, east))
    else:
        bounds = mission_bounds(store)
    if subtitle is None:
        labels = category_labels(store.categories())
        units = store.unit_names() if incident_filter.unit_id else {}
        subtitle = describe_shown(
            view.name if view else "", incident_filter, labels, len(labels), units
        )
    label = shown_classification(store, incident_filter, layers)
    file_name = Path(store.path).name
    database = f"{mission_name} ({file_name})" if mission_name else file_name
    source = f"Source: mission database {database} · Blue Helmet COP · as of {format_dtg(at)}"
    return BriefingPage(
        title=title or mission,
        subtitle=subtitle,
        classification=label,
        bounds=bounds,
        at=at,
        source_note=source,
        theme=theme or (view.theme if view and view.theme != "day" else "briefing"),
        layers=layers,
        visible=view.visible() if view else {},
        basemap=view.basemap if view else None,
        grid=grid or (view.grid if view else None),
        incident_filter=incident_filter,
    )


def describe_shown(
    view_name: str,
    incident_filter: IncidentFilter,
    category_labels: dict[str, str],
    category_count: int,
    unit_names: dict[str, str] | None = None,
) -> str:
    """The title block's second line: the view, the time window and the filters in force.

    "Line CHARLIE · incidents 041200ZDEC26 – 051200ZDEC26 · 2 of 23 categories: Ceasefire
    violation, Indirect fire · severity 3+"; "Whole mission period" when nothing narrows it.
    """
    f = incident_filter
    parts = [view_name.strip()] if view_name.strip() else []
    if f.start or f.end:
        start = format_dtg(f.start) if f.start else "…"
        end = format_dtg(f.end) if f.end else "…"
        parts.append(f"incidents {start} – {end}")
    else:
        parts.append("whole mission period")
    if f.categories is not None and len(f.categories) < category_count:
        names = [category_labels.get(k, k) for k in f.categories]
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        parts.append(f"{len(names)} of {category_count} categories: {shown}")
    if f.severities:
        low = min(f.severities)
        parts.append(f"severity {low}+" if max(f.severities) == 5 else f"severity {low}")
    if f.statuses:
        parts.append("status " + ", ".join(s.replace("_", " ") for s in f.statuses))
    if f.unit_id:
        parts.append(f"unit {(unit_names or {}).get(f.unit_id, f.unit_id)}")
    if f.text:
        parts.append(f"matching “{f.text}”")
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def standalone_html(store: MissionStore, page: BriefingPage) -> tuple[str, dict[str, int]]:
    """The one-file offline briefing map of ``page``: (HTML text, features per layer)."""
    picture = build_picture(store, page.incident_filter, layers=page.layers, with_details=True)
    # In a browser the legend stays interactive: sections fold, and it scrolls.
    kwargs = {**page.page_kwargs(), "legend_open": False}
    options = PageOptions(
        title=page.title, mode="standalone", payload_json=picture.to_json(), **kwargs
    )
    return build_map_html(options), picture.counts
