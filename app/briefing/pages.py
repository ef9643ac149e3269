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
        subtitle = view.name if view else ""
        if incident_filter.start or incident_filter.end:
            window = (
                f"{format_dtg(incident_filter.start) if incident_filter.start else '…'} – "
                f"{format_dtg(incident_filter.end) if incident_filter.end else '…'}"
            )
            subtitle = f"{subtitle} · incidents {window}" if subtitle else f"Incidents {window}"
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
        incident_filter=incident_filter,
    )


def standalone_html(store: MissionStore, page: BriefingPage) -> tuple[str, dict[str, int]]:
    """The one-file offline briefing map of ``page``: (HTML text, features per layer)."""
    picture = build_picture(store, page.incident_filter, layers=page.layers, with_details=True)
    # In a browser the legend stays interactive: sections fold, and it scrolls.
    kwargs = {**page.page_kwargs(), "legend_open": False}
    options = PageOptions(
        title=page.title, mode="standalone", payload_json=picture.to_json(), **kwargs
    )
    return build_map_html(options), picture.counts
