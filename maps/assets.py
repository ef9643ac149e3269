"""The local asset registry: every script, stylesheet, font and data file a map page loads.

A peacekeeping COP runs where there is no internet, so nothing may come from a CDN at run time.
All assets come from npm packages that `make setup` installs with `npm ci` into
``resources/web/node_modules`` (exact versions in ``resources/web/package.json`` and its lock file).
This module names those files, finds them on disk, and rewrites the CDN links folium puts into a
page so that they point at local copies instead.

This module must not import Qt: the GUI serves ``web_root()`` through its own URL scheme, and a
standalone HTML export points ``base_url`` at a folder; both use the same table.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from branca.element import Element, Figure, Link
from folium.elements import JSCSSMixin

from app.errors import NotFoundError
from app.i18n import translate
from maps.asset_table import ASSETS

WEB_ROOT_ENV = "BLUEHELMET_WEB_ROOT"
SETUP_COMMAND = "make setup"

_REPO_ROOT = Path(__file__).resolve().parent.parent
_DEFAULT_WEB_ROOT = _REPO_ROOT / "resources" / "web" / "node_modules"
#: Where a wheel carries the assets: copied into the package when it is built (setup.py).
PACKAGED_WEB_ROOT = Path(__file__).resolve().parent / "web"

#: folium's own name for each script and stylesheet of Map and the plugins we use (MarkerCluster,
#: HeatMap, MeasureControl, MousePosition, Draw) -> the local asset that replaces it. Keyed by
#: folium's names, not its CDN addresses: the page takes the version npm pins, whatever folium
#: would fetch, and a name we do not know makes localize_folium() refuse instead of going online.
#: HeatMap: folium's copy carries an unreleased weights patch; npm's leaflet.heat 0.2.0 caps each
#: cell at options.max (default 1), so pass max= to HeatMap.
FOLIUM_ASSETS: Mapping[str, str] = MappingProxyType(
    {
        # folium.Map
        "leaflet": "leaflet.js",
        "jquery": "jquery.js",
        "bootstrap": "bootstrap.js",
        "awesome_markers": "awesome-markers.js",
        "leaflet_css": "leaflet.css",
        "bootstrap_css": "bootstrap.css",
        "glyphicons_css": "glyphicons.css",
        "awesome_markers_font_css": "fontawesome.css",
        "awesome_markers_css": "awesome-markers.css",
        # folium.plugins.MarkerCluster
        "markerclusterjs": "markercluster.js",
        "markerclustercss": "markercluster.css",
        "markerclusterdefaultcss": "markercluster.default.css",
        # folium.plugins.HeatMap
        "leaflet-heat.js": "leaflet.heat.js",
        # folium.plugins.MeasureControl
        "leaflet_measure_js": "leaflet-measure.js",
        "leaflet_measure_css": "leaflet-measure.css",
        # folium.plugins.MousePosition
        "Control_MousePosition_js": "mouse-position.js",
        "Control_MousePosition_css": "mouse-position.css",
        # folium.plugins.Draw
        "leaflet_draw_js": "leaflet-draw.js",
        "leaflet_draw_css": "leaflet-draw.css",
    }
)

#: folium assets no npm package provides; localize_folium() drops them from the page.
FOLIUM_WITHOUT_LOCAL_COPY: Mapping[str, str] = MappingProxyType(
    {
        "awesome_rotate_css": (
            "folium's own .fa-rotate-N classes for Icon(angle=N); not on npm. Font Awesome's "
            "fa-rotate-90/180/270 still work; other angles show the icon unrotated."
        ),
    }
)

_REMOTE_PREFIXES = ("http://", "https://", "//")

ElementT = TypeVar("ElementT", bound=Element)


class RemoteAssetError(ValueError):
    """A map element wants a remote file that has no local copy: a bug, fixed in this module."""


def web_root() -> Path:
    """The folder the assets are served from: ``BLUEHELMET_WEB_ROOT`` if set, else the copy an
    installed wheel carries inside the package, else the checkout's ``node_modules``."""
    override = os.environ.get(WEB_ROOT_ENV)
    if override:
        return Path(override).expanduser()
    if PACKAGED_WEB_ROOT.is_dir():
        return PACKAGED_WEB_ROOT
    return _DEFAULT_WEB_ROOT


def _setup_hint() -> str:
    return translate(
        "Map", "Run `{command}` to install the map's web assets (npm ci in resources/web)."
    ).format(command=SETUP_COMMAND)


