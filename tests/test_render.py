"""Headless render: a PNG of the picture and a standalone HTML map that needs no network."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from app.demo import DemoOptions, generate_demo
from app.store import open_store
from maps.assets import remote_references

pytestmark = pytest.mark.webengine
SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("render") / "mission.db"
    with open_store(path) as store:
        generate_demo(store, DemoOptions(incidents=1500))
    return path


def render(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "render", *args],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_png_render_is_a_real_picture_of_the_mission(mission: Path, tmp_path: Path):
    from PySide6.QtGui import QImage

    out = tmp_path / "demo.png"
    result = render(mission, "--out", str(out), "--size", "1400x900")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    colours = {image.pixel(x, y) for x in range(0, 1400, 23) for y in range(0, 900, 19)}
    assert len(colours) > 50, "a blank or single-colour image"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SCREENSHOTS / "render-demo.png"))


def test_png_render_of_a_box_and_bad_arguments(mission: Path, tmp_path: Path):
    out = tmp_path / "box.png"
    assert render(mission, "--out", str(out), "--bbox", "19.9,6.5,20.3,6.9").returncode == 0
    assert out.stat().st_size > 10_000
    bad = render(mission, "--out", str(tmp_path / "x.png"), "--bbox", "200,0,10,10")
    assert bad.returncode == 2 and "not a box" in bad.stderr
    wrong = render(mission, "--out", str(tmp_path / "x.gif"))
    assert wrong.returncode == 1 and wrong.stderr.startswith("Error: ")
    assert not (tmp_path / "x.gif").exists()


def test_standalone_html_opens_with_the_network_refused(qtbot, mission: Path, tmp_path: Path):
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from app.ui.launch import prepare_qt_environment
    from app.ui.web import NetworkBlocker

    prepare_qt_environment()
    out = tmp_path / "briefing.html"
    result = render(mission, "--out", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert remote_references(html) == []
    assert "bh://local/" not in html  # nothing that only the app can serve

    profile = QWebEngineProfile()
    blocker = NetworkBlocker(profile, also_allow=("file",))  # the page itself, nothing else
    profile.setUrlRequestInterceptor(blocker)
    page = QWebEnginePage(profile)
    view = QWebEngineView()
    view.setPage(page)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(page.loadFinished, timeout=60_000):
        view.load(QUrl.fromLocalFile(str(out)))

    def state():
        box = {}
        page.runJavaScript("window.bhMap && bhMap.ready ? JSON.stringify(bhMap.layerState())"
                           " : null", 0, lambda v: box.update(v=v))  # fmt: skip
        qtbot.waitUntil(lambda: "v" in box, timeout=5_000)
        return box["v"]

    qtbot.waitUntil(lambda: state() is not None, timeout=30_000)
    import json

    layers = json.loads(state())
    with open_store(mission) as store:
        stats = store.stats()
    assert layers["incidents"]["count"] == stats["incidents"]
    assert layers["units"]["count"] == stats["units"]
    assert layers["lines"]["count"] == stats["ceasefire_lines"]
    assert blocker.blocked == []
    assert blocker.allowed == [QUrl.fromLocalFile(str(out)).toString()]  # one file: the page
    view.close()
    page.deleteLater()
    view.deleteLater()


def grid_columns(path: Path, row: int) -> list[int]:
    """x of each run of grid-blue pixels (bluer than the land) along a row of a PNG."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    xs = []
    for x in range(image.width()):
        c = image.pixelColor(x, row)
        if c.blue() > c.red() + 12 and c.red() < 200:
            xs.append(x)
    runs = [x for i, x in enumerate(xs) if i == 0 or x != xs[i - 1] + 1]
    return runs


