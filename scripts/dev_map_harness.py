"""Developer harness for the map page (maps/static/bh-map.js): render, time, screenshot.

Builds a throw-away HTML page in a temporary folder that loads Leaflet and the plugins from
resources/web/node_modules and bh-map.js/.css from maps/static by file:// paths, with a synthetic
mission picture (or ``--payload FILE.json``) inline, opens it in an offscreen QWebEngineView and
prints how long the page took to paint, ``bhMap.layerState()``, the bridge messages it sent and
every JavaScript console message. ``--out`` saves a PNG; each ``--step JS`` runs a snippet on the
page afterwards and saves one more PNG (``out-1.png``, ``out-2.png``, …).

    .venv/bin/python scripts/dev_map_harness.py --out /tmp/bh/map.png
    .venv/bin/python scripts/dev_map_harness.py --incidents 0 --out /tmp/bh/empty.png
    .venv/bin/python scripts/dev_map_harness.py --out /tmp/bh/m.png \\
        --step "bhMap.setView(9.6, 28.5, 10)" \\
        --step "bhMap.select('incident', 'INC-0', {popup: true})"

Not part of the app: it exists to look at the page while working on it. Exits non-zero when the
page reports errors or never becomes ready.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_FLAGS = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
if "--no-sandbox" not in _FLAGS:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (_FLAGS + " --no-sandbox").strip()

import PySide6.QtWebEngineWidgets  # noqa: E402,F401  (must come before the QApplication)
from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl, Slot  # noqa: E402
from PySide6.QtWebChannel import QWebChannel  # noqa: E402
from PySide6.QtWebEngineCore import QWebEnginePage  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from maps import assets  # noqa: E402
from maps.document import MAP_SCRIPTS  # noqa: E402

STATIC = REPO / "maps" / "static"
PAGE_SCRIPTS = ("supercluster.js", "milsymbol.js", "topojson-client.js", "leaflet.heat.js",
                "markercluster.js")  # fmt: skip
PAGE_STYLES = ("markercluster.css", "markercluster.default.css")

# --------------------------------------------------------------------------------------------
# Synthetic mission picture around 10N 30E
# --------------------------------------------------------------------------------------------

GROUP_COLOURS = {
    "Violence": "#c62828",
    "Ceasefire": "#d81b60",
    "Protection of civilians": "#6a1b9a",
    "Safety and security": "#ef6c00",
    "Civil unrest": "#f9a825",
    "Political and security": "#00838f",
    "Humanitarian": "#1565c0",
}
SIDCS = (
    "10031000161211000000",  # friendly infantry battalion
    "10031000151412000000",  # friendly MP company
    "10031002181211000000",  # friendly infantry brigade HQ
    "10032500001601000000",  # observation post
    "10031000161211003900",  # multinational infantry battalion
    "10032500001303000000",  # checkpoint
    "10031000141211000000",  # infantry platoon
    "10061000001211000000",  # hostile infantry
    "10041100001104000900",  # displaced persons
)
NATIONS = ("NPL", "IND", "BGD", "PAK", "RWA", "GHA", "CHN", "ETH", "IRL", "FRA", "URY", "MNG")
PROBES = ("<script>alert(1)</script>", "<Justice & Water>", '<img src=x onerror="alert(2)">')


def _wiggly_line(rng: random.Random, lat: float, lon: float, km: float, heading: float) -> list:
    points = []
    step_km = 2.5
    for _ in range(int(km / step_km)):
        points.append([round(lon, 5), round(lat, 5)])
        heading += rng.gauss(0, 0.25)
        lat += step_km / 111.0 * math.cos(heading)
        lon += step_km / (111.0 * math.cos(math.radians(lat))) * math.sin(heading)
    return points


def _blob(rng: random.Random, lat: float, lon: float, radius_km: float) -> list:
    n = rng.randint(6, 11)
    ring = []
    for i in range(n):
        angle = 2 * math.pi * i / n
        r = radius_km * rng.uniform(0.6, 1.2)
        ring.append(
            [
                round(lon + r / (111.0 * math.cos(math.radians(lat))) * math.cos(angle), 5),
                round(lat + r / 111.0 * math.sin(angle), 5),
            ]
        )
    ring.append(ring[0])
    return ring


def _buffers(lines: list[dict]) -> list[dict]:
    import numpy as np
    import shapely
    from pyproj import Transformer
    from shapely.geometry import LineString, mapping

    def transformer(source: int, target: int):
        t = Transformer.from_crs(source, target, always_xy=True)
        return lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1]))

    to_utm, to_wgs = transformer(4326, 32636), transformer(32636, 4326)

    def transform(fn, geometry):
        return shapely.transform(geometry, fn)

    features = []
    for line in lines:
        props = line["properties"]
        metric = transform(to_utm, LineString(line["geometry"]["coordinates"]))
        polygon = transform(to_wgs, metric.buffer(props["bufferM"])).simplify(0.0005)
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(polygon),
                "properties": {
                    "lineId": props["id"],
                    "name": f"{props['name']} buffer",
                    "bufferM": props["bufferM"],
                },
            }
        )
    return features


def synthesize(n_incidents: int, n_units: int, n_areas: int, n_lines: int, seed: int) -> dict:
    from app.domain.taxonomy import SEED_CATEGORIES

    rng = random.Random(seed)
    now = datetime(2024, 3, 5, 14, 30, tzinfo=UTC)
    categories = [
        {"key": c.key, "label": c.label, "group": c.group, "color": GROUP_COLOURS[c.group]}
        for c in SEED_CATEGORIES
    ]
    groups = [{"name": name, "color": colour} for name, colour in GROUP_COLOURS.items()]

    towns = [(rng.gauss(10, 1.1), rng.gauss(30, 1.4)) for _ in range(160)]
    lines = []
    for i in range(n_lines):
        lat, lon = rng.gauss(10, 0.9), rng.gauss(30, 1.1)
        coords = _wiggly_line(rng, lat, lon, rng.uniform(40, 140), rng.uniform(0, math.pi))
        line_type = (
            "ceasefire_line" if i % 5 else rng.choice(("alpha_line", "line_of_contact", "boundary"))
        )
        lines.append(
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": coords},
                "properties": {
                    "id": f"LINE-{i}",
                    "name": PROBES[1] if i == 0 else f"Line {chr(65 + i % 26)}{i}",
                    "lineType": line_type,
                    "partyLeft": "Northern Forces",
                    "partyRight": "Southern Alliance",
                    "bufferM": rng.choice((500, 1000, 2000, 3000)),
                    "agreement": "Kadugli Ceasefire Agreement",
                    "agreementDate": "2023-11-02T00:00:00Z",
                },
            }
        )
    line_points = [pt for f in lines for pt in f["geometry"]["coordinates"]]

    inc = {k: [] for k in ("id", "lat", "lon", "cat", "sev", "time", "title", "status", "weapon")}
    detail = {k: [] for k in ("description", "actors", "reliability", "credibility",
                              "fatalities", "injured", "reportingUnit")}  # fmt: skip
    statuses = ("reported", "confirmed", "disputed", "closed", "rejected")
    weapons = ("small_arms", "heavy_machine_gun", "mortar", "artillery", "rocket", "uav")
    for i in range(n_incidents):
        r = rng.random()
        if r < 0.7:
            lat, lon = rng.choice(towns)
            lat, lon = rng.gauss(lat, 0.04), rng.gauss(lon, 0.04)
        elif r < 0.9 and line_points:
            lon, lat = rng.choice(line_points)
            lat, lon = rng.gauss(lat, 0.02), rng.gauss(lon, 0.02)
        else:
            lat, lon = rng.uniform(7, 13), rng.uniform(26, 34)
        cat = rng.randrange(len(categories))
        firing = categories[cat]["key"] in ("ceasefire_violation", "indirect_fire", "armed_clash")
        inc["id"].append(f"INC-{i}")
        inc["lat"].append(round(lat, 5))
        inc["lon"].append(round(lon, 5))
        inc["cat"].append(cat)
        inc["sev"].append(min(5, max(1, int(rng.expovariate(0.8)) + 1)))
        t = now - timedelta(minutes=rng.randrange(90 * 24 * 60))
        inc["time"].append(t.strftime("%Y-%m-%dT%H:%M:%SZ"))
        inc["title"].append(PROBES[i] if i < len(PROBES) else f"{categories[cat]['label']} #{i}")
        inc["status"].append(rng.choice(statuses))
        inc["weapon"].append(rng.choice(weapons) if firing else None)
        detail["description"].append("Observed from OP 4; two bursts heard, direction north-east.")
        detail["actors"].append(
            ["Northern Forces"] if i % 3 else ["Southern Alliance", "Civilians"]
        )
        detail["reliability"].append(rng.choice("ABCDEF"))
        detail["credibility"].append(rng.randint(1, 6))
        detail["fatalities"].append(rng.choice((0, 0, 0, 1, 2)))
        detail["injured"].append(rng.choice((0, 0, 1, 3)))
        detail["reportingUnit"].append(f"UNIT-{rng.randrange(max(n_units, 1))}")
    inc["detail"] = detail

    units = []
    for i in range(n_units):
        lat, lon = rng.choice(towns)
        sidc = SIDCS[i % len(SIDCS)]
        parent = f"UNIT-{i // 10 * 10}" if i % 10 else None
        units.append(
            {
                "id": f"UNIT-{i}",
                "designation": PROBES[2] if i == 1 else f"{i % 4 + 1} Coy, Battalion {i // 10}",
                "short": PROBES[2] if i == 1 else f"{chr(65 + i % 4)}/{i // 10}BN",
                "nation": NATIONS[i // 10 % len(NATIONS)],
                "sidc": sidc,
                "echelon": "company",
                "role": "infantry",
                "callsign": f"TANGO {i}",
                "strength": rng.randint(25, 180),
                "lat": round(rng.gauss(lat, 0.05), 5),
                "lon": round(rng.gauss(lon, 0.05), 5),
                "observedAt": (now - timedelta(minutes=rng.randrange(600))).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                ),
                "status": "operational",
                "parent": parent,
            }
        )
    tracks = []
    for unit in units[: min(120, len(units))]:
        lat, lon = unit["lat"], unit["lon"]
        coords = []
        for _ in range(15):
            coords.append([round(lat, 5), round(lon, 5)])
            lat += rng.gauss(0, 0.01)
            lon += rng.gauss(0, 0.01)
        tracks.append({"unitId": unit["id"], "coords": [*coords[::-1], [unit["lat"], unit["lon"]]]})

    area_types = ("patrol_area",) * 6 + ("sector", "area_of_separation", "restricted_area")
    area_statuses = ("active",) * 5 + ("restricted", "inactive", "closed")
    areas = []
    for i in range(n_areas):
        lat, lon = rng.choice(towns)
        areas.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [_blob(rng, lat, lon, rng.uniform(4, 15))],
                },
                "properties": {
                    "id": f"AREA-{i}",
                    "name": PROBES[1] if i == 0 else f"Patrol area {i}",
                    "areaType": rng.choice(area_types),
                    "status": rng.choice(area_statuses),
                    "responsible": f"UNIT-{rng.randrange(max(n_units, 1))}",
                },
            }
        )
    patrols = []
    for i in range(min(300, n_units)):
        unit = units[i]
        coords = _wiggly_line(
            rng, unit["lat"], unit["lon"], rng.uniform(8, 30), rng.uniform(0, 6.28)
        )
        if len(coords) < 2:
            continue
        patrols.append(
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": coords},
                "properties": {
                    "id": f"PAT-{i}",
                    "unit": unit["id"],
                    "status": rng.choice(
                        ("planned", "in_progress", "completed", "completed", "aborted")
                    ),
                    "patrolType": rng.choice(("foot", "mobile", "mobile", "joint")),
                    "task": "Area domination and liaison with local leaders",
                    "start": (now - timedelta(hours=rng.randrange(48))).strftime(
                        "%Y-%m-%dT%H:%M:%SZ"
                    ),
                    "end": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                },
            }
        )
    return {
        "generatedAt": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "categories": categories,
        "groups": groups,
        "incidents": inc,
        "units": units,
        "tracks": tracks,
        "areas": {"type": "FeatureCollection", "features": areas},
        "patrols": {"type": "FeatureCollection", "features": patrols},
        "lines": {"type": "FeatureCollection", "features": lines},
        "buffers": {"type": "FeatureCollection", "features": _buffers(lines)},
    }


# --------------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------------


def _script_json(value: object) -> str:
    """JSON that cannot end the <script> element it sits in."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def build_page(folder: Path, payload: dict, args: argparse.Namespace) -> Path:
    import folium
    from branca.element import Element, MacroElement
    from folium.elements import JSCSSMixin
    from jinja2 import Template

    web = assets.web_root().resolve().as_uri() + "/"
    static = STATIC.resolve().as_uri() + "/"
    m = folium.Map(location=[10, 30], zoom_start=7, tiles=None, control_scale=True)
    root = m.get_root()
    header = root.header

    class PageAssets(JSCSSMixin, MacroElement):
        """Scripts and styles after folium's own (a map child renders after the map)."""

        _template = Template("")
        default_css = [(name, assets.asset_url(name, web)) for name in PAGE_STYLES] + [
            ("bh-map.css", static + "bh-map.css")
        ]
        default_js = [  # noqa: RUF012 (folium's own convention for these lists)
            *[(name, assets.asset_url(name, web)) for name in PAGE_SCRIPTS],
            *([] if args.no_bridge else [("qwebchannel", "qrc:///qtwebchannel/qwebchannel.js")]),
            *[(name, static + name) for name in MAP_SCRIPTS],
        ]

    m.add_child(PageAssets())

    data_file = folder / "picture.json"
    if args.data_mode == "url":
        # Like the app: the picture has no per-incident detail (popups fetch the record).
        lean = dict(
            payload, incidents={k: v for k, v in payload["incidents"].items() if k != "detail"}
        )
        data_file.write_text(json.dumps(lean, separators=(",", ":")), encoding="utf-8")
        data: dict = {"url": data_file.resolve().as_uri()}
    else:
        data = {"inline": payload}
    atlas = assets.web_root() / "world-atlas"
    config = {
        "title": args.title,
        "mode": "standalone" if args.layer_control else "app",
        "bounds": args.bounds,
        "basemaps": [{"id": "natural-earth", "label": "Natural Earth", "type": "vector"}]
        + (
            [
                {
                    "id": "xyz",
                    "label": "Tiles <test>",
                    "type": "xyz",
                    "url": args.xyz,
                    "minZoom": 0,
                    "maxZoom": 9,
                    "attribution": "<b>Test</b> & tiles",
                }
            ]
            if args.xyz
            else []
        ),
        "basemap": "xyz" if args.xyz else "natural-earth",
        "worldAtlas": {
            "coarse": json.loads((atlas / "countries-50m.json").read_text(encoding="utf-8")),
            "detail": (atlas / "countries-10m.json").resolve().as_uri(),
        },
        "data": data,
        "recordUrl": None,
        "showLayerControl": args.layer_control,
        "visible": dict({"heatmap": args.heatmap}, **{name: False for name in args.hide}),
    }
    header.add_child(Element(f"<script>window.BH_CONFIG = {_script_json(config)};</script>"))
    if args.briefing:
        root.html.add_child(Element("<script>document.body.classList.add('bh-briefing');</script>"))

    class InitScript(MacroElement):
        _template = Template(
            "{% macro script(this, kwargs) %}"
            "window.bhMap.init({{ this._parent.get_name() }}, window.BH_CONFIG);"
            "{% endmacro %}"
        )

    m.add_child(InitScript())
    assets.localize_folium(m, web)
    html = root.render()
    page = folder / "map.html"
    page.write_text(html, encoding="utf-8")
    return page


