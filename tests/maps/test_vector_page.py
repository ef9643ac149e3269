"""A vector basemap made in the test, imported, and drawn by the app's map page in Qt WebEngine.

Roads, water and the town's label at zoom 8 and 14, in the day and night themes; the archive
is read through bh:// only, and the request interceptor's log shows nothing else was asked for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from vector_sample import (
    HIGHWAY_LON,
    LAKE_NORTH,
    NORTH,
    ROAD_LAT,
    SOUTH,
    TOWN,
    TOWN_LATIN,
    TOWN_NAME,
    write_pmtiles,
    write_vector_mbtiles,
)
from webpages import js, painted

from app import basemaps
from app.cli import main
from app.store import open_store
from app.ui.launch import prepare_qt_environment

prepare_qt_environment()  # the bh:// scheme is declared before the QApplication exists
pytestmark = pytest.mark.webengine

SCREENSHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
#: Colours bh-vector.js draws with (its PALETTES), per theme.
COLOURS = {
    "day": {"land": "#f3efe6", "water": "#a9cde0", "major": "#f6c65b", "highway": "#e8893a"},
    "night": {"land": "#2a323c", "water": "#1d4f78", "major": "#c9a24a", "highway": "#d98a3a"},
}


def night_dimmed(hex_colour: str) -> QColor:
    """What the night theme's filter on the map pane (brightness 0.35, saturate 0.7) makes of
    a colour (the CSS filter matrices, applied in that order)."""
    c = QColor(hex_colour)
    r, g, b = (v * 0.35 for v in (c.red(), c.green(), c.blue()))
    s = 0.7
    matrix = (
        (0.213 + 0.787 * s, 0.715 - 0.715 * s, 0.072 - 0.072 * s),
        (0.213 - 0.213 * s, 0.715 + 0.285 * s, 0.072 - 0.072 * s),
        (0.213 - 0.213 * s, 0.715 - 0.715 * s, 0.072 + 0.928 * s),
    )
    out = [max(0, min(255, round(m[0] * r + m[1] * g + m[2] * b))) for m in matrix]
    return QColor(*out)


def shown(theme: str, name: str) -> QColor:
    colour = COLOURS[theme][name]
    return night_dimmed(colour) if theme == "night" else QColor(colour)


def near(colour: QColor, want: QColor, tolerance: int = 20) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (want.red(), want.green(), want.blue()),
            strict=True,
        )
    )


def any_near(image: QImage, centre: tuple[int, int], want: QColor, tolerance: int = 20) -> bool:
    """Whether a pixel within 2 of ``centre`` has the colour (a 2-pixel road at zoom 8)."""
    x0, y0 = centre
    return any(
        near(image.pixelColor(x0 + dx, y0 + dy), want, tolerance)
        for dx in range(-2, 3)
        for dy in range(-2, 3)
    )


def open_view(qtbot, tmp_path: Path, sample: Path):  # type: ignore[no-untyped-def]
    """The app's map page on an empty mission, opened on ``sample`` imported as a basemap."""
    from app.ui.map_view import MapView

    assert main(["basemap", "import", str(sample), "--id", "abyei"]) == 0
    db = tmp_path / "mission.db"
    with open_store(db):
        pass
    view = MapView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    with qtbot.waitSignal(view.map_ready, timeout=60_000):
        view.show_mission(
            db, title="Abyei", bounds=((SOUTH, 28.36), (NORTH, 28.50)), basemap="vector:abyei"
        )
    return view


