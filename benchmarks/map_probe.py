"""One measured start of the map, in a fresh process (run by bench_map; prints one JSON line).

``app``: the real main window on a mission database, from ``show()`` to the page reporting
that every layer is drawn; with a third argument, a basemap page id (``vector:…``,
``mbtiles:…``) the map opens on, and for a vector basemap also the time until its tiles in
view are drawn (bh-vector.js). ``naive``: the baseline, a plain folium page with the same incidents
as one GeoJSON layer (local assets, loaded from a file), from ``show()`` to load finished.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Qt WebEngine runs several)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    total_kb, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(current, []))
    return total_kb / 1024


def _wait_for_vector_tiles(view, loop) -> None:  # type: ignore[no-untyped-def]
    """Poll bh-vector.js until the vector tiles in view are drawn (or a minute passes)."""
    from PySide6.QtCore import QTimer

    deadline = time.perf_counter() + 60

    def ask() -> None:
        view.page().runJavaScript(
            "(function(){var s=window.bhVector&&bhVector.status();"
            "return !!s && s.drawn > 0 && !s.pending && JSON.stringify(s);})()",
            0,
            answer,
        )

    def answer(done: object) -> None:
        if done or time.perf_counter() > deadline:
            if isinstance(done, str):
                view.vector_status = json.loads(done)
            loop.quit()
        else:
            QTimer.singleShot(20, ask)

    ask()
    loop.exec()


def main() -> None:
    mode, db = sys.argv[1], Path(sys.argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "*.warning=false")
    from app.ui.launch import prepare_qt_environment

    prepare_qt_environment()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    loop = QEventLoop()
    QTimer.singleShot(120_000, loop.quit)
    result: dict = {"mode": mode}
    if mode == "app":
        from app.ui.main_window import MainWindow

        window = MainWindow()
        window.resize(1600, 1000)
        basemap = sys.argv[3] if len(sys.argv) > 3 else None
        if basemap:
            # The window opens missions on Natural Earth; a mission that keeps another basemap
            # opens on it: the page is built with that basemap from the start.
            show = window.map_view.show_mission
            window.map_view.show_mission = lambda *a, **k: show(*a, basemap=basemap, **k)  # type: ignore[method-assign]
        window.map_view.map_ready.connect(lambda info: (result.update(info=info), loop.quit()))
        started = time.perf_counter()
        window.show()
        window.open_database(db)
        loop.exec()
        result["seconds"] = time.perf_counter() - started
        app.processEvents()
        result["rss_ready_mb"] = _rss_mb(os.getpid())
        if basemap and basemap.startswith("vector:"):
            _wait_for_vector_tiles(window.map_view, loop)
            result["vector_seconds"] = time.perf_counter() - started
            status = getattr(window.map_view, "vector_status", {})
            result["vector_times"] = status.get("times", {})
            result["vector_tiles"] = status.get("drawn")
            result["page_times"] = {k: v for k, v in result["info"].items() if k.endswith("Ms")}
    else:
        import tempfile

        import folium
        from PySide6.QtCore import QUrl
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from app.store import open_store
        from maps.assets import localize_folium, web_root

        with open_store(db) as store:
            data = store.incident_columns(columns=("id", "title", "lat", "lon", "category"))
        features = [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
             "properties": {"id": i, "title": t, "category": c}}
            for i, t, lat, lon, c in zip(data["id"], data["title"], data["lat"], data["lon"],
                                         data["category"], strict=True)
        ]  # fmt: skip
        fmap = folium.Map(location=[6.7, 20.15], zoom_start=8, tiles=None, max_zoom=18)
        folium.GeoJson({"type": "FeatureCollection", "features": features}).add_to(fmap)
        localize_folium(fmap, web_root().as_uri() + "/")
        folder = Path(tempfile.mkdtemp())
        page = folder / "naive.html"
        fmap.save(str(page))
        view = QWebEngineView()
        view.resize(1600, 1000)
        view.loadFinished.connect(lambda ok: (result.update(ok=ok), loop.quit()))
        started = time.perf_counter()
        view.show()
        view.load(QUrl.fromLocalFile(str(page)))
        loop.exec()
        result["seconds"] = time.perf_counter() - started
    app.processEvents()
    result["rss_mb"] = _rss_mb(os.getpid())
    print(json.dumps(result))
    os._exit(0)  # skip teardown: only the figures matter here


if __name__ == "__main__":
    main()
