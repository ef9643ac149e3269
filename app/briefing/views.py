"""Saved views: a briefer's named map extents with their layers, filters and time window.

A view is local to this workstation's mission database (table ``saved_views``, schema v4) and
never travels in a sync package. The briefing window, the number keys 1–9, the slideshow and
``bluehelmet render --view`` all read views through ``ViewStore``. Plain Python: no Qt here.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from app.domain.coords import format_utc, parse_utc
from app.errors import NotFoundError, ValidationError
from app.i18n import translate
from app.picture import DATA_KEYS, IncidentFilter
from app.store import MissionStore
from app.store import views as store_views

#: Themes a view can ask for (see maps/static/bh-brief.css).
THEMES: tuple[str, ...] = ("day", "briefing", "night")
#: Map grids a view may show (as ``maps.document.GRIDS``).
GRIDS: tuple[str, ...] = ("mgrs", "latlon")
#: Layer keys a view may name: the payload layers plus the page-only ones (heat map).
LAYER_KEYS: tuple[str, ...] = (*DATA_KEYS, "heatmap")
#: Filter fields a view may carry, as in ``app.picture.IncidentFilter``.
FILTER_FIELDS: tuple[str, ...] = ("categories", "severities", "statuses", "unit_id", "text")
MAX_NAME = 80


@dataclass(frozen=True, kw_only=True)
class SavedView:
    """One named view: extent, visible layers, incident filter, time window, basemap, theme."""

    name: str
    #: west, south, east, north in degrees.
    bounds: tuple[float, float, float, float]
    layers: tuple[str, ...] = ()
    filter: dict[str, Any] = field(default_factory=dict)
    time_start: datetime | None = None
    time_end: datetime | None = None
    basemap: str | None = None
    theme: str = "day"
    #: Map grid: "mgrs", "latlon" or None.
    grid: str | None = None
    position: int = 0

    def __post_init__(self) -> None:
        name = self.name.strip() if isinstance(self.name, str) else ""
        if not name or len(name) > MAX_NAME:
            raise ValidationError(
                "view name",
                translate("Briefing", "must be 1–{max} characters").format(max=MAX_NAME),
            )
        if any(ord(c) < 32 or ord(c) == 127 for c in name):
            raise ValidationError(
                "view name", translate("Briefing", "must not contain control characters")
            )
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "bounds", _check_bounds(self.bounds))
        layers = tuple(self.layers)
        unknown = [k for k in layers if k not in LAYER_KEYS]
        if unknown:
            raise ValidationError(
                "view layers",
                translate("Briefing", "unknown layer {layer!r} (known: {known})").format(
                    layer=unknown[0], known=", ".join(LAYER_KEYS)
                ),
            )
        object.__setattr__(self, "layers", tuple(dict.fromkeys(layers)))
        object.__setattr__(self, "filter", _check_filter(self.filter))
        start = _utc(self.time_start, "view start")
        end = _utc(self.time_end, "view end")
        if start is not None and end is not None and end < start:
            raise ValidationError(
                "view time window", translate("Briefing", "ends before it starts")
            )
        object.__setattr__(self, "time_start", start)
        object.__setattr__(self, "time_end", end)
        if self.theme not in THEMES:
            raise ValidationError(
                "view theme",
                translate("Briefing", "must be one of {choices}").format(choices=", ".join(THEMES)),
            )
        if self.basemap is not None and not str(self.basemap).strip():
            object.__setattr__(self, "basemap", None)
        if self.grid is not None and self.grid not in GRIDS:
            raise ValidationError(
                "view grid",
                translate("Briefing", "must be one of {choices}").format(choices=", ".join(GRIDS)),
            )

    def incident_filter(self) -> IncidentFilter:
        """The ``app.picture.IncidentFilter`` this view shows (time window included)."""
        f = self.filter

        def seq(key: str) -> tuple[Any, ...] | None:
            return tuple(f[key]) if f.get(key) is not None else None

        return IncidentFilter(
            start=self.time_start,
            end=self.time_end,
            categories=seq("categories"),
            severities=seq("severities"),
            statuses=seq("statuses"),
            unit_id=f.get("unit_id"),
            text=f.get("text"),
        )

    def visible(self) -> dict[str, bool]:
        """Layer visibility for ``maps.document.PageOptions.visible`` (empty layers = defaults)."""
        if not self.layers:
            return {"heatmap": False, "patrols": False, "tracks": False}
        return {key: key in self.layers for key in LAYER_KEYS}

    def to_spec(self) -> dict[str, Any]:
        """The JSON-able form stored in ``saved_views.spec`` (name and position are columns)."""
        return {
            "bounds": list(self.bounds),
            "layers": list(self.layers),
            "filter": self.filter,
            "time_start": format_utc(self.time_start) if self.time_start else None,
            "time_end": format_utc(self.time_end) if self.time_end else None,
            "basemap": self.basemap,
            "theme": self.theme,
            "grid": self.grid,
        }

    @classmethod
    def from_spec(cls, name: str, position: int, spec: dict[str, Any]) -> SavedView:
        """Rebuild a view from its stored spec; unknown keys (from newer versions) are ignored."""
        return cls(
            name=name,
            position=position,
            bounds=tuple(spec["bounds"]),  # type: ignore[arg-type]
            layers=tuple(spec.get("layers") or ()),
            filter=dict(spec.get("filter") or {}),
            time_start=_parse_time(spec.get("time_start")),
            time_end=_parse_time(spec.get("time_end")),
            basemap=spec.get("basemap"),
            theme=spec.get("theme") or "day",
            grid=spec.get("grid") if spec.get("grid") in GRIDS else None,
        )


class ViewStore:
    """Saved views in one mission database, ordered by ``position`` (0 first); the SQL is in
    ``app.store.views``."""

    def __init__(self, store: MissionStore) -> None:
        self.store = store

    def list(self) -> list[SavedView]:
        rows = store_views.list_views(self.store)
        return [
            SavedView.from_spec(name, i, json.loads(spec)) for i, (name, _, spec) in enumerate(rows)
        ]

    def get(self, name: str) -> SavedView:
        for view in self.list():
            if view.name == name.strip():
                return view
        raise NotFoundError(
            translate("Briefing", "no saved view named {name!r}").format(name=name.strip())
        )

    def save(self, view: SavedView) -> SavedView:
        """Insert or replace by name; a new view goes last, a replaced one keeps its place."""
        spec = json.dumps(view.to_spec(), separators=(",", ":"), ensure_ascii=False)
        store_views.save_view(self.store, view.name, spec, format_utc(datetime.now(UTC)))
        return self.get(view.name)

    def delete(self, name: str) -> None:
        store_views.delete_view(self.store, name.strip())

    def rename(self, name: str, new_name: str) -> SavedView:
        """Give a view a new name, keeping its place; refused if the new name is taken."""
        view = self.get(name)
        renamed = replace(view, name=new_name)
        store_views.rename_view(self.store, view.name, renamed.name)
        return self.get(renamed.name)

    def move(self, name: str, position: int) -> None:
        """Put a view at ``position`` (clamped to the list); the others close up around it."""
        store_views.move_view(self.store, name.strip(), position)


def _check_bounds(bounds: Any) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in bounds)
    except (TypeError, ValueError):
        problem = translate("Briefing", "need four numbers: west, south, east, north")
        raise ValidationError("view bounds", problem) from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise ValidationError("view bounds", translate("Briefing", "must be finite numbers"))
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise ValidationError(
            "view bounds", translate("Briefing", "west and east must be within −180…180")
        )
    if not (-90 <= south < north <= 90):
        raise ValidationError(
            "view bounds", translate("Briefing", "south must be below north, both within −90…90")
        )
    return (west, south, east, north)


def _check_filter(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError(
            "view filter", translate("Briefing", "must be a mapping of filter fields")
        )
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key not in FILTER_FIELDS:
            raise ValidationError(
                "view filter",
                translate("Briefing", "unknown field {field!r} (known: {known})").format(
                    field=key, known=", ".join(FILTER_FIELDS)
                ),
            )
        if item is None:
            continue
        if key in ("categories", "statuses"):
            out[key] = [str(v) for v in item]
        elif key == "severities":
            try:
                out[key] = [int(v) for v in item]
            except (TypeError, ValueError):
                raise ValidationError(
                    "view filter", translate("Briefing", "severities must be numbers")
                ) from None
        else:
            text = str(item).strip()
            if text:
                out[key] = text
    return out


def _utc(value: datetime | None, field_name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise ValidationError(field_name, translate("Briefing", "must be a date and time"))
    if value.tzinfo is None:
        raise ValidationError(field_name, translate("Briefing", "must carry a time zone (UTC)"))
    return value.astimezone(UTC)


def _parse_time(text: str | None) -> datetime | None:
    return parse_utc(text, "view time") if text else None