@pytest.fixture
def vector_view(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    view = open_view(qtbot, tmp_path, write_pmtiles(tmp_path / "abyei.pmtiles"))
    yield view
    view.close()


def settle(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Wait until every vector tile in view is drawn (and its labels laid out)."""
    qtbot.waitUntil(
        lambda: (s := js(qtbot, view, "bhVector.status()"))["drawn"] > 0 and s["pending"] == 0,
        timeout=20_000,
    )
    painted(qtbot, view, frames=4)


def at(qtbot, view, image: QImage, lat: float, lon: float) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The image pixel of a position (the grab may be at a device pixel ratio above 1)."""
    point = js(qtbot, view, f"bhMap.map.latLngToContainerPoint([{lat}, {lon}])")
    ratio = image.width() / view.width()
    return round(point["x"] * ratio), round(point["y"] * ratio)


@pytest.mark.parametrize("theme", ["day", "night"])
@pytest.mark.parametrize("zoom", [8, 14])
def test_roads_water_and_labels_are_drawn_offline(qtbot, vector_view, zoom: int, theme: str):
    view = vector_view
    assert js(qtbot, view, f"bhBrief.setTheme('{theme}')") is True
    # The view sits between the road and the lake shore, the highway crossing both.
    middle = (ROAD_LAT + LAKE_NORTH) / 2
    js(qtbot, view, f"(bhMap.setView({middle}, {HIGHWAY_LON + 0.01}, {zoom}), 1)")
    qtbot.waitUntil(lambda: js(qtbot, view, "bhVector.status().theme") == theme, timeout=10_000)
    settle(qtbot, view)
    image = view.grab().toImage()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SCREENSHOTS / f"vector-basemap-z{zoom}-{theme}.png"))

    # Sample points clear of the town's label and of the map's own panels.
    if zoom == 14:
        points = {"lake": (9.575, 28.43), "land": (9.60, 28.39), "road": (ROAD_LAT, 28.39),
                  "highway": (9.61, HIGHWAY_LON)}  # fmt: skip
    else:
        points = {"lake": (9.50, 28.37), "land": (9.75, 28.37), "road": (ROAD_LAT, 28.75),
                  "highway": (9.80, HIGHWAY_LON)}  # fmt: skip
    lake, land, road, highway = (at(qtbot, view, image, *points[k]) for k in points)
    assert near(image.pixelColor(*lake), shown(theme, "water")), image.pixelColor(*lake).name()
    assert near(image.pixelColor(*land), shown(theme, "land")), image.pixelColor(*land).name()
    assert any_near(image, road, shown(theme, "major")), image.pixelColor(*road).name()
    assert any_near(image, highway, shown(theme, "highway")), image.pixelColor(*highway).name()
    if zoom == 8:
        # The town's own name with its Latin form, placed on the map; its letters are drawn
        # in the label colour just beside the point.
        labels = js(qtbot, view, "bhVector.status().labels")
        assert f"{TOWN_NAME} ({TOWN_LATIN})" in labels
    assert view.blocker.blocked == []
    assert js(qtbot, view, "bhVector.status().errors") == []


def test_every_request_of_the_page_stays_on_bh(qtbot, vector_view):
    view = vector_view
    js(qtbot, view, f"(bhMap.setView({TOWN[1]}, {TOWN[0]}, 12), 1)")
    settle(qtbot, view)
    assert view.blocker.blocked == []
    assert view.blocker.allowed == []  # no file:// either: the archive comes through bh://
    assert js(qtbot, view, "bhMap.basemaps().filter(function (b) { return b.active; })[0].id") == (
        "vector:abyei"
    )
    assert basemaps.list_basemaps()[0].vector


