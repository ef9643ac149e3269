"""Briefing outputs as a user sees them: PNG and PDF of a view, the SITREP PDF, the HTML map.

Every output is looked at: image size and colours, the banners' colour at the top and bottom
edges, PDF pages counted and rendered by Qt's own PDF reader, and the standalone page loaded in
Qt WebEngine with every network request refused.
"""

from __future__ import annotations

from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from briefing_mission import END, make_mission
from tests_png import tiny_png
from webpages import OfflinePage, js, painted

from app.briefing.marking import banner_colours
from app.briefing.pages import briefing_page, standalone_html
from app.briefing.sitrep import build_sitrep, sitrep_html
from app.briefing.views import SavedView, ViewStore
from app.store import open_store
from app.ui.render import _delete_now

pytestmark = pytest.mark.webengine
SHOTS = Path("/tmp/bh-briefing-shots")


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "m.db"
    make_mission(path)
    with open_store(path) as store:
        views = ViewStore(store)
        views.save(SavedView(name="Line A", bounds=(34.95, 32.85, 35.75, 33.35), theme="briefing"))
        views.save(
            SavedView(
                name="Fire only",
                bounds=(34.95, 32.85, 35.75, 33.35),
                layers=("incidents", "lines", "buffers"),
                filter={"categories": ["ceasefire_violation"]},
                time_start=END - timedelta(hours=24),
                time_end=END,
                theme="night",
            )
        )
    return path


def page_for(mission: Path, name: str, **kw: Any):
    with open_store(mission) as store:
        return briefing_page(store, ViewStore(store).get(name), at=END, **kw)


def colour_at(image, x: int, y: int) -> str:
    from PySide6.QtGui import QColor

    return QColor(image.pixel(x, y)).name().upper()


def distinct_colours(image) -> int:
    step_x, step_y = max(1, image.width() // 70), max(1, image.height() // 50)
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step_x)
         for y in range(0, image.height(), step_y)}
    )  # fmt: skip


def test_png_of_a_view_is_marked_top_and_bottom_and_not_blank(qtbot, mission: Path, tmp_path):
    from PySide6.QtGui import QImage

    from app.ui.outputs import render_view_png

    page = page_for(mission, "Line A")
    assert page.classification == "CONFIDENTIAL"  # the armed-clash report is CONFIDENTIAL
    out = tmp_path / "line-a.png"
    info = render_view_png(mission, out, page, size=(1600, 1000))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    assert distinct_colours(image) > 40, "a blank or single-colour image"
    blue = banner_colours("CONFIDENTIAL")[0]
    for x in (3, 800, 1596):
        assert colour_at(image, x, 3) == blue and colour_at(image, x, 996) == blue
    assert info["blocked_requests"] == []
    SHOTS.mkdir(exist_ok=True)
    image.save(str(SHOTS / "view-line-a.png"))


def test_view_furniture_is_legible_at_a_distance(qtbot, mission: Path):
    """Title ≥ 28 px and legend text ≥ 16 px at 1600 px wide; every legend section open."""
    from app.ui.map_view import MapView

    page = page_for(mission, "Fire only")
    view = MapView()
    view.resize(1600, 1000)
    view.incident_filter = page.incident_filter
    view.show()
    with qtbot.waitSignal(view.map_ready, timeout=60_000):
        view.show_mission(mission, title=page.title, **page.page_kwargs())
    legend_rows = "document.querySelectorAll('.bh-legend-row').length > 0"
    qtbot.waitUntil(lambda: js(qtbot, view, legend_rows) is True)
    state = js(qtbot, view, "bhBrief.state()")
    assert state["banners"] == ["UNCLASSIFIED", "UNCLASSIFIED"]  # the filter leaves it out
    assert state["theme"] == "night" and state["titleBlock"] and state["northArrow"]
    assert state["clock"][1] == "051200ZMAR26" and state["clock"][0].endswith("(local)")
    assert not state["clockLive"]  # fixed at render time
    sizes = js(
        qtbot, view,
        "[parseFloat(getComputedStyle(document.querySelector('.bh-brief-heading')).fontSize),"
        " parseFloat(getComputedStyle(document.querySelector('.bh-legend-label')"
        "  || document.querySelector('.bh-legend-row')).fontSize),"
        " Array.from(document.querySelectorAll('details.bh-legend-section')).every(d => d.open),"
        " document.body.classList.contains('bh-theme-night')]",
    )  # fmt: skip
    assert sizes[0] >= 28 and sizes[1] >= 16 and sizes[2] and sizes[3]
    counts = js(qtbot, view, "bhMap.counts()")
    assert counts["incidents"] == 3  # ceasefire violations in the window only
    view.grab().save(str(SHOTS / "view-night.png"))
    view.close()
    _delete_now(view)


