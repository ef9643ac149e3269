"""Map documents: a folium/Leaflet page with every asset local, driven by ``bh-map-*.js``.

Two kinds of page come out of the same builder:

* ``app`` — loaded by the desktop app's web view: scripts from ``bh://web/`` and ``bh://static/``
  (served from the installed files), data fetched from ``bh://data/picture.json``, and the
  QWebChannel bridge to Python;
* ``standalone`` — one HTML file with every script, style and datum inlined, which opens in any
  browser with no network and no app.

folium builds the page skeleton (map, scale bar, the script order); the layers themselves are
drawn by ``maps/static/bh-map-*.js`` from a compact payload, because one folium element per feature
cannot carry 100,000 incidents. Contract: docs/map-page.md. No Qt here.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from app.i18n import translate
from maps.assets import asset_path, remote_references
from maps.page_text import page_text

STATIC_DIR = Path(__file__).resolve().parent / "static"
#: In the app every page resource comes from one origin, bh://local/, served by the app itself.
APP_ORIGIN = "bh://local/"
APP_PAGE_URL = APP_ORIGIN + "map.html"
APP_WEB_BASE = APP_ORIGIN + "web/"
APP_STATIC_BASE = APP_ORIGIN + "static/"
APP_DATA_URL = APP_ORIGIN + "data/picture.json"
APP_LAYERS_URL = APP_ORIGIN + "data/layers/{keys}.json"
APP_RECORD_URL = APP_ORIGIN + "data/record/{kind}/{id}.json"
APP_TILES_BASE = APP_ORIGIN + "tiles/"
QWEBCHANNEL_URL = "qrc:///qtwebchannel/qwebchannel.js"

#: Scripts and styles the page loads after Leaflet, in order (asset names in maps.assets).
PAGE_SCRIPTS = (
    "supercluster.js",
    "milsymbol.js",
    "topojson-client.js",
    "leaflet.heat.js",
    "markercluster.js",
)
PAGE_STYLES = ("markercluster.css", "markercluster.default.css")
#: Our own page scripts (maps/static), in load order: the shared helpers (window.bhUtil), then
#: the map page (window.bhMap) in parts that share window.bhMapParts (docs/map-page.md).
MAP_SCRIPTS = (
    "bh-util.js",
    "bh-live.js",
    "bh-map-core.js",
    "bh-map-layers.js",
    "bh-map-popups.js",
    "bh-map-build.js",
    "bh-map-controls.js",
    "bh-map-view.js",
    "bh-map-api.js",
)
#: Vector basemaps (PMTiles), on app pages that offer one: the libraries, then bh-vector.js.
VECTOR_SCRIPTS = ("pmtiles.js", "protomaps-leaflet.js")
#: Editing on the app page only (Leaflet.draw and bh-edit.js; docs/map-page.md, "Editing").
APP_EDIT_STYLES = ("leaflet-draw.css",)
APP_EDIT_SCRIPTS = ("leaflet-draw.js",)
LAYER_NAMES = (
    "basemap",
    "areas",
    "buffers",
    "map_items",
    "lines",
    "patrols",
    "tracks",
    "units",
    "incidents",
    "heatmap",
)
#: Map grids bh-grid.js draws (PageOptions.grid).
GRIDS = ("mgrs", "latlon")
NATURAL_EARTH = {"id": "natural-earth", "label": "Natural Earth (built in)", "type": "vector"}


@dataclass
class PageOptions:
    """What a map page shows and how it gets its data."""

    title: str
    bounds: tuple[tuple[float, float], tuple[float, float]]
    mode: Literal["app", "standalone"] = "app"
    #: Inline payload (standalone pages); app pages fetch ``data_url`` instead.
    payload_json: str | None = None
    data_url: str = APP_DATA_URL
    basemaps: list[dict[str, Any]] = field(default_factory=lambda: [dict(NATURAL_EARTH)])
    basemap: str = "natural-earth"
    visible: dict[str, bool] = field(
        default_factory=lambda: {"heatmap": False, "patrols": False, "tracks": False}
    )
    show_layer_control: bool | None = None
    briefing: bool = False
    # Briefing furniture drawn by bh-brief.js (all off unless ``classification`` or ``theme`` or
    # ``furniture`` asks for it): banners, title block, date-time group, north arrow, theme.
    #: Marking shown in the top and bottom banners; None shows no banners.
    classification: str | None = None
    #: (background, text) CSS colours of the banners (see app.briefing.marking.banner_colours).
    banner_colours: tuple[str, str] = ("#000000", "#FFD400")
    theme: str = "day"
    subtitle: str = ""
    source_note: str = ""
    #: A fixed UTC time (ISO 8601) for the clock, as in a rendered output; None ticks live.
    clock_at: str | None = None
    #: Show the title block, clock and north arrow (outputs and the briefing window).
    furniture: bool = False
    #: Open every legend section (outputs: a printed legend cannot be clicked open).
    legend_open: bool = False
    #: Map grid drawn by bh-grid.js: ``"mgrs"`` (MGRS/UTM), ``"latlon"`` (graticule) or None.
    grid: str | None = None


class _InitScript(MacroElement):
    """Hands the folium-made Leaflet map to the map page (``bhMap.init``) once it exists."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "window.bhMap.init({{ this._parent.get_name() }}, window.BH_CONFIG);"
        "{% endmacro %}"
    )


