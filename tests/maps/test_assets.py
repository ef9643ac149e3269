"""Local asset registry: installed files, and folium pages that load nothing from the internet."""

from __future__ import annotations

import re
from pathlib import Path

import folium
import pytest
from folium import plugins

from app.errors import NotFoundError
from maps import assets

BASE_URL = "bh-asset://web/"
PLUGINS_IN_USE = (
    plugins.MarkerCluster,
    plugins.HeatMap,
    plugins.MeasureControl,
    plugins.MousePosition,
    plugins.Draw,
)
# A second, independent check beside assets.remote_references: any remote src/href in a tag.
REMOTE_SRC_OR_HREF = re.compile(
    r"""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//"""
)


def _mission_map() -> folium.Map:
    # maxZoom: with tiles=None folium sets none, and markercluster then throws in the page.
    m = folium.Map(location=[12.1, 15.0], zoom_start=8, tiles=None, maxZoom=18)
    cluster = plugins.MarkerCluster(name="Units").add_to(m)
    folium.Marker([12.1, 15.0], icon=folium.Icon(icon="flag", prefix="fa", angle=90)).add_to(
        cluster
    )
    plugins.HeatMap([[12.1, 15.0, 2.0], [12.2, 15.1, 1.0]], max=2.0).add_to(m)
    plugins.MeasureControl().add_to(m)
    plugins.MousePosition().add_to(m)
    plugins.Draw().add_to(m)
    return m


def test_every_registered_asset_is_installed_and_not_empty() -> None:
    assert assets.missing_assets() == [], f"not installed; run `{assets.SETUP_COMMAND}`"
    for name in assets.ASSETS:
        assert assets.asset_path(name).stat().st_size > 0, name


def test_fonts_and_images_referenced_by_registered_css_are_installed() -> None:
    for name, relative in assets.ASSETS.items():
        if not name.endswith(".css"):
            continue
        css_path = assets.asset_path(name)
        for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", css_path.read_text(encoding="utf-8")):
            if ref.startswith(("data:", "#")):
                continue
            assert not ref.startswith(("http:", "https:", "//")), f"{relative} loads {ref}"
            target = css_path.parent / ref.split("?")[0].split("#")[0]
            assert target.is_file(), f"{relative} refers to missing {ref}"


def test_localized_map_references_no_remote_url() -> None:
    m = assets.localize_folium(_mission_map(), BASE_URL)

    html = m.get_root().render()

    assert assets.remote_references(html) == []
    assert not REMOTE_SRC_OR_HREF.search(html)
    loaded = re.findall(r"""<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)\"""", html)
    for name in ("leaflet.js", "markercluster.js", "leaflet.heat.js", "leaflet-draw.css"):
        assert assets.asset_url(name, BASE_URL) in loaded
    for url in loaded:
        assert url.startswith(BASE_URL), url
        assert (assets.web_root() / url.removeprefix(BASE_URL)).is_file(), url


def test_localizing_one_map_leaves_folium_classes_and_other_maps_alone() -> None:
    default_js_before = list(folium.Map.default_js)

    assets.localize_folium(_mission_map(), BASE_URL)

    assert folium.Map.default_js == default_js_before
    assert assets.remote_references(folium.Map(tiles=None).get_root().render())


def test_links_from_an_earlier_render_are_rewritten() -> None:
    m = _mission_map()
    assert assets.remote_references(m.get_root().render())  # header now holds CDN links

    assets.localize_folium(m, BASE_URL)

    assert assets.remote_references(m.get_root().render()) == []


def test_every_folium_cdn_url_in_use_is_mapped_or_documented() -> None:
    handled = assets.FOLIUM_ASSETS.keys() | assets.FOLIUM_WITHOUT_LOCAL_COPY.keys()
    for cls in (folium.Map, *PLUGINS_IN_USE):
        for name, url in [*cls.default_js, *cls.default_css]:
            assert name in handled, f"{cls.__name__}: {name} ({url})"
    assert set(assets.FOLIUM_ASSETS.values()) <= assets.ASSETS.keys()


def test_an_unregistered_remote_plugin_is_refused() -> None:
    m = folium.Map(tiles=None)
    plugins.MiniMap().add_to(m)

    with pytest.raises(assets.RemoteAssetError, match="MiniMap"):
        assets.localize_folium(m, BASE_URL)


def test_unknown_asset_name_raises_not_found_with_setup_hint() -> None:
    with pytest.raises(NotFoundError, match=re.escape(assets.SETUP_COMMAND)):
        assets.asset_path("no-such-asset.js")


def test_missing_install_is_named_with_setup_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(assets.WEB_ROOT_ENV, str(tmp_path))

    assert assets.web_root() == tmp_path
    assert assets.missing_assets() == list(assets.ASSETS)
    with pytest.raises(NotFoundError, match=re.escape(assets.SETUP_COMMAND)):
        assets.asset_path("leaflet.js")


def test_default_web_root_is_the_repository_node_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(assets.WEB_ROOT_ENV, raising=False)
    repo = Path(__file__).resolve().parents[2]

    assert assets.web_root() == repo / "resources" / "web" / "node_modules"


@pytest.mark.parametrize("base_url", ["bh-asset://web", "bh-asset://web/"])
def test_asset_urls_join_base_url_with_one_slash(base_url: str) -> None:
    assert assets.asset_url("leaflet.js", base_url) == "bh-asset://web/leaflet/dist/leaflet.js"


def test_relative_base_url_for_a_standalone_page() -> None:
    url_map = assets.folium_asset_map("node_modules/")

    assert url_map["leaflet"] == "node_modules/leaflet/dist/leaflet.js"