def test_pdf_of_a_view_is_one_marked_page(qtbot, mission: Path, tmp_path: Path):
    from app.ui.outputs import render_view_pdf

    page = page_for(mission, "Line A", title="UNTEST morning brief")
    out = tmp_path / "line-a.pdf"
    render_view_pdf(mission, out, page, size=(1600, 1000))
    doc, images = read_pdf(out)
    assert len(images) == 1
    text = doc.getAllText(0).text()
    assert text.count("CONFIDENTIAL") == 2 and "UNTEST morning brief" in text
    assert "051200ZMAR26" in text and "Source: mission database UNTEST" in text
    image = images[0]
    blue = banner_colours("CONFIDENTIAL")[0]
    assert colour_at(image, 5, 3) == blue and colour_at(image, 5, image.height() - 3) == blue
    assert distinct_colours(image) > 40
    image.save(str(SHOTS / "view-line-a-pdf.png"))


def test_sitrep_pdf_has_its_pages_each_marked(qtbot, mission: Path, tmp_path: Path):
    from app.ui.outputs import sitrep_pdf

    with open_store(mission) as store:
        report = build_sitrep(store, end=END)
    out = tmp_path / "sitrep.pdf"
    # A tall map image pushes the tables onto a second page.
    html = sitrep_html(report, map_png=tiny_png())
    html = html.replace("<section class='map'>", "<section class='map' style='height:240mm'>")
    info = sitrep_pdf(html, out)
    doc, images = read_pdf(out)
    assert info["pages"] == len(images) >= 2
    blue = banner_colours("CONFIDENTIAL")[0]
    for number, image in enumerate(images):
        assert "CONFIDENTIAL" in doc.getAllText(number).text()
        assert colour_at(image, image.width() // 2, 2) == blue, f"page {number + 1} top"
        assert colour_at(image, image.width() // 2, image.height() - 2) == blue
        image.save(str(SHOTS / f"sitrep-page-{number + 1}.png"))
    everything = " ".join(doc.getAllText(n).text() for n in range(len(images)))
    assert "Ceasefire violations by line and side" in everything
    assert "Significant incidents" in everything


def test_standalone_briefing_map_opens_offline_with_layers_banners_and_legend(
    qtbot, mission: Path, tmp_path: Path
):
    page = page_for(mission, "Line A")
    with open_store(mission) as store:
        html, counts = standalone_html(store, page)
    out = tmp_path / "brief.html"
    out.write_text(html, encoding="utf-8")
    assert _remote_links(html) == []

    opened = OfflinePage(qtbot, out)
    view, blocker = opened.view, opened.blocker
    qtbot.waitUntil(lambda: js(qtbot, view, "!!(window.bhMap && bhMap.ready)"), timeout=30_000)
    layers = js(qtbot, view, "bhMap.layerState()")
    assert layers["incidents"]["count"] == counts["incidents"] == 7
    assert layers["lines"]["count"] == 1 and layers["areas"]["count"] == 3
    state = js(qtbot, view, "bhBrief.state()")
    assert state["banners"] == ["CONFIDENTIAL", "CONFIDENTIAL"]
    assert state["title"] == "UNTEST" and state["sourceNote"].startswith("Source:")
    assert js(qtbot, view, "document.querySelectorAll('.bh-legend-row').length") > 10
    # The briefer switches the theme in the browser's console or the app: it follows.
    js(qtbot, view, "bhBrief.setTheme('night')")
    assert js(qtbot, view, "document.body.className").count("bh-theme-night") == 1
    assert blocker.blocked == []
    assert blocker.allowed == [opened.url]
    painted(qtbot, view)  # the new theme is drawn before the screenshot
    view.grab().save(str(SHOTS / "standalone-night.png"))
    opened.close()


def read_pdf(path: Path):
    """(QPdfDocument, one image per page at 100 dpi)."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    images = []
    for number in range(doc.pageCount()):
        size = doc.pagePointSize(number) * (100 / 72)
        images.append(doc.render(number, size.toSize()))
    return doc, images


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.links.append(value)


def _remote_links(html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    return [v for v in parser.links if v.strip().lower().startswith(("http:", "https:", "//"))]
