"""Map start-up at mission scale: window shown → every layer painted, and memory.

Data: the demo at 100k incidents, 500 units, 200 patrol areas, 20 ceasefire lines (generated
once and cached in .bench-cache/). Each start runs in a fresh process. Baseline, same run: a
naive folium GeoJSON layer of the same 100k incidents in Qt WebEngine.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from app.demo import DemoOptions, generate_demo
from app.store import open_store
from benchmarks.common import report

CACHE = Path(__file__).resolve().parent.parent / ".bench-cache"


def mission(incidents: int) -> Path:
    path = CACHE / f"demo-{incidents}.db"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        options = DemoOptions(incidents=incidents, units=500 if incidents >= 50_000 else None,
                              areas=200 if incidents >= 50_000 else None,
                              lines=20 if incidents >= 50_000 else None)  # fmt: skip
        with open_store(partial) as store:
            generate_demo(store, options)
        partial.rename(path)
    return path


def probe(mode: str, db: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.map_probe", mode, str(db)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"probe {mode} failed: {out.stderr[-800:]}")
    return json.loads(lines[-1])


def run(quick: bool = False) -> None:
    incidents = 10_000 if quick else 100_000
    runs = 3 if quick else 5
    db = mission(incidents)
    with open_store(db) as store:
        print(f"   mission: {json.dumps(store.stats())}")
    app = [probe("app", db) for _ in range(runs)]
    naive = [probe("naive", db) for _ in range(max(2, runs // 2))]
    app_s = statistics.median(r["seconds"] for r in app)
    naive_s = statistics.median(r["seconds"] for r in naive)
    print("   app starts (s): " + ", ".join(f"{r['seconds']:.2f}" for r in app))
    print("   naive starts (s): " + ", ".join(f"{r['seconds']:.2f}" for r in naive))
    report("window shown → map painted (median, s)", app_s, "s", "naive folium GeoJSON", naive_s)
    page = statistics.median(r["info"].get("paintMs", 0) for r in app)
    print(f"   of which the page's own init → painted (median): {page:.0f} ms")
    report("memory, app + web processes (MB)", statistics.median(r["rss_mb"] for r in app),
           "MB", "naive page", statistics.median(r["rss_mb"] for r in naive))  # fmt: skip
