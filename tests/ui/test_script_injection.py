"""Script payloads in every text field stay inert text: in the offline HTML briefing map (every
popup and tooltip opened) and in the SITREP, each loaded in Qt WebEngine with the network
refused. The app's own map popups and tables are covered in test_map.py."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from factories import T0, area, incident, line, patrol, position, unit
from shapely.geometry import LineString, Polygon
from webpages import OfflinePage, js, painted, popup_text

from app.store import open_store

pytestmark = pytest.mark.webengine

#: Each part would bump window.__pwned if the browser ever ran it.
PAYLOAD = (
    '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">'
    '<script>window.__pwned=99</script><svg onload="window.__pwned=7">'
)
SHORT = '<b onmouseover="window.__pwned=3">"x"</b>'  # for fields with a short limit


@pytest.fixture
def hostile_mission(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.db"
    near = {"lat": 6.7, "lon": 20.1}
    with open_store(path) as store:
        u = store.save(unit(designation=PAYLOAD, short_name=SHORT, callsign=SHORT, role="infantry"))
        ring = Polygon([(20.0, 6.6), (20.3, 6.6), (20.3, 6.9), (20.0, 6.9)])
        a = store.save(area(name=PAYLOAD, geometry=ring))
        store.save_many(
            [
                position(u.id, **near),
                position(u.id, minutes=30, lat=6.75, lon=20.15),
                line(
                    name=PAYLOAD,
                    party_left=SHORT,
                    party_right=SHORT,
                    agreement=PAYLOAD,
                    geometry=LineString([(19.9, 6.8), (20.4, 6.8)]),
                    buffer_m=500.0,
                ),
                patrol(
                    u.id,
                    area_id=a.id,
                    task=PAYLOAD,
                    findings=PAYLOAD,
                    track=LineString([(20.05, 6.65), (20.2, 6.85)]),
                ),
                incident(
                    title=PAYLOAD,
                    description=PAYLOAD,
                    actors=(SHORT, "Armed group"),
                    reporting_unit_id=u.id,
                    occurred_start=T0 + timedelta(hours=1),
                    **near,
                ),
            ]
        )
    return path


def cli(*args: str) -> None:
    """The command as an operator runs it: its own process."""
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr


def assert_inert(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    assert js(qtbot, view, "window.__pwned === undefined"), "a payload ran"
    assert js(qtbot, view, "document.querySelectorAll('img[src=\"x\"], svg[onload]').length") == 0
    text = js(qtbot, view, "document.body.textContent")
    assert "<script>window.__pwned=99</script>" in text  # shown as text, not stripped


def assert_popup_inert(qtbot, view, short: str, record_id: str) -> None:  # type: ignore[no-untyped-def]
    """Open this record's popup (and only it) and check the payload in it is inert text."""
    js(qtbot, view, "(bhMap.map.closePopup(), 1)")
    qtbot.waitUntil(lambda: popup_text(qtbot, view) == "", timeout=5_000)
    js(qtbot, view, f"(bhMap.select('{short}', '{record_id}', {{popup: true}}), 1)")
    qtbot.waitUntil(lambda: "__pwned" in popup_text(qtbot, view), timeout=10_000)
    inside = js(
        qtbot, view,
        "document.querySelector('.leaflet-popup-content')"
        ".querySelectorAll('img, svg, script, [onerror], [onload], [onmouseover]').length",
    )  # fmt: skip
    assert inside == 0, f"the {short} popup holds live markup"
    assert_inert(qtbot, view)


def test_the_offline_briefing_map_shows_payloads_as_text_in_every_popup_and_tooltip(
    qtbot, hostile_mission: Path, tmp_path: Path
):
    out = tmp_path / "brief.html"
    cli("--db", str(hostile_mission), "render", "--out", str(out), "--title", SHORT)
    opened = OfflinePage(qtbot, out, size=(1400, 900))
    view, blocker = opened.view, opened.blocker
    try:
        qtbot.waitUntil(lambda: js(qtbot, view, "!!(window.bhMap && bhMap.ready)"), timeout=30_000)
        with open_store(hostile_mission, readonly=True) as store:
            targets = [(r.KIND, r.id) for r in store.all_records()]
        for kind, record_id in targets:
            if kind in ("incident", "unit", "ceasefire_line", "patrol_area", "patrol"):
                short = {"ceasefire_line": "line", "patrol_area": "area"}.get(kind, kind)
                assert_popup_inert(qtbot, view, short, record_id)
        tooltips = js(
            qtbot,
            view,
            "(function(){ var n = 0; bhMap.map.eachLayer(function (l) {"
            " if (l.getTooltip && l.getTooltip()) { l.openTooltip(); n += 1; } }); return n; })()",
        )
        assert tooltips >= 2  # unit and line tooltips at least
        painted(qtbot, view)  # the opened tooltips are drawn before they are checked
        assert_inert(qtbot, view)
        assert blocker.blocked == []
    finally:
        opened.close()


def test_the_sitrep_shows_payloads_as_text(qtbot, hostile_mission: Path, tmp_path: Path):
    out = tmp_path / "sitrep.html"
    until = (T0 + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    cli("--db", str(hostile_mission), "report", "sitrep", "--since", "7d", "--until", until,
        "--out", str(out), "--title", SHORT)  # fmt: skip
    opened = OfflinePage(qtbot, out, size=(1400, 900))
    view, blocker = opened.view, opened.blocker
    try:
        painted(qtbot, view)
        assert_inert(qtbot, view)
        assert blocker.blocked == []
    finally:
        opened.close()