def script_json(value: Any) -> str:
    """JSON that cannot close the <script> element it sits in."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _inline_css(path: Path) -> str:
    """A stylesheet with its relative url(...) references turned into data: URIs."""
    css = path.read_text(encoding="utf-8")

    def embed(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.startswith(("data:", "#")):
            return match.group(0)
        file = (path.parent / target.split("?")[0].split("#")[0]).resolve()
        if not file.is_file():
            return "url()"  # an asset that is not shipped is left out, never fetched
        mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        data = base64.b64encode(file.read_bytes()).decode("ascii")
        return f"url(data:{mime};base64,{data})"

    return re.sub(r"url\((['\"]?)([^'\")]+)\1\)", embed, css)


def _inline_js(path: Path) -> str:
    # "</script" inside a library would end the element early; split it harmlessly.
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script")


def build_map_html(options: PageOptions) -> str:
    """The page as HTML text; raises if anything in it would load from the network."""
    standalone = options.mode == "standalone"
    if standalone and options.payload_json is None:
        raise ValueError(translate("Map", "a standalone page needs its payload inline"))

    fmap = folium.Map(
        location=None,
        tiles=None,
        control_scale=False,  # bh-map.js draws its own, sized with the symbols
        prefer_canvas=True,
        zoom_control=True,
        min_zoom=2,
        max_zoom=18,
        world_copy_jump=False,
        zoom_snap=0.25,
        zoom_delta=0.5,
    )
    root: Any = fmap.get_root()  # a folium Figure: header, html, script
    header = root.header
    leaflet_js, leaflet_css = asset_path("leaflet.js"), asset_path("leaflet.css")
    # Only Leaflet, and first: folium's other defaults (jQuery, Bootstrap, icon fonts) are not
    # used here, and folium would emit its own links after everything added to the header.
    fmap.default_js = []
    fmap.default_css = []
    if standalone:
        header.add_child(Element(f"<style>{_inline_css(leaflet_css)}</style>"), name="leaflet_css")
        header.add_child(Element(f"<script>{_inline_js(leaflet_js)}</script>"), name="leaflet_js")
    else:
        header.add_child(
            Element(f'<link rel="stylesheet" href="{_web_url(leaflet_css)}">'), name="leaflet_css"
        )
        header.add_child(
            Element(f'<script src="{_web_url(leaflet_js)}"></script>'), name="leaflet_js"
        )

    for i, name in enumerate(PAGE_STYLES):
        path = asset_path(name)
        markup = (
            f"<style>{_inline_css(path)}</style>"
            if standalone
            else f'<link rel="stylesheet" href="{_web_url(path)}">'
        )
        header.add_child(Element(markup), name=f"bh_style_{i}")
    own_css = STATIC_DIR / "bh-map.css"
    header.add_child(
        Element(
            f"<style>{_inline_css(own_css)}</style>"
            if standalone
            else f'<link rel="stylesheet" href="{APP_STATIC_BASE}bh-map.css">'
        ),
        name="bh_map_css",
    )
    brief_css = STATIC_DIR / "bh-brief.css"
    header.add_child(
        Element(
            f"<style>{_inline_css(brief_css)}</style>"
            if standalone
            else f'<link rel="stylesheet" href="{APP_STATIC_BASE}bh-brief.css">'
        ),
        name="bh_brief_css",
    )

    scripts = [asset_path(name) for name in PAGE_SCRIPTS]
    for i, path in enumerate(scripts):
        markup = (
            f"<script>{_inline_js(path)}</script>"
            if standalone
            else f'<script src="{_web_url(path)}"></script>'
        )
        header.add_child(Element(markup), name=f"bh_script_{i}")
    if not standalone and any(b.get("type") == "pmtiles" for b in options.basemaps):
        # Only where a vector basemap is offered: the page starts no slower without one.
        for i, src in enumerate(_vector_script_urls()):
            header.add_child(Element(f'<script src="{src}"></script>'), name=f"bh_vector_{i}")
    if not standalone:
        header.add_child(Element(f'<script src="{QWEBCHANNEL_URL}"></script>'), name="qwc")
    header.add_child(
        Element(f"<script>window.BH_CONFIG = {script_json(_config(options))};</script>"),
        name="bh_config",
    )
    for name in MAP_SCRIPTS:
        header.add_child(_own_script(name, standalone), name=f"bh_js_{name[:-3].replace('-', '_')}")
    header.add_child(
        Element(f"<script>window.BH_BRIEF = {script_json(_brief_config(options))};</script>"),
        name="bh_brief_config",
    )
    header.add_child(_own_script("bh-brief.js", standalone), name="bh_brief_js")
    # The time window of the app's time slider (window.bhTime; hooks in bh-map-layers.js).
    header.add_child(_own_script("bh-time.js", standalone), name="bh_time_js")
    # Line and area names, and unit labels that give way (window.bhLabels; bhMap API only).
    header.add_child(_own_script("bh-labels.js", standalone), name="bh_labels_js")
    # The MGRS grid or lat/lon graticule (window.bhGrid; bhMap API only).
    header.add_child(_own_script("bh-grid.js", standalone), name="bh_grid_js")
    if not standalone:
        _add_edit_assets(header)
    header.add_child(Element(f"<title>{_html_text(options.title)}</title>"), name="title")
    if options.briefing:
        root.html.add_child(Element("<script>document.body.classList.add('bh-briefing');</script>"))
    fmap.add_child(_InitScript())
    html = root.render()
    remote = [url for url in remote_references(html) if not url.startswith(("bh:", "qrc:"))]
    if remote:
        raise RuntimeError(
            translate("Map", "map page would load remote resources: {urls}").format(urls=remote[:3])
        )
    return html


def _vector_script_urls() -> list[str]:
    """What draws vector basemaps on an app page: the libraries, then bh-vector.js."""
    return [
        *(_web_url(asset_path(name)) for name in VECTOR_SCRIPTS),
        f"{APP_STATIC_BASE}bh-vector.js",
    ]


def _own_script(name: str, standalone: bool) -> Element:
    """One of our scripts in maps/static: inlined in a standalone page, served by the app."""
    if standalone:
        return Element(f"<script>{_inline_js(STATIC_DIR / name)}</script>")
    return Element(f'<script src="{APP_STATIC_BASE}{name}"></script>')


def _add_edit_assets(header: Element) -> None:
    """Leaflet.draw and bh-edit.js after the map scripts: the app edits, exported pages do not."""
    for i, name in enumerate(APP_EDIT_STYLES):
        link = f'<link rel="stylesheet" href="{_web_url(asset_path(name))}">'
        header.add_child(Element(link), name=f"bh_edit_style_{i}")
    for i, name in enumerate(APP_EDIT_SCRIPTS):
        script = f'<script src="{_web_url(asset_path(name))}"></script>'
        header.add_child(Element(script), name=f"bh_edit_script_{i}")
    header.add_child(_own_script("bh-edit.js", standalone=False), name="bh_edit_js")
    # Place labels and the "Go to" mark (window.bhPlaces; docs/map-page.md).
    header.add_child(_own_script("bh-places.js", standalone=False), name="bh_places_js")


def _config(options: PageOptions) -> dict[str, Any]:
    standalone = options.mode == "standalone"
    if standalone:
        atlas: dict[str, Any] = {
            "coarse": json.loads(asset_path("world-atlas-50m").read_text(encoding="utf-8")),
            "detail": None,
        }
        data: dict[str, Any] = {"inline": json.loads(options.payload_json or "{}")}
    else:
        atlas = {
            "coarse": _web_url(asset_path("world-atlas-50m")),
            "detail": _web_url(asset_path("world-atlas-10m")),
        }
        data = {"url": options.data_url, "layersUrl": APP_LAYERS_URL}
    show_control = options.show_layer_control
    return {
        "title": options.title,
        "mode": options.mode,
        "bounds": [list(options.bounds[0]), list(options.bounds[1])],
        "basemaps": options.basemaps,
        "basemap": options.basemap,
        "worldAtlas": atlas,
        "data": data,
        "recordUrl": None if standalone else APP_RECORD_URL,
        "showLayerControl": standalone if show_control is None else show_control,
        "visible": options.visible,
        "grid": options.grid if options.grid in GRIDS else None,
        # The vector basemap scripts, for the page to load once a vector basemap is added to it
        # (a page is built with them only when it offers one from the start).
        "vectorScripts": [] if standalone else _vector_script_urls(),
        # The page's words and the data's labels in the reader's language (maps/page_text.py).
        **page_text(),
    }


def _brief_config(options: PageOptions) -> dict[str, Any]:
    """Settings for bh-brief.js (window.BH_BRIEF); it escapes every text it shows."""
    return {
        "classification": options.classification,
        "bannerColours": list(options.banner_colours),
        "theme": options.theme,
        "title": options.title,
        "subtitle": options.subtitle,
        "sourceNote": options.source_note,
        "clockAt": options.clock_at,
        "furniture": options.furniture,
        "legendOpen": options.legend_open,
    }


def _web_url(path: Path) -> str:
    from maps.assets import web_root

    return APP_WEB_BASE + path.resolve().relative_to(web_root().resolve()).as_posix()


def _html_text(text: str) -> str:
    import html

    return html.escape(text, quote=True)