def asset_path(name: str) -> Path:
    """The file behind a logical asset name, checked to exist so a broken set-up is named early."""
    try:
        relative = ASSETS[name]
    except KeyError:
        raise NotFoundError(
            translate(
                "Map",
                "There is no map asset named {name!r}. If it comes from a package newly added to "
                "resources/web/package.json, register it in maps/assets.py. {hint}",
            ).format(name=name, hint=_setup_hint())
        ) from None
    path = web_root() / relative
    if not path.is_file():
        raise NotFoundError(
            translate("Map", "Map asset {name!r} is missing: {path} does not exist. {hint}").format(
                name=name, path=path, hint=_setup_hint()
            )
        )
    return path


def missing_assets() -> list[str]:
    """Names of registered assets not on disk, for a start-up check that lists all at once."""
    root = web_root()
    return [name for name, relative in ASSETS.items() if not (root / relative).is_file()]


def _join(base_url: str, relative: str) -> str:
    if base_url and not base_url.endswith("/"):
        base_url += "/"
    return base_url + relative


def asset_url(name: str, base_url: str) -> str:
    """The URL of an asset under ``base_url`` (e.g. ``bh-asset://web/`` or a relative folder)."""
    if name not in ASSETS:
        asset_path(name)  # raises the NotFoundError with the set-up hint
    return _join(base_url, ASSETS[name])


def folium_asset_map(base_url: str) -> dict[str, str]:
    """Each folium asset name -> the URL of its local replacement under ``base_url``."""
    return {name: asset_url(asset, base_url) for name, asset in FOLIUM_ASSETS.items()}


def _is_remote(url: str) -> bool:
    return url.lower().startswith(_REMOTE_PREFIXES)


def _localized_links(
    links: list[tuple[str, str]], url_map: Mapping[str, str], owner: str
) -> list[tuple[str, str]]:
    localized = []
    for name, url in links:
        if name in FOLIUM_WITHOUT_LOCAL_COPY:
            continue
        if name in url_map:
            localized.append((name, url_map[name]))
        elif _is_remote(url):
            raise RemoteAssetError(
                translate(
                    "Map",
                    "{owner} loads {name!r} from {url}, which has no local copy: add its npm "
                    "package to resources/web/package.json and map the name in maps/assets.py.",
                ).format(owner=owner, name=name, url=url)
            )
        else:
            localized.append((name, url))
    return localized


def _walk(element: Element) -> Iterator[Element]:
    yield element
    if isinstance(element, Figure):  # a figure keeps these three as attributes, not children
        for part in (element.header, element.html, element.script):
            yield from _walk(part)
    for child in element._children.values():
        yield from _walk(child)


def _localize_link_element(link: Link, url_map: Mapping[str, str]) -> None:
    """Rewrite, or drop, a link already in a figure's header (e.g. from an earlier render).

    folium files each such link in the header under the asset's name, so that names it.
    """
    children = link._parent._children if link._parent is not None else {}
    keys = [key for key, child in children.items() if child is link]
    name = keys[0] if keys else "link"
    localized = _localized_links([(name, link.url)], url_map, type(link).__name__)
    if localized:
        link.url = localized[0][1]
    else:
        for key in keys:
            del children[key]


def localize_folium(map_obj: ElementT, base_url: str) -> ElementT:
    """Point every script and stylesheet of a folium page at local files; returns ``map_obj``.

    Call it after all layers and plugins are added: it rewrites the whole figure the map belongs
    to. Each element gets its own copy of ``default_js``/``default_css`` because folium keeps
    them as class attributes shared by every map in the process.
    """
    url_map = folium_asset_map(base_url)
    for element in list(_walk(map_obj.get_root())):
        if isinstance(element, JSCSSMixin):
            owner = type(element).__name__
            element.default_js = _localized_links(element.default_js, url_map, owner)
            element.default_css = _localized_links(element.default_css, url_map, owner)
        elif isinstance(element, Link):
            _localize_link_element(element, url_map)
    return map_obj


class _LoadedUrlCollector(HTMLParser):
    """Collects the URLs an HTML page makes the browser fetch by itself."""

    _LOADING_ATTRIBUTES = MappingProxyType(
        {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = self._LOADING_ATTRIBUTES.get(tag)
        for attribute, value in attrs:
            if attribute == wanted and value:
                self.urls.append(value)


def remote_references(html: str) -> list[str]:
    """Remote URLs the page's own tags would load: a last check before a page is shown or saved.

    Only tags are read (script/link/img/iframe/source); URLs built by scripts at run time are the
    web view's request interceptor's business.
    """
    collector = _LoadedUrlCollector()
    collector.feed(html)
    collector.close()
    return [url for url in collector.urls if _is_remote(url)]