def test_render_draws_the_mgrs_grid_across_a_zone_boundary(mission: Path, tmp_path: Path):
    # 11 km of map across 18°E, the boundary of UTM zones 33 and 34: 1 km lines of each zone.
    box = "17.95,6.5,18.05,6.58"
    out = tmp_path / "grid.png"
    result = render(mission, "--out", str(out), "--bbox", box, "--size", "1200x800", "--plain",
                    "--grid", "mgrs")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "MGRS grid 1 km" in result.stdout
    plain = tmp_path / "plain.png"
    assert render(mission, "--out", str(plain), "--bbox", box, "--size", "1200x800",
                  "--plain").returncode == 0  # fmt: skip
    assert grid_columns(plain, 400) == []
    # Rows between northing lines (~89 px apart) cross only the easting lines: the fewest runs.
    columns = min((grid_columns(out, row) for row in range(330, 460, 17)), key=len)
    # About 11 easting lines 1 km (~105 px) apart, and the zone boundary in the middle.
    assert 9 <= len(columns) <= 16, columns
    assert any(abs(x - 600) <= 6 for x in columns), columns
    gaps = sorted(b - a for a, b in pairwise(columns))
    assert gaps[len(gaps) // 2] > 60, gaps
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    from PySide6.QtGui import QImage

    QImage(str(out)).save(str(SCREENSHOTS / "render-mgrs-grid-zone-boundary.png"))


def test_briefing_pdf_and_html_carry_the_grid(mission: Path, tmp_path: Path):
    pdf = tmp_path / "brief.pdf"
    result = render(mission, "--out", str(pdf), "--bbox", "20.0,6.5,20.35,6.75", "--grid", "latlon")
    assert result.returncode == 0, result.stderr
    assert "lat/lon graticule every 2′" in result.stdout and pdf.read_bytes()[:5] == b"%PDF-"
    html = tmp_path / "brief.html"
    assert render(mission, "--out", str(html), "--grid", "mgrs").returncode == 0
    text = html.read_text(encoding="utf-8")
    assert '"grid":"mgrs"' in text and "window.bhGrid" in text


def test_render_chooses_the_basemap_of_an_output(mission: Path, tmp_path: Path):
    from pngs import png_tile
    from PySide6.QtGui import QImage

    from app import basemaps
    from maps.mbtiles import write_mbtiles

    red = png_tile((220, 0, 0))
    source = tmp_path / "red.mbtiles"

    # The whole world to zoom 4, then only around the mission (x 54-56 %, y 47-49 %) to zoom 8.
    def near(z: int, x: int, y: int) -> bool:
        return 2**z * 0.54 <= x <= 2**z * 0.56 and 2**z * 0.47 <= y <= 2**z * 0.49

    tiles = [(z, x, y, red) for z in range(0, 9) for x in range(2**z) for y in range(2**z)
             if z < 5 or near(z, x, y)]  # fmt: skip
    write_mbtiles(source, tiles, {"name": "Red sheet", "format": "png", "minzoom": "0",
                                  "maxzoom": "8"})  # fmt: skip
    basemaps.import_mbtiles(source, id="red-sheet")
    box = "15.5,4.5,21,10"
    plain = tmp_path / "plain.png"
    on_red = tmp_path / "red.png"
    for out, extra in ((plain, ()), (on_red, ("--basemap", "red-sheet"))):
        result = render(mission, "--out", str(out), "--bbox", box, "--size", "800x500",
                        "--plain", *extra)  # fmt: skip
        assert result.returncode == 0, result.stderr

    def reddish(path: Path) -> int:
        image = QImage(str(path))
        return sum(
            1 for x in range(0, 800, 10) for y in range(0, 500, 10)
            if (c := image.pixelColor(x, y)).red() > 180 and c.green() < 80 and c.blue() < 80
        )  # fmt: skip

    assert reddish(on_red) > 10 * max(1, reddish(plain))
    unknown = render(mission, "--out", str(tmp_path / "x.png"), "--basemap", "nowhere")
    assert unknown.returncode == 1 and "No basemap with the id 'nowhere'" in unknown.stderr
