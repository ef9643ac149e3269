"""Headless render: a PNG of the picture and a standalone HTML map that needs no network."""

from __future__ import annotations

import subprocess
import sys
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