# --------------------------------------------------------------------------------------------
# Qt side
# --------------------------------------------------------------------------------------------


class ConsolePage(QWebEnginePage):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages: list[str] = []

    def javaScriptConsoleMessage(self, level, message, line, source):
        name = getattr(level, "name", str(level)).replace("Message", "").replace("Level", "")
        self.messages.append(f"[{name}] {message} ({Path(source).name}:{line})")


class Bridge(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def _note(self, name: str, *args: object) -> None:
        self.messages.append((name, ", ".join(str(a)[:300] for a in args)))

    @Slot(str, str)
    def featureClicked(self, kind: str, record_id: str) -> None:
        self._note("featureClicked", kind, record_id)

    @Slot(float, float)
    def cursorMoved(self, lat: float, lon: float) -> None:
        self._note("cursorMoved", lat, lon)

    @Slot(str)
    def viewChanged(self, message: str) -> None:
        self._note("viewChanged", message)

    @Slot(str)
    def mapReady(self, message: str) -> None:
        self._note("mapReady", message)

    @Slot(str)
    def reportError(self, message: str) -> None:
        self._note("reportError", message)


READY_PROBE = (
    "window.bhMap && bhMap.ready ? JSON.stringify({paintedAt: bhMap.paintedAt,"
    " timeOrigin: performance.timeOrigin,"
    " initMs: bhMap.initMs, timings: bhMap.timings, errors: bhMap.errors}) : null"
)


def run_js(page: QWebEnginePage, script: str, timeout_s: float = 20.0) -> object:
    result: dict = {}
    loop = QEventLoop()

    def done(value: object) -> None:
        result["value"] = value
        loop.quit()

    page.runJavaScript(script, 0, done)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    return result.get("value")


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def check_mgrs(page: QWebEnginePage, count: int) -> int:
    """Compare bhMap.toMGRS with the app's MGRS (GEOTRANS) at random points; returns mismatches."""
    from app.domain.coords import to_mgrs

    rng = random.Random(7)
    points = [(rng.uniform(-79.9, 83.9), rng.uniform(-180, 179.999)) for _ in range(count)]
    points += [(10.0, 30.0), (33.51, 36.29), (-33.9, 18.4), (60.0, 5.0), (78.0, 15.0), (0.0, 0.0)]
    js = json.dumps(points)
    got = run_js(page, f"JSON.stringify({js}.map(p => bhMap.toMGRS(p[0], p[1], 5)))")
    mine = json.loads(got) if isinstance(got, str) else []
    bad = [(p, a, to_mgrs(*p)) for p, a in zip(points, mine, strict=False) if a != to_mgrs(*p)]
    print(f"MGRS: {len(points) - len(bad)}/{len(points)} match the app's GEOTRANS references")
    for p, a, b in bad[:10]:
        print(f"  {p}: page {a!r} app {b!r}")
    return len(bad)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--payload", type=Path, help="payload JSON instead of synthetic data")
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--areas", type=int, default=200)
    parser.add_argument("--lines", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="save a PNG of the painted map here")
    parser.add_argument("--step", action="append", default=[], help="JS to run, then a PNG")
    parser.add_argument("--size", default="1600x1000", help="view size WxH")
    parser.add_argument("--title", default="UNISFA (synthetic) \u2014 common operating picture")
    parser.add_argument("--bounds", type=json.loads, default=[[8.2, 27.2], [11.8, 32.8]])
    parser.add_argument("--data-mode", choices=("inline", "url"), default="inline")
    parser.add_argument("--layer-control", action="store_true", help="standalone layer control")
    parser.add_argument("--heatmap", action="store_true", help="show the heatmap layer")
    parser.add_argument("--xyz", help="an XYZ tile URL template to add and show as basemap")
    parser.add_argument("--hide", nargs="*", default=[], help="layers to start hidden")
    parser.add_argument("--briefing", action="store_true", help="body.bh-briefing (2x)")
    parser.add_argument("--no-bridge", action="store_true", help="no QWebChannel (browser-like)")
    parser.add_argument("--check-mgrs", type=int, default=0, metavar="N")
    parser.add_argument("--keep", type=Path, help="write the page into this folder and keep it")
    args = parser.parse_args()

    t0 = time.perf_counter()
    if args.payload:
        payload = json.loads(args.payload.read_text(encoding="utf-8"))
    else:
        payload = synthesize(args.incidents, args.units, args.areas, args.lines, args.seed)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bh-map-"))
    folder.mkdir(parents=True, exist_ok=True)
    page_path = build_page(folder, payload, args)
    print(f"page: {page_path} ({page_path.stat().st_size / 1e6:.1f} MB, built in "
          f"{time.perf_counter() - t0:.1f} s)")  # fmt: skip

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    width, height = (int(v) for v in args.size.lower().split("x"))
    view = QWebEngineView()
    page = ConsolePage(view)
    view.setPage(page)
    bridge = Bridge()
    channel = QWebChannel(page)
    channel.registerObject("bridge", bridge)
    if not args.no_bridge:
        page.setWebChannel(channel)
    view.resize(width, height)
    view.show()
    shown = time.perf_counter()
    shown_epoch_ms = time.time() * 1000
    view.load(QUrl.fromLocalFile(str(page_path)))

    state: dict = {}
    deadline = shown + 60
    while time.perf_counter() < deadline:
        wait(25)
        raw = run_js(page, READY_PROBE, 5)
        if isinstance(raw, str) and raw:
            state = json.loads(raw)
            break
    ready_wall = time.perf_counter() - shown
    if not state:
        print("ERROR: bhMap never became ready")
        for message in page.messages:
            print("  console:", message)
        return 2
    nav = json.loads(
        run_js(page, "JSON.stringify(performance.getEntriesByType('navigation')[0] || {})") or "{}"
    )
    painted_epoch_ms = state["timeOrigin"] + state["paintedAt"]
    print(f"window shown -> painted: {painted_epoch_ms - shown_epoch_ms:.0f} ms "
          f"(ready seen by polling after {ready_wall * 1000:.0f} ms)")  # fmt: skip
    print(f"paintedAt (ms since navigation start): {state['paintedAt']:.0f}")
    print(f"  bhMap.init -> painted: {state['initMs']:.0f} ms; parts: {state.get('timings')}")
    if nav:
        print(f"  DOMContentLoaded at {nav.get('domContentLoadedEventEnd', 0):.0f} ms, "
              f"responseEnd at {nav.get('responseEnd', 0):.0f} ms")  # fmt: skip
    wait(800)  # let the bridge deliver its first messages, and the legend appear
    print("layerState:", run_js(page, "JSON.stringify(bhMap.layerState())"))
    print("counts:", run_js(page, "JSON.stringify(bhMap.counts())"))
    print("view:", run_js(page, "JSON.stringify(bhMap.view())"))
    mismatches = check_mgrs(page, args.check_mgrs) if args.check_mgrs else 0

    def save(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(path))
        print(f"saved {path}")

    if args.out:
        save(args.out)
    for number, step in enumerate(args.step, start=1):
        value = run_js(
            page,
            f"(function(){{ var r = ({step}); "
            "return JSON.stringify(r === undefined ? null : r); })()",
        )
        print(f"step {number}: {step} -> {str(value)[:300]}")
        wait(600)
        if args.out:
            save(args.out.with_name(f"{args.out.stem}-{number}{args.out.suffix}"))
    errors = json.loads(run_js(page, "JSON.stringify(bhMap.errors)") or "[]")
    print("bridge messages:")
    seen: dict[str, int] = {}
    for name, text in bridge.messages:
        seen[name] = seen.get(name, 0) + 1
        if name != "cursorMoved":
            print(f"  {name}({text})")
    print(f"  counts per message: {seen}")
    print(f"console messages ({len(page.messages)}):")
    for message in page.messages:
        print("  " + message)
    print(f"bhMap.errors ({len(errors)}): {errors}")
    bad_console = [m for m in page.messages if m.startswith("[Error")]
    return 1 if errors or bad_console or mismatches else 0


def run() -> int:
    """main(), then remove the throw-away page folder (not a --keep folder)."""
    before = set(Path(tempfile.gettempdir()).glob("bh-map-*"))
    try:
        return main()
    finally:
        for folder in set(Path(tempfile.gettempdir()).glob("bh-map-*")) - before:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(run())