def test_vector_mbtiles_in_the_openmaptiles_schema_are_drawn(qtbot, tmp_path: Path):
    """OpenMapTiles layers (water, transportation, place with name:latin), from vector MBTiles."""
    view = open_view(qtbot, tmp_path, write_vector_mbtiles(tmp_path / "abyei-omt.mbtiles"))
    try:
        middle = (ROAD_LAT + LAKE_NORTH) / 2
        js(qtbot, view, f"(bhMap.setView({middle}, {HIGHWAY_LON + 0.01}, 14), 1)")
        settle(qtbot, view)
        image = view.grab().toImage()
        lake = at(qtbot, view, image, 9.575, 28.43)
        road = at(qtbot, view, image, ROAD_LAT, 28.39)
        highway = at(qtbot, view, image, 9.61, HIGHWAY_LON)
        assert near(image.pixelColor(*lake), shown("day", "water")), image.pixelColor(*lake).name()
        assert any_near(image, road, shown("day", "major")), image.pixelColor(*road).name()
        assert any_near(image, highway, shown("day", "highway"))
        js(qtbot, view, f"(bhMap.setView({TOWN[1]}, {TOWN[0]}, 10), 1)")
        settle(qtbot, view)
        assert f"{TOWN_NAME} ({TOWN_LATIN})" in js(qtbot, view, "bhVector.status().labels")
        assert view.blocker.blocked == []
    finally:
        view.close()


def test_switching_themes_on_a_drawn_vector_basemap_redraws_and_the_page_answers(
    qtbot, vector_view
):
    """Day → night → briefing → day on a basemap already drawn: each switch redraws the tiles
    in the new style, lays the labels out again, and the page keeps answering."""
    view = vector_view
    js(qtbot, view, f"(bhMap.setView({(ROAD_LAT + LAKE_NORTH) / 2}, {HIGHWAY_LON + 0.01}, 12), 1)")
    settle(qtbot, view)
    label = f"{TOWN_NAME} ({TOWN_LATIN})"
    for theme in ("night", "briefing", "day"):
        view.set_theme(theme)  # as the View menu does
        qtbot.waitUntil(lambda t=theme: js(qtbot, view, "bhVector.status().theme") == t)
        qtbot.waitUntil(
            lambda: (
                not (s := js(qtbot, view, "bhVector.status()"))["pending"] and label in s["labels"]
            ),
            timeout=20_000,
        )
        painted(qtbot, view, frames=4)
        assert js(qtbot, view, "bhVector.status().errors") == []
        if theme in COLOURS:
            image = view.grab().toImage()
            land = at(qtbot, view, image, 9.60, 28.39)
            assert near(image.pixelColor(*land), shown(theme, "land")), (
                theme,
                image.pixelColor(*land).name(),
            )
    # A switch in the middle of a zoom: the new zoom's tiles still finish drawing.
    js(qtbot, view, f"(bhMap.setView({TOWN[1]}, {TOWN[0]}, 10), 1)")
    view.set_theme("night")
    qtbot.waitUntil(lambda: js(qtbot, view, "bhVector.status().theme") == "night")
    settle(qtbot, view)
    assert label in js(qtbot, view, "bhVector.status().labels")


@pytest.mark.parametrize("how", ["basemap", "layer"])
def test_the_opacity_sliders_fade_a_vector_basemap(qtbot, vector_view, how: str):
    """Manage basemaps' slider (this basemap's tiles, over Natural Earth) and the layer dock's
    (the whole basemap layer, over the map's sea colour) both fade the vector tiles."""
    view = vector_view
    middle = (ROAD_LAT + LAKE_NORTH) / 2
    js(qtbot, view, f"(bhMap.setView({middle}, {HIGHWAY_LON + 0.01}, 14), 1)")
    settle(qtbot, view)

    def drawn_in_full() -> bool:
        """The lake and the land beside it in the vector style's own colours."""
        image = view.grab().toImage()
        lake = image.pixelColor(*at(qtbot, view, image, 9.575, 28.43))
        land = image.pixelColor(*at(qtbot, view, image, 9.60, 28.39))
        return near(lake, shown("day", "water")) and near(land, shown("day", "land"))

    assert drawn_in_full()
    if how == "basemap":
        view.set_basemap_opacity("vector:abyei", 0.3)
        qtbot.waitUntil(
            lambda: js(qtbot, view, "bhMap.basemaps()")[-1]["opacity"] == pytest.approx(0.3)
        )
    else:
        view.set_layer_opacity("basemap", 0.3)
    painted(qtbot, view, frames=3)
    qtbot.waitUntil(lambda: not drawn_in_full())
